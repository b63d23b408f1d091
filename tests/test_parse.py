import re

import pytest
from spacy.tokens import Doc, Span

from tessera.parse import (
    ENTITY_WINDOW_RADIUS,
    Parser,
    entity_windows,
    first_letters_lookahead,
    greedy_entities,
    greedy_parse,
    greedy_transitions,
    longest_first_alternation,
)

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
    gap = TEXT.index("  The weather")  # the spaces between two sentences belong to neither
    assert parsed.sentence_at(gap) is None and parsed.sentence_at(gap + 2).start == gap + 2
    assert parsed.sentence_at(0).index == 0 and parsed.sentence_at(len(TEXT) - 1).index == 2


@pytest.mark.parametrize("text", [
    'He said: "We will not leave." Then he left... Really?! Yes. "No," she said.',
    "Troops left at 5 p.m. on Monday. The U.S. envoy arrived.\n\nA new paragraph (with an aside.) ends",
    "...", "Nothing ends here", "Two. ", "  Leading spaces. And a trailing line\n",
])
def test_sentence_bounds_are_those_of_the_sentencizer(nlp, text):
    from spacy.pipeline import Sentencizer

    from tessera.parse import _sentence_bounds, _split_sentences

    sentencizer = Sentencizer()
    expected = _sentence_bounds(sentencizer(nlp.make_doc(text)), text)
    assert _split_sentences(nlp.make_doc(text), frozenset(sentencizer.punct_chars), text) == expected
    assert all(text[a:b] and text[a:b] == text[a:b].strip() for a, b in expected)


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


def test_entity_windows_surround_names_numbers_and_time_words(nlp):
    doc = nlp.make_doc(
        "The convoy was ambushed on the road that links the market towns near Gao, "
        "and then they were killing 12 people overnight."
    )
    windows = entity_windows(doc, radius=2)
    gao = next(t.i for t in doc if t.text == "Gao")
    overnight = next(t.i for t in doc if t.text == "overnight")
    assert (gao - 2, gao + 3) in windows
    assert (overnight - 2, len(doc)) in windows  # "12 people" counts: no window of its own
    assert not any(start <= 0 < end for start, end in windows)  # sentence-initial "The" is no name
    assert all(a_end < b_start for (_, a_end), (b_start, _) in zip(windows, windows[1:], strict=False))


def test_entity_windows_cover_a_lowercased_sentence_whole(nlp):
    doc = nlp.make_doc("gunmen attacked a police post in tahoua region")
    assert entity_windows(doc, radius=2) == [(0, len(doc))]
    assert entity_windows(nlp.make_doc("the attackers fled"), radius=2) == [(0, 3)]


def test_entities_from_windows_match_whole_sentence_recognition(nlp):
    texts = [
        "Officials in Niamey said on Tuesday that gunmen on motorbikes killed 17 soldiers near Tillaberi "
        "before fleeing toward the border with Mali.",
        "The United Nations mission, MINUSMA, said its peacekeepers had been attacked twice this week "
        "while escorting a fuel convoy from Gao to Kidal.",
        "President Mohamed Bazoum met the French defence minister in Paris and agreed to host more troops.",
    ]
    windowed = Parser(nlp, entity_window_radius=4)
    whole = Parser(nlp, entity_window_radius=None)
    for text in texts:
        ours = [(e.start_char, e.end_char, e.label_) for s in windowed.parse(text).sentences for e in s.doc.ents]
        reference = [(e.start_char, e.end_char, e.label_) for s in whole.parse(text).sentences for e in s.doc.ents]
        assert ours == reference
        assert ours  # the sentences hold names: an empty answer would hide a broken mapping


def test_entity_windows_skip_the_first_function_word_after_a_quote(nlp):
    doc = nlp.make_doc('"The road has been cut and prices have doubled," a trader said.')
    assert entity_windows(doc, radius=2) == []


