"""What the whole French article gives its mentions (`_Article`): its country, the sides' home
countries, and the countries settled across mentions (`_settle_countries`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from tessera.data import load as load_data
from tessera.extraction.dates import bounds_a_span, opens_a_span
from tessera.extraction.dates_fr import told_at_a_distance, told_next_to_a_day
from tessera.extraction.events_fr.lexicon import (
    _PLACE_PRECISION,
    FrenchLexicon,
)
from tessera.extraction.events_fr.sites import (
    _acting,
    _destination,
    _of_host_verb,
    _since_words,
    _where_told,
)
from tessera.extraction.places import (
    aside_places,
    aside_words,
    far_references,
    lies_inside,
    place_phrases,
    unplaced_sites,
)
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    NOT_EVENT_PLACE_ROLES,
    Actor,
    DateValue,
    Event,
    Feature,
    Place,
    Quantity,
)
from tessera.resolve.actors import fold
from tessera.resolve.gazetteer import Gazetteer

# Statements told in a sentence with no day of their own: the latest past day told before
# them (`_Article.date`).
_LATEST_DAY_TYPES = frozenset(load_data("temporal", "fr").get("latest_day_types", ()))


class _Article:
    """The article's places, dates and quantities by sentence, for one pass over its events."""

    def __init__(self, parsed: ParsedArticle, places: list[Place], dates: list[DateValue],
                 quantities: list[Quantity], published: dt.date | None = None) -> None:
        self.published = published
        # A country named as the far side of a border ("près de la frontière avec le
        # Nigeria"), where news was told from, a journey's end: not where anything happened.
        self.places = sorted((p for p in places if p.role not in NOT_EVENT_PLACE_ROLES),
                             key=lambda p: p.start)
        # their starts, in that order: a sentence's places, and those before it, are a slice
        self._starts = [p.start for p in self.places]
        self.dates = sorted(dates, key=lambda d: d.start)
        # their starts, in that order: a sentence's dates, and those that may end before it, are a slice
        self._date_starts = [d.start for d in self.dates]
        # Days that end a span ("la marche autorisée jusqu'hier": `bounds_a_span`) or open one
        # ("depuis lundi": `opens_a_span`): the first or last day of a state, not a scene the
        # sentences after it are told on.
        self.bounds = {d.start for d in self.dates
                       if bounds_a_span(parsed.text, d, "fr") or opens_a_span(parsed.text, d, _since_words())}
        # The days a sentence with no date of its own may take from before it (`date`): valued
        # days and intervals that bound no span, in the same order, with their starts.
        self._days = [d for d in self.dates if d.value and d.precision in ("day", "interval")
                      and d.start not in self.bounds]
        self._day_starts = [d.start for d in self._days]
        self.quantities = quantities
        self.sentences = parsed.sentences
        self._told_with: dict[int, Place | None] = {}  # sentence start -> `_site_told_before`
        self.told: set[int] = set()  # starts of places where news was told or someone went, not where it happened
        # Places a distance of 50 km or more is measured from ("à 300 km de Nouakchott"):
        # bearings, not where an event told beside another place happened.
        self.far = far_references(parsed.text, self.places, place_phrases("fr"))
        # Towns named only aside: a destination ("vers la commune de Dori"), an official's or a
        # hospital's town ("le gouverneur de Mopti"), a photo caption's: no event's place, so
        # no sentence that names no place of its own takes one of them from before it.
        gone_to, _titles, captions = aside_places(parsed, self.places, aside_words("fr"))
        self.aside = gone_to | captions
        # A place in brackets right after a finer place it holds ("dans le département de Tillia
        # (région de Tahoua)") says where that place lies: a sentence that names no place of its
        # own takes the place it qualifies, not the bracket (`place`). Its start -> that place's.
        self.qualifying = _bracket_qualifiers(parsed.text, self.places)
        counts: dict[str, int] = {}
        for place in places:
            if place.country:
                counts[place.country] = counts.get(place.country, 0) + 1
        self.main_country = max(counts, key=lambda c: counts[c]) if counts else None
        # The story's country named only as a state ("la succession à la tête du Tchad") is
        # still where its unplaced events happen, as a last resort.
        self.states = [p.model_copy(update={"role": None}) for p in places
                       if p.role == "affiliation" and p.feature == "country"
                       and p.country == self.main_country]

    def place(self, sentence: ParsedSentence, trigger_start: int, trigger: Token | None = None,
              reporting: frozenset[str] = frozenset(), lexicon: FrenchLexicon | None = None) -> Place | None:
        inside = self.places[bisect.bisect_left(self._starts, sentence.start):
                             bisect.bisect_left(self._starts, sentence.end)]
        if trigger is not None and reporting:
            told = [p for p in inside if _where_told(sentence, p, trigger, reporting)]
            self.told.update(p.start for p in told)
            inside = [p for p in inside if p not in told] or inside
            inside = [p for p in inside if not _of_host_verb(sentence, p, trigger, lexicon)]
            # "Paris a envoyé des renforts à Gao": a capital that acts stands for its government
            inside = [p for p in inside if not _acting(sentence, p, trigger)] or inside
            if lexicon is not None:  # "... ont ouvert le feu avant de fuir vers le Mali"
                gone_to = [p for p in inside if _destination(sentence, p, trigger, lexicon)]
                self.told.update(p.start for p in gone_to)
                inside = [p for p in inside if p not in gone_to]
        # "au Sahel", "en Afrique de l'Ouest": a region across countries frames the story,
        # it does not place one act where a place of one country is told
        inside = [p for p in inside if p.country] or inside
        inside = [p for p in inside if p.start not in self.far] or inside
        if inside:
            # The dateline's place is where the report was filed: a fallback only.
            return min(inside, key=lambda p: (p.role == "dateline", _PLACE_PRECISION.get(p.feature, 5),
                                              abs(p.start - trigger_start)))
        if sentence.start not in self._told_with:  # once per sentence, however many events it tells
            self._told_with[sentence.start] = self._site_told_before(sentence)
        told_with = self._told_with[sentence.start]
        if told_with is not None:
            return told_with
        before = [p for p in self.places[:bisect.bisect_right(self._starts, sentence.start)]
                  if p.end <= sentence.start and p.feature != "country"
                  and p.start not in self.told and p.start not in self.far and p.start not in self.aside
                  and p.country]
        kept = {p.start for p in before}
        # "Jeudi, dans cette province, ...": a sentence that names the bracket's division back
        # is in it, not in the town it qualifies
        before = [p for p in before if self.qualifying.get(p.start) not in kept
                  or _names_back(sentence.text, p)]
        if before:
            return before[-1]
        countries = [p for p in self.places if p.country == self.main_country and p.feature == "country"
                     and p.start not in self.told] or self.states
        return countries[0] if countries else None

    def _site_told_before(self, sentence: ParsedSentence) -> Place | None:
        """A sentence that places its event only at a locality no gazetteer holds ("dans la
        localité de Diallassagou") is where an earlier sentence that named that locality put
        it ("les villages de Diallassagou ..., situés dans le cercle de Bankass"): the finest
        place of the first such sentence, not the last town named before (which may be
        where the news came from or people fled to)."""
        sites = unplaced_sites(sentence, self.places)
        if not sites:
            return None  # (no earlier sentence can name one)
        for earlier in self.sentences:
            if earlier.start >= sentence.start:
                break
            if not any(site.name in earlier.text for site in sites):
                continue
            inside = [p for p in self.places if earlier.start <= p.start < earlier.end and p.country
                      and p.start not in self.told and p.start not in self.far and p.role != "dateline"]
            if inside:
                return min(inside, key=lambda p: (_PLACE_PRECISION.get(p.feature, 5), p.start))
        return None

    def date(self, sentence: ParsedSentence, trigger: Token | None = None, latest: bool = False) -> DateValue | None:
        dates, starts = self.dates, self._date_starts
        inside = [d for d in dates[bisect.bisect_left(starts, sentence.start):bisect.bisect_left(starts, sentence.end)]
                  if d.value]
        relations = [(d, mark) for d in inside if (mark := _relation_mark(sentence, d)) is not None]
        if relations:
            # "lundi, deux jours après que des bandits ont enlevé ...": the act of that clause is
            # dated by its distance; the others of the sentence are not
            for relation, mark in relations:
                if trigger is not None and _in_relation_clause(sentence, mark, trigger):
                    return relation
            inside = [d for d in inside if all(d is not relation for relation, _ in relations)]
        if inside:
            return min(inside, key=lambda d: ("day", "interval", "month", "year").index(d.precision)
                       if d.precision in ("day", "interval", "month", "year") else 9)
        # (a date that ends by the sentence's start starts by it too)
        before = [d for d in self._days[:bisect.bisect_right(self._day_starts, sentence.start)]
                  if d.end <= sentence.start]
        if not before:
            return None
        # The nearest past day told before: not the first one (often the day of the
        # report, "ce matin"), nor one after it (a day announced ahead), but for a day told
        # as next to one before it ("Dimanche 16 mars ... Le lendemain, ..."). For a statement
        # (`latest`: `latest_day_types` of data/fr/temporal.yaml) a day after the first and
        # before the report's ("arrêtés le jeudi 28 septembre ... a répondu le samedi 30
        # septembre" in a paper of 2 October), or any day on a page that gives no report's day, is past
        # too: the latest such one.
        first = (before[0].value or "")[:10]
        report = self.published.isoformat() if self.published is not None else None

        def past_day(day: str) -> bool:
            return day <= first or (latest and (report is None or day < report))

        past = [d for d in before if past_day((d.value or "")[:10]) or told_next_to_a_day(d)]
        return past[-1] if past else before[0]

    def in_sentence(self, sentence: ParsedSentence) -> list[Quantity]:
        return [q for q in self.quantities if sentence.start <= q.start < sentence.end]


