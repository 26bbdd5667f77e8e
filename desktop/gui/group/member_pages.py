"""The advisory group in the window: the overview of its members (the folder page of the tree's
"Advisory group" node) and the form of one member.

A member's phone, e-mail and address are personal data: they appear only on the member's own form,
in a box of their own, never in the overview; deleting the member erases them from the file.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import group
from desktop.core.model import Entity, Member, MemberRole, Sector
from desktop.gui.controller import DocumentController
from desktop.gui.widgets import messages
from desktop.gui.widgets.editor_page import (
    ID_ROLE,
    EditorPage,
    OverviewPage,
    choice_combo,
    fit_rows,
    select,
    show_text,
    text_item,
)
from desktop.gui.widgets.text_field import MessageLabel, set_interactive
from desktop.i18n import N_, _, ngettext

ROLE_NAMES = {
    MemberRole.CHAIR.value: N_("Chair"),
    MemberRole.SECRETARY.value: N_("Secretary"),
    MemberRole.MEMBER.value: N_("Member"),
    MemberRole.CONSULTANT.value: N_("Consultant"),
}
ROLE_ORDER = tuple(ROLE_NAMES)  # the chair first, as a list of members is read out
SECTOR_NAMES = {
    Sector.MUNICIPALITY.value: N_("Municipality"),
    Sector.CIVIL_SOCIETY.value: N_("Civil society"),
    Sector.SOCIAL_CENTRE.value: N_("Centre for social work"),
    Sector.HEALTH.value: N_("Health"),
    Sector.EDUCATION.value: N_("Education"),
    Sector.POLICE.value: N_("Police"),
    Sector.INTERNATIONAL.value: N_("International organisation"),
    Sector.OTHER.value: N_("Other"),
}

COL_NAME, COL_ORGANISATION, COL_ROLE, COL_SECTOR = range(4)


def role_name(role: str) -> str:
    return _(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def sector_name(sector: str) -> str:
    return _(SECTOR_NAMES[sector]) if sector in SECTOR_NAMES else sector


def sorted_members(members: list[Member], lang: str) -> list[Member]:
    """Chair first, then the other roles; by name within a role, in the language's alphabetical order."""
    collator = QCollator(QLocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    rank = {role: i for i, role in enumerate(ROLE_ORDER)}
    return sorted(members, key=lambda m: (rank.get(m.role, len(rank)), collator.sortKey(m.name), m.name))


class MemberPage(EditorPage):
    """Name, role, sector and organisation; the contact details apart, as personal data."""

    kind = "member"

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("member_name")
        self.name_edit.editingFinished.connect(self._store_name)
        self.add_row(_("Name and surname"), self.name_edit)
        self.role_combo = choice_combo(self, "role_combo", [(r, role_name(r)) for r in ROLE_ORDER])
        self.role_combo.currentIndexChanged.connect(lambda _i: self._store_choice("role", self.role_combo))
        self.add_row(_("Role in the group"), self.role_combo)
        self.sector_combo = choice_combo(self, "sector_combo", [(s, sector_name(s)) for s in SECTOR_NAMES])
        self.sector_combo.currentIndexChanged.connect(lambda _i: self._store_choice("sector", self.sector_combo))
        self.add_row(_("Sector"), self.sector_combo)
        self.organisation = self.text_field("organisation", _("Organisation"))

        self.contact_box = QGroupBox(_("Contact details (personal data)"), self)
        self.contact_box.setObjectName("contact_box")
        contact = QFormLayout(self.contact_box)
        contact.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        contact.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        explanation = QLabel(
            _(
                "Kept only in this plan file. Never printed or exported, unless you choose to include "
                "them in one export. Deleting the member erases them from the file and its backups."
            ),
            self.contact_box,
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("QLabel { color: #555555; }")
        contact.addRow(explanation)
        self.contact_edits: dict[str, QLineEdit] = {}
        for field, label, hint in (
            ("phone", _("Phone"), _("e.g. +383 44 123 456")),
            ("email", _("E-mail"), _("e.g. name@example.org")),
            ("address", _("Address"), ""),
        ):
            edit = QLineEdit(self.contact_box)
            edit.setObjectName(f"{field}_edit")
            edit.setPlaceholderText(hint)
            edit.editingFinished.connect(lambda f=field: self._store_contact(f))
            contact.addRow(label, edit)
            self.contact_edits[field] = edit
        self.contact_message = MessageLabel(self.contact_box)
        contact.addRow(self.contact_message)
        self.layout_.addSpacing(10)
        self.layout_.addWidget(self.contact_box)

        self.delete_button = self.add_delete_button(
            _("Delete member…"), self.delete_member, _("Delete this member and erase their contact details")
        )

    # -- storing what was typed -------------------------------------------------------------
    def member(self) -> Member | None:
        entity = self.entity()
        return entity if isinstance(entity, Member) else None

    def _store_name(self) -> None:
        member = self.member()
        if member is None or self.read_only or self.name_edit.text() == member.name:
            return
        self.name_edit.setModified(False)  # stored now: the refresh may tidy what was typed
        if self.apply(group.update_member, member.id, name=self.name_edit.text()) is None:
            show_text(self.name_edit, member.name, force=True)  # back to the stored name; the message says why

    def _store_choice(self, field: str, combo) -> None:
        member = self.member()
        value = combo.currentData()
        if member is None or value == getattr(member, field):
            return
        if self.apply(group.update_member, member.id, **{field: value}) is None:
            self.refresh()

    def _store_contact(self, field: str) -> None:
        member = self.member()
        if member is None or self.read_only:
            return
        edit = self.contact_edits[field]
        stored = (getattr(member.contact, field) if member.contact else None) or ""
        if edit.text().strip() == stored:
            return
        edit.setModified(False)
        change = self.router.apply(self.contact_message, group.set_member_contact, member.id, **{field: edit.text()})
        if change is None:
            show_text(edit, stored, force=True)

    def delete_member(self) -> None:
        member = self.member()
        if member is None or self.read_only:
            return
        text = "{}\n\n{}".format(
            _("Delete {name} from the advisory group?").format(name=member.name),
            _(
                "Their phone, e-mail and address are erased from this plan file and its backups. Once the plan "
                "is closed they are gone for good; until then Undo can bring them back. Meetings no longer list "
                "them as present or absent."
            ),
        )
        if messages.confirm(self, _("Delete member"), text, _("Delete")):
            self.apply(group.delete_member, member.id)

    # -- showing the stored values ----------------------------------------------------------
    def refresh_values(self, entity: Entity) -> None:
        assert isinstance(entity, Member)
        self.header.setText(entity.name or _("Member of the advisory group"))
        show_text(self.name_edit, entity.name)
        select(self.role_combo, entity.role)
        select(self.sector_combo, entity.sector)
        for field, edit in self.contact_edits.items():
            show_text(edit, (getattr(entity.contact, field) if entity.contact else None) or "")
            edit.setReadOnly(self.read_only)
        self.name_edit.setReadOnly(self.read_only)
        for combo in (self.role_combo, self.sector_combo):
            set_interactive(combo, not self.read_only)
        self.delete_button.setEnabled(not self.read_only)

    def set_entity(self, entity_id: str) -> None:
        self.contact_message.clear_message()
        super().set_entity(entity_id)


class MembersPage(OverviewPage):
    """The members at a glance (no contact details here), and adding one."""

    id_column = COL_NAME

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        headers = [_("Name and surname"), _("Organisation"), _("Role"), _("Sector")]
        super().__init__(controller, _("Advisory group"), "members", headers, parent)
        self.table.setToolTip(_("Double-click a member (or press Enter) to edit them"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SECTOR, QHeaderView.ResizeMode.ResizeToContents)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("new_member_name")
        self.name_edit.setPlaceholderText(_("Name of the new member"))
        self.name_edit.returnPressed.connect(self.add_member)
        self.add_button = QPushButton(_("Add member"), self)
        self.add_button.setObjectName("add_member")
        self.add_button.clicked.connect(self.add_member)
        self.privacy_note = QLabel(
            _("Contact details are personal data: they are shown only on each member's own page."), self
        )
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setStyleSheet("QLabel { color: #555555; }")
        self.add_row_layout.addWidget(self.name_edit, 1)
        self.add_row_layout.addWidget(self.add_button)
        self.finish(self.privacy_note)

    def refresh(self) -> None:
        super().refresh()
        members = sorted_members(self.controller.doc.members, self.edit_lang)
        self.summary.setText(self._summary(members))
        current = self.current_member_id()
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            name = QTableWidgetItem(member.name)
            name.setData(ID_ROLE, member.id)
            self.table.setItem(row, COL_NAME, name)
            self.table.setItem(row, COL_ORGANISATION, self._organisation_item(member))
            self.table.setItem(row, COL_ROLE, QTableWidgetItem(role_name(member.role)))
            self.table.setItem(row, COL_SECTOR, QTableWidgetItem(sector_name(member.sector)))
        fit_rows(self.table)
        if current:
            self.select_member(current)

    def current_member_id(self) -> str:
        item = self.table.item(self.table.currentRow(), COL_NAME) if self.table.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else ""

    def select_member(self, member_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_NAME).data(ID_ROLE) == member_id:
                self.table.setCurrentCell(row, COL_NAME)
                return

    def add_member(self) -> None:
        if self.read_only:
            return
        change = self.router.apply(self.message, group.add_member, self.name_edit.text())
        if change is not None and change.upserted:
            self.name_edit.clear()
            self.item_requested.emit(change.upserted[0])

    # -- internals -----------------------------------------------------------------------------
    def _summary(self, members: list[Member]) -> str:
        if not members:
            return _("The group has no members yet. Add the first one below.")
        roles = Counter(m.role for m in members)
        sectors = Counter(m.sector for m in members)
        count = ngettext("{n} member", "{n} members", len(members)).format(n=len(members))
        by_role = ", ".join(
            _("{name}: {n}").format(name=role_name(r), n=roles[r])
            for r in dict.fromkeys((*ROLE_ORDER, *roles))
            if r in roles
        )
        by_sector = ", ".join(
            _("{name}: {n}").format(name=sector_name(s), n=n) for s, n in sorted(sectors.items(), key=lambda kv: -kv[1])
        )
        return "{} · {}\n{}".format(count, by_role, _("By sector: {list}").format(list=by_sector))

    def _organisation_item(self, member: Member) -> QTableWidgetItem:
        return text_item(member.organisation, self.edit_lang)
