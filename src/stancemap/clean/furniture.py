"""Page furniture that a line's words give away.

Every rule here is general: the way news sites word their captions, prompts, appeals and notices
(interface vocabulary of the trade, not phrases of one corpus), each pinned by a test in
tests/clean/test_furniture.py. `local_reason` judges one line; the teaser blocks that a label heads
are blocks.py's (`mark_blocks`), the lines kept from these rules protected.py's.
"""

from __future__ import annotations

import re

from .interface import PROMO_VERB
from .language import wordset
from .lines import BULLET, REPORTING, LineShape
from .navigation import MENU_SEPARATOR, label_part

# A caption that ends with its credit: "Ferries at the quay. Photo: Pekka Harju/The Ledger",
# "(Picture: Fernlight Pictures/Odo Brunst)", "Photograph: Outlet/Name". The credit has no sentence punctuation,
# and `local_reason` takes it only when it is names (`_credit_names`: capitalised words and their joins) of at most
# eight words.
CREDIT_END = re.compile(r"(?:^|[.!?”\"’)]\s+|\s\()\(?(?i:photo(?:graph)?s?|pictures?|images?|illustrations?|credits?|"
                        r"video|footage)\s*:\s*(?P<credit>[^.!?:;]{2,80}?)\)?\s*$")
# A caption ending in an agency's or outlet's credit with a slash, after the caption's last sentence,
# bracketed or not: "... leaves the inquiry in 2025. Quay Herald/Lena Dorr", "... on Monday. AP
# Photo/Sam Reyes", "... on Tuesday. (Lena Dorr/Quay Herald)"
# (tests/clean/test_furniture.py::test_furniture_line_removed_with_reason).
SLASH_CREDIT_END = re.compile(r"[.!?”\"’)]\s+\(?[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,2}"
                              r"/[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\)?\s*$")
# A caption closed by the bracketed name of whose photo it is: "... after the vote. (Herald photo)",
# "... on Monday (AP Photo)", "(File photo)" (tests/clean/test_furniture.py::test_furniture_line_removed_with_reason).
PHOTO_TAG_END = re.compile(r"\s\((?:[A-Z][\w&.'’-]*\s+){0,3}(?i:photo(?:graph)?s?|pictures?|file photo)\)\s*$")
# "Photography by Einar Wiklo", "Illustration by ...", "Photos: ...": a credit on its own line.
CREDIT_LINE = re.compile(r"^(?i:photography|photographs?|photos?|pictures?|illustrations?|graphics?|images?|video)\s+"
                         r"(?i:by)\s+[A-Z]")
# Prompts to comment, addressed to the reader.
COMMENT_PROMPT = re.compile(
    r"\b(?:comment below|comments? (?:section )?below|in the comments(?: section)?|join the (?:conversation|debate|discussion)|"
    r"have your say|tell us (?:what you think|your (?:views|story|thoughts))|let us know (?:what you think|in the comments)|"
    r"share your (?:views|thoughts|story) (?:with us|below)|comments are (?:now )?closed|comments are subject to|"
    r"community (?:guidelines|standards|rules)|house rules|comments are (?:pre-?)?moderated)\b", re.I)
# Appeals for money or membership: "Support our journalism", "Become a supporter from ...".
APPEAL = re.compile(
    r"\b(?:funded by (?:its |our )?readers|reader-(?:funded|supported)|supported by (?:its |our )?readers|"
    r"support (?:independent|our|quality|local|the [\w'’ ]{1,30}?['’]s) journalism|"
    r"become an? (?:[\w'’ ]{0,30}?)(?:member|subscriber|supporter)\b|"
    r"supporters'? club|give once or monthly|donate (?:now|today)|subscribe (?:now|today) for|"
    r"subscribe from (?:just |only )?[£$€]?\d|"
    r"(?:depends|relies) on (?:its |our )?readers\b|(?:please )?consider (?:supporting|subscribing|donating|becoming)\b|"
    r"if you value (?:our|this|independent|local) (?:journalism|reporting|work)|our (?:journalism|reporting) is (?:free|open) "
    r"(?:to|for))", re.I)
# A call for tips: "Got a story? Email ...".
TIPS = re.compile(r"^(?:(?:got a (?:story|news tip|tip)|have (?:you got )?a (?:story|news tip|tip)|do you have a (?:story|"
                  r"news tip|tip)|know something (?:we|that)|want to share your (?:story|experience|views))\b|"
                  r"do you have (?:information|something to share)(?: about [^,?]{1,40})?\?)", re.I)
# The site's legal notices: copyright, reproduction, external links.
# "reproduction in whole or in part is forbidden": the same notice with its scope
# (tests/clean/test_furniture.py::test_furniture_line_removed_with_reason).
LEGAL = re.compile(r"\b(?:protected by copyright|reproduction (?:in (?:any form|whole or in part) )?(?:is )?(?:only )?"
                   r"(?:permitted|prohibited|allowed|forbidden)|"
                   r"all rights reserved|may not be (?:reproduced|republished|redistributed)|"
                   # "All material copyright 2025": the notice with no holder after it (test_furniture_line_removed_with_reason)
                   r"all (?:content|contents|material|text)\s+(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}(?=\.?$)|"
                   r"not responsible for the content of external|by (?:signing up|subscribing|registering|submitting)[^.]{0,60}"
                   r"\byou (?:agree|accept|consent)|registered (?:in|office)\b[^.]{0,40}(?:no\.?|number)\s*:?\s*\d+|"
                   r"registered office\s*:\s*\w+|company (?:registration )?(?:no\.?|number)\s*:?\s*\d+)\b", re.I)
