"""Single-line rules: shape, captions, interface words, consent banners, language. Written lines only."""

from __future__ import annotations

import pytest

from stancemap.clean.credits import caption_match
from stancemap.clean.interface import consent_reason, interface_reason, promotion_reason, script_notice_reason
from stancemap.clean.language import foreign_language
from stancemap.clean.lines import sentence_case_headline, shape
from stancemap.clean.navigation import menu_reason, site_and_section


@pytest.mark.parametrize(("text", "expected"), [
    ("Harrowgate Doubles Spending on Coastal Defence", (False, True)),
    ("Rusk Warns Lawmakers Against 'Reckless' Cuts", (False, True)),
    ("How Does a Country Join the Alliance?", (False, True)),  # a title-case question is a headline
    ("What Happens Next?", (True, False)),  # too short to tell from a subheading: stays a sentence
    ("But will the money arrive before the winter storms?", (True, False)),
    ("“The Sea Is Our Border”", (True, False)),  # a quotation, whatever its capitals
    ("The vote was 88 to 41.", (True, False)),
    ("Summary:", (False, False)),
])
def test_lines_shape_sentence_and_headline(text: str, expected: tuple[bool, bool]) -> None:
    s = shape(text)
    assert (s.sentence, s.headline) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patrol boats in Portlen harbour - Daily Norther, 1280, 04.03.2025", "Daily Norther"),
    ("Flags over the square – Norther International, 1920", "Norther International"),
    ("By Ilse Brandt | March 14, 2025", None),  # a byline: the "credit" would be a date
    ("By Ilse Brandt | March, 2025", None),
    ("The last budget of this size was passed under Aldo Brenn – Harrowgate, 1994.", None),
    ("Coverage runs 2200 km – Northwatch, 2200 – and more is planned", None),
])
def test_lines_caption_credit(text: str, expected: str | None) -> None:
    m = caption_match(text)
    assert (m["outlet"].strip() if m else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We use cookies to personalise content. By continuing to browse you agree to our use of cookies.", True),
    ("The Daily Norther uses cookies to improve your experience.", True),
    ("Accept all cookies", True),
    ("Manage your cookies and privacy preferences", True),
    ("The regulator said the cookie rules force sites to ask for your consent.", False),
    ("Rusk said the cooperative sold cookies to raise money for the lifeboat service.", False),
    ("Fishermen accepted the new quota after a long night of talks.", False),
])
def test_lines_consent_notice(text: str, expected: bool) -> None:
    assert (consent_reason(shape(text)) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Log in to comment", True),
    ("Share this article", True),
    ("Share", True),
    ("Comments are closed.", True),
    ("Read more about the coast guard here.", True),
    ("Next: Storm Warnings Issued Along the Western Shore", True),
    ("Previous article", True),
    ("Related coverage", True),
    ("To join the discussion", True),
    ("Sign up for our morning newsletter.", True),
    ("He declined to comment.", False),
    ("Next week the ministers meet again in Portlen to discuss the fisheries budget.", False),
    ("Next, the ministers turned to the fisheries budget.", False),
    ("Share prices of the Portlen shipyard rose after the vote.", False),
    ("Previous governments had cut the coast guard budget twice.", False),
    ("Register of Lobbyists Opens in Portlen", False),
    ("Comments by the minister angered fishermen in Portlen.", False),
    ("Subscribers to the fishermen's union newsletter received the plan first.", False),
    ("Registered voters in Portlen will decide in May.", False),
    ("Loading the new radar equipment will take months.", False),
    ("Story continues below advertisement", True),
    ("5 min read", True),
    ("Listen to this article", True),
    ("Your browser does not support the video tag.", True),
    # live-blog and list controls
    ("Show key events only", True),
    ("Hide pinned posts", True),
    ("Show all updates", True),
    ("Newest first", True),
    ("Show trials of the smugglers resumed in Portlen on Monday.", False),
    ("Show of Force Along the Northern Coast", False),
    ("Viewers in Portlen only saw the end of the debate.", False),
    # links to the site's own policy pages
    ("Our Standards: How the Daily Norther Checks Its Facts.", True),
    ("Editorial principles", True),
    ("Privacy policy", True),
    ("Terms of use", True),
    ("Our standards of coastal safety have slipped, Vell said.", False),
    ("Terms of use for the new harbour were agreed in March.", False),
    # test_lines_interface_footer_policy_links: footer links before a separator (session 42)
    ("Imprint | Data protection | Cookie settings | Contact the desk", True),
    ("Data protection", False),
    ("Data protection rules for the harbour's cameras were tightened in March.", False),
    ("Legal notice was served on the ferry company on Monday.", False),
    ("Editorial standards at the state broadcaster were questioned by the regulator.", False),
    # test_lines_interface_label_over_listed_links: a label over several short headlines set apart by bars
    ("Related: Harbour levy: what is in it | Letters: 'My son would pay gladly' | Vell breaks ranks with the mayor", True),
    ("Related: the harbour levy, which the council passed on Monday after a long debate, will cost every household more", False),
    # more of the site's live coverage, a row of links (INTERFACE, session 40)
    ("More live coverage: Quay marathon road closures | Storm Ina latest", True),
    ("More live coverage of the harbour vote follows tomorrow, when the board will publish its report.", False),
])
def test_lines_interface_judged_in_context(text: str, expected: bool) -> None:
    assert (interface_reason(shape(text)) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mehr zum Thema: Ein Vertrag für die Küste und die Häfen", "de"),
    ("Lea también: La costa norte ante su presupuesto más alto", "es"),
    ("À lire aussi : la côte nord face au nouveau budget", "fr"),
    ("Leggi anche: la costa del nord e il nuovo bilancio", "it"),
    ("Новости побережья и порта", "Cyrillic"),
    ("Lue myös: pohjoinen rannikko ja uusi talousarvio tänään", "fi"),  # no profile: py3langid decides
    # English lines with foreign names and particles stay English
    ("Harrowgate Names Juan de la Vega Head of Coast Guard", None),
    ("Juan de la Vega y Pedro del Campo", None),  # names with particles, no lower-case content word
    ("Rusk ended with the local motto, “la mer est notre frontière”, to loud applause.", None),
    ("Le Havre and La Rochelle Sign Port Deal With Portlen", None),
    ("Karsten Volk Holds Drills as Alliance Weighs Invitation", None),
    ("4 March 2025 | 10:15", None),  # numbers are no language
])
def test_lines_language_of_line_against_article(text: str, expected: str | None) -> None:
    reason = foreign_language(shape(text), "LATIN", "en")
    if expected is None:
        assert reason is None
    else:
        assert reason is not None and expected in reason


