"""Real-news dev sets: hand-annotated wire reports -> pipeline -> incident figures (issue #12).

Input: `eval/realnews/<language>.jsonl`, one article a line in the shared format
(eval/realnews/FORMAT.md and README.md): id, url, published, split
(`study` | `score`), the sha256 and length of the annotated text, and `incidents` (type,
place with a point, radius and precision, date range, fatalities, actor and recipient
country). Texts are not committed: `join_texts` reads them from the git-ignored cache
`eval/realnews/texts/<id>.txt` and skips, with a count, an article whose text is absent or
whose sha differs.
Output: `RealNewsScore` (figures, counts, and per-incident notes) from `score()`, which is
pure: gold articles and the `Document`s the pipeline made of them.
Where it sits: beside the pipeline, like tessera.evaluate's gold-set harness;
scripts/eval_realnews.py is the thin command over it.

What is scored (per article, gold incidents with `context` true are left out):
- a prediction is each of `document.incidents`, or each event when the document has none;
  predictions marked context, or not asserted, are not scored;
- `complete`: share of gold incidents that one prediction (one-to-one) gets wholly right:
  same type; place within `radius_km` of the gold point and at least as fine as the gold
  precision (town < district < region < country); date inside the gold range (a month or
  year value only where the gold range is that coarse); fatalities equal (null gold: null or
  0); actor and recipient country equal where gold gives them;
- `predicted_right`: share of scored predictions that match a gold incident of the article on
  type with a compatible place (within the gold radius, or a coarser place around the gold
  point) and date (overlapping the gold range), where they have one; a prediction that only
  matches a `context` gold item is counted apart, neither right nor wrong; a wrong one is
  counted as `predicted_wrong_paired` where the pairing below gives it a gold incident of its
  type (that incident told at another place or day) and `predicted_wrong_extra` where it gives
  it none (a record no gold incident stands for); their notes say "incompatible" and "spurious";
- `predicted_repeat`: the right predictions beyond one per gold incident (a maximum one-to-one
  matching of right predictions to the gold incidents they are compatible with leaves them
  over): one incident told as several records, which `predicted_right` counts each as right,
  though an analyst's table wants one row per incident;
- per field, on gold incidents paired one-to-one with a same-type prediction (the pairing with
  most fields right): place, date, fatalities, actor country, recipient country, country.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import random
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tessera.records import FEATURE_PRECISION, Article, DateValue, Document, ExtractionFailure, Place

Split = Literal["study", "score"]
SPLITS: tuple[str, ...] = ("study", "score", "all")
PRECISIONS: tuple[str, ...] = ("town", "district", "region", "country")
# How far a prediction of a coarser precision may sit from the gold point and still be
# "compatible" (the place it names contains the point): a generous extent of each level.
EXTENT_KM = {"town": 25.0, "district": 100.0, "region": 400.0, "country": 1500.0}
FIELDS: tuple[str, ...] = ("place", "date", "fatalities", "actor_country", "recipient_country", "country")

_LENIENT = ConfigDict(frozen=True, extra="ignore")


class RealNewsFormatError(ValueError):
    """An annotation line that is not JSON or not in the shared format."""


class GoldPlace(BaseModel):
    model_config = _LENIENT

    name: str = ""
    lat: float
    lon: float
    radius_km: float = Field(gt=0)
    precision: Literal["town", "district", "region", "country"]
    country: str | None = None


class GoldDate(BaseModel):
    model_config = _LENIENT

    start: dt.date
    end: dt.date


class GoldIncident(BaseModel):
    model_config = _LENIENT

    type: str
    context: bool = False
    place: GoldPlace | None = None
    date: GoldDate | None = None
    fatalities: int | None = None
    actor_country: str | None = None
    actor_sector: str | None = None
    recipient_country: str | None = None
    recipient_sector: str | None = None


class RealNewsArticle(BaseModel):
    model_config = _LENIENT

    id: str
    url: str | None = None
    outlet: str | None = None
    language: str
    published: dt.date | None = None
    split: Split
    text_sha256: str
    chars: int
    query: str | None = None
    incidents: list[GoldIncident] = Field(default_factory=list)

    @property
    def scored(self) -> list[GoldIncident]:
        return [incident for incident in self.incidents if not incident.context]


def load_annotations(path: Path, split: str = "all") -> list[RealNewsArticle]:
    """The annotated articles of one dev set file, those of `split` (study, score or all)."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose one of {', '.join(SPLITS)}")
    articles: list[RealNewsArticle] = []
    with Path(path).open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                article = RealNewsArticle.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as error:
                raise RealNewsFormatError(f"{path}:{number}: {error}") from error
            if split == "all" or article.split == split:
                articles.append(article)
    return articles


