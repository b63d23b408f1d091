"""French dates: dateparser's French words, anchored on the publication day."""

import datetime as dt

import pytest

from tessera.extraction.dates_fr import extract_dates_fr, page_month
from tessera.parse import ParsedArticle

PUBLISHED = dt.date(2023, 10, 3)  # a Tuesday


def _dates(text, published=PUBLISHED):
    return [(d.text, d.value, d.precision) for d in extract_dates_fr(ParsedArticle(text), published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'attaque a eu lieu jeudi 28 septembre à l'aube.", ("jeudi 28 septembre", "2023-09-28", "day")),
        ("Le scrutin du 1er mai a été reporté.", ("1er mai", "2023-05-01", "day")),
        ("Les combats ont repris en septembre 2022.", ("septembre 2022", "2022-09", "month")),
        ("Il a été enlevé hier dans le village.", ("hier", "2023-10-02", "day")),
        ("La base a été attaquée la semaine dernière.", ("la semaine dernière", "2023-09-25/2023-10-01", "interval")),
        ("Les troupes partiront fin décembre.", ("fin décembre", "2022-12-21/2022-12-31", "interval")),
        ("Des tirs ont été entendus samedi soir.", ("samedi", "2023-09-30", "day")),
    ],
)
def test_french_date_expressions_resolve_against_publication(text, expected):
    assert _dates(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PUBLISHED is Tuesday 3 October 2023: the last Saturday-to-Sunday night ended Sunday 1 October
        ("Dans la nuit de samedi à dimanche, des assaillants ont frappé le poste.",
         ("nuit de samedi à dimanche", "2023-10-01", "day")),
        ("Le dépôt a brûlé dans la nuit du 14 au 15 août 2021.", ("nuit du 14 au 15 août 2021", "2021-08-15", "day")),
        ("Des coups de feu ont retenti dans la nuit du vendredi 8 au samedi 9 septembre.",
         ("nuit du vendredi 8 au samedi 9 septembre", "2023-09-09", "day")),
    ],
)
def test_a_night_across_two_days_is_dated_by_the_day_it_ends(text, expected):
    assert _dates(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PUBLISHED is Tuesday 3 October 2023: the latest Sunday-to-Tuesday run ends on it
        ("Au moins 52 civils ont été tués entre dimanche et ce mardi.",
         ("entre dimanche et ce mardi", "2023-10-01/2023-10-03", "interval")),
        ("Les combats ont duré du samedi au lundi.", ("du samedi au lundi", "2023-09-30/2023-10-02", "interval")),
    ],
)
def test_a_run_of_weekdays_is_the_days_between_them(text, expected):
    # as English "between Sunday and Monday", not two separate days
    assert _dates(text) == [expected]


def test_a_run_of_weekdays_told_with_their_days_is_two_days():
    dates = _dates("Les combats du jeudi 12 au vendredi 13 janvier 2023 ont fait dix morts.")
    assert [d[1] for d in dates] == ["2023-01-12", "2023-01-13"]


def test_offsets_point_at_the_expression():
    text = "Selon l'armée, l'embuscade du 14 avril 2021 a fait onze morts."
    (found,) = extract_dates_fr(ParsedArticle(text), PUBLISHED)
    assert text[found.start : found.end] == "14 avril 2021" and found.value == "2021-04-14"


def test_without_publication_date_relative_words_stay_unresolved():
    assert _dates("Ils ont été arrêtés hier.", published=None) == [("hier", None, "unknown")]


def test_without_publication_date_a_night_with_no_year_stays_unresolved():
    # Not the year the pipeline runs in: the value must not depend on the day it is run.
    text = "Dans la nuit du 9 au 10 juin, des hommes armés ont attaqué le village."
    assert [(t, v) for t, v, _ in _dates(text, published=None)] == [("nuit du 9 au 10 juin", None)]
    assert _dates("Dans la nuit du 9 au 10 juin 2019, le village a été attaqué.", published=None)[0][1] is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le camp a été attaqué en septembre dernier.", ("en septembre dernier", "2023-09", "month")),
        ("Les enlèvements se sont multipliés courant août.", ("courant août", "2023-08", "month")),
        ("Le convoi est tombé dans une embuscade en novembre.", ("en novembre", "2022-11", "month")),
        ("Un poste a été visé le 26/09/2023 au soir.", ("26/09/2023", "2023-09-26", "day")),
        ("Il a été libéré il y a deux jours.", ("il y a deux jours", "2023-10-01", "day")),
        # A count of weeks back is the day that far back (English "three weeks ago"), not a
        # calendar week.
        ("Il a été libéré il y a 3 semaines.", ("il y a 3 semaines", "2023-09-12", "day")),
        ("Le village avait été attaqué il y a deux semaines.", ("il y a deux semaines", "2023-09-19", "day")),
        ("Il y a une semaine, des soldats ont été tués à Djibo.", ("Il y a une semaine", "2023-09-26", "day")),
        # Not a count: the calendar week before the report's.
        ("Des soldats ont été tués la semaine dernière.", ("la semaine dernière", "2023-09-25/2023-10-01", "interval")),
        # No number: "quelques" two to six units back, "plusieurs" three to nine (English "a few
        # days ago", "several weeks ago").
        ("Il a été libéré il y a quelques jours.", ("il y a quelques jours", "2023-09-27/2023-10-01", "interval")),
        ("Le camp a été attaqué il y a plusieurs semaines.",
         ("il y a plusieurs semaines", "2023-08-01/2023-09-12", "interval")),
        # A recent period back to the day before the report (English "in recent days", "over the past
        # week", "in recent weeks"), and this week up to the report's day.
        ("Le camp a été attaqué ces derniers jours.", ("ces derniers jours", "2023-09-27/2023-10-02", "interval")),
        ("Le camp a été attaqué au cours de la semaine écoulée.",
         ("la semaine écoulée", "2023-09-26/2023-10-02", "interval")),
        ("Le camp a été attaqué ces dernières semaines.",
         ("ces dernières semaines", "2023-09-19/2023-10-02", "interval")),
        ("Le camp a été attaqué cette semaine.", ("cette semaine", "2023-10-02/2023-10-03", "interval")),
        ("Le camp a été attaqué la semaine passée.", ("la semaine passée", "2023-09-25/2023-10-01", "interval")),
        ("Des villages ont été pillés le week-end dernier.", ("le week-end dernier", "2023-09-30/2023-10-01",
                                                              "interval")),
    ],
)
def test_months_alone_numeric_dates_counts_back_and_weekends(text, expected):
    assert _dates(text)[0] == expected


