"""Reading TMX files (1.1 to 1.4) as a stream of memory units, in bounded memory whatever the file's size.

The file is parsed with `iterparse` through defusedxml's parser (no DTD, no entities, no external references);
each `<tu>` is turned into units and dropped from the tree as soon as it ends, so a 1-million-unit file takes no
more memory than a small one. The standard DOCTYPE line CAT tools write (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`)
is removed from the head before parsing, so its DTD is never read; any other DTD, and every entity
declaration, is refused.
"""

from __future__ import annotations

import functools
import io
import os
import re
import stat
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import defusedxml
import defusedxml.ElementTree as SafeET

from desktop.core.input_files import NOT_REGULAR, TOO_LARGE, InputFileError, check_regular_file
from desktop.core.search import fold
from desktop.core.text import LANGUAGES, TextError, clean_text
from desktop.storage.memory_store import Row, StoredUnit
from desktop.translation.transliterate import CYRILLIC, detect_script, to_latin

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_HOSTILE = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_HOSTILE_OVERLAP = 64  # bytes of the previous chunk searched again: a declaration cut between two reads
# The DOCTYPE line of the TMX standard (OmegaT, Trados, memoQ write it): an external DTD by a bare file name,
# no internal subset. It is removed before parsing, so nothing is ever fetched.
_STANDARD_DOCTYPE = re.compile(rb"""<!DOCTYPE\s+tmx\s+SYSTEM\s+(["'])tmx1[1-4]\.dtd\1\s*>""")
_HEAD = 1024  # the standard DOCTYPE comes right after the XML declaration
_CHUNK = 1 << 20
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")
HOSTILE_MESSAGE = "The TMX file declares a DTD or entities; Plan does not read such files."


class TmxError(ValueError):
    """The TMX file cannot be read; the message is one line for the user."""


def normalised(text: str) -> str:
    """The text as compared for an exact match: surrounding whitespace removed, inner runs made one space."""
    return " ".join(text.split())


def unit_row(source_lang: str, target_lang: str, source: str, target: str, created: str, doc_id: str | None) -> Row:
    """A unit as the memory table's row (StoredUnit's fields in order): its source folded once, here."""
    source = source.strip()
    return (source_lang, target_lang, source, target.strip(), fold(source), created, doc_id)


def make_unit(source_lang: str, target_lang: str, source: str, target: str, created: str, doc_id: str | None):
    return StoredUnit(*unit_row(source_lang, target_lang, source, target, created, doc_id))


@functools.lru_cache(maxsize=256)  # a file names a handful of languages, on every one of its segments
def normalise_language(tag: str | None) -> str | None:
    """ "sr-Latn", "SQ_al", "en-GB" -> "sr", "sq", "en"; None for a language Plan does not know."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].casefold()
    return primary if primary in LANGUAGES else None


class _GuardedStream(io.RawIOBase):
    """The file as the parser reads it: the standard DOCTYPE line taken out of its head, and every other
    DTD or entity declaration refused before the parser sees it."""

    def __init__(self, raw: BinaryIO, head: bytes) -> None:
        self._raw = raw
        found = _STANDARD_DOCTYPE.search(head)
        if found:
            head = head[: found.start()] + head[found.end() :]
        self._tail = b""
        self._head = head
        self._check(head)

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            data, self._head = self._head, b""
            return data
        data = self._raw.read(size)
        self._check(data)
        return data

    def _check(self, data: bytes) -> None:
        if _HOSTILE.search(self._tail + data):
            raise TmxError(HOSTILE_MESSAGE)
        self._tail = (self._tail + data)[-_HOSTILE_OVERLAP:]


_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _byte_guard_suffices(head: bytes) -> bool:
    """True for UTF-8 (or ASCII) text, where a DTD or an entity declaration cannot hide from `_HOSTILE`:
    such a file is read by the C parser, after `_GuardedStream` refused every `<!DOCTYPE` and `<!ENTITY`.
    Other encodings (UTF-16 has its own bytes for "<!") go through defusedxml's parser, which refuses DTDs
    and entities itself."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head[:2] in (b"\xff\xfe", b"\xfe\xff") or head[:1] == b"\x00" or head[1:2] == b"\x00":
        return False
    declared = _DECLARED_ENCODING.match(head)
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8", b"us-ascii", b"ascii")


def count_units(stream: BinaryIO) -> int:
    """How many `<tu>` a file holds, counted in its bytes before parsing (fast: no XML is read)."""
    count, tail = 0, b""
    while chunk := stream.read(_CHUNK):
        data = tail + chunk
        count += data.count(b"<tu>") + data.count(b"<tu ")
        tail = data[-3:]  # too short to hold a match: one cut between two chunks is counted with the next
    return count


@contextmanager
def open_tmx(path: Path, max_bytes: int) -> Iterator[BinaryIO]:
    """A regular file of at most `max_bytes`, opened for reading; InputFileError otherwise (a FIFO, a device,
    a folder or a huge file is refused before anything is read)."""
    path = Path(path)
    status = check_regular_file(path)
    if status.st_size > max_bytes:
        raise InputFileError(
            f"{path.name}: the file is larger than the limit of {max_bytes // 1_000_000:,} MB.", TOO_LARGE, max_bytes
        )
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a FIFO between the check and the open
            raise InputFileError(
                f"Cannot read {path.name}: it is not a regular file (a pipe or a device).", NOT_REGULAR
            )
        fh = os.fdopen(fd, "rb", closefd=False)
    except BaseException:
        os.close(fd)
        raise
    try:
        yield fh
    finally:
        fh.close()
        os.close(fd)


