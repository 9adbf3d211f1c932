"""What an interview's answer lists when it is asked what the speaker needs (issue 9, session 12).

"Q: What does your bloc need to sign up? A: Three things. Rural grants protected for five
years. The transport ministry. And the ferries keep running.": each item of the answer is a condition
of the speaker's side, said as a fragment or a clause of its own, with no conditional word. The
question is the sentence before the answer; it asks for what is needed when it is a question of
"what" (or "which") asking for the object of a verb of need or for nouns of need ("need", "want", "take" in "what would it take",
"conditions", "price"). Pinned by tests/judge/test_conditions_answers.py."""

from __future__ import annotations

from typing import Any

from .conditions import Condition, normalize, span_text

# Verbs and nouns a question asks for requirements with ("what would it take", "what are your conditions").
NEED_VERBS = frozenset({"need", "want", "require", "take", "demand", "ask"})
NEED_NOUNS = frozenset({"condition", "price", "demand", "requirement", "precondition"})
# Words that may open an item of a list without being part of it ("And the hospitals stay open").
LIST_OPENERS = frozenset({"and", "but", "also", "plus"})


def asks_for_needs(question: Any) -> bool:
    """The sentence is a question of "what"/"which" about what someone needs."""
    words = [t for t in question if not t.is_space]
    if not words or words[-1].text != "?" or not any(t.lower_ in {"what", "which"} for t in words):
        return False
    # "what" is what is needed ("What does it need?", "What would it take?") or the needs are what is
    # asked ("What are your conditions?", "Which conditions ...?"); not a need named in passing ("If the
    # regulator lets it pass with soft conditions, what then?", q_approval).
    return any((t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in NEED_VERBS and _asked(t))
               or (t.pos_ == "NOUN" and t.lemma_.lower() in NEED_NOUNS and (_asked(t) or _asked(t.head)))
               for t in words)


def _asked(word: Any) -> bool:
    return any(c.lower_ in {"what", "which"} for c in word.children)


def answer_conditions(sents: list[Any], first: int, end: int) -> list[Condition]:
    """The items of the answer starting at sentence `first` (ending at character `end`) when the sentence
    before it asks what the speaker needs: every sentence but one whose subject is a pronoun ("everyone
    knows them", "I have said so": talk about the list) or one announcing a count ("Four things")."""
    if first == 0 or not asks_for_needs(sents[first - 1]):
        return []
    found: list[Condition] = []
    index = first
    while index < len(sents) and sents[index].start_char < end:
        sent = sents[index]
        index += 1
        root = sent.root
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.pos_ == "PRON" for c in root.children):
            continue
        words = [t for t in sent if not t.is_space]
        label = next((t.i for t in words[:4] if t.text == ":"), None)  # "RH: Four things": the speaker's label
        words = [t for t in words if not t.is_punct and (label is None or t.i > label)]
        while words and words[0].lower_ in LIST_OPENERS:
            words = words[1:]
        if words and words[0].pos_ == "NUM" and words[0].dep_ == "nummod":
            continue  # "Four things, and everyone knows them": the list announced, not an item
        if len(words) < 2:
            continue
        text, start, stop = span_text(sent.doc, words[0].i, words[-1].i)
        found.append(Condition(text, normalize("requires", words), start, stop))
    return found
