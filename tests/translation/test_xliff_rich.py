"""Structured texts through XLIFF: one unit with inline codes, schema-valid, rebuilt on import."""

from __future__ import annotations

import copy

import pytest
from lxml import etree

from desktop.core import operations as op
from desktop.core import richtext as rt
from desktop.core.text import TState
from desktop.translation import xliff
from desktop.translation.transliterate import convert, detect_script
from desktop.translation.xliff import apply_import, export_xliff, import_xliff
from tests.translation.test_xliff import NS, assert_valid, schema, units  # noqa: F401 (schema is a fixture)

X = xliff.XLIFF_NS
BODY = (
    '<doc><p>Detyrat e <b>stafit</b> sipas <a href="https://korca.gov.al/ligji">ligjit</a>'
    "<fn>Ligji nr. 121/2016.</fn>:</p>"
    "<ul><li>pritja<ul><li>regjistrimi</li></ul></li><li>raportimi</li></ul></doc>"
)
WORDS = {
    "Detyrat e ": "Dužnosti ",
    "stafit": "osoblja",
    " sipas ": " prema ",
    "ligjit": "zakonu",
    "Ligji nr. 121/2016.": "Zakon br. 121/2016.",
    "pritja": "prijem",
    "regjistrimi": "registracija",
    "raportimi": "izveštavanje",
}


@pytest.fixture
def rich_doc(doc):
    sid = op.add_section(doc, {"title": {"sq": "Personeli", "sr": "Osoblje"}}).upserted[0]
    op.set_text(doc, sid, "body", "sq", BODY)
    return doc, doc.get(sid)


def translate_words(el: etree._Element) -> None:
    """What a translator does in a CAT tool: change the words, keep the codes."""
    for node in el.iter():
        if node.text in WORDS:
            node.text = WORDS[node.text]
        if node is not el and node.tail in WORDS:
            node.tail = WORDS[node.tail]


def body_unit(data: bytes, section) -> etree._Element:
    return units(data)[f"{section.id}:body"]


def with_target(tu: etree._Element, target: etree._Element) -> bytes:
    old = tu.find("x:target", NS)
    if old is not None:
        tu.remove(old)
    target.set("state", "translated")
    tu.find("x:source", NS).addnext(target)
    return etree.tostring(tu.getroottree())


def translated_target(tu: etree._Element) -> etree._Element:
    target = copy.deepcopy(tu.find("x:source", NS))
    target.tag = f"{{{X}}}target"
    target.set("{http://www.w3.org/XML/1998/namespace}lang", "sr-Latn")
    translate_words(target)
    return target


def test_export_carries_codes_and_keeps_the_address_out(schema, rich_doc):  # noqa: F811
    doc, section = rich_doc
    data = export_xliff(doc, "sr")
    assert_valid(schema, data)
    assert_valid(schema, export_xliff(doc, "sr", copy_source=True))
    assert_valid(schema, export_xliff(doc, "sr", serbian_script="cyrl"))
    source = body_unit(data, section).find("x:source", NS)
    codes = [(g.get("id"), g.get("ctype")) for g in source.iter(f"{{{X}}}g")]
    assert codes == [
        ("1", "x-paragraph"),
        ("2", "bold"),
        ("3", "link"),
        ("4", "x-footnote"),
        ("5", "x-bulleted-list"),
        ("6", "x-list-item"),
        ("7", "x-bulleted-list"),
        ("8", "x-list-item"),
        ("9", "x-list-item"),
    ]
    assert "".join(source.itertext()) == "Detyrat e stafit sipas ligjitLigji nr. 121/2016.:pritjaregjistrimiraportimi"
    assert b"korca.gov.al" not in data and b"&lt;b&gt;" not in data


def test_round_trip_rebuilds_the_structure_with_the_address(schema, rich_doc):  # noqa: F811
    doc, section = rich_doc
    tu = body_unit(export_xliff(doc, "sr"), section)
    data = with_target(tu, translated_target(tu))
    assert_valid(schema, data)
    plan = import_xliff(doc, data)
    (unit,) = [u for u in plan.units if u.unit_id == f"{section.id}:body"]
    assert unit.decision == "apply", unit.message
    apply_import(doc, plan)
    stored = section.body.get("sr")
    assert stored == (
        '<doc><p>Dužnosti <b>osoblja</b> prema <a href="https://korca.gov.al/ligji">zakonu</a>'
        "<fn>Zakon br. 121/2016.</fn>:</p>"
        "<ul><li>prijem<ul><li>registracija</li></ul></li><li>izveštavanje</li></ul></doc>"
    )
    assert section.body.state("sr") == TState.TRANSLATED
    # Exported again, the translation carries the same codes, and importing it again changes nothing.
    again = export_xliff(doc, "sr")
    assert_valid(schema, again)
    target = body_unit(again, section).find("x:target", NS)
    assert [g.get("ctype") for g in target.iter(f"{{{X}}}g")][:3] == ["x-paragraph", "bold", "link"]
    assert import_xliff(doc, again).counts["apply"] == 0