# A reader asked to write in: "Send us your photos through the form at the bottom of the page.",
# "Get in touch using the form below." (test_furniture_line_removed_with_reason).
READER_PROMPT = re.compile(
    r"\b(?:send us your (?:views|thoughts|comments|questions|stories|experiences?|photos|pictures|videos|tips)|"
    r"(?:using|via|through|fill in|complete) the form (?:above|below|on this page|at the (?:top|bottom|foot|end) of "
    r"(?:this|the) page)|get in touch (?:with us )?(?:using|via|through|below|here)|email us (?:at|your)\b|write to us\b)",
    re.I)
# A paywall's notice: "This story is for paying members only.", "Already a subscriber? Log in",
# "Forwarding our articles is against the site's rules." (test_furniture_line_removed_with_reason).
PAYWALL = re.compile(
    r"\b(?:(?:this|the) (?:article|story|content|piece|page|feature|interview|report) is (?:only )?(?:for|available "
    r"(?:only )?to|exclusive to|reserved for|open to) (?:our )?(?:paying |registered |premium )?(?:subscribers|members)|"
    r"subscribers?[- ]only|(?:for|to) (?:paying )?(?:subscribers|members) only|already (?:a subscriber|subscribed|a member)\?|"
    r"you(?:['’]ve| have) reached your (?:free )?(?:article|monthly|story|weekly) limit|"
    r"(?:unlock|continue reading) (?:this|the (?:full|rest of the)) (?:article|story)|unlock (?:unlimited|full|digital|"
    r"premium) access|(?:to|and) (?:continue|keep) reading,? (?:please )?(?:log ?in|sign ?in|subscribe|register|create)|"
    r"^(?:create|register for) a free account to (?:continue|keep) reading|you(?:['’]re| are) reading \d+ of \d+ free "
    r"(?:articles|stories)|^(?:(?:subscriber|member|premium)s?[- ](?:exclusive|only)|exclusive (?:to|for) (?:our )?"
    r"(?:subscribers|members))|"
    r"(?:sharing|copying|forwarding|redistributing) (?:this |our )?(?:links?|articles?|content|stories)\b[^.!?]{0,20}"
    r"\b(?:is|are) (?:a breach|prohibited|not (?:permitted|allowed)|against))", re.I)
# A live page's sign-off entry: "Thanks for joining us.", "That's where we'll pause this live
# blog until the morning." Only when every sentence of the line is the sign-off or speaks of the site
# ("A full report will follow on our website."): "We're wrapping up for tonight. The bylaw returns
# on 7 May." carries news, and a welcome entry is kept (test_furniture_prose_is_kept).
LIVE_SIGN_OFF = re.compile(
    r"^thanks? (?:you )?(?:all |so much |very much )?for (?:joining|following|reading|being with|staying with|watching|"
    r"listening)(?: (?:us|along|our (?:live )?(?:coverage|blog|updates)))?\s*(?:[.!,;]|$)|"
    r"\bwe(?:['’]ll| will| are going to) (?:leave|end|pause|close|wrap up|stop) (?:our|this|the|today['’]s|tonight['’]s) "
    r"(?:live )?(?:coverage|blog|updates|live page)\b|"
    r"\bwe(?:['’]re| are) (?:ending|closing|pausing|wrapping up|stopping) (?:our|this|the) (?:live )?(?:coverage|blog|updates|"
    r"live page)\b|\bwe(?:['’]ll| will) be back (?:tomorrow|later|shortly|soon|on \w+|in the morning|with)\b|"
    r"\bwe(?:['’]ll| will) (?:keep|continue to keep) (?:this page|you) (?:updated|posted)\b", re.I)
SITE_SPEAKS = re.compile(r"\b(?:we|we['’](?:ll|re|ve)|us|our)\b", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s[–—-]\s")


def live_sign_off(text: str) -> bool:
    sentences = [part for part in SENTENCE_BREAK.split(text) if part.strip()]
    return any(LIVE_SIGN_OFF.search(part) for part in sentences) and all(
        LIVE_SIGN_OFF.search(part) or SITE_SPEAKS.search(part) for part in sentences)


# An editor's note on the article itself: "This article was amended on 4 March to correct ...",
# "This story has been updated with comment from ...", "This article is more than 2 years old",
# "Republished with permission", "The views expressed are the author's own". A constitution's
# "this article was amended in 1994" names no editorial act (test_furniture_prose_is_kept).
EDITOR_NOTE = re.compile(
    r"^this (?:article|story|piece|post|interview|column|report) (?:was|has been|is being) (?:amended|corrected|updated|"
    r"edited|condensed)\b[^.]{0,40}?\b(?:to (?:correct|clarify|reflect|remove|fix)|with (?:comment|additional|new|further|"
    r"the latest|a response|a statement|reporting)|for (?:length|clarity|style)|since (?:it was )?(?:first )?publi|"
    r"and (?:edited|condensed)\.?$)|"
    r"^this (?:article|story|piece) is (?:more|over) than (?:\d+|a|one|two|three|four|five|six|ten) (?:years?|months?) old|"
    r"^this (?:article|story|piece|post) (?:originally|first) (?:appeared|ran|was published) (?:on|in)\b|"
    r"^(?:republished|reprinted|reproduced) (?:here )?with (?:kind )?permission|"
    r"^a version of this (?:article|story|piece) (?:appears|appeared|was published) in (?:print|the print edition)|"
    r"^(?:the )?(?:views|opinions) expressed (?:in this (?:article|column|piece|post) )?(?:are|by)\b", re.I)
# "Join the guild: find your local group at ...", "Support the station: give today": a call to join or
# back the publisher, a label then an address to the reader (test_furniture_line_removed_with_reason).
MEMBERSHIP_CALL = re.compile(r"^(?:join|support|back|become part of)\s+(?:the|our|us)\b[^:.!?]{0,40}:\s+(?=.*(?:\b(?:your|you|"
                             r"online|website|site|here|today|now|visit|sign up|register|find)\b|\.\w{2,4}\b))", re.I)
# "... © Outlet 2026", "Outlet is a public broadcaster. © Outlet": a copyright notice closing a
# line (one at its start is CREDIT's, credits.py); a sentence's "copyright" is not followed by a bare name.
COPYRIGHT_END = re.compile(r"(?:^|[.!?]\s+|\s[|·–—-]\s+)(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d{2}\s+)?[A-Z][^.!?©]{1,60}?"
                           r"(?:\s+(?:19|20)\d{2})?\.?(?:\s*all rights reserved\.?)?$", re.I)
# A copyright mark and its year inside a footer line ("X Ltd, 14 Quay Lane. (c) 2026 X. Text may be
# quoted with a credit.", "X (c) 2026 | About us"): the year followed by its holder's name, a separator or
# the line's end, never a list's third item ("(b) 2027 for ferries and (c) 2028 for the rest",
# test_furniture_prose_is_kept).
COPYRIGHT_YEAR = re.compile(r"(?:©|\((?i:c)\))\s*(?:19|20)\d{2}(?:\s+[A-Z]|\s*[|·•–—]|\s*$)")
# The second item of a lettered list in a sentence: its "(c)" is the third item, not a copyright mark.
LIST_ITEM_B = re.compile(r"\(b\)\s")
# "Listen to Quay Drive from 5pm for all the reaction.": a station's call to a programme at an hour, on a 12- or a
# 24-hour clock ("Watch Harbour Hour every Sunday from 21:15 on Quay TV.") (test_furniture_line_removed_with_reason).
PROGRAMME_CALL = re.compile(r"^(?i:listen(?: live)? to|tune in to|watch)\s+[A-Z][\w'’ ]{1,40}?\s+(?i:from|at)\s+"
                            r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?i:[ap]\.?m\.?)|\d{1,2}:\d{2}\b)")
