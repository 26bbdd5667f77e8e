"""Tools > Glossary: the agreed terms in Albanian, Serbian and English, edited in a table and saved for the user.

The dialog edits a working list; nothing is written until Save (the user's `glossary.csv`, see
desktop.translation.glossary_file). A second tab lists the names kept as written (organisations and programmes
that stay in Latin letters when Serbian is shown or exported in Cyrillic); saving makes every conversion use
them at once. With a plan open, a third tab lists the texts whose translation does not use the agreed term,
and double-clicking one leads to its item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Document
from desktop.core.search import fold
from desktop.gui.settings import ask_open_file_name, ask_save_file_name
from desktop.gui.translation.serbian_script import kept_names_changed
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import language_name
from desktop.gui.widgets.text_field import MessageLabel
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _
from desktop.translation import glossary_file
from desktop.translation.glossary import (
    GLOSSARY_LANGUAGES,
    MAX_FIELD_LENGTH,
    Glossary,
    GlossaryError,
    Inconsistency,
    Term,
    clean_names,
    consistency,
)
from desktop.translation.partner_names import partner_names_to_keep

COLUMNS = (*GLOSSARY_LANGUAGES, "note")  # the fields of Term, in table order
CSV_FILTER = N_("CSV spreadsheet (*.csv)")
TBX_FILTER = N_("TBX terminology file (*.tbx)")
IMPORT_FILTER = N_("Glossary files (*.csv *.tbx)")
ALL_FILES = N_("All files (*)")


class GlossaryTableModel(QAbstractTableModel):
    """The working list: one row per term, one column per language and the note; plain strings until saved."""

    def __init__(self, terms: Iterable[Term] = (), parent=None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = []
        self.set_terms(terms)

    def set_terms(self, terms: Iterable[Term]) -> None:
        self.beginResetModel()
        self.rows = [[getattr(t, name) for name in COLUMNS] for t in terms]
        self.endResetModel()

    def add_row(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append([""] * len(COLUMNS))
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):  # from the bottom, so the other numbers stay valid
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def glossary(self) -> Glossary:
        """The rows as a Glossary; empty rows are left out. Raises GlossaryError naming the row (1-based)."""
        terms = []
        for number, values in enumerate(self.rows, 1):
            if not any(v.strip() for v in values):
                continue
            if not any(v.strip() for v in values[: len(GLOSSARY_LANGUAGES)]):
                raise GlossaryError(_("Row {row} has a note but no term in any language.").format(row=number))
            terms.append(Term(*values))
        try:
            return Glossary(terms)
        except GlossaryError as exc:
            raise GlossaryError(_("A term cannot be saved: {reason}").format(reason=exc)) from None

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation == Qt.Orientation.Vertical:
            return super().headerData(section, orientation, role)  # rows are numbered 1, 2, ...
        name = COLUMNS[section]
        return _("Note") if name == "note" else language_name(name)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = " ".join(str(value or "").split())[:MAX_FIELD_LENGTH]  # a term is one line
        if self.rows[index.row()][index.column()] == text:
            return False
        self.rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index)
        return True


class _FilterModel(QSortFilterProxyModel):
    """Rows with the filter text in any column; case, accents and Serbian script do not matter."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setDynamicSortFilter(False)  # a row being edited stays visible even if it stops matching

    def set_query(self, text: str) -> None:
        self.beginFilterChange()  # invalidateFilter() is deprecated in Qt 6.11
        self.query = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self.query:
            return True
        values = self.sourceModel().rows[source_row]
        return any(self.query in fold(v) for v in values)


class _LineDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setMaxLength(MAX_FIELD_LENGTH)
        return editor


