"""An open document: a working copy in the data folder that every edit reaches durably,
and Save / Save As that replace the document file atomically.

Why a working copy: the document often lives on a USB stick or a shared folder. Writing each edit
there would make every keystroke depend on that medium; instead edits commit (fsync) to a local
copy, and the file itself changes only when the user saves, all at once. If the app dies, the
working copy survives and the next start offers to recover it.
"""

from __future__ import annotations

import contextlib
import getpass
import itertools
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.core.changelog import REMOVED, Record, records
from desktop.core.history import Image, UndoStep, affected_parents, apply_image, capture, entity_state
from desktop.core.model import PERSONAL_KINDS, Document, new_id
from desktop.core.operations import Change, OperationError
from desktop.storage import backups
from desktop.storage.database import check_content, connect, damaged_message, inspect, inspect_header
from desktop.storage.errors import DamagedFileError, StorageError, describe_os_error
from desktop.storage.files import discard_database, fsync_file, remove_stale_temps, sqlite_reason, write_snapshot
from desktop.storage.lock import DocumentLock, holder_text, host_name, process_alive, read_lock
from desktop.storage.migrations import migrate
from desktop.storage.repository import DocumentRepository, transaction
from desktop.storage.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class RecoverableWork:
    """A working copy left with unsaved edits by an instance that is gone."""

    work_file: Path
    document: Path | None
    modified: datetime
    edits: int


def _new_work_file() -> Path:
    folder = paths.work_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{new_id()}.plan"


def _fsync_copy(work_file: Path) -> None:
    """A fresh working copy and its WAL, on disk (see `_work_connection`'s `fsync_follows`)."""
    for file in (work_file, work_file.with_name(work_file.name + "-wal")):
        if file.exists():
            fsync_file(file)


def _manifest(work_file: Path) -> Path:
    return work_file.with_suffix(".json")


OPENING, OPEN = "opening", "open"
# A working copy without a manifest this old is a leftover (written by a version that wrote the manifest last).
ORPHAN_AGE_S = 600


def _write_manifest_file(work_file: Path, document: Path | None, *, state: str) -> None:
    """Say whose the working copy is: the document, this process, and whether it is still being opened."""
    data = {
        "document": str(document) if document else None,
        "pid": os.getpid(),
        "host": host_name(),
        "opened": datetime.now().astimezone().isoformat(timespec="seconds"),
        "state": state,
    }
    tmp = _manifest_temp(work_file, os.getpid())
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, _manifest(work_file))


def _manifest_temp(work_file: Path, pid: int) -> Path:
    return work_file.with_name(f"{work_file.stem}.json.{pid}.tmp")


def _discard_work(work_file: Path) -> None:
    discard_database(work_file)
    for leftover in (_manifest(work_file), _manifest_temp(work_file, os.getpid())):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _check_content(path: Path) -> None:
    """`check_content`, where anything it runs into but a storage or disk error says the file is damaged."""
    try:
        check_content(path)
    except (StorageError, OSError):
        raise
    except Exception:
        raise DamagedFileError(damaged_message(path)) from None


class _InThread(threading.Thread):
    """A part of opening a file that needs no Python while it runs (SQLite's check of the file, the fsync of its
    working copy), done in a thread of its own while the plan loads: on two cores it costs the opening nothing."""

    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__(name="plan-opening", daemon=True)
        self._job = job
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self._job()
        except BaseException as exc:  # raised again in the thread that waits for it
            self.error = exc

    def wait(self) -> None:
        """Wait for the job to end; raise what it raised."""
        self.join()
        if self.error is not None:
            raise self.error


