"""Which date an incident takes: a battery of wire-report phrasings, English and French.

Sentences written for these tests (issues 12 and 13): a publication day, a trigger, and the
day (or the start of the value) the incident holding that trigger is dated by. Where no
incident holds the trigger, the first reported incident stands for it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.records import Article

# The dates assembly gives, before the confidence filter keeps or drops a record.
pytestmark = pytest.mark.usefixtures("unfiltered")

SATURDAY = "2024-03-09"


def _incident_date(pipeline, language: str, published: str, text: str, trigger: str) -> str | None:
    article = Article(id="t", text=text, language=language, published=dt.date.fromisoformat(published))
    document = pipeline.extract(article)
    triggers = {e.id: e.trigger.text.lower() for e in document.events}
    holding = [i for i in document.incidents if any(trigger.lower() in triggers[e] for e in i.events)]
    incident = holding[0] if holding else next(i for i in document.incidents if not i.context)
    return incident.date.value if incident.date is not None else None


@pytest.mark.parametrize(
    ("language", "published", "text", "trigger", "expected"),
    [
        (
            "en",
            SATURDAY,
            "Gunmen killed seven villagers on Friday in Zamfara state, police said.",
            "killed",
            "2024-03-08",
        ),
        (
            "en",
            SATURDAY,
            "Suspected jihadists attacked an army post near Djibo late on Sunday, killing 12 soldiers.",
            "attacked",
            "2024-03-03",
        ),
        (
            "en",
            SATURDAY,
            "Militants stormed a village in Borno overnight Thursday to Friday, killing nine people.",
            "stormed",
            "2024-03-07",
        ),
        (
            "en",
            SATURDAY,
            "Troops killed 15 militants in a pre-dawn raid on Tuesday in Lower Shabelle.",
            "killed",
            "2024-03-05",
        ),
        (
            "en",
            SATURDAY,
            "Gunmen abducted 20 students from a school in Kaduna state last week.",
            "abducted",
            "2024-02-26/2024-03-03",
        ),
        (
            "en",
            "2024-01-03",
            "A suicide bomber killed 11 people at a market in Maiduguri on New Year's Eve.",
            "killed",
            "2023-12-31",
        ),
        (
            "en",
            SATURDAY,
            "The attack on Monday killed six soldiers near Menaka, officials said Tuesday.",
            "attack",
            "2024-03-04",
        ),
        (
            "en",
            SATURDAY,
            "Six soldiers were killed in the attack near Menaka, officials said on Tuesday.",
            "killed",
            "2024-03-05",
        ),
        (
            "en",
            "2023-12-24",
            "NIAMEY, Dec 22 (Xinhua) -- Gunmen killed 14 civilians in western Niger on Thursday, local sources said.",
            "killed",
            "2023-12-21",
        ),
        (
            "en",
            "2024-03-04",
            "MOGADISHU, March 2 (Reuters) - Al Shabaab fighters attacked a military base on Friday, killing five.",
            "attacked",
            "2024-03-01",
        ),
        (
            "en",
            SATURDAY,
            "Gunmen killed 12 people in an attack on a church in Ituri on March 3.",
            "killed",
            "2024-03-03",
        ),
        (
            "en",
            SATURDAY,
            "At least 30 people were killed when rebels attacked the town of Beni on Wednesday night.",
            "killed",
            "2024-03-06",
        ),
        (
            "en",
            SATURDAY,
            "Police fired tear gas at protesters in Nairobi on Thursday, the second day of demonstrations.",
            "fired",
            "2024-03-07",
        ),
        (
            "en",
            SATURDAY,
            "Soldiers arrested 12 suspects on Monday, and on Thursday the army freed all the hostages.",
            "arrested",
            "2024-03-04",
        ),
        (
            "en",
            SATURDAY,
            "Soldiers arrested 12 suspects on Monday, and on Thursday the army freed all the hostages.",
            "freed",
            "2024-03-07",
        ),
        (
            "en",
            SATURDAY,
            "Bandits killed four farmers on Sunday in Katsina state, a resident told Reuters on Tuesday.",
            "killed",
            "2024-03-03",
        ),
        ("en", SATURDAY, "An explosion killed three soldiers in Mogadishu on Saturday morning.", "killed", SATURDAY),
        (
            "en",
            SATURDAY,
            "Gunmen killed five worshippers at a mosque in Burkina Faso early on Friday.",
            "killed",
            "2024-03-08",
        ),
        (
            "en",
            SATURDAY,
            "Demonstrators marched through the streets of Khartoum on Thursday to demand civilian rule.",
            "marched",
            "2024-03-07",
        ),
        (
            "en",
            SATURDAY,
            "Government forces shelled the town of Tine on Wednesday, the rebels said in a statement on Friday.",
            "shelled",
            "2024-03-06",
        ),
        ("en", SATURDAY, "Yesterday, gunmen killed eight people in Plateau state.", "killed", "2024-03-08"),
        (
            "en",
            SATURDAY,
            "Two peacekeepers were killed on 4 March when their convoy hit a mine near Kidal.",
            "killed",
            "2024-03-04",
        ),
        (
            "en",
            SATURDAY,
            "The army said on Friday that its troops had killed 30 militants on Wednesday in Borno.",
            "killed",
            "2024-03-06",
        ),
        (
            "en",
            SATURDAY,
            "Gunmen attacked a checkpoint on Sunday evening in Tillaberi, killing seven soldiers.",
            "attacked",
            "2024-03-03",
        ),
        (
            "en",
            SATURDAY,
            "Al Shabaab militants killed three soldiers in an ambush late Tuesday near Baidoa.",
            "killed",
            "2024-03-05",
        ),
        (
            "en",
            SATURDAY,
            "Police arrested 40 opposition supporters in Conakry on Friday, a day after clashes in which two died.",
            "arrested",
            "2024-03-08",
        ),
        ("fr", SATURDAY, "Des hommes armés ont tué sept civils vendredi dans la région de Mopti.", "tué", "2024-03-08"),
        (
            "fr",
            SATURDAY,
            "Des terroristes ont attaqué jeudi 7 mars un poste de l'armée près de Djibo.",
            "attaqué",
            "2024-03-07",
        ),
        (
            "fr",
            "2024-03-04",
            "Onze civils ont été tués dans la nuit de samedi à dimanche à Boni.",
            "tués",
            "2024-03-03",
        ),
        (
            "fr",
            SATURDAY,
            "Plusieurs personnes ont été tuées le 1er mars lors d'une attaque contre un marché à Ménaka.",
            "tuées",
            "2024-03-01",
        ),
        (
            "fr",
            SATURDAY,
            "Des jihadistes ont enlevé une cinquantaine de femmes la semaine dernière près d'Arbinda.",
            "enlevé",
            "2024-02-26/2024-03-03",
        ),
        (
            "fr",
            SATURDAY,
            "Sept gendarmes ont péri dans l'attaque de leur poste à Kantchari fin février.",
            "péri",
            "2024-02-2",
        ),
        ("fr", SATURDAY, "Hier, des hommes armés ont tué huit personnes à Bandiagara.", "tué", "2024-03-08"),
        (
            "fr",
            SATURDAY,
            "Avant-hier, des assaillants ont incendié une école à Fada N'Gourma.",
            "incendié",
            "2024-03-07",
        ),
        (
            "fr",
            SATURDAY,
            "Douze soldats ont été tués dans une embuscade près de Djibo, a indiqué mardi le ministre de la Défense.",
            "tués",
            "2024-03-05",
        ),
        (
            "fr",
            SATURDAY,
            "L'attaque de lundi a fait six morts près de Ménaka, a annoncé mercredi l'armée.",
            "attaque",
            "2024-03-04",
        ),
        (
            "fr",
            SATURDAY,
            "Au moins douze suspects ont été arrêtés lundi et, jeudi, tous les otages avaient été libérés.",
            "arrêtés",
            "2024-03-04",
        ),
        (
            "fr",
            SATURDAY,
            "Les rebelles ont pris la ville de Rubaya mardi et mercredi ils ont attaqué Sake.",
            "attaqué",
            "2024-03-06",
        ),
        (
            "fr",
            SATURDAY,
            "Des tirs nourris ont éclaté dimanche près du palais"
            " présidentiel, et lundi l'armée a arrêté six officiers.",
            "arrêté",
            "2024-03-04",
        ),
        (
            "fr",
            "2023-12-24",
            "NIAMEY, 22 décembre (Xinhua) -- Des hommes armés ont tué 14 civils jeudi dans l'ouest du Niger.",
            "tué",
            "2023-12-21",
        ),
        (
            "fr",
            "2024-01-03",
            "Le 31 décembre, un kamikaze a tué onze personnes sur un marché de Maiduguri.",
            "tué",
            "2023-12-31",
        ),
        ("fr", SATURDAY, "2024-03-08 Sept civils ont été tués par des hommes armés à Djibo.", "tués", "2024-03-08"),
        (
            "fr",
            SATURDAY,
            "Des milliers de personnes ont manifesté samedi à Niamey pour réclamer le départ des troupes françaises.",
            "manifesté",
            SATURDAY,
        ),
        (
            "fr",
            SATURDAY,
            "La police a dispersé une manifestation de l'opposition vendredi soir à Dakar.",
            "dispersé",
            "2024-03-08",
        ),
        (
            "fr",
            SATURDAY,
            "Un engin explosif a tué quatre militaires nigériens le 5 mars à une trentaine de kilomètres de Diffa.",
            "tué",
            "2024-03-05",
        ),
        (
            "fr",
            SATURDAY,
            "Des combats ont opposé l'armée aux rebelles mercredi matin à Goma, selon des témoins joints jeudi.",
            "combats",
            "2024-03-06",
        ),
        (
            "fr",
            SATURDAY,
            "Mardi, des assaillants ont attaqué un convoi près de Beni, tuant cinq civils.",
            "attaqué",
            "2024-03-05",
        ),
        (
            "fr",
            SATURDAY,
            "Des frappes ont tué vingt personnes à Rafah dans la nuit de jeudi à vendredi, selon les secours.",
            "tué",
            "2024-03-08",
        ),
        (
            "fr",
            "2023-09-30",
            "Des hommes armés ont enlevé jeudi 28 septembre une vingtaine de passagers près de Kaya.",
            "enlevé",
            "2023-09-28",
        ),
        (
            "fr",
            SATURDAY,
            "Deux casques bleus ont été tués samedi dernier par l'explosion d'une mine près de Kidal.",
            "tués",
            "2024-03-02",
        ),
        (
            "fr",
            SATURDAY,
            "L'armée a affirmé vendredi avoir tué trente terroristes mercredi dans le Borno.",
            "tué",
            "2024-03-06",
        ),
        (
            "fr",
            SATURDAY,
            "Les rebelles ont pris Rubaya mardi, et mercredi ils ont attaqué la ville de Sake.",
            "attaqué",
            "2024-03-06",
        ),
        (
            "fr",
            SATURDAY,
            "Onze soldats ont été tués mardi près de Tongo Tongo, où quatre"
            " soldats étaient tombés dans une embuscade en 2017.",
            "embuscade",
            "2017",
        ),
        (
            "fr",
            SATURDAY,
            "Onze soldats ont été tués mardi près de Tongo Tongo, où quatre"
            " soldats étaient tombés dans une embuscade en 2017.",
            "tués",
            "2024-03-05",
        ),
        (
            "fr",
            SATURDAY,
            "Le 4 mars, une patrouille a été prise à partie par des hommes armés dans une"
            " embuscade, selon un communiqué lu à la radio mercredi soir.",
            "embuscade",
            "2024-03-04",
        ),
        (
            "fr",
            SATURDAY,
            "Trois civils ont été tués et, vendredi, les assaillants ont incendié le marché de Kaya.",
            "incendié",
            "2024-03-08",
        ),
        (
            "en",
            SATURDAY,
            "Gunmen kidnapped 30 travellers on the Abuja-Kaduna highway, and on Friday the police rescued ten of them.",
            "rescued",
            "2024-03-08",
        ),
        ("fr", "2023-09-20", "Une attaque a fait sept morts le 12 sept. 2023 à Djibo.", "attaque", "2023-09-12"),
        # A sentence that tells no event and closes on its day sets the day of the next one's act
        # (not the report's day, the first dated incident's Thursday).
        (
            "fr",
            SATURDAY,
            "Des hommes armés ont tué sept civils jeudi à Djibo, selon des sources locales. À Kaya, la foule "
            "se pressait au marché dans la soirée, le 2 mars. Des inconnus y ont enlevé deux chefs de village.",
            "enlevé",
            "2024-03-02",
        ),
        (
            "fr",
            "2023-09-15",
            "Djibo, 2023-09-14 Sept soldats ont été tués jeudi dans une embuscade.",
            "tués",
            "2023-09-14",
        ),
        (
            "en",
            SATURDAY,
            "Officials on Saturday mourned the victims of an attack carried out on Wednesday in Kaya.",
            "attack",
            "2024-03-06",
        ),
        (
            "fr",
            SATURDAY,
            "Les habitants pleuraient samedi les victimes de l'attaque menée mercredi à Kaya.",
            "attaque",
            "2024-03-06",
        ),
        (
            "en",
            SATURDAY,
            "The army was hunting on Saturday for soldiers behind a coup attempt foiled on Thursday.",
            "coup",
            "2024-03-07",
        ),
        (
            "en",
            SATURDAY,
            "Residents on Saturday mourned the victims of the attack, who were buried on Friday.",
            "attack",
            SATURDAY,
        ),
        # A sentence with no day of its own takes the day told just before it, even one told as
        # next to an earlier day ("Le lendemain"): not a day announced ahead.
        (
            "fr",
            SATURDAY,
            "Mardi, le suspect s'est enfui. Le lendemain, les policiers ont tenté de saisir les marchandises. "
            "Des habitants ont lancé des pierres sur les policiers, qui ont tué un commerçant.",
            "tué",
            "2024-03-06",
        ),
        # A "since" a superlative compares the act with is no date of it.
        (
            "en",
            SATURDAY,
            "On Friday police said at least six people were killed as police opened fire on protesters in the worst "
            "riots to hit the country of 23-million people since 2008.",
            "opened",
            "2024-03-08",
        ),
    ],
)
def test_incident_takes_the_day_its_clause_states(pipeline, language, published, text, trigger, expected):
    value = _incident_date(pipeline, language, published, text, trigger)
    assert value is not None and value.startswith(expected), value


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # MONDAY 11 March 2024: the Saturday-to-Sunday night ended on the 10th, the day its
        # undated follow-ups take, as the report's day
        ("Des hommes armés ont attaqué un poste de gendarmerie dans la nuit de samedi à dimanche près de Kaya. "
         "Les forces de sécurité ont arrêté quatre suspects.", "arrêté", "2024-03-10"),
        ("Un dépôt de carburant a été incendié dans la nuit du 8 au 9 mars à Dori. "
         "La police a interpellé deux jeunes.", "interpellé", "2024-03-09"),
    ],
)
def test_an_undated_follow_up_takes_the_day_a_night_ends(pipeline, text, trigger, expected):
    assert _incident_date(pipeline, "fr", "2024-03-11", text, trigger) == expected



MONDAY = "2024-03-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause on the event noun whose subject stands for the event tells when
        # the event happened; the day of the clause the noun sits in is the claim's.
        (
            "On Sunday, the rebel movement claimed responsibility for an attack that left 14 people "
            "dead on Friday night in Kanyosha.",
            "2024-03-08",
        ),
        (
            "The militia on Sunday admitted an ambush which killed six drivers on Thursday near Makamba.",
            "2024-03-07",
        ),
        # A clause that tells the event told of dates that telling, not the event.
        (
            "Gunmen killed 12 villagers on Friday in an attack which was claimed on Sunday by the rebel movement.",
            "2024-03-08",
        ),
    ],
)
def test_a_relative_clause_on_the_event_noun_dates_the_event(pipeline, text, expected):
    article = Article(id="t", text=text, language="en", published=dt.date.fromisoformat(MONDAY))
    document = pipeline.extract(article)
    assaults = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(assaults) == 1, [(i.type, i.date) for i in document.incidents]
    assert assaults[0].date is not None and assaults[0].date.value == expected, assaults[0].date


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # a part of a day with no day to place it: the report's occasion (publication and the day before)
        (SATURDAY, "Gunmen abducted 20 pupils from a school in Kebbi state during an early morning raid.",
         "2024-03-08/2024-03-09"),
        # ... or the day the report tells first
        (SATURDAY, "Bandits stormed a village in Zamfara on Friday, killing six people. "
                   "Gunmen abducted 20 pupils from a school in Kebbi state during an early morning raid.",
         "2024-03-08"),
    ],
)
def test_an_unplaced_part_of_a_day_takes_the_report_day(pipeline, published, text, expected):
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(published)))
    abduction = next(i for i in document.incidents if i.type == "COERCE")
    assert abduction.date is not None and abduction.date.value == expected


def test_midday_is_a_part_of_a_day_that_takes_the_report_day(pipeline):
    # "midday" is noon: left unplaced, it still names a time of the report's occasion
    text = "Heavy shelling rocked the town of Gusau from midday into the evening as rebels battled soldiers."
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    shelling = next(i for i in document.incidents if i.type == "ASSAULT")
    assert shelling.date is not None and shelling.date.value == "2024-03-08/2024-03-09", shelling.date


def test_an_unplaced_part_of_a_day_on_an_undated_page_takes_the_day_told_first(pipeline):
    text = ("Soldiers killed 12 militants near Bama on June 4, 2023. "
            "Tonight the army said it had arrested 30 suspects in Maiduguri.")
    document = pipeline.extract(Article(id="t", text=text, language="en", published=None))
    arrest = next(i for i in document.incidents if i.type == "COERCE")
    assert arrest.date is not None and arrest.date.value == "2023-06-04"


@pytest.mark.parametrize(
    "text",
    ["The president declared a state of emergency in the oil town of Zhanaozen until Jan. 5.",
     "Authorities in Bamako banned all public meetings until next Monday."],
)
def test_the_day_a_measure_runs_to_dates_no_act(pipeline, text):
    # "until" a day after the report: the measure was taken, not planned, and not on that day
    published = dt.date(2011, 12, 17)
    document = pipeline.extract(Article(id="t", text=text, language="en", published=published))
    (measure,) = [i for i in document.incidents if i.type == "COERCE"]
    assert measure.mode == "asserted"
    assert measure.date is None or measure.date.value is None or measure.date.value[:10] <= published.isoformat()


def test_an_unplaced_word_of_another_time_does_not_take_the_report_day(pipeline):
    # "recently" is no day of the report's occasion: the incident stays unplaced
    text = "Gunmen recently abducted 20 pupils from a school in Kebbi state."
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    abduction = next(i for i in document.incidents if i.type == "COERCE")
    assert abduction.date is None or abduction.date.value is None


@pytest.mark.parametrize(
    "text",
    ["Protesters marched through Kano to demand an end to the governor's 12-year rule.",
     "Protesters marched through Kano to mark the end of a three-week strike by teachers."],
)
def test_a_date_with_no_time_of_the_act_does_not_keep_the_report_day(pipeline, text):
    # a duration the dates stage finds but cannot place tells no time of the
    # act: the incident is still the report's news (publication and the day before)
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    protest = next(i for i in document.incidents if i.type == "PROTEST")
    assert protest.date is not None and protest.date.value == "2024-03-08/2024-03-09", protest.date


@pytest.mark.parametrize(
    "text",
    ["Gunmen who abducted 20 pupils in Kebbi state at the time also robbed travellers on weekdays."],
)
def test_an_unplaced_date_of_another_time_keeps_the_report_day_off(pipeline, text):
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    abduction = next(i for i in document.incidents if i.type == "COERCE")
    assert abduction.date is None or abduction.date.value is None, abduction.date


def test_days_ago_is_another_time_than_the_report_day(pipeline):
    # "days ago" is a few days back (`bare_plural_amount`), not the report's occasion.
    text = "Gunmen abducted 20 pupils from a school in Kebbi state days ago."
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    abduction = next(i for i in document.incidents if i.type == "COERCE")
    assert abduction.date is not None and abduction.date.value == "2024-03-03/2024-03-07", abduction.date


def test_a_threat_dated_by_publication_does_not_keep_the_report_day_from_the_others(pipeline):
    # The threat takes the publication day because it is said as reported, but that day comes
    # from no words of the text, so the undated abduction still takes the report's occasion.
    text = ("Gunmen abducted 20 pupils from a school in Kebbi state during an early morning raid. "
            "The governor said the kidnappers would be brought to justice.")
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    assert any(i.type == "THREATEN" for i in document.incidents)
    abduction = next(i for i in document.incidents if i.type == "COERCE")
    assert abduction.date is not None and abduction.date.value == "2024-03-08/2024-03-09"


def test_an_undated_incident_on_a_page_giving_only_its_month_takes_that_month(pipeline):
    # a month-only date marker ahead of the text, no publication day
    text = " date 2024-03 Des hommes armés ont attaqué le camp militaire de Kati tôt le matin."
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
    attack = next(i for i in document.incidents if i.type == "ASSAULT")
    assert attack.date is not None and (attack.date.value, attack.date.precision) == ("2024-03", "month")


def test_a_page_giving_its_day_or_no_date_lends_no_month(pipeline):
    for text in (" date 2024-03-12 Des hommes armés ont attaqué le camp militaire de Kati tôt le matin.",
                 "Des hommes armés ont attaqué le camp militaire de Kati tôt le matin."):
        document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
        attack = next(i for i in document.incidents if i.type == "ASSAULT")
        assert attack.date is None or attack.date.value is None or attack.date.precision == "day"



@pytest.mark.parametrize(
    "past",
    [
        "Le mois dernier, des hommes armés ont attaqué le village de Sabrou.",
        "Le 2 février, des hommes armés ont attaqué le village de Sabrou.",
        "En janvier, des jihadistes ont tué une quarantaine de civils dans le village de Sabrou.",
    ],
)
@pytest.mark.parametrize("toll", [", tuant huit gendarmes", ""])
def test_an_earlier_month_on_a_page_giving_only_its_month_is_another_attack(pipeline, past, toll):
    # a month-only marker (March): an attack stated for February or January is not the
    # undated attack the page tells as its news, nor does it lend that one its day
    text = (f" date 2024-03 Des hommes armés ont attaqué un poste de gendarmerie dans la province du Loroum{toll}. "
            "Les assaillants sont arrivés à moto. " + past)
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
    attacks = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(attacks) == 2
    assert attacks[0].date is not None and attacks[0].date.value == "2024-03"
    assert attacks[1].date is not None and attacks[1].date.value != "2024-03"


def test_a_day_just_before_the_month_on_a_page_giving_only_its_month_tells_the_same_attack(pipeline):
    # the last days of the month before a month-only marker may be the page's news
    text = (" date 2024-03 Des hommes armés ont attaqué un poste de gendarmerie dans la province du Loroum. "
            "Les assaillants sont arrivés à moto. Le 28 février, des hommes armés ont attaqué le poste.")
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
    attacks = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(attacks) == 1


def test_a_weekday_told_on_a_page_giving_only_its_month_is_the_report_day_of_undated_incidents(pipeline):
    # "dimanche" under 2024-03 is one of that month's Sundays: an undated incident told
    # beside it is that day's news, not just the month's
    text = (" date 2024-03 Des hommes armés ont attaqué le camp militaire de Kati, tuant trois soldats. "
            "Dimanche, des manifestants ont bloqué la route de Bamako pour protester contre l'insécurité.")
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
    attack = next(i for i in document.incidents if i.type == "ASSAULT")
    assert attack.date is not None and attack.date.value == "2024-03-03/2024-03-31"


def test_a_weekday_the_events_stage_gives_on_a_page_giving_only_its_month_is_the_report_day(pipeline):
    # "ce samedi" under 2023-09 dates the sentences after it (the events stage's reading):
    # that weekday's days of the month are the report's day of the undated incidents, as
    # an incident's own weekday is, not the whole month
    text = (" date 2023-09 Le drame s'est produit ce samedi vers 13h. Un jeune homme a été renversé par "
            "une voiture. Après une manifestation des jeunes du village, la gendarmerie a arrêté plusieurs "
            "personnes.")
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None))
    protest = next(i for i in document.incidents if i.type == "PROTEST")
    assert protest.date is not None and protest.date.value == "2023-09-02/2023-09-30"


def test_an_undated_page_addressed_by_its_month_takes_that_month(pipeline):
    text = "Des hommes armés ont attaqué le camp militaire de Kati tôt le matin."
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=None,
                                        url="https://journal.example/2024/03/attaque-a-kati"))
    attack = next(i for i in document.incidents if i.type == "ASSAULT")
    assert attack.date is not None and (attack.date.value, attack.date.precision) == ("2024-03", "month")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels carried out a new attack on a village near Beni, killing eight people.",
        "Fresh clashes between herders and farmers killed 12 people in Bokkos.",
    ],
)
def test_a_new_or_fresh_incident_is_the_reports_occasion(pipeline, text):
    # "new", "fresh" announce the latest incident of a series, the one the report tells:
    # undated, it takes the report's occasion (publication and the day before).
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    incident = next(i for i in document.incidents if i.type == "ASSAULT" and not i.context)
    assert incident.date is not None and incident.date.value == "2024-03-08/2024-03-09", incident.date


def test_another_incident_still_takes_no_report_day(pipeline):
    # "another attack" is often one of a series told back: left undated
    text = "Rebels carried out another attack on a village near Beni, killing eight people."
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    incident = next(i for i in document.incidents if i.type == "ASSAULT" and not i.context)
    assert incident.date is None or incident.date.value is None, incident.date


def test_now_is_the_reports_own_time(pipeline):
    # "now" tells the report's present, no calendar day: the incident takes the report's day
    text = ("Gunmen stormed a village near Mamfe on Friday night. "
            "At least ten soldiers are now known to have been killed by separatists near Kumba.")
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date.fromisoformat(SATURDAY)))
    assert all(i.date is not None and i.date.value for i in document.incidents if not i.context), [
        (i.type, i.date) for i in document.incidents]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # The day told in "accused X of <doing> on Tuesday" is the act charged, not the
        # charge's: the accusation takes the report's day.
        (
            "Eleven villagers were killed in Ituri province, a local rights group said on Friday. "
            "The group accused the militia of torching the village on Tuesday.",
            "accused",
            "2024-03-08",
        ),
        # A relative clause on someone tells that person's past act: "who seized power in a
        # February 26 coup" does not date the sanctions.
        (
            "The European Union imposed sanctions on officers who seized power in a February 26 coup in Niger.",
            "imposed",
            "2024-03-08/2024-03-09",
        ),
        # Mentions dated only by days of their telling: the act came by the earlier one.
        (
            "Gunmen killed nine police officers in an ambush in Guerrero state, prosecutors said on Friday. "
            "The state prosecutor's office had announced late on Thursday that the gunmen killed the officers "
            "on a rural road.",
            "ambush",
            "2024-03-07",
        ),
        (
            "Fighters killed 11 soldiers in an attack on a convoy in Soum province, the government said on Friday. "
            "The army said in a statement on Thursday that the attack killed 11 soldiers.",
            "attack",
            "2024-03-07",
        ),
    ],
)
def test_a_day_told_for_another_act_or_a_later_telling_does_not_date_it(pipeline, text, trigger, expected):
    assert _incident_date(pipeline, "en", SATURDAY, text, trigger) == expected


def test_a_day_told_right_after_a_verb_of_saying_is_the_reports(pipeline):
    # The parse may hang "lundi" on the killing (a second predicate, "annoncé" its modifier);
    # the words ", a annoncé lundi" still tell the day of the report, and the attack told
    # next with a day of its own is the same one.
    text = ("Six civils ont été tués lors d'une attaque de rebelles dans l'est du pays, en proie à des "
            "violences depuis 2017, a annoncé lundi un élu local. L'attaque s'est produite jeudi près "
            "de Bria, a-t-il précisé.")
    article = Article(id="t", text=text, language="fr", published=dt.date(2022, 12, 6))
    document = pipeline.extract(article)
    attacks = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2022-12-01"


def test_a_lead_dated_only_by_its_telling_takes_the_day_the_next_sentence_details(pipeline):
    # The lead's only day is the police's telling ("rapporte la police vendredi"); the next
    # sentence, no act of its own, tells the scene's day: the lead's act happened then.
    text = ("Sept bergers ont été tués au cours d'une longue querelle sur les terres au sein d'une "
            "communauté dans l'ouest du Tchad, rapporte la police vendredi. Des tirs ont été entendus "
            "mercredi dans la localité de Mongo après des rumeurs sur un partage des champs.")
    article = Article(id="t", text=text, language="fr", published=dt.date(2022, 12, 9))
    document = pipeline.extract(article)
    attacks = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2022-12-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The lead is dated only by the police's telling (Friday); the next sentence tells
        # no act of its own and details the scene's day.
        ("Gunmen killed ten farmers in a village near the northern border, police said on Friday. "
         "Residents said the men arrived on motorbikes on Thursday evening.", "2016-12-29"),
        # A next sentence that tells an act of its own lends it no day: the telling's stays.
        ("Gunmen killed ten farmers in a village near the northern border, police said on Friday. "
         "Soldiers arrested two suspects on Thursday evening.", "2016-12-30"),
    ],
)
def test_an_english_lead_dated_only_by_its_telling_takes_the_day_the_next_sentence_details(
    pipeline, text, expected
):
    article = Article(id="t", text=text, language="en", published=dt.date(2016, 12, 30))
    document = pipeline.extract(article)
    attacks = [i for i in document.incidents if i.type == "ASSAULT" and not i.context]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == expected


@pytest.mark.parametrize(
    ("language", "text", "trigger", "expected"),
    [
        # a year after "depuis"/"since" is when a state began, not when the act was told
        ("fr", "Huit soldats ont été tués dans une embuscade près de Kaya, dans une région en proie aux "
               "attaques depuis 2015, a indiqué mardi l'armée.", "tués", "2024-03-05"),
        # ... but a clause that year opens tells an act of that year
        ("fr", "Le pays est en crise depuis 2013, quand des rebelles ont renversé le président.",
         "renversé", "2013"),
    ],
)
def test_a_year_after_since_dates_no_act_told_beside_it(pipeline, language, text, trigger, expected):
    assert _incident_date(pipeline, language, SATURDAY, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # The agreement told with the day it was announced, then with its own time in a
        # participle that the parse does not tie to the agreement noun.
        ("Deux milices rivales de la région de Kaga-Bandoro ont signé un accord de cessation des hostilités, "
         "a annoncé samedi la mission de l'ONU. Signé mi-décembre, cet accord de cessation des hostilités "
         "concerne une milice d'autodéfense et un groupe rebelle.", "2017-12-23"),
        ("Deux groupes armés de la région de Bouca ont signé un accord de paix, a annoncé samedi la mission "
         "de l'ONU. Signé mi-décembre, cet accord de paix concerne une milice d'autodéfense, qui prétend "
         "défendre les éleveurs, et un groupe rebelle.", "2017-12-23"),
    ],
)
def test_the_day_an_act_was_reported_gives_way_to_its_own_time_told_later(pipeline, text, reported):
    article = Article(id="t", text=text, language="fr", published=dt.date(2017, 12, 23))
    document = pipeline.extract(article)
    agreements = [i for i in document.incidents if i.type == "AGREE" and not i.context]
    assert len(agreements) == 1
    assert agreements[0].date is not None and agreements[0].date.value != reported
    assert agreements[0].date.value == "2017-12-11/2017-12-20"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A lead's act with no day of its own, told a distance after another event: the
        # relation counts from the report's day, so the act it hangs on is that day's news.
        ("A strict curfew has been clamped in Multan and other districts of Punjab province, "
         "a day after deadly clashes claimed at least eleven lives.", "clamped", "2024-03-09"),
        ("Police imposed a curfew in Multan, two days after the killings.", "curfew", "2024-03-09"),
        # "before" names a later event: the act is not the report's news.
        ("Police imposed a curfew in Multan, two days before the vote.", "curfew", None),
    ],
)
def test_an_act_a_distance_after_another_in_the_lead_is_the_reports_day(pipeline, text, trigger, expected):
    value = _incident_date(pipeline, "en", SATURDAY, text, trigger)
    assert value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les otages sont toujours détenus. Ce matin, des rumeurs laissaient croire que les otages avaient "
            "été libérés. Des assaillants sont arrivés jeudi à l'aube dans le village de Tiwa. Le bilan faisait "
            "état de dix morts, égorgés pour la plupart.",
            "2024-03-07",
        ),
        (
            "Les otages sont toujours détenus. Tôt ce matin, plusieurs sources laissaient penser que les otages "
            "avaient été relâchés. Des combattants sont entrés mardi à l'aube dans la ville de Tiwa. Le bilan "
            "faisait état de dix morts, égorgés pour la plupart.",
            "2024-03-05",
        ),
    ],
)
def test_hypothetical_day_is_no_report_day(pipeline, text: str, expected: str) -> None:
    """A day told only in the sentence of an act the report doubts ("des rumeurs laissaient croire
    que les otages avaient été libérés", dated "ce matin" by its sentence, not for the release) is no
    day of the report's occasion: an undated killing takes the day the extraction gave its own mention."""
    assert _incident_date(pipeline, "fr", SATURDAY, text, "égorgés") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Une manifestation de l'opposition contre la tenue dimanche d'un scrutin présidentiel, dispersée par "
            "la police mercredi à Niamey.",
            "2024-03-06",
        ),
        (
            "Une manifestation de l’opposition togolaise contre la tenue dimanche d’un vote constitutionnel, "
            "dispersée à coups de gaz lacrymogènes par la police mercredi à Lomé.",
            "2024-03-06",
        ),
    ],
)
def test_date_between_a_noun_and_its_complement(pipeline, text: str, expected: str) -> None:
    """A day told between another noun and that noun's own complement in "de" ("la tenue dimanche
    d'un scrutin") is that noun's time: the protest takes the day of its dispersal."""
    assert _incident_date(pipeline, "fr", SATURDAY, text, "manifestation") == expected


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # a page with no day of its own: the first day told is the report's day, and the
        # clash told after "mardi 14 mai" is of that later day
        (None, "Tout a commencé le lundi 13 mai 2024, quand des jeunes ont bloqué la route de Kindu. "
               "Le lendemain, mardi 14 mai, la situation a dégénéré. "
               "Dans le quartier du marché, des soldats ont tiré sur les manifestants, tuant deux jeunes."),
        # a dated page: the statement dated by last Monday gives no day to the battle told
        # as of this Thursday
        ("2024-03-09", "Depuis ce jeudi, la ville de Gao connaît une violente bataille. "
                       "Deux milices s'affrontent à l'arme lourde. "
                       "Lundi dernier, le gouverneur a dénoncé cette milice."),
    ],
)
def test_an_undated_incident_keeps_the_later_day_its_sentences_are_told_on(pipeline, published, text):
    day = dt.date.fromisoformat(published) if published else None
    document = pipeline.extract(Article(id="t", text=text, language="fr", published=day))
    triggers = {e.id: e.trigger.text.lower() for e in document.events}
    fight = next(i for i in document.incidents if i.type == "ASSAULT"
                 and any(t in triggers[e] for e in i.events for t in ("tir", "affront")))
    expected = "2024-05-14" if published is None else "2024-03-07"
    assert fight.date is not None and fight.date.value == expected, fight.date


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A year set before a noun in another verb's clause dates that noun's thing (the
        # accord), not the acts the sentence tells beside it (which the sentence leaves undated).
        ("Fresh fighting near the town of Rubkona is seen as threatening a 2019 ceasefire accord "
         "that ended years of war.", "fighting", None),
        # ... but a year before the event's own noun, or a noun the event's verb holds through
        # a preposition, dates the event.
        ("Five soldiers were killed in a 2019 ambush near the town of Rubkona.", "killed", "2019"),
    ],
)
def test_a_year_before_another_verbs_noun_dates_that_noun_only(pipeline, text, trigger, expected):
    assert _incident_date(pipeline, "en", SATURDAY, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Gunmen killed five villagers in Zamfara state on Friday. Police returned to their headquarters "
            "in Maseru on Monday for the first time since the coup.",
            "coup",
        ),
        (
            "Protesters marched in Bamako on Friday. Soldiers reopened the main market in Niamey on Monday "
            "for the first time since the army seized power.",
            "seized",
        ),
    ],
)
def test_an_act_under_since_is_not_on_the_day_its_governing_clause_tells(pipeline, text, trigger):
    # "for the first time since the coup": the coup lies before Monday, not on it.
    assert _incident_date(pipeline, "en", SATURDAY, text, trigger) != "2024-03-04"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "earlier this month" / "earlier this year": the period's days before the report's, not
        # the whole period (the rest of it has not come).
        ("Gunmen killed five villagers in Zamfara state earlier this month, police said.", "killed",
         "2024-03-01/2024-03-08"),
        ("Earlier this year, soldiers arrested two mayors in the town of Gao.", "arrested",
         "2024-01-01/2024-03-08"),
    ],
)
def test_earlier_this_month_is_the_days_before_the_report(pipeline, text, trigger, expected):
    assert _incident_date(pipeline, "en", SATURDAY, text, trigger) == expected


