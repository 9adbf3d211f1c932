"""The line classifier on written articles: one case per removal rule, and adversarial lines that
look like boilerplate but are article text. All names, places and outlets are fictional."""

from __future__ import annotations

import textwrap

import pytest

from stancemap.clean.text import classify

from .articles import BODY, PARA_BOATS, PARA_END, PARA_OPPOSITION, TITLE, article, clean_lines, clean_texts, kept, reasons

TEASER = "Portlen Harbour Reopens After Storm Repairs"

# (where the line goes, the line, the reason it must be removed with): one case per rule.
REMOVAL_CASES = [
    ("middle", ".", "punctuation only"),
    ("middle", "© Norther Photo / Ilse BrandtFinance Minister Edda Rusk", "photo credit"),
    ("middle", "Patrol boats in Portlen harbour - Daily Norther, 1280, 04.03.2025", "image caption"),
    ("middle", "Patrol boats in Portlen harbour – Daily Norther, 1920", "image caption"),
    ("after", "Читайте также: новости побережья", "another language (Cyrillic script"),
    ("middle", "Lesen Sie auch: Die Küste und das neue Budget der Regierung", "another language (de"),
    ("middle", "À lire aussi : la côte nord face au nouveau budget", "another language (fr"),
    ("middle", "Lea también: la costa norte ante su presupuesto más alto", "another language (es"),
    ("after", "We use cookies to improve your experience. By continuing to browse you agree to our cookie policy.",
     "cookie or consent notice"),
    ("after", "This site uses cookies.", "cookie or consent notice"),
    ("after", "Log in to comment", "site interface"),
    ("after", "Share this article", "site interface"),
    ("after", "Comments are closed.", "site interface"),
    ("after", "Next: Storm Warnings Issued Along the Western Shore", "site interface"),
    ("after", "Previous article", "site interface"),
    ("middle", "Read more", "site interface"),
    ("after", "Read more about the coast guard here.", "site interface"),
    ("after", "Subscribe to Daily Norther newsletters", "site interface"),
    ("after", "log in or register", "site interface"),
    ("before", "Get the latest coastal news from the Daily Norther: interviews, photos and video reports...",
     "site tagline or promotion"),
    ("middle", "Want more stories like this? Subscribe to our newsletter.", "site tagline or promotion"),
    ("middle", "Image caption, Patrol boats in Portlen harbour", "photo credit"),
    ("before", "By Ilse Brandt | 4 March 2025", "byline"),
    ("after", "(Reporting by Ilse Brandt; Editing by Karl Moen)", "byline (reporting and editing credits)"),
    ("middle", "FILE PHOTO: Patrol boats in Portlen harbour, March 4, 2025.", "photo credit"),
    ("before", "2 hours ago", "time stamp"),
    ("before", "World | 4 March 2025", "date line"),
    ("before", "Updated 04/03/2025 10:15", "time stamp"),
    ("before", "4 March 2025", "date line"),
    ("before", "Tuesday, 4 March 2025 | 10:15 GMT", "date line"),
    ("before", "Politics", "navigation or section label"),
    ("before", "World | Europe", "navigation or section label"),
    ("before", "Home | World | Politics | Defence", "navigation menu"),
    ("before", "Coastal Radio | News | Programmes | Listen live", "navigation menu"),
    ("before", "Show key events only", "live-blog or list control"),
    ("before", "Please turn on JavaScript to receive live updates.", "browser notice"),
    ("after", "Our Standards: How the Daily Norther Checks Its Facts.", "policy pages"),
    ("after", "Privacy policy", "policy pages"),
    ("before", TITLE, "repeated title"),
    ("after", "sidebar", "stray words after the end of the article"),
    ("after", TEASER, "headline after the end of the article"),
    ("middle", "Interview: Why Painter Ilse Marov Left Portlen", "related-article teaser (headline tagged"),
    ("middle", "Fishermen Rescued Off Cape Vessa – Coast Guard", "related-article teaser (headline tagged"),
    ("middle", TEASER, "related-article teaser (headline unrelated"),
]


@pytest.mark.parametrize(("where", "line", "reason"), REMOVAL_CASES)
def test_text_removes_with_reason(where: str, line: str, reason: str) -> None:
    result = clean_lines(article(**{where: [line]}))
    assert reason in reasons(result).get(line, "(kept)")
    assert all(kept(result, p) for p in BODY)


# (lines inserted between paragraphs, the line to check, the reason): rules that need company.
CONTEXT_CASES = [
    (["Key points", "• Spending on the coast doubles", "• The opposition calls the plan rushed"],
     "• Spending on the coast doubles", "summary widget"),
    (["Key points", "• Spending on the coast doubles"], "Key points", "summary widget"),
    (["Related", TEASER], TEASER, "related-article teaser (under 'Related')"),
    (["Related reading", TEASER], TEASER, "related-article teaser (under 'Related reading')"),  # red before
    (["Coastal Security Watch", PARA_END, "Coastal Security Watch"], "Coastal Security Watch", "repeated label"),
]


