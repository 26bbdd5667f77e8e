"""The form of the assembly decision approving the plan: its texts in every language, and once the
assembly has approved it, the decision's number and date (which end the DRAFT mark on exports)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.decision import set_decision
from desktop.core.model import Decision, Entity
from desktop.gui.controller import DocumentController
from desktop.gui.widgets.editor_page import EditorPage, choice_combo, select
from desktop.gui.widgets.text_field import set_interactive
from desktop.i18n import N_, _

POINT_STYLES = (("decimal", N_("1., 2., 3.")), ("roman", N_("I., II., III.")))


class DecisionPage(EditorPage):
    """Every line of the decision as the assembly writes it, in the order it prints, each a text with its state."""

    kind = "decision"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        line = {"multiline": True, "min_lines": 1, "max_lines": 3, "one_paragraph": True}
        self.header_lines = self.text_field(
            "header", _("Header (country, municipality, body: one per line)"), multiline=True, min_lines=2
        )
        self.header_lines.set_placeholder(_("As the source writes them, e.g. in capitals"))
        self.protocol = self.text_field("protocol", _("Protocol number"), **line)
        self.place_date = self.text_field("place_date", _("Place and date"), **line)
        self.title_word = self.text_field("title_word", _("Title word"), **line)
        self.title_word.set_placeholder(_("e.g. VENDIM / ODLUKA"))
        self.number_line = self.text_field("number_line", _("Number and date line"), **line)
        self.subject = self.text_field("subject", _("Subject"), multiline=True, min_lines=1, max_lines=4)
        self.issuing_body = self.text_field("issuing_body", _("Issuing body"), **line)
        self.session = self.text_field("session", _("Session"), **line)
        self.legal_basis = self.text_field(
            "legal_basis", _("Legal basis (one law per line)"), multiline=True, min_lines=3
        )
        self.preamble = self.text_field("preamble", _("Preamble"), multiline=True, min_lines=2)
        self.operative = self.text_field("operative", _("Operative word"), **line)
        self.operative.set_placeholder(_("e.g. VENDOSI: / ODLUČILA JE:"))
        self.points = self.text_field("points", _("Points (one per paragraph)"), multiline=True, min_lines=6)
        self.point_style = choice_combo(self, "point_style", [(code, _(label)) for code, label in POINT_STYLES])
        self.point_style.setToolTip(_("How the points are numbered"))
        self.point_style.currentIndexChanged.connect(self._store_point_style)
        self.add_row(_("Points numbered"), self.point_style)
        self.signatory_title = self.text_field("signatory_title", _("Signatory's title"), **line)
        self.signatory_name = self.text_field("signatory_name", _("Signatory's name"), **line)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("decision_number")
        self.number_edit.setPlaceholderText(_("e.g. 01-016/25"))
        self.date_edit = QLineEdit(self)
        self.date_edit.setObjectName("decision_date")
        self.date_edit.setPlaceholderText(_("YYYY-MM-DD"))
        self.approved_check = QCheckBox(_("Approved by the assembly"), self)
        self.approved_check.setObjectName("decision_approved")
        approval = QWidget(self)
        row = QHBoxLayout(approval)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(_("No."), approval))
        row.addWidget(self.number_edit)
        row.addWidget(QLabel(_("Date"), approval))
        row.addWidget(self.date_edit)
        row.addWidget(self.approved_check)
        row.addStretch(1)
        self.add_row(_("Decision"), approval)
        self.hint = QLabel(
            _("Once the number and date are recorded and it is approved, exports carry them instead of DRAFT."), self
        )
        self.hint.setWordWrap(True)
        self.add_row("", self.hint)
        self.number_edit.editingFinished.connect(self._store_number_and_date)
        self.date_edit.editingFinished.connect(self._store_number_and_date)
        self.approved_check.toggled.connect(self._store_approved)

    def _store_number_and_date(self) -> None:
        entity = self.entity()
        if not isinstance(entity, Decision) or self.read_only:
            return
        number, date = self.number_edit.text().strip() or None, self.date_edit.text().strip() or None
        if (number, date) == (entity.number, entity.date):
            return
        if self.apply(set_decision, number=number, date=date) is None:
            self.refresh()  # back to the stored values; the message says why

    def _store_point_style(self, _index: int) -> None:
        entity = self.entity()
        style = self.point_style.currentData()
        if not isinstance(entity, Decision) or self.read_only or style == entity.point_style:
            return
        if self.apply(set_decision, point_style=style) is None:
            self.refresh()

    def _store_approved(self, checked: bool) -> None:
        entity = self.entity()
        if not isinstance(entity, Decision) or self.read_only or checked == entity.is_approved:
            return
        self._store_number_and_date()
        if self.apply(set_decision, approved="yes" if checked else None) is None:
            self.refresh()

    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Decision)
        for edit, value in ((self.number_edit, entity.number), (self.date_edit, entity.date)):
            edit.setReadOnly(self.read_only)
            if not edit.hasFocus() and edit.text() != (value or ""):
                edit.setText(value or "")
        self.approved_check.setEnabled(not self.read_only)
        select(self.point_style, entity.point_style)
        set_interactive(self.point_style, not self.read_only)
        self.approved_check.blockSignals(True)
        self.approved_check.setChecked(entity.is_approved)
        self.approved_check.blockSignals(False)
