"""Reading the French (Universal Dependencies) parse: token tests and walks the other modules share
(subjects, agents, passives, reflexives, complements, frames, verb forms).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from tessera.data import load as load_data
from tessera.data import word_fields, word_set
from tessera.extraction.actors_fr import (
    count_nouns,
)

_AGENT_DEPS = frozenset({"nsubj"})
_OBJECT_DEPS = frozenset({"obj"})


@dataclass(frozen=True)
class _EventWords:
    """French words the event stage reads a trigger's surroundings with, beside the
    lexicon's own lists (fr/triggers.yaml; see their comments there)."""

    light_verbs: frozenset[str]
    perpetrating_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    attributing_verbs: frozenset[str]
    targeting_verbs: frozenset[str]
    occurrence_verbs: frozenset[str]
    negative_arguments: frozenset[str]
    pointing_determiners: frozenset[str]
    degree_words: frozenset[str]
    etre_verbs: frozenset[str]
    bare_time_nouns: frozenset[str]
    habitual_relative_types: frozenset[str]
    relative_clause_openers: frozenset[str]
    aggregate_clause_words: frozenset[str]
    scene_nouns: frozenset[str]
    force_nouns: frozenset[str]
    dispatch_marks: frozenset[str]
    continuing_verbs: frozenset[str]
    frequency_words: frozenset[str]
    linking_verbs: frozenset[str]
    rescued_words: frozenset[str]
    force_words: frozenset[str]
    suffering_verbs: frozenset[str]
    suffering_nouns: frozenset[str]
    report_nouns: frozenset[str]
    report_verbs: frozenset[str]


@functools.lru_cache(maxsize=1)
def _words() -> _EventWords:
    """The event words of fr/triggers.yaml, read once and checked."""
    return word_fields(_EventWords, "triggers", "fr")


@dataclass(frozen=True)
class FrenchRule:
    lemma: str
    pos: str  # "VERB" or "NOUN"
    type: str
    objects: frozenset[str] = frozenset()
    reflexive: bool | None = None
    modifiers: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    not_modifiers: frozenset[str] = frozenset()
    infinitive: bool = False
    object_completes: bool = False
    named_by_modifier: bool = False
    subject: str | None = None  # "actor" or "recipient": the subject's role whatever the voice
    subjects: frozenset[str] = frozenset()  # a stated subject must be one of these ("une bombe a explosé")
    not_objects: frozenset[str] = frozenset()  # never with these objects ("détenir des réserves")
    acting: bool = False  # a noun of the people who do the act, a trigger only as an active verb's subject
    subject_needed: bool = False  # `subjects` must name the doer (subject, agent or the noun a participle qualifies)
    dative_recipient: bool = False  # the "à" complement is the recipient, the object what is done ("reprocher à X")
    clitics: frozenset[str] = frozenset()  # a clitic pronoun the idiom holds ("s'en prendre à": "en")
    not_complements: frozenset[str] = frozenset()  # never with these nouns in its phrase ("mort dans un accident")
    not_subjects: frozenset[str] = frozenset()  # never with a subject of these words ("des milliers sont morts")
    marks_after: frozenset[str] = frozenset()  # a phrase after it opens with one of these ("appeler au calme")
    suffered: bool = False  # an act only as what a frame of suffering tells undergone ("essuyer des tirs")
    named_subject: bool = False  # a proper-noun subject (a named group or leader) also meets `subjects`
    completed: bool = False  # a finite verb only in a perfective past ("se sont rassemblés"), `_completed`
    # told as aimed at one of these verbs done to the attackers: "une opération pour traquer les
    # assaillants" (`_aimed_at`)
    purposes: frozenset[str] = frozenset()

    @property
    def constrained(self) -> bool:
        return bool(self.objects or self.modifiers or self.complements or self.infinitive
                    or self.reflexive is not None or self.subjects or self.not_objects or self.acting
                    or self.clitics or self.not_complements or self.not_subjects or self.marks_after
                    or self.suffered or self.purposes)


