"""The extraction pipeline: `Article` -> `Document`, reading like the flow diagram.

parse (spaCy, two depths) -> entities -> places (geocoded) -> dates -> quantities
-> events (PLOVER type, mode, actor, recipient, location, date, fatalities)
-> incidents (assembled; each given the trained confidence of tessera.confidence, and an
asserted one below its threshold left out of the list, its mentions kept in `events`).

`Pipeline` holds the loaded resources of one language (spaCy model, gazetteer, actor
knowledge base, trigger lexicon), passed in or loaded once per process by
`Pipeline.default()` (English) and `Pipeline.for_language(code)`. A batch is coded by
the pipeline of each article's language, as `tessera.language.coding_decision` decides
it: French articles go through the French model, lexicon, knowledge base and the French
dates, quantities and events stages (`extraction/*_fr.py`) to the same records.
`extract()` and `extract_many()` are the public functions over that default.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import itertools
import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from spacy.language import Language

from tessera.assemble import assemble_incidents, default_assemble_rules, split_place_lists
from tessera.confidence import filter_incidents, score_incidents
from tessera.extraction.actors_fr import french_knowledge_base
from tessera.extraction.dates import extract_dates
from tessera.extraction.dates_fr import extract_dates_fr, page_month, sentence_spans
from tessera.extraction.entities import EntityCorrector, extract_entities
from tessera.extraction.events import TriggerLexicon, extract_events
from tessera.extraction.events.roles import place_addressee, place_authors, place_target, state_arms, story_author
from tessera.extraction.events_fr import FrenchLexicon, extract_events_fr
from tessera.extraction.places import extract_places
from tessera.extraction.quantities import extract_quantities
from tessera.extraction.quantities_fr import extract_quantities_fr
from tessera.language import CodingDecision, coding_decision
from tessera.parse import ParsedArticle, Parser, load_language
from tessera.records import (
    Article,
    ArticleError,
    DateValue,
    Document,
    Entity,
    Event,
    ExtractionFailure,
    Place,
    Quantity,
    as_article,
)
from tessera.resolve.actors import ActorKnowledgeBase
from tessera.resolve.gazetteer import Gazetteer, ModelWords

log = logging.getLogger(__name__)

CHUNK_ARTICLES = 16
# The collector's youngest generation is swept after this many new container objects
# (Python's default: 700). Coding an article makes tens of thousands of short-lived
# ones (tokens, spans, records), so the default sweeps every few sentences.
_YOUNG_GENERATION = 10_000


def _settle_heap() -> None:
    """Move what a loaded pipeline holds (model, gazetteer, knowledge base, lexicon:
    about 116,000 container objects) out of the garbage collector's sweeps, and sweep
    the youngest objects less often.

    Called once per process and language, by the cached constructors. The loaded
    resources live as long as the process, yet each full collection walked them all:
    on the generated benchmark corpus the collector took 4-6% of the CPU time, about
    a quarter of that after this (`gc.freeze`, the collector's own provision for
    long-lived objects). The output is unchanged: this decides only when unreachable
    objects are freed.
    """
    gc.collect()
    gc.freeze()
    threshold = gc.get_threshold()
    if threshold[0] < _YOUNG_GENERATION:
        gc.set_threshold(_YOUNG_GENERATION, *threshold[1:])


class Pipeline:
    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        knowledge_base: ActorKnowledgeBase | None = None,
        lexicon: TriggerLexicon | None = None,
        parser: Parser | None = None,
        language: str = "en",
        incident_threshold: float | None = None,
    ) -> None:
        self.language = language
        # Below this confidence an asserted incident is left out of `Document.incidents`
        # (None: the trained threshold of tessera/data/incident_confidence.json; 0 keeps all).
        self.incident_threshold = incident_threshold
        french = language == "fr"
        nlp = load_language(language)
        gazetteer = gazetteer or Gazetteer.default()
        # The gazetteer keeps place names that are also English words out of its safe
        # terms; the words come from the model, which resolve/ never loads itself.
        self.gazetteer = gazetteer if gazetteer.words is not None else gazetteer.with_words(model_words(nlp))
        self.knowledge_base = knowledge_base or (french_knowledge_base() if french else ActorKnowledgeBase.default())
        self.lexicon: Any = lexicon or (FrenchLexicon.default(nlp) if french else TriggerLexicon.default())
        if parser is None:
            corrector = EntityCorrector(
                nlp.vocab,
                itertools.chain(self.gazetteer.matcher_terms(), self.knowledge_base.matcher_terms()),
                nlp.make_doc,
                soft_terms=self.gazetteer.soft_matcher_terms(),
            )
            parser = Parser(
                nlp, select=self.lexicon.has_trigger, correct_entities=corrector, known_names=corrector.known_spans
            )
        self.parser = parser

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> Pipeline:
        pipeline = cls()
        _settle_heap()
        return pipeline

    @classmethod
    @functools.lru_cache(maxsize=4)
    def for_language(cls, language: str) -> Pipeline:
        """The default pipeline of a coded language ("en", "fr"), loaded once per process."""
        if language == "en":
            return cls.default()
        pipeline = cls(language=language)
        _settle_heap()
        return pipeline

    def _pipeline_for(self, language: str) -> Pipeline:
        return self if language == self.language else Pipeline.for_language(language)

    def extract(self, article: Article) -> Document:
        result = next(self.extract_many([article]))
        if isinstance(result, ExtractionFailure):
            raise ArticleError(result.reason)
        return result

    def extract_many(
        self, articles: Iterable[Article | Mapping[str, Any] | ExtractionFailure]
    ) -> Iterator[Document | ExtractionFailure]:
        """Code articles in input order; a broken one yields an `ExtractionFailure`.

        An article in a language outside `tessera.language.CODED_LANGUAGES` yields an
        empty `Document` carrying its language.
        """
        pending: list[Article | ExtractionFailure] = []
        for number, record in enumerate(articles, start=1):
            if isinstance(record, ExtractionFailure):  # a reader already refused it
                pending.append(record)
                continue
            try:
                pending.append(as_article(record))
            except ArticleError as error:
                record_id = record.get("id") if isinstance(record, Mapping) else None
                pending.append(ExtractionFailure(id=None if record_id is None else str(record_id),
                                                 reason=str(error), line=number))
            if len(pending) >= CHUNK_ARTICLES:
                yield from self._extract_chunk(pending)
                pending = []
        if pending:
            yield from self._extract_chunk(pending)

    def _extract_chunk(self, items: list[Article | ExtractionFailure]) -> Iterator[Document | ExtractionFailure]:
        by_language: dict[str, list[Article]] = {}
        for item in items:
            if isinstance(item, Article):
                decision = self._decide(item)
                if decision.coded:
                    by_language.setdefault(decision.language, []).append(item)
        parsed: dict[str, ParsedArticle | Exception] = {}
        for language, coded in by_language.items():
            parser = self._pipeline_for(language).parser
            try:
                parsed.update(zip((a.id for a in coded), parser.parse_many(a.text for a in coded), strict=True))
            except Exception:  # noqa: BLE001 - isolate the article that breaks a batch
                log.exception("batch parse failed; parsing its articles one by one")
                for article in coded:
                    try:
                        parsed[article.id] = parser.parse(article.text)
                    except Exception as error:  # noqa: BLE001
                        parsed[article.id] = error
        for item in items:
            if isinstance(item, ExtractionFailure):
                yield item
                continue
            language, is_coded = self._decide(item)
            if not is_coded:
                yield Document(id=item.id, language=language)
                continue
            outcome = parsed.get(item.id)
            try:
                if isinstance(outcome, Exception):
                    raise outcome
                assert outcome is not None
                yield self._pipeline_for(language)._code(item, outcome, language)
            except Exception as error:  # noqa: BLE001 - one article never aborts a batch
                log.exception("extraction failed for article %s", item.id)
                yield ExtractionFailure(id=item.id, reason=f"extraction failed: {type(error).__name__}: {error}")

    @staticmethod
    def _decide(article: Article) -> CodingDecision:
        return coding_decision(article.text, article.language)

    def _code(self, article: Article, parsed: ParsedArticle, language: str) -> Document:
        entities = extract_entities(parsed)
        places = extract_places(parsed, entities, self.gazetteer, language=self.language)
        if self.language == "fr":
            dates = extract_dates_fr(parsed, article.published, url=article.url)
            quantities = extract_quantities_fr(parsed)
            events = extract_events_fr(parsed, places=places, dates=dates, quantities=quantities,
                                       knowledge_base=self.knowledge_base, lexicon=self.lexicon,
                                       article_id=article.id, published=article.published)
            return self._document(article, parsed, language, entities, places, dates, quantities, events)
        dates = extract_dates(parsed, article.published, url=article.url)
        quantities = extract_quantities(parsed)
        events = extract_events(
            parsed,
            places=places,
            dates=dates,
            quantities=quantities,
            knowledge_base=self.knowledge_base,
            lexicon=self.lexicon,
            published=article.published,
            article_id=article.id,
        )
        return self._document(article, parsed, language, entities, places, dates, quantities, events)

    def _document(self, article: Article, parsed: ParsedArticle, language: str, entities: list[Entity],
                  places: list[Place], dates: list[DateValue], quantities: list[Quantity],
                  events: list[Event]) -> Document:
        rules = default_assemble_rules(language)
        # An act told of a list of towns is one mention per town (`split_place_lists`).
        events = split_place_lists(events, parsed, places, rules, self.gazetteer, dates)
        incidents = assemble_incidents(events, parsed, article_id=article.id, places=places, dates=dates,
                                       rules=rules, gazetteer=self.gazetteer,
                                       published=article.published, quantities=quantities,
                                       knowledge_base=self.knowledge_base,
                                       page_month=page_month(article.text, article.url, sentence_spans(parsed))
                                       if article.published is None and rules.undated_take_page_month else None)
        # An attack or abduction no mention names a target of struck its place (roles).
        incidents = [place_target(incident, self.knowledge_base) for incident in incidents]
        # Each incident's confidence is the trained model's probability that it is right;
        # the unlikely ones leave the list, their mentions stay in `events` (confidence).
        incidents = score_incidents(incidents, events, len(article.text), language)
        incidents = filter_incidents(incidents, self.incident_threshold, language)
        # An attack told with no author or an unnamed one is the article's one armed group's.
        incidents = story_author(incidents, events, parsed, self.knowledge_base, language)
        # An act only one arm of a state does (an inquiry) told with no author is that arm's of
        # its place (roles), wherever the place is told.
        incidents = state_arms(incidents, events, parsed, self.knowledge_base)
        # An act of a type told with no author is an unnamed side's of its place (roles): after
        # the story's group, which names the author of the acts it takes.
        incidents = place_authors(incidents, self.knowledge_base)
        # An act of word or policy told with no addressee is addressed to its place's state (roles).
        incidents = [place_addressee(incident, self.knowledge_base) for incident in incidents]
        return Document(
            id=article.id,
            language=language,
            entities=entities,
            places=places,
            dates=dates,
            quantities=quantities,
            events=events,
            incidents=incidents,
        )


def extract(text: str, published: dt.date | str | None = None, language: str | None = None) -> Document:
    """Code one article's text. `published` anchors relative dates ("Friday", "last year")."""
    article = as_article({"text": text, "published": published, "language": language})
    return Pipeline.default().extract(article)


def model_words(nlp: Language) -> ModelWords:
    """The English words the gazetteer keeps out of its always-safe place names, from the model:
    its stop words and the adjectives, adverbs and verbs of its lemma index (common words), and
    the nouns of that index."""
    return _model_words(nlp)


@functools.lru_cache(maxsize=2)
def _model_words(nlp: Language) -> ModelWords:
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    table = lookups.get_table("lemma_index")
    by_pos: dict[str, frozenset[str]] = {}
    for pos in ("adj", "adv", "noun", "verb"):
        try:
            by_pos[pos] = frozenset(table[pos])
        except KeyError:
            by_pos[pos] = frozenset()
    common = frozenset(nlp.Defaults.stop_words) | by_pos["adj"] | by_pos["adv"] | by_pos["verb"]
    return ModelWords(common=common, nouns=by_pos["noun"])


def extract_many(articles: Iterable[Article | Mapping[str, Any]]) -> Iterator[Document | ExtractionFailure]:
    """Stream `Document`s (or `ExtractionFailure`s) for articles, in input order, batched through spaCy."""
    return Pipeline.default().extract_many(articles)
