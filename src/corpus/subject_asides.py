"""What may stand between a speaker and its reporting verb, and how an appositive opens.

Auxiliaries, manner adverbs and time phrases ("has also said on Monday"), an aside
between commas ("Netanyahu, more cautiously, vowed"), the opening of an appositive ("X, a
professor at Y, said"), a relative clause whose antecedent speaks ("X, who has said") and
an "according to" aside, an interview's partner ("in an interview with CNN") and a day
opening the clause ("On November 28, ..."). Patterns read by :mod:`corpus.subjects` and
:mod:`corpus.adverbials`, which step over them to find the speaker.
"""

from __future__ import annotations

import re

from corpus.dates import WEEKDAYS, find_dates
from corpus.name_forms import BARE_DESCRIBED_NAME, DESCRIBED_NAME
from corpus.speaker_lexicon import title_words
from corpus.text import UPPER
from corpus.verbs import SPEECH_TO

# ", who (has) (also) said": a relative clause whose antecedent speaks
WHO_BEFORE = re.compile(
    r",\s+(?:who|which)\s+(?:(?:has|had|have|also|repeatedly|previously|later|then)\s+){0,2}$"
)
# an "according to" aside between a subject and its reporting verb
ACCORDING_ASIDE = re.compile(
    r",\s+(?:according\s+to|as\s+(?:reported|stated|announced)\s+by)\s+[^,]{2,100},\s*$"
)

# Manner adverbs that may stand between a speaker and the verb ("privately warned").
SPEECH_ADVERBS = (
    "privately", "officially", "formally", "initially", "subsequently", "categorically",
    "personally", "directly", "bluntly", "frankly", "firmly", "angrily", "quickly",
    "swiftly", "immediately", "sharply", "loudly", "quietly", "widely", "consistently",
    "emphatically", "vehemently", "separately", "also", "always", "never", "often",
    "frequently", "routinely",
    # ("analysts highly doubt", "Israel has increasingly warned", "Egypt has strongly urged")
    "highly", "increasingly", "strongly", "clearly", "forcefully",
    "squarely", "flatly", "adamantly", "tacitly",
)  # fmt: skip
# what may stand between a speaker and the verb, at the end of the text before it
ADVERBIAL_END = re.compile(
    r"(?:,\s*)?\s+(?:"
    + "|".join(SPEECH_ADVERBS)
    + r"|has|have|had|also|repeatedly|previously|earlier|later|again|further|"
    r"explicitly|publicly|already|then|first|reportedly|recently|separately|similarly|long|"
    r"once again|is|are|was|were|been|will|would|could|may|might|can|should|must|now|"
    r"still|just|today|yesterday|who|which|that|only|even|openly|strongly|flatly|so far|both|all|"
    r"here|there|" + "|".join(SPEECH_TO) + r"|himself|herself|itself|themselves|"
    # (a bare day too, as US wires write it: "Benjamin Netanyahu Thursday vowed")
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # ("on Monday, October 7,")
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},?|,? \d{1,2} [A-Z][a-z]+,?)?"
    r"(?: (?:morning|afternoon|evening|night))?(?: local time)?|"
    r"on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|"
    r"on \d{1,2} [A-Z][a-z]+|last (?:week|month|year|night)|this (?:week|month|morning|year)|"
    r"earlier (?:this|in the) (?:week|month|year|day)|in a (?:joint |separate |written )?statement"
    # ("in a statement issued on Monday evening")
    r"(?: (?:issued|released|published|posted))?(?: on \w+(?: (?:morning|afternoon|evening|night))?)?|"
    r"in an interview|in a (?:press conference|news conference|briefing|"
    r"post on X|telephone call|speech)|late \w+)\s*$"
)
ADVERBIAL_SEGMENT = re.compile(
    r"^(?:in|at|during|speaking|(?!according|including)[a-z]+ing|on|while|after|before|for (?:his|her|its|their) part|known as|"
    r"also known|asked|when asked|responding|referring|commenting|writing|addressing|reporting|"
    # ("President Donald Trump, sworn in on Monday, told reporters")
    r"sworn|re-elected|inaugurated)"
    r"(?:\s|$)|^(?:however|though|too|meanwhile|in turn|in response|in return|instead|"
    # ("Netanyahu, more cautiously, vowed that")
    r"nonetheless|by contrast|for now|(?:more|less|most|very|rather)\s+[a-z]+ly|[a-z]{3,}ly)$"
)
# how an appositive after a name opens ("a professor at ...", "who ...", "UNRWA's chief")
APPOSITIVE_START = re.compile(
    r"^(?:in\s|at\s|during\s|speaking\s|(?!according|including)[a-z]+ing\s|on\s|while\s|known as\s|also known\s|asked\s|for\s|"
    # ("The Gaza health ministry, run by Hamas, said")
    r"(?:run|led|backed|controlled|headed|operated|funded|supported)\s+by\s|"
    # ("A surgeon at Nasser Hospital, reached by voice message, said")
    r"(?:reached|contacted|interviewed|quoted|cited)\s+(?:by|on|via|in)\s|"
    # ("Reem, 29, displaced to al-Mawasi, said", "A nurse, wounded in the strike, said")
    r"(?:displaced|evacuated|trapped|stranded|wounded|injured|sheltered|relocated|"
    r"detained|released|freed|rescued|born|raised|based|stationed|deployed)\s+"
    r"(?:to|from|in|into|at|by|with|during|since|near)\s|"
    # ("Staff at Al-Aqsa Hospital, where the wounded were taken, said", "Dr. Gideon Harel,
    # now a fellow at the Jerusalem Center, said")
    r"where\s|now\s+(?:an?|the)\s|"
    # ("who works in Ashkelon, about 13 kilometers north of Gaza, said": how far a place is)
    r"(?:(?:about|some|roughly|around|nearly|just|only|less\s+than|more\s+than)\s+)?"
    r"[\w.-]+\s+(?:km|kilomet(?:er|re)s|miles)\s+(?:north|south|east|west|from|of|outside)\b|"
    r"(?:however|though|too|meanwhile|in turn|in response|in return|instead|nonetheless|"
    r"by contrast|for now)$|"
    r"when asked\s|responding\s|referring\s|commenting\s|writing\s|addressing\s|reporting\s|"
    # ("visibly emotional", "himself a settler")
    r"[a-z]+ly\s+[a-z]+$|(?:himself|herself|itself|themselves)\s|"
    # ("Amina Rafiq, of the Bradford branch of the Palestine Solidarity Campaign, said")
    rf"whose\s|whom\s|one\s+of\s|(?:an?|the)\s+(?:[{UPPER}][\w.’'&-]*\s+){{0,4}}[a-z0-9]|who\s|which\s|\d{{1,3}}\b|from\s|of\s|"
    # ("Senator Edward Markey, a Massachusetts Democrat, said", "X, an Israeli, told")
    rf"an?\s+(?:[{UPPER}][\w.’'-]*\s+){{0,3}}[{UPPER}][\w’'-]*$|"
    # "Somporn Kaewmanee, 58, his aunt, said": a relation or a role owned by a pronoun
    r"(?:his|her|their|its)\s+[a-z]|"
    # "X, UNRWA's commissioner-general, said": a body's role
    rf"[{UPPER}][\w&.-]*(?:['’]s|s['’])\s+(?:[a-z]|[{UPPER}][\w.]*-based\s)|"  # ("Hamas' armed wing")
    r"(?:deputy|head|director|chief|professor|researcher|senior|spokesperson|spokesman|"
    r"spokeswoman|member|former|secretary|minister|leader|founder|chairman|president|"
    r"dean|editor|adviser|advisor|envoy|ambassador|analyst|expert|fellow|lecturer|"
    r"commander|general|coordinator|official|vice|executive|acting|associate|assistant|"
    r"adjunct|visiting|emeritus)\b)"
)