# "Listen again: Quay Mornings with X (07:00-09:00)", "Listen back: ...": a station's catch-up link to the programme
# the transcript comes from (test_furniture_line_removed_with_reason).
CATCH_UP = re.compile(r"^(?:listen|watch) (?:again|back)\s*(?::|\||[-–—]\s)"
                      # "Catch up: Quay Mornings with X (07:00 - 09:00)": the same link under "Catch up", read only with
                      # the programme's time range (test_furniture_line_removed_with_reason)
                      r"|^catch[- ]up\s*:\s*[^.!?]{1,60}?\(\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}\)$"
                      # "Watch the whole programme again on Quay Player until June": the same link to the whole
                      # broadcast (test_furniture_line_removed_with_reason)
                      # "Watch all episodes on Quay Player": the programme's catch-up link for all its episodes
                      # (test_furniture_line_removed_with_reason)
                      r"|^(?:listen to|watch|catch up on) (?:every|all(?: the)?) (?:episodes?|programmes?|shows?) (?:on|at|via) "
                      r"|^(?:listen to|watch|catch up on) the (?:full|whole|complete) (?:programme|program|episode|show|"
                      # "Catch up on the whole episode on Quay Player": the same link as a catch-up
                      # (test_furniture_line_removed_with_reason)
                      r"broadcast) (?:again )?(?:on|at|via) "
                      # "Catch up on Harbour Hour on the Quay Radio app.": the programme's catch-up link by its name, nothing
                      # after the app (test_furniture_line_removed_with_reason, test_furniture_prose_is_kept)
                      r"|^catch up on (?-i:(?:The )?[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4}) (?:on|via|in) (?:the )?"
                      r"[^.!?,;]{1,30}?\b(?:app|player)\.?$", re.I)
# Live-page notices: "This live blog has closed.", "Live blogs are updated automatically.", "Live coverage has now
# ended." A live page's sign-off ("That's all from us") and welcome are content in earlier batches' gold and
# furniture in session 23's q_knew: left as content (tried and reverted, session 23). (test_furniture_line_removed_with_reason).
LIVE_NOTICE = re.compile(r"\b(?:this live (?:page|blog|coverage|feed) has (?:now )?(?:ended|closed|finished)|"
                         # "Live updates have finished. Join our politics page for more.": the notice with its pointer
                         # "Live updates resume on Monday from 9am.": when they resume (test_furniture_line_removed_*)
                         r"^live (?:updates|coverage) (?:have|has) (?:now )?(?:ended|closed|finished)"
                         r"(?=\.?$|\.\s+(?:follow|join|see|visit|read) [^.]{1,60}\.?$)|"
                         r"^live (?:updates|coverage) (?:will )?(?:continues?|resumes?|returns?) "
                         r"(?:tomorrow|on \w+day|at \d|from)\b[^.]{0,29}\w(?=\.?$)|"
                         r"^this (?:live )?(?:page|blog|coverage|feed) (?:is|has) (?:now )?(?:closed|ended|finished|paused)|"
                         r"this live (?:page|blog|coverage|feed) is no longer (?:being )?updated|"
                         # "This blog is no longer updated.": the same notice without "live", alone on its line
                         # (test_furniture_line_removed_with_reason)
                         r"^this (?:page|blog|feed) is no longer (?:being )?updated(?=\.?$)|"
                         r"live (?:pages?|blogs?) (?:is|are) updated automatically|you['’]re all caught up)\b", re.I)