def test_a_month_with_its_year_stays_the_calendar_month():
    assert _dates("Les combats ont repris en septembre 2022.") == [("septembre 2022", "2022-09", "month")]


def test_since_a_month_is_no_date_of_the_event():
    assert [d for d in _dates("La ville est assiégée depuis janvier.") if d[2] == "month"] == []


def test_a_page_date_marker_anchors_a_report_without_publication_date():
    # the marker gives the month only: "cette nuit" is a day of that month, a weekday one of
    # that month's days of that weekday (March 2020's Saturdays: the 7th to the 28th)
    text = " date 2020-03 Cette nuit, des hommes armés ont incendié un village. Samedi, un convoi a été visé."
    assert _dates(text, published=None) == [
        ("Cette nuit", "2020-03", "month"),
        ("Samedi", "2020-03-07/2020-03-28", "interval"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # February 2021 has four Mondays (1st-22nd); May 2023 five Wednesdays (3rd-31st)
        (" date 2021-02 Lundi, des manifestants ont bloqué la route.", ("Lundi", "2021-02-01/2021-02-22", "interval")),
        (" date 2023-05 Mercredi, l'armée a repris le poste.", ("Mercredi", "2023-05-03/2023-05-31", "interval")),
        # "hier" keeps the month: its day depends on the unknown publication day alone
        (" date 2023-05 Hier, l'armée a repris le poste.", ("Hier", "2023-05", "month")),
    ],
)
def test_a_weekday_under_a_month_marker_spans_that_weekdays_days(text, expected):
    assert _dates(text, published=None)[0] == expected


def test_a_weekday_under_a_month_marker_is_the_told_day_of_that_weekday():
    # March 2020: the 10th is a Tuesday; "mardi" alone is that day, not March's Tuesdays,
    # and "aujourd'hui" the latest whole day told; "samedi" matches no told day: its span
    text = (" date 2020-03 Mardi, des hommes armés ont incendié un marché. Le bilan de l'attaque du mardi "
            "10 mars s'est alourdi aujourd'hui. Samedi, un convoi a été visé.")
    assert _dates(text, published=None) == [
        ("Mardi", "2020-03-10", "day"),
        ("mardi 10 mars", "2020-03-10", "day"),
        ("aujourd'hui", "2020-03-10", "day"),
        ("Samedi", "2020-03-07/2020-03-28", "interval"),
    ]


def test_a_weekday_under_a_month_marker_ignores_days_of_other_months_and_coming_days():
    # "le 4 février" (a Tuesday) is another month's; "le 17 mars prochain" (a Tuesday) is ahead
    text = (" date 2020-03 Mardi, la police a dispersé les manifestants, comme le 4 février. "
            "Le vote aura lieu le 17 mars prochain.")
    assert _dates(text, published=None)[0] == ("Mardi", "2020-03-03/2020-03-31", "interval")


def test_a_page_date_marker_with_its_day_resolves_weekdays():
    text = " date 2020-03-12 Samedi, un convoi a été visé le 2 mars."
    assert _dates(text, published=None) == [("Samedi", "2020-03-07", "day"), ("2 mars", "2020-03-02", "day")]


def test_a_publication_date_outranks_the_marker():
    assert _dates(" date 2020-03 Samedi, un convoi a été visé.")[0] == ("Samedi", "2023-09-30", "day")


def test_the_eve_and_the_day_after_count_from_the_day_told_before():
    text = ("Le ministre a annoncé jeudi la levée du couvre-feu décrété la veille. "
            "Le lendemain, les marchés ont rouvert.")
    assert _dates(text) == [("jeudi", "2023-09-28", "day"), ("la veille", "2023-09-27", "day"),
                            ("Le lendemain", "2023-09-29", "day")]


