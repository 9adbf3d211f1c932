"""Furniture named by its words (captions with credits, prompts, appeals, notices) and teaser
blocks under their labels; article lines of any shape (tables, Q&A, dated lists, live entries,
embedded posts, quotations in another script) are kept. Written cases, invented names."""

from __future__ import annotations

import pytest

from stancemap.clean.blocks import teaser_row
from stancemap.clean.html import extract_html
from stancemap.clean.text import classify

OPEN = ["Harbour fees to rise next spring", "",
        "The port board said on Monday that berth fees would rise by a tenth from April, citing repair costs."]
CLOSE = ["", "The board meets again in June to set the final figure, a spokeswoman said on Monday evening."]


def _reasons(middle: list[str]) -> dict[str, str]:
    result = classify([*OPEN, "", *middle, *CLOSE])
    body = "\n".join(result.paragraphs)
    assert OPEN[2] in body and CLOSE[1] in body
    return {r.text: r.reason for r in result.removed}


@pytest.mark.parametrize(("line", "reason"), [
    ("Cranes at the east quay, which handles most of the traffic. Photo: Ina Brok/The Tide", "caption with its credit"),
    # test_caption_slash_credit: an outlet's or agency's credit with a slash after the caption
    ("The harbour master leaves the inquiry in Portlen in 2025. Quay Herald/Lena Dorr", "caption with its credit"),
    ("Dockers march past the port offices on Monday. AP Photo/Sam Reyes", "caption with its credit"),
    ("Board chair Olav Rune speaks to reporters (Picture: Quay Pictures/Eli Marr)", "caption with its credit"),
    # a caption closed by a bracketed credit: whose photo it is, or the photographer and outlet
    ("Board chair Olav Rune (left) and skipper Ina Brok after the vote. (Herald photo)", "caption with its credit"),
    ("Dockers march past the port offices on Monday (AP Photo)", "caption with its credit"),
    ("The harbour master at the east quay on Tuesday. (Lena Dorr/Quay Herald)", "caption with its credit"),
    ("Photography by Tove Lind", "photo credit"),
    ("Have your say: should the fees go up? Comment below.", "comment prompt"),
    ("What do you think? Join the conversation in the comments below.", "comment prompt"),
    ("Comments are closed on this live blog.", "comment prompt"),
    ("The Tide is funded by its readers. Become a member today", "appeal to readers"),
    ("Support independent journalism. Become a Tide member from 5 crowns a month.", "appeal to readers"),
    ("Got a story? Email the newsdesk or call our tips line.", "appeal to readers"),
    ("All materials on this site are protected by copyright.", "legal notice"),
    ("This live page has now ended.", "live-page notice"),
    ("Live coverage has now ended.", "live-page notice"),
    # session 40's opened batches: the notice with its pointer to more, and when coverage resumes (LIVE_NOTICE)
    ("Live updates have finished. Join Quay News Politics for more.", "live-page notice"),
    ("Live updates resume on Monday from 9am.", "live-page notice"),
    ("Gulls over the quay at dawn. Photograph: Tide archive", "image caption with its credit"),
    ("Reading time: 4 min", "page tools"),
    ("Text size: A A A", "page tools"),
    ("Tags: ports, fees, shipping", "page tools"),
    ("Purchase Licensing Rights, opens new tab", "page tools"),
    ("Correction, May 2: An earlier version of this article gave the wrong year for the rise.", "correction note"),
    ("Listen: The harbour at six - fees explained (12 min)", "media teaser"),
    ("OUR VIEW: Keep the harbour open – Page 12", "cross-reference"),
    ("[f] [X] [WhatsApp] [Email]", "buttons"),
    ("PORT.OS 41.18 -1.36 (-3.20%)", "data widget"),
    ("Tide correspondent", "desk or correspondent"),
    ("Business > Shipping & Ports", "breadcrumb"),
    ("This story is for subscribers only. Forwarding our articles is against our terms.", "paywall notice"),
    ("Already a subscriber? Log in to keep reading.", "paywall notice"),
    ("You have reached your free article limit for this month.", "paywall notice"),
    ("Thanks for following along. Our full report will be on the website tomorrow.", "live-page notice"),
    ("We're closing this live page now - thanks for reading.", "live-page notice"),
    ("[in] Share [t] Tweet [@] Mail 💬 48 comments", "buttons"),
    ("♥ Like ↗ Share ✉ Email", "buttons"),
    ("Like Save Print", "buttons"),
    ("Get in touch using the form below.", "comment prompt"),
    ("Send us your photos of the harbour at dawn via our website.", "comment prompt"),
    ("Support the station: give today at our website", "appeal to readers"),
    ("Join the co-op: sign up online in two minutes", "appeal to readers"),
    ("Tide Radio is the coast's community broadcaster. © Tide Radio 2026", "legal notice"),
    ("Text and pictures | © 2026 Quay Media Ltd", "legal notice"),
    ("To continue reading, log in or subscribe.", "paywall notice"),
    ("Unlock unlimited access for £1 a week", "paywall notice"),
    ("You are reading 1 of 3 free articles this month.", "paywall notice"),
    ("Create a free account to keep reading.", "paywall notice"),
    ("Exclusive to subscribers", "paywall notice"),
    ("This article was amended on 4 March 2026 to correct the name of the harbour master.", "editor's note"),
    ("This story has been updated with comment from the port board.", "editor's note"),
    ("This article is more than 2 years old", "editor's note"),
    ("This article originally appeared on Harbour Daily.", "editor's note"),
    ("Republished with permission.", "editor's note"),
    ("A version of this article appears in print on March 4, 2026, Section A, Page 1.", "editor's note"),
    ("The views expressed are the author's own.", "editor's note"),
    ("Gift this article", "page tools"),
    ("Article continues below advertisement", "page tools"),
    ("Scroll down for video", "page tools"),
    ("Explore more on these topics", "page tools"),
    ("Reuse this content", "page tools"),
    ("Click to share on Twitter (Opens in new window)", "page tools"),
    ("Posted in Politics | Tagged harbour, fees", "page tools"),
    ("Read the full story here.", "page tools"),
    ("Watch the video above.", "page tools"),
    ("By signing up you agree to our Terms of Use and Privacy Policy.", "legal notice"),
    ("The Tide Ltd, registered in England and Wales, No. 1234567.", "legal notice"),
    ("Registered office: 1 Quay Street, Eastport.", "legal notice"),
    ("Our journalism is free to read. Please consider supporting us.", "appeal to readers"),
    ("If you value our reporting, please donate today.", "appeal to readers"),
    ("Have a news tip? Contact us at tips@harbour.example", "appeal to readers"),
    ("Do you have information about this story? Email news@harbour.example", "appeal to readers"),
    ("We'll be back tomorrow morning with more live updates.", "live-page notice"),
    ("We will keep this page updated.", "live-page notice"),
    ("This blog is now closed.", "live-page notice"),
    ("[Image: An artist's impression of the new quay. Credit: Harbour Design Group]", "image caption"),
    ("[Photo: The ferry at dawn]", "image caption"),
    ("Was this explainer useful? Yes / No", "feedback widget"),
    ("Listen now | Watch on Quay Play", "page tools"),
    ("Pin | Share | Follow this live blog", "page tools"),
    ("Email | Share | Print | Republish this article", "page tools"),  # session 41: "republish" a button
    ("Duration 9 min | Play | Download the audio", "page tools"),  # session 41: a player's length among its buttons
    ("(9 min) | Play | Download the audio", "page tools"),  # a length alone in brackets (red before: IndexError)
    ("• This article was amended on 4 March 2026 to correct the name of the harbour master.", "editor's note"),
    ("This interview has been condensed and edited.", "editor's note"),
    ("► Read also: Harbour fees are the coast's lowest — for now", "site interface"),
    ("By our business and politics team: Ilse Brandt, Olav Rune", "byline"),
    ("Support the Harbour Monitor's journalism from 3 crowns a month.", "appeal to readers"),
    ("Your city. Your voice.", "tagline"),
    ("Quay desk - live updates", "byline (desk"),
    ("Ina Brok is the Review's chief political commentator.", "biography"),
    ("Harbour Talk is on Quay FM every Monday at 9.30.", "about its programme"),
    ("Listen to Quay Drive from 4pm for full reaction.", "about its programme"),
    ("Watch Harbour Hour every Sunday from 21:15 on Quay TV.", "about its programme"),  # a 24-hour clock
    ("Portlen Insider CIC, 14 Rope Lane, Portlen. (c) 2026 Portlen Insider. Text may be shared with credit.",
     "legal notice"),
    # session 34's opened batches: a programme's hour before its station, a transcript's note, a site's accounts,
    # an editorial's house note, a columnist's note
    ("Harbour Talk airs each Monday at 9.30 on Quay Radio Two, with a repeat on the app.",
     "about its programme"),
    ("This transcript was compiled by the Quay Radio news desk and may contain errors.", "about its programme"),
    ("Remarks as prepared by the minister's office: check against delivery.", "about its programme"),
    ("Follow the Harbour Post on X | Turn on alerts", "page tools"),
    ("The Post's View reflects the position of this newspaper, as agreed by our editorial board.", "editor's note"),
    ("Ina Brok has edited the Post's shipping newsletter for ten years", "biography"),
    # session 35's opened batches: a station's catch-up link, a live desk naming its writers, a live page's controls
    ("Listen again: Quay Mornings with Ina Brok (07:00-09:00)", "about its programme"),
    ("Listen back: Harbour Hour with Olav Rune, 12:00 - 13:00", "about its programme"),
    ("Monitor live team: Ilse Brandt and Olav Rune", "byline (desk"),
    ("Quay politics desk: Ina Brok, Tor Vinje", "byline (desk"),
    ("Key events | Oldest first | Latest first", "buttons"),
    ("Ina Brok writes on harbour politics every Sunday", "biography"),
    ("Ina Brok is a former port auditor and the author of \"Harbour Money\".", "biography"),
    ("Watch the whole programme again on Quay Player until June", "about its programme"),
    ("This transcript is machine-made and may contain mistakes.", "about its programme"),
    ("Ina Brok's column appears every Sunday in the Quay Herald.", "biography"),
    ("Ina Brok's new book, \"Harbour Money\", is out in May.", "biography"),
    ("More live blogs: Harbour vote live | Budget night as it happened", "interface"),
    # session 37's opened batches: a station's frequency with its decimal point (SCHEDULE)
    ("Harbour Hour is on Radio Quay 97.4 every weekday at 7pm.", "about its programme"),
    # a TV page's catch-up link (CATCH_UP)
    ("Catch up on the whole episode on Quay Player until Friday.", "about its programme"),
    # a columnist's book by its title unquoted, between commas (BIO)
    ("Ina Brok's latest book, Salt in the Ropes, is published next month.", "biography"),
    # a columnist's note going on about its author in a second sentence (furniture._foot_column_note)
    ("Ina Brok writes about the port every Saturday. She also hosts the Quay Herald podcast.", "biography"),
    # a live page's byline naming its writers with their shifts (LIVE_SHIFTS)
    ("Ilse Brandt (until 2pm), Tor Vinje (now) and Olav Rune (earlier)", "byline (a live page's writers"),
    # session 38's opened batches: a programme's hour and a listen-again pointer on one line, the hour with or without
    # its station (furniture.schedule_line: DAYS_HOUR, LISTEN_AGAIN)
    ("Quay Drive is on Radio Quay every weekday from 5pm. Listen again on Quay Player.", "about its programme"),
    ("Harbour Hour is on weekdays from 6pm. Listen back on the Quay FM app.", "about its programme"),
    # a programme's credit line (PROGRAMME_CREDIT)
    ("The Harbour Hour, presented by Ina Brok", "about its programme"),
    # a columnist's note listing its topics, the last with a relative clause (COLUMN_NOTE)
    ("Ina Brok writes on ports, ferries and the towns that live off them", "biography"),
    # the last topic bare, or with a clause of its own and no relative word (COLUMN_NOTE, session 40)
    ("Ina Brok writes about shipping and regulation", "biography"),
    ("Ina Brok writes about the harbour and the towns it forgets", "biography"),
    # a station's catch-up link under "Catch up", with the programme's time range (CATCH_UP)
    ("Catch up: Quay Mornings with Olav Rune (07:10 - 08:55)", "about its programme"),
    # session 39's opened batches: a player's link row, its first link with the clip's length in brackets (PART_LENGTH)
    ("Listen to this interview (14 min) | Download the transcript", "page tools"),
    # a columnist's bio going on with a former post (BIO)
    ("Ina Brok is the Herald's shipping commentator and a former pilot with the Port Board.", "biography"),
    # a programme's hour on the 24-hour clock before its station, then its app: 21 words, the clock's two one (CLOCK)
    ("Harbour Hour is broadcast every Thursday at 18:30 on Quay Radio 2 and is available on the Quay Listen app.",
     "about its programme"),
    # session 42: a reproduction notice with its scope; the notice with no holder after its year; a catch-up link to all
    # episodes; a share row with "licence this story" and with a count of readers; an author's link among buttons
    ("Quay Media 2025 - reproduction in whole or in part is forbidden", "legal notice"),
    ("Printed and published by Harbour Press, Eastport. All material copyright 2025", "legal notice"),
    ("Watch all episodes on Quay Player.", "about its programme"),
    ("Email | Print | License this article", "site interface"),
    ("Share | Save | 57 comments so far", "site interface"),
    ("Follow Ina Brok | More articles by Ina Brok | Share", "site interface"),
    # session 43: a live page's credit with where its writers work; "this page" no longer updated; its refresh and
    # order controls; a columnist's note by the paper it writes for, going on about her book; a publisher's imprint
    ("Live coverage by Ina Brok (at the quay) and Olav Rune (in the newsroom)", "live page's writers"),
    ("Live updates by Ina Brok (Eastport), Lena Dorr & Olav Rune", "live page's writers"),
    ("This page is no longer being updated.", "live-page notice"),
    ("Page updates automatically | Oldest posts first", "site interface"),
    ("Ina Brok writes about ferries and harbour money for the Quay Herald.", "biography"),
    ("Ina Brok writes about ports for the Herald. Her book, Tide Money, is published by Quay Press.", "biography"),
    ("Quay Herald, 4 Dock Road, Eastport. Part of the Quilloway Group family of titles.", "publisher's imprint"),
    # session 44: a slogan closing on the founding year (SLOGAN); a player's button with the clip's length and a tab
    # (PLAY_ROW); a catch-up link by the programme's name to an app (CATCH_UP); a critic's note (COVERED_NOTE); a bio
    # at the foot going on about its author (_foot_column_note)
    ("Your harbour. Your paper. Since 1902.", "tagline"),
    ("Play clip (9 min) | Transcript", "media teaser"),
    ("Catch up on Harbour Hour on the Quay Radio app.", "about its programme"),
    ("Ina Brok has reviewed live theatre for the Herald since 2009", "biography"),
    ("Ina Brok is the Herald's chief sports commentator. She has never once backed the home side.", "biography"),
    ("Ina Brok is the Herald's rowing correspondent. She rows for the port club, and says so.", "biography"),
    ("Did you queue for the ferry this week? Have your say below.", "comment prompt"),  # a question to the reader first
])
def test_furniture_line_removed_with_reason(line: str, reason: str) -> None:
    assert reason in _reasons([line]).get(line, "(kept)")


