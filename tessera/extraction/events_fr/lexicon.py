"""The French trigger lexicon (`data/fr/triggers.yaml`): `FrenchRule`, `FrenchLexicon` (which words
are triggers and under which constraints: `_constraints_hold`), the stage's word lists and the
per-token memo the other modules share.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Token

from tessera.data import load as load_data
from tessera.extraction.events_fr.grammar import (
    _INFINITIVE_ENDINGS,
    COMPLEMENT_REACH,
    FrenchRule,
    _aimed_at,
    _antecedent,
    _bare_verb_form,
    _case_of,
    _complement,
    _completed,
    _first_group_infinitives,
    _hung_on_fronted_adjective,
    _in_own_clause,
    _is_reflexive,
    _named_among,
    _noun_tagged_verb,
    _object_words,
    _one_of,
    _passive,
    _rule_order,
    _street_clash,
    _suffering_frame,
    _undergoers,
    _verb_tagged_other,
)
from tessera.records import (
    EVENT_TYPES,
)

_PASSIVE_SUBJECT_DEPS = frozenset({"nsubj:pass"})
_NOMINAL_SLOTS = frozenset({"ROOT", "obj", "nsubj", "nsubj:pass", "obl:arg", "obl:mod", "obl", "nmod", "appos", "conj",
                            "obl:agent"})
# The mark of a photo credit: a sentence that holds it is a caption ("... à Lomé ©AFP").
_CREDIT = "\u00a9"
# Types told by a verb of saying or stance: in the imperfect they describe the scene
# ("l'opposition appelait à manifester", "des personnes qui refusaient"), not an event.
_SPEECH_TYPES = frozenset({"REQUEST", "REJECT", "SUPPORT", "ACCUSE", "CONSULT", "COOPERATE", "AGREE", "CONCEDE",
                           "THREATEN"})
_STRONG_NOMINAL_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Sectors of the forces of order and the army: the side a protest clashes with, never its author.
_ORDER_TYPES = frozenset({"COP", "MIL"})
_PLACE_PRECISION = {"site": 0, "city": 0, "admin2": 1, "natural": 2, "admin1": 2, "region": 3, "country": 4}


# The most entries a word cache of the lexicon holds before it starts again.
_MEMO_ENTRIES = 200_000

_K = TypeVar("_K")
_V = TypeVar("_V")


_UNREAD = object()


def _per_token(token: Token, key: tuple[str, int], read: Callable[[Any], _V], argument: Any) -> _V:
    """`read(argument)` for the token, read once and kept on its doc (`Doc.user_data`, as
    `actors._kb_matches` keeps its matches): a pure reading of the token's parse, which no
    stage changes after the parse stage, asked again for the same token."""
    data = token.doc.user_data
    at = (*key, token.i)
    found = data.get(at, _UNREAD)
    if found is _UNREAD:
        found = data[at] = read(argument)
    return found  # type: ignore[no-any-return]


def _memo(cache: dict[_K, _V], key: _K, read: Callable[[Any], _V], argument: Any) -> _V:
    """`cache[key]`, read once as `read(argument)`; a cache past `_MEMO_ENTRIES` starts again
    (long batches). No closure is built on a hit: the lexicon's caches sit on hot paths."""
    found = cache.get(key)
    if found is None:
        if len(cache) > _MEMO_ENTRIES:
            cache.clear()
        found = cache[key] = read(argument)
    return found


@functools.lru_cache(maxsize=8)
def _idioms(key: str) -> dict[str, frozenset[str]]:
    """Dying told with a verb and a noun (fr/triggers.yaml `dying_idioms`, `costing_idioms`,
    `lifeless_idioms`): the noun -> the verbs it is said with. One cache entry per key: a
    smaller cache than the keys asked for in one pass would copy the whole file on each call."""
    raw = load_data("triggers", "fr").get(key)
    if not isinstance(raw, Mapping) or not raw:
        raise ValueError(f"fr/triggers.yaml: {key} must be a mapping of nouns to lists of verbs")
    return {str(noun).casefold(): frozenset(str(verb).casefold() for verb in verbs) for noun, verbs in raw.items()}


