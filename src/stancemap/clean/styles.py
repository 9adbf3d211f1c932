"""Furniture of particular page styles: newsletter platforms, aggregators republishing a wire,
press releases on trade sites, fact-check pages, pages heavy with accessibility tools, and
print or e-paper dumps (running headers, page indexes, small ads, page jumps; the page's layout,
its running heads and columns, is read by print_page.py).

As in furniture.py, every rule is the trade's interface vocabulary or a page's structure, never a
phrase of one corpus; each is pinned by a case in tests/clean/test_styles.py. `style_reason`
judges one line; `mark_release_tail`, `mark_comments`, `mark_about_boilerplate` and
`mark_tagline` look at a line's place on the page.
"""

from __future__ import annotations

import bisect
import re

from .interface import INTERFACE
from .lines import REPORTING, LineShape, content_words, whole_word
from .navigation import RELEASE_LABEL
from .print_page import running_head, shouting

# "High contrast: off", "Autoplay: on", "Dyslexia-friendly font: off": a setting and its state.
TOGGLE = re.compile(r"^[A-Z][\w' -]{1,30}:\s*(?:on|off|enabled|disabled)$", re.I)
# A form's placeholder or a search box: "Type your email...", "Enter your postcode", "Search the web".
FORM_FIELD = re.compile(r"^(?:(?:type|enter|add) (?:your |an? )?(?:e-?mail(?: address)?|search|postcode|zip code|name|"
                        r"comment|reply|location)|your e-?mail(?: address)?|search(?: the web| this site| the site| our site|"
                        r" news| articles| stories| all)?)\s*(?:…|\.\.\.|:)?$", re.I)
# "Westmoor 9°C Partly cloudy H 11° L 4° · See 10-day forecast": a weather widget (two readings or
# more and a weather word; a headline names one temperature).
TEMPERATURE = re.compile(r"-?\d{1,3}\s?°\s?[CF]?")
WEATHER = re.compile(r"\b(?:forecast|cloudy|sunny|rain|showers|snow|fog|windy|clear|overcast|drizzle|storms?|"
                     r"[HL]\s?-?\d{1,3})\b|\b(?:high|low)\s*:?\s*-?\d", re.I)
# A player's labels and download links: "Duration: 6 minutes 40 seconds", "Listen • 3:52",
# "Download audio (MP3, 6.1MB)".
PLAYER = re.compile(r"^(?:duration|length|running time|runtime)\s*:\s*\d|"
                    r"^(?:listen|play|watch)\s*[•·|:–-]?\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?$|\((?:mp3|mp4|m4a|ogg|wav|pdf|docx?|epub|zip|csv|"
                    r"xlsx?)\s*,?\s*[\d.,]+\s*(?:kb|mb|gb)\)$", re.I)
# Display and language controls: "Increase text size", "Toggle dark mode", "Translate this page".
DISPLAY = re.compile(r"^(?:(?:increase|decrease|reset|change|adjust|larger|smaller) (?:the )?(?:text|font)(?: size)?|"
                     r"(?:toggle|switch to|turn on|turn off) (?:dark|light|night|high[- ]contrast|reader) (?:mode|theme)|"
                     r"(?:dark|light|night|reader) mode|translate (?:this )?(?:page|article|story)|select (?:a |your )?language|"
                     r"change language)$", re.I)
# A post's closing prompts: "Ready for more?", "Enjoyed this post?"; a ticker box's label: "In this article:".
PROMPT = re.compile(r"^(?:ready for more|want more|enjoyed this(?: post| article| story)?|like this post|"
                    r"did you enjoy this(?: post| article)?)\s*[?!.]?$", re.I)
TICKER_LABEL = re.compile(r"^(?:in this (?:article|story)|(?:related|mentioned) (?:tickers|quotes|companies|stocks))\s*:?$", re.I)
# A text alternative printed for a picture: "Image description: ...", "Alt text: ...".
IMAGE_TEXT = re.compile(r"^(?:(?:image|photo|picture|video|graphic|chart|map|figure) )?(?:description|alt(?:ernative)? text)"
                        r"\s*:\s*\S", re.I)
