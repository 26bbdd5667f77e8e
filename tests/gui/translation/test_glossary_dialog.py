"""The Glossary dialog: edit terms in the table, filter, import/export CSV and TBX, restore the built-in list,
check a plan's consistency; every change is asserted on the saved glossary file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from desktop import i18n
from desktop.gui.translation import glossary_dialog as gd
from desktop.gui.translation.glossary_dialog import GlossaryDialog
from desktop.gui.translation.translation_view import TranslationView
from desktop.gui.widgets import messages
from desktop.translation import glossary_file
from desktop.translation.glossary import Glossary, Term

OWN = Glossary([Term("Qendra ditore", "Dnevni boravak", "Day care centre"), Term("Fushata", "Kampanja", "Campaign")])


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    """Error boxes are recorded instead of shown (a modal box would wait for a click forever)."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, title=None: seen.append(f"{title}: {text}"))
    return seen


@pytest.fixture(autouse=True)
def confirm(monkeypatch) -> list[bool]:
    """Confirmations answer with the values in this list, in order (Yes when it runs out)."""
    answers: list[bool] = []
    monkeypatch.setattr(messages, "confirm", lambda *_args: answers.pop(0) if answers else True)
    return answers


def open_dialog(qtbot, plan=None, on_activate=None) -> GlossaryDialog:
    dialog = GlossaryDialog(plan, None, on_activate)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_file(monkeypatch, name: str, path: Path | str, chosen_filter: str = "") -> None:
    monkeypatch.setattr(QFileDialog, name, lambda *_args, **_kwargs: (str(path), chosen_filter))


def shown_rows(dialog: GlossaryDialog) -> list[list[str]]:
    proxy = dialog.proxy
    return [[proxy.index(r, c).data() for c in range(4)] for r in range(proxy.rowCount())]


def row_of(dialog: GlossaryDialog, sq: str) -> int:
    return next(r for r, values in enumerate(shown_rows(dialog)) if values[0] == sq)


