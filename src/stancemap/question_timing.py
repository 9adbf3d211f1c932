"""Whether an act comes too soon, argued as the proposition (`timing_argued`, session 36): a judgement of its timing
("it is too soon", "far too early", "it is not too soon", "reopening would be premature") said in half the articles or
more, more widely than any act is done to the thing the corpus argues most. The frames hold no act or property for it,
so the corpus's proposition was never a candidate; it is asked of the act the corpus says most of that thing, as
judge/fault.py reads such a question: "Is it too soon to reopen the Pellam viaduct?"."""

from __future__ import annotations

from collections import Counter

from .extract.frames import INTRANSITIVE, PROPERTY
from .extract.frames_states import stative
from .question_act import prominence
from .question_sum import Summed
from .question_words import object_of

# The word asked when only "premature" is said: "too early".
_PREMATURE_AS = "early"


def timing_argued(corpus: Summed, chosen: str) -> tuple[str, str, int] | None:
    """(the question, the act, the articles) for words of timing said with "too" (or "premature") in half the corpus's
    articles or more (three at least), in more articles than any act is done to the `chosen` thing; the act asked is
    the one done to that thing (or done by it) in the most articles, no verb of keeping (WordNet's verb.stative), then
    the one whose noun the corpus and its headlines name most. None otherwise."""
    if corpus.articles < 3 or not chosen or not corpus.timing_in:
        return None
    said = set().union(*corpus.timing_in.values())
    # (a verb of keeping, "keep the bridge closed", times no change: what comes too soon is an act that changes things)
    acts = Counter({a: n for (a, t), n in corpus.spread.items() if t == chosen and not a.startswith(PROPERTY)
                    and not stative(a.removeprefix(INTRANSITIVE).partition(" ")[0])})
    if 2 * len(said) < corpus.articles or len(said) < 3 or not acts or len(said) <= max(acts.values()):
        return None
    act = max(acts, key=lambda a: (acts[a], prominence(corpus, a), a))
    words = Counter({w: len(where) for w, where in corpus.timing_in.items() if w != "premature"})
    word = max(words, key=lambda w: (words[w], w)) if words else _PREMATURE_AS
    if act.startswith(INTRANSITIVE):  # done by the thing itself ("the bridge will reopen"): "too soon for it to"
        return f"Is it too {word} for {object_of(corpus, chosen)} to {act.removeprefix(INTRANSITIVE)}?", act, len(said)
    return f"Is it too {word} to {act} {object_of(corpus, chosen)}?", act, len(said)
