"""The right side of the main window: the editor for the selected item, and a read-only preview.

Activities, plan objectives and action plans open the action-plan page (the grid with the
selected activity's details below it); every other item opens its form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from desktop.core.operations import Change
from desktop.gui.controller import DocumentController
from desktop.gui.plan.entity_editor import EntityEditor
from desktop.gui.plan.tree_model import CONSULTATIONS, MEETINGS, MEMBERS, PLAN_OBJECTIVE, VERSIONS
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.gui.plan.activity_panel import ActivityPanel
    from desktop.gui.plan.content_panel import ContentPanel
    from desktop.gui.plan.plan_grid import PlanGrid

PLAN_KINDS = ("action_plan", PLAN_OBJECTIVE, "activity")
GRID_ROWS = 8  # rows of one line the action-plan grid shows at first, above the activity's details


def _folder_page(kind: str, controller: DocumentController, parent: QWidget) -> QWidget:
    """The page of a folder of the group's work, built when first shown (start-up stays lean)."""
    if kind == MEMBERS:
        from desktop.gui.group.member_pages import MembersPage

        return MembersPage(controller, parent)
    if kind == CONSULTATIONS:
        from desktop.gui.group.consultation_pages import ConsultationsPage

        return ConsultationsPage(controller, parent)
    if kind == MEETINGS:
        from desktop.gui.group.meetings_page import MeetingsPage

        return MeetingsPage(controller, parent)
    from desktop.gui.versions.versions_page import VersionsPage

    return VersionsPage(controller, parent)


FOLDER_PAGES = (MEMBERS, CONSULTATIONS, MEETINGS, VERSIONS)


