"""General English vocabularies the extraction rules share: reporting verbs, stance verbs,
role nouns and the words of unnamed sources. None of it names a person, outlet or place."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())

# Verbs that report speech or thought and take a clause ("X said that ...", "..., X added").
SPEECH_VERBS = words("""
say tell add claim explain stress announce clarify emphasize emphasise note warn insist argue believe
state confirm deny suggest acknowledge admit report write declare urge propose recall reiterate assert
maintain predict promise vow think agree caution complain contend estimate hint indicate inform mention
observe point remark reply respond reveal signal specify underline underscore comment tweet post
concede charge accuse allege affirm pledge recommend assure stress say predict expect hope doubt fear
repeat fume blast slam rage snap boast scoff quip sneer rail hiss retort bark gush brag plead joke shout
""")
# Verbs whose object states a position ("X rejected the plan", "X is pushing for ...").
POSITION_VERBS = words("""
reject oppose support back endorse welcome favor favour demand insist push urge seek refuse dismiss
condemn criticize criticise praise defend resist block veto advocate want call express reaffirm
declare voice signal rule describe label brand term
""")
# Nouns after "expressed/voiced/declared ..." that make the object a stated position.
POSITION_NOUNS = words("""
skepticism scepticism disagreement agreement support opposition readiness willingness concern concerns
hope hopes doubt doubts reservations confidence optimism pessimism objection objections opposition
commitment determination interest desire frustration alarm regret satisfaction approval disapproval
call calls demand demands appeal plea warning offer request proposal threat ultimatum
""")
# Passive attribution: "was confirmed by X", "was rejected by X".
PASSIVE_CUES = SPEECH_VERBS | POSITION_VERBS | frozenset(["criticize", "question", "dispute"])

# Heads of noun phrases that report without naming a source: speaker null, mention kept.
UNNAMED_SOURCES = words("""
source sources report reports media outlet outlets newspaper paper publication agency insider insiders
people person official officials diplomat diplomats observer observers analyst analysts expert experts
reporter reporters journalist journalists account accounts document documents statement
author authors researcher researchers pollster pollsters survey surveys poll polls study studies
draft drafts declaration communique communiqué text letter memo resolution
""")

# Role nouns that describe a person ("the minister", "the Ukrainian official").
PERSON_ROLES = words("""
minister president premier chancellor secretary secretary-general general spokesman spokeswoman
spokesperson official diplomat politician leader ambassador envoy commander chief head director
chairman chairwoman chair senator lawmaker legislator deputy mp representative adviser advisor
negotiator mayor governor king queen prince emperor analyst expert strategist lawyer judge officer
ceo founder activist economist professor researcher editor journalist correspondent candidate
speaker member delegate commissioner secretary-general premier monarch cleric bishop pope
""")

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

# Words of an NP that make it a collective speaker ("NATO diplomats", "European leaders").
GROUP_HEADS = words("""
members allies leaders governments countries states nations officials diplomats ministers lawmakers
parties partners critics supporters opponents capitals representatives delegates
""")

# Words of joining a body: what makes a statement about membership.
MEMBERSHIP = words("""
join joining joined membership member members accession accede admission admit admitted admitting enlargement
expansion expand integrate integration entry enter invitation invite invited aspiration aspirations bid
application apply path roadmap door open-door accept alliance bloc
""")