# Page tools and labels: reading time, text size, save, refresh, tags, licensing links, market-data notes.
TOOLS = re.compile(r"^(?:read(?:ing)? time\s*:?|text size\b|font size\b|save for later|save (?:this )?(?:article|story)|"
                   r"refresh (?:for|to see|to get)|auto-?refresh\b|tags\s*:|topics\s*:|filed under\s*:|"
                   r"purchase licensing rights|market data (?:delayed|provided|as of)|read our\b|print this\b|"
                   r"gift (?:this )?(?:article|story)|(?:article|story) continues (?:below|after)|"
                   r"scroll (?:down )?(?:for|to (?:continue|read))|explore more on (?:these|this) topics?|reuse this content|"
                   r"click to (?:share|print|email)\b|(?:posted|filed) (?:in|under)\b[^|]{1,40}\|\s*tagged\b|"
                   r"(?:read|see|watch|listen to|view) the (?:full )?(?:story|article|interview|video|clip|gallery|transcript) "
                   r"(?:here|above|below)\b)", re.I)
OPENS_TAB = re.compile(r",?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?\s*$", re.I)
# "Correction, June 9: An earlier version of this article ...": an editor's note on the page.
CORRECTION = re.compile(r"^(?:correction|clarification|editor['’]?s note)\b[^:]{0,40}:\s+(?:an? (?:earlier|previous) "
                        r"(?:version|headline)|this (?:article|story) (?:was|has been))", re.I)
# "[Image: An artist's impression ... Credit: X]": a bracketed placeholder the page left for its media.
MEDIA_PLACEHOLDER = re.compile(r"^\[(?:image|photo|picture|video|graphic|illustration|audio|gallery|map|chart)s?\b"
                               r"[^\]]*\]$", re.I)
# "Your city. Your voice.": a slogan of two to four fragments each opened by the reader's or the site's "your"/"our";
# it may close on the paper's founding year ("Your city. Your voice. Since 1902.": test_furniture_line_removed_with_reason).
SLOGAN = re.compile(r"^(?:(?:your|our) [\w'’-]+(?: [\w'’-]+)?[.!]\s*){2,4}"
                    r"(?:(?:since|est\.?|established|founded)(?: in)? (?:1[6-9]|20)\d\d[.!]?)?$", re.I)
# "Harbour Talk is on Quay FM every Monday at 9.30.": when a programme is broadcast, on a station, at a
# clock time ("The ferry is at capacity every morning" is the article's).
# A station's frequency after its name may carry a decimal point ("on Radio Quay 97.4 every weekday at 7pm":
# test_furniture_line_removed_with_reason); only a sentence's full stop ends the reading.
SCHEDULE = re.compile(r"\b(?:is|airs|is broadcast|is live) (?:on|at) [^.]{0,30}?\b(?:radio|fm|am|tv|television|channel|"
                      r"podcast|station)\b(?:[^.]|(?<=\d)\.(?=\d)){0,15}?\b(?:weekdays|weeknights|daily|every (?:day|"
                      r"weekday|morning|evening|night|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
                      r"\b (?:at|from) \d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\.?$"
                      # "Harbour Talk airs each Monday at 9.30 on Quay FM, with a repeat on the app.": the day and
                      # hour before the station (test_furniture_line_removed_with_reason)
                      r"|\b(?:is|airs|is broadcast|is live) (?:every|each|on) [^.]{0,30}?\b(?:at|from) \d{1,2}"
                      r"(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s+on [^.]{0,40}?\b(?:radio|fm|am|tv|television|channel|"
                      r"podcast|station)\b[^.]{0,50}\.?$", re.I)
# "Quay Drive is on Radio Quay every weekday from 5pm. Listen again on Quay Player.": a programme's hour and the station's
# catch-up pointer, two sentences on one line; the hour may then name no station ("Quay Drive is on weekdays from 5pm.")
# (schedule_line; test_furniture_line_removed_with_reason, test_furniture_prose_is_kept).
DAYS_HOUR = re.compile(r"^[A-Z][\w'’&-]*(?: [\w'’&-]+){0,5} (?:is on|airs) (?:weekdays|weeknights|daily|every (?:day|weekday|"
                       r"morning|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:mon|tues|wednes|thurs|fri|"
                       r"satur|sun)days) (?:at|from) \d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\.?$", re.I)
# A clock time ("19:00", "9.30"): one word, not two, in a schedule line's bound (test_furniture_line_removed_with_reason).
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
LISTEN_AGAIN = re.compile(r"^(?:listen|watch) (?:again|back) (?:on|via|in) (?:the )?[^.!?]{1,40}?\b(?:app|player|website|"
                          r"site|podcast)\.?$", re.I)
# "Harbour Hour, presented by Ina Brok": a programme's credit, its name in capitals, its presenters and nothing after
# (test_furniture_line_removed_with_reason, test_furniture_prose_is_kept).
PROGRAMME_CREDIT = re.compile(r"^(?:The )?[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|the|and|on|at|in|&)){0,5}, "
                              r"(?:presented|hosted) by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
                              r"(?: (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})?$")
# "This transcript was compiled by the news desk", "... check against delivery": a transcript's own note.
TRANSCRIPT_NOTE = re.compile(r"^(?:this )?transcript (?:was )?(?:prepared|produced|provided|edited|compiled) by\b|"
                             # "This transcript is machine-made and may contain mistakes."
                             # (test_furniture_line_removed_with_reason)
                             r"^(?:this )?transcript\b[^.]{0,60}\bmay contain (?:errors|mistakes|inaccuracies)\b|"
                             r"\bcheck(?:ed)? against (?:broadcast|delivery)\b", re.I)
# "Listen: ... (12 min)", "Watch: ...": a player or media teaser.
MEDIA = re.compile(r"^(?:listen|watch|video|audio|podcast|gallery|in pictures)\s*:\s", re.I)
# "Play segment (14 min) | Transcript": a player's button with the clip's length, then the page's tabs
# (test_furniture_line_removed_with_reason).
PLAY_ROW = re.compile(r"^(?:play|listen|watch)(?: (?:now|again|segment|clip|episode|interview|report|video|audio))?\s*"
                      r"\(\d+\s*(?:min|mins|minutes|sec|secs|s)\)(?:\s*\|\s*[\w'’ ]{1,25})*$", re.I)
