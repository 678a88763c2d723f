"""Posts embedded in a page (corpus.embeds): an X post's text, then its signature line."""

from __future__ import annotations

from corpus.embeds import _same_person
from corpus.statements import article_statements


def test_two_spellings_of_one_name_are_the_same_person():
    assert _same_person("Majed al-Ansari", "Dr. Majed Al Ansari")
    assert not _same_person("Majed al-Ansari", "Tom Fletcher")


def test_an_embedded_post_is_its_author_s_direct_statement():
    text = (
        "At least 630 aid trucks entered Gaza on Sunday. UN relief chief Tom Fletcher posted "
        "on X:\n\nAid is moving. The ceasefire must hold. pic.twitter.com/rQ4nUe7ZkB\n"
        "— Tom Fletcher (@UNReliefChief) January 19, 2025\n\nThe truce began at 11:15."
    )
    rows = article_statements(text)
    assert [(r["speaker"], r["quote"], r["kind"]) for r in rows] == [
        ("Tom Fletcher", "Aid is moving. The ceasefire must hold.", "direct")
    ]


def test_an_embedded_post_takes_the_name_the_article_wrote():
    text = (
        "Qatar's foreign ministry spokesperson Majed al-Ansari announced the start on X:\n\n"
        "The ceasefire in Gaza entered into force at 11:15 am Gaza time.\n"
        "— Dr. Majed Al Ansari د. ماجد الأنصاري (@majedalansari) January 19, 2025\n"
    )
    assert [(r["speaker"], r["quote"]) for r in article_statements(text)] == [
        ("Majed al-Ansari", "The ceasefire in Gaza entered into force at 11:15 am Gaza time.")
    ]


def test_an_embedded_post_repeating_a_quote_is_reported_once():
    text = (
        'Sen. Bernie Sanders said the pause did not go far enough. "Hamas has accepted a '
        'ceasefire. Netanyahu answered with tanks," he wrote on social media.\n\n'
        "Hamas has accepted a ceasefire. Netanyahu answered with tanks.\n"
        "— Bernie Sanders (@SenSanders) May 7, 2024\n"
    )
    assert all("(@" not in r["text"] for r in article_statements(text))


def test_a_post_headed_by_its_author_s_name_and_handle_is_their_statement():
    text = (
        "UK Foreign Secretary David Lammy wrote on X:\n\n"
        "David Lammy @DavidLammy\n"
        "We urge all parties to return to the ceasefire immediately and let aid in.\n"
        "9:47 PM · Mar 18, 2025 · 412K Views\n\nThe strikes went on overnight."
    )
    rows = article_statements(text)
    assert [(r["speaker"], r["quote"], r["kind"]) for r in rows] == [
        (
            "David Lammy",
            "We urge all parties to return to the ceasefire immediately and let aid in.",
            "direct",
        )
    ]


def test_a_handle_after_an_invitation_is_no_post():
    text = (
        "Spokespeople are available in Jerusalem and Amman.\n"
        "For updates, please follow @OxfamGaza\n\nMedia contact: press@oxfam.org"
    )
    assert article_statements(text) == []