# Endings of the first group's (-er) participles and commonest finite forms. The model's
# lemma table files many participles under the adjective or noun ("blessé", "tiré",
# "arrêté", "dispersant"), so a sentence whose only trigger is one would not be parsed.
_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")
_FIRST_GROUP_ENDINGS = ("ées", "és", "ée", "é", "ant", "aient", "ait", "ent", "es", "e")


def _rule_order(rule: FrenchRule) -> tuple[bool, bool]:
    """Constrained rules first, and among them those asking for a word ("s'emparer du
    pouvoir") before those asking only for a voice ("s'emparer de la ville")."""
    return not rule.constrained, not (rule.objects or rule.complements or rule.modifiers)


def _first_group_infinitives(form: str) -> set[str]:
    """The -er infinitives a form can belong to: "tiré" tirer, "dispersant" disperser,
    "menaçant" menacer, "exigeant" exiger, "libère" libérer. Only compared with the
    lexicon's lemmas, so a form that is no verb ("manifestant") costs nothing."""
    found = set()
    for ending in _FIRST_GROUP_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            stem = form[:-len(ending)]
            found.add(stem + "er")
            if stem.endswith("ç"):
                found.add(stem[:-1] + "cer")
            elif stem.endswith("ge"):
                found.add(stem[:-1] + "r")
            at = stem.rfind("è")
            if at >= 0:
                found.add(stem[:at] + "é" + stem[at + 1:] + "er")
            break
    return found


def _noun_tagged_verb(token: Token) -> bool:
    """A word the tagger called a verb that heads a noun phrase: it has a determiner or a
    preposition of its own ("une tentative de coup d'État", "le coup"), which a French
    verb never has (an infinitive takes "de"/"à" as a marker, not a case)."""
    return token.pos_ == "VERB" and not any(c.dep_.startswith("aux") for c in token.children) and any(
        c.dep_ in ("det", "case") for c in token.children)


# Grammar words of the French event reader (fr/triggers.yaml), read once.
_GRAMMAR_WORDS = load_data("triggers", "fr")
_AUXILIARIES = word_set(_GRAMMAR_WORDS, "auxiliaries", "fr/triggers.yaml")


def _verb_tagged_other(token: Token) -> bool:
    """A participle the tagger called a noun or an adverb after its auxiliary: "la junte a
    dissous les partis" ("dissous" a noun with "a" as its auxiliary), "l'ambassadeur a été
    expulsé" ("expulsé" an adverb with its auxiliaries), "le Niger a expulsé l'ambassadeur"
    ("expulsé" an adverb of the verb "a")."""
    if token.pos_ not in ("NOUN", "ADV", "ADJ", "X", "DET") or (token.pos_ == "ADJ" and "VerbForm" in token.morph):
        return False
    if any(c.dep_ in ("det", "case") for c in token.children):
        return False
    if any(c.dep_ in ("aux:tense", "aux:pass") for c in token.children):
        return True
    if token.dep_ == "ROOT" and token.pos_ in ("ADJ", "NOUN") and any(
            c.dep_ == "nsubj" and c.i < token.i for c in token.children) and any(
            c.dep_ in ("obj", "obl:arg") and c.i > token.i for c in token.children):
        # "Le gouvernement attribue cette attaque à ...", "Le Conseil appelle à la retenue": a root
        # with a subject before it and an object or a verb's own complement after it
        return True
    return _aux_headed(token)


