"""The proposed question on small invented corpora of shapes the developed-on batches lack: an act the
articles name as a noun against a procedural one, an act named only as a noun with its object, a
name's capitals, an outlet's own leader, "go ahead" (issue 9, session 8). Every name here is invented."""

from __future__ import annotations

import pytest

from stancemap.model import Source
from stancemap.pipeline import analyze_sources


def _propose(texts: list[str]) -> str | None:
    analysis = analyze_sources([Source(f"n{i}.txt", "text", text=t) for i, t in enumerate(texts)])
    q = analysis.question
    assert q is None or (q.proposed and q.reason), q
    return q.text if q is not None else None


def _frames(text: str) -> dict[str, object]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text))


def test_question_proposed_the_act_the_articles_name_beats_a_procedural_one() -> None:
    # The court hearing the appeal is written with modals as often as the extradition, but the articles
    # keep naming the extradition (of Olsund): it is what the sides argue over, the hearing a step on the way.
    text = _propose([
        "Court to hear Olsund appeal as extradition fight drags on\n\nThe High Court will hear Marek Olsund's "
        "appeal on Thursday, the last step before Velloria decides whether to extradite him to Terrany. His "
        "lawyer said extradition would be a death sentence. The minister said the government would extradite "
        "Olsund if the court rejected his appeal.",
        "Olsund extradition a test of our word, says minister\n\nThe justice minister said Velloria must extradite "
        "Marek Olsund. An opposition MP said the extradition should be halted. The court is expected to hear the "
        "appeal next week.",
        "Rights groups urge Velloria to refuse Olsund extradition\n\nRights groups urged the government not to "
        "extradite Marek Olsund. Terrany's ambassador welcomed the commitment to the extradition.",
        "Olsund appeal hearing set for Thursday\n\nJudges will hear the appeal of Marek Olsund on Thursday. If it "
        "fails, the government is expected to extradite him within weeks. The minister said the extradition "
        "would go ahead.",
    ])
    assert text is not None and "extradite" in text and "Olsund" in text and "appeal" not in text, text


def test_frames_an_act_named_as_a_noun_with_its_object() -> None:
    # "the ban on private cars", "the closure of the plant", "the extradition of Olsund": the act and what
    # it is done to; a noun saying what kind of act ("a confidence vote") and a body doing it are not.
    acts = _frames("Traders fear the ban on private cars. Workers marched against the closure of the plant. "
                   "The extradition of Marek Olsund is near. The confidence vote is on Thursday. "
                   "The decision of the council surprised nobody.")["acts"]
    assert {"ban\tcar", "close\tplant", "extradite\tolsund"} <= set(acts), acts
    assert not any(k.startswith("vote") or k.endswith("\tcouncil") for k in acts), acts


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="known gap (session 32): named_act's compound branch reads any noun that is its "
                   "own verb as an act on the noun before it; restricted to decrees it lost q_lift and clean1 "
                   "(docs/evaluation.md, issue 9 session 32, round 2)")
def test_frames_a_noun_before_a_noun_that_is_also_a_verb_is_no_object() -> None:
    # "the ferry service", "the harbour project", "canal jobs": a noun that is also a verb ("service", "project",
    # "job") but names no decree says what kind of thing it is, not an act done to the noun before it (the map
    # asks "Will the ferry be serviced?"); before a decree the noun is still its object ("the car ban").
    acts = _frames("The ferry service loses money every winter. Critics mock the harbour project. "
                   "The canal jobs were promised in May. Traders fear the car ban.")["acts"]
    assert "ban\tcar" in acts, acts
    assert not any(k.split("\t")[0] in {"service", "project", "job"} for k in acts), acts


def test_frames_a_noun_before_a_contest_is_no_object() -> None:
    # session 45: a noun that is its own verb is an act done to the noun before it only when WordNet derives it from an
    # object-taking sense of that verb (frames_nouns.names_transitive_act): "the lorry ban", "the rent freeze"; not "the
    # night game" (no verb derives the contest: "Will the night be gamed?") nor "the pay rise" (prices rise)
    acts = _frames("Tickets for the night game sold out. Hauliers fear the lorry ban. Tenants want a rent freeze. "
                   "Nurses want a pay rise.")["acts"]
    assert "ban\tlorry" in acts and "freeze\trent" in acts, acts
    assert not any(k.split("\t")[0] in {"game", "rise"} for k in acts), acts


