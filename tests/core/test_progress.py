from __future__ import annotations

from desktop.core import operations as op
from desktop.core.stats import translation_progress


def test_progress_per_part_and_language(doc):
    progress = translation_progress(doc)
    whole = progress["document"]
    assert whole["sq"]["done_fields"] == whole["sq"]["fields"]  # everything was written in Albanian
    assert 0 < whole["sr"]["done_fields"] < whole["sr"]["fields"]
    assert whole["en"]["done_fields"] == 0 and whole["en"]["missing"] == whole["en"]["fields"]
    plan = progress["action_plan"]["sr"]
    assert plan["fields"] == 4  # three activity titles and one indicator name
    assert sum(progress[part]["sr"]["fields"] for part in progress if part != "document") == whole["sr"]["fields"]


def test_words_follow_translations_and_outdating(doc):
    act = doc.action_plan.activities[0]
    before = translation_progress(doc)["document"]["en"]["done_words"]
    op.set_text(doc, act.id, "title", "en", "Day care centre")
    after = translation_progress(doc)["document"]["en"]
    assert after["done_words"] == before + len(act.title.get("sq").split())
    op.set_text(doc, act.id, "title", "sq", "Qendra ditore e re")
    assert translation_progress(doc)["document"]["en"]["outdated"] == 1


def test_missing_texts_in_the_official_languages(doc):
    from desktop.core.stats import missing_texts

    missing = missing_texts(doc)
    assert missing and all("sr" in m.languages and "sq" not in m.languages for m in missing)
    priority = doc.objectives[0].priorities[0]  # written only in Albanian
    assert any(m.entity_id == priority.id and m.field == "title" and m.part == "strategy" for m in missing)
    op.set_text(doc, priority.id, "title", "sr", "Prioritet 1.1")
    assert not any(m.entity_id == priority.id and m.field == "title" for m in missing_texts(doc))
    assert {m.languages for m in missing_texts(doc, ("sq", "sr", "en"))} >= {("en",), ("sr", "en")}