def test_the_day_after_a_whole_day_told_keeps_its_day_under_a_month_marker():
    # the page gives March 2020 only: "le lendemain" of "le 3 février" is the 4th, told by the
    # text, not by the unknown publication day; after a weekday, or "la veille", the month
    text = (" date 2020-03 Des soldats ont ouvert le feu sur un cortège le 3 février. Le lendemain, "
            "deux marchés ont été incendiés. Samedi, un poste a été attaqué. Le lendemain, la route "
            "a été coupée. Le 9 mars, un convoi a été visé ; la veille, un pont avait sauté.")
    assert _dates(text, published=None) == [
        ("3 février", "2020-02-03", "day"),
        ("Le lendemain", "2020-02-04", "day"),
        ("Samedi", "2020-03-07/2020-03-28", "interval"),
        ("Le lendemain", "2020-03", "month"),
        ("9 mars", "2020-03-09", "day"),
        ("la veille", "2020-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont tué cinq civils jeudi, deux jours après que des bandits ont enlevé dix personnes.",
         ("deux jours après", "2023-09-26", "day")),
        ("Les soldats sont arrivés jeudi, une semaine avant que les rebelles ne se retirent.",
         ("une semaine avant", "2023-10-05", "day")),
        # from publication where no day is told before it
        ("L'attaque survient trois jours après que des jihadistes ont tué six gendarmes.",
         ("trois jours après", "2023-09-30", "day")),
    ],
)
def test_an_act_told_at_a_distance_is_dated_from_the_day_told_before(text, expected):
    assert _dates(text)[-1] == expected


def test_a_distance_from_a_named_event_or_without_a_number_is_no_date():
    # "deux jours après l'attaque" names an act told already; "quelques jours" counts nothing
    assert _dates("Deux jours après l'attaque, les écoles ont rouvert.") == []
    assert [value for _, value, _ in _dates("Jeudi, quelques jours après que des bandits ont enlevé dix personnes.")] \
        == ["2023-09-28", None]


def test_the_same_day_is_the_day_told_before():
    # the day of the act told before, not the day the sources spoke
    text = ("Des villages ont été attaqués, ont indiqué mardi des habitants. Un berger a été tué lundi "
            "près du marché. Le même jour, deux femmes ont été enlevées sur la route.")
    assert _dates(text)[-1] == ("Le même jour", "2023-10-02", "day")


def test_the_eve_of_a_named_event_is_no_date():
    text = "À la veille de l'élection et au lendemain du scrutin, la ville est restée calme."
    assert _dates(text) == []


def test_the_page_address_after_a_month_marker_gives_the_day():
    text = " date 2020-03 https://www.exemple-info.net/20200312/niger-attaque Samedi, un convoi a été visé."
    assert _dates(text, published=None)[-1] == ("Samedi", "2020-03-07", "day")


def test_a_day_of_a_month_marker_told_as_the_present_one_anchors_the_page():
    # May 2021: "ce mardi 11 mai" is the day the report is written; "dimanche" and "hier" count
    # back from it (not May's Sundays, not the whole month); "en avril" stays April
    text = (" date 2021-05 Le gouverneur a annoncé ce mardi 11 mai un couvre-feu. Dimanche, des hommes "
            "armés avaient attaqué un marché, et hier un convoi a été visé, comme en avril.")
    assert _dates(text, published=None) == [
        ("mardi 11 mai", "2021-05-11", "day"),
        ("Dimanche", "2021-05-09", "day"),
        ("hier", "2021-05-10", "day"),
        ("en avril", "2021-04", "month"),
    ]
    assert page_month(text) is None


def test_a_present_day_of_another_month_leaves_the_month_marker():
    text = " date 2021-05 Le bilan, publié ce vendredi 30 avril, a été revu. Dimanche, un convoi a été visé."
    assert _dates(text, published=None)[-1] == ("Dimanche", "2021-05-02/2021-05-30", "interval")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a weekday with its day number joined to a whole day: the month of that day
        (" date 2022-06 Les combats de samedi 11 et dimanche 12 juin ont fait dix morts.", None,
         [("samedi 11", "2022-06-11", "day"), ("dimanche 12 juin", "2022-06-12", "day")]),
        ("Les marches du jeudi 2 au vendredi 3 mars 2023 ont été dispersées.", None,
         [("jeudi 2", "2023-03-02", "day"), ("vendredi 3 mars 2023", "2023-03-03", "day")]),
        # not "lundi" alone, the latest Monday before publication (2 October)
        ("Les violences de lundi 11 et mardi 12 septembre ont fait six morts.", PUBLISHED,
         [("lundi 11", "2023-09-11", "day"), ("mardi 12 septembre", "2023-09-12", "day")]),
    ],
)
def test_a_weekday_and_its_day_joined_to_a_whole_day_take_its_month(text, published, expected):
    assert _dates(text, published=published) == expected


def test_a_night_told_by_weekdays_under_a_month_marker_spans_the_days_it_ends_on():
    # November 2021: its Tuesdays are the 2nd to the 30th
    text = " date 2021-11 Dans la nuit de lundi à mardi, des hommes armés ont attaqué un poste."
    assert _dates(text, published=None) == [("nuit de lundi à mardi", "2021-11-02/2021-11-30", "interval")]


def test_a_night_told_by_its_days_under_a_month_marker_is_that_day():
    text = (" date 2021-11 Dans la nuit du 6 au 7, un poste a été attaqué. Dans la nuit de mardi à "
            "mercredi 10 novembre, un autre a été visé.")
    assert _dates(text, published=None) == [
        ("nuit du 6 au 7", "2021-11-07", "day"),
        ("nuit de mardi à mercredi 10 novembre", "2021-11-10", "day"),
    ]


