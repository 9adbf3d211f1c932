"""The site speaking to its reader: interface words (comments, sharing, accounts, paging), live-blog
controls, links to the site's policy pages, cookie and browser notices, promotions and summary
widgets. Judged by the shape of the line as well as its words: a sentence that merely starts with
such a word is prose (test_lines_interface_*).
"""

from __future__ import annotations

import re

from .lines import BULLET, REPORTING, LineShape

# Interface vocabulary of news sites: comment boxes, sharing, accounts, paging, promotion, players,
# reading-time and loading notices. Whole words only: "Subscribers to ...", "Registered voters ...",
# "Shares in ..." are prose (test_lines_interface_*).
INTERFACE = re.compile(
    r"^(?:to (?:participate|join|take part)(?: in)? the (?:discussion|conversation|debate)|log ?in|sign ?in|sign ?up|"
    r"register|subscribe|share(?: this| on| via)?|read (?:more|also|next)|also read|see also|"
    # "More live coverage: A | B" (session 40, test_lines_interface_judged_in_context)
    r"related(?: articles?| stories| news| coverage)?|more (?:from|on|stories|live ?(?:blogs?|coverage|pages?)|videos|podcasts)|"
    r"next(?: article| story)?|"
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
    r"terms (?:of (?:use|service)|and conditions)|contact us|about us|"
    # "Imprint | Data protection | Cookie settings": footer links, read only before a separator
    # (tests/clean/test_lines.py::test_lines_interface_judged_in_context)
    r"(?:legal notice|data protection|imprint)(?=\s*[|·•]))\b",
    re.I,
)
# A browser notice: the script or browser named, asked to be turned on, addressed to the reader
# ("Please switch on JavaScript to follow the live coverage.", "JavaScript is disabled in your browser").
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
# Each kind of interface line with its reason; every reason starts "site interface" (see teasers.LINK_FURNITURE).
INTERFACE_KINDS = ((INTERFACE, INTERFACE_REASON),
                   (LIVE_CONTROL, "site interface (live-blog or list control)"),
                   (SITE_POLICY, "site interface (link to the site's policy pages)"))
PROMO_VERB = re.compile(r"^(?:get|read|follow|stay|sign up|subscribe|download|watch|listen|"
                        r"don'?t miss|join|discover|explore)\b", re.I)
PROMO_WORD = re.compile(r"\b(?:news|latest|updates?|stories|photos|videos|analysis|newsletter|app|"
                        r"breaking|coverage|podcasts?)\b", re.I)
# A question the site asks its reader before a call: a few words, no question word or auxiliary opening
# it ("Enjoyed this interview?", "Want more?"; not "Why does it matter?", a paragraph's own question).
READER_QUESTION = re.compile(r"(?!(?:who|what|why|how|when|where|which|whose|is|are|was|were|do|does|did|can|could|"
                             r"will|would|should|shall|has|have|had|may|might|must)\b)[^?!.]{1,40}\?\s+", re.I)
# The site's own outlets for its output, named by a call ("... in our podcast", "Get our app").
OWN_MEDIA = r"podcasts?|app|website|channel|radio show|newsletters?"
# After a question to the reader, a call names the site's output: "our" anything, or a product only a site
# offers its reader (newsletter, app, podcast); any channel, website or radio show is a speaker's answer ("Honestly?
# Watch the news on any channel ...": tests/clean/test_lines.py::test_lines_own_channel).
OWN_OUTPUT = re.compile(r"\b(?:our|newsletters?|app|podcasts?)\b", re.I)
SUBSCRIPTION = re.compile(r"\b(?:subscribe|sign up|newsletters?|follow us|download (?:our|the) app|join our)\b", re.I)
# The site pointing to where its own output can be had: "The whole conversation can be heard on our
# radio app ...", "More on this story on our website." (a speaker's "we post ... on our website" is not).
OWN_CHANNEL = re.compile(r"\b(?:can|may|will) (?:also )?be (?:heard|read|watched|found|seen|streamed|downloaded)\b"
                         rf"[^.]*\b(?:in|on) our (?:{OWN_MEDIA})\b|"
                         rf"^(?:more|listen|watch|read)\b[^.]*\b(?:in|on) our (?:{OWN_MEDIA})\b", re.I)
