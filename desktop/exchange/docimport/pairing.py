"""Another language version of a plan already in the app: each chapter, objective, activity, own column and
decision line of the imported document paired with its counterpart in the plan, with a confidence, and the
items left unpaired on either side. Nothing is written here: `Pairing.texts()` lists what the core operation
`import_translation` stores, and a text the plan already has in that language is only replaced when ticked.

Pairs are found by structure, not by words (the versions are in different languages): the outline position
and numbering, what a translation keeps (numbers, years, amounts, dates, names and acronyms, the number of
paragraphs and sub-chapters, roughly the length) and, weakly, the letters the titles share ("Konteksti" /
"Kontekst"). Each list is aligned in order (an item more or fewer on one side leaves a gap), then what is left
is paired out of order when it is clearly the same item (a chapter moved)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.core.columns import cell_text, columns_of
from desktop.core.import_plan import (
    ImportedActivity,
    ImportedChapter,
    ImportedObjective,
    ImportedPlan,
    import_translation,
)
from desktop.core.model import ColumnLevel, Document, Entity
from desktop.core.operations import Change
from desktop.core.outline import chapters as outline_chapters
from desktop.core.richtext import to_plain
from desktop.core.search import fold
from desktop.translation.transliterate import to_latin

# An aligned pair counts when it is more alike than this; out of order it must be clearly alike.
IN_ORDER = 0.35
OUT_OF_ORDER = 0.6
MAX_ITEMS = 3000  # the alignment is quadratic: a list longer than this is aligned in order only

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ACRONYM = re.compile(r"\b[A-ZÇËŠŽČĆĐ]{2,}\b")
_NAME = re.compile(r"(?<=[a-zçëšžčćđ,;:] )[A-ZÇËŠŽČĆĐ][\wçëšžčćđ]{3,}")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+")


@dataclass
class PairText:
    """One text the import would store: an entity's field (or an own column's cell) in the imported language."""

    entity_id: str  # the entity holding the field; for a cell, the activity or objective
    field: str  # the field name; "" for a cell
    text: str
    replaces: str = ""  # the text the plan already has in that language, shown before it is replaced
    replace: bool = False  # ticked by the user: only then is `replaces` overwritten
    column_id: str = ""  # a cell of this own column

    @property
    def stored(self) -> bool:
        return not self.replaces or self.replace


@dataclass
class Pair:
    kind: str  # "title", "chapter", "figure", "objective", "activity", "column", "decision line"
    plan_label: str  # as the plan shows it (its own language)
    imported_label: str
    confidence: float  # 0..1
    texts: list[PairText] = field(default_factory=list)


@dataclass
class Unpaired:
    kind: str
    label: str


@dataclass
class Pairing:
    lang: str  # the imported document's language
    plan_lang: str  # the language the plan's labels are shown in
    pairs: list[Pair] = field(default_factory=list)
    only_in_plan: list[Unpaired] = field(default_factory=list)
    only_in_document: list[Unpaired] = field(default_factory=list)

    def replacements(self) -> list[PairText]:
        """The texts that would overwrite one the plan has in that language (each needs a tick)."""
        return [t for p in self.pairs for t in p.texts if t.replaces]

    def texts(self) -> list[PairText]:
        """What applying stores: every paired text that is new, and the ticked replacements."""
        return [t for p in self.pairs for t in p.texts if t.stored]

    def tick_all(self, replace: bool = True) -> None:
        for t in self.replacements():
            t.replace = replace

    def of(self, kind: str) -> list[Pair]:
        return [p for p in self.pairs if p.kind == kind]

    def entries(self) -> list[tuple[str, str, str, str]]:
        """What `import_translation` takes: (entity id, field, column id, text) of every text to store."""
        return [(t.entity_id, t.field, t.column_id, t.text) for t in self.texts()]


# -- what a translation keeps --------------------------------------------------------------------------------
@dataclass
class _Item:
    label: str
    number: str
    level: int
    title: str
    body: str
    shape: tuple[int, ...]  # paragraphs, sub-items, figures ...
    extra: str = ""  # language-independent values (dates, amounts) kept as anchors only
    ref: object = None
    _anchors: frozenset[str] | None = None

    @property
    def anchors(self) -> frozenset[str]:
        if self._anchors is None:
            self._anchors = anchors(f"{self.title}\n{self.body}\n{self.extra}")
        return self._anchors


def _latin(text: str) -> str:
    return to_latin(text) if re.search(r"[\u0400-\u04ff]", text) else text


def anchors(text: str) -> frozenset[str]:
    """What stays the same in a translation: numbers, acronyms, names (their first letters, as they inflect),
    addresses."""
    text = _latin(text)
    out = {n.strip(".,") for n in _NUMBER.findall(text)}
    out |= {a for a in _ACRONYM.findall(text)}
    out |= {"~" + fold(n)[:4] for n in _NAME.findall(text)}
    out |= {a.lower() for a in _ADDRESS.findall(text)}
    return frozenset(o for o in out if o)


def _trigrams(text: str) -> set[str]:
    words = f"  {fold(_latin(text))} "
    return {words[i : i + 3] for i in range(len(words) - 2)}


def _ratio(a: float, b: float) -> float:
    return (min(a, b) + 1) / (max(a, b) + 1)


def _number(text: str) -> str:
    return (text or "").strip().rstrip(".)").strip().upper()


def _number_score(a: str, b: str) -> float:
    """1 for the same number; half for a sub-chapter whose place under its chapter is the same ("4.1.2" and
    "5.1.2": a chapter inserted above renumbers only the first part)."""
    if a == b:
        return 1.0
    pa, pb = a.split("."), b.split(".")
    return 0.5 if len(pa) == len(pb) > 1 and pa[1:] == pb[1:] else 0.0


def similarity(a: _Item, b: _Item, number_weight: float = 0.2) -> float:
    """How alike two items of different language versions are, 0..1."""
    parts: list[tuple[float, float]] = []  # (weight, score)
    if a.number and b.number:
        parts.append((number_weight, _number_score(_number(a.number), _number(b.number))))
    if a.anchors or b.anchors:
        union = a.anchors | b.anchors
        parts.append((0.3, len(a.anchors & b.anchors) / len(union)))
    ta, tb = _trigrams(a.title), _trigrams(b.title)
    if ta and tb:
        parts.append((0.15, len(ta & tb) / len(ta | tb)))
    parts.append((0.15, _ratio(len(a.title) + len(a.body), len(b.title) + len(b.body))))
    if a.shape or b.shape:
        shape = [_ratio(x, y) for x, y in zip(a.shape, b.shape, strict=False)]
        parts.append((0.2, sum(shape) / len(shape) if shape else 0.0))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    if a.level != b.level:
        score *= 0.7
    return round(score, 3)


def align(plan: Sequence[_Item], doc: Sequence[_Item], score: Callable[[_Item, _Item], float]
          ) -> list[tuple[int, int, float]]:  # fmt: skip
    """(plan index, document index, score) pairs: the best alignment in order (a gap costs nothing, a pair
    gains its score above IN_ORDER), then the rest paired out of order where clearly alike."""
    n, m = len(plan), len(doc)
    if n * m > MAX_ITEMS * 50:
        pairs = [(i, i, score(plan[i], doc[i])) for i in range(min(n, m))]
        return [p for p in pairs if p[2] >= IN_ORDER]
    s = [[score(a, b) for b in doc] for a in plan]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = max(best[i + 1][j], best[i][j + 1], best[i + 1][j + 1] + s[i][j] - IN_ORDER)
    pairs: list[tuple[int, int, float]] = []
    i = j = 0
    while i < n and j < m:
        if s[i][j] >= IN_ORDER and best[i][j] == best[i + 1][j + 1] + s[i][j] - IN_ORDER:
            pairs.append((i, j, s[i][j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    pairs = _exchange(pairs, s)
    left_plan = {i for i in range(n)} - {p[0] for p in pairs}
    left_doc = {j for j in range(m)} - {p[1] for p in pairs}
    for value, i, j in sorted(((s[i][j], i, j) for i in left_plan for j in left_doc), reverse=True):
        if value < OUT_OF_ORDER:
            break
        if i in left_plan and j in left_doc:
            pairs.append((i, j, value))
            left_plan.discard(i)
            left_doc.discard(j)
    return sorted(pairs, key=lambda p: p[0])


def _exchange(pairs: list[tuple[int, int, float]], s: list[list[float]]) -> list[tuple[int, int, float]]:
    """Two aligned pairs exchanged where each is clearly more alike the other way round (two chapters whose
    places were swapped: an alignment in order cannot cross)."""
    if len(pairs) > 400:
        return pairs
    pairs = list(pairs)
    for _round in range(len(pairs)):
        changed = False
        for x in range(len(pairs)):
            for y in range(x + 1, len(pairs)):
                (i1, j1, _), (i2, j2, _) = pairs[x], pairs[y]
                crossed = s[i1][j2] + s[i2][j1]
                if crossed - (s[i1][j1] + s[i2][j2]) > 0.05 and min(s[i1][j2], s[i2][j1]) >= IN_ORDER:
                    pairs[x], pairs[y] = (i1, j2, s[i1][j2]), (i2, j1, s[i2][j1])
                    changed = True
        if not changed:
            break
    return pairs


# -- the two sides ---------------------------------------------------------------------------------------------
def _label(number: str, title: str) -> str:
    title = " ".join(title.split())
    return " ".join(filter(None, (number, title[:90] + ("…" if len(title) > 90 else ""))))


def _paragraphs(text: str) -> int:
    return len([line for line in text.split("\n") if line.strip()])


def _doc_chapters(doc: Document, lang: str) -> list[_Item]:
    out = []
    for c in outline_chapters(doc):
        s = c.section
        if s is None or (s.title.is_empty() and s.body.is_empty()):
            continue
        title, body = s.title.best(lang)[0], to_plain(s.body.best(lang)[0])  # words, not a structured form's tags
        shape = (_paragraphs(body), len(s.sections), len(s.figures))
        out.append(_Item(_label(c.number, title), c.number, c.depth, title, body, shape, ref=s))
    return out


def _imported_chapters(items: list[ImportedChapter], level: int = 0) -> list[_Item]:
    out = []
    for ch in items:
        body = to_plain(ch.body)
        shape = (_paragraphs(body), len(ch.chapters), len(ch.figures))
        out.append(_Item(_label(ch.number, ch.title), ch.number, level, ch.title, body, shape, ref=ch))
        out.extend(_imported_chapters(ch.chapters, level + 1))
    return out


def _activity_values(act) -> str:
    """A plan activity's or an imported row's dates and amounts, the same in any language."""
    if isinstance(act, ImportedActivity):
        values = [act.start or "", act.end or "", str(act.amount or "")]
    else:
        values = [act.start or "", act.end or "", *(str(b.amount) for b in act.budget_lines)]
    return " ".join(v for v in values if v)


class _Builder:
    def __init__(self, doc: Document, plan: ImportedPlan, plan_lang: str) -> None:
        self.doc, self.plan, self.lang = doc, plan, plan.lang
        self.result = Pairing(lang=plan.lang, plan_lang=plan_lang)

    def text(self, entity: Entity, name: str, text: str, out: list[PairText]) -> None:
        text = text.strip()
        if not text:
            return
        existing = entity.text(name).get(self.lang)
        if existing == text:
            return  # already there: nothing to store or to show
        out.append(PairText(entity.id, name, text, replaces=existing))

    def cell(self, column, item: Entity, text: str, out: list[PairText]) -> None:
        text = text.strip()
        if not text or self.doc.action_plan is None:
            return
        existing = cell_text(self.doc.action_plan, column, item).get(self.lang)
        if existing != text:
            out.append(PairText(item.id, "", text, replaces=existing, column_id=column.id))

    def pair(self, kind: str, a: _Item, b: _Item, confidence: float) -> Pair:
        p = Pair(kind, a.label, b.label, confidence)
        self.result.pairs.append(p)
        return p

    def unpaired(self, kind: str, plan_items: Sequence[_Item], doc_items: Sequence[_Item],
                 pairs: list[tuple[int, int, float]]) -> None:  # fmt: skip
        seen_a, seen_b = {p[0] for p in pairs}, {p[1] for p in pairs}
        self.result.only_in_plan += [Unpaired(kind, a.label) for i, a in enumerate(plan_items) if i not in seen_a]
        self.result.only_in_document += [Unpaired(kind, b.label) for j, b in enumerate(doc_items) if j not in seen_b]

    # -- each kind -------------------------------------------------------------------------------------------
    def titles(self) -> None:
        doc, plan = self.doc, self.plan
        for entity, text, kind in ((doc.strategy, plan.title, "title"),
                                   (doc.action_plan, plan.plan_title, "title")):  # fmt: skip
            if entity is None or not text or entity.title.is_empty():
                continue
            p = Pair(kind, _label("", entity.title.best(self.result.plan_lang)[0]), _label("", text), 1.0)
            self.text(entity, "title", text, p.texts)
            if p.texts:
                self.result.pairs.append(p)

    def facts(self) -> None:
        """The donors and partners of a project, each one text."""
        strategy = self.doc.strategy
        for name in ("donors", "partners"):
            text = getattr(self.plan, name)
            if not text:
                continue
            mine = strategy.text(name).best(self.result.plan_lang)[0]
            if not mine:
                self.result.only_in_document.append(Unpaired(name, _label("", text)))
                continue
            p = Pair(name, _label("", mine), _label("", text), 1.0)
            own = strategy.text(name).get(self.lang)
            if own and _names_of(own) == _names_of(text):
                continue  # the same names, one a line or on one line with commas (as a cover prints them)
            self.text(strategy, name, text, p.texts)
            self.result.pairs.append(p)

    def listed(self, kind: str, mine: list[tuple[Entity, int]], theirs: list[tuple[str, int]], field: str) -> None:
        """Items known by one text each (priorities, target groups), aligned in order."""
        lang = self.result.plan_lang

        def places(levels: list[int]) -> list[str]:
            # Their place in the list ("2.3": the third under the second) stands in for a number.
            out, counts = [], [0, 0]
            for level in levels:
                counts[level] += 1
                counts[level + 1 :] = [0] * (1 - level)
                out.append(".".join(str(n) for n in counts[: level + 1]))
            return out

        a_numbers, b_numbers = places([lv for _e, lv in mine]), places([lv for _t, lv in theirs])
        a_items = []
        for (entity, level), number in zip(mine, a_numbers, strict=True):
            text = entity.text(field).best(lang)[0]
            a_items.append(_Item(_label("", text), number, level, text, "", (), ref=entity))
        b_items = [
            _Item(_label("", t), n, level, t, "", (), ref=t) for (t, level), n in zip(theirs, b_numbers, strict=True)
        ]
        pairs = align(a_items, b_items, lambda a, b: similarity(a, b, 0.45))
        for i, j, score in pairs:
            p = self.pair(kind, a_items[i], b_items[j], score)
            self.text(a_items[i].ref, field, b_items[j].ref, p.texts)
        self.unpaired(kind, a_items, b_items, pairs)

    def priorities(self) -> None:
        mine = [x for p in self.doc.strategy.priorities for x in [(p, 0), *((s, 1) for s in p.priorities)]]
        theirs = [x for title, subs in self.plan.plan_priorities for x in [(title, 0), *((s, 1) for s in subs)]]
        if mine or theirs:
            self.listed("priority", mine, theirs, "title")

    def groups(self) -> None:
        mine = [(g, 0) for g in self.doc.target_groups]
        theirs = [(g, 0) for g in self.plan.target_groups]
        if theirs:
            self.listed("target group", mine, theirs, "name")

    def chapters(self) -> None:
        mine = _doc_chapters(self.doc, self.result.plan_lang)
        theirs = _imported_chapters(self.plan.chapters)
        pairs = align(mine, theirs, similarity)
        for i, j, score in pairs:
            a, b = mine[i], theirs[j]
            section, chapter = a.ref, b.ref
            p = self.pair("chapter", a, b, score)
            self.text(section, "title", chapter.title, p.texts)
            self.text(section, "body", chapter.body, p.texts)
            for figure, (_image, caption) in zip(section.figures, chapter.figures, strict=False):
                self.text(figure, "caption", caption, p.texts)
        self.unpaired("chapter", mine, theirs, pairs)

    def columns(self) -> dict[str, object]:
        """The plan's own columns paired by their order at each level; imported name -> column."""
        target = self.doc.action_plan
        out: dict[str, object] = {}
        if target is None:
            return out
        for level in (ColumnLevel.ACTIVITY.value, ColumnLevel.OBJECTIVE.value):
            mine = [c for c in columns_of(target) if not c.key and c.level == level]
            theirs = [name for name, lvl in self.plan.own_columns if lvl == level]
            for column, name in zip(mine, theirs, strict=False):
                out[name] = column
                p = Pair("column", column.name.best(self.result.plan_lang)[0], name, 0.8)
                self.text(column, "name", name, p.texts)
                if p.texts:
                    self.result.pairs.append(p)
            self.result.only_in_plan += [Unpaired("column", c.name.best(self.result.plan_lang)[0])
                                         for c in mine[len(theirs):]]  # fmt: skip
            self.result.only_in_document += [Unpaired("column", n) for n in theirs[len(mine) :]]
        return out

    def objectives(self, columns: dict[str, object]) -> None:
        doc, lang = self.doc, self.result.plan_lang
        numbers = doc.numbers()
        mine = []
        for o in doc.strategy.objectives:
            title, description = o.title.best(lang)[0], o.description.best(lang)[0]
            count = sum(1 for a in (doc.action_plan.activities if doc.action_plan else ()) if a.objective_id == o.id)
            mine.append(_Item(_label(numbers.get(o.id, ""), title), numbers.get(o.id, ""), 0, title, description,
                              (count,), ref=o))  # fmt: skip
        theirs = []
        for n, o in enumerate(self.plan.objectives, 1):
            number = _number(o.number) or str(n)
            theirs.append(_Item(_label(o.number, o.title), number, 0, o.title, o.description,
                                (len(o.activities),), ref=o))  # fmt: skip
        pairs = align(mine, theirs, lambda a, b: similarity(a, b, 0.3))
        for i, j, score in pairs:
            a, b = mine[i], theirs[j]
            objective, imported = a.ref, b.ref
            p = self.pair("objective", a, b, score)
            self.text(objective, "title", imported.title, p.texts)
            self.text(objective, "description", imported.description, p.texts)
            for name, text in imported.cells.items():
                if name in columns:
                    self.cell(columns[name], objective, text, p.texts)
            if imported.priorities:
                own_priorities = [
                    x for p in objective.priorities for x in [(p, 0), *((sub, 1) for sub in p.priorities)]
                ]
                subs = imported.sub_priorities
                their_priorities = [x for n, t in enumerate(imported.priorities)
                          for x in [(t, 0), *((sub, 1) for at, sub in subs if at == n)]]  # fmt: skip
                self.listed("priority", own_priorities, their_priorities, "title")
            self.activities(objective, imported, columns, numbers)
        self.unpaired("objective", mine, theirs, pairs)
        for i, a in enumerate(mine):
            if i not in {p[0] for p in pairs}:
                self.result.only_in_plan += [Unpaired("activity", x.label) for x in self._my_activities(a.ref, numbers)]
        for j, b in enumerate(theirs):
            if j not in {p[1] for p in pairs}:
                self.result.only_in_document += [Unpaired("activity", x.label) for x in self._their_activities(b.ref)]

    def _my_activities(self, objective, numbers: dict[str, str]) -> list[_Item]:
        target = self.doc.action_plan
        if target is None:
            return []
        out = []
        lang = self.result.plan_lang
        for act in self.doc.ordered_activities(target):
            if act.objective_id != objective.id:
                continue
            number = numbers.get(act.id, "")
            title = act.title.best(lang)[0]
            body = "\n".join(act.text(n).best(lang)[0] for n in ("description", "responsible", "timeframe_note"))
            depth = 0
            parent = act.parent_id
            while parent and depth < 5:
                depth += 1
                found = self.doc.find(parent)
                parent = getattr(found, "parent_id", None)
            out.append(_Item(_label(number, title), number, depth, title, body, (), _activity_values(act), ref=act))
        return out

    def _their_activities(self, objective: ImportedObjective) -> list[_Item]:
        out = []
        for act in objective.activities:
            body = "\n".join(act.texts.get(n, "") for n in ("description", "responsible", "timeframe_note"))
            number = act.number or ""
            out.append(_Item(_label(number, act.title), number, act.level, act.title, body, (),
                             _activity_values(act), ref=act))  # fmt: skip
        return out

    def activities(self, objective, imported: ImportedObjective, columns: dict[str, object],
                   numbers: dict[str, str]) -> None:  # fmt: skip
        mine, theirs = self._my_activities(objective, numbers), self._their_activities(imported)
        # The number first (a kept "1.5" is the same row in both versions), then the order within the objective.
        pairs = align(mine, theirs, lambda a, b: similarity(a, b, 0.45))
        for i, j, score in pairs:
            a, b = mine[i], theirs[j]
            act, row = a.ref, b.ref
            p = self.pair("activity", a, b, score)
            self.text(act, "title", row.title, p.texts)
            for name, text in row.texts.items():
                if name in act.TEXTS:
                    self.text(act, name, text, p.texts)
            for name, text in row.cells.items():
                if name in columns:
                    self.cell(columns[name], act, text, p.texts)
        self.unpaired("activity", mine, theirs, pairs)

    def decision(self) -> None:
        decision, lines = self.doc.decision, self.plan.decision
        if decision is None:
            if lines:
                self.result.only_in_document.append(Unpaired("decision line", "decision"))
            return
        lang = self.result.plan_lang
        for name in decision.TEXTS:
            mine, theirs = decision.text(name).best(lang)[0], lines.get(name, "")
            if not theirs:
                continue
            if not mine:
                self.result.only_in_document.append(Unpaired("decision line", _label("", theirs)))
                continue
            confidence = 1.0
            if name == "points":
                a, b = _points(mine), _points(theirs)
                confidence = _ratio(len(a), len(b)) if len(a) != len(b) else 1.0
                for extra in a[len(b) :]:
                    self.result.only_in_plan.append(Unpaired("decision point", _label("", extra)))
                for extra in b[len(a) :]:
                    self.result.only_in_document.append(Unpaired("decision point", _label("", extra)))
            p = Pair("decision line", _label("", mine), _label("", theirs), round(confidence, 3))
            self.text(decision, name, theirs, p.texts)
            self.result.pairs.append(p)


