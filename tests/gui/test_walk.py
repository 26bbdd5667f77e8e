"""The walk: the real main window on the demo, a large plan, a plan made with File > New and a read-only
approved version, in every interface language; every tree node kind selected, every tab and panel opened,
every menu action triggered and its dialog closed. It fails on any uncaught exception, any Qt warning, a
dialog larger than 1024x600, a shortcut shown without its modifier, or English left in a translated
interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.core import operations as op
from desktop.demo.large import build_large
from desktop.gui.main_window import MainWindow
from desktop.gui.qt_translator import CatalogueTranslator
from desktop.gui.widgets import messages
from desktop.storage.files import write_new
from tests.gui.conftest import answer_new_plan_dialog
from tests.gui.walk import ErrorWatch, Findings, settle, walk

LANGUAGES = ("en", "sq", "sr", "sr_Cyrl")


@pytest.fixture
def watch(qapp, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    translator = CatalogueTranslator()  # as the application installs it
    QApplication.instance().installTranslator(translator)
    errors = ErrorWatch()
    errors.install()
    yield errors
    errors.uninstall()
    QApplication.instance().removeTranslator(translator)
    i18n.set_language("en")


@pytest.fixture(scope="module")
def large_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.plan"
    write_new(build_large(objectives=12, activities_per_objective=25), path)
    return path


def open_window(qtbot, lang: str) -> MainWindow:
    i18n.set_language(lang)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    return window


def finish(window: MainWindow, watch: ErrorWatch, findings: Findings) -> None:
    for other in list(window.version_windows):
        other.close()
    settle()
    assert not watch.errors, "\n".join(watch.errors[:5])
    assert not findings.problems(), "\n".join(findings.problems())
    assert findings.nodes and findings.actions


@pytest.mark.parametrize("lang", LANGUAGES)
def test_walk_the_demo(qtbot, watch, lang):
    window = open_window(qtbot, lang)
    assert window.open_demo()
    findings = walk(window, Findings())
    finish(window, watch, findings)


def test_walk_a_large_plan(qtbot, watch, large_file):
    window = open_window(qtbot, "sq")
    assert window.open_file(large_file)
    findings = walk(window, Findings(), per_kind=4)
    finish(window, watch, findings)


@pytest.mark.parametrize("lang", ("en", "sr_Cyrl"))
def test_walk_a_plan_made_with_file_new(qtbot, watch, lang):
    window = open_window(qtbot, lang)
    answer_new_plan_dialog("Komuna e Re")
    assert window.new_plan()
    findings = walk(window, Findings())
    finish(window, watch, findings)


@pytest.mark.parametrize("lang", ("sq", "sr_Cyrl"))
def test_walk_a_read_only_approved_version(qtbot, watch, lang):
    window = open_window(qtbot, lang)
    assert window.open_demo()
    version = window.open_version(window.session.doc.versions[0].number)
    assert version is not None and version.controller.read_only
    findings = walk(version, Findings())
    assert window.session.doc.versions  # the draft's window is unharmed
    version.close()
    finish(window, watch, findings)


def test_walk_a_plan_pasted_from_a_real_table(qtbot, watch):
    """A new Albanian plan holding the Korçë action plan's rows (seed 004) as pasted from Word."""
    from desktop.core.table_import import add_drafts, draft_rows
    from tests.core.test_table_import import KORCE_HEADER, KORCE_ROWS

    window = open_window(qtbot, "sq")
    answer_new_plan_dialog("Bashkia Korçë", country="AL")
    assert window.new_plan()
    doc = window.controller.doc
    window.controller.apply(op.add_objective, {"title": {"sq": "Objektivi"}})
    mapping = ["objective", "ignore", "title", "timeframe"]
    drafts = draft_rows(doc, KORCE_ROWS, mapping, "sq", header=KORCE_HEADER)
    assert window.controller.apply(add_drafts, doc.action_plan.id, doc.objectives[0].id, drafts, "sq")
    findings = walk(window, Findings())
    finish(window, watch, findings)
