"""XLIFF export and import from the window: the file written, the import preview, one-step undo, hostile files."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.core import operations as op
from desktop.core.text import TState
from desktop.gui.controller import DocumentController
from desktop.gui.translation import xliff_export_dialog as export_module
from desktop.gui.translation.xliff_export_dialog import XliffExportDialog, count_units, default_file_name
from desktop.gui.translation.xliff_import_dialog import XliffImportDialog
from desktop.gui.widgets import messages
from desktop.storage.session import DocumentSession
from desktop.translation import xliff
from desktop.translation.memory import TranslationMemory
from desktop.translation.xliff import export_xliff, import_xliff
from tests.translation.test_xliff import HOSTILE, SPECS, assert_valid, set_target, snapshot, units


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SPECS / "xliff-core-1.2-strict.xsd")))


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Messages shown with messages.show_error, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    return shown


def stored(controller: DocumentController) -> list:
    """The document as the working copy on disk holds it."""
    return snapshot(controller.session.repo.load())


def choose(monkeypatch, target: str, only_open: bool, script: str | None = None) -> None:
    """Answer the export dialog: `target` language, all texts or only open ones, Serbian script, then Export."""

    def exec_(self: XliffExportDialog) -> int:
        self.language_combo.setCurrentIndex(self.language_combo.findData(target))
        (self.open_button if only_open else self.all_button).setChecked(True)
        self.script_combo.setCurrentIndex(self.script_combo.findData(script))
        assert self.export_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(XliffExportDialog, "exec", exec_)


def translated_file(controller: DocumentController, tmp_path: Path, lang: str = "en") -> tuple[Path, list[str]]:
    """An export into `lang` whose every unit a translator filled in; the file and its unit ids."""
    tree = etree.fromstring(export_xliff(controller.doc, lang))
    ids = []
    for tu in tree.iter(f"{{{xliff.XLIFF_NS}}}trans-unit"):
        ids.append(tu.get("id"))
        set_target(tu, "EN " + tu.find(f"{{{xliff.XLIFF_NS}}}source").text)
    path = tmp_path / f"plan-{lang}.xlf"
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
    return path, ids


# -- export ------------------------------------------------------------------------------------


def test_unit_count_is_what_the_export_writes(controller):
    doc = controller.doc
    controller.apply(op.set_text, doc.strategy.id, "title", "en", "A draft", TState.DRAFT)
    controller.apply(op.set_text_state, doc.objectives[0].id, "title", "sr", TState.APPROVED)
    controller.apply(op.set_text, doc.objectives[1].id, "title", "sq", "Objektivi i ri")  # sr outdated
    for lang in ("sq", "sr", "en"):
        for only_open in (False, True):
            assert count_units(doc, lang, only_open=only_open) == len(
                units(export_xliff(doc, lang, only_open=only_open))
            )


def test_export_offers_the_other_languages_and_counts_units(controller, qtbot):
    dialog = XliffExportDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.source_lang == "sq"
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] == ["sr", "en"]
    assert dialog.language_combo.itemText(0) == "Serbian"
    dialog.all_button.setChecked(True)
    n = count_units(controller.doc, "sr")
    assert dialog.summary.text() == f"{n} texts will be written to the file."
    dialog.open_button.setChecked(True)  # every Serbian text that exists is translated; the rest are missing
    assert dialog.unit_count() == count_units(controller.doc, "sr", only_open=True) < n
    assert default_file_name(controller, "sr") == "p-sr.xlf"


def test_export_writes_a_valid_file_with_only_the_open_units(controller, tmp_path, monkeypatch, schema, errors):
    doc = controller.doc
    priority = doc.objectives[0].priorities[0]  # "Prioriteti 1.1": no Serbian yet
    controller.apply(op.set_text, doc.objectives[1].id, "title", "sq", "Objektivi i dytë, i ri")  # sr outdated
    choose(monkeypatch, "sr", only_open=True)
    asked = []

    def save_name(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "for-translator"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    path = XliffExportDialog.export(controller, None)
    assert path == tmp_path / "for-translator.xlf" and path.is_file()
    assert Path(asked[0]).name == "p-sr.xlf"
    assert errors == []
    data = path.read_bytes()
    assert_valid(schema, data)
    assert data == export_xliff(doc, "sr", only_open=True)
    ids = set(units(data))
    assert f"{priority.id}:title" in ids and f"{doc.objectives[1].id}:title" in ids
    assert f"{doc.strategy.id}:title" not in ids  # translated: not sent again
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_in_cyrillic(controller, tmp_path, monkeypatch, schema, errors):
    choose(monkeypatch, "sr", only_open=False, script="cyrl")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "cyr.xlf"), ""))
    path = XliffExportDialog.export(controller, None)
    data = path.read_bytes()
    assert_valid(schema, data)
    assert data == export_xliff(controller.doc, "sr", serbian_script="cyrl")
    assert "Стратегија".encode() in data or "стратегија".encode() in data


def test_export_with_copied_sources_for_omegat(controller, tmp_path, monkeypatch, schema, errors):
    doc = controller.doc
    priority = doc.objectives[0].priorities[0]  # "Prioriteti 1.1": no Serbian yet
    choose(monkeypatch, "sr", only_open=False, script="cyrl")
    original_exec = XliffExportDialog.exec

    def exec_(self: XliffExportDialog) -> int:
        self.copy_source_box.setChecked(True)
        return original_exec(self)

    monkeypatch.setattr(XliffExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "omegat.xlf"), ""))
    data = XliffExportDialog.export(controller, None).read_bytes()
    assert_valid(schema, data)
    assert data == export_xliff(doc, "sr", serbian_script="cyrl", copy_source=True)
    root = etree.fromstring(data)
    assert root.find("x:file", {"x": xliff.XLIFF_NS}).get("target-language") == "sr-Cyrl"
    target = units(data)[f"{priority.id}:title"].find(f"{{{xliff.XLIFF_NS}}}target")
    assert target.text == "Prioriteti 1.1" and target.get("state") == "needs-translation"
    # The next export remembers the choice.
    assert XliffExportDialog(controller).copy_source_box.isChecked()


def test_preview_of_a_file_from_omegat(controller, tmp_path, qtbot):
    """Copies left as they were, a new text still marked as needing translation, an edited translation."""
    doc = controller.doc
    priority = doc.objectives[0].priorities[0]  # no Serbian yet
    copied = doc.objectives[1].priorities[0]  # no Serbian yet; the tool leaves the copy
    u = units(export_xliff(doc, "sr", copy_source=True))
    set_target(u[f"{priority.id}:title"], "Prioritet 1.1", "needs-translation")
    set_target(u[f"{doc.strategy.id}:title"], "Strategija socijalnih usluga")  # sr is translated in the plan
    data = etree.tostring(next(iter(u.values())).getroottree())
    plan = import_xliff(doc, data)
    before = snapshot(doc)

    dialog = XliffImportDialog(controller, plan, "omegat.xlf")
    qtbot.addWidget(dialog)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts["apply"] == "1" and counts["conflict"] == "1" and counts["untranslated"] == "3"
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert rows == [
        ["Strategy", "Title", "Strategija za socijalne usluge", "Strategija socijalnih usluga",
         "Not applied: it would replace a confirmed translation"],
        ["Priority 1.1", "Title", "", "Prioritet 1.1", "Adds the translation as a draft"],
    ]  # fmt: skip
    notes = dialog.notes.text()
    assert "never taken as translations" in notes and "stored as drafts" in notes and "never applied" in notes

    dialog.apply_button.click()
    assert priority.title.get("sr") == "Prioritet 1.1" and priority.title.state("sr") == TState.DRAFT
    assert doc.strategy.title.get("sr") == "Strategija za socijalne usluge"  # the translation stays
    assert copied.title.get("sr") == ""  # the copy of the source was not taken
    after = snapshot(doc)
    assert stored(controller) == after != before


def test_export_cancelled_writes_nothing(controller, tmp_path, monkeypatch):
    monkeypatch.setattr(XliffExportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert XliffExportDialog.export(controller, None) is None
    choose(monkeypatch, "en", only_open=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert XliffExportDialog.export(controller, None) is None
    assert list(tmp_path.glob("*.xlf")) == []


@pytest.mark.parametrize(
    ("code", "reason"), [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "the disk or USB stick is read-only")]
)
def test_export_failure_says_why_and_leaves_no_file(controller, tmp_path, monkeypatch, errors, code, reason):
    choose(monkeypatch, "en", only_open=False)
    target = tmp_path / "out.xlf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))

    def fail(tmp, path):
        raise OSError(code, "refused", str(path))

    monkeypatch.setattr(export_module, "replace_atomically", fail)
    assert XliffExportDialog.export(controller, None) is None
    assert errors == [f"out.xlf could not be written: {reason}."]
    assert not target.exists() and not list(tmp_path.glob(".*.tmp"))


# -- import ------------------------------------------------------------------------------------


def test_preview_counts_and_apply_is_one_undo_step(controller, tmp_path, qtbot):
    doc = controller.doc
    objective = doc.objectives[0]
    controller.apply(op.set_text, objective.id, "title", "en", "Objective 1")
    path, ids = translated_file(controller, tmp_path)
    # After the export two sources change (conflicts: one field without English, one with), and a unit of
    # an item that does not exist is added.
    activity = doc.action_plan.activities[1]
    controller.apply(op.set_text, activity.id, "title", "sq", "Kujdesi në shtëpi për të moshuarit")
    controller.apply(op.set_text, objective.id, "title", "sq", "Objektivi i parë")
    data = path.read_bytes().replace(b"</body>", b'<trans-unit id="gone:title"><source>x</source>'
                                     b'<target state="translated">y</target></trans-unit></body>')  # fmt: skip
    plan = import_xliff(doc, data)
    before, steps = snapshot(doc), controller.undo_stack.count()

    dialog = XliffImportDialog(controller, plan, path.name)
    qtbot.addWidget(dialog)
    counts = {key: label.text() for key, label in dialog.count_labels.items()}
    assert counts == {
        "apply": str(len(ids) - 2), "unchanged": "0", "conflict": "2", "untranslated": "0", "unknown": "1"
    }  # fmt: skip
    assert dialog.table.rowCount() == len(ids)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert rows[0] == [  # conflicts first, highlighted
        "Strategic objective 1", "Title", "Objective 1", "EN Objektivi 1",
        "Not applied: the source changed since the export; the current translation stays",
    ]  # fmt: skip
    assert rows[1] == [
        "Activity 1.2", "Title", "", "EN Kujdesi në shtëpi", "Stored as outdated: the source changed since the export"
    ]  # fmt: skip
    assert rows[2][4] == "Adds the translation"
    assert dialog.table.item(0, 0).background().color().name() == "#ffe1c7"
    assert dialog.table.item(2, 0).background().style().name == "NoBrush"
    assert "A conflict never overwrites a translation" in dialog.notes.text()

    dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert doc.strategy.title.get("en") == "EN Strategjia për shërbime sociale"
    assert doc.strategy.title.state("en") == TState.TRANSLATED
    assert activity.title.get("en") == "EN Kujdesi në shtëpi"  # kept, marked outdated
    assert activity.title.state("en") == TState.OUTDATED
    assert objective.title.get("en") == "Objective 1"  # an existing translation is never overwritten
    assert stored(controller) == snapshot(doc) != before
    assert controller.undo_stack.count() == steps + 1
    with TranslationMemory() as memory:  # both conflicting texts are offered as suggestions
        assert memory.suggest("Objektivi 1", "sq", "en")[0].target == "EN Objektivi 1"
        assert memory.suggest("Kujdesi në shtëpi", "sq", "en")[0].target == "EN Kujdesi në shtëpi"

    controller.undo_stack.undo()
    assert snapshot(controller.doc) == before
    assert stored(controller) == before


def test_import_file_applies_and_a_second_import_changes_nothing(
    controller, tmp_path, monkeypatch, answer, errors, qtbot
):
    path, ids = translated_file(controller, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    seen = answer("Apply")
    assert XliffImportDialog.import_file(controller, None) is True
    assert seen == ["Import a translation"]
    assert errors == []
    english = [e.text(n).get("en") for e in controller.doc.walk() for n in e.TEXTS if not e.text(n).is_empty()]
    assert all(text.startswith("EN ") for text in english)
    saved = snapshot(controller.doc)
    controller.session.save()  # and in the saved file, opened again
    reopened = DocumentSession.open(controller.session.path, read_only=True)
    try:
        assert snapshot(reopened.doc) == saved
    finally:
        reopened.close()

    # The same file again: the preview says so and offers only Close.
    plan = import_xliff(controller.doc, path.read_bytes())
    dialog = XliffImportDialog(controller, plan, path.name)
    qtbot.addWidget(dialog)
    assert plan.counts["unchanged"] == len(ids) and plan.counts["apply"] == 0
    assert dialog.apply_button is None and dialog.table.isHidden()
    assert "This file changes nothing: all its translations are already in the plan." in dialog.notes.text()
    assert [b.text() for b in dialog.buttons.buttons()] == ["Close"]
    answer("Close")
    assert XliffImportDialog.import_file(controller, None, path) is False
    assert snapshot(controller.doc) == saved


def test_cancel_changes_nothing(controller, tmp_path, monkeypatch, answer):
    path, _ids = translated_file(controller, tmp_path, "en")
    before, steps = snapshot(controller.doc), controller.undo_stack.count()
    answer("Cancel")
    assert XliffImportDialog.import_file(controller, None, path) is False
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert XliffImportDialog.import_file(controller, None) is False  # no file chosen
    assert snapshot(controller.doc) == before == stored(controller)
    assert controller.undo_stack.count() == steps


@pytest.mark.parametrize("name", ["billion laughs", "xxe", "malformed"])
def test_hostile_file_shows_a_message_and_changes_nothing(controller, tmp_path, monkeypatch, errors, name):
    path = tmp_path / "hostile.xlf"
    # Only the attribute: replacing every "DOC" would also break "<!DOCTYPE" and test a malformed file instead.
    path.write_bytes(HOSTILE[name].replace(b'original="DOC"', f'original="{controller.doc.id}"'.encode()))
    monkeypatch.setattr(XliffImportDialog, "exec", lambda self: pytest.fail("no preview for a refused file"))
    before = snapshot(controller.doc)
    assert XliffImportDialog.import_file(controller, None, path) is False
    assert len(errors) == 1 and errors[0].startswith("hostile.xlf cannot be imported: ")
    assert errors[0].endswith("Nothing in the plan was changed.")
    if name != "malformed":
        assert "refused for safety" in errors[0]
    assert snapshot(controller.doc) == before == stored(controller)
    assert controller.undo_stack.count() == 0


def test_other_plan_too_large_and_unreadable_files_are_refused(controller, tmp_path, monkeypatch, errors):
    from desktop.demo.build import build_demo

    other = tmp_path / "other.xlf"
    other.write_bytes(export_xliff(build_demo(), "en"))
    path, _ids = translated_file(controller, tmp_path)
    assert XliffImportDialog.import_file(controller, None, other) is False
    monkeypatch.setattr(xliff, "MAX_XLIFF_BYTES", path.stat().st_size - 1)
    assert XliffImportDialog.import_file(controller, None, path) is False
    assert XliffImportDialog.import_file(controller, None, tmp_path / "missing.xlf") is False
    assert errors[0] == "other.xlf cannot be imported: it belongs to another plan. Nothing in the plan was changed."
    assert "larger than 0 MB" in errors[1]
    assert errors[2].startswith("missing.xlf could not be read: ")


def test_read_only_plan_gets_a_preview_only(controller, tmp_path, qtbot):
    path, _ids = translated_file(controller, tmp_path)
    session = DocumentSession.open(controller.session.path, read_only=True)
    try:
        viewer = DocumentController(session)
        plan = import_xliff(viewer.doc, path.read_bytes())
        assert plan.counts["apply"] > 0
        dialog = XliffImportDialog(viewer, plan, path.name)
        qtbot.addWidget(dialog)
        assert dialog.apply_button is None
        assert [b.text() for b in dialog.buttons.buttons()] == ["Close"]
        assert "read-only" in dialog.notes.text()
        assert dialog.table.rowCount() == plan.counts["apply"]
    finally:
        session.close()
