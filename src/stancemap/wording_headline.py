"""An outlet's headline label and the quotation it puts in a headline: words it chose to frame its story with, whole.

A headline often opens with a label set off by a colon ("Gridlock town: ...", "Parking fees in court: live from the
hearing"), prints a speaker's phrase in quotation marks ("'A tax is not a plan': the treasurer on ...") or asks a short
question of its own ("Ferry or fleet? ..."; session 43). The outlet
chose those words to sum the story up, and no other outlet's headline writes them; yet neither is a noun phrase the
map counts nor a run of two to four words (wording_spans.py), so no ranker ever saw them as candidates. Read from the
headlines alone (the first line of each `_headed` text), by shape; nothing here knows a topic or a loaded word.
Measured in docs/evaluation.md, issue 9 session 34.
"""

from __future__ import annotations

import re

from .clean.navigation import LABEL_TAGS
from .extract.lexicon import words
from .model import FramingTerm

# The words before a headline's first colon, which text follows ("Gridlock town: ..."; not "10:30").
LABEL = re.compile(r"^\s*([^:]+?)\s*:\s+\S")
# A quotation inside a headline, its marks at word boundaries (an apostrophe in "council's" opens none).
QUOTATION = re.compile(r"(?<!\w)[\"\u201c\u2018']([^\"\u201c\u201d\u2018]+?)[\"\u201d\u2019'](?!\w)")
WORD = re.compile(r"[\w'\u2019-]+")
EDGES = "\"'\u201c\u201d\u2018\u2019 "
# Words of a label (two or more) or a quotation (three or more) shown, at most: longer, it is a sentence, not a
# wording (of DEVELOP's gold terms so found, none had more than ten words).
MIN_LABEL, MIN_QUOTATION, MAX_WORDS = 2, 3, 10
# A headline of more words than this is a first paragraph read as one (an article without a title).
MAX_HEADLINE = 25
# Words that make a label a kind of article, not a wording (navigation.LABEL_TAGS: "Live", "Analysis", "Interview"; and
# an editorial's "Our view", "The X view"), or a quotation a speaker's claim in the first person ("We will not sell"):
# of DEVELOP's quotations so filtered, none was gold (tests/test_wording_headline.py).
NOT_WORDING = LABEL_TAGS | {"view", "i", "i'm", "i'll", "i've", "i'd", "me", "my", "we", "we're", "we'll", "we've",
                            "we'd", "us", "our"}
# Of an outlet's headlines (one an article), so many label and quotation terms at most, in their order.
MOST = 2
# A short question a headline asks ("Ferry or fleet?", "Quay for sale?"), its mark stripped as a label's: from the headline's
# start or after a stop, a colon or a quotation mark, two to MAX_QUESTION words, not opening with an auxiliary (ASKING:
# "Will the levy pass?" asks the corpus's question again, not the outlet's wording) (issue 9 session 43: DEVELOP 998 ->
# 1,001 of 2,392 gold terms for 13 terms shown more; test_wording_headline.py::test_headline_question_is_a_wording).
QUESTION = re.compile(r"(?:^|[:.!?'\"\u201c\u2018]\s*)([^:.!?\"\u201c\u201d]{3,80}\?)")
MAX_QUESTION = 6
ASKING = words("is are was were am be been can could will would shall should do does did has have had may might must")


def headline_terms(texts: list[list[str]], shown: list[set[str]]) -> list[list[FramingTerm]]:
    """Each outlet's headline labels and quotations (`headline_wordings`) that no other outlet's headline writes, not among its
    `shown` terms (lower case), at most MOST, as written; `texts`: each outlet's articles, headline first (`_headed`)."""
    heads = [[text.partition("\n")[0].strip() for text in outlet] for outlet in texts]
    lowered = ["\n".join(h).lower() for h in heads]
    everyone = "\n".join(lowered)  # (once: a wording another outlet's headline writes is found more often here)

    def times(key: str, text: str) -> int:  # (whole words: "rail strike" is not written in "rail striker")
        return len(re.findall(rf"(?<!\w){re.escape(key)}(?!\w)", text))

    def alone(key: str, o: int) -> bool:
        """No other outlet's headline writes `key` as whole words. `everyone` joins the outlets' headlines with line
        breaks, which no key holds, so a count there is the sum of the outlets' counts: a key written there as often as
        in this outlet's headlines, even inside words (`str.count`, in C), is written in no other outlet's, and only a
        key the others write somewhere is counted again as whole words (the whole-word count over every headline for
        each key was a twentieth of the framing at 1,500 articles: docs/performance.md, issue 11 session 37;
        test_wording_headline.py::test_headline_label_written_inside_a_longer_word_elsewhere_is_still_its_own)."""
        return everyone.count(key) == lowered[o].count(key) or times(key, everyone) == times(key, lowered[o])

    out: list[list[FramingTerm]] = []
    for o, outlet in enumerate(heads):
        found: list[FramingTerm] = []
        seen = set(shown[o])
        for head in outlet:
            for wording in headline_wordings(head):
                key = wording.lower()
                if len(found) < MOST and key not in seen and alone(key, o):
                    seen.add(key)
                    found.append(FramingTerm(wording, 1, None))
        out.append(found)
    return out


def headline_wordings(head: str) -> list[str]:
    """The headline's label (`LABEL`, MIN_LABEL words or more) and quotations (`QUOTATION`, MIN_QUOTATION or more),
    quotation marks and a closing stop stripped, each of at most MAX_WORDS words, none a kind of article or a claim in the
    first person (NOT_WORDING), none a name alone (every word capitalised in title case: "Mayor Ann Lowe: ..."); then its
    short questions (`QUESTION`), their mark stripped, none in the first person nor opening with an auxiliary (ASKING),
    nor holding a wording found before."""
    if len(head.split()) > MAX_HEADLINE:
        return []
    found = []
    if (label := LABEL.match(head)) is not None:
        found.append((label.group(1), MIN_LABEL))
    found += [(quoted.group(1), MIN_QUOTATION) for quoted in QUOTATION.finditer(head)]
    out = []
    for text, least in found:
        wording = text.strip(EDGES).rstrip(".!?,;").strip(EDGES)
        words = WORD.findall(wording)
        if not least <= len(words) <= MAX_WORDS or any(w.lower().replace("\u2019", "'") in NOT_WORDING for w in words):
            continue
        if all(w[:1].isupper() and not w.isupper() for w in words if w[:1].isalpha()):
            continue
        if wording not in out:
            out.append(wording)
    for asked in QUESTION.finditer(head):
        wording = asked.group(1).strip(EDGES).rstrip("?").strip(EDGES)
        words = [w.lower().replace("\u2019", "'") for w in WORD.findall(wording)]
        # (a question in the first person is the speaker's, "Are we next?"; one opening with an auxiliary asks the
        # corpus's question again, "Will the quay levy pass?")
        if 2 <= len(words) <= MAX_QUESTION and NOT_WORDING.isdisjoint(words) and words[0] not in ASKING and wording not in out \
                and not any(shown.lower() in wording.lower() for shown in out):
            out.append(wording)  # (none holding a quotation shown: "Tarl's quay 'sunk without trace'?" is that quotation's)
    return out
