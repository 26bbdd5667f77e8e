"""The review charts, drawn once for both the app (as SVG, shown by QtSvg) and the PDF (as a reportlab Drawing).

Every function takes labels already translated into the document's language (the caller translates)
and the language code for numbers ("sq", "sr", "sr-Cyrl", "en", see `desktop.formatting`), and returns
a `reportlab.graphics.shapes.Drawing`: `renderPDF.draw(drawing, canvas, x, y)` or a platypus flowable
in the PDF, `drawing_to_svg(drawing)` for the app. Text is set in the font of `desktop.export.fonts`,
which has Albanian and Serbian Latin and Cyrillic letters.

This module imports reportlab at once: import it only when a chart is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.export.fonts import register_fonts
from desktop.formatting import format_number

# Colours that stay apart for colour-blind readers and in grey print (Okabe and Ito).
STATUS_COLORS: dict[str, str] = {
    "completed": "#009E73",
    "in_progress": "#0072B2",
    "delayed": "#E69F00",
    "not_started": "#999999",
    "cancelled": "#D55E00",
    "postponed": "#CC79A7",
    "not_reported": "#DDDDDD",
}
PROGRESS_COLOR = "#0072B2"
PLANNED_COLOR = "#56B4E9"
SPENT_COLOR = "#E69F00"

WIDTH = 440.0  # points: fits an A4 page's text width
FONT_SIZE = 8.0
TITLE_SIZE = 10.0
ROW = 20.0  # height of one bar's row in the horizontal charts
MAX_LABEL_SHARE = 0.4  # category labels take at most this share of the width; longer ones are shortened


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis to fit `width` points."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _drawing(width: float, height: float, title: str, font: str) -> tuple[Drawing, float]:
    """A drawing with its title at the top; returns it and the height left below the title."""
    drawing = Drawing(width, height)
    if not title:
        return drawing, height
    drawing.add(
        String(0, height - TITLE_SIZE, _fit(title, font, TITLE_SIZE, width), fontName=font, fontSize=TITLE_SIZE)
    )
    return drawing, height - TITLE_SIZE - 8


def _horizontal(
    labels: Sequence[str],
    values: Sequence[float | None],
    value_labels: Sequence[str],
    fills: Sequence[str],
    *,
    title: str,
    width: float,
    value_max: float,
    value_step: float,
    axis_format,
    na_text: str = "",
) -> Drawing:
    font = register_fonts()
    label_width = min(
        max((stringWidth(label, font, FONT_SIZE) for label in labels), default=0), width * MAX_LABEL_SHARE
    )
    labels = [_fit(label, font, FONT_SIZE, label_width) for label in labels]
    longest_value = max((stringWidth(v, font, FONT_SIZE) for v in value_labels), default=0)
    plot_height = ROW * max(len(labels), 1)
    drawing, top = _drawing(width, plot_height + 24 + (TITLE_SIZE + 8 if title else 0), title, font)
    chart = HorizontalBarChart()
    chart.x = label_width + 8
    chart.y = 16
    chart.width = max(width - chart.x - longest_value - 10, 40)
    chart.height = top - chart.y - 4
    chart.data = [[v for v in values]] if values else [[0]]
    chart.barWidth = ROW * 0.6
    chart.groupSpacing = ROW * 0.4
    chart.strokeColor = None
    chart.bars.strokeColor = None
    for i, fill in enumerate(fills):
        chart.bars[(0, i)].fillColor = colors.HexColor(fill)
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.reverseDirection = 1  # the first item at the top
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.valueStep = value_step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = FONT_SIZE - 1
    chart.valueAxis.labelTextFormat = axis_format
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = FONT_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelArray = [list(value_labels) or [""]]
    chart.barLabelFormat = "values"
    if na_text:
        chart.naLabel = NA_Label()
        chart.naLabel.text = na_text
        chart.naLabel.fontName = font
        chart.naLabel.fontSize = FONT_SIZE
        chart.naLabel.fillColor = colors.HexColor("#666666")
        chart.naLabel.boxAnchor = "w"
        chart.naLabel.dx = 3
    drawing.add(chart)
    return drawing


def status_chart(
    items: Sequence[tuple[str, int]],
    lang: str,
    *,
    title: str = "",
    colors_: Sequence[str] | None = None,
    width: float = WIDTH,
) -> Drawing:
    """Activities by status: one bar per (translated status name, count), in the order given.

    `colors_` are hex colours per item (see `STATUS_COLORS`, keyed by status); blue when not given.
    """
    labels = [label for label, _n in items]
    counts = [int(n) for _label, n in items]
    fills = list(colors_) if colors_ is not None else [PROGRESS_COLOR] * len(items)
    step = max(1, math.ceil(max(counts, default=0) / 5))  # whole numbers on the axis
    return _horizontal(
        labels,
        counts,
        [format_number(n, lang) for n in counts],
        fills,
        title=title,
        width=width,
        value_max=step * max(1, math.ceil(max(counts, default=0) / step)),
        value_step=step,
        axis_format=lambda v: format_number(Decimal(str(v)), lang),
    )


def progress_chart(
    items: Sequence[tuple[str, Decimal | None]],
    lang: str,
    *,
    title: str = "",
    no_data_label: str = "–",
    width: float = WIDTH,
) -> Drawing:
    """Progress per objective, 0–100 %: one bar per (translated objective label, percent or None).

    None is "no data": no bar, and `no_data_label` (translated by the caller) where the value would be.
    """
    labels = [label for label, _p in items]
    values = [float(p) if p is not None else None for _label, p in items]
    texts = [f"{format_number(p, lang)}\u00a0%" if p is not None else no_data_label for _label, p in items]
    return _horizontal(
        labels,
        values,
        texts,
        [PROGRESS_COLOR] * len(items),
        title=title,
        width=width,
        value_max=100,
        value_step=25,
        axis_format=lambda v: f"{format_number(Decimal(str(v)), lang)}\u00a0%",
        na_text=no_data_label,
    )


def budget_chart(
    rows: Sequence[tuple[str, Decimal, Decimal]],
    lang: str,
    currency: str,
    *,
    planned_label: str,
    spent_label: str,
    title: str = "",
    width: float = WIDTH,
    height: float = 220.0,
) -> Drawing:
    """Planned against spent per reviewed year: rows of (year label, planned, spent), amounts in `currency`.

    The amounts are written above the bars and on the axis in the language's format; the currency code
    stands above the axis, the translated `planned_label` and `spent_label` in the legend.
    """
    font = register_fonts()
    drawing, top = _drawing(width, height, title, font)
    chart = VerticalBarChart()
    planned = [float(p) for _y, p, _s in rows] or [0.0]
    spent = [float(s) for _y, _p, s in rows] or [0.0]
    axis_labels = [format_number(v, lang, decimals=0) for v in (max(planned + spent),)]
    chart.x = max(stringWidth(axis_labels[0], font, FONT_SIZE - 1), 20) + 8
    chart.y = 2 * FONT_SIZE
    chart.width = width - chart.x - 4
    chart.height = top - chart.y - 2 * FONT_SIZE - 10
    chart.data = [planned, spent]
    chart.strokeColor = None
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor(PLANNED_COLOR)
    chart.bars[1].fillColor = colors.HexColor(SPENT_COLOR)
    chart.groupSpacing = 12
    chart.barSpacing = 2
    chart.categoryAxis.categoryNames = [str(y) for y, _p, _s in rows] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    if not any(planned + spent):
        chart.valueAxis.valueMax = 1
        chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = FONT_SIZE - 1
    chart.valueAxis.labelTextFormat = lambda v: format_number(Decimal(str(v)), lang, decimals=0)
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E5E5E5")
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = FONT_SIZE - 1
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    chart.barLabelArray = [
        [format_number(p, lang, decimals=0) for _y, p, _s in rows] or [""],
        [format_number(s, lang, decimals=0) for _y, _p, s in rows] or [""],
    ]
    chart.barLabelFormat = "values"
    drawing.add(chart)
    drawing.add(String(0, chart.y + chart.height + FONT_SIZE, currency, fontName=font, fontSize=FONT_SIZE - 1))
    legend = Legend()
    legend.fontName = font
    legend.fontSize = FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.boxAnchor = "se"
    legend.x = width
    legend.y = chart.y + chart.height + FONT_SIZE + 2
    legend.dx = legend.dy = FONT_SIZE
    legend.deltax = 8
    legend.strokeColor = None
    legend.colorNamePairs = [
        (colors.HexColor(PLANNED_COLOR), planned_label),
        (colors.HexColor(SPENT_COLOR), spent_label),
    ]
    drawing.add(legend)
    return drawing


def drawing_to_svg(drawing: Drawing) -> bytes:
    """The drawing as an SVG document (UTF-8) for the app's QtSvg view; text stays text.

    Without a <clipPath>: QtSvg does not apply one and paints its rectangle black.
    """
    svg = renderSVG.drawToString(drawing, useClip=True)
    return svg.encode("utf-8") if isinstance(svg, str) else svg