# Sectors whose side takes the country of the event's place when its phrase states none:
# a state's forces and offices, domestic politics ("l'opposition" in Dakar) and civilians
# ("des milliers de personnes" protesting in Niamey), unless its words call it foreign.
_ACTOR_HOME_SECTORS = ("MIL", "GOV", "COP", "JUD", "OPP", "PTY", "CVL")
_RECIPIENT_HOME_SECTORS = _ACTOR_HOME_SECTORS


# Between a place and a bracket after it that names where it lies: the opening bracket.
_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*")


def _bracket_qualifiers(text: str, places: list[Place]) -> dict[int, int]:
    """The places named in brackets right after a finer place inside them ("le département de
    Tillia (région de Tahoua)", "Kolofata (Extrême-Nord)"), by start, with the start of the place
    they qualify."""
    found: dict[int, int] = {}
    for before, after in zip(places, places[1:], strict=False):
        if _BRACKET_AFTER.fullmatch(text, before.end, after.start) and lies_inside(before, after):
            found[after.start] = before.start
    return found


def _division_kinds() -> dict[str, Feature]:
    """The kind words of French divisions (the first word of `kind_before`'s first- and
    second-level keys: "région", "province", "département"), each with the level it names."""
    kinds: dict[str, Feature] = {}
    for words, feature in place_phrases("fr").kind_before.items():
        if feature in ("admin1", "admin2"):
            kinds.setdefault(words.split()[0], feature)
    return kinds


