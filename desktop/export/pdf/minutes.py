"""The minutes of a meeting of the advisory group: the header, who attended, the agenda, the course of the
meeting, the decisions with the plan items they concern, the follow-ups (who does what by when) and notes.

Members appear with their name, organisation and role only: their contact details are personal data and
are never printed. Side by side each part stands beside its translation; sequential output prints the
minutes once per language (see `document`).
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable, HRFlowable

from desktop.core.group import meeting_notes, member_name
from desktop.core.model import Document, Entity, Meeting, Member, Note, NoteCategory
from desktop.export.pdf.decision import official_date
from desktop.export.pdf.layout import SPLIT_IN_ROW, SplittingTable, Writer, cell_groups
from desktop.export.pdf.markup import literal
from desktop.export.pdf.naming import choice_label, item_markup, title_field
from desktop.export.pdf.styles import ACCENT, BAND, LIGHT_RULE, RULE, table_style
from desktop.export.pdf.textblock import TextBlock
from desktop.export.pdf.texts import Labels, long_date, text_in

# Share of the portrait frame's width: No., action, who, by when, status.
FOLLOW_UP_SHARES = (0.07, 0.43, 0.19, 0.13, 0.18)


def find_meeting(doc: Document, meeting_id: str) -> Meeting | None:
    entity = doc.find(meeting_id)
    return entity if isinstance(entity, Meeting) else None


def _concerned(doc: Document, note: Note) -> list[Entity]:
    """The plan items a note concerns that still exist."""
    return [e for e in (doc.find(i) for i in note.item_ids) if e is not None]


def printed(doc: Document, meeting: Meeting) -> set[tuple[str, str]]:
    """(entity id, field) of every text the minutes print: what must be complete before an export."""
    out = {(meeting.id, name) for name in Meeting.TEXTS}
    out.update((member_id, "organisation") for member_id in meeting.present)
    for note in meeting_notes(doc, meeting):
        out.add((note.id, "body"))
        for item in _concerned(doc, note):
            field = title_field(item)
            if field:
                out.add((item.id, field))
    return out


def _styles(w: Writer) -> dict[str, ParagraphStyle]:
    s = w.styles
    return {
        "head": ParagraphStyle("minutes_head", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceAfter=2),
        "title": ParagraphStyle(
            "minutes_title",
            parent=s.body_left,
            fontName=s.bold,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "minutes_subtitle", parent=s.body_left, fontName=s.bold, alignment=TA_CENTER, spaceAfter=6
        ),
        "fact": ParagraphStyle("minutes_fact", parent=s.body_left, alignment=TA_CENTER, spaceAfter=1),
        "label": ParagraphStyle("minutes_label", parent=s.body_left, fontName=s.bold, spaceBefore=2, spaceAfter=2),
        "body": s.body_left if w.side_by_side else s.body,
        "item": ParagraphStyle("minutes_item", parent=s.body_left, leftIndent=14, firstLineIndent=-14, spaceAfter=2),
        "more": ParagraphStyle("minutes_more", parent=s.body_left, leftIndent=14, spaceAfter=2),
        "concerns": ParagraphStyle("minutes_concerns", parent=s.small, leftIndent=14, spaceAfter=6),
    }


def _para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def _lines(w: Writer, meeting: Meeting, field: str, lang: str) -> list[str] | None:
    """A text of one item per line (the agenda, the guests): its non-empty lines, None when missing."""
    text = w.text(meeting.text(field), lang)
    if text is None:
        return None
    return [line.strip() for line in text.splitlines() if line.strip()]


def _section(w: Writer, key: str, meeting: Meeting) -> list[Flowable]:
    titles = {lang: w.label(key, lang) for lang in w.langs}
    return w.heading(2, "", titles, f"{meeting.id}-{key}", toc=False, outline_level=0)


def _header(w: Writer, meeting: Meeting, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    doc, script = w.doc, w.script
    head, title = {}, {}
    for lang in w.langs:
        lines = [Labels(lang, script, doc.municipality.country).country()]
        name = text_in(doc.municipality.name, lang, script)
        if name:
            lines.append(name)
        head[lang] = [_para(literal(line), st["head"]) for line in lines]
        paras = [_para(literal(w.label("minutes_title", lang)), st["title"])]
        if not meeting.title.is_empty():
            paras.append(_para(w.markup(meeting.title, lang), st["subtitle"]))
        when = long_date(meeting.date, lang, script)
        if when:
            paras.append(_para(literal(w.label("meeting_date", lang, date=when)), st["fact"]))
        if not meeting.place.is_empty():
            place = w.text(meeting.place, lang)
            value = w.missing_markup(lang) if place is None else literal(place)
            paras.append(
                _para(literal(w.label("meeting_place", lang, place="\x00")).replace("\x00", value), st["fact"])
            )
        title[lang] = paras
    out = w.cells(head)
    out.append(HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=4, spaceAfter=8))
    out += w.cells(title)
    out.append(w.spacer(8))
    return out


def _member_line(w: Writer, member: Member, lang: str) -> str:
    """ "Name – organisation (role)": never the member's contact details."""
    parts = literal(member.name)
    if not member.organisation.is_empty():
        parts += " – " + w.markup(member.organisation, lang)
    return f"• {parts} ({literal(choice_label(w, 'role', member.role, lang))})"


