"""Which French words are triggers here: a rule's constraints (`_constraints_hold`), the frames a
noun or participle needs, and the readings that make a mention background (generic, habitual,
repeated, described).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from tessera.data import word_set
from tessera.extraction.actors_fr import (
    actor_from_token_fr,
    count_nouns,
    transnational_groups,
)
from tessera.extraction.events_fr.grammar import (
    _GRAMMAR_WORDS,
    _IMPERFECT_ENDINGS,
    _OPENING_QUOTES,
    FrenchRule,
    _aimed_at,
    _antecedent,
    _case_of,
    _clause_verb,
    _EventWords,
    _hung_on_fronted_adjective,
    _hunted,
    _named_among,
    _one_of,
    _own_agent,
    _passive,
    _subject,
    _suffering_frame,
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    _NOMINAL_SLOTS,
    _ORDER_TYPES,
    _SPEECH_TYPES,
    FrenchLexicon,
    _idioms,
)
from tessera.parse import ParsedSentence
from tessera.records import (
    Actor,
)


def _undergone_once(noun: Token) -> bool:
    """Fire or attacks a subject underwent in a past tense ("le convoi a fait l'objet de tirs
    nourris", "a essuyé des rafales"): the shots of one act, not a kind of act ("le village
    subit des attaques")."""
    frame = _suffering_frame(noun)
    for verb in (frame, frame.head if frame is not None and frame.dep_ == "obj" else None):
        if verb is not None and (any(c.dep_ == "aux:tense" for c in verb.children)
                                 or "Past" in verb.morph.get("Tense")):
            return True
    return False


def _sufferer(noun: Token) -> Token | None:
    """Who undergoes the act a frame of suffering tells (`_suffering_frame`): the subject of
    its verb, of the copula of its noun ("le convoi a été la cible de tirs"), or of the verb
    its noun is the object of ("le convoi a fait l'objet de tirs")."""
    frame = _suffering_frame(noun)
    while frame is not None:
        subject = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct), None)
        if subject is not None:
            return _antecedent(subject)
        if frame.dep_ == "acl" and frame.head.pos_ in ("NOUN", "PROPN"):
            return frame.head  # "le convoi, victime d'une embuscade"
        frame = frame.head if frame.dep_ in ("obj", "xcomp") and frame.head is not frame else None
    return None


def _describing_participle(verb: Token) -> bool:
    """A past participle that describes a noun, with no auxiliary and no agent ("un groupe
    appelé Front de libération", "le texte dit « de Bamako »"): it names or qualifies, it
    tells no act; "l'accord dénoncé par Bamako" does (its agent is named)."""
    return verb.dep_ in ("acl", "amod") and "Part" in verb.morph.get("VerbForm") \
        and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children) and _own_agent(verb) is None


# Types whose past participle describing a noun tells where or how its people stand, not
# an act ("treize soldats déployés au sein de la MINUSMA ont été tués", "les milliers de
# Burkinabés mobilisés pour la défense de la patrie").
_STATE_PARTICIPLE_TYPES = frozenset({"MOBILIZE"})
# Types whose infinitive after "pour" / "afin de" is what another act is for, as for speech
# acts (`_purpose`): "une patrouille organisée pour ratisser les buissons" tells the aim of
# the patrol, no sweep of its own; "se rendre à l'Assemblée pour interpeller les députés",
# "déployés afin d'arrêter les auteurs" no arrest (English's purpose clause codes neither).
# Not attacks: French tells the dispersal it did so ("ont tiré des gaz lacrymogènes pour
# disperser la foule").
_AIM_TYPES = frozenset({"MOBILIZE", "COERCE"})


# Where a participle stands as a noun: a subject, an object, a complement (not "et sept
# autres enlevés", a second act coordinated after the first).
_PEOPLE_SLOTS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod", "appos"})


def _rescue(token: Token, actor: Actor | None) -> bool:
    """A freeing of hostages (`rescued_words`: the verb's object, the noun's "de" complement)
    by the forces of order (the act's actor, or for an infinitive the subject of the verb
    that governs it: "les forces ont annoncé avoir libéré quatre otages"): a rescue."""
    words = _words().rescued_words
    if token.pos_ == "NOUN":
        freed = [c for c in token.children if c.dep_ == "nmod"]
    else:
        freed = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass")]
    if not any(_named_among(c, words) for c in freed):
        return False
    if actor is None and token.dep_ == "xcomp":
        subject = _subject(token.head)
        return subject is not None and subject.lemma_.casefold() in _words().force_words
    return actor is not None and actor.type in _ORDER_TYPES


def _dispatched(verb: Token) -> bool:
    """A participle told with the manner or the moment of its sending ("les forces de l'ordre
    massivement déployées dans la ville", "le détachement déployé dans l'après-midi"): a
    deployment the story tells, not where its people stand (triggers.yaml dispatch_marks)."""
    marks = _words().dispatch_marks
    return any(c.lemma_.casefold() in marks or c.lower_ in marks or any(
        g.dep_ in ("obl:mod", "nmod", "flat:name") and g.lower_ in marks for g in c.children)
        for c in verb.children if c.dep_ in ("advmod", "obl:mod", "obl", "nmod"))


def _counted_people(verb: Token) -> bool:
    """A past participle counted by a numeral of its own, with no auxiliary and no object:
    a noun naming people ("quatre accusés", "deux détenus"), not the act of its verb."""
    return "Part" in verb.morph.get("VerbForm") and verb.dep_ in _PEOPLE_SLOTS \
        and any(c.dep_ == "nummod" for c in verb.children) \
        and not any(c.dep_.startswith(("aux", "obj")) for c in verb.children)