@pytest.mark.parametrize(
    "late",
    ["Just under an hour later, a car bomb exploded outside the governor's office in Gusau.",
     "Some twenty minutes later, a car bomb exploded outside the governor's office in Gusau."],
)
def test_a_time_counted_in_hours_from_an_untold_day_takes_the_report_day(pipeline, late):
    # "an hour later", told two sentences after the last day named: hours on from what the
    # story just told, on the story's occasion as a part of a day is, not another time
    text = ("A suicide bomber killed two policemen at a checkpoint in Zamfara state on Friday. "
            "The bomber had tried to enter the police headquarters. "
            "Two officers were wounded, officials said. " + late)
    assert _incident_date(pipeline, "en", SATURDAY, text, "exploded") == "2024-03-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day told on "announced" dates the announcement: the attack the parse hangs under
        # it takes the day the next sentence tells of the act.
        (
            "Twelve farmers were killed in Benue state, officials announced on Friday, in an attack blamed"
            " on herders. The gunmen struck the village on Wednesday night.",
            "2024-03-06",
        ),
        # With nothing else told, the day of the telling stays the act's fallback.
        (
            "Twelve farmers were killed in Benue state, officials announced on Friday, in an attack blamed"
            " on herders.",
            "2024-03-08",
        ),
    ],
)
def test_a_day_told_on_a_verb_of_saying_is_only_a_fallback_for_an_act_hung_under_it(pipeline, text, expected):
    assert _incident_date(pipeline, "en", SATURDAY, text, "attack") == expected