def _attendance(w: Writer, meeting: Meeting, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    doc = w.doc
    present = [m for m in (doc.find(i) for i in meeting.present) if isinstance(m, Member)]
    absent = [m for m in (doc.find(i) for i in meeting.absent) if isinstance(m, Member)]
    if not (present or absent or not meeting.guests.is_empty()):
        return []
    out = _section(w, "attendance", meeting)
    if present:
        out += w.line({lang: w.label("present", lang) for lang in w.langs}, st["label"])
        lines = {lang: [[_para(_member_line(w, m, lang), st["item"])] for m in present] for lang in w.langs}
        out += w.aligned(lines, gap=0)
    if absent:
        out += w.line({lang: w.label("absent", lang) for lang in w.langs}, st["label"])
        names = ", ".join(m.name for m in absent)
        out += w.line({lang: names for lang in w.langs}, st["item"])
    if not meeting.guests.is_empty():
        out += w.line({lang: w.label("guests", lang) for lang in w.langs}, st["label"])
        guests = {}
        for lang in w.langs:
            lines = _lines(w, meeting, "guests", lang)
            if lines is None:
                guests[lang] = [[_para(w.missing_markup(lang), st["item"])]]
            else:
                guests[lang] = [[_para(f"• {literal(line)}", st["item"])] for line in lines]
        out += w.aligned(guests, gap=0)
    return out


def _agenda(w: Writer, meeting: Meeting, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if meeting.agenda.is_empty():
        return []
    items = {}
    for lang in w.langs:
        lines = _lines(w, meeting, "agenda", lang)
        if lines is None:
            items[lang] = [[_para(w.missing_markup(lang), st["item"])]]
        else:
            items[lang] = [[_para(f"{i}. {literal(line)}", st["item"])] for i, line in enumerate(lines, 1)]
    return [*_section(w, "agenda", meeting), *w.aligned(items, gap=0)]


def _concerns(w: Writer, note: Note, numbers: dict[str, str], lang: str, st) -> list[Flowable]:
    items = _concerned(w.doc, note)
    if not items:
        return []
    names = "; ".join(item_markup(w, item, numbers.get(item.id, ""), lang) for item in items)
    label = literal(w.label("concerns", lang, items="\x00")).replace("\x00", names)
    return [_para(label, st["concerns"])]


def _numbered_notes(w: Writer, notes: list[Note], st, *, bullet: bool = False) -> list[Flowable]:
    """Decisions numbered 1, 2, 3 (notes with a bullet), each followed by the plan items it concerns."""
    numbers = w.doc.numbers()
    per_lang: dict[str, list[list[Flowable]]] = {}
    for lang in w.langs:
        groups = []
        for i, note in enumerate(notes, 1):
            lead = "•" if bullet else f"{i}."
            text = w.text(note.body, lang)
            if text is None:
                paras = [_para(f"{lead} {w.missing_markup(lang)}", st["item"])]
            else:
                chunks = [p.strip() for p in text.split("\n\n") if p.strip()] or [""]
                paras = [_para(f"{lead} {literal(chunks[0])}", st["item"])]
                paras += [_para(literal(c), st["more"]) for c in chunks[1:]]
            groups.append(paras + _concerns(w, note, numbers, lang, st))
        per_lang[lang] = groups
    return w.aligned(per_lang, gap=2)


def _status(w: Writer, note: Note, lang: str) -> str:
    if note.done:
        return w.label("done_on", lang, date=official_date(note.done) or note.done)
    return w.label("open", lang)


def _follow_ups(w: Writer, notes: list[Note]) -> Flowable:
    st = w.styles
    widths = [w.width * share for share in FOLLOW_UP_SHARES]

    def fixed(texts: dict[str, str], style=st.cell) -> TextBlock:
        values = list(dict.fromkeys(texts[lang] for lang in w.langs if texts.get(lang)))
        return TextBlock([[(v, style)] for v in values])

    keys = ("col_no", "col_what", "col_who", "col_due", "status")
    rows = [[fixed({lang: w.label(k, lang) for lang in w.langs}, st.header_cell) for k in keys]]
    for i, note in enumerate(notes, 1):
        due = official_date(note.due) or note.due or ""
        rows.append(
            [
                TextBlock([[(f"{i}.", st.cell_bold)]]),
                TextBlock(cell_groups(w, {lang: w.text(note.body, lang) for lang in w.langs}, st.cell)),
                TextBlock([[(member_name(w.doc, note.assignee), st.cell)]] if note.assignee else []),
                TextBlock([[(due, st.cell)]] if due else []),
                fixed({lang: _status(w, note, lang) for lang in w.langs}),
            ]
        )
    table = SplittingTable(
        [[[c] for c in r] for r in rows], colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=SPLIT_IN_ROW
    )
    table.setStyle(
        table_style(
            st.regular,
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
                ("INNERGRID", (0, 1), (-1, -1), 0.35, LIGHT_RULE),
                ("BOX", (0, 0), (-1, -1), 0.7, RULE),
            ],
        )
    )
    return table


def minutes_body(w: Writer, meeting: Meeting) -> list[Flowable]:
    """The flowables of the minutes for the writer's languages (one, or two side by side)."""
    st = _styles(w)
    out = _header(w, meeting, st)
    out += _attendance(w, meeting, st)
    out += _agenda(w, meeting, st)
    if not meeting.minutes.is_empty():
        out += [*_section(w, "proceedings", meeting), *w.prose(meeting.minutes, st["body"])]
    notes = meeting_notes(w.doc, meeting)
    decisions = [n for n in notes if n.category == NoteCategory.DECISION]
    if decisions:
        out += [*_section(w, "decisions", meeting), *_numbered_notes(w, decisions, st)]
    follow_ups = [n for n in notes if n.category == NoteCategory.FOLLOW_UP]
    if follow_ups:
        out += [*_section(w, "follow_ups", meeting), w.spacer(2), _follow_ups(w, follow_ups), w.spacer(8)]
    others = [n for n in notes if n.category not in (NoteCategory.DECISION, NoteCategory.FOLLOW_UP)]
    if others:
        out += [*_section(w, "notes", meeting), *_numbered_notes(w, others, st, bullet=True)]
    return out
