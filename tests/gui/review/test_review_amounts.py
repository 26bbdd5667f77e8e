"""Money spent and a budget change typed in a review: the one rule for amounts in every interface language."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop import i18n
from desktop.gui.review.review_view import ReviewView


@pytest.fixture(autouse=True)
def interface_language():
    yield
    i18n.set_language("en")


def started(qtbot, controller) -> ReviewView:
    view = ReviewView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    view.start_button.click()
    return view


def entry_of(controller, activity_id):
    review = controller.session.reload().reviews[-1]
    return next(e for e in review.entries if e.activity_id == activity_id)


@pytest.mark.parametrize("ui", ["en", "sq", "sr"])
def test_money_spent_means_the_same_in_every_interface_language(qtbot, controller, ui):
    i18n.set_language(ui)
    view = started(qtbot, controller)
    panel = view.panel
    act = panel.entry().activity_id
    table = panel.spending_table
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    editor = table.viewport().findChild(QLineEdit, "amount_edit")
    qtbot.keyClicks(editor, "12.500")
    assert (
        panel.spending_note.isVisible() and "12" in panel.spending_note.text() and "500" in panel.spending_note.text()
    )
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert [(s.source, s.amount) for s in entry_of(controller, act).spending] == [("municipal", Decimal(12500))]
    table.item(0, 2).setText("1,2345")  # ambiguous: refused with the reason, the stored amount stays
    assert "1,2345" in panel.message.text() and panel.message.isVisibleTo(panel)
    assert [s.amount for s in entry_of(controller, act).spending] == [Decimal(12500)]


def test_a_budget_change_may_be_negative_and_is_never_guessed(qtbot, controller):
    i18n.set_language("en")
    view = started(qtbot, controller)
    panel = view.panel
    act = panel.entry().activity_id
    panel.change_combo.setCurrentIndex(panel.change_combo.findData("budget"))
    panel.change_combo.activated.emit(panel.change_combo.currentIndex())
    edit = panel.budget_edit
    qtbot.keyClicks(edit, "-1.500")
    assert panel.budget_note.text().startswith("= -1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert entry_of(controller, act).budget_change == Decimal(-1500)
    edit.setText("12,500.5.0")
    edit.setModified(True)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "12,500.5.0" in panel.message.text()
    assert edit.text() == "12,500.5.0"  # what was typed stays
    assert entry_of(controller, act).budget_change == Decimal(-1500)
