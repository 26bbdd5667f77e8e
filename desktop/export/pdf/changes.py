"""The changes since the approved version, as PDF: what the assembly would approve anew.

Two documents are compared item by item (`core.version_compare`): the header names both sides (an
approved version with its decision, or the working draft), a summary counts what was added, removed,
changed and moved, then each item follows with its number and title, and per field and language its
text with the deleted words struck through in dark red and the inserted ones underlined in dark green;
dates, amounts, targets and places in the plan are shown as "before → after". Only the chosen
languages' texts are shown; with two or three languages each stands in its own column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable, HRFlowable

from desktop.core.model import Activity, Document, Entity, Indicator, Version
from desktop.core.plan_compare import FieldChange
from desktop.core.version_compare import ADDED, CHANGED, MOVED, REMOVED, VersionChange, compare_documents, counts
from desktop.export.pdf.action_plan import SOURCES, format_span
from desktop.export.pdf.decision import official_date
from desktop.export.pdf.document import ExportError, ExportResult, checked_languages, render
from desktop.export.pdf.layout import Writer
from desktop.export.pdf.markup import literal
from desktop.export.pdf.naming import kind_label, title_field
from desktop.export.pdf.pages import PageSetup
from desktop.export.pdf.styles import ACCENT, LANDSCAPE, LANDSCAPE_MARGIN, MARGIN, MUTED, PORTRAIT, make_styles
from desktop.export.pdf.texts import Labels, in_script, text_in
from desktop.formatting import format_amount, format_number

DELETED = "#8B0000"  # dark red
INSERTED = "#006400"  # dark green
CONTEXT_WORDS = 15  # of an unchanged stretch, the words kept on each side of a change
ARROW = " → "
QUOTES = {"sq": ("„", "“"), "sr": ("„", "“"), "en": ("“", "”")}
_TOKENS = re.compile(r"\S+\s*|\s+")


# -- what is shown ----------------------------------------------------------------------------------


def _visible(fc: FieldChange, langs: tuple[str, ...]) -> bool:
    """A text change in a language not chosen is left out; every other change is shown."""
    return fc.lang is None or fc.lang in langs


def shown_changes(old_doc: Document, new_doc: Document, langs: tuple[str, ...]) -> list[VersionChange]:
    """The comparison without the text changes of languages not chosen (and items left with none)."""
    out = []
    for c in compare_documents(old_doc, new_doc):
        if c.change in (ADDED, REMOVED):
            out.append(c)
            continue
        fields = [fc for fc in c.changes if _visible(fc, langs)]
        if fields or c.moved:
            out.append(VersionChange(CHANGED if fields else MOVED, c.kind, c.old, c.new, fields, c.moved))
    return out


# -- word-level differences ---------------------------------------------------------------------------


def _shorten(text: str, keep_head: bool, keep_tail: bool) -> str:
    """An unchanged stretch: only the words next to a change, "…" for the rest."""
    tokens = _TOKENS.findall(text)
    words = sum(1 for t in tokens if t.strip())
    if keep_head and keep_tail:
        if words <= 2 * CONTEXT_WORDS + 5:
            return text
        return "".join(tokens[:CONTEXT_WORDS]).rstrip() + " … " + "".join(tokens[-CONTEXT_WORDS:])
    if words <= CONTEXT_WORDS + 3:
        return text
    if keep_head:
        return "".join(tokens[:CONTEXT_WORDS]).rstrip() + " …"
    return "… " + "".join(tokens[-CONTEXT_WORDS:])


def diff_markup(pieces: Iterable[tuple[str, str]], lang: str, script: str) -> str:
    """Paragraph markup of a word diff: deletions struck through in dark red, insertions underlined in
    dark green, long unchanged stretches shortened. User text is escaped (it is printed literally)."""
    pieces = [(op, text) for op, text in pieces if text]
    out = []
    for i, (op, text) in enumerate(pieces):
        text = in_script(text, lang, script)
        before = pieces[i - 1] if i else ("", " ")
        if op == "insert" and before[0] == "delete" and not before[1][-1:].isspace() and not text[:1].isspace():
            out.append(" ")  # the words replaced and their replacement apart
        if op == "equal":
            out.append(literal(_shorten(text, keep_head=i > 0, keep_tail=i < len(pieces) - 1)))
        elif op == "delete":
            out.append(f'<font color="{DELETED}"><strike color="{DELETED}">{literal(text)}</strike></font>')
        else:
            out.append(f'<font color="{INSERTED}"><u color="{INSERTED}">{literal(text)}</u></font>')
    return "".join(out)


# -- the parts of one item ----------------------------------------------------------------------------


def _styles(w: Writer) -> dict[str, ParagraphStyle]:
    s = w.styles
    return {
        "head": ParagraphStyle("changes_head", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceAfter=2),
        "title": ParagraphStyle(
            "changes_title",
            parent=s.body_left,
            fontName=s.bold,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=6,
        ),
        "side": ParagraphStyle("changes_side", parent=s.body_left, fontSize=9, leading=12, spaceAfter=2),
        "kind": ParagraphStyle("changes_kind", parent=s.small, spaceAfter=4),
        "field": ParagraphStyle(
            "changes_field", parent=s.body_left, fontName=s.bold, fontSize=8.5, leading=11, textColor=MUTED
        ),
        "text": ParagraphStyle("changes_text", parent=s.body_left, fontSize=9.5, leading=13, spaceAfter=5),
        "unchanged": ParagraphStyle(
            "changes_unchanged", parent=s.body_left, fontName=s.italic, fontSize=9, textColor=MUTED, spaceAfter=5
        ),
    }


def _quoted(text: str, lang: str) -> str:
    left, right = QUOTES.get(lang, QUOTES["en"])
    return f"{left}{text}{right}"


def _field_label(w: Writer, name: str, lang: str) -> str:
    for key in (f"field_{name}", f"col_{name}", name):
        if key in w.labels[lang]:
            return w.label(key, lang)
    return name.replace("_", " ")


def _indicator_label(w: Writer, docs: tuple[Document, Document], indicator_id: str | None, lang: str) -> str:
    """ "Indicator „Places in the centre“", the name from the version the indicator is in."""
    label = w.label("item_indicator", lang)
    for doc in reversed(docs):
        ind = doc.find(indicator_id) if indicator_id else None
        if isinstance(ind, Indicator):
            name = text_in(ind.name, lang, w.script)
            return f"{label} {_quoted(name, lang)}" if name else label
    return label


def _number(value: object, w: Writer, lang: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, Decimal):  # targets and baselines; years and other whole scalars stay as they are
        return format_number(value, w.locale(lang))
    return str(value)


def _group_names(docs: tuple[Document, Document], ids: list[str], w: Writer, lang: str) -> str:
    names = []
    for gid in ids:
        entity = docs[1].find(gid) or docs[0].find(gid)
        name = text_in(entity.name, lang, w.script) if entity is not None and hasattr(entity, "name") else ""
        names.append(name or "?")
    return ", ".join(names) or "–"


def _fact(w: Writer, fc: FieldChange, docs: tuple[Document, Document], lang: str) -> str:
    """A change that is not a text, in plain words: "Time frame: 2025–2026 → 2025–2027"."""
    name = fc.field
    if name == "timeframe":
        before, after = (format_span(*v) if v else "" for v in (fc.old, fc.new))
        return f"{_field_label(w, 'timeframe', lang)}: {before or '–'}{ARROW}{after or '–'}"
    if name == "target_groups":
        before, after = _group_names(docs, fc.old, w, lang), _group_names(docs, fc.new, w, lang)
        return f"{w.label('target_groups', lang)}: {before}{ARROW}{after}"
    if name == "budget":
        source = w.label(fc.source, lang) if fc.source in SOURCES else (fc.source or "")
        locale = w.locale(lang)
        before, after = (
            format_amount(v, fc.currency or "", locale) if v is not None else "–" for v in (fc.old, fc.new)
        )
        return f"{w.label('field_budget', lang)} {fc.year}, {source}: {before}{ARROW}{after}"
    if name == "indicator":
        label = _indicator_label(w, docs, fc.indicator_id, lang)
        if fc.part in ("added", "removed"):
            return f"{label}: {w.label(fc.part, lang)}"
        what = w.label("baseline", lang) if fc.part == "baseline" else w.label("target_year", lang, year=fc.year)
        return f"{label} – {what}: {_number(fc.old, w, lang)}{ARROW}{_number(fc.new, w, lang)}"
    if name == "emblem":
        return f"{_field_label(w, name, lang)}: {w.label('changed', lang)}"
    before, after = fc.old, fc.new
    if name == "date":
        before, after = (official_date(v) or v for v in (before, after))
    return f"{_field_label(w, name, lang)}: {_number(before, w, lang)}{ARROW}{_number(after, w, lang)}"


def _text_groups(changes: list[FieldChange]) -> list[list[FieldChange]]:
    """Text changes by field (and indicator part), in order: one group per printed field."""
    groups: dict[tuple, list[FieldChange]] = {}
    for fc in changes:
        if fc.lang is not None:
            groups.setdefault((fc.field, fc.part, fc.indicator_id), []).append(fc)
    return list(groups.values())


def _place(w: Writer, doc: Document, entity: Entity, lang: str) -> str:
    """Where an item stands in the plan: its objective (activities) or the item it belongs to."""
    parent = doc.find(entity.objective_id) if isinstance(entity, Activity) else doc.parent_of(entity)
    if parent is None:
        return "–"
    return kind_label(w, parent, doc.numbers().get(parent.id, ""), lang)


class _Item:
    """Makes the flowables of one changed item."""

    def __init__(self, w: Writer, st: dict[str, ParagraphStyle], docs: tuple[Document, Document]) -> None:
        self.w, self.st, self.docs = w, st, docs
        self.numbers = (docs[0].numbers(), docs[1].numbers())

    def heading(self, c: VersionChange, key: str) -> list[Flowable]:
        w = self.w
        entity = c.entity
        number = self.numbers[0 if c.change == REMOVED else 1].get(entity.id, "")
        field = title_field(entity)
        titles: dict[str, str | None] = {}
        lead: dict[str, str] = {}
        for lang in w.langs:
            title = w.text(entity.text(field), lang) if field else ""
            if title == "" and getattr(entity, "key", None) and entity.key in w.labels[lang]:
                title = w.label(entity.key, lang)  # a standard section left untitled
            titles[lang] = title
            lead[lang] = kind_label(w, entity, number, lang) + (": " if title != "" else "")
        return w.heading(2, "", titles, key, lead=lead, toc=False, outline_level=0)

    def kind(self, c: VersionChange) -> list[Flowable]:
        w = self.w
        lines = {}
        for lang in w.langs:
            parts = [w.label(c.change if c.change != MOVED else "moved", lang)]
            if c.moved and c.change == CHANGED:
                parts.append(w.label("moved", lang))
            text = " · ".join(parts)
            if c.moved:
                before = _place(w, self.docs[0], c.old, lang)
                after = _place(w, self.docs[1], c.new, lang)
                where = w.label("moved_place", lang, old=before, new=after) if before != after else None
                text += ". " + (where or w.label("reordered", lang))
            lines[lang] = text
        return w.line(lines, self.st["kind"])

    def texts(self, c: VersionChange) -> list[Flowable]:
        """Each changed text field: its label and, per language, the text with its differences."""
        w, st = self.w, self.st
        groups = _text_groups(c.changes)
        if c.change in (ADDED, REMOVED):
            groups = self._whole_texts(c)
        rows: dict[str, list[list[Flowable]]] = {lang: [] for lang in w.langs}
        for group in groups:
            first = group[0]
            by_lang = {fc.lang: fc for fc in group}
            for lang in w.langs:
                label = _field_label(w, first.part if first.field == "indicator" else first.field, lang)
                if first.field == "indicator":
                    label = f"{_indicator_label(w, self.docs, first.indicator_id, lang)} – {label}"
                cell = [Paragraph(literal(label), st["field"])]
                fc = by_lang.get(lang)
                if fc is None:
                    cell.append(Paragraph(literal(w.label("unchanged", lang)), st["unchanged"]))
                else:
                    cell.append(Paragraph(diff_markup(fc.diff, lang, w.script), st["text"]))
                rows[lang].append(cell)
        return w.aligned(rows, gap=0)

    def _whole_texts(self, c: VersionChange) -> list[list[FieldChange]]:
        """An added or removed item's own texts (but the title its heading shows), all inserted or deleted."""
        entity = c.entity
        skip = title_field(entity)
        op = "insert" if c.change == ADDED else "delete"
        groups = []
        for name in entity.TEXTS:
            mt = entity.text(name)
            if name == skip or mt.is_empty():
                continue
            group = [
                FieldChange(name, None, mt.get(lang), lang=lang, diff=((op, mt.get(lang)),))
                for lang in self.w.langs
                if mt.get(lang)
            ]
            if group:
                groups.append(group)
        return groups

    def facts(self, c: VersionChange) -> list[Flowable]:
        w = self.w
        facts = [fc for fc in c.changes if fc.lang is None]
        if not facts:
            return []
        style = self.st["text"]
        lines = {lang: [[Paragraph(literal(_fact(w, fc, self.docs, lang)), style)] for fc in facts] for lang in w.langs}
        return w.aligned(lines, gap=0)


