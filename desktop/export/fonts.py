"""The TrueType font used for charts and the PDF: one that has Albanian and Serbian Latin and Cyrillic letters.

reportlab's built-in Helvetica has no Cyrillic, so a TrueType font is registered and embedded instead.
Fonts bundled in `resources/fonts` take precedence when present (the first regular `.ttf` there, with a
`-Bold` file of the same name as its bold face and an `-Oblique` or `-Italic` one as its italic);
otherwise DejaVu Sans from the system, then Arial on Windows and macOS; Helvetica is the last resort
and shows Cyrillic as empty boxes.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FALLBACK_FONT = "Helvetica"


def system_fonts() -> list[Path]:
    """Where the operating system may have a suitable font, best first."""
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian, Ubuntu
        Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),  # Arch
        Path("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),  # Fedora
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        windows / "DejaVuSans.ttf",
        windows / "arial.ttf",
        Path("/System/Library/Fonts/Supplemental/Arial.ttf"),
        Path("/Library/Fonts/Arial.ttf"),
    ]


def _is_regular(path: Path) -> bool:
    stem = path.stem.lower()
    return not any(word in stem for word in ("bold", "italic", "oblique", "light", "mono", "condensed"))


def find_font_file(font_dir: Path | None = None, candidates: list[Path] | None = None) -> Path | None:
    """The regular font file to use: a bundled one first, else the first system candidate that exists."""
    font_dir = FONT_DIR if font_dir is None else font_dir
    if font_dir.is_dir():
        bundled = sorted(p for p in font_dir.iterdir() if p.suffix.lower() == ".ttf" and p.is_file())
        regular = [p for p in bundled if _is_regular(p)] or bundled
        if regular:
            return regular[0]
    return next((p for p in (system_fonts() if candidates is None else candidates) if p.is_file()), None)


def _face_beside(path: Path, suffixes: tuple[str, ...]) -> Path | None:
    for suffix in suffixes:
        candidate = path.with_name(f"{path.stem}{suffix}{path.suffix}")
        if candidate.is_file():
            return candidate
    return None


def _bold_beside(path: Path) -> Path | None:
    return _face_beside(path, ("-Bold", "bd", "Bold"))


def _italic_beside(path: Path) -> Path | None:
    return _face_beside(path, ("-Oblique", "-Italic", "i", "Italic"))


@functools.cache
def register_fonts() -> str:
    """Register the font with reportlab (once) and return its name; "Helvetica" when none is found.

    The name is the font's family name ("DejaVu Sans"), so an SVG drawn with it is shown in the same
    font by a viewer that has it installed. Its bold face, when found, is registered as NAME + " Bold"
    and joined to it as a family (`<b>` in paragraphs); likewise its italic face as NAME + " Oblique".
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = find_font_file()
    if path is None:
        return FALLBACK_FONT
    try:
        regular = TTFont("PlanFont", str(path))
    except (TTFError, OSError):
        return FALLBACK_FONT
    family = regular.face.familyName
    name = (family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family or "")).strip()
    name = name or path.stem
    regular.fontName = name
    pdfmetrics.registerFont(regular)
    bold_name = name
    bold_path = _bold_beside(path)
    if bold_path is not None:
        try:
            pdfmetrics.registerFont(TTFont(f"{name} Bold", str(bold_path)))
            bold_name = f"{name} Bold"
        except (TTFError, OSError):
            pass
    italic_name = name
    italic_path = _italic_beside(path)
    if italic_path is not None:
        try:
            pdfmetrics.registerFont(TTFont(f"{name} Oblique", str(italic_path)))
            italic_name = f"{name} Oblique"
        except (TTFError, OSError):
            pass
    bold_italic_name = bold_name
    bold_italic_path = _face_beside(path, ("-BoldOblique", "-BoldItalic", "bi", "z", "BoldItalic"))
    if bold_italic_path is not None and bold_name != name:
        try:  # bold inside italic in a structured text (<b><i>)
            pdfmetrics.registerFont(TTFont(f"{name} Bold Oblique", str(bold_italic_path)))
            bold_italic_name = f"{name} Bold Oblique"
        except (TTFError, OSError):
            pass
    pdfmetrics.registerFontFamily(name, normal=name, bold=bold_name, italic=italic_name, boldItalic=bold_italic_name)
    return name


def font_faces() -> tuple[str, str, str]:
    """The registered (regular, bold, italic) face names; a missing face falls back to the regular one."""
    from reportlab.lib.fonts import tt2ps

    name = register_fonts()
    if name == FALLBACK_FONT:
        return "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
    return name, tt2ps(name, 1, 0), tt2ps(name, 0, 1)
