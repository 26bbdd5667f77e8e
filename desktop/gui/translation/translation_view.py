"""Side-by-side translation: every text field of the plan as one row, source beside target.

Consultants work down the list (F8 jumps to the next row that needs work); in a meeting, members fix one
translation and mark it. The table is a model/view pair (a 1,000-activity plan has ~7,000 rows); every change
goes through the controller, so it is undoable like any other edit.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QBrush, QColor, QCursor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core import operations as op
from desktop.core import richtext as rt
from desktop.core.model import Document, Entity, Section
from desktop.core.operations import Change
from desktop.core.text import LANGUAGES, TState
from desktop.core.textdiff import source_change
from desktop.gui.controller import DocumentController
from desktop.gui.panels.search_panel import FIELD_NAMES
from desktop.gui.translation.serbian_script import for_storage, show, text_in
from desktop.gui.widgets.display import SECTION_NAMES, kind_name, language_name
from desktop.gui.widgets.flow_layout import FlowLayout
from desktop.gui.widgets.rich_text_edit import RichTextEdit
from desktop.gui.widgets.text_field import STATE_COLOURS, STATE_NAMES, MessageLabel, shown_state
from desktop.i18n import N_, _
from desktop.translation.glossary import Glossary, find_terms

NEEDS_WORK = frozenset({TState.MISSING, TState.OUTDATED, TState.DRAFT})
# Filter key -> label; the states each one shows (None: every row).
FILTERS: tuple[tuple[str, str, frozenset[TState] | None], ...] = (
    ("all", N_("All"), None),
    ("needs_work", N_("Needs work"), NEEDS_WORK),
    ("missing", N_("Missing"), frozenset({TState.MISSING})),
    ("outdated", N_("Outdated"), frozenset({TState.OUTDATED})),
    ("draft", N_("Draft"), frozenset({TState.DRAFT})),
    ("translated", N_("Translated"), frozenset({TState.TRANSLATED})),
    ("approved", N_("Approved"), frozenset({TState.APPROVED})),
)
EXTRA_KINDS = {"indicator": N_("Indicator"), "note": N_("Note"), "budget_line": N_("Budget line")}
TEXT_OPERATIONS = ("set_text", "set_text_state")
MAX_SUGGESTIONS = 3
ROW_HEIGHT_LINES = 2


@dataclass(frozen=True, slots=True)
class TranslationRow:
    entity_id: str
    field: str
    context: str

    @property
    def key(self) -> tuple[str, str]:
        return self.entity_id, self.field


def _kind(entity: Entity) -> str:
    return _(EXTRA_KINDS[entity.KIND]) if entity.KIND in EXTRA_KINDS else kind_name(entity.KIND)


def text_rows(doc: Document) -> list[TranslationRow]:
    """One row per text field with text in some language, in document order, with a readable context.

    A revised version of the plan and a closed review are kept as adopted: their texts are not listed.
    """
    numbers = doc.numbers()
    rows: list[TranslationRow] = []

    def visit(entity: Entity, parent_label: str, ordinal: int) -> None:
        if (entity.KIND == "action_plan" and entity.superseded_by) or (entity.KIND == "review" and entity.closed):
            return
        if isinstance(entity, Section) and entity.key in SECTION_NAMES:
            label = _(SECTION_NAMES[entity.key])
        elif entity.id in numbers:
            label = f"{_kind(entity)} {numbers[entity.id]}"
        elif entity.KIND in ("target_group", "indicator", "note", "budget_line"):
            label = f"{_kind(entity)} {ordinal}"
        else:
            label = _kind(entity)
        if parent_label and entity.KIND in ("indicator", "budget_line"):
            label = f"{parent_label} › {label}"
        for name in entity.TEXTS:
            if not entity.text(name).is_empty():
                field_name = _(FIELD_NAMES[name]) if name in FIELD_NAMES else name
                rows.append(TranslationRow(entity.id, name, f"{label} · {field_name}"))
        counts: dict[str, int] = {}
        for child in entity.children():
            counts[child.KIND] = counts.get(child.KIND, 0) + 1
            visit(child, label, counts[child.KIND])

    visit(doc, "", 1)
    return rows


class TranslationTableModel(QAbstractTableModel):
    """The rows of the translation view; reads the document live, writes through the controller."""

    CONTEXT, SOURCE, TARGET, STATE, THIRD = range(5)  # THIRD is shown between source and target

    def __init__(self, controller: DocumentController, source_lang: str, target_lang: str, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.show_third = False
        self.filter_key = "all"
        self._all: list[TranslationRow] = []
        self.rows: list[TranslationRow] = []
        self.rebuild()

    # -- contents ----------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Recompute every row and apply the filter (a model reset)."""
        self.beginResetModel()
        self._all = text_rows(self.controller.doc)
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        states = dict((key, s) for key, _label, s in FILTERS).get(self.filter_key)
        self.rows = self._all if states is None else [r for r in self._all if self.state(r) in states]

    def refresh(self, change: Change) -> None:
        """After a text edit the rows stay put (a row being fixed does not vanish from a filter); else rebuild."""
        if change.operation in TEXT_OPERATIONS and self._same_fields(change.upserted):
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.THIRD))
            return
        self.rebuild()

    def _same_fields(self, entity_ids: list[str]) -> bool:
        """Whether the edited entities still have text in exactly the fields that have rows (no row comes or goes)."""
        for entity_id in entity_ids:
            entity = self.controller.doc.find(entity_id)
            if entity is None:
                return False
            with_text = {(entity_id, n) for n in entity.TEXTS if not entity.text(n).is_empty()}
            if with_text != {r.key for r in self._all if r.entity_id == entity_id}:
                return False
        return True

    def set_languages(self, source_lang: str, target_lang: str) -> None:
        self.source_lang, self.target_lang = source_lang, target_lang
        self.rebuild()

    def set_filter(self, key: str) -> None:
        self.filter_key = key
        self.rebuild()

    @property
    def third_lang(self) -> str:
        """The language that is neither source nor target, shown beside them on request."""
        return next(lang for lang in LANGUAGES if lang not in (self.source_lang, self.target_lang))

    def row_of(self, key: tuple[str, str]) -> int:
        return next((i for i, r in enumerate(self.rows) if r.key == key), -1)

    def state(self, row: TranslationRow) -> TState:
        entity = self.controller.doc.find(row.entity_id)
        return entity.text(row.field).state(self.target_lang) if entity is not None else TState.MISSING

    def texts(self, row: TranslationRow):
        entity = self.controller.doc.find(row.entity_id)
        return entity.text(row.field) if entity is not None else None

    # -- Qt model ----------------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            _("Where"),
            _("Source: {lang}").format(lang=language_name(self.source_lang)),
            _("Translation: {lang}").format(lang=language_name(self.target_lang)),
            _("State"),
            language_name(self.third_lang),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.TARGET and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        texts = self.texts(row)
        if texts is None:
            return None
        col = index.column()
        shown = shown_state(texts, self.target_lang)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.CONTEXT:
                return row.context
            # A structured text is shown as its words (lists as "• " lines); it is edited with its structure.
            if col == self.SOURCE:
                return rt.to_plain(text_in(texts, self.source_lang))
            if col == self.TARGET:
                return rt.to_plain(text_in(texts, self.target_lang))
            if col == self.THIRD:
                return rt.to_plain(text_in(texts, self.third_lang))
            return _(STATE_NAMES.get(shown, shown))
        if role == Qt.ItemDataRole.EditRole and col == self.TARGET:
            return text_in(texts, self.target_lang)
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        colour_roles = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        if col == self.STATE and role in colour_roles and shown in ("missing", "outdated", "draft"):
            background, text = STATE_COLOURS[shown]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else text))
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.TARGET or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        texts = self.texts(row)
        if texts is None or text_in(texts, self.target_lang) == value:
            return False
        value = for_storage(str(value), self.target_lang, texts.get(self.target_lang))
        change = self.controller.set_text(row.entity_id, row.field, self.target_lang, value)
        self.controller.close_merge()  # each cell edit is its own undo step
        return change is not None


