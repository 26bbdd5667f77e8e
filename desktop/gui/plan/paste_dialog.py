"""Paste a table from Word, Excel or LibreOffice as activities: map the columns, preview, then create.

Nothing is created until the user confirms; the creation is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import columns as plan_columns
from desktop.core.model import ActionPlan, ColumnLevel
from desktop.core.pasted_table import parse_clipboard
from desktop.core.table_import import (
    NEW_COLUMN,
    NEW_OBJECTIVE_COLUMN,
    OWN_COLUMN,
    TARGETS,
    add_drafts,
    draft_rows,
    guess_mapping,
    new_columns,
    numbers_found,
)
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.display import CONTENT_LANGUAGES, numbered, title_of
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _, ngettext

TARGET_NAMES = {
    "ignore": N_("(leave out)"), "number": N_("No."), "objective": N_("Objective"), "title": N_("Activity"),
    "description": N_("Description"), "responsible": N_("Responsible"), "partners": N_("Partners"),
    "timeframe": N_("Time frame"), "budget": N_("Budget"), "source": N_("Funding source"),
    "indicator": N_("Indicator"), "target_groups": N_("Target groups"), "notes": N_("Notes"),
    NEW_COLUMN: N_("New column"), NEW_OBJECTIVE_COLUMN: N_("New column, a text per objective"),
}  # fmt: skip
PREVIEW_ROWS = 200


def clipboard_rows() -> list[list[str]]:
    """The table on the clipboard (HTML preferred, else tab-separated text); [] when there is none."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return []
    html = mime.html() if mime.hasHtml() else None
    text = mime.text() if mime.hasText() else None
    return parse_clipboard(html, text)