# -- the document -------------------------------------------------------------------------------------


def _side(labels: Labels, version: Version | None, on: date | None) -> str:
    if version is not None:
        when = official_date(version.decision_date) or version.decision_date
        return labels.format(
            "version_line", n=version.number, date=when, number=version.decision_number, body=version.body
        )
    if on is None:
        return labels["draft_plain"]
    return labels.format("draft_of", date=on.strftime("%d.%m.%Y"))


def _header(w: Writer, st, old_version: Version | None, new_version: Version | None, on: date | None) -> list[Flowable]:
    doc, script = w.doc, w.script
    head, title = {}, {}
    for lang in w.langs:
        labels = w.labels[lang]
        lines = [labels.country()]
        name = text_in(doc.municipality.name, lang, script)
        if name:
            lines.append(name)
        head[lang] = [Paragraph(literal(line), st["head"]) for line in lines]
        title[lang] = [
            Paragraph(literal(labels["changes_title"]), st["title"]),
            Paragraph(literal(labels.format("previous", what=_side(labels, old_version, on))), st["side"]),
            Paragraph(literal(labels.format("current", what=_side(labels, new_version, on))), st["side"]),
        ]
    out = w.cells(head)
    out.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=4, spaceAfter=8))
    return [*out, *w.cells(title), w.spacer(8)]


