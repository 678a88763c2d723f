"""Articles exported from Factiva, ProQuest and Nexis: the database's fields give the
headline, date and source, and none of them is read as text."""

from __future__ import annotations

import datetime as dt

import pytest

from corpus.exports import export_kind
from corpus.figures import figures
from corpus.io import read_articles
from corpus.layouts import parse_page

FACTIVA_CODES = """Factiva  |  Search  |  Alerts  |  Display Options
Article 3 of 41  < Previous | Next >

HD Israel, Hamas Extend Truce Two Days as Fourth Group of Hostages Goes Free
BY By Noa Levinson and Omar Haddadin
WC 771 words
PD 28 November 2023
SN The Wall Street Journal
SC J
LA English
CY Copyright 2023 Dow Jones & Company, Inc. All Rights Reserved.

LP
TEL AVIV—Israel and Hamas agreed to extend their cease-fire by two days, Qatari mediators said.

TD
Hamas said it had agreed to prolong the truce "under the same conditions."

CO hmas : Hamas | qtrgov : Government of Qatar
NS gvio : Military Action
AN Document J000000020231128ejbs0000c

© 2023 Factiva, Inc. All rights reserved.
"""

FACTIVA_DISPLAY = """Page 1 of 2 © 2025 Factiva, Inc. All rights reserved.

Dow Jones Factiva
Search  |  Alerts  |  Display Options
Headlines 1 - 1 of 1   |   Sort by: Most recent first

World
UN backs Trump's Gaza plan as Hamas rejects 'trusteeship'
Security Council resolution opens way for an international force
Sorcha Whelan in Jerusalem
703 words
18 November 2025
The Irish Times
IRTI
English
© 2025 The Irish Times. All rights reserved.

The UN Security Council has endorsed the plan, clearing the way for a stabilisation force.

Search Summary
Text\tgaza AND ceasefire
Results Found\t1
"""

PROQUEST_REPORT = """____________________________________________________________

Report Information from ProQuest
March 20 2025 09:14
____________________________________________________________

Table of contents

1. Israeli strikes shatter Gaza ceasefire, killing more than 400

____________________________________________________________

Document 1 of 1

Israeli strikes shatter Gaza ceasefire, killing more than 400

Author: Tessier, Colin

Publication info: The Globe and Mail ; Toronto, Ont. [Toronto, Ont]. 19 Mar 2025: A.1.

ProQuest document link

Abstract: None available.

Full text: JERUSALEM -- Israel unleashed its heaviest bombardment of Gaza in two months.

The Gaza Health Ministry said at least 412 people had been killed.

Publication title: The Globe and Mail; Toronto, Ont.

Pages: A.1

ISSN: 03190714

ProQuest document ID: 3178214403

Database: Canadian Newsstream
"""

NEXIS = """Nexis Uni®
Results list | Document | Download | Print | Email

Page 1 of 2
Biden says Egypt will let 20 aid lorries into Gaza

Biden says Egypt will let 20 aid lorries into Gaza
The Guardian (London)
October 19, 2023 Thursday

Copyright 2023 Guardian Newspapers Limited All Rights Reserved

Section: GUARDIAN INTERNATIONAL PAGES; Pg. 4
Length: 806 words
Byline: Hannah Prestwick in Jerusalem
Highlight: Gaza officials say the death toll has passed 3,400

Body

Joe Biden said on Wednesday that Egypt had agreed to open the Rafah crossing.

Page 2 of 2
Biden says Egypt will let 20 aid lorries into Gaza

The health ministry said that at least 3,478 Palestinians had been killed.

Load-Date: October 19, 2023

End of Document
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (FACTIVA_CODES, "factiva"),
        (FACTIVA_DISPLAY, "factiva"),
        (PROQUEST_REPORT, "proquest"),
        (NEXIS, "nexis"),
        ("Hamas said the truce would hold, Reuters reported.", None),
    ],
)
def test_the_database_is_told_by_its_marks(text, kind):
    assert export_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "title", "day", "outlet"),
    [
        (
            FACTIVA_CODES,
            "Israel, Hamas Extend Truce Two Days as Fourth Group of Hostages Goes Free",
            dt.date(2023, 11, 28),
            "The Wall Street Journal",
        ),
        (
            FACTIVA_DISPLAY,
            "UN backs Trump's Gaza plan as Hamas rejects 'trusteeship'",
            dt.date(2025, 11, 18),
            "The Irish Times",
        ),
        (
            PROQUEST_REPORT,
            "Israeli strikes shatter Gaza ceasefire, killing more than 400",
            dt.date(2025, 3, 19),
            "The Globe and Mail",
        ),
    ],
)
def test_the_fields_give_headline_date_and_source(text, title, day, outlet):
    page = parse_page(text)
    assert (page.title, page.published, page.outlet) == (title, day, outlet)


def test_the_export_date_is_not_the_publication_date():
    assert parse_page(PROQUEST_REPORT).published != dt.date(2025, 3, 20)


@pytest.mark.parametrize("text", [FACTIVA_CODES, FACTIVA_DISPLAY, PROQUEST_REPORT, NEXIS])
def test_no_field_is_left_in_the_text(text):
    body = parse_page(text).text
    for field in (
        "771 words",
        "806 words",
        "703 words",
        "ISSN",
        "AN Document",
        "Load-Date",
        "IRTI",
    ):
        assert field not in body


def test_a_nexis_standfirst_and_the_body_stay():
    body = parse_page(NEXIS).text
    assert "Gaza officials say the death toll has passed 3,400" in body
    assert body.count("Biden says Egypt will let 20 aid lorries into Gaza") <= 1


def test_a_word_count_is_no_figure(tmp_path):
    (tmp_path / "nexis.txt").write_text(NEXIS, encoding="utf-8")
    found = read_articles(tmp_path)
    articles = found[0] if isinstance(found, tuple) else found
    values = figures(articles)["value"].tolist()
    assert 806.0 not in values and 3478.0 in values