@pytest.mark.parametrize("line", [
    "Board chair Olav Rune said the photo: a crane on the quay, was taken in 1998.",
    "The union said it would comment below the line of the official statement, officials said.",
    "Readers who became members last year were told the rise would not affect them, the board said.",
    "Follow the money, the auditor told the board on Monday, and the answer is clear.",
    "The report is available only to members of the board until June, a spokeswoman said.",
    "Sharing the cost of the dredging between the two ports was never discussed at the meeting.",
    "“Thanks for joining us,” the harbour master told the skippers who came to the meeting.",
    "Thanks for following the rules, the notice at the gate reads, and mind the cranes.",
    "We're wrapping up our live coverage for tonight. The board votes again on 7 May.",
    "Join the union: that was the advice the skippers' association gave its youngest members.",
    "Like the board, the union wants the fees phased in over two years and capped at a tenth.",
    "The fee schedule is copyright of the port authority, which publishes it every spring.",
    "Send us the bill, the skippers' association told the board in a letter on Monday.",
    "This article was amended in 1994 to give the regions a veto over fishing quotas.",
    "Pin the blame on the board, the union said on Monday.",
    "This interview has been condensed and edited by the harbour board, the union said.",
    "This story has been told many times in the harbour towns, usually by the skippers themselves.",
    "The views expressed at the meeting ranged from anger to resignation, according to those present.",
    "Do you have information about the accident, police asked in an appeal on Monday.",
    "If you value the harbour, the mayor argued, you pay for its upkeep.",
    "We'll be back next year, the skippers promised as they left the council chamber on Monday.",
    "We will keep fighting this fee until it is scrapped, union leader Ina Brok told the rally.",
    "Scroll through the council's minutes and the fee appears only once, in a footnote.",
    "Registered office holders at the port must renew their licences every spring.",
    "Read the full story of the harbour's decline in the museum's new exhibition.",
    "Listen to the skippers from 6am on the quay and you hear nothing but anger about the fees.",
    "Read more about the harbour's plans in the board's annual report, published on Monday.",
    "The plan sets three deadlines: (a) 2026 for liners, (b) 2027 for ferries and (c) 2028 for the rest.",
    "The fee rises by (a) 2 per cent, (b) 3 per cent or (c) 2028's rate, whichever is higher.",
    "Gift shops along the quay say the fee will push up their rents by a fifth.",
    "Posted in Eastport since 2019, the officer knows every skipper by name.",
    "The Labour/Green coalition on the council backed the fee on Tuesday.",  # a slash inside prose: no credit
    "Rusk held up the only picture of the old quay (a family photo).",  # a bracketed aside names no one's photo
    "The skippers voted for the fee on Monday. (The board voted against it/abstained.)",  # no credit's names
    "[The union] will not accept a single job cut, the convenor said on Monday.",  # a bracketed insertion
    "Was this the end of the fee? The skippers hope so, but the board has not said.",
    "Your fees. Your harbour. Your vote, the skippers' placards read at the rally on Monday.",
    "Listen to the skippers, the mayor told the board on Tuesday.",
    "The ferry is on the quay daily at nine, the skippers said, whatever the weather.",
    "The ferry service is at capacity every morning in summer.",
    "The vote is on the council's agenda for Mondays in April.",
    "Daniel Mor was an analyst at the central bank before he led the traders' group.",
    "The blockade is on every weekday from 7 on berth two.",  # a number word names no station (SCHEDULE)
    "Listen again to what the skippers said: the fee will sink them.",  # no catch-up link: a call in prose
    "The rescue team: two divers and a pilot, all from the quay.",  # a team's members, no names (DESK_NAMES)
    "Olav Rune is the author of the plan, and he defended it on Monday.",  # an author of no titled work (BIO)
    "Olav Rune has covered the costs of the dredging for 25 years.",  # a sentence, not a label (COVERED_NOTE)
    "Olav Rune's new book about the harbour is out in May, he said.",  # no title in quotes (BIO)
    "Olav Rune's new book, Harbour Money, is out in May, he told the board on Monday.",  # said after it (BIO)
    "Olav Rune writes on the harbour every week. The board has never answered him.",  # goes on about others
    "Watch the full programme of works unfold on the quay this summer, the board said.",  # no player (CATCH_UP)
    "Catch up on the full programme of repairs at the board's open day in June.",  # no player either (CATCH_UP)
    "The fish market is on Sundays from 9am. Listen again to the skippers and you hear the same anger.",  # no app
    "The budget, presented by Ina Brok on Monday, raises the fees by a tenth.",  # a sentence (PROGRAMME_CREDIT)
    "Olav Rune writes on ports, ferries and the towns that live off them, and the board reads him.",  # goes on
    "Catch up: the board voted on the fees while you were asleep.",  # no time range (CATCH_UP)
    "Listen to the skippers for ten minutes (9 min) | then ask who pays.",  # a sentence after the bar (PART_LENGTH)
    "Olav Rune is the union's chief analyst and a former skipper, and he says the fee is unfair.",  # a clause (BIO)
    "Live coverage has now ended, the board said, and the meeting went on behind closed doors.",  # reported (LIVE_NOTICE)
    "Live coverage continues tomorrow from the courtroom, where the skippers will give evidence at length.",  # too long
    "Olav Rune writes about shipping and regulation.",  # a sentence with its full stop, not a label (COLUMN_NOTE)
    "The mayor writes about the levy and what it will cost families",  # no name in capitals (COLUMN_NOTE)
    "Live updates continue at pace, the exchange said, as the markets slide.",  # "at" and no hour (LIVE_NOTICE)
    "Live coverage by Ina Brok won the regional press award in 2019.",  # a sentence (LIVE_CREDIT)
    "This page of the report is no longer being updated.",  # a page of something else (LIVE_NOTICE)
    "Olav Rune writes about the fees for the Herald, and the board has never answered him.",  # goes on (COLUMN_NOTE)
    "Part of the Vantrell Alliance family of unions.",  # a family of no titles (IMPRINT)
    "Coverage by Quay Radio and Harbour TV.",  # a sentence, not a live page's credit (LIVE_CREDIT)
    "The board votes on the levy next Tuesday. Have your say below.",  # news before the prompt (_news_before_prompt)
    "Catch up on Harbour Hour on the Quay Radio app before the vote on Friday.",  # goes on after the app (CATCH_UP)
    "Ina Brok is the union's chief negotiator. She said the fee would sink the fleet.",  # no bio role (BIO)
    "Mara Vell is the union's senior analyst. She expects the levy to pass.",  # a source's role going on (SOURCE_ROLE)
    "Mara Vell is the Herald's chief commentator. She said the levy would sink the fleet.",  # saying goes on (BIO)
    "Harbour Board has reviewed berth fees for 10 years",  # no paper named for a critic's note (COVERED_NOTE)
])
def test_furniture_prose_is_kept(line: str) -> None:
    assert line not in _reasons([line])


