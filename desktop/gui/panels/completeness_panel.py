"""Before an export: every text still missing in the chosen languages (Albanian and Serbian by default),
grouped by part of the plan; clicking one goes to the item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.stats import missing_texts
from desktop.gui.controller import DocumentController
from desktop.gui.panels.deferred_panel import DeferredPanel
from desktop.gui.panels.search_panel import FIELD_NAMES
from desktop.gui.widgets.display import kind_name, language_name
from desktop.i18n import N_, _, ngettext

REFRESH_DELAY_MS = 500
PART_NAMES = {
    "municipality": N_("Municipality"), "strategy": N_("Strategy"), "action_plan": N_("Action plan"),
    "target_group": N_("Target groups"), "note": N_("Meeting notes"), "document": N_("Plan"),
}  # fmt: skip


class CompletenessPanel(DeferredPanel):
    item_activated = Signal(str)  # entity id

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(REFRESH_DELAY_MS, parent)
        self.language_boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(_("Languages the export needs:"), self))
        for lang in ("sq", "sr", "en"):
            box = QCheckBox(language_name(lang), self)
            box.setObjectName(f"complete_{lang}")
            box.setChecked(lang in ("sq", "sr"))  # the two official languages
            box.toggled.connect(self.schedule)
            self.language_boxes[lang] = box
            row.addWidget(box)
        row.addStretch(1)
        self.summary = QLabel("", self)
        self.summary.setObjectName("completeness_summary")
        row.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("completeness_list")
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.set_controller(controller)

    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, box in self.language_boxes.items() if box.isChecked())

    def refresh(self) -> None:
        self.list.clear()
        if self.controller is None:
            return
        doc = self.controller.doc
        numbers = doc.numbers()
        missing = missing_texts(doc, self.languages())
        bold = QFont(self.list.font())
        bold.setBold(True)
        part = None
        for m in missing:
            if m.part != part:
                part = m.part
                heading = QListWidgetItem(_(PART_NAMES.get(part, part)))
                heading.setFont(bold)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.list.addItem(heading)
            entity = doc.find(m.entity_id)
            where = " ".join(x for x in (kind_name(entity.KIND), numbers.get(m.entity_id, "")) if x)
            field = _(FIELD_NAMES.get(m.field, m.field))
            langs = ", ".join(language_name(lang) for lang in m.languages)
            item = QListWidgetItem("    " + _("{item} · {field}: missing in {languages}").format(
                item=where, field=field, languages=langs
            ))  # fmt: skip
            item.setData(Qt.ItemDataRole.UserRole, m.entity_id)
            self.list.addItem(item)
        self.summary.setText(
            ngettext("{n} text missing", "{n} texts missing", len(missing)).format(n=len(missing))
            if missing else _("Complete in the chosen languages.")
        )  # fmt: skip

    def _activate(self, item: QListWidgetItem) -> None:
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        if entity_id:
            self.item_activated.emit(entity_id)