# Feedback widgets: "Rate this story", "Is this page useful? Yes | No", "Report an accessibility problem".
FEEDBACK = re.compile(r"^(?:rate this (?:article|story|page|episode)|(?:was|is) this (?:article|story|page|information|"
                      r"explainer|piece|post|guide|answer) (?:helpful|useful|informative)|"
                      r"did you find this (?:article |story |page |explainer |piece |post |guide )?(?:helpful|useful)|"
                      r"how (?:helpful|useful) was this|report an? (?:accessibility )?(?:problem|error|issue|mistake|typo|bug)|"
                      r"report this (?:comment|ad|page)|give (?:us )?feedback|send (?:us )?feedback)\b", re.I)
# A notice that closes on a link to the site's own policy pages: "... Read our accessibility statement."
POLICY_LINK_END = re.compile(r"(?:^|[.!?]\s+)(?:you can |please )?(?:read|see|view) (?:our|the site['’]s) (?:full )?"
                             r"(?:[\w-]+ ){0,2}(?:methodology|statement|policy|policies|standards|guidelines|principles|code|"
                             r"charter|terms)(?: here)?\.?$", re.I)
# A sign-up form's messages: "Thank you for subscribing!", "Something went wrong. Please try again later."
FORM_MESSAGE = re.compile(r"^(?:thanks?(?: you)? for (?:subscribing|signing up|registering)|something went wrong[.,!]? "
                          r"(?:please )?try again|(?:please )?(?:enter|provide) a valid e-?mail|invalid e-?mail)\b", re.I)
# A republishing site's disclaimer: "This item was generated automatically from an X feed; it
# has not been edited by ... staff", "X publishes press releases as received ... has not edited or verified".
EDIT_NOTICE = re.compile(r"\b(?:published|posted|generated|syndicated|created) automatically\b|\bhas not been edited by\b|"
                         r"\bas received from (?:the )?(?:issuing|originating|submitting)\b|"
                         r"\b(?:has|have) not (?:been )?(?:edited|checked) (?:or|and) verified\b", re.I)
# Newsletter prompts: "Have the X Digest sent to your inbox each evening", "Thanks for reading X! Subscribe ...".
INBOX = re.compile(r"\b(?:in|into|to) your inbox\b", re.I)
THANKS = re.compile(r"^thanks? (?:you )?for reading\b", re.I)
CALL = re.compile(r"^(?:get|sign up|subscribe|receive|join)\b|\b(?:subscribe|sign up|newsletter|briefing|"
                  r"bulletin|digest)\b", re.I)
# A comment section's header: "Discussion about this post", "Comments (3)", "12 comments", "Sort by: Newest".
COMMENTS_HEADER = re.compile(r"^(?:discussion about this (?:post|article|story|episode)|comments?\s*\(\d+\)|\d+\s+comments?|"
                             r"comments?|reader comments|join the discussion|sort by\s*:.*|top comments)$", re.I)
# The controls under one reader comment: "Reply", "Like (3)", "14 Likes", "▲ 12", "Report".
COMMENT_CONTROL = re.compile(r"^(?:reply|likes?\s*\(\d+\)|\d+\s+likes?|[▲▼↑↓]\s*\d+|report|recommend(?:ed)?\s*\(\d+\)|"
                             r"upvote|downvote)$", re.I)
