from tessera.parse import Parser

TEXT = (
    "Gunmen attacked an army post near Gao on Sunday.  The weather was mild and markets were busy.\n\n"
    "Officials said the attackers fled toward the border."
)


def test_sentences_cover_text_with_offsets(nlp):
    parsed = Parser(nlp).parse(TEXT)
    assert [s.doc.text for s in parsed.sentences] == [TEXT[s.start : s.end] for s in parsed.sentences]
    assert len(parsed.sentences) == 3
    for sentence in parsed.sentences:
        for token in sentence.doc:
            start, end = sentence.offsets(token)
            assert TEXT[start:end] == token.text


def test_only_selected_sentences_get_the_statistical_pipeline(nlp):
    parser = Parser(nlp, select=lambda doc: any(t.lower_ == "attacked" for t in doc))
    parsed = parser.parse(TEXT)
    assert [s.deep for s in parsed.sentences] == [True, False, False]
    deep = parsed.sentences[0].doc
    assert deep.has_annotation("DEP") and deep.has_annotation("LEMMA")
    assert not parsed.sentences[1].doc.has_annotation("DEP")


def test_batched_parse_keeps_input_order(nlp):
    texts = [f"Report number {i}. Troops withdrew from town {i}." for i in range(40)]
    parsed = list(Parser(nlp).parse_many(texts))
    assert [p.text for p in parsed] == texts


def test_empty_and_blank_texts_have_no_sentences(nlp):
    parser = Parser(nlp)
    assert parser.parse("").sentences == []
    assert parser.parse("  \n\t ").sentences == []


def test_sentence_at_finds_the_sentence_of_an_offset(nlp):
    parsed = Parser(nlp).parse(TEXT)
    offset = TEXT.index("fled")
    assert parsed.sentence_at(offset).start <= offset < parsed.sentence_at(offset).end
    assert parsed.sentence_at(len(TEXT) + 5) is None


def test_deep_sentences_match_the_packaged_pipeline(nlp):
    text = (
        "It has been said that the soldiers, who had fled, were ambushed. "
        "Which village did they attack? Gunmen killed him and burned it down."
    )
    parsed = Parser(nlp).parse(text)
    for sentence in parsed.sentences:
        reference = nlp(sentence.doc.text)
        ours = [(t.pos_, t.lemma_, str(t.morph), t.dep_) for t in sentence.doc]
        assert ours == [(t.pos_, t.lemma_, str(t.morph), t.dep_) for t in reference]
