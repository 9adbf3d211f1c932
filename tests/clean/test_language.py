"""Function-word language signals, the calibration of the thresholds in clean/language.py."""

from __future__ import annotations

import pytest

from stancemap.clean.language import article_language, foreign_by_function_words
from stancemap.clean.lines import WORD

ENGLISH_PROSE = ("The parliament of Harrowgate on Tuesday approved a budget that doubles spending on coastal "
                 "defence, and the finance minister said the money would pay for new boats.")
GERMAN_PROSE = ("Das Parlament von Harrowgate hat am Dienstag einen Haushalt beschlossen, der die Ausgaben für "
                "die Küstenverteidigung verdoppelt, und die Ministerin sagte, das Geld sei für neue Boote.")
SPANISH_PROSE = ("El parlamento de Harrowgate aprobó el martes un presupuesto que duplica el gasto en la defensa "
                 "de la costa, y la ministra dijo que el dinero es para nuevos barcos y para los puertos.")


@pytest.mark.parametrize(("text", "expected"), [
    (ENGLISH_PROSE, "en"),
    (GERMAN_PROSE, "de"),
    (SPANISH_PROSE, "es"),
])
def test_language_article_language_from_function_words(text: str, expected: str) -> None:
    assert article_language(WORD.findall(text)) == expected


@pytest.mark.parametrize(("text", "article", "expected"), [
    ("Mehr zum Thema: Ein Vertrag für die Küste", "en", "de"),
    ("Lea también: la costa norte ante su presupuesto", "en", "es"),
    ("Read also: the northern coast and its budget", "es", "en"),  # the other way round
    ("Harrowgate Doubles Spending on Coastal Defence", "en", None),
    ("Juan de la Vega y Pedro del Campo", "en", None),
    ("Der Spiegel and Die Zeit Report on Portlen", "en", None),
])
def test_language_foreign_by_function_words(text: str, article: str, expected: str | None) -> None:
    assert foreign_by_function_words(tuple(WORD.findall(text)), article) == expected


def test_language_japanese_one_script() -> None:
    from stancemap.clean.language import script_of

    assert script_of("トレンドマイクロは3月9日") == script_of("東京オリンピックの開催") == "CJK"