class DocumentSession:
    """One open document. Use `open`, `create` or `resume`; close with `close`."""

    def __init__(
        self,
        work_file: Path,
        conn: sqlite3.Connection,
        path: Path | None,
        read_only: bool,
        ready: Callable[[], None] | None = None,
    ) -> None:
        """`ready`, when given, is called once the plan is loaded and before the working copy is declared open
        (its manifest): what must be true of the copy by then (it is on disk, the file was not damaged)."""
        self.work_file = work_file
        self.conn = conn
        self.repo = DocumentRepository(conn)
        self.path = path
        self.read_only = read_only
        self.lock: DocumentLock | None = None
        self.lock_warning = ""
        self.author = default_author()  # named in the history; the window sets it from the preferences
        self.frozen_version: object = None  # the approved Version a read-only view shows (see `view`)
        self.doc: Document = self.repo.load()
        if ready is not None:
            ready()
        self._write_manifest()

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, force: bool = False) -> DocumentSession:
        """Open a document file. Raises StorageError (LockedError when another instance holds it)."""
        path = Path(os.path.abspath(path))
        version = inspect_header(path)
        if version < SCHEMA_VERSION:
            check_content(path)  # checked before its backup is taken and its copy migrated
        lock = None if read_only else DocumentLock(path)
        locked = lock.acquire(force=force) if lock else False
        work = conn = None
        checker = _InThread(lambda: _check_content(path)) if version == SCHEMA_VERSION else None
        try:
            with contextlib.suppress(OSError, sqlite3.Error):
                find_recoverable()  # removes what killed instances left with nothing to recover
            work = _new_work_file()
            # Said before the copy exists: a copy left by a kill during the open is known as one and removed.
            _write_manifest_file(work, path, state=OPENING)
            if locked:
                remove_stale_temps(path)  # we hold the lock: no one else is saving it
            src = connect(path, read_only=True)
            try:
                dst = sqlite3.connect(str(work))
                # Without SQLite's journal and syncs: the copy (in WAL mode) is made durable by one fsync, in a
                # thread while the plan loads, before it is declared open (a copy cut short is a leftover).
                dst.execute("PRAGMA journal_mode = OFF")
                dst.execute("PRAGMA synchronous = OFF")
                src.backup(dst)
                dst.close()
            finally:
                src.close()
            conn = _work_connection(work, fsync_follows=True)
            if version < SCHEMA_VERSION:
                session_doc_id = conn.execute("SELECT id FROM entity WHERE parent_id IS NULL").fetchone()[0]
                backups.add(path, session_doc_id, "before-migration")
                migrate(conn, version)
            repo = DocumentRepository(conn)
            with transaction(conn):
                repo.set_meta("saved_edit_count", str(repo.edit_count))
            conn.execute("PRAGMA synchronous = FULL")  # every edit from now on is synced as it is committed
            synced = _InThread(lambda: _fsync_copy(work))

            def ready() -> None:
                synced.wait()
                if checker is not None:
                    checker.wait()

            session = cls(work, conn, path, read_only, ready)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            if work is not None:
                _discard_work(work)
            if lock:
                lock.release()
            if checker is not None and not isinstance(exc, DamagedFileError):
                checker.join()  # a damaged file's own message rather than what reading it ran into
                if isinstance(checker.error, DamagedFileError):
                    raise checker.error from None
            if isinstance(exc, OSError):
                raise StorageError(describe_os_error(exc, f"open {path.name}")) from None
            if isinstance(exc, sqlite3.Error):
                raise StorageError(f"Could not open {path.name}: {sqlite_reason(exc)}.") from None
            raise
        session.lock = lock
        if lock and not locked:
            session.lock_warning = (
                f"The folder of {path.name} is read-only: others are not warned that you have it open, "
                "and you will need Save As to keep your changes."
            )
        return session

    @classmethod
    def open_copy(cls, source: Path | str, as_path: Path | str | None = None) -> DocumentSession:
        """Open a copy of `source` (a backup, a template) to be saved as `as_path` (or with Save As).

        `source` is only read; the session starts with unsaved changes so nothing is overwritten
        until the user saves. Restoring a backup is `open_copy(backup, document_path)`.
        """
        source = Path(os.path.abspath(source))
        version = inspect(source)
        if version < SCHEMA_VERSION:
            raise StorageError(f"{source.name} uses an older format: open it directly to upgrade it first.")
        target = Path(os.path.abspath(as_path)) if as_path else None
        lock = DocumentLock(target) if target else None
        if lock:
            lock.acquire()
        work = None
        try:
            work = _new_work_file()
            _write_manifest_file(work, target, state=OPENING)
            src = connect(source, read_only=True)
            try:
                conn = _work_connection(work)
                src.backup(conn)
            finally:
                src.close()
            repo = DocumentRepository(conn)
            with transaction(conn):
                repo.set_meta("saved_edit_count", "-1")
            session = cls(work, conn, target, False)
        except BaseException as exc:
            if work is not None:
                _discard_work(work)
            if lock:
                lock.release()
            if isinstance(exc, OSError | sqlite3.Error):
                raise StorageError(f"Could not open a copy of {source.name}.") from None
            raise
        session.lock = lock
        return session

    @classmethod
    def create(cls, doc: Document, path: Path | None = None) -> DocumentSession:
        """A session for a document that exists only in memory (new, imported, recovered)."""
        work = None
        try:
            work = _new_work_file()
            _write_manifest_file(work, Path(os.path.abspath(path)) if path else None, state=OPENING)
            conn = _work_connection(work)
            repo = DocumentRepository(conn)
            repo.create(doc)
            with transaction(conn):
                repo.set_meta("saved_edit_count", "-1")  # never saved: unsaved until Save As
            session = cls(work, conn, Path(os.path.abspath(path)) if path else None, False)
        except sqlite3.Error as exc:
            if work is not None:
                _discard_work(work)
            raise StorageError(f"Could not create the working copy: {sqlite_reason(exc)}.") from None
        except OSError as exc:
            if work is not None:
                _discard_work(work)
            raise StorageError(describe_os_error(exc, "create the working copy")) from None
        return session

    @classmethod
    def view(cls, doc: Document, frozen_version: object = None) -> DocumentSession:
        """A read-only session on a document that is only looked at (an approved version): never saved,
        never offered for recovery."""
        session = cls.create(doc)
        with transaction(session.conn):
            session.repo.set_meta("saved_edit_count", str(session.repo.edit_count))
        session.read_only = True
        session.frozen_version = frozen_version
        return session

    @classmethod
    def resume(cls, work: RecoverableWork) -> DocumentSession:
        """Take over a working copy left by a crashed instance; its unsaved edits are kept."""
        inspect(work.work_file)  # a damaged working copy gets a clear message and stays as it is
        try:
            conn = _work_connection(work.work_file)
            session = cls(work.work_file, conn, work.document, False)
        except sqlite3.Error as exc:
            raise StorageError(f"The working copy cannot be recovered: {sqlite_reason(exc)}.") from None
        except OSError as exc:
            raise StorageError(describe_os_error(exc, "recover the working copy")) from None
        if work.document is not None:
            lock = DocumentLock(work.document)
            try:
                lock.acquire()
                session.lock = lock
            except StorageError as exc:
                session.path = None
                session.lock_warning = f"{exc} Use Save As to keep the recovered work."
        return session

    # -- state -----------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.repo.edit_count != int(self.repo.meta("saved_edit_count", "-1"))

    @property
    def document_id(self) -> str:
        return self.doc.id

    def _write_manifest(self) -> None:
        _write_manifest_file(self.work_file, self.path, state=OPEN)

    # -- editing ---------------------------------------------------------------------
    def apply(self, operation: Callable[..., Change], *args, **kwargs) -> Change:
        """Run a core operation and make its change durable before returning.

        OperationError (bad input) leaves the document as it was. If the write fails (disk full ...),
        the in-memory document is reloaded from the last durable state and StorageError is raised.
        """
        return self.apply_undoable(operation, *args, **kwargs)[0]

    def apply_undoable(self, operation: Callable[..., Change], *args, **kwargs) -> tuple[Change, UndoStep | None]:
        """Like `apply`, and also return the step that undoes (and redoes) the change."""
        self._check_writable()
        change = self._run(operation, args, kwargs)
        if not change:
            return change, None
        try:
            # The file still holds the state before the operation: read the "before" image from it.
            subtrees = self.repo.subtree_ids(change.removed)
            parents = affected_parents(self.doc, change)
            parents.update(p for r in change.removed if (p := self.repo.stored_parent(r)))
            before = Image(
                {
                    eid: self.repo.read_state(eid)
                    for eid in [*change.upserted, *itertools.chain.from_iterable(subtrees.values())]
                },
                {pid: self.repo.read_order(pid) for pid in parents},
            )
        except sqlite3.Error as exc:
            self.doc = self.repo.load()
            raise StorageError(f"The change could not be prepared: {sqlite_reason(exc)}.") from None
        after = capture(self.doc, change, subtrees, parents)
        self._commit(change, records(before, after))
        return change, UndoStep(change.operation, before, after)

    def restore(self, image: Image, operation: str = "restore") -> Change:
        """Apply an undo or redo image and store the result."""
        self._check_writable()
        before = Image({eid: entity_state(self.doc, e) if (e := self.doc.find(eid)) else None for eid in image.states})
        change = apply_image(self.doc, image)
        change.operation = operation
        self._commit(change, records(before, image))
        return change

    def _run(self, operation: Callable[..., Change], args: tuple, kwargs: dict) -> Change:
        try:
            return operation(self.doc, *args, **kwargs)
        except OperationError:
            # Single operations validate before they change anything; one made of several may
            # have done part of its work: go back to the stored state.
            if getattr(operation, "compound", False):
                self.doc = self.repo.load()
            raise

    def _check_writable(self) -> None:
        if self.read_only:
            raise StorageError("This document is open read-only.")

    def _commit(self, change: Change, log: list[Record]) -> None:
        try:
            self.repo.persist(self.doc, change, log, self.author)
        except (sqlite3.Error, OSError) as exc:
            self.doc = self.repo.load()
            reason = sqlite_reason(exc) if isinstance(exc, sqlite3.Error) else describe_os_error(exc, "save")
            raise StorageError(f"The change could not be stored: {reason}. Nothing was lost before it.") from None
        if any(r.kind in PERSONAL_KINDS or (r.kind == "member" and r.field == REMOVED) for r in log):
            self._forget_personal_data(log)

    def _forget_personal_data(self, log: list[Record]) -> None:
        """After contact details changed or a member was deleted, leave no old copy of them behind.

        Deleted rows are zeroed in the file (secure_delete); the checkpoint empties the write-ahead log,
        which still holds the old pages; the document's backups lose the deleted members too.
        """
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        gone = [r.entity_id for r in log if r.field == REMOVED and r.kind in ("member", *PERSONAL_KINDS)]
        if gone:
            with contextlib.suppress(OSError, sqlite3.Error):
                backups.forget_entities(self.doc.id, gone)
            with contextlib.suppress(OSError):
                forget_in_left_work(self.doc.id, gone, keep=self.work_file)

    def reload(self) -> Document:
        try:
            self.doc = self.repo.load()
        except sqlite3.Error as exc:
            raise StorageError(f"The working copy could not be read: {sqlite_reason(exc)}.") from None
        return self.doc

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        if self.path is None:
            raise StorageError("This document has not been saved yet: choose where with Save As.")
        if self.lock is not None and self.lock.held and not self.lock.still_ours():
            holder = read_lock(self.path) or {}
            raise StorageError(
                f"Another copy of Plan opened {self.path.name} anyway ({holder_text(holder)}) and took its "
                "lock, so it was not overwritten. Use Save As to keep your changes in another file."
            )
        self._write_to(self.path)

    def save_as(self, target: Path | str) -> None:
        target = Path(os.path.abspath(target))
        if target == self.path:
            return self.save()
        if not target.parent.is_dir():
            raise StorageError(f"The folder {target.parent} does not exist (was the USB stick removed?).")
        lock = DocumentLock(target)
        lock.acquire()
        try:
            self._write_to(target)
        except BaseException:
            lock.release()
            raise
        if self.lock:
            self.lock.release()
        self.lock, self.path, self.read_only = lock, target, False
        with contextlib.suppress(OSError):  # the file is saved; the manifest only names it for recovery
            self._write_manifest()

    def _write_to(self, target: Path) -> None:
        count = self.repo.edit_count
        doc_id = self.doc.id

        def finish(tmp: Path, conn: sqlite3.Connection) -> None:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'saved_edit_count'", (str(count),))
            # A full data folder must not stop the save itself.
            with contextlib.suppress(OSError):
                backups.add(tmp, doc_id)

        write_snapshot(self.conn, target, before_replace=finish)
        try:
            with transaction(self.conn):
                self.repo.set_meta("saved_edit_count", str(count))
        except sqlite3.Error as exc:
            # The file is saved; only the working copy could not note it (data folder full ...).
            raise StorageError(
                f"{target.name} was saved, but the working copy in the data folder could not record it: "
                f"{sqlite_reason(exc)}. Plan will still say there are unsaved changes."
            ) from None
        if self.lock is not None and self.lock.held:
            remove_stale_temps(target)

    # -- closing ---------------------------------------------------------------------
    def close(self) -> None:
        """Close and delete the working copy (the caller has asked the user about unsaved edits)."""
        try:
            self.conn.close()
        except sqlite3.Error as exc:
            raise StorageError(f"Could not close the working copy: {sqlite_reason(exc)}.") from None
        finally:
            _discard_work(self.work_file)
            if self.lock:
                self.lock.release()