@pytest.mark.parametrize(("middle", "line", "reason"), CONTEXT_CASES)
def test_text_removes_in_context(middle: list[str], line: str, reason: str) -> None:
    result = clean_lines(article(middle=middle))
    assert reason in reasons(result).get(line, "(kept)")


def test_text_live_page_summary_kept() -> None:
    """On a live page (three or more entry stamps) the bullets under "Key points" are the day's news in brief, kept, and
    no teaser either; the label goes (red before: all three dropped as a summary widget, as on an article,
    test_text_removes_in_context; then the second as a headline unrelated to its neighbours, teasers.py)."""
    summary = ["Key points", "- Pilots' strike vote closes at noon today", "- Count due Tuesday 9 June at 3pm",
               "- Ferry walkout enters its twelfth day"]
    entries = [line for stamp, text in (("16:40", "The board has adjourned until the morning, its chair said."),
                                        ("3:55PM", "Skippers outside the offices are packing up their banners."),
                                        ("Posted at 15:10", "The harbour master has arrived for the afternoon session."))
               for line in (stamp, text, "")]
    result = clean_lines(article(middle=[*summary, "", *entries]))
    assert reasons(result).get("Key points") == "summary widget"
    assert all(kept(result, bullet) for bullet in summary[1:]), reasons(result)


@pytest.mark.parametrize(("line", "furniture", "outlets", "reason"), [
    ("World", frozenset({"world"}), frozenset(), "repeated across articles of the corpus (site furniture)"),
    ("Daily Norther", frozenset(), frozenset({"Daily Norther"}), "the outlet's name"),
    ("Daily Norther Analysis", frozenset(), frozenset({"Daily Norther"}), "the outlet's own section label"),
    ("Daily Norther Explains: How Does a Coastal Radar Work?", frozenset(), frozenset({"Daily Norther"}),
     "the outlet's own teaser"),
])
def test_text_removes_corpus_furniture_and_outlet_labels(line: str, furniture: frozenset[str],
                                                         outlets: frozenset[str], reason: str) -> None:
    result = clean_lines(article(middle=[line]), furniture=furniture, outlets=outlets)
    assert reason in reasons(result).get(line, "(kept)")


# Article text that looks like boilerplate: every one must stay in the body.
ADVERSARIAL_KEEPS = [
    # a quote that looks like a headline
    "“Not One Metre of Our Coast Will Be Left Unwatched,” Rusk Told the Chamber.",
    "“The Sea Is Our Border”",
    # a one-sentence paragraph, however short
    "The vote was 88 to 41.",
    "It passed.",
    # a body line that begins with "Next", "Previous", "Share", "Comments", "Related"
    "Next year the ministry plans to open two more radar stations.",
    "Next, the ministers turned to the fisheries budget.",
    "Previous governments had cut the coast guard budget twice.",
    "Share prices of the Portlen shipyard rose after the vote.",
    "Comments by the minister angered fishermen in Portlen.",
    "Related talks with the fishing unions will continue in May.",
    # a caption-like sentence that is real content
    "The last budget of this size was passed under Prime Minister Aldo Brenn – Harrowgate, 1994.",
    "The new radar chain – Northwatch, 2200 kilometres of it – will be built by a local firm.",
    # a teaser-shaped line that is a real subheading (it announces the paragraph that follows)
    "Patrol Boats and Radar Stations",
    "Patrol Boats: What the Money Buys",
    "Why the Northern Coast Matters",  # question words carry no topic: "coast" ties it to its paragraph
    # prose that mentions cookies, a question in sentence case, a foreign motto inside English prose
    "Rusk said the fishermen's cooperative sold cookies to raise money for the lifeboat service.",
    "But will the money arrive before the winter storms, or only after them?",
    "Rusk ended with the local motto, “la mer est notre frontière”, to loud applause.",
    # a short title-case question may be the article's own subheading
    "What Happens Next?",
    # a date inside prose, and prose that starts with a reader-facing word
    "Talks resumed on Monday — 4 March 2025 — in Portlen.",
    "Subscribers to the fishermen's union newsletter received the plan first.",
    # prose that begins like a policy link or a live-blog control, or mentions scripts
    "Our standards of coastal safety have slipped, Vell said.",
    "Show trials of the smugglers resumed in Portlen on Monday.",
    "The ministry's booking site, which requires JavaScript, crashed on Tuesday, officials said.",
]


def test_text_keeps_list_the_article_introduces() -> None:
    items = ["• a ceasefire", "• Observers", "• Port Access for Fishing Boats"]
    result = clean_lines(article(middle=["Vell listed three conditions for his support:", *items]))
    assert all(kept(result, item) for item in items), reasons(result)


