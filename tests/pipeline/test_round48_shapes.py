"""Shapes held-out round 48 showed the reader at its first look: a sheet of two-line records, and a row across a
table placing the rows under it in next year."""

from __future__ import annotations

import openpyxl

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

RECORDS = [("Regionalt kompetanseråd", "1.2", "Råd", "Rådet møttest fire gonger."),
           ("Fagbrev på jobb i kommunane", "2.5", "Prosjekt", "Tretti tilsette tok fagbrev."),
           ("Vaksenopplæring på nett", "3.1", "Kurs", "Skal starte hausten 2071.")]


def test_a_records_second_line_under_a_merged_number_is_its_description_and_a_plans_row_sets_rows_aside(matchers, tmp_path):
    # Vestland's sheet: «Nr | Tiltak | Delmål | Kategori» over «(Nr) | Skildring», each record on two lines with its
    # number merged over both. Each description was read as a tiltak of its own; and the rows under «Førebels planar
    # for 2070», a row across the table, were counted as the year's.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Møre og Romsdal fylkeskommune – tiltak 2070"])
    ws.append([])
    ws.append(["Nr", "Tiltak", "Delmål", "Kategori"])
    ws.append([None, "Skildring"])
    ws.merge_cells("A3:A4")
    row = 5
    for n, (name, code, kind, text) in enumerate(RECORDS, 1):
        if n == 3:
            ws.append(["Førebels planar for 2071 (ikkje sett i gang)"])
            row += 1
        ws.append([n, name, code, kind])
        ws.append([None, text])
        ws.merge_cells(f"A{row}:A{row + 1}")
        row += 2
    path = tmp_path / "More_og_Romsdal_fylkeskommune_tiltak_2070.xlsx"
    wb.save(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("beskrivelse")) for r in result.rows] == [
        (name, code, text) for name, code, _, text in RECORDS[:2]]
    assert [(s.text, s.reason.split("(«")[-1]) for s in result.skipped] == [
        ("Vaksenopplæring på nett", "Førebels planar for 2071 (ikkje sett i gang)»)")]


def test_a_form_exports_numbered_groups_of_columns_are_one_tiltak_each_and_a_trial_answer_none(matchers, tmp_path):
    # Innlandet's web-form export: one row per answer, «Tiltak 1 – Navn på tiltaket» … «Tiltak 7 – Status» side by side,
    # and the form's own trial answer («TEST – skal slettes»). One tiltak was read of the whole row.
    labels = ["Navn på tiltaket", "Delmål", "Type tiltak", "Ansvarlig"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Svar-ID", "Levert", "Organisasjon"] + [f"Tiltak {n} – {label}" for n in (1, 2, 3) for label in labels])
    ws.append(["17", "2071-01-05", "TEST – skal slettes", "Prøvetiltak", "1.1", "Annet", "test"] + [""] * 8)
    ws.append(["18", "2071-01-28", "Buskerud fylkeskommune", "Karrieresenter for voksne", "1.3", "Prosjekt", "Karriere Buskerud",
               "Fagskole i elektro", "2.4 – Kompetansebehov og etter- og videreutdanning", "Kurs eller utdanning", "Fagskolen", "", "", "", ""])
    path = tmp_path / "Buskerud_fylkeskommune_skjemaeksport_2070.xlsx"
    wb.save(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Karrieresenter for voksne", "1.3", "Karriere Buskerud"),
        ("Fagskole i elektro", "2.4 - Kompetansebehov og etter- og videreutdanning", "Fagskolen")]
    assert [s.text for s in result.skipped] == ["Prøvetiltak"]


def test_a_status_in_brackets_after_a_cells_value_sets_the_row_aside(matchers, tmp_path):
    # KS's table: «Kartlegging (planlagt 2070)» in the type column of a row that only starts next year.
    import docx

    d = docx.Document()
    d.add_heading("KS – rapport til Kompetansepolitisk råd for 2070", 1)
    table = d.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Delmål", "Tiltak", "Virkemiddel", "Ansvar"]):
        cell.text = text
    for row in (["3.1", "Lesekurs for voksne", "Kurs", "KS"], ["3.1", "Kartlegging av voksenopplæringen", "Kartlegging (planlagt 2071)", "KS"]):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    path = tmp_path / "KS_rapport_2070.docx"
    d.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Lesekurs for voksne"]
    assert [(s.text, s.reason.split("(«")[-1]) for s in result.skipped] == [("Kartlegging av voksenopplæringen", "planlagt 2071»)")]


def test_a_wide_sheet_printed_on_two_pages_is_one_table_joined_by_its_numbers(matchers, tmp_path):
    # Unio's printout: «Nr | Tiltak | Delmål | Type | Beskrivelse» on page 1, «Nr | Ansvarlig | Samarbeidspartnere |
    # Status | Merknad» on page 2. The second page's rows were read as tiltak named by their ansvarlig, and the first
    # page's tiltak had no ansvarlig and no status (one «Planlagt 2070» was counted).
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")])
    first = [["Nr", "Tiltak", "Delmål", "Type"], ["1", "Kurs i veiledning for praksislærere", "1.4", "Kurs"],
             ["2", "Konferanse om livslang læring", "2.2", "Konferanse"], ["3", "Kartlegging av etterutdanning i politiet", "2.2", "Kartlegging"]]
    second = [["Nr", "Ansvarlig", "Samarbeidspartnere", "Status"], ["1", "Utdanningsforbundet", "OsloMet", "Gjennomført"],
              ["2", "Unio-sekretariatet", "Forskerforbundet", "Gjennomført"], ["3", "Politiets Fellesforbund", "Politihøgskolen", "Planlagt 2071"]]
    path = tmp_path / "Unio_tiltak_2070_utskrift.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1)
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    title = Paragraph("Unio – rapportering til Kompetansepolitisk råd for 2070", getSampleStyleSheet()["Heading1"])
    doc.build([title, Table(first, style=grid), PageBreak(), Table(second, style=grid)])
    result = extract_document(Document(path, path.name, "pdf", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Kurs i veiledning for praksislærere", "Utdanningsforbundet", "OsloMet"),
        ("Konferanse om livslang læring", "Unio-sekretariatet", "Forskerforbundet")]
    assert [s.text for s in result.skipped] == ["Kartlegging av etterutdanning i politiet"]
