"""Tolls in French sentences: the dead and wounded counted for a trigger (`_tolls`, `_count`),
one victim told in the singular, totals over a period and the counts that are no toll.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from tessera.data import word_set
from tessera.extraction.actors_fr import (
    count_nouns,
    facility_nouns,
    french_knowledge_base,
)
from tessera.extraction.events_fr.grammar import (
    _GRAMMAR_WORDS,
    _antecedent,
    _bare_time,
    _opening_time,
    _passive,
    _prep_child,
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    FrenchLexicon,
    _idioms,
)
from tessera.extraction.events_fr.modes import (
    _negated,
)
from tessera.extraction.events_fr.roles import (
    _added,
    _hung_subject,
    _present_participle,
)
from tessera.extraction.fatalities import whole_of_share
from tessera.extraction.places import (
    page_marker_end,
)
from tessera.parse import ParsedSentence
from tessera.records import (
    Quantity,
)


def _count(
    noun: Token, sentence: ParsedSentence, quantities: list[Quantity], others: frozenset[str] = frozenset(),
    sides: frozenset[str] = frozenset(), attackers: frozenset[str] = frozenset(),
    deadly: frozenset[str] = frozenset(), killing: Token | None = None,
) -> int | None:
    """The number of a victims' noun and of the nouns conjoined with it: "trois soldats et huit VDP".

    A conjunct that is (or carries) a casualty word of another kind (`others`) is another
    count: "neuf morts, un blessé et six portés disparus" is nine dead. A conjunct that
    names a side (`sides`: "5 morts côté FAMa et trois côté terroristes") is another side's
    toll: the first side's stands. A conjunct of attackers (`attackers`: "douze soldats et
    trente assaillants") is not of the toll: French reports give the attacked side's dead.
    A conjunct with a participle of its own that tells no death (`deadly`: the lemmas of
    killing and dying) is what else befell it where it stands as the killing word stands:
    "14 rebelles tués et 11 fusils saisis" (the killing a participle of the first noun), "20
    civils ont été tués et 23 maisons incendiées" (after the killing verb, its auxiliary
    elided) count fourteen and twenty; a participle that describes a victim named before the
    verb does not ("un soldat et un civil non identifié ont été tués" are two)."""
    total = None
    # "ont tué sept soldats et trois civils": the parse may hang the second count on the verb
    hung = [c for c in noun.head.children if c.dep_ == "conj" and c.i > noun.i and c.pos_ in ("NOUN", "PROPN")
            and any(g.dep_ == "nummod" for g in c.children)] \
        if noun.dep_ in ("obj", "nsubj", "nsubj:pass") and noun.head.pos_ == "VERB" else []
    # "Trois soldats et deux civils ont été tués" however the parser splits the list.
    listed = _listed_subjects(noun)
    doc = noun.doc
    conjuncts = [c for c in [*(c for c in [*noun.children, *hung] if c.dep_ == "conj"), *listed]
                 if c.lower_ not in others
                 and not any(g.lower_ in others for g in c.children)
                 # "un soldat a été tué et quatre membres de son unité blessés": the elided
                 # participle closes the conjunct's phrase, the parse hangs it on its "de" noun
                 and not any(g.lower_ in others and g.dep_ in ("acl", "amod") and g.i > n.i
                             for n in c.children if n.dep_ == "nmod" and n.i > c.i for g in n.children)
                 # "70 morts et 200 blessés" with the number taken for the conjunct and its noun
                 # hung elsewhere: the word after the number says what it counts
                 and not (c.like_num and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in others)
                 and not any(w.lower_ in attackers or w.lemma_.casefold() in attackers
                             for w in (c, *(g for g in c.children if g.dep_ in ("nmod", "amod"))))
                 and not (c.lower_ in sides or c.lemma_.casefold() in sides
                          or any(g.lower_ in sides for g in c.children))
                 and not (deadly and killing is not None and (c.i > killing.i or killing.head.i == noun.i)
                          and any(g.dep_ in ("acl", "amod") and g.pos_ in ("VERB", "ADJ") and g.i > c.i
                                  and "Part" in g.morph.get("VerbForm")
                                  and g.lemma_.casefold() not in deadly for g in c.children))]
    for item in [noun, *conjuncts]:
        start, end = sentence.offsets(item)
        value = None
        for quantity in quantities:
            if quantity.value is not None and quantity.start <= start and end <= quantity.end + 1 and \
                    quantity.end >= start:
                value = int(quantity.value)
                break
        if value is None and item.pos_ in ("NOUN", "PROPN"):
            # a count the parse split from its noun: "Deux casques bleus" with "casques" taken
            # for a determiner of "bleus" (the quantity opens the noun's phrase and ends in it,
            # after the phrase's preposition or article: "un bilan de trois casques bleus tués",
            # "les trois casques bleus")
            opening = next((w for w in item.subtree if not (w.head.i == item.i and w.i < item.i
                                                            and w.dep_ in ("case", "det"))), item)
            left, _ = sentence.offsets(opening)
            value = next((int(q.value) for q in quantities if q.value is not None and q.start == left
                          and left < q.end <= end), None)
            if value is None:
                # a count the parse cut off before its noun: "Neuf militaires colombiens" with
                # "militaires" taken for an adjective and "colombiens" for the noun (the counted
                # words, that adjective last, end right before the noun, nothing but a space between)
                before = item.left_edge.i - 1
                if item is noun and before >= 0 and item.doc[before].pos_ == "ADJ" and not any(
                        c.dep_ == "det" for c in item.children):
                    at = sentence.offsets(item.doc[before])[0]
                    value = next((int(q.value) for q in quantities if q.value is not None
                                  and q.start < at < q.end <= left
                                  and not sentence.text[q.end - sentence.start:left - sentence.start].strip()),
                                 None)
        if value is None and item.pos_ in ("NOUN", "PROPN") and "Sing" in item.morph.get("Number"):
            determiner = next((c for c in item.children if c.dep_ == "det"), None)
            if determiner is not None and determiner.lower_ in ("un", "une"):
                value = 1
        if value is not None:
            total = (total or 0) + value
    return total


def _past_measure(token: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """A side or victims the parse found, unless it is a distance or a subject that a
    preposition opens ("A Boghé, à 300 km de Nouakchott, un manifestant a été tué", "Près de
    Gao, à 30 km de la ville, douze soldats ont été tués", parsed with "km" or "Gao" as the
    subject): a subject is no prepositional phrase, so the first bare noun (no preposition of
    its own) the parse hung inside it is the one the verb is about, or none is."""
    if token is None:
        return None
    if not _measure(token, words) and not (token.dep_ in ("nsubj", "nsubj:pass") and _opened_by_preposition(token)):
        return token
    inside = next((c for c in token.subtree if c.i > token.i and c.dep_ in ("appos", "conj", "nmod")
                   and c.pos_ in ("NOUN", "PROPN") and not _measure(c, words)
                   and not any(g.dep_ == "case" for g in c.children)), None)
    if inside is not None or token.dep_ not in ("nsubj", "nsubj:pass"):
        return inside
    # "Près de Gao, une dizaine de soldats ont été tués": the parse gives the verb a second
    # subject beside the place; that bare one is the subject the verb is about
    return next((c for c in token.head.children if c.i != token.i and c.dep_ == token.dep_
                 and c.pos_ in ("NOUN", "PROPN") and not _measure(c, words)
                 and not _opened_by_preposition(c)), None)


_PARTITIVES = word_set(_GRAMMAR_WORDS, "partitives", "fr/triggers.yaml")
_DYING_SINGULAR = word_set(_GRAMMAR_WORDS, "dying_singular_forms", "fr/triggers.yaml")


def _opened_by_preposition(token: Token) -> bool:
    """A phrase a preposition opens ("à 300 km", "près de Gao"); not a partitive article the
    parse tagged a preposition ("des hommes armés", "est de 42 morts")."""
    cases = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
    return any(c.lower_ not in _PARTITIVES for c in cases) or (bool(cases) and any(
        c.dep_ == "advmod" and c.i < cases[0].i for c in token.children))


def _measure(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    return token.lower_ in words["measure_nouns"] or token.lemma_.casefold() in words["measure_nouns"]


def _one_victim(token: Token, lemma: str, words: Mapping[str, frozenset[str]]) -> bool:
    """A past participle of killing or dying that agrees with one victim: passive ("le
    maire a été assassiné"), with "être" ("il est mort"), or beside its noun ("le chauffeur
    tué"). French makes such a participle agree in number with who suffers the act, so a
    singular one counts one victim when the parse gives no countable noun (a name, a
    definite noun, a subject hung elsewhere). Not a participle of killing after "avoir" ("a
    tué"), which agrees with no one; one of dying after "avoir" ("a succombé") and a singular
    present of dying (`dying_singular_forms`: "un soldat meurt") count one where their subject
    is one person (`_one_person`)."""
    if token.lower_ in _DYING_SINGULAR:
        # "un soldat meurt", "un étudiant succombe à ses blessures": the present agrees with its subject
        subject = _dying_subject(token)
        return subject is not None and not _negated(token) and _one_person(subject, words)
    if token.pos_ not in ("VERB", "ADJ") or "Part" not in token.morph.get("VerbForm"):
        return False
    if token.morph.get("Number") != ["Sing"]:
        return False
    if lemma in words["kill_verbs"]:
        return _passive(token) or token.dep_ in ("acl", "amod")
    if lemma in words["die_verbs"] or token.lower_ in ("mort", "morte"):
        auxiliaries = [c for c in token.children if c.dep_ in ("aux:tense", "aux:pass", "cop")]
        if any(c.lemma_ == "être" for c in auxiliaries):
            return True
        # "un étudiant a succombé", "elle a péri": a verb of dying said with "avoir" agrees
        # with no one, but its subject does; a singular one that is no group is one dead
        subject = _own_subject(token)
        return any(c.lemma_ == "avoir" for c in auxiliaries) and subject is not None and _one_person(subject, words)
    return False


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject (active or passive), none looked for elsewhere (`_subject` looks further)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _one_person(subject: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """A subject that is one person: a singular noun, or a singular personal pronoun ("il",
    "elle"), neither a count ("une dizaine") nor a collective ("la famille", "un groupe") nor
    the indefinite "on" or a negative ("personne", "aucun")."""
    if subject.morph.get("Number") != ["Sing"] or subject.pos_ not in ("NOUN", "ADJ", "PRON"):
        return False
    noun = subject.lower_
    if subject.pos_ == "PRON":
        return noun in ("il", "elle")
    return not (noun in count_nouns() or noun in words["collective_victims"]
                or french_knowledge_base().is_collective_noun(noun)
                or any(c.dep_ == "det" and c.lower_ in ("aucun", "aucune", "nul", "nulle") for c in subject.children))


def _dying_subject(verb: Token) -> Token | None:
    """The subject of a present of dying, or where the parse took the verb for a word of the
    noun phrase, the noun right before it: the verb hung as its adjective ("Un soldat meurt":
    "meurt" an amod of "soldat"), or the noun hung under the verb between it and its
    determiner ("Un étudiant succombe": "étudiant" an amod of "succombe", which holds "Un")."""
    subject = _own_subject(verb)
    if subject is not None:
        return subject
    head = verb.head
    if verb.dep_ in ("amod", "acl") and head.i == verb.i - 1 and head.pos_ in ("NOUN", "ADJ"):
        return head
    return next((c for c in verb.children if c.i == verb.i - 1 and c.dep_ == "amod" and c.pos_ in ("NOUN", "ADJ")
                 and any(d.dep_ == "det" and d.i == verb.i - 2 for d in verb.children)), None)


def _one_object(verb: Token, victims: Token | None, words: Mapping[str, frozenset[str]]) -> bool:
    """The killing's direct object is one person: a singular noun with a determiner of one
    (`one_determiners`: "ont tué le pasteur", "a abattu un gendarme", as English "killed the
    pastor"), not a collective (`collective_victims`, the knowledge base's collective nouns:
    "une famille", "un groupe") nor a count ("une dizaine")."""
    if victims is None or victims.head.i != verb.i or victims.dep_ != "obj" or victims.pos_ != "NOUN":
        return False
    noun = victims.lower_
    if victims.morph.get("Number") != ["Sing"] or noun in count_nouns() or noun in words["collective_victims"] \
            or french_knowledge_base().is_collective_noun(noun):
        return False
    return any(c.dep_ == "det" and c.lower_ in words["one_determiners"] for c in victims.children)


def _tolls(
    sentence: ParsedSentence, quantities: list[Quantity], lexicon: FrenchLexicon
) -> tuple[int | None, int | None, Token | None, list[tuple[int, Token]], dict[int, int]]:
    """The sentence's dead and wounded, the noun of the first victims counted, each count of
    dead with the noun of its victims, and the dead a killing told with "également" counts
    (by the killing's token): no toll of the sentence's other events ("Au cours de cette
    attaque, ... une trentaine de terroristes ont été également tués"), but that killing's own
    where it is the event ("Une femme a également été tuée à Sarh")."""
    words = lexicon.words
    dying, costing, lifeless = _idioms("dying_idioms"), _idioms("costing_idioms"), _idioms("lifeless_idioms")
    dead: list[int] = []
    dead_by: list[tuple[int, Token]] = []
    added: dict[int, int] = {}
    hurt: list[int] = []
    counted: Token | None = None
    marked = _marker_tokens(sentence)
    not_counted = words["missing_words"] | words["other_outcome_words"]
    deadly = words["kill_verbs"] | words["die_verbs"]
    doc = sentence.doc
    casualty = lexicon._casualty  # `casualty_word`'s cache, read here first (every word)
    for word in sentence.tokens:
        told = casualty.get((word.lower, word.lemma))
        if not (lexicon.casualty_word(word) if told is None else told) and not (
                word.dep_ == "obj" and _lost(word)):
            continue  # no word of death or injury, nor what "perdre" lost: no toll (most words)
        # a token of its own, as iterating the doc gives: the sentence's shared tokens
        # (`ParsedSentence.tokens`) never leave a loop, so no two readings meet as one object
        token = doc[word.i]
        lower = token.lower_
        lemmas = {token.lemma_.casefold(), *lexicon.lemmas_of_form(lower)}
        lemma = next((w for w in lemmas if w in words["kill_verbs"] or w in words["injure_verbs"]
                      or w in words["die_verbs"]), token.lemma_.casefold())
        victims: Token | None = None
        bucket = None
        idiom_verb = _idiom_verb(token, dying)
        if idiom_verb is not None:
            # "ont trouvé la mort", "ont perdu la vie": the dead are the verb's subject
            bucket = dead
            victims = _own_subject(idiom_verb)
        elif lower in lifeless and any(c.dep_ == "case" and c.lower_ in lifeless[lower] for c in token.children):
            # "laissant trois personnes sans vie", "retrouvés sans vie": the lifeless are dead
            bucket = dead
            holder = token.head
            victims = holder if holder.pos_ in ("NOUN", "PROPN") and holder is not token else next(
                (c for c in holder.children if c.dep_ in ("obj", "nsubj:pass")), None)
        elif _lost(token) and (
                token.lemma_.casefold() in words["lost_nouns"] or lower in words["lost_nouns"] or any(
                    c.dep_ == "nmod" and (c.lemma_.casefold() in words["lost_nouns"] or c.lower_ in words["lost_nouns"])
                    for c in token.children)):
            # "l'armée a perdu quinze soldats", "a perdu une dizaine de ses hommes": the lost are dead
            bucket = dead
            victims = token
        elif token.dep_ == "obj" and token.head.lemma_.casefold() in costing.get(lower, ()):
            # "l'attaque a coûté la vie à neuf soldats": the dead are the "à" complement
            bucket = dead
            victims = _prep_child(token.head, ["à", "aux", "au"], ("obl:arg", "obl", "obl:mod", "iobj")) \
                or _prep_child(token, ["à", "aux", "au"], ("nmod",))  # or hung on "la vie"
        elif lemma in words["kill_verbs"] or lemma in words["injure_verbs"] or lower in words["dead_words"] \
                or lower in words["injured_words"]:
            injured = lemma in words["injure_verbs"] or lower in words["injured_words"]
            bucket = hurt if injured else dead
            if token.pos_ in ("VERB", "ADJ") and token.dep_ != "obj":
                if _passive(token) or (token.dep_ in ("acl", "amod") and not _present_participle(token)):
                    victims = _hung_subject(token, _passive_subject(token))
                    if victims is None and token.dep_ in ("acl", "amod"):
                        victims = token.head
                    if victims is None and token.dep_ == "ROOT":
                        victims = next((c for c in token.children if c.dep_ == "nsubj"), None)
                    if victims is None:  # a long subject the parser hung as a modifier before the verb
                        victims = next((c for c in token.children if c.dep_ in ("nsubj", "obl:mod")
                                        and c.i < token.i and c.pos_ in ("NOUN", "PROPN")), None)
                    # "Treize soldats – sud-africains et tanzaniens – ont été tués": the parse
                    # took the aside, or its closing dash, for the subject
                    victims = _before_aside(token) or victims
                elif lemma in words["kill_verbs"] or lemma in words["injure_verbs"]:
                    # "tuant douze soldats" (the object, or what the parser took for one); not
                    # a word of the dead the parse took for a verb, which has no object ("la
                    # commune est victime d'une attaque" counts no one dead in "une attaque")
                    victims = _pronoun_antecedent(next((c for c in token.children if c.dep_ == "obj"), None),
                                                  words) or next(
                        (c for c in token.children if c.dep_ == "obl:arg" and c.pos_ in ("NOUN", "PROPN")), None) \
                        or next((c for c in token.children if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "NUM")
                                 and any(q.start <= sentence.offsets(c)[0] < q.end for q in quantities)), None) \
                        or _counted_head(token, sentence, quantities)
                    if victims is None or (_count(victims, sentence, quantities) is None and (
                            victims.dep_ != "obj" or _bare_time(victims) or _opened_by_preposition(victims))):
                        # "ont tué lundi à Kalo onze civils": a date or a place between the verb
                        # and its counted object, which the parse hung on them
                        victims = _object_past_adverbials(token, sentence, quantities, words) or victims
                if not _passive(token) and not (token.dep_ in ("acl", "amod") and not _present_participle(token)) \
                        and victims is None and not injured and lower in words["dead_words"]:
                    # "cinq civils sont morts": the dead are the subject
                    victims = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if victims is None and token.pos_ in ("VERB", "ADJ"):
                # "huit soldats ont été déclarés tués", "ont été retrouvés morts": the state the
                # passive verb of finding or declaring gives its subject (the word hung on that
                # verb, or that verb on it): the dead are that verb's passive subject
                stated = [token.head] if token.dep_ in ("xcomp", "advcl") else []
                stated += [c for c in token.children if c.dep_ in ("advmod", "xcomp") and c.pos_ == "VERB"]
                victims = next((subject for verb in stated if verb.pos_ == "VERB" and _passive(verb)
                                for subject in [_passive_subject(verb)] if subject is not None), None)
            if victims is None and (token.pos_ in ("ADJ", "VERB") or (
                    token.pos_ == "NOUN" and (lower in words["dead_words"] or lower in words["injured_words"]))):
                # "12 morts", "une vingtaine de blessés"; not a noun of the act that reads as a
                # verb's form ("un massacre ciblé" is no one dead)
                victims = token
            if victims is None and token.pos_ == "NOUN" and lemma in words["kill_verbs"] and not injured:
                # "le massacre de onze civils", "l'exécution de trois otages": the noun of the
                # killing counts the people its "de" complement counts (none where it names none)
                victims = _prep_child(token, ["de", "d'", "d\u2019"], ("nmod",))
        elif lemma in words["die_verbs"]:
            bucket = dead
            # "un policier est décédé", parsed as a passive: the subject all the same; a relative
            # pronoun stands for the noun its clause hangs on ("une fille qui a succombé à ses blessures")
            victims = _own_subject(token)
            if victims is not None:
                victims = _antecedent(victims)
            if victims is None and lower in _DYING_SINGULAR and _one_victim(token, lemma, words):
                victims = _dying_subject(token)  # "Un soldat meurt", the verb parsed as its adjective
        victims = _summed(_past_measure(victims, words), words)
        if victims is not None and victims.i < marked:
            victims = _past_marker(sentence, marked, token, quantities)
        if victims is None or bucket is None:
            continue
        if _over_period(token, victims, words) or _total_on_verb(token, lexicon):
            continue  # "la mort de 570 civils depuis novembre 2019": a running total, no toll
        if _toll_to_come(token, lexicon):
            continue  # "le bilan pourrait atteindre 30 morts": a figure the toll may reach, no toll
        also = _added(token, lexicon)  # "... ont été également tués": dead added to a toll told before
        if token.dep_ in ("acl", "amod") and victims.i == token.head.i and victims.dep_ == "conj" \
                and victims.head.i < victims.i and victims.head.pos_ in ("NOUN", "PROPN") \
                and _attacker_noun(victims, words) and not _attacker_noun(victims.head, words):
            # "quinze soldats et cinq assaillants tués": the participle after the list is of the
            # whole list, hung on its last conjunct; the list's first noun counts the toll
            victims = victims.head
        if _attacker_noun(victims, words):
            continue  # "Dix-huit assaillants ont été tués": the attackers' dead are no toll
        if victims.pos_ == "NOUN" and (victims.lemma_.casefold() in facility_nouns()
                                       or victims.lower_ in facility_nouns()):
            # "Quatre véhicules ont été victimes d'une embuscade", "deux positions victimes de
            # tirs": a count of things, places or units (`facility_nouns`) counts no one dead
            continue
        # Another casualty word, or what else befell people ("20 morts et 3 000 déplacés").
        others = (words["dead_words"] if bucket is hurt else words["injured_words"]) | not_counted
        count = _count(victims, sentence, quantities, others, words["side_words"],
                       words["attacker_nouns"], deadly, token)
        if count is not None:
            count = _whole_of_share(victims, sentence, quantities, count)
        if count is None and victims is token and token.pos_ == "NOUN" and (
                lower in words["toll_words"] or lower in words["dead_words"]):
            # "les corps de 14 civils ont été retrouvés", "a causé la mort de 12 soldats":
            # the bodies, the death, are of the counted noun
            counted_of = _prep_child(token, ["de", "d'", "d\u2019"], ("nmod",))
            if counted_of is not None:
                count = _count(counted_of, sentence, quantities, others, words["side_words"],
                               words["attacker_nouns"], deadly, token)
        if count is None and _one_victim(token, lemma, words):
            count = 1  # "le chauffeur a été tué", "X, 19 ans, a été abattu": the participle agrees with one
        if count is None and lemma in words["kill_verbs"] and _one_object(token, victims, words):
            count = 1  # "ont tué le pasteur", "a abattu un gendarme": one person, the object
        if count is None and victims.pos_ == "PROPN":
            # a name the parser took for the subject, the counted victims hung under it:
            # "..., Midjiyawa Bakari, cinq civils sont morts"
            counted_under = next((c for c in victims.children if c.dep_ in ("nmod", "appos") and c.pos_ == "NOUN"
                                  and any(g.dep_ == "nummod" for g in c.children)), None)
            if counted_under is not None:
                victims = counted_under
                count = _count(victims, sentence, quantities, others, words["side_words"],
                               words["attacker_nouns"], deadly, token)
        if count is not None and also:
            if bucket is dead:
                added[token.i] = count  # the toll of its own killing only, none of the sentence's
            continue
        if count is not None:
            bucket.append(count)
            if bucket is dead:
                dead_by.append((count, victims))
            if counted is None and victims is not token:
                counted = victims
    return (max(dead) if dead else None), (max(hurt) if hurt else None), counted, dead_by, added


def _toll_to_come(token: Token, lexicon: FrenchLexicon) -> bool:
    """A count of the dead told as a figure the toll may reach or is to reach: the
    complement of an infinitive governed by a verb of possibility or intent (the modes'
    `hypothetical_governors` and `future_governors`) whose subject is a toll word ("Le
    bilan officiel pourrait atteindre 30 morts", "le bilan risque de s'alourdir jusqu'à
    50 morts", "devrait dépasser 40 morts"). A possible toll is no toll, as the English
    assembly reads "the toll could rise to 30" (data/assemble.yaml `toll_hedge_words`).
    The reporting conditional of the toll's own verb ("le bilan s'élèverait à 12 morts")
    governs no infinitive: a toll reported, kept."""
    verb = token.head
    if verb.i == token.i or verb.pos_ != "VERB" or verb.dep_ != "xcomp" or \
            token.dep_ not in ("obj", "obl", "obl:mod", "obl:arg"):
        return False
    governor = verb.head
    words = lexicon.words
    governing = words["hypothetical_governors"] | words["future_governors"]
    if not ({governor.lemma_.casefold(), *lexicon.lemmas_of_form(governor.lower_)} & governing):
        return False
    # the toll word the governor's subject, or right before it where the parse hung it elsewhere
    # ("Des bandits ont attaqué le marché et le bilan devrait dépasser 35 morts": a conjunct)
    before = governor.doc[governor.i - 1] if governor.i > 0 else governor
    return before.lower_ in words["toll_words"] or any(
        c.dep_ == "nsubj" and c.lower_ in words["toll_words"] for c in governor.children)


def _idiom_verb(noun: Token, idioms: Mapping[str, frozenset[str]]) -> Token | None:
    """The verb a noun of dying is said with (`dying_idioms`: "ont trouvé la mort"): the verb
    it is the object of, or the verb right before its article where the parse hung the noun
    elsewhere ("28 personnes ont trouvé la mort et des dizaines ont été blessées", "la mort"
    taken for the subject of "blessées")."""
    verbs = idioms.get(noun.lower_)
    if not verbs:
        return None
    if noun.dep_ == "obj" and noun.head.lemma_.casefold() in verbs:
        return noun.head
    if noun.i >= 2 and noun.doc[noun.i - 1].dep_ == "det":
        verb = noun.doc[noun.i - 2]
        if verb.pos_ == "VERB" and verb.lemma_.casefold() in verbs:
            return verb
    return None


def _lost(token: Token) -> bool:
    """The word is what "perdre" lost, its object ("l'armée a perdu quinze soldats")."""
    return token.dep_ == "obj" and token.head.lemma_.casefold() == "perdre"


def _wounding(token: Token, lexicon: FrenchLexicon) -> bool:
    """The word tells a wounding (a form or lemma of a verb of injuring, a word of the injured)."""
    words, lower = lexicon.words, token.lower_
    return lower in words["injured_words"] or bool(
        {token.lemma_.casefold(), *lexicon.lemmas_of_form(lower)} & words["injure_verbs"])


def _own_toll(token: Token, dead: list[tuple[int, Token]]) -> int | None:
    """The dead a killing verb counts as its own subject or object ("sept personnes ont été
    tuées", "tuant douze soldats"), if the sentence's tolls hold it."""
    if token.pos_ != "VERB":
        return None
    own = [count for count, victims in dead if victims.head.i == token.i and victims.i != token.i]
    return max(own) if own else None


def _marker_tokens(sentence: ParsedSentence) -> int:
    """How many tokens a page's leading date marker takes at the head of the sentence ("date
    2022-12 Sept civils ont été tués"): 0 for a sentence that does not open the page with one."""
    if sentence.start > 8:
        return 0
    end = page_marker_end(sentence.text)
    return next((t.i for t in sentence.tokens if t.idx >= end), len(sentence.doc)) if end else 0


def _past_marker(sentence: ParsedSentence, marked: int, token: Token, quantities: list[Quantity]) -> Token | None:
    """The victims of a killing whose subject the parse took inside a page's date marker
    ("date 2023-07 Douze soldats ont été tués": "date" or "07" the subject, the counted noun
    hung under it or beside it): the first noun between the marker and the killing that a
    count covers, or none (the marker's own numbers count no one)."""
    doc = sentence.doc
    for candidate in doc[marked : max(token.i, marked)]:
        if candidate.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        start, end = sentence.offsets(candidate)
        if any(q.value is not None and q.start <= start and end <= q.end + 1 for q in quantities):
            return candidate
    return None


def _listed_subjects(noun: Token) -> list[Token]:
    """The other counted subjects of a listing the parser split ("Trois soldats et deux civils
    ont été tués"): the noun the verb hangs on as its conjunct, or the verb's other subject,
    with the "et" between them on the verb; or the phrases of a list a comma opens or closes
    on the subject (`comma_listed`, `comma_fronted`); none unless `noun` is a subject."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb is noun:
        return []

    def counted(other: Token) -> bool:
        return any(g.dep_ == "nummod" for g in other.children)

    def and_joined(phrase: Token) -> list[Token]:
        # the nouns conjoined to the phrase with a coordinator of their own ("... et un chauffeur")
        return [c for c in phrase.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                and any(g.dep_ == "cc" for g in c.children)]

    def counted_and_joined(other: Token) -> bool:
        low, high = sorted((other.i, noun.i))
        return counted(other) and any(c.dep_ == "cc" and low < c.i < high for c in verb.children)

    def comma_listed(other: Token) -> list[Token]:
        # "Six soldats, deux douaniers et un chauffeur ont été tués" parsed as two subjects:
        # a comma right after the first phrase, the second counted and opening there a list
        # of its own that "et" closes: it and its conjuncts
        doc = noun.doc
        comma = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1
        if not (other.i > noun.i and comma + 1 == other.left_edge.i and doc[comma].text == "," and counted(other)):
            return []
        joined = and_joined(other)
        return [other, *joined] if joined else []

    def comma_fronted() -> list[Token]:
        # "Cinq militaires, deux gendarmes et un interprète ont été tués" with the first phrase
        # hung on the verb as a complement: a counted noun whose phrase ends at a comma right
        # before the subject's, the subject's own conjunct closed by "et" and the list ending
        # on the verb, not on a comma (an apposition that breaks a whole down is no list)
        doc = noun.doc
        if not and_joined(noun) or noun.left_edge.i < 2 or doc[noun.left_edge.i - 1].text != "," \
                or (noun.right_edge.i + 1 < len(doc) and doc[noun.right_edge.i + 1].text == ","):
            return []
        return [c for c in verb.children if c.dep_ in ("obl:mod", "obl", "nmod") and c.pos_ == "NOUN"
                and c.right_edge.i == noun.left_edge.i - 2 and c.left_edge.i == c.i - 1
                and any(g.dep_ == "nummod" and g.i == c.i - 1 for g in c.children)]

    first = verb.head
    fronted = [first] if (verb.dep_ == "conj" and first.pos_ in ("NOUN", "PROPN") and first.i < noun.i
                          and counted_and_joined(first)) else comma_fronted()
    others = [c for c in verb.children if c is not noun and c.dep_ == noun.dep_]
    return fronted + [c for c in others if counted_and_joined(c)] + [
        t for c in others if not counted_and_joined(c) for t in comma_listed(c)]


def _whole_of_share(victims: Token, sentence: ParsedSentence, quantities: list[Quantity], count: int) -> int:
    """The toll of victims counted as a share of a whole told before them ("tuant onze civils,
    dont huit enfants", "ont tué douze personnes parmi lesquelles cinq femmes", parsed with the
    share's noun the verb's object or the noun after it): the whole (fatalities
    `whole_of_share`), never the share; else `count`. The figure counting the victims' noun is
    the one right before it (or holding it)."""
    start, end = sentence.offsets(victims)
    share = max((q for q in quantities if q.value is not None and q.start <= start and end <= q.end + 1
                 and q.end >= start), key=lambda q: q.start, default=None)
    if share is None:
        return count
    whole = whole_of_share(sentence, quantities, share, "fr")
    return int(whole.value) if whole is not None and whole.value is not None else count


def _object_past_adverbials(verb: Token, sentence: ParsedSentence, quantities: list[Quantity],
                            words: Mapping[str, frozenset[str]]) -> Token | None:
    """The counted object of an active killing verb told after the adverbials that follow the
    verb ("ont tué lundi à Kalo onze civils", "ont tué, à 30 km de Kalo, onze civils"), which
    the parse often hangs on the date or the place: the first figure after the verb in the
    verb's clause that no preposition opens and that counts no measure ("à 30 km"), reading on
    past day names, adverbs and prepositional phrases only. None where a bare noun (an object
    the figure is not of), another verb or a clause's end comes first."""
    doc = sentence.doc
    end = sentence.tokens[-1].i + 1 if sentence.tokens else len(doc)
    in_phrase = False
    days = _words().bare_time_nouns
    figures = {q.start for q in quantities if q.value is not None}
    for token in doc[verb.i + 1:end]:
        lower = token.lower_
        if not in_phrase and sentence.offsets(token)[0] in figures:
            # the figure (whatever the parse tagged it: "neuf" may read as a verb), unless
            # it measures a distance
            after = doc[token.i + 1] if token.i + 1 < end else None
            return None if after is not None and _measure(after, words) else token
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("cc", "mark") or lower in ("dont", ";", ":") \
                or (token.is_punct and lower not in (",", "\u2013", "-")):
            return None
        if token.pos_ == "ADP" and token.dep_ not in ("advmod", "fixed"):
            in_phrase = True  # not "au moins", an adverb
            continue
        if token.is_punct:
            in_phrase = False
            continue
        dated = token.i > verb.i + 1 and doc[token.i - 1].like_num  # "le 4 avril": a date, no count
        if token.pos_ == "NOUN" and not in_phrase and lower not in days and not dated:
            return None  # an object that no figure counts: "ont tué lundi le chef du village"
        if in_phrase and token.pos_ in ("NOUN", "PROPN"):
            in_phrase = False  # the phrase's noun: "à Kalo", "à 30 km", then "de Kalo"
            continue
        if token.pos_ in ("DET", "NUM", "ADJ", "ADV", "PROPN", "NOUN") or lower in days or in_phrase:
            continue
        return None
    return None


def _counted_head(verb: Token, sentence: ParsedSentence, quantities: list[Quantity]) -> Token | None:
    """The counted noun a killing verb hangs on where the parser made the verb a dependent of
    its object ("Un kamikaze a tué onze personnes ...": "tué" a "case" of "personnes"): the
    verb's head, after it, counted by a quantity."""
    head = verb.head
    if head is verb or head.i < verb.i or head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    start = sentence.offsets(head)[0]
    return head if any(q.start <= start < q.end for q in quantities) else None


def _summed(victims: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """The counted noun of a sum ("Un total de onze militaires", `sum_nouns`): its "de"
    complement, else the sum itself. The sum's article "Un" would count one victim."""
    if victims is None or victims.lemma_.casefold() not in words["sum_nouns"]:
        return victims
    counted = _prep_child(victims, ["de", "d'", "d\u2019"], ("nmod",))
    return counted if counted is not None else victims


def _over_period(token: Token, victims: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """A count of dead told over a period ("responsables de la mort de 570 civils depuis
    novembre 2019", "un bilan de 2 000 morts depuis 2012"): a "depuis" phrase
    (`period_words`) of a time (a number or a `period_nouns` word) on the noun of the dead,
    on its victims, or on the word the noun of the dead completes ("accusés de la mort de 570
    civils depuis 2019", the parse hanging the period on "accusés"). Such a total sums up a
    conflict's incidents, none of which it is. Not one on a verb of killing ("Depuis quelques
    semaines, l'armée a neutralisé une quarantaine de terroristes le 11 juillet"): the frame
    of a clause that may tell one day's act."""
    nouns = [t for t in (token, victims) if t.pos_ in ("NOUN", "PROPN", "NUM")]
    holders = {*nouns, *(c for t in nouns for c in t.children if c.dep_ == "nmod")}
    if token.pos_ == "NOUN" and token.dep_ in ("obl:arg", "obl", "obj", "nmod") and token.head is not token:
        holders.add(token.head)
    for holder in holders:
        for phrase in holder.children:
            if not any(c.dep_ == "case" and c.lower_ in words["period_words"] for c in phrase.children):
                continue
            if phrase.like_num or phrase.lemma_.casefold() in words["period_nouns"] \
                    or phrase.lower_ in words["period_nouns"]:
                return True
    return False


def _total_on_verb(token: Token, lexicon: FrenchLexicon) -> bool:
    """A count of dead told over a period on the verb of killing or of the toll ("300 civils ont
    été tués depuis le début de l'année", "ont tué 180 civils depuis juillet", "ont fait plus de
    500 morts en 2022", "ont été tués cette année"): a running total, no toll. "depuis" with a
    start (`total_starts`), a month or a year, never a spell of days ("depuis mardi", "Depuis
    quelques semaines, l'armée a neutralisé ... le 11 juillet": one act's frame); "en" with a
    year alone, where the clause places the dead in no occasion ("tués dans une embuscade en
    2017": the ambush, one act); a phrase of `total_phrases`."""
    words = lexicon.words
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    phrases = [c for c in verb.children if c.dep_ in ("obl", "obl:mod", "advmod", "obl:arg")]
    # "ont tué 20 policiers et une dizaine de civils depuis mai": the period hung on the
    # victims, or on another of their list
    victims = [c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")]
    victims += [c for v in (verb, *victims) for c in v.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    since = [c for v in victims for c in v.children if c.dep_ == "nmod"
             and any(g.dep_ == "case" and g.lower_ in words["period_words"] for g in c.children)]
    # the act the dead fell in ("dans une embuscade", "lors de l'attaque"), or the one act that
    # is the subject ("L'attaque a fait 30 morts en 2019"): an event noun of the lexicon
    acts = [g for c in phrases if c.lower_ in words["occasion_heads"] for g in c.children if g.dep_ in ("nmod", "obl")]
    acts += [c for c in phrases if any(g.dep_ == "case" and g.lower_ in words["occasion_prepositions"]
                                       for g in c.children)]
    acts += [c for c in verb.children if c.dep_ == "nsubj" and "Sing" in c.morph.get("Number")]
    occasion = any(lexicon.rule_for(a) is not None for a in acts)
    for phrase in phrases + since:
        cases = {g.lower_ for g in phrase.children if g.dep_ == "case"}
        year = phrase.like_num and len(phrase.text) == 4 and phrase.text.isdigit()
        if cases & words["period_words"] and (
                year or phrase.lemma_.casefold() in words["total_starts"] or (
                phrase.lower_ in words["total_months"] and not any(g.like_num and len(g.text) <= 2
                                                                   for g in phrase.children))):
            return True
        if cases & words["year_prepositions"] and year and not occasion:
            return True
        written = " ".join(t.lower_ for t in phrase.subtree).replace("' ", "'").replace("\u2019 ", "'")
        if written in words["total_phrases"]:
            return True
    return False


def _pronoun_antecedent(victims: Token | None, words: Mapping[str, frozenset[str]]) -> Token | None:
    """The victims a plural object pronoun of a killing stands for: the object (or passive
    subject) of the verb the killing is coordinated with or follows ("ont capturé trois
    gendarmes et les ont tués", "ont enlevé cinq villageois avant de les tuer"). The
    pronoun itself counts no one; another pronoun or no noun there keeps it."""
    if victims is None or victims.lower_ not in words["plural_object_pronouns"]:
        return victims
    verb = victims.head
    if verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head is verb:
        return victims
    if verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < victims.i:
        return verb.head  # "ont capturé deux gendarmes et les ont exécutés" hung on the noun
    antecedent = next((c for c in verb.head.children if c.dep_ in ("obj", "nsubj:pass") and c.i < victims.i
                       and c.pos_ in ("NOUN", "PROPN")), None)
    return antecedent if antecedent is not None else victims


def _attacker_noun(victims: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Victims named by a noun of attackers (`attacker_nouns`), or by a count the parse
    took for their head ("Dix-huit assaillants": "Dix-huit" a participle or a name,
    "assaillants" its adjective or the rest of the name), or by the attackers' side
    (`side_words`: "sept morts du côté des assaillants", "dans les rangs des agresseurs")."""
    attackers = words["attacker_nouns"]

    def attacker(w: Token) -> bool:
        return w.lower_ in attackers or w.lemma_.casefold() in attackers

    return any(attacker(w) for w in (victims, *(c for c in victims.children if c.dep_ in ("amod", "flat:name")))) \
        or any(c.dep_ == "nmod" and (c.lower_ in words["side_words"] or c.lemma_.casefold() in words["side_words"])
               and any(attacker(g) for g in c.children if g.dep_ in ("nmod", "amod", "appos"))
               for c in victims.children)


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a participle of dying or killing after "être": its passive subject,
    or the subject the parse gave a copula ("que quatre personnes sont mortes", the
    participle hung on the clause before, whose noun is no victim). A time phrase that opens
    the sentence, set off by a comma, which the parse took for a first subject ("Le 24 janvier,
    quatre soldats ont été tués"), is no victim: the subject after it is (as `_subject`)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj:pass" and not c.is_punct]
    if not subjects and any(c.dep_ == "cop" for c in verb.children):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    if len(subjects) > 1 and _opening_time(subjects[0]):
        subjects = subjects[1:]
    return subjects[0] if subjects else None


# Dashes that enclose an aside ("Treize soldats – sud-africains et tanzaniens – ont été tués").
_ASIDE_DASHES = frozenset({"\u2013", "\u2014", "-", "--"})


def _before_aside(verb: Token) -> Token | None:
    """The noun before an aside set off by dashes, where the parse took the closing dash for
    the verb's subject ("Treize soldats – sud-africains et tanzaniens – ont été tués"): the
    aside describes that noun, which is the subject."""
    closing = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
                    and c.text in _ASIDE_DASHES), None)
    if closing is None:
        return None
    opening = next((t for t in reversed(verb.doc[:closing.i]) if t.text == closing.text), None)
    if opening is None or opening.i == 0:
        return None
    noun = verb.doc[opening.i - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None
