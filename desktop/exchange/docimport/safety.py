"""Checks made before any reader opens a file: its size, what it really is, and (for the zip-based formats)
the expanded size its zip directory announces, so a zip bomb is refused before a byte is decompressed."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from desktop.exchange.docimport.errors import DocumentImportError

MAX_FILE_BYTES = 50 * 2**20  # a 300-page plan with images is some 20 MB
MAX_EXPANDED_BYTES = 300 * 2**20  # what all the zip's members may expand to
MAX_RATIO = 150  # text XML compresses some 10-30 times; far more is a bomb
MAX_MEMBERS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: old .doc/.xls, and encrypted OOXML
ZIP_MAGIC = b"PK\x03\x04"

# Extension -> (format read, what the zip must hold). Macro-enabled files are read as their plain format: only
# the document's own parts are ever opened, never vbaProject.bin.
FORMATS = {
    ".docx": ("docx", "word/document.xml"),
    ".docm": ("docx", "word/document.xml"),
    ".dotx": ("docx", "word/document.xml"),
    ".xlsx": ("xlsx", "xl/workbook.xml"),
    ".xlsm": ("xlsx", "xl/workbook.xml"),
    ".odt": ("odt", "content.xml"),
    ".ods": ("ods", "content.xml"),
}
OLD_FORMATS = {".doc": ".docx", ".xls": ".xlsx", ".rtf": ".docx"}
MACRO_EXTENSIONS = frozenset({".docm", ".xlsm"})


def soffice() -> str | None:
    """LibreOffice's command, when installed: it converts an old .doc/.xls."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def check_file(path: Path) -> str:
    """The format to read `path` as ("docx", "xlsx", "odt", "ods"), or DocumentImportError saying why not."""
    name = path.name
    ext = path.suffix.lower()
    if ext in OLD_FORMATS:
        raise DocumentImportError(
            f"{name} is in the old binary format: save it as {OLD_FORMATS[ext]} in Word, Excel or LibreOffice "
            "(File > Save As) and import that file"
        )
    if ext not in FORMATS:
        raise DocumentImportError(f"{name}: only .docx, .odt, .xlsx and .ods documents can be imported")
    try:
        if not path.is_file():
            raise DocumentImportError(f"{name} is not a file")
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise DocumentImportError(f"cannot read {name}: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise DocumentImportError(f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB: not a plan's document")
    if head.startswith(OLE_MAGIC):
        if ext in (".docx", ".docm", ".dotx", ".xlsx", ".xlsm"):
            # Office stores a password-protected file as an encrypted package inside a compound file.
            raise DocumentImportError(
                f"{name} is encrypted (protected by a password): open it, remove the password and save it again"
            )
        raise DocumentImportError(f"{name} is not a {ext} document (it is an old binary Office file)")
    if not head.startswith(ZIP_MAGIC):
        raise DocumentImportError(f"{name} is not a {ext} document: its content is something else")
    kind, required = FORMATS[ext]
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DocumentImportError(f"{name} is damaged: {exc}") from None
    if len(infos) > MAX_MEMBERS:
        raise DocumentImportError(f"{name} holds {len(infos)} parts: not a plan's document")
    expanded = sum(i.file_size for i in infos)
    compressed = sum(i.compress_size for i in infos) or 1
    if expanded > MAX_EXPANDED_BYTES or (expanded > 10 * 2**20 and expanded / compressed > MAX_RATIO):
        raise DocumentImportError(f"{name} would expand to {expanded // 2**20} MB: refused as a possible zip bomb")
    if required not in names:
        raise DocumentImportError(f"{name} is not a {ext} document: {_what_zip(names)}")
    return kind


def _what_zip(names: set[str]) -> str:
    if "word/document.xml" in names:
        return "it is a Word document; give it the .docx extension"
    if "xl/workbook.xml" in names:
        return "it is an Excel workbook; give it the .xlsx extension"
    if "content.xml" in names:
        return "it is an OpenDocument file; give it the .odt or .ods extension"
    return "it is a zip archive of something else"