def test_furniture_blocks_under_a_label_end_at_prose() -> None:
    teasers = ["MOST READ", "1. Pensioner, 81, hailed a hero after tackling thief", "2. Ferry fares to soar by a fifth",
               "Why you should never charge your phone overnight?", "Lottery winner buys a harbour mansion!"]
    found = _reasons(teasers)
    assert all(t in found for t in teasers)


def test_furniture_blocks_under_read_more_from_a_section() -> None:
    """'Read more from Opinion' heads links that read like sentences without full stops."""
    teasers = ["Our view: the harbour board must stop ducking the big decisions",
               "The ferry to the islands is a promise the region cannot afford to break"]
    found = _reasons(["Read more from Opinion", *teasers])
    assert all(t in found for t in teasers), found


def test_furniture_block_label_words_opening_a_paragraph() -> None:
    """A live entry that opens with a label's words ("More from the pitch.") and goes on in sentences is the entry's
    text, not a teaser label (red before: removed as a teaser-block label, its stamp's protection refused)."""
    middle = ["21:40", "More from the harbour. The pilots' union has not followed the ferry crews all the way. It wants a"
              " vote first.", "", "21:32", "The minister left the chamber without a word to the waiting reporters."]
    found = _reasons(middle)
    assert middle[1] not in found, found.get(middle[1])
    assert "More from the harbour" in _reasons(["More from the harbour", "Ferry fares to soar by a fifth"])
    # ... nor is a paragraph that opens with a label's words and goes on to a quotation (session 42)
    quoted = ('More on the ferry row from the former pilot Ina Brok, who put it plainly: "If the crews walk out, the'
              ' harbour stops, whatever the board says on Monday."')
    assert quoted not in _reasons(["The board met on Monday.", quoted, "The vote is on Friday."])
    # ... nor a long one ending as a sentence ends (the review, session 42)
    told = "Also on Tuesday, the harbour board voted seven to two to delay the reopening of the quay until May."
    assert told not in _reasons(["The board met on Monday.", "", told, "", "The vote is on Friday."])


