"""Shapes held-out round 57 showed the reader after its first look."""

from __future__ import annotations

from parsers.content import Content, Paragraph, TableBlock
from pipeline.rows import content_to_rows

from tests.pipeline.reading import extracted


def test_a_word_report_printed_with_its_markup_is_read_without_the_balloons(tmp_path, matchers):
    # Akademikerne's PDF (round 57), printed with «All markup»: the comment and deletion balloons in the shaded pane
    # ran into the lines beside them, and every tiltak was lost, quietly.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "Akademikerne rapport KPR 2081 (med markering).pdf"
    c = Canvas(str(path), pagesize=A4)
    width, height = A4
    c.setFillColorRGB(0.93, 0.93, 0.93)
    c.rect(395, 0, width - 395, height, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, height - 60, "Akademikernes rapport til Kompetansepolitisk råd – 2081")
    y = height - 110
    for n, (title, particulars, who, text, balloon) in enumerate((
            ("Akademikernes representant i KBU", "Delmål 1.1 – rådsarbeid", "Ansvar: Akademikerne",
             "Akademikerne deltok i alle møtene i utvalget.", "Slettet: 3. Lønnsundersøkelsen 2080"),
            ("Rapport om videreutdanning i privat sektor", "Delmål 2.2 – utredning", "Ansvar: Akademikerne Med: Fafo",
             "Rapporten viser at akademikere i privat sektor får mindre videreutdanning.",
             "Kommentar [KH1]: Nytt tiltak lagt inn etter møtet i desember.")), 1):
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, f"{n}. {title}")
        c.setFont("Helvetica", 10)
        for k, line in enumerate((particulars, who, text), 1):
            c.drawString(64, y - 14 * k, line)
        c.rect(405, y - 30, 180, 34, stroke=1, fill=0)
        c.drawString(410, y - 10, balloon[:40])
        c.drawString(410, y - 22, balloon[40:])
        y -= 90
    c.showPage()
    c.save()
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Akademikernes representant i KBU", "Delmål 1.1", "rådsarbeid"),
        ("Rapport om videreutdanning i privat sektor", "Delmål 2.2", "utredning")]
    assert any("kommentarer og sporede endringer i margen" in w for w in result.warnings)


def test_a_heading_said_again_in_another_language_under_it_stays_the_title(matchers):
    # Sametinget's report (round 57): each block's Norwegian heading, a North Sámi subtitle, then «Strategimål: …».
    # The subtitle was read as the tiltak.
    blocks = [Paragraph(1, 1, "Sametingets rapport til Kompetansepolitisk råd 2081", "heading", 1)]
    for n, (title, sami, code, text) in enumerate((
            ("Samisk karriereveiledning i Finnmark", "Sámegielat karrierabagadus Finnmárkkus", "1.3",
             "Prosjektet gir veiledning på nordsamisk ved karrieresenteret i Karasjok."),
            ("Kartlegging av kompetansebehov i reindriften", "Boazodoalu gealbodárbbuid kárten", "2.2",
             "Samisk høgskole kartla hvilken kompetanse reindriftsutøvere trenger.")), 1):
        line = 10 * n
        blocks += [Paragraph(1, line, title, "heading", 2), Paragraph(1, line + 1, sami),
                   Paragraph(1, line + 2, f"Strategimål: {code}"), Paragraph(1, line + 3, text)]
    # One so set without its labels is a tiltak all the same, its delmål not given (asked, not passed over).
    blocks += [Paragraph(1, 40, "Kompetansepluss i samiske områder", "heading", 2),
               Paragraph(1, 41, "Gealbolasáhus sámi guovlluin"),
               Paragraph(1, 42, "Kursene i grunnleggende ferdigheter for voksne i reindrift er en del av ordningen.")]
    read = content_to_rows(Content(blocks=tuple(blocks)), "sametinget.pdf", matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Samisk karriereveiledning i Finnmark", "1.3"), ("Kartlegging av kompetansebehov i reindriften", "2.2"),
        ("Kompetansepluss i samiske områder", "")]


