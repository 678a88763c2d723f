"""When a reporting verb's match reports speech: the senses of single verbs.

"agreed that" reports, "agreed to a proposal" acts; 'called the claims "false"' reports,
"a man called Ahmed" names; "put the death toll at 42" reports a count, "put pressure on"
does not. The verb lists and patterns here are read by :func:`corpus.attribution.find_cues`
and :func:`corpus.verb_cues.verb_cue`, which drop a verb used in its other sense.
"""

from __future__ import annotations

import re

from corpus.text import UPPER

# Verbs that report speech only when a clause or quote follows ("agreed that").
NEEDS_CLAUSE = frozenset(
    {
        "agree",
        "add",
        "signal",
        "state",
        "respond",
        "recall",
        "concede",
        "reply",
        "answer",  # 'Biden answered: "No, I don't think so."' (not "answered questions")
        "repeat",
        "renew",
        "counter",
        "conclude",
        "project",  # "The IPC projects that famine will spread" (not "aid projects")
        "charge",  # "Israel has charged that hundreds of staffers ..." (not "charged with")
        "propose",  # "Macron proposed that the coalition also take on Hamas" (not "a plan")
        "pledge",  # "King Abdullah had pledged that Jordan would ..." (not "pledged $10 million")
        "promise",  # "Biden promised that ..." (not "promised aid", "a promised truce")
        "observe",  # "observed that ..." (not "A reporter observed people searching")
    }
)
# A verb that is a cue only right after a quote ('..." he continued.', '"Where will we
# go?" asked Umm Khaled'): elsewhere these are actions ("asked not to be named").
POST_ONLY = ("continue", "ask", "read")
# ... but a quote may follow "continued" too: 'Abu Safiya continued, "We have asked ..."'
QUOTE_NEXT = re.compile(r"\s*[,:]\s*[“\"]")

DOCUMENT_BY = re.compile(r"\b(?:assessment|report|study|analysis|survey|review)\s+by\b", re.I)
# "put the (total) death toll (from the two attacks) at 42", "puts its own death toll
# at about 1,200", "put the number of injured at 47",
# "estimate the cost of reconstruction at 70 billion dollars" (the sum may open with its sign)
PUT_AT = re.compile(
    r"\s+(?:the\s+|its\s+(?:own\s+)?|their\s+(?:own\s+)?)?(?:[\w-]+\s+){0,2}(?:toll|number|figure|tally|count|total|cost|bill|damage|"
    r"damages|losses)\b[^.;]{0,80}?"
    r"\bat\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+)?"
    r"(?:US|USD|EUR)?\s?[$€£]?\s?\d"
)

# what demands by its text: a resolution, a council voting one, a motion, a ruling
TEXT_DEMANDS = re.compile(
    r"\b(?:[Rr]esolutions?|[Cc]ouncil|[Aa]ssembly|[Mm]otion|[Tt]ext|[Dd]raft|[Rr]uling|[Oo]rder|"
    r"[Pp]etition|[Ll]etter|[Rr]eport)\b"
)
# ("a resolution ... that would have demanded", "which the families had demanded for years")
RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\b[^,.;“”\"]{0,30}$")
# what a forecast says: "expects that ...", "forecasts the deficit to widen", "expects
# Israel to push for"
EXPECTS_THAT = re.compile(r"\s+(?:that\b|(?!to\b)[^,.;:“”\"]{1,60}?\s+to\s+[a-z]+)")
# a message passed on: "conveyed a message to Jerusalem that", "conveyed to Cairo that"
# what an informing verb reports: "informed the UN team in Gaza that ...", "informed Qatar's
# prime minister, ..., of the movement's approval" (not "informed the families of the
# soldiers", "notified the Red Cross"); or it closes the content before it ("..., the
# ministry informed TASR.": CLOSES_CONTENT)
INFORMED_THAT = re.compile(
    # (a dot inside an abbreviation, "U.N. agencies", does not end the object)
    r"\s+(?:(?:[^.;“”\"]|\.(?=\S|\s[a-z])){1,160}?\s)?(?:that\b|of\s+(?:(?:the|its|their|his|her)\s+)?(?:\w+['’]s\s+)?"
    r"(?:decision|approval|readiness|acceptance|response|reply|position|plan|intention|refusal|"
    r"rejection|willingness|agreement|consent|answer)\b)"
)
CLOSES_CONTENT = re.compile(r"\s+[^,.;“”\"]{1,40}[.!]?\s*$")
CONVEYED_THAT = re.compile(
    r"(?:\s+(?:an?|the|its|their|his|her)\s+(?:\w+\s+)?(?:message|messages|assurances?|word|"
    r"response|reply|position))?(?:\s+to\s+[^,.;“”\"]{1,60}?)?\s+that\b"
)
READERS_MAIL = re.compile(
    r"\s+(?:your\s+|any\s+|all\s+)?(?:comments|responses|letters|feedback|submissions|tips|"
    r"story\s+ideas)\b",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"\b(?:opinions|views|comments)\s+expressed\b|\bexpressed\s+(?:here|in\s+this)\b|"
    r"\bstay\s+informed\b",
    re.IGNORECASE,
)
# a reporter's name and "reports." alone: "Claire Hedley reports.", "CHEK's Owen Prentice reports."
# (or a role before it: "Middle East correspondent Eliza Moore reports.")
SIGN_OFF = re.compile(
    rf"\s*(?:[\w-]+\s+){{0,4}}?(?:(?:correspondent|reporter|editor)\s+)?"
    rf"(?:[{UPPER}][\w.'’-]*\s+){{1,5}}reports\.?\s*"
)
# a plan, then the one who outlined it: the plan is what the clause is about
PLAN_THEN_NAME = re.compile(
    r"\b(?:proposal|plan|framework|deal|roadmap|vision|terms|blueprint|ceasefire|cease-fire)"
    rf"\s+(?:that\s+|which\s+)?(?:(?:U\.S\.|US)\s+)?(?:President\s+)?[{UPPER}][\w'’-]+"
    rf"(?:\s+[{UPPER}][\w'’-]+){{0,2}}$"
)