def test_furniture_label_and_its_links_on_one_line() -> None:
    """A teaser label and its links on one line ("Trending now >> A >> B"), and the author's other pieces under "Also by
    this writer", are links to other stories; a sentence with ">>" in it is not a row of links."""
    row = "Most read » Ferry fares to soar » Quay crane toppled » Pilots vote again"
    assert row in _reasons(["The board met on Monday.", "", row])
    block = ["The board met on Monday and the crews walked out.", "", "More from this columnist", "Why the quay is sinking",
             "What the pilots want"]
    found = _reasons(block)
    assert all(line in found for line in block[2:]), found
    # the row's own test: a label of three words at most before two links or more
    assert teaser_row(row) and not teaser_row("Most read » Ferry fares to soar")
    assert not teaser_row("What the pilots read most » the board's letter » the union's reply")


def test_furniture_blocks_keep_live_entries_qa_tables_and_dated_lists() -> None:
    middle = ["14:20", "Minister opens debate", "The minister opened the debate with a plea for calm, saying the fees were fair.",
              "", "14.35 BST", "The harbour master told the chamber that the quay would reopen in May.", "",
              "Q: Who wins in the end?", "A: The port does, in the long run, because the quay gets fixed.", "",
              "What happens next", "20 March: board meeting", "22 April: fees take effect", "",
              "Port         Calls   Fees", "Eastport     214     +10%", "Westport     88      +4%", "",
              "Ina Brok (@inabrok) · 21:33", "Four years, two budgets blown, one quay still unfinished #PortDebate"]
    found = _reasons(middle)
    for line in ("Minister opens debate", "14.35 BST", "Q: Who wins in the end?", "20 March: board meeting",
                 "22 April: fees take effect",
                 "Port Calls Fees", "Four years, two budgets blown, one quay still unfinished #PortDebate"):
        assert line not in found, found.get(line)


