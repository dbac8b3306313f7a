"""Shapes held-out round 47 showed the reader at its first look: a workbook of one form sheet per tiltak under an
overview sheet, with an archive sheet of last year's."""

from __future__ import annotations

import openpyxl

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

FORMS = [("RSA NTNU - fylkeskommunens plass", "1.4 Samarbeid utdanning og arbeidsliv", "Råd/utvalg", "Pågår"),
         ("Læreplassgaranti Trøndelag", "2.3 Yrkesfag og karrieremuligheter", "Prosjekt", "Gjennomført")]


def test_an_overview_sheet_over_one_form_sheet_per_tiltak_counts_each_once_and_the_archive_not_at_all(matchers, tmp_path):
    # Trøndelag's workbook: «Nr. | Tiltak | Ark» on an overview sheet, then a «Tiltak | … / Delmål | … / Status» sheet per
    # tiltak, and an archive sheet «Avsluttet 2067». Each tiltak counted twice, the overview's row with no delmål; the
    # archive's tiltak read as this year's (its status label was dropped, naming no field).
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Oversikt"
    ws.append(["Tiltak 2068 rapportert til Kompetansepolitisk råd. Ett ark per tiltak."])
    ws.append(["Nr.", "Tiltak", "Ark"])
    for n, (name, *_) in enumerate(FORMS, 1):
        ws.append([n, name, f"Gå til ark «{n}»"])
    for n, (name, delmal, kind, status) in enumerate(FORMS, 1):
        sheet = wb.create_sheet(str(n))
        for row in ([f"Tiltak {n} – 2068"], ["Tiltak", name], ["Delmål", delmal], ["Tiltakstype", kind],
                    ["Ansvarlig", "Avdeling for utdanning"], ["Beskrivelse", "Fylkeskommunen har gjort dette i 2068."],
                    ["Status 31.12.2068", status]):
            sheet.append(row)
    archive = wb.create_sheet("2067 (arkiv)")
    for row in (["Arkiv"], ["Tiltak", "Digital kompetanse i landbruket"], ["Delmål", "2.1 Digital kompetanse"],
                ["Tiltakstype", "Kurs"], ["Status 31.12.2068", "Avsluttet 2067"]):
        archive.append(row)
    path = tmp_path / "Trondelag_fylkeskommune_tiltak_2068.xlsx"
    wb.save(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        (name, delmal, kind) for name, delmal, kind, _ in FORMS]
    assert [s.reason.split(" («")[0] for s in result.skipped] == ["radens status sier at den gjelder et annet år enn rapportens"]


def test_a_budgets_subtotals_are_no_tiltak(matchers, tmp_path):
    # Fagskolerådet's budget and accounts: «Sum drift», «Sum tiltak», «Sum totalt» under the posts were read as tiltak.
    from parsers.xlsx import parse_xlsx
    from pipeline.rows import content_to_rows

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Post", "Tiltak / aktivitet", "Delmål", "Art", "Budsjett 2068"],
                ["2.1", "Deltakelse i UHRs fagstrategiske enheter", "1.4", "Nettverk", 40000],
                ["2.4", "Fagskolekonferansen 2068", "1.4", "Konferanse", 450000],
                ["", "Sum tiltak", "", "", 490000], ["", "Sum drift", "", "", 2990000], ["", "Sum totalt", "", "", 3480000]):
        ws.append(row)
    path = tmp_path / "Fagskoleradet_budsjett_2068.xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [r.get("tiltak") for r in read.rows] == ["Deltakelse i UHRs fagstrategiske enheter", "Fagskolekonferansen 2068"]
