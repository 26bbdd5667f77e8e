"""The one error a document import raises: its message is meant for the user, and the plan stays unchanged."""

from __future__ import annotations


class DocumentImportError(ValueError):
    """A file that cannot be imported (too large, damaged, encrypted, not what its name says, an old format)."""