MEDIA_LENGTH = re.compile(r"\(\d+\s*(?:min|mins|minutes|sec|s)\)\s*$|^\d{1,2}:\d{2}$", re.I)
# A cross-reference to another page of the paper: "OUR VIEW: ... – Page 12", "..., page 14: ...".
# "INSIDE: Albion land striker, Page 41 | Your kitchen, Pages 18-19", "Continued on Page 6": a jump.
PAGE_REFERENCE = re.compile(r"(?:[-–—,]\s*|\s)pages? [A-Z]?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*(?::|$|\|)|"
                            r"\s[-–—]\s+read our \w+(?: \w+)?\s*$", re.I)
# "[f] [X] [WhatsApp] [✉]", "[Like 312] [Share] [Save]": a bar of buttons.
BUTTONS = re.compile(r"^(?:\[[^\]]{1,25}\]\s*){2,}$")
# "TREN.CS 27.45 -0.82 (-2.90%)": a share-price widget.
TICKER = re.compile(r"^[A-Z][A-Z0-9.:]{1,12}\s+[\d.,]+\s+[+\-−]?[\d.,]+\s*\(?[+\-−]?[\d.,]+\s*%\)?$")
# A journalist's bio at the foot: "Ylva Hedquist is the Wexbury Post's chief political writer."
BIO = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} (?:is|was) (?:the |a |an )?[\w'’ -]{0,40}?"
                 r"(?:(?:editor|correspondent|reporter|writer|columnist|journalist|contributor|producer|critic)\b|"
                 # "... and the author of "Harbour Money"": a book's author by its title, not "the author of the plan"
                 r"author of (?-i:[\"“‘A-Z]))"
                 # "Ina Brok's new book, "Harbour Money", is out in May.": a book by its title (not "the plan's")
                 r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}['’]s (?:new |latest |first )?book,? (?-i:[\"“‘][A-Z])[^.]{1,60}?"
                 r"(?:is|comes) (?:out|published)\b"
                 # "Ina Brok's new book, Harbour Money, is out in May.": its title unquoted, in capitals between commas,
                 # nothing said after (test_furniture_line_removed_with_reason, test_furniture_prose_is_kept)
                 r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}['’]s (?:new |latest |first )?book, (?-i:[A-Z][\w'’-]*(?:\s+"
                 r"(?:[A-Z][\w'’-]*|of|the|and|a|an|in|on|for|to|at)){0,8}), (?:is|comes) (?:out|published)\b[^.,]{0,30}\.?$"
                 # "Ina Brok is the Herald's chief political commentator.": these roles only in the present,
                 # and nothing after them ("... was an analyst at the bank before he led ..." is the article's)
                 r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} is (?:the |a |an )?[\w'’ -]{0,40}?"
                 r"(?:commentator|presenter|analyst)"
                 # "... commentator and a former pilot": a former post, no clause (test_furniture_line_removed_with_reason)
                 r"(?: and (?:a |an )?(?:former|one-time|ex-) ?[^.,;:!?]{1,60})?\.?$", re.I)
# "Ina Brok has written the Herald's politics column since 2011": a columnist's note, at the top or the foot (the only
# bio read above the foot: tests/clean/test_furniture.py::test_furniture_bio_above_the_foot_only_a_column_note).
COLUMN_NOTE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} has (?:written|edited) (?:the |a |an )?"
                         r"[\w'’ -]{0,40}?\b(?:column|blog|newsletter)s? (?:since|for)\b[^.]{0,30}\.?$"
                         # "Ina Brok writes on local government every Sunday": when the column appears
                         r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} writes (?:on|about) [^.]{1,60}? (?:every (?:day|week|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|other week)|weekly|fortnightly|each (?:week|month))\.?$"
                         # "Ina Brok writes on ports, ferries and the towns that live off them": a list of topics in lower
                         # case, no full stop, after a name in capitals (test_furniture_line_removed_with_reason; not
                         # "The mayor writes about ...": test_furniture_prose_is_kept)
                         r"|^(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}) writes (?:on|about) "
                         r"(?-i:[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}(?:, [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})*"
                         r" and (?:the )?[a-z][\w'’-]*(?: [a-z][\w'’-]*)?"
                         # "Ina Brok writes about shipping and regulation", "... and the towns it forgets": the last topic
                         # bare or with a clause of its own, no relative word (test_furniture_line_removed_with_reason)
                         r"(?: (?:(?:who|that|which|whose) )?[a-z][^.!?,;:]{1,40}[^.!?,;:\s])?)$"
                         # "Ina Brok's column appears each Tuesday in the Herald.": the same note by the column's name
                         r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}['’]s column (?:appears|runs|is published) (?:every|each|on)"
                         r" [^.]{1,50}\.?$",
                         re.I)
# "Ina Brok writes about ports and public money for the Herald.": a columnist's note by the paper it is written for,
# nothing after the paper's name; read only at the foot ("Dr Ina Brok writes about what the fee means for Eastport." is
# prose anywhere else: test_furniture_line_removed_with_reason, test_furniture_prose_is_kept).
FOOT_COLUMN_NOTE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} writes (?:on|about) [^.]{1,60}? for (?:the )?"
                              r"[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}\.?$")
