"""Entities: named-entity spans of every sentence, with the model's mistakes corrected.

Input: sentence docs from the parse stage (NER ents where a sentence was analysed
deeply). Output: `list[Entity]` with article offsets. Next: places, actors, events.

The small English model mislabels many names it rarely saw in training (Mali as
PERSON, Tillaberi as PRODUCT), and shallow sentences have no NER at all. The
`EntityCorrector` fixes both from knowledge we trust more than the model on those
names: the gazetteer and the actor knowledge base, matched as phrases.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from tessera.parse import ParsedArticle
from tessera.records import Entity

# Numeric and temporal labels are left to the dates and quantities stages, which
# normalise their values; they are not repeated as entities.
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


class EntityCorrector:
    """Relabels or adds entities for names the gazetteer and knowledge base know.

    Rules, in order: a model entity whose span is exactly a known name takes the
    known label; a model entity that strictly contains a known name is kept (it is
    more specific: "Niger Delta Avengers"); a known name longer than, or crossing,
    model entities replaces them; a known name where the model saw nothing is added.
    """

    def __init__(self, vocab: Vocab, terms: Iterable[tuple[str, str]], make_doc) -> None:  # type: ignore[no-untyped-def]
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        by_label: dict[str, list[str]] = {}
        seen: set[str] = set()
        for surface, label in terms:
            key = surface.casefold()
            if not surface.strip() or key in seen:
                continue
            seen.add(key)
            by_label.setdefault(label, []).append(surface)
        for label, surfaces in by_label.items():
            self._matcher.add(label, [make_doc(surface) for surface in surfaces])

    def known_spans(self, doc: Doc) -> list[Span]:
        """Known names in the doc; kept on it, as the parser asks before NER and the
        correction after."""
        key = ("tessera.known_spans", id(self))
        cached = doc.user_data.get(key)
        if cached is None:  # kept as offsets: a Span held by its own doc would be a cycle
            cached = doc.user_data[key] = [(s.start, s.end, s.label) for s in self._find_known_spans(doc)]
        return [Span(doc, start, end, label=label) for start, end, label in cached]

    def _find_known_spans(self, doc: Doc) -> list[Span]:
        lowercased_text: bool | None = None  # read only for a match in lower case (`doc.text` joins tokens)
        spans = []
        for match_id, start, end in self._matcher(doc):
            span = Span(doc, start, end, label=match_id)
            # In ordinary text a name is capitalised; "niger" in lower case is not
            # evidence. Texts that are lowercased throughout get no such check.
            if not span[0].text[:1].isupper():
                if lowercased_text is None:
                    lowercased_text = not any(ch.isupper() for ch in doc.text)
                if not lowercased_text:
                    continue
            spans.append(span)
        return filter_spans(spans)

    def __call__(self, doc: Doc, deep: bool = True) -> Doc:
        known = self.known_spans(doc)
        if not known:
            return doc
        model = list(doc.ents)
        result: list[Span] = []
        replaced: set[int] = set()
        for span in known:
            overlapping = [ent for ent in model if ent.start < span.end and span.start < ent.end]
            if any(ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end)
                   for ent in overlapping):
                continue  # a longer model entity holds this name
            replaced.update(id(ent) for ent in overlapping)
            result.append(span)
        result.extend(ent for ent in model if id(ent) not in replaced)
        doc.ents = filter_spans(result)
        return doc


def extract_entities(parsed: ParsedArticle) -> list[Entity]:
    entities = []
    for sentence in parsed.sentences:
        for ent in sentence.doc.ents:
            if ent.label_ in NUMERIC_LABELS:
                continue
            start, end = sentence.offsets(ent)
            entities.append(Entity(text=ent.text, start=start, end=end, label=ent.label_))
    return entities