def test_furniture_quotation_in_another_script_is_kept() -> None:
    line = "„Пристанището не е музей, но не е и паркинг.“"
    assert line not in _reasons([line, "“The harbour is not a museum, but not a car park either,” she said."])


def test_html_subheading_kept() -> None:
    paragraphs = "".join(f"<p>The port board said on day {i} that berth fees would rise by a tenth from April.</p>"
                         for i in range(6))
    page = (f"<html><body><article><h1>Fees to rise</h1>{paragraphs}<h2>Court case</h2>{paragraphs.replace('day', 'night')}"
            "</article></body></html>")
    from stancemap.clean import clean_article
    from stancemap.model import Source

    article = extract_html(page)
    assert "Court case" in article.headings
    assert "Court case" in clean_article(Source("p.html", "html", html=page)).body


def test_furniture_bio_over_a_spaced_foot() -> None:
    """A columnist's bio with a teaser block, a letters call and a footer below it, each set off by blank lines: the
    foot is counted in printed lines, so the bio is still at the foot (red before: kept, eleven lines from the end)."""
    bio = "Ina Brok is the Harbour Post's chief columnist. She writes every Sunday."
    foot = ["", "MORE FROM INA", "Why the ferry should be free", "Our quays are dying", "",
            "Do you agree with Ina? Email letters@harbourpost.example", "", "\u00a9 Harbour Post Ltd 2026.",
            "Contact | Terms | Privacy"]
    result = classify([*OPEN, *CLOSE, "", bio, *foot])
    assert bio in {r.text for r in result.removed}
    assert CLOSE[1] in "\n".join(result.paragraphs)


