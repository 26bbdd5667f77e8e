"""The Translation memory dialog: where it is, what it holds, TMX import/export, learning and clearing;
every command is asserted on the memory file itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop import i18n
from desktop.gui.translation import memory_dialog as md
from desktop.gui.translation.memory_dialog import MemoryDialog
from desktop.gui.widgets import messages
from desktop.paths import data_dir
from desktop.translation import memory as memory_module
from desktop.translation.memory import MEMORY_FILE_NAME, TranslationMemory
from desktop.translation.sample_memory import sample_rows, sample_tmx

LEFT = md.Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(autouse=True)
def errors(monkeypatch) -> list[str]:
    """Error boxes are recorded instead of shown (a modal box would wait for a click forever)."""
    seen: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, title=None: seen.append(f"{title}: {text}"))
    return seen


@pytest.fixture(autouse=True)
def confirm(monkeypatch) -> list[bool]:
    answers: list[bool] = []
    monkeypatch.setattr(messages, "confirm", lambda *_args: answers.pop(0) if answers else True)
    return answers


@pytest.fixture
def dialog(qtbot, controller):
    memory = TranslationMemory()
    d = MemoryDialog(memory, controller.doc)
    qtbot.addWidget(d)
    d.show()
    yield d
    memory.close()


def stored() -> dict[tuple[str, str], int]:
    """What the memory file holds, read through a connection of its own."""
    with TranslationMemory() as tm:
        return tm.counts()


def choose_file(monkeypatch, name: str, path: Path | str) -> None:
    monkeypatch.setattr(QFileDialog, name, lambda *_args, **_kwargs: (str(path), ""))


def pair_rows(d: MemoryDialog) -> list[list[str]]:
    items = [d.pairs.topLevelItem(i) for i in range(d.pairs.topLevelItemCount())]
    return [[item.text(c) for c in range(3)] for item in items]


def test_shows_where_the_memory_is_and_that_it_is_empty(dialog):
    assert dialog.where.text() == str(data_dir() / MEMORY_FILE_NAME)
    assert dialog.total.text() == "0"
    assert not dialog.pairs.isVisible()
    assert not dialog.export_button.isEnabled() and not dialog.clear_button.isEnabled()
    assert dialog.learn_button.isVisible()


def test_learn_from_this_plan(qtbot, dialog):
    qtbot.mouseClick(dialog.learn_button, LEFT)
    counts = stored()
    total = sum(counts.values())
    assert total > 0 and ("sq", "sr") in counts
    assert dialog.total.text() == str(total)
    assert ["Albanian", "Serbian", str(counts[("sq", "sr")])] in pair_rows(dialog)
    assert dialog.status.text() == f"New translation units from this plan: {total}."
    qtbot.mouseClick(dialog.learn_button, LEFT)  # learning twice adds nothing
    assert dialog.status.text() == "New translation units from this plan: 0."
    assert stored() == counts


def test_export_then_clear_then_import(qtbot, dialog, tmp_path, monkeypatch, confirm):
    dialog.learn()
    before = stored()
    # One file per language pair, as CAT tools read them: the pair selected in the list, Serbian in Cyrillic.
    dialog.pairs.setCurrentItem(dialog.pairs.topLevelItem([p[1] for p in pair_rows(dialog)].index("Serbian")))
    pair = dialog.selected_pair()
    dialog.script_combo.setCurrentIndex(dialog.script_combo.findData("cyrl"))
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "backup")
    qtbot.mouseClick(dialog.export_button, LEFT)
    exported = tmp_path / "backup.tmx"
    data = exported.read_bytes()
    assert data.startswith(b"<?xml") and data.count(b"<tu>") == before[pair]
    assert f'srclang="{pair[0]}"'.encode() in data and b'xml:lang="sr-Cyrl"' in data
    assert "Дневни центар".encode() in data
    assert "backup.tmx" in dialog.status.text()

    confirm.append(False)  # "Cancel" keeps everything
    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert stored() == before
    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert stored() == {}
    assert dialog.total.text() == "0" and not dialog.clear_button.isEnabled()
    assert dialog.status.text() == "The translation memory is empty."
    for path in data_dir().glob(f"{MEMORY_FILE_NAME}*"):  # the forgotten texts do not linger in the files
        assert b"Dnevni centar" not in path.read_bytes(), path.name

    choose_file(monkeypatch, "getOpenFileName", exported)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert stored() == {pair: before[pair]}  # Serbian comes back in Latin, as the memory keeps it
    assert dialog.status.text() == f"New translation units from backup.tmx: {before[pair]}."


def test_another_window_sees_the_memory_cleared_and_refilled(dialog, tmp_path, monkeypatch):
    with TranslationMemory() as other:  # the translation view holds a connection of its own
        other.learn_from(dialog.doc)
        assert other.suggest("Qendra ditore", "sq", "sr")[0].target == "Dnevni centar"
        count = len(other)
        dialog.refresh()
        dialog.clear()
        # Refilled with as many units as before, but other ones: the other window must not keep its old view.
        tus = [("Qendra ditore", "Dnevni boravak")] + [(f"Fjala {i}", f"Reč {i}") for i in range(count - 1)]
        tmx = tmp_path / "other.tmx"
        tmx.write_text(
            '<tmx version="1.4"><header srclang="sq"/><body>'
            + "".join(
                f'<tu><tuv xml:lang="sq"><seg>{sq}</seg></tuv><tuv xml:lang="sr"><seg>{sr}</seg></tuv></tu>'
                for sq, sr in tus
            )
            + "</body></tmx>",
            encoding="utf-8",
        )
        choose_file(monkeypatch, "getOpenFileName", tmx)
        assert dialog.import_tmx() == count
        assert len(other) == count
        assert other.suggest("Qendra ditore", "sq", "sr")[0].target == "Dnevni boravak"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "x">]><tmx><body>&a;</body></tmx>', "DTD or entities"),
        (b"<tmx><body><tu>", "not well-formed"),
        (b"<html/>", "not a TMX file"),
        (b"\x00\xff binary", "not well-formed"),
    ],
    ids=["entities", "truncated", "other-xml", "binary"],
)
def test_hostile_or_damaged_tmx_gives_a_message(qtbot, dialog, tmp_path, monkeypatch, errors, content, expected):
    source = tmp_path / "in.tmx"
    source.write_bytes(content)
    choose_file(monkeypatch, "getOpenFileName", source)
    qtbot.mouseClick(dialog.import_button, LEFT)
    assert len(errors) == 1 and expected in errors[0] and errors[0].startswith("The translation memory could not")
    assert stored() == {}


def test_missing_or_huge_tmx_gives_a_message(dialog, tmp_path, monkeypatch, errors):
    choose_file(monkeypatch, "getOpenFileName", tmp_path / "gone.tmx")
    assert dialog.import_tmx() is None
    assert "gone.tmx could not be read: it does not exist" in errors[0]
    big = tmp_path / "big.tmx"
    big.write_bytes(b"<tmx>" + b" " * 200 + b"</tmx>")
    monkeypatch.setattr(memory_module, "MAX_TMX_FILE_BYTES", 100)
    choose_file(monkeypatch, "getOpenFileName", big)
    assert dialog.import_tmx() is None
    assert "big.tmx is larger than" in errors[1]


def test_export_failure_is_a_message(dialog, tmp_path, monkeypatch, errors):
    dialog.learn()
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "no-such-folder" / "x.tmx")
    assert dialog.export_tmx() is None
    assert errors and "x.tmx cannot be written" in errors[0]


def test_manage_opens_and_closes_the_memory(qtbot):
    shown: list[str] = []

    def look_and_close() -> None:
        d = QApplication.activeModalWidget()
        shown.append(d.total.text())
        assert not d.learn_button.isVisible()  # no plan given
        d.reject()

    QTimer.singleShot(0, look_and_close)
    MemoryDialog.manage(None)
    assert shown == ["0"]


def test_a_memory_that_cannot_be_opened_is_a_message(errors):
    (data_dir() / MEMORY_FILE_NAME).mkdir(parents=True)  # a folder where the file should be
    MemoryDialog.manage(None)
    assert len(errors) == 1 and errors[0].startswith("Translation memory: The translation memory cannot be opened")


def test_a_large_tmx_imports_in_a_worker_with_progress_and_can_be_cancelled(qtbot, dialog, tmp_path, monkeypatch):
    """20,000 units in batches of 1,000: the window keeps handling events while the file is read, Cancel on the
    progress dialog stops the import and leaves the memory as it was; imported again, every unit is there."""
    monkeypatch.setattr(memory_module, "IMPORT_BATCH", 1_000)
    dialog.learn()
    before = stored()
    tmx = tmp_path / "consultant.tmx"
    sample_tmx(sample_rows(20_000, seed=5), tmx)
    choose_file(monkeypatch, "getOpenFileName", tmx)
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))  # runs only if the window's event loop does
    timer.start(5)
    seen: list[tuple[int, int]] = []

    def cancel_at_first_report(read: int, total: int) -> None:
        seen.append((read, total))
        if len(seen) == 1:
            assert dialog.progress.isVisible() or dialog.progress.minimumDuration() > 0
            dialog.progress.findChild(md.QPushButton).click()  # the user presses Cancel

    monkeypatch.setattr(md.TmxImportThread, "start", _hook_start(cancel_at_first_report))
    assert dialog.import_tmx() is None
    assert seen[0] == (1_000, 20_000) and len(seen) < 20  # stopped long before the end
    assert dialog.status.text() == "Import cancelled: the memory is as it was."
    assert stored() == before

    progress: list[tuple[int, int]] = []
    monkeypatch.setattr(md.TmxImportThread, "start", _hook_start(lambda read, total: progress.append((read, total))))
    ticks.clear()
    assert dialog.import_tmx() == 20_000
    timer.stop()
    assert progress[-1] == (20_000, 20_000) and len(progress) == 20
    assert len(ticks) > 3  # the window's event loop ran while the worker imported
    assert stored() == {**before, ("sq", "sr"): before.get(("sq", "sr"), 0) + 20_000}
    assert ["Albanian", "Serbian", f"{before.get(('sq', 'sr'), 0) + 20_000:,}"] in pair_rows(dialog)
    with TranslationMemory() as other:
        source, target = next(sample_rows(20_000, seed=5))
        assert other.suggest(source, "sq", "sr")[0].target == target


def _hook_start(slot):
    """TmxImportThread.start that first connects `slot` to the thread's progress, in the window's thread."""
    start = md.TmxImportThread.start

    def hooked(thread, *args):
        thread.progressed.connect(slot)
        start(thread, *args)

    return hooked
