"""The editor for the selected item that is not an activity: municipality, strategy, section,
objective, priority, target group or action plan. One page per kind; the texts are multilingual fields."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop.core import chapters
from desktop.core import operations as op
from desktop.core.model import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    Country,
    Entity,
    Municipality,
    Objective,
    Priority,
    Section,
    Strategy,
)
from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.plan.period_page import PeriodPage
from desktop.gui.plan.plan_facts_editor import StrategyPage
from desktop.gui.plan.tree_model import chapter_numbers_shown
from desktop.gui.settings import ask_open_file_name
from desktop.gui.widgets.display import country_name, kind_name
from desktop.gui.widgets.editor_page import EditorPage, choice_combo, select
from desktop.gui.widgets.text_field import (
    set_interactive,
    vbox,
)
from desktop.i18n import N_, _, ngettext

# Shown as the placeholder of a standard section's empty title: what the document will call it.
SECTION_TITLES = {
    "context": N_("Context"),
    "vision": N_("Vision"),
    "mission": N_("Mission"),
    "goal": N_("General goal"),
}
EMBLEM_FILTER = N_("Images (*.png *.jpg *.jpeg)")
EMBLEM_SIZE = 120


class MunicipalityPage(EditorPage):
    kind = "municipality"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.name = self.text_field("name", _("Name"))
        self.country_combo = choice_combo(self, "country_combo", [(c.value, country_name(c.value)) for c in Country])
        self.country_combo.currentIndexChanged.connect(self._on_country)
        self.add_row(_("Country"), self.country_combo)
        self.currency_combo = choice_combo(self, "currency_combo", [(c, c) for c in CURRENCIES])
        self.currency_combo.setToolTip(_("The currency new budget lines start with"))
        self.currency_combo.currentIndexChanged.connect(
            lambda _i: self.apply(op.set_municipality, currency=self.currency_combo.currentData())
        )
        self.add_row(_("Default currency"), self.currency_combo)

        self.emblem_preview = QLabel(self)
        self.emblem_preview.setObjectName("emblem_preview")
        self.emblem_preview.setFixedSize(EMBLEM_SIZE, EMBLEM_SIZE)
        self.emblem_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emblem_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.emblem_preview.setWordWrap(True)
        self.choose_emblem_button = QPushButton(_("Choose image…"), self)
        self.choose_emblem_button.setObjectName("choose_emblem")
        self.choose_emblem_button.setToolTip(_("A PNG or JPEG image of the municipality's emblem, for the cover page"))
        self.choose_emblem_button.clicked.connect(self.choose_emblem)
        self.remove_emblem_button = QPushButton(_("Remove"), self)
        self.remove_emblem_button.setObjectName("remove_emblem")
        self.remove_emblem_button.clicked.connect(lambda: self.apply(op.set_municipality, emblem=b""))
        emblem = QWidget(self)
        row = QHBoxLayout(emblem)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.emblem_preview)
        button_box = QWidget(emblem)
        buttons = vbox(button_box)
        buttons.addWidget(self.choose_emblem_button)
        buttons.addWidget(self.remove_emblem_button)
        buttons.addStretch(1)
        row.addWidget(button_box)
        row.addStretch(1)
        self.add_row(_("Emblem"), emblem)

    def choose_emblem(self) -> None:
        path, _filter = ask_open_file_name(self, "emblem", _("Choose the emblem"), _(EMBLEM_FILTER))
        if not path or self.read_only:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.message.show_message(_("Could not read {name}: {reason}").format(name=Path(path).name, reason=exc))
            return
        self.apply(op.set_municipality, emblem=data)

    def _on_country(self, _index: int) -> None:
        m = self.entity()
        country = self.country_combo.currentData()
        if not isinstance(m, Municipality) or country == m.country:
            return
        values = {"country": country}
        # Still on the old country's currency: follow the new country (one step, undone together).
        if m.currency == DEFAULT_CURRENCY.get(Country(m.country)):
            values["currency"] = DEFAULT_CURRENCY[Country(country)]
        if self.apply(op.set_municipality, **values) is None:
            self.refresh()

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Municipality)
        select(self.country_combo, entity.country)
        select(self.currency_combo, entity.currency)
        for combo in (self.country_combo, self.currency_combo):
            set_interactive(combo, not self.read_only)
        self.choose_emblem_button.setEnabled(not self.read_only)
        self.remove_emblem_button.setEnabled(not self.read_only and bool(entity.emblem))
        pixmap = QPixmap()
        if entity.emblem and pixmap.loadFromData(QByteArray(entity.emblem)):
            size = EMBLEM_SIZE - 8
            self.emblem_preview.setPixmap(
                pixmap.scaled(
                    size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.emblem_preview.clear()
            self.emblem_preview.setText(_("No emblem") if not entity.emblem else _("Cannot show this image"))


class SectionPage(EditorPage):
    kind = "section"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.title = self.text_field("title", _("Title"), multiline=True, min_lines=1, max_lines=3, one_paragraph=True)
        self.body = self.text_field("body", _("Text"), multiline=True, min_lines=10, max_lines=30)
        self.body.set_placeholder(_("Write the text of this section here."))

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Section)
        doc = self.controller.doc
        number = chapter_numbers_shown(doc).get(entity.id)  # as the tree and the exports number it
        self.header.setText(_("Chapter {number}").format(number=number) if number else kind_name("section"))
        if entity.key in SECTION_TITLES:
            standard = _(SECTION_TITLES[entity.key])
            self.header.setText(f"{self.header.text()} – {standard}")
            self.title.set_placeholder(_("{name} (the standard title when left empty)").format(name=standard))
        else:
            self.title.set_placeholder(_("The section's title"))


class PriorityPage(EditorPage):
    """An objective or a priority: title, description, and adding or deleting priorities."""

    created = Signal(str)

    def __init__(self, controller: DocumentController, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.kind = kind
        self.title = self.text_field("title", _("Title"), multiline=True, min_lines=1, max_lines=4, one_paragraph=True)
        self.description = self.text_field("description", _("Description"), multiline=True, min_lines=4)
        self.add_button = QPushButton(_("Add priority"), self)
        self.add_button.setObjectName("add_priority")
        self.add_button.clicked.connect(self.add_priority)
        self.add_sub_button = QPushButton(_("Add sub-priority"), self)
        self.add_sub_button.setObjectName("add_sub_priority")
        self.add_sub_button.setToolTip(_("Add a priority under this one"))
        self.add_sub_button.clicked.connect(self.add_sub_priority)
        self.add_sub_button.setVisible(kind == "priority")
        self.delete_button = QPushButton(_("Delete objective") if kind == "objective" else _("Delete priority"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.add_sub_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(buttons)

    def add_priority(self) -> None:
        """Under an objective: a new last priority; beside a priority: a new one right after it."""
        entity = self.entity()
        if isinstance(entity, Objective):
            change = self.apply(op.add_priority, entity.id)
        elif isinstance(entity, Priority):
            parent = self.controller.doc.parent_of(entity)
            index = parent.priorities.index(entity) + 1
            if isinstance(parent, Strategy):  # a priority of the plan as a whole
                change = self.apply(chapters.add_plan_priority, index=index)
            else:
                change = self.apply(op.add_priority, parent.id, index=index)
        else:
            return
        if change is not None and change.upserted:
            self.created.emit(change.upserted[0])

    def add_sub_priority(self) -> None:
        entity = self.entity()
        if isinstance(entity, Priority):
            change = self.apply(op.add_priority, entity.id)
            if change is not None and change.upserted:
                self.created.emit(change.upserted[0])

    def delete(self) -> None:
        # No confirmation: Undo brings it back, and the button says what goes.
        entity = self.entity()
        if isinstance(entity, Objective):
            self.apply(op.delete_objective, entity.id)
        elif isinstance(entity, Priority):
            self.apply(op.delete_priority, entity.id)

    def refresh_values(self, entity: Entity) -> None:
        for button in (self.add_button, self.add_sub_button, self.delete_button):
            button.setEnabled(not self.read_only)
        if isinstance(entity, Objective):
            doc = self.controller.doc
            count = sum(len(doc.activities_of(plan, entity)) for plan in doc.action_plans)
            self.delete_button.setToolTip(
                ngettext(
                    "Delete this objective, its priorities and its {n} activity (Undo brings them back)",
                    "Delete this objective, its priorities and its {n} activities (Undo brings them back)",
                    count,
                ).format(n=count)
            )
        else:
            self.delete_button.setToolTip(_("Delete this priority and its sub-priorities (Undo brings them back)"))


class TargetGroupPage(EditorPage):
    kind = "target_group"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.name = self.text_field("name", _("Name"))
        self.usage = QLabel(self)
        self.usage.setStyleSheet("QLabel { color: #555555; }")
        self.add_row("", self.usage)
        self.delete_button = QPushButton(_("Delete target group"), self)
        self.delete_button.setObjectName("delete")
        self.delete_button.setToolTip(_("Delete the group and remove it from every activity (Undo brings it back)"))
        self.delete_button.clicked.connect(lambda: self.apply(op.delete_target_group, self.entity_id))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.layout_.addSpacing(8)
        self.layout_.addLayout(buttons)

    def refresh_values(self, entity: Entity) -> None:
        doc = self.controller.doc
        count = sum(entity.id in a.target_group_ids for plan in doc.action_plans for a in plan.activities)
        self.usage.setText(ngettext("Chosen in {n} activity", "Chosen in {n} activities", count).format(n=count))
        self.delete_button.setEnabled(not self.read_only)


def _member_page(controller: DocumentController) -> EditorPage:
    from desktop.gui.group.member_pages import MemberPage

    return MemberPage(controller)


def _meeting_page(controller: DocumentController) -> EditorPage:
    from desktop.gui.group.meeting_page import MeetingPage

    return MeetingPage(controller)


def _consultation_page(controller: DocumentController) -> EditorPage:
    from desktop.gui.group.consultation_pages import ConsultationPage

    return ConsultationPage(controller)


def _decision_page(controller: DocumentController) -> EditorPage:
    from desktop.gui.versions.decision_page import DecisionPage  # a page module of its own, built on EditorPage

    return DecisionPage(controller)


def _figure_page(controller: DocumentController) -> EditorPage:
    from desktop.gui.plan.figure_editor import FigurePage

    return FigurePage(controller)


# Every form is built when its kind is first shown: start-up builds only the one on screen.
LAZY_PAGES = {
    "municipality": MunicipalityPage,
    "strategy": StrategyPage,
    "section": SectionPage,
    "objective": lambda controller: PriorityPage(controller, "objective"),
    "priority": lambda controller: PriorityPage(controller, "priority"),
    "target_group": TargetGroupPage,
    "action_plan": lambda controller: PeriodPage(controller, "action_plan"),
    "decision": _decision_page,
    "figure": _figure_page,
    "member": _member_page,
    "meeting": _meeting_page,
    "consultation": _consultation_page,
}


class _Pages(dict):
    """The forms built so far by kind; asking for another kind's (`pages["strategy"]`) builds it."""

    def __init__(self, build: Callable[[str], EditorPage]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, kind: str) -> EditorPage:
        if kind not in LAZY_PAGES:
            raise KeyError(kind)
        return self._build(kind)


