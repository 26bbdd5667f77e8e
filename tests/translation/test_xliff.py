"""XLIFF 1.2 export and import: schema-valid files, round trips through another XML tool, hostile files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from desktop.core import operations as op
from desktop.core.text import TState
from desktop.demo.build import build_demo
from desktop.storage.files import write_new
from desktop.translation import xliff
from desktop.translation.memory import TranslationMemory
from desktop.translation.script_conversion import convert_serbian
from desktop.translation.xliff import XliffError, apply_import, export_xliff, import_xliff
from tests.test_cli import assert_no_traceback, run

SPECS = Path("/work/shared/specs")
NS = {"x": xliff.XLIFF_NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SPECS / "xliff-core-1.2-strict.xsd")))


def assert_valid(schema: etree.XMLSchema, data: bytes) -> None:
    assert schema.validate(etree.fromstring(data)), schema.error_log


def units(data: bytes) -> dict[str, etree._Element]:
    root = etree.fromstring(data)
    return {tu.get("id"): tu for tu in root.iterfind(".//x:trans-unit", NS)}


def set_target(tu: etree._Element, text: str, state: str = "translated") -> None:
    target = tu.find("x:target", NS)
    if target is None:
        target = etree.Element(f"{{{xliff.XLIFF_NS}}}target")
        tu.find("x:source", NS).addnext(target)
    target.text = text
    target.set("state", state)


def snapshot(doc) -> list:
    return [
        (e.id, name, lang, tr.text, tr.state)
        for e in doc.walk()
        for name in e.TEXTS
        for lang, tr in sorted(e.text(name).values.items())
    ]


def test_every_export_validates(schema, doc):
    demo = build_demo()
    op.set_text(demo, demo.strategy.id, "title", "en", "A draft", TState.DRAFT)
    op.set_text_state(demo, demo.objectives[0].id, "title", "en", TState.APPROVED)
    for d in (doc, demo):
        for lang in ("sq", "sr", "en"):
            for only_open in (False, True):
                assert_valid(schema, export_xliff(d, lang, only_open=only_open))
        assert_valid(schema, export_xliff(d, "en", source_lang="sr"))


def test_units_are_stable_in_document_order_with_context_and_hash(doc):
    data = export_xliff(doc, "en")
    assert data == export_xliff(doc, "en")
    ids = list(units(data))
    expected = [f"{e.id}:{n}" for e in doc.walk() for n in e.TEXTS if not e.text(n).is_empty()]
    assert ids == expected
    root = etree.fromstring(data)
    file_el = root.find("x:file", NS)
    assert file_el.get("original") == doc.id and file_el.get("target-language") == "en"
    assert file_el.get("source-language") == "sq" and file_el.get("datatype") == "plaintext"
    a = doc.action_plan.activities[0]
    tu = units(data)[f"{a.id}:title"]
    notes = {n.get("from"): n.text for n in tu.findall("x:note", NS)}
    assert notes == {"plan": "activity 1.1: title"}  # the fingerprint is not shown to the translator
    assert tu.get("extradata") == xliff.source_hash("Qendra ditore")
    assert tu.find("x:target", NS) is None  # missing in en: no target


def test_states_are_mapped(doc):
    sid = doc.strategy.id
    op.set_text(doc, sid, "title", "en", "Draft title", TState.DRAFT)
    o1, o2 = doc.objectives
    op.set_text(doc, o1.id, "title", "en", "Objective 1", TState.APPROVED)
    op.set_text(doc, o2.id, "title", "en", "Objective 2")
    op.set_text(doc, o2.id, "title", "sq", "Objektivi 2 (ndryshuar)")  # en becomes outdated
    u = units(export_xliff(doc, "en"))
    assert u[f"{sid}:title"].find("x:target", NS).get("state") == "needs-review-translation"
    assert u[f"{o1.id}:title"].find("x:target", NS).get("state") == "final"
    assert u[f"{o1.id}:title"].get("approved") == "yes"
    outdated = u[f"{o2.id}:title"]
    assert outdated.find("x:target", NS).get("state") == "needs-translation"
    assert any("outdated" in (n.text or "") for n in outdated.findall("x:note", NS))
    open_ids = set(units(export_xliff(doc, "en", only_open=True)))
    assert f"{o1.id}:title" not in open_ids
    assert {f"{sid}:title", f"{o2.id}:title"} <= open_ids
    for e in doc.walk():
        for n in e.TEXTS:
            mt = e.text(n)
            if not mt.is_empty() and mt.source != "en":
                assert (f"{e.id}:{n}" in open_ids) == (mt.state("en") in xliff.OPEN_STATES)


def test_fields_written_in_the_target_language_are_not_exported(doc):
    u = units(export_xliff(doc, "sq"))
    assert u == {}  # every field of the small document was written in Albanian
    assert units(export_xliff(doc, "sq", source_lang="sr")) == {}  # sr exists, but sq is still the original
    assert f"{doc.strategy.id}:title" in units(export_xliff(doc, "en", source_lang="sr"))


def test_round_trip_through_lxml_sets_texts_and_states():
    demo = build_demo()
    # Fill en (mostly missing in the demo) with lxml: newlines, quotes, markup characters, Cyrillic.
    data = export_xliff(demo, "en")
    tree = etree.fromstring(data)
    filled = {}
    for i, tu in enumerate(tree.iterfind(".//x:trans-unit", NS)):
        if tu.find("x:target", NS) is None:
            text = f"Line {i} <&> \"q\" 'a'\n\tsecond line Љубав ë  "
            set_target(tu, text)
            filled[tu.get("id")] = text
    assert filled
    changed = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    plan = import_xliff(demo, changed, expected_lang="en")
    assert plan.counts["apply"] == len(filled) and plan.counts["conflict"] == 0
    change = apply_import(demo, plan)
    assert change.operation == "import_xliff" and len(change.upserted) > 0
    for unit_id, text in filled.items():
        entity_id, _, name = unit_id.rpartition(":")
        mt = demo.get(entity_id).text(name)
        assert mt.get("en") == text and mt.state("en") == TState.TRANSLATED
    # A second import of the same file changes nothing.
    before = snapshot(demo)
    again = import_xliff(demo, changed)
    assert again.counts["apply"] == 0 and again.counts["unchanged"] == len(again.units)
    assert not apply_import(demo, again)
    assert snapshot(demo) == before


def test_modified_sr_targets_and_confirmed_drafts(doc):
    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "sr", "Dnevni centar", TState.DRAFT)
    op.set_text(doc, doc.strategy.id, "title", "sr", "")  # no Serbian yet
    u = units(export_xliff(doc, "sr"))
    set_target(u[f"{doc.strategy.id}:title"], "Strategija socijalnih usluga")
    set_target(u[f"{a.id}:title"], "Dnevni centar", "translated")  # the translator confirms the draft
    root = next(iter(u.values())).getroottree()
    plan = import_xliff(doc, etree.tostring(root))
    assert plan.counts["apply"] == 2
    apply_import(doc, plan)
    assert doc.strategy.text("title").get("sr") == "Strategija socijalnih usluga"
    assert doc.strategy.text("title").state("sr") == TState.TRANSLATED
    assert a.text("title").state("sr") == TState.TRANSLATED
    assert doc.strategy.text("title").get("sq") == "Strategjia për shërbime sociale"  # source untouched


def test_untouched_draft_stays_a_draft(doc):
    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "sr", "Dnevni centar", TState.DRAFT)
    plan = import_xliff(doc, export_xliff(doc, "sr"))
    assert plan.counts["apply"] == 0
    assert a.text("title").state("sr") == TState.DRAFT


def test_changed_source_is_a_conflict_and_not_overwritten(doc):
    u = units(export_xliff(doc, "sr"))
    sid = doc.strategy.id
    set_target(u[f"{sid}:title"], "Nova strategija")
    data = etree.tostring(next(iter(u.values())).getroottree())
    op.set_text(doc, sid, "title", "sq", "Strategjia e re")  # the source changes after the export
    plan = import_xliff(doc, data)
    assert plan.counts["conflict"] == 1
    (conflict,) = plan.of("conflict")
    assert conflict.unit_id == f"{sid}:title" and conflict.text == "Nova strategija"
    apply_import(doc, plan)
    mt = doc.strategy.text("title")
    assert mt.get("sr") == "Strategija za socijalne usluge" and mt.state("sr") == TState.OUTDATED  # kept


def test_conflict_on_an_empty_field_is_kept_as_outdated_with_what_it_was_made_from(doc):
    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "en", "")  # no English yet
    exported_source = a.text("title").get("sq")
    u = units(export_xliff(doc, "en"))
    set_target(u[f"{a.id}:title"], "Opening the day centre")
    data = etree.tostring(next(iter(u.values())).getroottree())
    op.set_text(doc, a.id, "title", "sq", "Hapja e dy qendrave ditore")  # the source changes after the export
    plan = import_xliff(doc, data)
    assert [c.unit_id for c in plan.of("conflict")] == [f"{a.id}:title"]
    assert xliff.conflict_suggestions(plan) == [("sq", "en", exported_source, "Opening the day centre")]
    apply_import(doc, plan)
    mt = a.text("title")
    assert mt.get("en") == "Opening the day centre" and mt.state("en") == TState.OUTDATED
    assert mt.values["en"].based_on == exported_source  # the translation view can show what changed
    before = snapshot(doc)
    apply_import(doc, import_xliff(doc, data))  # importing the same file again changes nothing
    assert snapshot(doc) == before


def test_serbian_exported_in_cyrillic_comes_back_in_the_stored_script(schema, doc):
    a = doc.action_plan.activities[0]
    stored = a.text("title").get("sr")
    assert stored and xliff.detect_script(stored) == "latn"
    data = export_xliff(doc, "sr", serbian_script="cyrl")
    assert_valid(schema, data)
    u = units(data)
    target = u[f"{a.id}:title"].find("x:target", NS)
    assert target.text == xliff.convert(stored, "cyrl")
    # Re-importing the untouched Cyrillic file changes nothing: the texts are the same words.
    assert import_xliff(doc, data).counts["apply"] == 0
    op.set_text(doc, a.id, "title", "sr", stored, TState.DRAFT)  # a draft may be replaced; a translation may not
    set_target(u[f"{a.id}:title"], "Отварање новог центра")
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    assert plan.counts["apply"] == 1
    apply_import(doc, plan)
    assert a.text("title").get("sr") == "Otvaranje novog centra"  # stored in Latin, as it was written
    with pytest.raises(XliffError):
        export_xliff(doc, "sr", serbian_script="greek")


def test_unknown_units_are_counted(doc):
    u = units(export_xliff(doc, "en"))
    first, second = list(u.values())[:2]
    set_target(first, "x")
    first.set("id", "no-such-entity:title")
    set_target(second, "y")
    second.set("id", f"{doc.strategy.id}:no_such_field")
    before = snapshot(doc)
    plan = import_xliff(doc, etree.tostring(first.getroottree()))
    assert plan.counts["unknown"] == 2
    apply_import(doc, plan)
    assert snapshot(doc) == before


HOSTILE = {
    "billion laughs": b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="DOC" source-language="sq"
 target-language="en" datatype="plaintext"><body><trans-unit id="x"><source>&lol3;</source></trans-unit>
</body></file></xliff>""",
    "xxe": b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="DOC" source-language="sq"
 target-language="en" datatype="plaintext"><body><trans-unit id="x"><source>a</source><target>&xxe;</target>
