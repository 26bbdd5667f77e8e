"""The plan's lifecycle (draft, submitted, approved, in implementation, closed) and its approved versions.

Approving freezes the plan's content as a `Version`: canonical JSON, compressed, with its SHA-256. The
frozen content is what the assembly approved: the strategy, the action plans, target groups, the
decision, the members (without their contact details) and the consultations. Meetings, notes, reviews,
earlier versions and the status are the group's working record and are left out, so recording a meeting
never makes the plan differ from what was approved. A version is thawed into a Document that is only
read and exported: the same content and the same exporter give the same PDF, byte for byte.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import date, datetime

from desktop.core.model import Document, PlanStatus, Version
from desktop.core.operations import Change, OperationError, guard, insert_child
from desktop.core.serialize import FormatError, document_from_dict, document_to_dict
from desktop.core.text import clean_text

# Parts of the document that are the group's working record, not the approved plan.
_NOT_FROZEN = ("versions", "meetings", "notes", "reviews", "status", "status_date")
MAX_BODY = 300
MAX_NUMBER = 60

# Which status may follow which. Approving is `approve` (it records the decision), not a plain change.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    PlanStatus.DRAFT: (PlanStatus.SUBMITTED,),
    PlanStatus.SUBMITTED: (PlanStatus.DRAFT,),
    PlanStatus.APPROVED: (PlanStatus.IN_IMPLEMENTATION, PlanStatus.DRAFT, PlanStatus.CLOSED),
    PlanStatus.IN_IMPLEMENTATION: (PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.CLOSED),
    PlanStatus.CLOSED: (PlanStatus.IN_IMPLEMENTATION,),
}


def status_of(doc: Document) -> str:
    return doc.status or PlanStatus.DRAFT.value


def frozen_content(doc: Document) -> dict:
    data = document_to_dict(doc, personal=False)
    for key in _NOT_FROZEN:
        data["document"].pop(key, None)
    return data


def _canonical(doc: Document) -> bytes:
    return json.dumps(frozen_content(doc), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def freeze(doc: Document) -> bytes:
    """The plan's content as canonical JSON, compressed (the same content always gives the same bytes)."""
    return zlib.compress(_canonical(doc), 9)


def _sha256(data: bytes) -> str:
    import hashlib  # here: the window's first paint needs no digest, and hashlib takes a few ms to import

    return hashlib.sha256(data).hexdigest()


def content_digest(doc: Document) -> str:
    """SHA-256 of the plan's content as it is now, uncompressed (compressing would double the time)."""
    return _sha256(_canonical(doc))


_CONTENT_DIGESTS: dict[str, str] = {}  # a version's digest -> the digest of its uncompressed content


def version_content_digest(version: Version) -> str:
    """What `content_digest` gave for the document when this version was frozen."""
    known = _CONTENT_DIGESTS.get(version.digest)
    if known is None:
        try:
            known = _sha256(zlib.decompress(version.snapshot))
        except zlib.error:
            known = ""  # damaged: never equal to the draft's
        _CONTENT_DIGESTS[version.digest] = known
    return known


def thaw(version: Version) -> Document:
    """The document as it was approved (read-only use: view, export, compare)."""
    if _sha256(version.snapshot) != version.digest:
        raise OperationError(f"version {version.number} is damaged: its content does not match its checksum")
    try:
        doc = document_from_dict(json.loads(zlib.decompress(version.snapshot)))
    except (zlib.error, ValueError, FormatError) as exc:
        raise OperationError(f"version {version.number} cannot be read: {exc}") from None
    doc.status = PlanStatus.APPROVED.value
    doc.status_date = version.decision_date
    return doc


def find_version(doc: Document, number: int) -> Version:
    for v in doc.versions:
        if v.number == number:
            return v
    raise OperationError(f"there is no version {number} (approved versions: {_numbers(doc) or 'none'})")


def _numbers(doc: Document) -> str:
    return ", ".join(str(v.number) for v in doc.versions)


