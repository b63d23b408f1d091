"""Modes of a French trigger (`_mode`): negation, the future, hypotheses, questions, requests,
failure, and the source of reported speech (`_source`).
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.data import word_set
from tessera.extraction.events_fr.grammar import (
    _GRAMMAR_WORDS,
    _OPENING_QUOTES,
    _words,
)
from tessera.extraction.events_fr.lexicon import (
    FrenchLexicon,
    _per_token,
)
from tessera.parse import ParsedSentence
from tessera.records import (
    Span,
)


def _mode(token: Token, lexicon: FrenchLexicon) -> str:
    """The act's mode (asserted, negated, hypothetical, future), read once per token
    (`_per_token`): a protest met by force reads its act's mode before the act is coded."""
    return _per_token(token, ("tessera.fr_mode", id(lexicon)), lambda t: _read_mode(t, lexicon), token)


def _read_mode(token: Token, lexicon: FrenchLexicon) -> str:
    words = lexicon.words
    negative = _words().negative_arguments
    auxes = [c for c in token.children if c.dep_.startswith("aux")]
    chain = [token, *auxes]
    # Negation: "n'a pas attaqué", "ne se retireront jamais".
    if any(c.dep_ == "advmod" and c.lower_ in words["negation_words"] for c in token.children) and \
            any(c.lower_ in ("ne", "n'", "n\u2019") for c in token.children):
        return "negated"
    # "aucun civil n'a été tué", "personne n'a été blessé": the negation sits on an argument.
    if any(c.lower_ in ("ne", "n'", "n\u2019") for c in token.children) and any(
            d.lower_ in negative for c in token.children if c.dep_.startswith(("nsubj", "obj"))
            for d in (c, *c.children)):
        return "negated"
    # "Il n'y a eu aucune revendication", "sans aucune violence": the determiner denies the noun.
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in negative for c in token.children):
        return "negated"
    # "aucun signe d'une menace", "aucune trace de combats": the determiner denies the noun
    # the trigger completes, and with it the trigger.
    if _denied_head(token):
        return "negated"
    # "il pourrait s'agir des assaillants qui ...", "il s'agirait d'une attaque": a guess at
    # what something is; what it holds is not told as fact.
    if _speculated(token):
        return "hypothetical"
    # Hypothesis: "si ...", "s'il attaque" (not a "si" of contrast, `_contrasting_si`).
    if any(c.dep_ == "mark" and c.lower_ in words["hypothetical_marks"] for c in token.children) \
            and not _contrasting_si(token):
        return "hypothetical"
    # A question asserts nothing: "Des personnes ont-elles été relâchées ?"
    if _question(token):
        return "hypothetical"
    if any("Fut" in t.morph.get("Tense") for t in chain):
        return "future"
    if token.pos_ == "NOUN" and token.dep_ == "nsubj" and token.head.lemma_.casefold() in words["future_governors"]:
        return "future"  # "Le retrait des soldats doit s'échelonner jusqu'au 31 décembre": planned
    governor = token.head if token.dep_ in ("xcomp", "ccomp", "obj", "acl") and token.head != token else None
    if governor is not None and token.dep_ == "acl" and governor.pos_ == "NOUN" and governor.dep_ == "obj" \
            and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "d\u2019") for c in token.children):
        # "a appelé la population à descendre dans la rue": the parse hangs the infinitive on the
        # verb's object; the verb governs it
        governor = governor.head
    if governor is not None and governor.text in _OPENING_QUOTES and governor.head != governor:
        # "a appelé les Mauritaniens à « manifester pacifiquement »": the parse hangs the quoted
        # infinitive on the quotation mark, which it takes for a word; the verb governs it
        governor = governor.head
    if token.pos_ in ("NOUN", "PROPN") and token.head != token:
        head = token.head
        if token.dep_ == "obl:arg" and _requesting(head, lexicon):
            return "future"  # "appelle au retrait des troupes": asked for, not done
        if token.dep_ in ("obl:arg", "obl:mod", "nmod") and head.lemma_.casefold() in words["turning_verbs"] \
                and _negated(head) and any(c.dep_ == "case" and c.lower_ in words["turning_prepositions"]
                                           for c in token.children):
            # "la dispute n'a pas dégénéré en affrontement": it did not turn into one (the model
            # may tag "transformée" an adjective and hang its complement as a noun's)
            return "negated"
        if token.dep_ == "obl:arg" and head.lemma_.casefold() in words["hypothetical_governors"]:
            return "hypothetical"  # "avaient d'abord pensé à une prise d'otages": thought of, not told as done
        if token.dep_ == "nmod" and head.pos_ == "NOUN" and head.lemma_.casefold() in words["plan_nouns"]:
            return "future"  # "la demande de retrait de la Minusma", "un projet d'attaque"
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.head.pos_ == "NOUN" \
            and token.head.lemma_.casefold() in words["plan_nouns"]:
        return "future"  # "dans le but de renverser le régime", "l'intention d'attaquer le camp"
    if _failed(token, words["failure_marks"]):
        return "negated"  # "ont tenté en vain d'obtenir le soutien": the attempt failed
    if token.pos_ == "NOUN" and token.dep_ == "obj" and governor is not None and governor.pos_ == "VERB" \
            and governor.lemma_.casefold() in _words().light_verbs and _future_tense(governor):
        # "l'armée va lancer une offensive", "ils mèneront une attaque": the act the light verb
        # carries out is to come with it (its tense only: "ont décidé d'infliger un gel des
        # avoirs" tells a sanction decided, "n'a pas revendiqué l'attaque" an attack)
        return "future"
    if governor is not None:
        lemma = governor.lemma_.casefold()
        if any(c.lower_ in ("ne", "n'", "n\u2019") for c in governor.children) and \
                any(c.lower_ in words["negation_words"] for c in governor.children) and \
                lemma not in words["unnegating_governors"]:
            return "negated"
        if lemma in words["negating_governors"] or _refusing_participle(governor, lexicon):
            return "negated"  # "Refusant de quitter le pays" (the model may lemmatise it as a noun)
        if lemma in words["attempt_governors"] and token.dep_ == "xcomp":
            # "avait tenté de renverser": the act was tried, in the attempt's own mode
            # ("vont tenter de renverser": future)
            return _mode(governor, lexicon)
        if lemma == "aller" or lemma in words["future_governors"] or _requesting(governor, lexicon) \
                or "Fut" in governor.morph.get("Tense"):
            return "future"
        if lemma in words["hypothetical_governors"]:
            return "hypothetical"
    if any(c.lemma_ == "aller" and c.dep_.startswith("aux") for c in token.children):
        return "future"
    # The reporting conditional ("auraient été tués", "aurait attaqué") reports a past
    # event; a present conditional without a perfect ("attaqueraient") is a hypothesis.
    conditional = [t for t in chain if "Cnd" in t.morph.get("Mood")]
    if not conditional and token.pos_ == "VERB" and token.lower_.endswith(("erait", "eraient")) \
            and "Part" not in token.morph.get("VerbForm") and "Inf" not in token.morph.get("VerbForm"):
        # the small model may miss the mood: a first-group "-erait" is a present conditional
        # ("riposterait", "attaqueraient"); the imperfect of such a verb ends in "-ait" after
        # its stem ("opérait", "libérait", "serrait")
        conditional = [token]
    if conditional and not any(c.dep_ in ("aux:tense", "aux:pass") for c in token.children):
        return "hypothetical"
    return "asserted"