_DIVISION_KINDS = _division_kinds()
_PLACE_DATA = load_data("places", "fr")
# A division named back: a determiner and a kind word, no name after it ("dans cette province",
# "dans la région et", not "dans la région de Tahoua").
_NAMED_BACK = re.compile(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, _PLACE_DATA.get('division_back_determiners') or ()))})\s+"
    rf"({'|'.join(map(re.escape, sorted(_DIVISION_KINDS, key=len, reverse=True)))})(?![\w'\u2019-])"
    rf"(?!\s+(?:{'|'.join(map(re.escape, _PLACE_DATA.get('of_words') or ()))})(?!\w))",
    re.IGNORECASE)


def _names_back(text: str, bracket: Place) -> bool:
    """Whether `text` names back, by a determiner and a kind word (`_NAMED_BACK`), a division
    of `bracket`'s kind: the kind word it is named with ("province du Soum": "cette province"),
    or, named bare ("Mora (Extrême-Nord)"), a kind word of its level; a first-level kind word
    (région, province) names either level, as the geocoder reads it (places.yaml `kind_before`)."""
    if not _DIVISION_KINDS or not _PLACE_DATA.get("division_back_determiners"):
        return False
    own = bracket.text.replace("\u2019", "'").casefold().split()
    own_kind = own[0] if own and own[0] in _DIVISION_KINDS and len(own) > 1 else None
    for match in _NAMED_BACK.finditer(text):
        kind = match.group(1).casefold()
        if own_kind is not None:
            if kind == own_kind:
                return True
        elif bracket.feature in ("admin1", "admin2") and (
                _DIVISION_KINDS[kind] == bracket.feature or _DIVISION_KINDS[kind] == "admin1"):
            return True
    return False


