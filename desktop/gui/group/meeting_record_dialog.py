"""Record (or edit) one note, decision or follow-up of a meeting: its text in the edit language, the
plan items it concerns, and for a follow-up who does it by when.

The dialog saves through the controller when OK is pressed (one undo step for a new record) and stays
open with the reason when the input is refused, so nothing typed is lost.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop.core import group
from desktop.core import operations as op
from desktop.core.model import Document, Entity, Note, NoteCategory, Priority, Review
from desktop.formatting import format_date
from desktop.gui.controller import DocumentController
from desktop.gui.group.notes_panel import item_label, show_day
from desktop.gui.translation.serbian_script import for_storage, text_in
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import first_line, plan_label, title_of
from desktop.gui.widgets.text_field import MessageLabel, RefusalRouter, language_tag
from desktop.gui.widgets.window_fit import resize_within_screen
from desktop.i18n import N_, _

ID_ROLE = Qt.ItemDataRole.UserRole
DAY_HINT = N_("dd.mm.yyyy")
_DAY_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y")
TITLES = {
    NoteCategory.NOTE.value: (N_("Add note"), N_("Edit note")),
    NoteCategory.DECISION.value: (N_("Add decision"), N_("Edit decision")),
    NoteCategory.FOLLOW_UP.value: (N_("Add follow-up"), N_("Edit follow-up")),
}
PROMPTS = {
    NoteCategory.NOTE.value: N_("Note"),
    NoteCategory.DECISION.value: N_("What did the meeting decide?"),
    NoteCategory.FOLLOW_UP.value: N_("What is to be done?"),
}


def parse_day(text: str) -> str | None:
    """The ISO date of what was typed (dd.mm.yyyy as shown, or yyyy-mm-dd); None when empty.

    Raises ValueError when the text is not a date."""
    text = text.strip().rstrip(".")
    if not text:
        return None
    if len(text) <= 12:
        for pattern in _DAY_FORMATS:
            try:
                return datetime.strptime(text, pattern).date().isoformat()
            except ValueError:
                continue
    raise ValueError(text)


def bad_day_message() -> str:
    return _("Write the date as {format}, for example {example}.").format(
        format=_(DAY_HINT), example=format_date(date.today())
    )


def short_item(doc: Document, item_id: str, lang: str, numbers: dict[str, str], limit: int = 40) -> str:
    """A plan item in a few words: its number and the start of its title ("1.2 Day centre")."""
    entity = doc.find(item_id)
    if entity is None:
        return _("(deleted item)")
    if isinstance(entity, Review):
        return _("Review {year}").format(year=entity.year)
    title = first_line(title_of(entity, lang)[0], limit)
    number = numbers.get(item_id)
    return f"{number} {title}" if number else title


def _folded(text: str) -> str:
    """For searching: lower case without accents, so "c" finds "č" and "e" finds "ë"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("đ", "d")