COMMENT_WITHIN = 3  # a comment's controls follow it within this many lines
# The mark that ends a release's text: "ENDS", "- ends -", "###", "-30-".
RELEASE_END = re.compile(r"^(?:[-–—]\s*ends\s*[-–—]|ends|#\s?#\s?#|[-–—]\s*30\s*[-–—])$", re.I)
RELEASE_WORDS = re.compile(r"\b(?:press releases?|news releases?|media releases?|for immediate release)\b", re.I)
# Contact details: "Media contact: Name, 01632 960233, press@x.example", "Press enquiries: ...".
CONTACT = re.compile(r"^(?:(?:media|press|news|investor|editorial) )?(?:contacts?|enquiries|inquiries|relations)\s*:\s*\S|"
                     r"^for (?:more|further) information,? (?:please )?(?:contact|call|email|e-mail)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Source: Company Name", "Data: X Markets, Y Partners. Figures at 5:15 p.m.": a release's or a
# chart's source credit on its own line, names only.
SOURCE = re.compile(r"^(?i:sources?|data|chart data|figures)\s*:\s*[A-Z][\w&'’.-]*(?:[ ,]+(?:[A-Z][\w&'’.-]*|and|of|the|&))*"
                    r"\.?(?:\s+[A-Z]\w+ (?:as of|as at|at) [^.]{1,30}(?:\.[^.]{1,10})*\.?)?$")
# "SMALL ADS: ...", "CLASSIFIED: ...", "Advertising feature: ...": printed advertisements under their label.
ADVERT = re.compile(r"^(?:small ads|classifieds?|classified ads?|advertising feature|advertorial|paid (?:content|post|"
                    r"partnership)|partner content|promoted)\s*[:·|•-]\s*\S", re.I)
# "Jo Bloggs can be reached at jo@x.example or 555-0142": the reporter's contact line.
AUTHOR_CONTACT = re.compile(r"\b(?:can|may) be (?:reached|contacted|emailed) (?:at|on|via)\b|^(?:email|e-mail|contact|reach|"
                            r"write to) (?:him|her|them|the (?:author|writer|reporter)) (?:at|on|via)\b", re.I)
# "News provided by X", "Distributed by X", "SOURCE X": a wire's credit for the release it carries.
PROVIDED = re.compile(r"^(?:(?:news|content|story|release) )?(?:provided|distributed|supplied|issued) by\s+\S.{0,60}$|"
                      r"^SOURCE\s+[A-Z][^.!?]{1,60}\.?$", re.I)
# "Spotted something? Tell us", "Seen a claim we should check?": a call for tips.
TIPS = re.compile(r"^(?:spotted (?:something|an error|a mistake|a claim|a problem)|seen (?:something|a claim)|"
                  r"know (?:something|more)|(?:got|have you got) a (?:claim|question) (?:for us|to check|you want))\b", re.I)
WRITE_IN = re.compile(r"^[^.!?\"“]{3,80}\?\s+(?:write|e-?mail|contact|tell|send|message|call|get in touch)\b", re.I)
READER_AND_SITE = (re.compile(r"\b(?:you|your)\b", re.I), re.compile(r"\b(?:us|our)\b", re.I))
# "How we rate claims", "How we fact-check": the label of a site's note on its own method.
METHOD_LABEL = re.compile(r"^(?:how we (?:rate|check|fact-?check|work|verify|choose|select|investigate|grade|score)\b[\w ]{0,30}|"
                          r"(?:our |the )?rating (?:scale|system|guide)|(?:about )?our ratings|(?:our )?methodology)$", re.I)
# "Subscribe for £2 a month | Sign in | E-paper": a bar of account links.
ACCOUNT = re.compile(r"^(?:log ?in|log ?out|sign ?in|sign ?up|sign ?out|register|subscribe\b.*|my account|account|"
                     r"e-?edition|e-?paper|digital edition|today['’]s paper|newsletters?|donate|support us)$", re.I)


def style_reason(line: LineShape) -> str | None:
    """The furniture reason of one line in these page styles, or None."""
    text = line.text
    if line.n <= 8 and ((TOGGLE.match(text) and not line.sentence) or FORM_FIELD.match(text) or FORM_MESSAGE.match(text)):
        return "site interface (setting, form field or search box)"
    if line.n <= 16 and not line.sentence and len(TEMPERATURE.findall(text)) >= 2 and WEATHER.search(text):
        return "weather widget"
    if DISPLAY.match(text) or TICKER_LABEL.match(text):
        return "site interface (display, language or ticker controls)"
    if PROMPT.match(text):
        return "site tagline or promotion (newsletter)"
    if line.n <= 12 and PLAYER.search(text):
        return "media player or download link"
    if IMAGE_TEXT.match(text):
        return "image description (a picture's text alternative)"
    if line.n <= 16 and FEEDBACK.match(text):
        return "site interface (feedback widget)"
    if line.n <= 60 and POLICY_LINK_END.search(text) and not REPORTING.search(text):
        return "site's notice (ends on a link to its policy pages)"
    if line.n <= 60 and EDIT_NOTICE.search(text):
        return "republication notice (the site did not edit the text)"
    if line.n <= 30 and not REPORTING.search(text) and (
            (INBOX.search(text) and CALL.search(text)) or (THANKS.match(text) and CALL.search(text))):
        return "site tagline or promotion (newsletter)"
    if COMMENTS_HEADER.match(text):
        return "site interface (comment section header)"
    if RELEASE_LABEL.match(text) or RELEASE_END.match(text):
        return "press release label or end mark"
    if line.n <= 40 and (CONTACT.match(text) or ADVERT.match(text)):
        return "contact details or advertisement"
    if EMAIL.fullmatch(text):
        return "e-mail address (author's or desk's)"
    if line.n <= 16 and SOURCE.match(text):
        return "source credit"
    if line.n <= 30 and (TIPS.match(text) or _site_tip_line(text)):
        return "appeal to readers (tips)"
    if line.n <= 40 and AUTHOR_CONTACT.search(text) and (EMAIL.search(text) or re.search(r"\d{3}|@\w", text)):
        return "contact details (the reporter's)"
    if line.n <= 12 and PROVIDED.match(text) and not REPORTING.search(text):
        return "the wire's or provider's credit"
    if not line.sentence and METHOD_LABEL.match(text):
        return "label of the site's note on its method"
    parts = [p.strip() for p in re.split(r"\s+\|\s+", text)]
    if len(parts) >= 2 and all(len(p.split()) <= 6 for p in parts):
        if running_head(parts, shouting(text)):
            return "running header or page index (print edition)"
        if 2 * sum(bool(ACCOUNT.match(p) or INTERFACE.match(p)) for p in parts) >= len(parts):
            return "site interface (account and subscription links)"
    return None


def _site_tip_line(text: str) -> bool:
    """A line addressed to the reader by the site with an e-mail address to write to: "If you have
    spotted a figure you would like us to test, write to verify@... or text us on our desk number." A quoted
    appeal ("Police said anyone ... should email ...") carries a reporting verb or quotation marks."""
    you, us = READER_AND_SITE
    if not EMAIL.search(text) or REPORTING.search(text) or text[:1] in "\"“‘'":
        return False
    return bool((you.search(text) and us.search(text)) or WRITE_IN.match(text))


def mark_release_tail(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """On a press release, everything after its end mark ("ENDS", "###", "-30-") is the notes to
    editors, the company's description and contacts, not the release's text. Only when the page
    says it is a release, and only after some text."""
    if not any(RELEASE_WORDS.search(lines[i]) for i in nonblank):
        return
    ends = [p for p, i in enumerate(nonblank) if RELEASE_END.match(lines[i]) and p > 2]
    if not ends:
        return
    for i in nonblank[ends[0] + 1:]:
        if reasons[i] is None:
            reasons[i] = "after the press release's end mark (notes to editors, company description, contacts)"


# "About Varnet Data Systems": the heading of a company's standard description.
ABOUT = re.compile(r"^About (?:the )?(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|for|the)){0,5})$")


def mark_about_boilerplate(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """"About X" followed by a paragraph that begins with X's name ("X designs, builds and ...") is
    the organisation's standard description that closes press releases."""
    for pos, i in enumerate(nonblank[:-1]):
        m = ABOUT.match(lines[i])
        j = nonblank[pos + 1]
        if m and lines[j].startswith(m["name"].split()[0]):
            for k in (i, j):
                reasons[k] = reasons[k] or "the organisation's standard description (\"About ...\")"


def mark_comments(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """Below a comment section's header, a line followed within a few lines by a comment's controls
    ("Reply", "Like (3)", "▲ 12") is a reader's comment, not the article. The section starts at the
    header nearest before the first such control."""
    controls = [p for p, i in enumerate(nonblank) if COMMENT_CONTROL.match(lines[i])]
    headers = [p for p, i in enumerate(nonblank) if COMMENTS_HEADER.match(lines[i])]
    # The header nearest before the first control that has one (a "Comments" link may stand at the top).
    first = next((c for c in controls if any(h < c for h in headers)), None)
    if first is None:
        return
    header = max(h for h in headers if h < first)
    for pos in range(header + 1, len(nonblank)):
        i = nonblank[pos]
        k = bisect.bisect_right(controls, pos)  # the first control after this line
        if reasons[i] is None and k < len(controls) and controls[k] <= pos + COMMENT_WITHIN:
            reasons[i] = "reader's comment (under the comment section)"


def mark_self_description(lines: list[str], reasons: list[str | None], nonblank: list[int],
                          outlets: frozenset[str]) -> None:
    """Near the foot of the page, a sentence in which the outlet describes itself ("X is a member of
    the ... Network", "X is a regional radio station regulated by ...") is the site's notice."""
    names = sorted((n for n in outlets if len(n) >= 3), key=lambda n: (-len(n), n))
    for i in nonblank[-SELF_LAST_LINES:]:
        if reasons[i] is None and (EDITORIAL_NOTICE.match(lines[i]) or any(_describes_itself(lines[i], n) for n in names)):
            reasons[i] = "the site's notice about itself"
    _mark_outlet_credit(lines, reasons, nonblank, names)


# "Our editorials set out the position of X", "The X's editorials reflect the views of the paper": the
# opinion page's standing notice (tests/clean/test_text.py::test_text_editorial_notice_and_credit).
EDITORIAL_NOTICE = re.compile(r"^(?:Our|(?:The )?[\w'’&. -]{1,40}['’]s) (?:editorials?|leaders?|leading articles?) "
                              r"(?:represent|reflect|express|set out) (?:the )?(?:views?|opinions?|positions?)\b")
CREDIT_TOP_LINES, CREDIT_OTHER_WORDS = 15, 2


def _mark_outlet_credit(lines: list[str], reasons: list[str | None], nonblank: list[int], names: list[str]) -> None:
    """A short line naming the outlet right above the date or byline under a headline ("The X view",
    "X staff") is the piece's credit, not its text (test_text_editorial_notice_and_credit)."""
    top = nonblank[:CREDIT_TOP_LINES]
    for pos, i in enumerate(top[1:-1], 1):
        below = reasons[top[pos + 1]] or ""
        if reasons[i] is not None or not below.startswith(("date line", "time stamp", "byline")):
            continue
        if not any(reasons[k] is None and len(lines[k].split()) >= 3 for k in top[:pos]):
            continue  # a credit stands under the headline: the first such line is it ("Nova24 editor resigns")
        text = lines[i].strip()
        name = next((n for n in names if whole_word(n).search(text)), None)
        if name is None or text.endswith((".", "!", "?")):
            continue
        rest = whole_word(name).sub(" ", text).split()
        if len([w for w in rest if w.lower() != "the"]) <= CREDIT_OTHER_WORDS:
            reasons[i] = "byline (the outlet's credit)"


SELF_LAST_LINES = 10


def _describes_itself(line: str, name: str) -> bool:
    """The line opens with the outlet's name ("The " before it or not) and SELF_DESCRIPTION after it: one
    pattern for every outlet, not one compiled per name (about 0.3 ms each, some 900 outlets at 1,500 bench
    articles; tests/clean/test_styles_self_description.py)."""
    return any(line.startswith(lead) and SELF_DESCRIPTION.match(line, len(lead)) is not None
               for lead in (f"The {name} ", f"{name} "))

# "X is a member of ...", "X is a regional radio station regulated by ...", "X is committed to ...":
# what the site is, not what it reports ("X was unable to reach the minister" is the article's); read after
# the outlet's name and a space (`_describes_itself`).
SELF_DESCRIPTION = re.compile(r"(?:is|are) (?:(?:an?|the) (?:[\w,-]+ ){0,4}?(?:member|signatory|service|site|"
                              r"website|publication|newspaper|broadcaster|magazine|agency|network|company|charity|"
                              r"non-?profit|organi[sz]ation|project)\b|(?:committed to|funded by|licensed by|"
                              r"regulated by|owned by|part of|published by)\b)")


def mark_method_note(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """The paragraph under a fact-checker's "How we rate claims" / "Rating scale" label explains the
    site's method, whatever its words."""
    for pos, i in enumerate(nonblank[:-1]):
        j = nonblank[pos + 1]
        if METHOD_LABEL.match(lines[i]) and reasons[j] is None and j == i + 1:
            reasons[j] = "the site's note on its method (under its label)"


# "Written by X", "About the author": the author's card under a post (followers, a bio, a follow button).
AUTHOR_CARD = re.compile(r"^(?:written by\s+\S.{0,40}|about the (?:author|writer)s?|about me)$", re.I)
FOLLOWERS = re.compile(r"^(?:[\d.,]+[KkMm]?\s+(?:followers?|subscribers?)|follow(?:ing)?|subscribe)$", re.I)
AUTHOR_CARD_LINES = 5


def mark_author_card(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """Below the text, a "Written by X" or "About the author" label with a follow button or a
    follower count among the next lines heads the author's card: those lines, up to a blank line,
    are not the article."""
    first_prose = next((p for p, i in enumerate(nonblank) if _prose_line(lines[i])), len(nonblank))
    for pos, i in enumerate(nonblank):
        if pos <= first_prose or not AUTHOR_CARD.match(lines[i]):
            continue
        card: list[int] = []
        for j in nonblank[pos + 1:pos + 1 + AUTHOR_CARD_LINES]:
            if j > (card[-1] if card else i) + 1:
                break
            card.append(j)
        if any(FOLLOWERS.match(lines[j]) for j in card):
            for j in (i, *card):
                reasons[j] = reasons[j] or "the author's card (under the text)"


def _prose_line(text: str) -> bool:
    """A line of the text: a dozen words or more ending like a sentence."""
    return len(text.split()) >= 12 and bool(re.search(r"[.!?][\"'”’)]*$", text))


# A tagline shares few content words with the article below it, a headline many: the written cases
# of test_styles_tagline_* (tagline 0.25 or less, headlines 0.5 or more); SUBHEADING_OVERLAP in teasers.py
# separates teasers from subheadings at the same point.
TAGLINE_OVERLAP, HEADLINE_OVERLAP = 0.34, 0.5
TAGLINE_MAX_WORDS = 10
STAMP_REASONS = ("byline", "date line", "time stamp")


def mark_tagline(lines: list[str], reasons: list[str | None], nonblank: list[int]) -> None:
    """The line under the site's masthead is its tagline, not the headline, when a menu follows it
    ("Plumbline" / "Careful fact-checking for the valley" / "Fact checks | Explainers"), or when a
    headline follows it above the byline or date and the line is a short phrase in sentence case
    that says nothing of the article while the headline does ("The Ledger" / "News and views for
    the valley" / headline / "By A. Writer")."""
    if len(nonblank) < 3:
        return
    first, second, third = nonblank[:3]
    if not (reasons[first] or "").startswith("the outlet's name") or reasons[second] is not None:
        return
    tagline = lines[second]
    if len(tagline.split()) > 12:
        return
    if (reasons[third] or "").startswith("navigation"):
        reasons[second] = "the site's tagline (between its masthead and menu)"
        return
    words = tagline.split()
    if (reasons[third] is not None or len(words) > TAGLINE_MAX_WORDS or re.search(r"[\d.!?:]$|\d", tagline)
            or any(w[:1].isupper() for w in words[1:]) or re.search(r"[.…]$", lines[third].rstrip("\"'”’»)"))):
        return
    if not any((reasons[j] or "").startswith(STAMP_REASONS) for j in nonblank[3:5]):
        return
    below = set().union(*(content_words(lines[j]) for j in nonblank[3:] if reasons[j] is None))

    def overlap(text: str) -> float:
        found = content_words(text)
        return len(found & below) / len(found) if found else 0.0

    if overlap(tagline) < TAGLINE_OVERLAP and overlap(lines[third]) >= HEADLINE_OVERLAP:
        reasons[second] = "the site's tagline (under its masthead, above the headline)"
