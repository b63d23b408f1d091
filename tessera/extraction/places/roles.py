"""What a place mention is in its sentence (`_role`): a dateline, a speaker's seat, an origin, a
route's end, an affiliation ("Malian soldiers"), foreign forces.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Token

from tessera.extraction.places.mentions import _OPENING_QUOTES
from tessera.extraction.places.phrases import (
    PlacePhrases,
)
from tessera.parse import (
    ParsedArticle,
)
from tessera.records import Entity, Place, PlaceRole
from tessera.resolve.gazetteer import (
    Gazetteer,
)
from tessera.resolve.geocoder import Geocoder, Mention, Resolution


def _role(text: str, mention: Mention, dateline: tuple[int, int] | None, phrases: PlacePhrases) -> PlaceRole | None:
    if dateline is not None and mention.start < dateline[1] and dateline[0] < mention.end:
        return "dateline"
    before = text[max(0, mention.start - 40) : mention.start]
    if phrases.border_before.search(before) or phrases.border_after.match(text, mention.end):
        return "border"
    # Whose head ("à la tête du Mali"), whose force ("l'Opération des Nations unies en Côte
    # d'Ivoire"), where it came from ("un groupe armé en provenance du Rwanda"): not where
    # anything happens.
    affiliations = (phrases.ruled_before, phrases.mission_before, phrases.origin_before)
    if any(pattern is not None and pattern.search(before) for pattern in affiliations):
        return "affiliation"
    return None


def _names_a_kind_of_country(
    text: str, mention: Mention, resolution: Resolution | None, phrases: PlacePhrases
) -> bool:
    """Whether an area that spans countries (a region or natural feature of no country) is
    named before a lower-case noun of a country ("the impoverished Sahel nation", "the Lake
    Chad countries", "the Sahel state of Burkina Faso"): what kind of country one is, not a
    place of the story."""
    if phrases.country_noun_after is None or resolution is None or resolution.entry.country:
        return False
    return resolution.entry.feature in ("region", "natural") and bool(
        phrases.country_noun_after.match(text, mention.end))


def _repeated_dateline(mention: Mention, repeats: Sequence[tuple[int, int]]) -> PlaceRole | None:
    """"dateline" for a mention of the dateline's place where a later line repeats the dateline."""
    return "dateline" if any(mention.start < end and start < mention.end for start, end in repeats) else None


# Labels of the names a place may end: "SOS Médias Burundi" (an outlet the model reads as a
# product), "Amnesty International Nigeria".
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART"})


def _speaks(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> bool:
    """A capital as the subject or object of a verb of saying or of addressing a state
    (`metonymy_verbs`) stands for its government: "Kigali claims", "Kinshasa accuses
    Kigali", "asked Addis Ababa for help", "Paris a déploré" (role "affiliation", never an
    event's place). So does one that is the agent of a passive verb ("rebels backed by
    Kigali", "imposée par Washington"), the opponent after "against" ("demonstrated
    against Paris", "contre Kampala": `opponent_prepositions`), and a capital coordinated
    with one of these ("officials from Islamabad and New Delhi"): a scene is no agent, and
    no one acts against a town's streets."""
    if not phrases.metonymy_verbs or (head := _parsed_head(parsed, mention)) is None:
        return False
    head = _first_conjunct(head)
    if _is_agent(head, phrases) or _is_opponent(head, phrases) or _origin_of(head, phrases):
        return True
    if head.dep_ not in ("nsubj", "dobj", "obj", "iobj", "dative"):
        return False
    verb = _unquoted(head.head)
    lemma = verb.lemma_.casefold()
    return verb.pos_ in ("VERB", "AUX") and (lemma in phrases.metonymy_verbs or lemma in phrases.source_verbs)


def _unquoted(token: Token) -> Token:
    """The word an opening quotation mark the parse took for a head opens ("a « déploré »":
    déploré; the small parse may take the mark a writer sets around one word for the
    clause's verb and hang the word under it), or the token itself."""
    if token.text not in _OPENING_QUOTES or token.i + 1 >= len(token.doc):
        return token
    word = token.doc[token.i + 1]
    return word if word.head == token and word.pos_ in ("VERB", "AUX") else token


def _first_conjunct(token: Token) -> Token:
    """The first of the names coordinated with `token` ("Islamabad and New Delhi": Islamabad),
    whose place in the clause the later ones share."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _is_agent(token: Token, phrases: PlacePhrases) -> bool:
    """The agent of a passive verb: "backed by Kigali" (English: pobj of an `agent` "by"),
    "imposée par Washington" (UD: obl:agent; or, where the parse hung the name elsewhere,
    its `agent_prepositions` case marker right after a participle)."""
    if token.dep_ == "obl:agent" or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        return True
    marker = next((c for c in token.children if c.dep_ == "case" and c.lower_ in phrases.agent_prepositions), None)
    if marker is None or marker.i == 0:
        return False
    before = marker.doc[marker.i - 1]
    return before.pos_ == "VERB" and "Part" in before.morph.get("VerbForm")


def _attributed(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "affiliation" for a place an act is laid at the door of: the object of an
    attribution verb's author preposition (`attribution_preps`: "a strike attributed to
    Israel", "an attack blamed on Kigali", "the bombing, which officials pinned on Kabul"):
    the state or its government did it, the act is not there. Read on the parse, so only in
    parsed sentences."""
    if not phrases.attribution_preps or (head := _parsed_head(parsed, mention)) is None:
        return None
    node = _first_conjunct(head)
    if node.dep_ != "pobj":
        return None
    preposition, verb = node.head, node.head.head
    return "affiliation" if (preposition.dep_ in ("prep", "agent") and verb.pos_ == "VERB"
                             and preposition.lower_ in phrases.attribution_preps.get(verb.lemma_.casefold(), ())
                             ) else None


def _is_opponent(token: Token, phrases: PlacePhrases) -> bool:
    """The object of a preposition of opposition ("against Paris", "contre Kampala")."""
    if not phrases.opponent_prepositions:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in phrases.opponent_prepositions
    return any(c.dep_ == "case" and c.lower_ in phrases.opponent_prepositions for c in token.children)


def _parsed_head(parsed: ParsedArticle, mention: Mention) -> Token | None:
    """The syntactic head of the mention's words, where its sentence was parsed."""
    sentence = parsed.sentence_at(mention.start)
    if sentence is None or not sentence.deep or not sentence.doc.has_annotation("DEP"):
        return None
    span = sentence.span_at(mention.start, mention.end)
    return None if span is None or len(span) == 0 else span.root


def _origin(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "affiliation" for a place that says where something or someone comes from: the
    object of an origin preposition on a noun ("a truce brokered with help from Egypt",
    "troops from Chad", "refugees from Mali"), or on a verb of coming or sending
    (`_came_from`, `_sent_from`: "reinforcements sent from Makeni"), not on another verb
    ("fled from Gao" tells a movement there) nor on a noun of leaving (places.yaml
    `leaving_nouns`: "the withdrawal from Niger" is in Niger). Read on the parse, so only in
    parsed sentences."""
    if not (phrases.origin_prepositions or phrases.origin_cases) or (head := _parsed_head(parsed, mention)) is None:
        return None
    return "affiliation" if (_origin_of(head, phrases) or _came_from(head, phrases)
                             or _sent_from(head, phrases)) else None


# How many nouns a place may hang below the word that says it is an origin ("depuis [la
# ville voisine de [Bouaké]]").
_ORIGIN_DEPTH = 3


def _came_from(head: Token, phrases: PlacePhrases) -> bool:
    """French (UD): whether `head`, or the first of the names coordinated with it, is
    where someone came from: under an origin preposition (`origin_cases`: "dépêchés depuis
    Bouaké"), or the "de" object of a verb of coming ("des renforts venus de Bouaké,
    Yamoussoukro et Abidjan"), directly or through the nouns it hangs on ("depuis la ville
    voisine de Bouaké")."""
    if not phrases.origin_cases and not phrases.origin_verbs:
        return False
    node = _first_conjunct(head)
    for _ in range(_ORIGIN_DEPTH):
        cases = {c.lower_ for c in node.children if c.dep_ == "case"}
        if cases & phrases.origin_cases and cases <= phrases.origin_cases:
            return True  # not the adverb before another preposition ("qui vit depuis en Côte d'Ivoire")
        governor = node.head
        if cases & phrases.origin_verb_cases and governor.pos_ == "VERB" and governor.i < node.i \
                and governor.lemma_.casefold() in phrases.origin_verbs:
            return True
        if node.dep_ != "nmod" or governor.pos_ != "NOUN" or governor.i == node.i:
            return False
        node = governor
    return False


def _sent_from(head: Token, phrases: PlacePhrases) -> bool:
    """English: whether `head`, or the first of the names coordinated with it, is the object
    of an origin preposition on a verb of coming or sending before it (`origin_verbs`:
    "reinforcements were sent from Makeni", "gunmen who came from Mali and Niger"), directly
    or as the name set in apposition to that object ("sent from the regional capital,
    Makeni"): where someone came from, not where the act is (the soldiers sent guard the
    town the story is about). Not a verb of fleeing or leaving ("fled from Djibo"), which
    tells a movement at the place left."""
    if not phrases.origin_verbs or not phrases.origin_prepositions:
        return False
    node = _first_conjunct(head)
    if node.dep_ == "appos" and node.head.i < node.i:
        node = node.head
    if node.dep_ != "pobj":
        return False
    preposition, verb = node.head, node.head.head
    return (preposition.lower_ in phrases.origin_prepositions and preposition.dep_ == "prep"
            and verb.pos_ == "VERB" and verb.i < preposition.i
            and verb.lemma_.casefold() in phrases.origin_verbs)


def _origin_of(head: Token, phrases: PlacePhrases) -> bool:
    """Whether `head` is the object of an origin preposition on a noun before it, not a
    noun of leaving (`_origin`)."""
    preposition = head.head
    return bool(head.dep_ == "pobj" and preposition.lower_ in phrases.origin_prepositions
                and preposition.dep_ == "prep" and preposition.head.pos_ == "NOUN"
                and preposition.head.i < preposition.i
                and preposition.head.lower_ not in phrases.leaving_nouns)


# How many nouns a place may hang below the preposition that puts it on a journey ("to
# [the garrison city of [Rawalpindi]]", "for [an official ceremony in [Nkambe]]").
_ROUTE_DEPTH = 3


def _route(parsed: ParsedArticle, text: str, mention: Mention, phrases: PlacePhrases) -> PlaceRole | None:
    """ "route" for a place a journey is told as going to or coming from, not where anything
    on the way happens: the object of a goal preposition on a word of a journey ("waiting
    to travel to Rawalpindi", "on his way to Senegal", "forced to flee towards Shaqra"), or
    of a goal or an origin preposition on a word that has both ("going from Quetta to
    Peshawar", "the road from Kayes to Bamako"), directly or through the common nouns it
    hangs on ("to the garrison city of Rawalpindi", "travelling for a ceremony in Nkambe";
    not through a name, which it locates: in "travelling to Parachinar in Kurram district"
    the district may hold what happened on the way); and a
    place opening a compound of a journey ("the Peshawar-bound train"). The goal of a
    deployment or a march stays where the act is ("deployed to Gao": not a journey word).
    Read on the parse, so only in parsed sentences (the compound on the text)."""
    if phrases.route_compound is not None and phrases.route_compound.match(text, mention.end):
        return "route"
    if not phrases.goal_prepositions or (head := _parsed_head(parsed, mention)) is None:
        return None
    if _carried_to(head, phrases):
        return "route"
    node = _first_conjunct(head)
    for _ in range(_ROUTE_DEPTH):
        if node.dep_ != "pobj":
            return None
        preposition, governor = node.head, node.head.head
        word = preposition.lower_
        if (word in phrases.goal_prepositions or word in phrases.journey_prepositions) \
                and governor.lemma_.casefold() in phrases.journey_words:
            return "route"
        if word in phrases.goal_prepositions | phrases.origin_prepositions and _both_ends(governor, phrases):
            return "route"
        if governor.pos_ != "NOUN" or governor.i == preposition.i:
            return None
        node = governor
    return None


def _carried_to(head: Token, phrases: PlacePhrases) -> bool:
    """French (UD): whether `head`, or the first of the names coordinated with it, is where
    the wounded, the dead or anyone else are carried to: a case of direction on it
    (`goal_prepositions`: "évacués sur Bangui") or on a noun of a settlement it hangs on
    ("transférés vers la ville voisine de Charm el-Cheikh": `apposition_nouns`), on a word of
    carrying before it (`journey_words`: "évacuer", "rapatrier", "lors de leur évacuation
    vers Bamako"). Not "à", which also says where one is ("hospitalisés à Kaya"), nor a name
    under a hospital or a camp ("vers l'hôpital de Kaya"), which may be where the act was;
    nor the place left ("évacués de Djibo"); nor where forces or their supplies are carried
    ("des renforts ont été acheminés vers Djibo": `_carried`, `_is_force`), a deployment's or a
    delivery's place. English marks the goal with a preposition
    above the name (`_route`), so this never reads it."""
    if not phrases.journey_words:
        return False
    node = _first_conjunct(head)
    goal = False
    for _ in range(_ROUTE_DEPTH):
        goal = goal or any(c.dep_ == "case" and c.lower_ in phrases.goal_prepositions for c in node.children)
        governor = node.head
        if governor.i == node.i:
            return False
        if goal and governor.i < node.i and governor.pos_ in ("VERB", "NOUN") \
                and (governor.lemma_.casefold() in phrases.journey_words or governor.lower_ in phrases.journey_words):
            return not any(_is_force(word, phrases) for word in _carried(governor, phrases))
        if not node.dep_.startswith("nmod") or governor.pos_ != "NOUN" \
                or governor.lemma_.casefold() not in phrases.apposition_nouns:
            return False  # a hospital or a camp of the town may be where the act was
        node = governor
    return False


def _carried(word: Token, phrases: PlacePhrases) -> list[Token]:
    """What a French word of carrying carries: a verb's object or passive subject ("des
    renforts ont été acheminés"), or the noun a participle or a relative clause of it
    qualifies ("les renforts acheminés vers Djibo", "les troupes qui ont été transférées"); a
    noun's "de" complement ("le transfert des troupes"); each with the names coordinated with
    it, and through a collective to its "de" complement ("des centaines de soldats")."""
    if word.pos_ == "VERB":
        found = [c for c in word.children if c.dep_ in ("obj", "nsubj:pass")]
        if word.dep_.startswith("acl") and (not found or any(c.pos_ == "PRON" for c in found)):
            found = [c for c in found if c.pos_ != "PRON"] + [word.head]
    else:
        found = [c for c in word.children if c.dep_ == "nmod" and c.i > word.i
                 and any(m.dep_ == "case" and m.lower_ in phrases.carried_cases for m in c.children)]
    carried = []
    for noun in found:
        for item in (noun, *(c for c in noun.children if c.dep_ == "conj")):
            if item.lemma_.casefold() in phrases.carried_collectives:
                item = next((c for c in item.children if c.dep_ == "nmod" and c.i > item.i), item)
            carried.append(item)
    return carried


def _is_force(word: Token, phrases: PlacePhrases) -> bool:
    """Whether `word`, carried, is a force or its supplies (`carried_forces`: "des renforts",
    "des troupes", "des vivres"), whose end is a deployment's or a delivery's place; not
    one the wounded or the dead are of ("les soldats blessés ont été évacués": `carried_hurt`)."""
    if word.lemma_.casefold() not in phrases.carried_forces and word.lower_ not in phrases.carried_forces:
        return False
    return not any(c.dep_ in ("amod", "acl") and (c.lower_ in phrases.carried_hurt
                                                 or c.lemma_.casefold() in phrases.carried_hurt)
                   for c in word.children)


def _both_ends(word: Token, phrases: PlacePhrases) -> bool:
    """Whether both a goal and an origin preposition hang on `word` ("from Quetta to
    Peshawar"): the two ends of a route it names."""
    prepositions = {c.lower_ for c in word.children if c.dep_ == "prep"}
    return bool(prepositions & phrases.goal_prepositions) and bool(prepositions & phrases.origin_prepositions)


def _foreign_forces(places: list[Place], whose: list[Place]) -> list[Place]:
    """A country named only as whose forces or government act ("the US military launched a
    strike", every time), in a story set in another country (a place of another country
    named otherwise: "in central Somalia"), is no place of the story's events: role
    "affiliation". A country also named as a setting keeps its mentions ("the Burkina Faso
    military seized power ... in Burkina Faso": a domestic story)."""
    marked = {id(p) for p in whose}
    settings = {p.country for p in places if p.role is None and id(p) not in marked and p.country}
    foreign = {p.country for p in whose} - settings
    if not foreign or not settings:
        return places
    return [p.model_copy(update={"role": "affiliation"}) if id(p) in marked and p.country in foreign else p
            for p in places]


def _whose(parsed: ParsedArticle, mention: Mention, phrases: PlacePhrases) -> bool:
    """The name modifies a noun of a state's forces or government that follows it ("the US
    military launched a strike", "Rwanda troops", "the Sudan government"): it says whose
    they are, not where anything happens (a country's army acts abroad too). Read on the
    parse, so only in parsed sentences; a noun that itself modifies another ("a Mali army
    base") is left alone."""
    if not phrases.affiliated_heads or (head := _parsed_head(parsed, mention)) is None:
        return False
    if head.dep_ != "compound":
        return False
    noun = head.head
    while noun.dep_ == "compound" and noun.lemma_.casefold() in phrases.affiliated_heads \
            and noun.head.i > noun.i and noun.head.lemma_.casefold() in phrases.affiliated_heads:
        noun = noun.head  # "Niger army troops"
    return (noun.i > head.i and noun.pos_ == "NOUN" and noun.dep_ != "compound"
            and (noun.lemma_.casefold() in phrases.affiliated_heads or noun.lower_ in phrases.affiliated_heads))


def _affiliation(text: str, mention: Mention, names: Sequence[Entity], phrases: PlacePhrases) -> PlaceRole | None:
    """Where an organisation or an outlet is from, not where anything happens: a place
    opening a hyphenated compound ("the UK-based monitor", "a Beijing-brokered truce",
    `affiliation_compounds`), or ending an organisation's name the model
    reads up to it ("SOS Médias Burundi", "Amnesty International Nigeria")."""
    if phrases.affiliation_compound.match(text, mention.end):
        return "affiliation"
    if any(e.end + 1 == mention.start and text[e.end] == " " for e in names):
        return "affiliation"
    return None


@functools.lru_cache(maxsize=4)
def _geocoder(gazetteer: Gazetteer) -> Geocoder:
    return Geocoder(gazetteer)