@pytest.mark.parametrize(("text", "expected"), [
    ("Please turn on JavaScript to receive live updates.", True),
    ("JavaScript is disabled in your browser.", True),
    ("To view this video please enable JavaScript.", True),
    # prose about scripts or browsers: reported, or not addressed to the reader
    ("The ministry's booking site, which requires JavaScript, crashed on Tuesday, officials said.", False),
    ("Portlen's coders teach JavaScript to schoolchildren every summer.", False),
    ("Please turn on your radios for the storm warnings, Rusk told the fishermen.", False),
])
def test_lines_script_notice(text: str, expected: bool) -> None:
    assert (script_notice_reason(shape(text)) is not None) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Home | World | Politics | Defence", True),
    ("Coastal Radio | News | Programmes | Listen live", True),  # the site's name, then its sections
    ("Home › Europe › Harrowgate", True),  # a breadcrumb
    ("News · Sport · Weather · Travel", True),
    ("News | Politics | Money | Puzzles | Win!", True),  # a tabloid's label with its own "!"
    # separated short parts that are no menu
    ("Party | Seats | Share of vote", False),  # a table header names no site section
    ("Rusk | Vell | Brenn", False),
    ("By Ilse Brandt | Daily Norther | Politics", False),  # a byline
    ("Posted: 4 March | Updated: 5 March | World", False),  # time stamps
    ("World | Europe", False),  # two labels: left to the section-label rule
    ("Harrowgate Budget | Coast Guard Gets Six New Patrol Boats | News", False),  # a headline part
    ("Rusk said the plan is fair | Vell called it rushed | World News reported both.", False),
])
def test_lines_navigation_menu(text: str, expected: bool) -> None:
    assert (menu_reason(shape(text)) is not None) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Portlen pensioner, 74, spends lottery win on a herd of alpacas", True),
    ("Singer Mara Vonn slams 'jealous' rivals after festival flop", True),
    ("The boats will be built in the northern yards over four years", False),  # determiner + plural
    ("Rusk said the boats would be built in the northern yards.", False),  # a sentence
    ("Harrowgate Doubles Spending on Coastal Defence", False),  # title case: the headline rules judge it
    ("Coastal economics matters to every harbour town in the north", False),  # -ics is no verb
])
def test_lines_sentence_case_headline(line: str, expected: bool) -> None:
    assert sentence_case_headline(shape(line)) is expected


