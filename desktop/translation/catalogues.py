"""Interface catalogue tools: the Serbian Cyrillic catalogue is made from the Latin one.

`python -m desktop.translation.catalogues cyrillic IN.po OUT.po` transliterates every translation,
keeping placeholders ({number}, %s) and markup as they are, so translators maintain one Serbian file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

from desktop.translation.transliterate import to_cyrillic

_PROTECTED = re.compile(r"(\{[^{}]*\}|%\(?\w*\)?[sd]|<[^<>]+>)")


def cyrillic_message(text: str) -> str:
    """Transliterate a translated message, leaving placeholders and tags untouched."""
    return "".join(p if _PROTECTED.fullmatch(p) else to_cyrillic(p) for p in _PROTECTED.split(text))


def make_cyrillic(source: Path, target: Path) -> int:
    """Write the Cyrillic catalogue; returns the number of translated messages."""
    with open(source, "rb") as fh:
        catalogue = read_po(fh, locale="sr")
    count = 0
    for message in catalogue:
        if not message.id:
            continue
        if isinstance(message.string, tuple):
            message.string = tuple(cyrillic_message(s) for s in message.string)
        elif message.string:
            message.string = cyrillic_message(message.string)
        count += bool(message.string)
    catalogue.locale = "sr_Cyrl"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as fh:
        write_po(fh, catalogue, width=120, omit_header=False)
    return count


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] != "cyrillic":
        print("usage: python -m desktop.translation.catalogues cyrillic IN.po OUT.po", file=sys.stderr)
        return 2
    n = make_cyrillic(Path(argv[1]), Path(argv[2]))
    print(f"{argv[2]}: {n} messages in Cyrillic")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
