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
# Verbs that report a quotation next to them but take no reported clause ('"Why now?" she asked',
# 'She continued, "..."', '"...," the letter reads'): cues of direct speech only (direct.direct_candidates;
# pinned by test_statements_quotation_only_cues).
QUOTE_VERBS = words("""
ask continue read sing chant yell scream exclaim cry whisper mutter interject interrupt conclude wonder muse
demand
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
# Role words too general to pick one holder by ("the official", "the leader"): speakers.py, pronouns.py.
GENERIC_ROLES = frozenset({"official", "politician", "diplomat", "leader", "member", "head"})


def norm_role(text: str) -> set[str]:
    """The role words of a phrase ("the deputy prime minister": deputy, prime, minister)."""
    return {w for w in text.lower().replace("-", " ").split() if w in PERSON_ROLES}


def title_roles(titles: list[str]) -> set[str]:
    """The role words of all of a person's titles ("deputy prime minister", "MP": deputy, prime, minister, mp)."""
    return set().union(*(norm_role(t) for t in titles))


# The dashes that sign a quotation in a round-up (`"..." ― Name`); "-" last, for a regex's class.
DASHES = "―—–-"
# Subordinators of a clause of time ("when C blasted him", "since B, at the debate, cited ...").
TIME_SUBORDINATORS = frozenset({"when", "after", "before", "while", "since", "until"})
# States of a mind, said of a person and never of a thing ("lawsuits seeking", "a policy aiming" are
# said of things): a participle of these on a thing belongs to the clause's subject.
KNOWING = words("know think believe feel fear worry hope doubt suspect realize realise recognize recognise "
                "understand assume wonder")
# Verbs of being: a complement after them is said of their subject ("the plan is reckless", "she felt
# humbled", "the talks seem doomed"). The readers of a complement take their copulas from these, each
# saying what it leaves out or adds (extract/nominal.py, extract/predicates.py, judge/aim.py, judge/proposition.py).
BEING = words("be feel seem remain look sound appear become get stay")

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Pronouns that never open a name (clauses.py and speakers.py test a capitalised word against them).
PERSONAL_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | {"we", "i"}

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

# --- The proposition's vocabulary (judge/proposition.py) -------------------------------------------
# General English, written here: words that name the same act as a common predicate of contested
# questions, beyond what WordNet's derivations give (WordNet knows "approve" -> "approval" but not
# that a bill "passes" when it is "adopted"). A question's predicate picks its family; a predicate
# not listed has its WordNet derivations only. Pinned by tests/judge/test_proposition.py.
EVENT_FAMILIES: dict[str, frozenset[str]] = {
    "join": MEMBERSHIP - {"alliance", "bloc"},
    "pass": words("pass passage passed passes adopt adoption enact enactment approve approval law"),
    "approve": words("approve approval approved clear clearance cleared authorise authorize authorisation "
                     "authorization go-ahead green-light sanction"),
    "ban": words("ban banned banning bans prohibit prohibition bar barred restrict restriction cap limit"),
    "phase out": words("phase-out phaseout phasing exit close closure closures shutdown shut end"),
    "sign": words("sign signing signature signed conclude conclusion deal accord treaty"),
    "win": words("win wins winning victory re-election reelection re-elect re-elected reelect elect"),
    "merge": words("merge merger merged tie-up combination combine"),
    "take over": words("takeover take-over acquisition acquire buy purchase bid deal"),
    "go ahead": words("go-ahead completion"),
    "appoint": words("appoint appointment appointed nomination nominate confirm confirmation"),
    "ratify": words("ratify ratification ratified"),
}
# Predicates that take something away ("ban cruise ships", "phase out coal", "scrap the levy"): praise
# of their object opposes the proposition, blame of it supports it (judge/evaluative.py). General English.
PRIVATIVE = words("""ban bar prohibit outlaw forbid restrict limit cap cut close shut end abolish scrap repeal
remove exclude withdraw drop cancel halt stop suspend block veto reject kill ditch axe curb annul overturn
invalidate quash nullify revoke rescind prevent lower reduce slash trim lift reverse undo unwind dissolve
topple oust unseat""") | frozenset(
    {"phase out", "shut down", "close down", "wind down", "roll back", "tear up", "strike down", "keep out",
     "bring down"})
# Bodies a country joins: what a membership question is about besides its named target.
THING_FAMILIES: dict[str, frozenset[str]] = {
    "join": words("alliance bloc union organization organisation"),
}
# The proposition's opposite that no general word of refusal names: joining a bloc's alternative is
# neutrality; a phase-out's is extending; a ban's is allowing; winning's is losing.
ALTERNATIVES: dict[str, frozenset[str]] = {
    "join": words("neutral neutrality non-aligned nonaligned"),
    "phase out": words("extend extension keep prolong"),
    "ban": words("allow permit lift"),
    "win": words("lose defeat concede oust unseat"),
}
# Nouns that name a proposal in any corpus ("the plan", "the deal"): a passage using one in an
# article about the question speaks of it.
GENERIC_THINGS = words("plan proposal deal bill law measure scheme policy agreement treaty timetable deadline "
                       "date decision move")
# Nouns of taking sides or talking, not of the act argued about ("the vote on the bill", "calls for a
# ban"): never the proposition's act (question.py, extract/frames.py). General English, written here.
STANCE_NOUNS = words("support opposition objection criticism vote debate protest campaign decision talk talks "
                     "announcement statement comment appeal call demand warning threat")

# --- Stance words (judge/polarity.py): general English, written here -----------------------------
# Words of accepting or wanting something: a statement's verbs and adjectives, not its topic nouns.
POSITIVE = words("""
support supports supported supporting back backs backed welcome welcomed endorse endorsed favour favor
become eventually agree agreed irreversible closer finalize finalized finalise finalised smooth apply
applied open ready readiness deserve deserves bring strengthen speedy ensure help confident hope
gain achieve secure obtain belong belongs belonged champion defend approve accept
""")
# Words of refusing, resisting or undoing something, and of judging it harmful.
NEGATIVE = words("""
reject rejected rejects oppose opposed opposes opposition refuse refused refusal refuses exclude excludes
excluded exclusion abandon abandons abandoned renounce renunciation renounced block blocked veto vetoed
against skepticism scepticism skeptical sceptical doubt doubts doubtful threat threaten threatens
provocation provocative impractical impossible premature unacceptable reckless danger dangerous warn warned
warning reluctant reluctance dismiss dismissed unrealistic hostile
instability destabilize destabilise intimidate intimidation ultimatum aggression aggressive confrontation
escalation escalate dead-end deny denied denies freeze slow delay postpone stall hinder obstruct
debts dependence burden trap betrayal humiliation disaster
scrap scrapped repeal repealed axe axed ditch ditched kill killed overturn overturned undo revoke rescind
torpedo sink derail unworkable unaffordable wrong mistake flawed stop prevent halt annul reverse reversed
topple toppled oust ousted unseat unseated
""")
# Verbs of refusing: what they govern is refused ("refusal to integrate" negates "integrate").
REFUSING = words("""
slow delay postpone stall hinder obstruct refuse refusal reject rejection exclude exclusion abandon block
prevent oppose opposition renounce renunciation veto stop halt freeze skepticism scepticism doubt doubts
reluctance objection objections deny denial drop withdraw lift scrap repeal axe ditch kill overturn revoke
""")
# Two-word expressions of refusal ("a red line", "a dead end").
NEGATIVE_PHRASES_TEXT = (r"red lines?|dead ends?|non-starter|step too far|stand in (?:the|its|their) way"
                         # General English idioms of insult, harm and fragility (no sentiment lexicon
                         # scores them as phrases; VADER reads "slap" as mildly positive).
                         r"|slap in the face|kick in the teeth|stab in the back|death (?:knell|sentence)"
                         r"|own goal|recipe for disaster|hanging by a thread|smoke and mirrors|blank (?:cheque|check)"
                         r"|step backwards?|out of the question|no-go")
# Phrasal verbs of undoing or delaying (verb, particle): "tear up the deal", "push the date back".
UNDOING_PHRASES = frozenset({("tear", "up"), ("rip", "up"), ("water", "down"), ("strike", "down"), ("throw", "out"),
                             ("push", "back"), ("put", "off"), ("hold", "off"), ("roll", "back"), ("scale", "back"),
                             ("walk", "away"), ("back", "down"), ("give", "up"), ("run", "away"), ("pull", "out"),
                             ("vote", "down"), ("shoot", "down"), ("kick", "out"), ("bring", "down")})
# Verbs that say an act comes about ("the deal does not happen", "the bill will go through"): with the
# proposition's thing as subject they assert or deny the proposition itself.
OCCURRING = words("happen proceed succeed survive pass go come")
# Verbs of letting something be or go on ("cleared the merger", "uphold the law", "let construction
# continue"): under a privative predicate, aimed at its object, they oppose it (judge/privative.py).
PERMITTING = words("""allow permit clear approve authorise authorize uphold keep retain maintain preserve save
sanction let continue resume extend spare greenlight hold leave""")
# Verbs of predicting: with the proposition's event as their object they foresee it ("expects approval by the
# autumn", "predicted a cut in March"): support, as the issue's gold reads a prediction.
PREDICTING = words("expect expects expected predict predicts predicted forecast forecasts anticipate foresee")
# Verbs that say an act or an arrangement fails ("the truce will collapse", "the talks broke down"):
# with the proposition's thing as subject they deny it. General English; tests/judge/test_privative.py.
FAILING = words("collapse fail falter crumble unravel founder disintegrate")
# A speaker's own coming to power as a condition ("if it won power", "if we are in office", "if the people
# give us the mandate", "if I'm elected") makes a threat, not a condition of support.
OWN_POWER_TEXT = (r"\b(?:wins?|won|winning|takes?|took|comes? to|came to|hands on|gives? us|give (?:it|them|her|him))\b"
                  r".*\b(?:power|office|election|majority|keys|control)\b"
                  r"|\b(?:in office|in power|(?:'m|am|is|are|gets?) elected)\b"
                  r"|\bform(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:next\s+|new\s+)?government\b")
# Conditions the speaker expects never to be met (English idioms of impossibility, adynata: "not until hell
# freezes over", "when pigs fly", "till the cows come home"): such a condition refuses (judge/conditions_timed.never_met).
NEVER_MET_TEXT = (r"\b(?:hell\s+freez\w*(?:\s+over)?|pigs?\s+(?:\w+\s+)?fly|flying\s+pigs|cows?\s+come\s+home"
                  r"|kingdom\s+come|the\s+sun\s+(?:\w+\s+)?(?:rises?|rose|risen)\s+in\s+the\s+west)\b")
# Words that weigh both sides: a statement that balances or reports a split is neutral.
HEDGES = words("balance balancing split divided undecided torn")
# Consequences a speaker predicts of the proposition ("membership would drag the alliance into a war").
HARMS = words("war wars conflict escalation instability confrontation danger threat provocation crisis "
              "conclusions retaliation drag destabilize destabilise")
OUTCOMES = words("war occupation invasion annexation attack attacks")
# "Membership remained the country's strategic goal": what the proposition is called says the stance.
AIMS = words("goal aim priority objective future destiny choice ambition")
LIMITS = words("limit limited limits restrict restricted restricts deny denied denies curb curbed")
# Words that refer back to something named before ("the idea was rejected").
ANAPHORA = frozenset({"idea", "plan", "proposal", "move", "bid", "offer", "this", "it", "that", "step", "prospect",
                      "request"})

# --- Attribution predicates beyond saying (extract/predicates.py) ---------------------------------
# Verbs of thinking, feeling and intending: what they report is a belief ("she believes ...",
# "critics consider ...", "wants to ...", "worried about ...").
BELIEF_VERBS = words("""
think believe feel fear worry hope expect doubt suspect know realize realise recognize recognise understand
assume presume suppose imagine guess reckon consider regard view deem wonder decide learn discover
want wish plan intend aim mean seek prefer desire crave like love hate despise dislike resent enjoy admire
trust distrust dread regret care favor favour envision foresee anticipate
""")
# Verbs whose complement is wanted or planned, not done (a date under them in the present lies ahead:
# extract/timeline.py); of those, WANTING_DONE may take an object and a participle the tagger reads as a
# past ("want it settled"), while under the others a past is a past ("we hope they received it in March").
WANTING = words("want need hope plan intend aim expect wish like prefer")
WANTING_DONE = words("want need like prefer")
# Verbs whose object is what the subject judges, backs or opposes: a stated position
# ("endorsed the candidate", "will vote against the bill", "flatly rejected the proposal").
EVALUATION_VERBS = POSITION_VERBS | words("""
attack blast slam criticize criticise condemn denounce decry deplore praise applaud hail commend laud
congratulate thank blame fault credit accuse charge mock ridicule deride lambaste chastise scold rebuke
berate castigate excoriate assail challenge question dispute deny downplay embrace champion tout promote
vote approve ratify sign oppose back support endorse welcome reject dismiss defend compare liken link tie
equate characterize characterise portray paint depict dub cite invoke highlight echo pledge promise vow
threaten refuse decline encourage implore exhort press ask urge demand appeal petition
""")
# Verbs with which a poll, a study or a document reports ("the poll shows ...", "a study found ...").
EVIDENCE_VERBS = words("""
show find indicate suggest reveal conclude estimate project predict document demonstrate illustrate
confirm prove report state say note argue claim allege warn recommend list detail describe
""")
# Heads of noun phrases that are documents or findings: they report by the evidence verbs.
DOCUMENT_NOUNS = words("""
poll polls survey surveys study studies report reports analysis analyses research data record records
document documents memo memos letter letters filing filings complaint complaints lawsuit suit ruling
decision ad ads advertisement clip clips video videos footage tweet tweets post posts statement statements
book books article articles story stories editorial editorials column op-ed figures numbers results
evidence review audit investigation estimate estimates forecast projection model chart slide map photo
photos image images transcript transcripts email emails message messages website site page release
bill law order plan proposal platform agreement deal treaty petition resolution verdict opinion brief
indictment testimony speech interview remarks comments headline average averages tally tallies aggregate
""")
# Adjectives of a judging or feeling subject that take what they judge ("is confident that ...",
# "were outraged at ...", "is critical of ...", "is ready to ...").
BELIEF_ADJECTIVES = words("""
confident convinced sure certain unsure uncertain afraid fearful worried concerned anxious nervous hopeful
optimistic pessimistic skeptical sceptical doubtful wary suspicious aware conscious glad happy pleased
delighted thrilled proud angry furious outraged upset unhappy disappointed frustrated annoyed dismayed
alarmed shocked appalled troubled disturbed critical supportive opposed eager keen ready willing reluctant
unwilling determined intent bent committed adamant insistent hesitant loath passionate enthusiastic
bullish bearish serious ambivalent comfortable uncomfortable satisfied dissatisfied grateful thankful
sorry ashamed embarrassed
""")
# Subjects that stand for people though they name no one ("63 percent said", "some note that",
# "many of whom say", "not everyone agrees").
PEOPLE_QUANTIFIERS = words("""
percent majority minority most many some others few all both each half third quarter nobody everyone
everybody someone somebody anyone anybody none one
""")

# Verbs too general to name a proposition's act on their own ("have the numbers", "make a case");
# with a particle they may ("take over", "give up"). ("meet" is not: "meet the 2030 target".)
GENERIC_VERBS = words("""
be have do say get make take go come give see know want need seem let keep put tell think find use include
show become leave call ask try mean hold lead start begin continue turn look feel run set spend pay
""")
# Words that take a side of themselves ("back", "oppose", "refuse"), built once for the judges that test them.
SIDE_WORDS = POSITIVE | NEGATIVE | REFUSING
# Verbs whose object is what a speaker takes a side on ("support the bill", "scrap the fare freeze").
SIDE_VERBS = POSITION_VERBS | SIDE_WORDS