def _future_tense(verb: Token) -> bool:
    """A verb in the future: the simple future ("lancera") or the near future of "aller" with
    the infinitive ("va lancer", whether the parse hangs the infinitive on "aller" or "aller"
    on it)."""
    if "Fut" in verb.morph.get("Tense"):
        return True
    if any(c.lemma_ == "aller" and c.dep_.startswith("aux") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head != verb and head.lemma_.casefold() == "aller" \
        and "Inf" in verb.morph.get("VerbForm")


# Main verbs that keep a "si" clause a condition even in the present ("ils doivent être
# poursuivis": `condition_keeping_verbs` of fr/triggers.yaml).
_CONDITIONED_MODALS = word_set(_GRAMMAR_WORDS, "condition_keeping_verbs", "fr/triggers.yaml")


def _contrasting_si(verb: Token) -> bool:
    """A "si" clause in the compound past set against a main clause in the present
    indicative: "Si plusieurs quartiers se sont soulevés ces derniers jours, Abobo reste le
    principal foyer de tension", "S'il n'a pas été revendiqué, il porte la marque de Boko
    Haram" contrast two facts (French "si" of opposition); "s'ils attaquent, l'armée
    ripostera", "s'ils avaient attaqué, ils auraient été tués", "si les manifestants ont
    attaqué, ils seront poursuivis" (or "doivent être poursuivis") are conditions. The parse
    hangs either clause on the other."""
    if not any(c.dep_ == "aux:tense" and "Pres" in c.morph.get("Tense") and "Ind" in c.morph.get("Mood")
               for c in verb.children):
        return False
    others = [verb.head] if verb.dep_ == "advcl" and verb.head != verb else [
        c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i]
    return any(
        other.pos_ in ("VERB", "AUX") and not any(c.dep_ == "mark" for c in other.children)
        and other.lemma_.casefold() not in _CONDITIONED_MODALS
        and all("Pres" in t.morph.get("Tense") and "Ind" in t.morph.get("Mood") and "Fut" not in t.morph.get("Tense")
                for t in (other, *(c for c in other.children if c.dep_.startswith("aux"))))
        for other in others)


def _refusing_participle(governor: Token, lexicon: FrenchLexicon) -> bool:
    """A present participle of a negating verb the model lemmatised as a noun ("Refusant de")."""
    return governor.lower_.endswith("ant") and bool(
        lexicon.lemmas_of_form(governor.lower_) & lexicon.words["negating_governors"])


def _denied_head(token: Token) -> bool:
    """The trigger noun completes a noun whose determiner denies it ("aucun signe d'une menace")."""
    negative = _words().negative_arguments
    return token.pos_ == "NOUN" and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in negative for c in token.head.children)