def _summary(w: Writer, changes: list[VersionChange]) -> list[Flowable]:
    out = w.heading(2, "", {lang: w.label("summary", lang) for lang in w.langs}, "summary", toc=False, outline_level=0)
    if not changes:
        return out + w.line({lang: w.label("no_changes", lang) for lang in w.langs}, w.styles.body_left)
    n = counts(changes)
    lines = {
        lang: " · ".join(f"{w.label(kind, lang)}: {format_number(n[kind], w.locale(lang))}" for kind in n)
        for lang in w.langs
    }
    return out + w.line(lines, w.styles.body_left) + [w.spacer(6)]


def export_changes_pdf(
    old_doc: Document,
    new_doc: Document,
    target: Path | BinaryIO,
    *,
    old_version: Version | None,
    new_version: Version | None,
    languages: Iterable[str] = ("sq", "sr"),
    serbian_script: str = "latn",
    deterministic: bool = False,
    on: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> ExportResult:
    """Write the changes from `old_doc` to `new_doc` as PDF to `target` (a path or a binary file).

    `old_version`/`new_version` are the approved versions the documents come from, None for the working
    draft, which is dated `on` (today when None, no date at all when `deterministic`: the same
    documents then always give the same bytes).
    """
    langs = checked_languages(languages, serbian_script)
    if not langs:
        raise ExportError("choose at least one language")
    if on is None and not deterministic:
        on = date.today()
    changes = shown_changes(old_doc, new_doc, langs)
    styles = make_styles()
    labels = {lang: Labels(lang, serbian_script, new_doc.municipality.country) for lang in langs}
    title = " / ".join(dict.fromkeys(labels[lang]["changes_title"] for lang in langs))
    names = (text_in(new_doc.municipality.name, lang, serbian_script) for lang in langs)
    setup = PageSetup(
        font=styles.regular,
        bold=styles.bold,
        header_left=" / ".join(n for n in dict.fromkeys(names) if n),
        header_right=title,
        page_labels=[labels[lang]["page_of"] for lang in langs],
        watermark=None,
        decision=None,
    )
    width = PORTRAIT[0] - 2 * MARGIN
    w = Writer(new_doc, langs, serbian_script, styles, setup, width, LANDSCAPE[0] - 2 * LANDSCAPE_MARGIN)
    st = _styles(w)
    story = _header(w, st, old_version, new_version, on) + _summary(w, changes)
    item = _Item(w, st, (old_doc, new_doc))
    for i, c in enumerate(changes):
        story += item.heading(c, f"change-{i}")
        story += item.kind(c)
        story += item.texts(c)
        story += item.facts(c)
        story.append(w.spacer(6))
    pages = render(
        story,
        setup,
        target,
        title=title,
        langs=langs,
        script=serbian_script,
        deterministic=deterministic,
        progress=progress,
    )
    return ExportResult(pages=pages)
