"""Actors in French articles: the knowledge base with its French names, and a phrase -> `Actor`.

`french_knowledge_base()` is the shared actor knowledge base (`data/actors.yaml`) with
the French additions of `data/fr/actors.yaml` merged in: French country names and
demonyms ("Tchad", "malienne"), French names and acronyms of the same actors ("GSIM"
is JNIM, "EIGS" the Islamic State Sahel Province, "CEDEAO" ECOWAS, "groupe Wagner"),
and the French role words ("soldats" MIL, "djihadistes" REB, "hommes armés" UAF).
The merged actors keep their one canonical name, so an English and a French report of
one attack name the same actor.

`actor_from_token_fr(sentence, token, kb)` reads the noun phrase a head token (a
subject, object or agent of a trigger, from the French UD parse) stands for: its text
and offsets, the knowledge-base name inside it, its country (the name's, a demonym
adjective "armée nigérienne", or a "du Mali" complement) and its sector (the name's,
the head noun's, or a modifier's: "hommes armés non identifiés" UAF, "terroristes
présumés" REB; a phrase the parse heads with its adjective, "l'armée malienne" with
"malienne" as head, takes its noun's). A name may be one word in lower case when it
is hyphenated or holds a capital ("miliciens anti-balaka", "les ex-Séléka"), and an
acronym in apposition to any word of the phrase names it ("des éléments du groupe ...
(3R)").
"""

from __future__ import annotations

import bisect
import copy
import functools
from typing import Any

import yaml
from spacy.tokens import Token

from tessera.data import load as load_data
from tessera.parse import ParsedSentence
from tessera.records import Actor
from tessera.resolve.actors import DATA_FILE as ACTORS_FILE
from tessera.resolve.actors import ActorKnowledgeBase, fold

# Dependents that end a noun phrase: a relative clause, a coordinated phrase, punctuation.
_CUT_DEPS = frozenset({"acl:relcl", "conj", "cc", "punct", "appos", "parataxis", "dep", "case"})
_MAX_NAME_TOKENS = 12  # "Communauté économique des États de l’ Afrique de l’ Ouest" is 10


def merged_actor_data(english: dict[str, Any], french: dict[str, Any]) -> dict[str, Any]:
    """The shared actor data with the French additions merged in (see the module docstring)."""
    data = copy.deepcopy(english)
    countries = data.setdefault("countries", {})
    for code, entry in (french.get("countries") or {}).items():
        target = countries.setdefault(code, {"names": list(entry.get("names") or []), "demonyms": [], "capitals": []})
        for key in ("names", "demonyms", "capitals"):
            known = {w.casefold() for w in target.get(key) or []}
            target[key] = [*(target.get(key) or []), *(w for w in entry.get(key) or [] if w.casefold() not in known)]
    aliases = french.get("aliases") or {}
    found = set()
    for section in ("organisations", "groups", "people"):
        for entry in data.get(section) or []:
            extra = aliases.get(entry["name"])
            if extra:
                entry["aliases"] = [*(entry.get("aliases") or []), *extra]
                found.add(entry["name"])
    missing = set(aliases) - found
    if missing:
        raise ValueError(f"fr/actors.yaml: aliases for unknown actors {sorted(missing)}")
    for section in ("organisations", "groups", "people"):
        data[section] = [*(data.get(section) or []), *(french.get(section) or [])]
    # Role words: a French word replaces an English one spelt the same ("militant" is an
    # activist in French, a fighter in English) only in this merged copy.
    french_nouns = {w.casefold(): sector for sector, words in (french.get("sector_nouns") or {}).items() for w in words}
    sector_nouns = {sector: [w for w in words if w.casefold() not in french_nouns]
                    for sector, words in (data.get("sector_nouns") or {}).items()}
    for sector, words in (french.get("sector_nouns") or {}).items():
        sector_nouns.setdefault(sector, []).extend(words)
    data["sector_nouns"] = sector_nouns
    for key in ("role_heads", "unidentified_armed_modifiers", "collective_nouns", "function_words", "foreign_roles",
                "border_nouns"):
        data[key] = [*(data.get(key) or []), *(french.get(key) or [])]
    for sector, words in (french.get("non_state_modifiers") or {}).items():
        data.setdefault("non_state_modifiers", {}).setdefault(sector, []).extend(words)
    # The event types addressed to the state of their place are the French reports' own.
    for key in ("place_recipient_types", "foreign_place_recipient_types", "place_target_types",
                "place_author_types", "place_addressee_types", "state_acts", "arm_acts"):
        if key in french:
            data[key] = french[key]
        elif key in ("place_author_types", "place_addressee_types"):
            # English reports' convention, not measured on French: none unless French names some.
            data.pop(key, None)
    return data


