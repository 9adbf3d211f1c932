"""Whether a thing is there, argued as the proposition (`existence_argued`, session 36): one noun said to exist
("there is a shortage of homes") and said not to ("there is no real shortage here") in half the articles or more,
more widely than any act is done to the thing the corpus argues most. The acts hold none of it (the noun is the
complement of "be"), so the corpus's proposition was never a candidate; it is added here, asked as the articles say it:
"Is there a glut of grain in Oskerby?" (the noun, what it is of and where it is, each as written most)."""

from __future__ import annotations

from .extract.frames_nouns import BEINGS, lexfile
from .question_evaluation import widest_act
from .question_sum import Summed


def existence_argued(corpus: Summed, chosen: str) -> tuple[str, str, int] | None:
    """(the question, the noun, the articles) for the noun said to be there in some article and not there in another,
    in half the corpus's articles or more (three at least), in more articles than any act is done to the `chosen` thing
    (the thing argued most): the one said so in the most articles. None otherwise, or for a noun of people ("there are
    people who ..." names who, not a state of things)."""
    if corpus.articles < 3:
        return None
    found = []
    for noun in sorted({n for n, _ in corpus.exists_in}):
        affirmed = corpus.exists_in.get((noun, False), set())
        denied = corpus.exists_in.get((noun, True), set())
        said = affirmed | denied
        if not affirmed or not denied or 2 * len(said) < corpus.articles or len(said) < 3 or lexfile(noun) in BEINGS:
            continue
        if len(said) <= widest_act(corpus, chosen):
            continue
        found.append((len(said), noun))
    if not found:
        return None
    articles, noun = max(found)
    written = {k: n for k, n in corpus.exists_words.items() if k[0] == noun}
    form = max(written, key=lambda k: (written[k], k[1]))[1]
    of = _most(written, 2)
    where = _most(written, 3)
    verb, article = ("Are", "") if form.split()[-1] != noun and form.endswith("s") else ("Is", _article(form))
    return f"{verb} there {article}{form}{f' of {of}' if of else ''}{f' in {where}' if where else ''}?", noun, articles


def _most(written: dict[tuple[str, str, str, str], int], part: int) -> str:
    """The non-empty words at `part` (what it is of, where it is) written in the most articles, then the longest; ""."""
    counts: dict[str, int] = {}
    for key, n in written.items():
        if key[part]:
            counts[key[part]] = counts.get(key[part], 0) + n
    return max(counts, key=lambda w: (counts[w], len(w), w)) if counts else ""


def _article(form: str) -> str:
    return "an " if form[:1] in "aeiou" else "a "

