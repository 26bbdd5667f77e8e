"""What a row of the action-plan table shows: each cell's text in the content language (or a fallback in
another, marked), tooltip, font and colours, the objective bands, and the facts the filters read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop.core import activity_levels
from desktop.core import columns as plan_columns
from desktop.core import richtext as rt
from desktop.core.model import Activity, BudgetLine, ColumnLevel, Entity, Objective, TargetGroup
from desktop.core.model import Column as PlanColumn
from desktop.core.text import MultiText
from desktop.core.timeframe import TimeError, years_covered
from desktop.formatting import format_amount
from desktop.gui.plan.plan_table_columns import (
    ALIGN_BAND,
    ALIGN_TOP_LEFT,
    CELL_TEXT_LIMIT,
    COLUMN_COUNT,
    ENTITY_ID_ROLE,
    FALLBACK_COLOR,
    FALLBACK_TEXT_ROLE,
    GROUP_BACKGROUND,
    GROUP_FOREGROUND,
    OBJECTIVE_ROW,
    ROLE_ALIGNMENT,
    ROLE_BACKGROUND,
    ROLE_DISPLAY,
    ROLE_EDIT,
    ROLE_FONT,
    ROLE_FOREGROUND,
    ROLE_TOOLTIP,
    ROW_KIND_ROLE,
    TEXT_FIELDS,
    Column,
    TimeFrameValue,
    number_key,
    timeframe_sort_key,
)
from desktop.gui.translation.serbian_script import best_in, text_in
from desktop.gui.widgets.display import SOURCE_NAMES, format_span, language_name
from desktop.i18n import _, gettext_for


@dataclass(slots=True)
class CellView:
    text: str = ""
    shown: str | None = None  # the language really shown; differs from the model's for a fallback
    tooltip: str = ""


@dataclass(slots=True)
class RowFacts:
    """What the filters and sorting need to know about one activity, computed once per change."""

    objective_id: str
    responsible: str  # folded for "contains"
    years: frozenset[int]
    sources: frozenset[str]  # "municipal", ..., and "donor:NAME" / "other:NAME" for named funders
    group_ids: frozenset[str]
    number_key: tuple[int, ...]
    budget_total: Decimal
    time_key: tuple[int, int, int, int]


def multi_best(items: list[MultiText], lang: str) -> CellView:
    """Several names, one per line; the cell counts as a fallback when any of them is one."""
    lines, fallback = [], None
    for mt in items:
        text, shown = best_in(mt, lang)
        if text:
            lines.append(text.replace("\n", " "))
            if shown != lang:
                fallback = shown
    return CellView("\n".join(lines), fallback or (lang if lines else None))


def source_label(line: BudgetLine, lang: str) -> str:
    """A funding source in the plan's language (it is part of the plan's text, not of the interface)."""
    tr = gettext_for(lang)
    if line.source == "donor" and line.funder:
        return tr("Donor: {name}").format(name=line.funder)
    if line.source == "other" and line.funder:
        return tr("Other: {name}").format(name=line.funder)
    return tr(SOURCE_NAMES[line.source]) if line.source in SOURCE_NAMES else line.source


def source_keys(line: BudgetLine) -> set[str]:
    keys = {line.source}
    if line.funder:
        keys.add(f"{line.source}:{line.funder}")
    return keys


class RowCells:
    """The cell-computing half of PlanTableModel (which holds the document, the language and the caches)."""

    def _find(self, entity_id: str, kind: type[Entity]) -> Entity | None:
        if self._controller is None:
            return None
        entity = self._controller.doc.find(entity_id)
        return entity if isinstance(entity, kind) else None

    def _group_data(self, objective_id: str, column: int, role: int) -> object:
        if role == ENTITY_ID_ROLE:
            return objective_id
        if role == ROW_KIND_ROLE:
            return OBJECTIVE_ROW
        objective = self._find(objective_id, Objective)
        if objective is None:
            return None
        own = self.own_column(column) if column >= COLUMN_COUNT else None
        if own is not None and own.level == ColumnLevel.OBJECTIVE:
            return self._objective_cell_data(objective, own, role)
        title, shown = best_in(objective.title, self._lang)
        fallback = shown is not None and shown != self._lang
        if role == ROLE_DISPLAY:
            if column != self.band_column():
                return ""
            label = title.replace("\n", " ") if title else _("(untitled objective)")
            return f"{self._numbers.get(objective_id, '')}\u2003{label}"
        if role == ROLE_FONT:
            return self._bold_italic if fallback or not title else self._bold
        if role == ROLE_BACKGROUND:
            return GROUP_BACKGROUND
        if role == ROLE_FOREGROUND:
            return FALLBACK_COLOR if fallback or not title else GROUP_FOREGROUND
        if role == ROLE_TOOLTIP:
            return self._fallback_tip(title, shown) if fallback else title or None
        if role == ROLE_ALIGNMENT:
            return ALIGN_BAND
        return None

    def _objective_cell_data(self, objective: Objective, column: PlanColumn, role: int) -> object:
        """An objective-level column's cell on the objective's band: its text, edited there."""
        plan = self.plan()
        value = plan_columns.cell_text(plan, column, objective) if plan is not None else MultiText()
        if role == ROLE_EDIT:
            return text_in(value, self._lang)
        if role == FALLBACK_TEXT_ROLE:
            text, shown = best_in(value, self._lang)
            return text if shown not in (None, self._lang) else ""
        cell = self._text_cell(value)
        if role == ROLE_DISPLAY:
            return cell.text
        if role == ROLE_TOOLTIP:
            return cell.tooltip or None
        if role == ROLE_BACKGROUND:
            return GROUP_BACKGROUND
        if role == ROLE_FOREGROUND:
            return FALLBACK_COLOR if self._is_fallback(cell) else GROUP_FOREGROUND
        if role == ROLE_FONT:
            return self._italic if self._is_fallback(cell) else None
        if role == ROLE_ALIGNMENT:
            return ALIGN_TOP_LEFT
        return None

    def _fallback_tip(self, text: str, shown: str | None) -> str:
        return _("Not yet translated into {language}; shown in {shown}:\n{text}").format(
            language=language_name(self._lang), shown=language_name(shown or ""), text=text
        )

    def _edit_value(self, activity_id: str, column: int) -> object:
        act = self._find(activity_id, Activity)
        if act is None:
            return None
        if column in TEXT_FIELDS:
            return text_in(act.text(TEXT_FIELDS[column]), self._lang)  # never the fallback: it would be saved as ours
        if column == Column.TIMEFRAME:
            return TimeFrameValue(act.start, act.end, text_in(act.timeframe_note, self._lang))
        own = self.own_column(column)
        plan = self.plan()
        if own is not None and plan is not None and own.level == ColumnLevel.ACTIVITY:
            return text_in(plan_columns.cell_text(plan, own, act), self._lang)
        return None

    def _fallback_text(self, activity_id: str, column: int) -> str:
        act = self._find(activity_id, Activity)
        own, plan = self.own_column(column), self.plan()
        if act is not None and own is not None and plan is not None and own.level == ColumnLevel.ACTIVITY:
            text, shown = best_in(plan_columns.cell_text(plan, own, act), self._lang)
            return text if shown not in (None, self._lang) else ""
        name = TEXT_FIELDS.get(column) or ("timeframe_note" if column == Column.TIMEFRAME else None)
        if act is None or name is None:
            return ""
        text, shown = best_in(act.text(name), self._lang)
        return text if shown not in (None, self._lang) else ""

    def _cell(self, row: int, column: int) -> CellView:
        eid = self._rows[row][1]
        cells = self._cells.get(eid)
        if cells is None:
            cells = self._cells[eid] = self._compute_cells(eid)
        return cells[column]

    def _text_cell(self, mt: MultiText) -> CellView:
        text, shown = best_in(mt, self._lang)
        text = rt.to_plain(text)  # a structured text's words (lists as "• " lines), not its markup
        if not text:
            return CellView()
        if len(text) > CELL_TEXT_LIMIT:
            text = text[: CELL_TEXT_LIMIT - 1] + "…"
        return CellView(text, shown, self._fallback_tip(text, shown) if shown != self._lang else text)

    def _compute_cells(self, activity_id: str) -> list[CellView]:
        cells = [CellView() for _c in range(COLUMN_COUNT + len(self._own))]
        act = self._find(activity_id, Activity)
        plan = self.plan()
        if act is None or plan is None:
            return cells
        for i, column_id in enumerate(self._own):
            own = self._find(column_id, PlanColumn)
            if own is not None and own.level == ColumnLevel.ACTIVITY:
                cells[COLUMN_COUNT + i] = self._text_cell(plan_columns.cell_text(plan, own, act))
        lang = self._lang
        cells[Column.NUMBER] = CellView(self._numbers.get(act.id, ""))
        for column, name in TEXT_FIELDS.items():
            cells[column] = self._text_cell(act.text(name))
        title = cells[Column.ACTIVITY]
        if not title.text:
            title.tooltip = _("This activity has no title yet")
        span = format_span(act.start, act.end)
        note = self._text_cell(act.timeframe_note)
        cells[Column.TIMEFRAME] = CellView(
            "\n".join(x for x in (span, note.text) if x), note.shown, "\n".join(x for x in (span, note.tooltip) if x)
        )
        # A parent shows its sub-activities' budgets with its own (rolled up), and says so.
        family = [act, *activity_levels.descendants(plan, act)] if act.id in self._has_subs() else [act]
        totals: dict[str, Decimal] = {}
        sources: list[str] = []
        for line in (line for a in family for line in a.budget_lines):
            totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
            label = source_label(line, lang)
            if label not in sources:
                sources.append(label)
        budget = "\n".join(format_amount(v, cur, lang) for cur, v in totals.items())
        per_year = "\n".join(
            f"{line.year}: {format_amount(line.amount, line.currency, lang)} ({source_label(line, lang)})"
            for line in act.budget_lines
        )
        if len(family) > 1:
            per_year = "\n".join(
                x for x in (_("Total with its sub-activities: {total}").format(total=budget), per_year) if x
            )
        cells[Column.BUDGET] = CellView(budget, lang, per_year)
        cells[Column.FUNDING] = CellView("\n".join(sources), lang, "\n".join(sources))
        cells[Column.INDICATORS] = self._list_cell([i.name for i in act.indicators])
        doc = self._controller.doc
        groups = [g.name for gid in act.target_group_ids if isinstance(g := doc.find(gid), TargetGroup)]
        cells[Column.TARGET_GROUPS] = self._list_cell(groups)
        return cells

    def _has_subs(self) -> set[str]:
        return self._with_subs

    def _list_cell(self, items: list[MultiText]) -> CellView:
        cell = multi_best(items, self._lang)
        if cell.shown is not None and cell.shown != self._lang:
            cell.tooltip = self._fallback_tip(cell.text, cell.shown)
        else:
            cell.tooltip = cell.text
        return cell

    def _compute_facts(self, activity_id: str) -> RowFacts:
        act = self._find(activity_id, Activity)
        if act is None:
            return RowFacts("", "", frozenset(), frozenset(), frozenset(), (), Decimal(0), (0, 0, 0, 0))
        sources: set[str] = set()
        for line in act.budget_lines:
            sources |= source_keys(line)
        try:
            years = frozenset(years_covered(act.start, act.end))
        except TimeError:
            years = frozenset()
        return RowFacts(
            objective_id=act.objective_id,
            responsible=best_in(act.responsible, self._lang)[0].casefold(),
            years=years,
            sources=frozenset(sources),
            group_ids=frozenset(act.target_group_ids),
            number_key=number_key(self._numbers.get(act.id, "")),
            budget_total=sum((line.amount for a in self._family(act) for line in a.budget_lines), Decimal(0)),
            time_key=timeframe_sort_key(act.start, act.end),
        )

    def _family(self, act: Activity) -> list[Activity]:
        plan = self.plan()
        return (
            [act, *activity_levels.descendants(plan, act)] if plan is not None and act.id in self._has_subs() else [act]
        )
