"""The advisory group: its members, its meetings (with their notes, decisions and follow-ups) and
the consultations with the community that shaped the strategy.

Texts (an organisation, a meeting's minutes, a consultation's findings) are edited with
`operations.set_text` like any other; these operations handle the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from desktop.core.model import (
    Consultation,
    ConsultationMethod,
    Document,
    Entity,
    Meeting,
    Member,
    MemberContact,
    MemberRole,
    Note,
    NoteCategory,
    Objective,
    ParticipantGroup,
    Sector,
    TargetGroup,
)
from desktop.core.operations import KEEP, Change, OperationError, apply_texts, guard, insert_child, remove_child
from desktop.core.text import clean_text

MAX_NAME = 200
MAX_CONTACT = 300
MAX_COUNT = 1_000_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()/.\- ]{3,40}$")


def _iso(value: object, what: str) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise OperationError(f"{what} must be a date (YYYY-MM-DD)") from None


def _one_line(value: object, what: str, limit: int) -> str:
    text = clean_text(str(value or "")).strip()
    if "\n" in text or len(text) > limit:
        raise OperationError(f"{what} must be one line of at most {limit} characters")
    return text


def _choice(value: str, enum, what: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        raise OperationError(f"unknown {what} {value!r}") from None


# -- members -----------------------------------------------------------------------------


@guard
def add_member(
    doc: Document,
    name: str,
    *,
    role: str = MemberRole.MEMBER.value,
    sector: str = Sector.OTHER.value,
    organisation: Mapping[str, str] | None = None,
    index: int | None = None,
) -> Change:
    member = Member(name=_one_line(name, "a name", MAX_NAME), role=_choice(role, MemberRole, "role"))
    if not member.name:
        raise OperationError("a member needs a name")
    member.sector = _choice(sector, Sector, "sector")
    if organisation:
        apply_texts(member, {"organisation": organisation})
    return insert_child(doc, doc, member, index, "add_member")


@guard
def update_member(
    doc: Document, member_id: str, *, name: object = KEEP, role: object = KEEP, sector: object = KEEP
) -> Change:
    member = doc.get(member_id, Member)
    values: dict[str, str] = {}
    if name is not KEEP:
        values["name"] = _one_line(name, "a name", MAX_NAME)
        if not values["name"]:
            raise OperationError("a member needs a name")
    if role is not KEEP:
        values["role"] = _choice(str(role), MemberRole, "role")
    if sector is not KEEP:
        values["sector"] = _choice(str(sector), Sector, "sector")
    changed = [k for k, v in values.items() if getattr(member, k) != v]
    for k in changed:
        setattr(member, k, values[k])
    return Change("update_member", upserted=[member.id] if changed else [])


@guard
def set_member_contact(
    doc: Document, member_id: str, *, phone: object = KEEP, email: object = KEEP, address: object = KEEP
) -> Change:
    """A member's phone, e-mail and address (personal data: kept apart, never exported by default)."""
    member = doc.get(member_id, Member)
    contact = member.contact or MemberContact()
    values: dict[str, str | None] = {}
    if phone is not KEEP:
        text = _one_line(phone, "a phone number", 40)
        if text and not _PHONE.match(text):
            raise OperationError("a phone number may hold only digits, spaces and + ( ) / . -")
        values["phone"] = text or None
    if email is not KEEP:
        text = _one_line(email, "an e-mail address", MAX_CONTACT)
        if text and not _EMAIL.match(text):
            raise OperationError(f"{text!r} is not an e-mail address")
        values["email"] = text or None
    if address is not KEEP:
        values["address"] = _one_line(address, "an address", MAX_CONTACT) or None
    changed = [k for k, v in values.items() if getattr(contact, k) != v]
    if not changed:
        return Change("set_member_contact")
    for k in changed:
        setattr(contact, k, values[k])
    if member.contact is None:
        member.contact = contact
        doc._register(contact, member)
    if not (contact.phone or contact.email or contact.address):
        # Nothing left: remove the row itself, so no trace of the details stays in the file.
        member.contact = None
        doc._unregister(contact)
        return Change("set_member_contact", removed=[contact.id])
    return Change("set_member_contact", upserted=[contact.id])


@guard
def delete_member(doc: Document, member_id: str) -> Change:
    """Remove a member and their personal data; meetings no longer list them as present or absent."""
    member = doc.get(member_id, Member)
    change = remove_child(doc, member, "delete_member")
    for meeting in doc.meetings:
        if member_id in meeting.present or member_id in meeting.absent:
            meeting.present = [m for m in meeting.present if m != member_id]
            meeting.absent = [m for m in meeting.absent if m != member_id]
            change.upserted.append(meeting.id)
    for note in doc.notes:
        if note.assignee == member_id:
            note.assignee = None
            change.upserted.append(note.id)
    return change


def member_name(doc: Document, member_or_name: str | None) -> str:
    """A follow-up's assignee as shown: the member's name, or the name typed in."""
    if not member_or_name:
        return ""
    member = doc.find(member_or_name)
    return member.name if isinstance(member, Member) else member_or_name


