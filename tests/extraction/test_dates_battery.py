"""Dates of incidents in short wire reports of two to four sentences, English and French.

Reports written for these tests (issues 12 and 13) in the commonest shapes of wire
reporting: a dated lead with later sentences undated, the report's day ("police said on
Tuesday") against the attack's, a dateline, a relative period ("last week", "earlier this
month", "la semaine dernière"), background events with their own years, a later sentence
that only says when the attack took place, a clock time told after the report's day.
Each case: a publication day, a trigger, and the date value the incident holding it takes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tessera.extraction.dates import extract_dates
from tessera.parse import Parser
from tessera.records import Article


def _incident_date(pipeline, language: str, published: str, text: str, trigger: str) -> str | None:
    article = Article(id="t", text=text, language=language, published=dt.date.fromisoformat(published))
    document = pipeline.extract(article)
    triggers = {e.id: e.trigger.text.lower() for e in document.events}
    holding = [i for i in document.incidents if any(triggers[e] == trigger.lower() for e in i.events)]
    assert holding, [(e.trigger.text, e.type) for e in document.events]
    incident = holding[0]
    return incident.date.value if incident.date is not None else None


# Known fault: a verb of saying's day is taken for the act it reports as a perfect infinitive
# ("a annoncé mercredi avoir tué", "claimed on Tuesday to have killed"; the parse makes it an
# xcomp, and dates.reported_speech reads only a ccomp). Reading it as reported speech fixed
# these but lost a matched incident on the French score half (the act, no longer dated by
# the saying, merged with another), so it is not done yet.
_INFINITIVE_REPORT = pytest.mark.xfail(strict=True, reason="a reporting verb's day dates its infinitive act")


@pytest.mark.parametrize(
    ("language", "published", "text", "trigger", "expected"),
    [
        # A dated lead; the sentences after it tell the same attack undated.
        ("en", "2024-03-09", "Gunmen killed 11 villagers in Zamfara state on Friday, police said. The attackers "
         "stormed the village on motorcycles and set homes on fire.", "stormed", "2024-03-08"),
        ("en", "2024-03-11", "Suspected jihadists attacked an army post near Djibo late on Sunday. Twelve soldiers "
         "were killed in the assault, the army said.", "assault", "2024-03-10"),
        ("en", "2024-03-08", "Militants stormed a village in Borno overnight Thursday to Friday. They killed nine "
         "people, residents said.", "killed", "2024-03-07/2024-03-08"),
        ("en", "2024-03-11", "Troops killed 15 militants in a raid early Monday in Lower Shabelle, the army said. "
         "The raid targeted an insurgent camp.", "targeted", "2024-03-11"),
        ("en", "2024-03-10", "Two soldiers were killed when their convoy hit a roadside bomb near Kidal on Saturday. "
         "Another soldier was wounded in the blast.", "blast", "2024-03-09"),
        # Relative periods.
        ("en", "2024-03-11", "Gunmen abducted 20 students from a school in Kaduna state last week. The kidnappers "
         "have demanded a ransom, parents said on Monday.", "abducted", "2024-03-04/2024-03-10"),
        # "earlier this month" is over by the report: the month's first day to the day before it.
        ("en", "2024-03-20", "Bandits killed 30 people in Katsina state earlier this month, the governor said on "
         "Wednesday.", "killed", "2024-03-01/2024-03-19"),
        ("en", "2024-04-10", "Insurgents killed 40 soldiers in an attack in Borno in March, the army said on "
         "Wednesday.", "attack", "2024-03"),
        # A month told with a part: the part's days (the dates stage keeps the month, as TimeML).
        ("en", "2024-04-10", "Insurgents killed 40 soldiers in an attack in Borno in early March, the army said "
         "on Wednesday.", "attack", "2024-03-01/2024-03-10"),
        ("en", "2024-07-02", "Rebels seized the border town in mid-June after days of fighting, residents said.",
         "seized", "2024-06-11/2024-06-20"),
        ("en", "2024-03-05", "Gunmen abducted 12 farmers near Kaduna late last month, police said on Tuesday.",
         "abducted", "2024-02-21/2024-02-29"),
        ("en", "2024-11-12", "Soldiers arrested three opposition leaders at the end of October in the capital.",
         "arrested", "2024-10-21/2024-10-31"),
        ("en", "2024-03-18", "Security forces killed five militants in a gunfight in Kupwara district over the "
         "weekend, police said on Monday.", "gunfight", "2024-03-16/2024-03-17"),
        ("en", "2024-03-14", "Rebels seized the town of Rubaya in eastern Congo on Tuesday. The M23 group had "
         "captured nearby Sake last month.", "captured", "2024-02"),
        # The report's day against the attack's.
        ("en", "2024-03-12", "The army said on Tuesday that gunmen killed 17 people in Plateau state on Sunday. "
         "The attackers also burned 30 houses.", "killed", "2024-03-10"),
        ("en", "2024-03-12", "Gunmen have killed 12 people in central Nigeria, police said on Tuesday. The "
         "attackers struck the village of Mangu on Sunday night.", "killed", "2024-03-10"),
        ("en", "2024-03-12", "An Israeli air strike killed 12 people in Rafah, the health ministry said on "
         "Tuesday. The strike hit a house late on Monday.", "strike", "2024-03-11"),
        ("en", "2024-03-11", "Paramilitary fighters attacked the city of El Fasher on Sunday, killing at least 18 "
         "civilians, activists said on Monday.", "attacked", "2024-03-10"),
        ("en", "2024-03-12", "The attack in Mangu on Sunday left 12 dead, police said on Tuesday.", "attack",
         "2024-03-10"),
        ("en", "2024-03-12", "At least 12 people were killed in Plateau state, officials said on Tuesday, two days "
         "after gunmen raided the village of Mangu.", "raided", "2024-03-10"),
        ("en", "2024-03-12", "Gunmen killed 12 people in Mangu, police said on Tuesday. The raid began on Sunday "
         "night and lasted several hours.", "killed", "2024-03-10"),
        # A dateline is the report's day.
        ("en", "2024-03-12", "LAGOS, March 11 (Reuters) - Gunmen killed 12 people in the village of Mangu in "
         "Plateau state on Sunday, police said.", "killed", "2024-03-10"),
        # A dateline before publication: an undated lead's occasion is the dateline's day
        # and the day before, as publication's would be.
        ("en", "2024-01-06", "MAIDUGURI, Nigeria, Jan 5 (Reuters) - Suspected jihadists killed 14 farmers in "
         "Borno state, police said.", "killed", "2024-01-04/2024-01-05"),
        ("en", "2024-01-06", "KANO, Nigeria, Jan 5 (Reuters) - Gunmen abducted 20 villagers in Kaduna state, "
         "residents said.", "abducted", "2024-01-04/2024-01-05"),
        ("en", "2024-01-05", "MAIDUGURI, Nigeria, Jan 5 (Reuters) - Suspected jihadists killed 14 farmers in "
         "Borno state, police said.", "killed", "2024-01-04/2024-01-05"),
        # A verb of saying with the act as an infinitive: the act's day is told elsewhere.
        pytest.param("en", "2024-03-12", "The army claimed on Tuesday to have killed 30 militants in an air strike "
                     "in Lower Shabelle. The strike took place on Saturday.", "strike", "2024-03-09",
                     marks=_INFINITIVE_REPORT),
        ("en", "2024-03-13", "The army said on Wednesday it had killed 20 militants near Kaya. The operation took "
         "place on Sunday.", "killed", "2024-03-10"),
        # The saying's day gives way to another date of the sentence.
        ("en", "2024-03-20", "Gunmen abducted three teachers near Kaya last week, a local official said on "
         "Wednesday.", "abducted", "2024-03-11/2024-03-17"),
        ("en", "2024-03-13", "Two soldiers were killed in an ambush near Menaka, the army said on Wednesday.",
         "ambush", "2024-03-13"),
        # Background with its own year stays apart.
        ("en", "2024-03-12", "Gunmen killed 17 people in Plateau state on Sunday. In 2018, more than 200 people "
         "were killed in attacks in the same area.", "killed", "2024-03-10"),
        # A later act told on its own day.
        ("en", "2024-03-12", "Gunmen killed 12 people in Mangu on Sunday. The next day, police arrested five "
         "suspects.", "arrested", "2024-03-11"),
        # A sentence that only says when what was just told happened (no event of its own).
        ("en", "2024-03-12", "Twelve people were killed in a drone strike on a market in North Kordofan, a medical "
         "group said on Tuesday. The incident took place on Sunday afternoon.", "strike", "2024-03-10"),
        ("en", "2024-03-12", "Gunmen shot dead four traders on the road to Gao, a local official said on Tuesday. "
         "It happened on Saturday evening.", "shot", "2024-03-09"),
        # A clock time told after the report's day is on the attack's day.
        ("en", "2024-03-12", "Gunmen killed 12 people in Mangu on Sunday, police said on Tuesday. Residents said "
         "the gunmen arrived at around 10 pm and opened fire.", "opened", "2024-03-10"),
        ("en", "2024-03-12", "Gunmen killed 12 people in Mangu on Monday evening, police said on Tuesday. Residents "
         "said the gunmen arrived at about 7 pm and shot at villagers.", "shot", "2024-03-11"),
        # French.
        ("fr", "2024-03-11", "Deux casques bleus ont été tués mardi dernier par l'explosion d'une mine près de "
         "Kidal, a annoncé lundi la Minusma.", "tués", "2024-03-05"),
        ("fr", "2024-03-14", "Une attaque a visé le 12 mars un poste militaire près de Djibo. Les assaillants ont "
         "été repoussés, selon l'armée.", "attaque", "2024-03-12"),
        ("fr", "2024-03-11", "Des jihadistes ont attaqué en fin de semaine dernière un convoi près de Kaya, tuant "
         "cinq soldats.", "attaqué", "2024-03-09/2024-03-10"),
        ("fr", "2024-03-11", "Des hommes armés ont ouvert le feu en début de soirée sur des fidèles dans une "
         "mosquée de Tahoua, dimanche, tuant huit personnes.", "ouvert", "2024-03-10"),
        ("fr", "2024-03-13", "Au moins douze personnes ont été tuées dans une attaque à Mangu, a indiqué mercredi "
         "la police. L'attaque a eu lieu dimanche soir.", "tuées", "2024-03-10"),
        ("fr", "2024-03-13", "Des hommes armés ont tué douze personnes dimanche à Mangu. En 2018, plus de 200 "
         "personnes avaient été tuées dans des attaques dans la même zone.", "tué", "2024-03-10"),
        ("fr", "2024-03-13", "Des frappes israéliennes ont tué douze personnes à Rafah, a annoncé mercredi le "
         "ministère de la Santé. Les frappes ont eu lieu tard mardi soir.", "tué", "2024-03-12"),
        ("fr", "2024-03-13", "BAMAKO, 12 mars (Reuters) - Des jihadistes ont tué douze soldats dans le centre du "
         "Mali, a annoncé l'armée.", "tué", "2024-03-12"),
        ("fr", "2024-03-13", "Des affrontements ont éclaté dimanche entre éleveurs et agriculteurs près de Bokkos, "
         "faisant dix morts, a-t-on appris mercredi de sources sécuritaires.", "affrontements", "2024-03-10"),
        # Un verbe de dire suivi de l'acte à l'infinitif passé: son jour est celui du communiqué;
        # l'acte prend le jour dit ailleurs, sinon celui du communiqué.
        pytest.param("fr", "2024-03-13", "L'armée a annoncé mercredi avoir tué vingt terroristes dans la région "
                     "de Kaya. L'opération s'est déroulée dimanche.", "tué", "2024-03-10", marks=_INFINITIVE_REPORT),
        pytest.param("fr", "2024-03-13", "L'état-major a affirmé mercredi avoir neutralisé une trentaine de "
                     "jihadistes près de Djibo. L'opération a eu lieu lundi.", "neutralisé", "2024-03-11",
                     marks=_INFINITIVE_REPORT),
        ("fr", "2024-03-14", "L'armée malienne a indiqué jeudi avoir abattu un drone près de Kidal.", "abattu",
         "2024-03-14"),
        # Le jour du verbe de dire passe après une autre date de la phrase.
        ("fr", "2024-03-13", "Des militaires ont arrêté début mars un journaliste à Niamey, a annoncé mercredi "
         "son employeur.", "arrêté", "2024-03-01/2024-03-10"),
        ("fr", "2024-03-20", "Des hommes armés ont enlevé la semaine dernière trois enseignants près de Kaya, a "
         "indiqué mercredi une source locale.", "enlevé", "2024-03-11/2024-03-17"),
        ("fr", "2024-03-13", "Deux soldats ont été tués dans une embuscade près de Ménaka, a annoncé mercredi "
         "l'armée.", "tués", "2024-03-13"),
        ("fr", "2024-03-13", "Le ministère a annoncé mardi que des soldats avaient tué dix rebelles samedi dans "
         "l'est.", "tué", "2024-03-09"),
        # La nuit de samedi à dimanche.
        ("fr", "2024-03-11", "Des jihadistes ont attaqué dans la nuit de samedi à dimanche un poste militaire près "
         "de Djibo.", "attaqué", "2024-03-10"),
        ("fr", "2024-03-08", "Des hommes armés ont tué neuf villageois dans la nuit de jeudi à vendredi dans le "
         "Borno.", "tué", "2024-03-08"),
        # Une phrase qui dit seulement quand cela s'est passé.
        ("fr", "2024-03-13", "Des hommes armés ont tué douze personnes à Mangu, a indiqué mercredi la police. "
         "L'incident s'est produit dimanche après-midi.", "tué", "2024-03-10"),
        ("fr", "2024-03-13", "Trois civils ont été enlevés près de Kaya, a-t-on appris mercredi de sources locales. "
         "L'enlèvement est survenu lundi soir.", "enlevés", "2024-03-11"),
    ],
)
def test_report_incident_date(pipeline, language, published, text, trigger, expected):
    assert _incident_date(pipeline, language, published, text, trigger) == expected


@pytest.fixture(scope="module")
def shallow() -> Parser:
    return Parser(select=lambda doc: False)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The report's day ("said on Tuesday") is not the story's: a later time is on Sunday.
        ("Gunmen killed 12 people on Sunday, police said on Tuesday. They arrived at around 10 pm.", "10 pm",
         "2024-03-10"),
        ("Gunmen killed 12 people on Sunday, police told Reuters on Tuesday. They arrived at 10:30 p.m.",
         "10:30 p.m.", "2024-03-10"),
        # With no day of the story named, the telling's day stands.
        ("Police said on Tuesday that gunmen arrived at around 10 pm.", "10 pm", "2024-03-12"),
        # A day named after the telling is the story's again.
        ("Police said on Tuesday the gunmen came on Monday. They arrived at 9 pm.", "9 pm", "2024-03-11"),
    ],
)
def test_clock_time_is_on_the_story_day(shallow, text, phrase, expected):
    found = {d.text: d for d in extract_dates(shallow.parse(text), dt.date(2024, 3, 12))}
    assert found[phrase].value == expected
