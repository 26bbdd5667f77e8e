"""Structured text: the stored form, its plain words, and hostile input refused with a clear message."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import operations as op
from desktop.core import richtext as rt
from desktop.core.richtext import ListBlock, ListItem, Paragraph, RichDoc, Span
from desktop.core.text import MAX_TEXT_LENGTH, MultiText, TextError, clean_text

KORCE = (
    "<doc><p>Detyrat e <b>stafit</b>:</p>"
    "<ul><li>pritja e <i>përfituesve</i><ul><li>regjistrimi</li><li>vlerësimi</li></ul></li>"
    '<li>raportimi<fn>Shih <a href="https://korca.gov.al/ligji">ligjin</a> 121/2016.</fn></li></ul>'
    "<ol><li>Qëllimi i parë</li><li>Qëllimi i dytë</li></ol></doc>"
)


def test_parse_gives_blocks_lists_and_inlines():
    doc = rt.parse(KORCE)
    p, ul, ol = doc.blocks
    assert p == Paragraph((Span("text", "Detyrat e "), Span("b", "", (Span("text", "stafit"),)), Span("text", ":")))
    assert isinstance(ul, ListBlock) and not ul.ordered and ol.ordered
    assert [len(i.lists) for i in ul.items] == [1, 0]
    assert ul.items[0].lists[0].items[1].spans == (Span("text", "vlerësimi"),)
    note = ul.items[1].spans[1]
    assert note.kind == "fn" and note.children[1].href == "https://korca.gov.al/ligji"
    assert rt.serialise(doc) == KORCE


def test_to_plain_has_bullets_numbers_indent_and_footnotes_at_the_end():
    assert rt.to_plain(KORCE) == (
        "Detyrat e stafit:\n"
        "• pritja e përfituesve\n"
        "  • regjistrimi\n"
        "  • vlerësimi\n"
        "• raportimi[1]\n"
        "1. Qëllimi i parë\n"
        "2. Qëllimi i dytë\n"
        "[1] Shih ligjin 121/2016."
    )
    assert rt.to_plain("<b>x</b> typed") == "<b>x</b> typed"  # a plain text is just text


def test_typed_markup_stays_literal_and_the_prefix_is_never_confused():
    assert rt.from_plain("<b>x</b>") == "<b>x</b>"
    typed = "<doc><p>not markup</p></doc>\nsecond line"
    stored = rt.from_plain(typed)
    assert stored.startswith("<doc><p>&lt;doc&gt;")
    assert rt.to_plain(stored) == typed
    mt = MultiText()
    mt.set("sq", stored)
    assert rt.to_plain(mt.get("sq")) == typed


def test_stored_form_stays_plain_without_structure():
    plain = RichDoc((Paragraph((Span("text", "one"),)), Paragraph(()), Paragraph((Span("text", "three"),))))
    assert rt.stored_form(plain) == "one\n\nthree"
    bold = RichDoc((Paragraph((Span("b", "", (Span("text", "one"),)),)),))
    assert rt.stored_form(bold) == "<doc><p><b>one</b></p></doc>"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<doc><p>x</p>", "not well-formed"),
        ("<doc><script>x</script></doc>", "<script> is not allowed"),
        ("<doc><p><img src='/etc/passwd'/></p></doc>", "<img> is not allowed"),
        ("<doc><p style='x'>x</p></doc>", "attribute that is not allowed: style"),
        ('<doc><p><a href="javascript:alert(1)">x</a></p></doc>', "http, https or mailto"),
        ('<doc><p><a href="file:///etc/passwd">x</a></p></doc>', "http, https or mailto"),
        ("<doc><p><a>x</a></p></doc>", "no address"),
        ("<doc>loose text<p>x</p></doc>", "outside a paragraph"),
        ("<doc><ul><p>x</p></ul></doc>", "may hold only <li>"),
        ("<doc><p><fn>a<fn>b</fn></fn></p></doc>", "inside another footnote"),
        ('<doc><p><a href="https://a.b"><a href="https://c.d">x</a></a></p></doc>', "another link"),
        ("<doc><ul><li><ul><li>x</li></ul>after</li></ul></doc>", "outside a paragraph"),
        ("<doc><ul><li><ul><li>x</li></ul><b>y</b></li></ul></doc>", "before the lists"),
        ("<!DOCTYPE d [<!ENTITY e 'x'>]><doc><p>&e;</p></doc>", "not a structured text"),
        ("<doc><!DOCTYPE d [<!ENTITY e 'x'>]><p>&e;</p></doc>", "not well-formed"),
        ("<doc>" + "<ul><li>" * 7 + "x" + "</li></ul>" * 7 + "</doc>", "nested more than 6"),
        ("<doc><p>" + "<b>" * 9 + "x" + "</b>" * 9 + "</p></doc>", "nested more than 8"),
        ("<doc>" + "<p/>" * 20_001 + "</doc>", "more than 20,000 elements"),
    ],
)
def test_hostile_structured_text_is_refused_with_a_clear_message(text, message):
    with pytest.raises(TextError, match=message):
        rt.parse(text)
    if text.startswith("<doc>"):
        with pytest.raises(TextError):
            clean_text(text)  # never stored


def test_entity_expansion_is_refused():
    bomb = '<doc><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><p>&b;</p></doc>'
    with pytest.raises(TextError):
        rt.parse(bomb)


def test_too_long_structured_text_is_refused():
    with pytest.raises(TextError, match="longer than"):
        rt.parse("<doc><p>" + "x" * MAX_TEXT_LENGTH + "</p></doc>")


def test_a_damaged_structured_text_is_still_shown_as_its_characters():
    assert rt.document("<doc><p>broken").blocks == (Paragraph((Span("text", "<doc><p>broken"),)),)
    assert rt.to_plain("<doc><p>broken") == "<doc><p>broken"


def test_map_words_leaves_markup_and_addresses_alone():
    out = rt.map_words(KORCE, str.upper)
    assert "<b>STAFIT</b>" in out and 'href="https://korca.gov.al/ligji"' in out and out.startswith("<doc><p>")
    assert rt.map_words("plain", str.upper) == "PLAIN"


def test_footnotes_are_listed_in_reading_order():
    notes = rt.footnotes(rt.parse(KORCE))
    assert [rt.spans_plain(n) for n in notes] == ["Shih ligjin 121/2016."]


def test_set_text_stores_a_structured_body_and_search_reads_its_words(doc):
    from desktop.core.search import SearchIndex

    section = doc.find(op.add_section(doc, {"title": {"sq": "Personeli"}}).upserted[0])
    op.set_text(doc, section.id, "body", "sq", KORCE)
    assert section.body.get("sq") == KORCE
    hits = SearchIndex(doc).search("perfituesve regjistrimi")
    assert [h.entity_id for h in hits] == [section.id]
    assert "<b>" not in hits[0].text
    assert SearchIndex(doc).search("href") == SearchIndex(doc).search("doc") == []
    with pytest.raises(op.OperationError, match="<script> is not allowed"):
        op.set_text(doc, section.id, "body", "sq", "<doc><p><script/></p></doc>")


def test_rich_fields_name_real_fields():
    from desktop.core.model import KINDS

    for kind, name in rt.RICH_FIELDS:
        assert name in KINDS[kind].TEXTS


# -- round trips -------------------------------------------------------------------------------

# Characters a stored text can hold (clean_text keeps tab and newline, drops the other controls).
CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.sampled_from(
    "\n\t<>&\"'ë]]>"
)
words = st.text(CHARS, max_size=12).map(clean_text)
hrefs = st.sampled_from(["https://example.org/a?b=1&c=2", "http://x.al", "mailto:info@komuna.al"])


@functools.cache
def spans(depth: int = 0, in_link: bool = False, in_note: bool = False):
    """Inline runs as the parser allows them (built once per context: building strategies is slow)."""
    text = st.builds(rt.text_span, words)
    if depth >= 2:
        return st.lists(text, min_size=1, max_size=2).map(tuple)
    elements = [
        st.builds(lambda c, k=k: Span(k, "", c), spans(depth + 1, in_link, in_note or k == "fn"))
        for k in ("b", "i", "fn")
        if k != "fn" or not (in_note or in_link)
    ]
    if not in_link:
        elements.append(st.builds(lambda c, h: Span("a", "", c, h), spans(depth + 1, True, in_note), hrefs))
    return st.lists(st.one_of(text, *elements), max_size=3).map(tuple)


@functools.cache
def lists(depth: int = 1):
    nested = st.lists(lists(depth + 1), max_size=1).map(tuple) if depth < 3 else st.just(())
    item = st.builds(ListItem, spans(), nested)
    return st.builds(ListBlock, st.booleans(), st.lists(item, max_size=3).map(tuple))


docs = st.builds(RichDoc, st.lists(st.one_of(st.builds(Paragraph, spans()), lists()), max_size=4).map(tuple))


@settings(max_examples=150, deadline=None)
@given(docs)
def test_round_trip_parse_serialise(doc):
    stored = rt.serialise(doc)
    assert clean_text(stored) == stored  # storable as it is
    parsed = rt.parse(stored)
    assert parsed == rt.normalise(doc)
    assert rt.serialise(parsed) == rt.serialise(rt.normalise(doc))
    assert rt.to_plain(stored) == rt.to_plain(rt.serialise(parsed))


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=60).map(clean_text))
def test_round_trip_plain(text):
    stored = rt.from_plain(text)
    rt.validate(stored)
    assert rt.to_plain(stored) == text
    assert rt.to_plain(rt.from_plain("<doc>" + text)) == "<doc>" + text
    assert rt.map_words(stored, lambda s: s) == stored


def test_comparison_reads_the_words_of_structured_texts(doc):
    from desktop.core.plan_compare import text_changes

    old, new = MultiText(), MultiText()
    old.set("sq", "<doc><ul><li>pritja</li></ul></doc>")
    new.set("sq", "<doc><ul><li>pritja e <b>re</b></li></ul></doc>")
    (change,) = text_changes("body", old, new)
    assert (change.old, change.new) == ("• pritja", "• pritja e re")
    assert "<" not in "".join(piece for _kind, piece in change.diff)


def test_append_words_keeps_the_form():
    assert rt.append_words("plain", " [x]") == "plain [x]"
    assert rt.append_words("<doc><p><b>a</b></p></doc>", " [x]") == "<doc><p><b>a</b> [x]</p></doc>"
    assert rt.append_words("<doc><ul><li>a</li></ul></doc>", " [x]") == "<doc><ul><li>a</li></ul><p>[x]</p></doc>"


def test_statistics_count_the_words_of_a_structured_text():
    from desktop.core.stats import translation_progress

    doc = op.new_document({"sq": "Komuna"})
    before = translation_progress(doc)["document"]["sq"]["words"]
    sid = op.add_section(doc).upserted[0]
    op.set_text(doc, sid, "body", "sq", '<doc><p><b>një</b> dy <a href="https://a.al/tre-katër">tre</a></p></doc>')
    assert translation_progress(doc)["document"]["sq"]["words"] - before == 3


def test_points_and_prepend_words():
    text = "<doc><p>Një <b>a</b></p><p></p><ol><li>Dy<ul><li>nën</li></ul></li><li>Tre</li></ol></doc>"
    assert rt.points(text) == [
        "<doc><p>Një <b>a</b></p></doc>",
        "<doc><p>Dy</p><ul><li>nën</li></ul></doc>",
        "<doc><p>Tre</p></doc>",
    ]
    assert rt.prepend_words(rt.points(text)[0], "1. ") == "<doc><p>1. Një <b>a</b></p></doc>"
    assert rt.prepend_words("plain", "1. ") == "1. plain"
