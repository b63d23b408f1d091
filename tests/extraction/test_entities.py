import pytest

from tessera.extraction.entities import EntityCorrector, extract_entities
from tessera.parse import Parser

TERMS = [("Mali", "GPE"), ("Tillaberi", "GPE"), ("Niger", "GPE"), ("Nigerien", "NORP"), ("JNIM", "ORG")]


@pytest.fixture(scope="module")
def parser(nlp):
    corrector = EntityCorrector(nlp.vocab, TERMS, nlp.make_doc)
    return Parser(nlp, select=lambda doc: "attacked" in doc.text, correct_entities=corrector)


def test_known_names_take_the_gazetteer_label(parser):
    text = "Fighters of JNIM attacked Nigerien soldiers in Tillaberi, near the border with Mali."
    labels = {e.text: e.label for e in extract_entities(parser.parse(text))}
    assert labels["Tillaberi"] == "GPE"
    assert labels["Mali"] == "GPE"
    assert labels["Nigerien"] == "NORP"
    assert labels["JNIM"] == "ORG"


def test_shallow_sentences_get_known_names_with_offsets(parser):
    text = "Markets in Mali were calm. Traders in Niger waited."
    parsed = parser.parse(text)
    assert not any(s.deep for s in parsed.sentences)
    entities = extract_entities(parsed)
    assert [(e.text, e.label) for e in entities] == [("Mali", "GPE"), ("Niger", "GPE")]
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text


def test_longer_model_entity_keeps_its_name(nlp):
    from spacy.tokens import Span

    corrector = EntityCorrector(nlp.vocab, [("Niger", "GPE"), ("Mali", "GPE")], nlp.make_doc)
    doc = nlp.make_doc("The Niger Delta Development Commission met Mali officials.")
    doc.ents = [Span(doc, 1, 5, label="ORG"), Span(doc, 6, 7, label="PERSON")]
    corrected = [(e.text, e.label_) for e in corrector(doc).ents]
    assert corrected == [("Niger Delta Development Commission", "ORG"), ("Mali", "GPE")]


def test_lowercase_words_are_not_names_in_ordinary_text(nlp):
    corrector = EntityCorrector(nlp.vocab, [("Mali", "GPE")], nlp.make_doc)
    doc = corrector(nlp.make_doc("The mali word is not capitalised here, but Mali is."))
    assert [e.start_char for e in doc.ents] == [43]


def test_lowercased_archives_still_match(nlp):
    corrector = EntityCorrector(nlp.vocab, [("Mali", "GPE")], nlp.make_doc)
    doc = corrector(nlp.make_doc("troops left mali on friday."))
    assert [e.text for e in doc.ents] == ["mali"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the model saw nothing, or an organisation of exactly that name: the place
        ("Troops entered Mosul on Thursday.", {"Mosul": "GPE"}),
        # a person or a longer name the model read stands
        ("Joaquin Mosul arrived.", {"Joaquin Mosul": "PERSON"}),
        # part of a hyphenated name: another name
        ("Gangs attacked Mosul-Nord on Thursday.", {}),
    ],
)
def test_soft_names_are_added_only_where_the_model_read_nothing(nlp, text, expected):
    from spacy.tokens import Span

    corrector = EntityCorrector(nlp.vocab, [], nlp.make_doc, soft_terms=[("Mosul", "GPE")])
    doc = nlp.make_doc(text)
    if text.startswith("Joaquin"):
        doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert {e.text: e.label_ for e in corrector(doc).ents} == expected


def test_a_soft_name_relabels_an_organisation_of_that_name(nlp):
    from spacy.tokens import Span

    corrector = EntityCorrector(nlp.vocab, [], nlp.make_doc, soft_terms=[("Almaty", "GPE")])
    doc = nlp.make_doc("Protesters stormed buildings in Almaty.")
    doc.ents = [Span(doc, 4, 5, label="ORG")]
    assert [(e.text, e.label_) for e in corrector(doc).ents] == [("Almaty", "GPE")]
    # a soft name marks no window the recogniser may skip
    assert corrector.known_spans(doc) == []
