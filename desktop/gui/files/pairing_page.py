"""The import wizard's page for another language version of the open plan: each item of the document paired
with its counterpart in the plan (with how sure the pairing is), the items left unpaired on either side, and
the texts the plan already has in that language, each replaced only when its box is ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.docimport.pairing import Pairing, PairText
from desktop.gui.files.dialog_size import fit_to_screen
from desktop.i18n import N_, _

KIND_NAMES = {
    "title": N_("Title"),
    "chapter": N_("Chapter"),
    "objective": N_("Objective"),
    "activity": N_("Activity"),
    "column": N_("Column"),
    "decision line": N_("Decision line"),
    "decision point": N_("Decision point"),
    "donors": N_("Donors"),
    "partners": N_("Partners"),
    "priority": N_("Priority"),
    "target group": N_("Target group"),
}
FIELD_NAMES = {
    "title": N_("title"),
    "body": N_("text"),
    "caption": N_("caption"),
    "description": N_("description"),
    "responsible": N_("responsible"),
    "partners": N_("partners"),
    "timeframe_note": N_("time frame"),
    "notes": N_("notes"),
    "name": N_("name"),
    "": N_("column text"),
}
LANGUAGE_NAMES = {"sq": N_("Albanian"), "sr": N_("Serbian"), "en": N_("English")}
UNSURE = 0.5  # a pair below this is shown in the colour of a warning


def _short(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class PairingPage(QDialog):
    """Shows `pairing`; ticking a "replaces: …" row sets that text's `replace`."""

    def __init__(self, pairing: Pairing, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairing = pairing
        self.setWindowTitle(_("Import {name} as a language version").format(name=file_name))
        fit_to_screen(self, 900, 600)
        layout = QVBoxLayout(self)
        language = _(LANGUAGE_NAMES.get(pairing.lang, pairing.lang))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([_("In the plan"), _("In the document ({language})").format(language=language),
                                   _("Confidence")])  # fmt: skip
        self.tree.setColumnWidth(0, 380)
        self.tree.setColumnWidth(1, 380)
        layout.addWidget(self.tree, 1)
        self.replace_rows: list[tuple[QTreeWidgetItem, PairText]] = []
        self._fill()
        self.tree.itemChanged.connect(self._ticked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.tick_all = QPushButton(_("Replace all"))
        self.tick_all.setEnabled(bool(self.replace_rows))
        self.tick_all.clicked.connect(self._tick_all)
        buttons.addButton(self.tick_all, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(_("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update_summary()

    def _fill(self) -> None:
        p = self.pairing
        paired = QTreeWidgetItem([_("Paired ({n})").format(n=len(p.pairs)), "", ""])
        self.tree.addTopLevelItem(paired)
        warning = QBrush(QColor("#9a5b00"))
        for pair in p.pairs:
            kind = _(KIND_NAMES.get(pair.kind, pair.kind))
            node = QTreeWidgetItem([f"{kind}: {_short(pair.plan_label)}", _short(pair.imported_label),
                                    f"{pair.confidence:.0%}"])  # fmt: skip
            node.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if pair.confidence < UNSURE:
                node.setForeground(2, warning)
                node.setToolTip(2, _("Check this pair: the two items are not much alike"))
            paired.addChild(node)
            for text in pair.texts:
                if not text.replaces:
                    continue
                what = _(FIELD_NAMES.get(text.field, text.field))
                row = QTreeWidgetItem([_("replaces: {text}").format(text=_short(text.replaces, 70)),
                                       f"{what}: {_short(text.text, 70)}", ""])  # fmt: skip
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(0, Qt.CheckState.Checked if text.replace else Qt.CheckState.Unchecked)
                row.setToolTip(0, _("Ticked: the document's text replaces the plan's. Not ticked: the plan's stays."))
                node.addChild(row)
                self.replace_rows.append((row, text))
        for title, items in (
            (_("Only in the document ({n}): not imported"), p.only_in_document),
            (_("Only in the plan ({n}): left as they are"), p.only_in_plan),
        ):
            group = QTreeWidgetItem([title.format(n=len(items)), "", ""])
            self.tree.addTopLevelItem(group)
            for u in items:
                kind = _(KIND_NAMES.get(u.kind, u.kind))
                cells = [f"{kind}: {_short(u.label)}", ""] if "plan" in title else ["", f"{kind}: {_short(u.label)}"]
                group.addChild(QTreeWidgetItem([*cells, ""]))
        self.tree.expandAll()

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        for row, text in self.replace_rows:
            if row is item:
                text.replace = row.checkState(0) == Qt.CheckState.Checked
        self._update_summary()

    def _tick_all(self) -> None:
        for row, _text in self.replace_rows:
            row.setCheckState(0, Qt.CheckState.Checked)

    def _update_summary(self) -> None:
        p = self.pairing
        stored = len(p.texts())
        replacing = sum(1 for t in p.replacements() if t.replace)
        kept = len(p.replacements()) - replacing
        parts = [
            _("{n} items paired").format(n=len(p.pairs)),
            _("{n} only in the document").format(n=len(p.only_in_document)),
            _("{n} only in the plan").format(n=len(p.only_in_plan)),
        ]
        line = _("{n} texts will be stored as translations").format(n=stored)
        if replacing or kept:
            line += " " + _("({replacing} replacing a text, {kept} existing texts kept)").format(
                replacing=replacing, kept=kept
            )
        self.summary.setText(", ".join(parts) + ".\n" + line + ".")
        self.import_button.setEnabled(stored > 0)