# Cookie banners: the word, the reader or site addressed, an act of consent (test_lines_consent_*).
COOKIE = re.compile(r"\bcookies?\b", re.I)
READER = re.compile(r"\b(?:you|your|we|our|this (?:web)?site)\b|\buses cookies\b", re.I)
CONSENT = re.compile(r"\b(?:accept\w*|agree\w*|consent\w*|by (?:continuing|using|browsing|clicking)|"
                     r"(?:we|site) uses? cookies|cookies to (?:improve|ensure|give you|personali[sz]e|enhance)|"
                     r"cookie (?:policy|settings|preferences|notice)|manage (?:your )?(?:cookies|preferences)|"
                     r"opt[ -]out)\b", re.I)
SUMMARY_LABEL = re.compile(r"^(?:summary|key points|key takeaways|in brief|at a glance|highlights|"
                           r"tl;?dr|what you need to know|quick read|the gist)\s*:?\s*$", re.I)


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
            if not line.sentence and (line.n <= 16 or _listed_links(text)):
                return reason
            if line.sentence and (line.n <= 3 or (line.n <= 16 and READER_CUE.search(text))):
                return reason
            return None
    if line.n <= 6 and not line.sentence and INTERFACE_ANYWHERE.search(text):
        return INTERFACE_REASON
    return None


# "Related: A | B | C": a label over several links set apart by bars or dots, each a short headline
# (tests/clean/test_lines.py::test_lines_interface_label_over_listed_links).
LINK_SEPARATOR = re.compile(r"\s+[|·•]\s+")
LISTED_LINK_MAX_WORDS = 12


def _listed_links(text: str) -> bool:
    links = LINK_SEPARATOR.split(text)
    return bool(LABEL_COLON.match(text)) and len(links) >= 2 and all(len(k.split()) <= LISTED_LINK_MAX_WORDS for k in links)


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
    """A browser notice asking the reader to turn scripts on ("Please switch on JavaScript to follow
    the live coverage."). Reported speech about a site is content: "The ministry's site, which needs
    JavaScript, crashed, officials said." (test_lines_script_notice_*)."""
    text = line.text
    if (line.n <= 25 and SCRIPT_NOTICE.search(text) and SCRIPT_ASK.search(text) and SCRIPT_READER.search(text)
            and not REPORTING.search(text)):
        return "browser notice (scripts or browser support required)"
    return None


def promotion_reason(line: LineShape) -> str | None:
    """A site's call to read, follow or subscribe: a promotion verb and word ("Get the latest news
    from ..."), or a subscription word addressed to the reader ("Want more? Subscribe to our
    newsletter."). Reported speech is content."""
    if line.n > 30 or REPORTING.search(line.text) or not line.text[:1].isupper():  # a call starts the line
        return None
    # The call may follow a short question to the reader: "Enjoyed this interview? Get the X newsletter."
    # Only after such a question: an answer's second sentence is the speaker's ("Absolutely. Read the
    # stories of the families ...") (tests/clean/test_lines.py::test_lines_own_channel)
    asked = READER_QUESTION.match(line.text)
    call = line.text[asked.end():] if asked else ""
    # (after the question, the call names the site's own channel: "Honestly? Read the stories of the families" is an answer)
    if (PROMO_VERB.match(line.text) and PROMO_WORD.search(line.text)) or (
            PROMO_VERB.match(call) and PROMO_WORD.search(call) and OWN_OUTPUT.search(call)):
        return "site tagline or promotion"
    if OWN_CHANNEL.search(line.text) and line.n <= 20:
        return "site tagline or promotion"  # tests/clean/test_lines.py::test_lines_own_channel
    if SUBSCRIPTION.search(line.text) and re.search(r"\b(?:our|you|your)\b", line.text, re.I):
        return "site tagline or promotion"
    return None
