"""Train and measure a small event-type text classifier (spaCy textcat, bag of words).

    python scripts/train_type_classifier.py [--training FILE] [--output DIR] [--unit lead|story|sentence]
                                            [--epochs N] [--seed N] [--holdout SHARE]
    python scripts/train_type_classifier.py --evaluate [--output DIR] [--gold DIR] [--rules FILE]
                                            [--threshold P] [--realnews]

An experiment, not a pipeline stage: measured, the classifier was far below the rules on
both halves of the event gold sets and added only wrong types on the real-news study
split, so the pipeline does not use it and no weights are committed (docs/ACCURACY.md,
"Trained type classifier: tried, figures, not used"). This script repeats the measurement.

Training data: the NGEC synthetic stories (../shared/gold/training/ngec_synthetic.dev.jsonl,
Halterman 2023, arXiv:2303.16028; GPT-written, labelled by the prompt's PLOVER type; no
licence file: for training or a smoke test only, never committed). Each story has exactly
one type, so the classifier is EXCLUSIVE (softmax over the 16 PLOVER types); the data holds
no story without an event, so there is no trained "none": a top score under `--threshold`
counts as no type (abstention). Unit `lead` (default) trains on each story's title and
first sentence, the sentences that state the prompted event, as the pipeline would feed it
one sentence at a time; `story` trains on title and text whole, `sentence` on every
sentence with its story's type. `--holdout` keeps that share of the stories out and
reports the in-domain accuracy on their titles and leads.

Model: spaCy's `TextCatBOW.v3` (unigrams and bigrams of the token text into 2**15 hashed
rows: 2.7 MB on disk), blank English tokenizer, deterministic for a seed
(spacy.util.fix_random_seed, a seeded shuffle). Written to build/type_classifier/
(git-ignored) unless `--output` says otherwise.

--evaluate measures the written model ALONE on the event gold dev sets (PLOVER GSR
sentences, CASE 2021 snippets; ../shared/gold, never trained on), each half of
`tessera.evaluate.gold.split_of` apart, against the event types the pipeline's rules find
on the same items (`--rules` reads them from a JSON dump {item id: {"rules": [types]}};
otherwise the pipeline runs): per type, gold items, recall and precision of the
classifier's one type per item, and the rules' same figures; then, per set and half, how
many of the items whose type the rules miss the classifier gets right, and what filling
rule-empty items would add. `--realnews` also runs the pipeline on the English real-news
STUDY split (eval/realnews; the score split is never read) and simulates the smallest
integration: each sentence holding no rule event's trigger takes the classifier's top type
when it scores >= 0.3, 0.5, 0.7, 0.9; per article, how many gold types the rules missed
that gives, and how many wrong types it adds.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_TRAINING = REPO.parent / "shared" / "gold" / "training" / "ngec_synthetic.dev.jsonl"
DEFAULT_GOLD = REPO.parent / "shared" / "gold"
DEFAULT_OUTPUT = REPO / "build" / "type_classifier"
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
BOW_ROWS = 2**15


def read_stories(path: Path) -> list[dict[str, Any]]:
    stories = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                stories.append(json.loads(line))
    return stories


def training_units(stories: list[dict[str, Any]], unit: str, nlp: Any) -> list[tuple[str, str]]:
    """(text, type) pairs: what the classifier learns from, per `unit`."""
    sentencizer = nlp.get_pipe("sentencizer")
    pairs: list[tuple[str, str]] = []
    for story in stories:
        types = story["gold"]["types"]
        if len(types) != 1 or types[0] not in PLOVER_TYPES:
            continue
        label = types[0]
        title = (story.get("title") or "").strip()
        text = story["text"]
        if unit == "story":
            pairs.append((f"{title}\n\n{text}" if title else text, label))
            continue
        sentences = [s.text.strip() for s in sentencizer(nlp.make_doc(text)).sents if s.text.strip()]
        if title:
            pairs.append((title, label))
        chosen = sentences[:1] if unit == "lead" else sentences
        pairs.extend((sentence, label) for sentence in chosen)
    return pairs


def train(args: argparse.Namespace) -> None:
    import spacy
    from spacy.training import Example

    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    stories = read_stories(args.training)
    held_out: list[dict[str, Any]] = []
    if args.holdout:
        # In-domain check: whole stories held out (never their sentences in training).
        order = list(range(len(stories)))
        random.Random(f"{args.seed}:holdout").shuffle(order)
        cut = int(len(order) * args.holdout)
        held_out = [stories[i] for i in sorted(order[:cut])]
        stories = [stories[i] for i in sorted(order[cut:])]
    pairs = training_units(stories, args.unit, nlp)
    tests = training_units(held_out, "lead", nlp)
    nlp.remove_pipe("sentencizer")
    textcat = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": BOW_ROWS,
            }
        },
    )
    for label in PLOVER_TYPES:
        textcat.add_label(label)
    examples = [
        Example.from_dict(nlp.make_doc(text), {"cats": {t: float(t == label) for t in PLOVER_TYPES}})
        for text, label in pairs
    ]
    print(f"{len(stories)} stories -> {len(examples)} {args.unit} units: {dict(Counter(label for _, label in pairs))}")
    optimizer = nlp.initialize(lambda: examples)
    shuffle = random.Random(args.seed)
    started = time.perf_counter()
    for epoch in range(args.epochs):
        shuffle.shuffle(examples)
        losses: dict[str, float] = {}
        for start in range(0, len(examples), 32):
            nlp.update(examples[start : start + 32], sgd=optimizer, drop=0.0, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('textcat', 0.0):.3f}")
    if tests:
        right = sum(
            max(doc.cats, key=doc.cats.__getitem__) == label
            for doc, (_, label) in zip(nlp.pipe(text for text, _ in tests), tests, strict=True)
        )
        print(f"held-out synthetic stories {len(held_out)}: title and lead accuracy {right}/{len(tests)}"
              f" = {right / len(tests):.3f}")
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.output)
    meta = {
        "trained_on": "NGEC synthetic stories (Halterman 2023), "
        f"{args.training.name}, unit {args.unit}, {len(examples)} examples",
        "seed": args.seed,
        "epochs": args.epochs,
        "seconds": round(time.perf_counter() - started, 1),
    }
    (args.output / "training.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output} in {meta['seconds']} s")


def rule_types(gold: Path) -> dict[str, list[str]]:
    """Event types the pipeline's rules find per gold item (runs the pipeline)."""
    from tessera.evaluate import predict
    from tessera.evaluate.gold import EventsGold, read_gold

    found: dict[str, list[str]] = {}
    for name in ("plover_gsr", "case2021"):
        items = read_gold(gold / "events" / f"{name}.dev.jsonl", EventsGold)
        for item, document in zip(items, predict(items), strict=True):
            found[item.id] = sorted({e.type for e in (document.events if document else [])})
    return found


