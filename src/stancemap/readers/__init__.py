"""Readers behind `ingest.py`: byte decoding, and the inputs that hold many articles or none on
disk (RSS/Atom feeds, WARC web archives, lists of URLs to fetch). Each returns `Source`s and one
`Notice` per problem, and never raises for a bad input."""


def size_text(n: int) -> str:
    """A size as a person reads it: MB down to 0.1 MB, then KB, so that two sizes compared in a
    notice never both read "0.0 MB" (test_ingest_too_large_names_both_sizes)."""
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.1f} KB" if n >= 1000 else f"{n} bytes"
