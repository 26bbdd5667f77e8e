"""The advisory group's members in the window: typed and chosen values reach the stored document,
bad input is refused with a message, the contact details stay out of the overview, undo restores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop import i18n
from desktop.core import group
from desktop.gui.controller import DocumentController
from desktop.gui.group.member_pages import COL_NAME, MemberPage, MembersPage
from desktop.storage.session import DocumentSession


@pytest.fixture(autouse=True)
def interface_language():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def controller(qtbot, sample_doc):
    doc = sample_doc
    group.add_member(doc, "Milica Jovanović", sector="civil_society", organisation={"sr": "Udruženje Aurora"})
    chair = group.add_member(doc, "Zana Berisha", role="chair", sector="municipality").upserted[0]
    group.set_member_contact(doc, chair, phone="+383 44 123 456", email="zana@example.org", address="Rruga 1")
    session = DocumentSession.create(doc)
    ctl = DocumentController(session)
    yield ctl
    session.close()


def member_named(doc, name):
    return next(m for m in doc.members if m.name == name)


@pytest.fixture
def page(qtbot, controller):
    p = MemberPage(controller)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.show()
    p.set_entity(member_named(controller.doc, "Zana Berisha").id)
    return p


def type_into(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_name_role_sector_and_organisation_are_stored(page, controller):
    member_id = page.entity_id
    type_into(page.name_edit, "Zana Berisha-Krasniqi")
    page.role_combo.setCurrentIndex(page.role_combo.findData("secretary"))
    page.sector_combo.setCurrentIndex(page.sector_combo.findData("health"))
    page.organisation.editor.setText("Qendra Kryesore e Mjekësisë Familjare")
    stored = controller.session.reload().find(member_id)
    assert (stored.name, stored.role, stored.sector) == ("Zana Berisha-Krasniqi", "secretary", "health")
    assert stored.organisation.get("sq") == "Qendra Kryesore e Mjekësisë Familjare"
    assert page.header.text() == "Zana Berisha-Krasniqi"

    controller.undo_stack.undo()  # the organisation
    controller.undo_stack.undo()  # the sector
    assert controller.session.reload().find(member_id).sector == "municipality"
    assert page.sector_combo.currentData() == "municipality"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.session.reload().find(member_id).name == "Zana Berisha"
    assert page.name_edit.text() == "Zana Berisha"


@pytest.mark.parametrize("bad", ["x" * 100_000, "\x00\x07\x1b", "", "   "])
def test_a_refused_name_keeps_the_stored_one_and_says_why(page, controller, bad):
    member_id = page.entity_id
    type_into(page.name_edit, bad)
    assert controller.session.reload().find(member_id).name == "Zana Berisha"
    assert page.name_edit.text() == "Zana Berisha"
    assert page.message.isVisible() and page.message.text()
    assert not controller.undo_stack.canUndo()


def test_control_characters_inside_a_name_are_dropped(page, controller):
    type_into(page.name_edit, "Zana\x00 Be\x07risha 😀")
    assert controller.session.reload().find(page.entity_id).name == "Zana Berisha 😀"


def test_contact_details_are_stored_refused_and_removed(page, controller):
    member_id = page.entity_id
    phone, email, address = (page.contact_edits[f] for f in ("phone", "email", "address"))
    assert email.text() == "zana@example.org"
    type_into(email, "zana.berisha@rks-gov.net")
    type_into(phone, "049 555 777")
    contact = controller.session.reload().find(member_id).contact
    assert (contact.phone, contact.email, contact.address) == ("049 555 777", "zana.berisha@rks-gov.net", "Rruga 1")

    for edit, bad in ((email, "not an address"), (phone, "044\x1b[31m"), (address, "y" * 100_000)):
        type_into(edit, bad)
        assert page.contact_message.isVisible() and page.contact_message.text()
        contact = controller.session.reload().find(member_id).contact
        assert (contact.phone, contact.email, contact.address) == ("049 555 777", "zana.berisha@rks-gov.net", "Rruga 1")
    assert (phone.text(), email.text(), address.text()) == ("049 555 777", "zana.berisha@rks-gov.net", "Rruga 1")

    for edit in (phone, email, address):
        type_into(edit, "")
    assert not page.contact_message.isVisible()
    assert controller.session.reload().find(member_id).contact is None  # no empty row of personal data left

    controller.undo_stack.undo()
    assert controller.session.reload().find(member_id).contact.address == "Rruga 1"
    assert address.text() == "Rruga 1"


def test_deleting_a_member_asks_first_and_erases_the_contact_details(page, controller, answer):
    member_id = page.entity_id
    contact_id = controller.doc.find(member_id).contact.id
    seen = answer("Cancel")
    page.delete_button.click()
    assert controller.session.reload().find(member_id) is not None
    assert "erased" in seen[0] and "for good" in seen[0]

    answer("Delete")
    page.delete_button.click()
    stored = controller.session.reload()
    assert stored.find(member_id) is None and stored.find(contact_id) is None
    assert all(m.name != "Zana Berisha" for m in stored.members)

    controller.undo_stack.undo()  # within the session, as the confirmation says
    assert controller.session.reload().find(member_id).contact.email == "zana@example.org"


def test_a_read_only_plan_cannot_be_changed_here(page, controller):
    page.set_read_only(True)
    assert page.name_edit.isReadOnly() and page.contact_edits["email"].isReadOnly()
    assert not page.delete_button.isEnabled()
    type_into(page.name_edit, "Someone else")
    page.role_combo.setCurrentIndex(page.role_combo.findData("member"))
    member = controller.session.reload().find(page.entity_id)
    assert (member.name, member.role) == ("Zana Berisha", "chair")


# -- the overview -------------------------------------------------------------------------------


@pytest.fixture
def overview(qtbot, controller):
    p = MembersPage(controller)
    qtbot.addWidget(p)
    p.resize(1000, 700)
    p.set_languages("sq", None)
    p.show()
    return p


def cell_texts(table):
    return [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]


def test_the_overview_lists_the_chair_first_and_no_contact_details(overview, controller):
    table = overview.table
    names = [table.item(r, COL_NAME).text() for r in range(table.rowCount())]
    assert names == ["Zana Berisha", "Milica Jovanović"]  # the chair first, whatever the alphabet says
    texts = cell_texts(table) + [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    texts.append(overview.summary.text())
    assert "Chair" in texts and "Udruženje Aurora" in texts  # the organisation, in Serbian for want of Albanian
    shown = " ".join(texts)
    for private in ("+383 44 123 456", "zana@example.org", "Rruga 1", "Phone", "E-mail"):
        assert private not in shown
    assert "2 members" in overview.summary.text() and "Civil society: 1" in overview.summary.text()


def test_adding_a_member_stores_it_and_asks_to_open_it(qtbot, overview, controller):
    requested = []
    overview.item_requested.connect(requested.append)
    overview.name_edit.setText("Arben Hoxha")
    qtbot.mouseClick(overview.add_button, Qt.MouseButton.LeftButton)
    stored = controller.session.reload()
    new = member_named(stored, "Arben Hoxha")
    assert requested == [new.id] and new.role == "member"
    assert overview.name_edit.text() == ""
    assert "Arben Hoxha" in cell_texts(overview.table)

    overview.name_edit.setText("z" * 100_000)
    qtbot.mouseClick(overview.add_button, Qt.MouseButton.LeftButton)
    assert overview.message.isVisible() and overview.message.text()
    assert len(controller.session.reload().members) == 3 and requested == [new.id]

    controller.undo_stack.undo()
    assert "Arben Hoxha" not in cell_texts(overview.table)
    assert len(controller.session.reload().members) == 2


def test_double_click_or_enter_asks_to_open_the_member(qtbot, overview, controller):
    requested = []
    overview.item_requested.connect(requested.append)
    table = overview.table
    rect = table.visualRect(table.model().index(1, COL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert requested == [member_named(controller.doc, "Milica Jovanović").id]
    table.setCurrentCell(0, COL_NAME)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert requested[1:] == [member_named(controller.doc, "Zana Berisha").id]


def test_a_hidden_overview_catches_up_when_shown(overview, controller):
    overview.hide()
    controller.apply(group.add_member, "Drita Morina")
    assert overview.table.rowCount() == 2  # not redrawn while hidden
    overview.show()
    assert overview.table.rowCount() == 3 and "Drita Morina" in cell_texts(overview.table)


def test_read_only_overview_offers_no_adding(overview):
    overview.set_read_only(True)
    assert not overview.add_row.isVisible()
    overview.add_member()  # even called directly, nothing is added
    assert overview.table.rowCount() == 2
