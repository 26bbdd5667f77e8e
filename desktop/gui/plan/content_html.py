"""Read-only HTML views of the plan's items for the content panel (Qt-free, every user text escaped)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtGui import QImage

from desktop.core import richtext as rt
from desktop.core.model import (
    ActionPlan,
    Activity,
    Document,
    Entity,
    Figure,
    Municipality,
    Objective,
    Priority,
    Section,
    Strategy,
    TargetGroup,
)
from desktop.core.outline import Chapter, printed_chapters
from desktop.core.stats import completeness, counts
from desktop.core.text import MultiText
from desktop.gui.plan.plan_facts_editor import KIND_LABELS
from desktop.gui.plan.tree_model import (
    FIGURE_WORDS,
    OBJECTIVES,
    PART_NAMES,
    PLAN_PRIORITIES,
    parts_with_content,
    tree_numbers,
)
from desktop.gui.translation.serbian_script import best_in, show
from desktop.gui.widgets.display import (
    CONTENT_LANGUAGES,
    country_name,
    format_amount,
    format_number,
    format_span,
    kind_name,
    language_name,
    period,
    source_name,
    title_of,
)
from desktop.i18n import _

# Headings are paragraphs with a class, not <h1>/<h2>: Qt sizes <hN> relative to the default font and
# ignores both their CSS font-size and that of anything inside them (the [sq] tag in a title).
# The base size is the document's default font (see ContentPanel).
STYLE_SHEET = """
p.title { font-size: 18pt; font-weight: 600; margin-top: 0px; margin-bottom: 2px; }
p.heading { font-size: 14pt; font-weight: 600; color: #24506e; margin-top: 18px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 8px; }
.kind { color: #5a6470; font-size: 11pt; margin-bottom: 12px; }
.fallback { color: #6b6b6b; font-style: italic; }
.tag { color: #8a5a00; font-size: 9.5pt; font-style: normal; }
.muted { color: #6b6b6b; }
.legend { color: #5a6470; font-size: 10pt; margin-top: 18px; }
.num { text-align: right; }
th { background-color: #eaf0f5; font-weight: 600; text-align: left; }
td.label { color: #45505c; font-weight: 600; padding-right: 14px; }
li { margin-bottom: 3px; }
"""

_GRID = '<table class="grid" border="1" cellspacing="0" cellpadding="6" style="border-color: #c3cdd6;">'


# The interface's words are translated by the callers, outside f-strings: string extraction does not look
# inside them, and a word marked there stayed in English.
def _spans_html(spans: tuple[rt.Span, ...], notes: list[str]) -> str:
    out = []
    for span in spans:
        if span.kind == "text":
            out.append(escape(span.text).replace("\n", "<br>"))
        elif span.kind in ("b", "i"):
            out.append(f"<{span.kind}>{_spans_html(span.children, notes)}</{span.kind}>")
        elif span.kind == "a":
            out.append(f'<a href="{escape(span.href, quote=True)}">{_spans_html(span.children, notes)}</a>')
        elif span.kind == "fn":
            notes.append(_spans_html(span.children, notes))
            out.append(f"<sup>{len(notes)}</sup>")
    return "".join(out)


def _list_html(block: rt.ListBlock, notes: list[str]) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(
        f"<li>{_spans_html(item.spans, notes)}{''.join(_list_html(sub, notes) for sub in item.lists)}</li>"
        for item in block.items
    )
    return f"<{tag}>{items}</{tag}>"


def rich_html(text: str) -> str:
    """A structured text as HTML: paragraphs, nested lists, bold, italic, links; footnotes numbered at the end."""
    notes: list[str] = []
    parts = []
    for block in rt.document(text).blocks:
        if isinstance(block, rt.Paragraph):
            if block.spans:
                parts.append(f"<p>{_spans_html(block.spans, notes)}</p>")
        else:
            parts.append(_list_html(block, notes))
    parts += [f'<p class="muted"><sup>{n}</sup> {note}</p>' for n, note in enumerate(notes, 1)]
    return "".join(parts)


def _muted(text: str) -> str:
    return f'<p class="muted">{escape(text)}</p>'


def _header(*labels: str) -> str:
    return "<tr>" + "".join(f"<th>{escape(label)}</th>" for label in labels) + "</tr>"


_FACTS = '<table class="facts" border="0" cellspacing="0" cellpadding="4" style="margin-top: 6px;">'


class ContentRenderer:
    """Builds the HTML for one item of a document in one content language."""

    def __init__(self, doc: Document, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.numbers = tree_numbers(doc)  # as the tree numbers items: objectives, activities, chapters, figures
        self.used_fallback = False

    # -- entry point -------------------------------------------------------------------------
    def render(self, kind: str, entity_id: str | None) -> str:
        """The page for a tree row (`kind` as in PlanTreeModel, `entity_id` None for folders)."""
        self.used_fallback = False
        entity = self.doc.find(entity_id) if entity_id else None
        if kind == "target_groups":
            body = self._target_groups()
        elif kind == OBJECTIVES:
            body = self._h2(_("Strategic objectives")) + (
                self._objective_list(self.doc.objectives) if self.doc.objectives else _muted(_("None yet."))
            )
        elif kind == PLAN_PRIORITIES:
            priorities = self.doc.strategy.priorities
            body = self._h2(_("Priorities of the plan")) + (
                self._priority_list(priorities) if priorities else _muted(_("None yet."))
            )
        elif isinstance(entity, Figure):
            body = self._figure(entity)
        elif entity is None:
            body = _muted(_("This item no longer exists."))
        elif isinstance(entity, Municipality):
            body = self._overview()
        elif isinstance(entity, Strategy):
            body = self._strategy(entity)
        elif isinstance(entity, Section):
            body = self._section(entity)
        elif isinstance(entity, Objective):
            body = self._objective(entity)
        elif isinstance(entity, Priority):
            body = self._priority(entity)
        elif isinstance(entity, TargetGroup):
            body = self._target_group(entity)
        elif isinstance(entity, ActionPlan):
            body = self._action_plan(entity)
        elif isinstance(entity, Activity):
            body = self._activity(entity)
        else:
            body = ""
        if self.used_fallback:
            body += '<p class="legend">{}</p>'.format(
                escape(
                    _(
                        "Texts in grey italics are not yet written in {language}; they are shown in the "
                        "language marked after them."
                    ).format(language=language_name(self.lang))
                )
            )
        return f"<html><body>{body}</body></html>"

    # -- text helpers ------------------------------------------------------------------------
    def _inline(self, mt: MultiText, default: str = "") -> str:
        """One text as inline HTML; a fallback is grey italic with a [lang] tag; empty gives `default`."""
        text, shown = best_in(mt, self.lang)
        if not text:
            return f'<span class="muted">{escape(default)}</span>' if default else ""
        html = escape(rt.to_plain(text)).replace("\n", "<br>")
        if shown != self.lang:
            self.used_fallback = True
            return f'<span class="fallback">{html}</span> {language_tag(shown)}'
        return html

    def _paragraphs(self, mt: MultiText) -> str:
        """A longer text as paragraphs (blank lines separate them, single newlines break lines)."""
        text, shown = best_in(mt, self.lang)
        if not text.strip():
            return ""
        fallback = shown != self.lang
        self.used_fallback |= fallback
        if rt.is_structured(text):  # lists, emphasis, links and footnotes as HTML, every word escaped
            html = rich_html(text)
            return f'{language_tag(shown)} <div class="fallback">{html}</div>' if fallback else html
        out = []
        for i, para in enumerate(p for p in text.replace("\r", "").split("\n\n") if p.strip()):
            html = escape(para.strip()).replace("\n", "<br>")
            if fallback:
                tag = f"{language_tag(shown)} " if i == 0 else ""
                html = f'{tag}<span class="fallback">{html}</span>'
            out.append(f"<p>{html}</p>")
        return "".join(out)

    def _title(self, entity: Entity) -> str:
        text, shown = title_of(entity, self.lang)
        html = escape(text)
        if shown is not None and shown != self.lang:
            self.used_fallback = True
            return f'<span class="fallback">{html}</span> {language_tag(shown)}'
        if shown is None:
            return f'<span class="muted">{html}</span>'
        return html

    def _numbered_title(self, entity: Entity) -> str:
        number = self.numbers.get(entity.id)
        return f"{escape(number)}&nbsp;&nbsp;{self._title(entity)}" if number else self._title(entity)

    def _heading(self, entity: Entity, kind_line: str) -> str:
        return f'<p class="title">{self._numbered_title(entity)}</p><p class="kind">{kind_line}</p>'

    @staticmethod
    def _h2(text: str) -> str:
        return f'<p class="heading">{escape(text)}</p>'

    def _facts(self, rows: list[tuple[str, str]]) -> str:
        """A two-column label/value table; rows whose value is empty are left out."""
        cells = "".join(
            f'<tr><td class="label" valign="top">{escape(label)}</td><td valign="top">{value}</td></tr>'
            for label, value in rows
            if value
        )
        return f"{_FACTS}{cells}</table>" if cells else ""

    def _objective_of(self, entity: Entity) -> Objective | None:
        node: Entity | None = entity
        while node is not None and not isinstance(node, Objective):
            node = self.doc.parent_of(node)
        return node

    # -- pages -------------------------------------------------------------------------------
    def _overview(self) -> str:
        doc, m = self.doc, self.doc.municipality
        parts = [self._heading(m, escape(kind_name("municipality")))]
        strategy_title, _shown = title_of(doc.strategy, self.lang)
        parts.append(
            self._facts(
                [
                    (_("Country"), escape(country_name(m.country))),
                    (_("Currency"), escape(m.currency)),
                    (_("Strategy"), self._inline(doc.strategy.title, strategy_title)),
                    (_("Period"), escape(period(doc.strategy.start_year, doc.strategy.end_year))),
                ]
            )
        )
        c = counts(doc)
        parts.append(self._h2(_("Contents")))
        parts.append(
            self._facts(
                [
                    (_("Strategy sections"), str(c["sections"])),
                    (_("Strategic objectives"), str(c["objectives"])),
                    (_("Priorities"), str(c["priorities"])),
                    (_("Target groups"), str(c["target_groups"])),
                    (_("Action plans"), str(c["action_plans"])),
                    (_("Activities"), str(c["activities"])),
                ]
            )
        )
        parts.append(self._h2(_("Languages")))
        comp = completeness(doc)
        rows = "".join(
            "<tr><td>{}</td><td class='num' align='right'>{}%</td><td class='num' align='right'>{}%</td></tr>".format(
                escape(name),
                escape(format_number(round(comp[code]["percent"]), self.lang)),
                escape(format_number(_percent(comp[code]["done"], comp[code]["fields"]), self.lang)),
            )
            for code, name in CONTENT_LANGUAGES
        )
        parts.append(_GRID + _header(_("Language"), _("Written"), _("Translated or approved")) + f"{rows}</table>")
        return "".join(parts)

    def _strategy(self, s: Strategy) -> str:
        kind = _(KIND_LABELS.get(s.document_kind, KIND_LABELS["strategy"]))
        parts = [self._heading(s, escape(f"{kind} · {period(s.start_year, s.end_year)}"))]
        outline = printed_chapters(self.doc, parts_with_content(self.doc))
        if outline:
            parts.append(self._h2(_("Contents")))
            parts.append(self._contents(outline))
        if s.priorities:
            parts.append(self._h2(_("Priorities of the plan")))
            parts.append(self._priority_list(s.priorities))
        if s.objectives:
            parts.append(self._h2(_("Strategic objectives")))
            parts.append(self._objective_list(s.objectives))
        return "".join(parts)

    def _objective_list(self, objectives: list[Objective]) -> str:
        items = "".join(f"<li>{self._numbered_title(o)}</li>" for o in objectives)
        return f'<ul style="list-style-type: none;">{items}</ul>'

    def _contents(self, outline: list[Chapter]) -> str:
        """The document's chapters and parts in their order, sub-chapters indented under their chapter."""
        items = []
        for chapter in outline:
            if chapter.section is not None:
                title = self._title(chapter.section)
            else:
                title = escape(_(PART_NAMES.get(chapter.key, chapter.key)))
            indent = 1.5 * chapter.depth
            items.append(f'<p style="margin: 0 0 0 {indent}em;">{escape(chapter.number)}&nbsp;&nbsp;{title}</p>')
        return "".join(items)

    def _section(self, s: Section) -> str:
        parts = [self._heading(s, escape(_("Chapter")))]
        body = self._paragraphs(s.body)
        parts.append(body or _muted(_("This section has no text yet.")))
        for figure in s.figures:
            parts.append(f"<p>{self._figure_line(figure)}</p>")
        if s.sections:
            items = "".join(f"<li>{self._numbered_title(x)}</li>" for x in s.sections)
            parts.append(f'<ul style="list-style-type: none;">{items}</ul>')
        return "".join(parts)

    def _figure_line(self, figure: Figure) -> str:
        word = show(FIGURE_WORDS.get(self.lang, FIGURE_WORDS["en"]), self.lang)
        caption = self._inline(figure.caption)
        label = f"{word} {self.numbers.get(figure.id, '')}"
        return f"<i>{escape(label)}</i>: {caption}" if caption else f"<i>{escape(label)}</i>"

    def _figure(self, figure: Figure) -> str:
        parts = [f'<p class="title">{self._figure_line(figure)}</p>']
        image = QImage.fromData(figure.image or b"")
        if not image.isNull():
            size = _("{width} × {height} pixels").format(width=image.width(), height=image.height())
            parts.append(f'<p class="kind">{escape(size)}</p>')
        return "".join(parts)

    def _priority_list(self, priorities: list[Priority]) -> str:
        if not priorities:
            return ""
        items = "".join(f"<li>{self._numbered_title(p)}{self._priority_list(p.priorities)}</li>" for p in priorities)
        return f'<ul style="list-style-type: none;">{items}</ul>'

    def _activity_list(self, activities: list[Activity]) -> str:
        if not activities:
            return _muted(_("No activities yet."))
        items = []
        for act in activities:
            extra = [x for x in (self._inline(act.responsible), escape(format_span(act.start, act.end))) if x]
            more = f'<br><span class="muted">{" · ".join(extra)}</span>' if extra else ""
            items.append(f"<li>{self._numbered_title(act)}{more}</li>")
        return f'<ul style="list-style-type: none;">{"".join(items)}</ul>'

    def _objective(self, o: Objective) -> str:
        parts = [self._heading(o, escape(kind_name("objective")))]
        parts.append(self._paragraphs(o.description))
        if o.priorities:
            parts.append(self._h2(_("Priorities")))
            parts.append(self._priority_list(o.priorities))
        for plan in self.doc.action_plans:
            title, _shown = title_of(plan, self.lang)
            heading = _("Activities")
            if len(self.doc.action_plans) > 1:
                heading = f"{heading}: {title}"
            parts.append(self._h2(heading))
            parts.append(self._activity_list(self.doc.activities_of(plan, o)))
        return "".join(parts)

    def _priority(self, p: Priority) -> str:
        objective = self._objective_of(p)
        kind_line = escape(kind_name("priority"))
        if objective is not None:
            kind_line += " · " + numbered_html(self.numbers.get(objective.id), self._title(objective))
        parts = [self._heading(p, kind_line), self._paragraphs(p.description)]
        if p.priorities:
            parts.append(self._h2(_("Sub-priorities")))
            parts.append(self._priority_list(p.priorities))
        return "".join(parts)

    def _target_groups(self) -> str:
        title = _("Target groups")
        parts = [f'<p class="title">{escape(title)}</p>']
        if not self.doc.target_groups:
            parts.append(_muted(_("No target groups yet.")))
            return "".join(parts)
        rows = []
        for group in self.doc.target_groups:
            n = sum(1 for p in self.doc.action_plans for a in p.activities if group.id in a.target_group_ids)
            rows.append(f"<tr><td>{self._title(group)}</td><td class='num' align='right'>{n}</td></tr>")
        parts.append(_GRID + _header(_("Target group"), _("Activities")) + "".join(rows) + "</table>")
        return "".join(parts)

    def _target_group(self, g: TargetGroup) -> str:
        parts = [self._heading(g, escape(kind_name("target_group")))]
        parts.append(self._h2(_("Activities for this group")))
        acts = [a for p in self.doc.action_plans for a in self.doc.ordered_activities(p) if g.id in a.target_group_ids]
        parts.append(self._activity_list(acts))
        return "".join(parts)

    def _action_plan(self, plan: ActionPlan) -> str:
        kind_line = escape(f"{kind_name('action_plan')} · {period(plan.start_year, plan.end_year)}")
        parts = [self._heading(plan, kind_line)]
        parts.append(self._budget_summary(plan))
        for o in self.doc.strategy.objectives:
            parts.append(f'<p class="heading">{self._numbered_title(o)}</p>')
            parts.append(self._activity_list(self.doc.activities_of(plan, o)))
        return "".join(parts)

    def _budget_summary(self, plan: ActionPlan) -> str:
        totals: dict[tuple[str, int], Decimal] = {}
        for act in plan.activities:
            for line in act.budget_lines:
                key = (line.currency, line.year)
                totals[key] = totals.get(key, Decimal(0)) + line.amount
        if not totals:
            return ""
        rows = "".join(
            f"<tr><td>{year}</td><td class='num' align='right'>{escape(format_amount(v, cur, self.lang))}</td></tr>"
            for (cur, year), v in sorted(totals.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        )
        by_currency: dict[str, Decimal] = {}
        for (cur, _year), v in totals.items():
            by_currency[cur] = by_currency.get(cur, Decimal(0)) + v
        total = ", ".join(format_amount(v, cur, self.lang) for cur, v in sorted(by_currency.items()))
        total_label = _("Total")
        return (
            self._h2(_("Planned budget"))
            + _GRID
            + _header(_("Year"), _("Amount"))
            + rows
            + f"<tr><td><b>{escape(total_label)}</b></td><td class='num' align='right'><b>{escape(total)}</b></td>"
            + "</tr></table>"
        )

    def _activity(self, a: Activity) -> str:
        objective = self.doc.find(a.objective_id)
        kind_line = escape(kind_name("activity"))
        if isinstance(objective, Objective):
            kind_line += " · " + numbered_html(self.numbers.get(objective.id), self._title(objective))
        parts = [self._heading(a, kind_line)]
        parts.append(self._paragraphs(a.description))
        time_frame = escape(format_span(a.start, a.end))
        note = self._inline(a.timeframe_note)
        if note:
            time_frame = f"{time_frame}<br>{note}" if time_frame else note
        groups = [self.doc.find(g) for g in a.target_group_ids]
        group_html = ", ".join(self._title(g) for g in groups if isinstance(g, TargetGroup))
        parts.append(
            self._facts(
                [
                    (_("Responsible"), self._inline(a.responsible)),
                    (_("Partners"), self._inline(a.partners)),
                    (_("Time frame"), time_frame),
                    (_("Target groups"), group_html),
                ]
            )
        )
        parts.append(self._h2(_("Budget")))
        parts.append(self._budget_table(a))
        parts.append(self._h2(_("Indicators")))
        parts.append(self._indicator_table(a))
        notes = self._paragraphs(a.notes)
        if notes:
            parts.append(self._h2(_("Notes")))
            parts.append(notes)
        return "".join(parts)

    def _budget_table(self, a: Activity) -> str:
        if not a.budget_lines:
            return _muted(_("No budget planned."))
        head = "".join(f"<th>{escape(h)}</th>" for h in (_("Year"), _("Source"), _("Funder"), _("Amount")))
        rows = []
        totals: dict[str, Decimal] = {}
        for line in sorted(a.budget_lines, key=lambda x: x.year):
            totals[line.currency] = totals.get(line.currency, Decimal(0)) + line.amount
            amount = format_amount(line.amount, line.currency, self.lang)
            rows.append(
                f"<tr><td>{line.year}</td><td>{escape(source_name(line.source))}</td>"
                f"<td>{escape(line.funder)}</td>"
                f"<td class='num' align='right'>{escape(amount)}</td></tr>"
            )
        total = ", ".join(format_amount(v, cur, self.lang) for cur, v in sorted(totals.items()))
        total_label = _("Total")
        rows.append(
            f"<tr><td colspan='3'><b>{escape(total_label)}</b></td>"
            f"<td class='num' align='right'><b>{escape(total)}</b></td></tr>"
        )
        return f"{_GRID}<tr>{head}</tr>{''.join(rows)}</table>"

    def _indicator_table(self, a: Activity) -> str:
        if not a.indicators:
            return _muted(_("No indicators yet."))
        years = sorted({y for ind in a.indicators for y in ind.targets})
        head = [_("Indicator"), _("Unit"), _("Baseline")] + [_("Target {year}").format(year=y) for y in years]
        rows = []
        for ind in a.indicators:
            baseline = format_number(ind.baseline, self.lang) if ind.baseline is not None else ""
            cells = [self._inline(ind.name), self._inline(ind.unit)]
            values = [baseline] + [format_number(ind.targets[y], self.lang) if y in ind.targets else "" for y in years]
            row = "".join(f"<td>{c}</td>" for c in cells)
            row += "".join(f"<td class='num' align='right'>{escape(v)}</td>" for v in values)
            rows.append(f"<tr>{row}</tr>")
        header = "".join(f"<th>{escape(h)}</th>" for h in head)
        return f"{_GRID}<tr>{header}</tr>{''.join(rows)}</table>"


def language_tag(lang: str | None) -> str:
    """The small "[sq]" after a text shown in another language than the chosen one (styled inline so
    that a title's weight and the fallback's italics do not carry over)."""
    style = "font-size: 9.5pt; font-weight: normal; font-style: normal;"
    return f'<span class="tag" style="{style}">[{escape(lang or "")}]</span>'


def numbered_html(number: str | None, title_html: str) -> str:
    """A number before an already-escaped title."""
    return f"{escape(number)}&nbsp;{title_html}" if number else title_html


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 100


def render(doc: Document, kind: str, entity_id: str | None, lang: str) -> str:
    """The HTML page for one tree row of `doc` in content language `lang`."""
    return ContentRenderer(doc, lang).render(kind, entity_id)
