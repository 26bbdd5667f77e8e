"""Time and memory of each hostile or damaged input, for the README's reliability table.

    .venv/bin/python -m tests.measure_hostile            # all cases, a Markdown table on stdout
    .venv/bin/python -m tests.measure_hostile CASE...    # some of them

The input is written to a temporary folder first; then a fresh process imports the modules, reads the
input (as the app would) and runs the import. "Peak" is that process's peak resident memory (ru_maxrss,
interpreter and imports included, VmHWM); "before" is its resident memory just before the timed call.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests import hostile
from tests.conftest import small_document

MB = 2**20


def _status_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process; unlike ru_maxrss, VmHWM starts afresh at exec."""
    with open("/proc/self/status") as fh:
        line = next(line for line in fh if line.startswith(field + ":"))
    return int(line.split()[1]) / 1024


def _review(folder: Path):
    """The sample plan with a review, the same in the parent (which writes its sheet) and the child."""
    from desktop.core import reviews as rv
    from desktop.core.serialize import dumps, loads

    saved = folder / "plan.json"
    if saved.exists():
        doc = loads(saved.read_bytes())
    else:
        doc = small_document()
        rv.start_review(doc, doc.action_plan.id, 2025)
        saved.write_text(dumps(doc, personal=True), encoding="utf-8")
    return doc, doc.reviews[-1]


# -- preparing the inputs (in the parent) -----------------------------------------------------------------


