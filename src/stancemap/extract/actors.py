"""One canonical actor per real-world speaker across mentions and documents.

Builds actors from each name's kind (voted over all its mentions, the gazetteers and shape rules:
kinds.py), merges surnames with full names and near-identical spellings, and acronyms with the names
they abbreviate (when two names are one: same_name.py), and looks names up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ..model import Actor, ActorKind
from .kinds import KindVote, NameStats, name_stats
from .mentions import Mention
from .names import ORG_HEADS, gender
from .places import country_name, demonym_country, demonym_stem, gazetteer_by_stem
from .same_name import (
    acronym,
    ends_with,
    fuller_name,
    name_prefix,
    near_buckets,
    same_given_name,
    same_surname,
    surname_bucket,
    titled_surname,
)


class _Tables(NamedTuple):
    """The affiliations' tables (`ActorIndex._table_state`), named: read by field, built in this order."""

    actors: int  # the number of actors read into them
    bodies: dict[str, str]  # organisations by the last word of their name
    name_stems: dict[str, list[str]]  # the one-word places' names by `demonym_stem`, in order
    found: dict[str, str]  # the affiliations answered from these tables
    changed: int  # `ActorIndex._changed` when built
    names: list[str]  # the one-word places' names
    aliases: list[str]  # their aliases
    alias_stems: dict[str, list[str]]  # the aliases by `demonym_stem`, in order
# The kinds of actor the affiliations' tables read (`_tables`): a change to an actor of another kind leaves them as they are.
TABLED_KINDS = frozenset({"organization", "other", "country"})


