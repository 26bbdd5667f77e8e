"""An activity's budget: one row per budget line, edited in place, with totals per year and per source.

Amounts are shown in the format of the language the plan is edited in, with the function the grid
and the status bar use (sq "12 000,50", sr "12.000,50", en "12,000.50"), and read by the one rule of
desktop.core.amounts in every language ("12.500" is 12 500 everywhere; "1,2345" is refused with its
reason). While an amount is typed, a note under the table says what it is understood as.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from html import escape

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import operations as op
from desktop.core.model import CURRENCIES, ActionPlan, Activity, BudgetLine, FundingSource
from desktop.core.timeframe import years_covered
from desktop.formatting import format_amount, read_number
from desktop.gui.controller import DocumentController
from desktop.gui.plan.activity_items_table import ID_ROLE, ActivityItemsTable
from desktop.gui.widgets.amount_entry import AmountDelegate, AmountNote, amount_rule, read_amount
from desktop.gui.widgets.display import source_name
from desktop.i18n import _, language

LOCALES = {"sq": "sq_AL", "sr": "sr_Latn_RS", "sr_Cyrl": "sr_Cyrl_RS", "en": "en_GB"}
NUMBER_LANGUAGES = {"sq": "sq", "sr": "sr", "sr_Cyrl": "sr-Cyrl"}  # interface language -> desktop.formatting's

COL_YEAR, COL_AMOUNT, COL_CURRENCY, COL_SOURCE, COL_FUNDER = range(5)
# Like a spreadsheet: typing, F2, a double click or a click on the selected cell edits; moving around does not.
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.SelectedClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def interface_locale() -> str:
    """The Babel locale of the interface language (numbers follow the interface, as on the screen)."""
    return LOCALES.get(language(), "en_GB")


def parse_number(text: str, locale: str | None = None) -> Decimal | None:
    """Read a number that is not an amount (an indicator's value) in the interface's language; None when
    it is not one. Amounts are read by `amount_entry.read_amount`, the same in every language."""
    return read_number(text, locale or interface_locale())


def format_number(value: Decimal | int, locale: str | None = None) -> str:
    """A number as the interface writes it, without rounding it."""
    return format_decimal(Decimal(value), locale=locale or interface_locale(), decimal_quantization=False)


def format_money(value: Decimal, currency: str = "", lang: str | None = None) -> str:
    """An amount: whole amounts without cents, others with two decimals; the currency code after it.

    `formatting.format_amount` in `lang` (a content language), by default the interface's conventions."""
    return format_amount(Decimal(value), currency, lang or NUMBER_LANGUAGES.get(language(), "en"))


def _totals(lines: list[BudgetLine], key: str) -> dict[tuple, Decimal]:
    """Sums per (key value, currency): amounts in different currencies are never added together."""
    sums: dict[tuple, Decimal] = defaultdict(Decimal)
    for line in lines:
        sums[(getattr(line, key), line.currency)] += line.amount
    return dict(sums)


class BudgetTable(ActivityItemsTable):
    """The budget lines of one activity; every edit is one operation through the controller."""

    ID_COLUMN = COL_YEAR

    HEADERS = (
        ("Year", COL_YEAR),
        ("Amount", COL_AMOUNT),
        ("Currency", COL_CURRENCY),
        ("Funding source", COL_SOURCE),
        ("Funder", COL_FUNDER),
    )

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(
            controller,
            parent,
            name="budget",
            item="budget_line",
            columns=5,
            add=(_("Add budget line"), self.add_line),
            delete=(_("Delete budget line"), _("Delete the selected budget line")),
        )
        self._lang = "sq"  # the language the plan is edited in: amounts look as in the grid
        self._note = ""  # how the last committed amount was read, shown once its editor closes
        self._rows: list[tuple] | None = None  # what the table shows, to skip needless rebuilds

        self.table.setHorizontalHeaderLabels(
            [_("Year"), _("Amount"), _("Currency"), _("Funding source"), _("Funder (donor, other)")]
        )
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        self.table.setColumnWidth(COL_YEAR, metrics.horizontalAdvance("20250") + 28)
        self.table.setColumnWidth(COL_AMOUNT, metrics.horizontalAdvance("1 000 000 000,00") + 24)
        self.table.setColumnWidth(COL_CURRENCY, metrics.horizontalAdvance("EUR") + 64)
        self.table.setColumnWidth(
            COL_SOURCE, max(metrics.horizontalAdvance(source_name(s.value)) for s in FundingSource) + 64
        )
        self.table.verticalHeader().setDefaultSectionSize(max(metrics.height() + 16, QComboBox().sizeHint().height()))
        self.amount_delegate = AmountDelegate(self._currency_at, lambda: self._lang, self.table)
        self.amount_delegate.typed.connect(self._on_amount_typed)
        self.table.setItemDelegateForColumn(COL_AMOUNT, self.amount_delegate)
        self.amount_note = AmountNote(self)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("budget_totals")
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.finish(above_message=(self.amount_note,), below=(self.totals_label,))

    # -- public API ----------------------------------------------------------------------------
    def set_activity(self, activity_id: str) -> None:
        self._activity_id = activity_id
        self._rows = None
        self.message.clear_message()
        self._note = ""
        self.amount_note.clear_note()
        self.refresh()

    def set_language(self, lang: str) -> None:
        """Show amounts in the format of `lang`, the language the plan is edited in (as the grid does)."""
        if lang != self._lang:
            self._lang = lang
            self._rows = None
            self.refresh()

    def start_editing(self) -> None:
        """Put the keyboard in the table, on the first line's amount (typing replaces it), or on
        "Add budget line" when there is no line yet."""
        if self.table.rowCount() and not self._read_only:
            row = max(self.table.currentRow(), 0)
            self.table.setCurrentCell(row, COL_AMOUNT)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.add_button.isEnabled() and self.add_button.isVisible():
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only:
            self.table.setRowCount(0)  # rebuilt with or without the combos
        self._read_only = read_only
        self._rows = None
        self.refresh()

    def refresh(self) -> None:
        """Show the stored lines (rebuilt only when something shown differs) and the totals."""
        act = self.activity()
        lines = act.budget_lines if act else []
        rows = [(b.id, b.year, b.amount, b.currency, b.source, b.funder) for b in lines]
        rows.append((self._lang, language()))  # another language re-formats the amounts and tooltips
        if rows != self._rows:
            self._rows = rows
            self._render(lines)
        self._render_totals(lines)
        self.update_buttons(act)

    def add_line(self) -> None:
        """Add a line for the first year of the activity that has none yet, and start typing its amount."""
        act = self.activity()
        if act is None or self._read_only:
            return
        change = self.router.apply(self.message, op.add_budget_line, act.id, self._next_year(act), 0)
        if change is not None and change.upserted:
            row = self.row_of(change.upserted[0])
            if row >= 0:
                self.table.setCurrentCell(row, COL_AMOUNT)
                self.table.editItem(self.table.item(row, COL_AMOUNT))

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self._read_only:
            return
        self.router.apply(self.message, op.delete_budget_line, self.item_id(row))

    # -- internals -----------------------------------------------------------------------------
    def _next_year(self, act: Activity) -> int:
        plan = self.controller.doc.parent_of(act)
        years = list(years_covered(act.start, act.end))
        if not years and isinstance(plan, ActionPlan):
            years = list(range(plan.start_year, plan.end_year + 1))
        used = {b.year for b in act.budget_lines}
        free = [y for y in years if y not in used]
        if free:
            return free[0]
        if act.budget_lines:
            return act.budget_lines[-1].year
        return years[0] if years else (plan.start_year if isinstance(plan, ActionPlan) else 2025)

    def _render(self, lines: list[BudgetLine]) -> None:
        # Cells are rebuilt only when lines come or go; values change in place. An edit's own cell
        # or combo is still on the call stack when the change comes back: it must not be deleted.
        if [b.id for b in lines] != [self.item_id(r) for r in range(self.table.rowCount())]:
            self._build(lines)
        editable = not self._read_only
        self.table.blockSignals(True)
        try:
            for row, line in enumerate(lines):
                values = {
                    COL_YEAR: str(line.year),
                    COL_AMOUNT: format_amount(line.amount, "", self._lang),
                    COL_CURRENCY: line.currency,
                    COL_SOURCE: source_name(line.source),
                    COL_FUNDER: line.funder,
                }
                for col, text in values.items():
                    item = self.table.item(row, col)
                    if item.text() != text:
                        item.setText(text)
                    typed = col in (COL_YEAR, COL_AMOUNT, COL_FUNDER)
                    flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags if typed and editable else flags & ~Qt.ItemFlag.ItemIsEditable)
                for col, value in ((COL_CURRENCY, line.currency), (COL_SOURCE, line.source)):
                    combo: QComboBox | None = self.table.cellWidget(row, col)
                    if combo is None:
                        continue  # read-only: the cell's text shows the value
                    if combo.findData(value) < 0:
                        combo.addItem(value, value)
                    combo.blockSignals(True)
                    combo.setCurrentIndex(combo.findData(value))
                    combo.blockSignals(False)
        finally:
            self.table.blockSignals(False)
        self.table.setEditTriggers(EDIT_TRIGGERS if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._fit_height()

    def _build(self, lines: list[BudgetLine]) -> None:
        """One row of empty cells per line (filled by _render); the current line stays current."""
        current = self.item_id(self.table.currentRow()) if self.table.currentRow() >= 0 else ""
        column = max(self.table.currentColumn(), 0)
        example = format_amount(Decimal("12000.5"), "", self._lang)
        tip = _("Type the amount, e.g. {example}").format(example=example) + "\n\n" + amount_rule()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(lines))
            for row, line in enumerate(lines):
                for col in range(self.table.columnCount()):
                    item = QTableWidgetItem()
                    if col == COL_YEAR:
                        item.setData(ID_ROLE, line.id)
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    elif col == COL_AMOUNT:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                        item.setToolTip(tip)
                    # Behind the combos the cell keeps the value as text, for screen readers and tests.
                    self.table.setItem(row, col, item)
                if not self._read_only:  # read-only: plain text, legible on a projector, no combos
                    self.table.setCellWidget(row, COL_CURRENCY, self._combo(line.id, "currency", CURRENCIES))
                    sources = [(source_name(f.value), f.value) for f in FundingSource]
                    self.table.setCellWidget(row, COL_SOURCE, self._combo(line.id, "source", sources))
        finally:
            self.table.blockSignals(False)
        row = self.row_of(current) if current else -1
        if row >= 0:
            self.table.setCurrentCell(row, column)

    def _combo(self, line_id: str, name: str, choices) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{name}_combo")
        for choice in choices:
            label, value = choice if isinstance(choice, tuple) else (choice, choice)
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i: self._update(line_id, **{name: combo.currentData()}))
        return combo

    def _fit_height(self) -> None:
        # The table lives in a scrolling panel: show every row instead of a second scroll bar.
        rows = max(self.table.rowCount(), 1)
        height = (
            self.table.horizontalHeader().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().height()
        self.table.setFixedHeight(height)

    def _render_totals(self, lines: list[BudgetLine]) -> None:
        if not lines:
            self.totals_label.setText(escape(_("No budget yet.")) if self._activity_id else "")
            return
        lang = self._lang  # the grid's Budget column and the status bar show these sums the same way

        def cells(sums: dict[tuple, Decimal], name) -> str:
            return "".join(
                f"<td style='padding-right:18px'>{escape(name(k))}: <b>{escape(format_amount(v, cur, lang))}</b></td>"
                for (k, cur), v in sorted(sums.items(), key=lambda kv: (str(kv[0][0]), kv[0][1]))
            )

        by_year = _totals(lines, "year")
        order = [s.value for s in FundingSource]
        by_source = dict(sorted(_totals(lines, "source").items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1])))
        by_currency: dict[str, Decimal] = defaultdict(Decimal)
        for line in lines:
            by_currency[line.currency] += line.amount
        total = " + ".join(format_amount(v, c, lang) for c, v in sorted(by_currency.items()))
        source_cells = "".join(
            f"<td style='padding-right:18px'>{escape(source_name(s))}: "
            f"<b>{escape(format_amount(v, cur, lang))}</b></td>"
            for (s, cur), v in by_source.items()
        )
        # The labels are translated outside the f-strings: string extraction does not look inside them.
        total_label, per_year, per_source = _("Total"), _("Per year"), _("Per funding source")
        self.totals_label.setText(
            "<table cellspacing='0' cellpadding='2'>"
            f"<tr><td style='padding-right:14px'>{escape(total_label)}</td><td><b>{escape(total)}</b></td></tr>"
            f"<tr><td style='padding-right:14px'>{escape(per_year)}</td>"
            f"<td><table cellspacing='0'><tr>{cells(by_year, str)}</tr></table></td></tr>"
            f"<tr><td style='padding-right:14px'>{escape(per_source)}</td>"
            f"<td><table cellspacing='0'><tr>{source_cells}</tr></table></td></tr>"
            "</table>"
        )

    def _update(self, line_id: str, **values) -> None:
        if self._read_only:
            return
        if self.router.apply(self.message, op.update_budget_line, line_id, **values) is None:
            self._rows = None  # refused: show the stored values again
            self.refresh()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        line = self.controller.doc.find(self.item_id(item.row()))
        if not isinstance(line, BudgetLine):
            return
        text = item.text().strip()
        col = item.column()
        if col == COL_YEAR:
            # Not a whole number: hand over the text so the refusal says what a year must be.
            value: object = int(text) if text.isdigit() else text
            name = "year"
        elif col == COL_AMOUNT:
            number, problem = read_amount(text)
            if number is None:
                # Refused, never guessed: say why, quoting what was typed; the stored amount stays.
                self._note = ""
                self.message.show_message(problem)
                self._rows = None
                self.refresh()
                return
            value, name = number, "amount"
            shown = format_amount(number, line.currency, self._lang)
            self._note = _("“{typed}” is stored as {amount}.").format(typed=text, amount=shown)
            self.amount_note.show_note(self._note)
        elif col == COL_FUNDER:
            value, name = text, "funder"
        else:
            return
        if value == getattr(line, name):
            # The same value typed differently ("12000" for "12 000"): no undo step, just tidy the cell.
            self._rows = None
            self.refresh()
            return
        self._update(line.id, **{name: value})

    def _currency_at(self, index) -> str:
        line = self.controller.doc.find(self.item_id(index.row()))
        return line.currency if isinstance(line, BudgetLine) else ""

    def _on_amount_typed(self, text: str, problem: bool) -> None:
        if text:
            self._note = ""
            self.amount_note.show_note(text, problem)
        elif self._note:
            self.amount_note.show_note(self._note)  # the editor closed after a commit: say how it was read
        else:
            self.amount_note.clear_note()
