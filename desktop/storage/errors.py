"""Storage errors, each with a message meant for the user."""

from __future__ import annotations


class StorageError(Exception):
    """Something went wrong reading or writing a document; the message says what and what to do."""


class NotADocumentError(StorageError):
    pass


class NewerVersionError(StorageError):
    pass


class DamagedFileError(StorageError):
    pass


class LockedError(StorageError):
    def __init__(self, message: str, holder: dict) -> None:
        super().__init__(message)
        self.holder = holder


class AlreadyOpenError(LockedError):
    """The document is open in this very process (another window of it)."""


def describe_os_error(exc: OSError, action: str) -> str:
    """Turn an OSError into a sentence for the user."""
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk or USB stick is read-only",
        errno.EACCES: "you do not have permission to write there",
        errno.EPERM: "you do not have permission to write there",
        errno.ENOENT: "the folder does not exist (was the USB stick removed?)",
        errno.EIO: "the disk reported an input/output error (was the USB stick removed?)",
    }
    if action.startswith("read ") and exc.errno in (errno.EACCES, errno.EPERM):
        reasons[exc.errno] = "you do not have permission to read it"
    if exc.errno in (errno.EACCES, errno.EPERM) and action.startswith("read"):
        reasons[exc.errno] = "you do not have permission to read it"
    reason = reasons.get(exc.errno, exc.strerror or str(exc))
    where = f" ({exc.filename})" if exc.filename else ""
    return f"Could not {action}: {reason}{where}."