# The words that open a clause of purpose before its infinitive ("pour traquer", "afin de
# retrouver", "en vue de neutraliser"), read backwards from the infinitive.
_PURPOSE_OPENERS = word_set(_GRAMMAR_WORDS, "purpose_openers", "fr/triggers.yaml")
# Whom forces hunt down after an act (fr/triggers.yaml `pursued_nouns`), and the authors
# ("les auteurs") hunted only of a violent act their "de" complement names (`authored_acts`).
_PURSUED_NOUNS = word_set(_GRAMMAR_WORDS, "pursued_nouns", "fr/triggers.yaml")
_PURSUED_AUTHORS = word_set(_GRAMMAR_WORDS, "pursued_authors", "fr/triggers.yaml")
_AUTHORED_ACTS = word_set(_GRAMMAR_WORDS, "authored_acts", "fr/triggers.yaml")
# ... and the adjectives that qualify such an act rather than name its author ("un incendie
# criminel": a deliberate one), `act_qualifiers`.
_ACT_QUALIFIERS = word_set(_GRAMMAR_WORDS, "act_qualifiers", "fr/triggers.yaml")


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds the word: the word itself, or the first verb above it
    through nouns, marks and punctuation (a parse may hang a noun on a quotation mark or on
    another noun of the clause)."""
    node = token
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _purpose_opened(verb: Token) -> bool:
    """An infinitive right after a mark of purpose: "pour", "afin de", "en vue de"."""
    doc = verb.doc
    before = [t.lower_ for t in doc[max(0, verb.i - 3):verb.i]]
    return any(" ".join(before[-n:]) in _PURPOSE_OPENERS for n in (1, 2, 3) if len(before) >= n)


def _hunting_clause(verb: Token) -> bool:
    """An infinitive after a mark of purpose whose object is one of those who struck, as
    hunted (`_pursued`): "pour traquer les assaillants", "afin de retrouver les auteurs de
    l'attaque"."""
    return "Inf" in verb.morph.get("VerbForm") and _purpose_opened(verb) \
        and any(t.dep_ == "obj" and _pursued(t) for t in verb.subtree)


def _aimed_at(token: Token, purposes: frozenset[str]) -> bool:
    """The act is told as done to hunt the attackers down: an infinitive of `purposes` after a
    mark of purpose ("pour", "afin de", "en vue de"), set on the word or on the verb of its
    clause, whose object is one of `pursued_nouns` ("a lancé une vaste opération dans le
    secteur pour traquer les assaillants", "des opérations ont été engagées pour rattraper et
    neutraliser ces terroristes"). Not an aim of another kind ("une opération pour retrouver
    la confiance"), nor one set on another verb of the sentence."""
    clause = _clause_verb(token)
    for verb in token.doc:
        if verb.lemma_.casefold() not in purposes or not _hunting_clause(verb):
            continue
        node, governed = verb.head, False
        for _ in range(4):  # up through the mark, a conjunct or an adverb ("afin") to the clause
            if node.i == token.i or (clause is not None and node.i == clause.i):
                governed = True
                break
            if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
                break
            node = node.head
        if governed:
            return True
    return False