@functools.lru_cache(maxsize=1)
def french_knowledge_base() -> ActorKnowledgeBase:
    english = yaml.safe_load(ACTORS_FILE.read_text("utf-8"))
    french = load_data("actors", "fr")
    return ActorKnowledgeBase.from_data(merged_actor_data(english, french))


@functools.lru_cache(maxsize=1)
def transnational_groups() -> frozenset[str]:
    """Knowledge-base names of groups that fight in several countries (fr/actors.yaml
    `transnational`): their country is the one the phrase itself states, else none."""
    french = load_data("actors", "fr")
    return frozenset(str(name) for name in french.get("transnational") or ())


@functools.lru_cache(maxsize=1)
def facility_nouns() -> frozenset[str]:
    """Places and units that are of those their "de" complement names (fr/actors.yaml)."""
    return frozenset(str(w).casefold() for w in load_data("actors", "fr").get("facility_nouns") or ())


@functools.lru_cache(maxsize=1)
def _phrase_determiners() -> frozenset[str]:
    """Determiners trimmed from the start of a phrase (fr/actors.yaml `phrase_determiners`)."""
    return frozenset(str(w).casefold() for w in load_data("actors", "fr").get("phrase_determiners") or ())


@functools.lru_cache(maxsize=1)
def count_nouns() -> frozenset[str]:
    """Nouns that count what their "de" complement names, read by lemma (fr/actors.yaml
    `count_nouns`; its comment tells how they differ from `collective_nouns`)."""
    return frozenset(str(w).casefold() for w in load_data("actors", "fr").get("count_nouns") or ())


