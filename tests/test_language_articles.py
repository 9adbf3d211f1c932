"""An article in another language is named in a notice, listed with its cleaned body, and never
parsed by the English model (no statements from it)."""

from __future__ import annotations

from pathlib import Path

from stancemap import analyze
from stancemap.clean.language import body_language

GERMAN = ("Der Minister sagte am Dienstag, dass die Verhandlungen mit der Regierung in der nächsten Woche "
          "fortgesetzt werden sollen, obwohl die Opposition dagegen ist und eine Abstimmung im Parlament verlangt. "
          "„Wir werden nicht nachgeben“, sagte er vor Journalisten in der Hauptstadt.")
JAPANESE = "政府は火曜日、新しい港湾規則について議会で説明した。野党はこの計画に反対しており、来週にも採決が行われる見通しだ。"
ENGLISH = ("The minister said on Tuesday that talks with the government would resume next week, although the "
           "opposition is against it and demands a vote in parliament. \u201cWe will not give in,\u201d he told reporters.")


def test_language_articles_named_and_not_parsed(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "ja.txt").write_text(JAPANESE, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    analysis = analyze([tmp_path])
    messages = sorted(n.message for n in analysis.notices)
    assert messages[0].startswith("article in German (de): not English") and "Japanese (ja)" in messages[1]
    assert len(analysis.documents) == 3
    by_name = {Path(d.source).name: d for d in analysis.documents}
    assert "Verhandlungen" in by_name["de.txt"].body
    ids = {d.id for d in analysis.documents if Path(d.source).name == "en.txt"}
    assert {s.document for s in analysis.statements} <= ids


def test_language_english_with_a_foreign_quote_is_english() -> None:
    assert body_language(ENGLISH + " " + "« Nous ne céderons pas », a-t-il ajouté en français.") is None
