"""Serbian shown and edited in Latin or Cyrillic while the stored text keeps the script it was written in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.serialize import document_to_dict as to_json
from desktop.gui.main_window import MainWindow
from desktop.gui.plan.plan_table_model import Column
from desktop.gui.translation import serbian_script
from desktop.gui.translation.serbian_script import AS_WRITTEN, for_storage, set_shown_script, show


@pytest.fixture(autouse=True)
def as_written():
    set_shown_script(AS_WRITTEN)
    yield
    set_shown_script(AS_WRITTEN)


def test_show_converts_only_serbian():
    set_shown_script("cyrl")
    assert show("Otvaranje dnevnog centra", "sr") == "Отварање дневног центра"
    assert show("Otvaranje dnevnog centra", "sq") == "Otvaranje dnevnog centra"
    set_shown_script("latn")
    assert show("Љубав и ЊЕГА", "sr") == "Ljubav i NJEGA"
    set_shown_script("nonsense")
    assert serbian_script.shown_script() == AS_WRITTEN


def test_for_storage_keeps_the_stored_script():
    set_shown_script("cyrl")
    stored = "Injekcija za UNDP, Ljubav"
    # Looking at a text never changes it.
    assert for_storage(show(stored, "sr"), "sr", stored) == stored
    # An edit typed in Cyrillic goes back into Latin, the script the text was written in.
    assert for_storage("Инјекција за UNDP, Љубав и нада", "sr", stored) == "Injekcija za UNDP, Ljubav i nada"
    # A new text is stored as typed; other languages are never touched.
    assert for_storage("Нови текст", "sr", "") == "Нови текст"
    assert for_storage("Teksti", "sq", "Tekst") == "Teksti"


def _window_on(qtbot, plan_file) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_file(plan_file)
    w.language_combo.setCurrentIndex(w.language_combo.findData("sr"))
    return w


def test_switching_script_reshows_everything_and_changes_nothing(qtbot, plan_file):
    w = _window_on(qtbot, plan_file)
    try:
        doc = w.session.doc
        before = to_json(doc)
        act = doc.action_plan.activities[0]
        assert w.tree_model.label(w.tree_model.index_of(act.id)) == "1.1 Otvaranje dnevnog centra"
        w.findChild(type(w.meeting_action), "serbian_script_cyrl").trigger()
        assert w.settings.value("content/serbian_script") == "cyrl"
        assert w.tree_model.label(w.tree_model.index_of(act.id)) == "1.1 Отварање дневног центра"
        grid = w.edit_area.grid
        w.select_entity(act.id)
        row = grid.model.row_of(act.id)
        assert grid.model.index(row, Column.ACTIVITY).data(Qt.ItemDataRole.DisplayRole) == "Отварање дневног центра"
        assert "Отварање дневног центра" in w.content_panel.text()
        assert w.edit_area.activity_panel.title.text() == "Отварање дневног центра"
        assert to_json(w.session.doc) == before  # showing in another script stores nothing
        w.findChild(type(w.meeting_action), "serbian_script_latn").trigger()
        assert w.tree_model.label(w.tree_model.index_of(act.id)) == "1.1 Otvaranje dnevnog centra"
    finally:
        w.session.close()
        w.session = None


def test_editing_in_cyrillic_stores_the_written_script(qtbot, plan_file):
    w = _window_on(qtbot, plan_file)
    try:
        w.set_serbian_script("cyrl")
        act = w.session.doc.action_plan.activities[0]
        w.select_entity(act.id)
        field = w.edit_area.activity_panel.title
        field.editor.setPlainText("Отварање новог дневног центра")  # typed over the Cyrillic shown
        assert act.title.get("sr") == "Otvaranje novog dnevnog centra"
        grid = w.edit_area.grid
        index = grid.model.index(grid.model.row_of(act.id), Column.ACTIVITY)
        assert grid.model.setData(index, "Отварање центра", Qt.ItemDataRole.EditRole)
        assert w.session.doc.action_plan.activities[0].title.get("sr") == "Otvaranje centra"
        assert index.data(Qt.ItemDataRole.DisplayRole) == "Отварање центра"
        w.undo()
        assert w.session.doc.action_plan.activities[0].title.get("sr") == "Otvaranje novog dnevnog centra"
    finally:
        w.session.close()
        w.session = None