@dataclass
class Joined:
    """Articles whose cached text is there and is the one annotated, and what was skipped."""

    articles: list[RealNewsArticle] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


def join_texts(articles: Iterable[RealNewsArticle], texts_dir: Path) -> Joined:
    joined = Joined()
    for article in articles:
        path = Path(texts_dir) / f"{article.id}.txt"
        if not path.is_file():
            joined.missing.append(article.id)
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != article.text_sha256:
            joined.changed.append(article.id)
            continue
        joined.articles.append(article)
        joined.texts[article.id] = text
    return joined


_PAGE_MARKER = re.compile(r"^\s*date \d{4}(?:-\d{2}){0,2}\s*")


def _text_recipes(excerpt: str) -> Iterator[str]:
    """The ways the dev sets' batches cut a `pages` excerpt into the annotated text, in order."""
    unmarked = _PAGE_MARKER.sub("", excerpt)
    yield from (excerpt, excerpt.strip(), excerpt.rstrip(), excerpt.lstrip(), unmarked.strip(), unmarked,
                unmarked.rstrip())


def text_from_excerpt(article: RealNewsArticle, excerpt: str) -> str | None:
    """The annotated text of `article` cut from a `pages` excerpt, or None when no recipe gives its sha256.

    Tries the cuts the batches used (the page's ` date YYYY-MM[-DD]` marker dropped or kept, whitespace
    stripped or kept; README.md "Rebuilding the text cache"), then the same with one or two line breaks put
    back beside an existing one: blank lines the search tool's display can swallow; then the annotated length
    cut from the start of each cut, for an excerpt the corpus has since stored more of (the text annotated
    is then its opening, word for word). The hash decides; nothing else in the text is ever changed.
    """

    def fits(text: str) -> bool:
        return len(text) == article.chars and hashlib.sha256(text.encode("utf-8")).hexdigest() == article.text_sha256

    recipes = list(dict.fromkeys(_text_recipes(excerpt)))
    for text in recipes:
        if fits(text):
            return text
    for text in recipes:
        missing = article.chars - len(text)
        if missing not in (1, 2):
            continue
        for at in (index for index, char in enumerate(text) if char == "\n"):
            if fits(text[:at] + "\n" * missing + text[at:]):
                return text[:at] + "\n" * missing + text[at:]
    for text in recipes:
        if len(text) > article.chars and fits(text[:article.chars]):
            return text[:article.chars]
    return None


Extractor = Callable[[Iterable[Article]], Iterable[Document | ExtractionFailure]]


def predict(joined: Joined, extractor: Extractor | None = None) -> dict[str, Document | None]:
    """Run the pipeline (or `extractor`) over the joined articles; a failure becomes None."""
    if extractor is None:
        from tessera.pipeline import Pipeline

        extractor = Pipeline.default().extract_many
    inputs = [Article(id=a.id, text=joined.texts[a.id], published=a.published, language=a.language, url=a.url)
              for a in joined.articles]
    results = list(extractor(inputs))
    if len(results) != len(inputs):
        raise RuntimeError(f"the pipeline returned {len(results)} results for {len(inputs)} articles")
    return {a.id: (r if isinstance(r, Document) and r.id == a.id else None)
            for a, r in zip(inputs, results, strict=True)}


# --- predictions as incidents ---------------------------------------------------------


@dataclass(frozen=True)
class Predicted:
    """One predicted incident reduced to what is scored."""

    id: str
    type: str
    mode: str
    context: bool
    place: Place | None
    precision: str | None
    date: DateValue | None
    fatalities: int | None
    actor_country: str | None
    recipient_country: str | None

    @property
    def scored(self) -> bool:
        return self.mode == "asserted" and not self.context

    def describe(self) -> str:
        place = f"{self.place.name} ({self.precision}, {self.place.country})" if self.place else "-"
        date = self.date.value if self.date else "-"
        return (f"{self.type} at {place} on {date}, killed {self.fatalities}, "
                f"{self.actor_country or '-'} -> {self.recipient_country or '-'}")