def test_page_month_is_the_month_a_marker_gives_alone():
    assert page_month(" date 2024-03 Des hommes armés ont attaqué le camp.") == dt.date(2024, 3, 31)
    assert page_month(" date 2024-03-12 Des hommes armés ont attaqué le camp.") is None
    assert page_month("Des hommes armés ont attaqué le camp le 2 mars 2024.") is None


def test_a_weekday_called_last_in_a_paper_of_that_weekday_is_a_week_back():
    # PUBLISHED is a Tuesday
    assert _dates("L'attaque de mardi dernier a fait dix morts.")[0] == ("mardi dernier", "2023-09-26", "day")
    assert _dates("L'attaque de lundi dernier a fait dix morts.")[0] == ("lundi dernier", "2023-10-02", "day")


@pytest.mark.parametrize("text", ["Le président fut renversé cette année-là.", "Ce soir-là, la ville était calme."])
def test_that_year_or_that_evening_of_a_story_is_not_the_current_one(text):
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PUBLISHED is Tuesday 3 October 2023
        ("Le procès s'ouvrira lundi prochain.", ("lundi prochain", "2023-10-09", "day")),
        ("Le sommet aura lieu le 20 janvier prochain.", ("20 janvier prochain", "2024-01-20", "day")),
        ("Les troupes partiront en février prochain.", ("en février prochain", "2024-02", "month")),
        # the weekday picks the year: 5 October is a Thursday in 2023, a Wednesday in 2022
        ("Il comparaîtra jeudi 5 octobre devant le tribunal.", ("jeudi 5 octobre", "2023-10-05", "day")),
        ("L'attaque du jeudi 29 septembre a fait dix morts.", ("jeudi 29 septembre", "2022-09-29", "day")),
    ],
)
def test_days_to_come_and_weekdays_that_fix_the_year(text, expected):
    assert _dates(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PUBLISHED is Tuesday 3 October 2023: the night began Sunday and ended Monday, "hier"
        ("Sept soldats ont été tués dans la nuit de dimanche à hier.", "2023-10-02"),
        ("Le poste a été attaqué la nuit de mardi à mercredi 27 septembre.", "2023-09-27"),
    ],
)
def test_a_night_ending_yesterday_or_on_a_given_day(text, expected):
    assert _dates(text)[0][1:] == (expected, "day")


@pytest.mark.parametrize(
    ("text", "day", "verb", "act"),
    [
        # AFP's order: the verb of saying and its day after the act it reports.
        ("Un soldat a été tué dans une embuscade près de la ville, a annoncé vendredi la Mission.",
         "vendredi", "annoncé", "tué"),
        ("Dix villageois ont été tués dans une attaque près du marché, ont rapporté mercredi des sources locales.",
         "mercredi", "rapporté", "tués"),
        # The act's own day is the act's.
        ("Un soldat a été tué jeudi soir près de la ville, a annoncé vendredi la Mission.", "jeudi", None, None),
        # The inverted incise, its subject before its day, closing the sentence (the parse may
        # hang the verb on the last noun before the comma), or its day set off by commas.
        ("Sept bergers ont été tués au cours d'une longue querelle sur les terres au sein d'une "
         "communauté dans l'ouest du Tchad, rapporte la police vendredi.", "vendredi", "rapporte", "tués"),
        ("Quatre gardes ont été blessés près du poste, a précisé, mardi, le gouverneur.",
         "mardi", "précisé", "blessés"),
        # A statement a hearsay word names, before or after what it reports.
        ("Quatre gardes ont été blessés près du poste, selon un communiqué publié samedi.",
         "samedi", "publié", "blessés"),
        ("Selon un communiqué publié samedi, quatre gardes ont été blessés près du poste.",
         "samedi", "publié", "blessés"),
        # A noun of saying after a determiner is no verb of saying.
        ("Quatre gardes ont été blessés, après l'annonce vendredi du couvre-feu.", "vendredi", None, None),
    ],
)
def test_a_day_told_on_a_verb_of_saying_after_its_clause_is_the_sayings(text, day, verb, act):
    from tessera.extraction.dates import reported_speech
    from tessera.parse import load_language

    doc = load_language("fr")(text)
    token = next(t for t in doc if t.text == day)
    speech = reported_speech(doc[token.i : token.i + 1])
    assert (speech[0].text if speech is not None else None) == verb
    if speech is not None:
        assert any(doc[i].text == act for i in speech[1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French shortens a month name with a dot; "Sept" without one is the number seven.
        ("Djibo, 2023-09-14 Sept soldats ont été tués dans une embuscade.", []),
        ("2023-09 Sept civils ont été tués jeudi.", [("jeudi", "2023-09-28", "day")]),
        ("L'attaque du 12 sept. 2023 a fait onze morts.", [("12 sept. 2023", "2023-09-12", "day")]),
        ("Le convoi a été attaqué le 3 oct. près de Kaya.", [("3 oct.", "2023-10-03", "day")]),
        ("Les combats ont repris fin sept. à Kidal.", [("fin sept.", "2023-09-21/2023-09-30", "interval")]),
    ],
)
def test_a_shortened_month_name_needs_its_dot(text, expected):
    assert _dates(text) == expected


