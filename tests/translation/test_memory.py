"""The translation memory: learning from documents, suggestions, TMX exchange, and a hostile TMX."""

from __future__ import annotations

import random
import time
import xml.etree.ElementTree as ET

import pytest

from desktop.core import operations as op
from desktop.core.text import TState
from desktop.demo.build import build_demo
from desktop.paths import data_dir
from desktop.translation.memory import MEMORY_FILE_NAME, XML_LANG, TranslationMemory, TranslationMemoryError
from tests.conftest import small_document

SQ = "Hapja e një qendre ditore për të moshuarit në fshatrat e komunës"
SR = "Otvaranje dnevnog centra za starije u selima opštine"


@pytest.fixture
def memory():
    tm = TranslationMemory()
    yield tm
    tm.close()


def units(tm: TranslationMemory) -> set[tuple[str, str, str, str]]:
    return {(u.source_lang, u.target_lang, u.source, u.target) for u in tm._store.all()}


def test_default_file_is_in_the_data_folder(memory):
    assert memory.path == data_dir() / MEMORY_FILE_NAME
    assert memory.path.exists()


def test_learning_from_the_demo_is_idempotent(memory):
    added = memory.learn_from(build_demo())
    assert added > 50
    assert len(memory) == added
    assert memory.learn_from(build_demo()) == 0
    assert {(u.source_lang, u.target_lang) for u in memory._store.all()} >= {("sq", "sr")}


def test_only_translated_and_approved_texts_are_learned(memory):
    doc = small_document()
    act = doc.ordered_activities(doc.action_plan)[0]
    op.set_text(doc, act.id, "description", "sq", SQ)
    op.set_text(doc, act.id, "description", "sr", SR)
    op.set_text_state(doc, act.id, "description", "sr", TState.DRAFT)
    memory.learn_from(doc)
    assert not memory.suggest(SQ, "sq", "sr")
    op.set_text_state(doc, act.id, "description", "sr", TState.APPROVED)
    assert memory.learn_from(doc) == 1
    assert memory.suggest(SQ, "sq", "sr")[0].target == SR


def test_exact_and_fuzzy_suggestions(memory):
    doc = small_document()
    act = doc.ordered_activities(doc.action_plan)[0]
    op.set_text(doc, act.id, "description", "sq", SQ)
    op.set_text(doc, act.id, "description", "sr", SR)
    memory.learn_from(doc)

    exact = memory.suggest(f"  {SQ}\n", "sq", "sr")
    assert exact[0].target == SR and exact[0].score == 1.0

    one_word_changed = SQ.replace("ditore", "rinore")
    fuzzy = memory.suggest(one_word_changed, "sq", "sr")
    assert fuzzy and fuzzy[0].target == SR and 0.6 <= fuzzy[0].score < 1.0

    assert memory.suggest("Buxheti vjetor i komunës për arsimin fillor", "sq", "sr") == []
    assert memory.suggest(SQ, "sq", "en") == []  # another language pair
    assert memory.suggest(SQ, "sq", "sr", limit=0) == []


def test_suggestions_are_sorted_by_score_then_recency(memory):
    memory.import_tmx(tmx([("sq", "Qendra ditore", "sr", "Dnevni centar (stari)")]))
    time.sleep(0.001)
    memory.import_tmx(tmx([("sq", "Qendra ditore", "sr", "Dnevni centar")]))
    memory.import_tmx(tmx([("sq", "Qendra ditore e re", "sr", "Novi dnevni centar")]))
    found = memory.suggest("Qendra ditore", "sq", "sr")
    assert [s.target for s in found] == ["Dnevni centar", "Dnevni centar (stari)", "Novi dnevni centar"]
    assert found[2].score < 1.0


def tmx(rows: list[tuple[str, str, str, str]]) -> bytes:
    tus = "".join(
        f'<tu><tuv xml:lang="{a}"><seg>{s}</seg></tuv><tuv xml:lang="{b}"><seg>{t}</seg></tuv></tu>'
        for a, s, b, t in rows
    )
    return f'<?xml version="1.0"?><tmx version="1.4"><header srclang="*all*"/><body>{tus}</body></tmx>'.encode()


