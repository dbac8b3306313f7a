"""Measures followed across years on the sample rounds: samples/2018 into a history, then samples/2019 as
ordinary reports. The shared councils both rounds hold continue under last year's id; the rest is new; a
possible continuation asks for review, and a reviewer's link in the decisions workbook is applied."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pytest

from pipeline.batch import run
from pipeline.decisions import FORRIGE, ID
from pipeline.history import History
from pipeline.settings import Settings

pytestmark = pytest.mark.long  # run first: see tests/conftest.py

ROOT = Path(__file__).resolve().parents[2]
COUNCILS = ("Kompetansebehovsutvalget (KBU)", "Samarbeidsrådet for yrkesopplæring (SRY)",
            "Råd for samarbeid med arbeidslivet (RSA)", "UHRs fagstrategiske enheter")


def _csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def round_2019(tmp_path_factory, round_2018):
    tmp = tmp_path_factory.mktemp("years")
    history = tmp / "h.sqlite"
    history.write_bytes((round_2018 / "h.sqlite").read_bytes())
    settings = Settings(inbox=ROOT / "samples" / "2019", out=tmp / "out", history=history,
                        cache_dir=round_2018 / "cache", jobs=2)
    result = run(settings)
    with History(history) as h:
        last_year = h.load(2018)
    return settings, result, last_year


def test_the_councils_both_rounds_hold_continue_under_last_years_id(round_2019):
    settings, result, last_year = round_2019
    assert result.exit_code == 0
    register = {r["tiltak"]: r for r in _csv(settings.out / "register.csv")}
    before = {r.tiltak: r.tiltak_id for r in last_year}
    for council in COUNCILS:
        row = register[council]
        assert row["forrige_tiltak_id"] == before[council] == row["tiltak_id"], council
        assert row["status"] == "videreført"
    others = [r for name, r in register.items() if name not in COUNCILS]
    # Nothing else in 2019's reports is last year's measure for sure: new, or asked about.
    assert others and all(r["forrige_tiltak_id"] == "" and r["status"] == "ny" for r in others)
    assert not {r["tiltak_id"] for r in others} & set(before.values())
    possible = sum("kanskje videreføring" in r["merknader"] for r in others)
    assert f"fra 2018: 4 av årets tiltak er videreført, {len(others)} er nye; {possible} kan være videreføringer og " \
           "bør kontrolleres (review.xlsx)" in result.notes


def test_a_possible_continuation_is_on_the_review_list_with_its_evidence(round_2019):
    settings, _, last_year = round_2019
    register = _csv(settings.out / "register.csv")
    guide = next(r for r in register if r["tiltak"].startswith("Den nasjonale nettbaserte karriereveiledningstjenesten"))
    previous = next(r for r in last_year if r.tiltak.startswith("Utvikling av en nasjonal digital karriereveiledning"))
    assert guide["needs_review"] == "ja" and guide["forrige_tiltak_id"] == ""
    assert f"kanskje videreføring av fjorårets {previous.tiltak_id} «Utvikling av en nasjonal digital" in guide["merknader"]
    assert "tekstlikhet" in guide["merknader"]


def test_the_summary_says_how_many_are_new_continued_and_not_reported(round_2019):
    settings, _, last_year = round_2019
    register = _csv(settings.out / "register.csv")
    text = "\n".join(p.text for p in docx.Document(str(settings.out / "oppsummering.docx")).paragraphs)
    not_reported = len(last_year) - len(COUNCILS)
    assert (f"Av de {len(register)} tiltakene i 2019 er {len(register) - 4} nye og fire videreført fra 2018. "
            f"{not_reported} av tiltakene fra 2018 er ikke rapportert i år.") in text
    workbook = openpyxl.load_workbook(settings.out / "register.xlsx")
    header = [c.value for c in workbook["Register"][1]]
    statuses = [r[header.index("Status")] for r in workbook["Register"].iter_rows(min_row=2, values_only=True)]
    assert statuses.count("videreført") == 4 and statuses.count("ny") == len(register) - 4
    summary = [r for r in workbook["Sammendrag"].iter_rows(values_only=True)]
    at = summary.index(next(r for r in summary if r[0] == "Nye, videreførte og avsluttede tiltak per delmål"))
    assert summary[at + 2][:6] == ("1.1", 0, 1, 0, 0, 0)  # KBU continued; 2018's 1.1 was KBU alone


def test_the_summary_lists_per_member_and_the_tiltak_kept_through_the_strategy_period(round_2019):
    settings, _, _ = round_2019
    document = docx.Document(str(settings.out / "oppsummering.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    # The history holds 2018 but not 2017, the strategy's first year: the list says which years it covers.
    assert "Fire tiltak er rapportert hvert år i 2018–2019. Historikken har ikke hele registeret for 2017, så " \
           "listen gjelder årene den har (2018 og 2019)." in text
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    kept = next(t for t in tables if t[0] == ["Delmål", "Tiltak", "Rapportert av"])
    assert sorted(row[1] for row in kept[1:]) == sorted(COUNCILS)
    members = next(t for t in tables if t[0][0] == "Rådsmedlem" and "Nye" in t[0])
    assert {row[0] for row in members[1:]} >= {"LO", "NHO"}
    summary = [r for r in openpyxl.load_workbook(settings.out / "register.xlsx")["Sammendrag"].iter_rows(values_only=True)]
    assert ("Tiltak rapportert hvert år i 2018–2019 (historikken har ikke hele registeret for 2017): 4",) == summary[
        next(i for i, r in enumerate(summary) if str(r[0]).startswith("Tiltak rapportert hvert år"))][:1]


def test_a_reviewers_link_in_the_decisions_workbook_is_applied(round_2019, tmp_path):
    settings, _, last_year = round_2019
    previous = next(r for r in last_year if r.tiltak.startswith("Utvikling av en nasjonal digital karriereveiledning"))
    wb = openpyxl.load_workbook(settings.out / "review.xlsx")
    ws = wb["Tiltak"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if str(r[header.index("Tiltak")].value).startswith(
        "Den nasjonale nettbaserte karriereveiledningstjenesten"))
    row[header.index(FORRIGE)].value = previous.tiltak_id
    new = next(r for r in ws.iter_rows(min_row=2) if "kanskje videreføring" in str(r[header.index("Merknader")].value)
               and r is not row)
    new[header.index(FORRIGE)].value = "ny"
    wb.save(tmp_path / "beslutninger.xlsx")
    again = run(Settings(inbox=settings.inbox, out=tmp_path / "out", history=settings.history,
                         cache_dir=settings.cache_dir, decisions=tmp_path / "beslutninger.xlsx", jobs=2))
    assert again.decisions.stale == ()
    register = {r["tiltak_id"]: r for r in _csv(tmp_path / "out" / "register.csv")}
    guide = register[row[header.index(ID)].value]
    assert (guide["forrige_tiltak_id"], guide["status"]) == (previous.tiltak_id, "videreført")
    assert "kanskje videreføring" not in guide["merknader"]
    told_new = register[new[header.index(ID)].value]
    assert told_new["status"] == "ny" and "kanskje videreføring" not in told_new["merknader"]


def test_the_period_list_follows_ids_and_names_the_years_it_cannot_see():
    from types import SimpleNamespace as Row

    from pipeline.period import throughout

    kept = Row(tiltak_id="T1", forrige_tiltak_id="T1")
    relinked = Row(tiltak_id="T9", forrige_tiltak_id="T2")  # a reviewer's link: last year's id is the forrige one
    new = Row(tiltak_id="T3", forrige_tiltak_id="")
    stored = {2018: [Row(tiltak_id="T1"), Row(tiltak_id="T2")], 2019: [Row(tiltak_id="T1"), Row(tiltak_id="T2")]}
    found = throughout(2020, (2017, 2021), [kept, relinked, new], stored.get)
    assert found.years == (2018, 2019, 2020) and found.missing == (2017,) and found.tiltak == (kept, relinked)
    assert throughout(2017, (2017, 2021), [kept], stored.get) is None  # the period's first year has no before
    assert throughout(2023, (2017, 2021), [kept], stored.get) is None
    assert throughout(2020, None, [kept], stored.get) is None
    assert throughout(2018, (2017, 2021), [kept], stored.get).tiltak == ()  # 2017 unknown: nothing claimed