def test_a_page_with_no_date_is_anchored_on_the_latest_whole_day_it_tells():
    # no publication date, no marker: "vendredi" is the Friday before "samedi 4 mars 2023"
    text = ("Le gouvernement a suspendu la radio dans un communiqué du samedi 4 mars 2023. "
            "Vendredi, le porte-parole avait démenti toute tentative de putsch.")
    assert _dates(text, published=None) == [("samedi 4 mars 2023", "2023-03-04", "day"),
                                            ("Vendredi", "2023-03-03", "day")]


def test_a_day_told_without_its_year_is_the_nearest_to_the_day_told_with_it():
    # "le 2 mai" before and "le 9 mai" after "lundi 8 mai 2017": both in 2017
    text = ("Le 2 mai, trois gendarmes avaient été blessés. Le convoi a été attaqué le lundi 8 mai 2017 "
            "près de la frontière. Un communiqué du 9 mai a confirmé le bilan.")
    assert [value for _, value, _ in _dates(text, published=None)] == ["2017-05-02", "2017-05-08", "2017-05-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted post's signature, as the platform prints it, dates the page as a day it
        # tells does: "ce dimanche" is that Sunday, "jeudi" the Thursday before
        ("Douze soldats ont été tués tôt ce dimanche dans l'attaque d'un poste. « Le poste est sous contrôle »"
         "— Armée du Niger (@ArmeeNiger) March 3, 2024",
         [("dimanche", "2024-03-03", "day")]),
        ("Jeudi, des hommes armés ont incendié le marché de Kaya. Le bilan est de trois morts."
         "— Gouvernement (@Gouv_BF) November 12, 2022 Les renforts sont arrivés.",
         [("Jeudi", "2022-11-10", "day")]),
        # the latest of several posts, and of the days the text tells with their year
        ("Le 2 mai 2021, un car a été visé. Vendredi, un camp a été attaqué."
         "— Armée (@armee_ml) May 5, 2021 — Armée (@armee_ml) May 8, 2021",
         [("2 mai 2021", "2021-05-02", "day"), ("Vendredi", "2021-05-07", "day")]),
    ],
)
def test_a_quoted_posts_day_anchors_an_undated_page(text, expected):
    assert _dates(text, published=None) == expected


def test_a_month_and_day_with_no_account_before_it_anchors_nothing():
    # no post's signature: an English date in running words is not read as one
    text = "Jeudi, le camp a été attaqué, a indiqué le ministre, cité par Reuters January 26, 2020."
    assert _dates(text, published=None)[0] == ("Jeudi", None, "unknown")


def test_a_quoted_post_does_not_move_a_published_report():
    text = "Jeudi, le camp a été attaqué. — Armée (@armee_ml) May 8, 2021"
    assert _dates(text) == _dates("Jeudi, le camp a été attaqué.")


def test_a_day_told_as_coming_does_not_anchor_an_undated_page():
    text = "Mardi, des soldats ont été déployés avant le scrutin du 20 mai 2018 prochain."
    assert _dates(text, published=None)[0] == ("Mardi", None, "unknown")


def test_a_page_with_no_date_and_no_whole_day_leaves_weekdays_unplaced():
    assert _dates("Jeudi, des hommes armés ont attaqué le marché le 3 juin.", published=None) == [
        ("Jeudi", None, "unknown"), ("3 juin", None, "unknown")]


@pytest.mark.parametrize(
    "text",
    [
        # "hier", "ce matin", "il y a deux jours", "le week-end dernier" count back from the
        # writing, which an undated page does not give: the day the page tells is the story's
        "Le marché de Tessit a été incendié le mercredi 7 juin 2023. Hier, cinq suspects ont été arrêtés.",
        "Des obus sont tombés sur le camp le 14 février 2021. Ce matin, les habitants ont fui vers le sud.",
        "Un car a sauté sur une mine le lundi 5 juin 2023. Il y a deux jours, une patrouille avait été visée.",
        "La caserne a été attaquée le 2 avril 2022. Le week-end dernier, deux villages avaient été pillés.",
    ],
)
def test_a_day_told_on_an_undated_page_does_not_place_words_counted_from_the_writing(text):
    told, counted = _dates(text, published=None)
    assert told[1] is not None
    assert counted[1:] == (None, "unknown")


def test_a_day_told_on_an_undated_page_still_places_its_weekdays_beside_words_counted_from_now():
    text = ("Des hommes armés ont attaqué le poste le samedi 4 mars 2023. Hier, le ministre a parlé. "
            "Vendredi, une patrouille avait été prise pour cible.")
    assert _dates(text, published=None) == [("samedi 4 mars 2023", "2023-03-04", "day"),
                                            ("Hier", None, "unknown"),
                                            ("Vendredi", "2023-03-03", "day")]