# A credit line: "Magdy reported from Cairo." says where a reporter worked, not what.
CREDIT_LINE = re.compile(
    rf"\s+(?:from|in)\s+[{UPPER}][\w’'.-]*(?:(?:,\s*|\s+and\s+|\s+from\s+|\s+)[{UPPER}][\w’'.-]*)*"
    # (another writer's credit may follow: "...; Aamer Madhani reported from Wilmington.")
    r"\s*(?:;[^.;]*)?\.?\s*$"
)
RELATIVE_THAT = re.compile(
    r"\s+that\s+(?:were|was|are|is|had|have|has|will|would|could|can|may|might|must|should|"
    r"remain|include|\w+ed)\b"
)
CAREER = re.compile(rf"\s+for\s+(?:the\s+)?[{UPPER}]")
RELAYED = re.compile(r"\bthat\b|[“\"]|:")
AFTER_QUOTE = re.compile(rf"[”\"],?\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,2}}$")
QUOTE_SOON = re.compile(
    r"\s+(?:it|them|him|her|this|that|the\s+\w+(?:\s+\w+)?|\w+"
    # "called the signing of a declaration by mediators "a last chance ...""
    r"|the\s+\w+\s+of\s+(?:\w+\s+){0,5}?\w+"
    # "calling any mention of a Palestinian state in the text "a prize for the massacre""
    r"|(?:any|every|all|each)\s+\w+\s+(?:of|to|for)\s+(?:[\w'’-]+\s+){0,8}?[\w'’-]+"
    # "called the roadmap for a ceasefire in Gaza unveiled by US President Joe Biden "a ...""
    r"|the\s+\w+\s+(?:for|on|to|by)\s+(?:[\w'’-]+\s+){0,11}?[\w'’-]+"
    # "called Damari's release "a moment of profound relief""
    rf"|[{UPPER}][\w-]*['’]s\s+\w+)\s+(?:an?\s+|the\s+)?[“\"]"
    # "called it a tragic, unintended incident": a judgement without quotation marks
    r"|\s+(?:it|this|the\s+(?:strike|attack|killing|killings|raid|move|decision|vote|deal|plan))"
    r"\s+an?\s+(?:[\w-]+,?\s+){0,3}(?:incident|mistake|crime|massacre|violation|outrage|"
    r"tragedy|disaster|failure|step|victory|breakthrough|betrayal|attack)\b"
)
NAMING = re.compile(r"\b(?:what|which|so)[\s-]+(?:\w+\s+)?$", re.IGNORECASE)
# "the deal, which he called "a surrender to Hamas"", "which Ben-Gvir called "...": a relative
# clause's speaker calls the thing before it, in quotation marks right after the verb
WHICH_CALLED = re.compile(
    r"\bwhich\s+(?:he|she|it|they|[A-Z][\w'’-]+)\s+$"
    # a clause with no "which": 'a figure UN rights chief Volker Turk called "a grim landmark"'
    r"|\b(?:a|an|the|this|that)\s+(?:figure|number|toll|move|decision|step|plan|proposal|"
    r"attack|strike|statement|development|deal|count|claim|law|bill|vote|ruling|resolution)\s+"
    r"(?:[\w'’.-]+\s+){0,5}?[A-Z][\w'’.-]+\s+$"
)
# 'in what Hamas called a humanitarian gesture', 'move to what it called an "expanded
# humanitarian zone"': the words are the body's (the gold sets: a statement 106 times in
# 157, 61 to 8 where nothing else in the sentence reports)
WHAT_CALLED = re.compile(
    r"\bwhat\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,5}?(?:has\s+|had\s+)?$"
)
NO_OBJECT = re.compile(r"\s*(?:(?:and|or|but|of)\b|[,.;)]|$)")
# what is kept up, not claimed: "Russia had maintained contacts with all sides", "to maintain
# the ceasefire", "maintains a presence"
MAINTAINED_THING = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her|our|close|regular|direct|good|daily|constant)\s+)*"
    r"(?:contacts?|relations|ties|links|communications?|pressure|control|presence|order|dialogue|"
    r"channels?|status\s+quo|calm|cease-?fire|truce|security|operations?|positions?|forces|"
    r"troops|blockade|siege|restrictions|policy|neutrality|line)\b",
    re.IGNORECASE,
)
