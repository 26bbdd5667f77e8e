"""Kill a writing process at random moments and check that nothing acknowledged is lost.

A forked child opens the document, adds objectives one by one (printing an acknowledgement after
each apply() returns) and saves now and then (acknowledging each save). The parent kills it with
SIGKILL after a random delay, then checks: the document file is intact and holds at least every
acknowledged save; the working copy left behind is intact and holds every acknowledged edit.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time

import pytest

from desktop.core import operations as op
from desktop.storage import database
from desktop.storage.files import write_new
from desktop.storage.session import DocumentSession, discard_recoverable, find_recoverable

ROUNDS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


def _writer(path, round_no: int, out_fd: int) -> None:
    session = DocumentSession.open(path)
    n = 0
    while True:
        n += 1
        session.apply(op.add_objective, {"title": {"sq": f"r{round_no}-e{n}"}})
        os.write(out_fd, f"edit r{round_no}-e{n}\n".encode())
        if n % 5 == 0:
            session.save()
            os.write(out_fd, f"save r{round_no}-e{n}\n".encode())


def _run_round(path, round_no: int, rng: random.Random) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        try:
            _writer(path, round_no, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    time.sleep(rng.uniform(0.0, 0.08))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    return b"".join(chunks).decode().splitlines()


def _titles(doc) -> set[str]:
    return {o.title.get("sq") for o in doc.objectives}


def test_kill_at_random_moments_loses_nothing_acknowledged(tmp_path, doc):
    path = tmp_path / "Plani.plan"
    write_new(doc, path)
    rng = random.Random(20261123)
    saved: set[str] = set()
    acknowledged_total = 0
    for round_no in range(ROUNDS):
        lines = _run_round(path, round_no, rng)
        edits = [line.split()[1] for line in lines if line.startswith("edit ")]
        saves = [line.split()[1] for line in lines if line.startswith("save ")]
        acknowledged_total += len(edits)

        # The document file: always a complete, valid file with every acknowledged save.
        database.inspect(path, full_check=True)
        check = DocumentSession.open(path, read_only=True)
        on_file = _titles(check.doc)
        check.close()
        if saves:
            last = int(saves[-1].split("-e")[1])
            saved |= {f"r{round_no}-e{i}" for i in range(1, last + 1)}
        assert saved <= on_file, f"round {round_no}: a saved edit is missing from the file"

        # The working copy: every acknowledged edit is there and the copy is intact.
        found = find_recoverable()
        if edits and set(edits) - on_file:
            assert len(found) == 1, f"round {round_no}: unsaved work was not offered for recovery"
        for work in found:
            database.inspect(work.work_file, full_check=True)
            recovered = DocumentSession.resume(work)
            assert set(edits) <= _titles(recovered.doc), f"round {round_no}: an acknowledged edit was lost"
            recovered.close()
        for work in find_recoverable():
            discard_recoverable(work)
    assert acknowledged_total > ROUNDS  # the rounds really wrote
    assert saved
