"""`make bench`: median timings and peak memory on the demo plan and a large generated plan.

Run as `python -m desktop.bench [--runs N]`. The window measurement starts the real application in
a child process (offscreen unless a display is set) and reads the moment its window was shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = {
    "window shown (s)": 0.8,
    "open document (s)": 0.3,
    "one durable edit (ms)": 10.0,
    "JSON export (s)": None,
    "search (ms)": 50.0,
    "XLIFF export (s)": 1.0,
    "XLIFF import (s)": 1.0,
    "grid filter (ms)": None,
    "interface language switch (s)": None,
    "peak memory, app (MB)": 200.0,
}


def _window_shown(path: Path, data_dir: Path) -> tuple[float, float]:
    """Seconds from process spawn to the main window shown, and the process's peak memory in MB."""
    env = {**os.environ, "PLAN_DATA_DIR": str(data_dir)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PLAN_STARTUP_PROBE"] = repr(time.time())
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    out, err = proc.communicate(timeout=120)
    shown = [line for line in out.decode().splitlines() if line.startswith("window-shown ")]
    if not shown:
        raise SystemExit(f"the app did not report its window: {err.decode()[-500:]}")
    return float(shown[0].split()[1]), _children_peak_mb()


def _children_peak_mb() -> float:
    """Peak resident memory of the largest child process so far (the demo runs before the large plan)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median reported)")
    args = parser.parse_args(argv)

    from desktop.demo.build import build_demo
    from desktop.demo.large import build_large
    from desktop.gui.bench_timings import gui_timings
    from desktop.storage.files import write_new

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
        results: dict[str, dict[str, float]] = {}
        for name, path in files.items():
            shown, peaks = [], []
            for _ in range(args.runs):
                s, peak = _window_shown(path, tmp_path / "data")
                shown.append(s)
                peaks.append(peak)
            results[name] = {
                "window shown (s)": statistics.median(shown),
                **_in_process(path, args.runs),
                **gui_timings(path, args.runs),
                "peak memory, app (MB)": max(peaks),
            }
    print(f"\nmedians over {args.runs} runs ({os.cpu_count()} cores, Python {sys.version.split()[0]})\n")
    print(f"| {'measure':<24} | {'demo':>9} | {'large':>9} | {'target':>7} |")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 11}|{'-' * 9}|")
    for metric, target in TARGETS.items():
        fmt = "{:9.1f}" if "MB" in metric else "{:9.2f}" if "ms" in metric else "{:9.3f}"
        row = " | ".join(fmt.format(results[n][metric]) for n in files)
        print(f"| {metric:<24} | {row} | {'' if target is None else target:>7} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
