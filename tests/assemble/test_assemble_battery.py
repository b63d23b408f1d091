"""Which mentions make one incident, and which are background: a battery of short wire
reports, English and French (issue #12 points 1 and 2, issue #13).

Articles written for these tests: a publication day, two to four sentences in the commonest
shapes of wire reports. A mention is named by its trigger's text ("attack"; "attack#2" for
the second mention so triggered). `together`: groups of mentions that make one reported
incident; `apart`: mentions of different reported incidents; `context`: mentions of
background (a period, a series, a running count), `reported`: how many incidents are not
context.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article


def _incidents(pipeline, language: str, published: str, text: str):
    article = Article(id="t", text=text, language=language, published=dt.date.fromisoformat(published))
    document = pipeline.extract(article)
    seen: dict[str, int] = {}
    names: dict[str, str] = {}
    for event in sorted(document.events, key=lambda e: e.trigger.start):
        word = event.trigger.text.casefold()
        seen[word] = seen.get(word, 0) + 1
        names[event.id] = word if seen[word] == 1 else f"{word}#{seen[word]}"
    held = {names[e]: incident for incident in document.incidents for e in incident.events if e in names}
    return document.incidents, held


CASES = [
    # -- one attack told again: definite nouns, "during the raid", the lead's verb
    pytest.param(
        "en",
        "2024-03-10",
        "Gunmen killed 14 villagers in an attack on Kadisau in Zamfara state on Saturday, police said. "
        "The attack began at dawn when the assailants stormed the village on motorcycles. Residents said "
        "the gunmen also burned several houses during the raid.",
        1,
        [("attack", "stormed", "burned")],
        [],
        [],
        id="en-attack-told-again",
    ),
    pytest.param(
        "en",
        "2024-06-12",
        "Suspected jihadists ambushed a military convoy near Djibo in northern Burkina Faso on Tuesday, "
        "killing 11 soldiers, the army said. The ambush took place about 20 km from the town. No group has "
        "claimed responsibility for the attack.",
        1,
        [("ambushed", "ambush", "attack")],
        [],
        [],
        id="en-ambush-told-again",
    ),
    pytest.param(
        "en",
        "2024-10-02",
        "Al Shabaab fighters attacked a military base in Lower Shabelle on Monday, killing 8 soldiers. Last "
        "week, a car bomb killed 15 people in Mogadishu. The militants stormed the base at dawn.",
        2,
        [("attacked", "stormed")],
        [("attacked", "killed")],
        [],
        id="en-earlier-bombing-apart",
    ),
    pytest.param(
        "en",
        "2024-11-11",
        "Air strikes by the Sudanese army killed 31 civilians in a market in Nyala on Sunday, activists "
        "said. The strikes also wounded dozens of people.",
        1,
        [("strikes", "strikes#2")],
        [],
        [],
        id="en-the-strikes-wounded-dozens",
    ),
    pytest.param(
        "en",
        "2024-09-20",
        "Militants killed seven soldiers in an ambush near Menaka on Thursday, the army said. On Monday, "
        "gunmen had killed 12 civilians in an attack on a village near Gao. The ambush was the deadliest "
        "this month.",
        2,
        [("ambush", "ambush#2")],
        [("ambush", "attack")],
        [],
        id="en-the-ambush-past-another-attack",
        marks=pytest.mark.xfail(
            reason="'the ambush' takes the incident told last; preferring the one told with its "
            "own word cost real-news fatalities (EN study 221 -> 220, FR study 112 -> 111)",
            strict=False,
        ),
    ),
    pytest.param(
        "en",
        "2024-09-20",
        "Gunmen killed 12 people in Katsina state on Wednesday. In a separate attack in Zamfara state on "
        "Thursday, bandits abducted 30 villagers.",
        2,
        [],
        [("killed", "abducted")],
        [],
        id="en-separate-attack",
    ),
    # -- a single report with an exact toll is no series
    pytest.param(
        "en",
        "2024-04-20",
        "Israeli air strikes killed 20 people in Rafah overnight, health officials said on Saturday.",
        1,
        [],
        [],
        [],
        id="en-plural-strikes-exact-toll",
    ),
    pytest.param(
        "en",
        "2024-01-16",
        "Clashes between herders and farmers left 18 dead in Plateau state, police said on Monday.",
        2,  # one ASSAULT per side of the clash (`two_sided_words`)
        [],
        [],
        [],
        id="en-plural-clashes-dated-report",
    ),
    pytest.param(
        "en",
        "2024-01-16",
        "Clashes between herders and farmers left 18 dead in Plateau state. Violence between the two "
        "communities has killed thousands of people in recent years.",
        2,  # one ASSAULT per side of the clash (`two_sided_words`)
        [],
        [],
        ["killed"],
        id="en-plural-clashes-then-background",
    ),
    pytest.param(
        "en",
        "2024-08-04",
        "Bandits killed 23 people in raids on three villages in Sokoto state on Friday, residents said.",
        1,
        [],
        [],
        [],
        id="en-raids-one-night",
    ),
    pytest.param(
        "en",
        "2024-05-30",
        "Rebel attacks killed 12 soldiers in Ituri on Wednesday, the army said.",
        1,
        [],
        [],
        [],
        id="en-rebel-attacks-dated",
    ),
    # -- background
    pytest.param(
        "en",
        "2024-02-05",
        "At least 25 people were killed when rebels attacked a village in North Kivu province on Sunday, "
        "local officials said. The ADF has been fighting an insurgency in eastern Congo since the 1990s.",
        1,
        [("attacked",)],
        [],
        ["fighting"],
        id="en-insurgency-since",
    ),
    pytest.param(
        "en",
        "2024-07-27",
        "Soldiers detained President Mohamed Bazoum in Niamey on Wednesday in what appeared to be a coup. "
        "It is the third coup in the region since 2020.",
        1,
        [],
        [],
        ["coup"],
        id="en-third-coup",
    ),
    pytest.param(
        "en",
        "2024-05-08",
        "A suicide bomber killed 9 people at a market in Maiduguri on Tuesday. Boko Haram has been fighting "
        "an insurgency since 2009, and violence has killed more than 35,000 people.",
        1,
        [],
        [],
        ["fighting"],
        id="en-bombing-then-insurgency",
    ),
    pytest.param(
        "en",
        "2024-04-02",
        "Jihadists killed 9 soldiers in an attack on an army post in Tillaberi region on Sunday, the "
        "defence ministry said. It was the latest in a series of attacks on the army in the region. Niger "
        "has been fighting jihadist insurgencies since 2015.",
        1,
        [],
        [],
        ["attacks", "fighting"],
        id="en-latest-in-series",
    ),
    # -- French
    pytest.param(
        "fr",
        "2024-03-10",
        "Des hommes armés ont tué 14 villageois lors d'une attaque contre Kadisau, dans l'État de Zamfara, "
        "samedi, a indiqué la police. L'attaque a commencé à l'aube. Les assaillants ont aussi incendié "
        "plusieurs maisons pendant le raid.",
        1,
        [("tué", "attaque", "attaque#2", "incendié")],
        [],
        [],
        id="fr-attaque-told-again",
    ),
    pytest.param(
        "fr",
        "2024-06-12",
        "Des jihadistes présumés ont tendu une embuscade à un convoi militaire près de Djibo, dans le nord "
        "du Burkina Faso, mardi, tuant 11 soldats, a annoncé l'armée. Cette embuscade s'est produite à une "
        "vingtaine de kilomètres de la ville. Aucun groupe n'a revendiqué l'attaque.",
        1,
        [("embuscade", "tuant", "embuscade#2", "attaque")],
        [],
        [],
        id="fr-cette-embuscade",
    ),
    pytest.param(
        "fr",
        "2024-09-20",
        "Des jihadistes ont tué sept soldats dans une embuscade près de Ménaka jeudi, a indiqué l'armée. "
        "Lundi, des hommes armés avaient tué 12 civils lors d'une attaque contre un village près de Gao. "
        "L'embuscade de jeudi est la plus meurtrière ce mois-ci.",
        2,
        [("tué", "embuscade"), ("tué#2", "attaque")],
        [("embuscade", "attaque")],
        [],
        id="fr-two-attacks-apart",
    ),
    pytest.param(
        "fr",
        "2024-05-16",
        "Dix-sept soldats ont été tués mardi dans une attaque près de Tongo Tongo, où quatre soldats "
        "américains étaient tombés dans une embuscade en 2017. « Mardi vers 8 h, une colonne de l'armée a "
        "été attaquée par des terroristes », selon un communiqué.",
        2,
        [("tués", "attaquée")],
        [("tués", "embuscade")],
        [],
        id="fr-2017-ambush-apart",
    ),
    pytest.param(
        "fr",
        "2024-11-11",
        "Des frappes aériennes ont tué 31 civils sur un marché de Nyala dimanche, selon des militants. Ces "
        "frappes ont blessé des dizaines de personnes.",
        1,
        [("tué", "blessé")],
        [],
        [],
        id="fr-ces-frappes",
    ),
    pytest.param(
        "fr",
        "2024-04-20",
        "Des frappes aériennes israéliennes ont tué 20 personnes à Rafah dans la nuit, selon les autorités sanitaires.",
        1,
        [],
        [],
        [],
        id="fr-frappes-exact-toll",
    ),
    pytest.param(
        "fr",
        "2024-01-16",
        "Des affrontements entre éleveurs et agriculteurs ont fait 18 morts dans l'État du Plateau, a "
        "annoncé la police lundi.",
        # one clash, two-sided: one ASSAULT per side (README-fr; `assemble._two_sided`)
        2,
        [],
        [],
        [],
        id="fr-affrontements-exact-toll",
    ),
    pytest.param(
        "fr",
        "2024-08-04",
        "Des bandits ont tué 23 personnes lors de raids contre trois villages de l'État de Sokoto vendredi, "
        "selon des habitants.",
        1,
        [],
        [],
        [],
        id="fr-raids-one-night",
    ),
    pytest.param(
        "fr",
        "2024-07-27",
        "Des militaires ont arrêté le président Mohamed Bazoum mercredi à Niamey. Il s'agit du troisième "
        "coup d'État dans la région depuis 2020.",
        1,
        [],
        [],
        ["coup"],
        id="fr-troisieme-coup",
    ),
    pytest.param(
        "fr",
        "2024-03-15",
        "Des hommes armés ont tué cinq personnes à Bokkos mardi. Deux jours plus tard, des assaillants ont "
        "tué neuf personnes à Mangu. Selon la police, l'attaque de Bokkos était une vengeance.",
        2,
        [("tué", "attaque")],
        [("tué", "tué#2")],
        [],
        id="fr-the-bokkos-attack",
    ),
    # -- known faults of other stages
    pytest.param(
        "en",
        "2024-03-15",
        "Gunmen killed 5 people in Bokkos on Tuesday. Two days later, attackers killed 9 people in Mangu. "
        "Police said the Bokkos attack was a reprisal.",
        2,
        [("killed", "attack")],
        [("killed", "killed#2")],
        [],
        id="en-the-bokkos-attack",
        marks=pytest.mark.xfail(
            reason="places: 'Bokkos' is not found, so 'the Bokkos attack' names no place", strict=False
        ),
    ),
    pytest.param(
        "en",
        "2024-04-02",
        "Sunday's attack on the army post near Tera killed 9 soldiers, the ministry said. The assailants "
        "fled towards Burkina Faso after the attack.",
        1,
        [("attack", "attack#2")],
        [],
        [],
        # The place the assailants fled towards is a route's end (places role "route"), not
        # the second mention's place: the two mentions are one incident.
        id="en-after-the-attack-fled-towards",
    ),
    # -- a speech act in the reporting present of a lead or headline is news, no habit (known fault)
    pytest.param(
        "en",
        "2024-05-06",
        "Residents accuse the army of killing 12 civilians in the village of Tillaberi, a rights group said "
        "on Monday.",
        None,
        [],
        [],
        [],
        id="en-residents-accuse-reporting-present",
    ),
    pytest.param(
        "en",
        "2024-03-18",
        "Local officials blame herders for the attack on the village of Kwall, which killed 9 people on "
        "Sunday.",
        None,
        [],
        [],
        [],
        id="en-officials-blame-reporting-present",
    ),
    pytest.param(
        "en",
        "2024-02-02",
        "Mali's junta demands the withdrawal of the UN mission from the country.",
        None,
        [],
        [],
        [],
        id="en-junta-demands-reporting-present",
    ),
    pytest.param(
        "en",
        "2024-07-09",
        "The government rejects the findings of the inquiry into the killings in Goma.",
        None,
        [],
        [],
        [],
        id="en-government-rejects-reporting-present",
    ),
    pytest.param(
        "en",
        "2024-08-21",
        "Kinshasa has accused Corneille Nangaa, in exile since 2023, of leading the rebellion in North Kivu.",
        None,
        [],
        [],
        [],
        id="en-since-inside-an-aside-is-no-period",
    ),
    pytest.param(
        "en",
        "2024-08-21",
        "Islamist fighters have attacked villages in the gas-rich, Muslim-majority province since 2017, "
        "killing more than 200 people.",
        0,
        [],
        [],
        ["attacked"],
        id="en-since-after-a-comma-inside-a-phrase-frames-a-period",
    ),
    # -- a source's toll told after the act is that incident's other figure (known fault)
    pytest.param(
        "en",
        "2024-04-16",
        "Gunmen killed 12 police officers in an attack on a checkpoint in Dera Ismail Khan on Monday. "
        "The Pakistani Taliban said 15 police were killed.",
        1,
        [("attack", "killed")],
        [],
        [],
        id="en-claim-toll-after-the-lead",
        marks=pytest.mark.xfail(
            reason="assembly: a source's later toll with no time or place of its own splits the incident "
            "(merging a passive toll reported by a verb of saying cost English score predicted right and "
            "French score fatalities: quoted part counts merged too)",
            strict=False,
        ),
    ),
    pytest.param(
        "en",
        "2024-09-10",
        "Militants attacked a military base in Borno state on Monday, killing 7 soldiers. The army said 20 "
        "attackers were killed.",
        1,
        [("attacked", "killed")],
        [],
        [],
        id="en-attackers-toll-after-the-lead",
        marks=pytest.mark.xfail(
            reason="assembly: a source's later toll with no time or place of its own splits the incident "
            "(merging a passive toll reported by a verb of saying cost English score predicted right and "
            "French score fatalities: quoted part counts merged too)",
            strict=False,
        ),
    ),
    pytest.param(
        "en",
        "2024-01-24",
        "Al Shabaab fighters stormed a base in Lower Shabelle on Tuesday, killing at least 10 soldiers, "
        "officials said. The group said in a statement that 30 soldiers were killed.",
        1,
        [("stormed", "killed")],
        [],
        [],
        id="en-group-statement-toll-after-the-lead",
    ),
    pytest.param(
        "en",
        "2024-06-03",
        "Gunmen killed 8 villagers in Zamfara state on Sunday. Police said 3 people were killed in a separate "
        "attack in Katsina on Monday.",
        2,
        [],
        [("killed", "attack")],
        [],
        id="en-source-toll-of-another-attack-apart",
    ),
    pytest.param(
        "en",
        "2024-05-13",
        "Jihadists killed 6 soldiers in an ambush near Djibo on Friday. On Saturday, the army said 40 "
        "militants were killed in air strikes near Arbinda.",
        2,
        [],
        [("ambush", "strikes")],
        [],
        id="en-source-toll-with-its-own-day-apart",
    ),
    pytest.param(
        "fr",
        "2024-10-02",
        "Des shebab ont attaqué une base militaire dans le Bas-Shabelle lundi, tuant huit soldats. La semaine "
        "dernière, une voiture piégée avait tué 15 personnes à Mogadiscio. Les assaillants ont pris d'assaut "
        "la base à l'aube.",
        2,
        [("attaqué", "pris")],
        [("attaqué", "tué")],
        [],
        # 'Bas-Shabelle' is not found and the last sentence inherits Mogadishu, but "à l'aube" puts
        # it on the Monday told last (dates_fr `_parts_of_day`), the attack's day, not the bombing's.
        id="fr-earlier-bombing-apart",
    ),
]


@pytest.mark.parametrize(("language", "published", "text", "reported", "together", "apart", "context"), CASES)
def test_assembly_battery(pipeline, language, published, text, reported, together, apart, context):
    incidents, held = _incidents(pipeline, language, published, text)
    if reported is None:  # every incident told is news, none background
        assert incidents and not any(i.context for i in incidents), incidents
    else:
        assert sum(not i.context for i in incidents) == reported
    for group in together:
        assert all(name in held for name in group), (group, sorted(held))
        first = held[group[0]]
        assert not first.context
        assert all(held[name] is first for name in group), group
    for one, other in apart:
        assert held[one] is not held[other]
        assert not held[one].context and not held[other].context
    for name in context:
        assert name in held and held[name].context, name


@pytest.mark.parametrize(
    ("inherited", "dateline", "anchored"), [(False, False, True), (True, False, False), (False, True, False)]
)
def test_a_town_carried_over_from_earlier_sentences_anchors_no_mention(inherited, dateline, anchored):
    """A quoted sentence that names no place ("« Le 14 mai, une colonne a été prise à partie
    ... dans une attaque »") gets the town told before from the extraction: that is no claim
    of its own, so it tells the incident of its type again past one told in between (a 2017
    ambush recalled in a relative clause)."""
    from types import SimpleNamespace

    from tessera.assemble.links import _anchored_mention
    from tessera.records import Place

    town = Place(text="Ouallam", start=0, end=7, name="Ouallam", feature="city")
    mention = SimpleNamespace(
        event=SimpleNamespace(location=town),
        date=None,
        date_stated=False,
        dateline=dateline,
        place_inherited=inherited,
    )
    assert _anchored_mention(mention) is anchored


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed 12 police officers in an attack on a checkpoint in Dera Ismail Khan on Monday. "
         "The Pakistani Taliban said 15 police were killed.", 12),
        ("Militants attacked a military base in Borno state on Monday, killing 7 soldiers. The army said 20 "
         "attackers were killed.", 7),
    ],
)
@pytest.mark.xfail(reason="assembly: a source's later toll splits the incident (see the battery)", strict=False)
def test_a_source_toll_after_the_lead_leaves_the_lead_toll(pipeline, text, toll):
    """The incident keeps the toll its lead states; a source's later figure (a claim, the
    attackers' dead) is told of it, no incident of its own."""
    incidents, _ = _incidents(pipeline, "en", "2024-04-16", text)
    assaults = [i for i in incidents if i.type == "ASSAULT" and not i.context]
    assert len(assaults) == 1 and assaults[0].fatalities == toll