class _TextDelegate(QStyledItemDelegate):
    """Edits a target cell in a multi-line editor (Return makes a new line, Tab or leaving the cell commits)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor: QPlainTextEdit | None = None

    def createEditor(self, parent, option, index):
        if _rich_row(index):  # lists, bold, links … edited as in the plan's own editor
            self.editor = RichTextEdit(3, 12, parent)
            self.editor.rich = True
            return self.editor
        self.editor = QPlainTextEdit(parent)
        self.editor.setTabChangesFocus(True)
        return self.editor

    def setEditorData(self, editor, index) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, RichTextEdit):
            editor.show_stored(text)
        else:
            editor.setPlainText(text)

    def setModelData(self, editor, model, index) -> None:
        text = editor.stored() if isinstance(editor, RichTextEdit) else rt.from_plain(editor.toPlainText())
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), 4 * option.fontMetrics.height()))
        editor.setGeometry(rect)

    def destroyEditor(self, editor, index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def commit_open_editor(self) -> None:
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


def _rich_row(index: QModelIndex) -> bool:
    """Whether the row's field may hold structure (richtext.RICH_FIELDS)."""
    model = index.model()
    row = model.rows[index.row()] if 0 <= index.row() < len(getattr(model, "rows", ())) else None
    entity = model.controller.doc.find(row.entity_id) if row is not None else None
    return entity is not None and rt.is_rich_field(entity.KIND, row.field)


