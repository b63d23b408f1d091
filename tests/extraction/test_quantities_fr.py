"""French quantities: numerals, number words (text2num), collective numerals, ranges."""

from tessera.extraction.quantities_fr import extract_quantities_fr, parse_number_fr
from tessera.parse import ParsedArticle


def _quantities(text):
    return [(q.value, q.unit, q.approximate, q.max) for q in extract_quantities_fr(ParsedArticle(text))]


def test_number_words_and_numerals_with_their_units():
    text = "Onze soldats et vingt-trois civils ont péri ; 1 200 habitants ont fui."
    assert _quantities(text) == [(11, "soldats", False, None), (23, "civils", False, None),
                                 (1200, "habitants", False, None)]


def test_approximate_counts():
    assert _quantities("au moins 12 morts") == [(12, "morts", True, None)]
    assert _quantities("une vingtaine de blessés") == [(20, "blessés", True, None)]
    assert _quantities("plusieurs dizaines de personnes")[0][0] >= 20


def test_ranges_keep_their_upper_bound():
    assert _quantities("entre 5 et 7 véhicules") == [(5, "véhicules", False, 7)]


def test_dates_times_and_years_are_not_counts():
    assert _quantities("Le 28 septembre 2023 vers 14 heures, en 2021.") == []


def test_parse_number_reads_french_notation():
    assert parse_number_fr("1,5") == 1.5
    assert parse_number_fr("deux cent cinquante") == 250
    assert parse_number_fr("avion") is None


def test_a_number_word_is_a_whole_word():
    # Not the start of a longer word: a country's name, an ordinal, a month.
    assert _quantities("Les habitants de Centrafrique ont fui.") == []
    assert _quantities("La deuxième attaque a eu lieu en septembre.") == []
    assert _quantities("Sept villageois ont fui.") == [(7, "villageois", False, None)]


def test_a_scale_word_after_digits_multiplies_and_the_noun_after_de_is_counted():
    assert _quantities("Les violences ont fait 2,6 millions de déplacés.") == [(2_600_000, "déplacés", False, None)]
    assert _quantities("plus de 3 millions de personnes")[0][:2] == (3_000_000, "personnes")


def test_distances_sums_and_weights_are_not_counts():
    # A number of kilometres, francs or tonnes counts no one: no toll takes it in.
    assert _quantities("Le village se trouve à 250 km de la capitale, à une quinzaine de kilomètres du fleuve.") == []
    assert _quantities("Une rançon de 800 000 francs CFA et 2,5 millions d'euros ; 40 tonnes de vivres.") == []
    assert _quantities("Trois gendarmes tués à 45 kilomètres de Kaya.") == [(3, "gendarmes", False, None)]


def _parsed_quantities(text):
    from tessera.parse import Parser, load_language

    parsed = Parser(load_language("fr"), select=lambda doc: False).parse(text)
    return [(q.text, q.start, q.end, q.value, q.unit) for q in extract_quantities_fr(parsed)]


def test_a_figure_and_its_noun_never_run_across_a_line_that_ends_a_header():
    # A dated header line over the lead: "03" does not take "Trois" as its noun, and the
    # lead's figure keeps its offsets in the whole text.
    text = "Mis à jour à 18h40 le 21/03\nTrois bergers ont été tués près du puits de Tadek."
    start = text.index("Trois")
    found = _parsed_quantities(text)
    assert found[-1] == ("Trois bergers", start, start + len("Trois bergers"), 3, "bergers")
    assert all(q[2] <= text.index("\n") for q in found[:-1])
    # A headline with no full stop over its lead, the figure ending the headline.
    text = "Attaque contre un convoi : les morts passent à 14\nQuatre blessés ont été évacués vers Gao."
    start = text.index("Quatre")
    assert _parsed_quantities(text)[-1] == ("Quatre blessés", start, start + len("Quatre blessés"), 4, "blessés")
    assert _parsed_quantities(text)[0][3:] == (14, None)
    # Without the sentence split (a text read whole), the header's figure took the noun.
    assert (3, "trois") in [(q.value, q.unit) for q in extract_quantities_fr(ParsedArticle(
        "Mis à jour le 21/03\nTrois bergers ont été tués."))]


def test_a_figure_wrapped_across_a_line_inside_a_sentence_keeps_its_noun():
    text = "Les assaillants ont tué onze\nvillageois avant de fuir."
    assert [q[3:] for q in _parsed_quantities(text)] == [(11, "villageois")]


def test_a_year_before_a_count_leaves_the_count_whole():
    # The year takes the next word for its unit and is skipped; the count after it is read.
    assert _quantities("En 2021 trois bergers ont disparu près du puits.") == [(3, "bergers", False, None)]
    assert _quantities("Depuis 2015 une rébellion agite la région.") == []
    assert _quantities("Plus de 2000 déplacés ont fui la ville.") == [(2000, "déplacés", True, None)]


def test_a_noun_in_quotation_marks_is_still_the_counted_noun():
    assert [q[:2] for q in _quantities("Les soldats ont abattu trois « bandits » près du fleuve.")] == [(3, "bandits")]
    assert [q[:2] for q in _quantities('La garde a arrêté cinq "rebelles" au marché.')] == [(5, "rebelles")]