def test_headerless_tables_under_delmal_headings_give_each_title_and_its_account(matchers):
    # KD's report (round 57): a borderless table of two columns under each delmål's heading, the name (its type set
    # small under it) beside what was done and who did it. No header named the columns: nothing was read.
    blocks = (Paragraph(None, 1, "Kunnskapsdepartementets rapport til Kompetansepolitisk råd – 2081", "heading", 1),
              Paragraph(None, 2, "Delmål 1.3 Karriereveiledning", "heading", 2),
              TableBlock(None, 1, (("Nasjonalt forum for karriereveiledning\nForum",
                                    "Forumet møttes fire ganger og drøftet veiledning av voksne.\nAnsvar: HK-dir · "
                                    "Samarbeid: KD, fylkeskommunene"),
                                   ("VeiViser – karriereveiledning på NAV-kontor (pilot)\nForsøk",
                                    "Karriereveiledere fra fylkeskommunene har faste dager på 12 NAV-kontor."))),
              Paragraph(None, 4, "Delmål 2.4 Koble kompetansebehov og utdanningstilbud", "heading", 2),
              TableBlock(None, 2, (("Evaluering av fagskolereformen\nEvaluering",
                                    "Første delrapport viser at fagskolene samarbeider tett med bransjene."),)))
    read = content_to_rows(Content(blocks=blocks), "kd.docx", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Nasjonalt forum for karriereveiledning", "Delmål 1.3 Karriereveiledning", "Forum", "HK-dir"),
        ("VeiViser - karriereveiledning på NAV-kontor (pilot)", "Delmål 1.3 Karriereveiledning", "Forsøk", ""),
        ("Evaluering av fagskolereformen", "Delmål 2.4 Koble kompetansebehov og utdanningstilbud", "Evaluering", "")]


def test_of_two_columns_of_codes_the_one_a_header_calls_numbers_is_no_delmal(matchers):
    # UHR's action plan (round 57): «HP-nr» («HP 1.1») numbers the plan; «KPS» («KPS 1.4») is the strategy's delmål.
    # The plan's numbers were taken as delmål, sure ones. Its rows done in 2080 or put off to 2082 are not 2081's.
    from pipeline.other_years import set_aside

    table = TableBlock(1, 1, (
        ("HP-nr", "Tiltak i handlingsplanen", "Virkemiddel", "Status 2081", "KPS", "Ansvar"),
        ("HP 1.1", "RSA-rådene ved universiteter og høyskoler", "Råd", "Pågår", "KPS 1.4", "Institusjonene"),
        ("HP 2.1", "Nasjonal praksiskonferanse", "Konferanse", "Gjennomført i 2080", "KPS 1.4", "UHR"),
        ("HP 2.3", "Kartlegging av EVU-tilbud", "Kartlegging", "Gjennomført", "KPS 2.4", "UHR"),
        ("HP 3.4", "Felles system for mikrokreditter", "Utviklingsprosjekt", "Utsatt til 2082", "KPS 2.5", "UHR")))
    content = Content(blocks=(table,))
    read = set_aside(content_to_rows(content, "uhr.pdf", matchers), content.blocks, "uhr.pdf", 2081,
                     matchers.catalogue.vocabulary)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("RSA-rådene ved universiteter og høyskoler", "KPS 1.4"), ("Kartlegging av EVU-tilbud", "KPS 2.4")]
    assert [s.locator for s in read.skipped] == ["p1-t1-r3", "p1-t1-r5"]


def test_a_name_that_says_in_brackets_it_ended_last_year_is_set_aside(matchers):
    # KS's role matrix (round 57): «Kompetanseløft for teknisk sektor (avsluttet 2080)» was a sure row of 2081.
    from pipeline.other_years import set_aside

    table = TableBlock(None, 1, (("Tiltak", "Delmål"), ("Kompetanseløft for teknisk sektor (avsluttet 2080)", "2.4"),
                                 ("Kompetansestrategi for kommunal sektor", "2.4")))
    content = Content(blocks=(table,))
    read = set_aside(content_to_rows(content, "ks.docx", matchers), content.blocks, "ks.docx", 2081,
                     matchers.catalogue.vocabulary)
    assert [r.get("tiltak") for r in read.rows] == ["Kompetansestrategi for kommunal sektor"]


