"""Tessera's packaged data, and the one way to read the data that is per language.

Layout:

    tessera/data/<name>.yaml, .tsv ...   language-neutral knowledge (codes, points,
                                         names of places and organisations, settings)
    tessera/data/<language>/<name>.yaml  the words of one language (ISO 639-1 code):
        en/triggers.yaml      trigger lexicon, casualty and mode words (extraction.events),
                              and the words a toll is counted with (extraction.fatalities)
        en/temporal.yaml      month, weekday and relative-date words (extraction.dates)
        en/date_grammar.yaml  the English date rules: patterns, resolvers, context cues and
                              the words they count with (extraction.dates)
        en/number_words.yaml  number words, approximators, unit modifiers and the words that
                              make a number a date (extraction.quantities)
        en/actors.yaml        the words actor phrases are read with: sector nouns, titles,
                              role heads ... (resolve.actors; names stay in actors.yaml),
                              and the prepositions, pronouns and nouns roles are read with
                              (extraction.events.roles)
        en/gazetteer.yaml     English spellings and abbreviations of divisions
                              (resolve.gazetteer; points and codes stay in gazetteer.yaml)
        en/places.yaml        words around place names (extraction.places)
        en/modes.yaml         how far a mode reaches: hedging participles (extraction.modes)

A second language gets its own folder with the same file names (`fr/` for French,
issue 13) and is read with `load(name, language="fr")`; nothing else changes.
`pyproject.toml` packages `data/**/*`, so a new folder ships without a change there.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import re
from pathlib import Path
from typing import Any, TypeVar

import yaml

_Words = TypeVar("_Words")

DATA_DIR = Path(__file__).resolve().parent
# An ISO 639-1 code (two letters) or ISO 639-2/3 (three), lower case.
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class UnknownLanguageError(ValueError):
    """A language code that is malformed or has no data folder."""


def languages() -> tuple[str, ...]:
    """The languages that have a data folder (`tessera/data/<code>/`), sorted."""
    return tuple(sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir() and _LANGUAGE_CODE.match(p.name)))


def path(name: str, language: str = "en", suffix: str = ".yaml") -> Path:
    """The file of per-language data `name` for `language` (checked, not read).

    Raises `UnknownLanguageError` for a malformed code or one without a data folder,
    and `FileNotFoundError` naming the file when the language lacks that file.
    """
    if not isinstance(language, str) or not _LANGUAGE_CODE.match(language):
        raise UnknownLanguageError(f"language must be a lower-case ISO 639 code such as 'en', not {language!r}")
    if not _NAME.match(name):
        raise ValueError(f"data name must be a plain file name such as 'triggers', not {name!r}")
    folder = DATA_DIR / language
    if not folder.is_dir():
        raise UnknownLanguageError(f"no data for language {language!r}; available: {', '.join(languages())}")
    file = folder / f"{name}{suffix}"
    if not file.is_file():
        raise FileNotFoundError(f"tessera/data/{language}/{name}{suffix} does not exist")
    return file


def load(name: str, language: str = "en") -> Any:
    """The parsed YAML of per-language data `name` (`tessera/data/<language>/<name>.yaml`).

    Read once per (name, language) and cached; each call returns its own copy, so a
    caller may change what it gets.
    """
    return copy.deepcopy(_load(name, language))


def layered(name: str, language: str = "en") -> dict[str, Any]:
    """`data/<name>.yaml` (English words, shared numbers) with the keys the language's own
    `data/<language>/<name>.yaml` names replacing those; a language without that file reads
    the shared one alone. A fresh dict each call."""
    raw = dict(_load_shared(name) or {})
    if language != "en":
        try:
            raw.update(load(name, language) or {})
        except (FileNotFoundError, UnknownLanguageError):
            pass  # a language without its own words reads the shared ones
    return copy.deepcopy(raw)


@functools.lru_cache(maxsize=16)
def _load_shared(name: str) -> Any:
    if not _NAME.match(name):
        raise ValueError(f"data name must be a plain file name such as 'assemble', not {name!r}")
    return yaml.safe_load((DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=64)
def _load(name: str, language: str) -> Any:
    file = path(name, language)
    return yaml.safe_load(file.read_text(encoding="utf-8"))


__all__ = ["DATA_DIR", "UnknownLanguageError", "languages", "layered", "load", "path"]


def word_set(data: Any, key: str, where: str) -> frozenset[str]:
    """The list of words `data[key]` as a lower-cased set, checked: a non-empty list of
    strings. `where` names the file in the error. YAML 1.1 reads unquoted on/off/yes/no
    as booleans, so such a word must be quoted."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list) or not value or not all(isinstance(word, str) for word in value):
        raise ValueError(f"{where}: {key} must be a non-empty list of words (quote 'on', 'no', 'yes', '&')")
    return frozenset(word.lower() for word in value)


def word_fields(cls: type[_Words], name: str, language: str) -> _Words:
    """A dataclass of word sets (`cls`, every field a `frozenset[str]`) filled from the
    language's data file `name`: each field the checked list of the same key (`word_set`)."""
    data = load(name, language)
    where = f"{language}/{name}.yaml"
    return cls(**{field.name: word_set(data, field.name, where) for field in dataclasses.fields(cls)})  # type: ignore[arg-type]


def language_words(name: str, language: str, key: str) -> frozenset[str]:
    """The words of `language`'s data file `name` under `key`, case-folded; none where the
    language has no such file or key (a stage that reads them then does without)."""
    try:
        data = load(name, language)
    except (UnknownLanguageError, FileNotFoundError):
        return frozenset()
    value = data.get(key) if isinstance(data, dict) else None
    return frozenset(str(word).casefold() for word in value or ())