def _bound_to(verb: Token, lexicon: FrenchLexicon) -> bool:
    """ "Les forces sont appelées à jouer un rôle", "est appelé à disparaître": a verb of
    `bound_passives` in the present passive, with no agent, before an infinitive with "à",
    tells what its subject is bound or expected to do, no one's call. A call told with its
    caller ("ont été appelés par l'armée à quitter le village") or in a past tense ("ont été
    appelés à la vigilance") is one."""
    if verb.lemma_.casefold() not in lexicon.words["bound_passives"] or _own_agent(verb) is not None:
        return False
    auxes = [c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
    if not (len(auxes) == 1 and auxes[0].lemma_ == "être" and "Pres" in auxes[0].morph.get("Tense")):
        return False
    return any(c.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg") and "Inf" in c.morph.get("VerbForm")
               and any(m.dep_ == "mark" and m.lower_ == "à" for m in c.children) for c in verb.children)


def _command(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of asking that is no request between the parties: one addressed to the reporter
    ("le commandant nous a demandé de nous référer au communiqué": a pronoun of
    `reporter_addressees` as its indirect object), or an order to use force down a chain of
    command ("le commissaire a demandé aux policiers de charger les militants", "ont demandé
    de tout faire pour les neutraliser": a verb of `force_orders` in the act asked for, on
    the verb's complement or its addressee's, or a purpose clause in that act)."""
    words = lexicon.words
    if any(c.dep_ in ("iobj", "obl:arg") and c.pos_ == "PRON" and c.lower_ in words["reporter_addressees"]
           for c in verb.children):
        return True
    asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    asked += [a for c in verb.children if c.dep_ in ("iobj", "obl:arg") for a in c.children
              if a.dep_ in ("acl", "xcomp") and any(m.dep_ == "mark" and m.lower_ in ("de", "d'", "d\u2019")
                                                      for m in a.children)]
    for act in asked:
        acts = [act] + [c for c in act.children if c.dep_ in ("obl:mod", "advcl", "xcomp")
                        and any(m.dep_ in ("case", "mark") and m.lower_ in words["purpose_marks"] for m in c.children)]
        if any(a.lemma_.casefold() in words["force_orders"] or a.lower_ in words["force_orders"] for a in acts):
            return True
    return False


def _at_the_call_of(noun: Token) -> bool:
    """ "à l'appel de" + the caller ("la grève a été lancée à l'appel des syndicats",
    "manifestaient à l'appel de l'opposition"): the phrase names who called the act it
    hangs on, told in its own right; the call is no request of its own. Not a call with an
    "à" phrase of what is asked ("un appel à la retenue")."""
    return any(c.dep_ == "case" and c.lower_ == "à" and c.i < noun.i for c in noun.children) and any(
        c.dep_ in ("nmod", "obl") and c.i > noun.i and any(
            m.dep_ == "case" and m.lower_ in ("de", "d'", "d\u2019", "du", "des") for m in c.children)
        for c in noun.children)


def _heads_a_name(noun: Token) -> bool:
    """A capitalised trigger noun inside its sentence that opens an organisation's name of
    three words or more ("le Rassemblement des forces démocratiques", "membre du Rassemblement
    des républicains"): a party or a movement, no gathering. Not a capital at the sentence's
    start or after a colon or a dash (a headline's "Haïti – Manifestation : ...")."""
    if not noun.is_title or noun.ent_type_ != "ORG" or noun.ent_iob_ != "B" or noun.i == noun.sent.start:
        return False
    if noun.doc[noun.i - 1].is_punct and noun.doc[noun.i - 1].text not in (",", "(", "«", "\"", "“"):
        return False
    name = next((e for e in noun.doc.ents if e.start == noun.i), None)
    return name is not None and len(name) >= 3


def _degree_state(verb: Token) -> bool:
    """A past participle after "être" graded by an adverb of degree ("sont très mobilisés"),
    or after "être" in the imperfect ("étaient déployés"), or after "rester" ("à rester
    mobilisés"): an adjective of state, no act."""
    if "Part" in verb.morph.get("VerbForm") and verb.dep_ in ("xcomp", "acl") \
            and verb.head.lemma_.casefold() in ("rester", "demeurer"):
        return True
    degree = _words().degree_words
    if "Part" in verb.morph.get("VerbForm") and verb.lemma_.casefold() not in _words().etre_verbs and any(
            c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" and "Imp" in c.morph.get("Tense")
            for c in verb.children):
        return True  # "1 400 soldats étaient déployés au Niger": where they stood, no deployment told
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ in ("aux:pass", "cop") and c.lemma_ == "être" for c in verb.children) and any(
        c.dep_ == "advmod" and c.lower_ in degree for c in verb.children)


def _habitual_relative(verb: Token, event_type: str) -> bool:
    """A verb in the present indicative, with no auxiliary, in a relative clause on a noun
    ("des bandits qui terrorisent les populations et pillent les villages"), or conjoined to
    such a verb, says what the noun's people do, as who they are, not an act the story tells
    (that is told in the passé composé: "qui ont attaqué le village"). Only for the types of
    `habitual_relative_types` (not a deployment or a protest, whose present is under way: "les
    forces qui mènent des patrouilles dans le village"); a speech act only on an indefinite
    noun ("des séparatistes qui réclament l'indépendance"): "le gouvernement, qui réclame leur
    libération" speaks as it is reported."""
    if event_type.casefold() not in _words().habitual_relative_types or not _present_indicative(verb):
        return False
    if event_type not in _SPEECH_TYPES and _after_relative_subject(verb):
        return True
    node = verb
    for _ in range(3):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    # the clause: on a noun, or with "qui" for its subject wherever the parse hangs it ("des
    # groupes, appelés bandits, qui pillent": on the participle)
    relative = node.dep_ == "acl:relcl" and node.head.pos_ in ("NOUN", "PROPN")
    if not relative and not any(c.dep_ == "nsubj" and c.lower_ == "qui" and "Rel" in c.morph.get("PronType", [])
                                for c in node.children):
        return False
    antecedent = node.head
    if event_type in _SPEECH_TYPES and (antecedent.pos_ in ("PROPN", "PRON") or _definite(antecedent) or any(
            c.dep_ == "det" and c.lower_ in _words().pointing_determiners for c in antecedent.children)
            or antecedent is node):
        return False
    return all(_present_indicative(v) for v in {node, verb})


def _after_relative_subject(verb: Token) -> bool:
    """The verb follows a relative "qui" of its sentence with only its own clause between:
    objects, adverbs, commas, "et" and other verbs in the present indicative ("des bandes
    qui rançonnent les voyageurs et enlèvent des éleveurs"), however the small parse hangs
    them. Not across another verb, an auxiliary, a clause opener (fr/triggers.yaml
    `relative_clause_openers`) or a quotation."""
    start = verb.sent.start if verb.doc.has_annotation("SENT_START") else 0
    openers = _words().relative_clause_openers
    for token in reversed(verb.doc[start:verb.i]):
        lower = token.lower_
        if lower == "qui":
            return token.i > start and "Int" not in token.morph.get("PronType", [])
        if lower in openers or token.is_quote or token.text in (".", ";", ":", "?", "!", "(", ")", "–", "—"):
            return False
        if token.pos_ in ("VERB", "AUX") and not _present_indicative(token):
            return False
    return False


def _present_indicative(verb: Token) -> bool:
    """A finite verb in the present indicative with no auxiliary. The small model may tag
    such a form imperfect ("enlèvent"): the imperfect's ending decides (`_imperfect`)."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Fin" not in verb.morph.get("VerbForm", []):
        return False
    tense, mood = verb.morph.get("Tense", []), verb.morph.get("Mood", [])
    if "Ind" not in mood or "Fut" in tense or verb.lower_.endswith(_IMPERFECT_ENDINGS):
        return False
    return "Pres" in tense or "Imp" in tense


def _imperfect(verb: Token) -> bool:
    """A verb in the indicative imperfect ("appelait", "refusaient"), no auxiliary. The
    small model often tags such a form present: its ending decides then."""
    if any(c.dep_.startswith("aux") for c in verb.children) or "Fin" not in verb.morph.get("VerbForm"):
        return False
    tense = verb.morph.get("Tense")
    return ("Imp" in tense and "Ind" in verb.morph.get("Mood")) or (
        "Fut" not in tense and verb.lower_.endswith(_IMPERFECT_ENDINGS) and len(verb.lower_) > 5)


def _generic(noun: Token, lexicon: FrenchLexicon | None = None) -> bool:
    """A plural trigger noun with no number names a kind of event, not one event:
    "des attaques contre les forces de l'ordre", "depuis 2015, ... dans les attaques";
    "deux attaques", "les trois attentats" are counted events, and so are "des dizaines
    d'arrestations", "une centaine d'interpellations" (a count noun: `count_nouns` of
    fr/actors.yaml); "ses sanctions", "ces frappes" (a possessive or demonstrative) point at
    particular ones."""
    words = _words()
    if _one_of(noun, words.force_nouns):
        return False  # "des renforts ont été envoyés": the forces sent, no kind of act
    if noun.dep_ in ("nsubj", "nsubj:pass") and noun.head.lemma_.casefold() in words.continuing_verbs:
        return False  # "des ratissages se poursuivent": the story's operations, told as under way
    if "Plur" not in noun.morph.get("Number") or any(
            c.dep_ == "nummod" or c.like_num or (c.dep_ == "det" and c.lower_ in words.pointing_determiners)
            for c in noun.children):
        return False
    if noun.dep_ == "nmod" and noun.head.lower_ in count_nouns() and _case_of(noun) in ("de", "d'", "d\u2019"):
        return False
    if _said_frequent(noun, words):
        return True  # "les attaques des milices sont récurrentes dans la région": a pattern, no act told
    if any(_told_once(c, words) for c in noun.children):
        return False
    if lexicon is not None and _aimed_in_past(noun, lexicon):
        return False
    if _undergone_once(noun):
        return False
    if _scene_of(noun, words):
        return False
    if lexicon is not None and _died_in(noun, lexicon, killed=not _definite(noun)):
        # "quatre personnes ont trouvé la mort dans des affrontements"; a definite noun too ("sont
        # morts dans les affrontements", "lors des combats"): clashes told before, or known, are
        # still the act the dead fell in, and the dying verb is no trigger then (`not_complements`),
        # so without the noun the deaths would tell nothing; the assembly joins it to the clash told.
        # Not the definite noun of another type killed in ("tuée lors des manifestations"): the
        # killing tells its assault, and the protests are referred back to
        return False
    if lexicon is not None and _during(noun, lexicon) and not _definite(noun):
        return False
    if lexicon is not None and _turned_into(noun, lexicon):
        return False
    # "poursuivent les ratissages": the definite article points at the operations of the
    # story, told as under way, when the verb names no act of its own ("a démenti les
    # accusations", "a dénoncé les exactions" speak of acts), is no light verb ("mènent les
    # attaques") and no repetition ("multiplient les attaques": `repetition_verbs`), and
    # tells no fear; a subject ("les manifestations se multiplient") tells a trend
    head = noun.head
    lemma = head.lemma_.casefold()
    if noun.dep_ == "obj" and any(c.dep_ == "det" and c.lower_ == "les" for c in noun.children) \
            and lexicon is not None and lexicon.rule_for(head) is None \
            and lemma not in words.light_verbs | lexicon.words["repetition_verbs"] \
            and lemma not in lexicon.words["reporting_verbs"] | lexicon.words["hypothetical_governors"]:
        return False
    # "a imposé des sanctions au Niger", "ont pris de nouvelles sanctions contre la Guinée":
    # what a verb of imposing (`imposing_verbs`) imposed in a past tense is the story's act;
    # so is what a verb of carrying out (`carrying_verbs`) carried out ("a procédé à des frappes
    # au Liban"; not "procède à des arrestations": what it does)
    if noun.dep_ in ("obj", "obl:arg") and lexicon is not None \
            and lemma in lexicon.words["imposing_verbs"] | lexicon.words["carrying_verbs"] \
            and head.pos_ == "VERB" and (any(c.dep_ == "aux:tense" for c in head.children)
                                         or "Past" in head.morph.get("Tense") or _participle_of_past(head)):
        return False
    # "Des manifestations ont éclaté lundi", "des affrontements ont opposé ...": plural events
    # that happened, told as the subject of a verb in a past tense
    head, slot = noun.head, _slot(noun)
    if slot != noun.dep_:
        head = head.head  # "les assauts répétés ont fait": the phrase the parse hung the noun in
    # (a head that holds the auxiliaries is the clause's verb, whatever the tagger called it:
    # "des heurts ont été signalé lundi" with the misspelt participle an adverb of "lundi")
    past = head != noun and (head.pos_ in ("VERB", "AUX") or any(
        c.dep_ == "aux:tense" and c.i < head.i for c in head.children)) and (
        any(c.dep_ in ("aux:tense", "aux:pass") for c in head.children)
        or "Past" in head.morph.get("Tense") or "Imp" in head.morph.get("Tense"))
    if noun.dep_ == "ROOT" and any(
            c.dep_ == "conj" and c.pos_ == "VERB" and (any(g.dep_ in ("aux:tense", "aux:pass") for g in c.children)
                                                      or "Past" in c.morph.get("Tense"))
            for c in noun.children):
        # "Des combats entre l'armée et les rebelles ont fait 30 morts": the parse read the
        # verb as a conjunct of the noun; the noun is still its subject
        return False
    if lexicon is not None and past and slot in ("obl", "obl:arg", "obl:mod") \
            and _case_of(noun) in lexicon.words["means_prepositions"]:
        # "la police a répondu par des tirs de gaz lacrymogène": the means of an act in a past
        # tense, used then (`means_prepositions`)
        return False
    return not (slot in ("nsubj", "nsubj:pass") and past)


def _aimed_noun(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A noun of acts told as aimed at hunting down those who struck, by a rule of its lemma
    (`purposes`, `_aimed_at`): "une vaste opération dans le secteur pour traquer les
    assaillants" (whatever other rule of the noun holds: "des opérations de ratissage ... pour
    rattraper ces terroristes")."""
    rules = lexicon.rules.get((noun.lemma_.casefold(), "NOUN"), ())
    purposes = frozenset().union(*(rule.purposes for rule in rules))
    return bool(purposes) and _aimed_at(noun, purposes)


def _hunted_actor(noun: Token, actor: Token, lexicon: FrenchLexicon) -> bool:
    """The actor found for an act told as aimed at hunting down those who struck is those
    hunted (`_aimed_noun`): a word of the aim itself ("pour traquer les assaillants"), or the
    subject a passive clause of the act borrowed from the clause joined to it ("Des hommes
    armés ont tué quatre civils, et une opération a été lancée pour traquer les assaillants":
    who struck, not who hunts; a passive clause's author is only its own agent)."""
    if not _aimed_noun(noun, lexicon):
        return False
    if _hunted(actor):
        return True
    return noun.dep_ == "nsubj:pass" and actor.head.i != noun.head.i


def _aimed_in_past(noun: Token, lexicon: FrenchLexicon) -> bool:
    """Plural acts told as aimed at hunting down those who struck, in a clause of a past
    tense: "des opérations ont été engagées pour rattraper ces terroristes", "l'armée a
    riposté, lançant des opérations afin de retrouver les assaillants" are the story's, not a
    kind (a rule's `purposes`, `_aimed_at`); "l'armée mène des opérations pour traquer les
    jihadistes" (a present) is one."""
    if not _aimed_noun(noun, lexicon):
        return False
    verb = _clause_verb(noun)
    if verb is None:
        return False
    if _told_past(verb) or _participle_of_past(verb):
        return True
    # "avaient réagi à l'attaque, lançant dans la foulée des opérations": a present participle
    # joined to a clause of a past tense (the parse may make it a conjunct of a misread word)
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense") \
            or verb.dep_ not in ("conj", "advcl", "acl"):
        return False
    node = verb.head
    for _ in range(2):
        if _told_past(node):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _told_past(word: Token) -> bool:
    """A word of a clause in a past tense: its auxiliaries of tense or voice, or a past form."""
    return any(c.dep_ in ("aux:tense", "aux:pass") for c in word.children) or "Past" in word.morph.get("Tense")


def _turned_into(noun: Token, lexicon: FrenchLexicon) -> bool:
    """What a dispute or a march turned into, in a past tense: "la marche a dégénéré en
    affrontements", "la dispute avait tourné aux heurts" tell the clashes it became
    (`turning_verbs`, through `turning_prepositions`; negated, `_mode` denies them)."""
    verb = noun.head
    return noun.dep_ in ("obl:arg", "obl:mod", "obl") and verb.pos_ == "VERB" \
        and verb.lemma_.casefold() in lexicon.words["turning_verbs"] \
        and any(c.dep_ == "case" and c.lower_ in lexicon.words["turning_prepositions"] for c in noun.children) \
        and (any(c.dep_ in ("aux:tense", "aux:pass") for c in verb.children) or "Past" in verb.morph.get("Tense"))


def _said_frequent(noun: Token, words: _EventWords) -> bool:
    """A plural act noun whose predicate says how often such acts happen: "les attaques sont
    récurrentes dans la région", "les enlèvements y sont devenus fréquents", "les attaques de bandits
    sont quotidiennes" (`frequency_words`). The predicate, an adjective the small model may tag a past
    participle, is the noun's head or the complement of a linking verb; the sentence tells a
    pattern of the place, not one act, whatever the tense (a numeral or a pointing determiner
    has already made the noun acts told, in `_generic`)."""
    if noun.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    head = noun.head
    if _one_of(head, words.frequency_words):
        return True
    # The predicate of a linking verb ("sont devenues courantes"), not any complement: "les
    # attaques ont eu lieu courant mars" ("during March") tells acts.
    return head.lemma_.casefold() in words.linking_verbs and any(
        c.dep_ == "xcomp" and _one_of(c, words.frequency_words) for c in head.children)



def _participle_of_past(verb: Token) -> bool:
    """A present participle adjoined to a clause in a past tense tells an act of that past:
    "l'armée a repoussé l'attaque, lançant des opérations de ratissage dans la zone" (the
    parse hangs the participle on the verb, or on a noun of its clause: up to two nouns are
    climbed to reach the verb). Not a participle of a clause in the present ("lançant des
    opérations chaque semaine, l'armée traque ...")."""
    if verb.dep_ not in ("acl", "advcl") or "Part" not in verb.morph.get("VerbForm") \
            or "Pres" not in verb.morph.get("Tense") or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    node = verb.head
    for _ in range(2):
        if node.pos_ not in ("NOUN", "PROPN") or node.head is node:
            break
        node = node.head
    return node is not verb and node.pos_ in ("VERB", "AUX") and (
        any(c.dep_ in ("aux:tense", "aux:pass") for c in node.children) or "Past" in node.morph.get("Tense"))


def _scene_of(noun: Token, words: _EventWords) -> bool:
    """A plural act noun a place was the scene of, in a past tense: "la ville a été le théâtre
    d'affrontements entre milices ce jeudi", "a de nouveau été le théâtre de heurts" tell
    acts that happened there (`scene_nouns`: the noun is the "de" complement of the scene
    noun, which a copula in a compound past makes the clause's predicate)."""
    scene = noun.head
    if noun.dep_ != "nmod" or scene.lemma_.casefold() not in words.scene_nouns:
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("de", "d'", "d\u2019", "des") for c in noun.children):
        return False
    # "a été", "avait été": the past participle of the copula (the small model may tag the
    # auxiliary a second copula)
    return any(c.dep_ == "cop" and c.lower_ == "été" for c in scene.children)


def _reported(noun: Token, words: _EventWords) -> bool:
    """A trigger noun "faire état de" reports ("a fait état d'un déploiement important des
    forces", `report_nouns`, `report_verbs`): the "de" complement of the report noun, whose
    verb the parse may hang on it as an auxiliary or a dependent ("état" tagged the verb), or
    hang the noun on the verb itself, or on a noun before ("un journaliste, qui avait fait état
    d'un déploiement": the words "fait état de" right before the noun's phrase still say it).
    Told as fact, it holds the central slot of an object."""
    case = next((c for c in noun.children
                 if c.dep_ == "case" and c.lower_ in ("de", "d'", "d\u2019", "du", "des")), None)
    if noun.dep_ not in ("obl:arg", "obl", "obl:mod", "nmod") or case is None:
        return False
    if case.i >= 2:
        before, verb = noun.doc[case.i - 1], noun.doc[case.i - 2]
        if _one_of(before, words.report_nouns) and verb.lemma_.casefold() in words.report_verbs:
            return True
    head = noun.head
    if _one_of(head, words.report_nouns):
        return any(c.lemma_.casefold() in words.report_verbs for c in head.children) \
            or head.head.lemma_.casefold() in words.report_verbs
    return head.lemma_.casefold() in words.report_verbs and any(
        c.dep_ == "obj" and _one_of(c, words.report_nouns) for c in head.children)


def _told_once(clause: Token, words: _EventWords) -> bool:
    """A clause on a plural act noun in a compound past tells what these acts did, once
    ("après des combats ayant opposé la veille les rebelles aux soldats", "des heurts qui
    ont éclaté lundi"); not one that sums over time (`aggregate_clause_words`: "qui ont
    fait des milliers de morts depuis 2015")."""
    return (clause.dep_ in ("acl", "acl:relcl") and clause.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux:tense" for c in clause.children)
            and not any(t.lower_ in words.aggregate_clause_words for t in clause.subtree))


def _occasion_verb(noun: Token, lexicon: FrenchLexicon, prepositions: frozenset[str]) -> Token | None:
    """The verb in a past tense that an act noun is the occasion of: the verb the noun hangs
    on after one of `prepositions`, or after "lors"/"au cours" (`occasion_heads`); None when
    the noun is no such occasion or the verb is not in a past tense."""
    words = lexicon.words
    verb = noun.head
    if verb.lower_ in words["occasion_heads"] and verb.head is not verb and noun.dep_ in ("obl:arg", "nmod"):
        verb = verb.head  # "lors des combats", "au cours des affrontements"
        if verb.lower_ in _words().bare_time_nouns and verb.head is not verb:
            verb = verb.head  # "tuée lundi lors de manifestations": the parse hangs "lors" on the day
    elif noun.dep_ not in ("obl", "obl:mod", "obl:arg") or not any(
            c.dep_ == "case" and c.lower_ in prepositions for c in noun.children):
        return None
    if verb.pos_ not in ("VERB", "ADJ") or not (
            any(c.dep_ in ("aux:tense", "aux:pass") for c in verb.children) or "Past" in verb.morph.get("Tense")):
        return None
    return verb


def _during(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A plural clash noun that an act in a past tense happened during: "la police a fait
    usage de gaz lacrymogène lundi pendant des heurts avec des manifestants", "a tiré lors
    d'affrontements": the clashes of the story, where the act took place, as English reads
    "during clashes" (`during_prepositions`; the clash nouns, `clash_nouns`, only: "pendant
    des manifestations" may be a season of protest)."""
    clash = lexicon.words["clash_nouns"]
    if noun.lemma_.casefold() not in clash and noun.lower_ not in clash:
        return False
    return _occasion_verb(noun, lexicon, lexicon.words["during_prepositions"]) is not None


def _died_in(noun: Token, lexicon: FrenchLexicon, killed: bool = True) -> bool:
    """A plural act noun that people told dead died in, in a past tense: "quatre personnes
    ont trouvé la mort dans des affrontements", "trois soldats sont morts lors d'accrochages".
    It is the story's act, where they fell, no kind of act; and the dying verb is no
    trigger, so without the noun the deaths would tell no event. "Depuis 2015, 1.300
    personnes sont mortes dans des attaques" is kept too: the assembly reads "depuis" as
    background, as it does for "ont été tuées dans des attaques". `killed` False: dying told
    alone ("sont morts", "ont trouvé la mort"), not the killing or wounding of the victims."""
    words = lexicon.words
    verb = _occasion_verb(noun, lexicon, words["occasion_prepositions"])
    if verb is None:
        return False
    lemmas = {verb.lemma_.casefold(), *lexicon.lemmas_of_form(verb.lower_)}
    if lemmas & words["die_verbs"]:
        return True  # "sont morts", "ont péri", "a succombé"
    if killed and lemmas & (words["kill_verbs"] | words["injure_verbs"]):
        # "ont été tués lors de manifestations", "tués dans de violents heurts entre la population
        # et la police": the killing is its own assault; an act of another type the victims fell
        # in (a protest) is the story's too, not a kind of act. An assault noun stays the
        # killing's own act (one assault).
        rule = lexicon.rule_for(noun)
        return rule is not None and rule.type != "ASSAULT"
    dying = _idioms("dying_idioms")  # "ont trouvé la mort", "ont perdu la vie"
    return any(c.dep_ == "obj" and verb.lemma_.casefold() in dying.get(c.lower_, ()) for c in verb.children)


def _definite(noun: Token) -> bool:
    """A noun with a definite article, or one contracted with its preposition ("des combats"
    as "de les", "aux affrontements")."""
    return any(c.dep_ in ("det", "case") and "Def" in c.morph.get("Definite") for c in noun.children)


def _adjectives_after(noun: Token) -> list[Token]:
    """The adjectives right after a noun ("une frappe aérienne israélienne"), each a bare
    word: not "près de la frontière malienne", whose adjective is another noun's."""
    found = []
    for word in noun.doc[noun.i + 1:noun.i + 4]:
        if word.head != noun or word.dep_ != "amod" or word.pos_ not in ("ADJ", "VERB") or any(
                True for _ in word.children):
            break
        found.append(word)
    return found


def _name_after(noun: Token, sentence: ParsedSentence, knowledge_base: Any) -> tuple[Token, Actor] | None:
    """The side a word right after an act's noun names: a demonym or sector adjective
    ("une attaque jihadiste"), or a group's name the parse took for a participle and hung a
    place on ("une attaque antibalaka à Mbrès"): that one word, read as the name it is."""
    for adjective in _adjectives_after(noun):
        side = actor_from_token_fr(sentence, adjective, knowledge_base)
        if side is not None:
            return adjective, side
    word = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if word is None or word.head != noun or word.dep_ not in ("amod", "acl") or not word.is_alpha:
        return None
    info = knowledge_base.lookup(word.text)
    if info is None or info.kind in ("country", "person"):
        return None
    start, end = sentence.offsets(word)
    country = None if info.name in transnational_groups() else info.country
    return word, Actor(text=word.text, start=start, end=end, name=info.name, country=country, type=info.sector)


def _second_statement(token: Token, rule: FrenchRule) -> bool:
    """A verb of saying coordinated with another of its type and given its own object: "a
    condamné l'attaque et accusé le JNIM d'en être responsable" names whom it accuses, which
    the first verb does not, and is a statement of its own."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN")]
    if rule.pos == "VERB" and token.dep_ == "conj" and token.head.pos_ == "VERB" and subjects:
        # "un kamikaze a été abattu à Kordo et trois gendarmes ont été tués à Kembong": a
        # clause with a subject of its own tells an act of its own, not the first one's; not
        # where that subject is the attackers, named back as doers ("Les terroristes ont tué
        # trois soldats et les assaillants ont tué deux civils": one attack). The same noun
        # twice can be two acts ("trois civils ont été tués à Gao et deux civils à Ménaka").
        if not (subjects[0].dep_ == "nsubj" and subjects[0].lemma_.casefold() in _ATTACKER_NOUNS):
            return True
    return rule.pos == "VERB" and rule.type in _SPEECH_TYPES and token.dep_ == "conj" and any(
        c.dep_ == "obj" for c in token.children)


def _purpose(verb: Token, marks: frozenset[str]) -> bool:
    """An infinitive after "pour" / "afin de" tells what another act is for ("ont manifesté
    pour dénoncer les dérives de la junte", "un mois pour céder la place"), not an act of its
    own; a verb coordinated with it ("pour dénoncer ... et exiger ...") too."""
    node = verb
    if node.dep_ == "conj" and "Inf" in node.morph.get("VerbForm"):
        node = node.head
    if "Inf" not in node.morph.get("VerbForm"):
        return False
    if node.head.lower_ in marks and node.head.i < node.i:
        return True  # "afin de dénoncer": the parse hangs the infinitive on "afin"
    return node.dep_ in ("advcl", "acl", "obl", "xcomp") and any(
        c.dep_ == "mark" and c.lower_ in marks for c in node.children)


# A charge's noun lies at most this many noun phrases below the verb that lays it
# ("poursuivi pour complicité d'attentat à la sûreté de l'État, meurtre ...").
CHARGE_DEPTH = 4


def _defied_measure(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A measure (`defied_measures`) told as defied, laid before the act that defies it and no
    act of coercion told: the object of a verb of `defying_verbs` ("ont bravé l'interdiction de
    manifester") or under a preposition of `defiance_prepositions` ("malgré l'interdiction de
    manifester des autorités"). A measure a verb tells laid ("ont décrété un couvre-feu") stays
    an act."""
    words = lexicon.words
    if noun.lemma_.casefold() not in words["defied_measures"] and noun.lower_ not in words["defied_measures"]:
        return False
    if any(c.dep_ == "case" and c.lower_ in words["defiance_prepositions"] for c in noun.children):
        return True
    return (noun.dep_ in ("obj", "nsubj:pass") and noun.head.i != noun.i
            and noun.head.lemma_.casefold() in words["defying_verbs"])


def _state_of_subjection(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A noun of a lasting hold on a place (`subjection_nouns`) that names the state the place
    stands in, no act of coercion: under a preposition of `subjection_prepositions` on another
    noun ("les habitants de l'enclave sous blocus"), or told after a participle of being
    subjected and its "à" (`subjection_participles`: "des villes soumises à un blocus des
    jihadistes"; words read in order, the parse may hang the noun on the sentence's verb). A
    blockade a verb tells imposed ("ont imposé un blocus à Djibo") stays an act."""
    words = lexicon.words
    if noun.lemma_.casefold() not in words["subjection_nouns"] and noun.lower_ not in words["subjection_nouns"]:
        return False
    if noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN") and noun.dep_ == "nmod" and any(
            c.dep_ == "case" and c.lower_ in words["subjection_prepositions"] for c in noun.children):
        return True
    before = [t for t in noun.doc[max(0, noun.i - 4):noun.i] if t.dep_ != "det" and t.pos_ != "DET"]
    return len(before) >= 2 and before[-1].lower_ == "à" and before[-2].lower_ in words["subjection_participles"]


def _classifier(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A bare trigger noun in the "de" phrase of a noun of equipment, dress or units
    (`classifier_heads`) classes that thing, no act told: "trois hélicoptères de combat",
    "armés de fusils d'assaut", "en tenue de combat". With a determiner or a number it is a
    particular act ("le drone de l'attaque", "trois jours de combats" is no such head)."""
    if noun.dep_ != "nmod" or any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    if _case_of(noun) not in ("de", "d'", "d\u2019"):
        return False
    return noun.head.lemma_.casefold() in lexicon.words["classifier_heads"] \
        or noun.head.lower_ in lexicon.words["classifier_heads"]


def _charge(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A bare trigger noun in the "pour" or "de" phrase of a verb or noun of charging or
    judging (`charge_words`), or in a noun's phrase under it, names a charge, a class of crime,
    no act the story tells: "poursuivi pour meurtre", "inculpés de complicité d'attentat",
    "condamné pour assassinat". An act with its determiner ("condamné pour l'attaque de Solhan",
    "accusé de l'enlèvement des touristes") is a particular one and stays. The small parse may
    hang the charge on the verb itself ("poursuivi pour « complicité d'attentat »" with the
    quote and the apostrophe as punctuation): a "pour"/"de" between the verb and it counts."""
    if any(c.dep_ in ("det", "nummod") for c in noun.children):
        return False
    node = noun
    for _ in range(CHARGE_DEPTH):
        if node.dep_ not in ("nmod", "conj", "flat:name") or node.head.pos_ not in ("NOUN", "PROPN", "ADJ") \
                or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if head.i == node.i or head.lemma_.casefold() not in lexicon.words["charge_words"]:
        return False
    prepositions = lexicon.words["charge_prepositions"]
    if any(c.dep_ == "case" and c.lower_ in prepositions for c in node.children):
        return True
    # the charge's "pour" the parse hung elsewhere: "poursuivi pour complicité d'attentat à la
    # sûreté de l'État et meurtre" ("meurtre" under "sûreté"), or a bare noun hung on the verb
    between = node.doc[head.i + 1:node.i] if head.i < node.i else []
    marks = lexicon.words["charge_prepositions_alone"] if any(c.dep_ == "case" for c in node.children) else prepositions
    return any(t.lower_ in marks for t in between)


# What may tell the act a participle after a verb claims for, beside the verb: its subject ("les
# manifestants ont marché, réclamant ...") and its infinitive complement ("sont venus protester,
# réclamant ..."); for an aim ("pour exiger ..."), its subject and its object ("il y a eu une
# manifestation pour exiger ...").
_PARTICIPLE_BEARERS = ("nsubj", "nsubj:pass", "xcomp")
_AIM_BEARERS = ("nsubj", "nsubj:pass", "obj")


def _claim_bearers(verb: Token, deps: tuple[str, ...] = _PARTICIPLE_BEARERS) -> list[Token]:
    """A verb and its dependents of `deps`: what may tell the act a claim is made for; a
    count noun among them stands for its "de" complement ("des centaines de manifestations
    ont convergé vers la mairie en réclamant ...")."""
    bearers = [verb, *(c for c in verb.children if c.dep_ in deps)]
    return bearers + [c for b in bearers[1:] for c in _counted(b)]


def _counted(noun: Token) -> list[Token]:
    """The "de" complements of a count noun (`count_nouns`: "des milliers de manifestants")."""
    if noun.lemma_.casefold() not in count_nouns() and noun.lower_ not in count_nouns():
        return []
    return [c for c in noun.children if c.dep_ == "nmod" and _case_of(c) in ("de", "d'", "d\u2019")]


def _claimants(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of claiming (`claiming_verbs`) whose subject is the doers or the noun of an act
    of `claim_bearing_types` ("les manifestants réclamaient de meilleures conditions de vie",
    "des milliers de protestataires exigent son départ"): what the protest demands, no
    request of its own. A call ("les manifestants ont appelé à la grève") is no claim."""
    if verb.lemma_.casefold() not in lexicon.words["claiming_verbs"]:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        rule.type in lexicon.claim_bearing_types
        for subject in subjects + [c for s in subjects for c in _counted(s)]
        for rule in lexicon.rules.get((subject.lemma_.casefold(), "NOUN"), ())
    )


def _claim_of(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of demanding that tells what an act of `claim_bearing_types` (a protest)
    demands is that act's claim, no request of its own: "des manifestations exigeant le départ
    de la mission" (a participle on the protest's noun), "ont manifesté pour réclamer justice",
    "des manifestations se sont déroulées à Kindia pour réclamer sa libération", "il y a eu une
    manifestation pour exiger ..." (an aim of the protest's verb or of the verb its noun is the
    subject or object of). The annotation counts the protest
    alone; a call to protest ("a appelé à manifester") is a request and stays."""
    node = verb
    if node.dep_ == "conj" and node.head.pos_ == "VERB":
        node = node.head  # "pour dénoncer ... et exiger ..."
    present = "Part" in node.morph.get("VerbForm") and "Pres" in node.morph.get("Tense")
    if node.dep_ == "acl" and "Part" in node.morph.get("VerbForm"):
        bearers = [node.head]
        if present and node.head.dep_ in ("obl:arg", "obl:mod", "obl", "obj") and node.head.head.pos_ == "VERB":
            # "ont défilé à Conakry, exigeant le départ de la junte": the parse may hang the
            # participle set off by a comma on the verb's complement; the verb tells the protest
            bearers += _claim_bearers(node.head.head)
    elif node.dep_ == "advcl" and present:
        # "sont venus protester contre le régime, réclamant un État de droit"
        bearers = _claim_bearers(node.head)
    elif _purpose(node, lexicon.words["purpose_marks"]):
        governor = node.head
        while governor.pos_ == "ADV" and governor.head.i != governor.i:
            # "sont descendus pacifiquement dans les rues pour exiger ...": the small parse may
            # hang the aim on the adverb of the protest's verb
            governor = governor.head
        bearers = _claim_bearers(governor, _AIM_BEARERS)
    else:
        return _claimants(node, lexicon)
    return any((rule := lexicon.rule_for(b)) is not None and rule.type in lexicon.claim_bearing_types
               for b in bearers)


def _approach(verb: Token, found: list[tuple[Token, FrenchRule]], lexicon: FrenchLexicon) -> bool:
    """A verb of coming (`approach_verbs`) that its clause goes on with an attack by the same
    subject, a conjunct or a participle on it ("sont arrivés à pied et ont ouvert le feu sur les
    militaires", "sont arrivés par l'est de la ville, attaquant le camp"): the attackers'
    approach, part of the attack, no deployment. Not a reply (`reply_verbs`: "des renforts sont
    arrivés et ont riposté"): forces coming to answer an attack are deployed."""
    if verb.lemma_.casefold() not in lexicon.words["approach_verbs"]:
        return False
    return any(
        rule.type == "ASSAULT" and rule.pos == "VERB" and other.head == verb and other.dep_ in ("conj", "advcl")
        and not any(c.dep_.startswith("nsubj") for c in other.children)
        and other.lemma_.casefold() not in lexicon.words["reply_verbs"]
        for other, rule in found
    )


def _attacked_on_the_way(trigger: Token, found: list[tuple[Token, FrenchRule]]) -> bool:
    """A force told moving (a MOBILIZE trigger) that the same sentence tells attacked or
    killed, as the subject of an attack verb in the passive or of a verb of dying ("le renfort
    venu de Kolda a été attaqué en cours de route", "sept soldats, membres d'une équipe qui
    allait en renfort à Pama, ont péri"): its journey is the setting of the attack it suffered,
    no deployment of its own, as the attackers' coming is their attack's approach
    (`_approach`). Forces sent to an attack on others, or who then act themselves ("des
    renforts venus de Mbour ont tenté d'enlever les barricades"), are deployed."""
    force = _moving_force(trigger)
    if force is None:
        return False
    for _ in range(3):  # "sept soldats, membres d'une équipe qui allait en renfort": the team's men
        if force.dep_ not in ("appos", "nmod") or force.head.pos_ not in ("NOUN", "PROPN"):
            break
        force = force.head
    if force.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    return any(
        rule.type == "ASSAULT" and rule.pos == "VERB" and other != trigger
        and (_passive(other) or rule.subject == "recipient")  # not "ont ouvert le feu": their own attack
        # its subject, or that of the verb whose adverbial clause, with no subject of its own,
        # tells the way ("venus en renfort, ont été attaqués en cours de route"); not a conjunct
        # ("ont été déployés à Kaya en janvier et ont été attaqués dimanche": an attack after
        # they arrived, and a conjunct often hides another subject the parse mislaid)
        and (force.head == other or (other.head == force.head and other.dep_ == "advcl"
                                     and not any(c.dep_.startswith("nsubj") for c in other.children)))
        for other, rule in found
    )


def _moving_force(trigger: Token) -> Token | None:
    """Who moves in a MOBILIZE trigger: the noun itself ("le renfort"), the noun a participle or
    relative clause qualifies ("les renforts envoyés", "une équipe qui allait en renfort"), or
    the verb's subject ("des casques bleus ont été envoyés")."""
    if trigger.pos_ == "NOUN":
        return trigger
    if trigger.dep_ in ("acl", "acl:relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
        return trigger.head
    return next((c for c in trigger.children if c.dep_ in ("nsubj:pass", "nsubj")), None)


def _claim_noun_of(noun: Token, lexicon: FrenchLexicon) -> bool:
    """A noun of demanding whose "de" complement is a noun of an act of
    `claim_bearing_types` or of its doers, whatever that noun's own constraints ("la
    principale revendication des manifestants", "les exigences de la grève"): what the
    protest demands, no request of its own."""
    return any(
        c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in ("de", "des", "du", "d'") for g in c.children)
        and any(rule.type in lexicon.claim_bearing_types
                for rule in lexicon.rules.get((c.lemma_.casefold(), "NOUN"), ()))
        for c in noun.children
    )
_MULTIPLIERS = word_set(_GRAMMAR_WORDS, "multiplier_words", "fr/triggers.yaml")
_ATTACKER_NOUNS = word_set(_GRAMMAR_WORDS, "attacker_nouns", "fr/triggers.yaml")


# How the parse hangs a quoted noun phrase's head on an opening quotation mark it took for a
# noun (`_slot`); a noun it made the mark's object or subject keeps that slot.
_QUOTE_HUNG_DEPS = frozenset({"nmod", "appos", "dep", "flat:name"})


def _slot(token: Token) -> str:
    """The dependency a word fills, or for a noun the parse hung as an adjective of the
    multiplier right before it ("la double attaque": "double" the noun, "attaque" its amod),
    the one the multiplier fills: that phrase is the noun's. So too for a noun the parse hung
    as an adjective of the word right after it, which holds the determiner before the noun
    ("Les assauts répétés d'un gang ont fait 30 morts": "répétés" the subject with "Les",
    "assauts" its amod): the phrase the determiner opens is the noun's. So too for a noun
    phrase a quotation mark opens that the parse took for a word and hung the noun on
    ("« des opérations de ratissage » ont été engagées": the mark the subject, the noun its
    nmod): the slot the mark fills, where it is a noun's, is the quoted phrase's. So too for a
    noun the parse hung as an adjective of an adjective set before it, which it took for the
    noun and gave the determiner ("la cible d'une violente attaque": "violente" the noun with
    "une", "attaque" its amod): the phrase the determiner opens is the noun's."""
    head = token.head
    if token.dep_ in _QUOTE_HUNG_DEPS and head.text in _OPENING_QUOTES and head.i < token.i \
            and head.head != head and head.pos_ != "PUNCT" and head.dep_ in _NOMINAL_SLOTS \
            and all(w.pos_ in ("DET", "ADJ", "NUM") for w in token.doc[head.i + 1:token.i]):
        return head.dep_
    if token.dep_ == "amod" and head.i == token.i - 1 and head.lower_ in _MULTIPLIERS:
        return head.dep_
    if token.dep_ == "amod" and token.pos_ in ("NOUN", "ADJ") and head.i == token.i + 1 \
            and any(c.dep_ == "det" and c.i == token.i - 1 for c in head.children):
        return head.dep_
    if _hung_on_fronted_adjective(token):
        return head.dep_
    return token.dep_
