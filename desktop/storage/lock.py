"""A lock file beside a document saying who has it open, so a second copy of the app (or a
colleague on a shared folder) is told instead of overwriting the other's work."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
from datetime import datetime
from pathlib import Path

from desktop.storage.errors import AlreadyOpenError, LockedError


def host_name() -> str:
    """This computer's name, as socket.gethostname() gives it (socket is imported only where uname is missing:
    it costs the window's start a few milliseconds)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def _whoami() -> dict:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return {
        "user": user,
        "host": host_name(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def read_lock(document: Path) -> dict | None:
    try:
        data = json.loads(lock_path(document).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}


def holder_text(holder: dict) -> str:
    who = holder.get("user") or "someone"
    host = holder.get("host") or "another computer"
    since = holder.get("since", "")
    with contextlib.suppress(TypeError, ValueError):
        since = datetime.fromisoformat(since).strftime("%d.%m.%Y %H:%M")
    return f"{who} on {host}" + (f" since {since}" if since else "")


def is_stale(holder: dict) -> bool:
    """A lock left by a crashed process on this machine (by its process id: see `DocumentLock` for the
    OS lock, which is what decides when one can be taken)."""
    try:
        return holder.get("host") == host_name() and not process_alive(int(holder.get("pid")))
    except (TypeError, ValueError):
        return False


# Documents this process holds: an OS lock does not exclude the process that took it.
_HELD: dict[str, DocumentLock] = {}


def _os_lock(fd: int) -> bool | None:
    """Take the OS lock on an open lock file without waiting: True when taken, False when another process
    has it, None when the file system offers no locks (some network shares)."""
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)  # a byte beyond the text: the text stays readable
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # flock, not lockf: a POSIX record lock is dropped when the process closes any descriptor of
            # the file, and reading the lock file to show its holder does just that.
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN, errno.EDEADLK) or getattr(exc, "winerror", None) == 33:
            return False
        return None


_LOCK_OFFSET = 1 << 30


class DocumentLock:
    """Held while a document is open for editing.

    The lock file names who holds it (user, machine, since when); what makes it held is an OS lock on it
    (flock on POSIX, a byte-range lock with msvcrt on Windows) kept for the whole session. The OS releases
    it when the process ends, however it ends, so a lock left by a crash is free to take, and taking it is
    atomic: of two instances racing for it, one gets it. A lock file whose OS lock is free but which names another
    computer (a USB stick moved, a share without locks) is reported with who and since when; the user
    may open read-only, or open anyway (`force`), and the other copy finds out when it saves.
    """

    def __init__(self, document: Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False
        self._fd: int | None = None
        self._token = ""
        self._pid = os.getpid()

    def _key(self) -> str:
        return os.path.normcase(os.path.abspath(self.path))

    def acquire(self, *, force: bool = False) -> bool:
        """Take the lock. Raises LockedError if another instance has it (unless forced).

        Returns False when no lock can be written (read-only folder): the caller goes on without one.
        """
        mine = _HELD.get(self._key())
        if mine is not None and mine.held and mine._pid == os.getpid():  # a forked child holds no OS lock
            holder = read_lock(self.document) or {}
            if mine._token and holder.get("token") == mine._token:
                raise AlreadyOpenError(f"{self.document.name} is already open in this window.", holder)
            raise LockedError(self._message(holder), holder)
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            except OSError:
                return False
            got = _os_lock(fd)
            if got is None:  # no OS locks here: the lock file alone says who has the document
                os.close(fd)
                return self._acquire_without_os_lock(force)
            if not got and not force:
                os.close(fd)
                holder = read_lock(self.document) or {}
                raise LockedError(self._message(holder), holder)
            if got and not self._same_file(fd):  # released and removed meanwhile: try the new file
                os.close(fd)
                continue
            holder = read_lock(self.document)
            if got and holder and not force and holder.get("host") not in (None, host_name()):
                os.close(fd)
                raise LockedError(self._message(holder), holder)
            if not got:  # forced past a live holder: a new lock file of ours in its place
                os.close(fd)
                return self._replace(force=True)
            return self._write(fd)
        return False

    def _same_file(self, fd: int) -> bool:
        try:
            return os.path.samestat(os.fstat(fd), os.stat(self.path))
        except OSError:
            return False

    def _message(self, holder: dict) -> str:
        return (
            f"{self.document.name} is open in another copy of Plan ({holder_text(holder)}). You can open it read-only."
        )

    def _write(self, fd: int) -> bool:
        self._token = os.urandom(16).hex()
        data = json.dumps({**_whoami(), "token": self._token}).encode()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.fsync(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd, self._pid = fd, os.getpid()
        self.held = True
        _HELD[self._key()] = self
        return True

    def _replace(self, *, force: bool) -> bool:
        """Put a new lock file of ours in place of the one there (open anyway)."""
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}")
        try:
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
        except OSError:
            return False
        if _os_lock(fd) is False or not self._write(fd):
            with contextlib.suppress(OSError):
                os.close(fd)
            return False
        try:
            os.replace(tmp, self.path)
        except OSError:
            self.release()
            with contextlib.suppress(OSError):
                tmp.unlink()
            return False
        return True

    def _acquire_without_os_lock(self, force: bool) -> bool:
        holder = read_lock(self.document)
        if holder is not None and not force and not is_stale(holder):
            raise LockedError(self._message(holder), holder)
        self._token = os.urandom(16).hex()
        data = json.dumps({**_whoami(), "token": self._token}).encode()
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
            if holder is None and not force:
                try:
                    os.link(tmp, self.path)  # atomic: fails if someone created it meanwhile
                except FileExistsError:
                    return self._acquire_without_os_lock(False)
                except OSError:
                    os.replace(tmp, self.path)  # file systems without hard links (FAT on USB sticks)
            else:
                os.replace(tmp, self.path)
        except OSError:
            return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.held, self._pid = True, os.getpid()
        _HELD[self._key()] = self
        return True

    def still_ours(self) -> bool:
        """False when another copy opened the document anyway and put its own lock in place of ours."""
        if not self.held:
            return False
        holder = read_lock(self.document)
        return bool(holder) and holder.get("token") == self._token

    def release(self) -> None:
        if not self.held:
            return
        ours = self.still_ours()
        if ours and os.name != "nt":
            with contextlib.suppress(OSError):
                self.path.unlink()  # before the OS lock goes: whoever waits then finds a new file
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing the file ends its OS lock
            self._fd = None
        if ours and os.name == "nt":  # Windows removes no open file
            with contextlib.suppress(OSError):
                self.path.unlink()
        if _HELD.get(self._key()) is self:
            del _HELD[self._key()]
        self.held = False
