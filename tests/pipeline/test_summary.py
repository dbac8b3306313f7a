"""The summary's figures, computed from small registers and from the seed's own matrix."""

from pathlib import Path

import pytest

from pipeline.history_files import read_matrix_csv
from pipeline.summary import (
    YearCounts,
    collaboration,
    compare,
    fewer_than,
    members_involved,
    per_delmal,
    per_omrade,
    shared_councils,
    summarise,
    type_table,
)

SEED_MATRIX = Path(__file__).resolve().parents[2] / "samples" / "generator" / "data" / "vedlegg2_matrix_2018.csv"


def test_type_table_counts_with_totals_in_catalogue_order(register, catalogue):
    table = type_table(register, catalogue)
    assert table.omrader == ("1", "2", "3")
    assert [r.type for r in table.rows] == [t.name for t in catalogue.types]
    assert {r.type: (r.total, r.counts) for r in table.rows} == {
        "FoU": (3, (0, 2, 1)),
        "Kurs/utdanning": (1, (0, 1, 0)),
        "Råd/utvalg/nettverk": (3, (3, 0, 0)),
        "Prosjekt": (1, (1, 0, 0)),
        "Informasjon": (1, (0, 0, 1)),
        "Arrangement": (1, (0, 1, 0)),
    }
    assert table.column_totals == (4, 4, 2)
    assert table.total == 10
    assert table.count("FoU", "2") == 2


def test_tiltak_without_type_or_delmal_get_their_own_row_and_column(register, catalogue, entry):
    table = type_table(register + [entry("Uklart tiltak", "", "")], catalogue)
    assert table.omrader == ("1", "2", "3", "")
    assert table.rows[-1].type == ""
    assert table.rows[-1].counts == (0, 0, 0, 1)
    assert sum(table.column_totals) == table.total == 11


def test_every_delmal_is_counted_zeros_included(register, catalogue):
    counts = per_delmal(register, catalogue)
    assert [d.code for d in counts] == [d.code for d in catalogue.delmal]
    assert {d.code: d.count for d in counts if d.count} == {"1.1": 1, "1.2": 2, "1.4": 1, "2.1": 1, "2.2": 2, "2.3": 1, "3.6": 2}
    assert counts[0].text == catalogue.delmal[0].text
    omrader = per_omrade(register, catalogue)
    assert [(o.id, o.delmal, o.count) for o in omrader] == [("1", 4, 4), ("2", 6, 4), ("3", 6, 2)]


def test_fewer_than_threshold_is_a_parameter(register, catalogue):
    counts = per_delmal(register, catalogue)
    assert len(fewer_than(counts)) == 16  # every delmål has fewer than five here
    assert {d.code for d in counts} - {d.code for d in fewer_than(counts, 2)} == {"1.2", "2.2", "3.6"}
    assert fewer_than(counts, 0) == ()


def test_members_involved_include_those_an_organisation_belongs_to(register, matchers):
    # KD and KMD are ministries: Regjeringen takes part through them.
    assert members_involved(register[2], matchers.orgs) == {"Regjeringen"}
    assert members_involved(register[4], matchers.orgs) == {"Regjeringen", "LO", "NHO", "KS"}
    assert members_involved(register[8], matchers.orgs) == {"VOFO"}


def test_collaboration_figures(register, catalogue, matchers):
    c = collaboration(register, catalogue, matchers.orgs, top=3)
    assert (c.total, c.with_partner, c.several_members) == (10, 9, 5)
    assert c.share_with_partner == pytest.approx(0.9)
    assert [(p.a, p.b, p.tiltak) for p in c.top_pairs] == [("LO", "NHO", 3), ("Regjeringen", "LO", 2), ("Regjeringen", "NHO", 2)]
    assert len(c.pairs) == 8
    assert dict(c.involvement) == {"Regjeringen": 4, "LO": 5, "NHO": 4, "KS": 1, "Spekter": 1, "VOFO": 2,
                                   "Møre og Romsdal fylkeskommune": 1}
    assert [m for m, _ in c.involvement][:3] == ["Regjeringen", "LO", "NHO"]  # catalogue order


def test_collaboration_of_an_empty_register(catalogue, matchers):
    c = collaboration([], catalogue, matchers.orgs)
    assert (c.total, c.with_partner, c.share_with_partner, c.pairs) == (0, 0, 0.0, ())


def test_comparison_keeps_unknown_figures_unknown(register, catalogue, matchers):
    previous = YearCounts(2017, {"1": 3, "2": 6}, {"1.2": 4}, complete=False)
    s = summarise(register, catalogue, matchers.orgs, 2018, previous)
    comparison = s.comparison
    assert (comparison.year, comparison.other_year) == (2018, 2017)
    assert comparison.omrade("1").difference == 1
    assert comparison.omrade("2").difference == -2
    assert comparison.omrade("3").before is None and comparison.omrade("3").difference is None
    assert (comparison.delmal_change("1.2").now, comparison.delmal_change("1.2").before) == (2, 4)
    assert comparison.delmal_change("1.1").before is None


def test_comparison_with_a_full_year_counts_missing_delmal_as_zero(register, catalogue):
    from pipeline.summary import year_counts

    last = year_counts(2017, register[:3], catalogue)
    comparison = compare(year_counts(2018, register, catalogue), last, catalogue)
    assert comparison.delmal_change("2.2").before == 0
    assert comparison.omrade("1").before == 3


def test_summarise_bundles_everything(register, catalogue, matchers):
    s = summarise(register, catalogue, matchers.orgs, 2018, threshold=2, top=2)
    assert s.total == 10 and s.year == 2018
    assert s.members == ("Regjeringen", "LO", "NHO", "Spekter", "VOFO", "Møre og Romsdal fylkeskommune")
    assert s.needs_review == 1 and s.unplaced == 0
    assert len(s.collaboration.top_pairs) == 2
    assert s.comparison is None
    assert s.councils == ("Kompetansebehovsutvalget (KBU)",)


def test_shared_councils_need_several_reporters(catalogue, entry):
    alone = entry("KBU", "1.1", "Råd/utvalg/nettverk", ("Regjeringen",), (), ("Regjeringen",), council="KBU")
    assert shared_councils([alone], catalogue) == ()


@pytest.mark.skipif(not SEED_MATRIX.is_file(), reason="the seed's matrix CSV is not in samples/generator/data")
def test_the_seed_matrix_gives_the_seed_summary_table(catalogue, matchers):
    # The secretariat's 2018 summary: its type × område table and its per-delmål counts.
    rows = read_matrix_csv(SEED_MATRIX, 2018)
    table = type_table(rows, catalogue)
    assert {r.type: (r.total, *r.counts) for r in table.rows} == {
        "FoU": (35, 6, 26, 3),
        "Kurs/utdanning": (28, 7, 10, 11),
        "Råd/utvalg/nettverk": (28, 21, 4, 3),
        "Prosjekt": (15, 6, 5, 4),
        "Informasjon": (11, 4, 4, 3),
        "Arrangement": (12, 2, 10, 0),
    }
    assert table.column_totals == (46, 59, 24) and table.total == 129
    few = fewer_than(per_delmal(rows, catalogue))
    assert [d.code for d in few] == ["1.1", "2.4", "2.5", "2.6", "3.2", "3.4", "3.5"]
