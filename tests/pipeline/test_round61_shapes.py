"""Shapes held-out round 61 showed the reader after its first look."""

from __future__ import annotations

import textwrap

import docx
import openpyxl

from parsers.content import Paragraph
from pipeline.year import claim_year
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted
from tiltak_core.records import Document


def test_a_name_over_its_line_of_particulars_gives_the_delmal_beside_a_column_of_the_members_own_goals(tmp_path, matchers):
    # NHO's evaluation (round 61): «Praksisbrev for voksne / DM 3.1 · Pilot · Ansvar: NHO Byggenæringen · Med: LO» beside
    # «Mål for 2081»: the goal was taken for the delmål (by its words, wrongly), and the grey line stayed in the name.
    path = word_table_report(tmp_path / "NHO_evaluering_2081.docx", "Evaluering 2081", [
        ("Tiltak", "Mål for 2081", "Dette fungerte"),
        ("Praksisbrev for voksne\nDM 3.1 · Pilot · Ansvar: NHO Byggenæringen · Med: LO, fylkeskommunene",
         "50 voksne i gang med praksisbrev.", "58 voksne startet i 31 bedrifter."),
        ("Lærlingambassadører i ungdomsskolen\nDM 2.3 · Informasjon · Ansvar: NHO Kompetanse",
         "200 skolebesøk der lærlinger forteller om fagene sine.", "120 lærlinger besøkte 46 skoler.")])
    rows = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"),
             r.raw.get("samarbeidspartnere")) for r in rows] == [
        ("Praksisbrev for voksne", "3.1", "Pilot", "NHO Byggenæringen", "LO, fylkeskommunene"),
        ("Lærlingambassadører i ungdomsskolen", "2.3", "Informasjon", "NHO Kompetanse", "")]
    assert rows[0].raw.get("beskrivelse").startswith("50 voksne i gang med praksisbrev.")  # the goal is kept


def test_a_table_tying_the_members_own_goals_to_delmal_gives_the_measures_under_each_goal_its_delmal(tmp_path, matchers):
    # Unio's platform (round 61): «Våre mål | Bidrar til delmål i strategien» over «Mål B: … | 2.4»; the measures stand
    # under headings «Mål B: …». The goals were read as tiltak and two measures were lost.
    d = docx.Document()
    d.add_heading("Unios kompetansepolitiske plattform – status 2081", 1)
    table = d.add_table(rows=0, cols=2)
    for row in [("Våre mål", "Bidrar til delmål i strategien"), ("Mål A: Utdanninger i takt med arbeidslivet", "1.4"),
                ("Mål B: Livslang læring i velferdsstatens yrker", "2.4"), ("Mål E: Lønn som gjenspeiler kompetanse", "–")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for goal, name, text in [("Mål A: Utdanninger i takt med arbeidslivet", "Råd for samarbeid med arbeidslivet ved OsloMet",
                              "Unio har to plasser i rådet og fikk gjennomslag for felles vurdering av praksis."),
                             ("Mål B: Livslang læring i velferdsstatens yrker", "Videreutdanningsstipend for medlemmer i kommunene",
                              "Stipend til 340 medlemmer som tok videreutdanning ved siden av jobben.")]:
        d.add_heading(goal, 2)
        d.add_heading(name, 3)
        d.add_paragraph(text)
        d.add_paragraph("Ansvar: Utdanningsforbundet · Med: KS")
    path = tmp_path / "Unio_status_2081.docx"
    d.save(path)
    result = extracted(path, matchers)
    got = [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in result.rows]
    assert got == [("Råd for samarbeid med arbeidslivet ved OsloMet", "1.4"),
                   ("Videreutdanningsstipend for medlemmer i kommunene", "2.4")]
    assert any("knytter rapportens egne mål til delmål" in w for w in result.warnings)
    assert len([s for s in result.skipped if "egne mål" in s.reason]) == 3


def test_a_key_to_the_rows_marks_is_no_heading_and_a_row_struck_through_is_taken_out_and_said_so(tmp_path, matchers):
    # KS's workbook (round 61): «Gjennomstreket = avsluttet i 2080 · kursiv = planlagt 2082» above the header set every
    # row aside as another year's; the row struck through is 2080's.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("KS – kompetansetiltak 2081",))
    sheet.append(("Gjennomstreket = avsluttet i 2080 · kursiv = planlagt 2082",))
    sheet.append(("Tiltak", "Delmål", "Kort om tiltaket"))
    sheet.append(("Helsefagløftet", "3.1", "Ufaglærte tar fagbrev som helsefagarbeider i jobb."))
    sheet.append(("Heltidskultur – kampanje i kommunene", "2.4", "Kampanjen ble avsluttet i desember 2080."))
    for cell in sheet[5]:
        cell.font = openpyxl.styles.Font(strike=True)
    path = tmp_path / "KS_tiltak_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Helsefagløftet"]
    assert [(s.locator, s.reason) for s in result.skipped if "gjennomstreket" in s.reason] == [
        ("t1-r5", "raden er gjennomstreket i rapporten: medlemmet har tatt den ut")]
    assert any("1 rad er gjennomstreket i rapporten, og ble ikke tatt med (t1-r5)" in w for w in result.warnings)