# -- meetings ----------------------------------------------------------------------------


@guard
def add_meeting(
    doc: Document,
    on: str | None = None,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    everyone_present: bool = True,
) -> Change:
    """A meeting on `on` (ISO, today when None), everyone expected: all members start as present, unless
    `everyone_present` is False (attendance not taken yet: nobody marked present or absent)."""
    meeting = Meeting(date=_iso(on, "the meeting's date") if on else date.today().isoformat())
    meeting.present = [m.id for m in doc.members] if everyone_present else []
    apply_texts(meeting, texts)
    index = sum(1 for m in doc.meetings if m.date <= meeting.date)
    return insert_child(doc, doc, meeting, index, "add_meeting")


@guard
def update_meeting(
    doc: Document,
    meeting_id: str,
    *,
    on: object = KEEP,
    present: Iterable[str] | object = KEEP,
    absent: Iterable[str] | object = KEEP,
) -> Change:
    meeting = doc.get(meeting_id, Meeting)
    values: dict[str, object] = {}
    if on is not KEEP:
        values["date"] = _iso(on, "the meeting's date")
    members = {m.id for m in doc.members}
    for name, ids in (("present", present), ("absent", absent)):
        if ids is KEEP:
            continue
        ids = list(dict.fromkeys(ids))
        unknown = [i for i in ids if i not in members]
        if unknown:
            raise OperationError("the attendance lists only members of the group")
        values[name] = ids
    both = set(values.get("present", meeting.present)) & set(values.get("absent", meeting.absent))
    if both:
        raise OperationError("a member cannot be both present and absent")
    changed = [k for k, v in values.items() if getattr(meeting, k) != v]
    for k in changed:
        setattr(meeting, k, values[k])
    return Change("update_meeting", upserted=[meeting.id] if changed else [])


@guard
def delete_meeting(doc: Document, meeting_id: str) -> Change:
    """Delete a meeting and what was recorded in it."""
    meeting = doc.get(meeting_id, Meeting)
    change = Change("delete_meeting")
    for note in [n for n in doc.notes if n.meeting_id == meeting_id]:
        change.extend(remove_child(doc, note, "delete_meeting"))
    return change.extend(remove_child(doc, meeting, "delete_meeting"))


def meeting_notes(doc: Document, meeting: Meeting, category: str | None = None) -> list[Note]:
    return [n for n in doc.notes if n.meeting_id == meeting.id and (category is None or n.category == category)]


@guard
def record_in_meeting(
    doc: Document,
    meeting_id: str,
    category: str,
    texts: Mapping[str, Mapping[str, str]],
    *,
    item_ids: Iterable[str] = (),
    assignee: str | None = None,
    due: str | None = None,
) -> Change:
    """A note, decision or follow-up of a meeting, about the given plan items (none: the whole plan)."""
    meeting = doc.get(meeting_id, Meeting)
    category = _choice(category, NoteCategory, "note category")
    ids = _items(doc, item_ids)
    note = Note(category=category, date=meeting.date, item_id=ids[0] if ids else "", meeting_id=meeting.id)
    note.related_ids = ids[1:]
    apply_texts(note, texts)
    if note.body.is_empty():
        raise OperationError("the note is empty")
    _follow_up(doc, note, assignee, due)
    return insert_child(doc, doc, note, None, "record_in_meeting")


def _items(doc: Document, item_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(i for i in item_ids if i))
    for i in ids:
        doc.get(i)
    return ids


def _follow_up(doc: Document, note: Note, assignee: object, due: object) -> None:
    if note.category != NoteCategory.FOLLOW_UP:
        if (assignee is not KEEP and assignee) or (due is not KEEP and due):
            raise OperationError("only a follow-up has someone responsible and a deadline")
        return
    if assignee is not KEEP:
        if assignee and not isinstance(doc.find(str(assignee)), Member):
            assignee = _one_line(assignee, "who follows up", MAX_NAME)
        note.assignee = str(assignee) if assignee else None
    if due is not KEEP:
        note.due = _iso(due, "the deadline") if due else None


@guard
def update_note(
    doc: Document,
    note_id: str,
    *,
    item_ids: Iterable[str] | object = KEEP,
    assignee: object = KEEP,
    due: object = KEEP,
    done: object = KEEP,
) -> Change:
    """Link a note to plan items; a follow-up's owner, deadline and the date it was done (None: open)."""
    note = doc.get(note_id, Note)
    before = (note.item_id, list(note.related_ids), note.assignee, note.due, note.done)
    if item_ids is not KEEP:
        ids = _items(doc, item_ids)
        note.item_id, note.related_ids = (ids[0] if ids else ""), ids[1:]
    _follow_up(doc, note, assignee, due)
    if done is not KEEP:
        if note.category != NoteCategory.FOLLOW_UP:
            raise OperationError("only a follow-up can be done")
        note.done = _iso(done, "the date it was done") if done else None
    after = (note.item_id, list(note.related_ids), note.assignee, note.due, note.done)
    return Change("update_note", upserted=[note.id] if after != before else [])


