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


def test_a_fact_table_under_a_measures_heading_takes_the_heading_as_its_tiltak(tmp_path, matchers):
    # Spekter (round 77): «S1 Name», an account, then a table «Strategikode | Virkemiddel | Eier | Sammen med» over one
    # row; the table names no tiltak column, so none of the six measures was read.
    report = docx.Document()
    report.add_heading("Spekters rapport til Kompetansepolitisk råd for 2097", 1)
    report.add_paragraph("Nedenfor følger tiltakene Spekter og helseforetakene gjennomførte i 2097.")
    for label, name, account, facts in [
            ("S1", "Lederutdanning for avdelingsledere i sykehus", "Videreutdanning på 30 studiepoeng i ledelse.",
             ("2.4", "Lederutdanning", "Spekter", "BI")),
            ("S2", "Pilot med kombinerte stillinger", "Helse Vest prøvde ut kombinerte stillinger.",
             ("1.4", "Pilot", "Helse Vest RHF", "Universitetet i Bergen, HVL"))]:
        report.add_heading(f"{label} {name}", 2)
        report.add_paragraph(account)
        table = report.add_table(rows=2, cols=4)
        for row, cells in zip(table.rows, [("Strategikode", "Virkemiddel", "Eier", "Sammen med"), facts]):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    report.save(tmp_path / "spekter.docx")
    result = extracted(tmp_path / "spekter.docx", matchers)
    assert _codes(result, matchers) == [("Lederutdanning for avdelingsledere i sykehus", "2.4"),
                                        ("Pilot med kombinerte stillinger", "1.4")]
    assert [(r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Spekter", "BI", "Videreutdanning på 30 studiepoeng i ledelse."),
        ("Helse Vest RHF", "Universitetet i Bergen, HVL", "Helse Vest prøvde ut kombinerte stillinger.")]
    assert not result.skipped


def test_a_decks_sections_name_the_delmal_of_the_slides_in_them(tmp_path, matchers):
    # KS (round 77): a board deck whose sections («1.2 Regionalt samarbeid», «2.1 Digital kompetanse») show only in
    # PowerPoint's thumbnail pane; the slides' sentences became rows and three of five measures were lost.
    from lxml import etree
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slides = []
    for title, lines in [("Kompetansetiltak i KS 2097", []),
                         ("Regionale samlinger om kompetanseplanlegging",
                          ["Samlinger", "KS holdt samlinger i alle fylker om kompetanseplanene.", "Ansvar: KS"]),
                         ("KS Digitalt lederprogram",
                          ["Lederprogram", "Program over seks samlinger for ledere i kommunene.", "Ansvar: KS Læring"]),
                         ("Veien videre", ["Kompetanseportalen lanseres i mars 2098."])]:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        for n, line in enumerate(lines):  # the kind's tag, the account and the grey line each a box of its own
            slide.shapes.add_textbox(Inches(1), Inches(2 + n), Inches(8), Inches(1)).text_frame.text = line
        slides.append(slide.slide_id)
    p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
    ns_p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    ext_list = etree.SubElement(deck.part._element, f"{{{ns_p}}}extLst")
    ext = etree.SubElement(ext_list, f"{{{ns_p}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    sections = etree.SubElement(ext, f"{{{p14}}}sectionLst", nsmap={"p14": p14})
    for n, (name, ids) in enumerate([("Innledning", slides[:1]), ("1.2 Regionalt samarbeid", slides[1:2]),
                                     ("2.1 Digital kompetanse", slides[2:3]), ("Veien videre", slides[3:])]):
        section = etree.SubElement(sections, f"{{{p14}}}section", name=name, id=f"{{7A3C00{n}0-5B1E-4D2A-9C61-2098000000{n}0}}")
        listed = etree.SubElement(section, f"{{{p14}}}sldIdLst")
        for slide_id in ids:
            etree.SubElement(listed, f"{{{p14}}}sldId", id=str(slide_id))
    deck.save(tmp_path / "ks.pptx")
    result = extracted(tmp_path / "ks.pptx", matchers)
    assert _codes(result, matchers) == [("Regionale samlinger om kompetanseplanlegging", "1.2"),
                                        ("KS Digitalt lederprogram", "2.1")]
    assert not result.skipped


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
