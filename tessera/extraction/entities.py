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

    `soft_terms` are names that are words too ("Mosul", "Almaty", "Phoenix" are nouns of the
    model's word index): one is added only where the model saw nothing ("Troops entered
    Almaty") or took exactly that name for an organisation; a person or a longer name the
    model read there stands ("Joaquin Phoenix").
    """

    def __init__(  # type: ignore[no-untyped-def]
        self, vocab: Vocab, terms: Iterable[tuple[str, str]], make_doc, soft_terms: Iterable[tuple[str, str]] = ()
    ) -> None:
        self._matcher = PhraseMatcher(vocab, attr="LOWER")
        self._soft = PhraseMatcher(vocab, attr="LOWER")
        seen: set[str] = set()
        for matcher, entries in ((self._matcher, terms), (self._soft, soft_terms)):
            by_label: dict[str, list[str]] = {}
            for surface, label in entries:
                key = surface.casefold()
                if not surface.strip() or key in seen:
                    continue
                seen.add(key)
                by_label.setdefault(label, []).append(surface)
            for label, surfaces in by_label.items():
                matcher.add(label, [make_doc(surface) for surface in surfaces])

    def known_spans(self, doc: Doc) -> list[Span]:
        """Known names in the doc that the recogniser need not read (its windows leave them
        out); not the soft names, which it may read as a person or a longer name."""
        return [span for span in self._known(doc) if span.kb_id_ != "soft"]

    def _known(self, doc: Doc) -> list[Span]:
        """Known names in the doc, soft ones too; kept on it, as the parser asks before NER
        and the correction after."""
        key = ("tessera.known_spans", id(self))
        cached = doc.user_data.get(key)
        if cached is None:  # kept as offsets: a Span held by its own doc would be a cycle
            cached = doc.user_data[key] = [(s.start, s.end, s.label, s.kb_id) for s in self._find_known_spans(doc)]
        return [Span(doc, start, end, label=label, kb_id=kb) for start, end, label, kb in cached]

    def _find_known_spans(self, doc: Doc) -> list[Span]:
        lowercased_text: bool | None = None  # read only for a match in lower case (`doc.text` joins tokens)
        spans = []
        matches = [(m, s, e, False) for m, s, e in self._matcher(doc)]
        if len(self._soft):
            matches += [(m, s, e, True) for m, s, e in self._soft(doc)]
        for match_id, start, end, soft in matches:
            if soft and _part_of_compound(doc, start, end):
                continue  # "Carrefour-Feuilles", "the Kitshanga-Goma road": another name
            span = Span(doc, start, end, label=match_id, kb_id="soft" if soft else "")
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
        known = self._known(doc)
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
            if span.kb_id_ == "soft" and any(
                (ent.start, ent.end) != (span.start, span.end) or ent.label_ != "ORG" for ent in overlapping
            ):
                continue  # a name that is a word too: only where the model saw nothing, or an organisation
            replaced.update(id(ent) for ent in overlapping)
            result.append(Span(doc, span.start, span.end, label=span.label))
        result.extend(ent for ent in model if id(ent) not in replaced)
        doc.ents = filter_spans(result)
        return doc


def _part_of_compound(doc: Doc, start: int, end: int) -> bool:
    """The words at [start, end) are joined by a hyphen, with no space, to a word before or
    after them: part of a longer name."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    joined_after = after is not None and after.text in ("-", "\u2011") and not doc[end - 1].whitespace_
    joined_before = before is not None and before.text in ("-", "\u2011") and not before.whitespace_
    return joined_after or joined_before


def extract_entities(parsed: ParsedArticle) -> list[Entity]:
    entities = []
    for sentence in parsed.sentences:
        for ent in sentence.doc.ents:
            if ent.label_ in NUMERIC_LABELS:
                continue
            start, end = sentence.offsets(ent)
            entities.append(Entity(text=ent.text, start=start, end=end, label=ent.label_))
    return entities
