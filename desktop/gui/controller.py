"""The GUI's single way to change a document: each core operation becomes an undoable step.

Views call `controller.apply(operation, ...)`; they never touch the session or the model directly.
Each step is a thin QUndoCommand (redo applies the after-image, undo the before-image, both
computed by storage), so deletes, moves and pastes undo like typing. Consecutive edits of the same
text field merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.history import UndoStep
from desktop.core.model import Document
from desktop.core.operations import Change, OperationError
from desktop.i18n import N_, _
from desktop.storage.errors import StorageError
from desktop.storage.session import DocumentSession

# The Edit menu names each step ("Undo Add activity"); translated when shown.
OPERATION_LABELS: dict[str, str] = {
    "set_text": N_("Edit text"),
    "set_text_state": N_("Change translation state"),
    "rewrite_texts": N_("Change Serbian script"),
    "import_xliff": N_("Import translation"),
    "import_document": N_("Import document"),
    "import_translation": N_("Import language version"),
    "import_review_sheet": N_("Import review sheets"),
    "start_review": N_("Start review"),
    "update_review_entry": N_("Edit review"),
    "set_indicator_value": N_("Edit indicator value"),
    "set_spending": N_("Edit spending"),
    "add_review_proposal": N_("Propose activity"),
    "delete_review_entry": N_("Remove proposal"),
    "close_review": N_("Close review"),
    "reopen_review": N_("Re-open review"),
    "delete_review": N_("Delete review"),
    "create_revised_plan": N_("Create revised plan"),
    "create_decision": N_("Draft the decision"),
    "set_decision": N_("Record the decision"),
    "delete_decision": N_("Delete the decision"),
    "set_municipality": N_("Edit municipality"),
    "set_period": N_("Change period"),
    "add_section": N_("Add section"),
    "delete_section": N_("Delete section"),
    "move_section": N_("Move section"),
    "add_objective": N_("Add objective"),
    "delete_objective": N_("Delete objective"),
    "move_objective": N_("Move objective"),
    "add_priority": N_("Add priority"),
    "delete_priority": N_("Delete priority"),
    "move_priority": N_("Move priority"),
    "add_target_group": N_("Add target group"),
    "delete_target_group": N_("Delete target group"),
    "move_target_group": N_("Move target group"),
    "add_action_plan": N_("Add action plan"),
    "delete_action_plan": N_("Delete action plan"),
    "add_activity": N_("Add activity"),
    "delete_activity": N_("Delete activity"),
    "delete_plan_items": N_("Delete activities and objectives"),
    "move_activity": N_("Move activity"),
    "duplicate_activity": N_("Duplicate activity"),
    "set_timeframe": N_("Change time frame"),
    "set_activity_target_groups": N_("Change target groups"),
    "add_budget_line": N_("Add budget line"),
    "update_budget_line": N_("Edit budget line"),
    "delete_budget_line": N_("Delete budget line"),
    "add_indicator": N_("Add indicator"),
    "set_indicator_values": N_("Edit indicator values"),
    "delete_indicator": N_("Delete indicator"),
    "add_note": N_("Add note"),
    "delete_note": N_("Delete note"),
    "paste_activities": N_("Paste activities"),
    "restore": N_("Restore"),
    "restore_value": N_("Restore an earlier value"),
    "add_member": N_("Add member"),
    "update_member": N_("Edit member"),
    "set_member_contact": N_("Edit contact details"),
    "delete_member": N_("Delete member"),
    "add_meeting": N_("Add meeting"),
    "update_meeting": N_("Edit meeting"),
    "delete_meeting": N_("Delete meeting"),
    "record_in_meeting": N_("Record in the meeting"),
    "update_note": N_("Edit note"),
    "add_consultation": N_("Add consultation"),
    "update_consultation": N_("Edit consultation"),
    "delete_consultation": N_("Delete consultation"),
    "set_participants": N_("Edit participants"),
    "delete_participants": N_("Remove participants"),
    "approve": N_("Approve the plan"),
    "set_status": N_("Change the plan's status"),
    "add_chapter": N_("Add chapter"),
    "place_chapter": N_("Move chapter"),
    "indent_chapter": N_("Indent chapter"),
    "outdent_chapter": N_("Outdent chapter"),
    "move_in_outline": N_("Move in the outline"),
    "delete_chapter": N_("Delete chapter"),
    "set_chapter_numbering": N_("Change chapter numbering"),
    "add_figure": N_("Add figure"),
    "set_figure_image": N_("Replace figure image"),
    "delete_figure": N_("Delete figure"),
    "set_plan_facts": N_("Edit the plan's facts"),
    "add_plan_priority": N_("Add priority"),
    "indent_activity": N_("Indent activity"),
    "outdent_activity": N_("Outdent activity"),
    "add_sub_activity": N_("Add sub-activity"),
    "set_activity_numbering": N_("Change the activities' numbering"),
    "set_activity_number": N_("Change an activity's number"),
    "use_own_columns": N_("Use the plan's own columns"),
    "add_column": N_("Add a column"),
    "delete_column": N_("Delete a column"),
    "move_column": N_("Move a column"),
    "set_column_hidden": N_("Show or hide a column"),
    "rename_column": N_("Rename a column"),
    "set_cell": N_("Change a column's text"),
}

_TEXT_EDIT_ID = 1001


def label_for(operation: str) -> str:
    return _(OPERATION_LABELS.get(operation, operation.replace("_", " ").capitalize()))


class OperationCommand(QUndoCommand):
    """One undo step: the images around one operation (or several merged text edits)."""

    def __init__(self, controller: DocumentController, step: UndoStep, label: str) -> None:
        super().__init__(label)
        self.controller = controller
        self.step = step
        self._done = True  # the operation already ran when the command is pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.controller._restore(self.step.after, "redo")

    def undo(self) -> None:
        self.controller._restore(self.step.before, "undo")

    def id(self) -> int:
        return _TEXT_EDIT_ID if self.step.key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationCommand) or other.step.key != self.step.key:
            return False
        self.step.after = other.step.after
        return True


class DocumentController(QObject):
    """Owns the open session and its undo stack; tells views what changed."""

    document_changed = Signal(object)  # Change
    operation_refused = Signal(str)  # bad input: a message for the user
    storage_failed = Signal(str)  # the disk refused: a message for the user

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self._merge_epoch = 0
        self.memory_learner: QObject | None = None  # set by the window's MemoryLearner while it runs

    @property
    def doc(self) -> Document:
        return self.session.doc

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    def apply(self, operation: Callable[..., Change], *args, **kwargs) -> Change | None:
        """Run a core operation as one undoable step; None (and a signal) when it was refused."""
        return self.apply_merging(None, operation, *args, **kwargs)

    def apply_merging(self, key: tuple | None, operation: Callable[..., Change], *args, **kwargs) -> Change | None:
        """Like `apply`; consecutive steps with the same `key` (e.g. one text field) become one undo step."""
        try:
            change, step = self.session.apply_undoable(operation, *args, **kwargs)
        except OperationError as exc:
            self.operation_refused.emit(str(exc))
            return None
        except StorageError as exc:
            self.storage_failed.emit(str(exc))
            self.document_changed.emit(Change("reload"))
            return None
        if step is not None:
            step.key = key
            self.undo_stack.push(OperationCommand(self, step, label_for(change.operation)))
            self.document_changed.emit(change)
        return change

    def set_text(self, entity_id: str, field: str, lang: str, text: str) -> Change | None:
        """Typing in one field: merged into one undo step until another field is edited."""
        from desktop.core.operations import set_text

        key = ("text", self._merge_epoch, entity_id, field, lang)
        return self.apply_merging(key, set_text, entity_id, field, lang, text)

    def close_merge(self) -> None:
        """End the current typing step (called when the user leaves a field)."""
        self._merge_epoch += 1

    def _restore(self, image, operation: str = "restore") -> None:
        try:
            change = self.session.restore(image, operation)
        except StorageError as exc:
            self.storage_failed.emit(str(exc))
            change = Change("reload")
        self.document_changed.emit(change)
