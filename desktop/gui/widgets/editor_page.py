"""What every editor page and folder page shares: the page of one item (heading, language note, form rows,
refusals) and the small builders its forms use (a short choice, a year, a stored value shown in a box), and
the overview table of a folder page (members, consultations) with its texts in the edit language."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core.model import Entity
from desktop.core.operations import Change
from desktop.core.text import MultiText
from desktop.core.timeframe import MAX_YEAR, MIN_YEAR
from desktop.gui.controller import DocumentController
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import kind_name, numbered
from desktop.gui.widgets.text_field import (
    MessageLabel,
    MultilingualTextField,
    RefusalRouter,
    language_tag,
    narrow_form,
    vbox,
)
from desktop.i18n import _

ID_ROLE = Qt.ItemDataRole.UserRole  # where an overview row keeps its item's id
MUTED = QColor("#555555")  # a text shown in another language than the one being edited


def show_text(edit: QLineEdit, value: str, force: bool = False) -> None:
    """Show a stored value, unless the user is typing in the box (a refusal forces it back)."""
    if (force or not (edit.hasFocus() and edit.isModified())) and edit.text() != value:
        edit.setText(value)


def page_heading(text: str, parent: QWidget) -> QLabel:
    """The large heading of a folder page, like an editor page's."""
    label = QLabel(text, parent)
    label.setObjectName("editor_header")
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def text_item(mt: MultiText, lang: str) -> QTableWidgetItem:
    """A cell with a text in `lang`; one shown in another language is muted, as in the tree, and says so."""
    text, shown = best_in(mt, lang)
    item = QTableWidgetItem(text)
    if text and shown != lang:
        item.setForeground(MUTED)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setToolTip(
            _("Not yet in {language}; shown in {other}.").format(
                language=language_tag(lang), other=language_tag(shown or "")
            )
        )
    return item


def overview_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only list of items, one row each; a double click or Enter opens one (the `activated` signal)."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def fit_rows(table: QTableWidget) -> None:
    """Rows tall enough for wrapped text, never cramped."""
    table.resizeRowsToContents()
    minimum = table.verticalHeader().defaultSectionSize()
    for row in range(table.rowCount()):
        if table.rowHeight(row) < minimum:
            table.setRowHeight(row, minimum)


class EditorPage(QWidget):
    """One kind's form: a heading, a note on the languages, then rows; refreshes itself on changes."""

    kind = ""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.entity_id = ""
        self.edit_lang = "sq"
        self.reference_lang: str | None = None
        self.read_only = False
        self.text_fields: list[MultilingualTextField] = []

        self.header = page_heading("", self)
        self.language_note = QLabel(self)
        self.language_note.setStyleSheet("QLabel { color: #555555; }")
        self.message = MessageLabel(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)
        self.layout_ = vbox(self, margins=16, spacing=6)
        self.layout_.addWidget(self.header)
        self.layout_.addWidget(self.language_note)
        self.layout_.addSpacing(6)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        controller.document_changed.connect(self._on_document_changed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow_form(self.form, self.width())

    def text_field(self, field: str, label: str, **options) -> MultilingualTextField:
        f = MultilingualTextField(self.controller, field, parent=self, **options)
        self.text_fields.append(f)
        self.add_row(label, f)
        return f

    def add_row(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setStyleSheet("QLabel { font-weight: 600; padding-top: 4px; }")
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)

    def add_delete_button(self, text: str, slot, tip: str = "") -> QPushButton:
        """The page's Delete button, alone at the bottom right, away from the fields."""
        button = QPushButton(text, self)
        button.setObjectName("delete")
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(row)
        return button

    def entity(self) -> Entity | None:
        return self.controller.doc.find(self.entity_id) if self.entity_id else None

    def set_entity(self, entity_id: str) -> None:
        self.entity_id = entity_id
        self.message.clear_message()
        for f in self.text_fields:
            f.set_entity(entity_id)
        self.refresh()

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self.edit_lang, self.reference_lang = edit_lang, reference_lang
        for f in self.text_fields:
            f.set_languages(edit_lang, reference_lang)
        self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for f in self.text_fields:
            f.set_read_only(read_only)
        self.refresh()

    def refresh(self) -> None:
        entity = self.entity()
        if entity is None:
            return
        number = self.controller.doc.numbers().get(entity.id)
        self.header.setText(numbered(number, kind_name(entity.KIND)))
        if self.text_fields:
            if self.reference_lang:
                note = _("Writing in {edit}; {reference} is shown for comparison.").format(
                    edit=language_tag(self.edit_lang), reference=language_tag(self.reference_lang)
                )
            else:
                note = _("Writing in {edit}.").format(edit=language_tag(self.edit_lang))
            self.language_note.setText(note)
        self.refresh_values(entity)

    def refresh_values(self, entity: Entity) -> None:
        """Show the page's non-text values (combos, spin boxes ...)."""

    def apply(self, operation, *args, **kwargs) -> Change | None:
        if self.read_only:
            return None
        return self.router.apply(self.message, operation, *args, **kwargs)

    def _on_document_changed(self, _change: Change) -> None:
        if self.entity_id:  # idle pages hold no entity (see EntityEditor.show_entity)
            self.refresh()


def choice_combo(parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, label in items:
        combo.addItem(label, code)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # a short choice, not a text box
    return combo


def select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


def year_spin(parent: QWidget, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(MIN_YEAR, MAX_YEAR)
    spin.setKeyboardTracking(False)  # typing "2030" is one change, not "2", "20", "203" ...
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("20300") + 48)
    return spin


class OverviewPage(QWidget):
    """A folder page of the tree (the members, the consultations): a heading, a summary, a table of the items
    (Enter or a double click opens one), a row for adding one and a message. A subclass fills the table in
    `refresh` and the add row's layout (`add_row_layout`), then calls `finish`. A hidden page redraws only
    when shown again, so that edits elsewhere stay fast."""

    item_requested = Signal(str)  # an item to select in the tree and edit
    id_column = 0  # the column whose cells hold the item's id (ID_ROLE)

    def __init__(
        self, controller: DocumentController, title: str, name: str, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.edit_lang = "sq"
        self.reference_lang: str | None = None
        self.read_only = False
        self._stale = True  # changed while hidden: redraw when shown

        self.heading = page_heading(title, self)
        self.summary = QLabel(self)
        self.summary.setObjectName(f"{name}_summary")
        self.summary.setWordWrap(True)
        self.table = overview_table(self, f"{name}_table", headers)
        self.table.activated.connect(self._on_activated)  # double click and Enter
        self.message = MessageLabel(self)
        self.add_row = QWidget(self)
        self.add_row_layout = QHBoxLayout(self.add_row)
        self.add_row_layout.setContentsMargins(0, 0, 0, 0)

    def finish(self, *below_table: QWidget) -> None:
        """Lay the page out (with `below_table` between the table and the add row) and start following changes."""
        layout = vbox(self, margins=16, spacing=8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        for widget in below_table:
            layout.addWidget(widget)
        layout.addWidget(self.add_row)
        layout.addWidget(self.message)
        self.controller.document_changed.connect(self._on_document_changed)
        self.set_read_only(self.controller.read_only)

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        self.edit_lang = edit_lang
        self.reference_lang = reference_lang if reference_lang != edit_lang else None
        self._update()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_row.setVisible(not read_only)
        self.message.clear_message()

    def refresh(self) -> None:
        """Redraw the summary and the table from the document (a subclass's; it calls this first)."""
        self._stale = False

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), self.id_column)
        if item is not None:
            self.item_requested.emit(item.data(ID_ROLE))

    def _update(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_document_changed(self, _change: Change) -> None:
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
