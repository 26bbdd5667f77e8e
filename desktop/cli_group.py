"""Command-line commands for the advisory group and the plan's approval: members, status, approve,
versions, compare, history."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from desktop.cli_common import EXIT_OK, CommandError, languages_arg, load, write_file

SIDES = "a version number, or 'draft' for the document as it is now"


def cmd_members(args: argparse.Namespace) -> int:
    """The advisory group without contact details: those never leave the file from here."""
    doc, _ = load(args.file)
    rows = [
        {
            "name": m.name,
            "role": m.role,
            "sector": m.sector,
            "organisation": {lang: t.text for lang, t in m.organisation.values.items() if t.text},
        }
        for m in doc.members
    ]
    if args.json:
        print(json.dumps({"file": str(args.file), "members": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"{args.file} lists no members of the advisory group")
    for row in rows:
        names = row["organisation"]
        organisation = next((names[lang] for lang in ("sq", "sr", "en") if lang in names), "")
        print(f"{row['name']}\t{row['role']}\t{row['sector']}\t{organisation}".rstrip())
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.core.versions import set_status, standing
    from desktop.storage.session import DocumentSession

    if args.set:
        session = DocumentSession.open(args.file)
        try:
            if session.apply(set_status, args.set, args.date):
                session.save()
            doc = session.doc
        finally:
            session.close()
    else:
        doc, _ = load(args.file)
    state = standing(doc)
    line = f"{args.file}: {state.status.replace('_', ' ')}"
    if doc.status_date:
        line += f" since {doc.status_date}"
    if state.approved is not None:
        same = "changed since" if state.changed_since else "the same as"
        line += f"; the content is {same} approved version {state.approved.number}"
    print(line)
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    from desktop.core.versions import approve
    from desktop.storage.session import DocumentSession

    session = DocumentSession.open(args.file)
    try:
        if args.author:
            session.author = args.author
        session.apply(approve, number=args.number, on=args.date, body=args.body, author=session.author)
        session.save()
        version = session.doc.versions[-1]
    finally:
        session.close()
    print(
        f"approved {args.file} as version {version.number} (decision no. {version.decision_number} of "
        f"{version.decision_date}); its content is frozen (sha256 {version.digest[:12]})"
    )
    return EXIT_OK


def cmd_versions(args: argparse.Namespace) -> int:
    from desktop.core.versions import standing

    doc, _ = load(args.file)
    state = standing(doc)
    rows = [
        {
            "version": v.number,
            "approved_on": v.decision_date,
            "decision_number": v.decision_number,
            "body": v.body,
            "frozen_at": v.frozen_at,
            "by": v.author,
            "sha256": v.digest,
        }
        for v in sorted(doc.versions, key=lambda v: v.number)
    ]
    if args.json:
        data = {"file": str(args.file), "status": state.status, "changed_since_approval": state.changed_since}
        print(json.dumps(data | {"versions": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        print(f"{args.file}: no approved version yet (status: {state.status.replace('_', ' ')})")
        return EXIT_OK
    for row in rows:
        print(
            f"version {row['version']}\tapproved {row['approved_on']}\tno. {row['decision_number']}\t"
            f"{row['body']}\tfrozen {row['frozen_at']} by {row['by'] or '-'}\t{row['sha256'][:12]}"
        )
    draft = "differs from" if state.changed_since else "is the same as"
    print(f"the working draft {draft} version {rows[-1]['version']}")
    return EXIT_OK


def _side(doc, value: str | None):
    """(document, Version or None) for a --from/--to value."""
    from desktop.core.versions import find_version, thaw

    if value is None or value.lower() in ("draft", "current"):
        return doc, None
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"{value!r} is not {SIDES}") from None
    version = find_version(doc, number)
    return thaw(version), version


def cmd_compare(args: argparse.Namespace) -> int:
    from desktop.core.version_compare import compare_documents, counts
    from desktop.core.versions import latest

    doc, _ = load(args.file)
    first = args.from_ or (str(latest(doc).number) if doc.versions else None)
    if first is None:
        raise CommandError(f"{args.file} has no approved version to compare with")
    old_doc, old_version = _side(doc, first)
    new_doc, new_version = _side(doc, args.to)
    changes = compare_documents(old_doc, new_doc)
    if args.out:
        _write_changes_pdf(args, old_doc, new_doc, old_version, new_version)
        return EXIT_OK
    n = counts(changes)
    name_old = f"version {old_version.number}" if old_version else "the draft"
    name_new = f"version {new_version.number}" if new_version else "the draft"
    print(
        f"{name_old} -> {name_new}: {n['added']} added, {n['removed']} removed, {n['changed']} changed, "
        f"{n['moved']} moved"
    )
    numbers_old, numbers_new = old_doc.numbers(), new_doc.numbers()
    for c in changes:
        entity = c.entity
        number = (numbers_new if c.new is not None else numbers_old).get(entity.id, "")
        title = _title(entity)
        moved = " (moved)" if c.moved and c.change != "moved" else ""
        label = " ".join(part for part in (c.kind.replace("_", " "), number, title) if part)
        print(f"{c.change}{moved}: {label}")
        for f in c.changes:
            where = f" [{f.lang}]" if f.lang else ""
            if f.diff:
                text = "".join(
                    piece if op == "equal" else f"[-{piece}-]" if op == "delete" else f"{{+{piece}+}}"
                    for op, piece in f.diff
                )
            else:
                text = f"{f.old} -> {f.new}"
            print(f"    {f.field}{where}: {text}")
    return EXIT_OK


def _title(entity) -> str:
    for name in ("title", "name"):
        if name in entity.TEXTS:
            text = entity.text(name)
            return next((text.get(lang) for lang in ("sq", "sr", "en") if text.get(lang)), "")[:80]
    return ""


def _write_changes_pdf(args, old_doc, new_doc, old_version, new_version) -> None:
    from desktop.export.pdf import ExportError, export_changes_pdf

    out = Path(args.out)
    try:
        result = write_file(
            out,
            args.force,
            lambda stream: export_changes_pdf(
                old_doc,
                new_doc,
                stream,
                old_version=old_version,
                new_version=new_version,
                languages=languages_arg(args.languages),
                serbian_script=args.serbian_script,
            ),
        )
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    print(f"wrote {out}: {result.pages} pages")


def cmd_history(args: argparse.Namespace) -> int:
    from desktop.storage.database import connect, inspect
    from desktop.storage.repository import DocumentRepository

    inspect(Path(args.file))
    conn = connect(Path(args.file), read_only=True)
    try:
        records = DocumentRepository(conn).history([args.item] if args.item else None, limit=args.limit)
    finally:
        conn.close()
    for r in records:
        field = {"+": "added", "-": "removed"}.get(r.field, r.field)
        lang = f" [{r.lang}]" if r.lang else ""
        before, after = (r.before or "")[:60], (r.after or "")[:60]
        print(
            f"{r.at}\t{r.author or '-'}\t{r.operation}\t{r.kind} {r.entity_id[:8]}\t{field}{lang}\t{before} -> {after}"
        )
    return EXIT_OK


def register(add: Callable[[str, Callable, str], argparse.ArgumentParser]) -> None:
    p = add("members", cmd_members, "list FILE's advisory group: names, roles, sectors, organisations (no contacts)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("status", cmd_status, "print FILE's status (draft ... closed), or change it with --set and save")
    p.add_argument("file")
    p.add_argument("--set", choices=("draft", "submitted", "in_implementation", "closed"), help="the new status")
    p.add_argument("--date", help="when, YYYY-MM-DD (default today)")
    p = add("approve", cmd_approve, "record the assembly's approval and freeze FILE's content as the next version")
    p.add_argument("file")
    p.add_argument("--number", required=True, help="the decision's number")
    p.add_argument("--date", required=True, help="the date of approval, YYYY-MM-DD")
    p.add_argument("--body", required=True, help="the body that approved it, e.g. the municipal assembly")
    p.add_argument("--author", help="the name recorded in the history (default: the user's)")
    p = add("versions", cmd_versions, "list FILE's approved versions")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = add("compare", cmd_compare, "what changed between two versions of FILE (default: latest approved -> draft)")
    p.add_argument("file")
    p.add_argument("--from", dest="from_", metavar="V1", help=SIDES + " (default: the latest approved)")
    p.add_argument("--to", metavar="V2", help=SIDES + " (default: draft)")
    p.add_argument("-o", "--out", help="write the comparison as a PDF for the assembly")
    p.add_argument("--languages", default="sq,sr", help="PDF languages, comma-separated (default sq,sr)")
    p.add_argument("--serbian-script", default="latn", choices=("latn", "cyrl"), help="print Serbian in this script")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p = add("history", cmd_history, "print who changed what and when in FILE, newest first")
    p.add_argument("file")
    p.add_argument("--item", help="only this item's changes (its id)")
    p.add_argument("--limit", type=int, default=200, help="at most this many lines (default 200)")