def test_furniture_bio_above_the_foot_only_a_column_note() -> None:
    """Above the foot, only a columnist's note ("... has written the ... column since ...") is a bio: a sentence of the
    story shaped like a bio that says "has" stays (red before: "Dan Pike is a former harbour editor who has ..." was
    removed as the author's biography twelve paragraphs from the foot)."""
    note = "Ina Brok has written the Post's harbour column since 2015"
    told = "Dan Pike is a former harbour editor who has seen three owners come and go."
    story = [f"Paragraph {i} of the story says the board met again and talked about the fees for a while." for i in range(12)]
    result = classify([*OPEN, "", note, "", told, "", *[line for p in story for line in (p, "")], *CLOSE])
    assert note in {r.text for r in result.removed}
    assert told in "\n".join(result.paragraphs)


def test_furniture_bio_under_the_byline() -> None:
    """A columnist's bio set as a label under the byline ("X is the Herald's cities columnist", "X has covered harbour
    politics for 25 years") is furniture near the top (red before: kept); the same line in the middle of the body is
    the article's."""
    body = [f"The board met for the {n}th time this year on Monday and again put off its vote on the fees." for n in
            range(4, 34)]
    for bio in ("Ina Brok is the Herald's cities columnist", "Ina Brok has covered harbour politics for 25 years"):
        middle = bio.replace("Ina Brok", "Olav Rune")
        page = ["Why the quay must stay open", "Ina Brok", "Sunday 8 March 2026", bio, "", *body[:15], middle, *body[15:]]
        reasons = {r.text: r.reason for r in classify(page).removed}
        assert reasons.get(bio) == "author's biography" and middle not in reasons


def test_furniture_column_note_by_its_paper_only_at_the_foot() -> None:
    """'X writes about Y for Z.' is a columnist's note at the foot (FOOT_COLUMN_NOTE), prose above it."""
    note = "Dr Ina Brok writes about what the fee rise means for Eastport."
    body = [f"The board's {n} meeting on the fees ran late into the evening, the minutes show." for n in
            ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")]
    assert note not in _reasons([note, "", *"\n\n".join(body).split("\n")])
    assert "biography" in _reasons(["", *"\n\n".join(body).split("\n"), "", note]).get(note, "")
