"""The record cache: a rerun parses nothing, one added article parses one, the cap is kept."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap.cli import app
from stancemap.export.json_out import to_dict
from stancemap.mapping.cache import RecordCache
from stancemap.pipeline import RunOptions, run

from ..conftest import EXAMPLE_QUESTION, EXAMPLES

runner = CliRunner()


def _corpus(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:n]:
        shutil.copy(path, folder / path.name)
    return folder


def test_cache_rerun_parses_nothing_and_adding_one_parses_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 3)
    options = RunOptions(cache=True, cache_dir=tmp_path / "cache")
    first = run([corpus], EXAMPLE_QUESTION, options=options)
    assert (first.run["parsed"], first.run["cached"]) == (3, 0)
    again = run([corpus], EXAMPLE_QUESTION, options=options)
    assert (again.run["parsed"], again.run["cached"], again.run["reduce_reused"]) == (0, 3, 1)  # the kept result
    assert json.dumps(to_dict(again)) == json.dumps(to_dict(first))
    cache = RecordCache(tmp_path / "cache")
    cache.results.clear()
    cache.close()
    reduced = run([corpus], EXAMPLE_QUESTION, options=options)
    assert (reduced.run["parsed"], reduced.run["reduce_reused"]) == (0, 0)
    assert json.dumps(to_dict(reduced)) == json.dumps(to_dict(first))  # the same analysis from cached records
    shutil.copy(sorted(EXAMPLES.glob("*.txt"))[3], corpus / "extra.txt")
    grown = run([corpus], EXAMPLE_QUESTION, options=options)
    assert (grown.run["parsed"], grown.run["cached"], grown.run["reduce_reused"]) == (1, 3, 0)


def test_cache_kept_result_reads_back_every_field(tmp_path: Path) -> None:
    # The kept result pickles the model's slotted classes by their fields' values
    # (model._pickled_by_field_names): every field, of every object, comes back.
    analysis = run([_corpus(tmp_path, 3)], EXAMPLE_QUESTION)
    assert analysis.statements and analysis.outlets and analysis.documents[0].removed
    again = pickle.loads(pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == analysis


def test_cache_record_serves_another_question(tmp_path: Path) -> None:
    # Stance is judged in the reduce: the same cached records answer a new question.
    corpus = _corpus(tmp_path, 2)
    options = RunOptions(cache=True, cache_dir=tmp_path / "cache")
    run([corpus], EXAMPLE_QUESTION, options=options)
    other = run([corpus], "Will Karsovia withdraw its forces from Ostrel?", options=options)
    assert other.run["parsed"] == 0 and other.run["reduce_reused"] == 0 and other.question is not None
    assert other.question.text.startswith("Will Karsovia")


def test_cache_no_cache_leaves_the_cache_folder_alone(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 1)
    result = runner.invoke(app, ["analyze", str(corpus), "--no-cache", "--cache-dir", str(tmp_path / "cache"),
                                 "--json", str(tmp_path / "a.json"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "cache").exists()


def test_cache_cli_reports_cached_and_clear_empties_it(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 2)
    args = ["analyze", str(corpus), "--cache-dir", str(tmp_path / "cache"), "--json", str(tmp_path / "a.json")]
    runner.invoke(app, args)
    result = runner.invoke(app, args)
    assert "0 parsed, 2 from the cache" in result.output
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path / "cache")])
    assert info.exit_code == 0 and info.output.startswith("2 record(s)")
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path / "cache")])
    assert cleared.exit_code == 0 and "cleared 2" in cleared.output
    assert "2 parsed, 0 from the cache" in runner.invoke(app, args).output


def test_cache_trim_drops_least_recently_used(tmp_path: Path) -> None:
    two = RecordCache(tmp_path / "two")  # the cap: what two records take in the file (counted in whole pages)
    for i in range(2):
        two.put(f"k{i}", bytes(5_000), bytes(5_000))
    two.flush()
    cache = RecordCache(tmp_path, cap_bytes=two.size()[1])
    two.close()
    for i in range(5):
        cache.put(f"k{i}", bytes(5_000), bytes(5_000))
        cache.flush()
    cache.touch(["k0"])  # used last: kept
    assert cache.trim() >= 3 and cache.size()[1] <= cache.cap_bytes
    assert "k0" in cache.has([f"k{i}" for i in range(5)]) <= {"k0", "k4"}  # the least recently used went
    cache.close()


def test_cache_unwritable_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = runner.invoke(app, ["analyze", str(EXAMPLES / "01_valdoria_applies.txt"), "--cache-dir",
                                 str(blocker / "cache"), "--quiet"])
    assert result.exit_code == 2 and "cannot open the record cache" in result.output
    assert "Traceback" not in result.output


def test_cache_the_same_article_twice_leaves_the_next_one_its_own_record(tmp_path: Path) -> None:
    # The same text under two names is one record (the key is the content's), mapped once. The
    # map once sent the repeat to the parser as well and then skipped its result, so the next
    # article of the window took the repeat's record: c.txt came out as a copy of a.txt.
    first, second = sorted(EXAMPLES.glob("*.txt"))[:2]
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(first, folder / "a.txt")
    shutil.copy(first, folder / "b.txt")
    shutil.copy(second, folder / "c.txt")
    analysis = run([folder])
    bodies = {Path(d.source).name: d.body for d in analysis.documents}
    alone = {Path(d.source).name: d.body for d in run([second]).documents}
    assert bodies["a.txt"] == bodies["b.txt"]
    assert bodies["c.txt"] == alone[second.name] != bodies["a.txt"]
    assert analysis.run["parsed"] == 2 and analysis.run["repeated"] == 1 and analysis.run["cached"] == 0


def test_cache_key_covers_every_module_the_map_imports() -> None:
    # The map reads WordNet and valence through judge/ and tables.py: an edit there (or a new
    # WordNet or VADER version) must not serve records mapped by the old code.
    import stancemap
    from stancemap.code_closure import closure
    from stancemap.versions import MAP_MODULES

    root = Path(stancemap.__file__).resolve().parent
    start = [f for n in MAP_MODULES for f in ((root / n).rglob("*.py") if (root / n).is_dir() else [root / n])]
    files, packages = closure(start)
    names = {f.relative_to(root).as_posix() for f in files}
    assert {"judge/wordnet.py", "judge/evaluative.py", "tables.py", "extract/statements.py"} <= names
    assert {"wn", "vaderSentiment", "spacy"} <= set(packages)


def test_map_reading_ahead_past_cached_articles_keeps_no_text() -> None:
    # To find its next batch the map may read every window of a mostly cached corpus ahead of the
    # records it yields; what it reads past must hold a path and a key, not the article's text.
    from stancemap.mapping.run import _Plan
    from stancemap.model import Source

    class AllCached:
        def has(self, keys: list[str]) -> set[str]:
            return set(keys)

    body = "A long article body. " * 2000
    plan = _Plan((Source(f"a{i}.txt", "text", text=body + str(i)) for i in range(1200)), AllCached())  # type: ignore[arg-type]
    assert list(plan.todo()) == []  # nothing to map: every window read
    assert len(plan._items) == 1200
    assert all(isinstance(item, str) for item, _, _ in plan._items)  # paths, not sources with 40 KB bodies


def test_cache_a_model_subclass_never_pickles_without_its_own_fields() -> None:
    """model._pickled_by_field_names reads the fields of the class it was set on: a subclass with fields
    of its own fails loudly instead of losing them."""
    import dataclasses

    import pytest

    from stancemap.model import Actor

    @dataclasses.dataclass(slots=True)
    class Described(Actor):
        description: str = ""

    with pytest.raises(TypeError, match="inherits Actor"):
        pickle.dumps(Described("a1", "Mara Kovin", "person", description="harbour party leader"))
    assert pickle.loads(pickle.dumps(Actor("a1", "Mara Kovin", "person"))).name == "Mara Kovin"


def _used_bytes(cache: RecordCache) -> int:
    """What the cache's file holds in use (pages not free), which the cap bounds."""
    pages, free, size = (cache.db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "freelist_count",
                                                                                    "page_size"))
    return int((pages - free) * size)