def test_a_tab_stop_table_whose_rows_are_set_in_bold_is_read_as_a_table(tmp_path, matchers):
    # Unio's ODT (round 57): «Tiltak⇥Delmål⇥Form⇥Ansvar» over bold rows parted by tabs, each over its account. The bold
    # rows were read as headings, which ended the table: nothing was read.
    import docx

    report = docx.Document()
    report.add_heading("Unios tiltak i 2081 – rapport til Kompetansepolitisk råd", 1)
    report.add_paragraph().add_run("Tiltak\tDelmål\tForm\tAnsvar").bold = True
    for row, account in (("RSA ved Universitetet i Bergen\t1.4\tråd\tUnio", "Unio har én plass i rådet ved UiB."),
                         ("Etterutdanningsdager for politiansatte\t2.4\tkurs\tPolitiets Fellesforbund",
                          "Tre regionale kursdager om digitale etterforskningsverktøy."),
                         ("Unio-konferansen om profesjonsutdanning\t1.4\tkonferanse\tUnio",
                          "Konferanse i Oslo om praksisnære profesjonsutdanninger.")):
        report.add_paragraph().add_run(row).bold = True
        report.add_paragraph(account)
    path = tmp_path / "Unio – tiltak i 2081.docx"
    report.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("RSA ved Universitetet i Bergen", "1.4", "råd", "Unio"),
        ("Etterutdanningsdager for politiansatte", "2.4", "kurs", "Politiets Fellesforbund"),
        ("Unio-konferansen om profesjonsutdanning", "1.4", "konferanse", "Unio")]


def test_a_sheet_per_type_gives_its_rows_the_sheets_name_as_their_type(tmp_path, matchers):
    # Virke's workbook (round 57): a sheet per kind («Kurs og opplæring», «Møteplasser», «Analyser»), no type column.
    # The types were guessed from the names, three of them wrong.
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Forside"
    book.active["A1"] = "Virke – rapportering til Kompetansepolitisk råd 2081"
    for sheet, rows in (("Kurs og opplæring", [("Lederkurs for ideelle virksomheter", "2.4", "Virke")]),
                        ("Møteplasser", [("HR-dagen 2081 om kompetanse", "2.4", "Virke")]),
                        ("Analyser", [("Virkes kompetanseanalyse for varehandelen", "2.2", "Virke analyse")])):
        ws = book.create_sheet(sheet)
        ws.append(("Tiltak", "Delmål", "Ansvarlig"))
        for row in rows:
            ws.append(row)
    path = tmp_path / "Virke_KPR-rapport_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in result.rows] == [
        ("Lederkurs for ideelle virksomheter", "Kurs og opplæring"), ("HR-dagen 2081 om kompetanse", "Møteplasser"),
        ("Virkes kompetanseanalyse for varehandelen", "Analyser")]


def test_a_title_column_beside_its_account_is_no_translation(tmp_path, matchers):
    # KD's tables (round 57) as the report is read: two rows of «name / type» beside «account / Ansvar: …» passed for a
    # bilingual report's two languages, and only the account was read.
    import docx

    report = docx.Document()
    report.add_heading("Kunnskapsdepartementets rapport til Kompetansepolitisk råd – 2081", 1)
    report.add_heading("Delmål 1.1 Kompetansebehovsutvalget", 2)
    table = report.add_table(rows=2, cols=2)
    for row, (name, kind, account, who) in zip(table.rows, (
            ("Kompetansebehovsutvalget", "Utvalg", "KBU hadde seks møter og la i juni fram en rapport om det grønne "
             "skiftet.", "Ansvar: KD · Samarbeid: ASD"),
            ("Høringskonferanse om KBU-rapporten 2081", "Konferanse", "Departementet samlet partene til en åpen "
             "konferanse om funnene i utvalgets rapport.", "Ansvar: KD · Samarbeid: KS, NHO"))):
        row.cells[0].text = f"{name}\n{kind}"
        row.cells[1].text = f"{account}\n{who}"
    path = tmp_path / "KD_rapport_kompetansepolitisk_rad_2081.docx"
    report.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Kompetansebehovsutvalget", "Utvalg", "KD"), ("Høringskonferanse om KBU-rapporten 2081", "Konferanse", "KD")]


def test_a_row_holding_several_rows_run_together_is_asked_and_warned(matchers):
    # Spekter's Gantt chart printed to PDF (round 57): a summary task's three sub-tasks ran into one row, their names
    # into one cell, «04.01.77 01.03.77 01.09.76» in each date cell. Two tiltak were lost and nothing said.
    from pipeline.merged_rows import rows_run_together

    assert rows_run_together(["Råd Innspill Konferanse", "04.01.77 01.03.77 01.09.76", "15.12.77 30.04.77 30.11.76"]) == 3
    assert rows_run_together(["Kurs", "04.01.77", "15.12.77"]) == 0
    assert rows_run_together(["Kurs", "Fra 04.01.77 til 15.12.77", ""]) == 0  # one cell's period is one row's
    table = TableBlock(1, 1, (("Oppgavenavn", "Delmål", "Type", "Start", "Slutt"),
                              ("Deltakelse i UHR-Helse og velferd Innspill til UHR-Helse om praksisplasser", "1.4",
                               "Råd Innspill", "04.01.81 01.03.81", "15.12.81 30.04.81"),
                              ("Kompetansebarometer for helse og omsorg", "2.2", "Kartlegging", "01.02.81", "31.10.81")))
    read = content_to_rows(Content(blocks=(table,)), "spekter.pdf", matchers)
    assert [bool(r.doubt) for r in read.rows] == [True, False]
    assert any("slått sammen" in w and "p1-t1-r2" in w for w in read.warnings)


def test_last_years_table_with_a_status_column_keeps_only_this_years_rows(matchers):
    # Møre og Romsdal's DOCX (round 57): last year's table with «Status 2077 / merknad» added, read as the description;
    # «Avslutta i 2076» and «Utsett til 2078» there, and the row «Nye tiltak i 2077» over the new rows, were read as
    # tiltak.
    from pipeline.other_years import set_aside

    table = TableBlock(None, 1, (
        ("Tiltak (frå rapporten 2080)", "Delmål", "Type", "Status 2081 / merknad"),
        ("Regionalt kompetansebehovsutval", "1.2", "Utval", "Vidareført i 2081: Utvalet møttest fire gonger."),
        ("Kompetanseløftet for havbruk", "2.4", "Opplæring", "Avslutta i 2080"),
        ("Ny regional kompetansestrategi", "1.2", "Plan", "Utsett til 2082"),
        ("Nye tiltak i 2081", "", "", ""),
        ("Karrieremessa Molde 2081", "2.3", "Arrangement", "Nytt i 2081: Messe for elevar i vidaregåande skule.")))
    content = Content(blocks=(table,))
    read = set_aside(content_to_rows(content, "mrfk.docx", matchers), content.blocks, "mrfk.docx", 2081,
                     matchers.catalogue.vocabulary)
    assert [r.get("tiltak") for r in read.rows] == ["Regionalt kompetansebehovsutval", "Karrieremessa Molde 2081"]
    assert [s.locator for s in read.skipped] == ["t1-r3", "t1-r4"]


def test_a_type_column_whose_cells_open_with_the_delmals_code_gives_the_delmal(matchers):
    # YS's scanned letter (round 57): OCR ran the headers «Mål i strategien» and «Art» together, and the column read as
    # the type's held «2.3 råd», «2.5 prosjekt Dokumentere kompetanse»; each delmål was then guessed from the words.
    from pipeline.match import match_rows
    from tiltak_core.records import ExtractedRow

    table = TableBlock(1, 1, (
        ("Tiltak", "Måli strategien Art", "Hvem"),
        ("Samarbeidsrådet for yrkesopplæring", "2.3 råd", "YS (Delta)"),
        ("Fagbrev på jobb - reiseliv og servering", "2.5 prosjekt Dokumentere kompetanse", "Parat med NHO Reiseliv"),
        ("Kurs i kompetanseplaner for tillitsvalgte", "2.4 kurs", "Negotia med YS")))
    rows = content_to_rows(Content(blocks=(table,)), "ys.pdf", matchers).rows
    matched = match_rows([ExtractedRow(r, "YS", 1.0) for r in rows], matchers)
    assert [(t.delmal.value, t.delmal.inferred, t.type.value) for t in matched] == [
        ("2.3", False, "Råd/utvalg/nettverk"), ("2.5", False, "Prosjekt"), ("2.4", False, "Kurs/utdanning")]
    assert "typecellen" in matched[0].delmal.evidence
