from __future__ import annotations

import time

from desktop.core import operations as op
from desktop.core.search import SearchIndex, fold
from desktop.demo.large import build_large


def test_fold_forgives_accents_case_and_script():
    assert fold("Përgjegjës") == "pergjegjes"
    assert fold("ČUČKOVIĆ Šćž") == "cuckovic scz"
    assert fold("Општина Лумбард") == "opstina lumbard"
    assert fold("Ђорђе Љубав Њива Џеп") == "djordje ljubav njiva dzep"
    assert fold("Đorđe") == "djordje"


def test_search_finds_across_languages_and_scripts(doc):
    act = doc.action_plan.activities[0]
    op.set_text(doc, act.id, "notes", "sr", "Саветодавна група општине")
    index = SearchIndex(doc)
    hits = index.search("savetodavna")
    assert [(h.entity_id, h.field, h.lang) for h in hits] == [(act.id, "notes", "sr")]
    assert index.search("qendra ditore")[0].entity_id == act.id  # "Qendra ditore"
    assert index.search("kucna")[0].text == "Kućna nega"
    assert index.search("ditore", langs=("sr",)) == []
    assert index.search("   ") == []


def test_index_follows_changes(doc):
    index = SearchIndex(doc)
    obj = doc.objectives[0]
    index.update(op.set_text(doc, obj.id, "description", "en", "Foster families"))
    assert index.search("foster")[0].entity_id == obj.id
    change = op.delete_objective(doc, obj.id)
    index.update(change)
    assert index.search("foster") == []
    new = op.add_objective(doc, {"title": {"sq": "Strehimi"}}, index=0)
    index.update(new)
    assert index.search("strehimi")[0].entity_id == new.upserted[0]


def test_search_is_fast_on_the_large_plan():
    doc = build_large(objectives=50, activities_per_objective=20)
    index = SearchIndex(doc)
    t = time.perf_counter()
    for query in ("sherbimeve", "porodice decu", "zzzz nothing", "care children"):
        index.search(query)
    assert (time.perf_counter() - t) / 4 < 0.2  # the benchmark reports the real figure (target 50 ms)