# an interview or a call between the speaker and the verb: "in a conversation with Kommersant"
# (TALKS: what every such phrase holds, a quick first test)
TALKS = ("interview", "conversation", "call", "meeting", "exchange", "comments", "remarks")
TALKING_WITH = re.compile(
    r"[\s,]+(?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:interview|"
    r"conversation|phone\s+call|call|meeting|exchange|comments|remarks)\s+(?:with|to)\s+"
    r"(?:the\s+)?[\"“«]?[A-Z][^,.;:()]{0,50}?[\"”»]?[\s,]*$"
)
# a day that opens the clause: "On November 28,", "On Monday," (the date read by
# corpus.dates.find_dates)
_DAY_OPENER = re.compile(r"\s*(?:(?:early|late)\s+)?(?:on|by|last|this)\s+", re.IGNORECASE)


def after_date_opener(text: str, u0: int, comma: int, seg: str) -> tuple[int, int, None] | None:
    """The subject when the clause opens with a day before ``comma`` and ``seg`` follows it:
    "On November 28, the Hamas official Osama Hamdan, who is based in Beirut, said" is
    Osama Hamdan (not "November 28", with the rest as its appositives)."""
    if not _opens_with_a_day(text, u0, comma):
        return None
    seg0 = text.index(seg, comma)
    named = DESCRIBED_NAME.fullmatch(seg) or BARE_DESCRIBED_NAME.fullmatch(seg)
    if named:
        return seg0 + named.start("name"), seg0 + named.end("name"), None
    return seg0, seg0 + len(seg), None


def _opens_with_a_day(text: str, u0: int, comma: int) -> bool:
    opener = _DAY_OPENER.match(text, u0, comma)
    if opener is None:
        return False
    day = text[opener.end() : comma].strip()
    if day.lower() in WEEKDAYS:
        return True
    found = find_dates(day)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(day)


def titled_name(phrase: str) -> bool:
    """A name after its title in lower case: "prime minister Benjamin Netanyahu"."""
    words = phrase.split()
    return len(words) > 2 and words[0] in title_words() and words[-1][:1].isupper()


# a body's short name after its full one: "..., or COGAT,"
OR_SHORT_NAME = re.compile(r"or\s+(?:the\s+)?[A-Z][A-Za-z.&-]{1,11}")