class FrenchLexicon:
    """The French trigger lexicon (`data/fr/triggers.yaml`), with the words of tolls and modes."""

    def __init__(self, data: Mapping[str, Any], lemma_table: Any = None) -> None:
        types = data.get("types")
        if not isinstance(types, Mapping):
            raise ValueError("fr/triggers.yaml: expected a mapping with a 'types' section")
        self.rules: dict[tuple[str, str], list[FrenchRule]] = {}
        for event_type, entries in types.items():
            if event_type not in EVENT_TYPES:
                raise ValueError(f"fr/triggers.yaml: unknown event type {event_type!r}")
            for pos, key in (("VERB", "verbs"), ("NOUN", "nouns")):
                for entry in entries.get(key) or []:
                    rule = self._rule(entry, event_type, pos)
                    self.rules.setdefault((rule.lemma, pos), []).append(rule)
        for rules in self.rules.values():  # constrained rules first, those asking for a word before the rest
            rules.sort(key=_rule_order)
        self.forms: dict[str, str] = {
            form: lemma for lemma, forms in (data.get("forms") or {}).items() for form in forms
        }
        self.lemmas = frozenset(lemma for lemma, _ in self.rules)
        words = {key: frozenset(str(w).casefold() for w in data.get(key) or []) for key in (
            "reporting_verbs", "kill_verbs", "die_verbs", "injure_verbs", "dead_words", "injured_words",
            "missing_words", "other_outcome_words", "toll_words", "future_governors", "negating_governors",
            "hypothetical_governors",
            "hypothetical_marks", "negation_words", "source_preps", "addition_words", "failure_marks",
            "link_headings", "side_words", "attempt_governors", "requesting_governors", "plan_nouns",
            "direction_words", "patient_nouns", "abstract_targets", "abstract_agents", "revision_verbs",
            "repetition_verbs", "other_group_words", "purpose_marks", "imposing_verbs", "carrying_verbs",
            "lost_nouns", "unnegating_governors", "attacker_nouns", "clash_nouns", "clash_verbs", "dispute_sides",
            "dispute_topic_preps", "dispute_scenes", "dispute_venues", "dispute_means", "measure_nouns",
            "occasion_prepositions", "during_prepositions", "occasion_heads", "plural_object_pronouns", "charge_words",
            "charge_prepositions", "charge_prepositions_alone", "sum_nouns", "period_words", "period_nouns",
            "total_starts", "total_months", "year_prepositions", "total_phrases",
            "collective_victims", "one_determiners", "toll_result_verbs", "bound_passives",
            "reporter_addressees", "force_orders", "force_target_cases",
            "subjection_nouns", "subjection_prepositions", "subjection_participles",
            "defied_measures", "defying_verbs", "defiance_prepositions", "approach_verbs", "reply_verbs",
            "means_prepositions",
            "classifier_heads", "claiming_verbs", "street_sides", "turning_verbs",
            "turning_prepositions")}
        self.words = words
        self.moved_object_types = self._types(data, "moved_object_types")
        self.claim_bearing_types = self._types(data, "claim_bearing_types")
        implied = data.get("implied_actor_types") or {}
        self._types({"implied_actor_types": list(implied)}, "implied_actor_types")
        self.implied_actor_types: dict[str, str] = {str(t): str(sector) for t, sector in implied.items()}
        self._lemma_table = lemma_table
        self._candidate: dict[str, bool] = {}
        self._possible: dict[tuple[int, int], bool] = {}  # (form, lemma) hashes -> some rule may apply
        self._casualty: dict[tuple[int, int], bool] = {}  # (form, lemma) hashes -> a casualty word
        self._casualty_lemmas = words["kill_verbs"] | words["injure_verbs"] | words["die_verbs"]
        self._lemmas: dict[str, frozenset[str]] = {}
        # (form, lemma) hashes and a part of speech -> the rules to try (`_read_candidates`)
        self._candidates: dict[tuple[int, int, str], tuple[FrenchRule, ...]] = {}

    @staticmethod
    def _types(data: Mapping[str, Any], key: str) -> frozenset[str]:
        types = frozenset(str(t) for t in data.get(key) or [])
        unknown = types - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"fr/triggers.yaml: {key}: unknown event types {sorted(unknown)}")
        return types

    @staticmethod
    def _rule(entry: object, event_type: str, pos: str) -> FrenchRule:
        if isinstance(entry, str):
            return FrenchRule(entry.casefold(), pos, event_type)
        if not isinstance(entry, Mapping) or "lemma" not in entry:
            raise ValueError(f"fr/triggers.yaml: {event_type} {pos} entry {entry!r} needs a 'lemma'")
        unknown = set(entry) - {"lemma", "objects", "reflexive", "modifiers", "type", "complements", "not_modifiers",
                                "infinitive", "object_completes", "named_by_modifier", "subject", "subjects",
                                "not_objects", "acting", "subject_needed", "dative_recipient", "clitics",
                                "not_complements", "not_subjects", "marks_after", "suffered",
                                "named_subject", "completed", "purposes"}
        if unknown:
            raise ValueError(f"fr/triggers.yaml: {entry['lemma']!r}: unknown keys {sorted(unknown)}")
        return FrenchRule(
            str(entry["lemma"]).casefold(), pos, str(entry.get("type", event_type)),
            frozenset(str(w).casefold() for w in entry.get("objects") or []),
            entry.get("reflexive"),
            frozenset(str(w).casefold() for w in entry.get("modifiers") or []),
            frozenset(str(w).casefold() for w in entry.get("complements") or []),
            frozenset(str(w).casefold() for w in entry.get("not_modifiers") or []),
            bool(entry.get("infinitive", False)),
            bool(entry.get("object_completes", False)),
            bool(entry.get("named_by_modifier", False)),
            str(entry["subject"]) if entry.get("subject") in ("actor", "recipient") else None,
            frozenset(str(w).casefold() for w in entry.get("subjects") or []),
            frozenset(str(w).casefold() for w in entry.get("not_objects") or []),
            bool(entry.get("acting", False)),
            bool(entry.get("subject_needed", False)),
            bool(entry.get("dative_recipient", False)),
            frozenset(str(w).casefold() for w in entry.get("clitics") or []),
            frozenset(str(w).casefold() for w in entry.get("not_complements") or []),
            frozenset(str(w).casefold() for w in entry.get("not_subjects") or []),
            frozenset(str(w).casefold() for w in entry.get("marks_after") or []),
            bool(entry.get("suffered", False)),
            bool(entry.get("named_subject", False)),
            bool(entry.get("completed", False)),
            frozenset(str(w).casefold() for w in entry.get("purposes") or []),
        )

    @classmethod
    @functools.lru_cache(maxsize=2)
    def default(cls, nlp: Language | None = None) -> FrenchLexicon:
        """The packaged lexicon; with the French model, sentence selection reads its lemma table."""
        table = None
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
            if lookups.has_table("lemma_lookup"):
                table = lookups.get_table("lemma_lookup")
        return cls(load_data("triggers", "fr"), table)

    def lemmas_of_form(self, form: str) -> frozenset[str]:
        """The lemmas a lower-cased word form can have: itself, the model's table's, the
        listed forms', and the infinitive a regular first-group form points to."""
        found = self._lemmas.get(form)  # read here first: no call to `_memo` on a hit
        return _memo(self._lemmas, form, self._read_lemmas, form) if found is None else found

    def _read_lemmas(self, form: str) -> frozenset[str]:
        lemmas = {form}
        if form in self.forms:
            lemmas.add(self.forms[form])
        if self._lemma_table is not None:
            found = self._lemma_table.get(form)
            if found:
                lemmas.update(found if isinstance(found, list) else [found])
        lemmas.update(_first_group_infinitives(form))
        return frozenset(lemmas)

    def has_trigger(self, doc: Doc) -> bool:
        """Whether a tokenizer-only sentence holds a word that can be a trigger or a toll word."""
        candidate = self._candidate  # read here first: no call to `_memo` on a hit (every word)
        for token in doc:
            form = token.lower_
            found = candidate.get(form)
            if found is None:
                found = _memo(candidate, form, self._candidate_form, form)
            if found:
                return True
        return False

    def _candidate_form(self, form: str) -> bool:
        """A trigger's form, or a toll word's ("Le bilan fait état de 5 morts", see _toll_told_after)."""
        return bool(self.lemmas_of_form(form) & self.lemmas) or form in self.words["toll_words"]

    def may_have_rule(self, token: Token) -> bool:
        """Whether some rule of some part of speech may apply to one of the word's lemmas (few
        words): keyed on the vocabulary's hashes, no strings to build, and read here rather
        than through `_memo`, as it runs on every token of every deep sentence."""
        key = (token.lower, token.lemma)
        possible = self._possible.get(key)
        return _memo(self._possible, key, self._may_have_rule, token) if possible is None else possible

    def rule_for(self, token: Token) -> FrenchRule | None:
        """The rule that makes the word a trigger, if any; read once per token and kept on its
        doc (`_per_token`): the events stage asks again for a trigger's rule where it places
        the act (`_destination`)."""
        if not self.may_have_rule(token):
            return None  # no rule of any part of speech for any of its lemmas (most words)
        return _per_token(token, ("tessera.fr_rule_for", id(self)), self._read_rule, token)

    def _read_rule(self, token: Token) -> FrenchRule | None:
        participle = token.pos_ == "ADJ" and "VerbForm" in token.morph
        if self.elided_participle(token):
            # "Cinq personnes ont été tuées et 135 autres enlevées": a second act on a
            # second group, whatever part of speech the tagger gave the participle; the
            # same act's other victims ("et quinze autres blessés" after a killing, an
            # assault both) are its toll, not another event.
            rule = self._rule_of(token, "VERB")
            head = self._rule_of(token.head, "VERB")
            return rule if rule is not None and (head is None or head.type != rule.type) else None
        if _noun_tagged_verb(token):
            pos = "NOUN"  # "une tentative de coup d'État" with "coup" tagged an infinitive
        elif token.pos_ in ("VERB", "AUX") or participle or _verb_tagged_other(token):
            pos = "VERB"
        elif token.pos_ in ("NOUN", "PROPN"):
            rule = self._rule_of(token, "NOUN")
            # "ce dernier nie toute implication": a word the lexicon knows as a verb only,
            # tagged a noun with no determiner or preposition of its own and a determiner
            # after it (its object), is that verb.
            return rule if rule is not None or not _bare_verb_form(token) else self._rule_of(token, "VERB")
        elif token.pos_ == "ADJ" and token.i > 0 and (
                token.doc[token.i - 1].dep_ == "det" or any(c.dep_ == "det" for c in token.children)
                or _hung_on_fronted_adjective(token)):
            # "Les assauts meurtriers d'un gang": a noun of the act right after a determiner,
            # tagged an adjective of the word after it, is that noun; so is one that holds a
            # determiner of its own past an adjective ("De violents affrontements ont éclaté":
            # the plural article "de" before an adjective, the noun tagged an adjective); so is
            # one hung on the adjective set before it ("la cible d'une violente attaque")
            return self._rule_of(token, "NOUN")
        else:
            return None
        rule = self._rule_of(token, pos)
        return None if rule is not None and self._dispute(token, rule) else rule

    def _dispute(self, token: Token, rule: FrenchRule) -> bool:
        """A verb of a fight between two sides (`clash_verbs`) that tells a dispute in words:
        every side of it, its subject and its "avec" phrase, one who speaks for a body or a
        view (`dispute_sides`: "Les ministres se sont affrontés sur le budget", "le ministre
        s'est affronté avec le président"), in a sentence that tells nobody killed or hurt,
        as in English ("The ministers clashed over the budget"). A side that fights or
        crowds ("des députés se sont affrontés avec la police") keeps the fight."""
        words = self.words
        if rule.type != "ASSAULT" or token.lemma_.casefold() not in words["clash_verbs"] or not words["dispute_sides"]:
            return False
        sides = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")
                 or (c.dep_.startswith("obl") and _case_of(c) == "avec")]
        sides += [c for side in sides for c in side.conjuncts]
        if not sides or not all(_one_of(side, words["dispute_sides"]) for side in sides):
            return False
        if any(self.casualty_word(t) for t in token.sent):
            return False
        # Speakers fight with their hands too ("se sont affrontés à coups de poing dans
        # l'hémicycle", "à la machette"): the sides alone do not make the words. The sentence
        # must tell no means of a fight (`dispute_means`) and tell what was disputed ("sur la
        # question foncière"; `dispute_topic_preps`, no date, place or scene such as "sur le
        # terrain": `dispute_scenes`) or where it was said (`dispute_venues`: "lors d'un débat
        # télévisé"), as in English.
        if any(_one_of(t, words["dispute_means"]) for t in token.sent):
            return False
        topics = words["dispute_topic_preps"]
        for c in token.subtree:  # "s'est affronté avec le gouverneur sur la réforme": on a side
            if c is token or c.ent_type_ in ("LOC", "DATE", "TIME") or c.lemma_.casefold() in words["dispute_scenes"]:
                continue
            # "sur le budget"; "au sujet de la loi" ("loi" de, on "sujet" au); "concernant la loi"
            told = {_case_of(c)} if c.dep_.startswith(("obl", "nmod")) else set()
            if c.dep_ == "nmod":
                told.add(f"{_case_of(c.head)} {c.head.lower_} {_case_of(c)}")
            if c.dep_ == "obj" and c.head is not token:
                told.add(c.head.lower_)
            if told & topics:
                return True
        return any(_one_of(t, words["dispute_venues"]) for t in token.subtree if t is not token)

    def casualty_word(self, token: Token) -> bool:
        """Whether the word may tell a death or an injury (`_tolls`): a form or lemma of a
        verb of killing, injuring or dying, a word of the dead or the injured, or the noun of
        a dying or costing idiom ("trouver la mort", "coûter la vie"); cached on the token's
        form and lemma hashes."""
        key = (token.lower, token.lemma)
        found = self._casualty.get(key)
        return _memo(self._casualty, key, self._reads_casualty, token) if found is None else found

    def _reads_casualty(self, token: Token) -> bool:
        words, lower = self.words, token.lower_
        return bool({token.lemma_.casefold(), *self.lemmas_of_form(lower)} & self._casualty_lemmas) \
            or lower in words["dead_words"] or lower in words["injured_words"] \
            or lower in _idioms("dying_idioms") or lower in _idioms("costing_idioms")

    def _may_have_rule(self, token: Token) -> bool:
        return token.lemma_.casefold() in self.lemmas or bool(self.lemmas_of_form(token.lower_) & self.lemmas)

    def elided_participle(self, token: Token) -> bool:
        """A participle whose auxiliary is elided, told of a second group counted with
        "autres" and coordinated after a passive participle: "Cinq personnes ont été tuées et
        135 autres enlevées", "deux soldats ont été tués et quatre autres enlevés". The
        tagger often reads it as a noun or adjective with the count as its determiner."""
        head = token.head
        if token.dep_ != "conj" or head.i >= token.i or token.pos_ not in ("VERB", "NOUN", "ADJ"):
            return False
        # "Deux personnes ont été tuées, une blessée et huit autres enlevées": through the
        # groups between ("une blessée", itself elided) to the participle of the first
        verb = head
        while verb.dep_ == "conj" and verb.pos_ != "VERB" and verb.head.i < verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or "Part" not in verb.morph.get("VerbForm") or not _passive(verb):
            return False
        # the words since the group before it (the head, or a conjunct of the head in between)
        previous = max([head.i] + [c.i for c in head.children if c.dep_ == "conj" and c.i < token.i])
        between = token.doc[previous + 1:token.i]
        return any(t.lower_ in self.words["other_group_words"] for t in between) and not any(
            t.pos_ in ("NOUN", "PROPN", "VERB", "AUX") for t in between)

    def _rule_of(self, token: Token, pos: str) -> FrenchRule | None:
        key = (token.lower, token.lemma, pos)
        candidates = self._candidates.get(key)  # read here first: no call to `_memo` on a hit
        if candidates is None:
            candidates = _memo(self._candidates, key, self._read_candidates, (token.lower_, token.lemma_, pos))
        if not candidates:
            return None
        read: dict[str, Any] = {}  # what the constraints read of the token, shared by its rules
        for rule in candidates:
            if _constraints_hold(rule, token, self.words, read):
                return rule
        return None

    def _read_candidates(self, argument: tuple[str, str, str]) -> tuple[FrenchRule, ...]:
        """The rules of a part of speech for a word's lemmas (its form's and the tagger's), in
        the order they are tried (`_rule_order`): a reading of the form and the tagger's lemma
        alone, kept on the lexicon by their hashes (`_candidates`), as most words of the act
        come again and again."""
        lower, lemma, pos = argument
        candidates: list[FrenchRule] = []
        lemmas = self.lemmas_of_form(lower)
        model = lemma.casefold()
        if pos == "VERB" and model != lower and model.endswith(_INFINITIVE_ENDINGS):
            # the tagger's own infinitive ("sommes": être) over one guessed from the ending (sommer)
            guessed = _first_group_infinitives(lower)
            lemmas = frozenset(form_lemma for form_lemma in lemmas if form_lemma == model or form_lemma not in guessed)
        for form_lemma in {model, *lemmas}:
            candidates.extend(self.rules.get((form_lemma, pos), ()))
        return tuple(sorted(candidates, key=_rule_order))