# "Ina Brok has covered harbour politics for 25 years", "Ina Brok is the Herald's cities columnist": a bio line set
# under the byline, as a label (no full stop), read only near the top; the foot's bios are BIO and COLUMN_NOTE
# (test_furniture_bio_under_the_byline).
COVERED_NOTE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} has (?:covered|reported on|written about) "
                          r"[^.]{1,50}? (?:for (?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|decades)|since (?:19|20)\d\d)\.?$"
                          # a critic's note the same, for the paper named ("... has reviewed live theatre for the Herald
                          # since 2009"; not a board that "has reviewed berth fees for 10 years":
                          # test_furniture_line_removed_with_reason, test_furniture_prose_is_kept)
                          r"|^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3} has reviewed [^.]{1,50}? for (?:the )?"
                          r"[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,3} (?:for (?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|decades)|"
                          r"since (?:19|20)\d\d)\.?$")
# At the foot, a columnist's note may go on about its author: "Ina Brok writes on ports every Sunday. She also hosts the
# Quay podcast." (each further sentence opening with the author's pronoun; test_furniture_line_removed_with_reason).
AUTHOR_GOES_ON = re.compile(r"^(?:He|She|They|His|Her|Their)\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
TOP_BIO_LINES = 15
BIO_LAST_LINES = 8
FOLLOW = re.compile(r"^follow (?:(?:him|her|them|me|us) (?:on|at)\b|@\w+)", re.I)
# "Follow the Harbour Post on Threads | Get alerts", "Follow us on Instagram": the site's call to its accounts,
# anywhere on the page (test_furniture_line_removed_with_reason).
FOLLOW_SITE = re.compile(r"^(?i:follow) (?:us|the [A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}) on (?i:x|twitter|facebook|instagram|"
                         r"threads|tiktok|youtube|linkedin|bluesky|whatsapp|telegram|mastodon)\b(?![^|]*[.!?]\s+\w)")
# "The Post's View reflects the position of this newspaper", "... as agreed by our editorial board": an editorial's
# house note.
HOUSE_VIEW = re.compile(r"\b(?:is|are|represents|reflects) the (?:opinion|view|voice|position) of (?:the|this) "
                        r"(?:paper|newspaper|publication|editorial board)\b|\bagreed by (?:the|our) editorial board\b", re.I)
# "Dorvan Voice correspondent", "TPA / Economy desk": a credit of the desk, not a sentence.
# "Quay desk - live updates": the desk with what it is doing (test_furniture_line_removed_with_reason).
DESK = re.compile(r"^[\w'’&/ .-]{0,40}\b(?:correspondent|reporter|desk|bureau|staff|newsroom|team)"
                  r"(?:\s+[-–—|]\s+(?:live|rolling|latest)\b[\w ]{0,20})?$", re.I)
# "Courier live team: A B and C D", "Politics desk: A B, C D": a desk credit naming its writers, no "By" before it
# (test_furniture_line_removed_with_reason); a team named in prose has a verb ("The team: ..." lines are rare).
DESK_NAMES = re.compile(r"^[\w'’&/ .-]{0,40}\b(?i:team|desk|staff|newsroom|bureau|reporters|correspondents)\s*:\s*"
                        r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)+(?:\s*(?:,|and|&)\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)+)*\.?$")
# "Ina Brok (now) and Olav Rune (earlier)": a live page's byline, its writers each with the shift they wrote, no "By"
# (test_furniture_line_removed_with_reason).
_WRITER = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+\((?i:now|earlier|later|today|overnight|this (?:morning|afternoon|" \
          r"evening)|(?:until|from|before|after) \d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\)"
LIVE_SHIFTS = re.compile(rf"^{_WRITER}(?:,\s+{_WRITER})*,?\s+(?:and|&)\s+{_WRITER}$")
# "Newest first | Oldest first | Auto-update on": a live page's sorting and filtering controls.
# "Page updates automatically | Oldest posts first": the same, the order named by its entries and the page's
# own refresh (test_furniture_line_removed_with_reason).
LIVE_CONTROLS = re.compile(r"^(?:(?:key events|show key events only|(?:oldest|newest|latest)(?: (?:entries|posts|updates))? "
                           r"first|auto-?update(?:s)?(?: on| off)?|(?:this )?page (?:refreshes|updates) automatically)"
                           r"\s*(?:[|·•]\s*|$)){2,}$", re.I)
# "Live coverage by Ina Brok (in the chamber) and Olav Rune (on the desk)": a live page's credit naming its writers,
# each with where they work from; no "By" before it (test_furniture_line_removed_with_reason).
_LIVE_WRITER = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s+\([^()]{1,30}\))?"
LIVE_CREDIT = re.compile(rf"^(?i:(?:live )?(?:coverage|updates|reporting|blog)) by {_LIVE_WRITER}"
                         rf"(?:(?:,|,? and|,? &) {_LIVE_WRITER})*\.?$")
# "Harbour Herald, 4 Quay Street, Eastport. Part of the Quilloway Group family of titles.": the publisher's imprint, its
# last sentence naming the group the title belongs to (test_furniture_line_removed_with_reason).
IMPRINT = re.compile(r"(?:^|[.!?]\s+)(?i:(?:a )?part of|a member of|one of) (?:the )?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}"
                     r"\s+(?i:family|group|network|stable|portfolio) of (?i:titles|newspapers|papers|publications|brands|"
                     r"websites|sites|stations|magazines)\.?$")
# "Companies > Travel & Leisure": a breadcrumb of two or more labels between arrows.
BREADCRUMB = re.compile(r"^[^.!?:;>›»]{1,40}(?:\s+[>›»]\s+[^.!?:;>›»]{1,40})+$")


# Labels of share and reaction buttons (the trade's vocabulary): a bar of them beside icons and counts,
# "[f] Share  [x] Post  [✉] Email  💬 48 comments", is interface (test_furniture_line_removed_with_reason).
BUTTON_WORDS = wordset(
    "share shares post tweet email e-mail mail print save saved like likes comment comments reply replies copy link "
    "whatsapp facebook messenger telegram linkedin reddit bluesky threads pinterest x gift bookmark react reactions "
    "listen follow send pin republish reprint reprints play pause download embed licence license")
