"""`make bench`: median timings and peak memory on the demo plan and a large generated plan.

Run as `python -m desktop.bench [--runs N]`. The window measurement starts the real application in
a child process (offscreen unless a display is set) and reads the moment its window was shown, next to
the floor (Python + PySide6 + an empty window, started the same way in the same run); when
`make package` has built the app (dist/Plan), the built executable is timed the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {
    "open document (s)": 0.3,
    "one durable edit (ms)": 10.0,
    "JSON export (s)": None,
    "search (ms)": 50.0,
    "XLIFF export (s)": 1.0,
    "XLIFF import (s)": 1.0,
    "grid filter (ms)": None,
    "interface language switch (s)": None,
}
# Start-up against the floor (Python + PySide6 + an empty window, measured in the same run): at most this many
# times the floor, medians of the runs; and the application's peak memory with the plan open.
STARTUP_RATIO_TARGETS = {"demo": 3.0, "large": 4.0}
PEAK_MEMORY_TARGET_MB = {"large": 150.0}


BUILT_APP_DIR = Path(__file__).resolve().parents[1] / "dist" / "Plan"
FROM_SOURCE = (sys.executable, "-m", "desktop")


def built_app() -> Path | None:
    """The executable `make package` built, if any: the console one where the windowed one cannot print."""
    for name in ("plan-cli.exe", "plan-cli", "Plan"):
        if (BUILT_APP_DIR / name).is_file():
            return BUILT_APP_DIR / name
    return None


def _child_env(data_dir: Path, bytecode: Path) -> dict[str, str]:
    """The measured start's environment: offscreen unless a display is set, and Python's compiled modules kept
    in `bytecode` (filled by an unmeasured first start), as they are after installing: a start-up that compiles
    every module is not the one people wait for."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PLAN_DATA_DIR=str(data_dir), PYTHONPYCACHEPREFIX=str(bytecode))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _window_shown(
    path: Path | None, data_dir: Path, command: tuple[str, ...] = FROM_SOURCE, bytecode: Path | None = None
) -> tuple[float, float]:
    """Seconds from process spawn to the main window shown, and that process's peak memory in MB.

    `path` None runs `command` as it is (the floor)."""
    env = _child_env(data_dir, bytecode or data_dir.parent / "bytecode")
    args = [*command] if path is None else [*command, str(path)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        env["PLAN_STARTUP_PROBE"] = repr(time.time())
        proc = subprocess.Popen(args, stdout=out, stderr=err, env=env)
        peak = _wait_for_peak_mb(proc)
        out.seek(0)
        shown = [line for line in out.read().decode().splitlines() if line.startswith("window-shown ")]
        if not shown:
            err.seek(0)
            raise SystemExit(f"the app did not report its window: {err.read().decode()[-500:]}")
    return float(shown[0].split()[1]), peak


def _wait_for_peak_mb(proc: subprocess.Popen) -> float:
    """Wait for the process to end; its own peak resident memory in MB (where the system tells it)."""
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        return usage.ru_maxrss / 1024
    proc.wait(timeout=120)
    try:
        import resource
    except ImportError:  # Windows: no rusage
        return float("nan")
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # the largest child so far


def _startup(files: dict[str, Path], data_dir: Path, runs: int) -> dict[str, dict[str, float]]:
    """Median start-up seconds (runs interleaved, the floor among them, so a busy machine weighs on all alike)
    and peak memory of the floor, the demo and the large plan, with each start-up's ratio to the floor."""
    from desktop.gui.bench_timings import FLOOR_SCRIPT

    bytecode = data_dir.parent / "bytecode"
    cases: dict[str, tuple[Path | None, tuple[str, ...]]] = {
        "floor": (None, (sys.executable, "-c", FLOOR_SCRIPT)),
        **{name: (path, FROM_SOURCE) for name, path in files.items()},
    }
    for path, command in cases.values():  # fills the bytecode cache and the disk cache
        _window_shown(path, data_dir, command, bytecode)
    measured: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, (path, command) in cases.items():
            measured[name].append(_window_shown(path, data_dir, command, bytecode))
    out = {
        name: {"shown": statistics.median(s for s, _m in values), "peak": max(m for _s, m in values)}
        for name, values in measured.items()
    }
    for values in out.values():
        values["ratio"] = values["shown"] / out["floor"]["shown"]
    return out


def _print_startup(startup: dict[str, dict[str, float]], runs: int) -> None:
    floor = startup["floor"]["shown"]
    print(
        f"\nstart-up, medians of {runs} (floor: Python + PySide6 + an empty window shown, {floor:.3f} s here; "
        "the machine's load weighs on every figure, the ratio to the floor is what the targets use)\n"
    )
    head = ("start-up", "window shown (s)", "x floor", "target", "peak (MB)", "target")
    print(f"| {head[0]:<12} | {head[1]:>16} | {head[2]:>7} | {head[3]:>9} | {head[4]:>9} | {head[5]:>6} |")
    print(f"|{'-' * 14}|{'-' * 18}|{'-' * 9}|{'-' * 11}|{'-' * 11}|{'-' * 8}|")
    for name, values in startup.items():
        ratio = STARTUP_RATIO_TARGETS.get(name)
        memory = PEAK_MEMORY_TARGET_MB.get(name)
        print(
            f"| {name:<12} | {values['shown']:16.3f} | {values['ratio']:7.2f} | "
            f"{'' if ratio is None else f'<= {ratio:g} x':>9} | {values['peak']:9.1f} | "
            f"{'' if memory is None else f'{memory:g}':>6} |"
        )


def _in_process(path: Path, runs: int) -> dict[str, float]:
    from desktop.core import operations as op
    from desktop.core.serialize import dumps
    from desktop.storage.session import DocumentSession

    opens, exports = [], []
    for _ in range(runs):
        t = time.perf_counter()
        session = DocumentSession.open(path)
        opens.append(time.perf_counter() - t)
        t = time.perf_counter()
        dumps(session.doc)
        exports.append(time.perf_counter() - t)
        session.close()
    session = DocumentSession.open(path)
    target = session.doc.ordered_activities(session.doc.action_plan)[0]
    edits = []
    for i in range(200):
        t = time.perf_counter()
        session.apply(op.set_text, target.id, "notes", "sq", f"Shënim {i} çë")
        edits.append(time.perf_counter() - t)
    session.close()
    from desktop.core.search import SearchIndex

    index = SearchIndex(DocumentSession.open(path, read_only=True).doc)
    searches = []
    for _ in range(runs):
        for query in ("sherbime", "porodice decu", "opstina", "children care", "zzz"):
            t = time.perf_counter()
            index.search(query)
            searches.append(time.perf_counter() - t)
    from desktop.translation.xliff import export_xliff, import_xliff

    exports_x, imports_x = [], []
    for _ in range(runs):
        t = time.perf_counter()
        data = export_xliff(index.doc, "en")
        exports_x.append(time.perf_counter() - t)
        t = time.perf_counter()
        import_xliff(index.doc, data)
        imports_x.append(time.perf_counter() - t)
    return {
        "XLIFF export (s)": statistics.median(exports_x),
        "XLIFF import (s)": statistics.median(imports_x),
        "search (ms)": statistics.median(searches) * 1000,
        "open document (s)": statistics.median(opens),
        "one durable edit (ms)": statistics.median(edits) * 1000,
        "JSON export (s)": statistics.median(exports),
    }


PATHOLOGICAL_RUN = 5_000  # an unbroken run in every text field of one item of each kind
PATHOLOGICAL_LONGEST = 100_000  # and in one activity's description and one section's body


def pathological_plan():
    """The demo plan with texts no one types but anyone can paste: unbroken runs of letters (a pasted
    link, a table turned into one line) in every printed field of one item of each kind, and two
    100,000-character ones. The PDF export must set them in time proportional to their length."""
    from desktop.core import operations as op
    from desktop.core.operations import OperationError
    from desktop.demo.build import build_demo

    doc = build_demo()
    seen: set[str] = set()
    for entity in list(doc.walk()):
        if entity.KIND in seen or not getattr(entity, "TEXTS", ()):
            continue
        seen.add(entity.KIND)
        for name in entity.TEXTS:
            longest = name in ("description", "body") and entity.KIND in ("activity", "section")
            length = PATHOLOGICAL_LONGEST if longest else PATHOLOGICAL_RUN
            for lang, letters in (("sq", "Shqipëria"), ("sr", "Srbijačđž"), ("en", "Longword")):
                text = (letters * (length // len(letters) + 1))[:length]
                with contextlib.suppress(OperationError):
                    op.set_text(doc, entity.id, name, lang, text)
    return doc


def _pdf_export(doc, runs: int) -> float:
    """Median seconds of the side-by-side sq|sr PDF export (strategy with its action plan) into memory."""
    import io

    from desktop.export.pdf import export_pdf

    times = []
    for _ in range(runs):
        t = time.perf_counter()
        export_pdf(doc, io.BytesIO(), allow_incomplete=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _docx_export(doc, runs: int) -> float:
    """Median seconds of the side-by-side sq|sr Word export (strategy with its action plan) into memory."""
    from desktop.export.docx import export_docx

    times = []
    for _ in range(runs):
        t = time.perf_counter()
        export_docx(doc, io.BytesIO(), languages=("sq", "sr"), layout="side_by_side")
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _docx_text(text: str) -> str:
    from xml.sax.saxutils import escape

    runs = (f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>' for line in text.split("\n"))
    return "<w:r><w:br/></w:r>".join(runs)


def _write_docx(doc, path: Path) -> None:
    """The same content as the side-by-side PDF as a Word document: the strategy's texts in Albanian and
    Serbian, and the action plan as a landscape table with both languages in each cell (minimal
    WordprocessingML written with zipfile: a benchmark input, not an export)."""
    import zipfile

    def para(text: str, bold: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f"<w:p>{_docx_text(text).replace('<w:r>', '<w:r>' + props)}</w:p>"

    def cell(text: str, width: int) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{para(text)}</w:tc>'

    body = []
    for lang in ("sq", "sr"):
        body.append(para(doc.strategy.title.get(lang), bold=True))
        for section in doc.strategy.sections:
            body += [para(section.title.get(lang), bold=True), *(para(p) for p in section.body.get(lang).split("\n\n"))]
        for obj in doc.strategy.objectives:
            body += [para(obj.title.get(lang), bold=True), para(obj.description.get(lang))]
    body.append(
        '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr></w:pPr></w:p>'
    )
    numbers = doc.numbers()
    widths = (600, 3600, 1600, 1800, 1200, 2000, 2800)
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = []
    for act in doc.ordered_activities(doc.action_plan):
        both = lambda mt: "\n".join(mt.get(lang) for lang in ("sq", "sr"))  # noqa: E731
        budget = "\n".join(f"{b.year}: {b.amount} {b.currency} {b.source}" for b in act.budget_lines)
        indicators = "\n".join(both(i.name) for i in act.indicators)
        values = (
            numbers.get(act.id, ""),
            both(act.title) + "\n" + both(act.description),
            both(act.responsible),
            both(act.partners),
            f"{act.start or ''} - {act.end or ''}",
            budget,
            indicators,
        )
        rows.append("<w:tr>" + "".join(cell(v, w) for v, w in zip(values, widths, strict=True)) + "</w:tr>")
    header = "<w:trPr><w:tblHeader/></w:trPr>"
    head = (
        "<w:tr>"
        + header
        + "".join(
            cell(h, w)
            for h, w in zip(
                (
                    "Nr./Br.",
                    "Aktiviteti / Aktivnost",
                    "Përgjegjës / Odgovoran",
                    "Partnerët / Partneri",
                    "Afati / Rok",
                    "Buxheti / Budžet",
                    "Treguesit / Indikatori",
                ),
                widths,
                strict=True,
            )
        )
        + "</w:tr>"
    )
    borders = "".join(
        f'<w:{b} w:val="single" w:sz="4"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    body.append(
        f"<w:tbl><w:tblPr><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        + head
        + "".join(rows)
        + "</w:tbl>"
    )
    body.append(
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850"/></w:sectPr>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                'document.main+xml"/></Types>'
            ),
        )
        z.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
                '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
            ),
        )
        z.writestr("word/document.xml", document)


def _libreoffice(doc, tmp: Path, runs: int) -> float | None:
    """Median seconds LibreOffice takes to turn a .docx of the same content into PDF; None without it."""
    import shutil

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    source = tmp / f"plan-{id(doc)}.docx"
    _write_docx(doc, source)
    profile = (tmp / "lo-profile").as_uri()
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(tmp / "lo-out"),
        str(source),
    ]
    subprocess.run(command, capture_output=True, timeout=600)  # the first start sets up the profile
    times = []
    for _ in range(min(runs, 3)):
        t = time.perf_counter()
        subprocess.run(command, capture_output=True, timeout=600, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _docx_import(tmp: Path, runs: int) -> float:
    """Median seconds to read, recognise and import a 100-page Word plan: 80 chapters of prose and lists and an
    action plan of 300 numbered rows."""
    import docx

    from desktop.exchange.docimport import apply_new, read_preview

    document = docx.Document()
    for chapter in range(1, 41):
        document.add_heading(f"{chapter}. Kapitulli {chapter}", 1)
        for sub in range(1, 3):
            document.add_heading(f"{chapter}.{sub} Nënkapitulli", 2)
            for _ in range(12):
                document.add_paragraph("Qendra komunitare ofron shërbime për komunitetet në nevojë. " * 4)
            document.add_paragraph("Shërbim për të moshuarit", style="List Bullet")
    table = document.add_table(rows=1, cols=4)
    for c, text in enumerate(["Nr.", "Aktiviteti", "Përgjegjës", "Afati"]):
        table.cell(0, c).text = text
    for n in range(1, 301):
        row = table.add_row().cells
        for cell, text in zip(row, (f"{n}.", f"Aktiviteti {n}", "Komuna", "Gjysma e parë e 2026"), strict=True):
            cell.text = text
    path = tmp / "hundred-pages.docx"
    document.save(path)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        apply_new(read_preview(path), "Korçë")
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _print_pdf_table(docs: dict, tmp: Path, runs: int) -> None:
    """The PDF export against LibreOffice converting a Word document of the same content."""
    rows = [
        ("PDF export demo (s)", _pdf_export(docs["demo"], runs), None),
        ("PDF export large side-by-side (s)", _pdf_export(docs["large"], runs), 2.0),
        ("PDF export pathological texts (s)", _pdf_export(pathological_plan(), runs), 3.0),
        ("Word export large side-by-side (s)", _docx_export(docs["large"], runs), 3.0),
        ("Word import, 100 pages (s)", _docx_import(tmp, runs), 2.0),
    ]
    office = {name: _libreoffice(doc, tmp, runs) for name, doc in docs.items()}
    print(f"\n| {'measure':<40} | {'seconds':>9} | {'target':>7} |")
    print(f"|{'-' * 42}|{'-' * 11}|{'-' * 9}|")
    for name, value, target in rows:
        print(f"| {name:<40} | {value:9.3f} | {'' if target is None else target:>7} |")
    for name in docs:
        label = f"LibreOffice .docx to PDF, {name} (s)"
        value = office[name]
        shown = "LibreOffice not installed" if value is None else f"{value:9.3f}"
        print(f"| {label:<40} | {shown:>9} | {'':>7} |")
    if office["large"]:
        print(f"\nLibreOffice takes {office['large'] / rows[1][1]:.1f} times as long for the large plan.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median reported)")
    parser.add_argument(
        "--no-memory",
        action="store_true",
        default=bool(os.environ.get("PLAN_BENCH_NO_MEMORY")),
        help="skip the translation memory rows (a 200,000-unit memory: about two minutes); also PLAN_BENCH_NO_MEMORY=1",
    )
    args = parser.parse_args(argv)

    from desktop.demo.build import build_demo
    from desktop.demo.large import build_large
    from desktop.gui.bench_timings import gui_timings, quiet_offscreen_messages
    from desktop.storage.files import write_new

    quiet_offscreen_messages()

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        os.environ["PLAN_DATA_DIR"] = str(tmp_path / "data")
        files = {"demo": tmp_path / "demo.plan", "large": tmp_path / "large.plan"}
        write_new(build_demo(), files["demo"])
        t = time.perf_counter()
        large = build_large()
        write_new(large, files["large"])
        print(
            f"generated the large plan ({len(large.action_plan.activities)} activities, "
            f"{len(large)} items) in {time.perf_counter() - t:.1f} s"
        )
        docs = {"demo": build_demo(), "large": large}
        startup = _startup(files, tmp_path / "data", args.runs)
        app = built_app()
        for name, path in files.items() if app is not None else ():
            built = [_window_shown(path, tmp_path / "data", (str(app),)) for _ in range(args.runs + 1)][1:]
            startup[f"{name}, built"] = {  # the first start only filled the disk cache
                "shown": statistics.median(s for s, _m in built),
                "peak": max(m for _s, m in built),
                "ratio": statistics.median(s for s, _m in built) / startup["floor"]["shown"],
            }
        results: dict[str, dict[str, float]] = {}
        for name, path in files.items():
            results[name] = {**_in_process(path, args.runs), **gui_timings(path, args.runs)}
        pdf_lines = io.StringIO()
        with contextlib.redirect_stdout(pdf_lines):
            _print_pdf_table(docs, tmp_path, args.runs)
    print(f"\nmedians over {args.runs} runs ({os.cpu_count()} cores, Python {sys.version.split()[0]})\n")
    width = max(len(m) for m in TARGETS)  # the longest measure's name sets the column
    print(f"| {'measure':<{width}} | {'demo':>9} | {'large':>9} | {'target':>7} |")
    print(f"|{'-' * (width + 2)}|{'-' * 11}|{'-' * 11}|{'-' * 9}|")
    for metric, target in TARGETS.items():
        if metric not in results["demo"]:
            continue
        fmt = "{:9.1f}" if "MB" in metric else "{:9.2f}" if "ms" in metric else "{:9.3f}"
        row = " | ".join(fmt.format(results[n][metric]) for n in files)
        print(f"| {metric:<{width}} | {row} | {'' if target is None else target:>7} |")
    _print_startup(startup, args.runs)
    print(pdf_lines.getvalue(), end="")
    if not args.no_memory:  # the translation memory at the scale consultants bring (desktop.memory_bench)
        from desktop.memory_bench import memory_rows, print_rows

        with tempfile.TemporaryDirectory() as tmp:
            print_rows(memory_rows(Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
