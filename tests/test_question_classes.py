"""A class said of a thing with "be" and a noun ("the couriers are employees") is recorded by the frames
(extract/frames_classes.py) and, argued in half the articles of a thing the headlines name, proposed as the question
(question_classes.py; docs/evaluation.md, issue 9 session 33). Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from stancemap.question_classes import family

from .test_question_named_acts import _frames, _propose


def test_frames_a_class_said_with_be_is_recorded_as_written() -> None:
    # The class's lemma, the thing's key, the thing as said, its number, the class as written ("no" asked as "a"), and the
    # most contested weight it is said with (a negation of the verb: 2; "no" on the noun is none). A pronoun subject says
    # nothing of a named thing.
    classes = _frames("The couriers are not employees. The depot is no money pit. They are partners.")["classes"]
    assert classes == {"employee\tcourier\tthe couriers\tare\temployees": 2,
                       "pit\tdepot\tthe depot\tis\ta money pit": 1}, classes


def test_frames_a_class_is_written_with_its_possessor_and_a_plural_without_no() -> None:
    # a possessor keeps its "'s", and "no" before a plural is asked without an article (red before: "the town worst
    # mistake", "an employees")
    classes = _frames("The new pier is the town's worst mistake. The riders are no employees of anyone.")["classes"]
    assert {key.split("\t")[-1] for key in classes} == {"the town's worst mistake", "employees"}, classes


def test_family_holds_the_words_of_one_root() -> None:
    assert "employment" in family("employee") and "employ" in family("employee")
    assert "employment" not in family("partner")


# Four articles on whether a delivery app's couriers are its employees: each says what the couriers are in its own
# noun, the headlines name the couriers; the app's appeal is acted on in two articles only.
_COURIERS = [
    "Zippa couriers take the app to court\n\nA group of Zippa couriers told a tribunal on Monday that the couriers are "
    "employees. Zippa will appeal any ruling against it.",
    "Couriers and their status\n\nThe company says the couriers are partners who choose their hours. Lawyers for Zippa "
    "will appeal.",
    "Why Zippa couriers want security\n\nFor one union organiser the couriers are employees like any other.",
    "Weather warning for the coast\n\nHeavy rain is expected on Friday along the coast.",
]


def test_question_a_class_argued_of_a_thing_is_asked() -> None:
    # Said in three articles of four, of the couriers (three headlines of four); "employees" in two of them, "partners"
    # in one: the class said in the most articles is asked. Before (session 32's code): 'Will Zippa appeal?'.
    text = _propose(_COURIERS)
    assert text == "Are Zippa couriers employees?", text


def test_question_a_class_the_headlines_name_in_its_family_is_asked() -> None:
    # As above with the third article's class "workers" and a fourth headline speaking of the couriers' employment: of
    # the three classes said once each, the one of its family ("employee": "employ", "employment") is asked (without
    # the family: 'Are Zippa couriers partners?', the most contested then the last word).
    texts = [*_COURIERS[:2], _COURIERS[2].replace("are employees", "are workers"),
             "Courier employment case in the balance\n\nThe tribunal will rule in June."]
    text = _propose(texts)
    assert text == "Are Zippa couriers employees?", text


def test_question_a_class_said_of_an_act_is_not_asked() -> None:
    # The charge is judged in a noun in three articles of four ("the simplest way", "a tax", "the tool"): an act named as
    # a noun is asked as the act itself (without the gate: 'Is the charge the simplest way?').
    text = _propose([
        "Council to introduce Brantham charge\n\nThe council will introduce the charge in May. The charge is the simplest "
        "way to cut traffic, the leader said.",
        "Traders fight charge\n\nTraders say the charge is a tax on shoppers. They urged the council not to introduce "
        "the charge.",
        "Charge: what drivers think\n\nFor many drivers the charge is the tool the town needed.",
        "Charge vote set for Tuesday\n\nCouncillors will decide on Tuesday.",
    ])
    assert text is not None and not text.startswith("Is "), text


def test_question_a_class_of_a_thing_no_headline_names_is_not_asked() -> None:
    # As the couriers' corpus, with headlines that do not name the couriers: the class is no proposition of the corpus
    # (without the gate: 'Are Zippa couriers workers?').
    texts = [f"Tribunal week {i}\n\n" + t.split("\n\n", 1)[1] for i, t in enumerate(_COURIERS[:3])] + [_COURIERS[3]]
    text = _propose(texts)
    assert text is not None and not text.startswith("Are "), text


def test_question_a_class_said_less_widely_than_an_act_is_not_asked() -> None:
    # As the couriers' corpus, with the app's appeal argued in all four articles: the act, wider than the class (three),
    # is asked (without the gate: 'Are Zippa couriers employees?').
    texts = [_COURIERS[0], _COURIERS[1].replace("will appeal.", "will appeal the ruling."),
             _COURIERS[2] + " Zippa should not appeal the ruling, the union said.",
             "Zippa to appeal\n\nZippa will appeal the ruling, its lawyers said."]
    text = _propose(texts)
    assert text is not None and not text.startswith("Are "), text



def _frames_titled(text: str, title: str) -> dict[str, object]:
    from stancemap.extract.frames import frames_of
    from stancemap.parse import load_nlp

    return frames_of(load_nlp()(text), title)


_THEY_GAP = ("a class said of 'they' is not read (q_employees' commonest form): resolved to the last plural the headline "
             "names it fired in 3 articles of the 114 corpora and moved no proposal; not kept (docs/evaluation.md, issue 9 "
             "session 33, round 2)")


@pytest.mark.xfail(strict=True, reason=_THEY_GAP)
def test_frames_a_class_said_of_they_is_said_of_the_plural_the_headline_names() -> None:
    # "they" as the plural named last, in its sentence or the one before, when the headline names it: the couriers, not
    # the tribunal (singular) nor the lawyers (no headline word). Weight 3: a complement ("rule that") under a side verb.
    classes = _frames_titled("The couriers asked the tribunal to rule that they are employees. The lawyers spoke for "
                             "an hour. They are partners, the firm replied.", "Couriers go to the tribunal")["classes"]
    assert classes == {"employee\tcourier\tthe couriers\tare\temployees": 3}, classes


@pytest.mark.xfail(strict=True, reason=_THEY_GAP)
def test_question_a_class_said_of_they_is_argued_of_its_antecedent() -> None:
    # The couriers' corpus with two of its three classes said of "they" (the couriers named before): said of the couriers
    # in three articles of four, it would be asked so; read as nothing, it is said in one article, under the gate
    # ('Will Zippa appeal the ruling?').
    texts = [_COURIERS[0].replace("A group of Zippa couriers told", "Zippa couriers told").replace(
                 "that the couriers are employees", "that they are employees"),
             _COURIERS[1].replace("the couriers are partners", "the couriers want flexibility and they are partners"),
             *_COURIERS[2:]]
    text = _propose(texts)
    assert text == "Are Zippa couriers employees?", text
