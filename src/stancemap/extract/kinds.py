"""What a name is (person, organization, country, media, other, or no actor at all), decided by a
vote over every mention of it: the tagger's labels, a title before it, "in X", the pronoun that
takes it up, the gazetteers, the outlets' names and shape rules (a city is never a person; a body's
head word makes an organisation; a surname of a full name seen elsewhere is a person). The map
votes on one article's mentions, the reduce on the corpus's summed `NameStats`; extract/actors.py
builds the actors from the kinds."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..model import ActorKind
from .mentions import Mention
from .names import ORG_HEADS, first_name_gender
from .places import city_name, country_name, demonym_country
from .same_name import same_surname

MEDIA_WORDS = re.compile(r"\b(?:news|times|post|agency|insider|journal|tv|radio|press|daily|herald|tribune|"
                         r"gazette|telegraph|wire|ledger|broadcasting|network|channel|magazine|review)\b", re.I)


def demonym_country_in(name: str, nationalities: set[str]) -> bool:
    """True when some nationality adjective of the corpus names this place ("Ostrelian" -> "Ostrelia")."""
    return any(n != name and demonym_country(n, [name]) for n in nationalities)


@dataclass
class NameStats:
    """What every mention of one name says: the tagger's labels with TITLED (a role before or
    beside it) and LOCATIVE ("in X") counted among them, its roles in order, its first affiliation."""

    votes: Counter[str] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None

    def merge(self, other: NameStats) -> None:
        self.votes.update(other.votes)
        self.roles.extend(r for r in other.roles if r not in self.roles)
        self.affiliation = self.affiliation or other.affiliation


def name_stats(mentions: Iterable[Mention], into: dict[str, NameStats] | None = None) -> dict[str, NameStats]:
    """Mentions summed per name, in the order names first appear (which fixes actor ids)."""
    stats = into if into is not None else {}
    for m in mentions:
        stat = stats.setdefault(m.text, NameStats())
        stat.votes[m.label] += 1
        if m.role:
            stat.votes["TITLED"] += 1
            if m.role not in stat.roles:
                stat.roles.append(m.role)
        if m.locative:
            stat.votes["LOCATIVE"] += 1
        if m.pronoun:
            stat.votes["NEUTER" if m.pronoun == "it" else "GENDERED"] += 1
        if m.affiliation_text and not stat.affiliation:
            stat.affiliation = m.affiliation_text
    return stats


class KindVote:
    """The kind vote of an `ActorIndex` (its state is set in `ActorIndex.__init__`)."""

    outlets: set[str]
    nationalities: set[str]
    place_like: set[str]
    headline_names: set[str]
    _surname_initials: tuple[dict[str, str], dict[tuple[str, int], list[str]], dict[str, int]] | None
    _nationality_index: tuple[int, dict[str, list[str]]] | None
    _outlet_prefixes: set[str] | None

    def _vote_kinds(self, stats: dict[str, NameStats]) -> dict[str, ActorKind | None]:
        self.place_like |= {text for text, stat in stats.items() if stat.votes["LOCATIVE"]}
        self.nationalities |= {text for text, stat in stats.items() if stat.votes["NORP"]}
        full_names = {text for text, stat in stats.items() if stat.votes["PERSON"] and len(text.split()) >= 2}
        full_names |= self.headline_names  # (a surname the body uses of a person the headline names in full)
        # Names of two words or more first: one that the rules make a person ("Britt Drell" tagged
        # ORG) lends its surname to the one-word mentions ("Drell") decided next.
        kinds = {text: self._kind(text, stat.votes, full_names, {}) for text, stat in stats.items()
                 if len(text.split()) >= 2}
        full_names |= {text for text, kind in kinds.items() if kind == "person"}
        surnames = {name.split()[-1].lower(): name for name in full_names}
        kinds.update({text: self._kind(text, stat.votes, full_names, surnames) for text, stat in stats.items()
                      if len(text.split()) < 2})
        # "Drummock Harbour" beside "Drummock Harbour Company": a body's name without its last word.
        bodies = {" ".join(t.split()[:-1]) for t, k in kinds.items() if k == "organization" and len(t.split()) > 1
                  and t.split()[-1].lower() in ORG_HEADS}
        for text in stats:
            # (not a person's surname a body is named after: "Varga" beside "Irena Varga" and "the Varga Foundation" is
            # still Irena Varga; tests/extract/test_speakers_session27.py::test_a_body_named_after_a_person)
            if text in bodies and kinds[text] in {"person", "other"} \
                    and not (kinds[text] == "person" and len(text.split()) == 1 and text.lower() in surnames):
                kinds[text] = "organization"
        return {text: kinds[text] for text in stats}

    def _kind(self, text: str, votes: Counter[str], full_names: set[str],
              surnames: dict[str, str]) -> ActorKind | None:
        tokens = text.split()
        if self._is_outlet(text) or (votes.most_common(1)[0][0] == "ORG" and MEDIA_WORDS.search(text)):
            return "media"
        if votes["BODY"]:
            return "organization"  # "X Water chief executive Y": a name that titles a person (mentions.py)
        if tokens[-1].lower() in ORG_HEADS and len(tokens) > 1:
            return "organization"  # "Unity Bloc", "Orchard Party": a body, whatever the tagger said
        if votes["TITLED"] and len(tokens) >= 2 and votes["TITLED"] >= votes["GPE"] + votes["LOC"] + votes["FAC"] \
                and not any(ch.isdigit() for ch in text):
            # "Foreign Minister Agathe Corwen-Lisle" tagged ORG: a name with a person's title before it
            # is a person (test_actors_titled_name_is_a_person).
            return "person"
        if 2 <= len(tokens) <= 3 and votes["ORG"] and not votes["GPE"] + votes["LOC"] + votes["FAC"] \
                and len(tokens[0]) >= 3 and first_name_gender(tokens[0]) in {"male", "female"} \
                and not any(ch.isdigit() for ch in text):
            # "Britt Drell" tagged ORG: a known given name before a word that heads no body is a
            # person (test_actors_given_name_tagged_org_is_a_person).
            return "person"
        if votes["NORP"] and not (votes["PERSON"] or votes["ORG"]):
            return None  # nationality adjectives give affiliations, they are not actors
        if len(tokens) == 1 and (tokens[0].lower() in surnames or self._fuzzy_surname(tokens[0], surnames)):
            return "person"  # a surname of a full name seen elsewhere, whatever the tagger said
        if country_name(text) or (len(tokens) == 1 and not votes["PERSON"] and self._named_by_nationality(text)):
            return "country"
        if city_name(text) or votes["GPE"] + votes["LOC"] + votes["FAC"] > votes["PERSON"]:
            return "other"
        if votes["NEUTER"] > votes["GENDERED"] and not votes["TITLED"]:
            return "organization"  # "Tarven Line said it was ready", "sold its stake": a body, not a person
        if votes["PERSON"] >= max(votes["ORG"], 1):
            # A one-word "person" nobody titles and no full name explains is more often a place,
            # a brand or an outlet the tagger misread; it becomes a person only if it speaks
            # (extract/__init__.py). Shape rule pinned by test_actors_single_token_*.
            if (len(tokens) == 1 and not votes["TITLED"]) or any(ch.isdigit() for ch in text):
                return "other"
            return "person"
        return "organization"

    def _named_by_nationality(self, name: str) -> bool:
        """Some nationality adjective of the corpus names this place ("Ostrelian" -> "Ostrelia").
        A demonym shares at least its country's first four letters: only those are compared."""
        if self._nationality_index is None or self._nationality_index[0] != len(self.nationalities):
            grouped: dict[str, list[str]] = defaultdict(list)
            for n in self.nationalities:
                grouped[n[:4].lower()].append(n)
            self._nationality_index = (len(self.nationalities), grouped)
        return demonym_country_in(name, set(self._nationality_index[1].get(name[:4].lower(), [])))

    def _fuzzy_surname(self, token: str, surnames: dict[str, str]) -> str | None:
        """The full name of the first surname (in the order of `surnames`) that `token` may spell (same_surname).
        same_surname needs the same first letter and at most two edits, so lengths at most two apart: only the
        surnames under that initial and of those lengths are compared, screened by rapidfuzz in C for two edits.
        Comparing every surname under the initial in Python grew with the square of the corpus's names (0.006 ->
        0.44 CPU s from 150 to 1,500 bench articles: docs/performance.md, issue 11 session 29;
        tests/test_reduce_linear.py::test_fuzzy_surname_the_first_match_of_the_old_loop)."""
        by_initial = self._surname_initials
        if by_initial is None or by_initial[0] is not surnames:
            grouped: dict[tuple[str, int], list[str]] = defaultdict(list)
            for surname in surnames:
                grouped[surname[:1], len(surname)].append(surname)
            by_initial = self._surname_initials = (surnames, grouped, {s: k for k, s in enumerate(surnames)})
        low, initial = token.lower(), token[:1].lower()
        found: list[tuple[int, str]] = []
        for length in range(len(low) - 2, len(low) + 3):
            group = by_initial[1].get((initial, length))
            if group:
                found += [(by_initial[2][s], s) for s, _, _ in
                          process.extract(low, group, scorer=OSA.distance, score_cutoff=2, limit=None)]
        for _, surname in sorted(found):
            if same_surname(surname, token):
                return surnames[surname]
        return None

    def _is_outlet(self, text: str) -> bool:
        """The name is an outlet's, or its first words ("Harbor" for "Harbor Ledger")."""
        if self._outlet_prefixes is None:
            self._outlet_prefixes = {" ".join(o.split()[:k]) for o in self.outlets for k in range(1, len(o.split()))}
        low = text.lower()
        return low in self.outlets or low in self._outlet_prefixes