def _span(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class TranslationView(QWidget):
    """The translation table with language and state filters, and a detail area for the current row."""

    def __init__(
        self, controller: DocumentController, source_lang: str = "sq", target_lang: str = "sr", parent=None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.glossary: Glossary | None = None
        self._memory = None
        self._memory_failed = False
        self._suggestions: list = []

        self.source_combo = QComboBox(self)
        self.target_combo = QComboBox(self)
        for combo, lang in ((self.source_combo, source_lang), (self.target_combo, target_lang)):
            for code in LANGUAGES:
                combo.addItem(language_name(code), code)
            combo.setCurrentIndex(LANGUAGES.index(lang))
        self.filter_combo = QComboBox(self)
        for key, label, _states in FILTERS:
            self.filter_combo.addItem(_(label), key)
        self.summary = QLabel(self)

        self.model = TranslationTableModel(controller, source_lang, target_lang, self)
        self.table = QTableView(self)
        self.table.setObjectName("translation_table")
        self.table.setModel(self.model)
        self.delegate = _TextDelegate(self.table)
        self.table.setItemDelegateForColumn(TranslationTableModel.TARGET, self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring on 7,000 rows
        vertical.setDefaultSectionSize(ROW_HEIGHT_LINES * self.fontMetrics().lineSpacing() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        # Source and target share the width: no sideways scrolling while translating.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TranslationTableModel.CONTEXT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TranslationTableModel.CONTEXT, 200)
        header.setSectionResizeMode(TranslationTableModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TranslationTableModel.TARGET, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TranslationTableModel.STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TranslationTableModel.THIRD, QHeaderView.ResizeMode.Stretch)
        header.moveSection(TranslationTableModel.THIRD, TranslationTableModel.TARGET)  # between source and target
        self.third_check = QCheckBox(self)
        self.third_check.setObjectName("translation_third_language")
        self.third_check.toggled.connect(self.set_show_third)
        self.set_show_third(False)

        # Actions: shortcuts work anywhere in the view, buttons for the mouse.
        self.next_action = self._action(_("Next to do"), [QKeySequence("F8"), QKeySequence("Ctrl+Down")])
        self.next_action.triggered.connect(self.go_to_next_needing_work)
        self.translated_action = self._action(
            _("Mark translated"), [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.translated_action.triggered.connect(lambda: self.mark(TState.TRANSLATED))
        self.approve_action = self._action(
            _("Approve"), [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")]
        )
        self.approve_action.triggered.connect(lambda: self.mark(TState.APPROVED))
        self.copy_action = self._action(_("Copy source"), [QKeySequence("Ctrl+Shift+C")])
        self.copy_action.triggered.connect(self.copy_source)
        self.suggestion_actions = []
        for n in range(1, MAX_SUGGESTIONS + 1):
            action = self._action(_("Use suggestion {n}").format(n=n), [QKeySequence(f"Ctrl+{n}")])
            action.triggered.connect(lambda _checked=False, i=n - 1: self.use_suggestion(i))
            self.suggestion_actions.append(action)

        # Both rows wrap (FlowLayout) so that the view stays within a 1024-pixel screen in every language.
        buttons_bar = QWidget(self)
        buttons = FlowLayout(buttons_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        for action in (self.next_action, self.translated_action, self.approve_action, self.copy_action):
            button = QPushButton(f"{action.text()} ({action.shortcut().toString(QKeySequence.NativeText)})", self)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)

        top_bar = QWidget(self)
        top = FlowLayout(top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (_("From"), self.source_combo),
            (_("Into"), self.target_combo),
            (_("Show"), self.filter_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)  # keeps the label on the line of its field
            top.addWidget(label)
            top.addWidget(combo)
        top.addWidget(self.third_check)
        top.addWidget(self.summary, 1)

        # Detail area for the current row.
        self.source_view = QTextBrowser(self)
        self.source_view.setObjectName("translation_source")
        self.source_view.setOpenLinks(False)
        self.source_view.setOpenExternalLinks(False)
        self.source_view.highlighted.connect(self._show_term_tip)  # hovering a term shows its agreed translation
        self._term_tips: list[str] = []
        self.terms_label = QLabel(self)
        self.terms_label.setObjectName("translation_terms")
        self.terms_label.setTextFormat(Qt.TextFormat.PlainText)
        self.terms_label.setWordWrap(True)
        self.terms_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.changes_caption = QLabel(self)
        self.changes_view = QTextBrowser(self)
        self.changes_view.setObjectName("translation_changes")
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("translation_suggestions")
        self.suggestion_list.itemActivated.connect(lambda item: self.use_suggestion(self.suggestion_list.row(item)))
        self.use_button = QPushButton(_("Use suggestion"), self)
        self.use_button.clicked.connect(lambda: self.use_suggestion(max(0, self.suggestion_list.currentRow())))
        self.message = MessageLabel(self)

        left = QVBoxLayout()
        left.addWidget(QLabel(_("Source text"), self))
        left.addWidget(self.source_view, 2)
        left.addWidget(self.changes_caption)
        left.addWidget(self.changes_view, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(_("Glossary"), self))
        right.addWidget(self.terms_label)
        right.addWidget(QLabel(_("Translation memory (Ctrl+1 … Ctrl+3)"), self))
        right.addWidget(self.suggestion_list, 1)
        right.addWidget(self.use_button)
        detail = QWidget(self)
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(left, 3)
        detail_layout.addLayout(right, 2)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the list of texts gets the larger part
        layout = QVBoxLayout(self)
        layout.addWidget(top_bar)
        layout.addWidget(buttons_bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self.source_combo.currentIndexChanged.connect(lambda: self._languages_changed(self.source_combo))
        self.target_combo.currentIndexChanged.connect(lambda: self._languages_changed(self.target_combo))
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.refresh_detail())
        controller.document_changed.connect(self._document_changed)
        self._update_actions()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TranslationTableModel.TARGET))
        self.refresh_detail()

    def _action(self, text: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # -- state -------------------------------------------------------------------------------------------------
    @property
    def source_lang(self) -> str:
        return self.model.source_lang

    @property
    def target_lang(self) -> str:
        return self.model.target_lang

    def current_key(self) -> tuple[str, str] | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row].key if 0 <= row < len(self.model.rows) else None

    def select_key(self, key: tuple[str, str]) -> bool:
        row = self.model.row_of(key)
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, TranslationTableModel.TARGET))
        return True

    def set_languages(self, source_lang: str, target_lang: str) -> None:
        self.source_combo.setCurrentIndex(LANGUAGES.index(source_lang))
        self.target_combo.setCurrentIndex(LANGUAGES.index(target_lang))

    def set_filter(self, key: str) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(key))

    def _keeping_current(self, rebuild) -> None:
        key, row = self.current_key(), self.table.currentIndex().row()
        rebuild()
        if (key is None or not self.select_key(key)) and self.model.rowCount():
            row = min(max(row, 0), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, TranslationTableModel.TARGET))
        self._update_actions()
        self.refresh_detail()

    def _languages_changed(self, changed: QComboBox) -> None:
        source, target = self.source_combo.currentData(), self.target_combo.currentData()
        if source == target:  # swap rather than translate a language into itself
            other = self.model.source_lang if changed is self.source_combo else self.model.target_lang
            combo = self.target_combo if changed is self.source_combo else self.source_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(LANGUAGES.index(other))
            combo.blockSignals(False)
            source, target = self.source_combo.currentData(), self.target_combo.currentData()
        self._keeping_current(lambda: self.model.set_languages(source, target))
        self._update_third_label()

    def set_show_third(self, show: bool) -> None:
        """Show the third language's text in a column of its own, e.g. English beside Albanian and Serbian."""
        self.model.show_third = show
        self.table.setColumnHidden(TranslationTableModel.THIRD, not show)
        if self.third_check.isChecked() != show:
            self.third_check.setChecked(show)
        self._update_third_label()

    def _update_third_label(self) -> None:
        self.third_check.setText(_("Also show {lang}").format(lang=language_name(self.model.third_lang)))

    def _filter_changed(self) -> None:
        self._keeping_current(lambda: self.model.set_filter(self.filter_combo.currentData()))

    def _document_changed(self, change: Change) -> None:
        self._keeping_current(lambda: self.model.refresh(change))

    def _update_actions(self) -> None:
        editable = not self.controller.read_only
        for action in (self.translated_action, self.approve_action, self.copy_action, *self.suggestion_actions):
            action.setEnabled(editable)
        self.use_button.setEnabled(editable and bool(self._suggestions))
        todo = sum(1 for r in self.model._all if self.model.state(r) in NEEDS_WORK)
        self.summary.setText(
            _("{shown} of {total} texts shown · {todo} need work").format(
                shown=self.model.rowCount(), total=len(self.model._all), todo=todo
            )
        )

    # -- commands ----------------------------------------------------------------------------------------------
    def _apply(self, operation, *args) -> bool:
        """Run one operation through the controller; a refusal is shown above the table."""
        refused: list[str] = []
        self.controller.operation_refused.connect(refused.append)
        try:
            ok = self.controller.apply(operation, *args) is not None
        finally:
            self.controller.operation_refused.disconnect(refused.append)
        if refused:
            self.message.show_message(refused[0])
        return ok

    def _current_texts(self):
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            return None, None
        return self.model.rows[row], self.model.texts(self.model.rows[row])

    def go_to_next_needing_work(self) -> bool:
        """Move to the next row (after the current one, wrapping) whose target is missing, outdated or a draft."""
        self.delegate.commit_open_editor()
        rows = self.model.rows
        start = self.table.currentIndex().row()
        for step in range(1, len(rows) + 1):
            i = (start + step) % len(rows)
            if self.model.state(rows[i]) in NEEDS_WORK:
                self.table.setCurrentIndex(self.model.index(i, TranslationTableModel.TARGET))
                self.table.scrollTo(self.table.currentIndex())
                self.message.show_message("")
                return True
        self.message.show_message(_("Nothing left to do in {lang} here.").format(lang=language_name(self.target_lang)))
        return False

    def mark(self, state: TState) -> bool:
        self.delegate.commit_open_editor()
        row, texts = self._current_texts()
        if row is None or texts is None:
            return False
        if not texts.get(self.target_lang):
            self.message.show_message(_("There is no translation to mark yet."))
            return False
        self.message.show_message("")
        return self._apply(op.set_text_state, row.entity_id, row.field, self.target_lang, state.value)

    def copy_source(self) -> bool:
        self.delegate.commit_open_editor()
        row, texts = self._current_texts()
        if row is None or texts is None:
            return False
        source = text_in(texts, self.source_lang)
        if not source:
            self.message.show_message(
                _("There is no {lang} text to copy.").format(lang=language_name(self.source_lang))
            )
            return False
        self.message.show_message("")
        return self._set_target(row, source)

    def use_suggestion(self, number: int) -> bool:
        self.delegate.commit_open_editor()
        row, _texts = self._current_texts()
        if row is None or not 0 <= number < len(self._suggestions):
            return False
        return self._set_target(row, show(self._suggestions[number].target, self.target_lang))

    def _set_target(self, row: TranslationRow, text: str) -> bool:
        """Put `text`, as the user sees it, into the translation (back in its stored script)."""
        if self.controller.read_only:
            return False
        entity = self.controller.doc.find(row.entity_id)
        if entity is not None:
            text = for_storage(text, self.target_lang, entity.text(row.field).get(self.target_lang))
        self.controller.close_merge()
        change = self.controller.set_text(row.entity_id, row.field, self.target_lang, text)
        self.controller.close_merge()
        return change is not None

    # -- detail area -------------------------------------------------------------------------------------------
    def _glossary(self) -> Glossary | None:
        """The user's glossary (the built-in one until they save their own), loaded at first use."""
        if self.glossary is None:
            from desktop.translation.glossary_file import load_user_glossary

            try:
                self.glossary = load_user_glossary()
            except (OSError, ValueError):  # a damaged file: the Glossary dialog says so; here the seed will do
                try:
                    self.glossary = Glossary.seed()
                except (OSError, ValueError):
                    self.glossary = Glossary()
        return self.glossary

    def reload_glossary(self) -> None:
        """Read the glossary again (after the Glossary dialog saved it) and show the current row's terms."""
        self.glossary = None
        self.refresh_detail()

    def memory(self):
        """The translation memory, opened at first use; None when it cannot be opened."""
        if self._memory is None and not self._memory_failed:
            try:
                from desktop.translation.memory import TranslationMemory

                self._memory = TranslationMemory()
                # The memory fills itself from every plan translated here, this one included; in the
                # window a MemoryLearner does that in the background, so the view need not wait for it.
                if self.controller.memory_learner is None:
                    self._memory.learn_from(self.controller.doc)
            except Exception:  # no memory is no suggestions, never a broken view
                self._memory_failed = True
        return self._memory

    def close_memory(self) -> None:
        if self._memory is not None:
            self._memory.close()
            self._memory = None

    def closeEvent(self, event) -> None:
        self.close_memory()
        super().closeEvent(event)

    def refresh_detail(self) -> None:
        _row, texts = self._current_texts()
        source = texts.get(self.source_lang) if texts is not None else ""
        self._show_source(rt.to_plain(source))  # its words, with the glossary's terms
        self._show_changes(texts)
        self._show_suggestions(source)

    def _show_source(self, source: str) -> None:
        matches = find_terms(self._glossary(), source, self.source_lang) if source else []
        parts, at, listed = [], 0, []
        self._term_tips = []
        for m in matches:
            agreed = show(m.term.in_language(self.target_lang), self.target_lang)
            agreed = agreed or _("(no agreed translation)")  # outside the f-string, where extraction sees it
            line = f"{source[m.start : m.end]} → {agreed}"
            parts.append(_span(source[at : m.start]))
            parts.append(
                f'<a href="term:{len(self._term_tips)}" style="background:#fff1c2; color:#000000; '
                f'text-decoration:none"><b>{_span(source[m.start : m.end])}</b></a>'
            )
            self._term_tips.append(line)
            at = m.end
            if line not in listed:
                listed.append(line)
        parts.append(_span(source[at:]))
        if source:
            self.source_view.setHtml("".join(parts))
        else:
            self.source_view.setHtml(
                "<i>"
                + html.escape(_("There is no {lang} text here.").format(lang=language_name(self.source_lang)))
                + "</i>"
            )
        self.terms_label.setText("\n".join(listed) if listed else _("No glossary terms in this text."))

    def _show_term_tip(self, url: QUrl) -> None:
        number = url.path() if url.scheme() == "term" else ""
        if number.isdigit() and int(number) < len(self._term_tips):
            QToolTip.showText(QCursor.pos(), self._term_tips[int(number)], self.source_view)

    def _show_changes(self, texts) -> None:
        pieces = None
        if texts is not None and texts.state(self.target_lang) == TState.OUTDATED and texts.source:
            based_on = texts.values[self.target_lang].based_on
            pieces = source_change(based_on, texts.get(texts.source))
        visible = pieces is not None
        self.changes_caption.setVisible(visible)
        self.changes_view.setVisible(visible)
        if not visible:
            self.changes_view.clear()
            return
        self.changes_caption.setText(
            _("What changed in the source ({lang}) since it was translated").format(lang=language_name(texts.source))
        )
        out = []
        for kind, text in pieces:
            if kind == "delete":
                out.append(f'<s style="color:#8a1c1c">{_span(text)}</s>')
            elif kind == "insert":
                out.append(f'<u style="color:#14532d">{_span(text)}</u>')
            else:
                out.append(_span(text))
        self.changes_view.setHtml("".join(out))

    def _show_suggestions(self, source: str) -> None:
        self.suggestion_list.clear()
        self._suggestions = []
        memory = self.memory() if source.strip() else None
        if memory is not None:
            try:
                self._suggestions = memory.suggest(source, self.source_lang, self.target_lang, limit=MAX_SUGGESTIONS)
            except Exception:  # a broken memory shows nothing
                self._suggestions = []
        for n, s in enumerate(self._suggestions, 1):
            item = QListWidgetItem(f"{n}. {round(s.score * 100)}% — {show(s.target, self.target_lang)}")
            item.setToolTip(s.source)
            self.suggestion_list.addItem(item)
        if self._suggestions:
            self.suggestion_list.setCurrentRow(0)
        self.use_button.setEnabled(not self.controller.read_only and bool(self._suggestions))