def test_last_weekday_beside_a_day_told_on_an_undated_page_is_that_day():
    # "jeudi dernier" counts back from the writing, which follows "jeudi 9 mars 2023" (a
    # Thursday): that day, not the Thursday a week before it
    text = ("Le camp a été attaqué le jeudi 9 mars 2023. Selon le bilan établi jeudi dernier, "
            "sept soldats ont été tués.")
    assert _dates(text, published=None)[1] == ("jeudi dernier", "2023-03-09", "day")
    # with a publication day, "jeudi dernier" in a Thursday paper is still a week back
    assert _dates("Selon le bilan établi jeudi dernier, sept soldats ont été tués.",
                  published=dt.date(2023, 3, 9))[0] == ("jeudi dernier", "2023-03-02", "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the night from the day told to the next: the day it ends, as for "la nuit du 3 au 4"
        ("Le poste a été attaqué dans la nuit du samedi 4 mars 2023.",
         ("nuit du samedi 4 mars 2023", "2023-03-05", "day")),
        ("Trois gendarmes ont été tués dans la nuit du 14 septembre.", ("nuit du 14 septembre", "2023-09-15", "day")),
        ("Le poste a été attaqué dans la nuit du 3 au 4 mars 2023.", ("nuit du 3 au 4 mars 2023", "2023-03-04", "day")),
    ],
)
def test_the_night_of_a_day_told_ends_the_next_day(text, expected):
    assert _dates(text)[0] == expected


def _undated(text, url=None):
    return [(d.text, d.value) for d in extract_dates_fr(ParsedArticle(text), None, url=url)]


def test_a_page_address_month_anchors_a_page_with_no_date_nor_marker():
    text = "Le chef du village a été enlevé samedi. Une marche est prévue le 12 mai."
    dates = _undated(text, url="https://journal.example/2022/05/chef-enleve-au-nord")
    # May 2022: its Saturdays, and 12 May of that year
    assert dates == [("samedi", "2022-05-07/2022-05-28"), ("12 mai", "2022-05-12")]
    assert page_month(text, "https://journal.example/2022/05/chef-enleve-au-nord") == dt.date(2022, 5, 31)


def test_a_page_address_does_not_override_a_marker_or_a_day_told_with_its_year():
    marked = " date 2021-03 Des tirs ont éclaté samedi."
    assert _undated(marked, url="https://journal.example/2019/07/tirs") == [("samedi", "2021-03-06/2021-03-27")]
    told = "Des tirs ont éclaté vendredi. Le samedi 3 décembre 2022, le maire a parlé."
    assert _undated(told, url="https://journal.example/2019/07/tirs")[0] == ("vendredi", "2022-12-02")
    assert page_month(told, "https://journal.example/2019/07/tirs") is None


def test_weekdays_told_with_days_fix_the_year_from_the_latest_year_named():
    # Tuesday 14 and Wednesday 15 March fall so in 2023, the year after the one named
    text = ("Des hommes armés ont attaqué un car mardi 14 mars. Mercredi 15 mars, l'armée a riposté. "
            "La région vit sous couvre-feu depuis 2022.")
    dates = _undated(text)
    assert ("mardi 14 mars", "2023-03-14") in dates and ("Mercredi 15 mars", "2023-03-15") in dates
    assert ("samedi", "2023-03-11") in _undated("Le camp a été pillé samedi. " + text)
    # named 2020: neither 2020 nor 2021 agrees, and a later year is a guess
    assert _undated(text.replace("2022", "2020"))[0] == ("mardi 14 mars", None)


def test_weekdays_told_with_days_stay_unplaced_without_a_year_named_or_a_calendar_that_agrees():
    assert _undated("Des hommes armés ont attaqué un car mardi 14 mars.")[0] == ("mardi 14 mars", None)
    # Tuesday 14 March and Tuesday 15 March never fall in one year
    clash = "Le car a été attaqué mardi 14 mars et le camp mardi 15 mars, comme en 2019."
    assert [value for _, value in _undated(clash)][:2] == [None, None]


def test_a_night_told_by_its_days_on_an_undated_page_is_the_nearest_to_the_day_told():
    # "la nuit du 2 au 3 juin" after "vendredi 31 mai 2024": the days after it, in 2024, not
    # the latest such night before it (2023); so is the night ending on a day told
    text = ("Le poste a été visé le vendredi 31 mai 2024. Dans la nuit du 2 au 3 juin, un autre "
            "camp a été attaqué. Puis, dans la nuit de lundi à mardi 4 juin, une patrouille a été prise à partie.")
    assert [value for _, value, _ in _dates(text, published=None)] == ["2024-05-31", "2024-06-03", "2024-06-04"]


def test_a_night_told_by_its_weekdays_alone_is_the_night_told_with_those_weekdays_and_days():
    # an undated page anchored on "samedi 6 avril 2024": "la nuit du dimanche au lundi" is
    # the night told with its days, 7-8 April, not the latest such night before the anchor
    text = ("Deux gendarmes ont été tués dans la nuit du dimanche au lundi près de la frontière. "
            "Dans la nuit du dimanche 7 au lundi 8 avril, des assaillants ont attaqué le poste. "
            "Le samedi 6 avril 2024, un convoi avait été visé.")
    assert [value for _, value, _ in _dates(text, published=None)] == ["2024-04-08", "2024-04-08", "2024-04-06"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Typeset pages write the first of the month with superscript letters ("1ᵉʳ"), as "1er"
        ("Le poste a été attaqué le 1\u1d49\u02b3 octobre.", ("1\u1d49\u02b3 octobre", "2023-10-01", "day")),
        ("Dans la nuit du 1\u1d49\u02b3 au 2 octobre, un convoi a été visé.",
         ("nuit du 1\u1d49\u02b3 au 2 octobre", "2023-10-02", "day")),
    ],
)
def test_the_first_of_the_month_in_superscript_letters_is_a_day(text, expected):
    assert _dates(text)[0] == expected