def evaluate(args: argparse.Namespace) -> None:
    import spacy

    from tessera.evaluate.gold import EventsGold, read_gold, split_of

    classifier = spacy.load(args.output)
    if args.rules and args.rules.exists():
        rules = {key: value["rules"] for key, value in json.loads(args.rules.read_text()).items()}
    else:
        rules = rule_types(args.gold)
    for name in ("plover_gsr", "case2021"):
        items = read_gold(args.gold / "events" / f"{name}.dev.jsonl", EventsGold)
        for half in ("study", "score"):
            chosen = [item for item in items if split_of(item.id) == half]
            predicted = {}
            for item, doc in zip(chosen, classifier.pipe(item.text for item in chosen), strict=True):
                best = max(doc.cats, key=doc.cats.__getitem__)
                predicted[item.id] = [best] if doc.cats[best] >= args.threshold else []
            print(f"\n== {name} {half}: {len(chosen)} items (classifier threshold {args.threshold})")
            print(_table(chosen, predicted, rules))
            print(_complement(chosen, list(classifier.pipe(item.text for item in chosen)), rules))
    if args.realnews:
        print("\n== real-news EN study split: filling sentences without a rule event")
        print(_realnews_fill(classifier))


FILL_THRESHOLDS = (0.3, 0.5, 0.7, 0.9)


def _complement(items: list[Any], docs: list[Any], rules: dict[str, list[str]]) -> str:
    """Where the rules fail: items whose gold type they miss, and items they give no type."""
    missed = recovered = 0
    filled = {threshold: [0, 0] for threshold in FILL_THRESHOLDS}  # right, wrong
    for item, doc in zip(items, docs, strict=True):
        gold, found = set(item.annotations.types), set(rules.get(item.id, []))
        best = max(doc.cats, key=doc.cats.__getitem__)
        if gold - found:
            missed += 1
            recovered += best in gold - found
        if not found:
            for threshold, tally in filled.items():
                if doc.cats[best] >= threshold:
                    tally[0 if best in gold else 1] += 1
    fills = ", ".join(f">={t}: {right} right / {wrong} wrong" for t, (right, wrong) in filled.items())
    return (f"rules miss the gold type of {missed} items, the classifier's top type is that type on {recovered}; "
            f"rule-empty items filled: {fills}")


