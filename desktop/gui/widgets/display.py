"""How the window names things: entity labels, numbers, amounts and time frames (Qt-free helpers)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop import formatting
from desktop.core.model import ActionPlan, Document, Entity, Municipality, Section, Strategy
from desktop.core.timeframe import PlanTime, TimeError
from desktop.gui.translation.serbian_script import best_in
from desktop.i18n import N_, _

# Content languages, named in their own language so everyone finds theirs (deliberately not translated).
CONTENT_LANGUAGES: tuple[tuple[str, str], ...] = (("sq", "Shqip"), ("sr", "Srpski"), ("en", "English"))

LANGUAGE_NAMES = {"sq": N_("Albanian"), "sr": N_("Serbian"), "en": N_("English")}
SECTION_NAMES = {"context": N_("Context"), "vision": N_("Vision"), "mission": N_("Mission"), "goal": N_("Goal")}
KIND_NAMES = {
    "municipality": N_("Municipality"),
    "strategy": N_("Strategy"),
    "section": N_("Section"),
    "figure": N_("Figure"),
    "plan_column": N_("Column of the action plan"),
    "objective": N_("Strategic objective"),
    "priority": N_("Priority"),
    "target_groups": N_("Target groups"),
    "target_group": N_("Target group"),
    "action_plan": N_("Action plan"),
    "activity": N_("Activity"),
    "decision": N_("Assembly decision"),
    "members": N_("Advisory group"),
    "member": N_("Member of the advisory group"),
    "meetings": N_("Meetings"),
    "meeting": N_("Meeting"),
    "consultations": N_("Consultations"),
    "consultation": N_("Consultation"),
    "versions": N_("Approval and versions"),
}
SOURCE_NAMES = {
    "municipal": N_("Municipal budget"),
    "central": N_("Central government"),
    "donor": N_("Donor"),
    "other": N_("Other"),
}
COUNTRY_NAMES = {"XK": N_("Kosovo"), "AL": N_("Albania"), "RS": N_("Serbia")}


def language_name(lang: str) -> str:
    return _(LANGUAGE_NAMES.get(lang, lang))


def kind_name(kind: str) -> str:
    return _(KIND_NAMES.get(kind, kind))


def source_name(source: str) -> str:
    return _(SOURCE_NAMES[source]) if source in SOURCE_NAMES else source


def country_name(country: str) -> str:
    return _(COUNTRY_NAMES[country]) if country in COUNTRY_NAMES else country


def format_number(value: Decimal | int, lang: str) -> str:
    """A number in the content language's format, without needless trailing zeros."""
    return formatting.format_number(Decimal(value), lang)


def format_amount(value: Decimal, currency: str, lang: str) -> str:
    """A money amount: whole amounts without cents, others with two decimals."""
    return formatting.format_amount(Decimal(value), currency, lang)


def format_time(value: str | None) -> str:
    """'2025-H1' -> 'H1 2025', '2025-Q3' -> 'Q3 2025', '2025-05' -> '05.2025', '2025' -> '2025'."""
    if not value:
        return ""
    try:
        t = PlanTime.parse(value)
    except TimeError:
        return value
    if t.part is None:
        return str(t.year)
    if t.part[0] in "HQ":
        return f"{t.part}\u00a0{t.year}"
    return f"{t.part}.{t.year}"


def format_span(start: str | None, end: str | None) -> str:
    s, e = format_time(start), format_time(end)
    if s and e and s != e:
        return f"{s} – {e}"
    return s or e


def period(start_year: int, end_year: int) -> str:
    return f"{start_year}–{end_year}" if start_year != end_year else str(start_year)


def title_of(entity: Entity, lang: str) -> tuple[str, str | None]:
    """An entity's name in `lang` (or its fallback), with a sensible default when it has none.

    Returns (text, shown language); the language is None for a default made up by the interface.
    """
    if isinstance(entity, Municipality):
        text, shown = best_in(entity.name, lang)
        return (text, shown) if text else (_("Municipality"), None)
    name = "name" if "name" in entity.TEXTS else "title" if "title" in entity.TEXTS else None
    if name is not None:
        text, shown = best_in(entity.text(name), lang)
        if text:
            return text, shown
    if isinstance(entity, Section) and entity.key in SECTION_NAMES:
        return _(SECTION_NAMES[entity.key]), None
    if isinstance(entity, Strategy):
        return _("Strategy"), None
    if isinstance(entity, ActionPlan):
        return _("Action plan"), None
    if entity.KIND == "decision":
        return _("Assembly decision"), None
    if entity.KIND == "member":
        return entity.name, None
    return _("(untitled)"), None


def dated_title(entity: Entity, lang: str) -> tuple[str, str | None]:
    """A meeting or consultation as listed: its date, then its title ("14.11.2024 – Third meeting")."""
    text, shown = title_of(entity, lang)
    if shown is None:  # no title of its own: the kind's name
        text = _(KIND_NAMES.get(entity.KIND, entity.KIND))
    day = iso_date(getattr(entity, "date", "") or "")
    return (f"{day} – {text}" if day else text), shown


def iso_date(value: str) -> str:
    """An ISO date as the interface writes dates; other text as it is."""
    try:
        return formatting.format_date(date.fromisoformat(value))
    except ValueError:
        return value


def first_line(text: str, limit: int = 160) -> str:
    """The first line of a text, shortened for a tree row."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def plan_label(plan: ActionPlan, lang: str) -> tuple[str, str | None]:
    text, shown = title_of(plan, lang)
    text = first_line(text)
    span = period(plan.start_year, plan.end_year)
    if span not in text.replace("-", "–"):  # unless the title already names the period
        text = f"{text} ({span})"
    if plan.superseded_by:
        text = f"{text} · " + _("version {n}, revised (read only)").format(n=plan.number)
    elif plan.version:
        text = f"{text} · " + _("version {n}").format(n=plan.number)
    return text, shown


def numbered(number: str | None, text: str) -> str:
    return f"{number} {text}" if number else text


def document_name(doc: Document, lang: str) -> str:
    return title_of(doc.municipality, lang)[0]


def budget_summary(doc: Document, lang: str) -> str:
    """One line for the status bar: the first plan's total budget and its split by year."""
    from desktop.core.stats import plan_totals

    plan = doc.action_plan
    if plan is None:
        return ""
    totals = plan_totals(doc, plan)
    if not totals["total"]:
        return _("No budget yet")
    parts = []
    for currency, total in sorted(totals["total"].items()):
        years = " · ".join(
            f"{year}: {format_amount(value, '', lang)}"  # as the grid and the budget lines show it
            for (year, cur), value in totals["year"].items()
            if cur == currency
        )
        parts.append(_("Budget {total} ({years})").format(total=format_amount(total, currency, lang), years=years))
    return "   ".join(parts)