def predictions(document: Document | None) -> list[Predicted]:
    """`document.incidents`, or each event as an incident when there are none."""
    if document is None:
        return []
    found: list[Predicted] = []
    if document.incidents:
        for incident in document.incidents:
            precision = incident.geo_precision or _precision_of(incident.location)
            found.append(Predicted(incident.id, incident.type, incident.mode, incident.context, incident.location,
                                   precision, incident.date, incident.fatalities, _country(incident.actor),
                                   _country(incident.recipient)))
        return found
    for event in document.events:
        found.append(Predicted(event.id, event.type, event.mode, False, event.location, _precision_of(event.location),
                               event.date, event.fatalities, _country(event.actor), _country(event.recipient)))
    return found


def _precision_of(place: Place | None) -> str | None:
    return None if place is None else FEATURE_PRECISION.get(place.feature, "region")


def _country(actor: object) -> str | None:
    return getattr(actor, "country", None) if actor is not None else None


# --- field tests ------------------------------------------------------------------------


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def _distance(gold: GoldPlace, place: Place | None) -> float | None:
    if place is None or place.lat is None or place.lon is None:
        return None
    return distance_km(gold.lat, gold.lon, place.lat, place.lon)


def place_right(gold: GoldPlace, predicted: Predicted) -> bool:
    """Within the gold radius and at least as precise as the gold."""
    away = _distance(gold, predicted.place)
    if away is None or predicted.precision not in PRECISIONS:
        return False
    return away <= gold.radius_km and PRECISIONS.index(predicted.precision) <= PRECISIONS.index(gold.precision)


def place_compatible(gold: GoldPlace | None, predicted: Predicted) -> bool:
    """No place on either side, the gold radius, or a coarser place that contains the gold point."""
    if gold is None or predicted.place is None:
        return True
    away = _distance(gold, predicted.place)
    if away is None:
        return predicted.place.country is None or predicted.place.country == gold.country
    if away <= gold.radius_km:
        return True
    extent = EXTENT_KM.get(predicted.precision or "region", EXTENT_KM["region"])
    if predicted.precision == "country" and gold.country and predicted.place.country:
        return predicted.place.country == gold.country
    return away <= extent


def date_range(value: DateValue | None) -> tuple[dt.date, dt.date] | None:
    """The days a predicted date value covers (a day, a month, a year or an interval)."""
    if value is None or not value.value:
        return None
    text = value.value
    try:
        if "/" in text:
            first, last = text.split("/", 1)
            start, end = date_range_of(first), date_range_of(last)
            return (start[0], end[1]) if start and end else None
        return date_range_of(text)
    except ValueError:
        return None


def date_range_of(text: str) -> tuple[dt.date, dt.date] | None:
    parts = text.split("-")
    if len(parts) == 3:
        day = dt.date.fromisoformat(text)
        return day, day
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    if len(parts) == 1 and parts[0].isdigit():
        year = int(parts[0])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def date_right(gold: GoldDate, predicted: Predicted) -> bool:
    """The predicted days lie inside the gold range (so a month only fits a month-wide range)."""
    covered = date_range(predicted.date)
    return covered is not None and gold.start <= covered[0] and covered[1] <= gold.end


def date_compatible(gold: GoldDate | None, predicted: Predicted) -> bool:
    covered = date_range(predicted.date)
    if gold is None or covered is None:
        return True
    return covered[0] <= gold.end and gold.start <= covered[1]


def field_results(gold: GoldIncident, predicted: Predicted) -> dict[str, bool]:
    """Each field the gold states, right or not (same type assumed)."""
    results: dict[str, bool] = {}
    if gold.place is not None:
        results["place"] = place_right(gold.place, predicted)
        if gold.place.country:
            results["country"] = predicted.place is not None and predicted.place.country == gold.place.country
    if gold.date is not None:
        results["date"] = date_right(gold.date, predicted)
    results["fatalities"] = (predicted.fatalities in (None, 0) if gold.fatalities is None
                             else predicted.fatalities == gold.fatalities)
    if gold.actor_country:
        results["actor_country"] = predicted.actor_country == gold.actor_country
    if gold.recipient_country:
        results["recipient_country"] = predicted.recipient_country == gold.recipient_country
    return results


def complete(gold: GoldIncident, predicted: Predicted) -> bool:
    if predicted.type != gold.type:
        return False
    results = field_results(gold, predicted)
    if gold.place is not None and not results["place"]:
        return False
    return all(ok for name, ok in results.items() if name != "country")


def compatible(gold: GoldIncident, predicted: Predicted) -> bool:
    return (predicted.type == gold.type and place_compatible(gold.place, predicted)
            and date_compatible(gold.date, predicted))