class EntityEditor(QWidget):
    """Shows the form for the selected item; activities have their own panel (ActivityPanel)."""

    entity_created = Signal(str)  # a priority added here, for the window to select it

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._entity_id = ""
        self.empty_label = QLabel(_("Select an item in the plan to edit it."), self)
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel { color: #666666; }")
        self.pages: dict[str, EditorPage] = _Pages(self._build_page)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_label)
        self._scrolls: dict[str, QScrollArea] = {}
        vbox(self).addWidget(self.stack)
        controller.document_changed.connect(self._on_document_changed)
        self._read_only = controller.read_only
        self._languages: tuple[str, str | None] = ("sq", None)

    def _build_page(self, kind: str) -> EditorPage:
        page = self.pages[kind] = LAZY_PAGES[kind](self.controller)
        if isinstance(page, PriorityPage):
            page.created.connect(self.entity_created)
        if hasattr(page, "item_requested"):
            page.item_requested.connect(self.entity_created)
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page.layout_.addStretch(1)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self._scrolls[kind] = scroll
        page.set_languages(*self._languages)
        page.set_read_only(self._read_only)
        return page

    def _page_for(self, kind: str) -> EditorPage | None:
        """The form of a kind (built when first needed), None for kinds without one here."""
        return self.pages[kind] if kind in LAZY_PAGES else None

    @property
    def entity_id(self) -> str:
        return self._entity_id

    @property
    def current_page(self) -> EditorPage | None:
        widget = self.stack.currentWidget()
        return widget.widget() if isinstance(widget, QScrollArea) else None

    def show_entity(self, entity_id: str) -> None:
        """Edit this item ("" or an item without a form here, e.g. an activity, shows the empty state)."""
        if entity_id != self._entity_id:
            self.controller.close_merge()
        self._entity_id = entity_id
        entity = self.controller.doc.find(entity_id) if entity_id else None
        page = self._page_for(entity.KIND) if entity is not None else None
        for other in self.pages.values():
            if other is not page and other.entity_id:
                other.set_entity("")  # idle pages neither hold an entity nor redraw on changes
        if page is None:
            self.stack.setCurrentWidget(self.empty_label)
            return
        page.set_entity(entity_id)
        scroll = self._scrolls[entity.KIND]
        self.stack.setCurrentWidget(scroll)
        scroll.verticalScrollBar().setValue(0)

    def set_languages(self, edit_lang: str, reference_lang: str | None) -> None:
        reference = reference_lang if reference_lang != edit_lang else None
        self._languages = (edit_lang, reference)
        for page in self.pages.values():
            page.set_languages(edit_lang, reference)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for page in self.pages.values():
            page.set_read_only(read_only)

    def _on_document_changed(self, change: Change) -> None:
        if self._entity_id and self.controller.doc.find(self._entity_id) is None:
            # Deleted (here, in the tree, or by undo): nothing left to edit.
            self.stack.setCurrentWidget(self.empty_label)
        elif self._entity_id and self.stack.currentWidget() is self.empty_label:
            self.show_entity(self._entity_id)  # back again after an undo
