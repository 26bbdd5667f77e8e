"""What every text must respect, in a module of its own: plain text (desktop.core.text) and structured text
(desktop.core.richtext) both check against it, and plain text validates a structured one through richtext, so
neither may be the other's base."""

from __future__ import annotations

MAX_TEXT_LENGTH = 200_000


class TextError(ValueError):
    """A text value that cannot be stored."""
