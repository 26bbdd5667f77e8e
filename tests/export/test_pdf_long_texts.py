"""Texts no one types but anyone can paste (a link of thousands of letters, a table pasted as one line): the
PDF export sets them all, every letter of them, in time proportional to their length."""

from __future__ import annotations

import io
import time

import pytest

pypdf = pytest.importorskip("pypdf")

from desktop.bench import PATHOLOGICAL_LONGEST, pathological_plan  # noqa: E402
from desktop.core import operations as op  # noqa: E402
from desktop.demo.build import build_demo  # noqa: E402
from desktop.export.pdf import export_pdf  # noqa: E402
from desktop.export.pdf.layout import chunks  # noqa: E402
from desktop.export.pdf.styles import TextStyle, make_styles  # noqa: E402
from desktop.export.pdf.textblock import break_lines  # noqa: E402


def export(doc, **kw) -> bytes:
    buffer = io.BytesIO()
    export_pdf(doc, buffer, allow_incomplete=True, deterministic=True, **kw)
    return buffer.getvalue()


def letters(data: bytes) -> str:
    """The text of every page with all white space removed (lines are cut anywhere in a run)."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def pathological():
    return pathological_plan()


def _timed(doc, **kw) -> tuple[bytes, float]:
    t = time.perf_counter()
    data = export(doc, **kw)
    return data, time.perf_counter() - t


def test_cutting_a_long_run_takes_time_proportional_to_its_length():
    style = TextStyle(make_styles().regular, 7.2, 8.9)
    times = {}
    for n in (20_000, 160_000):
        t = time.perf_counter()
        lines = break_lines("x" * n, style, 100.0)
        times[n] = time.perf_counter() - t
        assert "".join(line[0] for line in lines) == "x" * n
        assert all(line[2] <= 100.0 for line in lines)
    # Eight times the text: well under the 64 times a quadratic cut would take.
    assert times[160_000] < 20 * times[20_000] + 0.05


def test_a_long_activity_description_prints_every_letter_in_a_few_seconds():
    doc = build_demo()
    activity = doc.ordered_activities(doc.action_plan)[0]
    # Greek letters, which nothing else in the plan uses: the read-back text keeps exactly the runs' letters,
    # whatever headers and footers stand between the pages they cross.
    alphabets = {"sq": "αβγδεζηθικλμν", "sr": "ξοπρστυφχψω"}
    runs = {lang: "".join(a[i % len(a)] for i in range(100_000)) for lang, a in alphabets.items()}
    for lang, run in runs.items():
        op.set_text(doc, activity.id, "description", lang, run)
    for document in ("strategy", "action-plan"):
        _data, seconds = _timed(doc, document=document)
        assert seconds < 10, f"{document}: {seconds:.1f} s"
        # One language after the other, so the read-back text is not two columns interleaved.
        text = letters(export(doc, document=document, layout="sequential"))
        for lang, run in runs.items():
            printed = "".join(c for c in text if c in alphabets[lang])
            assert printed.count(run) == 1 and len(printed) <= 2 * len(run), (document, lang, len(printed))


@pytest.mark.parametrize("layout", ["side-by-side", "sequential", "single"])
def test_the_pathological_plan_exports_every_document(pathological, layout):
    documents = ["strategy", "action-plan", "decision", "donor"]
    documents += [f"review:{pathological.reviews[0].year}", f"minutes:{pathological.meetings[0].id}"]
    for document in documents:
        data, seconds = _timed(pathological, document=document, layout=layout)
        assert data.startswith(b"%PDF")
        assert seconds < 15, f"{document} {layout}: {seconds:.1f} s"


def test_the_longest_texts_are_printed_whole(pathological):
    section = next(s for s in pathological.walk() if s.KIND == "section")
    body = section.body.get("sq")
    assert len(body) == PATHOLOGICAL_LONGEST
    text = letters(export(pathological, layout="single", languages=("sq",)))
    assert len(text) > PATHOLOGICAL_LONGEST and body[:5_000] in text


def test_a_long_paragraph_is_cut_at_spaces_into_pieces_that_fit_a_page():
    text = " ".join(["word"] * 2_000)
    pieces = chunks(text)
    assert all(len(p) <= 2_000 for p in pieces)
    assert " ".join(pieces) == text
    assert chunks("y" * 4_500) == ["y" * 2_000, "y" * 2_000, "y" * 500]
    assert chunks("short") == ["short"]
