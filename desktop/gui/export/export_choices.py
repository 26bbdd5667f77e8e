"""What the PDF and the Word export dialogs share: the parts of the plan to export, the layout, the first and the
second language and the Serbian script (four combo boxes with their form rows, remembered between exports), the
exported file's name and path, and writing it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from desktop.core.model import Document
from desktop.core.text import LANGUAGES
from desktop.gui.controller import DocumentController
from desktop.gui.settings import ask_save_file_name, remember_option, remembered_option
from desktop.gui.translation.serbian_script import shown_script
from desktop.gui.translation.xliff_export_dialog import write_atomically, write_reason
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import document_name, language_name
from desktop.i18n import N_, _, content_language

LAYOUT_NAMES = {
    "side-by-side": N_("Side by side (two columns)"),
    "sequential": N_("One language after the other"),
    "single": N_("One language"),
}
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class ExportChoices:
    """The layout, languages and script combo boxes of an export dialog (`prefix`_layout, `prefix`_first_language,
    `prefix`_second_language, `prefix`_serbian_script), as the last export under `section` left them.

    `layout_value` turns a layout's name ("side-by-side") into the exporter's value for it."""

    REMEMBERED = ("layout_combo", "first_combo", "second_combo", "script_combo")

    def __init__(
        self, parent: QWidget, prefix: str, section: str, layout_value: Callable[[str], str] = lambda name: name
    ) -> None:
        self.parent = parent
        self.section = section
        self.layout_combo = QComboBox(parent)
        self.layout_combo.setObjectName(f"{prefix}_layout")
        for value, label in LAYOUT_NAMES.items():
            self.layout_combo.addItem(_(label), layout_value(value))
        self.first_combo = QComboBox(parent)
        self.first_combo.setObjectName(f"{prefix}_first_language")
        self.second_combo = QComboBox(parent)
        self.second_combo.setObjectName(f"{prefix}_second_language")
        for combo, default in ((self.first_combo, "sq"), (self.second_combo, "sr")):
            for lang in LANGUAGES:
                combo.addItem(language_name(lang), lang)
            combo.setCurrentIndex(combo.findData(default))
        self.script_combo = QComboBox(parent)
        self.script_combo.setObjectName(f"{prefix}_serbian_script")
        self.script_combo.addItem(_("Latin"), "latn")
        self.script_combo.addItem(_("Cyrillic"), "cyrl")
        self.script_combo.setCurrentIndex(max(0, self.script_combo.findData(shown_script())))
        self.restore()  # as the last export was made

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(QLabel(_("Layout:"), self.parent), self.layout_combo)
        form.addRow(QLabel(_("First language:"), self.parent), self.first_combo)
        form.addRow(QLabel(_("Second language:"), self.parent), self.second_combo)
        form.addRow(QLabel(_("Serbian script:"), self.parent), self.script_combo)

    def single(self) -> bool:
        return self.layout_combo.currentData() == "single"

    def languages(self) -> tuple[str, ...]:
        """The chosen language, or the two (once when both are the same)."""
        first = self.first_combo.currentData()
        if self.single():
            return (first,)
        return tuple(dict.fromkeys((first, self.second_combo.currentData())))

    def restore(self) -> None:
        for name in self.REMEMBERED:
            combo = getattr(self, name)
            index = combo.findData(remembered_option(self.section, name, ""))
            if index >= 0:
                combo.setCurrentIndex(index)

    def remember(self) -> None:
        for name in self.REMEMBERED:
            remember_option(self.section, name, getattr(self, name).currentData())


def file_stem(controller: DocumentController) -> str:
    """The plan's part of an exported file's name: its file's name, else the plan's name, safe on any disk."""
    session = controller.session
    stem = session.path.stem if session.path else document_name(controller.doc, content_language())
    return _UNSAFE_NAME.sub("-", stem).strip(" .-") or "plan"


def plan_documents(doc: Document) -> list[tuple[str, str]]:
    """(label, document) for the parts of the plan every exporter writes: the strategy with its action plan, the
    action plan ("action-plan"), each year's review ("review:2026") and the assembly's decision."""
    out = [(_("Strategy with its action plan"), "strategy")]
    if doc.action_plan is not None:
        out.append((_("Action plan"), "action-plan"))
    for year in sorted({r.year for r in doc.reviews}):
        out.append((_("Review {year}").format(year=year), f"review:{year}"))
    if doc.decision is not None:
        out.append((_("Assembly decision approving the plan"), "decision"))
    return out


def ask_export_path(
    parent: QWidget, controller: DocumentController, section: str, title: str, name: str, filters: str, suffix: str
) -> Path | None:
    """The file to export to, asked in the folder remembered under `section`; `suffix` added when missing."""
    chosen, _filter = ask_save_file_name(parent, section, title, name, filters, controller.session.path)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_export(parent: QWidget, path: Path, data: bytes, title: str) -> bool:
    """Write an exported file atomically; False, after saying why, when it could not be written."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        messages.show_error(
            parent, _("{name} could not be written: {reason}.").format(name=path.name, reason=write_reason(exc)), title
        )
        return False
    return True