def test_entity_windows_leave_known_names_to_the_gazetteer(nlp):
    doc = nlp.make_doc("As fighting spread from Mali into Niger, Bazoum flew to the capital.")
    mali, niger, bazoum = (next(t.i for t in doc if t.text == name) for name in ("Mali", "Niger", "Bazoum"))
    known = [doc[mali : mali + 1], doc[niger : niger + 1]]  # names the gazetteer labels itself
    assert entity_windows(doc, radius=1, known=known) == [(bazoum - 1, bazoum + 2)]
    assert entity_windows(doc, radius=1) == [(mali - 1, bazoum + 2)]


def test_known_names_keep_their_gazetteer_label_without_the_recogniser(pipeline):
    parsed = pipeline.parser.parse("Gunmen crossed from Mali into Niger on motorbikes, officials said.")
    labels = {e.text: e.label_ for s in parsed.sentences for e in s.doc.ents}
    assert labels.get("Mali") == "GPE" and labels.get("Niger") == "GPE"


def test_entity_windows_leave_counts_to_the_quantities_stage(nlp):
    doc = nlp.make_doc("they killed 12 soldiers and burned three trucks")
    assert entity_windows(nlp.make_doc("Then " + doc.text), radius=1) == []
    for text, number in [
        ("they left on 12 March", "12"),
        ("fighting lasted three days", "three"),
        ("in 2019 gunmen came back", "2019"),
        ("it began at 5 pm sharp", "5"),
    ]:
        doc = nlp.make_doc("Then " + text)
        i = next(t.i for t in doc if t.text == number)
        assert any(start <= i < end for start, end in entity_windows(doc, radius=1)), text


RECOGNISER_TEXTS = [
    "Officials in Niamey said on Tuesday that gunmen on motorbikes killed 17 soldiers near Tillaberi.",
    "The African Union envoy, Ms Amina Diallo, flew from Addis Ababa to Khartoum last week.",
    "Reuters reported that 300 families fled Kidal after the army withdrew in March 2023.",
    "",
    "No names here at all",
    "Heavy rain fell over Lagos, Ibadan and Abeokuta overnight, the Nigerian Meteorological Agency said.",
    "Protesters marched to the Presidential Palace in Ouagadougou on Friday, October 14.",
    "A.",
]


def _recognised(docs: list[Doc]) -> list[list[tuple[int, int, str, str]]]:
    return [[(t.i, t.ent_iob, t.ent_type_, t.text) for t in doc] for doc in docs]


@pytest.mark.parametrize("batch_size", [256, 4])
def test_greedy_transitions_label_as_the_packaged_recogniser(nlp, batch_size):
    ner = nlp.get_pipe("ner")
    reference = [nlp.make_doc(text) for text in RECOGNISER_TEXTS]
    ours = [nlp.make_doc(text) for text in RECOGNISER_TEXTS]
    for docs in (reference, ours):  # a name set beforehand is kept by both
        docs[1].ents = [Span(docs[1], 9, 11, label="GPE")]
    list(ner.pipe(reference, batch_size=batch_size))
    greedy_transitions(ner, ours, batch_size)
    assert _recognised(ours) == _recognised(reference)
    assert sum(len(doc.ents) for doc in ours) >= 8  # the texts hold names and dates


def test_greedy_transitions_label_french_as_the_packaged_recogniser(french_nlp):
    ner = french_nlp.get_pipe("ner")
    texts = [FRENCH, "Selon l'Agence France-Presse, des soldats maliens ont quitté Tombouctou mardi.", ""]
    reference = [french_nlp.make_doc(text) for text in texts]
    ours = [french_nlp.make_doc(text) for text in texts]
    list(ner.pipe(reference, batch_size=8))
    greedy_transitions(ner, ours, 8)
    assert _recognised(ours) == _recognised(reference)
    assert any(doc.ents for doc in ours)


