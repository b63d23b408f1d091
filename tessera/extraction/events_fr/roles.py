"""Roles in the French parse: the subject, agent and object of a trigger, the sides of a clash,
quoted authors and the words a role hangs on (`_roles`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tessera.extraction.events_fr.grammar import (
    _OBJECT_DEPS,
    FrenchRule,
    _antecedent,
    _arguments,
    _aux_headed,
    _case_of,
    _complement,
    _EventWords,
    _is_reflexive,
    _lost_frame,
    _opening_time,
    _own_agent,
    _passive,
    _prep_child,
    _subject,
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    _PASSIVE_SUBJECT_DEPS,
    FrenchLexicon,
)
from tessera.extraction.events_fr.triggers import (
    _sufferer,
)


def _added(token: Token, lexicon: FrenchLexicon) -> bool:
    """The clause adds to what was told ("ont été également tués", "ont aussi été tués")."""
    return any(c.dep_ == "advmod" and c.lower_ in lexicon.words["addition_words"] for c in token.children)


def _hung_subject(verb: Token, subject: Token | None, subsets: bool = True) -> Token | None:
    """The subject a parse took for an apposition or a part of it.

    The parser may hang a long counted subject before the verb as a caseless modifier
    and take what follows it for the subject: the part of a "dont" ("Au moins 11
    personnes, dont trois soldats, ont été tuées") or an apposition between commas
    ("Huit membres des VDP, force anti-jihadiste, ont été tués"). The counted noun is the
    subject then; any other subject stands. Without `subsets`, a "dont" part stays: as a
    recipient it is the more specific ("trois soldats" among people)."""
    if subject is None:
        return None
    doc = subject.doc
    words = [t.i for t in subject.subtree if not t.is_punct]
    if not words:
        return subject
    left, right = words[0], words[-1]
    part = any(c.lower_ == "dont" for c in subject.children) or (left > 0 and doc[left - 1].lower_ == "dont")
    apposed = not part and left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) \
        and doc[right + 1].text == ","
    if not ((part and subsets) or apposed):
        return subject
    if part:
        # "Quatre personnes, dont deux enfants, ont été tuées" parsed with the counted noun
        # as a root of its own or the verb as its relative clause: the noun before ", dont"
        # is the subject
        marker = next((c.i for c in subject.children if c.lower_ == "dont"), left - 1)
        if marker >= 2 and doc[marker - 1].text == ",":
            whole = doc[marker - 2]
            if whole.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" or c.like_num for c in whole.children):
                return whole
    for child in verb.children:
        if child.dep_ == "obl:mod" and child.i < left and child.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ == "case" for c in child.children) \
                and any(c.dep_ == "nummod" or c.like_num for c in child.children):
            return child
    return subject


def _doer_told(token: Token, rule: FrenchRule) -> bool:
    """Whether the trigger's doer is told, named or not: a noun's act, a passive verb ("des
    renforts ont été déployés"), a participle on the noun that does it ("des soldats ... ont pris
    position") or a verb with its own subject; not an active verb whose doer is elided ("en
    renforçant sa présence"), whose object the roles may take for the force moved."""
    return rule.pos == "NOUN" or _passive(token) or token.dep_ in ("acl", "acl:relcl") \
        or any(c.dep_ == "nsubj" for c in token.children)


def _present_participle(verb: Token) -> bool:
    """"tuant", "faisant": active, its victims are its object, not the noun it hangs on."""
    return "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")


def _reduced_passive(verb: Token) -> bool:
    """A past participle that qualifies a noun, with no object and no "se" ("Deux géologues
    français enlevés au Mali", "des soldats tués dans une embuscade"): a reduced relative,
    passive, its noun the patient; the agent is only ever a "par" phrase."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and "Part" in verb.morph.get("VerbForm")
        and "Past" in verb.morph.get("Tense")
        and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)
        and not _is_reflexive(verb)
    )


def _prep_children(token: Token, preps: Iterable[str], deps: Iterable[str]) -> list[Token]:
    wanted = set(preps)
    return [c for c in token.children
            if c.dep_ in deps and any(g.lower_ in wanted for g in c.children if g.dep_ == "case")]


_NOMINAL_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod"})


def _agent(verb: Token, shared: bool = True) -> Token | None:
    """The agent of a passive verb: its obl:agent or "par" complement. French news tells
    the agent last, after the time and place ("ont été tués lundi dans un camp de déplacés
    par de présumés miliciens"), and the parse may hang that "par" phrase on the last noun
    of those complements: a "par" phrase found down a chain of nominal complements of the
    verb (no clause in between) is its agent. A participle coordinated with the verb that
    shares its auxiliary ("ont été tués et 135 enlevés ... par X") shares its agent, both ways."""
    own = _own_agent(verb)
    if own is not None:
        return own
    frontier = [c for c in verb.children if c.dep_ in _NOMINAL_DEPS and c.pos_ in ("NOUN", "PROPN")]
    while frontier:
        noun = frontier.pop(0)
        found = _prep_child(noun, ["par"], _NOMINAL_DEPS)
        if found is not None:
            return found
        frontier.extend(c for c in noun.children if c.dep_ in _NOMINAL_DEPS and c.pos_ in ("NOUN", "PROPN"))
    if not shared:
        return None
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and _elided(verb):
        return _agent(verb.head, shared=False)
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and _elided(c)):
        return _agent(conj, shared=False)
    return None


def _elided(participle: Token) -> bool:
    """A past participle with no auxiliary or subject of its own: it shares its head's."""
    return "Part" in participle.morph.get("VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in participle.children)


def _clash_sides(noun: Token, lexicon: FrenchLexicon) -> tuple[Token | None, Token | None]:
    """The two sides of a clash noun's "entre" phrase ("des affrontements entre l'armée et
    les rebelles du M23"): the first named, and the other. Only a clash word: "une attaque
    entre Gao et Ansongo" names places."""
    if noun.lemma_.casefold() not in lexicon.words["clash_nouns"] and noun.lower_ not in lexicon.words["clash_nouns"]:
        return None, None
    first = _prep_child(noun, ["entre"], ("nmod", "obl", "obl:mod"))
    if first is None:
        return None, None
    return first, next((c for c in first.children if c.dep_ == "conj"), None)


def _clash_side(verb: Token, lexicon: FrenchLexicon) -> Token | None:
    """The first side named of the clash a passive verb's victims died in: the "entre" phrase
    of the clash noun ("tués dans des affrontements entre l'armée et les rebelles"), or the one
    the parse hangs on the verb right after the clash noun, also under "au cours de" ("tués
    dans de violents heurts entre la population et la police", "tué au cours de heurts entre
    des jeunes et les forces de l'ordre"); failing those, the side the clash was "avec"."""
    obliques = [c for c in _arguments(verb) if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")]
    clashes = [noun for c in obliques for noun in (c, *(g for g in c.children if g.dep_ == "nmod"))
               if noun.lemma_.casefold() in lexicon.words["clash_nouns"] or noun.lower_ in lexicon.words["clash_nouns"]]
    for noun in clashes:
        first, _ = _clash_sides(noun, lexicon)
        if first is not None:
            return first
        hung = next((c for c in obliques if _case_of(c) == "entre" and c.left_edge.i == noun.right_edge.i + 1), None)
        if hung is not None:
            return hung
    for noun in clashes:
        # "tués dans des affrontements avec l'armée", "tué dans un accrochage avec des
        # terroristes": the side the victims' clash was with did the killing, as English reads
        # "killed in clashes with troops"
        opposite = _prep_child(noun, ["avec"], ("nmod", "obl", "obl:mod")) or next(
            (c for c in obliques if _case_of(c) == "avec" and c.left_edge.i == noun.right_edge.i + 1), None)
        if opposite is not None:
            return opposite
    return None


def _other_side(first: Token) -> Token | None:
    """The side named after the first in a clash's "entre" phrase: its conjunct, or the first
    conjunct inside it where the parse hangs the second side on the first's complement
    ("entre petits groupes de jeunes et forces de l'ordre"), or the conjunct the parse hangs
    on the clash noun itself ("affrontements entre l'armée et les rebelles")."""
    inside = next((t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")), None)
    return inside or next((c for c in first.head.children
                           if c.dep_ == "conj" and c.i > first.i and c.pos_ in ("NOUN", "PROPN")), None)


def _roles(token: Token, rule: FrenchRule, lexicon: FrenchLexicon | None = None) -> tuple[Token | None, Token | None]:
    moved_types = lexicon.moved_object_types if lexicon is not None else frozenset()
    patient_nouns = lexicon.words["patient_nouns"] if lexicon is not None else frozenset()
    if rule.pos == "VERB" and lexicon is not None and lexicon.elided_participle(token):
        # "Cinq personnes ont été tuées et 135 autres enlevées par des hommes armés": the
        # second group ("autres") is of the first's kind; the agent is the participle's or,
        # failing that, the first participle's
        agent = _own_agent(token) or _own_agent(token.head)
        group = next((c for c in token.head.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and not c.is_punct), None)
        return agent, (_antecedent(group) if group is not None else None)
    if rule.pos == "VERB" and _aux_headed(token):
        # "le Niger a expulsé l'ambassadeur" parsed with "a" as the verb: its subject and object
        return _lost_frame(token)
    if rule.pos == "VERB" and rule.subject is not None:
        # "un véhicule a sauté sur une mine" suffers it; "des milliers sont descendus dans la rue" do it
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct), None)
        subject = _antecedent(subject) if subject is not None else _subject(token)
        return (subject, None) if rule.subject == "actor" else (None, subject)
    if rule.pos == "VERB" and rule.type in moved_types:
        # "Le Rwanda a déployé un bataillon à Bangui", "des soldats ont été dépêchés à Gao":
        # the force sent is the side that moves (the actor when no sender is named), no recipient
        sender = _own_agent(token)
        moved = next((c for c in token.children if c.dep_ in ("obj", "nsubj:pass") and not c.is_punct), None)
        if sender is None and not _passive(token):
            sender = _subject(token)
        return (sender or (_antecedent(moved) if moved is not None else None)), None
    if rule.pos == "VERB":
        # a pronominal idiom takes "être" as its tense's auxiliary, which the parse may label
        # passive ("ils s'en sont pris aux civils"): its subject acts
        # (and so does a fight verb's "se": "les soldats se sont affrontés avec des rebelles", `clash_verbs`)
        pronominal = (bool(rule.reflexive) or (lexicon is not None and rule.lemma in lexicon.words["clash_verbs"])) \
            and _is_reflexive(token)
        if (_passive(token) and not pronominal) or any(c.dep_ == "obl:agent" for c in token.children) or \
                _reduced_passive(token) or (
                token.dep_ == "conj" and _elided(token) and _passive(token.head)):  # "tués et 135 enlevés"
            copula = any(c.dep_ == "cop" for c in token.children)  # "est sommé de": its nsubj suffers it
            sufferers = [c for c in token.children if not c.is_punct and (
                c.dep_ in _PASSIVE_SUBJECT_DEPS or (copula and c.dep_ == "nsubj"))]
            if len(sufferers) > 1 and _opening_time(sufferers[0]):
                sufferers = sufferers[1:]  # "Le 24 janvier, quatre soldats ont été tués": the date is no subject
            recipient = _hung_subject(token, sufferers[0] if sufferers else None, subsets=False)
            actor = _agent(token)
            if actor is None and lexicon is not None:
                # "tués dans des affrontements entre l'armée et les rebelles": the sides of the
                # clash the victims died in; the first named acts (`_other_side` may turn it)
                actor = _clash_side(token, lexicon)
            if recipient is None and token.dep_ == "acl":
                recipient = token.head  # "onze soldats tués"
            return actor, (_antecedent(recipient) if recipient is not None else None)
        actor = _subject(token)
        if actor is None and pronominal:
            # "les troupes françaises se sont retirées de Gao": the parse may read the "se" of a
            # pronominal verb as the passive's and label its subject nsubj:pass; that subject acts
            subject = next((c for c in token.children if c.dep_ in _PASSIVE_SUBJECT_DEPS and not c.is_punct), None)
            actor = _antecedent(subject) if subject is not None else None
        if rule.dative_recipient:
            # "reproche à la France son attitude", "attribue l'attaque à des éléments du PSF": who
            # is blamed is the "à" complement; the object is what they are blamed for
            # (the parse may hang it on the object: "a imputé l'attaque au groupe EI")
            blamed = _prep_child(token, ["à", "aux", "au"], ("obl:arg", "obl:mod", "obl", "iobj"))
            done = next((c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)
            if blamed is None and done is not None:
                blamed = _prep_child(done, ["à", "aux", "au"], ("nmod",))
            return actor, blamed
        recipient = next((c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)
        if recipient is not None and rule.object_completes and (recipient.lemma_.casefold() in rule.objects
                                                                or recipient.lower_ in rule.objects):
            # the object the rule asks for completes the verb ("prendre le pouvoir",
            # "remettre le camp aux autorités", "ouvrir le feu sur la foule"): whom it is done
            # to is the "à" complement, or the "sur"/"contre" one of the verb or the object
            done_to = recipient
            recipient = _prep_child(token, ["à", "aux", "au"], ("obl:arg", "iobj")) or _prep_child(
                token, ["sur", "contre"]) or _prep_child(done_to, ["sur", "contre"])
        if rule.complements and rule.type == "RETREAT":
            # "mettant un terme à ... la présence de l'armée française": whose presence ends
            # is who withdraws; the ended thing is no recipient
            owner = _complement(rule, token)
            while owner is not None and owner.lemma_.casefold() in rule.complements:  # "au mandat de la mission"
                owner = _prep_child(owner, ["de", "des", "du", "d'", "d\u2019"], ("nmod",))
            return (owner or actor), None
        if recipient is not None and rule.complements and _complement(rule, token) is recipient:
            recipient = None  # "ont pris en otage ...": the complement the rule asks for is no one
        if recipient is None:
            recipient = _prep_child(token, ["contre", "sur"]) or _prep_child(token, ["à", "aux", "au"], ("obl:arg",))
        if recipient is None and lexicon is not None and rule.lemma in lexicon.words["clash_verbs"]:
            # "ont échangé des tirs avec les assaillants", "se sont affrontés avec des rebelles":
            # the side fought "avec" is the other side (the parse may hang it on the object)
            recipient = _prep_child(token, ["avec"]) or (
                _prep_child(done, ["avec"], ("nmod",)) if (done := next(
                    (c for c in _arguments(token) if c.dep_ in _OBJECT_DEPS), None)) is not None else None)
        return actor, recipient
    actor = _prep_child(token, ["par"])
    recipient = _prep_child(token, ["contre", "visant"])
    if actor is None and recipient is None and lexicon is not None:
        actor, recipient = _clash_sides(token, lexicon)
    words = _words()
    if actor is None:  # "une attaque perpétrée par des éléments de Boko Haram"
        for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.casefold() in words.light_verbs):
            actor = _own_agent(clause)
            if actor is not None:
                break
    if actor is None:
        actor = _blamed(token, words)
    host = token.head if token.dep_ in ("obj", "nsubj:pass", "obl:arg") and token.head.pos_ == "VERB" else None
    # (a verb of carrying out, `carrying_verbs`, too: "Israël a procédé à des frappes")
    carrying = lexicon.words["carrying_verbs"] if lexicon is not None and token.dep_ == "obl:arg" else frozenset()
    sufferer = _sufferer(token) if rule.type == "ASSAULT" else None
    if sufferer is not None:
        # "le convoi a fait l'objet de tirs", "le village a subi une attaque": the subject
        # undergoes the act; its author is only a "par" or "de" one
        recipient = recipient or sufferer
        host = None
    if host is not None and host.lemma_.casefold() in words.light_verbs | carrying:
        actor = actor or _subject(host)
        recipient = recipient or _prep_child(host, ["contre", "à", "aux", "au", "sur"])
        if recipient is None and token.dep_ == "obj":
            # "a lancé un ultimatum à la garde": the parse may hang the verb's "à" complement
            # on its object; a common noun there is whom it is addressed to (a name after
            # "à", "à Gao", is where)
            recipient = next((c for c in _prep_children(token, ["à", "aux", "au"], ("nmod",))
                              if c.pos_ == "NOUN"), None)
    if actor is None and token.dep_ in ("nsubj", "nsubj:pass") and token.head.pos_ == "VERB":
        # "L'attaque a été perpétrée par des rebelles", "L'attaque s'est produite jeudi et a été
        # menée par X": the agent of a passive verb of doing whose subject is the attack noun
        # (or of a conjunct sharing that subject) is the attack's author
        verbs = [token.head] + [c for c in token.head.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
                                and c.i > token.i and not any(g.dep_.startswith("nsubj") for g in c.children)]
        for verb in verbs:
            if verb.lemma_.casefold() in words.perpetrating_verbs and _passive(verb):
                actor = _own_agent(verb)
                if actor is not None:
                    break
    if recipient is None and token.head.lemma_.casefold() in words.targeting_verbs:
        verb = token.head
        if token.dep_ == "nsubj":  # "l'attaque a visé un campement"
            recipient = next((c for c in verb.children if c.dep_ == "obj"), None)
        elif token.dep_ in ("obl:agent", "obl:mod", "obl") and _case_of(token) == "par":
            recipient = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)  # "ciblés par une attaque"
    patient = rule.lemma in patient_nouns
    if actor is None or (patient and recipient is None):
        of = _prep_child(token, ["de", "des", "du", "d'", "d\u2019"], ("nmod",))
        if of is not None and of.pos_ in ("NOUN", "PROPN") and not (rule.named_by_modifier and (
                of.lemma_.casefold() in rule.modifiers or of.lower_ in rule.modifiers)) \
                and not any(c.dep_ == "advmod" and c.i < of.i for c in of.children):
            # not "une attaque près de la frontière" ("près de", "loin de": a place, not an author)
            if patient:  # "l'arrestation de l'opposant": who suffers it
                recipient = recipient or of
            else:
                actor = of  # not the "État" of "coup d'État": it names the event, not its author
    return actor, recipient


_TO = ("à", "aux", "au")


def _blamed(noun: Token, words: _EventWords) -> Token | None:
    """Whom an act noun is laid at the door of: the "à" complement of an attributing verb
    on it ("une attaque attribuée aux rebelles", "une série d'attaques attribuée à X"), or of
    the passive verb it is the subject of ("l'attaque est imputée à des jihadistes"). The
    parse may hang that complement on the noun itself, after the participle. A place there
    ("à Beni") is where, not who."""
    holders = [noun]
    if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and _case_of(noun) in ("de", "d'", "d\u2019"):
        holders.append(noun.head)  # "une série d'attaques attribuée à"
    for clause in (c for h in holders for c in h.children
                   if c.dep_ == "acl" and c.lemma_.casefold() in words.attributing_verbs):
        found = _prep_child(clause, _TO, ("obl:arg", "obl:mod", "obl", "nmod", "iobj")) or next(
            (c for h in holders for c in _prep_children(h, _TO, ("nmod",)) if c.i > clause.i), None)
        if found is not None and found.ent_type_ not in ("LOC", "GPE"):
            return found
    verb = noun.head
    if noun.dep_ == "nsubj:pass" and verb.pos_ == "VERB" and verb.lemma_.casefold() in words.attributing_verbs:
        found = _prep_child(verb, _TO, ("obl:arg", "obl:mod", "obl", "iobj"))
        if found is not None and found.ent_type_ not in ("LOC", "GPE"):
            return found
    return None