def latest(doc: Document) -> Version | None:
    return max(doc.versions, key=lambda v: v.number, default=None)


def _iso(value: object, what: str) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise OperationError(f"{what} must be a date (YYYY-MM-DD)") from None


def _line(value: object, what: str, limit: int) -> str:
    text = clean_text(str(value or "")).strip()
    if not text:
        raise OperationError(f"{what} is needed")
    if "\n" in text or len(text) > limit:
        raise OperationError(f"{what} must be one line of at most {limit} characters")
    return text


@guard
def approve(doc: Document, *, number: str, on: str, body: str, author: str = "", now: datetime | None = None) -> Change:
    """Record the assembly's approval (decision number, date, body) and freeze the plan as the next version."""
    if status_of(doc) == PlanStatus.CLOSED:
        raise OperationError("the plan is closed; re-open it to approve a new version")
    number = _line(number, "the decision's number", MAX_NUMBER)
    day = _iso(on, "the date of approval")
    body = _line(body, "the body that approved the plan", MAX_BODY)
    previous = latest(doc)
    if previous is not None and day < previous.decision_date:
        raise OperationError(f"version {previous.number} was approved later ({previous.decision_date})")
    change = Change("approve")
    doc.status, doc.status_date = PlanStatus.APPROVED.value, day
    change.upserted.append(doc.id)
    decision = doc.decision
    if decision is not None and (decision.number, decision.date, decision.approved) != (number, day, "yes"):
        decision.number, decision.date, decision.approved = number, day, "yes"
        change.upserted.append(decision.id)
    snapshot = freeze(doc)
    version = Version(
        number=(previous.number + 1) if previous else 1,
        body=body,
        decision_number=number,
        decision_date=day,
        frozen_at=(now or datetime.now()).astimezone().isoformat(timespec="seconds"),
        author=clean_text(author).strip()[:MAX_BODY],
        digest=_sha256(snapshot),
        snapshot=snapshot,
    )
    return change.extend(insert_child(doc, doc, version, None, "approve"))


@guard
def set_status(doc: Document, status: str, on: str | None = None) -> Change:
    """Move the plan along its lifecycle (submitted, back to draft, in implementation, closed)."""
    try:
        status = PlanStatus(status).value
    except ValueError:
        raise OperationError(f"unknown status {status!r}") from None
    current = status_of(doc)
    if status == current:
        return Change("set_status")
    if status == PlanStatus.APPROVED:
        raise OperationError("a plan is approved with its decision's number and date (approve)")
    if status not in TRANSITIONS[PlanStatus(current)]:
        raise OperationError(f"a plan that is {current.replace('_', ' ')} cannot become {status.replace('_', ' ')}")
    if status == PlanStatus.IN_IMPLEMENTATION and not doc.versions:
        raise OperationError("only an approved plan can be in implementation")
    doc.status = status
    doc.status_date = _iso(on, "the date") if on else date.today().isoformat()
    return Change("set_status", upserted=[doc.id])


@dataclass(frozen=True)
class Standing:
    """Which version the user is looking at: the approved one, or a draft revision after it."""

    status: str
    approved: Version | None  # the latest approved version
    changed_since: bool  # the content differs from it (a new revision)

    @property
    def revision(self) -> int:
        """The number the content would have if approved now (1 before any approval)."""
        if self.approved is None:
            return 1
        return self.approved.number + (1 if self.changed_since else 0)


def standing(doc: Document) -> Standing:
    version = latest(doc)
    changed = version is not None and content_digest(doc) != version_content_digest(version)
    return Standing(status_of(doc), version, changed)


def approved_as(doc: Document) -> Version | None:
    """The approved version whose content the document has exactly, the newest if several; None for a draft.

    Only then may an export carry a decision's number and date: a plan approved and edited since prints
    as the draft of its next version, even though its decision is recorded as approved.
    """
    if not doc.versions:
        return None
    digest = content_digest(doc)
    for version in sorted(doc.versions, key=lambda v: v.number, reverse=True):
        if version_content_digest(version) == digest:
            return version
    return None