def seg_text(seg: ET.Element) -> str:
    """The plain text of a <seg>: its text and the text of <hi>/<sub>, without inline codes (<bpt>, <ph> ...).

    Walked with a stack, not by recursion: a file of 100,000 nested <hi> is text, not a RecursionError."""
    if not len(seg):
        return seg.text or ""
    parts = [seg.text or ""]
    stack, tails = [iter(seg)], []  # tails[i]: the tail of the element whose children stack[i + 1] walks
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            if tails:
                parts.append(tails.pop())
        elif child.tag in ("hi", "sub"):
            parts.append(child.text or "")
            stack.append(iter(child))
            tails.append(child.tail or "")
        else:
            parts.append(child.tail or "")
    return "".join(parts)


def _rows_of_tu(tu: ET.Element, default_source: str | None, created: str) -> Iterator[Row]:
    segments: list[tuple[str, str]] = []  # (language, text), in file order
    for tuv in tu:  # its <tuv> children (tu.findall("tuv") built a list for each unit)
        if tuv.tag != "tuv":
            continue
        tag = tuv.get(XML_LANG) or tuv.get("lang")  # TMX 1.1 used "lang"
        lang = normalise_language(tag)
        seg = tuv.find("seg")
        if lang is None or seg is None:
            continue
        text = seg_text(seg)
        # Only a text with a Cyrillic letter can be in Cyrillic: most Serbian segments skip the count.
        if lang == "sr" and (
            "cyrl" in (tag or "").casefold() or (_ANY_CYRILLIC.search(text) and detect_script(text) == CYRILLIC)
        ):
            text = to_latin(text)  # the memory keeps Serbian in Latin script; suggestions are shown in either
        try:
            text = clean_text(text).strip()
        except TextError:
            continue
        if text:
            segments.append((lang, text))
    if len(segments) < 2:
        return
    source_tag = tu.get("srclang") or default_source
    source_lang = normalise_language(source_tag) if source_tag != "*all*" else None
    source = next((s for s in segments if s[0] == source_lang), None) or segments[0]
    source_words = source[1].split()
    for lang, text in segments:  # a unit with several target languages: each goes in its own pair
        # A copy is no translation: the same words, whatever the spaces between them (as `normalised`).
        if lang != source[0] and text.split() != source_words:
            yield unit_row(source[0], lang, source[1], text, created, None)


def read_units(
    stream: BinaryIO,
    *,
    created: str,
    max_units: int,
    on_unit: Callable[[int], None] | None = None,
    as_rows: bool = False,
) -> Iterator[StoredUnit | Row]:
    """The units of a TMX file read from `stream`, as they are parsed; raises TmxError. With `as_rows`, each as
    the memory table's row (a tuple: no StoredUnit made, for imports of many units).

    A file is refused as a whole: the error may come after some units were yielded (a body that never ends,
    a declaration further down), so callers add what they get in one transaction. `on_unit(n)` is told how
    many `<tu>` were read so far, after each one."""
    head = stream.read(_HEAD)
    guarded = _GuardedStream(stream, head)
    if _byte_guard_suffices(head):
        events = ET.iterparse(guarded, events=("start", "end"))
    else:
        events = SafeET.iterparse(
            guarded, events=("start", "end"), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    depth = 0
    root: ET.Element | None = None
    body: ET.Element | None = None
    in_body = False
    default_source: str | None = None
    count = 0
    try:
        for event, elem in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    if elem.tag != "tmx":
                        raise TmxError("The file is not a TMX file (its root element is not <tmx>).")
                    root = elem
                elif depth == 2 and elem.tag == "body" and body is None:
                    body, in_body = elem, True
                continue
            depth -= 1
            if elem.tag == "tu" and in_body:
                count += 1
                if count > max_units:
                    raise TmxError(f"The TMX file has more than {max_units:,} translation units.")
                if on_unit is not None:
                    on_unit(count)
                if as_rows:
                    yield from _rows_of_tu(elem, default_source, created)
                else:
                    for row in _rows_of_tu(elem, default_source, created):
                        yield StoredUnit(*row)
                elem.clear()
            if depth == 2 and in_body:
                del body[:]  # a child of <body> has been read: the tree never grows
            elif depth == 1 and root is not None:  # a child of <tmx> ended: keep what matters of it, drop it
                if elem is body:
                    in_body = False
                elif elem.tag == "header" and default_source is None:
                    default_source = elem.get("srclang")
                root.remove(elem)
    except defusedxml.DefusedXmlException:
        raise TmxError(HOSTILE_MESSAGE) from None
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else "?"
        raise TmxError(f"The TMX file is not well-formed XML (line {line}).") from None
    if body is None:
        raise TmxError("The TMX file has no <body>.")
