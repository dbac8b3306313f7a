"""Shapes held-out round 46 showed the reader at its first look: a sheet's footnotes and signature, a form laid across
under its heading, paragraphs closing with a bare code, labelled sub-bullets, a report in English."""

from __future__ import annotations

import openpyxl

from parsers.registry import ParseOptions
from parsers.xlsx import parse_xlsx
from pipeline.rows import content_to_rows


def test_footnote_marks_are_no_part_of_a_tiltak_and_the_notes_and_signature_under_the_table_are_no_tiltak(
        matchers, tmp_path):
    # Trøndelag's plan: «Trøndelag kompetansebehovsutvalg²» kept its mark as «2», and «¹ RSA = …», «² Utvalget er …» and
    # «Steinkjer, 18.02.2068 – Fylkesdirektør for utdanning» under the table were read as tiltak of the last delmål.
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Trøndelag fylkeskommune – rapportering 2067"], [],
                ["Tiltak", "Delmål", "Tiltakstype", "Ansvarlig"],
                ["Rådene for samarbeid med arbeidslivet¹", "1.4", "Råd/utvalg/nettverk", "Fylkesdirektør for utdanning"],
                ["Trøndelag kompetansebehovsutvalg²", "1.2", "Råd/utvalg/nettverk", "Fylkesdirektør for regional utvikling"],
                ["Arealplan for 300 m² verksted", "3.3", "Prosjekt", "Fylkesdirektør for utdanning"], [],
                ["¹ RSA = Råd for samarbeid med arbeidslivet. Fylkeskommunen har én plass i hvert av rådene."],
                ["² Utvalget er etablert etter mønster av det nasjonale Kompetansebehovsutvalget."],
                ["* Tallene er foreløpige."], [], ["Steinkjer, 18.02.2068 – Fylkesdirektør for utdanning"]):
        ws.append(row)
    path = tmp_path / "trondelag_2067.xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [r.get("tiltak") for r in read.rows] == ["Rådene for samarbeid med arbeidslivet",
                                                   "Trøndelag kompetansebehovsutvalg", "Arealplan for 300 m2 verksted"]


def test_a_row_of_labels_over_one_row_of_values_under_a_heading_is_that_headings_tiltak(matchers, tmp_path):
    # Agder's web page saved as Word: per measure a heading, a table «Delmål | Form | Ansvar | Partnere» over one row,
    # then its text. The tables were read as tiltak named by their partners («Partnere», «NAV Agder, …»).
    import docx

    from parsers.docx import parse_docx

    d = docx.Document()
    d.add_heading("Kompetansepolitiske tiltak 2067", level=1)
    for name, values, text in [
        ("Karrierekonferansen 2067", ["1,3", "Konferanse", "Karriere Agder", "HK-dir, Trøndelag fylkeskommune"],
         "Agder var vertskap for den nasjonale konferansen for karrieresentrene i Kristiansand."),
        ("Karriereveiledning 55+", ["1,3", "Pilot", "Karriere Agder", "NAV Agder, Senter for seniorpolitikk"],
         "Pilot med karriereveiledning for arbeidstakere over 55 år."),
    ]:
        d.add_heading(name, level=3)
        t = d.add_table(rows=2, cols=4)
        for c, (label, value) in enumerate(zip(["Delmål", "Form", "Ansvar", "Partnere"], values)):
            t.cell(0, c).text, t.cell(1, c).text = label, value
        d.add_paragraph(text)
    path = tmp_path / "agder_2067.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("samarbeidspartnere")) for r in read.rows] == [
        ("Karrierekonferansen 2067", "1,3", "Konferanse", "HK-dir, Trøndelag fylkeskommune"),
        ("Karriereveiledning 55+", "1,3", "Pilot", "NAV Agder, Senter for seniorpolitikk")]
    assert read.rows[1].get("beskrivelse").startswith("Pilot med karriereveiledning")


def test_paragraphs_closing_with_a_bare_code_in_brackets_tell_a_tiltak_each(matchers, tmp_path):
    # NHO's e-mail: «Tallene i parentes er delmålene», each paragraph closing «(1.1)» or «(2.2, arrangement)», a title
    # before a colon or a type's word before it («Pilot: realkompetansevurdering i reiselivet.»). None was read.
    import docx

    from parsers.docx import parse_docx

    d = docx.Document()
    d.add_paragraph("SV: Rapportering for 2067")
    d.add_paragraph("Under følger NHOs rapportering for 2067. Tallene i parentes er delmålene i strategien.")
    d.add_heading("Råd og utvalg", level=3)
    d.add_paragraph("NHO er fortsatt representert i KBU med sjeføkonomen, og utvalget la fram sin hovedrapport. (1.1)")
    d.add_heading("Prosjekter og arrangementer", level=3)
    d.add_paragraph("Kompetanseuka 2067: NHO var medarrangør sammen med LO og Virke, med over 120 arrangementer i hele "
                    "landet. (2.2, arrangement)")
    d.add_paragraph("Pilot: realkompetansevurdering i reiselivet. NHO Reiseliv har gjennomført en pilot der 60 ansatte "
                    "fikk vurdert realkompetansen sin. (2.5)")
    path = tmp_path / "nho_epost_2067.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in read.rows] == [
        ("KBU", "1.1", ""), ("Kompetanseuka 2067", "2.2", "arrangement"), ("Realkompetansevurdering i reiselivet", "2.5", "")]