</trans-unit></body></file></xliff>""",
    "invalid utf-8": b'<?xml version="1.0" encoding="utf-8"?><xliff version="1.2"><file original="DOC">\xff\xfe\xc3',
    "malformed": b"<xliff><file></xliff>",
    "not xliff": b"<html/>",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_are_refused_and_change_nothing(doc, name):
    before = snapshot(doc)
    with pytest.raises(XliffError) as err:
        import_xliff(doc, HOSTILE[name].replace(b"DOC", doc.id.encode()))
    assert "\n" not in str(err.value)
    assert snapshot(doc) == before


def test_file_for_another_document_is_refused(doc):
    data = export_xliff(build_demo(), "en")
    with pytest.raises(XliffError, match="belongs to another plan"):
        import_xliff(doc, data)


def test_wrong_language_is_refused(doc):
    with pytest.raises(XliffError, match="not sr"):
        import_xliff(doc, export_xliff(doc, "en"), expected_lang="sr")


def test_too_large_input_is_refused(doc, monkeypatch):
    data = export_xliff(doc, "en")
    monkeypatch.setattr(xliff, "MAX_XLIFF_BYTES", len(data) - 1)
    with pytest.raises(XliffError, match="larger than"):
        import_xliff(doc, data)


def test_export_and_import_of_a_large_plan_are_fast():
    import time

    from desktop.demo.large import build_large

    big = build_large()
    t0 = time.perf_counter()
    data = export_xliff(big, "en")
    t1 = time.perf_counter()
    plan = import_xliff(big, data)
    t2 = time.perf_counter()
    assert plan.counts["unchanged"] > 6000
    assert t1 - t0 < 3 and t2 - t1 < 3  # target 1 s each; slack for slow CI machines


# -- command line ------------------------------------------------------------------


def test_cli_export_import_status(tmp_path):
    plan_file = tmp_path / "demo.plan"
    write_new(build_demo(), plan_file)
    out = tmp_path / "en.xlf"
    r = run("xliff-export", str(plan_file), "--target", "en", "--only-open", "-o", str(out))
    assert r.returncode == 0, r.stderr
    tree = etree.parse(str(out))
    tus = tree.getroot().findall(".//x:trans-unit", NS)
    for tu in tus[:3]:
        set_target(tu, "Translated " + tu.get("id"))
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")

    r = run("xliff-import", str(plan_file), str(out), "--dry-run")
    assert r.returncode == 0 and "would apply 3 (0 as drafts)," in r.stdout, r.stderr
    r = run("xliff-import", str(plan_file), str(out))
    assert r.returncode == 0 and "applied 3 (0 as drafts)," in r.stdout, r.stderr
    r = run("xliff-import", str(plan_file), str(out))
    assert r.returncode == 0 and "applied 0 (0 as drafts), unchanged 3," in r.stdout, r.stderr

    status = json.loads(run("translation-status", str(plan_file)).stdout)["progress"]["document"]
    assert status["en"]["translated"] >= 3 and status["sq"]["missing"] == 0
    states = ("missing", "draft", "translated", "approved", "outdated")
    assert sum(status["en"][s] for s in states) == status["en"]["fields"]


def test_cli_errors_are_one_line(tmp_path):
    plan_file = tmp_path / "demo.plan"
    write_new(build_demo(), plan_file)
    bad = tmp_path / "bad.xlf"
    bad.write_bytes(HOSTILE["xxe"])
    r = run("xliff-import", str(plan_file), str(bad))
    assert r.returncode == 1 and r.stderr.startswith("error: ") and r.stderr.count("\n") == 1
    assert_no_traceback(r)
    r = run("xliff-export", str(plan_file), "--target", "de", "-o", str(tmp_path / "x.xlf"))
    assert r.returncode == 2
    assert_no_traceback(r)
    r = run("xliff-import", str(plan_file), str(tmp_path / "missing.xlf"))
    assert r.returncode == 1 and "cannot read" in r.stderr.lower()
    assert_no_traceback(r)


def test_cli_translit(tmp_path):
    r = run("translit", "--to", "cyrl", "Ljubav")
    assert r.returncode == 0 and r.stdout == "Љубав\n"
    r = run("translit", "--to", "latn", "Љубав", "и", "Ђорђе")
    assert r.stdout == "Ljubav i Đorđe\n"
    import subprocess
    import sys

    p = subprocess.run(
        [sys.executable, "-m", "desktop", "translit", "--to", "cyrl"],
        input="Njegoš\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert p.returncode == 0 and p.stdout == "Његош\n"


def test_cli_cyrillic_export_conflicts_and_convert_script(tmp_path, data_dir):
    from desktop.storage.session import DocumentSession
    from desktop.translation.memory import TranslationMemory

    plan_file = tmp_path / "demo.plan"
    write_new(build_demo(), plan_file)
    out = tmp_path / "sr.xlf"
    r = run("xliff-export", str(plan_file), "--target", "sr", "--serbian-script", "cyrl", "-o", str(out))
    assert r.returncode == 0, r.stderr
    tree = etree.parse(str(out))
    tu = tree.getroot().find(".//x:trans-unit", NS)
    set_target(tu, "Нова стратегија")
    tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    entity_id, _, field = tu.get("id").rpartition(":")
    session = DocumentSession.open(plan_file)
    try:  # the source changes after the export
        source_lang = session.doc.find(entity_id).text(field).source
        session.apply(op.set_text, entity_id, field, source_lang, "Teksti i ndryshuar")
        session.save()
    finally:
        session.close()
    r = run("xliff-import", str(plan_file), str(out))
    assert r.returncode == 0 and "conflicts 1" in r.stdout and "kept as a suggestion" in r.stdout, r.stderr
    with TranslationMemory() as memory:
        assert len(memory) >= 1
    r = run("convert-script", str(plan_file), "--to", "cyrl")
    assert r.returncode == 0 and "marked draft" in r.stdout, r.stderr
    session = DocumentSession.open(plan_file)
    try:
        doc = session.doc
        texts = [e.text(n) for e in doc.walk() for n in e.TEXTS if e.text(n).get("sr") and not op.frozen_reason(doc, e)]
        assert all(xliff.detect_script(mt.get("sr")) != "latn" for mt in texts)
        assert any(mt.state("sr") == TState.DRAFT for mt in texts)
    finally:
        session.close()


# -- names kept as written ----------------------------------------------------------


@pytest.fixture
def names_from_the_data_folder():
    from desktop.translation.transliterate import set_kept_names

    set_kept_names(None)  # read from this test's data folder at the next conversion
    yield
    set_kept_names(None)


def test_cyrillic_export_keeps_foreign_names_and_the_glossary_list(doc, names_from_the_data_folder):
    from desktop.translation import glossary_file
    from desktop.translation.glossary import Glossary

    glossary_file.save_user_glossary(Glossary(Glossary.seed().terms, ["Caritas", "Naša Kuća"]))
    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "sr", "Obuka sa Save the Children, Caritas i Naša Kuća")
    target = units(export_xliff(doc, "sr", serbian_script="cyrl"))[f"{a.id}:title"].find("x:target", NS)
    assert target.text == "Обука са Save the Children, Caritas и Naša Kuća"


def test_cli_translit_reads_the_users_list(names_from_the_data_folder):
    from desktop.translation import glossary_file
    from desktop.translation.glossary import Glossary

    glossary_file.save_user_glossary(Glossary([], ["Naša Kuća"]))
    r = run("translit", "--to", "cyrl", "Naša Kuća i Caritas, World Vision")
    assert r.returncode == 0 and r.stdout == "Naša Kuća и Царитас, World Vision\n", r.stderr


# -- what CAT tools do to a file -----------------------------------------------------------------------------------


def test_export_tags_languages_and_copies_the_source_into_empty_targets(schema, doc):
    priority = doc.objectives[0].priorities[0]  # no Serbian yet
    for script, tag in ((None, "sr-Latn"), ("latn", "sr-Latn"), ("cyrl", "sr-Cyrl")):
        data = export_xliff(doc, "sr", serbian_script=script, copy_source=True)
        assert_valid(schema, data)
        file_el = etree.fromstring(data).find("x:file", NS)
        assert (file_el.get("source-language"), file_el.get("target-language")) == ("sq", tag)
        u = units(data)
        target = u[f"{priority.id}:title"].find("x:target", NS)
        assert target.text == "Prioriteti 1.1" and target.get("state") == "needs-translation"
        assert target.get("{http://www.w3.org/XML/1998/namespace}lang") == tag
        assert u[f"{priority.id}:title"].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    # Without the option an empty target is left out, as before.
    assert units(export_xliff(doc, "sr"))[f"{priority.id}:title"].find("x:target", NS) is None


def test_approved_is_final_and_approved_yes(doc):
    o1 = doc.objectives[0]
    op.set_text(doc, o1.id, "title", "en", "Objective 1", TState.APPROVED)
    tu = units(export_xliff(doc, "en"))[f"{o1.id}:title"]
    assert tu.find("x:target", NS).get("state") == "final" and tu.get("approved") == "yes"


def test_a_copy_of_the_source_is_never_a_translation(doc):
    priority = doc.objectives[0].priorities[0]
    u = units(export_xliff(doc, "sr", copy_source=True))
    tu = u[f"{priority.id}:title"]
    for text, state in (("Prioriteti 1.1", "translated"), ("  Prioriteti\n 1.1 ", "final"), ("Prioriteti 1.1", None)):
        set_target(tu, text, state or "translated")
        if state is None:
            del tu.find("x:target", NS).attrib["state"]
        plan = import_xliff(doc, etree.tostring(tu.getroottree()))
        (unit,) = [p for p in plan.units if p.unit_id == f"{priority.id}:title"]
        assert unit.decision == xliff.UNTRANSLATED, (text, state)
        apply_import(doc, plan)
    assert priority.title.get("sr") == ""


@pytest.mark.parametrize("state", ["new", "needs-translation", "needs-adaptation", "needs-l10n", "needs-review-l10n"])
def test_a_new_text_still_marked_as_needing_work_is_only_a_draft(doc, state):
    priority = doc.objectives[0].priorities[0]
    u = units(export_xliff(doc, "sr", copy_source=True))
    set_target(u[f"{priority.id}:title"], "Prioritet 1.1", state)  # OmegaT leaves the state it was given
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    assert plan.counts["apply"] == 1
    apply_import(doc, plan)
    assert priority.title.get("sr") == "Prioritet 1.1" and priority.title.state("sr") == TState.DRAFT


def test_replacing_a_translated_or_approved_text_is_a_conflict_never_applied(doc):
    sid, o1 = doc.strategy.id, doc.objectives[0]
    op.set_text_state(doc, o1.id, "title", "sr", TState.APPROVED)
    u = units(export_xliff(doc, "sr"))
    set_target(u[f"{sid}:title"], "Strategija socijalnih usluga")
    set_target(u[f"{o1.id}:title"], "Prvi cilj", "final")
    before = snapshot(doc)
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    conflicts = {c.unit_id: c for c in plan.of("conflict")}
    assert set(conflicts) == {f"{sid}:title", f"{o1.id}:title"} and plan.counts["apply"] == 0
    assert all(c.replaces_translation for c in conflicts.values())
    assert "approved" in conflicts[f"{o1.id}:title"].message
    apply_import(doc, plan)
    assert snapshot(doc) == before


def test_a_target_in_the_wrong_script_is_flagged_and_not_applied(doc):
    priority = doc.objectives[0].priorities[0]
    u = units(export_xliff(doc, "sr", serbian_script="cyrl", copy_source=True))
    set_target(u[f"{priority.id}:title"], "Prioritet 1.1")  # Latin in a Cyrillic file
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    assert plan.counts["wrong_script"] == 1 and plan.counts["apply"] == 0
    set_target(u[f"{priority.id}:title"], "Приоритет 1.1")
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    assert plan.counts["apply"] == 1 and plan.counts["wrong_script"] == 0

    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "en", "")
    u = units(export_xliff(doc, "en"))
    set_target(u[f"{a.id}:title"], "Дневни центар")  # Cyrillic in English
    plan = import_xliff(doc, etree.tostring(next(iter(u.values())).getroottree()))
    assert plan.counts["wrong_script"] == 1
    apply_import(doc, plan)
    assert a.title.get("en") == ""


def test_files_of_earlier_versions_with_the_hash_in_a_note_still_import(doc):
    a = doc.action_plan.activities[0]
    op.set_text(doc, a.id, "title", "en", "")
    u = units(export_xliff(doc, "en"))
    tu = u[f"{a.id}:title"]
    del tu.attrib["extradata"]
    note = etree.SubElement(tu, f"{{{xliff.XLIFF_NS}}}note", {"from": "source-hash"})
    note.text = xliff.source_hash("Qendra ditore e vjetër")  # exported from an older source
    set_target(tu, "Day centre")
    plan = import_xliff(doc, etree.tostring(tu.getroottree()))
    assert [c.unit_id for c in plan.of("conflict")] == [f"{a.id}:title"]
    note.text = xliff.source_hash(a.title.get("sq"))
    assert import_xliff(doc, etree.tostring(tu.getroottree())).counts["apply"] == 1


def test_cli_tmx_export_and_import(tmp_path):
    memory_file = tmp_path / "m.sqlite"
    with TranslationMemory(memory_file) as memory:
        memory.learn_from(build_demo())
        expected = memory.counts()[("sq", "sr")]
    out = tmp_path / "sq-sr.tmx"
    args = ("--memory", str(memory_file))
    r = run("tmx-export", "--from", "sq", "--to", "sr", "--serbian-script", "cyrl", *args, "-o", str(out))
    assert r.returncode == 0 and f"({expected} units, sq -> sr)" in r.stdout, r.stderr
    assert b'srclang="sq"' in out.read_bytes() and b'xml:lang="sr-Cyrl"' in out.read_bytes()
    r = run("tmx-export", "--from", "sq", "--to", "sr", *args, "-o", str(out))
    assert r.returncode == 1 and "already exists" in r.stderr
    r = run("tmx-import", str(out), "--memory", str(tmp_path / "fresh.sqlite"))
    assert r.returncode == 0 and r.stdout.startswith("added "), r.stderr
    hostile = tmp_path / "bad.tmx"
    hostile.write_bytes(b'<!DOCTYPE tmx [<!ENTITY e "x">]><tmx version="1.4"><body/></tmx>')
    r = run("tmx-import", str(hostile), "--memory", str(tmp_path / "fresh.sqlite"))
    assert r.returncode == 1 and "DTD or entities" in r.stderr
    assert_no_traceback(r)


def test_a_new_serbian_text_is_stored_in_the_script_of_the_plans_serbian(doc):
    priority = doc.objectives[0].priorities[0]  # no Serbian yet
    cases = (("latn", "Приоритет 1.1", "Prioritet 1.1"), ("cyrl", "Prioritet 1.1", "Приоритет 1.1"))
    for script, typed, stored in cases:
        convert_serbian(doc, script)
        u = units(export_xliff(doc, "sr", copy_source=True))
        set_target(u[f"{priority.id}:title"], typed, "translated")
        del u[f"{priority.id}:title"].find("x:target", NS).attrib["{http://www.w3.org/XML/1998/namespace}lang"]
        root = next(iter(u.values())).getroottree().getroot()
        root.find("x:file", NS).set("target-language", "sr")  # a tool that drops the script subtag
        apply_import(doc, import_xliff(doc, etree.tostring(root)))
        assert priority.title.get("sr") == stored
        op.set_text(doc, priority.id, "title", "sr", "")