def _with_country(actor: Actor | None, place: Place | None, sectors: Iterable[str],
                  foreign: frozenset[str] = frozenset()) -> Actor | None:
    """A side of a home sector with no country of its own takes the event's place's; not
    a dateline's, which says where the report was filed ("ABUJA - ... des militaires ont
    renversé le président nigérien"), nor a side its words call foreign (`foreign`: "un
    campement de réfugiés", "des mercenaires")."""
    if actor is None or actor.country is not None or place is None or not place.country or place.role == "dateline":
        return actor
    if foreign and any(fold(word.strip(".,;:()«»\"'")) in foreign for word in actor.text.split()):
        return actor
    if actor.type in sectors:
        return actor.model_copy(update={"country": place.country})
    return actor


def _within(place: Place | None, side: Actor | None, other: Actor | None) -> bool:
    """The place is the country a side's own words name ("à la France"; not a town, "à
    Cotonou", where the act is): inside its phrase, of the country the side states, a phrase clear of the other
    side's (a parse that gave one side the whole clause bounds nothing)."""
    return place is not None and side is not None and side.country is not None and place.feature == "country" \
        and side.country == place.country and side.start <= place.start and place.end <= side.end \
        and (other is None or other.end <= side.start or side.end <= other.start)


def _article_country(parsed: ParsedArticle, knowledge_base: Any) -> str | None:
    """The country an article that names no place is about: the one its words name most
    ("Le gouvernement béninois ...", "au Bénin"), counted over its parsed sentences."""
    found = _article_country_mention(parsed, knowledge_base)
    return found[0] if found else None


