"""Asked before a new period leaves dated values outside it: keep them, shift them, or cancel."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core import operations as op
from desktop.core.model import Document
from desktop.core.operations import OutsidePeriod
from desktop.gui.widgets.display import first_line, numbered, period, title_of
from desktop.i18n import _, ngettext

LISTED = 12  # lines in the message itself; the rest is under "Show Details"


class PeriodChoice(Enum):
    KEEP = "keep"
    SHIFT = "shift"
    CANCEL = "cancel"


def describe(doc: Document, outside: list[OutsidePeriod], lang: str) -> list[str]:
    """One line per value outside the period: the activity, what it is, the years."""
    numbers = doc.numbers()
    what = {
        "budget_line": _("budget line"),
        "indicator": _("indicator targets"),
        "timeframe": _("time frame"),
    }
    lines = []
    for item in outside:
        act = doc.get(item.activity_id)
        name = numbered(numbers.get(act.id), first_line(title_of(act, lang)[0], 60))
        years = ", ".join(str(y) for y in item.years)
        lines.append(f"{name}: {what[item.kind]} {years}")
    return lines


def ask_period_change(
    parent: QWidget | None, doc: Document, entity_id: str, start: int, end: int, lang: str
) -> PeriodChoice:
    """KEEP when nothing falls outside (nothing to ask) or the user keeps the values; SHIFT or CANCEL.

    Raises OperationError when the period itself is refused."""
    outside = op.period_outside(doc, entity_id, start, end)
    if not outside:
        return PeriodChoice.KEEP
    entity = doc.get(entity_id)
    delta = start - entity.start_year
    lines = describe(doc, outside, lang)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _("Change the period"),
        ngettext(
            "{n} value of the action plan falls outside {period}:",
            "{n} values of the action plan fall outside {period}:",
            len(outside),
        ).format(n=len(outside), period=period(start, end)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    shown = lines[:LISTED]
    if len(lines) > LISTED:
        shown.append(_("… and {n} more, listed in the details").format(n=len(lines) - LISTED))
        box.setDetailedText("\n".join(lines))
    info = "\n".join(shown)
    if delta:
        info += "\n\n" + ngettext(
            "Shift moves every year of the plan's budget, indicator targets and time frames by {n} year.",
            "Shift moves every year of the plan's budget, indicator targets and time frames by {n} years.",
            abs(delta),
        ).format(n=f"{delta:+d}")
    info += "\n" + _("Keep leaves them as they are; the Problems panel lists them until they are changed.")
    box.setInformativeText(info)
    shift = None
    if delta:
        shift = box.addButton(
            ngettext("Shift by {n} year", "Shift by {n} years", abs(delta)).format(n=f"{delta:+d}"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    keep = box.addButton(_("Keep them"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(shift or keep)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if shift is not None and clicked is shift:
        return PeriodChoice.SHIFT
    if clicked is keep:
        return PeriodChoice.KEEP
    return PeriodChoice.CANCEL
