from tessera.language import detect_language


def test_english_news_is_english():
    assert detect_language("Gunmen killed sixteen soldiers in an attack on a post in the west of the country.") == "en"


def test_french_news_is_french():
    text = ("Des hommes armés ont attaqué un poste de l'armée dans la région de Tillabéri, "
            "tuant seize soldats selon le ministère de la Défense.")
    assert detect_language(text) == "fr"


def test_text_without_words_is_undetermined():
    assert detect_language(" 12 345 -- ") == "und"


def test_detection_is_deterministic():
    text = "Les manifestants se sont rassemblés devant l'ambassade pour réclamer le départ des troupes."
    assert len({detect_language(text) for _ in range(5)}) == 1