class PasteDialog(QDialog):
    def __init__(
        self, controller: DocumentController, plan_id: str, objective_id: str, lang: str, rows: list[list[str]],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(_("Paste activities"))
        self.setObjectName("paste_dialog")
        self.controller = controller
        self.plan_id = plan_id
        self.rows = rows
        doc = controller.doc
        plan = doc.find(plan_id)
        plan = plan if isinstance(plan, ActionPlan) else None
        has_header, mapping = guess_mapping(rows, plan)

        intro = QLabel(
            _("Choose what each column holds. Rows become activities when you press Create; nothing changes before."),
            self,
        )
        intro.setWordWrap(True)
        self.header_box = QCheckBox(_("The first row holds the column names"), self)
        self.header_box.setChecked(has_header)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("paste_language")
        for code, name in CONTENT_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.objective_combo = QComboBox(self)
        self.objective_combo.setObjectName("paste_objective")
        numbers = doc.numbers()
        for obj in doc.objectives:
            self.objective_combo.addItem(numbered(numbers[obj.id], title_of(obj, lang)[0]), obj.id)
        self.objective_combo.setCurrentIndex(max(0, self.objective_combo.findData(objective_id)))

        width = len(rows[0]) if rows else 0
        self.column_combos: list[QComboBox] = []
        self.table = QTableWidget(0, width, self)
        self.table.setObjectName("paste_preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(160)
        mapping_row = QWidget(self)
        grid = QGridLayout(mapping_row)
        grid.setContentsMargins(0, 0, 0, 0)
        self.new_column_boxes: list[QCheckBox] = []
        own = [c for c in plan_columns.columns_of(plan) if not c.key] if plan is not None else []
        for column in range(width):
            combo = QComboBox(mapping_row)
            combo.setObjectName(f"paste_column_{column}")
            for target in TARGETS:
                combo.addItem(_(TARGET_NAMES[target]), target)
            for own_column in own:  # the plan's own columns, by their name
                suffix = _(" (per objective)") if own_column.level == ColumnLevel.OBJECTIVE else ""
                combo.addItem(title_of(own_column, lang)[0] + suffix, f"{OWN_COLUMN}{own_column.id}")
            for target in (NEW_COLUMN, NEW_OBJECTIVE_COLUMN):
                combo.addItem(_(TARGET_NAMES[target]), target)
            combo.setCurrentIndex(max(0, combo.findData(mapping[column])))
            combo.currentIndexChanged.connect(self._update)
            self.column_combos.append(combo)
            # A column the plan does not have is offered as a new column of its own: ticked, it is added.
            box = QCheckBox(_("Add as a column of the plan"), mapping_row)
            box.setObjectName(f"paste_new_column_{column}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.new_column_boxes.append(box)
            grid.addWidget(QLabel(_("Column {n}").format(n=column + 1), mapping_row), 0, column)
            grid.addWidget(combo, 1, column)
            grid.addWidget(box, 2, column)
        self.keep_numbers_box = QCheckBox(_("Number the activities as the table does (1, 1.1, 2 …)"), self)
        self.keep_numbers_box.setObjectName("paste_keep_numbers")
        self.keep_numbers_box.setToolTip(
            _("The numbers in the table are kept, and 1.1 goes under 1; the plan then prints these numbers")
        )
        self._numbers_seen = False
        self.summary = QLabel("", self)
        self.summary.setObjectName("paste_summary")
        self.summary.setWordWrap(True)

        form = QGridLayout()
        form.addWidget(QLabel(_("The text is in:"), self), 0, 0)
        form.addWidget(self.language_combo, 0, 1)
        form.addWidget(QLabel(_("Rows without an objective go under:"), self), 1, 0)
        form.addWidget(self.objective_combo, 1, 1)
        form.setColumnStretch(1, 1)

        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(_("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("paste_create")
        self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.header_box)
        layout.addWidget(self.keep_numbers_box)
        # A wide table's column choices scroll sideways instead of widening the dialog past a small screen.
        mapping_scroll = QScrollArea(self)
        mapping_scroll.setObjectName("paste_mapping")
        mapping_scroll.setWidget(mapping_row)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        mapping_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = mapping_scroll.horizontalScrollBar().sizeHint().height()
        mapping_scroll.setFixedHeight(mapping_row.sizeHint().height() + bar + 2)
        layout.addWidget(mapping_scroll)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.header_box.toggled.connect(self._update)
        self.keep_numbers_box.toggled.connect(self._update)
        self.language_combo.currentIndexChanged.connect(self._update)
        resize_within_screen(self, 980, 560)
        self._update()

    # -- state -----------------------------------------------------------------------------------
    def mapping(self) -> list[str]:
        """The target of each column; a new column left unticked is left out."""
        out = []
        for combo, box in zip(self.column_combos, self.new_column_boxes, strict=True):
            target = combo.currentData()
            out.append("ignore" if target in (NEW_COLUMN, NEW_OBJECTIVE_COLUMN) and not box.isChecked() else target)
        return out

    def header(self) -> list[str] | None:
        return self.rows[0] if self.header_box.isChecked() and self.rows else None

    def new_columns(self) -> dict[str, tuple[str, str]]:
        return new_columns(self.mapping(), self.header())

    def data_rows(self) -> list[list[str]]:
        return self.rows[1:] if self.header_box.isChecked() else self.rows

    def language(self) -> str:
        return self.language_combo.currentData()

    def drafts(self):
        return draft_rows(self.controller.doc, self.data_rows(), self.mapping(), self.language(), self.header())

    def _update(self) -> None:
        rows = self.data_rows()
        self.table.setRowCount(min(len(rows), PREVIEW_ROWS))
        if self.header_box.isChecked() and self.rows:
            self.table.setHorizontalHeaderLabels(self.rows[0])
        else:
            self.table.setHorizontalHeaderLabels([str(i + 1) for i in range(self.table.columnCount())])
        ignored = {i for i, target in enumerate(self.mapping()) if target == "ignore"}
        for r, row in enumerate(rows[:PREVIEW_ROWS]):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in ignored:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        for combo, box in zip(self.column_combos, self.new_column_boxes, strict=True):
            box.setVisible(combo.currentData() in (NEW_COLUMN, NEW_OBJECTIVE_COLUMN))
        drafts = self.drafts()
        mapping = self.mapping()
        has_numbers = numbers_found(drafts)
        if has_numbers and not self._numbers_seen:
            self.keep_numbers_box.setChecked(True)  # numbers found: kept unless the user says otherwise
        self._numbers_seen = self._numbers_seen or has_numbers
        self.keep_numbers_box.setEnabled(has_numbers)
        if "title" not in mapping:
            self.summary.setText(_("Choose the column that holds the activities."))
        else:
            new_objectives = {d.new_objective for d in drafts if d.new_objective}
            text = ngettext("{n} activity will be created", "{n} activities will be created", len(drafts)).format(
                n=len(drafts)
            )
            if new_objectives:
                text += " " + ngettext("and {n} new objective", "and {n} new objectives", len(new_objectives)).format(
                    n=len(new_objectives)
                )
            columns = len(self.new_columns())
            if columns:
                text += " " + ngettext("and {n} new column", "and {n} new columns", columns).format(n=columns)
            self.summary.setText(text + ".")
        self.create_button.setEnabled("title" in mapping and bool(drafts))

    def create(self) -> None:
        drafts = self.drafts()
        change = self.controller.apply(
            add_drafts,
            self.plan_id,
            self.objective_combo.currentData(),
            drafts,
            self.language(),
            new_columns=self.new_columns(),
            keep_numbers=self.keep_numbers_box.isChecked() and numbers_found(drafts),
        )
        if change is not None:
            self.accept()

    @staticmethod
    def paste(controller: DocumentController, plan_id: str, objective_id: str, lang: str, parent: QWidget) -> bool:
        """Show the dialog for the clipboard's table; True when activities were created."""
        from desktop.gui.widgets import messages

        rows = clipboard_rows()
        if not rows:
            messages.show_error(
                parent,
                _("The clipboard holds no table. Copy the rows of a table in Word, Excel or LibreOffice first."),
                _("Paste activities"),
            )
            return False
        dialog = PasteDialog(controller, plan_id, objective_id, lang, rows, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted
