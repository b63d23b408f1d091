"""`extract_events_fr`: the French events stage, sentence by sentence, trigger by trigger, and
the readings across sentences (a toll told after its attack, crossheads, force met by protest).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from tessera.extraction.actors_fr import (
    actor_from_token_fr,
)
from tessera.extraction.events.roles import host_recipient, state_actor
from tessera.extraction.events_fr.article import (
    _ACTOR_HOME_SECTORS,
    _LATEST_DAY_TYPES,
    _RECIPIENT_HOME_SECTORS,
    _Article,
    _placed_in_article_country,
    _settle_countries,
    _with_country,
    _within,
)
from tessera.extraction.events_fr.grammar import (
    _ACT_QUALIFIERS,
    _AUTHORED_ACTS,
    FrenchRule,
    _case_of,
    _hung_on_fronted_adjective,
    _in_words,
    _prep_child,
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    _CREDIT,
    _NOMINAL_SLOTS,
    _ORDER_TYPES,
    _SPEECH_TYPES,
    _STRONG_NOMINAL_TYPES,
    FrenchLexicon,
)
from tessera.extraction.events_fr.modes import (
    _mode,
    _source,
)
from tessera.extraction.events_fr.roles import (
    _added,
    _blamed,
    _doer_told,
    _other_side,
    _roles,
)
from tessera.extraction.events_fr.tolls import (
    _attacker_noun,
    _own_toll,
    _past_measure,
    _tolls,
    _wounding,
)
from tessera.extraction.events_fr.triggers import (
    _AIM_TYPES,
    _STATE_PARTICIPLE_TYPES,
    _adjectives_after,
    _aimed_noun,
    _approach,
    _at_the_call_of,
    _attacked_on_the_way,
    _bound_to,
    _charge,
    _claim_noun_of,
    _claim_of,
    _classifier,
    _command,
    _counted_people,
    _defied_measure,
    _degree_state,
    _describing_participle,
    _dispatched,
    _generic,
    _habitual_relative,
    _heads_a_name,
    _hunted_actor,
    _imperfect,
    _name_after,
    _purpose,
    _reported,
    _rescue,
    _second_statement,
    _slot,
    _state_of_subjection,
)
from tessera.extraction.fatalities import share_of_place
from tessera.parse import ParsedArticle, ParsedSentence
from tessera.records import (
    Actor,
    DateValue,
    Event,
    Place,
    Quantity,
    SentenceSpan,
    Span,
    make_id,
)


def extract_events_fr(
    parsed: ParsedArticle,
    *,
    places: list[Place],
    dates: list[DateValue],
    quantities: list[Quantity],
    knowledge_base: Any,
    lexicon: FrenchLexicon,
    article_id: str,
    published: dt.date | None = None,
) -> list[Event]:
    """Events of every deep sentence of a French article (see the module docstring)."""
    links = _link_lines(parsed.text, lexicon.words["link_headings"])

    def linked(start: int) -> bool:
        return any(a <= start < b for a, b in links)

    if links:
        places = [p for p in places if not linked(p.start)]
        dates = [d for d in dates if not linked(d.start)]
    article = _Article(parsed, places, dates, quantities, published)
    index_of = {s.start: s.index for s in parsed.sentences}
    report_end = _links_start(parsed.text, lexicon.words["link_headings"])
    events: list[Event] = []
    inferred: dict[str, tuple[bool, bool]] = {}  # event id -> (actor, recipient) country from its place
    opening_toll: tuple[int, int, list[Quantity]] | None = None  # a toll told before any assault
    may_have = lexicon._possible  # `may_have_rule`'s cache (cleared in place, never replaced)
    for sentence in parsed.sentences:
        if opening_toll is not None and sentence.index - opening_toll[0] > OPENING_TOLL_REACH_SENTENCES:
            opening_toll = None
        if not sentence.deep or sentence.start >= report_end:
            continue
        if _CREDIT in sentence.text:
            continue  # "Manifestation à Lomé le 5 octobre ©AFP": a photo caption, not the report
        found: list[tuple[Token, FrenchRule]] = []
        doc = sentence.doc
        for word in sentence.tokens:
            # `lexicon.may_have_rule`, its cache read here first (every word of every deep sentence)
            possible = may_have.get((word.lower, word.lemma))
            if not (lexicon.may_have_rule(word) if possible is None else possible):
                continue  # no rule of any part of speech for any of its lemmas (most words)
            # a token of its own, as iterating the doc gives (see `_tolls`)
            token = doc[word.i]
            rule = lexicon.rule_for(token)
            if rule is None or (links and linked(sentence.start + token.idx)):
                continue
            if _crosshead(parsed.text, sentence, token):
                continue  # "Revendication du JNIM" above a paragraph: a topic, no act
            slot = _slot(token)
            central = slot in ("ROOT", "obj", "nsubj", "nsubj:pass") or (
                slot == "obl:arg" and token.head.lemma_.casefold()
                in lexicon.words["imposing_verbs"] | lexicon.words["carrying_verbs"]) or (
                # "a fait état d'un déploiement des forces": what is reported is told as fact
                rule.pos == "NOUN" and _reported(token, _words())) or (
                # "a lancé une vaste opération dans le secteur pour traquer les assaillants": an act
                # its clause's aim names is that clause's act, wherever the parse hung the noun
                rule.pos == "NOUN" and _aimed_noun(token, lexicon))
            if rule.pos == "NOUN" and rule.type not in _STRONG_NOMINAL_TYPES and not central:
                continue  # "un appel", "un accord" in passing name no event of their own
            if rule.pos == "NOUN" and slot not in _NOMINAL_SLOTS:
                continue
            if rule.pos == "VERB" and rule.type in _SPEECH_TYPES and _imperfect(token):
                continue  # "alors que l'opposition appelait à manifester": a background state
            if rule.pos == "VERB" and (rule.type in _SPEECH_TYPES or (
                    # "des militaires venus en renfort": the complement tells the sending
                    rule.type in _STATE_PARTICIPLE_TYPES and not rule.complements and not _dispatched(token))) \
                    and _describing_participle(token):
                continue  # "un groupe appelé Front de libération": a name, no call
            if rule.pos == "VERB" and rule.type != "ASSAULT" and _counted_people(token):
                continue  # "quatre accusés ont pris la fuite", "trois détenus": people named, no act
            if rule.pos == "VERB" and rule.type in _STATE_PARTICIPLE_TYPES and _degree_state(token):
                continue  # "les forces de l'ordre sont très mobilisées": a state of readiness
            if rule.pos == "NOUN" and _heads_a_name(token):
                continue  # "le Rassemblement des forces démocratiques (RAFD)": an organisation's name
            if rule.pos == "NOUN" and _generic(token, lexicon):
                continue  # "mènent des attaques", "morts dans les attaques de jihadistes": a class
            if rule.pos == "VERB" and _habitual_relative(token, rule.type):
                continue  # "des bandes armées qui pillent les villages": what they do, no act told
            if rule.pos == "NOUN" and _charge(token, lexicon):
                continue  # "poursuivi pour meurtre", "inculpé de complicité d'attentat": a charge
            if rule.pos == "NOUN" and _classifier(token, lexicon):
                continue  # "des hélicoptères de combat", "des fusils d'assaut": a kind of thing
            if rule.pos == "VERB" and rule.type in (_SPEECH_TYPES - {"REQUEST"}) | _AIM_TYPES \
                    and _purpose(token, lexicon.words["purpose_marks"]):
                continue  # "ont manifesté pour dénoncer la junte", "un mois pour céder la place": an aim
            if rule.type == "COERCE" and rule.pos == "NOUN" and _state_of_subjection(token, lexicon):
                continue  # "des villes soumises à un blocus", "l'enclave sous blocus": a state, no act
            if rule.type == "COERCE" and rule.pos == "NOUN" and _defied_measure(token, lexicon):
                continue  # "ont bravé l'interdiction de manifester", "malgré le couvre-feu": laid before
            if rule.type == "REQUEST" and rule.pos == "NOUN" and _at_the_call_of(token):
                continue  # "la grève a été lancée à l'appel des syndicats": who called the strike
            if rule.type == "REQUEST" and rule.pos == "VERB" and _bound_to(token, lexicon):
                continue  # "les FARDC sont appelées à lancer des opérations": what they are to do
            if rule.type == "REQUEST" and rule.pos == "VERB" and _command(token, lexicon):
                continue  # "a demandé aux policiers de charger", "nous a demandé de": no request between parties
            if rule.type == "REQUEST" and (_claim_of(token, lexicon) if rule.pos == "VERB"
                                           else _claim_noun_of(token, lexicon)):
                continue  # "des manifestations exigeant le départ de la mission": the protest's claim
            found.append((token, rule))
        # A trigger noun that is the object a speech verb's rule asks for is what that verb
        # acts on: "a dénoncé son accord militaire" rejects an agreement, it makes none.
        found = [(token, rule) for token, rule in found
                 if not (rule.pos == "NOUN" and any(
                     other == token.head and other_rule.objects and other_rule.type != rule.type
                     and (other_rule.type in _SPEECH_TYPES or other_rule.object_completes)
                     # a gathering dispersed did take place; "a suspendu sa coopération" ends it
                     and (token.lemma_.casefold() in other_rule.objects or token.lower_ in other_rule.objects)
                     for other, other_rule in found))]
        # "les éléments de Boko Haram sont arrivés à pied et ont ouvert le feu": the attackers'
        # coming is their attack's approach, no deployment of its own (`_approach`).
        found = [(token, rule) for token, rule in found
                 if not (rule.type == "MOBILIZE" and rule.pos == "VERB" and _approach(token, found, lexicon))]
        # "le renfort venu de Kolda a été attaqué en cours de route": the force's journey is the
        # setting of the attack it suffered, no deployment of its own (`_attacked_on_the_way`).
        found = [(token, rule) for token, rule in found
                 if not (rule.type == "MOBILIZE" and _attacked_on_the_way(token, found))]
        # One event per clause and type: a noun that is the object or subject of a
        # trigger of its type ("ont mené une attaque", "l'attaque a tué") is that event.
        kept = []
        absorbed: dict[int, tuple[Token, FrenchRule]] = {}  # trigger -> a noun of its type it governs
        for token, rule in found:
            if any(other == token.head and other != token and other_rule.type == rule.type
                   for other, other_rule in found) and not _second_statement(token, rule):
                absorbed.setdefault(token.head.i, (token, rule))
                continue  # "ont attaqué le poste, tuant douze soldats": one assault
            kept.append((token, rule))
        # "Au cours de cette attaque, ... une trentaine de terroristes ont été également
        # tués": a killing added to another event of the sentence is part of it.
        kept = [(token, rule) for token, rule in kept
                if not (_added(token, lexicon) and any(o is not token and r.type == rule.type for o, r in kept))]
        # "le combat contre le terrorisme", "frappé par une grave crise": a campaign against an
        # ill or a blow of fortune, no act against anyone
        found_kept = []
        for token, rule in kept:
            target = _prep_child(token, ["contre"]) if rule.pos == "NOUN" else None
            agent = next((c for c in token.children if c.dep_ == "obl:agent"), None) or (
                _prep_child(token, ["par"]) if rule.pos == "VERB" else None)
            if (target is not None and target.lemma_.casefold() in lexicon.words["abstract_targets"]) or (
                    agent is not None and agent.lemma_.casefold() in lexicon.words["abstract_agents"]):
                continue
            found_kept.append((token, rule))
        kept = found_kept
        quantities_here = article.in_sentence(sentence)
        fatalities, injuries, victims, dead, added_dead = _tolls(sentence, quantities_here, lexicon)
        told: list[tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None]] = []
        for token, rule in kept:
            actor_token, recipient_token = _roles(token, rule, lexicon)
            actor_token = _past_measure(actor_token, lexicon.words)
            recipient_token = _past_measure(recipient_token, lexicon.words)
            if actor_token is None and token.i in absorbed:  # "tués dans une attaque perpétrée par X"
                actor_token = _roles(*absorbed[token.i], lexicon)[0]
            if rule.pos == "NOUN" and actor_token is not None and _hunted_actor(token, actor_token, lexicon):
                actor_token = None  # "..., et une opération a été lancée pour traquer les assaillants"
            actor = actor_from_token_fr(sentence, actor_token, knowledge_base) if actor_token is not None else None
            if actor is not None and actor.name is None and actor.country is None and actor_token is not None \
                    and any(_blamed(noun, _words()) == actor_token
                            for noun in (token, absorbed[token.i][0] if token.i in absorbed else None)
                            if noun is not None and noun.pos_ == "NOUN"):
                # "une attaque attribuée à des jihadistes", "... au groupe <a name the parse
                # broke>": a phrase blamed that names no known side nor country says nothing of
                # the author's country; the article may name the author elsewhere
                actor_token, actor = None, None
            if rule.pos == "NOUN" and actor is not None and actor.name is None and actor.country \
                    and actor_token is not None and actor_token.pos_ == "PROPN" \
                    and actor_token.head == token and actor_token.dep_ == "nmod" \
                    and any(a.i < actor_token.i for a in _adjectives_after(token)):
                # "le retrait français du Mali": the country the adjective names acts; the
                # country of the "de" complement after it is where the act is
                for adjective in _adjectives_after(token):
                    side = actor_from_token_fr(sentence, adjective, knowledge_base)
                    if side is not None and side.country and side.country != actor.country:
                        actor, actor_token = side, adjective
                        break
            if actor is None and rule.pos == "NOUN" and actor_token in (None, token):
                # "une frappe aérienne israélienne", "une attaque jihadiste", "le retrait français":
                # an adjective of the act's noun that names a side (a demonym, a sector) is its author
                for adjective in _adjectives_after(token):
                    actor = actor_from_token_fr(sentence, adjective, knowledge_base)
                    if actor is not None:
                        actor_token = adjective
                        break
            # "une agression israélienne ayant blessé deux civils": the act a verb's participle
            # clause describes is its subject
            act = actor_token if actor_token is not None else (
                token.head if rule.pos == "VERB" and token.dep_.startswith("acl") else None)
            if actor is None and act is not None and act is not token and act.pos_ == "NOUN" \
                    and _act_noun_of(act, rule, lexicon):
                # "une agression israélienne ayant blessé deux civils", "une frappe russe a tué six
                # civils": the verb's subject is an act of its type, whose author is the side the
                # act's noun names ("israélienne"), none where it names none
                named = _name_after(act, sentence, knowledge_base)
                if named is not None and not _in_words(named[0], _ACT_QUALIFIERS):
                    # not an adjective that says what kind of act it is ("un incendie criminel":
                    # a deliberate one, not the criminals')
                    actor_token, actor = named
            if actor is None and actor_token is None and token.i in absorbed:
                # "trois Casques bleus ont été blessés dans une attaque antibalaka": the group
                # named after the attack noun the verb governs is the author of both
                named = _name_after(absorbed[token.i][0], sentence, knowledge_base)
                if named is not None:
                    actor_token, actor = named
            if rule.infinitive and actor_token is not None and actor is None and actor_token.pos_ != "PRON":
                continue  # "le texte engage les signataires à ...": a text binds, only someone urges
            if recipient_token is None and rule.type == "ASSAULT" and victims is not None \
                    and victims is not actor_token:
                recipient_token = victims  # "onze soldats ont été tués dans une attaque": the attack's target
            recipient = (actor_from_token_fr(sentence, recipient_token, knowledge_base)
                         if recipient_token is not None else None)
            if actor_token is not None and _case_of(actor_token) == "entre" and actor is not None \
                    and recipient is not None and actor.type is not None and actor.type == recipient.type:
                # "deux soldats tués dans des heurts entre l'armée et des rebelles": victims of
                # the first side's kind were killed by the other side
                other = _other_side(actor_token)
                side = actor_from_token_fr(sentence, other, knowledge_base) if other is not None else None
                if side is not None and side.type is not None and side.type != recipient.type:
                    actor_token, actor = other, side
            if rule.type == "PROTEST" and actor_token is not None and _case_of(actor_token) == "entre" \
                    and actor is not None and recipient is not None and actor.type in _ORDER_TYPES \
                    and recipient.type not in _ORDER_TYPES:
                # "des échauffourées entre la police et des manifestants": the protest is the
                # protesters', whichever side the clash names first
                actor_token, actor, recipient_token, recipient = recipient_token, recipient, actor_token, actor
            told.append((token, rule, actor_token, actor, recipient_token, recipient))
        # "Les terroristes ont attaqué nos forces ..., ajoutant que 63 terroristes ont été
        # tués": the attackers killed in the fight are part of the assault, not another one.
        # Only a killing: "Des habitants ont attaqué les policiers, qui ont tué un commerçant"
        # still tells the attack on the police.
        told = [t for t in told if not (t[1].type == "ASSAULT" and _kills(t, lexicon) and any(
            o[0] is not t[0] and o[1].type == "ASSAULT" and _attackers(o[3], o[5], killed)
            for killed in _killed(t, dead, sentence, knowledge_base) for o in told))]
        # "Dix-huit assaillants ont été neutralisés lors d'une attaque contre le camp": attackers
        # killed in an attack the sentence tells are part of it, whose target is the camp.
        told = [t for t in told if not (_killing_attackers(t, lexicon) and any(
            o[0] is not t[0] and o[1].type == "ASSAULT" and not _killing_attackers(o, lexicon) for o in told))]
        # "... pour disperser un groupe ..., se repliant plus loin", "ont attaqué le poste
        # avant de se replier": a side falling back in the fight it is told in is part of it.
        told = [t for t in told if not (t[1].type == "RETREAT" and t[1].pos == "VERB" and any(
            o[1].type == "ASSAULT" and _same_side(t, o) for o in told))]
        # "les militaires ont libéré quatre otages", "la force a revendiqué la libération de 900
        # otages": hostages freed by the forces are rescued, not released by those who held them
        told = [t for t in told if not (t[1].type == "CONCEDE" and _rescue(t[0], t[3]))]
        told += _deaths_of_force(told, fatalities, lexicon)
        # the places of this sentence, for a toll it gives (`_toll_of_its_own_place`, `_toll_told_after`)
        own_places = [p for p in article.places if sentence.start <= p.start < sentence.end] \
            if fatalities is not None else []
        told += _toll_of_its_own_place(told, events, sentence, fatalities, own_places, lexicon)
        told += _protest_met_by_force(told, lexicon)
        first_here = len(events)
        for token, rule, _actor_token, actor, recipient_token, recipient in told:
            event_dead = fatalities
            if rule.type == "ASSAULT" and dead and not (_actor_token is not None and _case_of(_actor_token) == "entre"):
                # the attackers' own dead are not the assault's toll unless counted with others
                # (a clash's first side is no attacker: "affrontements entre éleveurs et agriculteurs")
                own = [n for n, killed in dead
                       if not _attackers(actor, recipient, actor_from_token_fr(sentence, killed, knowledge_base))]
                event_dead = max(own) if own else None
            if rule.type == "ASSAULT" and event_dead is None and token.i in added_dead:
                event_dead = added_dead[token.i]
            if rule.type == "ASSAULT" and event_dead is not None and (own_count := _own_toll(token, dead)) is not None \
                    and own_count < event_dead:
                # "Au moins sept personnes ont été tuées à Kolofata, ..., également frappée le 3
                # septembre par un double attentat ayant fait 20 morts": a killing that counts its
                # own dead has that toll, not a greater one the sentence gives another act
                event_dead = own_count
            if rule.type == "ASSAULT" and event_dead is not None and _wounding(token, lexicon) and any(
                    o[0] is not token and o[1].type == "ASSAULT" and _own_toll(o[0], dead) is not None for o in told):
                # "Quinze soldats ont été tués et cinq civils blessés": the dead are the killing's,
                # the wounding counts none of them
                event_dead = None
            start, end = sentence.offsets(token)
            sentence_place = article.place(sentence, start, token, lexicon.words["reporting_verbs"], lexicon)
            if actor is None and rule.type in lexicon.implied_actor_types and (_actor_token is None or (
                    rule.type in lexicon.moved_object_types and _doer_told(token, rule))):
                # "des manifestations ont éclaté": those who protest, named by the act's word;
                # "des renforts ont été déployés", "des soldats ont pris position": a force
                # that names no side is still the state's forces (`moved_object_types`); not
                # the object of an active verb whose doer is elided ("en renforçant sa présence")
                actor = Actor(text=token.text, start=start, end=end, type=lexicon.implied_actor_types[rule.type])
            stated_actor = actor
            # "La junte reproche à la France ...": a place the other side's words name is that
            # side's, not where the actor is from
            actor = _with_country(actor, None if _within(sentence_place, recipient, actor) else sentence_place,
                                  _ACTOR_HOME_SECTORS, knowledge_base.foreign_roles)
            if actor is None and _actor_token is None:
                actor = state_actor(token, sentence_place, knowledge_base, rule.type)
            mode = _mode(token.head if _hung_on_fronted_adjective(token) else token, lexicon)
            assault = rule.type == "ASSAULT"
            subtree = [t for t in token.subtree]
            first, _ = sentence.offsets(subtree[0])
            _, last = sentence.offsets(subtree[-1])
            sides = _coordinated(sentence, recipient_token, recipient, knowledge_base)
            for number, (side, side_token) in enumerate(sides):
                location = sentence_place
                if len(sides) > 1:  # each country of "la Guinée et le Burkina Faso" at itself
                    location = _place_of(sentence, side_token, article.places) or sentence_place
                stated_side = side
                side = _with_country(side, None if _within(location, stated_actor, stated_side) else location,
                                     _RECIPIENT_HOME_SECTORS, knowledge_base.foreign_roles)
                if side is None and (recipient_token is None or recipient is None):
                    # also where the word found names no one ("ont manifesté leur colère")
                    side = host_recipient(rule.type, actor, side, location, knowledge_base)
                event_id = make_id(article_id, start, rule.type, *((number,) if number else ()), prefix="ev-")
                inferred[event_id] = (actor is not stated_actor, side is not stated_side)
                own = [q for q in quantities_here if first <= q.start < last]
                toll = event_dead
                share = share_of_place(sentence, quantities_here, own_places or [
                    p for p in article.places if sentence.start <= p.start < sentence.end], toll, location, "fr") \
                    if assault and toll is not None else None
                if share is not None and share.value is not None:
                    # "neuf morts dont sept à Ségué et deux à Sonfounou": the share told for the
                    # event's own place is its toll
                    toll = int(share.value)
                    own = [*(q for q in own if q.value != event_dead and q is not share), share]
                if assault and toll is not None and not any(q.value == toll for q in own):
                    # the toll's figure where the parse hung it outside the verb's words ("Neuf
                    # militaires colombiens ont été tués" with "Neuf militaires" a root of its own):
                    # the figure it was read from, the nearest before them, is the event's too
                    own += [q for q in quantities_here if q.value == toll and q.end <= first][-1:]
                events.append(_event(
                    event_id, rule, mode, token, sentence, actor, side, location,
                    article.date(sentence, token, rule.type in _LATEST_DAY_TYPES),
                    toll if assault else None, injuries if assault else None,
                    own, _source(sentence, token, lexicon)))
        if opening_toll is not None and _toll_told_before(events, first_here, opening_toll):
            opening_toll = None
        if fatalities is not None and not any(rule.type == "ASSAULT" for _, rule, *_ in told):
            if _toll_told_after(events, sentence, fatalities, quantities_here, lexicon, index_of, own_places):
                # a later statement before any assault (a headline's toll, then the body's) is
                # the one nearest the assault it counts, and reaches on from its own sentence
                opening_toll = (sentence.index, fatalities, [q for q in quantities_here if q.value == fatalities])
    events = _settle_countries(events, inferred, parsed, knowledge_base)
    return _placed_in_article_country(events, parsed, places, knowledge_base)


# A crosshead is a short line: at most this many words.
CROSSHEAD_WORDS = 8
_LINE_END_MARKS = ".!?…:;,"
_CLOSING_MARKS = "»\"”’')]*"


def _act_noun_of(noun: Token, rule: FrenchRule, lexicon: FrenchLexicon) -> bool:
    """`noun` names an act of the rule's type ("frappe", "bombardement", "agression" for a
    killing or wounding verb): a noun the lexicon holds as a trigger of that type, or for an
    assault one of the violent acts that have authors (`authored_acts` of fr/triggers.yaml)."""
    if rule.type == "ASSAULT" and noun.lower_ in _AUTHORED_ACTS:
        return True  # "une agression", "une fusillade": a violent act someone does
    other = lexicon.rule_for(noun)
    return other is not None and other.pos == "NOUN" and other.type == rule.type


def _deaths_of_force(told: list[Any], fatalities: int | None, lexicon: FrenchLexicon) -> list[Any]:
    """The killing a coercion's own clause tells by its dead (`toll_result_verbs`: "la police a
    dispersé la manifestation, faisant 13 morts", "la répression de la marche a fait trois
    morts"), where the sentence tells no attack: the dispersal stays a coercion, and its dead
    are an attack (ASSAULT) of the same words, with the sentence's toll."""
    verbs = lexicon.words["toll_result_verbs"]
    if fatalities is None or not verbs or any(t[1].type == "ASSAULT" for t in told):
        return []
    for item in told:
        token, rule = item[0], item[1]
        if rule.type != "COERCE":
            continue
        results = [token.head] if rule.pos == "NOUN" and token.dep_ in ("nsubj", "nsubj:pass") else [
            t for t in token.subtree if t.i > token.i]
        for verb in results:
            if verb.lemma_.casefold() in verbs and any(
                    t.lower_ in lexicon.words["dead_words"] for t in verb.doc[verb.i + 1 : verb.i + 6]):
                return [(token, dataclasses.replace(rule, type="ASSAULT"), *item[2:])]
    return []


# Where a target of force hangs on the act's word: its object, the subject of its passive, a
# phrase of `force_target_cases` (fr/triggers.yaml: "ont tiré sur des manifestants", "la
# répression des manifestants", "des tirs contre les protestataires").
_FORCE_TARGET_DEPS = frozenset({"obj", "nsubj:pass"})


def _protest_met_by_force(told: list[Any], lexicon: FrenchLexicon) -> list[Any]:
    """A protest that the sentence reports only through the force used against its people:
    "les forces de l'ordre ont tiré sur des manifestants", "la police a dispersé des dizaines
    de protestataires", "trois manifestants ont été tués par la police". Protesters met with
    force were protesting there and then (ACLED: protest with intervention), so the sentence
    reports a PROTEST as well, once, unless it tells one already; as what protesters do is
    a protest (the `acting` nouns), what is done to them shows one."""
    if any(t[1].type == "PROTEST" for t in told):
        return []
    for item in told:
        token, rule = item[0], item[1]
        if rule.type not in ("ASSAULT", "COERCE") or _mode(token, lexicon) != "asserted":
            continue
        targets = [c for c in token.children if (c.dep_ in _FORCE_TARGET_DEPS and rule.pos == "VERB") or (
            c.dep_.startswith(("obl", "nmod")) and any(
                g.dep_ == "case" and g.lower_ in lexicon.words["force_target_cases"] for g in c.children))]
        # "des dizaines de manifestants": the "de" phrase of a quantity too
        targets += [g for c in targets for g in c.children if g.dep_ == "nmod" and any(
            k.dep_ == "case" and k.lower_ in ("de", "d'", "d\u2019") for k in g.children)]
        for word in targets:
            protest = next((r for lemma in {word.lemma_.casefold(), *lexicon.lemmas_of_form(word.lower_)}
                            for r in lexicon.rules.get((lemma, "NOUN"), ()) if r.type == "PROTEST" and r.acting),
                           None)
            if protest is not None:
                return [(word, protest, None, None, None, None)]
    return []


def _crosshead(text: str, sentence: ParsedSentence, token: Token) -> bool:
    """Whether the trigger stands in a crosshead: a short line inside the report, with no
    full stop and no finite verb, that more text follows ("Revendication du JNIM", "«Boycott
    actif»", "Pneus brûlés" above a paragraph). It names the topic of the paragraphs below,
    which tell the acts themselves; its words are no act of their own. The article's first
    line (its headline) is not one: it tells the story's act."""
    at = sentence.start + token.idx
    line_start = text.rfind("\n", 0, at) + 1
    if not text[:line_start].strip():
        return False
    line_end = text.find("\n", at)
    if line_end < 0 or not text[line_end:].strip():
        return False
    line = text[line_start:line_end].strip()
    if not line or line.rstrip(_CLOSING_MARKS)[-1:] in _LINE_END_MARKS or len(line.split()) > CROSSHEAD_WORDS:
        return False
    return not any(line_start <= sentence.start + t.idx < line_end and "Fin" in t.morph.get("VerbForm")
                   for t in sentence.tokens)


def _link_lines(text: str, headings: frozenset[str]) -> list[tuple[int, int]]:
    """Lines that give another story's headline after a link heading ("→ À LIRE AUSSI :
    Expulsion de ...", "Lire aussi: ..."), as pages insert them inside a report: their
    words, places and dates are not the report's."""
    spans = []
    at = 0
    for line in text.splitlines(keepends=True):
        head, colon, rest = line.partition(":")
        if colon and rest.strip() and head.strip(" \t→►▶»>*•-–—").strip().casefold() in headings:
            spans.append((at, at + len(line)))
        at += len(line)
    return spans


def _links_start(text: str, headings: frozenset[str]) -> int:
    """Where the page's list of links to other stories begins: a line that is only a
    heading such as "Related posts" or "À lire aussi" (the end of the text if none)."""
    at = 0
    for line in text.splitlines(keepends=True):
        if line.strip().rstrip(":").strip().casefold() in headings:
            return at
        at += len(line)
    return len(text)


# A toll sentence names the assault it counts within this many sentences after it.
TOLL_REACH_SENTENCES = 2
# A toll told before any assault reaches the next sentence only (`_toll_told_before`): further
# on, the sentences between tell what the toll counted no more closely.
OPENING_TOLL_REACH_SENTENCES = 1


def _toll_told_after(events: list[Event], sentence: ParsedSentence, fatalities: int, quantities: list[Quantity],
                     lexicon: FrenchLexicon, index_of: dict[int, int], own_places: Sequence[Place] = ()) -> bool:
    """A sentence that gives a toll ("Le bilan provisoire fait état de 5 morts") and tells
    no assault of its own counts the dead of the assault told just before, when the
    article has given no toll yet (a second figure is an update the assembly would split
    on, not a first statement). A toll whose own verb revises it ("le bilan s'est alourdi
    à 15 morts", "est passé à 23": a revision verb with the toll word as its subject) is
    the latest figure of the assault told last. The event credited keeps the toll's
    quantities, so its figure points to the words that state it. True where the toll has no
    assault told before it at all: it may open the story ("Le bilan est lourd : dix morts.
    Des chiffres qui illustrent la violence des affrontements ...", `_toll_told_before`)."""
    toll_words = lexicon.words["toll_words"]
    if not any(t.lower_ in toll_words for t in sentence.tokens):
        return False
    figures = [q for q in quantities if q.value == fatalities]

    if any(t.lemma_.casefold() in lexicon.words["revision_verbs"]
           and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in toll_words for c in t.children)
           for t in sentence.tokens):
        latest = next((at for at in range(len(events) - 1, -1, -1)
                       if events[at].type == "ASSAULT" and events[at].mode == "asserted"), None)
        if latest is None:
            # no assault told yet ("Le bilan des heurts de la veille s'est alourdi à 20 morts.
            # Les affrontements ont éclaté vendredi ..."): the revised figure opens the story
            return True
        if (events[latest].fatalities or 0) < fatalities:
            events[latest] = _credited(events[latest], fatalities, figures)
        return False
    if any(e.fatalities is not None for e in events if e.type == "ASSAULT"):
        # a toll given for a place of its own sentence ("Le maire de X a fait état d'un bilan de
        # 4 morts dans sa commune") counts the latest assault told at that place with none of
        # its own, though the article gave another place's toll before
        named = {p.geonames_id for p in own_places if p.feature != "country" and p.geonames_id is not None}
        for at in range(len(events) - 1, -1, -1):
            event = events[at]
            if event.type == "ASSAULT" and event.mode == "asserted" and event.fatalities is None \
                    and event.location is not None and event.location.geonames_id in named:
                events[at] = _credited(event, fatalities, figures)
                break
        return False
    for at in range(len(events) - 1, -1, -1):
        event = events[at]
        if event.type != "ASSAULT" or event.mode != "asserted":
            continue
        if event.fatalities is None and \
                sentence.index - index_of.get(event.sentence.start, -99) <= TOLL_REACH_SENTENCES:
            events[at] = _credited(event, fatalities, figures)
        return False
    return True


def _toll_of_its_own_place(told: list[Any], events: list[Event], sentence: ParsedSentence, fatalities: int | None,
                           places: Sequence[Place], lexicon: FrenchLexicon) -> list[Any]:
    """A toll statement that tells no act ("Le maire de X a fait état d'un bilan de 4 morts dans
    sa commune") for a place of its own sentence (`places`, the sentence's) at which no assault
    was told before, in an article that told an assault and its toll elsewhere already: the dead
    of that place are an attack (ASSAULT) of their own, told by the toll word. Not a toll the
    article gave no figure before (it counts the assault told before or after it,
    `_toll_told_after`), nor one that revises a figure ("le bilan s'est alourdi à 15 morts"),
    nor one at a place where an assault was told (`_toll_told_after` credits it, or it was
    counted there already)."""
    toll_words = lexicon.words["toll_words"]
    if fatalities is None or any(t[1].type == "ASSAULT" for t in told):
        return []
    word = next((t for t in sentence.tokens if t.lower_ in toll_words), None)
    if word is None or not any(e.type == "ASSAULT" and e.mode == "asserted" and e.fatalities is not None
                               for e in events):
        return []
    if any(t.lemma_.casefold() in lexicon.words["revision_verbs"]
           and any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in toll_words for c in t.children)
           for t in sentence.tokens):
        return []
    named = {p.geonames_id for p in places
             if p.feature != "country" and p.geonames_id is not None and _counted_at(sentence, p, toll_words)}
    if not named or any(e.type == "ASSAULT" and e.location is not None and e.location.geonames_id in named
                        for e in events):
        return []
    return [(word, FrenchRule(lemma=word.lemma_.casefold(), pos="NOUN", type="ASSAULT"), None, None, None, None)]


def _counted_at(sentence: ParsedSentence, place: Place, toll_words: frozenset[str]) -> bool:
    """Whether a toll statement counts the dead of `place`: a place outside any subject but the
    toll's own ("un bilan de 4 morts à X", "Le bilan à X est de 11 morts"), or the "de" phrase
    of the subject that states it (the official of a place: "Le maire de X a fait état d'un
    bilan ..."); not where that speaker is otherwise ("un responsable basé à X a affirmé que
    le bilan était de 50 morts": where the source sits, not where the dead fell)."""
    token = next((t for t in sentence.tokens if sentence.offsets(t)[0] == place.start), None)
    if token is None:
        return False
    subject = next((t for t in (token, *token.ancestors) if t.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.lower_ in toll_words:
        return True
    return token.head.i == subject.i and token.dep_.startswith("nmod") and any(
        c.dep_ == "case" and c.lower_ == "de" for c in token.children)


def _toll_told_before(events: list[Event], first: int, toll: tuple[int, int, list[Quantity]]) -> bool:
    """A toll that opens the story with no assault before it (`_toll_told_after` True) is the
    toll of the first assault told in the sentence right after it, where that assault counts
    none of its own ("Le bilan est lourd : dix morts et 41 blessés. Des chiffres qui illustrent
    la violence des affrontements qui ont eu lieu jeudi ..."). `events[first:]` are the
    sentence's events (the caller drops a toll out of reach, OPENING_TOLL_REACH_SENTENCES);
    True where the sentence tells an assault (credited if it counts none of its own)."""
    _, fatalities, figures = toll
    for at in range(first, len(events)):
        event = events[at]
        if event.type != "ASSAULT" or event.mode != "asserted":
            continue
        if event.fatalities is None:
            events[at] = _credited(event, fatalities, figures)
        return True
    return False


def _credited(event: Event, fatalities: int, figures: list[Quantity]) -> Event:
    """`event` counting a toll told apart from it, with the quantities that state the toll."""
    return event.model_copy(update={"fatalities": fatalities, "quantities": [*event.quantities, *figures]})


def _same_side(retreat: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
               assault: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None]) -> bool:
    """The retreat is the attacking side's own move in the assault: the same subject, or a
    participle or infinitive told in the assault's sentence without a subject of its own."""
    if retreat[2] is not None and assault[2] is not None:
        return retreat[2].i == assault[2].i
    token = retreat[0]
    return token.dep_ in ("advcl", "xcomp", "conj", "acl") and bool(
        {"Part", "Inf"} & set(token.morph.get("VerbForm"))) and not any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in token.children)


def _killed(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
            dead: list[tuple[int, Token]], sentence: ParsedSentence, knowledge_base: Any) -> list[Actor]:
    """Who a killing trigger kills: its recipient, else the victims counted under it."""
    if told[5] is not None:
        return [told[5]]
    token = told[0]
    under = [v for _, v in dead if v is not token and token in v.ancestors]
    return [a for a in (actor_from_token_fr(sentence, v, knowledge_base) for v in under) if a is not None]


def _kills(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
           lexicon: FrenchLexicon) -> bool:
    """The trigger is a verb of killing ("tuer", "abattre"), not of attacking."""
    token, rule = told[0], told[1]
    return rule.pos == "VERB" and bool({rule.lemma, token.lemma_.casefold()} & lexicon.words["kill_verbs"])


def _killing_attackers(told: tuple[Token, FrenchRule, Token | None, Actor | None, Token | None, Actor | None],
                       lexicon: FrenchLexicon) -> bool:
    """A killing verb whose victims are named as attackers ("des assaillants ont été tués")."""
    token, rule, recipient_token = told[0], told[1], told[4]
    if rule.type != "ASSAULT" or not _kills(told, lexicon):
        return False
    # the recipient found, else who the verb's passive subject or object names
    killed = [recipient_token] if recipient_token is not None else [
        c for c in token.children if c.dep_ in ("nsubj:pass", "obj")]
    return any(_attacker_noun(victims, lexicon.words) for victims in killed)