def _names_of(text: str) -> list[str]:
    return [n.strip() for n in re.split(r"[,\n]", text) if n.strip()]


def _points(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def pair(doc: Document, plan: ImportedPlan, plan_lang: str | None = None) -> Pairing:
    """Pair an imported language version with the plan's items; `plan_lang`: the language the plan's labels
    are shown in (default: the plan's own)."""
    builder = _Builder(doc, plan, plan_lang or plan_language(doc, plan.lang))
    builder.titles()
    builder.facts()
    builder.chapters()
    columns = builder.columns()
    builder.objectives(columns)
    builder.priorities()
    builder.groups()
    builder.decision()
    return builder.result


def apply_pairing(pairing: Pairing, doc: Document) -> Change:
    """Store the paired texts (the ticked replacements among them) as one undoable step."""
    return import_translation(doc, pairing.lang, pairing.entries())


apply_pairing.compound = True


def plan_language(doc: Document, other_than: str | None = None) -> str:
    """The language most of the plan's titles were written in (other than `other_than` when it has one)."""
    counts: dict[str, int] = {}
    for entity in _titled(doc):
        source = entity.title.source
        if source:
            counts[source] = counts.get(source, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])
    return next((k for k in ranked if k != other_than), ranked[0] if ranked else "sq")


def _titled(doc: Document) -> list[Entity]:
    items: list[Entity] = [*doc.strategy.sections, *doc.strategy.objectives]
    if doc.action_plan is not None:
        items += doc.action_plan.activities
    return items


def other_language_content(doc: Document, lang: str) -> bool:
    """Whether the plan was written in a language other than `lang`: a document in `lang` imported into it is
    then offered as its translation, to be paired rather than added."""
    return any(e.title.source and e.title.source != lang for e in _titled(doc)) and plan_language(doc) != lang