def test_text_keeps_a_cue_line_over_the_paragraph_it_introduces() -> None:
    # "Rusk added:" is two words, like a section label, but the paragraph below is what she added.
    said = "The patrol boats will be ready before the storms, and the radar will follow in the spring."
    result = clean_lines(article(middle=["Rusk added:", said]))
    assert kept(result, "Rusk added:") and kept(result, said), reasons(result)
    assert not kept(clean_lines(article(middle=["Coastal news:", said])), "Coastal news:")  # no reporting verb: a label


@pytest.mark.parametrize("last", [
    "The budget now goes to the upper house, which is expected to vote on it next month",  # no full stop
    "“We will be ready before the storms,” Rusk said",
])
def test_text_keeps_last_paragraph_without_full_stop(last: str) -> None:
    result = clean_lines([TITLE, *BODY[:3], last, "Share this article"])
    assert kept(result, last), reasons(result).get(last)


@pytest.mark.parametrize("line", ADVERSARIAL_KEEPS)
def test_text_keeps_article_lines_that_look_like_boilerplate(line: str) -> None:
    lines = [TITLE, BODY[0], line, PARA_BOATS, *BODY[2:]] if line.startswith("Patrol") else article(middle=[line])
    result = clean_lines(lines)
    assert kept(result, line), reasons(result).get(line)


@pytest.mark.parametrize(("width", "expected"), [(60, True), (72, True), (100, True)])
def test_text_wrapped_article_keeps_every_line(width: int, expected: bool) -> None:
    lines: list[str] = [TITLE, "", "By Ilse Brandt | 4 March 2025", ""]
    for paragraph in BODY:
        lines += [*textwrap.wrap(paragraph, width), ""]
    result = clean_lines([*lines, "Share this article"])
    body = " ".join(result.paragraphs)
    assert all(" ".join(p.split()) in body for p in BODY) is expected
    assert set(reasons(result)) == {"By Ilse Brandt | 4 March 2025", "Share this article"}


def test_text_title_is_taken_once() -> None:
    result = clean_lines(["Politics", TITLE, "World", TITLE, *BODY])
    assert result.title == TITLE
    assert not any(TITLE in p for p in result.paragraphs)


@pytest.mark.parametrize(("lines", "title"), [
    ([TITLE, *BODY], TITLE),
    (["How Does Harrowgate Pay for Its Coast Guard?", *BODY], "How Does Harrowgate Pay for Its Coast Guard?"),
    (BODY, None),  # an article without a headline has no title
    (["Home", "News", TITLE, "By Ilse Brandt | 4 March 2025", *BODY], TITLE),
    # a menu line before the headline is no headline
    (["Home | World | Politics | Defence", TITLE, *BODY], TITLE),
    (["Daily Norther", "Features | World | Culture", TITLE, *BODY], TITLE),
    # a headline that opens with a quotation and names its speaker after a colon
    (["Coastal Radio | News | Listen live", "“The Sea Is Our Border”: Rusk on the Coast Guard", "4 March 2025",
      *BODY], "“The Sea Is Our Border”: Rusk on the Coast Guard"),
])
def test_text_title_is_the_headline_before_the_body(lines: list[str], title: str | None) -> None:
    assert clean_lines(lines).title == title


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a real subheading of two words is shaped exactly like a section label")
def test_text_keeps_two_word_subheading() -> None:
    result = clean_lines(article(middle=["Radar Costs"]))
    assert kept(result, "Radar Costs")


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a real subheading sharing no words with its paragraphs reads as a teaser")
def test_text_keeps_subheading_unrelated_in_wording() -> None:
    result = clean_lines(article(middle=["A Long Winter Ahead"]))
    assert kept(result, "A Long Winter Ahead")


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="a two-word foreign line has too few function words to tell its language")
def test_text_removes_two_word_foreign_line() -> None:
    result = clean_lines(article(middle=["Lesen Sie"]))
    assert "another language" in reasons(result).get("Lesen Sie", "")


# Pull quotes: a quotation set apart that repeats a sentence of the article.
PULL = "“Every patrol boat we buy is a harbour we keep open for the fishermen.”"
SAID = "“Every patrol boat we buy is a harbour we keep open for the fishermen,” Rusk said on Tuesday."


def test_text_removes_pull_quote_repeating_the_body() -> None:
    result = clean_lines(article(middle=[PULL, SAID]))
    assert reasons(result)[PULL].startswith("pull quote")
    assert kept(result, SAID)


def test_text_keeps_quotation_said_once_on_its_own_line() -> None:
    # Adversarial: a quotation alone on its line, said only once, is the article's own text.
    result = clean_lines(article(middle=[PULL]))
    assert kept(result, PULL)


