"""Numbers pages from other countries print that are no counts (corpus.figure_abroad).

Each line is written for its test; the forms come from the seventeenth round's read gold
sets (blind121-128: Nordic, Brazilian, Quebec, Finnish and US pages).
"""

from __future__ import annotations

import pytest
from figure_helpers import figures_of

from corpus import page_lines
from corpus.figure_abroad import in_another_language


def values(text: str) -> list[str]:
    return figures_of(text, "2025-01-19")["value_text"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "23 h 58\n\nThis live blog is now closed.",
        "Publicerad 13 oktober 2025 kl 22.47 · Uppdaterad 14 oktober 2025 kl 07.12",
        "Aktuellt will be back at 22.00 with the latest from Sharm el-Sheikh.",
        "18.out.2023 às 14h05   Atualizado: 18.out.2023 às 18h47",
        "At 11h15 on Sunday (19), the truce took effect.",
        "Israel orders Gazans in the north to move south (13.10.)",
        "Jefferson Public Radio | 1250 Siskiyou Blvd., Ashland, OR 97520",
        "Donations can be made via MobilePay 10 20 30.",
        "Seneste opdateringer\n\nfor 3 minutter siden",
        "Tiempo de lectura: 6 minutos",
        "Anyone wishing to donate can call 01434 555019.",
        "Maanantai 16. lokakuuta 2023",
    ],
)
def test_page_furniture_abroad_is_no_figure(text):
    assert values(text) == []


def test_the_toll_beside_a_bracketed_day_is_still_a_figure():
    text = "According to the ministry, 471 people died in an explosion on Tuesday night (17)."
    assert values(text) == ["471"]


@pytest.mark.parametrize(
    "line",
    [
        "Hamas liberta 3 reféns e Israel solta 90 prisioneiros palestinos",
        "Her er de 13 israelere, der blev løsladt fredag",
        "Quién es Yarden Bibas, el argentino que volvió de Gaza tras 484 días",
    ],
)
def test_a_line_in_another_language_is_told(line):
    assert in_another_language(line)
    assert values(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Hamas Frees 3 Hostages, Israel Releases 90 Palestinian Prisoners",
        "Lula da Silva says 30 Brazilians are waiting at the Rafah crossing.",
        "Türk Urges Release Of 20 Hostages; Zúñiga Backs Chile's Aid Pledge",
    ],
)
def test_an_english_line_with_foreign_names_is_english(line):
    assert not in_another_language(line)


def test_an_address_line_with_a_telefon_is_site_furniture():
    line = "DR Byen, Emil Holms Kanal 20, 0999 København C | Telefon 35 20 30 40"
    assert page_lines.is_chrome(line)


@pytest.mark.parametrize(
    "text",
    [
        "الاثنين 27 تشرين الثاني 2023 - 13 جمادى الأولى 1445 هـ",
        "Cümə, 24 noyabr 2023\n\nThe humanitarian pause took effect on Friday.",
        "Kathmandu, Asoj 29 (RSS): The mortal remains of the student arrived home.",
        "In a statement issued yesterday (16), the Ministry welcomed the agreement.",
        "سه‌شنبه ۲ آبان ۱۴۰۲",
        "Thứ Tư, 19 Tháng Ba 2025 - 18:30 (GMT+7)",
    ],
)
def test_date_lines_in_other_scripts_and_months_are_no_figures(text):
    assert values(text) == []