def test_a_word_tables_row_struck_through_is_taken_out(tmp_path, matchers):
    d = docx.Document()
    d.add_heading("Tiltak 2081", 1)
    table = d.add_table(rows=0, cols=2)
    for row in [("Tiltak", "Delmål"), ("Kurs i digital kompetanse", "2.1"), ("Webinar om fagbrev", "2.3")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.paragraphs[0].add_run(text).font.strike = text in ("Webinar om fagbrev", "2.3")
    path = tmp_path / "YS_2081.docx"
    d.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kurs i digital kompetanse"]
    assert [s.locator for s in result.skipped] == ["t1-r3"]


def test_a_status_that_ended_before_and_says_no_work_in_the_year_sets_the_row_aside(tmp_path, matchers):
    # YS (round 61): «Avsluttet 2080 – ingen aktivitet i 2081.» in a «Status 2081» column read as the description.
    path = word_table_report(tmp_path / "YS_tiltak_2081.docx", "YS 2081", [
        ("Tiltak", "DM", "Form", "Status 2081"),
        ("Digitalt kompetanseløft for tillitsvalgte", "2.1", "Kurs", "Seks nettbaserte moduler om digitale verktøy."),
        ("Webinarserien «Digital hverdag»", "2.1", "Webinar", "Avsluttet 2080 – ingen aktivitet i 2081.")])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Digitalt kompetanseløft for tillitsvalgte"]
    assert "«Avsluttet 2080 - ingen aktivitet i 2081.»" in result.skipped[0].reason


def test_a_grant_applications_report_part_says_the_reports_year_and_its_applicant_table_is_no_tiltak(tmp_path, matchers):
    # VOFO (round 61): «Søknad om tilskudd … for 2082» with part «3 Rapport for 2081»: the title's year made the plans
    # for 2082 this year's, and «Adresse | Postboks …» in the applicant's table were read as tiltak.
    d = docx.Document()
    d.add_heading("Søknad om tilskudd til voksenopplæringsforbund for 2082", 1)
    table = d.add_table(rows=0, cols=2)
    for row in [("Søker", "Voksenopplæringsforbundet (VOFO)"), ("Adresse", "Postboks 4311 Sentrum, 0103 Oslo"),
                ("Kontaktperson", "Marit Sundby, rådgiver"), ("Antall medlemsorganisasjoner", "13 studieforbund")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_heading("3 Rapport for 2081", 2)
    d.add_paragraph("Nasjonalt forum for karriereveiledning. VOFO har én plass i forumet. (Strategien: delmål 1.3.)")
    d.add_heading("4 Planlagte tiltak 2082", 2)
    d.add_paragraph("Nettkurs for frivillige tillitsvalgte. Et nettkurs i styrearbeid. (Strategien: delmål 3.6.)")
    path = tmp_path / "VOFO_søknad_2082.docx"
    d.save(path)
    result = extracted(path, matchers)
    assert result.year_claim.year == 2081 and "Rapport for 2081" in result.year_claim.evidence
    assert [r.raw.get("tiltak") for r in result.rows] == ["Nasjonalt forum for karriereveiledning"]
    assert any("er opplysninger om rapporten" in w for w in result.warnings)
    # A report titled as one keeps its title's year.
    titled = claim_year(_content("Rapport for 2081", "Vedlegg: rapport for 2080"), Document(path, path.name, "docx", "x", 1))
    assert titled is not None and titled.year == 2081


def _content(title: str, heading: str):
    from parsers.content import Content

    return Content(blocks=(Paragraph(None, 1, title, "heading", 1), Paragraph(None, 2, heading, "heading", 2)), title=title)


def test_a_list_of_grant_recipients_and_amounts_is_not_read_as_tiltak_and_is_said_so(tmp_path, matchers):
    # Sametinget (round 61): «Mottaker | Beløp (kr) | Formål», operating grants, were read as three tiltak.
    path = word_table_report(tmp_path / "Sametinget_2081.docx", "Direkte tilskudd", [
        ("Mottaker", "Beløp (kr)", "Formål"), ("Samisk studiesenter Karasjok", "900 000", "Driftstilskudd 2081"),
        ("Sámi allaskuvla", "2 000 000", "Driftstilskudd til undervisning"),
        ("Samisk videregående skole og reindriftsskole", "1 200 000", "Utstyr til duodjiverkstedet")])
    result = extracted(path, matchers)
    assert not result.rows
    assert any("ingen overskriftsrad som sier hvilken kolonne som er tiltaket" in w for w in result.warnings)
    assert len(result.skipped) == 4


def test_a_sheet_named_by_a_delmal_gives_its_rows_that_delmal(tmp_path, matchers):
    # Møre og Romsdal (round 61): sheets «1.2», «2.3» and no delmål column.
    book = openpyxl.Workbook()
    book.active.title = "2.3"
    for row in [("Tiltak", "Kva slags", "Ansvarleg"), ("Yrkesfagdag på Nordmøre", "Arrangement", "Kristiansund vgs"),
                ("Samarbeidsrådet for yrkesopplæring – fylkeskommunane sin plass", "Rådsarbeid", "Fylkesdirektøren")]:
        book.active.append(row)
    path = tmp_path / "More_og_Romsdal_2081.xlsx"
    book.save(path)
    rows = extracted(path, matchers).rows
    assert [r.raw.get("delmal") for r in rows] == ["2.3", "2.3"]


def test_a_picture_reports_bookmarks_title_the_captions_on_their_pages(tmp_path, matchers):
    # Akademikerne (round 61): each page a picture and a caption ending «(Delmål 1.1)»; the measures' names were only in
    # the PDF's bookmarks, and the captions ran together across the pages.
    from reportlab.pdfgen import canvas

    path = tmp_path / "Akademikerne_2081_i_bilder.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setTitle("2081 i bilder")
    pages = [("Akademikerne i Kompetansebehovsutvalget", "Akademikernes representant presenterer utvalgets rapport "
              "under Arendalsuka. Ansvar: Akademikerne sentralt. (Delmål 1.1)"),
             ("Karrieredag for ph.d.-kandidater", "120 ph.d.-kandidater møtte arbeidsgivere utenfor akademia på "
              "karrieredagen i Oslo. Ansvar: Tekna. (Delmål 1.3)")]
    for n, (name, caption) in enumerate(pages):
        pdf.bookmarkPage(f"p{n}")
        pdf.addOutlineEntry(name, f"p{n}", level=0)
        pdf.rect(72, 300, 450, 400)  # the picture's frame
        text = pdf.beginText(72, 270)
        text.setFont("Helvetica", 11)
        for line in textwrap.wrap(caption, 80):
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    rows = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in rows] == [
        ("Akademikerne i Kompetansebehovsutvalget", "1.1"), ("Karrieredag for ph.d.-kandidater", "1.3")]


def test_a_measures_parts_on_lines_of_their_own_are_one_measure(tmp_path, matchers):
    # KD's cost lines (round 61): «Kompetansekompasset – videreutvikling …» over «Kompetansekompasset – drift og
    # brukerstøtte» were two tiltak; the measure is one, its parts in its description, however many lines it takes.
    book = openpyxl.Workbook()
    for row in [("Kostnadslinje", "KPR-delmål", "Merknad"),
                ("Kompetansekompasset – videreutvikling av verktøyet", "1.3", "Ny versjon lansert i mai."),
                ("Kompetansekompasset – drift og brukerstøtte", "1.3", "41 000 brukere."),
                ("Kompetansekompasset – oversettelse til samisk", "1.3", "Ferdig i desember."),
                ("Evaluering av karrieresentrene – oppdrag til NIFU", "1.3", "Første delrapport kom i høst."),
                ("Bransjeprogram – helse", "2.4", "Moduler for helsefagarbeidere."),
                ("Bransjeprogram – bygg", "2.5", "Moduler for byggfag."),
                ("Lønn og sosiale kostnader, avdeling for kompetansepolitikk", "", "Fire årsverk."),
                ("Husleie og fellestjenester", "", "")]:
        book.active.append(row)
    path = tmp_path / "KD_kostnadslinjer_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Kompetansekompasset", "1.3"), ("Evaluering av karrieresentrene - oppdrag til NIFU", "1.3"),
        ("Bransjeprogram - helse", "2.4"), ("Bransjeprogram - bygg", "2.5")]  # another delmål: another measure
    assert result.rows[0].raw.get("beskrivelse") == ("videreutvikling av verktøyet: Ny versjon lansert i mai. "
                                                     "drift og brukerstøtte: 41 000 brukere. "
                                                     "oversettelse til samisk: Ferdig i desember.")
    assert any("2 rader er en del av tiltaket på linjen over" in w for w in result.warnings)
    # The running costs among the cost lines are no measures, and are listed as such.
    assert [s.text for s in result.skipped if "driftsutgift" in s.reason] == [
        "Lønn og sosiale kostnader, avdeling for kompetansepolitikk", "Husleie og fellestjenester"]