def _work_connection(work: Path, *, fsync_follows: bool = False) -> sqlite3.Connection:
    """The working copy's connection. `fsync_follows`: its writes are not synced (`synchronous` stays OFF) until
    the caller sets it FULL and fsyncs the fresh copy and its WAL once: syncing the switch to WAL and the first
    commit on their own costs about 15 ms on a plan of 1,000 activities."""
    conn = connect(work)
    conn.execute(f"PRAGMA synchronous = {'OFF' if fsync_follows else 'FULL'}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA secure_delete = ON")  # deleted personal data is overwritten, not left in free space
    return conn


def default_author() -> str:
    """The name the history records until the user sets one in the preferences."""
    name = os.environ.get("PLAN_AUTHOR", "").strip()
    if name:
        return name[:200]
    with contextlib.suppress(Exception):
        return getpass.getuser()
    return ""


def _left_by_dead_process(info: dict) -> bool:
    pid = info.get("pid")
    alive = info.get("host") == host_name() and isinstance(pid, int) and pid > 0 and process_alive(pid)
    return not alive


def _left_work() -> list[tuple[Path, dict]]:
    """Working copies whose instance is gone, with their manifests; removes on the way what is only litter:
    manifests without a copy, copies without a manifest (older than ORPHAN_AGE_S), half-written manifests."""
    out: list[tuple[Path, dict]] = []
    folder = paths.work_dir()
    if not folder.is_dir():
        return out
    now = datetime.now().timestamp()
    for item in folder.iterdir():
        try:
            old = now - item.stat().st_mtime > ORPHAN_AGE_S
        except OSError:
            continue
        if item.suffix == ".tmp" and ".json." in item.name:  # a manifest half written
            pid = item.name.rsplit(".", 2)[-2]
            if old or (pid.isdigit() and not process_alive(int(pid))):
                item.unlink(missing_ok=True)
        elif item.suffix == ".plan" and not _manifest(item).exists() and old:
            discard_database(item)
    for manifest in folder.glob("*.json"):
        work = manifest.with_suffix(".plan")
        try:
            info = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(info, dict) or not _left_by_dead_process(info):
            continue
        if not work.exists() or info.get("state") == OPENING:  # killed while opening: nothing was edited
            _discard_work(work)
            continue
        out.append((work, info))
    return out


