"""The review charts: one reportlab drawing, as SVG for the app (valid XML, the labels letter for letter,
numbers in the language's format) and as PDF with an embedded font that has Cyrillic."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.export import charts, fonts
from desktop.formatting import format_number

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_status_chart_in_serbian_cyrillic():
    items = [("Завршено", 3), ("У току", 1234), ("Отказано", 0), ("Ђачки дом – џ, љ, њ, ћ", 1)]
    colours = [charts.STATUS_COLORS[s] for s in ("completed", "in_progress", "cancelled", "not_reported")]
    drawing = charts.status_chart(items, "sr-Cyrl", title="Статус активности", colors_=colours)
    svg = charts.drawing_to_svg(drawing)
    assert svg.startswith(b"<?xml") and b"<clipPath" not in svg  # QtSvg paints a clip path black
    found = texts(svg)
    for label in ("Завршено", "У току", "Отказано", "Ђачки дом – џ, љ, њ, ћ", "Статус активности"):
        assert label in found
    assert format_number(1234, "sr-Cyrl") in found and "1.234" in found
    assert "0" in found  # a status nobody has still shows its zero


def test_progress_chart_numbers_and_no_data_in_albanian():
    long = "Përmirësimi i shërbimeve sociale për të moshuarit dhe personat me aftësi të kufizuara " * 3
    items = [("1. Objektivi", Decimal("56.7")), ("2. Tjetër", None), (long, Decimal(100))]
    found = texts(charts.drawing_to_svg(charts.progress_chart(items, "sq", no_data_label="pa të dhëna")))
    assert "56,7\u00a0%" in found and "100\u00a0%" in found and "pa të dhëna" in found
    assert "1. Objektivi" in found and "2. Tjetër" in found
    shortened = next(t for t in found if t.startswith("Përmirësimi"))
    assert shortened.endswith("…") and len(shortened) < len(long)  # never wider than the label column
    assert {"0\u00a0%", "50\u00a0%", "100\u00a0%"} <= set(found)  # the axis


def test_budget_chart_per_year_with_legend():
    rows = [("2025", Decimal("12000.50"), Decimal("9500")), ("2026", Decimal("8000"), Decimal("8800.40"))]
    drawing = charts.budget_chart(rows, "sr", "RSD", planned_label="Planirano", spent_label="Потрошено")
    found = texts(charts.drawing_to_svg(drawing))
    assert {"2025", "2026", "Planirano", "Потрошено", "RSD"} <= set(found)
    assert {"12.000", "9.500", "8.000", "8.800"} <= set(found)  # whole amounts in Serbian format
    found = texts(charts.drawing_to_svg(charts.budget_chart(rows, "en", "EUR", planned_label="P", spent_label="S")))
    assert {"12,000", "9,500"} <= set(found)


@pytest.mark.parametrize(
    "drawing",
    [
        lambda: charts.status_chart([], "en"),
        lambda: charts.progress_chart([("x", None)], "en"),
        lambda: charts.budget_chart([], "en", "EUR", planned_label="P", spent_label="S"),
        lambda: charts.budget_chart(
            [("2025", Decimal(0), Decimal(0))], "en", "EUR", planned_label="P", spent_label="S"
        ),
    ],
    ids=["no statuses", "no progress", "no years", "nothing planned"],
)
def test_empty_charts_still_draw(drawing):
    ET.fromstring(charts.drawing_to_svg(drawing()))


def test_the_same_drawing_goes_into_a_pdf_with_the_font_embedded():
    from reportlab.graphics import renderPDF

    font = fonts.register_fonts()
    if font == fonts.FALLBACK_FONT:
        pytest.skip("no TrueType font with Cyrillic on this system")
    pdf = renderPDF.drawToString(charts.status_chart([("Завршено", 2)], "sr-Cyrl"))
    assert pdf.startswith(b"%PDF") and b"FontFile2" in pdf  # an embedded TrueType subset


def test_the_font_has_every_letter_of_the_three_languages():
    from reportlab.pdfbase import pdfmetrics

    name = fonts.register_fonts()
    if name == fonts.FALLBACK_FONT:
        pytest.skip("no TrueType font with Cyrillic on this system")
    assert fonts.register_fonts() == name  # registered once
    glyphs = pdfmetrics.getFont(name).face.charToGlyph
    letters = "ëËçÇčćšžđĐабвгдђежзијклљмнњопрстћуфхцчџшЂЈЉЊЋЏ"
    assert [c for c in letters if ord(c) not in glyphs] == []


def test_bundled_fonts_take_precedence(tmp_path):
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    system = tmp_path / "DejaVuSans.ttf"
    system.write_bytes(b"")
    assert fonts.find_font_file(bundled, [tmp_path / "missing.ttf", system]) == system
    for name in ("NotoSans-Bold.ttf", "NotoSans-Regular.ttf", "README.txt"):
        (bundled / name).write_bytes(b"")
    assert fonts.find_font_file(bundled, [system]) == bundled / "NotoSans-Regular.ttf"
    assert fonts.find_font_file(tmp_path / "none", []) is None


def test_register_fonts_uses_a_bundled_font(tmp_path, monkeypatch):
    source = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
    if not source.is_file():
        pytest.skip("no font file to bundle")
    shutil.copy(source, tmp_path / "DejaVuSansMono.ttf")
    monkeypatch.setattr(fonts, "FONT_DIR", tmp_path)
    fonts.register_fonts.cache_clear()
    try:
        assert fonts.register_fonts() == "DejaVu Sans Mono"
    finally:
        fonts.register_fonts.cache_clear()


def test_reportlab_is_imported_only_when_a_chart_is_drawn():
    code = "import sys, desktop.export, desktop.export.fonts; print('reportlab' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.strip() == "False"
