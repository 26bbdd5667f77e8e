"""Review sheets from the Review tab: export the sheet for the responsible bodies, import the filled ones.

`ReviewSheetExportDialog.export` chooses the sheet's language (the recipient's, not the interface's) and
writes the workbook atomically: the service builds it in memory, then it is written beside the target and
renamed, so nobody e-mails half a file. `ReviewSheetImportDialog.import_files` reads one or more returned
files and shows what they would change, what conflicts and what could not be read; nothing changes until
the user presses Apply, and the whole import is one undo step. Conflicts are never applied.

The service's messages are English (the command line prints them); here the known ones are shown in the
user's language, and an unknown one as it is.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import input_files
from desktop.core.input_files import InputFileError
from desktop.core.model import Indicator, Review
from desktop.core.text import LANGUAGES
from desktop.exchange.review_sheet import (
    CONFLICT_FILE,
    CONFLICT_PLAN,
    MAX_FILE_BYTES,
    SheetChange,
    SheetError,
    SheetImport,
    apply_sheet_import,
    export_review_sheet,
    read_review_sheets,
)
from desktop.gui.controller import DocumentController
from desktop.gui.plan.budget_table import format_money, format_number
from desktop.gui.review.review_entry_panel import show_date, status_name
from desktop.gui.settings import ask_open_file_names, ask_save_file_name
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.translation.xliff_export_dialog import write_atomically, write_reason
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import first_line, language_name, source_name
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
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, content_language, ngettext

SHEET_SUFFIX = ".xlsx"
SHEET_FILTER = N_("Excel workbooks (*.xlsx);;All files (*)")
CONFLICT_COLOURS = ("#ffe1c7", "#7c2d12")  # the "outdated" colours of the translation states
ERROR_COLOURS = ("#fde2e2", "#8a1c1c")
_MB = 1024 * 1024
# Phrases of the service's messages about a whole file (English) -> the reason in the user's language.
FILE_REASONS: tuple[tuple[str, str], ...] = (
    ("unpacks to far more", N_("it unpacks to far more than a review sheet holds; refused for safety.")),
    ("not an Excel workbook", N_("it is not an Excel workbook (.xlsx). Save it as .xlsx, without a password.")),
    ("cannot be read", N_("the workbook is damaged and cannot be read.")),
    ("not a review sheet", N_("it is not a review sheet exported by Plan.")),
    ("newer Plan", N_("it was written by a newer version of Plan; update Plan to read it.")),
    ("hidden description", N_("its hidden description was changed.")),
    ("is missing", N_("one of its sheets is missing or was renamed.")),
    ("hidden columns are missing", N_("its hidden columns are missing; the sheet was changed.")),
    (" rows", N_("it has far more rows than a review sheet.")),
    ("sheet is empty", N_("one of its sheets is empty.")),
    ("another plan", N_("it belongs to another plan.")),
    ("belongs to the review of", N_("it belongs to the review of another year.")),
    ("does not have", N_("it belongs to a review this plan does not have.")),
    ("is closed", N_("the review is closed; re-open it to import updates.")),
)
# Phrases of the messages about one cell or row -> the message in the user's language.
CELL_REASONS: tuple[tuple[str, str], ...] = (
    ("is not a status", N_("Not a status from the list.")),
    ("the progress must", N_("The progress must be a whole number from 0 to 100.")),
    ("must be a number", N_("Not a number.")),
    ("cannot be negative", N_("The amount cannot be negative.")),
    ("is too large", N_("The number is too large.")),
    ("is not a date", N_("Not a date; write it as dd.mm.yyyy.")),
    ("plausible date", N_("The date is not plausible.")),
    ("never computed", N_("A formula that was never computed: open the file, save it and send it again.")),
    ("hidden identity", N_("A row added by hand; it is ignored.")),
    ("not an activity of this review", N_("The row is not an activity of this review; it is ignored.")),
    ("hidden activity was changed", N_("The row's hidden columns were changed; the row is ignored.")),
    ("hidden fingerprint was changed", N_("The row's hidden columns were changed; the row is ignored.")),
    ("no longer one of", N_("The indicator no longer belongs to this activity; the row is ignored.")),
    ("appears twice", N_("The row appears twice; the second one is ignored.")),
)
CONFLICT_HELP = N_(
    "Conflicts are never applied. Either the plan was changed after the sheet was exported (the plan's "
    "value is kept), or two files give the same cell different values (the file read first is applied, "
    "the other value is only shown here)."
)


def reason_for(message: str, reasons: tuple[tuple[str, str], ...]) -> str:
    """The known reason in the user's language, else the service's own words."""
    for phrase, reason in reasons:
        if phrase in message:
            return _(reason)
    text = message.strip().rstrip(".")
    return (text[:1].upper() + text[1:] + ".") if reasons is CELL_REASONS else text + "."


def file_error(exc: SheetError, names: list[str]) -> str:
    """One message for a file that cannot be imported, naming it."""
    if "larger than" in exc.message:
        reason = _("it is larger than {size} MB, far more than a review sheet.").format(size=MAX_FILE_BYTES // _MB)
    else:
        reason = reason_for(exc.message, FILE_REASONS)
    name = exc.file or ", ".join(names)
    text = _("{name} cannot be imported: {reason}").format(name=name, reason=reason)
    return text + " " + _("Nothing in the plan was changed.")


def read_sheet_file(path: Path) -> bytes:
    """The file's bytes; SheetError when it is larger than any review sheet (checked before reading it all),
    InputFileError when it is not a regular file (a FIFO would block) or cannot be read."""
    try:
        return input_files.read_limited(path, MAX_FILE_BYTES)
    except InputFileError as exc:
        if exc.reason == input_files.TOO_LARGE:
            raise SheetError("the file is larger than the limit", file=path.name) from None
        raise


def default_file_name(year: int, lang: str) -> str:
    return f"review-{year}-{lang}{SHEET_SUFFIX}"


def open_review(controller: DocumentController, review_id: str) -> Review | None:
    review = controller.doc.find(review_id)
    return review if isinstance(review, Review) else None


class ReviewSheetExportDialog(QDialog):
    """Chooses the sheet's language; `export` then asks where and writes the file."""

    def __init__(
        self, controller: DocumentController, review: Review, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export sheet for responsible bodies"))
        self.setObjectName("review_sheet_export_dialog")
        self.controller = controller
        self.review = review
        intro = QLabel(
            _(
                "The review of {year} is written to an Excel workbook (.xlsx) for the responsible bodies: one row "
                "per activity and one per indicator, with the status, progress, spending, comment and evidence to "
                "fill in. Read the returned files with “Import filled sheets…”; exporting changes nothing in the "
                "plan."
            ).format(year=review.year),
            self,
        )
        intro.setWordWrap(True)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("review_sheet_language")
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(lang if lang in LANGUAGES else "sq")))
        n = sum(1 for e in review.entries if e.activity_id and controller.doc.find(e.activity_id) is not None)
        self.summary = QLabel(
            ngettext("{n} activity will be in the sheet.", "{n} activities will be in the sheet.", n).format(n=n),
            self,
        )
        self.summary.setObjectName("review_sheet_export_summary")
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QLabel(_("Language of the sheet:"), self), self.language_combo)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(_("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("review_sheet_export")
        self.export_button.setEnabled(n > 0)
        self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # the wrapped intro needs its lines at that width
        resize_within_screen(self, 560, layout.totalHeightForWidth(560))

    def sheet_lang(self) -> str:
        return self.language_combo.currentData()

    def write(self, path: Path) -> bool:
        """Export into `path`; a message tells the user what went wrong. True when the file was written."""
        title = _("Export sheet for responsible bodies")
        buffer = io.BytesIO()
        try:
            export_review_sheet(self.controller.doc, self.review.id, self.sheet_lang(), buffer)
        except SheetError as exc:
            text = _("The sheet could not be made: {reason}").format(reason=reason_for(exc.message, FILE_REASONS))
            messages.show_error(self.parentWidget(), text, title)
            return False
        try:
            write_atomically(path, buffer.getvalue())
        except OSError as exc:
            text = _("{name} could not be written: {reason}.").format(name=path.name, reason=write_reason(exc))
            messages.show_error(self.parentWidget(), text, title)
            return False
        return True

    @staticmethod
    def export(
        controller: DocumentController, review_id: str, parent: QWidget | None, lang: str | None = None
    ) -> Path | None:
        """Ask the language and where, then write the sheet; its path, or None when cancelled or refused.

        `lang` is the language offered first (the content language being written), else Albanian.
        """
        title = _("Export sheet for responsible bodies")
        review = open_review(controller, review_id)
        if review is None:
            return None
        if review.closed:
            text = _(
                "The review of {year} is closed: the group adopted it, so it collects no more updates. "
                "Re-open it first if the responsible bodies are to report again."
            ).format(year=review.year)
            messages.show_info(parent, text, title)
            return None
        dialog = ReviewSheetExportDialog(controller, review, lang, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = default_file_name(review.year, dialog.sheet_lang())
        plan_path = controller.session.path
        chosen, _filter = ask_save_file_name(parent, "review_sheet_export", title, name, _(SHEET_FILTER), plan_path)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SHEET_SUFFIX:
            path = path.with_name(path.name + SHEET_SUFFIX)
        if not dialog.write(path):
            return None
        messages.tell_written(parent, path, _("Exported to {path}"))
        return path


class ReviewSheetImportDialog(QDialog):
    """The preview of one import of returned sheets; Apply (when offered) applies it as one undoable step."""

    def __init__(
        self, controller: DocumentController, sheet_import: SheetImport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Import filled sheets"))
        self.setObjectName("review_sheet_import_dialog")
        self.controller = controller
        self.sheet_import = sheet_import
        review = open_review(controller, sheet_import.review_id)
        self.closed = review is None or review.closed
        counts = sheet_import.counts
        self.changes = counts["changes"]
        self.can_apply = self.changes > 0 and not controller.read_only and not self.closed

        title = _("Updates for the review of {year} from {files}").format(
            year=sheet_import.year, files=", ".join(sheet_import.files)
        )
        heading = preview_heading(title, "review_sheet_import_heading", self)
        self.lang = content_language()  # indicator names in the language being written
        rows = (("changes", N_("Changes:")), ("conflicts", N_("Conflicts:")), ("errors", N_("Errors:")))
        shown = [(key, _(label), format_number(counts[key])) for key, label in rows]
        form, self.count_labels = count_form(self, "review_sheet_count_", shown)
        self.notes = notes_label(self._notes(counts), "review_sheet_import_notes", self)
        self.table = self._build_table()

        text = ngettext("Apply {n} change", "Apply {n} changes", self.changes).format(n=self.changes)
        self.apply_button = finish_preview(
            self,
            (heading, form, self.notes, self.table),
            apply_text=text if self.can_apply else None,
            apply_name="review_sheet_import_apply",
            size=(1000, 600),
        )

    def _notes(self, counts: dict[str, int]) -> list[str]:
        if counts["conflicts"]:
            nothing = _("These files change nothing: conflicts are never applied, and nothing else is new.")
        else:
            nothing = _("These files change nothing: everything in them is already in the plan.")
        closed = _("The review is closed: this is only a preview, nothing can be applied.") if self.closed else None
        notes = [first_note(self.changes, self.controller.read_only, nothing, closed)]
        if counts["conflicts"]:
            notes.append(_(CONFLICT_HELP))
        if counts["errors"]:
            notes.append(_("Cells and rows that could not be read are listed as errors and ignored; the rest is read."))
        return notes

    # -- the table ---------------------------------------------------------------------------------
    def what(self, change: SheetChange) -> str:
        """Which value of the activity's review: "Status", "Spent: Donor", "Comment (Albanian)"."""
        if change.field == "spending":
            return _("Spent: {source}").format(source=source_name(change.target or ""))
        if change.field == "value":
            indicator = self.controller.doc.find(change.target or "")
            name = first_line(best_in(indicator.name, self.lang)[0], 80) if isinstance(indicator, Indicator) else ""
            return _("Value reached: {indicator}").format(indicator=name or _("(unnamed indicator)"))
        if change.field in ("comment", "evidence"):
            label = _("Comment ({language})") if change.field == "comment" else _("Evidence ({language})")
            return label.format(language=language_name(change.target or ""))
        labels = {"status": _("Status"), "progress": _("Progress"), "updated": _("Date of update")}
        return labels.get(change.field, change.field)

    def shown(self, change: SheetChange, value: object) -> str:
        """A value as the interface writes it; no value is "no data", never zero."""
        if value is None or value == "":
            return _("no data")
        if change.field == "status":
            return status_name(str(value)) or str(value)
        if change.field == "progress":
            return f"{value} %"
        if change.field == "updated":
            return show_date(str(value))
        if change.field == "spending":
            return format_money(value, self.controller.doc.municipality.currency)
        if change.field == "value":
            return format_number(value)
        return first_line(str(value), 120)

    def _build_table(self) -> QTableWidget:
        headers = [_("Activity"), _("What"), _("Current value"), _("Value in the sheet"), _("Where"), _("Note")]
        table = preview_table(self, "review_sheet_import_table", headers, (60, 170, 140, 150, 260))
        # Conflicts and errors first (they need a look), then the changes Apply would make.
        result = self.sheet_import
        rows = [self._change_row(c, CONFLICT_COLOURS) for c in result.conflicts]
        rows += [self._error_row(e) for e in result.errors]
        rows += [self._change_row(c, None) for c in result.changes]
        table.setRowCount(len(rows))
        for row, (cells, tip, colours) in enumerate(rows):
            brushes = tuple(QBrush(QColor(c)) for c in colours) if colours else None
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if brushes:
                    item.setBackground(brushes[0])
                    item.setForeground(brushes[1])
                table.setItem(row, column, item)
        return table

    def _where(self, file: str | None, sheet: str | None, row: int | None, column: str | None) -> tuple[str, str]:
        """The short place shown in the table, and the full one (with the column) for the tooltip."""
        short = _("{file}, “{sheet}”, row {row}").format(file=file or "", sheet=sheet or "", row=row or "")
        if not column:
            return short, short
        return short, _("{place}, column “{column}”").format(place=short, column=column)

    def _change_row(self, change: SheetChange, colours) -> tuple[list[str], str, tuple[str, str] | None]:
        where, full = self._where(change.file, change.sheet, change.row, change.column)
        if change.reason == CONFLICT_PLAN:
            note = _("Not applied: changed in the plan since the sheet was exported; the plan's value is kept")
        elif change.reason == CONFLICT_FILE:
            note = _("Not applied: {file} gives {value}").format(
                file=change.other_file or "", value=self.shown(change, change.other_value)
            )
        else:
            note = _("Changes the plan")
        old, new = self.shown(change, change.old), self.shown(change, change.new)
        tip = f"{full}\n{old} → {new}\n{note}"
        return [change.number, self.what(change), old, new, where, note], tip, colours

    def _error_row(self, error: SheetError) -> tuple[list[str], str, tuple[str, str]]:
        where, full = self._where(error.file, error.sheet, error.row, error.column)
        message = reason_for(error.message, CELL_REASONS)
        return ["", error.column or "", "", "", where, message], f"{full}\n{message}", ERROR_COLOURS

    # -- applying ----------------------------------------------------------------------------------
    def apply(self) -> None:
        """Apply the changes through the controller (one undo step); the controller reports a refusal."""
        if self.controller.apply(apply_sheet_import, self.sheet_import) is None:
            self.reject()
            return
        self.accept()

    @staticmethod
    def import_files(
        controller: DocumentController,
        review_id: str,
        parent: QWidget | None,
        paths: list[Path | str] | None = None,
    ) -> bool:
        """Preview the import of filled sheets (asked for when `paths` is None); True when it was applied."""
        title = _("Import filled sheets")
        review = open_review(controller, review_id)
        if review is None:
            return False
        if review.closed:
            text = _(
                "The review of {year} is closed: the group adopted it. Re-open it first to import updates "
                "from the responsible bodies."
            ).format(year=review.year)
            messages.show_info(parent, text, title)
            return False
        if paths is None:
            plan_path = controller.session.path
            chosen, _filter = ask_open_file_names(parent, "review_sheet_import", title, _(SHEET_FILTER), plan_path)
            if not chosen:
                return False
            paths = chosen
        files = [Path(p) for p in paths]
        if not files:
            return False
        names = [p.name for p in files]
        datas = []
        try:
            for path in files:
                try:
                    datas.append(read_sheet_file(path))
                except OSError as exc:
                    reason = exc.strerror or str(exc)
                    text = _("{name} could not be read: {reason}.").format(name=path.name, reason=reason)
                    messages.show_error(parent, text + " " + _("Nothing in the plan was changed."), title)
                    return False
                except InputFileError as exc:
                    text = read_error_text(exc, path.name)
                    messages.show_error(parent, text + " " + _("Nothing in the plan was changed."), title)
                    return False
            sheet_import = read_review_sheets(controller.doc, review.id, datas, names)
        except SheetError as exc:
            messages.show_error(parent, file_error(exc, names), title)
            return False
        except Exception:  # whatever else a damaged or hostile file causes, it is a message, never a traceback
            text = damaged_file_text(", ".join(names)) + " " + _("Nothing in the plan was changed.")
            messages.show_error(parent, text, title)
            return False
        dialog = ReviewSheetImportDialog(controller, sheet_import, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
