"""The publication set written into the staging folder, with last year from the history when it is there."""

from pipeline.history import History
from pipeline.outputs.publication import PUBLICATION, write_publication
from pipeline.outputs.staging import Staging


def test_writes_every_file_and_only_reads_the_history(tmp_path, register, matchers):
    with History(tmp_path / "historikk.sqlite") as history:
        history.import_counts(2017, {"1": 3, "2": 6, "3": 2}, {"1.2": 4})
        with Staging(tmp_path / "out") as stage:
            notes = write_publication(stage, register, matchers, 2018, history)
        assert notes == ["for 2017 finnes bare noen antall: delmål uten tall sammenlignes ikke"]
        # The run stores 2018 once its outputs are in place, not the writer.
        assert history.years() == (2017,)
    assert {p.name for p in (tmp_path / "out").iterdir()} == set(PUBLICATION)
    assert "mens det i 2017 ble rapportert inn tre tiltak" in (tmp_path / "out" / "oppsummering.md").read_text(encoding="utf-8")


def test_a_full_last_year_also_compares_collaboration(tmp_path, register, matchers):
    with History(tmp_path / "historikk.sqlite") as history:
        history.store(2017, register[:4])
        with Staging(tmp_path / "out") as stage:
            assert write_publication(stage, register, matchers, 2018, history) == []
    text = (tmp_path / "out" / "oppsummering.md").read_text(encoding="utf-8")
    assert "I 2017 gjaldt det 100 prosent." in text
    assert "I 2017 ble det rapportert inn fire tiltak." in text


def test_without_last_year_it_says_so(tmp_path, register, matchers):
    with History(tmp_path / "historikk.sqlite") as history, Staging(tmp_path / "out") as stage:
        notes = write_publication(stage, register, matchers, 2018, history)
    assert notes[0].startswith("ingen tall for 2017 i historikken: oppsummeringen sammenligner ikke")
    with Staging(tmp_path / "out2") as stage:
        assert write_publication(stage, register, matchers, 2018, None)[0].startswith("ingen historikk")