def type_into_cell(qtbot, dialog: GlossaryDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, put the text in it and press Return, like a user."""
    index = dialog.proxy.index(row, column)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert(text)  # not keyClicks: non-ASCII key clicks abort the test process
    press_return(qtbot, editor)


def press_return(qtbot, editor: QLineEdit) -> None:
    qtbot.keyClick(editor, gd.Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def saved() -> Glossary:
    return glossary_file.load_user_glossary()


def test_without_a_saved_glossary_the_built_in_one_is_shown(qtbot):
    dialog = open_dialog(qtbot)
    assert len(shown_rows(dialog)) == len(Glossary.seed())
    assert dialog.tabs.count() == 2  # terms and names; no plan: no consistency tab
    assert not dialog.load_message.isVisible()
    headers = [dialog.proxy.headerData(c, gd.Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Albanian", "Serbian", "English", "Note"]


def test_edit_a_cell_and_save(qtbot):
    dialog = open_dialog(qtbot)
    type_into_cell(qtbot, dialog, row_of(dialog, "Komuna"), 1, "Općina")
    assert dialog.dirty
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.saved
    terms = {t.sq: t for t in saved()}
    assert terms["Komuna"] == Term("Komuna", "Općina", "Municipality")
    assert len(saved()) == len(Glossary.seed())


def test_add_and_delete_terms(qtbot):
    glossary_file.save_user_glossary(OWN)
    dialog = open_dialog(qtbot)
    assert shown_rows(dialog) == [
        ["Qendra ditore", "Dnevni boravak", "Day care centre", ""],
        ["Fushata", "Kampanja", "Campaign", ""],
    ]
    qtbot.mouseClick(dialog.add_button, gd.Qt.MouseButton.LeftButton)
    editor = dialog.table.indexWidget(dialog.table.currentIndex())
    assert isinstance(editor, QLineEdit)  # the new row's first cell is open for typing
    editor.insert("Vendimi")
    press_return(qtbot, editor)
    type_into_cell(qtbot, dialog, 2, 1, "Odluka")
    type_into_cell(qtbot, dialog, 2, 3, "the decision of a meeting")
    dialog.table.selectRow(row_of(dialog, "Fushata"))
    assert dialog.delete_button.isEnabled()
    qtbot.mouseClick(dialog.delete_button, gd.Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, gd.Qt.MouseButton.LeftButton)  # an empty row is left out on saving
    qtbot.keyClick(dialog.table.indexWidget(dialog.table.currentIndex()), gd.Qt.Key.Key_Escape)
    assert dialog.save()
    assert saved().terms == [OWN.terms[0], Term("Vendimi", "Odluka", "", "the decision of a meeting")]


def test_a_note_without_a_term_is_not_saved(qtbot, errors):
    glossary_file.save_user_glossary(OWN)
    dialog = open_dialog(qtbot)
    row = dialog.add_term()
    type_into_cell(qtbot, dialog, row, 3, "only a note")
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.saved
    assert errors == ["The glossary could not be saved: Row 3 has a note but no term in any language."]
    assert saved() == OWN


def test_filter_ignores_case_accents_and_script(qtbot):
    dialog = open_dialog(qtbot)
    dialog.filter_field.setText("OPSTINA")
    assert [r[1] for r in shown_rows(dialog)] == ["Opština", "Opština"]  # Komuna and Bashkia
    dialog.filter_field.setText("Општина")
    assert len(shown_rows(dialog)) == 2
    dialog.filter_field.setText("")
    assert len(shown_rows(dialog)) == len(Glossary.seed())
    # Editing a filtered row edits the right term.
    dialog.filter_field.setText("bashkia")
    type_into_cell(qtbot, dialog, 0, 3, "Albania")
    assert dialog.save()
    assert next(t for t in saved() if t.sq == "Bashkia").note == "Albania"


def test_import_csv_merged_into_the_list(qtbot, tmp_path, monkeypatch, answer):
    glossary_file.save_user_glossary(OWN)
    source = tmp_path / "terms.csv"
    source.write_text("sq,sr,en\nFushata,Kampanja,Campaign\nVendimi,Odluka,Decision\n", encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", source)
    dialog = open_dialog(qtbot)
    seen = answer("Add to the glossary")
    qtbot.mouseClick(dialog.import_button, gd.Qt.MouseButton.LeftButton)
    assert "terms.csv" in seen[0] and "Terms in the file: 2" in seen[0]
    assert [r[0] for r in shown_rows(dialog)] == ["Qendra ditore", "Fushata", "Vendimi"]
    assert dialog.status.text() == "Terms added from terms.csv: 1."
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert saved().terms == [*OWN.terms, Term("Vendimi", "Odluka", "Decision")]


def test_import_tbx_replacing_the_list(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "terms.TBX"
    glossary_file.write_glossary(Glossary([Term("Vendimi", "Одлука", "Decision", note="ë")]), source, "tbx")
    choose_file(monkeypatch, "getOpenFileName", source)
    monkeypatch.setattr(gd, "ask_merge_or_replace", lambda *_args: "replace")
    dialog = open_dialog(qtbot)
    assert dialog.import_file()
    assert dialog.save()
    assert saved().terms == [Term("Vendimi", "Одлука", "Decision", note="ë")]


def test_import_cancelled_changes_nothing(qtbot, tmp_path, monkeypatch):
    source = tmp_path / "terms.csv"
    glossary_file.write_glossary(OWN, source)
    choose_file(monkeypatch, "getOpenFileName", source)
    monkeypatch.setattr(gd, "ask_merge_or_replace", lambda *_args: None)
    dialog = open_dialog(qtbot)
    assert not dialog.import_file()
    assert not dialog.dirty and len(shown_rows(dialog)) == len(Glossary.seed())


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("bomb.tbx", b'<!DOCTYPE martif [<!ENTITY a "aaaa">]><martif>&a;</martif>', "forbidden XML"),
        ("broken.tbx", b"<martif><text><body><termEntry>", "not well-formed"),
        ("other.tbx", b"<html/>", "not a TBX file"),
        ("latin2.csv", "sq,sr,en\nKomuna,Opština,x\n".encode("cp1250"), "not UTF-8"),
        ("columns.csv", b"a,b\n1,2\n", "lacks the column"),
        ("empty.csv", b"sq,sr,en\n", "holds no terms"),
        ("table.xlsx", b"PK\x03\x04", "Choose a .csv or .tbx file"),
    ],
)
def test_damaged_or_hostile_imports_give_a_message(qtbot, tmp_path, monkeypatch, errors, name, content, expected):
    source = tmp_path / name
    source.write_bytes(content)
    choose_file(monkeypatch, "getOpenFileName", source)
    dialog = open_dialog(qtbot)
    assert not dialog.import_file()
    assert len(errors) == 1 and expected in errors[0]
    assert "Traceback" not in errors[0]
    assert not dialog.dirty and len(shown_rows(dialog)) == len(Glossary.seed())


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        ("export", gd.TBX_FILTER, "export.tbx"),
        ("export", gd.CSV_FILTER, "export.csv"),
        ("export.csv", gd.TBX_FILTER, "export.csv"),  # a typed extension wins
    ],
)
def test_export_by_chosen_filter(qtbot, tmp_path, monkeypatch, typed, chosen, written):
    glossary_file.save_user_glossary(OWN)
    choose_file(monkeypatch, "getSaveFileName", tmp_path / typed, chosen)
    dialog = open_dialog(qtbot)
    qtbot.mouseClick(dialog.export_button, gd.Qt.MouseButton.LeftButton)
    assert glossary_file.read_glossary(tmp_path / written) == OWN
    assert written in dialog.status.text()


def test_export_failure_is_a_message(qtbot, tmp_path, monkeypatch, errors):
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "missing-folder" / "x.csv", gd.CSV_FILTER)
    dialog = open_dialog(qtbot)
    assert not dialog.export_file()
    assert errors and errors[0].startswith("The glossary could not be exported: Could not save x.csv")


def test_restore_the_built_in_glossary_after_confirmation(qtbot, confirm):
    glossary_file.save_user_glossary(OWN)
    dialog = open_dialog(qtbot)
    confirm.append(False)
    qtbot.mouseClick(dialog.restore_button, gd.Qt.MouseButton.LeftButton)
    assert len(shown_rows(dialog)) == 2 and not dialog.dirty
    qtbot.mouseClick(dialog.restore_button, gd.Qt.MouseButton.LeftButton)
    assert len(shown_rows(dialog)) == len(Glossary.seed())
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert saved() == Glossary.seed()


def test_closing_with_unsaved_changes_asks(qtbot, confirm):
    glossary_file.save_user_glossary(OWN)
    dialog = open_dialog(qtbot)
    dialog.add_term()
    type_into_cell(qtbot, dialog, 2, 0, "Vendimi")
    confirm.append(False)
    qtbot.mouseClick(dialog.close_button, gd.Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    confirm.append(True)
    qtbot.mouseClick(dialog.close_button, gd.Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not dialog.saved
    assert saved() == OWN


def test_a_damaged_glossary_file_is_explained_and_kept(qtbot):
    path = glossary_file.user_glossary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x01 not a glossary")
    dialog = open_dialog(qtbot)
    assert dialog.load_message.isVisible()
    assert "cannot be read" in dialog.load_message.text() and "glossary.csv.damaged" in dialog.load_message.text()
    assert len(shown_rows(dialog)) == len(Glossary.seed())
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert saved() == Glossary.seed()
    assert path.with_name("glossary.csv.damaged").read_bytes() == b"\x00\x01 not a glossary"


def test_consistency_lists_texts_without_the_agreed_term(qtbot, controller):
    glossary_file.save_user_glossary(OWN)  # the plan says "Dnevni centar" where the glossary agrees "Dnevni boravak"
    activated: list[str] = []
    dialog = open_dialog(qtbot, controller, activated.append)
    assert dialog.tabs.count() == 3
    dialog.tabs.setCurrentWidget(dialog.consistency_page)
    items = [dialog.consistency_list.topLevelItem(i) for i in range(dialog.consistency_list.topLevelItemCount())]
    assert [[item.text(c) for c in range(4)] for item in items] == [
        ["Qendra ditore", "Dnevni boravak", "Dnevni centar", "Activity 1.1 · Title"]
    ]
    assert dialog.consistency_summary.text() == "Texts that do not use the agreed translation: 1."
    dialog.consistency_list.itemActivated.emit(items[0], 0)  # what a double-click or Enter emits
    activity = controller.doc.ordered_activities(controller.doc.action_plan)[0]
    assert activated == [activity.id]
    # Unsaved edits count: agreeing on "Dnevni centar" makes the plan consistent.
    dialog.tabs.setCurrentIndex(0)
    type_into_cell(qtbot, dialog, 0, 1, "Dnevni centar")
    dialog.tabs.setCurrentWidget(dialog.consistency_page)
    assert dialog.consistency_list.topLevelItemCount() == 0
    assert dialog.consistency_summary.text() == "Every translation uses the agreed terms."
    dialog.target_combo.setCurrentIndex(0)  # Albanian into Albanian
    assert dialog.consistency_summary.text() == "Choose two different languages."


def test_the_static_entry_point_returns_whether_it_saved(qtbot):
    def add_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GlossaryDialog)
        index = dialog.proxy.index(dialog.add_term(), 0)
        dialog.table.indexWidget(index).insert("Vendimi")
        dialog.save_button.click()  # the open cell editor is committed first

    QTimer.singleShot(0, add_and_save)
    assert GlossaryDialog.edit(None) is True
    assert saved().terms[-1] == Term("Vendimi", "", "")

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().close_button.click())
    assert GlossaryDialog.edit(None) is False


def test_translation_view_reloads_the_saved_glossary(qtbot, controller):
    view = TranslationView(controller, "sq", "sr")
    qtbot.addWidget(view)
    try:
        assert view.select_key((controller.doc.strategy.id, "title"))
        assert "Strategjia → Strategija" in view.terms_label.text()
        glossary_file.save_user_glossary(Glossary([Term("Strategjia", "Strategija razvoja", "Strategy")]))
        view.reload_glossary()
        assert view.terms_label.text() == "Strategjia → Strategija razvoja"
        glossary_file.user_glossary_path().write_bytes(b"\x00damaged")
        view.reload_glossary()  # a damaged file: the built-in glossary, no error in the view
        assert view.terms_label.text() == "Strategjia → Strategija"
    finally:
        view.close_memory()


# -- names kept as written ---------------------------------------------------------------------------------------


@pytest.fixture
def kept_names_reset():
    from desktop.translation.transliterate import set_kept_names

    set_kept_names(None)
    yield
    set_kept_names(None)


def type_name(qtbot, dialog: GlossaryDialog, name: str) -> None:
    """Add a name with the button and type it into the editor that opens, like a user."""
    qtbot.mouseClick(dialog.add_name_button, gd.Qt.MouseButton.LeftButton)
    editor = dialog.names_list.indexWidget(dialog.names_list.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.insert(name)  # not keyClicks: non-ASCII key clicks abort the test process
    press_return(qtbot, editor)


def test_names_are_added_deleted_and_saved_with_the_glossary(qtbot, kept_names_reset):
    from desktop.translation.transliterate import to_cyrillic

    dialog = open_dialog(qtbot)
    assert dialog.names() == Glossary.seed().names
    dialog.tabs.setCurrentWidget(dialog.names_page)
    type_name(qtbot, dialog, "Kuća Nade")
    assert dialog.names()[-1] == "Kuća Nade"
    dialog.names_list.setCurrentRow(0)  # UNICEF
    dialog.names_list.setFocus()
    qtbot.keyClick(dialog.names_list, gd.Qt.Key.Key_Delete)
    assert "UNICEF" not in dialog.names()
    qtbot.mouseClick(dialog.save_button, gd.Qt.MouseButton.LeftButton)
    assert saved().names == [*Glossary.seed().names[1:], "Kuća Nade"]
    assert saved().terms == Glossary.seed().terms
    assert to_cyrillic("Radionice sa Kuća Nade") == "Радионице са Kuća Nade"  # in effect at once


def test_partners_of_the_plan_are_offered(qtbot, controller, kept_names_reset):
    from desktop.core import operations as op

    activity = controller.doc.action_plan.activities[0]
    op.set_text(controller.doc, activity.id, "partners", "sr", "Centar za socijalni rad, Balkan Sunflowers Kosova")
    dialog = open_dialog(qtbot, controller)
    dialog.tabs.setCurrentWidget(dialog.names_page)
    qtbot.mouseClick(dialog.partners_button, gd.Qt.MouseButton.LeftButton)
    assert dialog.names()[-1] == "Balkan Sunflowers Kosova"  # the Serbian partner is not offered
    assert "Centar za socijalni rad" not in dialog.names()
    assert dialog.names_status.text() == "Names added from the plan's partners: 1."
    qtbot.mouseClick(dialog.partners_button, gd.Qt.MouseButton.LeftButton)
    assert dialog.names_status.text() == "No partner in the plan needs to be added."


def test_names_go_to_csv_and_tbx_exports_and_come_back(qtbot, tmp_path, monkeypatch, kept_names_reset):
    glossary_file.save_user_glossary(Glossary(OWN.terms, ["Kuća Nade"]))
    dialog = open_dialog(qtbot)
    for suffix in ("csv", "tbx"):
        target = tmp_path / f"out.{suffix}"
        choose_file(monkeypatch, "getSaveFileName", target)
        assert dialog.export_file()
        assert glossary_file.read_glossary(target).names == ["Kuća Nade"]
    dialog.set_names([])
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "out.tbx")
    monkeypatch.setattr(gd, "ask_merge_or_replace", lambda *_args: "merge")
    assert dialog.import_file()
    assert dialog.names() == ["Kuća Nade"]


def test_a_name_added_in_the_dialog_is_kept_in_the_cyrillic_view(qtbot, tmp_path, kept_names_reset):
    from desktop.core import operations as op
    from desktop.gui.main_window import MainWindow
    from desktop.storage.files import write_new
    from tests.gui.conftest import build_sample

    doc = build_sample()
    activity = doc.action_plan.activities[0]
    op.set_text(doc, activity.id, "title", "sr", "Radionice sa Kuća Nade")
    write_new(doc, tmp_path / "names.plan")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.open_file(tmp_path / "names.plan")
        window.language_combo.setCurrentIndex(window.language_combo.findData("sr"))
        window.set_serbian_script("cyrl")
        window.select_entity(activity.id)
        label = window.tree_model.label(window.tree_model.index_of(activity.id))
        assert label == "1.1 Радионице са Кућа Наде"
        assert window.edit_area.activity_panel.title.text() == "Радионице са Кућа Наде"

        def add_and_save() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, GlossaryDialog)
            dialog.tabs.setCurrentWidget(dialog.names_page)
            type_name(qtbot, dialog, "Kuća Nade")
            dialog.save_button.click()

        QTimer.singleShot(0, add_and_save)
        window.translation_menu.glossary_action.trigger()
        assert "Kuća Nade" in saved().names
        label = window.tree_model.label(window.tree_model.index_of(activity.id))
        assert label == "1.1 Радионице са Kuća Nade"
        assert window.edit_area.activity_panel.title.text() == "Радионице са Kuća Nade"
        assert window.session.doc.find(activity.id).text("title").get("sr") == "Radionice sa Kuća Nade"  # as stored
    finally:
        window.set_serbian_script("as-written")
        session, window.session = window.session, None
        session.close()


def test_every_consistency_row_says_where_and_leads_there(qtbot):
    from desktop.demo.build import build_demo

    doc = build_demo()
    activities = {a.id for plan in doc.action_plans for a in plan.activities}
    asked: list[str] = []

    def go_to(entity_id: str) -> bool:  # as MainWindow.select_entity: False when the tree has no row for it
        asked.append(entity_id)
        return entity_id in activities

    dialog = open_dialog(qtbot, doc, go_to)
    dialog.tabs.setCurrentWidget(dialog.consistency_page)
    items = [dialog.consistency_list.topLevelItem(i) for i in range(dialog.consistency_list.topLevelItemCount())]
    assert 0 < len(items) <= 4
    assert all(item.text(3) for item in items)
    indicator_row = next(item for item in items if "› Indicator" in item.text(3))
    assert indicator_row.text(3).startswith("Activity 1.")
    dialog.consistency_list.itemActivated.emit(indicator_row, 0)
    indicator = doc.find(indicator_row.data(0, gd.Qt.ItemDataRole.UserRole))
    assert asked == [indicator.id, doc.parent_of(indicator).id]  # shown with the activity it belongs to
