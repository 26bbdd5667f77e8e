"""The main window: the plan's structure on the left, the selected item on the right (read-only for now)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.core.operations import Change
from desktop.gui.actions import EDIT_MENU, FILE_MENU, HELP_MENU, VIEW_MENU, enable, fill_menu, make_action
from desktop.gui.controller import DocumentController
from desktop.gui.files.start_panel import StartPanel
from desktop.gui.menu_bar import MENUS
from desktop.gui.plan.edit_area import EditArea
from desktop.gui.plan.plan_tree_view import PlanTreeView
from desktop.gui.plan.tree_actions import TreeActions
from desktop.gui.plan.tree_model import PLAN_OBJECTIVE, PlanTreeModel
from desktop.gui.settings import (
    open_settings,
)
from desktop.gui.translation.memory_learner import MemoryLearner
from desktop.gui.translation.serbian_script import AS_WRITTEN, set_shown_script, shown_script
from desktop.gui.translation.translation_menu import TRANSLATION_MENU, TranslationMenu
from desktop.gui.versions.version_window import open_version
from desktop.gui.widgets import messages
from desktop.gui.widgets.display import CONTENT_LANGUAGES
from desktop.gui.window_files import FileCommands
from desktop.gui.window_files import demo_path as demo_path  # re-exported: tests and start-up use it here
from desktop.gui.window_files import ensure_demo_file as ensure_demo_file
from desktop.gui.window_files import same_file as same_file
from desktop.gui.window_status import STATUS_NOW_LIMIT, StatusBarPart
from desktop.i18n import _
from desktop.storage.session import DocumentSession

if TYPE_CHECKING:
    from desktop.gui.panels.bottom_panels import BottomPanels

DEFAULT_SIZE = (1280, 720)
DEFAULT_PANELS_HEIGHT = 110
TREE_MIN_WIDTH = 180  # "1.2 Hapja e qendrës ditore" still reads as a title, not "Kom e Lum"
TREE_SHARE = 0.27  # of the window's width, until the user drags the divider (then remembered)
PANELS_MIN_SCREEN_HEIGHT = 700  # on lower screens the panels below start hidden: the grid needs the rows
EXPAND_LIMIT = 200  # activities shown expanded on opening; larger plans open with objectives folded
# Actions kept as attributes under a name other than their own (`window.share_action`).
ACTION_ATTRIBUTES = {"share_copy": "share", "keyboard_shortcuts": "shortcuts", "paste_activities": "paste"}


class MainWindow(FileCommands, StatusBarPart, QMainWindow):
    """One open plan at a time; File > Open replaces it (after asking about unsaved changes)."""

    document_opened = Signal(str)  # the file's path ("" for a plan not saved yet)
    document_closed = Signal()
    content_language_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else open_settings()
        self.session: DocumentSession | None = None
        self.controller: DocumentController | None = None
        self.edit_area: EditArea | None = None
        self.bottom: BottomPanels | None = None
        self.meeting_window = None
        self.version_windows: list[MainWindow] = []  # approved versions opened read-only
        self.memory_learner: MemoryLearner | None = None
        self._display_name: str | None = None  # set for backups, shown instead of the file name
        self._lasting_notice = ""  # the banner's notice when no transient one is shown
        self._transient_notice = False
        self._following_grid = False  # the tree moves to the grid's row: the editor shows it already
        lang = str(self.settings.value("content/language", "sq"))
        self._lang = lang if lang in dict(CONTENT_LANGUAGES) else "sq"
        reference = str(self.settings.value("content/reference", "sr" if self._lang == "sq" else "sq"))
        self._ref_lang: str | None = reference if reference in dict(CONTENT_LANGUAGES) else None
        set_shown_script(str(self.settings.value("content/serbian_script", AS_WRITTEN)))

        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(300)
        self._status_timer.timeout.connect(self._update_status)
        self._build_ui()
        self.setAcceptDrops(True)
        self._restore_layout()
        self._update_state()

    def _build_ui(self) -> None:
        """Everything that carries interface text; built again when the interface language changes."""
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()

    # -- construction ---------------------------------------------------------------------------
    def _build_actions(self) -> None:
        """The window's commands from the registry (desktop.gui.actions); each also kept as `<attr>_action`."""
        self.actions_by_name: dict[str, QAction] = {}
        for menu in (FILE_MENU, EDIT_MENU, VIEW_MENU, HELP_MENU):
            for spec in menu.actions:
                action = make_action(spec, self, self)
                self.actions_by_name[spec.name] = action
                setattr(self, f"{ACTION_ATTRIBUTES.get(spec.name, spec.name)}_action", action)
        self.language_actions = QActionGroup(self)
        for code, name in i18n.UI_LANGUAGES.items():
            action = QAction(name, self.language_actions)
            action.setObjectName(f"ui_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_interface_language(c))

    def _build_menus(self) -> None:
        """The menu bar in the registry's order (desktop.gui.menu_bar); features fill their own menus."""
        self.recent_menu = QMenu(_("Open &Recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        language_menu = QMenu(_("Interface &language"), self)
        language_menu.setObjectName("interface_language_menu")
        language_menu.addActions(self.language_actions.actions())
        parts = {"recent_menu": self.recent_menu, "interface_language_menu": language_menu}
        for spec in MENUS:
            if spec is TRANSLATION_MENU:
                self.translation_menu = TranslationMenu(self)
                self.menuBar().addMenu(self.translation_menu)
                continue
            menu = self.menuBar().addMenu(_(spec.title))
            menu.setObjectName(spec.name)
            fill_menu(menu, spec, self.actions_by_name, parts)

    def _build_toolbar(self) -> None:
        bar = QToolBar(_("Main toolbar"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.open_action)
        bar.addAction(self.save_action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        label = QLabel(_("Writing in:"), bar)
        label.setContentsMargins(0, 0, 6, 0)
        bar.addWidget(label)
        self.language_combo = QComboBox(bar)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.setToolTip(_("The language the plan's texts are shown in"))
        for code, name in CONTENT_LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(self._lang))
        self.language_combo.currentIndexChanged.connect(
            lambda i: self.set_content_language(self.language_combo.itemData(i))
        )
        label.setBuddy(self.language_combo)
        bar.addWidget(self.language_combo)
        beside = QLabel(_("Beside it:"), bar)
        beside.setContentsMargins(12, 0, 6, 0)
        bar.addWidget(beside)
        self.reference_combo = QComboBox(bar)
        self.reference_combo.setObjectName("reference_combo")
        self.reference_combo.setToolTip(_("Another language shown read-only next to the one you write in"))
        self.reference_combo.addItem(_("nothing"), None)
        for code, name in CONTENT_LANGUAGES:
            self.reference_combo.addItem(name, code)
        self.reference_combo.setCurrentIndex(max(0, self.reference_combo.findData(self._ref_lang)))
        self.reference_combo.currentIndexChanged.connect(
            lambda i: self.set_reference_language(self.reference_combo.itemData(i))
        )
        beside.setBuddy(self.reference_combo)
        bar.addWidget(self.reference_combo)
        self.toolbar = bar
        self.addToolBar(bar)

    def _build_central(self) -> None:
        self.tree_model = PlanTreeModel(self)
        self.tree_model.set_language(self._lang)
        self.tree = PlanTreeView(self)
        self.tree.setObjectName("plan_tree")
        self.tree.setModel(self.tree_model)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree_actions = TreeActions(self)  # add, rename, move, delete: toolbar above the tree, menus, keys

        self.banner = QLabel("", self)
        self.banner.setObjectName("notice_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # titles and paths may hold "<" and "&"
        self.banner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e0c870; padding: 8px 12px; }"
        )
        self.banner.setVisible(False)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        self.right_layout = right_layout

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.tree_actions.panel)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.tree.setMinimumWidth(TREE_MIN_WIDTH)
        self.splitter.setStretchFactor(0, round(TREE_SHARE * 100))
        self.splitter.setStretchFactor(1, 100 - round(TREE_SHARE * 100))

        self.start_panel = StartPanel(self)
        self.start_panel.open_requested.connect(self.choose_and_open)
        self.start_panel.demo_requested.connect(self.open_demo)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.start_panel)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.dock = QDockWidget(_("Problems, search, totals and notes"), self)
        self.dock.setObjectName("bottom_dock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.dock.visibilityChanged.connect(self.panels_action.setChecked)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            area = self.screen().availableGeometry()  # a 1024x600 laptop screen keeps the window whole
            self.resize(min(DEFAULT_SIZE[0], area.width()), min(DEFAULT_SIZE[1], area.height()))
        state = self.settings.value("window/splitter")
        if state is None or not self.splitter.restoreState(state):
            width = self.width()
            tree = max(TREE_MIN_WIDTH, round(width * TREE_SHARE))
            self.splitter.setSizes([tree, width - tree])

    def _panels_by_default(self) -> str:
        """The panels below are shown at first on screens tall enough to leave the grid its rows."""
        return "true" if self.screen().availableGeometry().height() >= PANELS_MIN_SCREEN_HEIGHT else "false"

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        if self.dock.isVisible():
            self.settings.setValue("window/panels_height", self.dock.height())
        self.settings.setValue("content/language", self._lang)
        self.settings.sync()

    # -- opening and closing -------------------------------------------------------------------

    def set_session(
        self, session: DocumentSession, display_name: str | None = None, controller: DocumentController | None = None
    ) -> None:
        """Show an open session in this window, which takes it over (and closes the one shown before).

        `controller` is the session's own when the window is only rebuilt: its undo history stays."""
        old, self.session = self.session, session
        if old is not None:
            self._close_quietly(old)
        self._display_name = display_name
        self._attach(session, controller)
        self.tree_model.set_document(session.doc)
        self.stack.setCurrentWidget(self.splitter)
        self.start_panel.set_message("")
        self._expand_defaults()
        first = self.tree_model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._show_notice(session.lock_warning)
        self._update_state()
        self.document_opened.emit(str(session.path) if session.path else "")

    # -- saving ---------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        from desktop.gui.export.pdf_export_dialog import PdfExportDialog  # reportlab only when exporting

        if self.controller is not None:
            path = PdfExportDialog.export(self.controller, self, self.select_entity)
            if path is not None:
                self.show_file_written(_("Exported to {path}").format(path=path))

    def export_word(self) -> None:
        from desktop.gui.export.docx_export_dialog import DocxExportDialog  # python-docx only when exporting

        if self.controller is not None:
            path = DocxExportDialog.export(self.controller, self)
            if path is not None:
                self.show_file_written(_("Exported to {path}").format(path=path))

    def quit(self) -> None:
        QApplication.closeAllWindows()

    def show_about(self) -> None:
        messages.show_about(self)

    # -- content language and selection ------------------------------------------------------------
    @property
    def content_language(self) -> str:
        return self._lang

    def set_content_language(self, lang: str) -> None:
        """Show the plan's texts in `lang` (sq, sr, en); the tree, the panel and the combo follow."""
        if lang not in dict(CONTENT_LANGUAGES) or lang == self._lang:
            return
        if lang == self._ref_lang:  # writing in the language shown beside: show the previous one there
            self._ref_lang = self._lang
            self.reference_combo.setCurrentIndex(max(0, self.reference_combo.findData(self._ref_lang)))
            self.settings.setValue("content/reference", self._ref_lang)
        self._lang = lang
        self.language_combo.setCurrentIndex(self.language_combo.findData(lang))
        self.tree_model.set_language(lang)
        if self.edit_area is not None:
            self.edit_area.set_languages(lang, self._ref_lang)
        if self.bottom is not None:
            self.bottom.set_language(lang)
        if self.meeting_window is not None:
            self.meeting_window.set_language(lang)
        self.settings.setValue("content/language", lang)
        self._update_status()
        self.content_language_changed.emit(lang)

    def set_serbian_script(self, script: str) -> None:
        """Show Serbian texts as written, in Latin or in Cyrillic; the stored texts do not change."""
        if script == shown_script():
            return
        set_shown_script(script)
        self.settings.setValue("content/serbian_script", script)
        self.translation_menu.update_actions()
        self._show_texts_again()

    def _show_texts_again(self) -> None:
        """Every view shows the plan's texts anew (the Serbian script or the names kept as written changed)."""
        self.tree_model.set_language(self._lang, force=True)
        if self.edit_area is not None:
            self.edit_area.set_languages(self._lang, self._ref_lang, force=True)
        if self.bottom is not None:
            self.bottom.set_language(self._lang)
        if self.meeting_window is not None:
            self.meeting_window.set_language(self._lang, force=True)

    def glossary_saved(self) -> None:
        """The translation view shows the terms of the glossary just saved; Serbian shown in another script
        shows its names kept as written (the dialog has handed them to the transliterator)."""
        if self.edit_area is not None and self.edit_area.translation_view is not None:
            self.edit_area.translation_view.reload_glossary()
        if shown_script() != AS_WRITTEN:
            self._show_texts_again()

    def select_entity(self, entity_id: str, kind: str | None = None) -> bool:
        """Select the tree row of an entity (the first one, or the one of `kind`) and show it.

        An objective stands under every version of the action plan: the row under the plan in force is chosen."""
        index = self.tree_model.index_of(entity_id, kind)
        in_force = self.controller.doc.action_plan if self.controller is not None else None
        if kind == PLAN_OBJECTIVE and in_force is not None:
            plan_row = self.tree_model.index_of(in_force.id, "action_plan")
            for row in range(self.tree_model.rowCount(plan_row)):
                child = self.tree_model.index(row, 0, plan_row)
                if self.tree_model.entity_id(child) == entity_id:
                    index = child
                    break
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.edit_area is None:
            return
        if not current.isValid():
            self.edit_area.show_item(None, None)
            return
        entity_id = self.tree_model.entity_id(current)
        if not self._following_grid:
            kind = self.tree_model.kind(current)
            plan_id = self.tree_model.entity_id(current.parent()) if kind == PLAN_OBJECTIVE else None
            self.edit_area.show_item(kind, entity_id, plan_id)
        if self.bottom is not None:
            self.bottom.show_item(entity_id)
        self._notice_for_item(entity_id)

    def _expand_defaults(self) -> None:
        """Expand the top level and, for plans of ordinary size, the plans' objectives to show activities."""
        model = self.tree_model
        doc = model.document
        show_activities = doc is not None and sum(len(p.activities) for p in doc.action_plans) <= EXPAND_LIMIT
        for row in range(model.rowCount()):
            top = model.index(row, 0)
            self.tree.expand(top)
            if not show_activities:
                continue
            for child_row in range(model.rowCount(top)):
                child = model.index(child_row, 0, top)
                if model.kind(child) == PLAN_OBJECTIVE:
                    self.tree.expand(child)

    def set_reference_language(self, lang: str | None) -> None:
        """Show `lang` read-only beside the language being written (None: nothing beside it)."""
        self._ref_lang = lang if lang in dict(CONTENT_LANGUAGES) else None
        self.reference_combo.setCurrentIndex(max(0, self.reference_combo.findData(self._ref_lang)))
        self.settings.setValue("content/reference", self._ref_lang or "")
        if self.edit_area is not None:
            self.edit_area.set_languages(self._lang, self._ref_lang)

    @property
    def content_panel(self):
        """The read-only preview of the selected item."""
        return self.edit_area.preview if self.edit_area is not None else None

    # -- editing -------------------------------------------------------------------------------
    def _attach(self, session: DocumentSession, controller: DocumentController | None = None) -> None:
        """Give a shown session its editors and panels, and its controller unless it keeps `controller`."""
        self._detach()
        if controller is None:
            from desktop.gui.files.preferences_dialog import author_name

            session.author = author_name(self.settings) or session.author
            controller = DocumentController(session, self)
            controller.document_changed.connect(self._on_document_changed)
            controller.storage_failed.connect(lambda text: messages.show_error(self, text, _("Not stored")))
            controller.operation_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
            stack = controller.undo_stack
            stack.canUndoChanged.connect(lambda _ok: self._update_undo())
            stack.canRedoChanged.connect(lambda _ok: self._update_undo())
            stack.undoTextChanged.connect(lambda _t: self._update_undo())
            stack.redoTextChanged.connect(lambda _t: self._update_undo())
        self.controller = controller
        self.memory_learner = MemoryLearner(self.controller, self)
        self.edit_area = EditArea(self.controller, self)
        self.edit_area.set_languages(self._lang, self._ref_lang)
        self.edit_area.entity_created.connect(lambda eid: QTimer.singleShot(0, lambda: self.select_entity(eid)))
        self.edit_area.activity_selected.connect(self._follow_grid)
        self.edit_area.grid_notice.connect(lambda text: self._show_notice(text, transient=True))
        self.edit_area.open_version_requested.connect(self.open_version)
        grid_state = self.settings.value("grid/columns")
        if grid_state is not None:
            self.edit_area.restore_grid_state(grid_state)
        self.right_layout.addWidget(self.edit_area)
        if self.settings.value("window/panels", self._panels_by_default()) in (True, "true"):
            self._ensure_bottom()
            self.dock.show()
            # A strip under the editor, not half the screen: the plan is what people look at.
            height = int(self.settings.value("window/panels_height", DEFAULT_PANELS_HEIGHT))
            QTimer.singleShot(0, lambda: self.resizeDocks([self.dock], [height], Qt.Orientation.Vertical))
        self._update_undo()

    def _ensure_bottom(self) -> BottomPanels | None:
        """The panels below, built when first shown: a window whose panels stay hidden never builds them."""
        if self.bottom is None and self.controller is not None:
            from desktop.gui.panels.bottom_panels import BottomPanels

            self.bottom = BottomPanels(self.controller, self._lang, self.dock)
            self.bottom.item_activated.connect(self.select_entity)
            self.dock.setWidget(self.bottom)
            current = self.tree.currentIndex()
            if current.isValid():
                self.bottom.show_item(self.tree_model.entity_id(current))
        return self.bottom

    def _detach(self) -> None:
        if self.memory_learner is not None:
            self.memory_learner.stop()
            self.memory_learner.deleteLater()
            self.memory_learner = None
        if self.meeting_window is not None:
            self.meeting_window.close()
            self.meeting_window = None
        if self.edit_area is not None:
            grid_state = self.edit_area.grid_state()
            if grid_state is not None:
                self.settings.setValue("grid/columns", grid_state)
            if self.edit_area.translation_view is not None:
                self.edit_area.translation_view.close_memory()
            self.edit_area.setParent(None)
            self.edit_area.deleteLater()
            self.edit_area = None
        if self.bottom is not None:
            self.dock.setWidget(None)
            self.bottom.deleteLater()
            self.bottom = None
        self.controller = None
        self._update_undo()

    def _on_document_changed(self, change: Change) -> None:
        if self.controller is None:
            return
        current = self.tree.currentIndex()
        current_id = self.tree_model.entity_id(current) if current.isValid() else None
        current_kind = self.tree_model.kind(current) if current.isValid() else None
        expanded = self._expanded_ids()
        if self.tree_model.apply_change(change, self.controller.doc):
            self._restore_expanded(expanded)
            if current_id and self.controller.doc.find(current_id) is not None:
                self.tree.blockSignals(True)
                index = self.tree_model.index_of(current_id, current_kind)
                self.tree.setCurrentIndex(index)
                self.tree.blockSignals(False)
        self._update_state()

    def _expanded_ids(self) -> set[tuple[str | None, str | None]]:
        out = set()
        model = self.tree_model
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop()
            if self.tree.isExpanded(index):
                out.add((model.kind(index), model.entity_id(index)))
                stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))
        return out

    def _restore_expanded(self, expanded: set[tuple[str | None, str | None]]) -> None:
        model = self.tree_model
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop()
            if (model.kind(index), model.entity_id(index)) in expanded:
                self.tree.expand(index)
                stack.extend(model.index(r, 0, index) for r in range(model.rowCount(index)))

    def _follow_grid(self, activity_id: str) -> None:
        """Keep the tree on the activity chosen in the grid (without re-showing it)."""
        if not activity_id:
            return
        index = self.tree_model.index_of(activity_id, "activity")
        if index.isValid() and index != self.tree.currentIndex():
            # blockSignals on the tree leaves its selection model's currentChanged on: a flag it is
            self._following_grid = True
            try:
                self.tree.setCurrentIndex(index)
            finally:
                self._following_grid = False
            self.tree.scrollTo(index)

    def undo(self) -> None:
        if self.controller is not None:
            self.controller.close_merge()
            self.controller.undo_stack.undo()

    def redo(self) -> None:
        if self.controller is not None:
            self.controller.undo_stack.redo()

    def _update_undo(self) -> None:
        stack = self.controller.undo_stack if self.controller is not None else None
        if not shiboken6.isValid(self.undo_action) or (stack is not None and not shiboken6.isValid(stack)):
            return  # the window is being destroyed: the stack's last signals find nothing to update
        can_undo = stack is not None and stack.canUndo() and not self.controller.read_only
        can_redo = stack is not None and stack.canRedo() and not self.controller.read_only
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(_("&Undo {step}").format(step=stack.undoText()) if can_undo else _("&Undo"))
        self.redo_action.setText(_("&Redo {step}").format(step=stack.redoText()) if can_redo else _("&Redo"))

    def show_decision(self) -> bool:
        """Show the assembly decision approving the plan, drafting it from the country's template first."""
        from desktop.core.decision import create_decision

        if self.controller is None:
            return False
        doc = self.controller.doc
        if doc.decision is None:
            if self.controller.read_only:
                return False
            template = "AL" if doc.municipality.country == "AL" else "XK"
            if self.controller.apply(create_decision, template) is None:
                return False
        return self.select_entity(self.controller.doc.decision.id)

    def open_version(self, number: int) -> MainWindow | None:
        """Open an approved version read-only in a window of its own."""
        return open_version(self, number, lambda: MainWindow(self.settings))

    def show_preferences(self) -> bool:
        from desktop.gui.files.preferences_dialog import PreferencesDialog, author_name

        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return False
        if self.session is not None:
            self.session.author = author_name(self.settings) or self.session.author
        return True

    def paste_activities(self) -> bool:
        """Create activities from a table on the clipboard, after the user maps its columns."""
        from desktop.gui.plan.paste_dialog import PasteDialog

        if self.controller is None or self.controller.read_only or self.controller.doc.action_plan is None:
            return False
        doc = self.controller.doc
        if not doc.objectives:
            messages.show_error(self, _("Add a strategic objective first: activities belong to one."))
            return False
        grid = self.edit_area.grid
        objective = grid.current_objective_id() or doc.objectives[0].id
        return PasteDialog.paste(self.controller, doc.action_plan.id, objective, self._lang, self)

    def edit_plan_columns(self) -> bool:
        """The columns of the plan the grid shows: which show, their order, names, and the plan's own."""
        if self.controller is None or self.controller.read_only or self.controller.doc.action_plan is None:
            return False
        return self.edit_area.grid.edit_columns()

    def show_first_steps(self) -> None:
        from desktop.gui.widgets.help_dialogs import FirstStepsDialog

        FirstStepsDialog(self).exec()

    def show_shortcuts(self) -> None:
        from desktop.gui.widgets.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_search(self) -> None:
        if self._ensure_bottom() is None:
            return
        self.dock.show()
        self.bottom.show_search()

    def toggle_panels(self, checked: bool) -> None:
        self.dock.setVisible(checked and self._ensure_bottom() is not None)
        self.settings.setValue("window/panels", "true" if checked else "false")

    def open_meeting_mode(self) -> None:
        """The projector view: one objective at a time, notes and decisions on the item on screen."""
        if self.controller is None:
            return
        from desktop.gui.group.meeting_window import MeetingWindow

        if self.meeting_window is None:
            self.meeting_window = MeetingWindow(self.controller, self._lang, settings=self.settings)
            self.meeting_window.destroyed.connect(lambda *_: setattr(self, "meeting_window", None))
        self.meeting_window.show()
        self.meeting_window.raise_()
        self.meeting_window.activateWindow()

    def set_interface_language(self, lang: str) -> None:
        """Switch the interface language now: the window's chrome is built again, the plan stays open."""
        if lang == i18n.language():
            return
        i18n.set_language(lang)
        self.settings.setValue("ui/language", lang)
        selected = self.tree.currentIndex()
        kind = self.tree_model.kind(selected) if selected.isValid() else None
        entity_id = self.tree_model.entity_id(selected) if selected.isValid() else None
        geometry, splitter = self.saveGeometry(), self.splitter.saveState()
        session, controller = self.session, self.controller
        area = self.edit_area
        grid_state = area.grid.view_state() if area is not None and area.plan_page_built else None
        self._detach()
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.removeDockWidget(self.dock)
        self.dock.deleteLater()
        self.setStatusBar(None)  # deletes the old one
        old_central = self.takeCentralWidget()
        old_central.deleteLater()
        for action in self.findChildren(QAction):
            if action.parent() is self:
                action.deleteLater()
        self._build_ui()
        self.restoreGeometry(geometry)
        self.splitter.restoreState(splitter)
        self.session = None
        if session is not None:
            self.set_session(session, self._display_name, controller)
            if entity_id:
                self.select_entity(entity_id, kind)
            if self.edit_area is not None and grid_state is not None:
                self.edit_area.grid.restore_view_state(grid_state)  # filters, rows and scrolling as they were
        self._update_state()

    # -- window state ------------------------------------------------------------------------------
    def plan_name(self) -> str:
        if self._display_name:
            return self._display_name
        if self.session is not None and self.session.path is not None:
            return self.session.path.name
        if self.session is not None:
            return _("New plan")
        return ""

    def _update_state(self) -> None:
        self._update_undo()
        has = self.session is not None
        writable = has and not self.session.read_only
        for menu in (FILE_MENU, EDIT_MENU, VIEW_MENU, HELP_MENU):
            enable(self.actions_by_name, menu.actions, has, writable)
        if has:
            self.setWindowTitle(_("{name}[*] — Plan").format(name=self.plan_name()))
            self.setWindowModified(self.session.dirty)
        else:
            self.setWindowTitle(_("Plan"))
            self.setWindowModified(False)
        self._update_file_status()
        # Completeness, totals and the version's digest walk the whole plan: on large plans once typing pauses,
        # and in a window not shown yet once it is (its first paint does not wait for them).
        if self.session is not None and (len(self.session.doc) > STATUS_NOW_LIMIT or not self.isVisible()):
            self._status_timer.start()
        else:
            self._update_status()

    # -- Qt events -----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._confirm_unsaved():
            event.ignore()
            return
        self._save_layout()
        if self.session is not None:
            session, self.session = self.session, None
            self._detach()
            self._close_quietly(session)
        event.accept()