def test_text_keeps_short_repeated_quotation() -> None:
    short = "“Never.”"
    result = clean_lines(article(middle=[short, "“Never,” the minister said when asked about a referendum."]))
    assert kept(result, short)


# Teasers in sentence case, the way tabloids and many sites set headlines.
@pytest.mark.parametrize("teaser", [
    "Portlen pensioner, 74, spends lottery win on a herd of alpacas",
    "Singer Mara Vonn slams 'jealous' rivals after festival flop",
])
def test_text_removes_sentence_case_teaser_between_paragraphs(teaser: str) -> None:
    result = clean_lines(article(middle=[teaser]))
    assert reasons(result)[teaser].startswith("related-article teaser")


@pytest.mark.parametrize("line", [
    # Adversarial: a sentence-case subheading about the paragraphs around it stays.
    "Finance Minister Rusk defends patrol boats and radar stations",
    # Prose without a headline cue that lost its full stop stays too.
    "The boats will be built in the northern yards over four years",
])
def test_text_keeps_sentence_case_subheading_about_the_article(line: str) -> None:
    result = clean_lines(article(middle=[line]))
    assert kept(result, line)


def test_text_removes_teaser_tagged_with_a_name_the_article_never_mentions() -> None:
    teaser = "Varga: New Patrol Boats and Radar Stations Along the Northern Coast"
    result = clean_lines(article(middle=[teaser]))
    assert "never mentions" in reasons(result)[teaser]


@pytest.mark.parametrize("line", [
    "Rusk: Patrol Boats on the Northern Coast Come First",  # the article's own speaker
    "Background: Patrol Boats on the Northern Coast",  # a label, not a name
])
def test_text_keeps_tagged_subheading_naming_the_article(line: str) -> None:
    result = clean_lines(article(middle=[line]))
    assert kept(result, line)


def test_text_title_never_a_giant_line() -> None:
    from stancemap.clean.text import classify

    giant = " ".join(["word"] * 500)
    result = classify([giant, "", "The minister said on Monday that the talks would resume next week."])
    assert result.title is None


def test_text_html_repeats_kept_and_lists_inside_the_article() -> None:
    from stancemap.clean.text import classify

    lines = ["Steps", "", "The chef said the dish takes an hour and needs nothing fancy at all.", "", "Stir.", "",
             "Wait ten minutes.", "", "Stir.", "", "Top countries:", "1. Finland", "2. Norway", "3. Spain", "",
             "The list was compiled by the bank last year, its economists said on Monday."]
    result = classify(lines, extracted=True)
    body = "\n".join(result.paragraphs)
    assert body.count("Stir.") == 2 and "2. Norway" in body


def test_text_title_labelled_quotation_over_a_date_line() -> None:
    """A headline of a label and a quotation, either way round, over the date line (LABELLED_QUOTE)."""
    for headline in ('Harbour master: "We will not reopen the east quay this year"',
                     "“We will not reopen the east quay this year”: the harbour master on the storm"):
        result = clean_lines([headline, "4 March 2026, 09:10", "", *article(title=None)])
        assert result.title == headline


def test_text_title_over_a_words_and_photos_byline() -> None:
    """'Words: A | Photos: B' is a byline, so the line above it is the headline (credits.BYLINE)."""
    headline = 'Harbour master: "We will not reopen the east quay this year"'
    result = clean_lines([headline, "The storm left the quay in ruins, and the fees unpaid.",
                          "Words: Ada Lind | Photos: Tor Berg", "", *article(title=None)])
    assert result.title == headline
    assert "byline" in reasons(result)["Words: Ada Lind | Photos: Tor Berg"]


def test_text_interview_turns_kept() -> None:
    """A Q&A's questions tagged with the outlet's name are turns, not teasers (_interview_turn)."""
    turns = ["Quay Radio: What happens to the fees now?", "Dorr: They stay frozen until the repairs are done.",
             "Quay Radio: And the ferry?", "Dorr: It runs from Monday.",
             "Quay Radio: How is the crew?", "Dorr: Tired, but proud."]
    result = clean_lines(article(middle=turns))
    assert all(kept(result, t) for t in turns)


def test_text_related_links_are_no_turns() -> None:
    """Two "Related: ..." links under an interview are a link's label used twice, not a speaker who
    answers: they go, the turns stay (_interview_tags)."""
    turns = ["Quay Radio: What happens to the fees now?", "Dorr: They stay frozen until the repairs are done.",
             "Quay Radio: And the ferry?", "Dorr: It runs from Monday."]
    links = ["Related: What the fee freeze means for your mooring", "Related: Skippers march on the port office"]
    result = clean_lines(article(middle=turns, after=links))
    assert all(kept(result, t) for t in turns)
    assert not any(kept(result, link) for link in links)


