"""Search the whole document in every language (Ctrl+F): accents and script do not matter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.model import ActionPlan
from desktop.core.reviews import frozen_plan_of
from desktop.core.search import SearchIndex
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.display import KIND_NAMES, kind_name, language_name
from desktop.i18n import N_, _, ngettext

# Every text field a result can be found in (model TEXTS), named as the editors name them.
FIELD_NAMES = {
    "title": N_("Title"), "body": N_("Text"), "description": N_("Description"), "responsible": N_("Responsible"),
    "partners": N_("Partners"), "timeframe_note": N_("Time frame"), "notes": N_("Notes"), "name": N_("Name"),
    "unit": N_("Unit"), "place": N_("Place"), "findings": N_("Findings"), "agenda": N_("Agenda"),
    "minutes": N_("Minutes"), "guests": N_("Guests"), "organisation": N_("Organisation"), "label": N_("Group"),
    "summary": N_("Summary"), "comment": N_("Comment"), "evidence": N_("Evidence"), "change_reason": N_("Reason"),
    "new_responsible": N_("New responsible body"), "new_title": N_("New title"),
    "issuing_body": N_("Issuing body"), "session": N_("Session"), "legal_basis": N_("Legal basis"),
    "preamble": N_("Preamble"), "points": N_("Points"), "signatory_title": N_("Signatory's title"),
    "signatory_name": N_("Signatory's name"),
    "header": N_("Header lines"), "protocol": N_("Protocol number"), "place_date": N_("Place and date"),
    "title_word": N_("Title word"), "number_line": N_("Number and date line"), "subject": N_("Subject"),
    "operative": N_("Operative word"), "donors": N_("Donors"), "caption": N_("Caption"), "value": N_("Text"),
}  # fmt: skip
# Kinds found inside others, which the tree does not name.
INNER_KIND_NAMES = {
    "indicator": N_("Indicator"), "note": N_("Note"), "review": N_("Review"),
    "review_entry": N_("Review of an activity"), "participant_group": N_("Participants"),
    "cell": N_("Text in a column of the plan"),
}  # fmt: skip


def result_kind_name(kind: str) -> str:
    if kind in KIND_NAMES:
        return kind_name(kind)
    return _(INNER_KIND_NAMES[kind]) if kind in INNER_KIND_NAMES else kind


def frozen_label(plan: ActionPlan) -> str:
    return _("version {n}, adopted, read-only").format(n=plan.number)


def _snippet(text: str, start: int, width: int = 90) -> str:
    text = " ".join(text.split())
    begin = max(0, start - width // 3)
    out = text[begin : begin + width]
    return ("…" if begin else "") + out + ("…" if begin + width < len(text) else "")


class SearchPanel(QWidget):
    item_activated = Signal(str)  # entity id

    def __init__(self, controller: DocumentController | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: DocumentController | None = None
        self.index: SearchIndex | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(_("Search in all languages (ë = e, č = c, Cyrillic = Latin)"))
        self.field.textChanged.connect(self.run)
        self.field.returnPressed.connect(self._activate_first)
        self.summary = QLabel("", self)
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.set_controller(controller)

    def set_controller(self, controller: DocumentController | None) -> None:
        if self.controller is not None:
            self.controller.document_changed.disconnect(self._changed)
        self.controller = controller
        self.index = None  # built at the first search: folding every text takes a moment on large plans
        if controller is not None:
            controller.document_changed.connect(self._changed)
        self.run()

    def _changed(self, change) -> None:
        if self.index is not None and self.controller is not None:
            self.index.update(change, self.controller.doc)
            if self.field.text().strip():
                self.run()

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        self.results.clear()
        query = self.field.text()
        if self.controller is None or not query.strip():
            self.summary.setText("")
            return
        if self.index is None:
            self.index = SearchIndex(self.controller.doc)
        doc = self.controller.doc
        numbers = doc.numbers()
        hits = self.index.search(query)
        for hit in hits:
            entity = doc.find(hit.entity_id)
            where = result_kind_name(entity.KIND) if entity else ""
            number = numbers.get(hit.entity_id)
            if number is None and entity is not None and entity.KIND == "indicator":
                number = numbers.get(getattr(doc.parent_of(entity), "id", ""))  # its activity's number
            label = f"{where} {number}" if number else where
            frozen = frozen_plan_of(doc, hit.entity_id)
            if frozen is not None:  # an earlier version of the plan: the same numbers, not the plan in force
                label = f"{label} ({frozen_label(frozen)})"
            field = _(FIELD_NAMES.get(hit.field, hit.field))
            item = QListWidgetItem(f"{label} · {field} · {language_name(hit.lang)}\n{_snippet(hit.text, hit.start)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.entity_id)
            self.results.addItem(item)
        self.summary.setText(ngettext("{n} result", "{n} results", len(hits)).format(n=len(hits)))

    def _activate_first(self) -> None:
        if self.results.count():
            self._activate(self.results.item(0))

    def _activate(self, item: QListWidgetItem) -> None:
        self.item_activated.emit(item.data(Qt.ItemDataRole.UserRole))