def test_the_first_of_the_month_in_superscript_letters_anchors_a_month_marker():
    # A page known by its month only: "ce matin" is the latest whole day it tells of that month
    text = " date 2023-12 Ce matin du 1\u1d49\u02b3 décembre, des tirs ont été entendus."
    assert _dates(text, published=None) == [("Ce matin", "2023-12-01", "day"),
                                             ("1\u1d49\u02b3 décembre", "2023-12-01", "day")]


def _parsed_dates(text, published=PUBLISHED):
    from tessera.parse import Parser, load_language

    parsed = Parser(load_language("fr"), select=lambda doc: False).parse(text)
    return [(d.text, d.start, d.end, d.value) for d in extract_dates_fr(parsed, published)]


def test_a_day_and_its_month_never_run_across_a_line_that_ends_a_header():
    # A header line ending on a day's number over a lead that opens with a name that is also a
    # month: no "14 mai"; the lead's weekday keeps its offsets in the whole text.
    text = "Mis à jour à Niamey le 14\nMai Salissou, un éleveur, a été tué samedi près de Tillabéri."
    start = text.index("samedi")
    assert _parsed_dates(text) == [("samedi", start, start + len("samedi"), "2023-09-30")]
    # A headline ending on a month over a lead that opens with a year: "fin juin" stays in the
    # publication's year, not "fin juin 2021".
    text = "Les attaques reprennent fin juin\n2021 avait déjà été une année meurtrière pour la région."
    assert [(d[0], d[3]) for d in _parsed_dates(text)] == [("fin juin", "2023-06-21/2023-06-30")]
    # Read whole (no sentences), the day took the month across the line.
    whole = ParsedArticle("Mis à jour le 14\nMai Salissou a été tué.")
    assert [d.text for d in extract_dates_fr(whole, PUBLISHED)] == ["14\nMai"]


def test_a_date_wrapped_across_a_line_inside_a_sentence_stays_whole():
    text = "Les assaillants ont frappé le 14\nseptembre au soir à Kaya."
    assert [d[0] for d in _parsed_dates(text)] == ["14\nseptembre"]


def test_the_needed_pattern_holds_every_match_of_its_pattern():
    # `_needed` skips a pattern over a text that lacks its shorter pattern: it must hold
    # every match the pattern makes, in any case and spacing.
    from tessera.extraction.dates_fr import _needed, _patterns

    patterns = dict(_patterns())
    for kind, needed in _needed().items():
        for text in ("Deux jours après que des hommes armés ont pillé le marché, la foule a fui.",
                     "TROIS SEMAINES  AVANT\nQU'ELLE soit signée, l'accord a été rompu.",
                     "Une semaine avant qu’il ne parte, le chef a été enlevé."):
            assert patterns[kind].search(text) is not None
            assert needed.search(text) is not None
        assert needed.search("Deux jours après l'attaque, le calme est revenu.") is None


def test_a_part_of_a_day_told_alone_is_on_the_day_the_story_told_last():
    # "dans l'après-midi", "en fin de soirée", "au petit matin": the day told last, as English
    # places one; a night too (a night is the day it ends).
    text = ("Des drones ont visé mercredi 27 septembre un camp près de Gao. "
            "Une seconde frappe a touché un dépôt dans l'après-midi. "
            "Les secours sont arrivés en fin de soirée. "
            "Des tirs ont encore été entendus dans la nuit.")
    found = [(d[0], d[3]) for d in _parsed_dates(text)]
    assert found == [("mercredi 27 septembre", "2023-09-27"), ("dans l'après-midi", "2023-09-27"),
                     ("en fin de soirée", "2023-09-27"), ("dans la nuit", "2023-09-27")]


def test_a_part_of_a_day_is_not_placed_on_a_day_a_span_opens_or_a_source_spoke():
    # "depuis le 25 septembre" opens a span; "ont rapporté lundi" is the day sources spoke:
    # neither is a day of the story, the part of a day takes the one before them.
    text = ("Des hommes armés ont pillé le marché de Kidal samedi. Les routes sont fermées depuis le 25 septembre. "
            "Dans la soirée, ils ont incendié des boutiques.")
    assert [(d[0], d[3]) for d in _parsed_dates(text)][-1] == ("Dans la soirée", "2023-09-30")
    text = ("Des bandits ont tué trois bergers samedi, ont rapporté lundi des sources locales. "
            "Au petit matin, ils avaient enlevé un commerçant.")
    assert [(d[0], d[3]) for d in _parsed_dates(text)][-1] == ("Au petit matin", "2023-09-30")


def test_a_part_of_a_day_beside_a_date_or_with_none_before_is_left_out():
    # "samedi dans la nuit" is that date's own; a sentence with a date of its own is dated by
    # it; with no day told before, a part of a day stays out, as before.
    assert [d[0] for d in _parsed_dates("Samedi dans la nuit, des hommes armés ont attaqué Menaka.")] == ["Samedi"]
    text = "Lundi, des assaillants ont attaqué, en début de soirée, un poste de gendarmerie."
    assert [d[0] for d in _parsed_dates(text)] == ["Lundi"]
    assert _parsed_dates("Dans la matinée, des hommes armés ont attaqué un poste à Ménaka.") == []
    # "dans la matinée de lundi", "dans la nuit du 2 au 3": a day of its own follows.
    assert [d[0] for d in _parsed_dates("Le poste a été attaqué dans la matinée de lundi.")] == ["lundi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act not told yet (an indefinite noun phrase): that far from the day told before
        ("Des hommes armés ont tué trois bergers jeudi, deux jours après une embuscade près de Dori.",
         ("deux jours après", "2023-09-26", "day")),
        ("Le poste a été attaqué le 12 septembre, au lendemain d'une autre attaque dans la zone.",
         ("lendemain", "2023-09-11", "day")),
    ],
)
def test_a_distance_before_an_indefinite_act_dates_that_act(text, expected):
    assert _dates(text)[-1] == expected


