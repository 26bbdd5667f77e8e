"""User text into reportlab Paragraph markup, printed literally.

A Paragraph reads its text as markup: an unescaped `<img src="/etc/passwd"/>` typed by a user would
make reportlab open that file (or fetch a URL), and `<font color=...>` would change the print. Every
user text goes through `literal` before it reaches a Paragraph; only the exporter's own tags follow it.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

_TABS = str.maketrans({"\t": "    "})  # a Paragraph would show a tab as one space


def literal(text: str) -> str:
    """The text as Paragraph markup that prints exactly these characters; newlines stay line breaks."""
    return escape(text.translate(_TABS)).replace("\n", "<br/>")


def bold(text: str) -> str:
    return f"<b>{literal(text)}</b>"
