"""Train the incident confidence model (tessera/confidence.py) on the real-news STUDY halves.

    .venv/bin/python scripts/train_incident_confidence.py            # writes tessera/data/incident_confidence.json
    .venv/bin/python scripts/train_incident_confidence.py --dry-run  # prints, writes nothing

Runs the pipeline with every incident kept (threshold 0) on the study halves of
eval/realnews/en.jsonl and fr.jsonl (texts from the git-ignored cache eval/realnews/texts),
labels each scored incident (asserted, not background) right when it is compatible with a
gold incident of its article, as tessera.evaluate.realnews scores it (one that matches only a
background gold item is left out), fits an L2-regularised logistic regression (numpy, Newton
steps) on `tessera.confidence.features`, and chooses for each language the threshold that
maximises, on out-of-fold probabilities of the same study halves, the harmonic mean of
'incidents complete' and 'predicted right' (the scorer's own figures, from `score`). Never run
it on the score halves: they are what the result is measured on. `--features a,b` fits a model
on those features only (to compare feature sets by their out-of-fold figures; not written
unless it is every feature).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tessera import learn  # noqa: E402
from tessera.confidence import FEATURES, features, filter_incidents, probability, score_incidents  # noqa: E402
from tessera.evaluate.realnews import (  # noqa: E402
    compatible,
    join_texts,
    load_annotations,
    predict,
    predictions,
    score,
)
from tessera.learn import FOLDS, auc, fold_of  # noqa: E402
from tessera.records import Document  # noqa: E402

OUTPUT = ROOT / "tessera" / "data" / "incident_confidence.json"
LANGUAGES = ("en", "fr")
L2 = 1.0


def study_documents(language: str) -> tuple[list, dict[str, Document | None]]:
    from tessera.pipeline import Pipeline

    for code in LANGUAGES:
        Pipeline.for_language(code).incident_threshold = 0.0
    joined = join_texts(load_annotations(ROOT / "eval" / "realnews" / f"{language}.jsonl", "study"),
                        ROOT / "eval" / "realnews" / "texts")
    return joined.articles, predict(joined)


def rows(language: str, articles: list, documents: dict[str, Document | None], texts: dict[str, int],
         names: tuple[str, ...] = FEATURES) -> tuple[list[list[float]], list[int], list[str]]:
    """Features and right (1) / wrong (0) of each scored incident, and its article's id."""
    xs: list[list[float]] = []
    ys: list[int] = []
    ids: list[str] = []
    for article in articles:
        document = documents.get(article.id)
        if document is None or not document.incidents:
            continue
        by_id = {p.id: p for p in predictions(document)}
        for incident in document.incidents:
            p = by_id[incident.id]
            if not p.scored:
                continue
            right = any(compatible(g, p) for g in article.scored)
            if not right and any(compatible(g, p) for g in article.incidents if g.context):
                continue  # counted apart by the scorer: neither right nor wrong
            values = features(incident, document.events, texts[article.id], language)
            xs.append([values[name] for name in names])
            ys.append(int(right))
            ids.append(article.id)
    return xs, ys, ids


def as_model(weights: np.ndarray, bias: float, names: tuple[str, ...] = FEATURES) -> dict:
    return learn.as_model(weights, bias, names)


def rescored(documents: dict[str, Document | None], texts: dict[str, int], language: str,
             model: dict | Callable[[str], dict], threshold: float) -> dict[str, Document | None]:
    """The documents with their incidents scored by `model` (or the model of each article
    id: the one fitted without its fold) and those below `threshold` left out."""
    out: dict[str, Document | None] = {}
    for key, document in documents.items():
        if document is None:
            out[key] = None
            continue
        own = model(key) if callable(model) else model
        incidents = score_incidents(document.incidents, document.events, texts[key], language, own)
        out[key] = document.model_copy(update={"incidents": filter_incidents(incidents, threshold)})
    return out


def harmonic(figures: dict) -> float:
    a, b = figures["incidents_complete"] or 0.0, figures["predicted_right"] or 0.0
    return 2 * a * b / (a + b) if a + b else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="print the model and the threshold curve only")
    parser.add_argument("--features", help="comma-separated subset of the features (implies --dry-run)")
    args = parser.parse_args()
    names = tuple(args.features.split(",")) if args.features else FEATURES
    unknown = set(names) - set(FEATURES)
    if unknown:
        parser.error(f"unknown features: {', '.join(sorted(unknown))}")
    dry_run = args.dry_run or names != FEATURES

    data = {}
    xs: list[list[float]] = []
    ys: list[int] = []
    ids: list[str] = []
    sizes = {}
    for language in LANGUAGES:
        articles, documents = study_documents(language)
        joined = join_texts(articles, ROOT / "eval" / "realnews" / "texts")
        texts = {key: len(text) for key, text in joined.texts.items()}
        x, y, i = rows(language, articles, documents, texts, names)
        xs += x
        ys += y
        ids += i
        sizes[language] = {"articles": len(articles), "incidents": len(y), "right": int(sum(y))}
        data[language] = (articles, documents, texts)
    x_all, y_all = np.array(xs), np.array(ys, dtype=float)
    model = as_model(*learn.fit(x_all, y_all), names)
    # The threshold is chosen on out-of-fold probabilities: each article's incidents scored
    # by the model fitted on the other folds' articles, never on themselves.
    folds = np.array([fold_of(i) for i in ids])
    fold_models = [as_model(*learn.fit(x_all[folds != k], y_all[folds != k]), names) for k in range(FOLDS)]
    out_of_fold = lambda article_id: fold_models[fold_of(article_id)]  # noqa: E731
    for name, weight in model["weights"].items():
        print(f"{name:20} {weight:+.3f}")
    print(f"{'bias':20} {model['bias']:+.3f}")
    # How well the model ranks incidents it was not fitted on, per language.
    language_of = np.array([language for language in LANGUAGES for _ in range(sizes[language]["incidents"])])
    held_out = np.array([probability(dict(zip(names, row, strict=True)), out_of_fold(article_id))
                         for article_id, row in zip(ids, x_all, strict=True)])
    for language in LANGUAGES:
        mask = language_of == language
        print(f"{language} out-of-fold AUC {auc(list(held_out[mask]), list(y_all[mask])):.3f}")

    thresholds = {}
    for language in LANGUAGES:
        articles, documents, texts = data[language]
        best = (-1.0, 0.0)
        for threshold in [0.0] + [round(0.02 * k, 2) for k in range(15, 41)]:
            result = score(articles, rescored(documents, texts, language, out_of_fold, threshold))
            c = result.counts
            value = harmonic(result.figures)
            print(f"{language} threshold {threshold:.2f}  complete {c['complete']}/{c['gold_incidents']}  "
                  f"right {c['predicted_right']}/{c['predicted'] - c['predicted_context_only']}  harmonic {value:.4f}")
            if value > best[0] + 1e-9:
                best = (value, threshold)
        thresholds[language] = best[1]
        print(f"{language} chosen threshold {best[1]:.2f}")
    model["thresholds"] = thresholds
    # The shared threshold, for a language with none of its own: the lowest, that leaves out least.
    model["threshold"] = min(thresholds.values())
    if dry_run:
        return
    OUTPUT.write_text(json.dumps({
        "description": "Logistic model of P(incident right) (tessera/confidence.py); "
                       "written by scripts/train_incident_confidence.py from the real-news study halves",
        "trained": dt.date.today().isoformat(),
        "training_sets": {lang: f"eval/realnews/{lang}.jsonl study half" for lang in LANGUAGES},
        "training_sizes": sizes,
        "l2": L2,
        "features": list(FEATURES),
        **model,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
