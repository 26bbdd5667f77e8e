"""Typing an amount: the one rule of desktop.core.amounts, said in the interface language, and a note that
shows while typing what the amount is understood as ("= 12 500 EUR"), so a magnitude never changes unseen.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.core import amounts
from desktop.core.amounts import AmountError, parse_amount
from desktop.formatting import format_amount
from desktop.i18n import N_, _

AMOUNT_RULE = N_(
    "Amounts have at most two decimals. A . , ' or space followed by three digits groups thousands "
    "(12.500 = 12,500 = 12 500); followed by one or two digits it marks the cents (20000,50 = 20000.50). "
    "An entry that could mean two amounts is refused."
)
# The core's reasons (desktop.core.amounts.REASONS), marked here for translation.
REASON_TEXTS = {
    amounts.EMPTY: N_("Type an amount."),
    amounts.NOT_A_NUMBER: N_("“{text}” is not an amount: use digits, with . or , before the cents."),
    amounts.AMBIGUOUS: N_(
        "“{text}” is ambiguous: an amount has at most two decimals, and three digits after a "
        "separator group thousands (12.500 = 12 500)."
    ),
    amounts.MIXED_GROUPS: N_(
        "“{text}” is ambiguous: group thousands with one separator throughout (1.234.567 or "
        "1 234 567) and put the cents after the last one (1.234,56 or 1,234.56)."
    ),
    amounts.NEGATIVE: N_("An amount cannot be negative."),
    amounts.TOO_LARGE: N_("“{text}” is too large: an amount must be less than 1 000 000 000 000."),
}


def amount_rule() -> str:
    """The rule for a field's tooltip, in the interface language."""
    return _(AMOUNT_RULE)


def refusal_text(error: AmountError) -> str:
    """Why a typed amount was refused, in the interface language, quoting what was typed."""
    return _(REASON_TEXTS[error.reason]).format(text=error.text)


def read_amount(text: str, *, allow_negative: bool = False) -> tuple[Decimal | None, str]:
    """(the amount, "") or (None, why not), for a field that shows the reason beside itself."""
    try:
        return parse_amount(text, allow_negative=allow_negative), ""
    except AmountError as exc:
        return None, refusal_text(exc)


def understood_text(text: str, currency: str, lang: str, *, allow_negative: bool = False) -> tuple[str, bool]:
    """What a field shows while `text` is typed: ("= 12 500 EUR", False), or (the reason, True); "" when empty."""
    if not text.strip() or text.rstrip()[-1] in ".,'’":
        return "", False  # nothing yet, or halfway through "12.5": no verdict before the next digit
    value, problem = read_amount(text, allow_negative=allow_negative)
    if value is None:
        return problem, True
    return f"= {format_amount(value, currency, lang)}", False


class AmountNote(QLabel):
    """Beside an amount field: what is being typed is understood as; a refusal in red; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amount_note")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)

    def show_note(self, text: str, problem: bool = False) -> None:
        self.setStyleSheet("QLabel { color: #a4000f; font-weight: 600; }" if problem else "QLabel { color: #1f5130; }")
        self.setText(text)
        self.setProperty("problem", problem)
        self.setVisible(bool(text))

    def clear_note(self) -> None:
        self.show_note("")

    def is_problem(self) -> bool:
        return bool(self.property("problem")) and self.isVisible()


class AmountDelegate(QStyledItemDelegate):
    """The editor of an amount cell: a line edit that reports, as typed, what it is understood as.

    Enter or Tab on an entry that would be refused keeps the editor open with what was typed (the
    reason is reported); leaving the cell otherwise commits it and the table explains the refusal.
    """

    typed = Signal(str, bool)  # what to show beside the table (text, is it a refusal); "" when the editor closes

    def __init__(
        self,
        currency_of: Callable[[QModelIndex | QPersistentModelIndex], str],
        lang_of: Callable[[], str],
        parent: QObject | None = None,
        *,
        allow_negative: bool = False,
    ) -> None:
        super().__init__(parent)
        self._currency_of = currency_of
        self._lang_of = lang_of
        self._allow_negative = allow_negative

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("amount_edit")
        editor.setToolTip(amount_rule())
        currency = self._currency_of(index)
        # What the user types (not the table re-showing the stored value while the editor is open).
        editor.textEdited.connect(lambda text: self.typed.emit(*self.understood(text, currency)))
        return editor

    def understood(self, text: str, currency: str) -> tuple[str, bool]:
        return understood_text(text, currency, self._lang_of(), allow_negative=self._allow_negative)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            isinstance(editor, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and editor.text().strip()
        ):
            _value, problem = read_amount(editor.text(), allow_negative=self._allow_negative)
            if problem:
                self.typed.emit(problem, True)
                return True  # stay in the editor, with what was typed
        return super().eventFilter(editor, event)

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        super().destroyEditor(editor, index)
        self.typed.emit("", False)