def _in_words(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.casefold() in words or token.lower_ in words


def _pursued(noun: Token) -> bool:
    """One of those who struck, as hunted: "les assaillants", "ces terroristes", or "les
    auteurs" of a violent act ("de l'attaque", "de l'enlèvement"), not of a fraud or a book."""
    if _in_words(noun, _PURSUED_NOUNS):
        return True
    return _in_words(noun, _PURSUED_AUTHORS) and any(
        c.dep_ == "nmod" and _in_words(c, _AUTHORED_ACTS) and _case_of(c) in ("de", "des", "du", "d'", "d\u2019")
        for c in noun.children)


def _hunted(token: Token) -> bool:
    """A word within the aim of hunting someone down ("pour traquer les assaillants"): one of
    those hunted, or of the clause of purpose that names them (`_aimed_at`)."""
    node = token
    for _ in range(6):
        if _hunting_clause(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _bare_verb_form(token: Token) -> bool:
    """A word tagged a noun with no determiner or preposition right before it and a
    determiner right after it ("ce dernier nie toute implication", "dénonce un mensonge":
    the parse may hang the subject's determiner on it)."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "DET":
        return False
    return doc[token.i - 1].pos_ not in ("DET", "ADP", "NUM", "PUNCT", "CCONJ", "SCONJ")


def _aux_headed(token: Token) -> bool:
    """A word right after a finite avoir/être where the parse lost the clause's verb: "a
    expulsé" with "a" the root and "expulsé" its adverb, "a dissous la commission" with
    "dissous" an adjective of the object, or "ont dissous les associations" with the object
    as the root holding the auxiliary and the subject (`_lost_frame`)."""
    return _lost_frame(token) is not None


def _lost_frame(token: Token) -> tuple[Token | None, Token | None] | None:
    """(subject, object) of the clause whose verb the parse lost (see `_aux_headed`)."""
    if token.i == 0 or token.pos_ not in ("ADV", "NOUN", "ADJ", "X") or any(
            c.dep_ in ("det", "case") for c in token.children):
        return None
    before = token.doc[token.i - 1]
    if before.pos_ not in ("VERB", "AUX") or before.lemma_.casefold() not in _AUXILIARIES \
            or "Fin" not in before.morph.get("VerbForm"):
        return None
    if not before.dep_.startswith(("aux", "cop")) and any(c.dep_ == "nsubj" for c in before.children):
        return _subject(before), next((c for c in _arguments(before) if c.dep_ in _OBJECT_DEPS and c is not token),
                                      None)
    holder = before.head
    if before.dep_ == "aux:tense" and holder is not token and holder.i > token.i and holder.pos_ in ("NOUN", "PROPN") \
            and token.head == holder:
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _antecedent(subject), holder
    return None


_REFLEXIVE_PRONOUNS = ("se", "s'", "s\u2019")


def _completed(verb: Token) -> bool:
    """A verb told as a completed act (the perfective aspect): a compound past ("se sont
    rassemblés", "s'étaient rassemblés") or the passé simple, or a form that is not finite (an
    infinitive or a participle, read by the modes); not the present nor the imperfect ("se
    rassemblent chaque vendredi", "se rassemblaient depuis des semaines": a habit, a state)."""
    if any(c.dep_.startswith("aux") and c.lemma_ in ("avoir", "être") for c in verb.children):
        return True
    form = verb.morph.get("VerbForm")
    if "Fin" not in form:
        # a form the tagger left without features ("se rassemblent" read as an adverb) is no past
        return bool(form)
    return "Past" in verb.morph.get("Tense") and not verb.lower_.endswith(_IMPERFECT_ENDINGS)


def _is_reflexive(token: Token) -> bool:
    if any(c.lower_ in _REFLEXIVE_PRONOUNS and c.dep_.startswith(("expl", "obj")) for c in token.children):
        return True
    # the parse may hang the pronoun elsewhere ("une foule s’est rassemblée", the typographic
    # apostrophe's "s’" hung on the subject): the word right before the verb, past its own
    # auxiliaries and adverbs ("ne s'est pas retiré"), is its reflexive pronoun all the same
    i = token.i - 1
    while i >= 0 and token.doc[i].head.i == token.i and token.doc[i].dep_.startswith(("aux", "advmod")):
        i -= 1
    return i >= 0 and token.doc[i].lower_ in _REFLEXIVE_PRONOUNS


def _suffering_frame(noun: Token) -> Token | None:
    """The word of a frame of suffering that tells the noun undergone (fr/triggers.yaml
    `suffering_verbs`, `suffering_nouns`): the verb it is the object of ("le convoi a essuyé
    des tirs", "le village a subi une attaque"), or the noun whose "de" phrase it is, or the
    verb that noun is the object of ("a fait l'objet de tirs nourris", "a été la cible d'une
    attaque", "est victime d'une embuscade"; the parse may hang the "de" phrase on the verb)."""
    words = _words()
    head = noun.head
    if head is noun:
        return None
    lemma = head.lemma_.casefold()
    if lemma in words.suffering_verbs and noun.dep_ in ("obj", "obl:arg", "nsubj:pass"):
        return head
    if _case_of(noun) not in ("de", "d'", "d\u2019", "des", "du"):
        return None
    if _one_of(head, words.suffering_nouns):
        return head
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "obj" and c.i < noun.i and c.lemma_.casefold()
                                            in words.suffering_nouns for c in head.children):
        return head  # "a fait l'objet de tirs" parsed with "de tirs" on the verb
    return None


def _undergoers(token: Token) -> list[Token]:
    """Who or what undergoes a verb: its object or passive subject (a relative pronoun's noun),
    or the noun a participle qualifies ("les cas difficiles évacués vers l'hôpital")."""
    # a relative pronoun stands for its noun ("l'embuscade a fait quatre blessés, qui ont été évacués")
    found = [_antecedent(c) for c in token.children if c.dep_ in ("obj", "nsubj:pass")]
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].i < token.i:
        # "Les rebelles ont violé l'accord": the small model files the object after the verb
        # as a second subject.
        found += [c for c in subjects[1:] if c.i > token.i]
    if token.dep_ == "acl" and token.pos_ == "VERB" and token.head.pos_ in ("NOUN", "PROPN"):
        found.append(token.head)
    counting = count_nouns()
    # "une trentaine de têtes de bétail": the counted noun, not the count
    return found + [c for f in found if f.lemma_.casefold() in counting
                    for c in f.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")]


def _one_of(token: Token, words: frozenset[str]) -> bool:
    """The token is one of `words`, by its lemma or by its form (the small model's lemma of a
    noun or participle is not always the dictionary's)."""
    return token.lemma_.casefold() in words or token.lower_ in words


def _named_among(noun: Token, words: frozenset[str]) -> bool:
    """The noun, or a word qualifying it ("les militaires blessés"), is one of `words`."""
    return any(_one_of(w, words) for w in (noun, *(c for c in noun.children if c.dep_ in ("amod", "acl"))))


def _object_words(token: Token) -> list[Token]:
    """The verb's object (or passive subject) and the nouns and adjectives its phrase holds
    before its head: the parse may take a word after the object for its head ("ont renforcé
    leur dispositif autour de Tombouctou", "dispositif" an adjective of "autour") or file the
    object as "fixed" ("ont bouclé le quartier")."""
    heads = [c for c in _arguments(token) if c.dep_ in ("obj", "nsubj:pass")
             or (c.dep_ == "fixed" and c.i > token.i and c.pos_ in ("NOUN", "PROPN"))]
    if not heads and token.pos_ == "VERB":
        # "a dénoncé, samedi dans la soirée, l'accord de coopération": after an aside set off by
        # commas the parse may leave the object unlabelled ("dep") or take it for an apposition, a
        # noun with its determiner (a verb has no apposition of its own)
        heads = [c for c in token.children if c.dep_ in ("dep", "appos") and c.i > token.i and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" for d in c.children)][:1]
    if token.dep_ == "acl" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense") \
            and token.head.pos_ in ("NOUN", "PROPN"):
        heads.append(token.head)  # "un quartier bouclé par les gendarmes": the noun the participle qualifies
    words = list(heads)
    counting = count_nouns()
    for head in heads:
        words.extend(t for t in head.subtree if t.i < head.i and t.pos_ in ("NOUN", "ADJ", "PROPN"))
        if head.lemma_.casefold() in counting:  # "un millier de soldats": the soldiers
            words.extend(c for c in head.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN"))
    return words


# A complement a rule asks for ("mettant un terme à près de dix années de présence")
# lies within this many words after its trigger.
COMPLEMENT_REACH = 10


def _street_clash(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """A clash noun with a crowd of protesters on one side ("est mort lors de heurts entre la
    police et des manifestants"): a protest, which is no assault, so the dead told with it
    are still their own killing (deaths in a protest with no named perpetrator are an
    assault of their own, as "ont été tués lors de heurts entre la police et des
    manifestants" reads). The clash nouns and the crowd sides: fr/triggers.yaml
    `clash_nouns`, `street_sides`."""
    clashes, sides = words["clash_nouns"], words["street_sides"]
    if noun.lemma_.casefold() not in clashes and noun.lower_ not in clashes:
        return False
    return any(t.i > noun.i and (t.lemma_.casefold() in sides or t.lower_ in sides)
               for t in (*noun.subtree, *_hung_between(noun)))


def _complement(rule: FrenchRule, token: Token, nouns: frozenset[str] | None = None) -> Token | None:
    """The noun of the trigger's phrase a rule's `complements` (or `nouns`) ask for, if any; for
    a verb of purpose, also one its main clause names before it ("ont lancé des grenades
    lacrymogènes pour disperser la foule": the means are the main clause's)."""
    wanted = rule.complements if nouns is None else nouns
    if token.dep_ in ("advcl", "acl", "xcomp") and any(c.dep_ == "mark" and c.lower_ == "pour" for c in token.children):
        for t in token.head.subtree:
            if token.i - COMPLEMENT_REACH <= t.i < token.i and t.pos_ in ("NOUN", "ADJ") \
                    and (t.lemma_.casefold() in wanted or t.lower_ in wanted):
                return t
    for t in (*token.subtree, *_hung_between(token)):
        # the small model may tag the noun a verb ("pris pour cible" with "cible" a verb)
        if token.i < t.i <= token.i + COMPLEMENT_REACH and (t.pos_ in ("NOUN", "PROPN", "ADJ") or (
                t.pos_ == "VERB" and t.lower_ in wanted)) \
                and (t.lemma_.casefold() in wanted or t.lower_ in wanted):
            return t
    return None


def _hung_between(noun: Token) -> list[Token]:
    """The words of the "entre" phrase the parse hangs on a noun's verb rather than on the
    noun: right after the noun ("tués dans de violents heurts entre la population et la
    police"), or told after the verb the noun is the subject of ("des heurts ont éclaté lundi
    entre les manifestants et la police"). Nouns only: a verb's own phrase is its subtree."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head is noun:
        return []
    verb = noun.head
    for c in verb.children:
        if c is noun or c.i < noun.i or _case_of(c) != "entre":
            continue
        if c.left_edge.i == noun.right_edge.i + 1 or (noun.dep_ == "nsubj" and c.i > verb.i):
            return list(c.subtree)
    return []


# Endings of the imperfect (and of the present conditional, a hypothesis anyway) of
# every French verb; the present indicative of no verb ends so but for a few short
# ones ("fait", "sait", "plaît") that are no triggers.
_IMPERFECT_ENDINGS = ("ait", "aient", "ais")


_OPENING_QUOTES = frozenset({"«", "\u201c", "\u201e"})
_NAME_DEPS = frozenset({"flat:name", "nmod", "amod", "fixed", "appos", "nummod"})


def _quoted_author(verb: Token) -> Token | None:
    """The noun phrase right before an opening quotation mark that opens on the verb.

    French news quotes a statement in its author's words right after the author's name:
    'La Cédéao « engage les autorités à ... »', 'le gouvernement "dément formellement ..."'.
    The small model then takes the quotation mark for a word and leaves the verb without
    its subject (the name becomes a root or another verb's object). The name's phrase head
    is the subject."""
    doc = verb.doc
    at = verb.i - 1
    while at >= 0 and doc[at].is_space:
        at -= 1
    if at < 1:
        return None
    mark = doc[at].text
    if mark not in _OPENING_QUOTES and not (mark == '"' and sum(t.text == '"' for t in doc[:at]) % 2 == 0):
        return None
    before = at - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].pos_ not in ("NOUN", "PROPN"):
        return None
    name = doc[before]
    while name.dep_ in _NAME_DEPS and name.head.i < name.i and name.head.pos_ in ("NOUN", "PROPN"):
        name = name.head
    return name


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb a participle, conjunct or infinitive depends on;
    failing that, the author named before a quotation opening on one of them (`_quoted_author`)."""
    seen = 0
    current = verb
    chain = [verb]
    while current is not None and seen < 4:
        subjects = [c for c in current.children if c.dep_ in _AGENT_DEPS]
        if len(subjects) > 1 and _set_off(subjects[0]):
            # "Ce matin, des hommes armés ont attaqué ...": the parse may take the time
            # phrase that opens the sentence, set off by a comma, for a second subject
            subjects = subjects[1:]
        if subjects:
            return _antecedent(subjects[0])
        if current.dep_ == "parataxis" and current.head.pos_ == "ADJ" and current.head.i < current.i:
            # "L'armée malienne a tué ...": the parse took the adjective for the root and hung
            # the verb on it; the noun the adjective describes, its subject there, is the verb's
            head = current.head
            noun = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == head.i - 1
                         and c.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None:
                return noun
        if current.dep_ == "acl" and current.head.pos_ == "NOUN" and current.head.head != current.head \
                and _bare_infinitive(current):
            # "X a déclaré dans un communiqué avoir tiré des roquettes": no noun governs a bare
            # infinitive; the parse hung on the verb's complement what the verb governs
            current = current.head.head
            chain.append(current)
            seen += 1
            continue
        if current.dep_ in ("conj", "advcl", "xcomp", "acl") and current.head != current:
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.pos_ == "VERB" \
                    and "Part" in current.morph.get("VerbForm") and "Pres" in current.morph.get("Tense"):
                head = current.head
                if head.dep_ in ("nsubj", "nsubj:pass", "ROOT") or not _after_comma(current) \
                        or head.head == head:
                    return head  # "des hommes armés, tuant ..." hangs on its noun
                # "ont tendu une embuscade à un convoi, tuant douze soldats": the parse hung the
                # participle on the nearest noun; after a comma it tells what the clause's subject did
                current = head.head
                chain.append(current)
                seen += 1
                continue
            current = current.head
            chain.append(current)
            seen += 1
            continue
        break
    return next((author for author in map(_quoted_author, chain) if author is not None), None)


def _bare_infinitive(verb: Token) -> bool:
    """An infinitive with no preposition opening it: "avoir tiré", "tirer" (not "de tirer")."""
    if any(c.dep_ in ("mark", "case") for c in verb.children):
        return False
    if "Inf" in verb.morph.get("VerbForm"):
        return True
    return any(c.dep_ == "aux:tense" and "Inf" in c.morph.get("VerbForm") for c in verb.children)


def _set_off(phrase: Token) -> bool:
    """A phrase a comma closes: "Ce matin," at the head of a sentence."""
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].text == ","


def _opening_time(phrase: Token) -> bool:
    """A time phrase that opens the sentence, set off by a comma ("Le 24 janvier,", "Lundi
    soir,"), which the parse may take for a first subject: a number heads it (the day of a
    date) or a day name is in it, and a comma closes it (after it, or hung inside it as its
    last word). Not a noun set off by an apposition ("Ce camp, le dernier poste de l'armée, a
    été attaqué") nor the first of a list of victims ("Six soldats, deux douaniers et un guide")."""
    first = phrase.left_edge.i
    opens = first == 0 or (phrase.doc[first - 1].is_punct and phrase.doc[first - 1].text != ",")
    if not opens or not (phrase.pos_ == "NUM" or any(t.lower_ in _words().bare_time_nouns for t in phrase.subtree)):
        return False
    if phrase.right_edge.text == "," and phrase.right_edge.i > phrase.i:
        return True
    return _set_off(phrase)


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def _in_own_clause(word: Token, top: Token) -> bool:
    """`word` stands in a clause inside the phrase of `top` (a verb or a relative clause between them)."""
    while word != top and word.head != word:
        if word.pos_ in ("VERB", "AUX") or word.dep_ in ("acl:relcl", "punct"):
            return True
        word = word.head
    return False


def _antecedent(token: Token) -> Token:
    """A relative pronoun ("qui") stands for the noun its clause hangs on."""
    if token.pos_ == "PRON" and token.lower_ in ("qui", "lequel", "lesquels", "laquelle", "lesquelles"):
        clause = token.head
        if clause.dep_ == "acl:relcl":
            return clause.head
    return token


def _passive(verb: Token) -> bool:
    """A passive verb; also a past participle the parse gave "être" as a copula ("Le
    Burkina Faso est sommé de libérer ..."), unless reflexive ("se sont retirés"). So is a
    participle set in quotation marks whose opening mark the parse took for the verb and gave
    the auxiliary of the passive ("un casque bleu avait été « abattu »")."""
    if "Pass" in verb.morph.get("Voice") or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return True
    mark = verb.doc[verb.i - 1] if verb.i > 0 else None
    if mark is not None and mark.text in _OPENING_QUOTES and any(c.dep_ == "aux:pass" for c in mark.children):
        return True
    participle = ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")) or (
        verb.pos_ in ("ADV", "NOUN", "X") and _verb_tagged_other(verb))  # "a été expulsé" tagged an adverb
    return participle and any(
        c.dep_ == "cop" and c.lemma_ == "être" for c in verb.children) and not _is_reflexive(verb)


def _case_of(token: Token) -> str:
    return " ".join(c.lower_ for c in token.children if c.dep_ in ("case", "fixed")) or ""


def _bare_time(token: Token) -> bool:
    """A bare time noun the parse took for a head (fr/triggers.yaml `bare_time_nouns`)."""
    return token.pos_ in ("NOUN", "PROPN", "VERB") and token.lower_ in _words().bare_time_nouns and not any(
        c.dep_ == "case" for c in token.children)


def _arguments(token: Token) -> list[Token]:
    """A verb's children, with what the parse hung on a bare day name that follows it: the
    words after "jeudi" in "a suspendu jeudi la diffusion de RFI" or "renversé dimanche par
    des militaires" are the verb's, whether the day is the verb's dependent or its head."""
    children = list(token.children)
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return children
    days = [c for c in children if c.i == token.i + 1 and _bare_time(c)]
    head = token.head
    if head is not token and head.i == token.i + 1 and _bare_time(head):
        days.append(head)
    for day in days:
        children.extend(c for c in day.children if c.i > day.i and not c.is_punct)
    return children


def _prep_child(
    token: Token, preps: Iterable[str], deps: Iterable[str] = ("nmod", "obl", "obl:arg", "obl:mod")
) -> Token | None:
    wanted = set(preps)
    for child in _arguments(token):
        if child.dep_ in deps and any(c.lower_ in wanted for c in child.children if c.dep_ == "case"):
            return child
    return None


def _own_agent(verb: Token) -> Token | None:
    """The agent the verb itself governs: its obl:agent, else its "par" complement. Of two
    phrases the parse labels agent, the one "par" opens is: "pris d'assaut ... par les
    rebelles" hangs "d'assaut" as an agent too, but a "de" phrase there is the idiom's word."""
    agents = [c for c in _arguments(verb) if c.dep_ == "obl:agent"]
    if len(agents) > 1:
        agents.sort(key=lambda c: _case_of(c) != "par")
    return next(iter(agents), None) or _prep_child(verb, ["par"])


def _hung_on_fronted_adjective(token: Token) -> bool:
    """`token` is a noun the parse hung as an adjective (amod) of the adjective set before it,
    which it took for the noun and gave the determiner: "la cible d'une violente attaque",
    "une sanglante embuscade" ("violente" the noun with "une", "attaque" its amod, tagged a
    noun or an adjective). The phrase the determiner opens is the noun's. Not a word that
    holds a determiner of its own, nor one after a name."""
    head = token.head
    return (
        token.dep_ == "amod" and token.pos_ in ("NOUN", "ADJ") and head.i == token.i - 1
        and head.pos_ in ("NOUN", "ADJ") and head.is_lower
        and not any(c.dep_ == "det" for c in token.children)
        and any(c.dep_ == "det" and c.i == head.i - 1 for c in head.children)
    )
