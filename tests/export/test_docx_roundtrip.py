"""Export to Word, import the file back (desktop/exchange/docimport): the plan's shape comes back."""

from __future__ import annotations

import pytest

from desktop.core.columns import cell_text, shown_columns
from desktop.core.model import PART_ACTION_PLANS
from desktop.core.outline import chapters
from desktop.export.docx import export_docx
from tests.export.test_docx_export import _korce, _own_columns

docimport = pytest.importorskip("desktop.exchange.docimport", reason="the document importer is not in this tree")


@pytest.fixture
def imported(doc, tmp_path):
    _korce(doc)
    _own_columns(doc)
    path = tmp_path / "plan.docx"
    export_docx(doc, path)
    return docimport.apply_new(docimport.read_preview(path, lang="sq"))


def _sections(d):
    return [(c.number, c.section.title.get("sq")) for c in chapters(d) if c.section is not None]


def test_chapters_figures_activities_and_own_columns_come_back(doc, imported):
    # The chapters before the plan's fixed parts, with their numbers and nesting, and the action plan's place.
    assert _sections(imported)[:7] == _sections(doc)[:7]
    assert [c.key for c in chapters(imported)][7] == PART_ACTION_PLANS
    assert _sections(imported)[7] == ("VI.", "Financimi")
    personnel = imported.strategy.sections[3].sections[0]
    assert len(personnel.figures) == 1 and personnel.figures[0].image
    assert personnel.figures[0].caption.get("sq").endswith("Organigrama")
    # The activities with their numbers, and the plan's own columns with their texts.
    numbers = imported.numbers()
    got = [(numbers[a.id], a.title.get("sq")) for a in imported.ordered_activities(imported.action_plan)]
    for expected in (("1.1", "Qendra ditore"), ("1.2", "Kujdesi në shtëpi"), ("2.1", "Fushata")):
        assert expected in got
    names = [c.name.get("sq") for c in shown_columns(imported.action_plan) if c.key is None]
    assert names == ["Sqarim", "Strategjia për përmbushjen e tij"]
    first = next(a for a in imported.action_plan.activities if a.title.get("sq") == "Qendra ditore")
    sqarim = next(c for c in imported.action_plan.columns if c.name.get("sq") == "Sqarim")
    assert cell_text(imported.action_plan, sqarim, first).get("sq") == "Sipas nevojës"


def test_the_same_plan_comes_back(doc, imported):
    numbers, back = doc.numbers(), imported.numbers()
    assert [(numbers[a.id], a.title.get("sq")) for a in doc.ordered_activities(doc.action_plan)] == [
        (back[a.id], a.title.get("sq")) for a in imported.ordered_activities(imported.action_plan)
    ]
    assert [o.title.get("sq") for o in imported.objectives] == [o.title.get("sq") for o in doc.objectives]
    assert _sections(imported) == _sections(doc)
    figure = imported.strategy.sections[3].sections[0].figures[0]
    assert figure.caption.get("sq") == "Organigrama"