def test_reordered_codes_as_omegat_writes_them_are_accepted(rich_doc):
    doc, section = rich_doc
    tu = body_unit(export_xliff(doc, "sr"), section)
    # "<b>osoblja</b>" moves after the link, and the target's codes carry no ctype (the ids say which).
    target = etree.fromstring(
        f'<target xmlns="{X}" xml:lang="sr-Latn"><g id="1">Dužnosti prema <g id="3">zakonu</g> '
        '<g id="2">osoblja</g><g id="4">Zakon</g>:</g>\n'
        '<g id="5"><g id="6">prijem<mrk mtype="seg" mid="1"><g id="7"><g id="8">registracija</g></g></mrk></g>'
        '<g id="9">izveštavanje</g></g></target>'
    )
    plan = import_xliff(doc, with_target(tu, target))
    (unit,) = plan.of("apply")
    assert unit.text == (
        '<doc><p>Dužnosti prema <a href="https://korca.gov.al/ligji">zakonu</a> <b>osoblja</b>'
        "<fn>Zakon</fn>:</p><ul><li>prijem<ul><li>registracija</li></ul></li><li>izveštavanje</li></ul></doc>"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.find(".//x:g[@id='2']", NS).getparent().remove(t.find(".//x:g[@id='2']", NS)), "lacks"),
        (lambda t: etree.SubElement(t.find("x:g", NS), f"{{{X}}}g", id="99"), "does not have"),
        (lambda t: t.find(".//x:g[@id='2']", NS).set("ctype", "italic"), "is italic, in the source it is bold"),
        (lambda t: etree.SubElement(t.find("x:g", NS), f"{{{X}}}x", id="1"), "not one of the source's codes"),
        (lambda t: t.find("x:g", NS).append(copy.deepcopy(t.find(".//x:g[@id='2']", NS))), "twice"),
        (lambda t: setattr(t.find("x:g", NS), "tail", "text between paragraphs"), "outside a paragraph"),
    ],
)
def test_a_target_whose_codes_do_not_match_is_refused(rich_doc, change, message):
    doc, section = rich_doc
    tu = body_unit(export_xliff(doc, "sr"), section)
    target = translated_target(tu)
    change(target)
    plan = import_xliff(doc, with_target(tu, target))
    (unit,) = [u for u in plan.units if u.unit_id == f"{section.id}:body"]
    assert unit.decision == "rejected" and message in unit.message
    before = section.body.get("sr")
    apply_import(doc, plan)
    assert section.body.get("sr") == before


def test_a_plain_target_that_looks_like_the_structured_form_stays_literal(doc):
    tu = units(export_xliff(doc, "en"))[f"{doc.strategy.id}:title"]
    target = etree.SubElement(tu, f"{{{X}}}target", state="translated")
    target.text = "<doc><p>not markup</p></doc>"
    plan = import_xliff(doc, etree.tostring(tu.getroottree()))
    apply_import(doc, plan)
    stored = doc.strategy.title.get("en")
    assert rt.to_plain(stored) == "<doc><p>not markup</p></doc>"


def test_serbian_script_changes_the_words_not_the_markup():
    text = '<doc><p>Dužnosti <b>osoblja</b> <a href="https://x.rs/ljudi">ljudi</a></p></doc>'
    cyrillic = convert(text, "cyrl")
    assert cyrillic == '<doc><p>Дужности <b>особља</b> <a href="https://x.rs/ljudi">људи</a></p></doc>'
    assert detect_script(cyrillic) == "cyrl" and convert(cyrillic, "latn") == text


def test_glossary_consistency_reads_the_words_not_the_link_addresses(doc):
    from desktop.translation.glossary import Glossary, consistency

    sid = op.add_section(doc).upserted[0]
    op.set_text(doc, sid, "body", "sq", '<doc><p><a href="https://x.al/strategjia">lidhja</a></p></doc>')
    op.set_text(doc, sid, "body", "sr", '<doc><p><a href="https://x.al/strategjia">veza</a></p></doc>')
    assert [i for i in consistency(doc, Glossary.seed(), "sq", "sr") if i.entity_id == sid] == []
