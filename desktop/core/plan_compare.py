"""What changed between two versions of an action plan, activity by activity (for the revised plan's readers).

A revised plan copies the activities it continues, each pointing to the one it continues through
`Activity.origin_id`; a split makes two copies with the same origin. Matching follows those links
(through intermediate versions too), so an edited title is a change, not a removal and an addition.
Only the years both versions cover are compared: a revision starts after the reviewed year, and the
money of past years it leaves out is history, not a change.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core.model import ActionPlan, Activity, Document, Indicator
from desktop.core.richtext import to_plain
from desktop.core.text import LANGUAGES
from desktop.core.textdiff import word_diff

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True)
class FieldChange:
    """One difference. `field` is an activity text field, "objective", "timeframe", "target_groups",
    "budget" or "indicator"; the optional attributes say which language, year, source or indicator."""

    field: str
    old: object
    new: object
    lang: str | None = None  # texts
    year: int | None = None  # budget, indicator targets
    source: str | None = None  # budget
    currency: str | None = None  # budget
    indicator_id: str | None = None  # the indicator in the new version (the old one when it was removed)
    part: str | None = None  # indicator: "name", "unit", "baseline", "target", "added", "removed"
    diff: tuple[tuple[str, str], ...] = ()  # texts: word_diff(old, new)


@dataclass
class ItemChange:
    """An activity added, removed or changed. An activity split off another one is "added" with its `origin_id`."""

    kind: str
    old_id: str | None
    new_id: str | None
    changes: list[FieldChange] = field(default_factory=list)
    origin_id: str | None = None


def compare_plans(doc: Document, old_plan_id: str, new_plan_id: str) -> list[ItemChange]:
    """The differences between two plan versions, in reading order (objective by objective).

    Unchanged activities are left out. Raises LookupError when a plan does not exist.
    """
    old_plan = doc.get(old_plan_id, ActionPlan)
    new_plan = doc.get(new_plan_id, ActionPlan)
    first, last = max(old_plan.start_year, new_plan.start_year), min(old_plan.end_year, new_plan.end_year)
    years = set(range(first, last + 1)) if first <= last else None  # unrelated periods: compare every year

    old_acts = doc.ordered_activities(old_plan)
    old_ids = {a.id for a in old_acts}
    successors: dict[str, list[Activity]] = defaultdict(list)
    unmatched: list[Activity] = []
    for act in doc.ordered_activities(new_plan):
        origin = _origin_in(doc, act, old_ids)
        (successors[origin] if origin else unmatched).append(act)

    by_new: dict[str, ItemChange] = {}
    removed: list[ItemChange] = []
    for old in old_acts:
        followers = successors.get(old.id, [])
        if not followers:
            removed.append(ItemChange(REMOVED, old.id, None))
            continue
        main = _closest(old, followers)
        for act in followers:
            if act is main:
                changes = diff_activities(old, act, years)
                if changes:
                    by_new[act.id] = ItemChange(CHANGED, old.id, act.id, changes)
            else:
                by_new[act.id] = ItemChange(ADDED, None, act.id, origin_id=old.id)
    for act in unmatched:
        by_new[act.id] = ItemChange(ADDED, None, act.id)

    # Reading order: each objective's activities as the new version lists them, then those it dropped.
    rank = {o.id: i for i, o in enumerate(doc.objectives)}
    keyed = [
        ((rank.get(a.objective_id, len(rank)), 0, i), by_new[a.id])
        for i, a in enumerate(doc.ordered_activities(new_plan))
        if a.id in by_new
    ]
    old_objective = {a.id: a.objective_id for a in old_acts}
    keyed += [((rank.get(old_objective[item.old_id], len(rank)), 1, i), item) for i, item in enumerate(removed)]
    return [item for _key, item in sorted(keyed, key=lambda pair: pair[0])]


def _origin_in(doc: Document, act: Activity, old_ids: set[str]) -> str | None:
    """The activity of the old version `act` continues, following origins through versions in between."""
    if act.id in old_ids:
        return act.id  # the same activity (a plan compared with itself)
    seen: set[str] = set()
    origin = act.origin_id
    while origin and origin not in seen:
        if origin in old_ids:
            return origin
        seen.add(origin)
        ancestor = doc.find(origin)
        origin = ancestor.origin_id if isinstance(ancestor, Activity) else None
    return None


def _closest(old: Activity, candidates: list[Activity]) -> Activity:
    """Of the activities continuing `old` (two after a split), the one that continues it: the most similar title."""

    def likeness(act: Activity) -> float:
        pairs = [(old.title.get(lang), act.title.get(lang)) for lang in LANGUAGES]
        return max((difflib.SequenceMatcher(None, a, b).ratio() for a, b in pairs if a or b), default=0.0)

    return max(candidates, key=lambda act: (likeness(act), -candidates.index(act)))


def diff_activities(old: Activity, new: Activity, years: set[int] | None = None) -> list[FieldChange]:
    """The fields in which two versions of an activity differ (`years`: the budget years to compare)."""
    out: list[FieldChange] = []
    for name in Activity.TEXTS:
        out.extend(text_changes(name, old.text(name), new.text(name)))
    if old.objective_id != new.objective_id:
        out.append(FieldChange("objective", old.objective_id, new.objective_id))
    if (old.start, old.end) != (new.start, new.end):
        out.append(FieldChange("timeframe", (old.start, old.end), (new.start, new.end)))
    if set(old.target_group_ids) != set(new.target_group_ids):
        out.append(FieldChange("target_groups", list(old.target_group_ids), list(new.target_group_ids)))
    out.extend(_budget_changes(old, new, years))
    out.extend(_indicator_changes(old.indicators, new.indicators, years))
    return out


def text_changes(name: str, old, new, **extra) -> Iterable[FieldChange]:
    for lang in LANGUAGES:
        # Structured texts are compared by their words (lists as "• " lines, footnotes at the end).
        before, after = to_plain(old.get(lang)), to_plain(new.get(lang))
        if before != after:
            yield FieldChange(name, before, after, lang=lang, diff=tidy_diff(word_diff(before, after)), **extra)


def _common_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def _at_word_edge(text: str, k: int) -> bool:
    return k in (0, len(text)) or text[k].isspace() or text[k - 1].isspace()


def tidy_diff(pieces: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """word_diff's pieces with the whole words a replacement keeps moved out of it.

    word_diff keeps the spaces after a word in its token, so "ditore" -> "ditore për" replaces "ditore"
    by "ditore për"; readers should see only "për" inserted.
    """
    out: list[tuple[str, str]] = []

    def add(kind: str, text: str) -> None:
        if text:
            if out and out[-1][0] == kind:
                out[-1] = (kind, out[-1][1] + text)
            else:
                out.append((kind, text))

    i = 0
    while i < len(pieces):
        if i + 1 < len(pieces) and pieces[i][0] == "delete" and pieces[i + 1][0] == "insert":
            old, new = pieces[i][1], pieces[i + 1][1]
            k = _common_prefix(old, new)
            while k and not (_at_word_edge(old, k) and _at_word_edge(new, k)):
                k -= 1
            m = min(_common_prefix(old[k:][::-1], new[k:][::-1]), len(old) - k, len(new) - k)
            while m and not (_at_word_edge(old, len(old) - m) and _at_word_edge(new, len(new) - m)):
                m -= 1
            add("equal", old[:k])
            add("delete", old[k : len(old) - m])
            add("insert", new[k : len(new) - m])
            add("equal", old[len(old) - m :])
            i += 2
            continue
        add(*pieces[i])
        i += 1
    return tuple(out)


def _budget_changes(old: Activity, new: Activity, years: set[int] | None) -> list[FieldChange]:
    def sums(act: Activity) -> dict[tuple[int, str, str], Decimal]:
        out: dict[tuple[int, str, str], Decimal] = defaultdict(Decimal)
        for line in act.budget_lines:
            if years is None or line.year in years:
                out[(line.year, line.source, line.currency)] += line.amount
        return out

    before, after = sums(old), sums(new)
    return [
        FieldChange("budget", before.get(key), after.get(key), year=key[0], source=key[1], currency=key[2])
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]


def _pair_indicators(old: list[Indicator], new: list[Indicator]) -> list[tuple[Indicator | None, Indicator | None]]:
    """Indicators matched by an equal name in some language, the rest by position."""
    left = list(old)
    pairs: list[tuple[Indicator | None, Indicator | None]] = []
    rest: list[Indicator] = []
    for ind in new:
        match = next(
            (o for o in left if any(ind.name.get(x) and ind.name.get(x) == o.name.get(x) for x in LANGUAGES)), None
        )
        if match is None:
            rest.append(ind)
            continue
        left.remove(match)
        pairs.append((match, ind))
    for ind in rest:
        pairs.append((left.pop(0) if left else None, ind))
    pairs.extend((o, None) for o in left)
    return pairs


def _indicator_changes(old: list[Indicator], new: list[Indicator], years: set[int] | None) -> list[FieldChange]:
    out: list[FieldChange] = []
    for before, after in _pair_indicators(old, new):
        if before is None or after is None:
            ind = after or before
            part = "added" if before is None else "removed"
            out.append(FieldChange("indicator", None, None, indicator_id=ind.id, part=part))
            continue
        for name in ("name", "unit"):
            out.extend(text_changes("indicator", before.text(name), after.text(name), indicator_id=after.id, part=name))
        if before.baseline != after.baseline:
            out.append(
                FieldChange("indicator", before.baseline, after.baseline, indicator_id=after.id, part="baseline")
            )
        for year in sorted(set(before.targets) | set(after.targets)):
            if (years is None or year in years) and before.targets.get(year) != after.targets.get(year):
                out.append(
                    FieldChange(
                        "indicator",
                        before.targets.get(year),
                        after.targets.get(year),
                        year=year,
                        indicator_id=after.id,
                        part="target",
                    )
                )
    return out