def test_greedy_transitions_keep_whitespace_and_parsed_sentence_starts_as_the_packaged_recogniser(nlp):
    # Entities may neither start on whitespace nor run across a sentence start the
    # parser set: the decoder's move rules must read both as the packaged ones do.
    texts = [
        "Gunmen attacked   Maiduguri on Monday.\n\nThe governor of  Borno State, Babagana Zulum, said 12 died.",
        "The United Nations Mission said. Mali's army withdrew from Kidal.  New York Times reporters saw it.",
        "\n  Addis Ababa\n",
    ]
    reference = list(nlp.pipe(texts, disable=["ner"]))
    ours = list(nlp.pipe(texts, disable=["ner"]))
    assert any(token.is_space for doc in ours for token in doc)
    assert any(token.is_sent_start and token.i for doc in ours for token in doc)
    list(nlp.get_pipe("ner").pipe(reference, batch_size=4))
    greedy_transitions(nlp.get_pipe("ner"), ours, 4)
    assert _recognised(ours) == _recognised(reference)
    assert sum(len(doc.ents) for doc in ours) >= 5


def test_biluo_move_rules_allow_what_the_recogniser_allows_at_every_step(nlp):
    # Random walks through the recogniser's states over whitespace tokens and parser
    # sentence starts: at each step the decoder's mask equals spaCy's own move rules.
    import random

    import numpy
    from spacy.pipeline._parser_internals.stateclass import StateClass

    from tessera.parse import _BiluoMoves

    ner = nlp.get_pipe("ner")
    moves = _BiluoMoves(ner)
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    label_id = dict(zip(moves.labels, moves.label_ids.tolist(), strict=True))
    texts = ["Rebels  hit Gao.\n\nThe UN said. Mali  New York\n", "A\n  B C. D E"]
    rng = random.Random(7)
    checked = 0
    for doc in nlp.pipe(texts, disable=["ner"]):
        for _ in range(40):
            state, open_label = StateClass(doc), 0
            for i in range(len(doc)):
                at_last = i + 1 >= len(doc)
                row = moves.valid(
                    numpy.array([open_label]), numpy.array([at_last]),
                    numpy.array([not at_last and doc[i + 1].is_sent_start is True]), numpy.array([doc[i].is_space]),
                )[0]
                assert row.tolist() == [bool(ner.moves.is_valid(state, name)) for name in names], (doc.text, i)
                checked += 1
                name = rng.choice([n for n, ok in zip(names, row.tolist(), strict=True) if ok])
                ner.moves.apply_transition(state, name)
                if name[0] == "B":
                    open_label = label_id[moves.labels[names.index(name)]]
                elif name[0] == "L":
                    open_label = 0
    assert checked > 500


def _parsed(docs: list[Doc]) -> list[list[tuple[int, int, str, bool | None]]]:
    return [[(t.i, t.head.i, t.dep_, t.is_sent_start) for t in doc] for doc in docs]


@pytest.mark.parametrize("batch_size", [256, 4])
def test_greedy_parse_parses_as_the_packaged_parser(nlp, batch_size):
    texts = [*RECOGNISER_TEXTS, "Gunmen attacked   Maiduguri.\n\nThe governor said 12 died. Police fled."]
    reference = list(nlp.pipe(texts, disable=["parser", "ner"]))
    ours = list(nlp.pipe(texts, disable=["parser", "ner"]))
    list(nlp.get_pipe("parser").pipe(reference, batch_size=batch_size))
    greedy_parse(nlp.get_pipe("parser"), ours, batch_size)
    assert _parsed(ours) == _parsed(reference)
    assert sum(token.dep_ == "nsubj" for doc in ours for token in doc) >= 5


def test_greedy_parse_parses_french_as_the_packaged_parser(french_nlp):
    texts = [FRENCH, "Selon l'Agence France-Presse, des soldats maliens ont quitté Tombouctou mardi.", ""]
    reference = list(french_nlp.pipe(texts, disable=["parser", "ner"]))
    ours = list(french_nlp.pipe(texts, disable=["parser", "ner"]))
    list(french_nlp.get_pipe("parser").pipe(reference, batch_size=8))
    greedy_parse(french_nlp.get_pipe("parser"), ours, 8)
    assert _parsed(ours) == _parsed(reference)
    assert any(token.dep_ == "nsubj" for doc in ours for token in doc)


# --- French (issue 13): the same parse stage over the French model.