def test_a_page_whose_bookmark_the_page_prints_goes_on_the_paragraph_from_the_page_before(tmp_path):
    # A Word export's headings are bookmarked and printed: a paragraph broken by the page break is still one
    # (round 41's LO report lost its Yrkesløftet paragraph when every bookmarked page started afresh).
    from reportlab.pdfgen import canvas

    from parsers.pdf import parse_pdf
    from parsers.registry import ParseOptions

    path = tmp_path / "LO_aarsberetning.pdf"
    pdf = canvas.Canvas(str(path))
    pages = [("Kompetanse", 760, "Sammen med NHO og Virke har LO stått bak informasjonskampanjen Yrkesløftet, som ble vist i", 100),
             ("Organisasjon", 600, "sosiale medier og på 140 ungdomsskoler (delmål 2.3).", 740)]
    for n, (heading, heading_at, line, line_at) in enumerate(pages):
        pdf.bookmarkPage(f"p{n}")
        pdf.addOutlineEntry(heading, f"p{n}", level=0)
        for text, at, font in ((heading, heading_at, ("Helvetica-Bold", 14)), (line, line_at, ("Helvetica", 11))):
            pdf.setFont(*font)
            pdf.drawString(72, at, text)
        pdf.showPage()
    pdf.save()
    texts = [getattr(b, "text", "") for b in parse_pdf(path, path.name, ParseOptions()).blocks]
    assert any(t.startswith("Sammen med NHO") and t.endswith("(delmål 2.3).") for t in texts)