def test_a_numbered_title_over_labelled_sub_bullets_linking_its_delmal_is_one_tiltak(matchers, tmp_path):
    # VOFO's ODT: «1. KPF Sápmi» over «• Hva: …», «• Form: pilot», «• Knyttet til: delmål 3.2», «• Ansvar: VOFO»; under a
    # heading naming no delmål, all five items were passed over.
    import docx

    from parsers.docx import parse_docx

    d = docx.Document()
    d.add_heading("Tiltak i 2067", level=1)
    for title, lines in [("KPF Sápmi", ["Hva: Pilot der fem samiske lag gir opplæring i lesing og skriving.", "Form: pilot",
                                        "Knyttet til: delmål 3.2", "Ansvar: VOFO", "Med: Sametinget"]),
                         ("«Lær noe nytt i år»", ["Hva: Kampanje på nett for å få flere voksne på kurs.", "Form: kampanje",
                                                 "Knyttet til: læringsmotivasjon gjennom opplæring i frivillig sektor"])]:
        d.add_paragraph(title, style="List Number")
        for line in lines:
            d.add_paragraph(line, style="List Bullet 2")
    path = tmp_path / "vofo_2067.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("type"), r.get("samarbeidspartnere"))
            for r in read.rows] == [("KPF Sápmi", "3.2", "pilot", "Sametinget"), ('"Lær noe nytt i år"', "3.6", "kampanje", "")]


def test_a_report_in_english_gives_its_particulars_by_english_labels_and_categories(matchers, tmp_path):
    # Akademikerne reported in English: «Sub-goal: 2.4 · Category: course / education · Lead: … · Partners: UHR» under
    # each measure's heading and text; none of the five was read.
    import docx

    from parsers.docx import parse_docx

    d = docx.Document()
    d.add_heading("Akademikerne – Report to the Skills Policy Council 2067", level=1)
    d.add_heading("Main area 2: Learning in working life", level=2)
    d.add_heading("Master i arbeid", level=3)
    d.add_paragraph("Joint initiative with UHR to make 10-credit modules from master's programmes available to people in work.")
    d.add_paragraph("Sub-goal: 2.4  ·  Category: course / education  ·  Lead: Akademikerne secretariat  ·  Partners: UHR")
    d.add_heading("Akademikernes kompetanseundersøkelse 2067", level=3)
    d.add_paragraph("Survey of 9,000 members on employer-funded further education.")
    d.add_paragraph("Sub-goal: 2.2  ·  Category: research / survey  ·  Lead: Akademikerne secretariat")
    path = tmp_path / "akademikerne_report_2067.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), matchers.types.given(r.get("type")).value, r.get("samarbeidspartnere"))
            for r in read.rows] == [("Master i arbeid", "2.4", "Kurs/utdanning", "UHR"),
                                    ("Akademikernes kompetanseundersøkelse 2067", "2.2", "FoU", "")]


def test_a_sideways_forms_status_line_placing_a_column_in_next_year_sets_that_tiltak_aside(matchers, tmp_path):
    # Unio's sheet, one tiltak per column: «Status 2067 | … | Planlagt – oppstart mars 2068» under the fields. The
    # planned programme was counted as a tiltak of 2067, sure.
    from pipeline.extract import extract_document
    from tiltak_core.records import Document

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Unio – rapportering til Kompetansepolitisk råd, 2067"], [],
                ["Felt", "Tiltak 1", "Tiltak 2"], ["Tiltak", "Frokostseminar om KBU-rapporten", "Lederutviklingsprogram"],
                ["Delmål", "1.1", "2.2"], ["Type", "Arrangement", "Kurs/utdanning"],
                ["Status 2067", "Gjennomført", "Planlagt – oppstart mars 2068"]):
        ws.append(row)
    path = tmp_path / "Unio_rapportering_2067.xlsx"
    wb.save(path)
    result = extract_document(Document(path, path.name, "xlsx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Frokostseminar om KBU-rapporten"]
    assert [s.locator for s in result.skipped] == ["t1-c3"] and dict(result.rows[0].raw.extra)["Status 2067"] == "Gjennomført"
