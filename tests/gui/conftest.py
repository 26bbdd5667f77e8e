"""Shared fixtures for the window tests: an isolated data folder, a sample plan, modal-dialog answers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from desktop.core import operations as op
from desktop.core.model import Document
from desktop.gui.main_window import MainWindow
from desktop.storage.files import write_new


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies, backups and settings.ini go to a temporary folder, never the real home."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("PLAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def serbian_as_written() -> Iterator[None]:
    """The Serbian script shown is a setting of the process: a test that shows Cyrillic (the walk in sr_Cyrl)
    must not leave the next test's labels in Cyrillic."""
    from desktop.gui.translation.serbian_script import AS_WRITTEN, set_shown_script

    yield
    set_shown_script(AS_WRITTEN)


def build_sample() -> Document:
    """A small plan: two objectives, three activities; English is missing in some places on purpose."""
    doc = op.new_document({"sq": "Komuna e Provës", "sr": "Opština Proba", "en": "Test Municipality"})
    for lang, text in {
        "sq": "Strategjia për shërbimet sociale 2025-2027",
        "sr": "Strategija socijalnih usluga 2025-2027",
        "en": "Social services strategy 2025-2027",
    }.items():
        op.set_text(doc, doc.strategy.id, "title", lang, text)
    context = next(s for s in doc.strategy.sections if s.key == "context")
    op.set_text(doc, context.id, "body", "sq", "Paragrafi i parë.\n\nParagrafi i dytë.")
    older = op.add_target_group(
        doc, {"name": {"sq": "Të moshuarit", "sr": "Starije osobe", "en": "Older people"}}
    ).upserted[0]
    o1 = op.add_objective(
        doc,
        {
            "title": {"sq": "Shërbime në komunitet", "sr": "Usluge u zajednici", "en": "Community services"},
            "description": {"sq": "Përshkrimi i objektivit", "sr": "Opis cilja", "en": "About the objective"},
        },
    ).upserted[0]
    p1 = op.add_priority(
        doc, o1, {"title": {"sq": "Qendrat ditore", "sr": "Dnevni centri", "en": "Day centres"}}
    ).upserted[0]
    op.add_priority(doc, p1, {"title": {"sq": "Terapia", "sr": "Terapija", "en": "Therapy"}})
    o2 = op.add_objective(doc, {"title": {"sq": "Mbrojtja e fëmijëve", "sr": "Zaštita dece"}}).upserted[0]
    plan = doc.action_plan.id
    a1 = op.add_activity(
        doc,
        plan,
        o1,
        {
            "title": {"sq": "Hapja e qendrës ditore", "sr": "Otvaranje dnevnog centra", "en": "Opening a day centre"},
            "responsible": {
                "sq": "Drejtoria e Mirëqenies Sociale",
                "sr": "Direkcija za socijalnu zaštitu",
                "en": "Social Welfare Directorate",
            },
            "partners": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad", "en": "Social work centre"},
            "timeframe_note": {"sq": "sipas nevojës", "sr": "po potrebi", "en": "as needed"},
            "notes": {"sq": "Shënim", "sr": "Napomena", "en": "A note"},
        },
        start="2025-H1",
        end="2026-Q2",
        target_group_ids=[older],
    ).upserted[0]
    op.add_budget_line(doc, a1, 2025, "48000", source="municipal")
    op.add_budget_line(doc, a1, 2026, "12500.50", source="donor", funder="UNICEF")
    op.add_indicator(
        doc,
        a1,
        {
            "name": {"sq": "Vende në qendër", "sr": "Mesta u centru", "en": "Places in the centre"},
            "unit": {"sq": "vende"},
        },
        baseline=0,
        targets={2025: 10, 2026: 25},
    )
    op.add_activity(doc, plan, o1, {"title": {"sq": "Kujdesi në shtëpi", "sr": "Pomoć u kući"}})
    op.add_activity(doc, plan, o2, {"title": {"sq": "Familjet <kujdestare> & R&D", "sr": "Hraniteljske porodice"}})
    return doc


@pytest.fixture
def sample_doc() -> Document:
    return build_sample()


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.plan"
    write_new(build_sample(), path)
    return path


def _close_session(w: MainWindow) -> None:
    session, w.session = w.session, None
    if session is not None:
        session.close()


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    w = MainWindow()
    # The session is closed before pytest-qt closes the window, so a test that left unsaved changes
    # cannot block on the save prompt.
    qtbot.addWidget(w, before_close_func=_close_session)
    w.show()
    yield w
    _close_session(w)


def when_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Run `act` on the next modal dialog of `kind` once it is shown, as the user answering it."""
    tries = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
            return
        tries[0] += 1
        if tries[0] < 500:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def answer_new_plan_dialog(name: str, country: str = "XK") -> None:
    """File > New's dialog, filled with a municipality's name and country, then Create."""
    from desktop.gui.files.new_plan_dialog import NewPlanDialog

    def fill(dialog) -> None:
        dialog.name.setText(name)
        dialog.country.setCurrentIndex(dialog.country.findData(country))
        dialog.create_button.click()

    when_modal(NewPlanDialog, fill)


def reopen(path: Path) -> Document:
    """The saved file, opened again on its own (read-only: the window may still hold it)."""
    from desktop.storage.session import DocumentSession

    session = DocumentSession.open(path, read_only=True)
    try:
        return session.doc
    finally:
        session.close()


@pytest.fixture
def answer(qtbot) -> Callable[..., list[str]]:
    """Answer the next modal dialogs by button text, in order; returns the texts they showed.

    Use before the call that opens them. A dialog without the wanted button is rejected, and polling
    stops after a few seconds, so a test can fail but never hang on a modal dialog.
    """
    seen: list[str] = []

    def schedule(*buttons: str) -> list[str]:
        queue = list(buttons)
        tries = [0]

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or not widget.isVisible():
                tries[0] += 1
                if tries[0] < 400:
                    QTimer.singleShot(10, poll)
                return
            if isinstance(widget, QMessageBox):
                seen.append(f"{widget.text()}\n{widget.informativeText()}")
            else:
                seen.append(widget.windowTitle())
            wanted = queue.pop(0)
            for button in widget.findChildren(QPushButton):
                if button.isVisible() and button.text().replace("&", "") == wanted:
                    button.click()
                    break
            else:
                seen.append(f"(no button {wanted!r})")
                widget.reject() if hasattr(widget, "reject") else widget.close()
            tries[0] = 0
            if queue:
                QTimer.singleShot(10, poll)

        QTimer.singleShot(0, poll)
        return seen

    return schedule


@pytest.fixture
def controller(qtbot, tmp_path: Path, doc):
    """The `doc` fixture's plan written to a file, opened, and wrapped as the window wraps it."""
    from desktop.gui.controller import DocumentController
    from desktop.storage.session import DocumentSession

    path = tmp_path / "p.plan"
    write_new(doc, path)
    ctl = DocumentController(DocumentSession.open(path))
    yield ctl
    ctl.session.close()