def test_cache_cap_counts_judgements_and_keeps_them_longest(tmp_path: Path) -> None:
    # The cap counted the records alone: judgements (one per record, question and judging code: every upgrade adds a
    # set) and kept results grew the file past it without end, and a judgement went with its record although it
    # serves again as is when the same article is mapped again (its key is the record's).
    cache = RecordCache(tmp_path)
    for i in range(40):
        cache.put(f"k{i}", bytes(4_000), bytes(4_000))
        cache._pending_judgements.append((f"j{i}", f"k{i}", bytes(6_000)))
    cache.flush()
    cache.cap_bytes = _used_bytes(cache) // 2
    assert cache.trim() > 0
    assert _used_bytes(cache) <= cache.cap_bytes
    assert cache.size()[1] == _used_bytes(cache)  # what `cache info` says is what the file holds
    assert cache.db.execute("SELECT COUNT(*) FROM judgements").fetchone()[0] == 40  # records went first
    cache.cap_bytes = 100_000
    cache.trim()
    assert _used_bytes(cache) <= 100_000 and cache.size()[0] == 0
    cache.close()


def test_cache_store_add_keeps_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `stancemap add` never trimmed the cache (only `analyze` did): a store fed for months grew it past its cap.
    monkeypatch.setattr("stancemap.mapping.cache.DEFAULT_CAP_BYTES", 1)
    corpus = _corpus(tmp_path, 3)
    result = runner.invoke(app, ["add", str(corpus), "--store", str(tmp_path / "s.db"), "--cache-dir",
                                 str(tmp_path / "cache"), "-j", "1", "--question", EXAMPLE_QUESTION])
    assert result.exit_code == 0, result.output
    cache = RecordCache(tmp_path / "cache")
    assert cache.size()[0] == 0  # every record dropped to keep under a cap of one byte
    cache.close()


def test_cache_clear_and_info_name_an_older_cache_file(tmp_path: Path) -> None:
    # A cache file an older stancemap wrote (another name: records.sqlite) was left in the folder by `cache clear`
    # and never named by `cache info`.
    (tmp_path / "records.sqlite").write_bytes(bytes(3_000_000))
    RecordCache(tmp_path).close()
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert "records.sqlite" in info.output and "3.0 MB" in info.output
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert cleared.exit_code == 0 and "records.sqlite" in cleared.output
    assert not (tmp_path / "records.sqlite").exists()


def test_cache_clear_removes_no_file_of_another_name(tmp_path: Path) -> None:
    # review of session 26: a folder given with --cache-dir may hold a user's own files; only stancemap's older cache
    # names are removed ("records*.sqlite*" took "records-2024.sqlite" and "records_backup.sqlite" too)
    for name in ("records-2024.sqlite", "records_backup.sqlite", "records-v1.sqlite", "records.sqlite-wal"):
        (tmp_path / name).write_bytes(b"x")
    RecordCache(tmp_path).close()
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert cleared.exit_code == 0, cleared.output
    assert (tmp_path / "records-2024.sqlite").exists() and (tmp_path / "records_backup.sqlite").exists()
    assert not (tmp_path / "records-v1.sqlite").exists() and not (tmp_path / "records.sqlite-wal").exists()