BRACKETED = re.compile(r"\[[^\]]{1,25}\]")
ICON = re.compile(r"[^\w\s\[\](),.:;!?'’\"“”&/-]")
QUOTES = "\"“‘'«„"
# A player's link with its length in brackets, "Listen to this clip (14 min)": a label (test_furniture_line_removed_with_reason).
PART_LENGTH = re.compile(r"\s*\((?:\d{1,3}\s*(?:min|mins|minutes|sec|secs|seconds|hr|hrs)|\d{1,2}:\d{2}(?::\d{2})?)\)$", re.I)


def button_bar(line: LineShape) -> bool:
    """Every word a button label or a count, two labels at least, and icons (bracketed or symbols)
    beside them, or three labels: a row of share buttons, not a line of text."""
    if line.sentence or line.n > 16:
        return False
    rest = BRACKETED.sub(" ", line.text)
    words = re.findall(r"[^\W\d_][\w'’-]*|\d[\d.,]*[km]?", rest, re.I)
    labels = [w for w in words if w.lower() in BUTTON_WORDS]
    if len(labels) < 2 or any(w.lower() not in BUTTON_WORDS and not w[0].isdigit() for w in words):
        return False
    icons = len(BRACKETED.findall(line.text)) + len(ICON.findall(rest))
    return icons >= 2 or len(set(w.lower() for w in labels)) >= 3


def _call_row(text: str) -> bool:
    """"Listen now | Watch on Quay Play", "Pin | Copy link | Follow this page", "Email | Share | Print | Reprint this
    note": a row of two or more of the site's calls to listen, watch, read or download (interface.PROMO_VERB) or
    buttons (share, pin, follow), each a short label (tests/clean/test_furniture.py::test_furniture_line_removed_with_reason)."""
    parts = [PART_LENGTH.sub("", p.strip()) for p in MENU_SEPARATOR.split(text)]
    # A player's length may stand among its buttons ("Length 9 min | Play | Download the audio", session 41).
    parts = [p for p in parts if not PLAYER_LENGTH.match(p)] if len(parts) >= 3 else parts
    # ... and a count of its readers beside the buttons ("Share | Save | 57 comments so far", session 42).
    parts = [p for p in parts if not READER_COUNT.match(p)] if len(parts) >= 3 else parts
    parts = [p for p in parts if p]  # a length alone in brackets, "(9 min) | Play", leaves nothing of its part
    return len(parts) >= 2 and all(
        ((PROMO_VERB.match(p) or p.split()[0].lower() in BUTTON_WORDS) and label_part(p)) or AUTHOR_LINK.match(p)
        for p in parts)


# "More articles by A. Name", "All stories from this desk": the byline's link to the author's page, among its buttons
# ("Follow A. Name | More articles by A. Name | Share": test_furniture_line_removed_with_reason).
AUTHOR_LINK = re.compile(r"^(?:all|more) (?:columns|articles|stories|posts|pieces)(?: (?:by|from) [^|.!?:]{1,30})?$", re.I)


READER_COUNT = re.compile(r"^\d[\d,.]*[km]?\s+(?:readers?|people|comments?|shares?|reactions?)\b[^|.!?]{0,40}$", re.I)
PLAYER_LENGTH = re.compile(r"^(?:(?:duration|running time|length)\s*:?\s*)?(?:\d{1,3}\s*(?:min|mins|minutes)|"
                           r"\d{1,2}:\d{2}(?::\d{2})?)$", re.I)


def _credit_names(credit: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’.-]*", credit)
    # A credit's lowercase words: joins of names, and the trade's words for whose picture it is ("Photograph: Quay
    # Herald archive", "Photo: handout"; test_furniture_line_removed_with_reason).
    small = {"and", "of", "the", "for", "via", "de", "van", "von", "archive", "archives", "file", "handout", "supplied"}
    return bool(words) and all(w[0].isupper() or w.lower() in small for w in words)


def schedule_line(text: str) -> bool:
    """A programme's hour (SCHEDULE), or that hour and a listen-again pointer as two sentences of one line (DAYS_HOUR,
    LISTEN_AGAIN)."""
    if SCHEDULE.search(text):
        return True
    first, *more = SENTENCE_END.split(text)
    return bool(more) and bool(SCHEDULE.search(first) or DAYS_HOUR.match(first)) and all(
        LISTEN_AGAIN.match(s) for s in more)


# Words that make a sentence before a comment prompt the page's own ("Comments close at midnight.", "This page is
# moderated ...", "Did you ride the night ferry?"), not the article's news (_news_before_prompt).
ADDRESSED = re.compile(r"\b(?:you|your|we|our|us|comments?|articles?|story|stories|page|subscribers?|members?|readers?|"
                       r"letters?|poll|e-?mail|sign in|log in)\b", re.I)


def _news_before_prompt(text: str) -> bool:
    """A line of the article's news that ends on a comment prompt ("The board votes on 14 May. Have your say below."):
    kept, for the news is the article's; every sentence before the prompt a statement of four words or more that
    addresses no reader (test_furniture_prose_is_kept; the prompt alone, or after a question, is still furniture)."""
    *before, prompt = SENTENCE_END.split(text)
    return bool(before) and bool(COMMENT_PROMPT.search(prompt)) and all(
        s.endswith(".") and len(s.split()) >= 4 and not COMMENT_PROMPT.search(s) and not ADDRESSED.search(s)
        for s in before)


