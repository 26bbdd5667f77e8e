"""The action-plan grid's commands on rows: add, insert, duplicate, delete (asking first when it takes more with
it), move, indent and outdent activities, and add an objective; each one core operation through the controller."""

from __future__ import annotations

from desktop.core import activity_levels
from desktop.core import operations as op
from desktop.core.model import Activity, Objective
from desktop.gui.plan.plan_table_model import Column
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets import messages
from desktop.i18n import _


class GridEditing:
    """The row commands of PlanGrid (which holds the view, the models and the controller)."""

    def indent_activity(self) -> bool:
        """Make the current activity a sub-activity of the one above it at its level."""
        return self._level(activity_levels.indent_activity)

    def outdent_activity(self) -> bool:
        return self._level(activity_levels.outdent_activity)

    def _level(self, operation) -> bool:
        aid = self.current_activity_id()
        if not aid or self.model.read_only:
            return False
        column = self._current_column()
        if self.model.apply(operation, aid) is None:
            return False
        self.select_activity(aid, column)
        return True

    def add_activity(self) -> str:
        """Add an activity below the current one (at the end of a band's objective); its id or ""."""
        return self._add(above=False)

    def insert_activity_above(self) -> str:
        return self._add(above=True)

    def _add(self, above: bool) -> str:
        plan = self.model.plan()
        doc = self._doc()
        if plan is None or doc is None:
            return ""
        aid, _row, _col = self._current()
        oid = self.current_objective_id() or (doc.objectives[-1].id if doc.objectives else "")
        if not oid:
            self.show_message(_("Add an objective first: every activity belongs to one."))
            return ""
        siblings = [a.id for a in plan.activities if a.objective_id == oid]
        index: int | None = 0 if above else None  # on a band: the objective's top or end
        if aid in siblings:
            index = siblings.index(aid) + (0 if above else 1)
        change = self.model.apply(op.add_activity, plan.id, oid, index=index)
        if change is None:
            return ""
        new_id = change.upserted[0]
        self.proxy.pin(new_id)
        if self.select_activity(new_id, Column.ACTIVITY) and not self.model.read_only:
            self.view.edit(self.view.currentIndex())  # type the title straight away
        return new_id

    def duplicate_activity(self) -> str:
        aid = self.current_activity_id()
        if not aid:
            return ""
        change = self.model.apply(op.duplicate_activity, aid)
        if change is None:
            return ""
        new_id = change.upserted[0]
        self.proxy.pin(new_id)
        self.select_activity(new_id)
        return new_id

    def delete_current(self) -> bool:
        """Delete the selected rows (the current one if none is selected); Undo brings them back.

        Several rows, or an objective that takes activities or priorities with it, are asked about first.
        Afterwards `notice` says what went (budget lines and indicators go with their activity).
        """
        doc = self._doc()
        if doc is None or self.model.read_only:
            return False
        ids = self._selected_ids()
        if not ids:
            return False
        objectives = [e for e in map(doc.find, ids) if isinstance(e, Objective)]
        activities = {a.id: a for p in doc.action_plans for a in p.activities if a.id in ids}
        for objective in objectives:
            activities.update((a.id, a) for p in doc.action_plans for a in doc.activities_of(p, objective))
        priorities = sum(len(list(o.walk())) - 1 for o in objectives)
        what = self._deleted_text(doc, ids, list(activities.values()), priorities)
        if (len(ids) > 1 or any(a.objective_id in ids for a in activities.values()) or priorities) and not (
            self._ask_delete(what)
        ):
            return False
        if len(ids) == 1 and not objectives:
            change = self.model.apply(op.delete_activity, ids[0])
        elif len(ids) == 1:
            change = self.model.apply(op.delete_objective, ids[0])
        else:
            change = self.model.apply(op.delete_plan_items, ids)
        if change is None:
            return False
        self._announce_current()  # the tree follows first: its new item would take the notice away
        back = _("{keys} brings it back.") if len(ids) == 1 else _("{keys} brings them back.")
        self.notice.emit(_("Deleted: {what}.").format(what=what) + " " + back.format(keys=messages.undo_keys()))
        return True

    def _selected_ids(self) -> list[str]:
        """The activities and objectives of the selected rows, top to bottom (the current row if none)."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        ids = []
        for row in rows:
            eid = self.model.entity_id(self.proxy.mapToSource(self.proxy.index(row, 0)).row())
            if eid and eid not in ids:
                ids.append(eid)
        return ids

    def _deleted_text(self, doc, ids: list[str], activities: list[Activity], priorities: int) -> str:
        """What deleting `ids` takes away, in words: the rows by number and title, then what goes with them."""
        names = []
        for eid in ids[:3]:
            entity = doc.find(eid)
            title = best_in(entity.title, self._lang)[0].replace("\n", " ") if entity is not None else ""
            title = title if len(title) <= 60 else title[:59] + "…"
            if isinstance(entity, Objective):
                label = _("objective {number} “{title}”")
            else:
                label = _("activity {number} “{title}”")
            names.append(label.format(number=self.model.number(eid) or doc.numbers().get(eid, ""), title=title))
        if len(ids) > 3:
            names.append(_("{count} more").format(count=len(ids) - 3))
        text = ", ".join(names)
        counts = []
        extra = len(activities) - sum(1 for eid in ids if any(a.id == eid for a in activities))
        for count, label in (
            (extra, _("activities: {count}")),
            (priorities, _("priorities: {count}")),
            (sum(len(a.budget_lines) for a in activities), _("budget lines: {count}")),
            (sum(len(a.indicators) for a in activities), _("indicators: {count}")),
        ):
            if count:
                counts.append(label.format(count=count))
        if counts:
            text += " " + _("(with {items})").format(items=", ".join(counts))
        return text

    def _ask_delete(self, what: str) -> bool:
        """Delete several rows, or an objective with what is under it? Cancel is the default."""
        return messages.confirm_delete(self, _("Delete {what}?").format(what=what))

    def move_up(self) -> bool:
        return self._move(-1)

    def move_down(self) -> bool:
        return self._move(+1)

    def _move(self, step: int) -> bool:
        """Move the current activity one place in reading order; past its objective's edge into the next one."""
        doc, plan = self._doc(), self.model.plan()
        if doc is None or plan is None:
            return False
        aid = self.current_activity_id()
        if not aid:
            return self._move_objective(step)
        act = doc.find(aid)
        if not isinstance(act, Activity):
            return False
        siblings = [a.id for a in plan.activities if a.objective_id == act.objective_id]
        position = siblings.index(aid) + step
        objective_ids = [o.id for o in doc.objectives]
        if 0 <= position < len(siblings):
            target, index = act.objective_id, position
        else:
            at = objective_ids.index(act.objective_id) if act.objective_id in objective_ids else -1
            neighbour = at + step
            if at < 0 or not 0 <= neighbour < len(objective_ids):
                return False  # already first or last in the plan
            target, index = objective_ids[neighbour], (None if step < 0 else 0)
        if self.model.apply(op.move_activity, aid, target, index) is None:
            return False
        self.select_activity(aid, self._current_column())
        return True

    def _move_objective(self, step: int) -> bool:
        doc = self._doc()
        oid = self.current_objective_id()
        if doc is None or not oid:
            return False
        ids = [o.id for o in doc.objectives]
        position = ids.index(oid) + step
        if not 0 <= position < len(ids):
            return False
        if self.model.apply(op.move_objective, oid, position) is None:
            return False
        self.select_activity(oid)
        return True

    def add_objective(self) -> str:
        """Add an objective at the end of the strategy; its band becomes current. Its id or ""."""
        if self._doc() is None:
            return ""
        change = self.model.apply(op.add_objective)
        if change is None:
            return ""
        oid = change.upserted[0]
        self.select_activity(oid)
        return oid
