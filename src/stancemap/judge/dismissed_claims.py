"""A claim dismissed, and a thing kept out of (issue 9, session 36).

- "dismissed suggestions that X", "rejected claims that X", "denied reports that X": the verb takes no side of its
  own toward the question; it turns X's. Before, the verb's own "-dismissed" was read as a side against the question
  whatever X said ("dismissed suggestions that the deal would keep the town out of the strike" is for the strike).
  Without a side in X the dismissal says nothing of the question.
- "keep X out of <the question's thing>", "stay out of it": not in it, a side against the thing (turned when
  negated).

polarity.py calls both. Pinned by tests/judge/test_dismissed_claims.py.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spaCy Token or parsed.ParsedToken

# Verbs that dismiss what someone else says (WordNet's "deny"/"reject" senses, plain English).
DISMISSING = frozenset({"dismiss", "reject", "deny", "rebuff", "refute", "rubbish", "discount", "scotch", "quash",
                        "brush"})
# Nouns of what someone else says or supposes: the claim a that-clause spells out.
CLAIMS = frozenset({"suggestion", "claim", "report", "talk", "speculation", "idea", "notion", "rumour", "rumor",
                    "allegation", "accusation", "prediction", "assertion", "charge", "fear", "warning", "story",
                    "theory", "view"})
# Verbs of keeping or staying somewhere: "keep X out of it", "stay out of it", "remain out of it".
KEEPING = frozenset({"keep", "stay", "remain", "hold", "leave"})


def dismissed_claim(tok: Token) -> Token | None:
    """The head of the that-clause a dismissing verb's claim spells out ("dismissed suggestions that X": X's verb), or
    None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DISMISSING:
        return None
    for noun in tok.children:
        if noun.dep_ not in {"dobj", "nsubjpass"} or noun.lemma_.lower() not in CLAIMS:
            continue
        for clause in noun.children:
            if clause.dep_ in {"acl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


def kept_out(tok: Token, topic: frozenset[str]) -> bool:
    """"out" of "keep the hospitals out of the strike", "stay out of the pact": a verb of keeping with "out of" a word
    of the question."""
    if tok.lower_ != "out" or tok.head.lemma_.lower() not in KEEPING:
        return False
    places = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if not places:
        return False
    # the place or the one kept out of it is the question's: "keep Orvel out of the strike", "keep our clinics out of
    # the row" (the clinics named by the question)
    kept = places + [c for c in tok.head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    return any(k.lower_ in topic or k.lemma_.lower() in topic for k in kept)
