"""The attribution cues that are not a reporting verb with its subject.

"according to X", "Y quoted X as saying", "X was quoted as saying", "citing X", and a
denial inside an appositive ("..., a charge the group denies"). Most units hold none of
their words: :func:`hint` rules them out from one scan of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from corpus.adverbials import strip_adverbials as _strip_adverbials
from corpus.content import MAIN_CLAUSE_RESUMES
from corpus.cue import Cue
from corpus.phrases import backward_np, forward_np
from corpus.referents import OWNED_DOCUMENT
from corpus.report_sources import SOURCE_WRAPPER, unwrap_source
from corpus.speaker_lexicon import DOCUMENT_MODIFIERS, DOCUMENT_WORDS
from corpus.speaker_media import media_name
from corpus.speakers import NAME_LINK, NAME_WORD, body, describe
from corpus.subjects import subject_left as _subject_left

# ("As reported by AFP and Al Jazeera, ...": a translated page's "according to")
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s (?:reported|stated|announced) by)\s+"
    # the short form of US digital news: "..., per Israeli officials.", "— per the ministry"
    r"|(?<=[,—–] )per\s+(?=the\s|[A-Z]|(?:officials|sources|reports|estimates)\b)"
)
# what every match of _ACCORDING holds (plain words: hints for special_cues' quick tests)
_ACCORDING_WORDS = (
    "ccording to", "s reported by", "s stated by", "s announced by", ", per ", "— per ", "– per ",
)  # fmt: skip
_IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
_WHICH_CITED = re.compile(r",\s+which\s+(?:cited|quoted)\s+")
# ("The Spanish daily quotes a senior EU diplomat as saying": a press review's present)
_QUOTED = re.compile(r"\bquot(?:ed|es)\s+(?=\S)")
_WAS_QUOTED = re.compile(
    r"\b(?:was|were|is|are)\s+quoted\s+(?:by\s+[^,]+?\s+)?as\s+(?:saying|telling)\b"
)
# a document after the cited name, with no source of its own after it
_CITED_DOCUMENT = re.compile(
    r"\s+(?:estimates?|figures?|data|numbers|projections?|assessments?|calculations?)\b"
    r"(?!\s+(?:from|by)\b)"
)
# ("..., Wafa reported, quoting hospital director Wissam Bakr": quoting relays as citing does)
_CITING = re.compile(r"\b(?:[Cc]iting|[Qq]uoting)\s+")
# the words that open a relative or content clause before an "according to" aside
_OPENS_A_CLAUSE = (" which", " where", " that", " whom", " when", " whose")
# the reporting verb after an "according to" aside: ", according to X, stressed that"
_VERB_AFTER_ASIDE = re.compile(
    r"[^,]{0,40},\s+(?:also\s+|later\s+|then\s+)?(?:said|told|stressed|urged|warned|added|"
    r"called|insisted|noted|emphasi[sz]ed|underlined|reiterated|expressed|affirmed|asked|"
    r"described|pledged|vowed|accused|rejected|welcomed|confirmed|announced)\b"
)


# a name in apposition after a role, ending the clause: "..., Sarah Davies." (also what
# "according to Qatar's foreign ministry spokesman, Majed al-Ansari." names)
# ("said the woman, Orly Ben-Ami of San Mateo.": where the person is from may follow)
NAME_AFTER_ROLE = re.compile(
    # ("according to its pastor, the Rev. Elias Karam.": a cleric's title before the name)
    r",\s+(?:the\s+)?(?:(?:Rev|Revd|Fr|Dr|Prof)\.?\s+|(?:Rabbi|Sheikh|Imam|Father)\s+)?"
    rf"(?P<name>{NAME_WORD}{NAME_LINK}{{1,3}})"
    rf"(?:\s+(?:of|from)\s+{NAME_WORD}(?:\s+{NAME_WORD})?)?"
    # ("said the nurse, Lejla Hasanbegović, 29.": an age may close it)
    r"(?:,\s+\d{1,3})?\s*[.,]?\s*$"
)
# ... or before a relative clause: "according to the ministry's spokesman, Ashraf al
# Qudra, who warned that ..."
NAME_THEN_WHO = re.compile(rf",\s+(?P<name>{NAME_WORD}{NAME_LINK}{{1,3}}),\s+who\b")
# ... or before the clause the aside opens: "According to a spokesman for the ministry, Ashraf
# al-Qudra, 300 people ..." (after a role with an article or an owner)
_NAME_THEN_CLAUSE = re.compile(rf",\s+(?P<name>{NAME_WORD}{NAME_LINK}{{1,3}}),\s+")
_OWNER_ROLE = re.compile(r"\s*((?:her|his|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})(?=,)")
_OWNED_ROLE = re.compile(r"(?:an?|the|her|his|its|their)\s", re.IGNORECASE)


# a known body's own name after its description, ending the clause: "..., UNRWA."
_BODY_AFTER = re.compile(r",\s+(?P<name>[A-Z][\w’'-]+)\s*(?:[.]?\s*$|,)")


# "..., a charge the group denies": the denial is a statement of its own, whose
# content is the whole appositive (nouns and verbs in data would be overkill here).
_DENIED_CHARGE = re.compile(
    r",\s+(?P<all>(?:a|an)\s+(?:charge|claim|allegation|accusation|assertion|account)s?\s+"
    r"(?:that\s+|which\s+)?(?P<subj>(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
    r"(?:has\s+|have\s+)?(?:long\s+|repeatedly\s+|strongly\s+|always\s+)?"
    r"(?P<verb>den(?:y|ies|ied)|reject(?:s|ed)?|dispute(?:s|d)?|dismiss(?:es|ed)?))\b"
)
# Plain words only (no regex syntax): a hit in a unit is a hit in its article (see hint).
_SPECIAL_HINT = re.compile(
    "|".join(_ACCORDING_WORDS)
    + r"|quoted|quotes |iting|uoting| den| reject| disput| dismiss|For |In his |In her |In their |In its "
    + r'|: "|: “'
)
_HINT_WORDS = tuple(_SPECIAL_HINT.pattern.split("|"))
# Starts of hint words in the last article seen (the text is kept, so ``is`` identifies it).
_article_hints: tuple[str, list[int]] = ("", [])


def hint(text: str, u0: int, u1: int) -> re.Match[str] | None:
    """``_SPECIAL_HINT.search(text, u0, u1)``, skipped for units whose article holds no hint word.

    Most units hold none of the words: str.find over the article once (far faster than
    a regex scan) rules them out, and only the rest are searched.
    """
    starts = hint_starts(text)
    i = bisect_left(starts, u0)
    if i == len(starts) or starts[i] >= u1:
        return None
    return _SPECIAL_HINT.search(text, starts[i], u1)  # no match starts before starts[i]


def hint_starts(text: str) -> list[int]:
    """Sorted starts of the hint words in ``text``, found once per article."""
    global _article_hints
    cached = _article_hints  # one read: another thread may replace the global
    if cached[0] is not text:
        starts = []
        for word in _HINT_WORDS:
            i = text.find(word)
            while i >= 0:
                starts.append(i)
                i = text.find(word, i + 1)
        cached = _article_hints = (text, sorted(starts))
    return cached[1]


_DENIAL_LEMMA = {"den": "deny", "rej": "reject", "dis": "dispute"}


# a named person's view, quoted, in the European press's form: 'For Ingrid Vos, who
# teaches international criminal law at Leiden University, the order is "far more
# significant ..."' (a quotation mark must follow: "For Hind Rajab, the war ended" says
# nothing)
_FOR_VIEW = re.compile(
    rf"For\s+(?P<name>{NAME_WORD}{NAME_LINK}{{1,3}}),\s+"
    r"(?:(?P<app>(?:who|a|an|the|[a-z]+\s+of)\b[^,;:\"“”]{3,160}),\s+)?"
    r"(?=[^\"“”;]{0,90}[\"“])"
)

# a view the sentence opens with, whose holder a pronoun names: "In her view, a ground
# operation would keep most European airlines away" (coref reads "her" as "she")
_IN_VIEW = re.compile(r"In\s+(?P<pron>his|her|their|its)\s+(?:view|opinion|assessment),\s+")

# a body's document: "the ministry's latest count", "the UN's most recent report"
_OWNED_DOCUMENT = re.compile(
    # ("B'Tselem's data": an apostrophe may stand inside the name)
    r"(?P<owner>(?:the\s+)?[A-Za-z][\w .&'’-]{1,60}?)['’]s\s+"
    rf"{DOCUMENT_MODIFIERS}{DOCUMENT_WORDS}\b"
)
# a quotation a name and its medium introduce, without a verb, as digital news prints them:
# 'President-elect Donald Trump, on Truth Social: "..."', 'Biden, in a statement: "..."'
_COLON_INTRO = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}),\s+(?P<where>(?:on|in|via)\s+"
    r"(?:X|Twitter|Truth Social|Telegram|Facebook|Instagram|(?:a|an|his|her|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:statement|post|video|speech|address|interview)))\s*:\s*(?=[\"“])"
)
_OBJECT_PRONOUN = re.compile(r"\s*(him|her|them)\b(?=\s*,)")


def special_cues(
    text: str, u0: int, u1: int, cues: list[Cue], taken: list, hint: re.Match[str]
) -> None:
    """'according to X', 'quoted X as saying', 'X was quoted as saying', 'citing X'.

    ``hint`` is :func:`hint` of the unit: most units hold none of these words, and
    only those that do are scanned (one scan instead of six).
    """

    def has(word: str) -> bool:
        return text.find(word, hint.start(), u1) >= 0

    denial = has(" den") or has(" reject") or has(" disput") or has(" dismiss")
    for m in _DENIED_CHARGE.finditer(text, u0, u1) if denial else ():
        verb = m.group("verb")
        lemma = "dismiss" if verb.startswith("dism") else _DENIAL_LEMMA[verb[:3]]
        cues.append(Cue(lemma, m.start("verb"), m.end("verb"), m.start("subj"), m.end("subj"),
                        "right", m.start("all"), m.end("all"), pattern="denial"))  # fmt: skip
        taken.append((m.start("subj"), m.end("verb")))
    if text.startswith("For ", u0) and (view := _FOR_VIEW.match(text, u0, u1)) is not None:
        app = view["app"]
        cues.append(Cue("say", u0, u0 + 3, view.start("name"), view.end("name"), "right",
                        view.end(), u1, appositive=app if app and not app.startswith("who ")
                        else None, pattern="view"))  # fmt: skip
        taken.append((u0, view.end()))
    if (has(': "') or has(": “")) and (said := _COLON_INTRO.match(text, u0, u1)) is not None:
        # 'President-elect Donald Trump, on Truth Social: "The hostages are ..."': no verb
        cues.append(Cue("say", said.start("where"), said.end("where"), said.start("name"),
                        said.end("name"), "right", said.end(), u1, pattern="colon"))  # fmt: skip
        taken.append((u0, said.end()))
    if text.startswith("In ", u0) and (view := _IN_VIEW.match(text, u0, u1)) is not None:
        cues.append(Cue("say", u0, u0 + 2, view.start("pron"), view.end("pron"), "right",
                        view.end(), u1, pattern="view"))  # fmt: skip
        taken.append((u0, view.end()))
    # each pattern is scanned from its word's first occurrence on, not the whole unit
    according = min(
        (at for word in _ACCORDING_WORDS if (at := text.find(word, hint.start(), u1)) >= 0),
        default=-1,
    )
    for m in _ACCORDING.finditer(text, max(u0, according - 3), u1) if according >= 0 else ():
        w = SOURCE_WRAPPER.match(text[m.end() : u1])
        np = forward_np(text, m.end() + (w.end() if w else 0), u1)
        if np is None and (owned := _OWNED_DOCUMENT.match(text, m.end(), u1)) is not None:
            np = owned.span()  # "according to PCHR's preliminary data": the phrase ends in "'s"
        if np is None and (pronoun := _OBJECT_PRONOUN.match(text, m.end(), u1)):
            np = pronoun.span(1)  # "According to him, ...": coref resolves it as "he"
        opens = not text[u0 : m.start()].strip(' "“')  # (the aside opens the sentence)
        if np is None and opens and (owner := _OWNER_ROLE.match(text, m.end(), u1)):
            # "According to her brother-in-law, Ido Peretz, she ...", "According to his
            # relatives, he ...": a relative or an aide opens the sentence
            np = owner.span(1)
        if np is None:
            continue
        if (placed := _IN_PLACE_AFTER.match(text, np[1], u1)) and body(text[np[0] : placed.end()]):
            np = (np[0], placed.end())  # "according to the Ministry of Health in Gaza"
        if text[m.start() - 2 : m.start()] == ", " and _VERB_AFTER_ASIDE.match(text, np[1], u1):
            # "Prince Faisal, according to a Saudi readout, stressed ...": the aside relays
            # the subject's words; the verb's cue has the speaker (and "as reported by" is
            # no passive verb of its own)
            taken.append((m.start(), m.end()))
            continue
        s0, s1 = unwrap_source(text, np[0], np[1])
        if (owned := _OWNED_DOCUMENT.match(text, np[0], u1)) is not None:
            # "according to the ministry's latest count": the ministry
            s0, s1 = owned.span("owner")
            np = (np[0], max(np[1], owned.end()))
        elif (owned := OWNED_DOCUMENT.match(text, np[0], u1)) is not None:
            # "according to its latest report": the body named before (coref reads "its")
            s0, s1 = owned.span()
            np = (np[0], max(np[1], owned.end()))
        via = role = None
        cited = _WHICH_CITED.match(text, np[1], u1)
        inner = forward_np(text, cited.end(), u1) if cited else None
        if inner is not None:  # "according to Axios, which cited two officials": relayed
            via, (s0, s1) = text[s0:s1], inner
            np = (np[0], inner[1])
        elif (
            (named := NAME_AFTER_ROLE.match(text, np[1], u1)) is not None
            or (
                (named := NAME_THEN_WHO.match(text, np[1], u1)) is not None
                and not body(named.group("name"))
            )
            or (
                # "According to her brother-in-law, Ido Peretz, she has told the family ...":
                # a role that opens the sentence, then the person's name
                opens
                and _OWNED_ROLE.match(text, np[0], np[1])
                and (named := _NAME_THEN_CLAUSE.match(text, np[1], u1)) is not None
                and describe(named.group("name")).person
                and not body(named.group("name"))
            )
        ):
            # "according to Qatar's foreign ministry spokesman, Majed al-Ansari."
            role = text[np[0] : np[1]]
            s0, s1 = named.span("name")
            np = (np[0], s1)
        elif (named := _BODY_AFTER.match(text, np[1], u1)) and (
            media_name(named.group("name"))
            or (body(named.group("name")) and not named.group(0).endswith(","))
        ):
            # "according to the UN agency for Palestine refugees, UNRWA." / "According to the
            # official Palestinian news agency, WAFA, the army ..."
            s0, s1 = named.span("name")
            np = (np[0], s1)
        lead = text[u0 : m.start()].strip(" ,")
        # ("the most damning figure may be the simplest: according to UNICEF, ...": a colon
        # opens the clause the source speaks for)
        # (", and according to Egyptian officials Hamas had agreed ...": it opens a clause)
        at_start = (
            len(lead.split()) <= 2
            or lead.endswith((":", ";"))
            or (lead.endswith((" and", " but")) and "," in lead[-6:])
            # ("strikes in which, according to Israeli media, jets dropped ...": the
            # relative clause after the source is the source's)
            or (lead.endswith(_OPENS_A_CLAUSE) and text[m.start() - 2 : m.start()] == ", ")
        )
        if at_start:
            comma = text.find(",", np[1], u1)
            c0 = comma + 1 if comma >= 0 else np[1]
            cue = Cue("according to", m.start(), m.end() - 1, s0, s1, "right", c0, u1,
                      appositive=role, via=via, pattern="according")  # fmt: skip
        else:
            # ("The plan, according to the official, would have paused ...": the clause
            # goes on after the source, and all of it is the source's)
            end = u1 if MAIN_CLAUSE_RESUMES.match(text, np[1], u1) else m.start()
            cue = Cue("according to", m.start(), m.end() - 1, s0, s1, "left", u0, end,
                      appositive=role, via=via, pattern="according")  # fmt: skip
        cues.append(cue)
        taken.append((m.start(), np[1]))
    for m in _QUOTED.finditer(text, u0, u1) if has("quoted") or has("quotes ") else ():
        np = forward_np(text, m.end(), u1)
        if np is None:
            continue
        tail = re.match(
            r"(?:\s+on\s+\w+)?\s+(?:as\s+)?(?:saying|telling\s+[^,]+?)\b", text[np[1] : u1]
        )
        if not tail:
            continue
        subj = backward_np(text, u0, _strip_adverbials(text, u0, m.start()))
        via = text[subj[0] : subj[1]] if subj else None
        if via and re.match(r"(?:was|were|is|are)\s*$", text[m.start() - 5 : m.start()].strip()):
            via = None
        c0 = np[1] + tail.end()
        cues.append(Cue("say", m.start(), m.end() - 1, np[0], np[1], "right", c0, u1,
                        via=via, pattern="quoted"))  # fmt: skip
        taken.append((subj[0] if subj else m.start(), c0))
    for m in _WAS_QUOTED.finditer(text, u0, u1) if has("quoted") else ():
        found = _subject_left(text, u0, m.start())
        if found is None:
            continue
        cues.append(Cue("say", m.start(), m.end(), found[0], found[1], "right", m.end(), u1,
                        appositive=found[2], pattern="quoted"))  # fmt: skip
        taken.append((m.start(), m.end()))
    for m in _CITING.finditer(text, u0, u1) if has("iting") or has("uoting") else ():
        np = forward_np(text, m.end(), u1)
        if np is None:
            continue
        word = text[np[0] : np[1]].split()[0].lower()
        if word in ("what", "that", "this", "these", "reports", "data"):
            continue
        if m.group()[0] in "Qq" and text[m.start() - 2 : m.start()] != ", ":
            continue  # "UN agencies have been quoting the Gaza figures": no relay
        if _CITED_DOCUMENT.match(text, np[1]):
            continue  # "citing a UN estimate of $50 billion": a figure the speaker uses
        cues.append(Cue("cite", m.start(), m.end() - 1, np[0], np[1], "right", u0, u1,
                        pattern="citing"))  # fmt: skip
        taken.append((m.start(), np[1]))