def test_question_proposed_an_act_named_only_as_a_noun() -> None:
    # Nobody writes "ban cars"; every article names "the ban" on them, and cars are "locked out" under it:
    # the question asks about the ban, not the locking.
    text = _propose([
        "Lindau car ban: traders fear empty streets\n\nShopkeepers fear a ban on private cars in the old town. "
        "The mayor said cars would be locked out of the old town for good. Traders said the ban would kill trade.",
        "Council set to vote on old-town car ban\n\nThe council votes in May on the ban on private cars. Under the "
        "plan, residents' cars would be locked in garages. The opposition would scrap the ban if it won power.",
        "Car ban splits Lindau\n\nA poll found most residents back the ban on private cars. Taxi drivers will "
        "fight this ban in court. Private cars will be locked in depots.",
    ])
    assert text is not None and "banned" in text and "car" in text and "lock" not in text, text


def test_question_proposed_a_name_keeps_its_capitals() -> None:
    # A place acted on is asked about by its name as written ("Ardessa"), never as "the ardessa".
    from stancemap.question import propose_question

    frame = {"acts": {"recognise\tardessa": 3}, "names": {"ardessa": 3}, "cased": {"ardessa\tArdessa": 3},
             "subjects": {"recognise\tardessa\tVelden|GPE": 2}, "headline": ["ardessa"]}
    found = propose_question([frame, frame, frame])
    assert found is not None and found.text == "Will Velden recognise Ardessa?", found


def test_question_proposed_subject_never_an_outlet() -> None:
    # An outlet's leader ("The Northern Review says Velden must recognise ...") is a side taken, not who
    # decides: the subject is the one acting that is no outlet of the corpus.
    from stancemap.question import propose_question

    frame = {"acts": {"recognise\tardessa": 3}, "names": {"ardessa": 3}, "cased": {"ardessa\tArdessa": 3},
             "subjects": {"recognise\tardessa\tthe Northern Review|ORG": 3, "recognise\tardessa\tVelden|GPE": 1}}
    found = propose_question([frame, frame, frame], outlets=["The Northern Review", "Brask Wire"])
    assert found is not None and "Velden" in found.text and "Review" not in found.text, found


def test_frames_go_ahead_is_an_act_of_happening() -> None:
    # "ahead" is tagged an adverb: "the festival will go ahead" is the festival's own contested act.
    acts = _frames("Organisers said the festival would go ahead in July. The ceasefire will hold.")["acts"]
    assert "=go ahead\tfestival" in acts, acts


def test_question_proposed_meet_a_target_is_an_act() -> None:
    # "meet the target" is the act argued about ("meet" is no general verb left out), asked in the
    # affirmative rather than through "miss".
    text = _propose([
        "Can Harnland hit its climate target?\n\nHarnland can still meet its 2035 climate target, the energy "
        "minister said. Critics say the country will miss the target by a wide margin.",
        "Minister: we will meet the target\n\nThe minister said Harnland would meet the 2035 target if two coal "
        "plants close on time. The opposition said the government would miss the target.",
        "Climate target within reach, report says\n\nA report said Harnland could meet its climate target. "
        "Industry groups warned the country would miss the target without new grid lines.",
    ])
    assert text is not None and "meet" in text and "target" in text, text


def test_question_proposed_an_act_noun_counts_for_who_does_it_of_themselves() -> None:
    # "demand an apology", "accept the apology": the apology argued about is the premier's own act
    # ("Orsk will not apologise"), asked about her, not "Will the apology be accepted?".
    text = _propose([
        "Orsk refuses to apologise over flood failures\n\nPrime Minister Dana Orsk said she would not apologise "
        "for the flood response. Victims' families demanded an apology. The opposition said it would accept an "
        "apology only if it came with compensation.",
        "Families demand apology from Orsk\n\nThe families of flood victims said Dana Orsk must apologise. Orsk "
        "said she would apologise if the inquiry found fault. Campaigners said they would accept the apology.",
        "Will Orsk say sorry?\n\nAides said Dana Orsk could apologise next week. Critics said any apology would "
        "come too late, and that the families should not accept the apology.",
    ])
    assert text is not None and "Orsk" in text and "apologise" in text, text


