"""A lock file beside a document saying who has it open, so a second copy of the app (or a
colleague on a shared folder) is told instead of overwriting the other's work."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from desktop.storage.errors import LockedError


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def _whoami() -> dict:
    try:
        user = getpass.getuser()
    except Exception:
        user = "unknown"
    return {
        "user": user,
        "host": socket.gethostname(),
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
    """A lock left by a crashed process on this machine."""
    try:
        return holder.get("host") == socket.gethostname() and not process_alive(int(holder.get("pid")))
    except (TypeError, ValueError):
        return False


class DocumentLock:
    """Held while a document is open for editing."""

    def __init__(self, document: Path) -> None:
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False

    def acquire(self, *, force: bool = False) -> bool:
        """Take the lock. Raises LockedError if another live instance has it (unless forced).

        Returns False when no lock can be written (read-only folder): the caller goes on without one.
        """
        holder = read_lock(self.document)
        if holder is not None and not force and not is_stale(holder):
            if holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname():
                raise LockedError(f"{self.document.name} is already open in this window.", holder)
            raise LockedError(
                f"{self.document.name} is open in another copy of Plan ({holder_text(holder)}). "
                "You can open it read-only.",
                holder,
            )
        data = json.dumps(_whoami()).encode()
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                fh.write(data)
            if holder is None and not force:
                try:
                    os.link(tmp, self.path)  # atomic: fails if someone created it meanwhile
                except FileExistsError:
                    return self.acquire(force=False)
                except OSError:
                    os.replace(tmp, self.path)  # file systems without hard links (FAT on USB sticks)
            else:
                os.replace(tmp, self.path)
        except OSError:
            return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.held = True
        return True

    def release(self) -> None:
        if not self.held:
            return
        holder = read_lock(self.document)
        if holder and holder.get("pid") == os.getpid() and holder.get("host") == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False