# Roles a source is introduced with as often as a journalist ("the bank's chief analyst"): a bio that goes on with them
# is no bio (_foot_column_note).
SOURCE_ROLE = re.compile(r"\b(?:analyst|presenter)\b", re.I)
# A verb of saying with what is said after it ("She said the levy ..."; not "and says so", a bio's aside about the author).
SAYS_ON = re.compile(r"\b(?:said|says|told|added|according to)\b(?! so\b)", re.I)


def _foot_column_note(text: str) -> bool:
    """A columnist's note (COLUMN_NOTE) or bio (BIO), alone or followed by one or two sentences about its author
    (AUTHOR_GOES_ON: "Ina Brok is the Herald's rowing correspondent. She rowed for the port club.")."""
    first, *more = SENTENCE_END.split(text)
    # (a bio going on only with a journalist's role and no verb of saying: "X is the union's senior analyst. She said
    # ..." is a source introduced, kept: test_furniture_prose_is_kept)
    return (bool(COLUMN_NOTE.match(first) or FOOT_COLUMN_NOTE.match(first)
                 or (more and BIO.match(first) and not SOURCE_ROLE.search(first) and not SAYS_ON.search(text)))
            and len(more) <= 2
            and all(AUTHOR_GOES_ON.match(s) for s in more))


def local_reason(line: LineShape, index: int, last: int) -> str | None:
    """The furniture reason for one line (its place among the page's printed lines, and the last one's), or None."""
    text = BULLET.sub("", line.text)  # "• This article was amended on ...": the bullet is not the note's
    reported = bool(REPORTING.search(text))
    m = CREDIT_END.search(text)
    if m and _credit_names(m["credit"]) and len(m["credit"].split()) <= 8:
        return "image caption with its credit"
    if (SLASH_CREDIT_END.search(text) or PHOTO_TAG_END.search(text)) and line.n <= 40 and not reported:
        return "image caption with its credit"
    if CREDIT_LINE.match(text) and line.n <= 8:
        return "photo credit"
    if line.n <= 40 and not reported:
        if COMMENT_PROMPT.search(text) and not _news_before_prompt(text):
            return "comment prompt"
        if APPEAL.search(text) or TIPS.match(text):
            return "appeal to readers (membership, donations or tips)"
        if LEGAL.search(text):
            return "site's legal notice"
        if LIVE_NOTICE.search(text) or (live_sign_off(text) and text[:1] not in QUOTES):
            return "live-page notice"
        if READER_PROMPT.search(text) and text[:1] not in QUOTES:
            return "comment prompt (readers asked to write in)"
        if PAYWALL.search(text):
            return "paywall notice"
        if EDITOR_NOTE.match(text) and line.n <= 60:
            return "editor's note on the article"
        if MEMBERSHIP_CALL.match(text) and line.n <= 25:
            return "appeal to readers (membership, donations or tips)"
        if COPYRIGHT_END.search(text) or (COPYRIGHT_YEAR.search(text) and not LIST_ITEM_B.search(text)):
            return "site's legal notice"
        if (PROGRAMME_CALL.match(text) or CATCH_UP.match(text)) and line.n <= 20:
            return "the site's notice about its programme"
        if HOUSE_VIEW.search(text) and line.n <= 25:
            return "editor's note on the article"
        if FOLLOW_SITE.match(text) and line.n <= 16:
            return "site interface (page tools and labels)"
        if TRANSCRIPT_NOTE.search(text) and line.n <= 20:
            return "the site's notice about its programme"
        if IMPRINT.search(text) and line.n <= 30:
            return "site's legal notice (the publisher's imprint)"
    if CORRECTION.match(text):
        return "editor's correction note"
    if line.n <= 16 and (TOOLS.match(text) or OPENS_TAB.search(text)):
        return "site interface (page tools and labels)"
    if BUTTONS.match(text) or TICKER.match(text) or button_bar(line) or LIVE_CONTROLS.match(text):
        return "site interface (buttons or data widget)"
    if MEDIA_PLACEHOLDER.match(text):
        return "image caption with its credit"
    if line.n <= 16 and _call_row(text):
        return "site interface (page tools and labels)"
    if line.n <= 8 and SLOGAN.match(text):
        return "site tagline or promotion"
    if index >= last - BIO_LAST_LINES and line.n - len(CLOCK.findall(text)) <= 20 and schedule_line(text) and not reported:
        return "the site's notice about its programme"
    if (MEDIA.match(text) and (not line.sentence or MEDIA_LENGTH.search(text))) or PLAY_ROW.match(text):
        return "media teaser (player or gallery)"
    if line.n <= 20 and PAGE_REFERENCE.search(text):
        return "cross-reference to another page"
    if (index >= last - BIO_LAST_LINES and (((BIO.match(text) or _foot_column_note(text)) and line.n <= 25)
                                            or FOLLOW.match(text))) or (line.n <= 16 and COLUMN_NOTE.match(text)):
        return "author's biography"
    if (index <= TOP_BIO_LINES or index >= last - BIO_LAST_LINES) and not line.sentence and line.n <= 16 \
            and (BIO.match(text) or COVERED_NOTE.match(text)):
        return "author's biography"
    if not line.sentence and ((line.n <= 5 and DESK.match(text)) or (line.n <= 14 and DESK_NAMES.match(text))):
        return "byline (desk or correspondent credit)"
    if not line.sentence and line.n <= 14 and PROGRAMME_CREDIT.match(text):
        return "the site's notice about its programme"
    if line.n <= 16 and (LIVE_SHIFTS.match(text) or (not line.sentence and LIVE_CREDIT.match(text))):
        return "byline (a live page's writers and their shifts)"
    if not line.sentence and BREADCRUMB.match(text) and line.n <= 12:
        return "navigation breadcrumb"
    return None