class EditArea(QTabWidget):
    entity_created = Signal(str)  # an item added from a form (select it in the tree)
    open_version_requested = Signal(int)  # an approved version to open read-only
    activity_selected = Signal(str)  # the grid's current activity ("" for none)
    grid_notice = Signal(str)  # the grid's passing notices (for the window's banner)

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit_area")
        self.controller = controller
        self._kind: str | None = None
        self._entity_id: str | None = None
        self._lang = "sq"

        self.entity_editor = EntityEditor(controller, self)
        self.entity_editor.entity_created.connect(self.entity_created)
        # The action-plan page (the grid with the activity's details) is built when first asked for.
        self._plan_page: QSplitter | None = None
        self._grid: PlanGrid | None = None
        self._activity_panel: ActivityPanel | None = None
        self._grid_state: QByteArray | None = None  # the columns to restore once the grid exists
        self._plan_page_sized = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.entity_editor)
        self.preview_page = QWidget(self)  # the preview is built when first shown or asked for
        self._preview: ContentPanel | None = None
        self.translation_page = QWidget(self)  # the translation view is built when first shown
        self.translation_view = None
        self.review_page = QWidget(self)  # so is the review view
        self.folder_pages: dict[str, QWidget] = {}
        self.review_view = None
        self._ref_lang: str | None = None
        self.addTab(self.stack, _("Edit"))
        self.addTab(self.preview_page, _("Preview"))
        self.addTab(self.translation_page, _("Translation"))
        self.addTab(self.review_page, _("Review"))
        self.currentChanged.connect(self._maybe_build_translation)
        self.currentChanged.connect(self._maybe_build_review)
        self.currentChanged.connect(lambda _i: self._refresh_preview(force=True))
        controller.document_changed.connect(self._on_document_changed)

    # -- the preview and the action-plan page, built when first needed ------------------------
    @property
    def preview(self) -> ContentPanel:
        if self._preview is None:
            from desktop.gui.plan.content_panel import ContentPanel

            self._preview = ContentPanel(self.preview_page)
            layout = QVBoxLayout(self.preview_page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._preview)
            self._preview.set_language(self._lang)
            self._refresh_preview(force=True)
        return self._preview

    @property
    def plan_page_built(self) -> bool:
        return self._plan_page is not None

    @property
    def plan_page(self) -> QSplitter:
        if self._plan_page is None:
            self._build_plan_page()
        return self._plan_page

    @property
    def grid(self) -> PlanGrid:
        if self._grid is None:
            self._build_plan_page()
        return self._grid

    @property
    def activity_panel(self) -> ActivityPanel:
        if self._activity_panel is None:
            self._build_plan_page()
        return self._activity_panel

    def _build_plan_page(self) -> None:
        from desktop.gui.plan.activity_panel import ActivityPanel
        from desktop.gui.plan.plan_grid import PlanGrid

        grid = self._grid = PlanGrid(self.controller, parent=self)
        grid.setObjectName("plan_grid")
        panel = self._activity_panel = ActivityPanel(self.controller, self)
        grid.activity_selected.connect(self._on_grid_activity)
        grid.budget_requested.connect(self.open_budget)
        grid.notice.connect(self.grid_notice)
        grid.view.doubleClicked.connect(self._on_grid_double_click)
        if self._grid_state is not None:
            grid.restore_state(self._grid_state)
        reference = self._ref_lang if self._ref_lang != self._lang else None
        panel.set_languages(self._lang, reference)
        grid.set_language(self._lang)
        page = self._plan_page = QSplitter(Qt.Orientation.Vertical, self)
        page.setObjectName("plan_page")
        page.addWidget(grid)
        page.addWidget(panel)
        page.setChildrenCollapsible(False)
        page.setStretchFactor(0, 3)  # the grid is what people read; the details follow it
        page.setStretchFactor(1, 1)
        self.stack.addWidget(page)

    def restore_grid_state(self, state: QByteArray) -> None:
        """The grid's columns as saved (applied when the grid is built, if it is not yet)."""
        self._grid_state = state
        if self._grid is not None:
            self._grid.restore_state(state)

    def grid_state(self) -> QByteArray | None:
        """The grid's columns to save: as they are, or as restored if the grid was never shown."""
        return self._grid.save_state() if self._grid is not None else self._grid_state

    # -- what is shown ---------------------------------------------------------------------
    def folder_page(self, kind: str) -> QWidget:
        page = self.folder_pages.get(kind)
        if page is None:
            page = self.folder_pages[kind] = _folder_page(kind, self.controller, self.stack)
            page.set_languages(self._lang, self._ref_lang)
            page.set_read_only(self.controller.read_only)
            for signal in ("item_requested", "item_activated"):
                if hasattr(page, signal):
                    getattr(page, signal).connect(self.entity_created)
            if hasattr(page, "open_version_requested"):
                page.open_version_requested.connect(self.open_version_requested)
            self.stack.addWidget(page)
        return page

    def show_item(self, kind: str | None, entity_id: str | None, plan_id: str | None = None) -> None:
        """Show an item; `plan_id` names the action plan an objective row belongs to (each version has its own)."""
        self._kind, self._entity_id = kind, entity_id
        if kind in FOLDER_PAGES:
            page = self.folder_page(kind)
            page.refresh()
            self.stack.setCurrentWidget(page)
            self.entity_editor.show_entity("")
            if self._activity_panel is not None:
                self._activity_panel.show_activity("")
        elif kind in PLAN_KINDS:
            built = self.plan_page_built
            self.stack.setCurrentWidget(self.plan_page)
            if not self._plan_page_sized:
                self._plan_page_sized = True
                QTimer.singleShot(0, self.size_plan_page)  # once the window is laid out
            self.entity_editor.show_entity("")
            entity = self.controller.doc.find(entity_id or "")
            plan = entity if kind == "action_plan" else self.controller.doc.parent_of(entity) if entity else None
            if kind == PLAN_OBJECTIVE and plan_id:
                plan = self.controller.doc.find(plan_id)  # an objective's parent is the strategy, not a plan
            if plan is not None and plan.KIND == "action_plan":
                self.grid.set_plan(plan.id)
                if not built:  # laid out now, with its filter lists filled: rows stay put from the first look
                    self.grid.set_filters()
                    for _ in range(2):  # the filter bar wraps once it knows its width, then the grid takes the rest
                        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if kind in ("activity", PLAN_OBJECTIVE) and entity_id:
                self.grid.select_activity(entity_id)  # an objective id selects its band
            self.activity_panel.show_activity(entity_id if kind == "activity" and entity_id else "")
        else:
            self.stack.setCurrentWidget(self.entity_editor)
            if self._activity_panel is not None:
                self._activity_panel.show_activity("")
            self.entity_editor.show_entity(entity_id or "")
        self._refresh_preview(force=True)

    def size_plan_page(self) -> None:
        """Give the grid at least GRID_ROWS rows of one line (the details below keep their minimum)."""
        sizes = self.plan_page.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0:
            return
        view = self.grid.view
        chrome = self.grid.height() - view.viewport().height()  # toolbar, filters, header, frame
        wanted = max(chrome + GRID_ROWS * view.verticalHeader().defaultSectionSize(), round(total * 0.6))
        grid = min(wanted, total - self.activity_panel.minimumSizeHint().height())
        self.plan_page.setSizes([grid, total - grid])

    def _on_grid_activity(self, activity_id: str) -> None:
        if self._plan_page is not None and self.stack.currentWidget() is self._plan_page:
            self.activity_panel.show_activity(activity_id)
            self._kind, self._entity_id = ("activity", activity_id) if activity_id else (self._kind, self._entity_id)
            self._refresh_preview(force=True)
            self.activity_selected.emit(activity_id)

    def _on_grid_double_click(self, index) -> None:
        """A double click on an objective's band opens the objective: its form, and the tree on it."""
        from desktop.gui.plan.plan_table_model import OBJECTIVE_ROW

        row = self.grid.proxy.mapToSource(index).row()
        if self.grid.model.row_kind(row) == OBJECTIVE_ROW:
            self.entity_created.emit(self.grid.model.entity_id(row))  # the window selects it in the tree

    def open_budget(self, activity_id: str) -> None:
        """The grid's Budget cell is edited in the activity's budget lines below it: go there."""
        if self._plan_page is not None and self.stack.currentWidget() is self._plan_page and activity_id:
            if self.activity_panel.activity_id != activity_id:
                self._on_grid_activity(activity_id)
            self.activity_panel.focus_budget()

    def _translation_languages(self) -> tuple[str, str]:
        """Translate into the language being written, from the one shown beside it (or Albanian)."""
        source = self._ref_lang or ("sq" if self._lang != "sq" else "sr")
        return source, self._lang

    def _maybe_build_translation(self, _index: int = 0) -> None:
        if self.currentWidget() is not self.translation_page or self.translation_view is not None:
            return
        from desktop.gui.translation.translation_view import TranslationView

        source, target = self._translation_languages()
        self.translation_view = TranslationView(self.controller, source, target, self.translation_page)
        layout = QVBoxLayout(self.translation_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.translation_view)

    def _maybe_build_review(self, _index: int = 0) -> None:
        if self.currentWidget() is not self.review_page or self.review_view is not None:
            return
        from desktop.gui.review.review_view import ReviewView

        self.review_view = ReviewView(self.controller, self.review_page)
        self.review_view.set_languages(self._lang, self._ref_lang)
        layout = QVBoxLayout(self.review_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_view)

    def set_languages(self, edit_lang: str, reference_lang: str | None, force: bool = False) -> None:
        """Edit in `edit_lang` beside `reference_lang`; `force` shows every text again (the Serbian script changed)."""
        self._lang = edit_lang
        self._ref_lang = reference_lang if reference_lang != edit_lang else None
        if self.translation_view is not None:
            self.translation_view.set_languages(*self._translation_languages())
        if self.review_view is not None:
            self.review_view.set_languages(edit_lang, self._ref_lang)
        reference = reference_lang if reference_lang != edit_lang else None
        for page in self.folder_pages.values():
            page.set_languages(edit_lang, reference)
        self.entity_editor.set_languages(edit_lang, reference)
        if self._grid is not None:
            self._activity_panel.set_languages(edit_lang, reference)
            self._grid.set_language(edit_lang, force)
        if self._preview is not None:
            self._preview.set_language(edit_lang, force)
        self._refresh_preview(force=True)

    def _on_document_changed(self, _change: Change) -> None:
        if self.currentWidget() is self.preview_page:
            self._refresh_preview()

    def _refresh_preview(self, force: bool = False) -> None:
        """The preview follows the selection at once; after edits only while it is visible."""
        shown = self.currentWidget() is self.preview_page
        if (not force and not shown) or (self._preview is None and not shown):
            return  # a preview not built yet shows the current item when it is
        kind = "activity" if self._kind == "activity" else self._kind
        self.preview.show_item(self.controller.doc, kind, self._entity_id, self._lang)