FRENCH = (
    "Des hommes armés ont attaqué un poste de l'armée près de Gao dimanche.  Le temps était doux.\n\n"
    "Le président Mohamed Bazoum a condamné l'attaque."
)


@pytest.fixture(scope="module")
def french_nlp():
    from tessera.parse import load_language

    return load_language("fr")


def test_french_sentences_cover_the_text_and_get_the_morphologizer(french_nlp):
    parser = Parser(french_nlp, select=lambda doc: any(t.lower_ in ("attaqué", "condamné") for t in doc))
    parsed = parser.parse(FRENCH)
    assert [s.doc.text for s in parsed.sentences] == [FRENCH[s.start : s.end] for s in parsed.sentences]
    assert [s.deep for s in parsed.sentences] == [True, False, True]
    first = parsed.sentences[0].doc
    verb = next(t for t in first if t.text == "attaqué")
    # Parts of speech and morphology from the morphologizer, the tag copied from them, lemma set.
    assert verb.pos_ == "VERB" and verb.tag_ == "VERB" and verb.lemma_ == "attaquer"
    assert "Part" in verb.morph.get("VerbForm")
    assert {t.dep_ for t in first} >= {"nsubj", "obj"}


def test_french_finite_verbs_tagged_as_adverbs_are_verbs_again(french_nlp):
    """The small model tags "ratissent" (in this sentence) and "poursuivaient" ADV; the parse
    stage tags them VERB with the verb's lemma. Adverbs in "-ment" and "souvent" stay."""
    text = ("Des détachements de l'armée malienne ratissent les lieux. Les militaires poursuivaient "
            "les assaillants. Les patrouilles passent souvent, notamment la nuit.")
    parsed = Parser(french_nlp).parse(text)
    tokens = {t.text: t for s in parsed.sentences for t in s.doc}
    assert (tokens["ratissent"].pos_, tokens["ratissent"].lemma_) == ("VERB", "ratisser")
    assert (tokens["poursuivaient"].pos_, tokens["poursuivaient"].lemma_) == ("VERB", "poursuivre")
    assert tokens["souvent"].pos_ == "ADV" and tokens["notamment"].pos_ == "ADV"


def test_french_sweep_told_by_a_verb_tagged_as_an_adverb_is_a_deployment():
    from tessera.pipeline import extract

    document = extract("Des détachements de l'armée malienne ratissent les lieux à la recherche des assaillants.",
                       published="2024-03-15", language="fr")
    assert [(e.type, e.trigger.text) for e in document.events] == [("MOBILIZE", "ratissent")]


def test_french_person_entities_take_the_shared_label(french_nlp):
    parsed = Parser(french_nlp).parse(FRENCH)
    labels = {(e.text, e.label_) for s in parsed.sentences for e in s.doc.ents}
    assert ("Mohamed Bazoum", "PERSON") in labels
    assert not any(label == "PER" for _, label in labels)


def test_windows_around_numbers_only_for_a_recogniser_that_labels_dates(french_nlp):
    doc = french_nlp.make_doc("ils ont tué 12 soldats")
    assert entity_windows(doc, 1, numeric=False) == [(0, len(doc))]  # no capitals: one window
    doc = french_nlp.make_doc("Selon Reuters, les combats ont repris en 2021 dans la nuit")
    assert entity_windows(doc, 1, numeric=False) == [(0, 3)]  # around "Reuters" only
    assert entity_windows(doc, 1, numeric=True) == [(0, 3), (7, 10)]  # and around the year


def _plain(words: set[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternation + r")\s+capital\b", re.IGNORECASE)


def test_longest_first_alternation_matches_what_the_plain_alternation_matches() -> None:
    words = {"Sudanese", "South Sudanese", "Malian", "Mali", "Guinean", "Bissau-Guinean", "Niger", "Nigerien",
             "Nigerian"}
    trie = re.compile(r"\b(?:" + longest_first_alternation(words) + r")\s+capital\b", re.IGNORECASE)
    text = (
        "Fighting reached the South Sudanese capital on Monday, then the sudanese  capital; the MALIAN capital "
        "and the Mali capital were calm. The Bissau-Guinean capital, the Guinean capitals, the Nigerien capital "
        "and the Nigerian capital, not the Niger capitalised stock nor the Nigerians capital."
    )
    plain = _plain(words)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.group() for m in trie.finditer(text)][:3] == [
        "South Sudanese capital", "sudanese  capital", "MALIAN capital"]


