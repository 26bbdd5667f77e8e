"""The content pages: what each shows, number formats, escaping, fallback marking (no Qt needed)."""

from __future__ import annotations

from decimal import Decimal

from desktop.gui.plan.content_html import render
from desktop.gui.widgets.display import format_amount, format_number, format_span, format_time

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32  # accepted by the operation; its page then shows no size

NBSP = "\u00a0"


def test_number_formats_follow_the_content_language() -> None:
    assert format_amount(Decimal("1234567.891"), "EUR", "sq") == f"1{NBSP}234{NBSP}567,89{NBSP}EUR"
    assert format_amount(Decimal("1234567.891"), "EUR", "sr") == f"1.234.567,89{NBSP}EUR"
    assert format_amount(Decimal("1234567"), "USD", "en") == f"1,234,567{NBSP}USD"
    assert format_number(Decimal("12.50"), "sr") == "12,5"
    assert format_number(Decimal("1E+3"), "en") == "1,000"


def test_time_frames_are_readable() -> None:
    assert format_time("2025-H1") == f"H1{NBSP}2025"
    assert format_time("2025-Q3") == f"Q3{NBSP}2025"
    assert format_time("2025-05") == "05.2025"
    assert format_span("2025", "2027") == "2025 – 2027"
    assert format_span(None, "2026") == "2026"
    assert format_span(None, None) == ""


def test_activity_page_shows_every_part(sample_doc) -> None:
    act = sample_doc.action_plan.activities[0]
    page = render(sample_doc, "activity", act.id, "sq")
    for expected in (
        "1.1&nbsp;&nbsp;Hapja e qendrës ditore",
        "Drejtoria e Mirëqenies Sociale",
        "Qendra për Punë Sociale",
        f"H1{NBSP}2025 – Q2{NBSP}2026",
        "sipas nevojës",
        "Të moshuarit",
        f"48{NBSP}000{NBSP}EUR",
        f"12{NBSP}500,50{NBSP}EUR",
        f"60{NBSP}500,50{NBSP}EUR",  # total
        "UNICEF",
        "Vende në qendër",
        "Target 2026",
        "Shënim",
    ):
        assert expected in page, expected
    assert "[sq]" not in page


def test_user_text_is_escaped(sample_doc) -> None:
    act = sample_doc.action_plan.activities[2]
    page = render(sample_doc, "activity", act.id, "sq")
    assert "Familjet &lt;kujdestare&gt; &amp; R&amp;D" in page
    assert "<kujdestare>" not in page


def test_missing_translation_shows_the_source_marked(sample_doc) -> None:
    act = sample_doc.action_plan.activities[1]
    page = render(sample_doc, "activity", act.id, "en")
    assert "Kujdesi në shtëpi" in page
    assert "[sq]</span>" in page
    assert 'class="fallback"' in page
    assert "not yet written in English" in page
    # Only the untranslated indicator unit of activity 1.1 is marked; its Albanian page has no marker.
    first = sample_doc.action_plan.activities[0].id
    page = render(sample_doc, "activity", first, "en")
    assert "Opening a day centre" in page
    assert page.count("[sq]</span>") == 1
    assert '<span class="fallback">vende</span>' in page
    page = render(sample_doc, "activity", first, "sq")
    assert "[sq]" not in page and "not yet written" not in page


def test_objective_page_lists_priorities_and_activities(sample_doc) -> None:
    objective = sample_doc.strategy.objectives[0]
    page = render(sample_doc, "objective", objective.id, "sr")
    for expected in (
        "Usluge u zajednici",
        "Opis cilja",
        "1.1&nbsp;&nbsp;Dnevni centri",
        "1.1.1&nbsp;&nbsp;Terapija",
        "Otvaranje dnevnog centra",
        "Pomoć u kući",
        "Direkcija za socijalnu zaštitu",
    ):
        assert expected in page, expected
    assert "Hraniteljske porodice" not in page  # belongs to objective 2


def test_other_pages(sample_doc) -> None:
    section = next(s for s in sample_doc.strategy.sections if s.key == "context")
    page = render(sample_doc, "section", section.id, "sq")
    assert "<p>Paragrafi i parë.</p><p>Paragrafi i dytë.</p>" in page
    page = render(sample_doc, "municipality", sample_doc.municipality.id, "sq")
    assert "Kosovo" in page and "Komuna e Provës" in page
    page = render(sample_doc, "action_plan", sample_doc.action_plan.id, "en")
    assert f"60,500.50{NBSP}EUR" in page
    page = render(sample_doc, "target_groups", None, "sr")
    assert "Starije osobe" in page
    group = sample_doc.target_groups[0]
    page = render(sample_doc, "target_group", group.id, "en")
    assert "Opening a day centre" in page
    assert "no longer exists" in render(sample_doc, "activity", "gone", "en")


def test_the_outline_folders_and_figures_have_pages(sample_doc) -> None:
    from desktop.core import chapters
    from desktop.core.model import PART_ACTION_PLANS

    doc = sample_doc
    goal = next(s for s in doc.strategy.sections if s.key == "goal")
    chapters.add_chapter(doc, goal.id, {"title": {"sq": "Personeli"}})
    figure = chapters.add_figure(doc, goal.id, PNG, {"sq": "Organigrama"}).upserted[0]
    chapters.move_in_outline(doc, PART_ACTION_PLANS, 0)
    chapters.add_plan_priority(doc, {"title": {"sq": "Përfshirja"}})
    page = render(doc, "strategy", doc.strategy.id, "sq")
    assert "Contents" in page and page.index("I.&nbsp;&nbsp;Action plan") < page.index(
        'II.&nbsp;&nbsp;<span class="muted">Context'
    )
    # Vision and Mission are empty (they print nothing and take no number): the goal is chapter III
    assert "3.1&nbsp;&nbsp;Personeli" in page and "P1&nbsp;&nbsp;Përfshirja" in page
    goal_page = render(doc, "section", goal.id, "sq")
    assert "III.&nbsp;&nbsp;" in goal_page and "Figura 1</i>: Organigrama" in goal_page and "Personeli" in goal_page
    assert "Slika 1" in render(doc, "figure", figure, "sr")
    assert "no longer exists" not in render(doc, "objectives", None, "sq")
    assert "Shërbime në komunitet" in render(doc, "objectives", None, "sq")
    assert "Përfshirja" in render(doc, "plan_priorities", None, "sq")
