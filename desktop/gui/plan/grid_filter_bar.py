"""The action-plan grid's filter bar: objective, year, funding source, target group and responsible body, the
count of activities shown, and the filters set from elsewhere (a search result, a saved view)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QToolButton, QWidget

from desktop.core.timeframe import TimeError, years_covered
from desktop.gui.translation.serbian_script import best_in
from desktop.gui.widgets.display import source_name
from desktop.gui.widgets.flow_layout import FlowLayout
from desktop.i18n import _


class GridFilterBar:
    """The filter bar of PlanGrid (which holds the proxy the filters are set on)."""

    def _combo(self, name: str, tip: str, width_chars: int) -> QComboBox:
        combo = QComboBox(self.filter_bar)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        # As wide as the longest item: "Të gjitha objektivat" and "Све године" must not be cut. The filter bar
        # wraps onto another line when they do not fit beside each other.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(width_chars)
        return combo

    def _build_filter_bar(self) -> None:
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("grid_filter_bar")
        row = FlowLayout(self.filter_bar)  # wraps onto a second line on a 1024-pixel screen
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(6)
        self.objective_combo = self._combo("filter_objective", _("Show the activities of one objective"), 6)
        self.responsible_combo = self._combo(
            "filter_responsible", _("Show the activities whose responsible body contains a text"), 6
        )
        self.responsible_combo.setEditable(True)
        self.responsible_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible_combo.lineEdit().setPlaceholderText(_("Any"))
        self.responsible_combo.lineEdit().setClearButtonEnabled(True)
        self.year_combo = self._combo("filter_year", _("Show the activities running in a year"), 4)
        self.source_combo = self._combo("filter_source", _("Show the activities with a funding source"), 6)
        self.group_combo = self._combo("filter_group", _("Show the activities for a target group"), 6)
        for text, combo in (
            (_("Objective"), self.objective_combo),
            (_("Responsible"), self.responsible_combo),
            (_("Year"), self.year_combo),
            (_("Funding"), self.source_combo),
            (_("Target group"), self.group_combo),
        ):
            label = QLabel(text + ":", self.filter_bar)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
        self.clear_filters_button = QToolButton(self.filter_bar)
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText(_("Show all"))
        self.clear_filters_button.setToolTip(_("Clear the filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_filters_button)
        for combo in (self.objective_combo, self.year_combo, self.source_combo, self.group_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.responsible_combo.editTextChanged.connect(self._filters_changed)

    def set_filters(self, **filters: object) -> None:
        """Filter by objective_id, responsible (text), year (int), funding ("donor", "donor:UNICEF") or group_id.

        The filter bar's combo boxes follow.
        """
        if self._filters_timer.isActive():  # the lists must be filled to choose from them
            self._filters_timer.stop()
            self._fill_filters()
        combos = {
            "objective_id": self.objective_combo,
            "year": self.year_combo,
            "funding": self.source_combo,
            "group_id": self.group_combo,
        }
        for name, value in filters.items():
            if name == "responsible":
                self.responsible_combo.setEditText(str(value or ""))
            elif name in combos:
                combo = combos[name]
                index = combo.findData(value) if value else 0
                combo.setCurrentIndex(max(0, index))
            else:
                raise TypeError(f"unknown filter {name!r}")
        self._filters_changed()

    def clear_filters(self) -> None:
        self.set_filters(objective_id=None, responsible="", year=None, funding=None, group_id=None)

    def _update_count(self, *_args: object) -> None:
        total = len(self.model.activity_ids())
        shown = len(self.visible_activity_ids()) if self.proxy.filters_active() else total
        if shown == total:
            text = _("{count} activities").format(count=total)
        else:
            text = _("{shown} of {count} activities").format(shown=shown, count=total)
        self.count_label.setText(text)
        self.clear_filters_button.setEnabled(self.proxy.filters_active())

    def _chosen_filters(self) -> dict[str, object]:
        return {
            "objective_id": self.objective_combo.currentData() or None,
            "responsible": self.responsible_combo.currentText().strip(),
            "year": self.year_combo.currentData() or None,
            "funding": self.source_combo.currentData() or None,
            "group_id": self.group_combo.currentData() or None,
        }

    def _filters_changed(self, *_args: object) -> None:
        chosen = self._chosen_filters()
        if chosen == self._applied_filters:
            return
        self._applied_filters = chosen
        self.proxy.set_filters(**chosen)
        self._update_count()

    def _fill_filters(self) -> None:
        """Fill the filter lists from the document, keeping what is chosen."""
        doc, plan = self._doc(), self.model.plan()
        lang = self._lang
        objectives: list[tuple[str, str]] = []
        bodies: dict[str, str] = {}
        years: set[int] = set()
        sources: list[tuple[str, str]] = [(key, source_name(key)) for key in ("municipal", "central", "donor", "other")]
        funders: dict[str, str] = {}
        groups: list[tuple[str, str]] = []
        if doc is not None and plan is not None:
            numbers = doc.numbers()
            for objective in doc.objectives:
                title = best_in(objective.title, lang)[0].replace("\n", " ") or _("(untitled objective)")
                objectives.append((objective.id, f"{numbers.get(objective.id, '')}  {title}"))
            years.update(range(plan.start_year, plan.end_year + 1))
            for act in plan.activities:
                for body in best_in(act.responsible, lang)[0].replace(";", ",").replace("\n", ",").split(","):
                    if body.strip():
                        bodies.setdefault(body.strip().casefold(), body.strip())
                with contextlib.suppress(TimeError):
                    years.update(years_covered(act.start, act.end))
                for line in act.budget_lines:
                    if line.funder and line.source in ("donor", "other"):
                        key = f"{line.source}:{line.funder}"
                        label = _("Donor: {name}") if line.source == "donor" else _("Other: {name}")
                        funders.setdefault(key, label.format(name=line.funder))
            groups = [(g.id, best_in(g.name, lang)[0] or _("(unnamed group)")) for g in doc.target_groups]
        self._refill(self.objective_combo, _("All objectives"), objectives)
        self._refill(self.year_combo, _("All years"), [(y, str(y)) for y in sorted(years)])
        self._refill(
            self.source_combo, _("All sources"), sources + sorted(funders.items(), key=lambda kv: kv[1].casefold())
        )
        self._refill(self.group_combo, _("All target groups"), groups)
        combo = self.responsible_combo
        text = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(sorted(bodies.values(), key=str.casefold))
        combo.setEditText(text)
        combo.blockSignals(False)
        # a chosen value that no longer exists fell back to "all": filter again if that happened
        self._filters_changed()

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for data, text in items:
            combo.addItem(text if len(text) <= 60 else text[:59] + "…", data)  # the tooltip has it all
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
