"""Write N synthetic news articles for benchmarks: ``make_corpus.py N OUT [--seed S]``.

The articles imitate the genre the reader knows (cease-fire talks, casualty
tolls, hostages, aid) in the page layouts of ``corpus.layouts``: a key-value
header block, a section banner with a Published line and a doubled photo
caption, a title printed twice with byline, credit and tag line, an
"<Outlet> Updated on" line, and a photo caption first. Dates, speakers, numbers
and lengths (about 5 KB) vary. Sentences come from the templates below, written
for this script. Article ``i`` depends only on ``(seed, i)``, so the first 1,000
articles of a 10,000-article corpus equal a 1,000-article corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

# -- vocabulary (data) --------------------------------------------------------------

FIRST = (
    "Amir",
    "Dana",
    "Yossi",
    "Layla",
    "Khalid",
    "Noa",
    "Samir",
    "Ruth",
    "Hassan",
    "Maya",
    "Omar",
    "Tamar",
    "Walid",
    "Ilan",
    "Rania",
    "David",
    "Fatima",
    "Eitan",
    "Nadia",
    "Liu",
)
LAST = (
    "Haddad",
    "Cohen",
    "Mansour",
    "Levi",
    "Nasser",
    "Peretz",
    "Khoury",
    "Mizrahi",
    "Saleh",
    "Barak",
    "Awad",
    "Friedman",
    "Darwish",
    "Katz",
    "Hamdan",
    "Wang",
    "Zhang",
    "Brennan",
)
OFFICIAL_ROLES = (
    ("spokesperson for the Israeli military", "Israel Defense Forces"),
    ("senior Hamas official", "Hamas"),
    ("Qatari foreign ministry spokesman", "Qatar"),
    ("Egyptian intelligence official", "Egypt"),
    ("US State Department spokesperson", "United States"),
    ("UN humanitarian coordinator", "United Nations"),
    ("Palestinian Authority minister", "Palestinian Authority"),
)
EXPERT_ROLES = (
    "a professor of Middle East studies at Tel Aviv University",
    "a researcher at the Shanghai Institutes for International Studies",
    "director of the Center for Regional Studies at Cairo University",
    "a senior fellow at the Washington Institute",
    "an analyst at the International Crisis Group",
)
BODIES = (
    "the Hamas-run Health Ministry",
    "the UN agency for Palestinian refugees",
    "the Israeli Prime Minister's Office",
    "the World Health Organization",
    "the Palestinian Red Crescent",
    "Israel's military",
)
OUTLETS = (
    "Reuters",
    "Al Jazeera",
    "the Times of Israel",
    "Xinhua",
    "CNN",
    "Haaretz",
    "the Associated Press",
)
UNNAMED = (
    "a source familiar with the talks",
    "analysts",
    "Western diplomats",
    "an Israeli official",
    "Egyptian security sources",
    "Chinese observers",
)
PLACES = ("Rafah", "Khan Younis", "Gaza City", "Deir al-Balah", "Jabalia", "Nuseirat")
CITIES = ("Cairo", "Doha", "Paris", "Washington", "Beijing", "Amman")
SAY = ("said", "told reporters", "warned", "noted", "stressed", "argued", "added", "claimed")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TAGS = "Israel, Hamas, Gaza, Ceasefire, Middle East"

# Sentence templates: {name}, {role}, {say}, {place}, {n}... filled per article.
OPENERS = (
    "Negotiators from Israel and Hamas are expected to resume indirect talks in {city} on "
    "{weekday}, {outlet} reported, as mediators push for a new cease-fire in Gaza.",
    "Israeli strikes killed at least {small} people in {place} overnight, {body} said on "
    "{weekday}, as talks on a truce and hostage release stalled again.",
    "Mediators in {city} presented a revised proposal for a phased cease-fire on {weekday}, "
    "according to {unnamed}.",
)
BODY = (
    '"We will not accept any deal that does not end the war," {name}, a {official}, {say} on '
    "{weekday}.",
    '{name}, {expert}, {say} that both sides were under "growing pressure" to reach a deal.',
    "The death toll in Gaza has risen to {toll}, {body} said on {weekday}, adding that "
    "{injured} people had been injured since October 7.",
    "About {hostages} hostages are still held in Gaza, according to {body}.",
    '"The gaps remain wide, but there is movement," {unnamed} told {outlet}.',
    "{surname} {say} the proposal included the release of {prisoners} Palestinian prisoners "
    "in exchange for {small} hostages during a {days}-day pause.",
    "More than {displaced} people have been displaced in {place}, {body} said.",
    'He added that the talks in {city} could resume "as early as next week."',
    "Some {trucks} aid trucks entered Gaza on {weekday}, the lowest number in weeks, {body} said.",
    "Analysts said a lasting truce was unlikely while the two sides disagreed over a full "
    "Israeli withdrawal.",
    "Speaking to {outlet}, {name} {say} the pressure on Israel's government had increased after "
    "protests in Tel Aviv drew tens of thousands of people.",
    "The United States has pledged ${money} million in humanitarian aid, {name}, a {official}, "
    "said in a statement.",
    'Residents of {place} described nights of shelling. "We have nowhere left to go," said '
    "{name}, a father of {small}.",
    "According to {unnamed}, the two delegations did not meet face to face.",
    "The negotiations, which began in {month_name}, have repeatedly stalled over the sequencing "
    "of hostage releases and a permanent end to the fighting.",
)
# Background sentences without a source or a count. Real articles carry them
# between attributions: the seeds and the dev set average about 20 statements and
# 8 figures per 5 KB, so the body mixes BODY and NARRATIVE templates to match.
NARRATIVE = (
    "The war began after the Hamas-led attack on southern Israel on October 7.",
    "Much of northern Gaza has been reduced to rubble, and families have moved several times.",
    "Fuel shortages have forced hospitals in {place} to ration electricity for their wards.",
    "The border crossing at Rafah has been closed for most of the past month.",
    "Aid agencies have struggled to reach the north of the enclave because of the fighting.",
    "Diplomats from {city} shuttled between the delegations for most of the week.",
    "Protesters gathered again outside the defence ministry in Tel Aviv, waving flags and "
    "photographs of relatives held in Gaza.",
    "Talks have so far failed to bridge the gap over a permanent end to the fighting.",
    "Winter rain has flooded tent camps along the coast near {place}.",
    "The sequencing of releases and the return of displaced residents to the north remain "
    "the hardest questions on the table.",
    "Schools run by the United Nations now serve as shelters across the south of the strip.",
    "Israel's war cabinet met late into the night to review the latest draft.",
)
NARRATIVE_SHARE = 0.55  # share of body sentences drawn from NARRATIVE
HEADINGS = ("Talks in the balance", "Pressure at home", "Humanitarian toll", "What comes next")


def _values(rng: random.Random) -> dict[str, object]:
    official, affiliation = rng.choice(OFFICIAL_ROLES)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    return {
        "name": name,
        "surname": name.split()[1],
        "official": official,
        "affiliation": affiliation,
        "expert": rng.choice(EXPERT_ROLES),
        "say": rng.choice(SAY),
        "body": rng.choice(BODIES),
        "outlet": rng.choice(OUTLETS),
        "unnamed": rng.choice(UNNAMED),
        "place": rng.choice(PLACES),
        "city": rng.choice(CITIES),
        "weekday": rng.choice(WEEKDAYS),
        "small": rng.randint(2, 60),
        "days": rng.choice((4, 6, 7, 42)),
        "toll": f"{rng.randint(9_000, 45_000):,}",
        "injured": f"{rng.randint(20_000, 100_000):,}",
        "hostages": rng.randint(90, 240),
        "prisoners": rng.choice((150, 300, 700, 900)),
        "displaced": f"{rng.randint(10, 190) * 10_000:,}",
        "trucks": rng.randint(20, 400),
        "money": rng.choice((100, 250, 400)),
    }


def _sentence(rng: random.Random, template: str, month_name: str) -> str:
    return template.format(**_values(rng), month_name=month_name)


def article(index: int, seed: int = 0) -> str:
    """The text of article ``index`` (deterministic for ``seed``)."""
    rng = random.Random(seed * 1_000_003 + index)
    published = dt.date(2023, 10, 8) + dt.timedelta(days=rng.randrange(450))
    month = published.strftime("%B")
    title = _sentence(
        rng,
        rng.choice(
            (
                "{name} says cease-fire talks in {city} face wide gaps",
                "Gaza death toll passes {toll} as truce talks stall",
                "Mediators push new hostage deal amid strikes on {place}",
            )
        ),
        month,
    )
    paragraphs = [_sentence(rng, rng.choice(OPENERS), month)]
    size = rng.randint(4200, 5800)  # characters of body
    while sum(map(len, paragraphs)) < size:
        count = rng.randint(2, 4)
        templates = [
            rng.choice(NARRATIVE) if rng.random() < NARRATIVE_SHARE else rng.choice(BODY)
            for _ in range(count)
        ]
        paragraphs.append(" ".join(_sentence(rng, t, month) for t in templates))
        if rng.random() < 0.15:
            paragraphs.append(rng.choice(HEADINGS))
    body = "\n\n".join(paragraphs)
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day = f"{published:%B} {published.day}, {published.year}"
    caption = _sentence(
        rng,
        "People inspect a destroyed building after an Israeli airstrike in {place}, on "
        + day
        + ". The death toll has risen to {toll}, the Health Ministry said.",
        month,
    )
    layout = rng.randrange(5)
    if layout == 0:
        return (
            f"Published Time: {published.isoformat()}\nTitle: {title}\nCategory 1: WORLD\n"
            f"Author: {author}\nText: \n{body}\n"
        )
    if layout == 1:
        stamp = (
            f"{published:%b} {published.day:02d}, {published.year} {rng.randint(1, 11):02d}:16 PM"
        )
        return (
            f"WORLD / MID-EAST\n{title}\nPublished: {stamp}\n{caption} (Photo: Xinhua)\n\n"
            f"{caption} (Photo: Xinhua)\n\n\n{body}\n"
        )
    if layout == 2:
        lead = paragraphs[0]
        return (
            f"{title}\n\n{lead}\n\nby {author}\n{title}\n© Getty Images News/{author}\n\n"
            f"{body}\n\n{TAGS}\n"
        )
    if layout == 3:
        outlet = rng.choice(("Mondo International", "Regional Post", "Daily Courier"))
        return f"{title}\n\n{outlet} Updated on {published.isoformat()}\n\n{body}\n"
    return f"{caption} Photo: Xinhua\n{body}\n"


def write_corpus(count: int, out: Path, seed: int = 0) -> Path:
    """Write ``count`` articles as ``out/a000000.txt`` …; returns ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        (out / f"a{index:06d}.txt").write_text(article(index, seed), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    write_corpus(args.count, args.out, args.seed)
    print(f"wrote {args.count} articles to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
