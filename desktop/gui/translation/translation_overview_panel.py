"""How far the translation is, per part of the plan and language: the share done in words and fields,
and what is left (missing, draft, outdated). Double-clicking a part goes to it.

Redrawn from the whole document shortly after changes, and only while the panel is in view: on the
1,000-activity plan the counting takes ~60 ms, so it must not run on every keystroke or behind a hidden tab.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.core.model import Document
from desktop.core.stats import PARTS, WHOLE, translation_progress
from desktop.core.text import LANGUAGES
from desktop.gui.controller import DocumentController
from desktop.gui.panels.completeness_panel import PART_NAMES
from desktop.gui.panels.deferred_panel import DeferredPanel
from desktop.gui.widgets.display import format_number, language_name
from desktop.i18n import _, ngettext

REFRESH_DELAY_MS = 600
WORK_LEFT_COLOURS = ("#fff1c2", "#5c4300")  # the "draft" colours of the translation states


def part_entity(doc: Document, part: str) -> str | None:
    """The item a part's row leads to; None for rows that are no single item (notes, the whole plan)."""
    if part == "municipality":
        return doc.municipality.id
    if part == "strategy":
        return doc.strategy.id
    if part == "action_plan" and doc.action_plan is not None:
        return doc.action_plan.id
    if part == "target_group" and doc.target_groups:
        return doc.target_groups[0].id  # the tree's target-group folder has no item of its own
    return None


class TranslationOverviewPanel(DeferredPanel):
    item_activated = Signal(str)  # entity id

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(REFRESH_DELAY_MS, parent)
        self.lang = "sq"
        self._stale = True
        self.progress: dict[str, dict[str, dict[str, int]]] = {}
        self.table = QTableWidget(0, 1 + len(LANGUAGES), self)
        self.table.setObjectName("translation_overview_table")
        self.table.setHorizontalHeaderLabels([_("Part of the plan"), *(language_name(lang) for lang in LANGUAGES)])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activate)  # double-click, or Enter on the selected row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        self.set_controller(controller)

    def set_language(self, lang: str) -> None:
        """The content language, for the numbers' format (like the totals beside it)."""
        self.lang = lang
        self.schedule()

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True  # counted when the panel is shown, not behind a hidden tab
            return
        self._stale = False
        self.table.setRowCount(0)
        if self.controller is None:
            return
        doc = self.controller.doc
        self.progress = translation_progress(doc)
        parts = [p for p in PARTS if p in self.progress]
        if WHOLE in self.progress:
            parts.append(WHOLE)
        self.table.setRowCount(len(parts))
        tint = tuple(QBrush(QColor(c)) for c in WORK_LEFT_COLOURS)
        for row, part in enumerate(parts):
            name = _("Whole plan") if part == WHOLE else _(PART_NAMES.get(part, part))
            label = QTableWidgetItem(name)
            label.setData(Qt.ItemDataRole.UserRole, part_entity(doc, part))
            self.table.setItem(row, 0, label)
            for column, lang in enumerate(LANGUAGES, 1):
                b = self.progress[part][lang]
                item = QTableWidgetItem(self.cell_text(b))
                item.setToolTip(self.cell_tip(b))
                if b["done_fields"] < b["fields"]:
                    item.setBackground(tint[0])
                    item.setForeground(tint[1])
                self.table.setItem(row, column, item)
            if part == WHOLE:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
        self.table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # changed while hidden: count now (~60 ms at most), not after the usual delay
            QTimer.singleShot(0, self, self.refresh)

    def _number(self, n: int) -> str:
        return format_number(n, self.lang)

    def cell_text(self, b: dict[str, int]) -> str:
        """Two lines: "84 % (1,234 / 1,470 words)" and "70 / 80 fields · 6 missing · 4 outdated"."""
        if not b["fields"]:
            return "—"
        done, total = (b["done_words"], b["words"]) if b["words"] else (b["done_fields"], b["fields"])
        # Rounded down: "100 %" only when nothing is left.
        percent = 100 * done // total
        first = ngettext(
            "{percent} % ({done} / {total} word)", "{percent} % ({done} / {total} words)", b["words"]
        ).format(percent=percent, done=self._number(b["done_words"]), total=self._number(b["words"]))
        parts = [
            ngettext("{done} / {total} field", "{done} / {total} fields", b["fields"]).format(
                done=self._number(b["done_fields"]), total=self._number(b["fields"])
            )
        ]
        # Literal ngettext calls, so that the strings are extracted for the catalogues.
        if b["missing"]:
            parts.append(ngettext("{n} missing", "{n} missing", b["missing"]).format(n=self._number(b["missing"])))
        if b["draft"]:
            parts.append(ngettext("{n} draft", "{n} drafts", b["draft"]).format(n=self._number(b["draft"])))
        if b["outdated"]:
            parts.append(ngettext("{n} outdated", "{n} outdated", b["outdated"]).format(n=self._number(b["outdated"])))
        return first + "\n" + " · ".join(parts)

    def cell_tip(self, b: dict[str, int]) -> str:
        return "\n".join(
            f"{label} {self._number(b[key])}"
            for key, label in (
                ("approved", _("Approved:")),
                ("translated", _("Translated:")),
                ("draft", _("Draft:")),
                ("outdated", _("Outdated:")),
                ("missing", _("Missing:")),
            )
        )

    def _activate(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), 0)
        entity_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if entity_id:
            self.item_activated.emit(entity_id)