def test_text_transcript_links_are_no_turns() -> None:
    """A page's kind over a link to it ("Transcript: ...", "Episode: ...") is no speaker who answers: the links go, the
    turns stay (navigation.LABEL_TAGS; red before session 34: "Transcript" taken for a speaker's tag)."""
    turns = ["Quay Radio: What happens to the fees now?", "Dorr: They stay frozen until the repairs are done.",
             "Quay Radio: And the ferry?", "Dorr: It runs from Monday."]
    links = ["Transcript: The harbour master on the winter timetable", "Transcript: Skippers on the mooring fees"]
    result = clean_lines(article(middle=turns, after=links))
    assert all(kept(result, t) for t in turns)
    assert not any(kept(result, link) for link in links)


def test_text_repeated_labels_not_turns() -> None:
    """A kicker printed twice over the headline and two "READ MORE:" links at the foot are two tags
    used twice each, but neither answers the other: no Q&A, so the links go (_interview_tags)."""
    lines = ["HARBOURGATE: Now his own side turns on the harbour master",
             "HARBOURGATE: Now his own side turns on the harbour master",
             "By Jo Penn",
             "The harbour master was clinging on last night as a second skipper called for him to go, "
             "saying the fee deal had been steered to a friend's firm.",
             "His allies said he had done nothing wrong and would be cleared by the inquiry next month.",
             "READ MORE: The fee deal: how the cash was spent",
             "READ MORE: The harbour's worst week in five charts"]
    result = clean_lines(lines)
    assert not kept(result, "READ MORE: The fee deal: how the cash was spent")
    assert not kept(result, "READ MORE: The harbour's worst week in five charts")


def test_text_tagged_teasers_are_no_interview() -> None:
    """Teasers under one label tag ("Interview: ...") are no Q&A: they go (_interview_tags)."""
    teasers = ["Interview: The Skipper Who Saved the Regatta", "Interview: Why the Ferry Still Runs Late",
               "Interview: A Harbour Master on Storm Season"]
    result = clean_lines(article(after=teasers))
    assert not any(kept(result, t) for t in teasers)


