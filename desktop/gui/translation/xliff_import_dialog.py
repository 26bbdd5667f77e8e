"""Import a translated XLIFF file: a preview of what would change, then one undoable step.

`import_xliff` only reads; nothing changes until the user presses Apply, and the whole import is one
undo step. A conflict (the source text changed after the export) never overwrites a translation:
`apply_import` stores it marked outdated where the field had no translation yet and leaves an existing
one alone; like the command line, the dialog then keeps every conflicting text in the translation memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import input_files
from desktop.core.input_files import InputFileError
from desktop.core.model import Document, Entity, Section
from desktop.core.text import TState
from desktop.gui.controller import DocumentController
from desktop.gui.panels.search_panel import FIELD_NAMES
from desktop.gui.settings import ask_open_file_name
from desktop.gui.translation.xliff_export_dialog import XLIFF_FILTER
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import SECTION_NAMES, first_line, format_number, kind_name, language_name
from desktop.gui.widgets.import_preview import (
    count_form,
    damaged_file_text,
    finish_preview,
    first_note,
    notes_label,
    preview_heading,
    preview_table,
    read_error_text,
)
from desktop.i18n import N_, _, content_language
from desktop.translation import xliff
from desktop.translation.memory import TranslationMemory, TranslationMemoryError
from desktop.translation.xliff import (
    APPLY,
    CONFLICT,
    ImportPlan,
    UnitDecision,
    XliffError,
    apply_import,
    conflict_suggestions,
    import_xliff,
)

MAX_TABLE_ROWS = 1000  # a first import of a large plan has ~7,000 units; the counts say how many there are
CONFLICT_COLOURS = ("#ffe1c7", "#7c2d12")  # the "outdated" colours of the translation states
EXTRA_KINDS = {"indicator": N_("Indicator"), "note": N_("Note"), "budget_line": N_("Budget line")}
# Phrases of XliffError messages (English, from the service) -> the reason in the user's language.
ERROR_REASONS: tuple[tuple[str, str], ...] = (
    ("another plan", N_("it belongs to another plan.")),
    ("DTD or entities", N_("it declares a DTD or entities, which translation files never need; refused for safety.")),
    ("not valid UTF-8", N_("it is damaged (not valid UTF-8 text).")),
    ("not well-formed", N_("it is damaged (not well-formed XML).")),
    ("not an XLIFF", N_("it is not an XLIFF 1.2 file.")),
    ("no <file>", N_("it is not an XLIFF 1.2 file.")),
    ("target language", N_("its target language is not Albanian, Serbian or English.")),
    ("mixes several", N_("it mixes several target languages.")),
    ("appears twice", N_("a unit appears twice in it.")),
)
CONFLICT_HELP = N_(
    "Conflicts: the source text of these items changed in the plan after the file was exported, so the "
    "imported translation may no longer fit. A conflict never overwrites a translation: where the item had "
    "none yet, the imported text is stored marked as outdated, and the Translation view shows what changed "
    "in the source; where it had one, that one stays. Every conflicting text is also kept in the translation "
    "memory and offered as a suggestion when the changed text is translated."
)


REPLACE_HELP = N_(
    "Some conflicts would replace a translation someone already confirmed (translated or approved): they are "
    "never applied. Change the text in the Translation view if the imported one is better."
)
UNTRANSLATED_HELP = N_(
    "Not translated: the translation tool left a copy of the source text, or the text is still marked as new. "
    "These are never taken as translations."
)
WRONG_SCRIPT_HELP = N_(
    "In the wrong script: Latin text in a Serbian Cyrillic translation, or Cyrillic in Albanian or English. "
    "These are not applied."
)
DRAFT_HELP = N_(
    "The file still marks some new texts as needing translation (OmegaT leaves that mark): they are stored as "
    "drafts, to be reviewed in the Translation view."
)


def error_reason(exc: XliffError) -> str:
    text = str(exc)
    if "larger than" in text:
        return _("it is larger than {size} MB, far more than a plan's translation file.").format(
            size=xliff.MAX_XLIFF_BYTES // 1_000_000
        )
    for phrase, reason in ERROR_REASONS:
        if phrase in text:
            return _(reason)
    return text.rstrip(".") + "."


def item_label(doc: Document, entity: Entity, numbers: dict[str, str]) -> str:
    """Which item a unit belongs to: "Activity 1.2", "Context", "Activity 1.2 › Indicator"."""
    if isinstance(entity, Section) and entity.key in SECTION_NAMES:
        return _(SECTION_NAMES[entity.key])
    kind = _(EXTRA_KINDS[entity.KIND]) if entity.KIND in EXTRA_KINDS else kind_name(entity.KIND)
    label = f"{kind} {numbers[entity.id]}" if entity.id in numbers else kind
    parent = doc.parent_of(entity)
    if entity.KIND in ("indicator", "budget_line") and parent is not None:
        label = f"{item_label(doc, parent, numbers)} › {label}"
    return label


def read_limited(path: Path) -> bytes:
    """The file's bytes; XliffError when it is larger than any plan's XLIFF (checked before reading it all),
    InputFileError when it is not a regular file (a FIFO would block) or cannot be read."""
    try:
        return input_files.read_limited(path, xliff.MAX_XLIFF_BYTES)
    except InputFileError as exc:
        if exc.reason == input_files.TOO_LARGE:
            raise XliffError("the file is larger than the limit") from None
        raise


def kept_as_outdated(doc: Document, plan: ImportPlan, unit: UnitDecision) -> bool:
    """Whether `apply_import` stores this conflict (marked outdated): only where the field has no translation."""
    entity = doc.find(unit.entity_id)
    return (
        unit.decision == CONFLICT
        and entity is not None
        and not entity.text(unit.field).get(plan.target_lang)
        and bool(unit.exported_source)
    )


class XliffImportDialog(QDialog):
    """The preview of one import; Apply (when offered) applies it as one undoable step."""

    def __init__(
        self, controller: DocumentController, plan: ImportPlan, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import a translation"))
        self.setObjectName("xliff_import_dialog")
        self.controller = controller
        self.plan = plan
        counts = plan.counts
        outdated = sum(kept_as_outdated(controller.doc, plan, u) for u in plan.of(CONFLICT))
        self.changes = counts[APPLY] + outdated  # texts of the plan that Apply would write
        self.can_apply = self.changes > 0 and not controller.read_only

        title = _("{file}: translation into {language}").format(
            file=file_name, language=language_name(plan.target_lang)
        )
        heading = preview_heading(title, "xliff_import_heading", self)
        rows = [
            (APPLY, N_("To apply:")),
            (xliff.UNCHANGED, N_("Unchanged:")),
            (CONFLICT, N_("Conflicts:")),
            (xliff.UNTRANSLATED, N_("Not translated (a copy of the source or still marked as new):")),
            (xliff.WRONG_SCRIPT, N_("In the wrong script:")),
            (xliff.UNKNOWN, N_("Unknown units:")),
            (xliff.EMPTY, N_("Without a translation:")),
            (xliff.REJECTED, N_("Refused:")),
        ]
        rare = (xliff.EMPTY, xliff.REJECTED, xliff.WRONG_SCRIPT)  # shown only when they occur
        shown = [
            (key, _(label), format_number(counts[key], content_language()))
            for key, label in rows
            if key not in rare or counts[key]
        ]
        form, self.count_labels = count_form(self, "xliff_count_", shown)
        self.notes = notes_label(self._notes(counts), "xliff_import_notes", self)
        self.table = self._build_table()

        self.apply_button = finish_preview(
            self,
            (heading, form, self.notes, self.table),
            apply_text=_("Apply") if self.can_apply else None,
            apply_name="xliff_import_apply",
            size=(940, 580),
        )

    def _notes(self, counts: dict[str, int]) -> list[str]:
        if counts[CONFLICT]:
            nothing = _("This file changes nothing: conflicts never overwrite a translation, and nothing else is new.")
        elif counts[xliff.UNCHANGED]:
            nothing = _("This file changes nothing: all its translations are already in the plan.")
        else:
            nothing = _("This file changes nothing: it holds no translations for this plan.")
        notes = [first_note(self.changes, self.controller.read_only, nothing)]
        if counts[CONFLICT]:
            notes.append(_(CONFLICT_HELP))
        if any(u.replaces_translation for u in self.plan.of(CONFLICT)):
            notes.append(_(REPLACE_HELP))
        if counts[xliff.UNTRANSLATED]:
            notes.append(_(UNTRANSLATED_HELP))
        if counts[xliff.WRONG_SCRIPT]:
            notes.append(_(WRONG_SCRIPT_HELP))
        if any(u.state == TState.DRAFT for u in self.plan.of(APPLY)):
            notes.append(_(DRAFT_HELP))
        if counts[xliff.UNKNOWN]:
            notes.append(_("Unknown units belong to items deleted from the plan since the export; they are ignored."))
        if counts[xliff.REJECTED]:
            notes.append(_("Refused units would overwrite a text in the language it was written in."))
        return notes

    def shown_units(self) -> list[UnitDecision]:
        """The units the table lists: conflicts first (they need a look), then the texts that change."""
        shown = self.plan.of(CONFLICT) + self.plan.of(xliff.WRONG_SCRIPT) + self.plan.of(APPLY)
        return shown[:MAX_TABLE_ROWS]

    def _build_table(self) -> QTableWidget:
        headers = [_("Item"), _("Field"), _("Current text"), _("Imported text"), _("What happens")]
        table = preview_table(self, "xliff_import_table", headers, (170, 110, 240, 240))
        doc, lang = self.controller.doc, self.plan.target_lang
        numbers = doc.numbers()
        units = self.shown_units()
        table.setRowCount(len(units))
        background, foreground = (QBrush(QColor(c)) for c in CONFLICT_COLOURS)
        for row, unit in enumerate(units):
            entity = doc.find(unit.entity_id)
            if entity is None:  # cannot happen for apply/conflict units; kept safe for a stale plan
                continue
            current = entity.text(unit.field).get(lang)
            if unit.decision == CONFLICT and unit.replaces_translation:
                what = _("Not applied: it would replace a confirmed translation")
            elif unit.decision == xliff.WRONG_SCRIPT:
                what = _("Not applied: the text is in the wrong script")
            elif unit.decision == CONFLICT and kept_as_outdated(doc, self.plan, unit):
                what = _("Stored as outdated: the source changed since the export")
            elif unit.decision == CONFLICT:
                what = _("Not applied: the source changed since the export; the current translation stays")
            elif not current and unit.state == TState.DRAFT:
                what = _("Adds the translation as a draft")
            elif not current:
                what = _("Adds the translation")
            elif current == unit.text:
                what = _("Marks it as translated")
            else:
                what = _("Replaces the current text")
            field = _(FIELD_NAMES[unit.field]) if unit.field in FIELD_NAMES else unit.field
            cells = (item_label(doc, entity, numbers), field, first_line(current), first_line(unit.text), what)
            help_text = REPLACE_HELP if unit.replaces_translation else CONFLICT_HELP
            tips = ("", "", current, unit.text, _(help_text) if unit.decision == CONFLICT else "")
            for column, (text, tip) in enumerate(zip(cells, tips, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if unit.decision in (CONFLICT, xliff.WRONG_SCRIPT):
                    item.setBackground(background)
                    item.setForeground(foreground)
                table.setItem(row, column, item)
        return table

    def apply(self) -> None:
        """Apply the plan through the controller (one undo step); the controller reports a refusal."""
        if self.controller.apply(apply_import, self.plan) is None:
            self.reject()
            return
        self._remember_conflicts()
        self.accept()

    def _remember_conflicts(self) -> None:
        """Keep conflicting texts in the translation memory (as the command line does): offered as suggestions."""
        pairs = conflict_suggestions(self.plan)
        if not pairs:
            return
        try:
            with TranslationMemory() as memory:
                memory.add_pairs(pairs, self.plan.document_id)
        except TranslationMemoryError:
            pass  # a convenience: the import itself is done and stored; the memory may be locked or damaged

    @staticmethod
    def import_file(controller: DocumentController, parent: QWidget | None, path: Path | str | None = None) -> bool:
        """Preview the import of an XLIFF file (asked for when `path` is None); True when it was applied."""
        title = _("Import a translation")
        if path is None:
            plan_path = controller.session.path
            chosen, _filter = ask_open_file_name(parent, "xliff_import", title, _(XLIFF_FILTER), plan_path)
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        try:
            plan = import_xliff(controller.doc, read_limited(path))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            messages.show_error(parent, _("{name} could not be read: {reason}.").format(name=path.name, reason=reason),
                                title)  # fmt: skip
            return False
        except InputFileError as exc:
            messages.show_error(parent, read_error_text(exc, path.name), title)
            return False
        except XliffError as exc:
            text = _("{name} cannot be imported: {reason}").format(name=path.name, reason=error_reason(exc))
            messages.show_error(parent, text + " " + _("Nothing in the plan was changed."), title)
            return False
        except Exception:  # whatever else a damaged or hostile file causes, it is a message, never a traceback
            text = damaged_file_text(path.name) + " " + _("Nothing in the plan was changed.")
            messages.show_error(parent, text, title)
            return False
        dialog = XliffImportDialog(controller, plan, path.name, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