def test_a_day_told_on_a_verb_of_saying_dates_the_act_it_enacts(pipeline):
    # "announced a blockade last week": the announcement declares the blockade, its object.
    text = ("After the armed group, the Northern Front (NF), announced the blockade last week, a source close to the"
            " traders' union said the city would run out of food within two weeks if roads were completely cut off.")
    assert _incident_date(pipeline, "en", SATURDAY, text, "blockade") == "2024-02-26/2024-03-03"


@pytest.mark.parametrize(
    ("told", "value"),
    [
        # A statement dated only days back, within the report's week, tells no other occasion:
        # the undated clash takes the first day told in that week, as with nothing dated.
        ("Only days ago, the governor accused the protesters of looting shops.", "2022-02-17"),
        # Dated weeks back, it does: the undated clash is the report's occasion, publication and
        # the day before (`occasion_after_dated`), not a day the text tells.
        ("Only weeks ago, the governor accused the protesters of looting shops.", "2022-02-17/2022-02-18"),
    ],
)
def test_a_date_within_the_reports_week_leaves_the_day_told_there(pipeline, told, value):
    text = f"Police fired tear gas at stone-throwing protesters in Gao. Shops stayed shut there on Thursday. {told}"
    document = pipeline.extract(Article(id="t", text=text, language="en", published=dt.date(2022, 2, 18)))
    incident = next(i for i in document.incidents if i.type in ("COERCE", "PROTEST", "ASSAULT") and not i.context)
    assert incident.date is not None and incident.date.value == value, [
        (i.type, i.date.value if i.date else None) for i in document.incidents]