def test_longest_first_alternation_keeps_words_whose_lower_case_is_longer_plain() -> None:
    # "İ" lowercases to two characters: no trie, the escaped words longest first.
    assert longest_first_alternation({"İzmir", "Ankara"}) == "Ankara|İzmir"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a headline with no full stop above the lead: two sentences
        ("Gunmen kill nine in raid on market town\n\nGunmen killed nine traders in Kourou on Monday.",
         ["Gunmen kill nine in raid on market town", "Gunmen killed nine traders in Kourou on Monday."]),
        # a subhead in capitals, then a paragraph; a space before the blank line is trimmed
        ("Troops left the base on Friday.\n\nWHAT COMES NEXT \n\n\"We will return,\" an officer said.",
         ["Troops left the base on Friday.", "WHAT COMES NEXT", "\"We will return,\" an officer said."]),
        # a sentence wrapped across one line break is one sentence
        ("Rebels attacked the town of\nDoro in the north on Sunday.",
         ["Rebels attacked the town of\nDoro in the north on Sunday."]),
        # a headline set right above its lead, one line break between: two sentences
        ("Gunmen kill nine in raid on market town\nGunmen killed nine traders in Kourou on Monday.",
         ["Gunmen kill nine in raid on market town", "Gunmen killed nine traders in Kourou on Monday."]),
        ("Niger : deux soldats tués près de Tillia\nDeux soldats ont été tués lundi près de Tillia.",
         ["Niger : deux soldats tués près de Tillia", "Deux soldats ont été tués lundi près de Tillia."]),
        # a line that ends on a function word or a comma goes on across the break
        ("Gunmen attacked the village and\nKilled nine people, officials said, and\nBurned the market.",
         ["Gunmen attacked the village and\nKilled nine people, officials said, and\nBurned the market."]),
        # a blank line before a line that goes on in lower case is no boundary
        ("Soldiers were deployed to the border region\n\nafter the attack, officials said.",
         ["Soldiers were deployed to the border region\n\nafter the attack, officials said."]),
    ],
)
@pytest.mark.parametrize("deep", [True, False])
def test_a_blank_line_ends_a_sentence_without_a_full_stop(nlp, text, sentences, deep):
    parsed = Parser(nlp, select=lambda doc: deep).parse(text)
    assert [text[s.start : s.end] for s in parsed.sentences] == sentences
    assert [s.doc.text for s in parsed.sentences] == sentences
    assert [s.index for s in parsed.sentences] == list(range(len(sentences)))
    for sentence in parsed.sentences:
        assert sentence.deep == deep
        for token in sentence.doc:
            start, end = sentence.offsets(token)
            assert text[start:end] == token.text


def test_parts_cut_at_a_blank_line_get_the_entities_of_the_whole_sentences_windows(nlp):
    # The recogniser reads the windows of the punctuation sentence whole (the lead is the
    # headline's context, and the headline is analysed when the lead is selected); the
    # tagger and parser read each part on its own.
    text = (
        "Militants ambush convoy near Tessalit\n\n"
        "Militants ambushed a Malian army convoy near Tessalit on Tuesday, the army said."
    )
    parsed = Parser(nlp, select=lambda doc: any(t.lower_ == "ambushed" for t in doc)).parse(text)
    assert len(parsed.sentences) == 2 and all(s.deep for s in parsed.sentences)
    whole = nlp.make_doc(text)
    words = [t.text for t in whole]
    spaces = [bool(t.whitespace_) for t in whole]
    windows = entity_windows(whole, ENTITY_WINDOW_RADIUS)
    docs = [Doc(nlp.vocab, words=words[start:end], spaces=spaces[start:end]) for start, end in windows]
    expected = set()
    for (offset, _), entities in zip(windows, greedy_entities(nlp.get_pipe("ner"), docs, 8), strict=True):
        for start, end, label in entities:
            span = whole[offset + start : offset + end]
            if "\n" not in span.text:
                expected.add((span.start_char, span.end_char, label))
    assert expected
    assert {(*s.offsets(e), e.label_) for s in parsed.sentences for e in s.doc.ents} == expected
    for sentence in parsed.sentences:
        doc = sentence.doc
        assert doc.has_annotation("TAG") and doc.has_annotation("DEP") and doc.has_annotation("LEMMA")
        assert [t.dep_ for t in doc if t.head.i == t.i] == ["ROOT"]


