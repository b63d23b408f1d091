"""A battery of English accusations in their commonest wire shapes (issue #12), written for
these tests: "X accused Y of ...", "X blamed Y for ...", "X blamed the act on Y", the
passive "the attack was blamed on Y, the army said" (the speaker lays the blame, the "on"
phrase is the side blamed), condemnations of an act (ACCUSE beside the act, never a second
assault), denials (REJECT). Subjects are governments, armies, spokesmen, residents and
rights groups. Each sentence runs through the whole pipeline; its incidents are checked as
type, actor country and recipient country (`ANY` where a field is not checked; None where
the sentence gives no country)."""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.pipeline import Pipeline
from tessera.records import Article
from tests.extraction.events.incident_match import ANY, assert_incidents

PUBLISHED = dt.date(2024, 5, 6)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _incidents(pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    document = pipeline.extract(Article(id="accuse", text=text, language="en", published=PUBLISHED))
    return [
        (
            i.type,
            i.actor.country if i.actor else None,
            i.recipient.country if i.recipient else None,
            i.recipient.name if i.recipient else None,
        )
        for i in document.incidents
    ]


# (sentence, expected incidents as (type, actor country, recipient country[, recipient name]))
CASES = [
    # "X accused Y of ...": the accuser acts, the accused receives.
    (
        "Nigeria's army accused Boko Haram of killing 12 farmers in Borno state on Sunday.",
        [("ACCUSE", "NGA", "NGA", "Boko Haram")],
    ),
    ("The Congolese government accused Rwanda of backing the M23 rebels.", [("ACCUSE", "COD", "RWA")]),
    ("India accused Pakistan of sponsoring the attack in Kashmir.", [("ACCUSE", "IND", "PAK")]),
    (
        "Human Rights Watch accused Burkina Faso's army of executing 223 villagers in February.",
        [("ACCUSE", "IGO", "BFA")],
    ),
    ("Amnesty International accused Ethiopian troops of massacring civilians in Axum.", [("ACCUSE", "IGO", "ETH")]),
    ("A military spokesman accused the rebels of using civilians as human shields.", [("ACCUSE", ANY, ANY)]),
    # "X blamed Y for ...".
    (
        "Sudan's army blamed the Rapid Support Forces for the shelling of El Fasher on Tuesday.",
        [("ACCUSE", "SDN", "SDN", "Rapid Support Forces")],
    ),
    ("Residents blamed the army for the deaths of three civilians in Beni.", [("ACCUSE", "COD", "COD")]),
    (
        "Myanmar's junta blamed the Arakan Army for the attack on a police post in Rakhine.",
        [("ACCUSE", "MMR", "MMR", "Arakan Army")],
    ),
    (
        "Officials blamed the Islamic State for the attack on a mosque in Kabul.",
        [("ACCUSE", "AFG", "AFG", "Islamic State")],
    ),
    ("The governor blamed bandits for the kidnapping of 40 students in Zamfara state.", [("ACCUSE", "NGA", "NGA")]),
    # A condemnation is an accusation beside the act condemned, never a second assault.
    ("Kenya condemned the attack on its soldiers in Somalia.", [("ACCUSE", "KEN", ANY), ("ASSAULT", ANY, "SOM")]),
    (
        "The African Union condemned the killing of 30 civilians in Ituri province.",
        [("ACCUSE", "IGO", "COD"), ("ASSAULT", ANY, "COD")],
    ),
    (
        "Pakistan condemned the suicide bombing in Peshawar on Monday.",
        [("ACCUSE", "PAK", "PAK"), ("ASSAULT", ANY, "PAK")],
    ),
    # Denials.
    ("Rwanda denied Congo's claims that its troops had crossed the border.", [("REJECT", "RWA", "COD")]),
    # The denial is kept beside the act it denies (negated, so not reported).
    (
        "The army denied the allegations that soldiers had killed civilians in Tillaberi.",
        [("REJECT", "NER", ANY), ("ASSAULT", ANY, ANY)],
    ),
    # Naming an act a crime accuses its authors ("described ... as a war crime").
    (
        "Sudan's army described the drone strike on the market in El Fasher as a war crime.",
        [("ACCUSE", "SDN", ANY), ("ASSAULT", ANY, ANY)],
    ),
    # ... with the words of condemnation: a criminal act, wickedness, cowardice.
    (
        "Kenya's interior minister described the ambush near Garissa as a grave criminal act.",
        [("ACCUSE", "KEN", ANY), ("ASSAULT", ANY, ANY)],
    ),
    (
        "Niger's defence minister described the killings in Tillaberi as pure wickedness.",
        [("ACCUSE", "NER", ANY), ("ASSAULT", ANY, ANY)],
    ),
    # ... or in a clause of its own, after "be", by who says it; the act stays one assault.
    (
        'Bandits ambushed a convoy near Gusau on Sunday. "This was an act of cowardice," '
        "Zamfara's governor told reporters.",
        [("ASSAULT", ANY, ANY), ("ACCUSE", "NGA", ANY)],
    ),
    (
        'Gunmen raided a police station in Tumaco on Friday. "This attack is unacceptable," '
        "said the Colombian interior minister.",
        [("ASSAULT", ANY, ANY), ("ACCUSE", "COL", ANY)],
    ),
    # Not a state, a clause or a negation: no accusation.
    ('Rebels shelled Goma on Monday. "The situation is unacceptable," a trader in Goma said.', [("ASSAULT", ANY, ANY)]),
    ('Rebels shelled Goma on Monday. "What happened is unacceptable," a trader in Goma said.', [("ASSAULT", ANY, ANY)]),
    ('Rebels shelled Goma on Monday. "This was not a crime," a rebel spokesman said.', [("ASSAULT", ANY, ANY)]),
    # Blame laid by a verb of placing it ("pinned the blame on").
    ("Kazakh authorities have pinned the blame on criminal gangs.", [("ACCUSE", "KAZ", ANY)]),
    ("The Malian army put the blame on jihadist fighters.", [("ACCUSE", "MLI", ANY)]),
]

# Known faults: "held Y responsible" and "said Y was behind / responsible for the act" propose
# no accusation; the passive "was blamed on Y, the
# army said" takes no speaker as accuser (a fix that did was held back: EN score date rate
# 144/192 -> 144/193).
KNOWN = [
    # The passive under a reporting verb: the speaker blames, the "on" phrase is blamed
    # (today the accusation has no actor and the act charged as recipient).
    (
        "An ambush in Arauca that killed four soldiers was blamed on ELN rebels, the army said.",
        [("ASSAULT", ANY, ANY), ("ACCUSE", ANY, "COL", "ELN")],
    ),
    (
        "A bombing that killed nine people at a market in Maiduguri was blamed on Boko Haram, Nigeria's army said.",
        [("ASSAULT", ANY, ANY), ("ACCUSE", "NGA", "NGA", "Boko Haram")],
    ),
    (
        "An attack that killed three soldiers near Gao was blamed on JNIM, the Malian army said.",
        [("ASSAULT", ANY, "MLI"), ("ACCUSE", "MLI", "MLI", "JNIM")],
    ),
    (
        "Ethiopian officials held Fano militiamen responsible for the killing of five police officers.",
        [("ACCUSE", "ETH", "ETH"), ("ASSAULT", ANY, "ETH")],
    ),
    (
        "The Somali government said al-Shabaab was behind the bombing in Mogadishu on Friday.",
        [("ACCUSE", "SOM", "SOM"), ("ASSAULT", ANY, "SOM")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:60] for text, _ in CASES])
def test_accusations(pipeline, text: str, expected: list) -> None:
    assert_incidents(_incidents(pipeline, text), expected, strict=False)


@pytest.mark.xfail(reason="known faults in proposing and roling these accusations", strict=False)
@pytest.mark.parametrize(("text", "expected"), KNOWN, ids=[text[:60] for text, _ in KNOWN])
def test_known_faults(pipeline, text: str, expected: list) -> None:
    assert_incidents(_incidents(pipeline, text), expected, strict=False)
