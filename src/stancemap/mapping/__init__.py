"""The map step and the records it leaves: run.py runs it (here, in worker processes of local.py
or on a Dask cluster of cluster.py), cache.py keeps its records and results.py the reduce's
whole analyses.

This file imports nothing, so that a command that only reads a store (`status`, `export`, `serve`)
can use results.py without loading the parser: run.py imports spaCy through the article's map.
"""
