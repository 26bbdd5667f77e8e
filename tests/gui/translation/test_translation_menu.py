"""The Translation menu, driven like a user: store Serbian in Cyrillic, undo it, and the actions' states."""

from __future__ import annotations

import pytest

from desktop.core.text import TState
from desktop.gui.translation.serbian_script import AS_WRITTEN, set_shown_script
from desktop.gui.widgets import messages
from desktop.translation.transliterate import detect_script


@pytest.fixture(autouse=True)
def as_written(monkeypatch):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    set_shown_script(AS_WRITTEN)
    yield
    set_shown_script(AS_WRITTEN)


def serbian(doc) -> list:
    return [e.text(n) for e in doc.walk() for n in e.TEXTS if e.text(n).get("sr")]


def test_store_serbian_in_cyrillic_marks_drafts_and_undoes(window, plan_file, answer):
    window.open_file(plan_file)
    menu = window.translation_menu
    menu.update_actions()
    assert menu.to_cyrillic_action.isEnabled() and menu.import_action.isEnabled()
    seen = answer("Convert")
    menu.to_cyrillic_action.trigger()
    assert "Serbian texts in Cyrillic?" in seen[0]
    texts = serbian(window.session.doc)
    assert texts and all(detect_script(mt.get("sr")) == "cyrl" for mt in texts)
    assert all(mt.state("sr") == TState.DRAFT for mt in texts)
    stored = serbian(window.session.reload())
    assert all(detect_script(mt.get("sr")) == "cyrl" for mt in stored)  # durable at once
    assert window.undo_action.text() == "&Undo Change Serbian script"
    window.undo()
    assert all(detect_script(mt.get("sr")) == "latn" for mt in serbian(window.session.doc))
    # Nothing left to convert: the user is told, nothing changes.
    seen = answer("OK")
    assert not menu.convert_serbian("latn")
    assert "already in Latin" in seen[-1]


def test_cancel_converts_nothing_and_read_only_disables(window, plan_file, answer):
    window.open_file(plan_file)
    answer("Cancel")
    assert not window.translation_menu.convert_serbian("cyrl")
    assert all(detect_script(mt.get("sr")) == "latn" for mt in serbian(window.session.doc))
    window.close_document()
    window.open_file(plan_file, read_only=True)
    menu = window.translation_menu
    menu.update_actions()
    assert not menu.to_cyrillic_action.isEnabled() and not menu.import_action.isEnabled()
    assert menu.export_action.isEnabled()  # exporting reads only