def _matching(left: int, right: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching of left items to right items (augmenting paths)."""
    owner: dict[int, int] = {}

    def attach(i: int, seen: set[int]) -> bool:
        for j in range(right):
            if j in seen or not fits(i, j):
                continue
            seen.add(j)
            if j not in owner or attach(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(left):
        attach(i, set())
    return {i: j for j, i in owner.items()}


# --- scoring ------------------------------------------------------------------------------


@dataclass
class IncidentNote:
    """One gold incident of a studied article and what the pipeline made of it."""

    article: str
    gold: str
    predicted: str | None
    wrong: list[str]
    complete: bool


class RealNewsScore(BaseModel):
    figures: dict[str, float | None]
    counts: dict[str, int]
    notes: list[dict[str, object]] = Field(default_factory=list)
    # Each article's share of `counts` (only the counts it adds to): what `interval` and
    # `paired_difference` resample, articles being the unit the dev sets were drawn in.
    per_article: dict[str, dict[str, int]] = Field(default_factory=dict)


def describe_gold(gold: GoldIncident) -> str:
    place = f"{gold.place.name} ({gold.place.precision}, {gold.place.country})" if gold.place else "-"
    date = (gold.date.start.isoformat() if gold.date and gold.date.start == gold.date.end
            else f"{gold.date.start}/{gold.date.end}" if gold.date else "-")
    return (f"{gold.type} at {place} on {date}, killed {gold.fatalities}, "
            f"{gold.actor_country or '-'} -> {gold.recipient_country or '-'}")


def score(articles: Sequence[RealNewsArticle], documents: dict[str, Document | None], *,
          notes: bool = False) -> RealNewsScore:
    """Figures over `articles`, given the document predicted for each id (None = failed)."""
    counts = {"articles": len(articles), "failures": 0, "gold_incidents": 0, "predicted": 0,
              "complete": 0, "type_found": 0, "predicted_right": 0, "predicted_context_only": 0,
              "paired": 0, "predicted_wrong_paired": 0, "predicted_wrong_extra": 0, "predicted_repeat": 0}
    for name in FIELDS:
        counts[f"{name}_right"] = counts[f"{name}_total"] = 0
    kept: list[dict[str, object]] = []
    per_article: dict[str, dict[str, int]] = {}
    for article in articles:
        before = dict(counts)
        _score_article(article, documents.get(article.id), counts, kept, notes)
        per_article[article.id] = {key: value - before[key] for key, value in counts.items() if value != before[key]}
    figures: dict[str, float | None] = {
        "incidents_complete": _share(counts["complete"], counts["gold_incidents"]),
        "predicted_right": _share(counts["predicted_right"], counts["predicted"] - counts["predicted_context_only"]),
        "type_found": _share(counts["type_found"], counts["gold_incidents"]),
    }
    for name in FIELDS:
        figures[name] = _share(counts[f"{name}_right"], counts[f"{name}_total"])
    return RealNewsScore(figures=figures, counts=counts, notes=kept, per_article=per_article)


def _score_article(article: RealNewsArticle, document: Document | None, counts: dict[str, int],
                   kept: list[dict[str, object]], notes: bool) -> None:
    """Add one article's counts (and, with `notes`, its per-incident notes) to `counts` and `kept`."""
    counts["failures"] += document is None
    golds = article.scored
    preds = [p for p in predictions(document) if p.scored]
    counts["gold_incidents"] += len(golds)
    counts["predicted"] += len(preds)
    fits = {(i, j) for i, g in enumerate(golds) for j, p in enumerate(preds) if complete(g, p)}
    matched = _matching(len(golds), len(preds), lambda i, j: (i, j) in fits)
    counts["complete"] += len(matched)
    counts["type_found"] += sum(any(p.type == g.type for p in preds) for g in golds)
    pairs = _pairs(golds, preds)
    counts["paired"] += len(pairs)
    paired = set(pairs.values())
    right: list[int] = []
    for j, p in enumerate(preds):
        if any(compatible(g, p) for g in golds):
            counts["predicted_right"] += 1
            right.append(j)
        elif any(compatible(g, p) for g in article.incidents if g.context):
            counts["predicted_context_only"] += 1
        else:
            counts["predicted_wrong_paired" if j in paired else "predicted_wrong_extra"] += 1
    told = _matching(len(golds), len(right), lambda i, k: compatible(golds[i], preds[right[k]]))
    counts["predicted_repeat"] += len(right) - len(told)
    for i, gold in enumerate(golds):
        chosen = matched.get(i, pairs.get(i))
        results = field_results(gold, preds[chosen]) if chosen is not None else {}
        if i in pairs:
            for name, ok in field_results(gold, preds[pairs[i]]).items():
                counts[f"{name}_total"] += 1
                counts[f"{name}_right"] += ok
        if notes:
            wrong = ["type"] if chosen is None else [name for name, ok in results.items() if not ok]
            kept.append(IncidentNote(article.id, describe_gold(gold),
                                     preds[chosen].describe() if chosen is not None else None,
                                     wrong, i in matched).__dict__)
    if notes:
        for j, p in enumerate(preds):
            if not any(compatible(g, p) for g in article.incidents):
                # a wrong prediction paired with a gold incident of its type is that incident told
                # at another place or day (its gold note names the fields); one paired with none
                # is an extra record
                label = "incompatible" if j in paired else "spurious"
                kept.append(IncidentNote(article.id, "-", p.describe(), [label], False).__dict__)


def _pairs(golds: Sequence[GoldIncident], preds: Sequence[Predicted]) -> dict[int, int]:
    """Gold -> same-type prediction, one-to-one, most fields right first."""
    options = sorted(((sum(field_results(g, p).values()), -i, -j, i, j)
                      for i, g in enumerate(golds) for j, p in enumerate(preds) if p.type == g.type), reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, _, i, j in options:
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


def _share(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


# --- how sure a figure is -------------------------------------------------------------------

# The two headline shares as (numerator, denominator) of an article's counts.
HEADLINE_SHARES: dict[str, tuple[Callable[[dict[str, int]], int], Callable[[dict[str, int]], int]]] = {
    "incidents_complete": (lambda c: c.get("complete", 0), lambda c: c.get("gold_incidents", 0)),
    "predicted_right": (lambda c: c.get("predicted_right", 0),
                        lambda c: c.get("predicted", 0) - c.get("predicted_context_only", 0)),
}
BOOTSTRAP_ROUNDS = 2000


def _ratio(rows: Sequence[dict[str, int]], figure: str) -> float | None:
    numerator, denominator = HEADLINE_SHARES[figure]
    below = sum(denominator(row) for row in rows)
    return sum(numerator(row) for row in rows) / below if below else None


def _percentiles(values: list[float], level: float) -> tuple[float, float]:
    values = sorted(values)
    tail = (1.0 - level) / 2
    low = values[min(len(values) - 1, int(math.floor(tail * len(values))))]
    high = values[min(len(values) - 1, int(math.ceil((1.0 - tail) * len(values))) - 1)]
    return low, high


def interval(result: RealNewsScore, figure: str, *, rounds: int = BOOTSTRAP_ROUNDS, level: float = 0.95,
             seed: int = 0) -> tuple[float, float] | None:
    """A percentile bootstrap interval of one headline share (`HEADLINE_SHARES`) over the
    articles scored: the articles are resampled with replacement, as the dev sets drew them,
    so the interval says how far the figure could move on another draw of as many articles.
    None where no resample has a denominator."""
    rows = list(result.per_article.values())
    if not rows:
        return None
    draw = random.Random(seed)
    shares = [share for _ in range(rounds)
              if (share := _ratio([rows[draw.randrange(len(rows))] for _ in rows], figure)) is not None]
    return _percentiles(shares, level) if shares else None


def paired_difference(before: RealNewsScore, after: RealNewsScore, figure: str, *,
                      rounds: int = BOOTSTRAP_ROUNDS, level: float = 0.95,
                      seed: int = 0) -> tuple[float, float, float] | None:
    """The change of one headline share from `before` to `after` (two runs over the same
    articles) and a paired bootstrap interval of it: the same resampled articles are scored
    in both runs, so what the two runs share cancels and only the change is uncertain. An
    interval that holds 0 is a change no larger than a redraw of the articles could give.
    None where the runs share no article."""
    keys = sorted(set(before.per_article) & set(after.per_article))
    if not keys:
        return None
    old = [before.per_article[k] for k in keys]
    new = [after.per_article[k] for k in keys]
    base, changed = _ratio(old, figure), _ratio(new, figure)
    if base is None or changed is None:
        return None
    draw = random.Random(seed)
    differences = []
    for _ in range(rounds):
        picks = [draw.randrange(len(keys)) for _ in keys]
        a, b = _ratio([old[i] for i in picks], figure), _ratio([new[i] for i in picks], figure)
        if a is not None and b is not None:
            differences.append(b - a)
    low, high = _percentiles(differences, level)
    return changed - base, low, high
