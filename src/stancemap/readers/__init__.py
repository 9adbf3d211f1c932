"""Readers behind `ingest.py`: byte decoding, and the inputs that hold many articles or none on
disk (RSS/Atom feeds, WARC web archives, lists of URLs to fetch). Each returns `Source`s and one
`Notice` per problem, and never raises for a bad input."""