def test_first_letters_lookahead_finds_what_the_bare_pattern_finds() -> None:
    words = ["nuit", "Nord", "entre", "du", *"0123456789"]
    bare = r"\b(?:nuit|nord|entre|du|\d+)\b"
    led = first_letters_lookahead(words, also=r"\s")
    assert led.startswith("(?=[\\s")
    text = "Dans la nuit du 12 au 13, entre Gao et le Nord: 40 morts."
    assert [m.span() for m in re.finditer(led + bare, text, re.IGNORECASE)] == [
        m.span() for m in re.finditer(bare, text, re.IGNORECASE)]
    # an empty word, or one opening on a space, leaves nothing to narrow
    assert first_letters_lookahead(["nuit", ""]) == ""
    assert first_letters_lookahead([" du"]) == ""


TYPEWRITTEN_DASHES = (
    "Rebels shelled the market on Monday. At least 18 people -- and some fear many more -- have been killed.\n"
    "Nine soldiers -- and officials say two civilians -- were killed near Kidal on Sunday, police said.\n"
    "Seven policemen---and perhaps many more---died when gunmen attacked a checkpoint in Gao."
)


def test_typewritten_dashes_parse_as_typeset_dashes_with_offsets_into_the_text(nlp):
    """Wire copy writes a dash as "--" (or "---"): the model reads it as the em dash, so the
    sentence parses and its entities come out as the typeset one, while the tokens keep their
    own text and every offset still slices the article as written."""
    parser = Parser(nlp)
    written = parser.parse(TYPEWRITTEN_DASHES)
    typeset = parser.parse(TYPEWRITTEN_DASHES.replace("---", "\u2014").replace("--", "\u2014"))
    assert len(written.sentences) == len(typeset.sentences) == 4

    def reading(sentence):
        return ([(t.tag_, t.dep_, t.head.i - t.i) for t in sentence.doc],
                [(e.start, e.end, e.label_) for e in sentence.doc.ents])

    for ours, theirs in zip(written.sentences, typeset.sentences, strict=True):
        assert reading(ours) == reading(theirs)
        assert ours.doc.text == TYPEWRITTEN_DASHES[ours.start : ours.end]
        for token in ours.doc:
            start, end = ours.offsets(token)
            assert TYPEWRITTEN_DASHES[start:end] == token.text
    dashes = [t.text for s in written.sentences for t in s.doc if t.text.startswith("--")]
    assert dashes == ["--", "--", "--", "--", "---", "---"]


def test_a_toll_told_around_a_typewritten_aside_is_coded_with_exact_offsets():
    """Without the dashes read as dashes the model made "fear" the sentence's main verb and
    the killing no event."""
    from tessera.pipeline import extract

    text = "Rebels shelled Kidal on Monday. At least 18 people -- and some fear many more -- have been killed."
    document = extract(text, published="2024-03-06", language="en")
    killed = [e for e in document.events if e.trigger.text == "killed"]
    assert [(e.type, e.fatalities) for e in killed] == [("ASSAULT", 18)]
    event = killed[0]
    assert text[event.trigger.start : event.trigger.end] == "killed"
    assert text[event.sentence.start : event.sentence.end] == text[text.index("At least") :]
    for span in (event.recipient, *event.quantities):
        assert text[span.start : span.end] == span.text == "At least 18 people"
    [incident] = document.incidents
    assert (incident.fatalities, incident.location.name) == (18, "Kidal")
    assert text[incident.location.start : incident.location.end] == "Kidal"
    assert text[incident.date.start : incident.date.end] == "Monday"


