"""Shapes held-out round 77 showed the reader at its first look."""

from __future__ import annotations

import docx

from tests.pipeline.reading import coded_rows as _codes, extracted, rejection_beside_a_report


def test_a_card_of_captioned_quadrants_under_its_merged_name_is_one_tiltak(tmp_path, matchers):
    # UHR (round 77): a small table per measure, its name merged across the top row and four quadrants each opening
    # with a caption in capitals («RESULTAT 2097», «STRATEGIEN», «ARBEIDSFORM», «ANSVAR OG PARTNERE»); none was read.
    report = docx.Document()
    report.add_heading("Universitets- og høgskolerådet – tiltakskort 2097", 1)
    for name, result, goal, kind, who in [
            ("Praksisportalen", "UHR drifter den felles portalen for praksisplasser.", "Bidrar til delmål 1.4 "
             "(samarbeid mellom utdanning og arbeidsliv).", "Nettportal", "Ansvar: UHR\nPartnere: Akademikerne, Spekter"),
            ("Opplæring i realkompetansevurdering", "Tre kursdager for 90 saksbehandlere.", "Bidrar til delmål 2.5 "
             "(realkompetanse).", "Kurs", "Ansvar: UHR\nPartnere: HK-dir")]:
        table = report.add_table(rows=3, cols=2)
        top = table.cell(0, 0).merge(table.cell(0, 1))
        top.text = name
        table.cell(1, 0).text = f"RESULTAT 2097\n{result}"
        table.cell(1, 1).text = f"STRATEGIEN\n{goal}"
        table.cell(2, 0).text = f"ARBEIDSFORM {kind}"
        table.cell(2, 1).text = f"ANSVAR OG PARTNERE\n{who}"
        report.add_paragraph("")
    report.save(tmp_path / "uhr.docx")
    result = extracted(tmp_path / "uhr.docx", matchers)
    assert _codes(result, matchers) == [("Praksisportalen", "1.4"), ("Opplæring i realkompetansevurdering", "2.5")]
    assert [(r.raw.get("type"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Nettportal", "UHR", "Akademikerne, Spekter"), ("Kurs", "UHR", "HK-dir")]


def test_a_grant_letter_sent_on_for_information_is_no_report(tmp_path):
    # NHO (round 77) sent on HK-dir's «Tilsagn om tilskudd – Havvindskolen, fase 2 (2098)»: its letterhead, address
    # and payment terms became five rows.
    letter = docx.Document()
    letter.add_paragraph("Direktoratet for høyere utdanning og kompetanse")
    letter.add_paragraph("Næringslivets Hovedorganisasjon (NHO) v/ avdeling Arbeidsliv og kompetanse")
    letter.add_heading("Tilsagn om tilskudd – Havvindskolen, fase 2 (2098)", 1)
    letter.add_paragraph("Vi viser til søknaden deres om tilskudd til andre fase av Havvindskolen.")
    table = letter.add_table(rows=0, cols=2)
    for row in [("Utbetaling", "Beløp"), ("Når tilsagnet er akseptert", "1 200 000"),
                ("Etter godkjent sluttrapport", "300 000")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    error = rejection_beside_a_report(letter, "Tilsagnsbrev HK-dir – Havvindskolen 2098.docx", tmp_path, 2097)
    assert "begynner med «tilsagn»" in error



def test_columns_folded_into_a_collapsed_outline_group_are_read_and_hidden_ones_are_not(tmp_path, matchers):
    # VOFO (round 77): the delmål, type and owner columns grouped and collapsed «for utskrift»; the reader dropped
    # the first of them only (openpyxl keeps the group as one range) and four delmål came from the text.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["VOFO – tiltak i kompetansestrategien 2097"])
    sheet.append(["Tiltak", "Beskrivelse", "Delmål", "Tiltaksform", "Ansvarlig", "Intern merknad"])
    sheet.append(["Studiesirkler i digitale ferdigheter", "Studiesirkler på bibliotekene.", "3.6", "Studiesirkel",
                  "AOF Norge", "Ikke til rådet"])
    sheet.append(["Kartlegging av kursdeltakere", "NIFU kartla deltakerne.", "3.6", "Kartlegging", "VOFO",
                  "Ikke til rådet"])
    sheet.column_dimensions.group("C", "E", hidden=True, outline_level=1)
    sheet.column_dimensions["F"].hidden = True
    book.save(tmp_path / "vofo.xlsx")
    result = extracted(tmp_path / "vofo.xlsx", matchers)
    assert _codes(result, matchers) == [("Studiesirkler i digitale ferdigheter", "3.6"),
                                        ("Kartlegging av kursdeltakere", "3.6")]
    assert [r.raw.get("ansvarlig") for r in result.rows] == ["AOF Norge", "VOFO"]
    assert not any("Ikke til rådet" in str(r.raw) for r in result.rows)



def test_the_kind_highlighted_among_a_forms_printed_kinds_is_the_given_type(tmp_path, matchers):
    # Fagskolerådet (round 77): «Tiltakstype: FoU – Kurs/utdanning – … – Arrangement» on every measure, the chosen
    # kind marked with the yellow highlighter; the reader could not tell which and guessed.
    from docx.enum.text import WD_COLOR_INDEX

    kinds = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
    report = docx.Document()
    report.add_heading("Rapportering til Kompetansepolitisk råd 2097", 1)
    report.add_paragraph("Medlem: Fagskolerådet")
    for n, (name, chosen) in enumerate([("Nasjonalt fagskoleråd – møter og arbeidsutvalg", "Råd/utvalg/nettverk"),
                                        ("Fagskolenes digitale studieverksted", "Prosjekt")], 1):
        report.add_heading(f"Tiltak {n}", 2)
        report.add_paragraph(f"Navn på tiltaket: {name}")
        report.add_paragraph("Delmål i strategien: 2.4")
        line = report.add_paragraph("Tiltakstype: ")
        for k, kind in enumerate(kinds):
            run = line.add_run(kind)
            if kind == chosen:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if k < len(kinds) - 1:
                line.add_run(" – ")
        report.add_paragraph("Ansvarlig: Fagskolerådet")
        report.add_paragraph("Samarbeidspartnere: NHO, YS, Fagskulen Vestland")
    report.save(tmp_path / "fsr.docx")
    result = extracted(tmp_path / "fsr.docx", matchers)
    assert [matchers.types.given(r.raw.get("type") or "").value for r in result.rows] == ["Råd/utvalg/nettverk", "Prosjekt"]
    assert [r.raw.get("samarbeidspartnere") for r in result.rows] == ["NHO, YS, Fagskulen Vestland"] * 2
