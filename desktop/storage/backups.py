"""Rotated backups of each document in the user's data folder: the last saves, plus one a day."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop import paths

KEEP_LAST = 10
KEEP_DAYS = 14
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})(?:-(\w+))?\.plan$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str  # "save", "before-migration", "before-restore"

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def folder_for(document_id: str) -> Path:
    return paths.backup_root() / document_id


def add(source: Path, document_id: str, reason: str = "save", now: datetime | None = None) -> Path:
    """Copy a complete document file into its backup folder, then rotate."""
    folder = folder_for(document_id)
    folder.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now()
    suffix = "" if reason == "save" else f"-{reason.replace('-', '_')}"
    target = folder / f"{now.strftime('%Y%m%d-%H%M%S-%f')}{suffix}.plan"
    tmp = target.with_suffix(".tmp")
    shutil.copyfile(source, tmp)
    tmp.replace(target)
    rotate(document_id, now)
    return target


def list_backups(document_id: str) -> list[Backup]:
    """Newest first."""
    folder = folder_for(document_id)
    out = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m:
                taken = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f")
                out.append(Backup(p, taken, (m.group(2) or "save").replace("_", "-")))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def rotate(document_id: str, now: datetime | None = None) -> list[Path]:
    """Keep the newest KEEP_LAST saves and the newest save of each of the last KEEP_DAYS days.

    Backups taken before a migration or a restore are kept for KEEP_DAYS days whatever their number.
    """
    now = now or datetime.now()
    keep: set[Path] = set()
    days_seen: set = set()
    saves = [b for b in list_backups(document_id) if b.reason == "save"]
    for i, b in enumerate(saves):
        if i < KEEP_LAST:
            keep.add(b.path)
        day = b.taken.date()
        if now - b.taken <= timedelta(days=KEEP_DAYS) and day not in days_seen:
            days_seen.add(day)
            keep.add(b.path)
    removed = []
    for b in list_backups(document_id):
        special = b.reason != "save" and now - b.taken <= timedelta(days=KEEP_DAYS)
        if b.path not in keep and not special:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


def forget_entities(document_id: str, entity_ids: list[str]) -> int:
    """Remove deleted members (personal data) from every backup of a document; returns how many changed.

    The rest of each backup stays as it was, so it can still be restored.
    """
    return sum(1 for backup in list_backups(document_id) if forget_in_file(backup.path, document_id, entity_ids))


def forget_in_file(path: Path, document_id: str, entity_ids: list[str]) -> bool:
    """Delete these items (and their history) from one stored copy of the document `document_id`.

    secure_delete zeroes the rows, VACUUM rewrites the file so nothing of them is left in its free pages,
    and closing the connection folds and removes its write-ahead log. True when something was removed.
    """
    from desktop.storage.database import connect

    ids = json.dumps(list(entity_ids))
    conn = connect(path)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'history'").fetchone():
            return False  # written before members existed
        root = conn.execute("SELECT id FROM entity WHERE parent_id IS NULL").fetchone()
        if not root or root[0] != document_id:
            return False
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.execute("DELETE FROM entity WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        conn.execute("DELETE FROM history WHERE entity_id IN (SELECT value FROM json_each(?))", (ids,))
        conn.execute(
            "DELETE FROM history WHERE kind IN ('member', 'member_contact') "
            "AND entity_id NOT IN (SELECT id FROM entity)"
        )
        conn.execute("COMMIT")
        if cur.rowcount:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a working copy's log still holds the old pages
            return True
        return False
    finally:
        conn.close()
