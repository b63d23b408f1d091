"""tessera.data: per-language data read through one function, validated and cached."""

from __future__ import annotations

import pytest

from tessera import data
from tessera.data import UnknownLanguageError, load, path

PER_LANGUAGE = ("triggers", "temporal", "number_words", "actors", "gazetteer")


@pytest.mark.parametrize("name", PER_LANGUAGE)
def test_english_data_is_in_its_language_folder(name: str) -> None:
    assert path(name, "en") == data.DATA_DIR / "en" / f"{name}.yaml"
    assert isinstance(load(name, "en"), dict)
    # Per-language data no longer sits beside the shared knowledge.
    assert not (data.DATA_DIR / f"{name}.yaml").exists() or name in ("actors", "gazetteer")


def test_language_codes_are_validated() -> None:
    for bad in ("EN", "english", "e", "../en", "", None):
        with pytest.raises(UnknownLanguageError):
            load("triggers", bad)  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError, match="available: .*en"):
        load("triggers", "xx")
    with pytest.raises(ValueError):
        load("../actors", "en")
    with pytest.raises(FileNotFoundError, match="tessera/data/en/nothing.yaml"):
        load("nothing", "en")


def test_loads_are_cached_and_each_caller_gets_its_own_copy() -> None:
    first = load("number_words", "en")
    first["units"]["one"] = 99
    assert load("number_words", "en")["units"]["one"] == 1
    assert "en" in data.languages()


def test_shared_and_english_sections_do_not_overlap() -> None:
    import yaml

    for name in ("actors", "gazetteer"):
        shared = yaml.safe_load((data.DATA_DIR / f"{name}.yaml").read_text("utf-8"))
        assert not set(shared) & set(load(name, "en")), name


def test_the_stages_read_english_through_the_loader() -> None:
    from tessera.extraction.dates import calendar
    from tessera.extraction.events import TriggerLexicon
    from tessera.extraction.quantities import number_words
    from tessera.resolve.actors import ActorKnowledgeBase

    assert TriggerLexicon.default() is TriggerLexicon.default("en")
    assert number_words("en").units["twelve"] == 12
    assert calendar("en").months["march"] == 3
    kb = ActorKnowledgeBase.default("en")
    assert kb.sector_of_noun("soldier") == "MIL"
    with pytest.raises(UnknownLanguageError):
        TriggerLexicon.default("zz")


def test_word_set_reads_a_checked_lower_cased_list() -> None:
    assert data.word_set({"nouns": ["Rifle", "gun"]}, "nouns", "en/x.yaml") == frozenset({"rifle", "gun"})
    # An unquoted YAML 'on' is read as True: refused, with the file named.
    with pytest.raises(ValueError, match="en/x.yaml: preps"):
        data.word_set({"preps": ["at", True]}, "preps", "en/x.yaml")
    for bad in ({}, {"preps": []}, {"preps": "at"}):
        with pytest.raises(ValueError):
            data.word_set(bad, "preps", "en/x.yaml")


def test_language_words_are_case_folded_and_empty_where_the_language_has_none() -> None:
    verbs = data.language_words("triggers", "en", "reporting_verbs")
    assert "say" in verbs and all(word == word.casefold() for word in verbs)
    assert data.language_words("triggers", "en", "no_such_key") == frozenset()
    assert data.language_words("no_such_file", "en", "reporting_verbs") == frozenset()



def _booleans_in_lists(value: object, where: str) -> list[str]:
    """Places where a list (of words) holds a boolean; flags (`weak: true`) are meant."""
    if isinstance(value, dict):
        return [hit for key, item in value.items() for hit in _booleans_in_lists(item, f"{where}.{key}")]
    if isinstance(value, list):
        return [
            hit
            for i, item in enumerate(value)
            for hit in ([f"{where}[{i}]"] if isinstance(item, bool) else _booleans_in_lists(item, f"{where}[{i}]"))
        ]
    return []


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_word_in_the_language_data_was_read_as_a_boolean(language: str) -> None:
    """YAML 1.1 reads unquoted on/off/yes/no as booleans: a word list holding one has lost a
    word ("on" must be quoted). No list in a language file holds a boolean."""
    hits = []
    for file in sorted((data.DATA_DIR / language).glob("*.yaml")):
        hits += _booleans_in_lists(load(file.stem, language), file.name)
    assert hits == []


def test_layered_data_lets_a_language_replace_the_shared_keys() -> None:
    shared = data.layered("assemble", "en")
    french = data.layered("assemble", "fr")
    own = load("assemble", "fr")
    # the French file's keys win, the keys it does not name stay the shared ones
    assert all(french[key] == value for key, value in own.items())
    assert all(french[key] == shared[key] for key in shared if key not in own)
    # each caller gets its own copy
    french["destination_words"] = ["changed"]
    assert data.layered("assemble", "fr")["destination_words"] != ["changed"]