class MeetingRecordDialog(QDialog):
    """Modal; `note_id` is the record it saved (the new one, or the one edited) once accepted."""

    def __init__(
        self,
        controller: DocumentController,
        meeting_id: str,
        category: str = NoteCategory.NOTE.value,
        *,
        note_id: str | None = None,
        lang: str = "sq",
        reference_lang: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_record_dialog")
        self.controller = controller
        self.router = RefusalRouter(controller, self)
        self.meeting_id = meeting_id
        self.note_id = note_id
        self.lang = lang
        note = self._note()
        self.category = note.category if note is not None else NoteCategory(category).value
        self.follow_up = self.category == NoteCategory.FOLLOW_UP.value
        self.setWindowTitle(_(TITLES[self.category][note is not None]))

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("record_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        prompt = QLabel(_("{what} ({language}):").format(what=_(PROMPTS[self.category]), language=language_tag(lang)))
        prompt.setWordWrap(True)
        prompt.setBuddy(self.text_edit)
        self.reference_view = QPlainTextEdit(self)
        self.reference_view.setObjectName("record_reference")
        self.reference_view.setReadOnly(True)
        self.reference_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.reference_caption = QLabel(self)
        shows_reference = note is not None and reference_lang not in (None, lang)
        reference = text_in(note.body, reference_lang) if shows_reference else ""
        self.reference_view.setPlainText(reference)
        self.reference_caption.setText(_("In {language}:").format(language=language_tag(reference_lang or "")))
        for widget in (self.reference_view, self.reference_caption):
            widget.setVisible(bool(reference))

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("record_item_search")
        self.search_edit.setPlaceholderText(_("Search the plan's items"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter)
        self.items_tree = QTreeWidget(self)
        self.items_tree.setObjectName("record_items")
        self.items_tree.setHeaderHidden(True)
        self.items_tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        items_label = QLabel(_("Concerns (none: the whole plan):"), self)
        items_label.setWordWrap(True)
        items_label.setBuddy(self.items_tree)

        self.who_combo = QComboBox(self)
        self.who_combo.setObjectName("record_who")
        self.who_combo.setEditable(True)
        self.who_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who_combo.lineEdit().setPlaceholderText(_("A member, or type a name"))
        self.who_combo.addItem("", "")
        for member in controller.doc.members:
            self.who_combo.addItem(member.name, member.id)
        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("record_due")
        self.due_edit.setPlaceholderText(_(DAY_HINT))
        follow = QFormLayout()
        follow.addRow(_("Who:"), self.who_combo)
        follow.addRow(_("By when:"), self.due_edit)
        self.follow_widget = QWidget(self)
        self.follow_widget.setLayout(follow)
        follow.setContentsMargins(0, 0, 0, 0)
        self.follow_widget.setVisible(self.follow_up)

        self.message = MessageLabel(self)
        buttons, self.ok_button, self.cancel_button = messages.ok_cancel_buttons(self, "record_ok")

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(prompt)
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(self.reference_caption)
        layout.addWidget(self.reference_view)
        layout.addWidget(items_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.items_tree, 3)
        layout.addWidget(self.follow_widget)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._fill_items(note)
        if note is not None:
            self.text_edit.setPlainText(text_in(note.body, lang))
            self.set_checked_item_ids(note.item_ids)
            if note.assignee:
                index = self.who_combo.findData(note.assignee)
                self.who_combo.setCurrentIndex(index) if index >= 0 else self.who_combo.setEditText(note.assignee)
            self.due_edit.setText(show_day(note.due))
        self.text_edit.setFocus()
        width = max(620, self.fontMetrics().averageCharWidth() * 72)
        resize_within_screen(self, width, int(width * 0.95))

    # -- values --------------------------------------------------------------------------------
    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def checked_item_ids(self) -> list[str]:
        """The items ticked: those the record already concerned first (in their order), then the new ones."""
        ticked = []
        iterator = QTreeWidgetItemIterator(self.items_tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, ID_ROLE) and item.checkState(0) == Qt.CheckState.Checked:
                ticked.append(item.data(0, ID_ROLE))
            iterator += 1
        note = self._note()
        before = [i for i in note.item_ids if i in ticked] if note is not None else []
        return before + [i for i in ticked if i not in before]

    def set_checked_item_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        iterator = QTreeWidgetItemIterator(self.items_tree)
        while iterator.value():
            item = iterator.value()
            if item.data(0, ID_ROLE):
                ticked = item.data(0, ID_ROLE) in wanted
                item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                if ticked:
                    parent = item.parent()
                    while parent is not None:  # a ticked item is never hidden in a closed branch
                        parent.setExpanded(True)
                        parent = parent.parent()
            iterator += 1

    def assignee(self) -> str | None:
        """A member's id when a member is chosen, else the name typed (None for nobody)."""
        typed = self.who_combo.currentText().strip()
        if not typed:
            return None
        index = self.who_combo.currentIndex()
        if index > 0 and self.who_combo.itemText(index) == typed:
            return self.who_combo.itemData(index)
        index = self.who_combo.findText(typed)
        return self.who_combo.itemData(index) if index > 0 else typed

    # -- saving --------------------------------------------------------------------------------
    def accept(self) -> None:
        note = self._note()
        typed = self.text()
        if not typed and (note is None or note.body.get(self.lang)):
            self.message.show_message(_("Write the text first."))
            self.text_edit.setFocus()
            return
        try:
            due = parse_day(self.due_edit.text()) if self.follow_up else None
        except ValueError:
            self.message.show_message(bad_day_message())
            self.due_edit.setFocus()
            return
        extra = {"assignee": self.assignee(), "due": due} if self.follow_up else {}
        if note is None:
            change = self.router.apply(
                self.message,
                group.record_in_meeting,
                self.meeting_id,
                self.category,
                {"body": {self.lang: typed}},
                item_ids=self.checked_item_ids(),
                **extra,
            )
            if change is None:
                return
            self.note_id = change.upserted[0]
        elif not self._save_changes(note, typed, extra):
            return
        super().accept()

    def _save_changes(self, note: Note, typed: str, extra: dict[str, str | None]) -> bool:
        """Only what changed, links first (more likely refused), then the text; False when refused."""
        values: dict[str, object] = {k: v for k, v in extra.items() if getattr(note, k) != v}
        ids = self.checked_item_ids()
        if ids != [i for i in note.item_ids if self.controller.doc.find(i) is not None]:
            values["item_ids"] = ids  # links to deleted items stay unless the user changes the links
        if values and self.router.apply(self.message, group.update_note, note.id, **values) is None:
            return False
        note = self._note()
        if note is not None and typed != text_in(note.body, self.lang):
            stored = for_storage(typed, self.lang, note.body.get(self.lang))
            if self.router.apply(self.message, op.set_text, note.id, "body", self.lang, stored) is None:
                return False
        return True

    # -- the items ------------------------------------------------------------------------------
    def _note(self) -> Note | None:
        found = self.controller.doc.find(self.note_id) if self.note_id else None
        return found if isinstance(found, Note) else None

    def _fill_items(self, note: Note | None) -> None:
        """Objectives with their priorities, the activities of the plan in force, the reviews."""
        doc, lang = self.controller.doc, self.lang
        numbers = doc.numbers()
        placed: set[str] = set()

        def add(parent: QTreeWidget | QTreeWidgetItem, entity: Entity) -> QTreeWidgetItem:
            item = QTreeWidgetItem(parent, [short_item(doc, entity.id, lang, numbers, 90)])
            item.setData(0, ID_ROLE, entity.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, item_label(doc, entity.id, lang, numbers)[0])
            placed.add(entity.id)
            return item

        def add_priorities(parent: QTreeWidgetItem, priorities: list[Priority]) -> None:
            for priority in priorities:
                add_priorities(add(parent, priority), priority.priorities)

        def heading(text: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.items_tree, [text])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setExpanded(True)
            return item

        if doc.objectives:
            objectives = heading(_("Strategic objectives"))
            for objective in doc.objectives:
                add_priorities(add(objectives, objective), objective.priorities)
        plan = doc.action_plan
        if plan is not None and plan.activities:
            activities = heading(plan_label(plan, lang)[0])
            for activity in doc.ordered_activities(plan):
                add(activities, activity)
        if doc.reviews:
            reviews = heading(_("Yearly reviews"))
            for review in sorted(doc.reviews, key=lambda r: r.year):
                add(reviews, review)
        others = [doc.find(i) for i in (note.item_ids if note else []) if i not in placed and doc.find(i)]
        if others:  # e.g. an activity of an earlier version of the plan: kept, and can be unticked
            other = heading(_("Other items"))
            for entity in others:
                add(other, entity)
        self.items_tree.expandToDepth(0)

    def _filter(self, text: str) -> None:
        words = _folded(text).split()

        def show(item: QTreeWidgetItem) -> bool:
            children = [show(item.child(i)) for i in range(item.childCount())]
            mine = bool(item.data(0, ID_ROLE)) and all(w in _folded(item.text(0)) for w in words)
            visible = not words or mine or any(children)
            item.setHidden(not visible)
            if words and any(children):
                item.setExpanded(True)
            return visible

        for i in range(self.items_tree.topLevelItemCount()):
            show(self.items_tree.topLevelItem(i))