def concerning(doc: Document, item: Entity) -> tuple[list[Meeting], list[Note]]:
    """The meetings that discussed an item and the notes and decisions about it (or about its parts)."""
    ids = {e.id for e in item.walk()}
    notes = [n for n in doc.notes if ids.intersection(n.item_ids)]
    meeting_ids = {n.meeting_id for n in notes if n.meeting_id}
    return [m for m in doc.meetings if m.id in meeting_ids], notes


# -- consultations -----------------------------------------------------------------------


@guard
def add_consultation(
    doc: Document,
    method: str = ConsultationMethod.FOCUS_GROUP.value,
    on: str | None = None,
    texts: Mapping[str, Mapping[str, str]] | None = None,
    *,
    sessions: int = 1,
    objective_ids: Iterable[str] = (),
) -> Change:
    consultation = Consultation(
        method=_choice(method, ConsultationMethod, "kind of consultation"),
        date=_iso(on, "the consultation's date") if on else date.today().isoformat(),
        sessions=_count(sessions, "the number of sessions", minimum=1),
        objective_ids=_objectives(doc, objective_ids),
    )
    apply_texts(consultation, texts)
    return insert_child(doc, doc, consultation, None, "add_consultation")


def _count(value: object, what: str, minimum: int = 0) -> int:
    try:
        number = int(str(value).strip() or 0)
    except ValueError:
        raise OperationError(f"{what} must be a whole number") from None
    if not minimum <= number <= MAX_COUNT:
        raise OperationError(f"{what} must be between {minimum} and {MAX_COUNT:,}")
    return number


def _objectives(doc: Document, ids: Iterable[str]) -> list[str]:
    out = list(dict.fromkeys(ids))
    for i in out:
        doc.get(i, Objective)
    return out


@guard
def update_consultation(
    doc: Document,
    consultation_id: str,
    *,
    method: object = KEEP,
    on: object = KEEP,
    sessions: object = KEEP,
    objective_ids: Iterable[str] | object = KEEP,
) -> Change:
    consultation = doc.get(consultation_id, Consultation)
    values: dict[str, object] = {}
    if method is not KEEP:
        values["method"] = _choice(str(method), ConsultationMethod, "kind of consultation")
    if on is not KEEP:
        values["date"] = _iso(on, "the consultation's date")
    if sessions is not KEEP:
        values["sessions"] = _count(sessions, "the number of sessions", minimum=1)
    if objective_ids is not KEEP:
        values["objective_ids"] = _objectives(doc, objective_ids)
    changed = [k for k, v in values.items() if getattr(consultation, k) != v]
    for k in changed:
        setattr(consultation, k, values[k])
    return Change("update_consultation", upserted=[consultation.id] if changed else [])


@guard
def delete_consultation(doc: Document, consultation_id: str) -> Change:
    return remove_child(doc, doc.get(consultation_id, Consultation), "delete_consultation")


@guard
def set_participants(
    doc: Document,
    consultation_id: str,
    group_id: str | None,
    *,
    label: Mapping[str, str] | None = None,
    target_group_id: object = KEEP,
    women: object = KEEP,
    men: object = KEEP,
    unspecified: object = KEEP,
) -> Change:
    """Add (group_id None) or update one group of participants: its label or target group and counts by gender."""
    consultation = doc.get(consultation_id, Consultation)
    if group_id is None:
        group = ParticipantGroup()
        if label:
            apply_texts(group, {"label": label})
    else:
        group = doc.get(group_id, ParticipantGroup)
        if group not in consultation.participants:
            raise OperationError("this group of participants belongs to another consultation")
    if target_group_id is not KEEP:
        if target_group_id:
            doc.get(str(target_group_id), TargetGroup)
        group.target_group_id = str(target_group_id) if target_group_id else None
    for name, value in (("women", women), ("men", men), ("unspecified", unspecified)):
        if value is not KEEP:
            setattr(group, name, _count(value, "a number of participants"))
    if group_id is None:
        if group.label.is_empty() and not group.target_group_id:
            raise OperationError("say which group took part: a target group or a name")
        return insert_child(doc, consultation, group, None, "set_participants")
    return Change("set_participants", upserted=[group.id])


@guard
def delete_participants(doc: Document, group_id: str) -> Change:
    return remove_child(doc, doc.get(group_id, ParticipantGroup), "delete_participants")


def participant_totals(consultations: Iterable[Consultation]) -> dict[str, int]:
    """Women, men, not stated and everyone, over the given consultations."""
    totals = {"women": 0, "men": 0, "unspecified": 0}
    for c in consultations:
        for g in c.participants:
            for key in totals:
                totals[key] += getattr(g, key) or 0
    totals["total"] = sum(totals.values())
    return totals
