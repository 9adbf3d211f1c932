"""Written articles for the feed, web-archive and URL-list tests (invented places and people)."""

from __future__ import annotations

ARTICLES = [
    ("Port council votes to cap cruise calls",
     ["MARLOW BAY - The port council voted on Tuesday to cap cruise calls at two a day from next spring.",
      "\u201cThe harbour cannot take more,\u201d council leader Anke Brisse said after the vote.",
      "The Cruise Operators Association said the cap would cost the town hundreds of jobs and urged the "
      "council to think again before the final reading in May."]),
    ("Operators warn of lost jobs after cap vote",
     ["Cruise operators warned on Wednesday that the new cap on calls at Marlow Bay would hit local shops.",
      "Association chair Tomas Reyle said his members would challenge the decision in court.",
      "Harbour residents, who campaigned for the cap for three years, welcomed the vote."]),
]


def page(title: str, paragraphs: list[str], outlet: str = "Harbour Gazette", date: str = "2026-03-04") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title} | {outlet}</title>"
            f'<meta property="og:site_name" content="{outlet}"><meta property="article:published_time" content="{date}">'
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>{title}</h1>"
            f"{body}</article><footer>\u00a9 2026 {outlet}</footer></body></html>")
