"""Fills the user's translation memory from the open plan without holding up the window.

Every plan opened on this computer teaches the memory its translated and approved texts, so next
year's plan gets this year's translations as suggestions. The whole plan is read a slice at a time
between events, shortly after it opens; later, each edited item is learned a moment after the edit.
Writing to the memory happens in a worker thread with a connection of its own.
"""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer

from desktop.core.operations import Change
from desktop.gui.controller import DocumentController

log = logging.getLogger(__name__)

START_DELAY_MS = 2000  # after the window has settled: start-up stays fast
EDIT_DELAY_MS = 1500  # edits in a row are learned together
SLICE = 300  # entities read per event-loop turn (a few milliseconds)
STORE_EVERY = 2000  # units handed to the writer at a time


class _Insert(QRunnable):
    def __init__(self, units: list) -> None:
        super().__init__()
        self.units = units

    def run(self) -> None:
        from desktop.translation.memory import TranslationMemory, TranslationMemoryError

        try:
            with TranslationMemory() as memory:
                memory.add_units(self.units)
        except TranslationMemoryError as exc:  # no memory means no suggestions, never a broken window
            log.warning("translation memory not updated: %s", exc)


class MemoryLearner(QObject):
    def __init__(self, controller: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        controller.memory_learner = self  # the translation view leaves the learning to it
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer: units arrive in order
        self._pending: set[str] = set()
        self._walk = None
        self._units: list = []
        self._edit_timer = QTimer(self, singleShot=True, interval=EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self.learn_edits)
        self._slice_timer = QTimer(self, singleShot=True, interval=0)
        self._slice_timer.timeout.connect(self._next_slice)
        self._start_timer = QTimer(self, singleShot=True, interval=START_DELAY_MS)
        self._start_timer.timeout.connect(self.learn_plan)
        self._start_timer.start()
        controller.document_changed.connect(self._on_changed)

    def learn_plan(self) -> None:
        """Read the whole plan, a slice per event-loop turn, then store what it teaches."""
        self._start_timer.stop()
        self._walk = self.controller.doc.walk()
        self._units = []
        self._next_slice()

    def _next_slice(self) -> None:
        if self._walk is None:
            return
        from desktop.translation.memory import units_of  # imported when learning starts, not at start-up

        batch = list(itertools.islice(self._walk, SLICE))
        self._units.extend(units_of(self.controller.doc, batch))
        if len(self._units) >= STORE_EVERY or len(batch) < SLICE:
            units, self._units = self._units, []  # stored as they come: a large plan's units never pile up
            self._store(units)
        if len(batch) == SLICE:
            self._slice_timer.start()
        else:
            self._walk = None

    def _on_changed(self, change: Change) -> None:
        self._pending.update(change.upserted)
        self._edit_timer.start()

    def learn_edits(self) -> None:
        """Learn the items edited since the last time (a translation marked translated or approved)."""
        self._edit_timer.stop()
        from desktop.translation.memory import units_of

        doc = self.controller.doc
        entities = [e for e in map(doc.find, self._pending) if e is not None]
        self._pending.clear()
        self._store(units_of(doc, entities))

    def _store(self, units: list) -> None:
        if units:
            self._pool.start(_Insert(units))

    def stop(self) -> None:
        """Learn what is pending and wait for the writer: called when the plan closes."""
        for timer in (self._start_timer, self._slice_timer):
            timer.stop()
        self._walk = None
        if self._pending:
            self.learn_edits()
        self._pool.waitForDone(10_000)
        if self.controller.memory_learner is self:
            self.controller.memory_learner = None
