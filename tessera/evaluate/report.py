"""docs/ACCURACY.md writer: evaluation reports + targets -> one Markdown table.

Input: `EvaluationReport`s (one a gold set), the targets and reference systems' figures
(`tessera/data/evaluation_targets.yaml`, read and validated once), the date, the git
commit, optional reference figures measured in the same run, and the throughput figures
of benchmarks/throughput.py (or a note saying why there are none).
Output: the Markdown text of docs/ACCURACY.md. Where it sits: the last step of
scripts/eval_all.py; nothing here runs the pipeline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, field_validator

from tessera.evaluate import EvaluationReport

# Figures where a smaller number is the better one; every other figure is a share
# where higher is better.
LOWER_IS_BETTER = frozenset({"noevent_fpr", "median_error_km", "auc"})
_TARGET = re.compile(r"(>=|<=)\s*([0-9]*\.?[0-9]+)")


def higher_is_better(metric: str) -> bool:
    return metric not in LOWER_IS_BETTER


class Target(BaseModel):
    """What Tessera aims for on one figure of one gold set."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    gold_set: str
    metric: str
    target: str
    reference: str = ""
    # What holds the figure back, from the error analysis; shown when the target is missed.
    limits: str = ""

    @field_validator("target")
    @classmethod
    def _comparison(cls, value: str) -> str:
        if not _TARGET.fullmatch(value.strip()):
            raise ValueError(f"target {value!r} is not '>= x' or '<= x'")
        return value.strip()

    @property
    def threshold(self) -> float:
        match = _TARGET.fullmatch(self.target)
        assert match is not None
        return float(match.group(2))

    def met(self, value: float | None) -> bool | None:
        if value is None:
            return None
        return value >= self.threshold if self.target.startswith(">=") else value <= self.threshold


@functools.lru_cache(maxsize=1)
def load_targets() -> tuple[Target, ...]:
    text = resources.files("tessera").joinpath("data/evaluation_targets.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("targets"), list):
        raise ValueError("evaluation_targets.yaml: expected a mapping with a `targets` list")
    return tuple(Target.model_validate(entry) for entry in data["targets"])


def render_accuracy(
    reports: Sequence[EvaluationReport],
    *,
    commit: str,
    date: dt.date,
    targets: Sequence[Target] | None = None,
    references: Mapping[tuple[str, str], str] | None = None,
    throughput: Mapping[str, float] | None = None,
    throughput_note: str = "",
) -> str:
    """The Markdown of docs/ACCURACY.md.

    `references` adds reference figures measured in this run, keyed by (gold set, metric).
    """
    targets = load_targets() if targets is None else targets
    target_of = {(t.gold_set, t.metric): t for t in targets}
    measured_references = dict(references or {})
    lines = [
        "# Accuracy on the gold dev sets",
        "",
        f"Measured {date.isoformat()} at commit `{commit}` by `scripts/eval_all.py`",
        "(`tessera evaluate KIND GOLD.jsonl` gives one set's figures and, with `--verbose`, its errors).",
        "Metric definitions: ../shared/gold/README.md; code: `tessera/evaluate/`.",
        "Shares are 0-1; `median_error_km` is in km; for `noevent_fpr`, `median_error_km` and",
        "`auc` lower is better. Rows with a target come first in each set.",
        "",
        "| kind | gold set | items | metric | figure | reference | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for report in reports:
        names = list(report.figures)
        names.sort(key=lambda name: (report.dataset, name) not in target_of)  # stable: targets first
        for name in names:
            value = report.figures[name]
            target = target_of.get((report.dataset, name))
            reference = _reference(
                target.reference if target else "", measured_references.get((report.dataset, name), "")
            )
            met = target.met(value) if target else None
            lines.append(
                f"| {report.kind} | {report.dataset} | {report.items}"
                f"{f' ({report.failures} failed)' if report.failures else ''} | {name} | "
                f"{format_figure(name, value)} | {reference} | {target.target if target else ''} | "
                f"{'' if met is None else ('yes' if met else '**no**')} |"
            )
    missed = [
        (report, target_of[(report.dataset, name)], value)
        for report in reports
        for name, value in report.figures.items()
        if (report.dataset, name) in target_of and target_of[(report.dataset, name)].met(value) is False
    ]
    if missed:
        lines += ["", "## Targets missed, and what limits them", ""]
        for report, target, value in missed:
            why = target.limits or "not analysed yet"
            lines.append(
                f"- **{report.dataset} {target.metric}** {format_figure(target.metric, value)} "
                f"(target {target.target}): {why}"
            )
    missing = [t for t in targets if t.gold_set not in {r.dataset for r in reports}]
    if missing:
        lines += [
            "",
            "Targets without a measured gold set here: "
            + ", ".join(f"{t.gold_set} {t.metric} {t.target}" for t in missing)
            + ".",
        ]
    lines += ["", "## Throughput", ""]
    if throughput:
        if throughput_note:
            lines += [throughput_note, ""]
        lines += ["| measure | value |", "|---|---|"]
        lines += [f"| {key} | {_plain(value)} |" for key, value in throughput.items()]
    else:
        lines.append(throughput_note or "Not measured.")
    speeds = [r for r in reports if r.articles_per_second]
    if speeds:
        lines += [
            "",
            "Articles/s while scoring each set (all cores, gold article lengths): "
            + ", ".join(f"{r.dataset} {r.articles_per_second:.1f}" for r in speeds)
            + ".",
        ]
    return "\n".join(lines) + "\n"


def write_accuracy(path: Path, reports: Sequence[EvaluationReport], **kwargs: object) -> None:
    path.write_text(render_accuracy(reports, **kwargs), encoding="utf-8")  # type: ignore[arg-type]


def _reference(quoted: str, measured: str) -> str:
    """The quoted reference, or the figure measured for it in this run when there is one."""
    if measured and (not quoted or measured.startswith(quoted)):
        return measured
    return "; ".join(part for part in (quoted, measured) if part)


def format_figure(metric: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    if metric.endswith("_km"):
        return f"{value:,.1f}"
    return f"{value:.3f}"


def _plain(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)