class ActorIndex(KindVote):
    """Builds actors from mentions; `resolve(text)` finds the actor a later mention names."""

    def __init__(self, outlets: Iterable[str] = (), id_prefix: str = "a") -> None:
        self.outlets = {o.lower() for o in outlets if o}
        self.id_prefix = id_prefix  # "a" for the corpus's actors, "l" for one article's local ones
        self.actors: list[Actor] = []
        self._ids: dict[str, Actor] = {}
        self.nationalities: set[str] = set()
        self.place_like: set[str] = set()  # names used after "in", "from", "to" somewhere in the corpus
        self.headline_names: set[str] = set()  # persons one article's headline names in full (extract_article)
        self._by_key: dict[str, Actor] = {}
        # How each actor came to be ("mention", "person", "organization", "group"): the reduce
        # replays the non-mention ones into the corpus's index.
        self.origins: dict[str, str] = {}
        # Indexes that keep building and lookup linear in the number of actors.
        self._person_keys: dict[tuple[str, int], list[str]] = defaultdict(list)  # (initial, length) -> person keys
        # The same buckets' current surnames, kept beside the keys so rapidfuzz can screen a bucket in C.
        self._person_surnames: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._person_slot: dict[str, tuple[tuple[str, int], int]] = {}
        self._names: dict[str, Actor] = {}  # lower-cased name or alias -> actor
        self._by_surname: dict[str, list[Actor]] = defaultdict(list)
        self._org_probes: dict[tuple[str, str], Actor] = {}
        # (see _Tables and _table_state)
        self._affiliation_tables: _Tables | None = None
        self._changed = 0  # names, aliases or kinds of actors the tables hold changed (`_index_name`)
        self._surname_initials: tuple[dict[str, str], dict[tuple[str, int], list[str]], dict[str, int]] | None = None
        self._nationality_index: tuple[int, dict[str, list[str]]] | None = None
        self._outlet_prefixes: set[str] | None = None
        self.mention_actor: dict[str, str] = {}  # mention text -> actor id, as `build` decided
        self.became_person: set[str] = set()  # ids made persons after the vote (mark_person)

    # --- building -------------------------------------------------------------------------
    def build(self, mentions: list[Mention]) -> None:
        """Actors for one article's (or any list of) mentions; each mention learns its actor id."""
        self.build_from_stats(name_stats(mentions))
        for m in mentions:
            m.actor = self.mention_actor.get(m.text)

    def build_from_stats(self, stats: dict[str, NameStats]) -> None:
        """Actors from what every mention of each name says (kind votes, roles, affiliation): the
        corpus's actors are built from the articles' summed statistics, never from all mentions."""
        kinds = self._vote_kinds(stats)
        persons_full = [t for t in stats if kinds[t] == "person" and len(t.split()) >= 2]
        for text in sorted(persons_full, key=lambda t: -len(t.split())):
            self._person(text, None)
        # (a body's head word alone, "the Board", after every fuller name it may stand for: _body_by_head_word)
        for text, stat in sorted(stats.items(), key=lambda item: item[0].lower() in ORG_HEADS):
            kind = kinds[text]
            if kind is None:
                continue
            # (a surname's courtesy title or gendered role says whose it is: "Mr. Varga" is not Irena Varga's;
            # tests/extract/test_speakers_session27.py::test_a_titled_surname_joins_its_gender)
            sex = gender(text, [stat.affiliation or "", *stat.roles]) if len(text.split()) == 1 else None
            actor = self._person(text, None, sex) if kind == "person" else self._named(text, kind)
            self.mention_actor[text] = actor.id
            for role in stat.roles:
                self.add_role(actor, role)
            if stat.affiliation and not actor.affiliation:
                actor.affiliation = stat.affiliation
        # Affiliations last: "Osterlandian" can only become "Osterland" once the countries exist.
        for actor in self.actors:
            if actor.affiliation:
                actor.affiliation = self.affiliation(actor.affiliation)

    def _body_by_head_word(self, name: str) -> Actor | None:
        """"The Board has published its findings", "The Authority says": a body named by its head word alone is the one
        body named whose name ends in that word ("the Rivers and Ports Board"), when exactly one does
        (test_speakers_session24[a_body_by_its_head_word]). Such names are built last (build_from_stats)."""
        word = name.lower()
        if word not in ORG_HEADS:
            return None
        fuller = [a for a in self.actors if a.kind == "organization" and " " in a.name
                  and a.name.rsplit(" ", 1)[-1].lower() == word]
        return fuller[0] if len(fuller) == 1 else None

    def _person(self, text: str, mention: Mention | None, sex: str | None = None) -> Actor:
        key = self._person_key(text, sex)
        if key in self._by_key:
            actor = self._by_key[key]
        else:
            actor = self._new(text, "person")
            self._by_key[key] = actor
            bucket = surname_bucket(text.split()[-1])
            self._person_slot[key] = (bucket, len(self._person_keys[bucket]))
            self._person_keys[bucket].append(key)
            self._person_surnames[bucket].append(text.split()[-1].lower())
        if text != actor.name and text not in actor.aliases:
            longer = len(text.split()) > len(actor.name.split())
            if (longer and fuller_name(text, actor.name)) or (not longer and not fuller_name(actor.name, text)):
                actor.aliases.append(actor.name)
                actor.name = text
                bucket, slot = self._person_slot[key]
                self._person_surnames[bucket][slot] = text.split()[-1].lower()
            else:
                actor.aliases.append(text)
            self._index_name(actor, text)
        return actor

    def _person_key(self, text: str, sex: str | None = None) -> str:
        """The key of the person a name is (a surname: the first person named in full with it, of the gender `sex` when
        that is known: tests/extract/test_speakers_session27.py::test_a_titled_surname_joins_its_gender)."""
        tokens = text.split()
        surname = tokens[-1].lower()
        # same_surname needs the same first letter and lengths at most two apart: only persons
        # in those buckets are compared.
        for key in self._near_person_keys(surname):
            actor = self._by_key[key]
            if sex is not None and gender(actor.name, actor.roles) not in {None, sex}:
                continue
            other = actor.name.split()
            other_surname = other[-1].lower()
            surname_matches = same_surname(other_surname, surname)
            # "Crooked Imelda Marwick" in a quotation is Imelda Marwick: one name ends with the other's.
            first_ok = len(tokens) == 1 or len(other) == 1 or same_given_name(tokens[0], other[0]) \
                or ends_with(tokens, other) or ends_with(other, tokens) or titled_surname(tokens, other)
            if surname_matches and first_ok:
                return key
        return f"person:{text.lower()}"

    def _near_person_keys(self, surname: str) -> Iterator[str]:
        """In bucket order, the persons whose surname is at most two edits from this one (a superset
        of same_surname's matches): a corpus with thousands of persons compares each in C, not Python."""
        for bucket in near_buckets(surname):
            surnames = self._person_surnames.get(bucket)
            if not surnames:
                continue
            close = sorted(i for _, _, i in process.extract(surname, surnames, scorer=OSA.distance, score_cutoff=2,
                                                            limit=None))
            keys = self._person_keys[bucket]
            yield from (keys[i] for i in close)

    def _named(self, text: str, kind: ActorKind) -> Actor:
        name = text.removeprefix("the ").strip().replace("’", "'")  # one spelling of "Workers' Union"
        canonical = (country_name(name) if kind == "country" else None) or name
        for key in (f"{kind}:{canonical.lower()}", f"{kind}:acr:{acronym(canonical)}"):
            if key in self._by_key:
                actor = self._by_key[key]
                if name != actor.name and name not in actor.aliases:
                    actor.aliases.append(name)
                    self._index_name(actor, name)
                    if actor.name.isupper() and not name.isupper() and len(name) > 4:
                        actor.aliases.remove(name)
                        actor.aliases.append(actor.name)
                        actor.name = name  # "MOSCOW" from a dateline reads better as "Moscow"
                        self._changed += actor.kind in TABLED_KINDS  # (the tables read names)
                return actor
        if kind == "organization" and (body := self._body_by_head_word(name)) is not None:
            self.add_alias(body, name)
            self._by_key[f"{kind}:{canonical.lower()}"] = body
            return body
        if kind in {"organization", "media"}:
            # "NATO" and "North Atlantic Treaty Organization"; "X Centre" and "X Centre for Y".
            for probe in (("name", name), ("acronym", acronym(name)), ("prefix", " ".join(name.split()[:2]))):
                actor = self._org_probes.get((kind, f"{probe[0]}:{probe[1]}"))  # type: ignore[assignment]
                if actor is not None and (acronym(name) == actor.name or acronym(actor.name) == name
                                          or name_prefix(name, actor.name)):
                    if name not in actor.aliases and name != actor.name:
                        actor.aliases.append(name)
                        self._index_name(actor, name)
                    return actor
        actor = self._new(name, kind)
        if canonical != name:
            actor.aliases.append(canonical)
            self._index_name(actor, canonical)
        self._by_key[f"{kind}:{canonical.lower()}"] = actor
        if kind in {"organization", "media"}:
            # Index the new body under what a later name may match: its acronym (for the long form
            # that comes later), its own name (an acronym that came first), its first two words.
            self._org_probes.setdefault((kind, f"acronym:{name}"), actor)
            self._org_probes.setdefault((kind, f"name:{acronym(name)}"), actor)
            self._org_probes.setdefault((kind, f"prefix:{' '.join(name.split()[:2])}"), actor)
        return actor

    def _new(self, name: str, kind: ActorKind, origin: str = "mention") -> Actor:
        actor = Actor(id=f"{self.id_prefix}{len(self.actors) + 1}", name=name, kind=kind)
        self.actors.append(actor)
        self._ids[actor.id] = actor
        self.origins[actor.id] = origin
        self._index_name(actor, name)
        return actor

    def _index_name(self, actor: Actor, name: str) -> None:
        """Keep `lookup` a dictionary read: names and aliases (not descriptions such as "the
        minister", which name someone only in their own article), and persons' surnames. Every change
        of an actor's name, aliases or kind passes here: one the affiliations' tables hold is counted."""
        tables = self._affiliation_tables
        # (they read the aliases of one-word names only: another's new alias is no change to them; counted, it made
        # pass 2 read every actor again 159 times at 1,500 bench articles; docs/performance.md, session 23;
        # tests/extract/test_actors_tables.py. A new name or kind is counted where it is set.)
        if tables is not None and actor.kind in TABLED_KINDS and " " not in actor.name \
                and not self._added_since(actor, tables.actors):
            self._changed += 1
        if name.split()[0].lower() not in {"the", "this", "that", "a", "an"}:
            self._names.setdefault(name.lower(), actor)
        if actor.kind == "person" and actor not in self._by_surname[name.split()[-1].lower()]:
            self._by_surname[name.split()[-1].lower()].append(actor)

    def mark_person(self, actor: Actor) -> None:
        """An actor found to be a person after the vote (a one-word name that speaks)."""
        if actor.kind in TABLED_KINDS:
            self._changed += 1  # the tables held it: it leaves them
        actor.kind = "person"
        self.became_person.add(actor.id)
        for name in (actor.name, *actor.aliases):
            self._index_name(actor, name)

    def add_alias(self, actor: Actor, alias: str) -> None:
        if alias != actor.name and alias not in actor.aliases:
            actor.aliases.append(alias)
            self._index_name(actor, alias)

    def add_role(self, actor: Actor, role: str) -> None:
        if role and role.lower() not in {r.lower() for r in actor.roles}:
            actor.roles.append(role)

    def affiliation(self, text: str) -> str:
        """"Russian" -> "Russia" (a country the corpus or the gazetteer names), "Compact" -> "Northern
        Compact" (the organisation whose name it ends); other names stay as written."""
        tables = self._table_state()
        found = tables.found
        # Answered once per text while the tables stand: each is compared with every place name, and
        # the actors share few (868 affiliations, 357 distinct, at 1,500 bench articles: 0.22 -> 0.08
        # CPU s, docs/performance.md); tests/extract/test_actors.py pins the answers.
        if text not in found:
            # Only the places that share the text's stem can be its country (`places.demonym_stem`): the
            # names', then the aliases', in the tables' order, as `demonym_country` would pick among them
            # all (issue 11, session 40; tests/extract/test_actors_tables.py pins the same answers).
            stem = demonym_stem(text)
            found[text] = self._affiliation(text, tables.bodies, [*tables.name_stems.get(stem, ()),
                                                                  *tables.alias_stems.get(stem, ())])
        return found[text]

    @staticmethod
    def _affiliation(text: str, bodies: dict[str, str], places: list[str]) -> str:
        if text in bodies:
            return bodies[text]
        if text[:1].isupper() and not country_name(text):
            corpus_countries = [p for p in places if p != text]
            found = (demonym_country(text, corpus_countries)
                     or demonym_country(text, gazetteer_by_stem().get(demonym_stem(text), [])))
            if found and found.lower() != text.lower() and text.lower().endswith(("n", "ian", "ish", "ese", "i")):
                return found
        country = country_name(text)
        return country if country and len(text) <= 3 else text

    def _tables(self) -> tuple[dict[str, str], list[str], dict[str, str]]:
        """Bodies by the last word of their name, and one-word place names with their aliases (names first);
        and the affiliations answered from them (`_table_state`'s, the places as one list)."""
        tables = self._table_state()
        return tables.bodies, tables.names + tables.aliases, tables.found

    def _table_state(self) -> _Tables:
        """Bodies by the last word of their name, and one-word place names and their aliases, each also grouped by
        `demonym_stem` (the only places `demonym_country` may match a text of that stem with), in order;
        built again whenever the number of actors changed, so that affiliating every actor stays linear;
        and the affiliations answered from them (emptied when they are built again). When no actor they
        hold has changed since (`_changed`), only the actors added since are read into them, in order:
        the same tables as reading every actor, without reading thousands again each time pass 2 adds one
        (1.48 million actors read at 1,500 bench articles; docs/performance.md, session 19;
        tests/extract/test_actors_tables.py). The places are no longer joined into one list at every
        building: `affiliation` reads its stem's groups (issue 11, session 40)."""
        tables = self._affiliation_tables
        if tables is None or tables.actors != len(self.actors):
            if tables is not None and tables.changed == self._changed:
                start, bodies, names, aliases, name_stems, alias_stems = (
                    tables.actors, tables.bodies, tables.names, tables.aliases, tables.name_stems, tables.alias_stems)
            else:
                start, bodies, names, aliases, name_stems, alias_stems = 0, {}, [], [], {}, {}
            for a in self.actors[start:]:
                if a.kind in {"organization", "other"} and len(a.name.split()) > 1:
                    bodies.setdefault(a.name.split()[-1], a.name)
                if a.kind in TABLED_KINDS and " " not in a.name:
                    names.append(a.name)
                    name_stems.setdefault(demonym_stem(a.name), []).append(a.name)
                    aliases.extend(a.aliases)
                    for alias in a.aliases:
                        alias_stems.setdefault(demonym_stem(alias), []).append(alias)
            tables = self._affiliation_tables = _Tables(len(self.actors), bodies, name_stems, {}, self._changed, names,
                                                        aliases, alias_stems)
        return tables

    def _added_since(self, actor: Actor, held: int) -> bool:
        """True when the actor is this index's and was added after the first `held` actors."""
        number = actor.id[len(self.id_prefix):]
        return (actor.id.startswith(self.id_prefix) and number.isdigit() and int(number) > held
                and self._ids.get(actor.id) is actor)

    # --- lookup ---------------------------------------------------------------------------
    def by_id(self, actor_id: str | None) -> Actor | None:
        return self._ids.get(actor_id or "")

    def lookup(self, text: str) -> Actor | None:
        """The actor a bare name refers to: its name or an alias, else a person with that surname."""
        key = text.removeprefix("the ").strip().lower()
        key = key.removesuffix("'s").removesuffix("’s")
        found = self._names.get(key)
        if found is not None:
            return found
        surname = key.split()[-1] if key.split() else key
        persons = [a for a in self._by_surname.get(surname, []) if a.kind == "person"
                   and a.name.lower().split()[-1] == surname]
        return persons[0] if len(persons) == 1 else None

    def person(self, name: str, role: str | None = None) -> Actor:
        """A titled person the tagger did not see as an entity."""
        known = len(self.actors)
        actor = self._person(name, None)
        if len(self.actors) > known:
            self.origins[actor.id] = "person"
        if role and role not in actor.roles:
            actor.roles.append(role)
        return actor

    def organization(self, name: str) -> Actor:
        """A named body the tagger did not see as an entity ("the General Staff" of some country)."""
        known = len(self.actors)
        actor = self._named(name, "organization")
        if len(self.actors) > known:
            self.origins[actor.id] = "organization"
        return actor

    def described_body(self, name: str, kind: ActorKind = "organization") -> Actor:
        """A body one article describes and names nowhere ("the statistics office"), or people it names by their own
        words ("Shopkeepers said", kind "group"): within the article one actor of that description, whose origin tells
        the reduce to keep it to the article (`article_body`)."""
        known = len(self.actors)
        actor = self._named(name, kind)
        if len(self.actors) > known:
            self.origins[actor.id] = "described"
        return actor

    def article_body(self, name: str, article: str, kind: ActorKind = "organization", document: str | None = None) -> Actor:
        """The corpus's actor for a body one article described and named nowhere, or people it names by their own
        words: its own, never merged with another article's of the same words (two countries' "finance ministry",
        two articles' "critics") nor found by its words when a name is looked up, marked with its document's id
        (`Actor.described_in`; test_speakers_session17::test_a_described_body_stays_in_its_article,
        test_speakers_described_sources::test_described_people_stay_in_their_article)."""
        key = f"described:{article}:{kind}:{name.lower()}"
        if key not in self._by_key:
            actor = Actor(id=f"{self.id_prefix}{len(self.actors) + 1}", name=name, kind=kind, described_in=document)
            self.actors.append(actor)
            self._ids[actor.id] = actor
            self.origins[actor.id] = "described"
            self._by_key[key] = actor
        return self._by_key[key]

    def group(self, name: str, affiliation: str | None) -> Actor:
        """A collective speaker ("NATO diplomats", "leaders of member states")."""
        key = f"group:{name.lower()}"
        if key not in self._by_key:
            actor = self._new(name, "group", origin="group")
            actor.affiliation = affiliation
            self._by_key[key] = actor
        return self._by_key[key]