def test_frames_a_role_sought_is_an_act() -> None:
    # "run for president": a light verb with the role sought (WordNet's noun.person) is the person's act;
    # "run for cover" is none.
    acts = _frames("Governor Mara Kessin will not say whether she will run for president. "
                   "Residents may run for cover.")["acts"]
    assert "=run for president\tkessin" in acts and not any("cover" in k for k in acts), acts


def test_frames_a_gerund_names_its_act_but_not_a_step_of_reading() -> None:
    # "the sacking of the manager" is the act (demanded: contested); "the second reading of the bill" is a
    # step on the way (a verb of knowing, saying or perceiving).
    acts = _frames("Fans demanded the sacking of Tomas Reyvik. The second reading of the bill is on Monday.")["acts"]
    assert acts.get("sack\treyvik") == 2 and not any(k.startswith("read") for k in acts), acts


def test_question_proposed_a_sacking_demanded_beats_a_successor_sought() -> None:
    # Who could replace the manager is written with as many modals as his sacking; the sacking, demanded
    # and feared, is the act argued about.
    text = _propose([
        "Fans call for Reyvik sacking after cup exit\n\nSupporters demanded the sacking of manager Tomas Reyvik. "
        "A former striker said the club should replace Reyvik with his assistant.",
        "Who could replace Reyvik?\n\nOrme United have a shortlist to replace Tomas Reyvik. A pundit said the "
        "sacking of Reyvik would be a mistake.",
        "Chairman backs Reyvik, for now\n\nThe chairman said there were no plans for the sacking of Tomas Reyvik, "
        "but the club could replace him in the summer. The supporters' trust said Reyvik must be sacked.",
        "Reyvik: I will not walk away\n\nTomas Reyvik said his sacking would be unfair. Several board members are "
        "said to favour the sacking of Reyvik.",
    ])
    assert text is not None and "Reyvik" in text and "sack" in text and "replace" not in text, text


def test_frames_a_time_owning_the_thing_is_left_out() -> None:
    # "next year's climate summit": the time says when, not whose; the question names "the climate summit"
    # (an invented corpus of session 9: 'Will Brenmoor host the next year's climate summit?').
    phrases = _frames("The mayor said Brenmoor would host next year's climate summit.")["phrases"]
    assert any(k.endswith("\tclimate summit") for k in phrases), phrases
    assert not any("year" in k for k in phrases), phrases


def test_question_proposed_an_act_noun_wordnet_derives_from_no_verb() -> None:
    # "the sale" (WordNet: "a particular instance of selling", derived from no verb) is the act "sell" done
    # to the rail operator, not a thing of its own to be "managed" (issue 9, session 12: an invented corpus).
    text = _propose([
        "Government puts Kestrel Rail up for sale\n\nThe government said on Monday that it plans to sell Kestrel "
        "Rail, the state rail operator. The finance minister said selling Kestrel Rail was right for "
        "taxpayers. The union said it would fight the sale. An investment bank will manage the sale.",
        "Rail sale: passengers fear higher fares\n\nPassenger groups said selling Kestrel Rail would raise fares. "
        "\"We cannot support the sale unless rural lines are protected,\" said Greta Ferriby. The opposition "
        "would block the sale in parliament.",
        "Investors circle Kestrel Rail\n\nThree groups are preparing bids after the government confirmed it would "
        "sell Kestrel Rail. The transport minister said he would support the sale only if the tracks stayed "
        "public.",
    ])
    assert text is not None and "Kestrel Rail" in text and ("sell" in text or "sold" in text), text


def test_frames_a_consent_given_to_a_thing() -> None:
    # A light verb and a noun of consent are the act of approving what the consent is for: given or refused, the
    # giver its subject; won or sought, nobody named consents. A consent of someone, a side taken ("backing"),
    # one for a person or body, and the end of a hyphened word are none (issue 9, session 21: a class the sealed
    # batches lose on, "give the go-ahead", "grant permission").
    frames = _frames("The planning board is expected to give the go-ahead to the Carrow mine. "
                     "The council refused consent for the stadium. "
                     "The developer hopes to win planning permission for the tower. "
                     "The board will grant the club permission to build a new arena. "
                     "Permission to extend the runway was refused.")
    acts, subjects = frames["acts"], frames["subjects"]
    assert {"approve\tmine", "approve\tstadium", "approve\ttower", "approve\tarena", "approve\trunway"} <= set(acts), acts
    assert "approve\tmine\tthe board|BODY" in subjects and "approve\tstadium\tthe council|BODY" in subjects, subjects
    assert not any(k.startswith("approve\ttower\t") for k in subjects), subjects
    none = _frames("The decision will need the consent of every member state. Ministers gave their backing to the "
                   "reform. The council gave the developer permission. The firm needs approval for its tie-up with Orvel.")
    assert not any(k.startswith("approve\t") for k in none["acts"]), none["acts"]


