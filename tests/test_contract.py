"""The JSON contract: real output validates against the project's JSON Schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema


def _schema() -> dict:  # type: ignore[type-arg]
    return json.loads(resources.files("stancemap").joinpath("schema/analysis.schema.json").read_text())


def test_contract_example_output_validates(example_json) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(example_json, _schema())


def test_contract_offsets_point_at_content(example_json) -> None:  # type: ignore[no-untyped-def]
    bodies = {d["id"]: d["body"] for d in example_json["documents"]}
    assert example_json["statements"], "the example corpus must yield statements"
    for s in example_json["statements"]:
        assert bodies[s["document"]][s["start"]:s["end"]] == s["content"]


def test_contract_every_document_in_exactly_one_outlet(example_json) -> None:  # type: ignore[no-untyped-def]
    listed = [d for o in example_json["outlets"] for d in o["documents"]]
    assert sorted(listed) == sorted(d["id"] for d in example_json["documents"])


def test_contract_schema_rejects_a_renamed_field(example_json) -> None:  # type: ignore[no-untyped-def]
    broken = json.loads(json.dumps(example_json))
    broken["statements"][0]["speaker_name"] = broken["statements"][0].pop("speaker")
    try:
        jsonschema.validate(broken, _schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("a statement without 'speaker' must not validate")