def test_a_programmes_name_after_the_delmals_code_is_no_type(matchers):
    # Round 6's VOFO: «Delmål 3.2 – Kompetanseprogrammet» over «Promotering av Kompetanseprogrammet» was typed a
    # course while «Kompetanseprogram» was tried as a type word; the definite form after the code names the scheme.
    # («Bransjeprogrammet» is as near a type word today.)
    from pipeline.match import match_rows
    from tiltak_core.records import ExtractedRow, Provenance, RawRow

    rows = [ExtractedRow(RawRow(Provenance("vofo.docx", line=n), (("delmal", delmal), ("tiltak", text), ("type", ""))),
                         "VOFO", 1.0)
            for n, (delmal, text) in enumerate([("Delmål 2.4 – Bransjeprogrammet", "Promotering av Bransjeprogrammet"),
                                                ("2.4 Bransjeprogram", "Moduler i logistikk for lagerarbeidere")], 1)]
    matched = match_rows(rows, matchers)
    assert matched[0].type.value == "Informasjon" and matched[0].type.inferred
    assert (matched[1].type.value, matched[1].type.inferred) == ("Kurs/utdanning", False)


def test_seats_listed_as_bullets_take_their_delmal_from_the_sentence_pairing_codes_with_councils(tmp_path, matchers):
    # LO's annual report (round 61): «4.1 Representasjon» over seats as bullets, their delmål only in a sentence after
    # them; both seats were missed, and the heading must not become a tiltak once they are read.
    d = docx.Document()
    d.add_heading("4.1 Representasjon", 3)
    d.add_paragraph("LO har plass i disse organene som hører under den nasjonale kompetansepolitiske strategien:")
    d.add_paragraph("Kompetansebehovsutvalget (KBU) – Utvalget la i juni fram rapporten om grønn omstilling.",
                    style="List Bullet")
    d.add_paragraph("Faglig råd for teknikk og industriell produksjon – Rådet er ett av de faglige rådene under "
                    "Samarbeidsrådet for yrkesopplæring.", style="List Bullet")
    d.add_paragraph("Rådsplassene hører til delmål 1.1 (KBU) og 2.3 (de faglige rådene under SRY) i strategien.")
    path = tmp_path / "LO_årsmelding_2081.docx"
    d.save(path)
    rows = [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in extracted(path, matchers).rows]
    assert rows == [("Kompetansebehovsutvalget (KBU)", "delmål 1.1"),
                    ("Faglig råd for teknikk og industriell produksjon", "delmål 2.3")]