def ask_merge_or_replace(parent: QWidget | None, name: str, count: int) -> str | None:
    """ "merge", "replace" or None (cancelled) for an imported file; buttons worded by the application."""
    box = QMessageBox(QMessageBox.Icon.Question, _("Import terms"), "", QMessageBox.StandardButton.NoButton, parent)
    box.setText(_("Add the terms from {name} to the glossary, or replace the glossary with them?").format(name=name))
    box.setInformativeText(
        _("Terms in the file: {count}. Terms already in the glossary are not added twice.").format(count=count)
    )
    merge = box.addButton(_("Add to the glossary"), QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(_("Replace the glossary"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(merge)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "merge" if clicked is merge else "replace" if clicked is replace else None


def item_labels(doc: Document) -> dict[tuple[str, str], str]:
    """(entity id, field) -> "Activity 1.2 · Title", as the translation view names its rows."""
    from desktop.gui.translation.translation_view import (
        text_rows,  # imported late: the view is large and often not needed
    )

    return {row.key: row.context for row in text_rows(doc)}


class GlossaryDialog(QDialog):
    """Edit the user's glossary; with a document, also check its translations against it."""

    def __init__(
        self,
        plan: Document | object | None = None,
        parent: QWidget | None = None,
        on_activate: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setWindowTitle(_("Glossary"))
        # A DocumentController (it has .doc) or a Document: the consistency check needs the document only.
        self.doc: Document | None = getattr(plan, "doc", plan) if plan is not None else None
        self.on_activate = on_activate
        self.saved = False
        self.dirty = False
        self._damaged = False
        self._stale = True  # the consistency list needs recomputing
        self._labels: dict[tuple[str, str], str] | None = None

        self.load_message = MessageLabel(self)
        self.load_message.setObjectName("glossary_load_message")
        try:
            glossary = glossary_file.load_user_glossary()
        except GlossaryError as exc:
            self._damaged = True
            glossary = Glossary.seed()
            kept = glossary_file.GLOSSARY_FILE_NAME + glossary_file.DAMAGED_SUFFIX
            self.load_message.show_message(
                _(
                    "Your saved glossary cannot be read. The built-in glossary is shown; when you save, "
                    "the damaged file is kept as {name}."
                ).format(name=kept)
                + f"\n{exc}"
            )

        self.model = GlossaryTableModel(glossary, self)
        self.proxy = _FilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_field = QLineEdit(self)
        self.filter_field.setObjectName("glossary_filter")
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setPlaceholderText(_("Filter the terms"))
        self.filter_field.textChanged.connect(self.proxy.set_query)
        self.table = QTableView(self)
        self.table.setObjectName("glossary_table")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(_LineDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )

        self.add_button = self._button(_("Add term"), self.add_term)
        self.delete_button = self._button(_("Delete term"), self.delete_selected)
        self.import_button = self._button(_("Import…"), self.import_file)
        self.export_button = self._button(_("Export…"), self.export_file)
        self.restore_button = self._button(_("Restore the built-in glossary"), self.restore_seed)
        side = QVBoxLayout()  # buttons in a column: long Albanian labels do not widen the dialog
        for button in (self.add_button, self.delete_button, self.import_button, self.export_button):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.restore_button)
        self.status = QLabel(self)
        self.status.setObjectName("glossary_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        terms_page = QWidget(self)
        terms_layout = QVBoxLayout(terms_page)
        terms_layout.addWidget(self.filter_field)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        terms_layout.addLayout(body, 1)
        terms_layout.addWidget(self.status)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(terms_page, _("Terms"))
        self.names_page = self._build_names_page(glossary.names)
        self.tabs.addTab(self.names_page, _("Names kept as written"))
        self.consistency_page: QWidget | None = None
        if self.doc is not None:
            self.consistency_page = self._build_consistency_page()
            self.tabs.addTab(self.consistency_page, _("Consistency"))
            self.tabs.currentChanged.connect(self._tab_changed)

        # Qt has no Albanian or Serbian strings: the buttons are worded here.
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(_("Save"), self)
        self.save_button.setObjectName("glossary_save")
        self.close_button = QPushButton(_("Close"), self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.close_button):
            button.setAutoDefault(False)  # Return finishes a cell edit, it does not close the dialog

        layout = QVBoxLayout(self)
        layout.addWidget(self.load_message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.model.dataChanged.connect(lambda *_args: self._changed())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self._update_buttons()
        resize_within_screen(self, 860, 560)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_names_page(self, names: Iterable[str]) -> QWidget:
        page = QWidget(self)
        explanation = QLabel(
            _(
                "Names of organisations and programmes that stay as written, in Latin letters, when Serbian is "
                "shown or exported in Cyrillic. A name is found as whole words, with capitals as written."
            ),
            page,
        )
        explanation.setWordWrap(True)
        self.names_list = QListWidget(page)
        self.names_list.setObjectName("glossary_names")
        self.names_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.names_list.setItemDelegate(_LineDelegate(self.names_list))
        self.names_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.set_names(names)
        self.names_list.itemChanged.connect(lambda _item: self._changed())
        self.names_list.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.names_list, self.delete_names).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.add_name_button = self._button(_("Add name"), self.add_name)
        self.delete_name_button = self._button(_("Delete name"), self.delete_names)
        side = QVBoxLayout()
        side.addWidget(self.add_name_button)
        side.addWidget(self.delete_name_button)
        self.partners_button: QPushButton | None = None
        if self.doc is not None:
            self.partners_button = self._button(_("Add from the plan's partners"), self.add_partner_names)
            self.partners_button.setToolTip(
                _("Adds the partners named in the Serbian texts whose Cyrillic would mix Latin and Cyrillic letters.")
            )
            side.addWidget(self.partners_button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.names_list, 1)
        body.addLayout(side)
        self.names_status = QLabel(page)
        self.names_status.setObjectName("glossary_names_status")
        self.names_status.setTextFormat(Qt.TextFormat.PlainText)
        self.names_status.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addLayout(body, 1)
        layout.addWidget(self.names_status)
        return page

    def _build_consistency_page(self) -> QWidget:
        page = QWidget(self)
        self.source_combo = QComboBox(page)
        self.target_combo = QComboBox(page)
        for combo, lang in ((self.source_combo, "sq"), (self.target_combo, "sr")):
            for code in GLOSSARY_LANGUAGES:
                combo.addItem(language_name(code), code)
            combo.setCurrentIndex(GLOSSARY_LANGUAGES.index(lang))
            combo.currentIndexChanged.connect(lambda _i: self.refresh_consistency())
        top = QHBoxLayout()
        top.addWidget(QLabel(_("From"), page))
        top.addWidget(self.source_combo)
        top.addWidget(QLabel(_("Into"), page))
        top.addWidget(self.target_combo)
        top.addStretch(1)
        self.consistency_summary = QLabel(page)
        self.consistency_summary.setObjectName("consistency_summary")
        self.consistency_summary.setWordWrap(True)
        self.consistency_list = QTreeWidget(page)
        self.consistency_list.setObjectName("consistency_list")
        self.consistency_list.setRootIsDecorated(False)
        self.consistency_list.setHeaderLabels([_("Term"), _("Agreed translation"), _("Translation found"), _("Where")])
        self.consistency_list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.consistency_list.header().setStretchLastSection(True)
        self.consistency_list.itemActivated.connect(self._activate)  # double-click or Enter
        hint = QLabel(_("Double-click a row to go to the item."), page)
        hint.setVisible(self.on_activate is not None)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.consistency_summary)
        layout.addWidget(self.consistency_list, 1)
        layout.addWidget(hint)
        return page

    # -- editing -------------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        self._stale = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.table.selectionModel().hasSelection())
        self.export_button.setEnabled(self.model.rowCount() > 0 or self.names_list.count() > 0)
        self.delete_name_button.setEnabled(bool(self.names_list.selectedItems()))

    # -- names kept as written ----------------------------------------------------------------------------------
    def names(self) -> list[str]:
        """The names as listed (blank ones left out)."""
        return [text for i in range(self.names_list.count()) if (text := self.names_list.item(i).text().strip())]

    def set_names(self, names: Iterable[str]) -> None:
        self.names_list.blockSignals(True)  # filling the list is not an edit
        self.names_list.clear()
        for name in names:
            self._name_item(name)
        self.names_list.blockSignals(False)

    def _name_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.names_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add_name(self, name: str = "") -> QListWidgetItem:
        """Append a name (an empty one is opened for typing); returns its row."""
        item = self._name_item(name)
        self._changed()
        self.names_list.setCurrentItem(item)
        self.names_list.scrollToItem(item)
        if not name:
            self.names_list.setFocus()
            self.names_list.editItem(item)
        return item

    def delete_names(self) -> int:
        rows = sorted((self.names_list.row(item) for item in self.names_list.selectedItems()), reverse=True)
        for row in rows:
            self.names_list.takeItem(row)
        if rows:
            self._changed()
        return len(rows)

    def add_partner_names(self) -> int:
        """Add the plan's partner names that Cyrillic would split between the scripts; returns how many."""
        if self.doc is None:
            return 0
        listed = set(self.names())
        new = [name for name in partner_names_to_keep(self.doc, listed) if name not in listed]
        for name in new:
            self._name_item(name)
        if new:
            self._changed()
        self.status_names(
            _("Names added from the plan's partners: {count}.").format(count=len(new))
            if new
            else _("No partner in the plan needs to be added.")
        )
        return len(new)

    def status_names(self, text: str) -> None:
        self.names_status.setText(text)

    def glossary(self) -> Glossary:
        """The terms and names as they are in the dialog. Raises GlossaryError naming the problem."""
        glossary = self.model.glossary()
        try:
            glossary.names = clean_names(self.names())
        except GlossaryError as exc:
            raise GlossaryError(_("A name cannot be saved: {reason}").format(reason=exc)) from None
        return glossary

    def add_term(self) -> int:
        """Append an empty row and start typing its Albanian term; returns the row's number in the list."""
        self.filter_field.clear()  # a filtered list would hide the new, empty row
        row = self.model.add_row()
        self._changed()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)
        return row

    def delete_selected(self) -> int:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows:
            return 0
        self.model.remove_rows(rows)
        self._changed()
        return len(rows)

    def restore_seed(self) -> bool:
        if not messages.confirm(
            self,
            _("Restore the built-in glossary"),
            _(
                "Replace every term in the list with the glossary that comes with Plan? "
                "Your own terms are lost once you save."
            ),
            _("Restore"),
        ):
            return False
        seed = Glossary.seed()
        self.model.set_terms(seed)
        self.set_names(seed.names)
        self._changed()
        self.status.setText(_("The built-in glossary is shown. Save to keep it."))
        return True

    # -- files ---------------------------------------------------------------------------------------------------
    def import_file(self) -> bool:
        path, _filter = ask_open_file_name(
            self, "glossary_import", _("Import terms"), f"{_(IMPORT_FILTER)};;{_(ALL_FILES)}"
        )
        if not path:
            return False
        path = Path(path)
        try:
            if glossary_file.format_of(path) is None:
                raise GlossaryError(_("Choose a .csv or .tbx file."))
            imported = glossary_file.read_glossary(path)
        except GlossaryError as exc:
            messages.show_error(self, str(exc), _("The terms could not be imported"))
            return False
        if not len(imported) and not imported.names:
            messages.show_error(self, _("{name} holds no terms.").format(name=path.name), _("Import terms"))
            return False
        try:
            current = self.glossary()
        except GlossaryError as exc:  # an unfinished row: the user decides about it first
            messages.show_error(self, str(exc), _("The terms could not be imported"))
            return False
        count = len(imported) + len(imported.names)
        choice = ask_merge_or_replace(self, path.name, count) if len(current) or current.names else "replace"
        if choice is None:
            return False
        if choice == "merge":
            try:
                added = current.merge(imported)
            except GlossaryError as exc:
                messages.show_error(self, str(exc), _("The terms could not be imported"))
                return False
            self.model.set_terms(current)
            self.set_names(current.names)
            self.status.setText(_("Terms added from {name}: {count}.").format(name=path.name, count=added))
        else:
            self.model.set_terms(imported)
            self.set_names(imported.names)
            self.status.setText(_("Terms read from {name}: {count}.").format(name=path.name, count=count))
        self.filter_field.clear()
        self._changed()
        return True

    def export_file(self) -> bool:
        try:
            glossary = self.glossary()
        except GlossaryError as exc:
            messages.show_error(self, str(exc), _("The glossary could not be exported"))
            return False
        filters = f"{_(CSV_FILTER)};;{_(TBX_FILTER)}"
        path, chosen = ask_save_file_name(self, "glossary_export", _("Export the glossary"), "glossary.csv", filters)
        if not path:
            return False
        path = Path(path)
        # The extension the user typed wins; without one, the chosen filter decides.
        fmt = glossary_file.format_of(path) or ("tbx" if chosen == _(TBX_FILTER) else "csv")
        if glossary_file.format_of(path) is None:
            path = path.with_name(f"{path.name}.{fmt}")
        try:
            glossary_file.write_glossary(glossary, path, fmt)
        except GlossaryError as exc:
            messages.show_error(self, str(exc), _("The glossary could not be exported"))
            return False
        self.status.setText(_("Exported to {path}.").format(path=path))
        return True

    # -- consistency ---------------------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        # computed when looked at: a large plan takes a moment
        if self.tabs.widget(index) is self.consistency_page and self._stale:
            self.refresh_consistency()

    def refresh_consistency(self) -> list[Inconsistency]:
        """Recompute the list of inconsistent translations with the terms as they are in the table (unsaved
        edits included, so a term can be tried before it is saved)."""
        if self.doc is None:
            return []
        self.consistency_list.clear()
        source, target = self.source_combo.currentData(), self.target_combo.currentData()
        if source == target:
            self.consistency_summary.setText(_("Choose two different languages."))
            return []
        try:
            glossary = self.model.glossary()
        except GlossaryError as exc:
            self.consistency_summary.setText(str(exc))
            return []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = consistency(self.doc, glossary, source, target)
            if self._labels is None:
                self._labels = item_labels(self.doc)
        finally:
            QApplication.restoreOverrideCursor()
        self._stale = False
        for issue in found:
            where = self._labels.get((issue.entity_id, issue.field)) or self._fallback_label(issue)
            values = [issue.term.in_language(source), issue.expected, " ".join(issue.found_text.split()), where]
            item = QTreeWidgetItem(values)
            item.setData(0, Qt.ItemDataRole.UserRole, issue.entity_id)
            item.setToolTip(2, issue.found_text)
            self.consistency_list.addTopLevelItem(item)
        self.consistency_list.resizeColumnToContents(0)
        self.consistency_list.resizeColumnToContents(1)
        self.consistency_summary.setText(
            _("Texts that do not use the agreed translation: {count}.").format(count=len(found))
            if found
            else _("Every translation uses the agreed terms.")
        )
        return found

    def _fallback_label(self, issue: Inconsistency) -> str:
        """The kind of item and field, for a text the translation view does not list."""
        from desktop.gui.panels.search_panel import FIELD_NAMES
        from desktop.gui.widgets.display import kind_name

        entity = self.doc.find(issue.entity_id) if self.doc is not None else None
        kind = kind_name(entity.KIND) if entity is not None else issue.entity_id
        field_name = _(FIELD_NAMES[issue.field]) if issue.field in FIELD_NAMES else issue.field
        return f"{kind} · {field_name}"

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Go to the item; an indicator or budget line is shown with the item it belongs to."""
        entity_id = item.data(0, Qt.ItemDataRole.UserRole)
        if not entity_id or self.on_activate is None:
            return
        entity = self.doc.find(entity_id) if self.doc is not None else None
        while entity_id is not None:
            if self.on_activate(entity_id) is not False:  # the window says False when it has no row for it
                return
            entity = self.doc.parent_of(entity) if entity is not None else None
            entity_id = getattr(entity, "id", None)

    # -- closing -------------------------------------------------------------------------------------------------
    def save(self) -> bool:
        """Write the list as the user's glossary; False (with a message) when it cannot be saved."""
        try:
            glossary = self.glossary()
            if self._damaged:
                glossary_file.set_aside_damaged()
                self._damaged = False
            glossary_file.save_user_glossary(glossary)
        except GlossaryError as exc:
            messages.show_error(self, str(exc), _("The glossary could not be saved"))
            return False
        kept_names_changed(glossary.names)  # every conversion to Cyrillic keeps them from now on
        self.saved = True
        self.dirty = False
        return True

    def _commit_open_editor(self) -> None:
        """A cell or name still being typed in (Save pressed by keyboard) counts as typed."""
        for view in (self.table, self.names_list):
            editor = view.indexWidget(view.currentIndex())
            if editor is not None:
                delegate = view.itemDelegate()
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def accept(self) -> None:
        self._commit_open_editor()
        if (self.dirty or self._damaged) and not self.save():
            return
        super().accept()

    def reject(self) -> None:
        if self.dirty and not messages.confirm(
            self, _("Unsaved changes"), _("Close the glossary without saving your changes?"), _("Discard")
        ):
            return
        super().reject()

    @staticmethod
    def edit(
        parent: QWidget | None, doc: Document | None = None, on_activate: Callable[[str], object] | None = None
    ) -> bool:
        """Show the dialog modally; True when the glossary was saved (views showing terms should reload it)."""
        dialog = GlossaryDialog(doc, parent, on_activate)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved
