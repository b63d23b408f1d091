"""Toponyms the NER missed: a scan of the sentence's capitalised words against the gazetteer, with
the checks that keep people, organisations and common words out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc

from tessera.extraction.places.countries import (
    _division_kinds,
)
from tessera.extraction.places.nesting import (
    _capitalised,
    _locative,
    _run_end,
    _sentence_words,
)
from tessera.extraction.places.phrases import (
    _PERSON_LABELS,
    _POSSESSIVES,
    _SCAN_FEATURES,
    FAR_TOWN_POPULATION,
    PLACE_LABELS,
    SCANNED_TOWN_POPULATION,
    PlacePhrases,
)
from tessera.parse import (
    ParsedArticle,
    ParsedSentence,
)
from tessera.records import Entity, Feature
from tessera.resolve.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    fold,
    is_arabic_article,
)
from tessera.resolve.geocoder import Geocoder, Mention, Resolution


def _scan(
    parsed: ParsedArticle,
    entities: Sequence[Entity],
    toponyms: Sequence[Entity],
    gazetteer: Gazetteer,
    phrases: PlacePhrases,
    countries: Collection[str],
) -> list[Entity]:
    """Names in a place's position that the entities missed (see the module docstring)."""
    if parsed.is_lowercased:
        return []
    taken = [(e.start, e.end) for e in toponyms]
    others = [e for e in entities if e.label not in PLACE_LABELS]
    words = gazetteer.words
    found: list[Entity] = []
    # The names the toponyms already read, for a run that repeats one whole (`repeated_names`).
    named = frozenset(fold(e.text) for e in toponyms) if phrases.repeated_names else frozenset()
    for sentence in parsed.sentences:
        doc = sentence.doc
        chain_end = -1  # token index just after the last name taken, for "in Bakura and Maradun"
        words_at = _sentence_words(sentence)  # where a name can start, read once (most tokens cannot)
        # Token indices where a toponym of the sentence ends: a name conjoined with it across
        # "and of" ("de Goz Beïda et d'Am Timan") stands where it does (entity spans only).
        ends = _toponym_ends(sentence, taken)
        texts, capitals = words_at.texts, words_at.capitals
        size = len(doc)
        i = 0
        while i < size:
            if not (capitals[i] or (i + 2 < size and capitals[i + 2] and texts[i + 1] == "-"
                                    and is_arabic_article(texts[i]) and _arabic_article_at(doc, i))):
                i += 1
                continue
            if doc[i].lower_ in phrases.locative_prepositions or doc[i].lower_ in phrases.articles:
                # A capitalised locative word or article opens the sentence ("In Rafah, ...",
                # "Near Djibo, ...", "À Bamako, ..."): the name starts after it.
                i += 1
                continue
            j = _run_end(words_at, i)
            # Across lower-case particles ("Mocímboa da Praia"): tried first, kept only if known.
            longest = _run_end(words_at, i, phrases.name_particles) if phrases.name_particles else j
            chain = i - 2 if i - 2 in ends else chain_end  # "Goz Beïda et d'[Am Timan]"
            located = _locative(doc, i, chain, phrases) or _building_of(doc, i, phrases)
            struck = not located and _struck(doc, i, phrases)
            apposed = not located and not struck and _in_apposition(doc, i, phrases)
            settled = not (located or struck or apposed) and _settlement_word_after(doc, i, j, phrases)
            described = not (located or struck or apposed or settled) and _described_after(
                parsed.text, sentence.offsets(doc[j - 1])[1], phrases)
            repeated = (bool(named) and not (located or struck or apposed or settled or described)
                        and not (i > 0 and doc[i - 1].lower_ in phrases.repeated_name_titles)
                        and fold(parsed.text[slice(*sentence.offsets(doc[i:j]))]) in named)
            located = located or struck or apposed or settled or described or repeated
            kinded = phrases.kind_before_outside and _division_word_before(doc, i, phrases)
            taken_run = None
            for end in range(longest, i, -1):  # the longest known name from i: "near Djibo Friday" -> Djibo
                if end < longest and not doc[end - 1].whitespace_:
                    continue  # not inside a hyphenated word ("Arab-Israeli")
                if end > j and not _capitalised(doc[end - 1]):
                    continue  # a name does not end on a particle ("Santander de")
                kind_length = phrases.kind_at(doc, end)
                if (struck or apposed) and end not in (j, longest) and not kind_length:
                    continue  # after a verb, only the whole run: "attacked Musa Ibrahim" is no "Musa"
                if (settled or described or repeated) and end != j:
                    continue  # "Goma city": the whole run before the settlement's word
                kind = kind_length > 0
                if kind and end + kind_length < len(doc) and _capitalised(doc[end + kind_length]):
                    break  # a longer name: "Lansing State Journal", "Lake Region Hospital"
                if not (located or kind):
                    continue
                start_char, end_char = sentence.offsets(doc[i:end])
                name = parsed.text[start_char:end_char]
                entries = gazetteer.lookup(name, countries)
                if kind and not entries:  # known only with its kind word: "Northwest province"
                    kind_end = sentence.offsets(doc[end + kind_length - 1])[1]
                    entries = gazetteer.lookup(parsed.text[start_char:kind_end])
                # The whole run, not the first words of an institution's name ("the University of X").
                whole_run = end == j and not (end + 1 < size and texts[end] in phrases.of_words and capitals[end + 1])
                if not entries:
                    continue
                placed = located and whole_run  # "the town of Al-Haffah in Latakia province"
                if not _plausible(name, entries, kind or kinded, countries, words, whole_run) and not (
                        placed and _placed_in_division(parsed.text, end_char, entries, gazetteer, phrases)):
                    continue
                if kind:
                    end_char = sentence.offsets(doc[end + kind_length - 1])[1]
                elif settled:
                    end_char = sentence.offsets(doc[end])[1]  # read off by `_mention`
                # A division the recogniser took only in part ("Cameroon's Far [North] region")
                # is read whole when the gazetteer knows the longer name as that kind of
                # place: it wins (`_drop_nested`). Any other overlap stops the scan.
                kind_word = " ".join(t.lower_ for t in doc[end : end + kind_length])
                # A name read across a particle is known whole too ("Mocímboa da [Praia]").
                whole = (kind and _kind_agrees(phrases.kind_after[kind_word], entries)) or end > j
                if any(s < end_char and start_char < e and not (whole and start_char <= s and e <= end_char
                                                                 and e - s < end_char - start_char)
                       for s, e in taken):
                    break
                clash = [e for e in others if e.start < end_char and start_char < e.end]
                # A model entity of another label may be this name mislabelled ("Djibo"
                # as ORG, "Burkina Faso's"), never a longer name holding it ("Boko Haram"),
                # but for a span the model ran over a locative word ("El Aguaje in Aguililla").
                # The model may also take the article in: "in [the Marte Local Government
                # Area] of Borno State" is the division with its kind word.
                text = parsed.text
                after_preposition = i > 0 and doc[i - 1].text in phrases.locative_prepositions
                if any((e.start < start_char and not after_preposition
                        and not (kind and _LEADING_ARTICLE.fullmatch(text[e.start : start_char])))
                       or (e.end > end_char and text[end_char : e.end] not in _POSSESSIVES)
                       for e in clash):
                    break
                if struck and any(e.label in _PERSON_LABELS for e in clash) and not _town_of(entries, countries):
                    break  # "attacked Musa": a person's name, unless a town of the story's countries
                taken_run = Entity(text=parsed.text[start_char:end_char], start=start_char, end=end_char, label="GPE")
                break
            if taken_run is not None and longest > j and taken_run.end > sentence.offsets(doc[j - 1])[1]:
                j = longest  # the name ran across a particle
            if taken_run is not None:
                found.append(taken_run)
                taken.append((taken_run.start, taken_run.end))
                chain_end = j + phrases.kind_at(doc, j)
            i = j
    return found


def _toponym_ends(sentence: ParsedSentence, spans: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Indices of the tokens right after the toponyms `spans` (article offsets) of the sentence."""
    ends = set()
    for start, end in spans:
        if sentence.start <= start and end <= sentence.end:
            span = sentence.span_at(start, end)
            if span is not None:
                ends.add(span.end)
    return frozenset(ends)


_DIVISION_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:in|inside|within)\s+(?:the\s+)?)((?:[A-Z][\w'\u2019-]*\s+){1,3})(\w+)")


def _placed_in_division(
    text: str, end: int, entries: Sequence[GazetteerEntry], gazetteer: Gazetteer, phrases: PlacePhrases
) -> bool:
    """A town the scan found is a place however small when the next words put it in a
    division with its kind word that holds it: "the town of Al-Haffah in Latakia province",
    "Maga, Kebbi State"."""
    match = _DIVISION_AFTER.match(text, end)
    if match is None or phrases.kind_after.get(match.group(2).casefold()) not in ("admin1", "admin2"):
        return False
    divisions = {e.admin1 for e in gazetteer.lookup(match.group(1).strip())
                 if e.feature in ("admin1", "admin2") and e.admin1}
    return any(e.feature == "city" and e.admin1 in divisions for e in entries)


def _kind_agrees(feature: Feature, entries: Sequence[GazetteerEntry]) -> bool:
    """Whether one of `entries` is the kind of place a kind word demands (a region's or a
    province's word names either level of division)."""
    divisions = ("admin1", "admin2", "region")
    return any(e.feature == feature or (feature in divisions and e.feature in divisions) for e in entries)


def _without_strangers(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    countries: Collection[str],
    neighbours: Callable[[str], frozenset[str]] | None = None,
    geocoder: Geocoder | None = None,
) -> list[Resolution | None]:
    """A small town abroad with no tie to the article is no reading of the name: in a
    story that names its countries (or, naming none, divisions of one country only:
    "Jonglei state"), a town of fewer than SCANNED_TOWN_POPULATION people outside them
    stays out unless another name of the article lies in its country or its own words
    place it ("Lith" in a South Sudan story is no Dutch village; "Baga, Nigeria" is no
    Spanish village, which the words put in another country); nor is a town abroad
    matched only through another spelling a reading of a name with a division's kind word.
    With `neighbours` (places.yaml `far_divisions`), nor is a first- or second-level
    division in a country that is neither one of the story's nor a neighbour of one, with no
    tie ("au Nord-Ouest de la localité" in a Togo story is no Haitian department, "Lemba"
    in a Kinshasa story no province of São Tomé). With `neighbours`, nor is a town of fewer
    than FAR_TOWN_POPULATION people, no capital, in such a far country with no tie ("La
    Carlota" in a Venezuela story is no Philippine town, "Kaïta" in a Centrafrique story no
    Japanese one)."""
    if not countries:
        return list(resolutions)
    by_country: dict[str, set[str]] = {}
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if resolution is not None and resolution.entry.country:
            by_country.setdefault(resolution.entry.country, set()).add(fold(mention.name))
    # The story's countries and their neighbours (`far_divisions`): a division elsewhere is far.
    near = set(countries).union(*(neighbours(c) for c in countries)) if neighbours is not None else set()
    kept: list[Resolution | None] = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        entry = resolution.entry if resolution is not None else None
        # Its own words place it where they name a place of its country ("Baga, Nigeria" is no
        # Spanish village); a place the words name that no gazetteer holds ("Lith payam of Twic
        # East") or one in another country ("Baga, Nigeria" for the Spanish Baga) is no tie.
        container = resolutions[mention.inside] if mention.inside is not None else None
        placed = container is not None and entry is not None and container.entry.country == entry.country
        stranger = (
            entry is not None and entry.feature == "city" and entry.population < SCANNED_TOWN_POPULATION
            and entry.country not in countries and not placed
            and not by_country.get(entry.country or "", set()) - {fold(mention.name)}
        )
        # A division's kind word names a division: a town abroad that another spelling of
        # its name happens to match is no reading of it ("Mambasa territory" is no Mombasa).
        stranger = stranger or (
            entry is not None and entry.feature == "city" and not entry.primary and entry.country not in countries
            and mention.hint in ("admin1", "admin2")
        )
        if neighbours is not None and not stranger and entry is not None and not placed:
            far = (entry.country is not None and entry.country not in near
                   and not by_country.get(entry.country, set()) - {fold(mention.name)})
            stranger = far and (
                entry.feature in ("admin1", "admin2")
                or (entry.feature == "city" and entry.population < FAR_TOWN_POPULATION
                    and not (geocoder is not None and geocoder.is_capital(entry)))
            )
        kept.append(None if stranger else resolution)
    return kept


def _unheld_divisions(
    mentions: Sequence[Mention], resolutions: Sequence[Resolution | None], phrases: PlacePhrases
) -> list[Resolution | None]:
    """A name before the kind word of a division the gazetteer holds at no level (places.yaml
    `unheld_kinds`: "Kanbalu Township") resolves only to a namesake. Only the town the division
    is named after is a reading of it (`_areas_named_after` then reads the division at its
    level), and only where another name of the article, not its own, lies in the town's
    first-level division ("Kanbalu Township" beside "Sagaing Region"); a division of another
    kind only in the countries whose districts are named after their chief township
    (`unheld_division_countries`: Myanmar's "Maungdaw District"), elsewhere none ("Jackson
    Township, Ohio" is no "Jackson County": Ohio has dozens of Jackson Townships); nor a town of
    the same name three states away."""
    kinds = [phrases.kind_ending(mention.text) for mention in mentions]
    if not any(kind in phrases.unheld_kinds for kind in kinds if kind is not None):
        return list(resolutions)  # no township named: nothing to weigh (most articles)
    regions: dict[tuple[str, str], set[str]] = {}
    for mention, resolution in zip(mentions, resolutions, strict=True):
        if resolution is not None and resolution.entry.country and resolution.entry.admin1:
            regions.setdefault((resolution.entry.country, resolution.entry.admin1), set()).add(fold(mention.name))
    kept: list[Resolution | None] = []
    for mention, resolution, kind in zip(mentions, resolutions, kinds, strict=True):
        if resolution is not None and kind is not None and kind in phrases.unheld_kinds:
            entry = resolution.entry
            others = regions.get((entry.country or "", entry.admin1 or ""), set()) - {fold(mention.name)}
            if not others or (entry.feature != "city" and entry.country not in phrases.unheld_division_countries):
                resolution = None
        kept.append(resolution)
    return kept


def _contested_abroad(
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution | None],
    contested: Sequence[tuple[int, int]],
    countries: Collection[str],
    geocoder: Geocoder,
) -> list[Resolution | None]:
    """A name only the scan read as a town, which the recogniser labelled otherwise (an
    organisation's, a people's), is no town outside the countries the story names and
    their neighbours: the name of an Ethiopian militia is not a town in Italy, whatever
    word stands before it ("between the Fano militia"). A division with its kind word
    ("Barrow County") keeps its reading."""
    near = set(countries)
    for code in countries:
        near |= geocoder.neighbours(code)
    kept: list[Resolution | None] = []
    for mention, resolution in zip(mentions, resolutions, strict=True):
        abroad = (resolution is not None and resolution.entry.feature == "city"
                  and resolution.entry.country is not None and resolution.entry.country not in near)
        if abroad and any(s < mention.end and mention.start < e for s, e in contested):
            kept.append(None)
        else:
            kept.append(resolution)
    return kept


def _arabic_article_at(doc: Doc, i: int) -> bool:
    """Token i is an Arabic article hyphened to a name: "al-Souki", "el-Geneina"."""
    return (
        i + 2 < len(doc) and is_arabic_article(doc[i].text) and doc[i + 1].text == "-"
        and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and _capitalised(doc[i + 2])
    )


def _arabic_led(name: str) -> bool:
    head, hyphen, rest = name.partition("-")
    return bool(hyphen) and is_arabic_article(head) and rest[:1].isupper()


def _building_of(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A building's common noun and "of" before token i ("un hôtel de Sévaré", "la mosquée
    d'Abankor": `building_of_nouns`): the name is the town the building stands in."""
    return (i >= 2 and doc[i - 1].lower_ in phrases.of_words and doc[i - 2].text.islower()
            and doc[i - 2].text in phrases.building_of_nouns)


def _in_apposition(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A comma and a noun of a settlement before token i set the name there beside it: "in
    the capital, N'Djamena", "in Chad's second-largest city, Moundou" (`apposition_nouns`);
    so does the noun in lower case right before it, with an article, a locative modifier or
    preposition before the noun ("in northern city Makeni", "the resort Dahab")."""
    if i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in phrases.apposition_nouns:
        return True
    if i < 2 or doc[i - 1].text not in phrases.apposition_nouns:
        return False
    before = doc[i - 2].lower_
    return before in phrases.articles or before in phrases.modifiers or before in phrases.locative_prepositions


def _settlement_word_after(doc: Doc, i: int, j: int, phrases: PlacePhrases) -> bool:
    """A settlement's word in lower case ends the capitalised run i..j ("taking over Goma
    city", "Shinkafi town was attacked"): the run names that settlement, wherever it
    stands in the sentence, as `_mention` reads such a span. Not a place holding one
    ("a Kano village", "the Niger town of Diffa": an indefinite article before, "of" after)."""
    if j >= len(doc) or doc[j].text not in phrases.settlement_after:
        return False
    if j + 1 < len(doc) and doc[j + 1].lower_ in phrases.of_words:
        return False
    return not (i > 0 and doc[i - 1].lower_ in phrases.indefinite_words)


def _described_after(text: str, end_char: int, phrases: PlacePhrases) -> bool:
    """A comma and a settlement's noun follow the capitalised run ending at `end_char`
    ("Kumba, chef-lieu du département", "Grabo, une ville située ...": `described_after`):
    the run names that settlement, wherever it stands in the sentence."""
    pattern = phrases.described_after
    return pattern is not None and pattern.match(text, end_char) is not None


def _struck(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """The words before token i say a place there is taken or struck: a verb of attack
    ("raided Mangu", "overran the Boulkessi"), or a noun of attack and its preposition
    ("an attack on Boulkessi", "the siege of Djibo")."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in phrases.articles:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in phrases.site_verbs:
        return True
    return doc[k].lower_ in phrases.site_noun_prepositions and k >= 1 and doc[k - 1].lower_ in phrases.site_nouns


def _plausible(
    name: str,
    entries: Sequence[GazetteerEntry],
    kind: bool,
    countries: Collection[str],
    words: object,
    whole: bool = True,
) -> bool:
    """Whether a name the scan found after a locative word (or with a kind word) is a place;
    `whole`: the name is the whole capitalised run there, not its first words nor those of
    a longer name across "of"."""
    if name.isupper():
        return False  # an acronym ("AU", "UN"): the matcher knows the ones that are places
    if kind:
        return True
    key = name.casefold()
    if " " not in key and key in getattr(words, "common", ()):
        return False  # "in March", "at Home"
    if " " not in key and key in getattr(words, "nouns", ()):
        # The model's noun index is WordNet's, which lists many towns ("Goma", "Omdurman",
        # "Maiduguri") beside common nouns ("Union", "Bath"): after a locative word, the
        # whole capitalised run is the town when one of that name of some size lies in the
        # article's own countries.
        return whole and any(
            e.primary and e.feature == "city" and e.country in countries and e.population >= SCANNED_TOWN_POPULATION
            for e in entries
        )
    # Another spelling ("Arbinda" for Aribinda) counts in the article's own countries only.
    return any(
        e.country in countries
        or (e.primary and (e.feature in _SCAN_FEATURES or e.population >= SCANNED_TOWN_POPULATION))
        for e in entries
    )


def _town_of(entries: Sequence[GazetteerEntry], countries: Collection[str]) -> bool:
    """Whether one of `entries` is a town of some size in the article's own countries."""
    return any(e.feature == "city" and e.country in countries and e.population >= SCANNED_TOWN_POPULATION
               for e in entries)


_LEADING_ARTICLE = re.compile(r"(?:the|le|la|les)\s+|l['\u2019]", re.IGNORECASE)


def _division_word_before(doc: Doc, i: int, phrases: PlacePhrases) -> bool:
    """A division's kind word stands right before token i ("dans le cercle de Macina"):
    the name is that division's, wherever the article is."""
    before = " ".join(t.lower_ for t in doc[max(0, i - 3) : i]).replace("\u2019", "'").replace("' ", "'")
    words, ends = _division_ends(phrases)
    return before in words or before.endswith(ends)


@functools.lru_cache(maxsize=8)
def _division_ends(phrases: PlacePhrases) -> tuple[frozenset[str], tuple[str, ...]]:
    """The division kind words (`_division_kinds`) as a set, and each after a space, for
    `_division_word_before`'s test in two calls instead of two per word."""
    kinds = [k for k, _ in _division_kinds(phrases)]
    return frozenset(kinds), tuple(" " + k for k in kinds)