def test_tmx_round_trip_one_file_per_language_pair(memory, tmp_path):
    memory.learn_from(build_demo())
    memory.import_tmx(tmx([("sq", "A &amp; B &lt;C&gt;", "en", 'A &amp; B &lt;C&gt; "q"')]))
    counts = memory.counts()
    assert ("sq", "en") in counts and ("sq", "sr") in counts
    with TranslationMemory(tmp_path / "other.sqlite") as fresh:
        for source, target in memory.pairs():
            data = memory.to_tmx(source, target)
            root = ET.fromstring(data)
            header = root.find("header")
            assert root.tag == "tmx" and root.get("version") == "1.4"
            assert header.get("creationtool") == "Plan" and header.get("o-tmf") == "Plan"
            # A unit is a whole field; the file's source language is the real one (OmegaT reads no "*all*").
            assert header.get("segtype") == "paragraph" and header.get("datatype") == "plaintext"
            tags = {"sq": "sq", "en": "en", "sr": "sr-Latn"}
            assert header.get("srclang") == tags[source]
            tus = root.find("body").findall("tu")
            assert len(tus) == counts[(source, target)]
            for tu in tus:
                assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == [tags[source], tags[target]]
            copies = sum(u[:2] == (source, target) and u[2] == u[3] for u in units(memory))  # "%" is "%"
            assert fresh.import_tmx(data) == counts[(source, target)] - copies
        assert units(fresh) == {u for u in units(memory) if u[2] != u[3]}
        assert ("sq", "en", "A & B <C>", 'A & B <C> "q"') in units(fresh)

    memory.save_tmx(tmp_path / "out.tmx", "sq", "en")
    assert (tmp_path / "out.tmx").read_bytes() == memory.to_tmx("sq", "en")


def test_tmx_in_serbian_cyrillic_is_tagged_and_comes_back_in_latin(memory, tmp_path):
    rows = [("sq", "Qendra ditore", "sr", "Dnevni centar"), ("sr", "Dnevni centar", "en", "Day centre")]
    memory.import_tmx(tmx(rows))
    data = memory.to_tmx("sq", "sr", serbian_script="cyrl")
    root = ET.fromstring(data)
    (_tuv_sq, tuv_sr) = root.find("body/tu").findall("tuv")
    assert tuv_sr.get(XML_LANG) == "sr-Cyrl" and tuv_sr.find("seg").text == "Дневни центар"
    from_sr = ET.fromstring(memory.to_tmx("sr", "en", serbian_script="cyrl"))
    assert from_sr.find("header").get("srclang") == "sr-Cyrl"
    with TranslationMemory(tmp_path / "other.sqlite") as fresh:
        assert fresh.import_tmx(data) == 1
        assert units(fresh) == {("sq", "sr", "Qendra ditore", "Dnevni centar")}


OMEGAT_TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext"
   creationtoolversion="3.6.0_10_unknown" segtype="paragraph" srclang="sq"/>
  <body>
<!-- Default translations -->
    <tu>
      <tuv lang="sq">
        <seg>Qendra ditore</seg>
      </tuv>
      <tuv lang="en">
        <seg>Day centre</seg>
      </tuv>
    </tu>
<!-- Alternative translations -->
  </body>
