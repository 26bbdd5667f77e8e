"""The translation memory's rows of `make bench`: suggestions from a generated 200,000-unit memory and the
import of a 200,000-unit TMX file, each measured in a child process of its own (its memory is its own).

`python -m desktop.memory_bench` prints the rows alone; desktop.bench calls `memory_rows()`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

UNITS = 200_000
VOCABULARY = 8_000
QUERIES = 200
TARGETS = {
    "memory: first suggestion (ms)": 100.0,
    "memory: median suggestion (ms)": 20.0,
    "memory: worst suggestion (ms)": 60.0,
    "memory: process growth (MB)": 40.0,
    "memory: 200k TMX import (s)": 10.0,
    "memory: 200k TMX import peak (MB)": 150.0,
    # Processor time beside the wall-clock rows: on a machine busy with other work the two part.
    "memory: median suggestion, CPU (ms)": None,
    "memory: 200k TMX import, CPU (s)": None,
}


def _rss_mb() -> float:
    """Resident memory of this process now (Linux /proc; elsewhere the peak, which is an upper bound)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _peak_mb() -> float:
    """Peak resident memory of this process. On Linux from VmHWM, which starts again at exec: ru_maxrss
    would also count the parent (the bench, holding the generated units) that this child was forked from."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def build(folder: Path) -> tuple[Path, Path, list[str]]:
    """The memory file, the TMX file and the texts to ask about, generated once (seeded) into `folder`."""
    from desktop.translation.memory import TranslationMemory
    from desktop.translation.sample_memory import sample_queries, sample_rows, sample_tmx

    rows = list(sample_rows(UNITS, words=VOCABULARY))
    memory_file, tmx_file = folder / "memory-200k.sqlite", folder / "memory-200k.tmx"
    with TranslationMemory(memory_file) as memory:
        memory.add_pairs(("sq", "sr", source, target) for source, target in rows)
    sample_tmx(rows, tmx_file)
    return memory_file, tmx_file, sample_queries([source for source, _target in rows], QUERIES, words=VOCABULARY)


def _suggestions(memory_file: Path, queries: list[str]) -> dict[str, float]:
    from desktop.translation.memory import TranslationMemory

    before = _rss_mb()
    start = time.perf_counter()
    memory = TranslationMemory(memory_file)  # opening is part of the first suggestion, as in the window
    memory.suggest(queries[0], "sq", "sr")
    first = time.perf_counter() - start
    times, cpu = [], []
    for query in queries[1:]:
        start, start_cpu = time.perf_counter(), time.process_time()
        memory.suggest(query, "sq", "sr")
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    grown = _rss_mb() - before
    memory.close()
    return {
        "memory: first suggestion (ms)": first * 1000,
        "memory: median suggestion (ms)": statistics.median(times) * 1000,
        "memory: worst suggestion (ms)": max(times) * 1000,
        "memory: process growth (MB)": grown,
        "memory: median suggestion, CPU (ms)": statistics.median(cpu) * 1000,
    }


def _tmx_import(tmx_file: Path, memory_file: Path) -> dict[str, float]:
    from desktop.translation.memory import TranslationMemory

    start, start_cpu = time.perf_counter(), time.process_time()  # process_time counts both threads
    with TranslationMemory(memory_file) as memory:
        added = memory.import_tmx_file(tmx_file)
    if added != UNITS:
        raise SystemExit(f"the TMX import added {added} units, not {UNITS}")
    return {
        "memory: 200k TMX import (s)": time.perf_counter() - start,
        "memory: 200k TMX import peak (MB)": _peak_mb(),
        "memory: 200k TMX import, CPU (s)": time.process_time() - start_cpu,
    }


def _child(*args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "desktop.memory_bench", *args], capture_output=True, text=True, timeout=900
    )
    if out.returncode:
        raise SystemExit(f"the memory bench failed: {out.stderr[-800:]}")
    return json.loads(out.stdout.splitlines()[-1])


def memory_rows(folder: Path) -> list[tuple[str, float, float | None]]:
    """(measure, value, target) rows; the child processes start with the modules imported only as needed."""
    start = time.perf_counter()
    memory_file, tmx_file, queries = build(folder)
    (folder / "queries.json").write_text(json.dumps(queries), encoding="utf-8")
    print(f"generated the {UNITS:,}-unit memory and TMX file in {time.perf_counter() - start:.1f} s")
    results = _child("suggest", str(memory_file), str(folder / "queries.json"))
    results |= _child("tmx", str(tmx_file), str(folder / "imported.sqlite"))
    return [(name, results[name], target) for name, target in TARGETS.items()]


def print_rows(rows: list[tuple[str, float, float | None]]) -> None:
    print(f"\n| {'measure':<36} | {'value':>9} | {'target':>7} |")
    print(f"|{'-' * 38}|{'-' * 11}|{'-' * 9}|")
    for name, value, target in rows:
        print(f"| {name:<36} | {value:9.1f} | {'' if target is None else target:>7} |")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.memory_bench", description=__doc__)
    parser.add_argument("what", nargs="?", choices=("suggest", "tmx"))
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args(argv)
    if args.what == "suggest":
        queries = json.loads(Path(args.paths[1]).read_text(encoding="utf-8"))
        print(json.dumps(_suggestions(Path(args.paths[0]), queries)))
    elif args.what == "tmx":
        print(json.dumps(_tmx_import(Path(args.paths[0]), Path(args.paths[1]))))
    else:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            print_rows(memory_rows(Path(tmp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
