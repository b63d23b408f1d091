"""Synthetic news corpus for the benchmarks: deterministic ~600-word conflict reports.

Input: a count, a seed and a target length. Output: `tessera.records.Article` records
(or JSONL lines, from the command line) that look like wire reports on political
violence in the Sahel and coastal West Africa. It sits before `ingest/` and feeds
`benchmarks/throughput.py`, `benchmarks/ingest.py` and `benchmarks/scale.py`.

The text comes from a small template grammar, not from any publisher. Its shape
follows real reporting, because that shape is what the pipeline's cost depends on:
only sentences with a trigger word get the full statistical parse, so the share of
event sentences (about 35-50% here, as in wire copy) drives throughput. The rest is
background, reaction, quotes and context.

Usage: python benchmarks/corpus.py N OUT.jsonl [--seed S] [--words W]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script from a checkout: make `tessera` importable without installing.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tessera.records import Article  # noqa: E402

# Share of sentences that report an event (attack, arrest, deployment, protest ...).
EVENT_SHARE = 0.42
# Quotes from witnesses and officials; the rest of the sentences are background.
QUOTE_SHARE = 0.08

FIRST_DAY = dt.date(2021, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)


@dataclass(frozen=True)
class Theatre:
    """A country with the places, forces and officials a report on it would name."""

    country: str
    demonym: str
    capital: str
    # Each region with towns in it, so a sentence never puts a town in the wrong region.
    regions: dict[str, tuple[str, ...]]
    army: str
    armed_groups: tuple[str, ...]
    officials: tuple[str, ...]
    # Under military rule since a coup: only then do sentences about the junta fit.
    junta: bool


THEATRES: tuple[Theatre, ...] = (
    Theatre(
        "Mali",
        "Malian",
        "Bamako",
        {
            "the Mopti region": ("Boni", "Bandiagara", "Douentza", "Ogossagou", "Boulkessi", "Bankass"),
            "the Gao region": ("Ansongo", "Bourem", "Tessit", "Gao"),
            "the Menaka region": ("Menaka", "Anderamboukane", "Inekar"),
            "the Segou region": ("Niono", "Diafarabe", "Macina", "Farabougou"),
            "the Timbuktu region": ("Ber", "Goundam", "Niafunke", "Lere"),
        },
        "the Malian armed forces",
        ("JNIM", "Islamic State Sahel", "the Katiba Macina", "fighters linked to al Qaeda"),
        ("the transitional government", "the defence ministry", "the army's general staff"),
        True,
    ),
    Theatre(
        "Burkina Faso",
        "Burkinabe",
        "Ouagadougou",
        {
            "the Sahel region": ("Djibo", "Seytenga", "Solhan", "Arbinda", "Gorgadji", "Dori", "Sebba"),
            "the East region": ("Fada N'Gourma", "Diapaga", "Pama", "Kantchari"),
            "the North region": ("Ouahigouya", "Titao", "Thiou", "Karma"),
            "the Centre-North region": ("Kaya", "Barsalogho", "Pissila", "Kongoussi"),
            "the Boucle du Mouhoun": ("Dedougou", "Nouna", "Toeni", "Solenzo"),
        },
        "the Burkinabe army",
        ("JNIM", "Ansarul Islam", "Islamic State Sahel", "suspected jihadists"),
        ("the military government", "the security ministry", "the army command"),
        True,
    ),
    Theatre(
        "Niger",
        "Nigerien",
        "Niamey",
        {
            "the Tillaberi region": ("Banibangou", "Ouallam", "Torodi", "Makalondi", "Ayorou", "Teguey"),
            "the Tahoua region": ("Tillia", "Tassia", "Tabatol", "Intazayene"),
            "the Diffa region": ("Bosso", "Diffa", "Toumour", "Chetimari"),
            "the Dosso region": ("Gaya", "Dogondoutchi", "Falmey"),
        },
        "the Nigerien army",
        ("Islamic State Sahel", "JNIM", "ISWAP", "Boko Haram"),
        ("the ruling military council", "the interior ministry", "the defence ministry"),
        True,
    ),
    Theatre(
        "Nigeria",
        "Nigerian",
        "Abuja",
        {
            "Borno state": ("Maiduguri", "Gwoza", "Monguno", "Damboa", "Dikwa", "Konduga", "Bama"),
            "Yobe state": ("Damaturu", "Gujba", "Geidam", "Mafa"),
            "Zamfara state": ("Gusau", "Anka", "Jangebe", "Tsafe"),
            "Katsina state": ("Kankara", "Funtua", "Batsari"),
            "Kaduna state": ("Kuriga", "Birnin Gwari", "Kajuru"),
        },
        "the Nigerian army",
        ("ISWAP", "Boko Haram", "armed bandits", "gunmen"),
        ("the federal government", "the state governor", "the army spokesman"),
        False,
    ),
    Theatre(
        "Benin",
        "Beninese",
        "Porto-Novo",
        {
            "the Alibori department": ("Karimama", "Malanville", "Banikoara", "Segbana"),
            "the Atacora department": ("Tanguieta", "Materi", "Kerou", "Porga"),
        },
        "the Beninese army",
        ("JNIM", "suspected jihadists", "gunmen from across the border"),
        ("the government spokesman", "the defence ministry", "the presidency"),
        False,
    ),
    Theatre(
        "Togo",
        "Togolese",
        "Lome",
        {
            "the Savanes region": ("Dapaong", "Kpendjal", "Mandouri", "Cinkasse", "Gando"),
            "the Kara region": ("Kara", "Bafilo", "Niamtougou"),
        },
        "the Togolese army",
        ("JNIM", "suspected jihadists", "armed men"),
        ("the government", "the army general staff", "the security minister"),
        False,
    ),
    Theatre(
        "Chad",
        "Chadian",
        "N'Djamena",
        {
            "Lac province": ("Bol", "Ngouboua", "Kaiga Kindjiria", "Baga Sola", "Barkaram"),
            "Tibesti province": ("Bardai", "Zouar", "Miski"),
            "Ouaddai province": ("Abeche", "Adre", "Goz Beida"),
        },
        "the Chadian army",
        ("Boko Haram", "ISWAP", "FACT rebels"),
        ("the transitional military council", "the army spokesman", "the government"),
        True,
    ),
)

# Who gives aid, who has troops to pull out, which bloc sanctions whom.
DONORS = ("the United Nations", "the European Union", "Germany", "the United States", "the World Food Programme")
FOREIGN_FORCES = ("France", "MINUSMA", "Germany", "the United States", "the European training mission")
BLOCS = {"Chad": "the African Union"}
FOREIGN_ACTORS = (
    "France",
    "the United Nations",
    "ECOWAS",
    "the African Union",
    "the European Union",
    "Russia",
    "the United States",
    "Germany",
    "MINUSMA",
    "Algeria",
)
OUTLETS = ("state television", "a local radio station", "the national news agency", "local media")
WITNESSES = (
    "a local official",
    "a resident",
    "a security source",
    "an aid worker",
    "a community leader",
    "a hospital worker",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "about 20", "around 30")
VICTIMS = (
    "soldiers",
    "civilians",
    "villagers",
    "volunteer fighters",
    "gendarmes",
    "police officers",
    "traders",
    "herders",
    "farmers",
)
ATTACK_VERBS = ("attacked", "raided", "stormed", "struck")
ATTACK_NOUNS = ("attack", "ambush", "raid", "assault")
TARGETS = (
    "an army post",
    "a military convoy",
    "a gendarmerie",
    "a village",
    "a weekly market",
    "a police station",
    "a supply convoy",
)

# Event sentences: each names an event with actor, place, date and figures.
EVENT_TEMPLATES = (
    "{group} {attack_verb} {target} near {town} in {region} on {weekday}, killing {n} {victims}, {witness} said.",
    "At least {n} {victims} were killed on {weekday} when gunmen {attack_verb} {town}, according to {officials}.",
    "{Army} said it killed {n2} militants in air strikes around {town} on {day_month}.",
    "A roadside bomb hit a vehicle carrying {victims} near {town} on {weekday}, killing {n} and wounding {m}.",
    "Gunmen abducted {n} {victims} on the road between {town} and {town2} late on {weekday}, {witness} told reporters.",
    "Security forces arrested {n} people suspected of helping {group_lower} in {region} last week.",
    "Hundreds of people protested in {capital} on {weekday} against the presence of foreign troops.",
    "{Foreign_force} announced it would withdraw its troops from {country} by the end of the year.",
    "{Army} deployed reinforcements to {region} after the {attack_noun} on {town}.",
    "{Foreign} condemned the killing of {victims} in {town} and called for an investigation.",
    "{officials_cap} accused {group_lower} of burning houses and stealing livestock in {town}.",
    "{Bloc} threatened new sanctions on {country} after the military refused to set a date for elections.",
    "{country} expelled the ambassador of {foreign_country} on {weekday}, giving him 72 hours to leave.",
    "{group} claimed responsibility for the {attack_noun} on {town} and said it had killed {n3} {victims}.",
    "Clashes between {group_lower} and {army} left {n} dead near {town} on {day_month}, {outlet} reported.",
    "{Donor} pledged {money} million dollars in humanitarian aid for people displaced from {region}.",
    "Fighters on motorbikes killed {n} {victims} and set fire to a health centre in {town} on {weekday}.",
    "The army said it had repelled an attack on its base in {town}, killing {n2} assailants and losing {m} soldiers.",
    "Kidnappers released {m} hostages seized in {region} in {month}, {witness} said.",
    "The government declared a curfew in {region} on {day_month} after a wave of attacks.",
)

LEAD_TEMPLATES = tuple(t for t in EVENT_TEMPLATES if "killing {n}" in t or "killed {n}" in t or "were killed" in t)

# Background sentences: context, history, reactions without a new event.
BACKGROUND_TEMPLATES = (
    "{country} has been fighting armed groups for more than a decade.",
    "The region lies close to the borders with {neighbour} and has few paved roads.",
    "Thousands of people have fled their homes in {region} over the past two years.",
    "Aid agencies say access to much of {region} is difficult because of insecurity.",
    "The military took power in {capital} promising to restore security.",
    "It was not possible to independently confirm the toll.",
    "Telephone networks in the area are often cut, which slows the flow of information.",
    "The influence of {group_lower} has grown across the region in recent years.",
    "Schools and health centres in parts of {region} remain closed.",
    "Analysts say the violence has increasingly pushed south towards the coastal states.",
    "Many residents depend on farming and livestock, and the lean season begins in June.",
    "The {demonym} authorities rarely give details of military losses.",
    "The town is a crossroads for traders travelling between {town} and {capital}.",
    "Local defence groups have been recruited to support the army in rural areas.",
    "The country is among the poorest in the world, according to United Nations rankings.",
    "Relations between {capital} and several Western capitals have cooled since the coup.",
    "Previous peace efforts in the area produced short local truces that did not hold.",
    "The rainy season usually makes many tracks in {region} impassable.",
)

QUOTE_TEMPLATES = (
    '"We heard shooting for more than an hour and then the houses were burning," {witness} said.',
    '"The situation is under control and operations are continuing," {officials} said in a statement.',
    '"People are afraid to go to their fields," said {witness}, who asked not to be named.',
    '"We need more help before the rains arrive," {witness} said by telephone from {town}.',
    '"Nobody came to help us, so we left with only our children," {witness} said in a displacement camp.',
    '"These attacks will not break our determination," {officials} said after visiting the wounded.',
    '"The road has been cut for weeks and prices have doubled," {witness} said.',
    '"Our forces will pursue the attackers wherever they hide," {officials} said on {outlet}.',
)

# Sentences that only fit a country ruled by a junta.
JUNTA_ONLY = frozenset(
    t
    for t in (*EVENT_TEMPLATES, *BACKGROUND_TEMPLATES)
    if "coup" in t or "military took power" in t or "the military refused" in t
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "event": EVENT_TEMPLATES,
    "background": BACKGROUND_TEMPLATES,
    "quote": QUOTE_TEMPLATES,
}

NEIGHBOURS: dict[str, tuple[str, ...]] = {
    "Mali": ("Burkina Faso", "Niger", "Mauritania", "Algeria"),
    "Burkina Faso": ("Mali", "Niger", "Benin", "Togo", "Ghana"),
    "Niger": ("Mali", "Burkina Faso", "Nigeria", "Benin", "Chad"),
    "Nigeria": ("Niger", "Chad", "Cameroon", "Benin"),
    "Benin": ("Burkina Faso", "Niger", "Nigeria", "Togo"),
    "Togo": ("Burkina Faso", "Benin", "Ghana"),
    "Chad": ("Niger", "Nigeria", "Cameroon", "Sudan"),
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class _ArticleWriter:
    """Writes one article from one random stream, so each article is reproducible alone."""

    def __init__(self, rng: random.Random, theatre: Theatre, published: dt.date) -> None:
        self.rng = rng
        self.theatre = theatre
        self.published = published
        self.neighbour = rng.choice(NEIGHBOURS[theatre.country])
        self.home_region = rng.choice(list(theatre.regions))
        # Templates not yet used in this article, so sentences do not repeat.
        self.unused: dict[str, list[str]] = {}

    def _slots(self) -> dict[str, str]:
        rng, t = self.rng, self.theatre
        # A report dwells on one area and mentions others in passing.
        region = self.home_region if rng.random() < 0.7 else rng.choice(list(t.regions))
        town, town2 = rng.sample(sorted(set(t.regions[region])), 2)
        event_day = self.published - dt.timedelta(days=rng.randint(1, 6))
        foreign = rng.choice(FOREIGN_ACTORS)
        officials = rng.choice(t.officials)
        group = rng.choice(t.armed_groups)
        return {
            "group": _capitalise(group),
            "group_lower": group,
            "army": t.army,
            "Army": _capitalise(t.army),
            "attack_verb": rng.choice(ATTACK_VERBS),
            "attack_noun": rng.choice(ATTACK_NOUNS),
            "target": rng.choice(TARGETS),
            "town": town,
            "town2": town2,
            "region": region,
            "country": t.country,
            "capital": t.capital,
            "demonym": t.demonym,
            "neighbour": self.neighbour,
            "weekday": WEEKDAYS[event_day.weekday()],
            "day_month": f"{event_day.day} {MONTHS[event_day.month - 1]}",
            "month": MONTHS[rng.randrange(12)],
            "n": str(rng.choice((rng.randint(2, 60), rng.choice(NUMBER_WORDS)))),
            "n2": str(rng.randint(5, 120)),
            "n3": str(rng.randint(10, 150)),
            "m": str(rng.randint(2, 30)),
            "money": str(rng.choice((5, 10, 12, 25, 40, 60, 100))),
            "victims": rng.choice(VICTIMS),
            "witness": rng.choice(WITNESSES),
            "outlet": rng.choice(OUTLETS),
            "officials": officials,
            "officials_cap": _capitalise(officials),
            "Foreign": _capitalise(foreign),
            "Foreign_force": _capitalise(rng.choice(FOREIGN_FORCES)),
            "Donor": _capitalise(rng.choice(DONORS)),
            "Bloc": _capitalise(BLOCS.get(t.country, "ECOWAS")),
            "foreign_country": rng.choice(("France", "Germany", "the United States", "Ivory Coast", "Algeria")),
        }

    def sentence(self, kind: str) -> str:
        if not self.unused.get(kind):
            self.unused[kind] = [t for t in TEMPLATES[kind] if self.theatre.junta or t not in JUNTA_ONLY]
        template = self.unused[kind].pop(self.rng.randrange(len(self.unused[kind])))
        return template.format(**self._slots())

    def write(self, words: int) -> tuple[str, str]:
        # Wire reports lead with the violence; reaction and context follow.
        self.unused["event"] = [t for t in EVENT_TEMPLATES if t not in LEAD_TEMPLATES]
        lead = self.rng.choice(LEAD_TEMPLATES).format(**self._slots())
        title = lead.split(",")[0].rstrip(".")
        paragraphs: list[str] = []
        paragraph: list[str] = [lead]
        count = len(lead.split())
        while count < words:
            roll = self.rng.random()
            kind = "event" if roll < EVENT_SHARE else ("quote" if roll < EVENT_SHARE + QUOTE_SHARE else "background")
            sentence = self.sentence(kind)
            paragraph.append(sentence)
            count += len(sentence.split())
            # Wire copy runs one to three sentences a paragraph.
            if len(paragraph) >= self.rng.randint(1, 3):
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        dateline = f"{self.theatre.capital.upper()}, {MONTHS[self.published.month - 1]} {self.published.day} - "
        return title, dateline + "\n\n".join(paragraphs)


def generate_articles(n: int, seed: int = 0, words: int = 600) -> list[Article]:
    """`n` reproducible synthetic articles of about `words` words each (never fewer)."""
    if n < 0:
        raise ValueError(f"n must be zero or more, got {n}")
    if words < 1:
        raise ValueError(f"words must be positive, got {words}")
    span_days = (LAST_DAY - FIRST_DAY).days
    articles: list[Article] = []
    for index in range(n):
        # One stream per article: article k is the same whatever n is.
        rng = random.Random(f"tessera-bench-{seed}-{index}")
        theatre = rng.choice(THEATRES)
        published = FIRST_DAY + dt.timedelta(days=rng.randint(7, span_days))
        title, text = _ArticleWriter(rng, theatre, published).write(words)
        article_id = f"bench-{seed}-{index:06d}"
        articles.append(
            Article(
                id=article_id,
                text=text,
                published=published,
                language="en",
                title=title,
                url=f"https://bench.tessera.invalid/{published.isoformat()}/{article_id}",
            )
        )
    return articles


def write_jsonl(articles: list[Article], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(article.model_dump_json(exclude_none=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic conflict news articles as JSONL.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output JSONL path")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=600, help="approximate words per article")
    args = parser.parse_args(argv)
    write_jsonl(generate_articles(args.n, seed=args.seed, words=args.words), args.out)
    print(f"wrote {args.n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