def test_a_kind_told_by_fill_colour_and_a_plan_told_by_italics_are_read_from_the_sheets_own_key(tmp_path, matchers):
    # KS (round 61): a legend row of filled cells in KS's words, «kursiv = planlagt 2082» in a key line, and the Tiltak
    # cells filled and set in italics accordingly; the types were guessed and the plan read as the year's.
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    sheet = book.active
    colours = {"Råd og nettverk": "BDD7EE", "Opplæring": "C6EFCE", "Arrangement": "F8CBAD"}
    sheet.append(("KS – kompetansetiltak 2081",))
    sheet.append(tuple(colours))
    for cell, colour in zip(sheet[2], colours.values()):
        cell.fill = PatternFill("solid", fgColor=colour)
    sheet.append(("Gjennomstreket = avsluttet i 2080 · kursiv = planlagt 2082",))
    sheet.append(("Tiltak", "Delmål", "KS-enhet"))
    for name, code, kind, italic in [("Faglig råd for helse- og oppvekstfag", "2.3", "Råd og nettverk", False),
                                     ("Yrkesfagfestivalen 2081", "2.3", "Arrangement", False),
                                     ("Helsefagløftet", "3.1", "Opplæring", False),
                                     ("Digital lærlingportal for kommunene", "2.3", "Opplæring", True)]:
        sheet.append((name, code, "KS Utdanning"))
        sheet.cell(sheet.max_row, 1).fill = PatternFill("solid", fgColor=colours[kind])
        sheet.cell(sheet.max_row, 1).font = Font(italic=italic)
    path = tmp_path / "KS_fargekodet_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in result.rows] == [
        ("Faglig råd for helse- og oppvekstfag", "Råd og nettverk"), ("Yrkesfagfestivalen 2081", "Arrangement"),
        ("Helsefagløftet", "Opplæring")]
    assert any("«planlagt 2082»" in s.reason for s in result.skipped)