def _attackers(actor: Actor | None, recipient: Actor | None, killed: Actor | None) -> bool:
    """The killed are the attacking side: of the actor's kind, and the target of another."""
    if actor is None or killed is None or actor.type is None or killed.type != actor.type:
        return False
    return recipient is None or recipient.type != actor.type


def _coordinated(
    sentence: ParsedSentence, token: Token | None, recipient: Actor | None, knowledge_base: Any
) -> list[tuple[Actor | None, Token | None]]:
    """The recipients of one event, one per country when the recipient is a coordination
    of different countries' sides ("la Guinée et le Burkina Faso sont menacés de
    sanctions": two threats); conjuncts of one country ("trois soldats et huit VDP") are
    one recipient."""
    if token is None or recipient is None or recipient.country is None:
        return [(recipient, token)]
    sides = [(recipient, token)]
    for conjunct in (c for c in token.children if c.dep_ == "conj"):
        other = actor_from_token_fr(sentence, conjunct, knowledge_base)
        if other is None or other.country is None:
            return [(recipient, token)]
        sides.append((other, conjunct))
    countries = [side.country for side, _ in sides if side is not None]
    if len(set(countries)) < len(countries):
        return [(recipient, token)]
    return sides


def _place_of(sentence: ParsedSentence, token: Token | None, places: list[Place]) -> Place | None:
    """The place named by the words of `token` itself ("le Burkina Faso"), if any."""
    if token is None:
        return None
    name = [token, *(c for c in token.children if c.dep_.startswith("flat"))]
    start, _ = sentence.offsets(min(name, key=lambda t: t.i))
    _, end = sentence.offsets(max(name, key=lambda t: t.i))
    return next((p for p in places if p.start < end and start < p.end), None)


def _event(
    event_id: str, rule: FrenchRule, mode: str, token: Token, sentence: ParsedSentence, actor: Actor | None,
    recipient: Actor | None, location: Place | None, date: DateValue | None, fatalities: int | None,
    injuries: int | None, quantities: list[Quantity], source: Span | None,
) -> Event:
    start, end = sentence.offsets(token)
    confidence = 0.5 + (0.2 if rule.pos == "VERB" else 0.05) + (0.1 if actor else 0.0) + (
        0.1 if recipient or location else 0.0) - (0.1 if mode == "hypothetical" else 0.0)
    return Event(
        id=event_id,
        type=rule.type,  # type: ignore[arg-type]
        mode=mode,  # type: ignore[arg-type]
        trigger=Span(text=token.text, start=start, end=end),
        sentence=SentenceSpan(start=sentence.start, end=sentence.end),
        actor=actor,
        recipient=recipient,
        location=location,
        date=date,
        fatalities=fatalities,
        injuries=injuries,
        quantities=quantities,
        confidence=round(min(0.95, max(0.05, confidence)), 2),
        source=source,
    )