def _phrase(token: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `token`, without relative clauses and conjuncts."""
    tokens = [token]
    for child in token.children:
        if child.dep_ in _CUT_DEPS:
            continue
        if child.dep_ == "acl" and (sum(1 for _ in child.subtree) > 4 or (
                child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ",")):
            named = _named_clause(child) if child.left_edge == child and child.doc[child.i - 1] in tokens else []
            if named:  # "la coalition dirigée par l'Arabie saoudite dans la nuit"
                tokens.extend(named)
            elif child.i == token.i + 1 and child.left_edge == child:
                # "des hommes armés dans l'État de Zamfara": the parse hung the place on the
                # participle; the participle itself still says who they are
                tokens.append(child)
            continue  # "hommes armés" yes; a participle clause ("..., tuant douze civils") no
        tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    # The phrase is contiguous from its first to the head's side; trim leading determiners.
    determiners = _phrase_determiners()
    while tokens and tokens[0].lower_ in determiners and tokens[0] != token:
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


def _named_clause(clause: Token) -> list[Token]:
    """The words of a participle clause up to its agent, a name the knowledge base knows, where they
    are at most four with the name counted as one ("dirigée par l'Arabie saoudite" is as
    short as "dirigée par Riyadh", also when the parse hangs more on the name: "... dans la
    nuit"); else none. The parse's tokens of a name ("Arabie" + "saoudite", "Royaume" + "-"
    + "Uni") say nothing of how long the clause is."""
    words = list(clause.subtree)
    if len(words) > 4 + _MAX_NAME_TOKENS:
        words = words[:4 + _MAX_NAME_TOKENS]
    found = _kb_match(words, french_knowledge_base())
    if found is None or found[2] - found[1] < 2 or found[1] > 3 or not any(
            t.head == clause and any(c.dep_ == "case" and c.lower_ == "par" for c in t.children)
            for t in words[found[1]:found[2]]):
        return []  # only the clause's agent says whose the phrase is ("un pays accusé comme le Mali" no)
    return words[:found[2]]


_NAME_BACK = 3  # how far a name may begin before the phrase's word ("Royaume - Uni": "Uni" the parse's conjunct)
_NAME_ON = 4  # and end after it ("Guinée" + "équatoriale", "Émirats" + "arabes unis")


# `Doc.user_data` key of a doc's sentence starts (`_sentence_bounds`).
_SENT_STARTS = "tessera.fr_sent_starts"


def _sentence_bounds(sentence: ParsedSentence, token: Token) -> tuple[int, int]:
    """`token.sent.start, token.sent.end`, read through the sentence starts of the token's doc,
    found once per doc from the sentence's own tokens (`ParsedSentence.tokens`) and kept on the
    doc (`Doc.user_data`, as `events_fr.lexicon._per_token` keeps its readings): `Token.sent`
    walks the doc's tokens and builds two spans on every call. The same bounds: from the last
    token at or before `token` that opens a sentence (else the doc's first) to the next one
    that opens a sentence (else the doc's end)."""
    doc = token.doc
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        if doc is not sentence.doc or not doc.has_annotation("SENT_START"):
            sent = token.sent  # spaCy's own answer (its error for a doc with no sentence starts)
            return sent.start, sent.end
        starts = doc.user_data[_SENT_STARTS] = tuple(t.i for t in sentence.tokens if t.is_sent_start)
    at = bisect.bisect_right(starts, token.i)
    return (starts[at - 1] if at else 0), (starts[at] if at < len(starts) else len(doc))


def _breaks_name(token: Token) -> bool:
    """Punctuation no name runs across: any but a hyphen or an apostrophe ("Royaume-Uni",
    "Côte d'Ivoire")."""
    return token.is_punct and token.text not in ("-", "'", "\u2019")


def _across_split(sentence: ParsedSentence, tokens: list[Token], match: tuple[Any, int, int] | None,
                  kb: ActorKnowledgeBase) -> tuple[list[Token], tuple[Any, int, int]] | None:
    """A name the knowledge base knows that the parse split: read on the words of the text
    around the phrase's name (or, with none, around its capitalised words), longer than the
    phrase's own match and running past the phrase ("Guinée" is Guinea in "la Guinée
    équatoriale" only when the parse hangs "équatoriale" elsewhere; "le Royaume-Uni" with
    "Uni" a conjunct of "Royaume"; "l'Arabie saoudite" with "saoudite" read as a verb).
    The phrase grown by the name and its match, or None."""
    doc = tokens[0].doc
    inside = {t.i for t in tokens}
    if match is not None:
        anchors = [(tokens[match[1]].i, tokens[match[2] - 1].i)]
    else:
        anchors = [(t.i, t.i) for t in tokens if t.text[:1].isupper() and t.is_alpha]
    sent_start, sent_end = _sentence_bounds(sentence, tokens[0])
    best: tuple[int, int, Any] | None = None
    for first, last in anchors[:3]:
        if (first - 1 in inside or first == sent_start) and (last + 1 in inside or last + 1 >= sent_end):
            continue  # the phrase itself holds both neighbours: nothing split
        for start in range(max(sent_start, first - _NAME_BACK), first + 1):
            if any(_breaks_name(doc[k]) for k in range(start, first)):
                continue
            if not _may_name_token(doc[start], kb):
                continue  # no name starts at this word, however far it runs
            for end in range(min(sent_end, last + 1 + _NAME_ON), last, -1):
                if best is not None and end - start <= best[1] - best[0]:
                    break
                if (start == first and end == last + 1) or all(k in inside for k in range(start, end)):
                    break
                if any(_breaks_name(doc[k]) for k in range(last + 1, end)):
                    continue
                info = _kb_lookup(list(doc[start:end]), kb)
                if info is not None:
                    best = (start, end, info)
                    break
    if best is None:
        return None
    start, end, info = best
    grown = sorted({*tokens, *doc[start:end]}, key=lambda t: t.i)
    at = next(k for k, t in enumerate(grown) if t.i == start)
    return grown, (info, at, at + end - start)


def _name_run(tokens: list[Token]) -> list[Token]:
    """The phrase's tokens grown by the capitalised words right next to its capitalised
    edges (not the text's first word), or `tokens` itself where there are none."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    before: list[Token] = []
    at = first.i - 1
    while first.text[:1].isupper() and at > 0 and doc[at].text[:1].isupper() and doc[at].is_alpha:
        before.insert(0, doc[at])
        at -= 1
    after: list[Token] = []
    at = last.i + 1
    while last.text[:1].isupper() and at < len(doc) and doc[at].text[:1].isupper() and doc[at].is_alpha:
        after.append(doc[at])
        at += 1
    return before + tokens + after if before or after else tokens


def _kb_match(tokens: list[Token], kb: ActorKnowledgeBase, head: Token | None = None) -> tuple[Any, int, int] | None:
    """The longest run of tokens the knowledge base knows (a name inside the phrase); with
    `head`, a name that holds the head first ("la Cédéao ... au Burkina" is ECOWAS)."""
    if head is not None and head in tokens:
        at = tokens.index(head)
        found = _kb_match(tokens, kb)
        if found is None or found[1] <= at < found[2]:
            return found
        runs = [(s, e) for s in range(at + 1) for e in range(at + 1, min(len(tokens), s + _MAX_NAME_TOKENS) + 1)]
        for start, end in sorted(runs, key=lambda r: r[0] - r[1]):
            info = _kb_lookup(tokens[start:end], kb)
            if info is not None:
                return info, start, end
        return found
    best = None
    words = [t.text for t in tokens]
    for start in range(len(tokens)):
        for end in range(min(len(tokens), start + _MAX_NAME_TOKENS), start, -1):
            if best is not None and end - start <= best[2] - best[1]:
                break
            if tokens[end - 1].is_space or tokens[start].is_space:
                continue
            if end - start == 1 and not _may_name_token(tokens[start], kb):
                continue
            surface = _joined(words[start:end])
            info = kb.lookup(surface)
            if info is not None:
                best = (info, start, end)
                break
    return best


def _joined(words: list[str]) -> str:
    """Words as written: no space after an elided article ("l'Afrique", "l\u2019Ouest")."""
    return " ".join(words).replace(" '", "'").replace("' ", "'").replace("\u2019 ", "\u2019")


def _members(token: Token) -> list[Token]:
    """The members a phrase names with "dont" ("une quinzaine de puissances occidentales,
    dont la France"): the name of the first one, whose country the group's is then."""
    for child in token.children:
        if child.dep_ in ("acl:relcl", "nmod", "appos") and any(c.lower_ == "dont" for c in child.children):
            return [t for t in child.subtree if t.lower_ != "dont"]
    return []


def _kb_lookup(tokens: list[Token], kb: ActorKnowledgeBase) -> Any:
    if not tokens or tokens[0].is_space or tokens[-1].is_space:
        return None
    if len(tokens) == 1 and not _may_name_token(tokens[0], kb):
        return None
    return kb.lookup(_joined([t.text for t in tokens]))


# Parts of speech of function words: a determiner, preposition, pronoun, conjunction.
_FUNCTION_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX"})


def _may_name_token(token: Token, kb: ActorKnowledgeBase) -> bool:
    """`_may_name` of a token; a word spelled as a short function word that the parser reads
    as one is no name even in capitals ("ATTAQUE CONTRE UN CAMP" in a headline: the article
    "un", not the UN's acronym, which French writes "ONU")."""
    if token.pos_ in _FUNCTION_POS and fold(token.text) in kb.function_words:
        return False
    return _may_name(token.text)


def _may_name(word: str) -> bool:
    """A single word that may be a name: capitalised, or with a capital or a hyphen inside
    ("ex-Séléka", "anti-balaka"), or a name the French data itself writes in lower case
    ("les shebab", "des antibalaka"); not a common word written in lower case ("police")."""
    return (word[:1].isupper() or any(c.isupper() for c in word) or "-" in word.strip("-")
            or word in lowercase_names())


@functools.lru_cache(maxsize=1)
def lowercase_names() -> frozenset[str]:
    """One-word names and aliases fr/actors.yaml writes wholly in lower case ("shebab",
    "antibalaka"): French news writes them so, and they are names there too."""
    french = load_data("actors", "fr")
    names: list[Any] = [n for extra in (french.get("aliases") or {}).values() for n in extra or ()]
    for section in ("organisations", "groups", "people"):
        for entry in french.get(section) or ():
            names.extend([entry.get("name"), *(entry.get("aliases") or ())])
    return frozenset(str(n) for n in names if n and " " not in str(n) and str(n) == str(n).lower()
                     and str(n).isalpha())


def _sector_of(tokens: list[Token], head: Token, kb: ActorKnowledgeBase) -> str | None:
    lower = [t.lower_ for t in tokens]
    head_at = tokens.index(head) if head in tokens else 0
    # Two-word role phrases first ("hommes armés", "groupe armé", "forces de l'ordre").
    for span in (lower[head_at:head_at + 2], lower[head_at:head_at + 4]):
        sector = kb.sector_of_noun(" ".join(span).replace("' ", "'").replace(" '", "'"))
        if sector is not None and len(span) > 1:
            return sector
    head_sector = kb.sector_of_noun(head.lower_) or kb.sector_of_noun(head.lemma_.casefold())
    joined = " ".join(lower)
    for modifier in (t for t in tokens if t != head):
        sector = kb.sector_of_modifier(modifier.text)
        if sector == "UAF" and head_sector in (None, "UAF") or sector not in (None, "UAF"):
            return sector
    if "non identifié" in joined and head_sector in (None, "UAF"):
        return "UAF"
    return head_sector


def _this_side(tokens: list[Token], head: Token, kb: ActorKnowledgeBase) -> list[Token]:
    """The phrase without what lies across a border it names ("un village frontalier du Mali",
    "près de la frontière avec l'Ouganda"; fr/actors.yaml `border_nouns`): the country there
    is the neighbour's, not the side's, as in English (`extraction.actors._qualifies_other`)."""
    def border(word: Token) -> bool:
        return kb.is_border_noun(word.lemma_) or kb.is_border_noun(word.lower_)

    across: set[int] = set()
    for token in tokens:
        if token == head or token.i in across or token.dep_ not in ("nmod", "amod", "obl", "obl:arg"):
            continue
        # the border word governs it, or (as the parse may hang it on the side's noun) its
        # complement comes right after the border word: "la frontière | avec le Mali"
        before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
        if (token.head != token and token.head in tokens and border(token.head)) or (
                before is not None and before in tokens and border(before)):
            across.update(t.i for t in token.subtree)
    return [t for t in tokens if t.i not in across] if across else tokens


def _placed_by(tokens: list[Token], head: Token) -> bool:
    """Whether the tokens lie in a participle clause of the phrase ("basés au Niger",
    "stationnés au Mali"), below the head."""
    for token in tokens:
        at = token
        while at != head and at.head != at:
            if at.dep_ == "acl" and at.pos_ == "VERB":
                break
            at = at.head
        else:
            return False
        if at == head:
            return False
    return bool(tokens)


def _country_of(tokens: list[Token], kb: ActorKnowledgeBase) -> str | None:
    for token in tokens:
        code = kb.country_of_demonym(token.lower_) or kb.country_of_demonym(token.text)
        if code is not None:
            return code
    for token in tokens:
        if token.text[:1].isupper():
            code = kb.country_of_name(token.text)
            if code is not None:
                return code
    return None


def actor_from_token_fr(sentence: ParsedSentence, token: Token, kb: ActorKnowledgeBase) -> Actor | None:
    """The actor a head token stands for, or None for a pronoun or a word that names no one."""
    if token.pos_ == "PRON" or token.is_punct:
        return None
    spanned = _phrase(token)
    if not spanned:
        return None
    tokens = _this_side(spanned, token, kb)
    match = _kb_match(tokens, kb, token)
    longer = _across_split(sentence, tokens, match, kb)
    if longer is not None:
        tokens, match = longer
    if match is None:
        # "des mercenaires de l'Africa Corps": a capitalised name the parse split across two
        # phrases ("Africa" hung on "mercenaires", "Corps" the verb's subject) read whole
        whole = _name_run(tokens)
        found = _kb_match(whole, kb, token) if whole is not tokens else None
        if found is not None:
            tokens, match = whole, found
    if match is None:  # "la Communauté économique ... (Cédéao)": the acronym in apposition,
        # also to a word of the phrase ("des éléments du groupe armé Front populaire ... (FPRC)")
        for appos in (c for t in tokens for c in t.children if c.dep_ == "appos" and c.text[:1].isupper()):
            info = kb.lookup(appos.text)
            if info is None and appos.i != token.i:
                found = _kb_match(_phrase(appos), kb, appos)
                info = found[0] if found is not None else None
            if info is not None:
                match = (info, 0, len(tokens))
                break
    if match is not None and match[0].kind == "country" and _placed_by(tokens[match[1]:match[2]], token) \
            and _country_of([t for t in tokens if not _placed_by([t], token)], kb) is not None:
        # "des soldats français basés au Niger": a country named in a participle clause
        # says where they are; the demonym of the phrase itself says whose they are
        match = None
    name = country = sector = None
    if match is not None:
        info, _, _ = match
        name, country, sector = info.name, info.country, info.sector
        if info.kind == "country":
            name = None  # "le Mali" as an actor is its government: a country, sector GOV
        elif name in transnational_groups():
            country = None  # JNIM in Burkina Faso is not Malian: only a stated tie counts (below)
    head = token
    if token.like_num or token.pos_ == "NUM":  # "douze civils" parsed with the number as head
        head = next((c for c in token.children if c.dep_ in ("amod", "nmod") and c.pos_ in ("NOUN", "ADJ", "PROPN")),
                    token)
    elif token.pos_ == "ADJ":
        # "L'armée malienne a attaqué": the small model may head the phrase with its
        # adjective and hang the noun on it; the noun says who they are; so does the "de"
        # complement of an ordinal or a quantifier ("les derniers des soldats français")
        head = next((c for c in token.children if c.pos_ in ("NOUN", "PROPN") and c.i < token.i), None) or next(
            (c for c in token.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > token.i
             and any(g.dep_ == "case" and g.lower_ in ("de", "des", "d'", "d’") for g in c.children)), token)
    elif kb.is_collective_noun(token.lemma_) or kb.is_collective_noun(token.lower_):
        # "une dizaine de soldats nigériens": the counted noun says who they are
        head = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), token)
    if sector is None or (match is not None and match[0].kind == "country" and match[1] > 0):
        sector = _sector_of(tokens, head, kb) or sector
    if sector is None and (head.lemma_.casefold() in facility_nouns() or head.lower_ in facility_nouns()
                           or kb.is_role_head(head.lemma_) or kb.is_role_head(head.lower_)):
        # "un poste de gendarmerie", "un convoi de l'armée", "un campement de réfugiés": a
        # place or unit with no sector of its own is of those its complement names; so is a
        # role ("des membres de milices d'autodéfense", "des éléments de l'armée")
        owner = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and any(
            g.dep_ == "case" and g.lower_ in ("de", "du", "des", "d'", "d\u2019") for g in c.children)), None)
        if owner is not None:
            sector = kb.sector_of_noun(owner.lower_) or kb.sector_of_noun(owner.lemma_.casefold())
    if country is None:
        country = _country_of(tokens, kb) or _country_of(_members(token), kb)
    elif country == "IGO":  # "des Casques bleus égyptiens": the nationality stated of the body itself
        country = _country_of([c for c in token.children if c.dep_ == "amod"], kb) or country
    if name is None and country is None and sector is None:
        return None
    start, _ = sentence.offsets(spanned[0] if tokens[0].i >= spanned[0].i else tokens[0])
    _, end = sentence.offsets(spanned[-1] if tokens[-1].i <= spanned[-1].i else tokens[-1])
    return Actor(text=sentence.text[start - sentence.start:end - sentence.start], start=start, end=end,
                 name=name, country=country, type=sector)