def _write_long_json(folder: Path, size: int) -> None:
    head, tail = hostile.json_around_title(small_document())
    with open(folder / "in.json", "wb") as fh:  # streamed: the parent never holds the string
        fh.write(head)
        for _ in range(size // MB):
            fh.write(b"a" * MB)
        fh.write(tail)


def _write_sheet(folder: Path, expanded: int) -> None:
    from desktop.exchange.review_sheet import export_review_sheet

    doc, review = _review(folder)
    buffer = io.BytesIO()
    export_review_sheet(doc, review, "sq", buffer)
    (folder / "in.xlsx").write_bytes(hostile.xlsx_bomb(buffer.getvalue(), expanded))


# -- running them (in the child) ------------------------------------------------------------------------------


def _run_json(folder: Path):
    from desktop.core.input_files import read_limited
    from desktop.core.serialize import MAX_JSON_BYTES, loads

    return lambda: loads(read_limited(folder / "in.json", MAX_JSON_BYTES, what="the JSON file"))


def _run_sheet(folder: Path):
    from desktop.core.input_files import read_limited
    from desktop.exchange.review_sheet import MAX_FILE_BYTES, read_review_sheets

    doc, review = _review(folder)
    return lambda: read_review_sheets(doc, review, [read_limited(folder / "in.xlsx", MAX_FILE_BYTES)], ["in.xlsx"])


def _run_tmx(folder: Path):
    from desktop.core.input_files import read_limited
    from desktop.translation.memory import MAX_TMX_BYTES, parse_tmx

    return lambda: parse_tmx(read_limited(folder / "in.tmx", MAX_TMX_BYTES), created="2026-01-01T00:00:00")


def _run_xliff(folder: Path):
    from desktop.core.input_files import read_limited
    from desktop.translation.xliff import MAX_XLIFF_BYTES, import_xliff

    doc = small_document()
    return lambda: import_xliff(doc, read_limited(folder / "in.xlf", MAX_XLIFF_BYTES))


def _run_paste(folder: Path):
    from desktop.core.pasted_table import parse_clipboard

    html = (folder / "in.html").read_text()
    return lambda: parse_clipboard(html, None)


def _run_fifo(folder: Path):
    from desktop.core.input_files import read_limited

    return lambda: read_limited(folder / "plan.plan", 10**6)


def _file(name: str, make):
    return lambda folder: (folder / name).write_bytes(make())


def _amount(literal: str):
    return _file("in.json", lambda: hostile.json_with_amount(small_document(), literal).encode())


def _edited(old: str, new: str):
    """The sample's JSON with one piece of it replaced (raw)."""
    return _file("in.json", lambda: hostile.json_with_amount(small_document(), '"1"').replace(old, new, 1).encode())


def _long_json(size: int):
    return lambda folder: _write_long_json(folder, size)


def _sheet(expanded: int):
    return lambda folder: _write_sheet(folder, expanded)


def _spans() -> bytes:
    return hostile.html_spans(200).encode()


CASES = {
    "json-amount-1e30": ('JSON, a budget amount of "1e30"', _amount('"1e30"'), _run_json),
    "json-int-2e70": ("JSON, a year of 2e70", _edited('"year": 2025', '"year": 2' + "0" * 70), _run_json),
    "json-int-5000-digits": ("JSON, an integer of 5,000 digits", _amount("1" + "0" * 5000), _run_json),
    "json-surrogate": ("JSON, a lone surrogate in a text", _edited('"Komuna', '"\\ud800Komuna'), _run_json),
    "json-string-500mb": ("JSON, one 500 MB string", _long_json(500 * MB), _run_json),
    "json-string-30mb": ("JSON, one 30 MB string (under the 32 MB limit)", _long_json(30 * MB), _run_json),
    "xlsx-shared-strings-190mb": ("xlsx, shared strings unpacking to 190 MB", _sheet(190 * MB), _run_sheet),
    "xlsx-shared-strings-30mb": ("xlsx, shared strings of 30 MB (under the limit)", _sheet(30 * MB), _run_sheet),
    "xliff-1m-units": ("XLIFF, 1,000,000 units (73 MB)", _file("in.xlf", lambda: hostile.xliff(1_000_000)), _run_xliff),
    "xliff-600k-units": ("XLIFF, 600,000 units (43 MB)", _file("in.xlf", lambda: hostile.xliff(600_000)), _run_xliff),
    "xliff-100k-units": ("XLIFF, 100,000 units", _file("in.xlf", lambda: hostile.xliff(100_000)), _run_xliff),
    "tmx-1m-units": ("TMX, 1,000,000 units (96 MB)", _file("in.tmx", lambda: hostile.tmx(1_000_000)), _run_tmx),
    "tmx-50k-units": ("TMX, 50,000 units (at the limit)", _file("in.tmx", lambda: hostile.tmx(50_000)), _run_tmx),
    "tmx-nested-hi": ("TMX, 1,000 nested <hi>", _file("in.tmx", lambda: hostile.tmx(10, nested=1000)), _run_tmx),
    "paste-spans": ("Pasted HTML, 200 cells of rowspan=colspan=5000", _file("in.html", _spans), _run_paste),
    "fifo": ("A FIFO given as the file", lambda folder: os.mkfifo(folder / "plan.plan"), _run_fifo),
}  # fmt: skip


def measure(case: str, folder: Path) -> None:
    call = CASES[case][2](folder)
    before = _status_mb("VmRSS")
    start = time.perf_counter()
    try:
        call()
        outcome = "handled"
    except Exception as exc:  # what the user sees is the message: shown shortened
        outcome = f"refused: {str(exc)[:100]}"
    seconds = time.perf_counter() - start
    peak = _status_mb("VmHWM")
    print(f"{seconds:.2f}\t{before:.0f}\t{peak:.0f}\t{outcome}")


def main() -> None:
    if sys.argv[1:2] == ["--one"]:
        measure(sys.argv[2], Path(sys.argv[3]))
        return
    only = sys.argv[1:] or list(CASES)
    unknown = [case for case in only if case not in CASES]
    if unknown:
        sys.exit(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(CASES)}")
    print("| input | outcome | time | memory before → peak |")
    print("|---|---|---|---|")
    for case in only:
        label, prepare, _run = CASES[case]
        with tempfile.TemporaryDirectory() as folder:
            prepare(Path(folder))
            result = subprocess.run(
                [sys.executable, "-m", "tests.measure_hostile", "--one", case, folder],
                capture_output=True,
                text=True,
                timeout=900,
            )
        lines = result.stdout.strip().splitlines()
        if not lines:
            print(f"| {label} | failed: {result.stderr.strip()[-150:]} | | |", flush=True)
            continue
        seconds, before, peak, outcome = lines[-1].split("\t", 3)
        print(f"| {label} | {outcome.replace('|', '/')} | {seconds} s | {before} → {peak} MB |", flush=True)


if __name__ == "__main__":
    main()
