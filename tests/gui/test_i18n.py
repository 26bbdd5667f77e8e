"""Every window and dialog in every interface language: no English left where a translation exists,
and in the pseudo-language (every string 40% longer and bracketed) every label went through the
catalogue and none is clipped."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QTableWidget,
    QWidget,
)

from desktop import i18n
from desktop.core import reviews as rv
from desktop.gui.export.docx_export_dialog import DocxExportDialog
from desktop.gui.export.pdf_export_dialog import PdfExportDialog
from desktop.gui.files.backups_dialog import BackupsDialog
from desktop.gui.files.new_plan_dialog import NewPlanDialog
from desktop.gui.files.recovery_dialog import RecoveryDialog
from desktop.gui.group.meeting_window import MeetingWindow
from desktop.gui.group.note_dialog import NoteDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.plan.paste_dialog import PasteDialog
from desktop.gui.qt_translator import CatalogueTranslator
from desktop.gui.review.review_sheet_dialogs import ReviewSheetExportDialog
from desktop.gui.translation.glossary_dialog import GlossaryDialog
from desktop.gui.translation.memory_dialog import MemoryDialog
from desktop.gui.translation.xliff_export_dialog import XliffExportDialog
from desktop.gui.translation.xliff_import_dialog import XliffImportDialog
from desktop.gui.widgets import messages
from desktop.storage.backups import Backup
from desktop.storage.files import write_new
from desktop.storage.session import RecoverableWork
from desktop.translation.memory import TranslationMemory
from desktop.translation.xliff import export_xliff, import_xliff
from tests.conftest import small_document

CATALOGUE = Path(__file__).resolve().parents[2] / "i18n"
LANGUAGES = ("sq", "sr", "sr_Cyrl")
# Names of languages in their own language, and other text that is the same everywhere.
SAME_EVERYWHERE = {"Shqip", "Srpski", "English", "Srpski (latinica)", "Српски (ћирилица)", "Plan", "A+", "A−"}
PASTED = [["Nr", "Aktiviteti", "Afati"], ["1.1", "Qendra", "2025"]]
# Amounts, periods (2025-H1, H1 2025 – 2026), percentages per language code: data, not interface text.
DATA = re.compile(r"[\d\s.,:;·%/()\-–HQ]*(EUR|ALL|RSD|USD)?|(\s*(sq|sr|en) \d+%\s*·?)+")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def chrome_texts(root: QWidget) -> list[tuple[QWidget | None, str]]:
    """The interface's own texts shown by a window: labels, buttons, tabs, menus, headers, placeholders."""
    out: list[tuple[QWidget | None, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if isinstance(w, QLabel | QAbstractButton) and w.isVisibleTo(root):
            out.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((w, w.title()))
        elif isinstance(w, QTabBar):
            out.extend((None, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QLineEdit) and w.isVisibleTo(root):
            out.append((None, w.placeholderText()))
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None:
                    out.append((None, item.text()))
        elif isinstance(w, QMenu):
            out.append((None, w.title()))
            out.extend((None, a.text()) for a in w.actions() if not a.isSeparator())
    if hasattr(root, "menuBar") and callable(root.menuBar):
        for action in root.menuBar().actions():
            out.append((None, action.text()))
            if action.menu():
                out.extend((None, a.text()) for a in action.menu().actions() if not a.isSeparator())
    return [(w, _plain(re.sub(r"<[^>]+>", "", t))) for w, t in out if t and t.strip()]


def document_texts(doc) -> set[str]:
    """Texts that are data, not interface: the plan's, the pasted table's, the glossary's terms."""
    from desktop.translation.glossary import Glossary

    terms = {t for term in Glossary.seed().terms for t in (term.sq, term.sr, term.en)}
    texts = {"plan.plan", *(cell for row in PASTED for cell in row), *terms}
    for entity in doc.walk():
        for name in entity.TEXTS:
            for tr in entity.text(name).values.values():
                if tr.text:
                    texts.add(tr.text)
    return texts


def is_content(text: str, content: set[str]) -> bool:
    if not re.search(r"[^\W\d_]", text) or text in SAME_EVERYWHERE or DATA.fullmatch(text):
        return True  # numbers, amounts, punctuation
    return text in content or any(c in text or text in c for c in content if len(c) > 3)


@pytest.fixture
def plan_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(messages, "ask_save_changes", lambda *_a: messages.SaveChoice.DISCARD)
    path = tmp_path / "plan.plan"
    doc = small_document()
    write_new(doc, path)

    def make(lang: str) -> tuple[MainWindow, list[QWidget]]:
        i18n.set_language(lang)
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_file(path)
        return window, []

    translator = CatalogueTranslator()  # as the application installs it
    QApplication.instance().installTranslator(translator)
    yield make, doc
    QApplication.instance().removeTranslator(translator)
    i18n.set_language("en")


def open_everything(window: MainWindow, qtbot) -> list[QWidget]:
    """Every kind of item selected once, and each dialog and extra window opened (not modally)."""
    doc = window.session.doc
    shown: list[QWidget] = [window]
    for entity_id, kind in (
        (doc.municipality.id, None), (doc.strategy.id, None), (doc.strategy.sections[0].id, None),
        (doc.objectives[0].id, "objective"), (doc.objectives[0].priorities[0].id, None),
        (doc.target_groups[0].id, None), (doc.action_plan.id, None),
    ):  # fmt: skip
        window.select_entity(entity_id, kind)
    activity = doc.ordered_activities(doc.action_plan)[0]
    window.select_entity(activity.id, "activity")
    window.edit_area.setCurrentWidget(window.edit_area.translation_page)  # builds the translation view
    assert window.edit_area.translation_view is not None
    window.controller.apply(rv.start_review, doc.action_plan.id, doc.action_plan.start_year)
    window.edit_area.setCurrentWidget(window.edit_area.review_page)  # builds the review view
    review_view = window.edit_area.review_view
    assert review_view is not None
    review_view.tabs.setCurrentWidget(review_view.summary)
    QApplication.processEvents()
    dialogs = [
        NewPlanDialog("sq", window),
        PasteDialog(
            window.controller,
            doc.action_plan.id,
            doc.objectives[0].id,
            "sq",
            [["Nr", "Aktiviteti", "Afati"], ["1.1", "Qendra", "2025"]],
            window,
        ),
        NoteDialog("1.1 Qendra ditore", "decision", window),
        RecoveryDialog([RecoverableWork(Path("/tmp/x.plan"), Path("/tmp/x.plan"), datetime.now(), 3)], window),
        BackupsDialog([Backup(Path("/tmp/b.plan"), datetime.now(), "save")], "x.plan", window),
        MeetingWindow(window.controller, "sq"),
        XliffExportDialog(window.controller, window),
        XliffImportDialog(window.controller, import_xliff(doc, export_xliff(doc, "en")), "en.xlf", window),
        GlossaryDialog(doc, window),
        MemoryDialog(TranslationMemory(), doc, window),
        ReviewSheetExportDialog(window.controller, doc.reviews[-1], "sq", window),
        PdfExportDialog(window.controller, window),
        DocxExportDialog(window.controller, window),
        messages._box(window, messages.QMessageBox.Icon.Warning, "Titulli", "Qendra ditore"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
    QApplication.processEvents()
    return shown


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_english_left_where_a_translation_exists(plan_window, qtbot, lang):
    make, doc = plan_window
    window, _ = make(lang)
    translate = i18n.gettext_for(lang)
    with open(CATALOGUE / lang / "LC_MESSAGES" / "plan.po", "rb") as fh:
        msgids = {_plain(m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(fh) if m.id}
    content = document_texts(doc)
    untranslated = set()
    for w in open_everything(window, qtbot):
        for _widget, text in chrome_texts(w):
            if text in msgids and _plain(translate(text)) != text and not is_content(text, content):
                untranslated.add(text)
    assert not untranslated, f"shown in English in {lang}: {sorted(untranslated)}"


def test_pseudo_language_every_label_translated_and_none_clipped(plan_window, qtbot):
    make, doc = plan_window
    window, _ = make(i18n.PSEUDO)
    content = document_texts(doc)
    bypassing, clipped = set(), set()
    for w in open_everything(window, qtbot):
        for widget, text in chrome_texts(w):
            if i18n.PSEUDO_OPEN not in text and not is_content(text, content):
                bypassing.add(text)
            if (
                isinstance(widget, QLabel | QPushButton)
                and widget.isVisible()
                and not (isinstance(widget, QLabel) and widget.wordWrap())
                and widget.width() + 1 < widget.sizeHint().width()
            ):
                clipped.add(text)
    assert not bypassing, f"strings that bypass the catalogue: {sorted(bypassing)}"
    assert not clipped, f"clipped in the pseudo-language: {sorted(clipped)}"


def test_switching_the_interface_language_keeps_the_plan_and_selection(plan_window, qtbot):
    make, doc = plan_window
    window, _ = make("en")
    activity = doc.ordered_activities(doc.action_plan)[0]
    window.select_entity(activity.id, "activity")
    window.set_interface_language("sq")
    assert window.menuBar().actions()[0].text() == i18n.gettext_for("sq")("&File")
    assert window.session is not None and window.edit_area.activity_panel.activity_id == activity.id
    assert window.settings.value("ui/language") == "sq"
    window.set_interface_language("sr_Cyrl")
    assert "Датотека" in window.menuBar().actions()[0].text().replace("&", "")