def _realnews_fill(classifier: Any) -> str:
    import spacy

    from tessera.evaluate.realnews import join_texts, load_annotations, predict, predictions

    realnews = REPO / "eval" / "realnews"
    joined = join_texts(load_annotations(realnews / "en.jsonl", split="study"), realnews / "texts")
    if not joined.articles:
        return "no study texts cached in eval/realnews/texts"
    documents = predict(joined)
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    tallies = {threshold: [0, 0, 0] for threshold in FILL_THRESHOLDS}  # sentences, found, wrong
    gold_types = rules_missed = 0
    for article in joined.articles:
        document = documents[article.id]
        gold = {incident.type for incident in article.scored}
        found = {predicted.type for predicted in predictions(document) if predicted.scored}
        gold_types += len(gold)
        rules_missed += len(gold - found)
        triggers = [event.trigger.start for event in (document.events if document else [])]
        sentences = [s for s in splitter(joined.texts[article.id]).sents
                     if s.text.strip() and not any(s.start_char <= t < s.end_char for t in triggers)]
        best = []
        for doc in classifier.pipe(s.text for s in sentences):
            top = max(doc.cats, key=doc.cats.__getitem__)
            best.append((top, doc.cats[top]))
        for threshold, tally in tallies.items():
            filled = {top for top, score in best if score >= threshold}
            tally[0] += sum(score >= threshold for _, score in best)
            tally[1] += len((gold - found) & filled)
            tally[2] += len(filled - gold - found)
    rows = [f"{len(joined.articles)} articles, {gold_types} gold types (per article), rules miss {rules_missed}"]
    for threshold, (sentences_filled, recovered, wrong) in tallies.items():
        rows.append(f">= {threshold}: {sentences_filled} sentences typed, {recovered} missed types found, "
                    f"{wrong} wrong types added")
    return "\n".join(rows)


def _table(items: list[Any], classifier: dict[str, list[str]], rules: dict[str, list[str]]) -> str:
    rows = ["type        gold | clf R   clf P  (n) | rules R  rules P  (n)"]
    totals = {"clf": [0, 0, 0], "rules": [0, 0, 0]}  # tp, fp, fn
    counts: dict[str, Counter[str]] = {"gold": Counter(), "clf": Counter(), "rules": Counter()}
    right: dict[str, Counter[str]] = {"clf": Counter(), "rules": Counter()}
    for item in items:
        gold = set(item.annotations.types)
        ignored = set(item.annotations.optional_types) - gold
        counts["gold"].update(gold)
        for who, found in (("clf", set(classifier[item.id])), ("rules", set(rules.get(item.id, [])))):
            counted = found - ignored
            counts[who].update(counted)
            right[who].update(found & gold)
            totals[who][0] += len(found & gold)
            totals[who][1] += len(counted - gold)
            totals[who][2] += len(gold - found)
    for event_type in PLOVER_TYPES:
        if not counts["gold"][event_type] and not counts["clf"][event_type] and not counts["rules"][event_type]:
            continue
        cells = [f"{event_type:<10} {counts['gold'][event_type]:>4}"]
        for who in ("clf", "rules"):
            n = counts["gold"][event_type]
            recall = right[who][event_type] / n if n else float("nan")
            precision = right[who][event_type] / counts[who][event_type] if counts[who][event_type] else float("nan")
            cells.append(f"{recall:6.2f} {precision:6.2f} ({counts[who][event_type]:>3})")
        rows.append(" | ".join(cells))
    for who in ("clf", "rules"):
        tp, fp, fn = totals[who]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows.append(f"{who}: micro P {p:.3f} R {r:.3f} F1 {f:.3f}")
    no_event = [item for item in items if item.annotations.no_event]
    if no_event:
        for who, found in (("clf", classifier), ("rules", rules)):
            fp = sum(bool(found.get(item.id)) for item in no_event)
            rows.append(f"{who}: no-event items with a type {fp}/{len(no_event)}")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--training", type=Path, default=DEFAULT_TRAINING)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--unit", choices=("story", "lead", "sentence"), default="lead")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--holdout", type=float, default=0.0,
                        help="hold out this share of the stories and report in-domain accuracy")
    parser.add_argument("--evaluate", action="store_true", help="measure the written model, do not train")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--rules", type=Path, help="JSON of rule-found types per item (skips the pipeline run)")
    parser.add_argument("--threshold", type=float, default=0.0)
    parser.add_argument("--realnews", action="store_true", help="also simulate filling on the EN real-news study split")
    args = parser.parse_args()
    if args.evaluate:
        evaluate(args)
    else:
        if not args.training.exists():
            sys.exit(f"no training file at {args.training}")
        train(args)


if __name__ == "__main__":
    main()
