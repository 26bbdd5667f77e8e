"""File > Import document…: a Word, LibreOffice or Excel plan read into a preview the user corrects (each
item's role and level, each table's column mapping, the language) before it goes into the open plan as one
undoable step, or into a new plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Document
from desktop.core.table_import import NEW_COLUMN, NEW_OBJECTIVE_COLUMN, TARGETS
from desktop.exchange.docimport import ROLES, Preview
from desktop.exchange.docimport.preview import MAX_LEVEL
from desktop.gui.files.dialog_size import fit_to_screen
from desktop.i18n import N_, _

OWN = (NEW_COLUMN, NEW_OBJECTIVE_COLUMN)
IMPORT_FOLDER_KEY = "import_document"
FILE_FILTER = N_("Documents (*.docx *.docm *.odt *.xlsx *.xlsm *.ods);;Old Word and Excel files (*.doc *.xls)")
ROLE_NAMES = {
    "chapter": N_("Chapter"),
    "objective": N_("Objective"),
    "priority": N_("Priority"),
    "activity": N_("Activity"),
    "decision": N_("Decision"),
    "skip": N_("Leave out"),
}
TARGET_NAMES = {
    "ignore": N_("Leave out"),
    "number": N_("Number"),
    "objective": N_("Objective"),
    "title": N_("Activity"),
    "description": N_("Description"),
    "responsible": N_("Responsible"),
    "partners": N_("Partners"),
    "timeframe": N_("Time frame"),
    "budget": N_("Budget"),
    "source": N_("Funding source"),
    "indicator": N_("Indicator"),
    "target_groups": N_("Target groups"),
    "notes": N_("Notes"),
    NEW_COLUMN: N_("New column (per activity)"),
    NEW_OBJECTIVE_COLUMN: N_("New column (per objective)"),
}
FOUND_BY = {
    "heading style": N_("heading style"),
    "typed numbering": N_("typed numbering"),
    "table": N_("table"),
    "table row": N_("table row"),
    "decision page": N_("decision page"),
    "text outside a chapter": N_("text outside a chapter"),
    "labelled list": N_("list under a label"),
    "bold label": N_("bold label"),
    "objectives part": N_("objectives part"),
}
LANGUAGE_NAMES = {"sq": N_("Albanian"), "sr": N_("Serbian"), "en": N_("English")}


class ImportWizard(QDialog):
    """The preview of one document; `into_open` tells where the user chose to import it."""

    def __init__(self, preview: Preview, can_import_into_open: bool, parent: QWidget | None = None,
                 open_doc: Document | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.preview = preview
        self.open_doc = open_doc if can_import_into_open else None
        self.setWindowTitle(_("Import {name}").format(name=preview.file_name))
        fit_to_screen(self, 900, 640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(_(name), code)
        self.language.setCurrentIndex(self.language.findData(preview.lang))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(_("Language of the document"), self.language)
        if preview.lang == "sr" and preview.script == "cyrl":
            form.addRow("", QLabel(_("Serbian in Cyrillic script")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(_("Recognised"), self.summary)
        layout.addLayout(form)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_("Item"), _("Role"), _("Level"), _("Found by")])
        self.tree.setColumnWidth(0, 460)
        layout.addWidget(self.tree, 1)

        self.mapping_boxes: list[list[QComboBox]] = []
        for index, table in enumerate(preview.tables):
            box = QGroupBox(_("Action plan table {n}: columns").format(n=index + 1))
            row = QHBoxLayout(box)
            combos = []
            for header, target in zip(table.header, table.mapping, strict=False):
                cell = QVBoxLayout()
                cell.addWidget(QLabel(header[:40] or "—"))
                combo = QComboBox()
                for key in (*TARGETS, NEW_COLUMN, NEW_OBJECTIVE_COLUMN):
                    combo.addItem(_(TARGET_NAMES[key]), key)
                combo.setCurrentIndex(max(0, combo.findData(target)))
                combo.currentIndexChanged.connect(lambda _i, t=index: self._mapping_changed(t))
                cell.addWidget(combo)
                combos.append(combo)
                row.addLayout(cell)
            self.mapping_boxes.append(combos)
            layout.addWidget(box)

        where = QHBoxLayout()
        self.into_open = QRadioButton(_("Into the open plan"))
        self.into_new = QRadioButton(_("Into a new plan"))
        # The same plan in another language: its texts go into the open plan's items as translations.
        self.as_translation = QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.into_open)
        group.addButton(self.into_new)
        group.addButton(self.as_translation)
        self.into_open.setEnabled(can_import_into_open)
        (self.into_open if can_import_into_open else self.into_new).setChecked(True)
        where.addWidget(self.into_open)
        where.addWidget(self.as_translation)
        where.addWidget(self.into_new)
        where.addStretch(1)
        layout.addLayout(where)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(_("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._translation_choice(initial=True)
        self.refresh()

    def _translation_choice(self, initial: bool = False) -> None:
        """Offer (and on opening, choose) the language version when the open plan holds another language."""
        from desktop.exchange.docimport.pairing import other_language_content

        lang = self.preview.lang
        self.as_translation.setText(
            _("As the {language} version of the open plan").format(language=_(LANGUAGE_NAMES[lang]))
        )
        possible = self.open_doc is not None and other_language_content(self.open_doc, lang)
        self.as_translation.setEnabled(possible)
        self.as_translation.setVisible(self.open_doc is not None)  # with no plan open it means nothing
        if possible and initial:
            self.as_translation.setChecked(True)
        elif not possible and self.as_translation.isChecked():
            (self.into_open if self.into_open.isEnabled() else self.into_new).setChecked(True)

    # -- the preview as a tree ---------------------------------------------------------------------
    def refresh(self) -> None:
        self.tree.clear()
        chapters: list[QTreeWidgetItem] = []  # the open chapter at each level
        objective: QTreeWidgetItem | None = None
        activities: list[QTreeWidgetItem] = []
        plan_priorities: list[QTreeWidgetItem] = []
        for index, item in enumerate(self.preview.items):
            label = " ".join(filter(None, (item.number, item.title))) or _("(text without a title)")
            node = QTreeWidgetItem(
                [label[:200], "", "", _(FOUND_BY.get(item.found_by, item.found_by)) if item.found_by else ""]
            )
            parent: QTreeWidgetItem | None = None
            if item.role == "chapter":
                level = min(item.level, len(chapters))
                del chapters[level:]
                parent = chapters[-1] if chapters else None
                chapters.append(node)
            elif item.role == "objective":
                objective, activities = node, []
            elif item.role == "priority" and item.fields.get("scope") == "plan":
                # A priority of the plan as a whole: at the top, its sub-priorities under it.
                objective = None
                if item.level == 0 or not plan_priorities:
                    plan_priorities = [node]
                else:
                    parent = plan_priorities[0]
            elif item.role in ("activity", "priority"):
                level = min(item.level, len(activities))
                del activities[level:]
                parent = activities[-1] if activities else objective
                activities.append(node)
            if parent is None:
                self.tree.addTopLevelItem(node)
            else:
                parent.addChild(node)
            role = QComboBox()
            for key in ROLES:
                role.addItem(_(ROLE_NAMES[key]), key)
            role.setCurrentIndex(role.findData(item.role))
            role.currentIndexChanged.connect(lambda _i, n=index, box=role: self._role_changed(n, box.currentData()))
            self.tree.setItemWidget(node, 1, role)
            level_box = QSpinBox()
            level_box.setRange(0, MAX_LEVEL)
            level_box.setValue(item.level)
            level_box.valueChanged.connect(lambda value, n=index: self._level_changed(n, value))
            self.tree.setItemWidget(node, 2, level_box)
        self.tree.expandAll()
        counts = self.preview.role_counts()
        parts = [
            _("{n} chapters").format(n=counts["chapter"]),
            _("{n} objectives").format(n=counts["objective"]),
            _("{n} activities").format(n=counts["activity"]),
        ]
        if counts["decision"]:
            parts.append(_("the decision"))
        self.summary.setText(", ".join(parts) + "".join(f"\n• {w}" for w in self.warnings()))
        self.import_button.setEnabled(any(it.role != "skip" for it in self.preview.items))

    def warnings(self) -> list[str]:
        c = self.preview.counts
        out = []
        for key, text in (
            ("toc_lines", N_("{n} table-of-contents lines skipped")),
            ("tables_joined", N_("{n} tables joined to the table before them (same header)")),
            ("repeated_headers", N_("{n} repeated header rows skipped")),
            ("split_rows", N_("{n} split rows joined")),
        ):
            if c.get(key):
                out.append(_(text).format(n=c[key]))
        own = [h for t in self.preview.tables for h, m in zip(t.header, t.mapping, strict=False) if m in OWN]
        if own:
            out.append(_("New columns of the plan's own: {names}").format(names=", ".join(own)))
        return out

    def _role_changed(self, index: int, role: str) -> None:
        self.preview.set_role(index, role)
        self.refresh()

    def _level_changed(self, index: int, level: int) -> None:
        self.preview.set_level(index, level)
        self.refresh()

    def _mapping_changed(self, table: int) -> None:
        self.preview.set_mapping(table, [c.currentData() for c in self.mapping_boxes[table]])
        self.refresh()

    def _language_changed(self) -> None:
        self.preview.lang = self.language.currentData()
        self._translation_choice()


def import_document(window, path: Path | str | None = None) -> bool:
    """Ask for a document (unless `path` is given), show its preview, and import it as the user chose: into
    the open plan (one undo step) or into a new plan shown in the window. False when nothing was imported."""
    from desktop.core.import_plan import import_plan
    from desktop.exchange.docimport import DocumentImportError, apply_new, read_preview
    from desktop.exchange.docimport.safety import soffice
    from desktop.gui.settings import ask_open_file_name
    from desktop.gui.widgets import messages
    from desktop.storage.errors import StorageError
    from desktop.storage.session import DocumentSession

    if path is None:
        plan_path = window.session.path if window.session is not None else None
        chosen, _filter = ask_open_file_name(
            window, IMPORT_FOLDER_KEY, _("Import a document"), _(FILE_FILTER), plan_path, window.settings
        )
        if not chosen:
            return False
        path = chosen
    path = Path(path)
    try:
        preview = read_preview(path)
    except DocumentImportError as exc:
        hint = ""
        if path.suffix.lower() in (".doc", ".xls") and soffice():
            hint = "\n" + _("LibreOffice is installed: convert it with soffice --headless --convert-to docx.")
        messages.show_error(window, str(exc) + hint, _("The document could not be imported"))
        return False
    controller = window.controller
    can_open = controller is not None and not controller.read_only
    wizard = ImportWizard(preview, can_open, window, open_doc=controller.doc if can_open else None)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return False
    if wizard.as_translation.isChecked() and can_open:
        return _import_language_version(window, preview)
    if wizard.into_open.isChecked() and can_open:
        return controller.apply(import_plan, preview.build()) is not None
    if not window._confirm_unsaved():
        return False
    try:
        session = DocumentSession.create(apply_new(preview))
    except StorageError as exc:
        messages.show_error(window, str(exc), _("The plan could not be created"))
        return False
    window.set_session(session)
    return True


def _import_language_version(window, preview: Preview) -> bool:
    """The pairing page, then the paired texts stored as translations in one undo step."""
    from desktop.core.import_plan import import_translation
    from desktop.exchange.docimport.pairing import pair
    from desktop.gui.files.pairing_page import PairingPage

    controller = window.controller
    pairing = pair(controller.doc, preview.build())
    page = PairingPage(pairing, preview.file_name, window)
    if page.exec() != QDialog.DialogCode.Accepted:
        return False
    return controller.apply(import_translation, pairing.lang, pairing.entries()) is not None
