"""`stancemap serve`: a read-only web app over a store (FastAPI, Jinja templates) and its JSON API."""
