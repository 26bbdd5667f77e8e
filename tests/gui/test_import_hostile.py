"""Every import in the window (XLIFF, review sheets, TMX) given a FIFO, a bomb or a file that breaks its parser:
a message in the user's language, never a hang or a traceback, and the plan unchanged."""

from __future__ import annotations

import io
import os
import sys

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop import i18n
from desktop.core import reviews as rv
from desktop.exchange.review_sheet import export_review_sheet
from desktop.gui.review.review_sheet_dialogs import ReviewSheetImportDialog
from desktop.gui.translation.memory_dialog import MemoryDialog
from desktop.gui.translation.xliff_import_dialog import XliffImportDialog
from desktop.gui.widgets import messages
from desktop.translation import memory as memory_module
from desktop.translation.memory import TranslationMemory
from tests import hostile
from tests.storage.test_undo import dumps

needs_fifo = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, _title=None: shown.append(text))
    return shown


def on_disk(controller) -> str:
    return dumps(controller.session.repo.load())


@needs_fifo
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "in.xlf could not be read: it is not a regular file (a pipe or a device)."),
        ("sq", "in.xlf nuk u lexua dot: nuk është skedar i zakonshëm (është tub ose pajisje)."),
        ("sr", "in.xlf nije moguće pročitati: nije obična datoteka (cev ili uređaj)."),
    ],
)
def test_xliff_import_of_a_fifo_is_refused_in_the_users_language(controller, tmp_path, errors, lang, expected):
    fifo = tmp_path / "in.xlf"
    os.mkfifo(fifo)
    before = on_disk(controller)
    i18n.set_language(lang)
    assert XliffImportDialog.import_file(controller, None, fifo) is False
    assert errors == [expected]
    assert on_disk(controller) == before


def test_xliff_import_of_a_file_that_breaks_the_parser_is_a_message(controller, tmp_path, errors, monkeypatch):
    from desktop.gui.translation import xliff_import_dialog

    def broken(*_args, **_kwargs):
        raise RecursionError("maximum recursion depth exceeded")  # what a parser without a depth bound raises

    monkeypatch.setattr(xliff_import_dialog, "import_xliff", broken)
    path = tmp_path / "deep.xlf"
    path.write_bytes(hostile.xliff(3))
    i18n.set_language("sq")
    assert XliffImportDialog.import_file(controller, None, path) is False
    assert errors == [
        "deep.xlf nuk mund të importohet: skedari është i dëmtuar ose nuk është i llojit të pritur. "
        "Asgjë në plan nuk u ndryshua."
    ]


@needs_fifo
def test_review_sheet_import_refuses_a_fifo_and_a_bomb(controller, tmp_path, errors):
    controller.apply(rv.start_review, controller.doc.action_plan.id, 2025)
    review = controller.doc.reviews[-1]
    before = on_disk(controller)
    fifo = tmp_path / "sheet.xlsx"
    os.mkfifo(fifo)
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [fifo]) is False
    assert errors[0].startswith("sheet.xlsx could not be read: it is not a regular file")
    buffer = io.BytesIO()
    export_review_sheet(controller.doc, review, "en", buffer)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(hostile.xlsx_bomb(buffer.getvalue(), 40 * 2**20))
    assert ReviewSheetImportDialog.import_files(controller, review.id, None, [bomb]) is False
    assert "bomb.xlsx" in errors[1] and "unpacks to far more" in errors[1]
    assert on_disk(controller) == before


@pytest.fixture
def memory_dialog(qtbot, controller):
    memory = TranslationMemory()
    dialog = MemoryDialog(memory, controller.doc)
    qtbot.addWidget(dialog)
    yield dialog
    memory.close()


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kwargs: (str(path), ""))


@needs_fifo
def test_tmx_import_refuses_a_fifo(memory_dialog, tmp_path, monkeypatch, errors):
    fifo = tmp_path / "memory.tmx"
    os.mkfifo(fifo)
    _choose(monkeypatch, fifo)
    assert memory_dialog.import_tmx() is None
    assert errors == ["memory.tmx could not be read: it is not a regular file (a pipe or a device)."]


def test_tmx_import_catches_every_error_a_file_can_cause(memory_dialog, tmp_path, monkeypatch, errors):
    deep = tmp_path / "deep.tmx"
    deep.write_bytes(hostile.tmx(2, nested=5000))
    _choose(monkeypatch, deep)
    assert memory_dialog.import_tmx() == 2  # 5,000 nested <hi>: text, not a RecursionError
    assert errors == []

    def broken(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(memory_module, "read_units", broken)
    i18n.set_language("sr")
    assert memory_dialog.import_tmx() is None
    assert errors == ["deep.tmx ne može da se uveze: datoteka je oštećena ili nije očekivane vrste."]


@pytest.mark.parametrize("value", ["1e30", "1e999999999"])
def test_a_plan_with_an_amount_no_editor_accepts_is_refused_not_a_crash(window, tmp_path, doc, answer, value):
    import sqlite3

    from desktop.storage.files import write_new

    path = tmp_path / "bad.plan"
    write_new(doc, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE budget_line SET amount = ?", (value,))
    conn.commit()
    conn.close()
    original = path.read_bytes()
    seen = answer("OK")
    assert window.open_file(path) is False
    assert "bad.plan holds values no plan may hold" in seen[0] and "amount is out of range" in seen[0]
    assert window.session is None and path.read_bytes() == original
    assert not list(tmp_path.glob(".~lock.*"))  # the lock taken for opening is given back