def _article_country_mention(parsed: ParsedArticle, knowledge_base: Any) -> tuple[str, int, int] | None:
    """`_article_country` with the offsets of its first mention."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for sentence in parsed.sentences:
        if not sentence.deep:
            continue
        for token in sentence.tokens:
            if token.is_alpha and (token.pos_ in ("ADJ", "PROPN") or token.text[:1].isupper()):
                code = knowledge_base.country_of_demonym(token.lower_) or (
                    knowledge_base.country_of_name(token.text) if token.text[:1].isupper() else None)
                if code is not None and len(code) == 3 and code != "IGO":
                    counts[code] = counts.get(code, 0) + 1
                    first.setdefault(code, sentence.offsets(token))
    if not counts:
        return None
    code = max(counts, key=lambda c: counts[c])
    return code, *first[code]


def _placed_in_article_country(events: list[Event], parsed: ParsedArticle, places: list[Place],
                               knowledge_base: Any) -> list[Event]:
    """An article that names no place at all, only a country's people or state ("Le
    gouvernement béninois affirme ..."), tells its events in that country: they are placed
    at the country (its gazetteer point), spanned by its first mention."""
    if not events or places or any(e.location is not None for e in events):
        return events
    found = _article_country_mention(parsed, knowledge_base)
    country = Gazetteer.default().country(found[0]) if found else None
    if found is None or country is None:
        return events
    code, start, end = found
    place = Place(text=parsed.text[start:end], start=start, end=end, name=country.name,
                  geonames_id=country.geonames_id, lat=country.entry.lat, lon=country.entry.lon,
                  country=country.iso3, feature="country")
    return [e.model_copy(update={"location": place}) for e in events]


def _same_country(first: Place | None, second: Place | None) -> bool:
    return first is not None and second is not None and first.country is not None \
        and first.country == second.country


def _settle_countries(events: list[Event], inferred: dict[str, tuple[bool, bool]], parsed: ParsedArticle,
                      knowledge_base: Any) -> list[Event]:
    """Countries given to sides from where their event happened, checked against the article.

    A country a side took from the event's place yields to the one the article states for
    the same side of another event of that type in the same country ("des civils ont été ciblés ... dans la
    zone de Tillia" beside "un campement de réfugiés maliens": the civilians are not
    Nigerien for being in Niger). An event with no place of a country gives a state's
    side the country the article's words name most."""
    home: str | None = None
    looked = False
    settled = []
    for event in events:
        flags = inferred.get(event.id, (False, False))
        update: dict[str, Actor | None] = {}
        for role, was_inferred, sectors in (("actor", flags[0], _ACTOR_HOME_SECTORS),
                                            ("recipient", flags[1], _RECIPIENT_HOME_SECTORS)):
            side: Actor | None = getattr(event, role)
            if side is None:
                continue
            if was_inferred and any(
                    other is not event and other.type == event.type and other.mode == event.mode
                    and _same_country(other.location, event.location)
                    and getattr(other, role) is not None and getattr(other, role).country not in (None, side.country)
                    and not inferred.get(other.id, (False, False))[role == "recipient"]
                    for other in events):
                update[role] = side.model_copy(update={"country": None})
            elif side.country is None and side.type in sectors and (event.location is None
                                                                     or not event.location.country):
                if not looked:
                    home, looked = _article_country(parsed, knowledge_base), True
                if home is not None:
                    update[role] = side.model_copy(update={"country": home})
        settled.append(event.model_copy(update=update) if update else event)
    return settled


def _relation_mark(sentence: ParsedSentence, date: DateValue) -> Token | None:
    """The "que" or indefinite article after a date of distance ("deux jours après que des
    bandits ont enlevé ...", "deux jours après une attaque similaire", "au lendemain d'une
    autre"), None for any other date."""
    if not told_at_a_distance(date):
        return None
    for token in sentence.doc:
        if sentence.start + token.idx >= date.end:
            if token.lower_ in ("d'", "d’", "de") and token.i + 1 < len(sentence.doc):
                token = sentence.doc[token.i + 1]  # "au lendemain d'une autre"
            return token if token.lower_ in _RELATION_MARKS else None
    return None


# The words that open the other act of a date of distance: a clause, an indefinite noun phrase.
_RELATION_MARKS = frozenset({"que", "qu'", "qu’", "un", "une"})


def _in_relation_clause(sentence: ParsedSentence, mark: Token, trigger: Token) -> bool:
    """The trigger lies in the clause a date of distance opens: after its "que" (`mark`), with
    no comma or semicolon between (the small parse often makes that clause the sentence's root,
    so its words are read in order, not from the tree)."""
    if trigger.i <= mark.i:
        return False
    return not any(t.text in (",", ";") for t in sentence.doc[mark.i + 1:trigger.i])