def find_recoverable() -> list[RecoverableWork]:
    """Working copies with unsaved edits whose instance is gone; those with nothing to recover are removed."""
    out = []
    try:
        left = _left_work()
    except OSError:
        return out
    for work, info in left:
        try:
            conn = connect(work)
            try:
                repo = DocumentRepository(conn)
                edits, saved = repo.edit_count, int(repo.meta("saved_edit_count", "-1"))
            finally:
                conn.close()
        except (sqlite3.Error, ValueError):
            edits, saved = -1, 0  # unreadable: offer it anyway, so the user learns of it and can discard it
        if edits == saved:
            _discard_work(work)
            continue
        doc = info.get("document")
        with contextlib.suppress(OSError):
            out.append(
                RecoverableWork(work, Path(doc) if doc else None, datetime.fromtimestamp(work.stat().st_mtime), edits)
            )
    return sorted(out, key=lambda w: w.modified, reverse=True)


def forget_in_left_work(document_id: str, entity_ids: list[str], keep: Path | None = None) -> int:
    """Remove deleted members from the working copies crashed instances left of the same document."""
    changed = 0
    for work, _info in _left_work():
        if keep is not None and work == keep:
            continue
        with contextlib.suppress(sqlite3.Error):
            if backups.forget_in_file(work, document_id, entity_ids):
                changed += 1
    return changed


def discard_recoverable(work: RecoverableWork) -> None:
    _discard_work(work.work_file)
