"""The main window, driven like a user: open, select, switch language, errors, locks, settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.core import operations as op
from desktop.core.stats import completeness
from desktop.gui.main_window import MainWindow, demo_path
from desktop.storage.backups import list_backups
from desktop.storage.lock import lock_path


def click_row(qtbot, window: MainWindow, entity_id: str) -> None:
    """Click a tree row with the mouse, as a user would."""
    index = window.tree_model.index_of(entity_id)
    assert index.isValid()
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(index).center())


def choose_language(window: MainWindow, code: str) -> None:
    window.language_combo.setCurrentIndex(window.language_combo.findData(code))


def test_open_shows_numbered_structure_and_status(window, plan_file) -> None:
    assert window.open_file(plan_file)
    assert window.windowTitle() == "sample.plan[*] — Plan"
    model = window.tree_model
    doc = window.session.doc
    for entity, label in (
        (doc.strategy.objectives[0], "1 Shërbime në komunitet"),
        (doc.strategy.objectives[1], "2 Mbrojtja e fëmijëve"),
        (doc.action_plan.activities[0], "1.1 Hapja e qendrës ditore"),
        (doc.action_plan.activities[1], "1.2 Kujdesi në shtëpi"),
        (doc.action_plan.activities[2], "2.1 Familjet <kujdestare> & R&D"),
    ):
        assert model.label(model.index_of(entity.id)) == label
    # Activities are visible without a click: the plan's objectives are expanded.
    assert window.tree.isExpanded(model.index_of(doc.strategy.objectives[0].id, "plan_objective"))
    assert window.file_label.text() == "sample.plan"
    assert "sq 100%" in window.completeness_label.text()
    assert not window.read_only_label.isVisible()
    assert "Komuna e Provës" in window.content_panel.text()  # the overview is selected first


def test_selecting_an_activity_shows_its_content(qtbot, window, plan_file) -> None:
    window.open_file(plan_file)
    act = window.session.doc.action_plan.activities[0]
    click_row(qtbot, window, act.id)
    text = window.content_panel.text()
    assert "Hapja e qendrës ditore" in text
    assert "Drejtoria e Mirëqenies Sociale" in text
    assert "48 000 EUR" in text
    assert "UNICEF" in text


def test_language_combo_switches_tree_and_panel(qtbot, window, plan_file, data_dir) -> None:
    window.open_file(plan_file)
    act = window.session.doc.action_plan.activities[0]
    click_row(qtbot, window, act.id)
    choose_language(window, "sr")
    assert window.content_language == "sr"
    text = window.content_panel.text()
    assert "Otvaranje dnevnog centra" in text
    assert "Direkcija za socijalnu zaštitu" in text
    assert "12.500,50 EUR" in text
    assert window.tree_model.label(window.tree_model.index_of(act.id)) == "1.1 Otvaranje dnevnog centra"
    percent = round(completeness(window.session.doc)["sr"]["percent"])
    assert percent < 100  # the sample leaves some Serbian texts out
    assert f"<b>sr {percent}%</b>" in window.completeness_label.text()


def test_missing_english_text_shows_the_albanian_marked(qtbot, window, plan_file) -> None:
    window.open_file(plan_file)
    act = window.session.doc.action_plan.activities[1]
    click_row(qtbot, window, act.id)
    choose_language(window, "en")
    text = window.content_panel.text()
    assert "Kujdesi në shtëpi [sq]" in text
    assert "not yet written in English" in text
    assert "font-style:italic" in window.content_panel.html()


def test_file_open_on_a_damaged_file_explains_and_keeps_the_open_plan(
    window, plan_file, tmp_path, monkeypatch, answer
) -> None:
    window.open_file(plan_file)
    damaged = tmp_path / "damaged.plan"
    data = plan_file.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    seen = answer("Close")
    window.findChild(QAction, "open").trigger()
    assert len(seen) == 1
    assert "damaged.plan is damaged and cannot be opened" in seen[0]
    assert "Traceback" not in seen[0]
    assert window.session.path == plan_file  # still showing the plan that was open


def test_opening_something_that_is_not_a_plan(window, tmp_path, answer) -> None:
    other = tmp_path / "notes.plan"
    other.write_text("hello", encoding="utf-8")
    seen = answer("Close")
    assert not window.open_file(other)
    assert "notes.plan is not a Plan document" in seen[0]
    assert window.session is None
    assert window.stack.currentWidget() is window.start_panel


def write_foreign_lock(path: Path) -> None:
    holder = {"user": "ana", "host": "laptop-7", "pid": 4242, "since": "2025-03-01T09:30:00+01:00"}
    lock_path(path).write_text(json.dumps(holder), encoding="utf-8")


def test_a_file_open_elsewhere_is_offered_read_only(window, plan_file, answer) -> None:
    write_foreign_lock(plan_file)
    seen = answer("Open read-only")
    assert window.open_file(plan_file)
    assert "ana on laptop-7 since 01.03.2025 09:30" in seen[0]
    assert window.session.read_only
    assert window.read_only_label.isVisible()
    assert not window.findChild(QAction, "save").isEnabled()
    assert json.loads(lock_path(plan_file).read_text())["user"] == "ana"  # their lock is untouched


def test_a_file_open_elsewhere_can_be_left_alone(window, plan_file, answer) -> None:
    write_foreign_lock(plan_file)
    seen = answer("Cancel")
    assert not window.open_file(plan_file)
    assert len(seen) == 1
    assert window.session is None


def test_second_window_on_the_same_file_offers_read_only(qtbot, window, plan_file, answer) -> None:
    window.open_file(plan_file)
    other = MainWindow()
    qtbot.addWidget(other)
    seen = answer("Open read-only")
    assert other.open_file(plan_file)
    assert "already open" in seen[0] or "open in another copy" in seen[0]
    assert other.session.read_only
    other.close()


def test_recent_files_and_language_persist(qtbot, window, plan_file, data_dir) -> None:
    window.open_file(plan_file)
    choose_language(window, "en")
    window.close()
    assert (data_dir / "settings.ini").exists()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.content_language == "en"
    assert again.language_combo.currentData() == "en"
    again.recent_menu.aboutToShow.emit()
    actions = [a for a in again.recent_menu.actions() if "sample.plan" in a.text()]
    assert len(actions) == 1
    actions[0].trigger()
    assert again.session is not None and again.session.path == plan_file
    again.close()


def drag_over(window: MainWindow, path: Path) -> QMimeData:
    """Drag a file over the window; returns the mime data when the window accepts it, else None."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPointF(60, 60).toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    return mime if enter.isAccepted() else None


@pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")
def test_dropping_a_plan_file_opens_it(qtbot, window, plan_file, tmp_path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x", encoding="utf-8")
    assert drag_over(window, text) is None
    mime = drag_over(window, plan_file)
    assert mime is not None
    drop = QDropEvent(
        QPointF(60, 60), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.session is not None, timeout=3000)
    assert window.session.path == plan_file


def test_unsaved_changes_are_asked_about_on_close(window, plan_file, answer) -> None:
    window.open_file(plan_file)
    doc = window.session.doc
    window.session.apply(op.set_text, doc.strategy.objectives[1].id, "title", "en", "Child protection")
    seen = answer("Cancel")
    window.close()
    assert "Save the changes to sample.plan?" in seen[0]
    assert window.isVisible() and window.session is not None
    answer("Discard")
    window.close()
    assert not window.isVisible()
    assert window.session is None
    assert "Child protection" not in plan_file.read_bytes().decode("utf-8", "ignore")


def test_save_makes_backups_that_open_read_only(window, plan_file) -> None:
    window.open_file(plan_file)
    doc_id = window.session.document_id
    window.session.apply(op.set_text, window.session.doc.strategy.objectives[1].id, "title", "en", "Child protection")
    assert window.save()
    assert window.save()
    backups = list_backups(doc_id)
    assert len(backups) == 2
    assert window.open_backup(backups[-1], "sample.plan")
    assert window.session.read_only
    assert window.windowTitle().startswith("Backup of sample.plan from ")
    assert window.banner.isVisible()


def test_backups_dialog_lists_backups(qtbot, window, plan_file) -> None:
    from desktop.gui.files.backups_dialog import BackupsDialog

    window.open_file(plan_file)
    window.save()
    dialog = BackupsDialog(list_backups(window.session.document_id), "sample.plan", window)
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == 1
    assert dialog.list.topLevelItem(0).text(1) == "Saved"
    assert dialog.selected_backup().path.exists()
    assert dialog.open_button.isEnabled()
    empty = BackupsDialog([], "x.plan", window)
    qtbot.addWidget(empty)
    assert not empty.open_button.isEnabled()


def test_close_returns_to_the_start_panel(window, plan_file) -> None:
    window.open_file(plan_file)
    assert window.close_document()
    assert window.session is None
    assert window.windowTitle() == "Plan"
    assert window.stack.currentWidget() is window.start_panel
    assert not lock_path(plan_file).exists()


def test_demo_plan_is_written_once_and_opened(window) -> None:
    pytest.importorskip("desktop.demo.content")
    assert window.open_demo()
    assert demo_path().exists()
    assert window.session.path == demo_path()
    assert window.session.doc.strategy.objectives
    # municipality, strategy, the outline (chapters, objectives, groups, two versions of the plan), the decision,
    # and the group's four folders
    model = window.tree_model
    kinds = [model.kind(model.index(r, 0)) for r in range(model.rowCount())]
    chapters = len(window.session.doc.strategy.sections)
    assert kinds[:2] == ["municipality", "strategy"] and kinds.count("section") == chapters
    assert kinds.count("action_plan") == 2 and {"objectives", "target_groups"} <= set(kinds)
    assert kinds[-5:] == ["decision", "members", "consultations", "meetings", "versions"]
    # select items of every kind, as a user clicking through the tree
    doc = window.session.doc
    activity = doc.ordered_activities(doc.action_plan)[5]
    window.set_content_language("sr")
    assert window.select_entity(activity.id, "activity")
    assert window.edit_area.activity_panel.activity_id == activity.id
    assert window.edit_area.grid.current_activity_id() == activity.id
    assert activity.title.get("sr") in window.content_panel.text()
    section = doc.strategy.sections[0]
    assert window.select_entity(section.id)
    assert window.edit_area.entity_editor.entity_id == section.id
    assert section.title.get("sr") in window.content_panel.text()
    assert window.select_entity(doc.objectives[2].id, "objective")
    assert doc.objectives[2].title.get("sr") in window.content_panel.text()


def test_the_window_fits_a_small_laptop_screen(window, plan_file) -> None:
    window.open_file(plan_file)
    area = window.screen().availableGeometry()
    assert (window.width(), window.height()) == (min(1280, area.width()), min(720, area.height()))
    left, right = window.splitter.sizes()
    assert 0.25 <= left / (left + right) <= 0.3  # the tree beside a wide action-plan grid


def test_moved_file_in_recent_list_is_disabled(qtbot, window, plan_file, tmp_path) -> None:
    window.open_file(plan_file)
    window.close_document()
    shutil.move(plan_file, tmp_path / "moved.plan")
    window.recent_menu.aboutToShow.emit()
    action = next(a for a in window.recent_menu.actions() if "sample.plan" in a.text())
    assert not action.isEnabled()


def test_restoring_a_backup_replaces_the_plan_after_saving(window, plan_file) -> None:
    from desktop.core import operations as op
    from desktop.storage.backups import list_backups

    window.open_file(plan_file)
    session = window.session
    objective = session.doc.objectives[0]
    session.apply(op.set_text, objective.id, "title", "sq", "Versioni i parë")
    assert window.save()
    first = list_backups(session.document_id)[0]
    window.session.apply(op.set_text, objective.id, "title", "sq", "Versioni i dytë")
    assert window.save()
    assert window.restore_backup(first)
    assert window.session.dirty and window.session.path == plan_file
    assert window.session.doc.get(objective.id).title.get("sq") == "Versioni i parë"
    assert window.save()
    window.close_document()
    assert window.open_file(plan_file)
    assert window.session.doc.get(objective.id).title.get("sq") == "Versioni i parë"