</tmx>
"""


def test_tmx_with_the_standard_doctype_line_is_read(memory):
    # OmegaT, Trados and memoQ begin their TMX files with it; the DTD is never fetched.
    assert memory.import_tmx(OMEGAT_TMX.encode()) == 1
    assert units(memory) == {("sq", "en", "Qendra ditore", "Day centre")}
    v14 = OMEGAT_TMX.replace("tmx11.dtd", "tmx14.dtd").replace("Day centre", "The day centre")
    assert memory.import_tmx(v14.encode()) == 1


def test_units_with_several_target_languages_keep_each_in_its_pair(memory):
    data = (
        '<tmx version="1.4"><header srclang="sq" segtype="paragraph"/><body>'
        '<tu><tuv xml:lang="en"><seg>Day centre</seg></tuv><tuv xml:lang="sq"><seg>Qendra ditore</seg></tuv>'
        '<tuv xml:lang="sr-Cyrl"><seg>Дневни центар</seg></tuv></tu>'
        '<tu><tuv xml:lang="sq"><seg>Fushata</seg></tuv><tuv xml:lang="en"><seg>Fushata</seg></tuv></tu>'
        "</body></tmx>"
    ).encode()
    assert memory.import_tmx(data) == 2  # a target that is a copy of its source is no translation
    expected = {("sq", "en", "Qendra ditore", "Day centre"), ("sq", "sr", "Qendra ditore", "Dnevni centar")}
    assert units(memory) == expected


def test_tmx_languages_are_normalised_and_unknown_ones_skipped(memory):
    data = (
        '<tmx version="1.4"><header srclang="sq-AL"/><body>'
        '<tu><tuv xml:lang="sr-Latn"><seg>Dnevni centar</seg></tuv>'
        '<tuv xml:lang="sq-AL"><seg>Qendra <hi>ditore</hi></seg></tuv>'
        '<tuv xml:lang="de"><seg>Tageszentrum</seg></tuv></tu>'
        '<tu><tuv xml:lang="sq"><seg>Fushata</seg></tuv><tuv xml:lang="sr-Cyrl"><seg>Кампања</seg></tuv></tu>'
        '<tu><tuv xml:lang="fr"><seg>Campagne</seg></tuv><tuv xml:lang="de"><seg>Kampagne</seg></tuv></tu>'
        "</body></tmx>"
    ).encode()
    assert memory.import_tmx(data) == 2
    assert units(memory) == {("sq", "sr", "Qendra ditore", "Dnevni centar"), ("sq", "sr", "Fushata", "Kampanja")}


HOSTILE = [
    b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<tmx version="1.4"><header/><body><tu><tuv xml:lang="sq"><seg>&b;</seg></tuv>'
    b'<tuv xml:lang="sr"><seg>&b;</seg></tuv></tu></body></tmx>',
    b'<!DOCTYPE tmx SYSTEM "file:///etc/passwd"><tmx version="1.4"><body/></tmx>',
    b'<!DOCTYPE tmx SYSTEM "http://example.org/tmx14.dtd"><tmx version="1.4"><body/></tmx>',
    b'<!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY e "x">]><tmx version="1.4"><body/></tmx>',
    b'<!DOCTYPE tmx SYSTEM "tmx14.dtd"><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><body/></tmx>',
    '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x [<!ENTITY e "x">]><tmx><body/></tmx>'.encode("utf-16"),
    b"<tmx><body><tu>",
    b"<xliff><body/></xliff>",
    b"<tmx/>",
    b"",
]


@pytest.mark.parametrize("data", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_or_broken_tmx_is_refused_and_adds_nothing(memory, data):
    with pytest.raises(TranslationMemoryError):
        memory.import_tmx(data)
    assert len(memory) == 0


def test_memory_survives_close_and_reopen():
    tm = TranslationMemory()
    added = tm.learn_from(small_document())
    assert added > 0
    tm.close()
    with TranslationMemory() as again:
        assert len(again) == added
        assert again.suggest("Qendra ditore", "sq", "sr")[0].target == "Dnevni centar"


def synthetic_rows(n: int) -> list[tuple[str, str, str, str]]:
    """`n` plausible sentences: 6 to 14 words from a vocabulary of a few hundred made-up Albanian-like words."""
    rng = random.Random(7)
    syllables = ["sh", "ka", "rë", "qe", "ndë", "fa", "mi", "li", "je", "pu", "në", "stre", "him", "ku", "jd", "es"]
    vocabulary = ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(400)]
    rows = []
    for i in range(n):
        text = " ".join(rng.choices(vocabulary, k=rng.randint(6, 14)))
        rows.append(("sq", f"{text} {i}", "sr", f"prevod {i}"))
    return rows


def test_ten_thousand_units_answer_quickly(memory):
    rows = synthetic_rows(10_000)
    body = "".join(
        f'<tu><tuv xml:lang="{a}"><seg>{s}</seg></tuv><tuv xml:lang="{b}"><seg>{t}</seg></tuv></tu>'
        for a, s, b, t in rows
    )
    data = f'<tmx version="1.4"><header srclang="sq"/><body>{body}</body></tmx>'.encode()
    assert memory.import_tmx(data) == 10_000
    near = rows[1234][1].rsplit(" ", 2)[0] + " fjalë 1234"  # the last word but one changed
    queries = [near, rows[42][1], "Hapja e një qendre ditore për të moshuarit në fshatrat e komunës"]
    memory.suggest(near, "sq", "sr")  # the first call prepares the language pair
    timings = []
    for query in queries:
        start = time.perf_counter()
        found = memory.suggest(query, "sq", "sr")
        timings.append(time.perf_counter() - start)
        if query is near:
            assert found[0].target == "prevod 1234" and 0.6 <= found[0].score < 1.0
    assert max(timings) < 1.0, f"suggest took {max(timings):.3f} s"