@pytest.mark.parametrize(("text", "site"), [
    ("Quay Business Review | Interviews", "Quay Business Review"),
    ("The Portlen Tide | Opinion", "The Portlen Tide"),
    ("Home | News", None),  # two section words: a menu's pair, no site's name
    ("Harbour fees | what changes in May", None),  # a headline's second half names no section
    ("Harbour fees rise again | Analysis", None),  # a headline and its section: not a name
    ("Seats | Share", None),
    ("QPA | Quay Press Agency", "Quay Press Agency"),  # the name beside its initials, either way round
    ("Quay Press Agency | QPA", "Quay Press Agency"),
    ("QPA | Quay Ferry Authority", None),  # initials that spell another name
    ("TV | Quay Press Agency", None),
])
def test_lines_site_and_section(text: str, site: str | None) -> None:
    assert site_and_section(text) == site


@pytest.mark.parametrize(("text", "promotion"), [
    ('The full interview can be heard in our podcast "Harbour Hour".', True),
    ("More on this story on our website.", True),
    ("We post the new timetables on our website every Friday.", False),  # what a speaker does
    ("Dorr: The ferry app and our website will show the new times.", False),
    # A call after a question to the reader (red before: only a call opening the line was read).
    ("Enjoyed this interview? Get the Review's weekly politics newsletter.", True),
    ("Enjoyed the summer? Get ready for the autumn fares.", False),  # no word of the site's output
    # Only after a short question to the reader: a speaker's second sentence, or a paragraph's own question, is content.
    ("Absolutely. Read the stories of the families who lost their homes and you will understand.", False),
    ("Why does it matter? Follow the money: the latest figures show a deficit of 4 per cent.", False),
    ("Want more? Follow our live coverage of the vote.", True),
    ("Honestly? Read the stories of the families who lost their homes.", False),
    # A channel, website or radio show that is not "our" is a speaker's answer (red at ce55596).
    ("Honestly? Watch the news on any channel and you will see the queues.", False),
    ("Seriously? Read the latest updates on the ministry website and tell me it works.", False),
    ("Enjoyed this story? Get the latest news in our app.", True),
])
def test_lines_own_channel(text: str, promotion: bool) -> None:
    assert (promotion_reason(shape(text)) is not None) == promotion


@pytest.mark.parametrize(("line", "labels"), [
    ("NEWS  SPORT  BUSINESS  OPINION", ["NEWS", "SPORT", "BUSINESS", "OPINION"]),
    ("Menu\tSearch\tDonate", ["Menu", "Search", "Donate"]),
    ("Harbour Strike  Ends After  Three Weeks", None),  # a headline copied with double spaces
    ("Harrowgate  Doubles  Spending", None),
    ("Party  Seats  2025", None),  # a table's header with a year
    ("The minister said.  Then she left.  Nobody asked", None),  # sentences
    ("Home  World", None),  # two labels
])
def test_lines_spaced_menu(line: str, labels: list[str] | None) -> None:
    from stancemap.clean.print_page import spaced_menu

    assert spaced_menu(line) == labels



@pytest.mark.parametrize(("text", "expected"), [
    ("Watch live | Shows | News | Derby 2027 | Help", True),  # a season's label ends in its year
    ("Home | 2027 | Help", False),  # a bare number is no label
    ("Fares rise 12 percent | Shows | Help", False),  # a number inside a label
])
def test_lines_menu_label_with_its_year(text: str, expected: bool) -> None:
    assert (menu_reason(shape(text)) is not None) is expected