def test_a_typeset_possessive_before_a_common_noun_is_read_plain_by_the_recogniser(nlp):
    """"Karakalpakstan\u2019s autonomy": the model learnt the plain "'s" and read the name and
    the typeset possessive as one organisation; read plain in the recogniser's windows, the
    name is a place. The parsed tokens keep the article's text and offsets."""
    text = "Thousands marched against plans to curb Karakalpakstan\u2019s autonomy on Friday."
    [sentence] = Parser(nlp).parse(text).sentences
    assert sentence.doc.text == text
    assert ("Karakalpakstan", "GPE") in [(e.text, e.label_) for e in sentence.doc.ents]
    [name] = [e for e in sentence.doc.ents if e.text == "Karakalpakstan"]
    start, end = sentence.offsets(name)
    assert text[start:end] == "Karakalpakstan"


def test_only_a_possessive_between_a_capitalised_word_and_a_lower_case_one_is_read_plain():
    from tessera.parse import _possessives_read_plain

    forms = {"\u2019s": "'s"}
    words = ["Gunmen", "raided", "Mali", "\u2019s", "army", "base"]
    assert _possessives_read_plain(words, forms)
    assert words[3] == "'s"
    # A capitalised word after it: the possessive may be inside a name ("Pandora's Box",
    # "the Sheriff's Department"); after a common word it is no name's end.
    for kept in (["the", "Sheriff", "\u2019s", "Department"], ["Pandora", "\u2019s", "Box"],
                 ["the", "village", "\u2019s", "well"], ["Mali", "\u2019s"]):
        assert not _possessives_read_plain(list(kept), forms)


def test_encoder_maxout_predicts_the_floats_of_thincs_maxout(nlp, french_nlp):
    """The prediction forward of the encoders' maxout layers gives thinc's floats bit for bit,
    the NaN and signed-zero cases (where it falls back to thinc's rules) too."""
    import numpy
    from thinc.layers.maxout import forward as thinc_maxout

    from tessera.parse import _maxout_forward

    layers = [layer for model in (nlp, french_nlp) for _, component in model.pipeline
              if getattr(component, "model", None) is not None
              for layer in component.model.walk() if layer.name == "maxout"]
    assert layers and all(layer._func is _maxout_forward for layer in layers)
    rng = numpy.random.default_rng(0)
    for layer in layers[:3]:
        rows = rng.standard_normal((50, layer.get_dim("nI"))).astype("f")
        expected, _ = thinc_maxout(layer, rows, False)
        got = layer.predict(rows)
        assert got.dtype == expected.dtype and got.shape == expected.shape and got.flags.c_contiguous
        assert numpy.array_equal(got.view("u4"), expected.view("u4"))
        assert layer.predict(rows[:0]).shape == (0, layer.get_dim("nO"))
    # Pieces that tie at 0.0 and -0.0, or hold a NaN: thinc keeps the first piece, skips a later NaN.
    layer = layers[0]
    n_out, pieces = layer.get_dim("nO"), layer.get_dim("nP")
    saved = layer.get_param("W").copy(), layer.get_param("b").copy()
    try:
        layer.set_param("W", numpy.zeros_like(saved[0]))
        bias = numpy.full((n_out, pieces), -1.0, dtype="f")
        bias[0, :2] = [-0.0, 0.0]
        bias[1, :2] = [0.0, -0.0]
        bias[2, 1] = numpy.nan
        bias[3, 0] = numpy.nan
        layer.set_param("b", bias)
        rows = numpy.zeros((2, layer.get_dim("nI")), dtype="f")
        expected, _ = thinc_maxout(layer, rows, False)
        assert numpy.array_equal(layer.predict(rows).view("u4"), expected.view("u4"))
    finally:
        layer.set_param("W", saved[0])
        layer.set_param("b", saved[1])
