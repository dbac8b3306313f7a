"""The charts are made, are real images, and come out byte-identical from the same register."""

import pytest

from pipeline.outputs.charts import collaboration_graph, write_delmal_chart, write_samarbeid_chart
from pipeline.summary import YearCounts, summarise

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def summary(register, catalogue, matchers):
    previous = YearCounts(2017, {"1": 3, "2": 6, "3": 2}, {"1.2": 4, "2.2": 1}, complete=False)
    return summarise(register, catalogue, matchers.orgs, 2018, previous)


def _charts(folder, summary, catalogue):
    folder.mkdir()
    write_delmal_chart(folder / "delmal.png", folder / "delmal.svg", summary, catalogue)
    write_samarbeid_chart(folder / "samarbeid.png", summary)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_charts_are_made_and_non_trivial(tmp_path, summary, catalogue):
    files = _charts(tmp_path / "a", summary, catalogue)
    assert set(files) == {"delmal.png", "delmal.svg", "samarbeid.png"}
    assert files["delmal.png"].startswith(PNG) and len(files["delmal.png"]) > 20_000
    assert files["samarbeid.png"].startswith(PNG) and len(files["samarbeid.png"]) > 20_000
    svg = files["delmal.svg"].decode("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and len(svg) > 20_000
    assert "<dc:date>" not in svg  # no date: the file depends on the data only


def test_charts_are_deterministic(tmp_path, summary, catalogue):
    assert _charts(tmp_path / "a", summary, catalogue) == _charts(tmp_path / "b", summary, catalogue)


def test_chart_without_last_year_or_collaboration(tmp_path, catalogue, matchers, entry):
    lonely = [entry("Eget kurs", "2.1", "Kurs/utdanning", ("LO",), (), ("LO",))]
    s = summarise(lonely, catalogue, matchers.orgs, 2018)
    files = _charts(tmp_path / "c", s, catalogue)
    assert files["delmal.png"].startswith(PNG) and files["samarbeid.png"].startswith(PNG)
    assert collaboration_graph(s).number_of_nodes() == 0


def test_the_network_has_members_as_nodes_and_shared_tiltak_as_weights(summary):
    graph = collaboration_graph(summary)
    assert set(graph) == {"Regjeringen", "LO", "NHO", "KS", "Spekter", "Møre og Romsdal fylkeskommune"}
    assert "VOFO" not in graph  # takes part in tiltak, but with no other member
    assert graph["LO"]["NHO"]["weight"] == 3
    assert graph.nodes["LO"]["tiltak"] == 5
