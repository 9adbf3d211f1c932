"""Line shapes and the boilerplate rules that judge one line in its context.

Every rule is general (the shape of a line, its neighbours, its language, interface
vocabulary), never a string seen in one corpus. Each returns a reason a user understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS
from .language import LANGID_MIN_PROB, foreign_by_function_words, language_of, script_of, share, wordset

WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w.,/-]*")
TERMINAL = re.compile(r"[.!?…:;。！？．][\"'”“’»)\]」』]*$|[\"”’»」』]$")
# Scripts written without spaces between words (Chinese, Japanese, Thai, ...): a line's length in
# words is about its letters halved (a Japanese word averages two characters), so a sentence is
# not "stray words" (test_lines_shape_unspaced_*).
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u1000-\u109f\uf900-\ufaff]")
# "Caption text - Outlet Name, 1920, 26.05.2023": an image caption as scraped from a CMS that
# appends the credit, the image width in pixels and the date. Pinned by test_lines_caption_*.
# The credit has no digits: "By A. Writer | March 14, 2025" is a byline, not a caption whose
# outlet is "March 14" and width 2025 (test_lines_caption_*).
CAPTION = re.compile(
    r"\s[-–—|]\s+(?P<outlet>[A-Z](?:[^\W\d_]|[&.'’ -]){1,60}?),\s*(?P<width>\d{3,4})"
    r"(?:,\s*(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}))?\s*$"
)
CREDIT = re.compile(r"^\s*(?:©|\(c\)|copyright\b|photo\s*(?:by|credit)?\s*:|image\s*:|credit\s*:|"
                    r"photograph\s*:|pictured\s*:|source\s*:\s*(?:getty|reuters|ap\b)|"
                    r"(?:image|photo|picture|video)\s+(?:source|caption|credit)\s*[,:]|file photo\s*:)", re.I)
# The wire trailer "(Reporting by A; Editing by B)".
STAFF_CREDIT = re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing|compiled) by\b", re.I)
# Interface vocabulary of news sites: comment boxes, sharing, accounts, paging, promotion, players,
# reading-time and loading notices. Whole words only: "Subscribers to ...", "Registered voters ...",
# "Shares in ..." are prose (test_lines_interface_*).
INTERFACE = re.compile(
    r"^(?:to (?:participate|join|take part)(?: in)? the (?:discussion|conversation|debate)|log ?in|sign ?in|sign ?up|"
    r"register|subscribe|share(?: this| on| via)?|read (?:more|also|next)|also read|see also|"
    r"related(?: articles?| stories| news| coverage)?|more (?:from|on|stories)|next(?: article| story)?|"
    r"previous(?: article| story)?|prev|comments?|leave a comment|add a comment|view comments|follow us|"
    r"advertisements?|sponsored|click here|download (?:our|the) app|"
    r"open in (?:the )?app|get the app|newsletters?|cookies?|accept|skip to|back to top|"
    r"print this|email this|show comments|load more|loading|most (?:read|popular)|trending|"
    r"you (?:may|might) also like|recommended|listen to (?:this |the )?(?:article|story)|story continues|continue reading|"
    r"\d+\s*-?\s*min(?:ute)?s?\s+read|all rights reserved|your browser does not support|(?:please )?enable javascript|"
    r"this (?:article|story) (?:was|is|has been) (?:originally |first )?(?:published|republished))\b",
    re.I,
)
# Live-blog and list controls: "Show key events only", "Hide pinned posts", "Show all updates",
# "Newest first". "Show trials resumed ..." is prose: no control word follows (test_lines_interface_*).
LIVE_CONTROL = re.compile(
    r"^(?:(?:show|hide|view|display)(?:\s+[\w-]+){0,3}\s+only|(?:show|hide|view|display)\s+(?:all|more|less|fewer|"
    r"latest|newest|oldest|full)|(?:show|hide)(?:\s+[\w-]+){0,2}\s+(?:events|updates|posts|comments|replies|moments)|"
    r"(?:newest|oldest|latest) first|auto-?(?:update|refresh)|pinned post)\b",
    re.I,
)
# Links to the site's own policy pages under an article: "Our Standards: ...", "Editorial
# principles", "Privacy policy", "Terms of use", "About us". "Our standards have slipped" is prose:
# the possessive form needs a label colon (test_lines_interface_*).
SITE_POLICY = re.compile(
    r"^(?:(?:our|editorial|journalistic|newsroom) (?:standards|principles|ethics|values|policies)(?=\s*[:|])|"
    r"(?:editorial|journalistic) (?:standards|principles|guidelines)|"
    r"(?:privacy|cookie|corrections?|ethics|complaints) (?:policy|notice|statement)|"
    r"terms (?:of (?:use|service)|and conditions)|contact us|about us)\b",
    re.I,
)
# A browser notice: the script or browser named, asked to be turned on, addressed to the reader
# ("Please turn on JavaScript to receive live updates.", "JavaScript is disabled in your browser").
SCRIPT_NOTICE = re.compile(r"\bjavascript\b|\byour (?:web )?browser\b", re.I)
SCRIPT_ASK = re.compile(r"\b(?:enable|turn on|switch on|activate|allow|disabled|required|is off|not supported|"
                        r"does not support|to (?:view|see|receive|use|load|watch|read))\b", re.I)
SCRIPT_READER = re.compile(r"\b(?:please|you|your|to (?:view|see|receive|use|load|watch|read))\b", re.I)
# Interface words inside a short label ("Subscribe to X newsletters", "log in or register").
INTERFACE_ANYWHERE = re.compile(
    r"\b(?:log ?in|sign ?in|sign ?up|subscribe|newsletters?|cookies?|share this|all rights reserved|"
    r"or register|register (?:now|here|for free)|\d+ comments?|comments? \(\d+\))\b", re.I)
# A sentence beginning with an interface word is interface only if it speaks to the reader:
# "here", "below", "our", "this article", an account word, or a label colon ("Next: ...").
READER_CUE = re.compile(r"\b(?:here|below|above|our|this (?:article|story|page|post)|your (?:account|inbox|email|browser)|"
                        r"javascript|all rights reserved|"
                        r"to comment|newsletters?|app|sign up|log ?in|register|subscribe|for free)\b|^\w+(?: \w+)?:",
                        re.I)
LABEL_COLON = re.compile(r"^\w+(?: \w+)?:")
INTERFACE_REASON = "site interface (comments, sharing, account or paging link)"
# Each kind of interface line with its reason; every reason starts "site interface" (see LINK_FURNITURE).
INTERFACE_KINDS = ((INTERFACE, INTERFACE_REASON),
                   (LIVE_CONTROL, "site interface (live-blog or list control)"),
                   (SITE_POLICY, "site interface (link to the site's policy pages)"))
PROMO_VERB = re.compile(r"^(?:get|read|follow|stay|sign up|subscribe|download|watch|listen|"
                        r"don'?t miss|join|discover|explore)\b", re.I)
PROMO_WORD = re.compile(r"\b(?:news|latest|updates?|stories|photos|videos|analysis|newsletter|app|"
                        r"breaking|coverage|podcasts?)\b", re.I)
SUBSCRIPTION = re.compile(r"\b(?:subscribe|sign up|newsletters?|follow us|download (?:our|the) app|join our)\b", re.I)
# The site pointing to where its own output can be had: "The full interview can be heard in our
# podcast ...", "More on this story on our website." (a speaker's "we post ... on our website" is not).
OWN_CHANNEL = re.compile(r"\b(?:can|may|will) (?:also )?be (?:heard|read|watched|found|seen|streamed|downloaded)\b"
                         r"[^.]*\b(?:in|on) our (?:podcasts?|app|website|channel|radio show)\b|"
                         r"^(?:more|listen|watch|read)\b[^.]*\b(?:in|on) our (?:podcasts?|app|website|channel)\b", re.I)
# Cookie banners: the word, the reader or site addressed, an act of consent (test_lines_consent_*).
COOKIE = re.compile(r"\bcookies?\b", re.I)
READER = re.compile(r"\b(?:you|your|we|our|this (?:web)?site)\b|\buses cookies\b", re.I)
CONSENT = re.compile(r"\b(?:accept\w*|agree\w*|consent\w*|by (?:continuing|using|browsing|clicking)|"
                     r"(?:we|site) uses? cookies|cookies to (?:improve|ensure|give you|personali[sz]e|enhance)|"
                     r"cookie (?:policy|settings|preferences|notice)|manage (?:your )?(?:cookies|preferences)|"
                     r"opt[ -]out)\b", re.I)
REPORTING = re.compile(r"\b(?:said|says|told|added|according to|reported|ruled|fined)\b", re.I)
SUMMARY_LABEL = re.compile(r"^(?:summary|key points|key takeaways|in brief|at a glance|highlights|"
                           r"tl;?dr|what you need to know|quick read|the gist)\s*:?\s*$", re.I)
BULLET = re.compile(r"^\s*[•·\-*–▪►]\s+")
BYLINE = re.compile(r"^(?i:by|written by|reporting by|text by|words by|interview(?:ed)? by|story by|article by|posted by|"
                    r"words:|text:|reporting:|story:)\s+"
                    r"(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                    r"(?:\s*(?:[|,–—-]|and)\s*.*)?|"
                    # "By the politics desk", "By our business team: A. Name, B. Name"
                    r"(?:the|our)\s+[\w.'’& ]{1,40}\s(?i:team|staff|desk|reporters|newsroom)(?::\s.*)?)$")
TIMESTAMP = re.compile(r"^(?:published|updated|posted|last updated|first published|modified)\b"
                       r"(?:\s+on)?\s*:?\s*\S", re.I)
# Words of site menus and section labels ("World", "Home", "Latest News", "Listen live"):
# interface vocabulary of news sites, not of one corpus.
SECTION_WORDS = wordset(
    "home news world politics business economy markets money sport sports opinion opinions culture arts "
    "life lifestyle science tech technology health environment climate europe asia africa americas "
    "international national local latest live video videos audio podcast podcasts photos gallery analysis "
    "features feature explainer explainers investigations menu search section sections breaking top stories "
    "editorial comment blogs defence defense military security diplomacy region regions us uk eu east west "
    "middle north south today more main front page programmes programs shows schedule listen watch radio tv "
    "weather travel books film music food style education media newsletters subscribe obituaries jobs property "
    "motoring puzzles letters entertainment wire interviews")
# "Name: Headline": the tag before the colon, one to three capitalised words.
NAME_TAG = re.compile(r"^(?P<tag>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}):\s+\S")
# Tags that label a subheading rather than quote a person ("Background: ...", "Analysis: ...").
LABEL_TAGS = SECTION_WORDS | {"background", "context", "timeline", "update", "factbox", "fact", "facts", "note",
                              "correction", "clarification", "exclusive", "interview", "profile", "review",
                              "quote", "poll", "reaction", "verdict", "why", "how", "what", "who", "when", "where",
                              "first", "then", "now", "next", "finally", "step", "part", "chapter", "day", "week"}
# "Home | World | Politics", "Home › Europe", "News · Sport · Weather": menu separators (spaced).
MENU_SEPARATOR = re.compile(r"\s+[|·•›»>/]\s+")
MENU_MIN_PARTS = 3
# Title-case questions of at least four content words are headlines (see shape()).
QUESTION_HEADLINE_MIN_WORDS = 4
INNER_STOP = re.compile(r"[.!?][\"'”’»)]*\s+[A-Z\"“]")
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with",
               "from", "as", "vs", "via", "over", "into", "than", "about", "is", "are", "be", "its", "not",
               "after", "before", "amid", "up", "out", "off", "per", "if", "it", "no", "so", "that", "what"}


POSSESSIVE = re.compile(r"['’]s?$")
# Words that say nothing of a line's topic ("Why the Coast Matters" is about the coast).
NO_TOPIC = {"why", "how", "who", "whom", "when", "where", "which", "does", "did", "will", "would", "can", "could",
            "should", "has", "have", "had", "was", "were", "been", "this", "these", "those", "says", "said"}


@dataclass(frozen=True)
class LineShape:
    text: str
    words: tuple[str, ...]
    sentence: bool  # ends like a sentence (terminal punctuation)
    headline: bool  # title-case words, no terminal punctuation: a headline, teaser or label

    @property
    def n(self) -> int:
        return len(self.words)


def shape(text: str) -> LineShape:
    words = tuple(WORD.findall(text))
    unspaced = len(UNSPACED.findall(text))
    if unspaced > 2 * len(words):
        words = words + tuple("·" * max(0, unspaced // 2 - len(words)))
    stripped = text.strip()
    sentence = bool(TERMINAL.search(stripped)) and not stripped.endswith(":")
    title_case = _title_case(words)
    # A headline may end on its closing quote ("MERGER 'WILL HIT YOUR BILLS'"); a sentence that
    # ends in a quotation has its full stop inside it (test_lines_shape_quoted_headline).
    if sentence and title_case and stripped[:1] not in QUOTE_OPENERS and not STOP_THEN_QUOTE.search(stripped):
        sentence = False
    # A title-case question with no sentence break inside ("How Does a Country Join the Alliance?")
    # is a headline; prose questions are in sentence case (test_lines_shape_*). A short one
    # ("What Happens Next?") may be the article's own subheading, so it stays a sentence.
    if (sentence and title_case and stripped.endswith("?") and not INNER_STOP.search(stripped[:-1])
            and _content_count(words) >= QUESTION_HEADLINE_MIN_WORDS):
        sentence = False
    return LineShape(stripped, words, sentence, title_case and not sentence)


def _content_count(words: tuple[str, ...]) -> int:
    return sum(1 for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha())


def _title_case(words: tuple[str, ...]) -> bool:
    """Most content words start with a capital: the shape of headlines and teasers."""
    content = [w for w in words if w.lower() not in SMALL_WORDS and w[0].isalpha()]
    if len(content) < 2:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    # 0.75 lets a headline keep one lower-case verb ("says", "warns") yet rejects sentence fragments.
    return capital / len(content) >= 0.75


def is_punctuation_only(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


STOP_THEN_QUOTE = re.compile(r"[.!?…:;。！？][\"'”“’»)\]」』]*$")
QUOTE_OPENERS = "\"“„«‹‘'「『"


def foreign_language(line: LineShape, article_script: str, article_lang: str) -> str | None:
    """The reason a line is in another language than its article, or None. A quotation in its
    speaker's language („...“ then, usually, its translation) is the article's (test_lines_language_*)."""
    if line.sentence and line.n >= 4 and line.text[:1] in QUOTE_OPENERS:
        return None
    script = script_of(line.text)
    if script and script != article_script and line.n >= 1:
        return f"line in another language ({script.title()} script in a {article_script.title()}-script article)"
    lang = foreign_by_function_words(line.words, article_lang)
    if lang:
        return f"line in another language ({lang}: its function words are not the article's)"
    # No function word of the article's language at all in a line of five words or more, most of
    # them lower-case words (prose, not a date, a list of names or a headline): ask py3langid.
    lower = sum(1 for w in line.words if w[0].islower() and w.isalpha())
    if line.n >= 5 and 2 * lower >= line.n and not line.headline and share(line.words, article_lang) == 0:
        lang, prob = language_of(line.text)
        if lang != article_lang and prob >= LANGID_MIN_PROB:
            return f"line in another language ({lang})"
    return None


def interface_reason(line: LineShape) -> str | None:
    """Comment prompts, share buttons, paging links, account prompts: judged by shape, not only words.

    A line that starts with such a word is interface when it is a label (no closing punctuation,
    up to 16 words: "Next: <headline>", "Related coverage"), a sentence of three words or fewer
    ("Comments are closed."), or a sentence that addresses the reader ("Read more about it here.",
    "Share this article."). A sentence that merely starts with the word is content: "Share prices
    fell after the vote.", "Next week the ministers meet again.", "Previous governments ...". A
    title-case headline of five words or more that merely starts with such a word ("Register of
    Lobbyists Opens") is left to the teaser rules, unless a label colon follows the word ("Next: ...").
    """
    text = BULLET.sub("", line.text)  # "► Read also: ...": a glyph before the label
    for pattern, reason in INTERFACE_KINDS:
        if pattern.match(text) and not (line.headline and line.n >= 5 and not LABEL_COLON.match(text)):
            if not line.sentence and line.n <= 16:
                return reason
            if line.sentence and (line.n <= 3 or (line.n <= 16 and READER_CUE.search(text))):
                return reason
            return None
    if line.n <= 6 and not line.sentence and INTERFACE_ANYWHERE.search(text):
        return INTERFACE_REASON
    return None


def consent_reason(line: LineShape) -> str | None:
    """A cookie or consent banner: cookies, addressed to the reader, asking to accept or to go on.

    A report about cookies ("The regulator said the cookie rules ...") is not addressed to the
    reader and carries a reporting verb.
    """
    text = line.text
    addressed = READER.search(text) or (line.n <= 6 and not line.sentence)  # or a button: "Accept all cookies"
    if COOKIE.search(text) and addressed and CONSENT.search(text) and not REPORTING.search(text) and line.n <= 60:
        return "cookie or consent notice"
    return None


def script_notice_reason(line: LineShape) -> str | None:
    """A browser notice asking the reader to turn scripts on ("Please turn on JavaScript to receive
    live updates."). Reported speech about a site is content: "The ministry's site, which needs
    JavaScript, crashed, officials said." (test_lines_script_notice_*)."""
    text = line.text
    if (line.n <= 25 and SCRIPT_NOTICE.search(text) and SCRIPT_ASK.search(text) and SCRIPT_READER.search(text)
            and not REPORTING.search(text)):
        return "browser notice (scripts or browser support required)"
    return None


def menu_reason(line: LineShape) -> str | None:
    """A site menu or breadcrumb: three or more short labels between separators ("Home | World |
    Politics", "Home › Europe › Harrowgate"), at least one of them a news site's section or
    interface word. A table header ("Party | Seats | Share of vote") names no section; a byline,
    stamp or date line ("By A | March 4", "Posted: ... | Updated: ...") has digits or "By"."""
    parts = menu_parts(line.text)
    if parts is None or not any(_section_label(p) for p in parts):
        # Without separators ("NEWS  SPORT  BUSINESS  OPINION  LIFE"): four words or more (three in
        # capitals), at least three quarters of them section words, no sentence.
        words = [w.lower() for w in line.words]
        least = MENU_MIN_PARTS if line.text.isupper() else MENU_MIN_PARTS + 1
        if line.sentence or len(words) < least or 4 * sum(w in SECTION_WORDS for w in words) < 3 * len(words):
            return None
    return "navigation menu (site sections between separators)"


# Words publications put in their names ("Polaris Newswire", "Stellmark Courier"): the trade's
# vocabulary, not any corpus's. A name-shaped line with one, near the top and not the headline,
# names the outlet (test_metadata_outlet_name_line).
MEDIA_WORDS = re.compile(r"\b(?:news|newswire|wire|press|times|post|herald|courier|gazette|review|tribune|journal|daily|"
                         r"telegraph|chronicle|observer|standard|mail|express|star|sun|mirror|guardian|independent|"
                         r"radio|fm|tv|television|broadcasting|network|agency|media|voice|weekly|monthly|magazine|"
                         r"bulletin|dispatch|ledger|record|register|sentinel|examiner|inquirer|reporter|report)\b", re.I)
# "Quay FM – Harbour Talk": a site's name ending in a media word, a spaced dash, and its programme or
# section in capitalised words (test_metadata_text_title_outlet_date).
SITE_DASH_PROGRAMME = re.compile(r"^(?P<site>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s+[–—-]\s+"
                                 r"(?P<part>(?:The\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&)){0,4})$")


def site_and_programme(text: str, following: LineShape | None) -> str | None:
    """The site's name of a "Site – Programme" line heading the page (see SITE_DASH_PROGRAMME), when
    the line under it is a headline (three words or more, no sentence, no byline or date: "Tourist
    Levy Review – The Key Questions" over "By A. Writer" is a headline itself), else None."""
    m = SITE_DASH_PROGRAMME.match(text.strip())
    if m is None or not MEDIA_WORDS.fullmatch(m["site"].split()[-1]) or following is None:
        return None
    if following.sentence or following.n < 3 or BYLINE.match(following.text) or TIMESTAMP.match(following.text):
        return None
    return m["site"]


# After a site's name, a dash and what kind of publication it is ("— independent news for Portlen"):
# a media word in a short unpunctuated phrase (metadata.tagline_masthead, text.outlet_label_reason).
TAGLINE = re.compile(r"^[–—-]\s+(?P<tag>[^.!?]{3,60})$")


def tagline(rest: str) -> bool:
    """The text after a site's name is its tagline: a dash, then a short phrase with a media word."""
    m = TAGLINE.match(rest.strip())
    return m is not None and bool(MEDIA_WORDS.search(m["tag"])) and len(m["tag"].split()) <= 8


def site_and_section(text: str) -> str | None:
    """The site's name of a page's first line that is a name and a section ("Quay Business Review |
    Interviews", tests/clean/test_lines.py::test_lines_site_and_section), else None: the name in
    capitals word by word, the section a section word."""
    pair = [p.strip() for p in MENU_SEPARATOR.split(text)]
    if len(pair) != 2 or not _section_label(pair[1]) or _section_label(pair[0]):
        return None
    if not all(label_part(p) for p in pair):
        return None
    if not all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in pair[0].split()):
        return None
    return pair[0]


def label_part(part: str) -> bool:
    """One label of a menu: one to four words, no digits, no sentence punctuation."""
    return 1 <= len(part.split()) <= 4 and not re.search(r"[\d.!?:;,\"“”]", part)


def menu_parts(text: str) -> list[str] | None:
    """The labels of a menu-shaped line (three or more parts of one to four words, no digits, no
    sentence punctuation, none a byline), else None. The first part may be the site's name."""
    parts = [p.strip() for p in MENU_SEPARATOR.split(text)]
    if len(parts) < MENU_MIN_PARTS:
        return None
    if not all(label_part(p) and p.split()[0].lower() != "by" for p in parts):
        return None
    return parts


def section_labels(text: str) -> bool:
    """The line is a menu or one or more section labels ("NEWS | DEFENCE", "World › Europe")."""
    return menu_parts(text) is not None or all(_section_label(p) for p in MENU_SEPARATOR.split(text.strip()))


def breadcrumb(text: str) -> bool:
    """A section and the story's topic over the headline ("Politics | Orvelle water inquiry"): two
    labels, the first a section word (tests/clean/test_lines.py::test_lines_breadcrumb)."""
    parts = [p.strip() for p in MENU_SEPARATOR.split(text.strip())]
    return len(parts) == 2 and all(label_part(p) for p in parts) and _section_label(parts[0])


def _section_label(part: str) -> bool:
    words = [w.lower() for w in WORD.findall(part)]
    return bool(words) and all(w in SECTION_WORDS or w in SMALL_WORDS for w in words) and any(
        w in SECTION_WORDS for w in words)


def promotion_reason(line: LineShape) -> str | None:
    """A site's call to read, follow or subscribe: a promotion verb and word ("Get the latest news
    from ..."), or a subscription word addressed to the reader ("Want more? Subscribe to our
    newsletter."). Reported speech is content."""
    if line.n > 30 or REPORTING.search(line.text) or not line.text[:1].isupper():  # a call starts the line
        return None
    if PROMO_VERB.match(line.text) and PROMO_WORD.search(line.text):
        return "site tagline or promotion"
    if OWN_CHANNEL.search(line.text) and line.n <= 20:
        return "site tagline or promotion"  # tests/clean/test_lines.py::test_lines_own_channel
    if SUBSCRIPTION.search(line.text) and re.search(r"\b(?:our|you|your)\b", line.text, re.I):
        return "site tagline or promotion"
    return None


def caption_match(text: str) -> re.Match[str] | None:
    m = CAPTION.search(text)
    # "| March, 2025" is a date, not a credit.
    return None if m is None or m["outlet"].split()[0].lower().rstrip(".") in MONTHS else m


def content_words(text: str) -> set[str]:
    """Lower-cased content words cut to a 5-letter stem, for topical overlap between lines.
    Possessives are cut ("NATO's" is "nato"); question words and auxiliaries carry no topic."""
    found = set()
    for w in WORD.findall(text):
        w = POSSESSIVE.sub("", w.lower())
        if len(w) > 2 and w[0].isalpha() and w not in SMALL_WORDS and w not in NO_TOPIC:
            found.add(w[:5])
    return found


# A sentence-case headline (tabloid and many modern sites): "Lottery winner, 61, buys a fleet of
# vans", "Chef Ana Brel slams critics after flop". Its cues: an age or number set off by commas
# after a name, or a present-tense verb in -s right after a capitalised name; and no closing full
# stop. Prose has past-tense reporting and ends with a full stop (test_lines_sentence_case_*).
AGE_APPOSITION = re.compile(r"^[A-Z][^,]{2,60},\s*\d{1,3},\s+[a-z]")
NAME_THEN_VERB = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,4}(?P<verb>[a-z]{3,}s)\b")
NOT_VERB_S = re.compile(r"(?:ss|us|is|ous|ics|ies)$")
SENTENCE_CASE_HEADLINE_WORDS = (5, 20)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "our", "their", "my",
               "your", "some", "many", "most", "all", "both", "several", "few", "new", "other", "such", "no"}


def sentence_case_headline(line: LineShape) -> bool:
    """A line shaped like a sentence-case headline: no closing punctuation, five to twenty words,
    a capital first, and an age apposition or a name followed by a present-tense verb."""
    low, high = SENTENCE_CASE_HEADLINE_WORDS
    if line.sentence or line.headline or not low <= line.n <= high or not line.text[:1].isupper():
        return False
    if AGE_APPOSITION.match(line.text):
        return True
    m = NAME_THEN_VERB.match(line.text)
    if m is None or NOT_VERB_S.search(m["verb"]):
        return False
    # "The boats will ..." is a plural after a determiner; "Chef Ana Brel slams" names someone.
    return any(w.lower() not in DETERMINERS for w in line.text[:m.start("verb")].split())
