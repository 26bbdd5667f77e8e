"""The demo plan's advisory group: its members, the consultations that shaped the strategy, two
meetings, and the assembly's approval of the first version (before the first yearly review)."""

from __future__ import annotations

from datetime import datetime

from desktop.core import group as gr
from desktop.core import operations as op
from desktop.core import versions
from desktop.core.decision import create_decision, set_decision
from desktop.core.model import Document

APPROVED_ON = "2025-01-30"
DECISION_NUMBER = "01-016/25"
APPROVING_BODY = "Kuvendi i Komunës së Lumbardhit / Skupština opštine Lumbard"

# name, role, sector, organisation, phone, e-mail (contact details are invented, on example.org)
MEMBERS = [
    (
        "Mimoza Berisha",
        "chair",
        "municipality",
        {"sq": "Drejtoria për Shëndetësi dhe Mirëqenie Sociale", "sr": "Direkcija za zdravstvo i socijalnu zaštitu"},
        "+383 44 100 201",
        "mimoza.berisha@example.org",
    ),
    (
        "Dragana Petrović",
        "member",
        "social_centre",
        {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
        "+383 44 100 202",
        "dragana.petrovic@example.org",
    ),
    (
        "Arben Gashi",
        "member",
        "civil_society",
        {"sq": "Shoqata e Personave me Aftësi të Kufizuara", "sr": "Udruženje osoba sa invaliditetom"},
        "+383 49 100 203",
        "arben.gashi@example.org",
    ),
    (
        "Lirije Hoxha",
        "member",
        "health",
        {"sq": "Qendra Kryesore e Mjekësisë Familjare", "sr": "Glavni centar porodične medicine"},
        None,
        "lirije.hoxha@example.org",
    ),
    (
        "Nenad Jovanović",
        "member",
        "civil_society",
        {"sq": "Organizata e të Moshuarve", "sr": "Organizacija penzionera"},
        "+383 45 100 205",
        None,
    ),
    (
        "Valbona Krasniqi",
        "secretary",
        "municipality",
        {"sq": "Zyra për Komunitete", "sr": "Kancelarija za zajednice"},
        "+383 44 100 206",
        "valbona.krasniqi@example.org",
    ),
    (
        "Elena Marković",
        "consultant",
        "international",
        {"sq": "Konsulente e pavarur", "sr": "Nezavisna konsultantkinja", "en": "Independent consultant"},
        None,
        "elena.markovic@example.org",
    ),
]

# method, date, sessions, title, place, findings, objectives (1-based), groups: (label, women, men, not stated)
CONSULTATIONS = [
    (
        "focus_group",
        "2024-09-10",
        6,
        {"sq": "Grupe fokusi me përdoruesit e shërbimeve", "sr": "Fokus grupe sa korisnicima usluga"},
        {"sq": "Lumbardh dhe tri fshatra", "sr": "Lumbard i tri sela"},
        {
            "sq": "Të moshuarit që jetojnë vetëm dhe familjet e fëmijëve me aftësi të kufizuara kërkojnë shërbime "
            "në shtëpi dhe transport; informacioni për shërbimet nuk arrin në fshatra.",
            "sr": "Starije osobe koje žive same i porodice dece sa invaliditetom traže usluge u kući i prevoz; "
            "informacije o uslugama ne stižu do sela.",
        },
        [1, 3],
        [
            ({"sq": "Të moshuarit", "sr": "Starije osobe"}, 19, 14, 0),
            ({"sq": "Prindërit e fëmijëve me aftësi të kufizuara", "sr": "Roditelji dece sa invaliditetom"}, 16, 6, 0),
        ],
    ),
    (
        "interview",
        "2024-09-20",
        24,
        {"sq": "Intervista me institucionet dhe OJQ-të", "sr": "Intervjui sa institucijama i NVO"},
        {"sq": "Zyrat e partnerëve", "sr": "Kancelarije partnera"},
        {
            "sq": "Qendra për Punë Sociale ka mungesë stafi; bashkëpunimi me shkollat dhe policinë për mbrojtjen "
            "e fëmijëve nuk ka procedura të shkruara.",
            "sr": "Centru za socijalni rad nedostaje osoblja; saradnja sa školama i policijom u zaštiti dece "
            "nema pisane procedure.",
        },
        [2],
        [({"sq": "Profesionistë", "sr": "Stručnjaci"}, 15, 8, 1)],
    ),
    (
        "workshop",
        "2024-10-15",
        1,
        {"sq": "Punëtori për skenarët dhe prioritetet", "sr": "Radionica o scenarijima i prioritetima"},
        {"sq": "Salla e Kuvendit Komunal", "sr": "Sala Skupštine opštine"},
        {
            "sq": "Grupi zgjodhi tri objektiva dhe renditi aktivitetet sipas ndikimit dhe kostos.",
            "sr": "Grupa je izabrala tri cilja i rangirala aktivnosti prema uticaju i troškovima.",
        },
        [1, 2, 3],
        [({"sq": "Grupi këshillëdhënës dhe partnerët", "sr": "Savetodavna grupa i partneri"}, 14, 9, 0)],
    ),
    (
        "public_hearing",
        "2024-12-05",
        1,
        {"sq": "Dëgjim publik për draftin e strategjisë", "sr": "Javna rasprava o nacrtu strategije"},
        {"sq": "Shtëpia e Kulturës", "sr": "Dom kulture"},
        {
            "sq": "Qytetarët kërkuan që linja e transportit të mbulojë edhe fshatrat malore; kërkesa u pranua.",
            "sr": "Građani su tražili da linija prevoza obuhvati i planinska sela; zahtev je prihvaćen.",
        },
        [1],
        [({"sq": "Qytetarë", "sr": "Građani"}, 31, 27, 3)],
    ),
]


def _say(doc: Document, entity_id: str, field: str, texts: dict[str, str]) -> None:
    for lang, text in texts.items():
        op.set_text(doc, entity_id, field, lang, text)


def add_group(doc: Document) -> None:
    """Members, consultations, two meetings, the decision and the approval of version 1."""
    members = []
    for name, role, sector, organisation, phone, email in MEMBERS:
        mid = gr.add_member(doc, name, role=role, sector=sector, organisation=organisation).upserted[0]
        gr.set_member_contact(doc, mid, phone=phone, email=email)
        members.append(mid)
    objectives = [o.id for o in doc.objectives]
    for method, on, sessions, title, place, findings, shaped, groups in CONSULTATIONS:
        cid = gr.add_consultation(
            doc,
            method,
            on,
            {"title": title, "place": place, "findings": findings},
            sessions=sessions,
            objective_ids=[objectives[i - 1] for i in shaped],
        ).upserted[0]
        for label, women, men, unspecified in groups:
            gr.set_participants(doc, cid, None, label=label, women=women, men=men, unspecified=unspecified)
    _first_meeting(doc, members)
    _second_meeting(doc, members)
    create_decision(doc, "XK")
    # The officer read the template's wording in each language and confirmed it before the session.
    decision = doc.decision
    for name in decision.TEXTS:
        for lang in decision.text(name).values:
            op.set_text_state(doc, decision.id, name, lang, "translated")
    set_decision(doc, number=DECISION_NUMBER, date=APPROVED_ON, approved="yes")
    versions.approve(
        doc,
        number=DECISION_NUMBER,
        on=APPROVED_ON,
        body=APPROVING_BODY,
        author="Valbona Krasniqi",
        now=datetime.fromisoformat(f"{APPROVED_ON}T16:30:00+01:00"),
    )
    versions.set_status(doc, "in_implementation", on="2025-02-10")


def _first_meeting(doc: Document, members: list[str]) -> None:
    meeting = gr.add_meeting(
        doc,
        "2024-11-14",
        {
            "title": {"sq": "Takimi i tretë i grupit këshillëdhënës", "sr": "Treći sastanak savetodavne grupe"},
            "place": {"sq": "Zyra e Kryetarit, salla e mbledhjeve", "sr": "Kabinet predsednika, sala za sastanke"},
            "agenda": {
                "sq": "Rezultatet e konsultimeve\nObjektivat dhe prioritetet\nBuxheti i planit të veprimit",
                "sr": "Rezultati konsultacija\nCiljevi i prioriteti\nBudžet akcionog plana",
            },
            "minutes": {
                "sq": "Konsulentja paraqiti rezultatet e grupeve të fokusit dhe intervistave. Grupi diskutoi "
                "objektivat dhe ra dakord që transporti për të moshuarit të jetë prioritet.",
                "sr": "Konsultantkinja je predstavila rezultate fokus grupa i intervjua. Grupa je razmotrila "
                "ciljeve i složila se da prevoz za starije osobe bude prioritet.",
            },
            "guests": {"sq": "Përfaqësuesi i UNICEF-it", "sr": "Predstavnik UNICEF-a"},
        },
    ).upserted[0]
    gr.update_meeting(doc, meeting, present=members[:3] + members[5:], absent=members[3:5])
    first, second = doc.objectives[0], doc.objectives[1]
    plan = doc.action_plan
    gr.record_in_meeting(
        doc,
        meeting,
        "decision",
        {
            "body": {
                "sq": "Shërbimet në komunitet dhe transporti për të moshuarit mbeten objektivi i parë.",
                "sr": "Usluge u zajednici i prevoz za starije osobe ostaju prvi cilj.",
            }
        },
        item_ids=[first.id, *[a.id for a in doc.activities_of(plan, first)[:1]]],
    )
    gr.record_in_meeting(
        doc,
        meeting,
        "follow_up",
        {
            "body": {
                "sq": "Të përgatitet procedura e bashkëpunimit me shkollat për mbrojtjen e fëmijëve.",
                "sr": "Pripremiti proceduru saradnje sa školama u zaštiti dece.",
            }
        },
        item_ids=[second.id],
        assignee=members[1],
        due="2024-12-15",
    )
    follow_up = doc.notes[-1].id
    gr.update_note(doc, follow_up, done="2024-12-10")


def _second_meeting(doc: Document, members: list[str]) -> None:
    meeting = gr.add_meeting(
        doc,
        "2025-01-16",
        {
            "title": {"sq": "Takimi i katërt i grupit këshillëdhënës", "sr": "Četvrti sastanak savetodavne grupe"},
            "place": {"sq": "Salla e Kuvendit Komunal", "sr": "Sala Skupštine opštine"},
            "agenda": {
                "sq": "Drafti përfundimtar i strategjisë\nPropozimi për Kuvendin Komunal",
                "sr": "Konačni nacrt strategije\nPredlog Skupštini opštine",
            },
            "minutes": {
                "sq": "Grupi shqyrtoi draftin përfundimtar, përfshirë komentet nga dëgjimi publik, dhe e miratoi "
                "unanimisht për t'ia dërguar Kuvendit Komunal.",
                "sr": "Grupa je razmotrila konačni nacrt, uključujući komentare sa javne rasprave, i jednoglasno "
                "ga usvojila radi upućivanja Skupštini opštine.",
            },
        },
    ).upserted[0]
    gr.update_meeting(doc, meeting, present=[m for m in members if m != members[6]], absent=[members[6]])
    gr.record_in_meeting(
        doc,
        meeting,
        "decision",
        {
            "body": {
                "sq": "Drafti përfundimtar i strategjisë dhe planit të veprimit i dërgohet Kuvendit Komunal.",
                "sr": "Konačni nacrt strategije i akcionog plana upućuje se Skupštini opštine.",
            }
        },
        item_ids=[doc.strategy.id, doc.action_plan.id],
    )
    gr.record_in_meeting(
        doc,
        meeting,
        "follow_up",
        {
            "body": {
                "sq": "Të publikohet raporti i konsultimeve në faqen e komunës.",
                "sr": "Objaviti izveštaj o konsultacijama na sajtu opštine.",
            }
        },
        assignee=members[5],
        due="2025-02-28",
    )
    versions.set_status(doc, "submitted", on="2025-01-17")