def test_a_distance_before_a_definite_act_is_no_date():
    # "deux jours après l'attaque", "au lendemain de l'attaque": an act already told
    text = "Le couvre-feu a été levé jeudi, deux jours après l'attaque, au lendemain de l'embuscade."
    assert _dates(text) == [("jeudi", "2023-09-28", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à" typed without its accent between the weekdays: the same night, dated by the day it ends
        ("Des coups de feu ont été entendus dans la nuit de samedi a dimanche près du camp.",
         ("nuit de samedi a dimanche", "2023-10-01", "day")),
        # "a" as a verb after the night's first day: no night across two days
        ("La nuit de samedi a été calme dans le quartier.", ("samedi", "2023-09-30", "day")),
    ],
)
def test_a_night_with_an_unaccented_a_between_its_weekdays(text, expected):
    assert _dates(text)[0] == expected


def test_a_page_stamp_is_no_story_day_and_anchors_a_report_without_publication_date():
    # "Publié le ..." is the page's day: not a date of what it tells, and the day its
    # weekdays count back from (Sunday 12 March 2023: "vendredi" is 10 March)
    text = ("Niger : un convoi attaqué près de Tera\n\nActualité Publié le dimanche 12 mars 2023 | Agence\n"
            "Des hommes armés ont attaqué vendredi un convoi près de Tera.")
    assert _dates(text, None) == [("vendredi", "2023-03-10", "day")]
    numeric = "Publié le : 12/03/2023 – 10h15\nDes hommes armés ont attaqué vendredi un convoi près de Tera."
    assert _dates(numeric, None) == [("vendredi", "2023-03-10", "day")]


def test_an_update_stamp_is_no_story_day():
    # an update's day (after publication) is the page's, no day of what it tells
    text = "Mis à jour le 20 mars 2023\nDes hommes armés ont attaqué vendredi un convoi près de Tera."
    assert [d[0] for d in _dates(text, None)] == ["vendredi"]


def test_a_publication_told_in_the_text_is_no_stamp():
    # lower case, inside a sentence: a report published on a day the story tells
    text = "Un rapport publié le 14 mars 2023 fait état de dix morts à Tera."
    assert _dates(text, None) == [("14 mars 2023", "2023-03-14", "day")]
    # capitalised, opening a sentence: the date runs on into the sentence, no stamp
    opening = "Publié le 14 mars 2023, le rapport fait état de dix morts à Tera."
    assert _dates(opening, None) == [("14 mars 2023", "2023-03-14", "day")]
    # a stamp and the next on one line, a stamp with its author: stamps
    stamped = "Publié le 12 mars 2023 Mis à jour le 13 mars 2023\nDes hommes armés ont attaqué vendredi Tera."
    assert _dates(stamped, None) == [("vendredi", "2023-03-10", "day")]
    signed = "Publié le 12 mars 2023 par la rédaction\nDes hommes armés ont attaqué vendredi Tera."
    assert _dates(signed, None) == [("vendredi", "2023-03-10", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des milliers de personnes ont défilé à l'occasion du 1er-Mai.", [("1er-Mai", "2023-05-01", "day")]),
        ("Le 14-Juillet, la police a dispersé la foule.", [("14-Juillet", "2023-07-14", "day")]),
        # a name, not a day: a movement, a place, a past event
        ("Le Mouvement du 23-Juin a appelé à manifester.", []),
        ("La foule s'est rassemblée sur la place du 13-Mai.", []),
        # a hyphen before a lower-case month is no holiday's name
        ("Le bilan du 14-juillet reste inconnu.", []),
    ],
)
def test_a_holiday_written_as_its_day_is_that_day(text, expected):
    assert _dates(text) == expected


GATED_TEXT = ("Dans la nuit du 14 au 15 août 2021, des hommes armés ont attaqué le poste. Le calme est revenu. "
              "Jeudi 28 septembre, l'armée a repris la ville. Les troupes partiront fin décembre. RAS. "
              "LE 1ER MAI, DES TIRS ONT ÉTÉ ENTENDUS.")


def test_the_sentence_gates_find_what_reading_every_sentence_finds(monkeypatch):
    """The gates only skip sentences: without the stdlib's pattern parse (a Python without
    re._parser) every sentence is read, and the dates are the same."""
    import tessera.extraction.dates_fr as dates_fr

    gated = _dates(GATED_TEXT)
    assert any(gate is not None for gate in dates_fr._gates().values())
    monkeypatch.setattr(dates_fr, "_sre", None)
    dates_fr._gates.cache_clear()
    try:
        assert all(gate is None for gate in dates_fr._gates().values())
        assert _dates(GATED_TEXT) == gated
        assert len(gated) >= 4
    finally:
        dates_fr._gates.cache_clear()