def _speculated(token: Token) -> bool:
    """The trigger lies inside the complement of "s'agir" in the conditional ("il s'agirait
    de", "il pourrait s'agir de"): an identification offered as a guess."""
    node = token
    for _ in range(8):
        if node.head == node:
            return False
        node = node.head
        if node.lemma_.casefold() == "agir" and any(c.lower_ in ("se", "s'", "s\u2019") for c in node.children):
            if "Cnd" in node.morph.get("Mood"):
                return True
            head = node.head
            return node.dep_ == "xcomp" and head.lemma_.casefold() in ("pouvoir", "devoir") \
                and "Cnd" in head.morph.get("Mood")
    return False


def _requesting(verb: Token, lexicon: FrenchLexicon) -> bool:
    """A verb of asking, by its lemma or its form ("demande-t-il la libération": the model
    may give the finite verb the noun's lemma)."""
    wanted = lexicon.words["requesting_governors"]
    return verb.lemma_.casefold() in wanted or (
        verb.pos_ == "VERB" and bool(lexicon.lemmas_of_form(verb.lower_) & wanted))


def _question(token: Token) -> bool:
    """The trigger's clause ends with a question mark (the sentence's last word, or the
    last before a closing quotation mark)."""
    for word in reversed(token.doc):  # from the end: the last word that is no space or quotation mark
        if not word.is_space and word.text not in ("»", "\u201d", '"', "'"):
            return word.text == "?"
    return False


def _failed(token: Token, marks: frozenset[str]) -> bool:
    """A failure mark ("en vain", "sans succès") on the trigger or on the verbs of
    attempt above it ("ont tenté en vain d'obtenir le soutien": no support was had)."""
    node = token
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("advmod", "obl:mod", "obl", "mark") and abs(child.i - node.i) <= 3:
                words = [t.lower_ for t in child.subtree]
                if len(words) <= 3 and " ".join(words) in marks:
                    return True
        if node.dep_ not in ("xcomp", "obj", "ccomp") or node.head == node:
            break
        node = node.head
    return False


def _source(sentence: ParsedSentence, token: Token, lexicon: FrenchLexicon) -> Span | None:
    """Who tells it: "selon des sources locales", or the subject of "a déclaré que"."""
    root = token
    while root.head != root and root.dep_ not in ("ROOT",):
        root = root.head
    for candidate in (token, root):
        for child in candidate.children:
            if any(c.lower_ in lexicon.words["source_preps"] for c in child.children if c.dep_ == "case"):
                tokens = sorted(child.subtree, key=lambda t: t.i)
                start, _ = sentence.offsets(tokens[0])
                _, end = sentence.offsets(tokens[-1])
                return Span(text=sentence.text[start - sentence.start:end - sentence.start], start=start, end=end)
    if token.dep_ == "ccomp" and token.head.lemma_.casefold() in lexicon.words["reporting_verbs"]:
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            tokens = sorted(subject.subtree, key=lambda t: t.i)
            start, _ = sentence.offsets(tokens[0])
            _, end = sentence.offsets(tokens[-1])
            return Span(text=sentence.text[start - sentence.start:end - sentence.start], start=start, end=end)
    return None


def _negated(verb: Token) -> bool:
    """A verb said with a negation ("ne meurt pas", "n'a jamais succombé")."""
    doc = verb.doc
    return (verb.i > 0 and doc[verb.i - 1].lower_ in ("ne", "n'", "n\u2019")) or any(
        c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus") for c in verb.children)