def test_text_title_under_the_menu() -> None:
    """Name, tagline, menu, then the headline over its date: the tagline above the menu is not the title;
    a menu whose links are set apart by spaces is a menu."""
    lines = ["Portlen Gazette", "Serving Portlen and the northern coast since 1903", "NEWS | DEFENCE", TITLE,
             "Posted Thursday, March 4, 2025 at 6:10 pm", *BODY]
    assert clean_texts("\n".join(lines))[0].title == TITLE
    lines = ["Portlen Business Daily", "NEWS  SPORT  BUSINESS  OPINION  PORTS", TITLE, "4 March 2025", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == TITLE
    assert "SPORT" not in found.body
    # With no date or byline under the second line, the first headline-shaped line stays the title;
    # with no masthead above it, a standfirst under a breadcrumb does not take the headline's place.
    lines = [TITLE, "NEWS | DEFENCE", "Harrowgate budget: what it means", *BODY]
    assert clean_lines(lines).title == TITLE
    lines = [TITLE, "World › Europe", "Lawmakers vote to fund patrol boats on Monday", "By Ilse Brandt", *BODY]
    assert clean_lines(lines).title == TITLE


@pytest.mark.parametrize("title", [TITLE, '"We will not reopen the harbour": Ilse Brandt on the storm and her port'])
def test_text_title_under_the_menu_and_a_kind_label(title: str) -> None:
    """Name, a section line with the issue's number, the site's interface menu, a one-word kind label
    ("Q&A"), then the headline over a standfirst and its date: the headline is the title (red before:
    the section line, 'Politics & Ideas | Issue 41')."""
    lines = ["The Portlen Review", "Politics & Ideas | Issue 41", "Subscribe | Log in | Newsletters", "Q&A", title,
             "Nine days before the vote, the harbour master talks to the Review.", "Posted on June 2, 2026 at 8:15 am",
             *BODY]
    assert clean_texts("\n".join(lines))[0].title == title


def test_text_title_under_the_menu_credit_then_date() -> None:
    """Name, tagline, a section path ("Opinion / Editorials"), the headline, a standfirst and an
    unlabelled credit, then the date: the headline, not the tagline, is the title."""
    for section in ("Opinion / Editorial", "Opinion / Editorials"):
        lines = ["The Portlen Gazette", "Independent since 1871", section, TITLE,
                 "The board has a real problem and a bad answer to it.", "The Editorial Board", "Friday 20 March 2026", *BODY]
        assert clean_texts("\n".join(lines))[0].title == TITLE


def test_text_title_under_the_sites_promotion() -> None:
    """Name, menu, a line promoting the site by its own name, then the headline over its date."""
    lines = ["PORTLEN24", "LIVE | World | Sport | Weather", "Watch Portlen24 live", TITLE, "Wednesday 15 April 2026", *BODY]
    assert clean_texts("\n".join(lines))[0].title == TITLE
    # A headline that names another site is still the headline.
    lines = ["PORTLEN24", "LIVE | World | Sport | Weather", TITLE, "Wednesday 15 April 2026", *BODY]
    assert clean_texts("\n".join(lines))[0].title == TITLE
    # A headline about the site itself, its name its subject, over a standfirst, is the headline (red before:
    # taken for a promotion, and the standfirst for the headline).
    lines = ["PORTLEN24", "LIVE | World | Sport | Weather", "Portlen24 wins national press award",
             "Judges praise its coverage of the harbour strike", "Wednesday 15 April 2026", *BODY]
    assert clean_texts("\n".join(lines))[0].title == "Portlen24 wins national press award"


def test_text_editorial_notice_and_credit() -> None:
    """An editorial's credit naming the outlet above its date, and the opinion page's standing notice at
    the foot, are the site's, not the article's; a short headline naming the outlet stays the title."""
    lines = ["THE PORTLEN GAZETTE", "Opinion | Editorials | Letters", TITLE, "The Portlen Gazette view",
             "Updated: 2026-03-24", *BODY, "The Portlen Gazette's editorials represent the view of the paper.",
             "Our editorials reflect the views of the editorial board."]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == TITLE
    assert "Gazette view" not in found.body and "editorials" not in found.body
    # The headline itself may name the outlet in few words, under the masthead and over the byline.
    lines = ["THE PORTLEN GAZETTE", "The Portlen Gazette is sold", "By Ilse Brandt", "Updated: 2026-03-24", *BODY]
    assert clean_texts("\n".join(lines), outlet="The Portlen Gazette")[0].title == "The Portlen Gazette is sold"
    # A desk's byline with its members in brackets is a byline.
    lines = [TITLE, "Wednesday 15 April 2026", "By the Gazette politics desk (Ina Brok, Ola Vell)", *BODY]
    assert "politics desk" not in clean_texts("\n".join(lines))[0].body


def test_text_title_under_a_labelled_breadcrumb() -> None:
    """'You are here: Home > News > Politics' over the headline is navigation, not the title."""
    lines = ["The Harbour Record", "News | Politics | Business | Sport", "You are here: Home > News > Politics > Transport",
             TITLE, "By Ilse Brandt", "Published 2 March 2026, 09:41", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == TITLE
    assert "You are here" not in found.body


def test_text_title_short_exclamation() -> None:
    """A tabloid's short cry in capitals over its standfirst and byline is the headline; a section and
    topic breadcrumb over a headline is navigation, not the title."""
    lines = ["THE HARBOUR TRUMPET", "News | Politics | Money | Sport", "HANDS OFF OUR FERRY!",
             "Plan to sell the island ferry is a betrayal, say furious skippers", "By Ilse Brandt", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == "HANDS OFF OUR FERRY!"
    lines = ["The Harbour Sentinel", "Politics | Ferry fares inquiry", TITLE, "Tue 20 Oct 2026 07.30", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == TITLE
    assert "Ferry fares inquiry" not in found.body
    # A headline in capitals under a menu whose last label ends in "!" and a section label.
    headline = "RUSK AND THE FERRY BARONS: THE HARBOUR DEAL THAT COULD COST YOU"
    lines = ["THE HARBOUR TRUMPET", "News | Politics | Money | Puzzles | Win!", "POLITICS", headline,
             "Skippers at war as the board dangles new berths", "By Ilse Brandt", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == headline
    assert "Win!" not in found.body


def test_text_title_under_interface_menu_and_section_path() -> None:
    """Name, tagline, the site's interface menu ("Menu Search Subscribe Sign in"), a section path, the
    headline, a standfirst and a credit, then the date: the headline is the title (red before: the tagline)."""
    lines = ["The Portlen Gazette", "Independent journalism since 1871", "Menu  Search  Subscribe  Sign in",
             "Opinion | Editorials", TITLE, "Neither side will get all it wants from the harbour deal",
             "Editorial Board", "Fri 12 Jun 2026 18.30 BST", *BODY]
    assert clean_texts("\n".join(lines))[0].title == TITLE


def test_text_title_quoted_under_a_desk_path() -> None:
    """Name, a path from a desk of any name down to a section word ("Law & Regulation / Interviews"), then a headline
    that opens with a quotation over its byline: the headline is the title (red before: the path was)."""
    title = "'We would rather settle, but not at any price': the town's lawyer on the case"
    lines = ["Portlen Business Review", "Law & Regulation / Interviews", title,
             "Interview by Ilse Brandt | October 16, 2024", *BODY]
    assert clean_texts("\n".join(lines))[0].title == title


def test_text_title_under_a_section_kicker() -> None:
    """A section kicker ending lower-case under the menu ("Harbour Town sport"), then a headline opening with a
    quotation over its credit and date: the headline is the title (red before: the kicker was)."""
    title = "'We can start tomorrow': the harbour master on the ferry plan"
    lines = ["The Harbour Lamp", "News | Sport | Business | Subscribe", "Harbour Town sport", title,
             "Interview by Ilse Brandt", "17 March 2025", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == title
    assert "Harbour Town sport" not in found.body


def test_text_title_question_over_standfirst_credit_and_date() -> None:
    """A question headline, a standfirst sentence, an unlabelled credit and the date: the question is the title
    (red before: no title); a question at the top with no date below stays body text."""
    title = "Explainer: What would it take for the ferry to sail again?"
    lines = ["HARBOUR LEDGER", "Ferries | Ports | Opinion | Newsletter", "Routes", title,
             "The suspension is now six weeks old. Here is where the review and the money stand.",
             "Ilse Brandt, Transport Correspondent", "27 March 2025", *BODY]
    assert clean_texts("\n".join(lines))[0].title == title
    lines = ["What would it take for the ferry to sail again?", "The suspension is now six weeks old.", *BODY]
    assert clean_texts("\n".join(lines))[0].title != lines[0]


def test_text_title_under_a_programme_name() -> None:
    """Name, the site's menu, a programme's name, then the headline over its byline and date: the headline is the
    title, the programme's name is not (red before); a short headline under the menu stays the title."""
    title = '"She is not hiding": the banker\'s lawyer on the summons and the court case'
    lines = ["Radio Portlen", "Listen Live | Podcasts | News | Schedule", "The Morning Harbour", title,
             "Interview by Ilse Brandt", "17 March 2025 · 7 min read", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == title
    assert "The Morning Harbour" not in found.body
    lines = ["Radio Portlen", "Listen Live | Podcasts | News | Schedule", TITLE, "By Ilse Brandt", *BODY]
    assert clean_texts("\n".join(lines))[0].title == TITLE


def test_text_title_cry_over_standfirst_credit_and_date() -> None:
    """A tabloid's cry in capitals, a standfirst sentence, the columnist's name in capitals and the date: the cry is
    the title (red before: no title, the credit line in between hid the date); a cry with no date below stays body."""
    title = "KEEP OUR FERRY SAILING!"
    lines = ["THE HARBOUR HERALD", "HOME | NEWS | SPORT | COLUMNISTS", "COLUMNISTS", title,
             "Pen-pushers want to sell the old boat. The Herald says: not on our watch", "MAGDA PRELL",
             "9 April 2025 | Updated 18:12", *BODY]
    assert clean_texts("\n".join(lines))[0].title == title
    lines = [title, "Pen-pushers want to sell the old boat.", *BODY]
    assert clean_texts("\n".join(lines))[0].title != title


def test_text_title_under_a_masthead_and_its_menu() -> None:
    """A paper's shouted masthead of three words, its menu, a section's name, then the headline over the byline and
    date: the headline is the title (red before: the masthead)."""
    title = "Why the county cannot keep paying for a ferry that nobody rides"
    lines = ["the MARSH COURIER", "HOME | LOCAL | FARMING | LETTERS | WEATHER", "Opinion", title, "Words by Tomas Ilver",
             "12 February 2024", *BODY]
    assert clean_texts("\n".join(lines))[0].title == title


def test_text_date_line_with_relative_stamp() -> None:
    """A wire page's date and time with a relative stamp after it is a date line (red before: kept as body text,
    eleven words); a sentence of the body that mentions a date stays."""
    stamp = "April 3, 2025 7:15 AM UTC Updated 3 hours ago"
    result = clean_lines(article(middle=[stamp]))
    assert "date line" in reasons(result).get(stamp, "(kept)")
    assert all(kept(result, p) for p in BODY)


@pytest.mark.parametrize("stamp", ["Updated: 9:05 pm", "Posted 14.05 GMT", "Last updated at 6:30 a.m."])
def test_text_clock_stamp_line(stamp: str) -> None:
    """A stamp word with a clock time alone (the date on the line above) is a time stamp (red before: kept as body
    text); a body sentence that says when something was updated stays."""
    result = clean_lines(article(middle=[stamp, "The list was updated at 9:05 pm after the vote."]))
    assert reasons(result).get(stamp) == "time stamp"
    assert kept(result, "The list was updated at 9:05 pm after the vote.")
    assert all(kept(result, p) for p in BODY)


# The body without the lead, whose dateline credits an outlet: the page alone must name it.
UNCREDITED = [PARA_BOATS, PARA_OPPOSITION, PARA_END]


def test_text_site_and_a_section_named_again_below() -> None:
    """A page's first line "<Site> | <desk>" whose desk is no section word ("Weekend") but is named again in the
    breadcrumb under it is the site and its section: the outlet is the site, the title the headline below (red
    before: no outlet). A pair whose label the line below does not name stays
    as it was (no outlet read from it)."""
    title = "Wenna Dornvale: 'I never wanted the chair, and I still do not'"
    lines = ["The Quillby Herald | Weekend", "Home > Weekend > Profiles", "", title, "", "Words by Aron Pell",
             "Saturday 14 March 2026", "", *UNCREDITED]
    found = clean_texts("\n".join(lines))[0]
    assert (found.title, found.outlet) == (title, "The Quillby Herald")
    lines[1] = "Home > Politics > Profiles"
    assert clean_texts("\n".join(lines))[0].outlet is None


def test_text_masthead_over_a_headline_printed_twice() -> None:
    """A saved page's masthead in capitals, the title bar's headline, the menu, then the headline printed again
    over the standfirst and date: the repeated line is the title and the masthead the outlet (red before: the
    masthead was the title, no outlet). Without the second copy the first line is not taken as the outlet."""
    title = "SCRAP IT NOW: the harbour tram is a drain on every ratepayer"
    lines = ["THE WESTERLY TRUMPET", title, "HOME | MONEY | TELLY | CROSSWORD", "TRUMPET VIEW", title,
             "A ratepayer's view of the tram's ledger", "Sunday 8 March 2026", "", *UNCREDITED]
    found = clean_texts("\n".join(lines))[0]
    assert (found.title, found.outlet) == (title, "The Westerly Trumpet")
    del lines[4]
    assert clean_texts("\n".join(lines))[0].outlet is None


@pytest.mark.parametrize("raw", [[], ["", "   "]])
def test_text_no_line_left_has_no_title(raw: list[str]) -> None:
    """A page with no line of text (an HTML body of white space or scripts) has no title and no outlet: the masthead
    check over a repeated headline read the first line of none (IndexError, the whole run stopped)."""
    result = classify(raw)
    assert result.title is None and not result.paragraphs


@pytest.mark.parametrize("first", ["EXCLUSIVE", "FOR IMMEDIATE RELEASE"])
def test_text_a_kicker_over_a_headline_printed_twice_is_no_masthead(first: str) -> None:
    """A one-word kicker or a press release's label over a headline the page prints twice is no outlet (it was
    taken as the masthead, 'Exclusive' the outlet); the repeated line is still the title."""
    title = "Ferry crews back the new winter timetable after a night of talks"
    lines = [first, title, "", title, "Sunday 8 March 2026", "", *UNCREDITED]
    found = clean_texts("\n".join(lines))[0]
    assert (found.title, found.outlet) == (title, None)


@pytest.mark.parametrize("line", ["Posted by the web desk on 4 March 2025",
                                  "Posted 4 March 2025 by Ilse Brandt, harbour reporter",
                                  "Published on 4 March 2025 by the harbour desk"])
def test_text_stamp_with_credit(line: str) -> None:
    """A stamp word with its date among a credit's words is a time stamp (red before: kept as the first paragraph,
    as only a stamp that is a date alone was read)."""
    found = clean_texts("\n".join(["Daily Norther", TITLE, line, *BODY]))[0]
    assert line not in found.body and found.published == "2025-03-04"


@pytest.mark.parametrize("line", ["Posted by the harbour board on 4 March 2025, the notice gave fishermen a week to move.",
                                  "Published 4 March 2025 by the port authority and signed by all nine of its members"])
def test_text_stamp_words_in_prose_are_content(line: str) -> None:
    found = clean_texts("\n".join(["Daily Norther", TITLE, *BODY[:1], line, *BODY[1:]]))[0]
    assert line in found.body


def test_text_title_under_masthead_menu_and_breadcrumb() -> None:
    """A forum's name, its menu, a breadcrumb path, then the thread's question with a pager and the first poster's
    name under it (no byline): the question is the title, the forum's name is not (red before: no title); a line
    ending with a full stop under the path stays body."""
    title = "Parking fees at the harbour car park - fair or a tax on locals?"
    lines = ["Quayside Chat - The Independent Portlen Harbour Forum", "Home | Forums | Members | Search | Log in",
             "Forums > Local Issues", "", title, "", "Page 1 of 6   1 2 3 ... 6 Next >", "", "Salty_Ines",
             "Joined: May 2014 | Posts: 2,310", "Posted 2 June 2025, 09:12", "", *BODY]
    found = clean_texts("\n".join(lines))[0]
    assert found.title == title
    assert title not in found.body
    lines[4] = "The harbour board has set new parking fees for the summer."
    assert clean_texts("\n".join(lines))[0].title != lines[4]