def test_question_proposed_a_consent_given_to_a_thing() -> None:
    # The wind farm is only ever given, refused or sought a consent; the road is argued about with verbs in three
    # articles of four. Before session 21 the consent named no act and the road was asked about
    # ('Will the county reroute the access road?').
    text = _propose([
        "Inspectors near decision on Brackley Moor wind farm\n\nThe planning inspectorate is expected to give the "
        "go-ahead to the Brackley Moor wind farm next month, officials said. The developer, Tallis Energy, said it "
        "would build the turbines in two years.",
        "Wind farm backers urge quick decision\n\nTallis Energy urged the inspectorate to grant planning permission "
        "for the wind farm before the summer. Its chief executive, Rob Kerrin, said the company had waited three "
        "years. The inspectorate must not refuse consent for the wind farm, said a local MP.",
        "Moor campaigners vow to fight on\n\nCampaigners said the inspectorate should refuse consent for the wind "
        "farm. \"The road will scar the valley,\" said Anna Pell. Tallis Energy has sought approval for the wind "
        "farm since 2023. Residents would block the road with tractors, she said.",
        "Brackley Moor: what happens next\n\nIf the inspectorate gives the go-ahead to the wind farm, building could "
        "start in the autumn. Critics want the county to reroute the road. The council has said it will not "
        "reroute the road.",
    ])
    assert text is not None and "wind farm" in text and "approve" in text and "road" not in text, text


def test_question_proposed_an_act_said_only_as_a_noun_in_the_headlines() -> None:
    # Every headline but one names "the rescue", two articles take sides on it, nobody writes "rescue Varmont Glass";
    # losing money is said in every article (a side thing acted on more widely). The proposition is the rescue, of what
    # the headlines name most (question._event_argued; q_bailout's shape, session 30): without the rule "Will Varmont
    # Glass lose the more money?".
    text = _propose([
        "Cabinet weighs Varmont Glass rescue\n\nThe cabinet will decide this week on a rescue for Varmont Glass. The "
        "union backs the rescue. Varmont Glass will lose money again this year, its finance chief said. Ministers fear "
        "the firm could lose more money next year.",
        "Varmont Glass rescue: who pays?\n\nThe rescue is a question for the cabinet. The glassmaker would lose money "
        "on every order without new furnaces. Rivals oppose the rescue.",
        "Unions rally behind Varmont Glass rescue\n\nWorkers marched in Dunmere on Saturday. The company lost money "
        "for a third year, and suppliers could lose money if it fails. The rescue is expected within weeks.",
        "Varmont Glass asks for state cash\n\nVarmont Glass asked the state for a loan of 90 million. Banks will lose "
        "money if the firm collapses, an economist said. The town has courted Varmont Glass for decades.",
    ])
    assert text == "Will Varmont Glass be rescued?", text


def test_question_the_noun_of_a_phrasal_act_is_argued_as_its_object() -> None:
    # Before (session 31): "Will the board sign the contracts?". The contracts are how the portering would be contracted
    # out, the act argued in every article: the noun of a verb with its particle counts for what that verb is done to.
    text = _propose([
        "Dunmere Clinic portering contracts vote\n\nThe Dunmere Clinic board will contract out its portering next month, "
        "managers said. Unions oppose the plan. The board will sign the contracts on Friday.",
        "Porters fear the contracts\n\nPorters urged the board not to contract out the portering. The contracts would "
        "run for seven years. Unions urged members to reject the contracts.",
        "Portering contracts row grows at Dunmere\n\nManagers want to contract out the portering to save money. Critics "
        "said the board should not sign the contracts.",
    ])
    assert text == "Will the board contract out the portering?", text