def _constraints_hold(rule: FrenchRule, token: Token, words: dict[str, frozenset[str]],
                      read: dict[str, Any] | None = None) -> bool:
    """Whether the token meets the rule's constraints. `read` keeps what is read of the token
    alone (its object words) for the next rule tried on the same token (`_rule_of`)."""
    if rule.suffered and _suffering_frame(token) is None:
        return False  # "des tirs de joie", "les tirs ont cessé": fire told as undergone only ("a essuyé des tirs")
    if rule.acting and not (token.dep_ == "nsubj" and token.head.pos_ == "VERB" and not _passive(token.head)):
        return False  # "les manifestants ont envahi les rues" ("un manifestant a été tué" tells no protest)
    if rule.reflexive is not None and _is_reflexive(token) != rule.reflexive:
        return False
    if rule.completed and not _completed(token):
        return False  # "se rassemblent chaque vendredi", "se rassemblaient": a habit, a state
    if rule.clitics and not any(c.pos_ == "PRON" and c.lower_ in rule.clitics for c in token.children):
        return False  # "s'en prendre à" attacks; "se prendre" alone does not
    named: list[Token] = []
    if rule.objects:
        objects = read.get("objects") if read is not None else None
        if objects is None:
            objects = _object_words(token)
            if read is not None:
                read["objects"] = objects
        named = [o for o in objects if o.lemma_.casefold() in rule.objects or o.lower_ in rule.objects]
        if not named:
            return False
    if rule.not_objects and any(_named_among(c, rule.not_objects) for c in _undergoers(token)):
        return False  # "le pays détient les plus grandes réserves": held as a possession
    if rule.marks_after and not any(t.i > token.i and t.dep_ in ("case", "mark") and t.lower_ in rule.marks_after
                                    for t in token.subtree):
        return False  # "ils les ont appelées" is a telephone call; "appeler au calme" asks
    if rule.modifiers:
        # the four words of its phrase nearest the noun: a source hung on the noun before it
        # ("Selon le communiqué du ministère, des opérations de ratissage ...") is no modifier
        modifiers = sorted((c for c in token.subtree if c != token), key=lambda c: abs(c.i - token.i))
        if not any(m.lower_ in rule.modifiers or m.lemma_.casefold() in rule.modifiers for m in modifiers[:4]):
            return False
    if rule.not_modifiers:
        # after the verb ("tirer en l'air") or after its named object ("des tirs de sommation ont été
        # entendus", "ont entendu des coups de semonce")
        for head in (token, *named):
            words = " ".join(t.lower_ for t in token.doc[head.i + 1:head.i + 6]).replace("' ", "'").replace(
                "\u2019 ", "\u2019")
            if any(words.startswith(w) for w in rule.not_modifiers):
                return False
    if rule.complements and _complement(rule, token) is None:
        return False
    if rule.purposes and not _aimed_at(token, rule.purposes):
        return False  # "une opération pour retrouver la confiance", "une opération chirurgicale"
    if rule.not_complements and (act := _complement(rule, token, rule.not_complements)) is not None \
            and not _street_clash(act, words):
        return False  # "sont morts dans un accident de la circulation": no one's act
    if rule.not_subjects and any(
            w.lower_ in rule.not_subjects
            for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")
            for w in (c, *(d for d in c.children if d.dep_ in ("amod", "det", "nummod")))):
        return False  # "des milliers de civils sont morts": a sum over time; "un autre a succombé": a toll told
    if rule.subjects:  # "les prix ont explosé": only a bomb, a vehicle, a bomber explodes
        stated = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and not c.is_punct]
        if rule.subject_needed:
            # "des tirs ont visé la ville", "la ville a été visée par des obus", "des frappes de drones
            # visant le camp": the doer must be named and be one of them ("une loi visant à ..." is not)
            stated = [c for c in token.children if c.dep_ in ("nsubj", "obl:agent") and not c.is_punct] + (
                [token.head] if token.dep_ == "acl" else [])
            if not stated:
                return False
        # "les soldats qui sont arrivés sur place": the relative pronoun stands for its noun
        stated = [_antecedent(c) for c in stated]
        named = [c for c in stated if rule.named_subject and c.pos_ == "PROPN"]
        if rule.named_subject:
            # the subject's own words too, outside any clause of its own: "Plus de 460 Casques bleus"
            # parsed with "Casques" as the determiner of "bleus", "les éléments de la gendarmerie", "un
            # convoi terrestre de soldats" (not "les habitants qui fuyaient les rebelles")
            stated = [w for c in stated for w in c.subtree if not _in_own_clause(w, c)]
        if stated and not named and not any(
                c.lemma_.casefold() in rule.subjects or c.lower_ in rule.subjects for c in stated):
            return False
    if rule.infinitive and not any(
            t.i > token.i and "Inf" in t.morph.get("VerbForm")
            and (t.head == token or (t.head.head == token and t.head.dep_ in ("obj", "iobj")))
            and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d\u2019") for c in t.children)
            for t in token.subtree if t.i <= token.i + COMPLEMENT_REACH):
        return False  # "engage les autorités à s'inscrire", "sommé de libérer"
    return True
