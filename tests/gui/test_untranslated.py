"""The Albanian interface shows no English: budget totals, search results, the status bar's version."""

from __future__ import annotations

import pytest

from desktop import i18n
from desktop.gui.plan.budget_table import BudgetTable


@pytest.fixture
def albanian():
    old = i18n.language()
    i18n.set_language("sq")
    yield
    i18n.set_language(old)


def test_budget_totals_search_results_and_status_are_albanian(albanian, window, plan_file) -> None:
    assert window.open_file(plan_file)
    doc = window.session.doc
    # The status bar names the plan's status: a new plan is a draft.
    assert window.version_label.text() == "Projekt"
    # The budget of an activity with lines in two years and two sources.
    activity = doc.action_plan.activities[0]
    assert window.select_entity(activity.id, "activity")
    table = next(t for t in window.findChildren(BudgetTable) if t.isVisibleTo(window))
    totals = table.totals_label.text()
    assert "Sipas vitit" in totals and "Sipas burimit të financimit" in totals
    assert "Per year" not in totals and "Per funding source" not in totals
    # Search finds the indicator's name: its kind and field are named in Albanian.
    window.show_search()
    search = window.bottom.search
    search.field.setText("Vende në qendër")
    texts = [search.results.item(i).text() for i in range(search.results.count())]
    assert texts, "the indicator is found"
    first_line = texts[0].split("\n")[0]
    assert first_line == "Treguesi 1.1 · Emri · shqip"
    for text in texts:
        head = text.split("\n")[0]
        assert "indicator" not in head and "Name" not in head
