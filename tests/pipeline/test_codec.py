"""The caches' codec: records come back equal to what was stored, and data of another shape is refused."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from pipeline.codec import CodecError, from_data, to_data
from tiltak_core.outcomes import FileOutcome
from tiltak_core.records import Match, RegisterEntry


@dataclass(frozen=True)
class _Held:
    outcome: FileOutcome
    pair: tuple[str, int]
    score: float | None = None


def _through_json(value: object) -> object:
    return json.loads(json.dumps(to_data(value)))


def test_a_register_comes_back_equal_through_json(register):
    stored = tuple(register)
    assert from_data(_through_json(stored), tuple[RegisterEntry, ...]) == stored


@pytest.mark.parametrize("data, why", [
    ({"outcome": "parsed", "pair": ["a", 1]}, "a field missing"),
    ({"outcome": "parsed", "pair": ["a", 1], "score": 1.0, "more": 1}, "a field too many"),
    ({"outcome": "nonsense", "pair": ["a", 1], "score": None}, "no such outcome"),
    ({"outcome": "parsed", "pair": ["a", True], "score": None}, "a bool is no int"),
    ({"outcome": "parsed", "pair": ["a"], "score": None}, "a pair of one"),
    ({"outcome": "parsed", "pair": "a1", "score": None}, "a string is no pair"),
    ({"outcome": "parsed", "pair": ["a", 1], "score": "1"}, "a string is no float"),
    (["parsed", ["a", 1], None], "a list is no record"),
])
def test_data_of_another_shape_is_refused(data, why):
    assert from_data({"outcome": "parsed", "pair": ["a", 1], "score": 1}, _Held) == _Held(FileOutcome.PARSED, ("a", 1), 1)
    with pytest.raises(CodecError):
        from_data(data, _Held)


def test_a_match_without_a_value_reads_as_stored():
    assert from_data(_through_json(Match("", 0.0)), Match) == Match("", 0.0)
