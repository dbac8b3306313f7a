"""Shapes held-out round 59 showed the reader after its first look."""

from __future__ import annotations

from parsers.content import Paragraph, TableBlock

from tests.pipeline.reading import extracted, read_blocks


def test_a_plan_cell_that_tells_the_tiltak_with_its_delmal_line_is_the_tiltak_not_a_delmal(matchers):
    # Sametinget's plan against result (round 59): the plan cell (name, a sentence, «Delmål 1.3 · Rådsarbeid») was read
    # as the delmål column and what was done as the tiltak, quietly; a row put off to next year was kept.
    table = TableBlock(None, 1, (
        ("Planlagt i handlingsplanen for 2079", "Gjennomført i 2079"),
        ("Nasjonalt forum for karriereveiledning – Sametingets plass\nSametinget skal delta i forumet og arbeide for "
         "veiledning som tar hensyn til samisk språk og kultur. Delmål 1.3 · Rådsarbeid",
         "Sametinget deltok i alle forumets møter."),
        ("Kompetansepluss i samiske områder\nOpplæring i grunnleggende ferdigheter knyttet til reindrift og duodji. "
         "Delmål 3.2 · Opplæring", "Seks kurs i Finnmark med 70 deltakere."),
        ("Samisk lærlingportal\nNettportal for læreplasser i samiske bedrifter. Delmål 2.3 · Informasjon",
         "Ikke gjennomført. Flyttet til 2080.")))
    rows = read_blocks([table], matchers, "sametinget.pdf").rows
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type")) for r in rows[:2]] == [
        ("Nasjonalt forum for karriereveiledning - Sametingets plass", "1.3", "Rådsarbeid"),
        ("Kompetansepluss i samiske områder", "3.2", "Opplæring")]
    assert rows[0].get("beskrivelse").startswith("Sametinget skal delta i forumet")


def test_a_status_of_two_short_sentences_that_moves_the_measure_to_next_year_sets_it_aside(tmp_path, matchers):
    import openpyxl

    book = openpyxl.Workbook()
    for row in (("Tiltak", "Delmål", "Status"), ("Samisk lærlingportal", "2.3", "Ikke gjennomført. Flyttet til 2080."),
                ("Kompetansepluss i samiske områder", "3.2", "Gjennomført")):
        book.active.append(row)
    path = tmp_path / "Sametinget_KPR_2079.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansepluss i samiske områder"]
    assert [s.locator for s in result.skipped] == ["t1-r2"]


def test_a_fact_sheets_table_under_its_box_captions_is_the_tiltak_of_the_title_above_them(matchers):
    # KS's fact sheets (round 59): «Fakta» over the particulars table was taken for the tiltak's name, surely.
    blocks = [Paragraph(2, 1, "Faktaark 1 av 2"), Paragraph(2, 2, "KS i Samarbeidsrådet for yrkesopplæring", "heading"),
              Paragraph(2, 3, "Kort fortalt", "heading"),
              Paragraph(2, 4, "KS representerer kommunesektoren i SRY og la vekt på læreplasser."),
              Paragraph(2, 5, "Fakta", "heading"),
              TableBlock(2, 1, (("Strategimål", "2.3 Karrieremuligheter i yrkesfag"), ("Type tiltak", "Råd og utvalg"),
                                ("Samarbeidspartnere", "LO, NHO, Unio, YS")))]
    rows = read_blocks(blocks, matchers, "ks.pdf").rows
    assert [(r.get("tiltak"), r.get("delmal")[:3]) for r in rows] == [("KS i Samarbeidsrådet for yrkesopplæring", "2.3")]


def test_a_scale_sheet_explaining_a_matrixs_score_columns_is_no_tiltak_table(tmp_path, matchers):
    # NHO's prioritisation matrix (round 59): «Innsats (1–5)», a score, was taken for the tiltak column (so the table
    # «counted» tiltak and was skipped), and the «Skala» sheet's explanations of the scores were read as tiltak.
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Matrise"
    for row in (("Nr", "Tiltak", "Strategimål", "Kategori", "Effekt (1–5)", "Innsats (1–5)", "Eier"),
                (1, "Kompetansebehovsutvalget", "1.1 – KBU", "Råd og utvalg", 5, 2, "NHO Kompetanse"),
                (2, "SMB-kartleggeren", "2.2 – Kunnskap", "Kartlegging", 4, 3, "NHO Kompetanse")):
        book.active.append(row)
    scale = book.create_sheet("Skala")
    for row in (("Poeng", "Effekt", "Innsats"), (1, "Liten betydning for medlemmene", "Kan gjøres innenfor driften"),
                (5, "Stor betydning for kompetansen", "Krever stor innsats over flere år")):
        scale.append(row)
    path = tmp_path / "NHO prioriteringsmatrise 2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansebehovsutvalget", "SMB-kartleggeren"]
    assert any("forklarer verdiene" in w and "Skala" in w for w in result.warnings)


def test_a_second_sheet_repeating_the_header_is_no_key(tmp_path, matchers):
    import openpyxl

    book = openpyxl.Workbook()
    for title, name in (("Område 1", "Kompetansebehovsutvalget"), ("Område 2", "Kurs i digital kompetanse")):
        sheet = book.active if title == "Område 1" else book.create_sheet(title)
        sheet.title = title
        sheet.append(("Tiltak", "Delmål", "Type"))
        sheet.append((name, "1.1" if title == "Område 1" else "2.1", "Råd" if title == "Område 1" else "Kurs"))
    path = tmp_path / "LO_KPR_2081.xlsx"
    book.save(path)
    assert [r.raw.get("tiltak") for r in extracted(path, matchers).rows] == [
        "Kompetansebehovsutvalget", "Kurs i digital kompetanse"]


def test_a_cross_tab_of_owners_by_kinds_gives_each_filled_cell_as_a_tiltak(tmp_path, matchers):
    # Unio's report per union (round 59): unions across the top, kinds of measure down the side; read row by row the
    # first union's cells were the only tiltak.
    import docx

    d = docx.Document()
    d.add_heading("Unio – tiltak i kompetansepolitikken 2081, fordelt på forbund", 1)
    grid = (("", "Utdanningsforbundet", "Norsk Sykepleierforbund", "Forskerforbundet"),
            ("Råd og utvalg", "Nasjonalt råd for lærerutdanning", "–", "RSA ved Universitetet i Bergen"),
            ("Kurs og opplæring", "–", "Kurs for praksisveiledere i sykehjem", "–"))
    table = d.add_table(rows=len(grid), cols=4)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "Unio_KPR_2081.docx"
    d.save(path)
    rows = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in rows] == [
        ("Nasjonalt råd for lærerutdanning", "Råd og utvalg", "Utdanningsforbundet"),
        ("RSA ved Universitetet i Bergen", "Råd og utvalg", "Forskerforbundet"),
        ("Kurs for praksisveiledere i sykehjem", "Kurs og opplæring", "Norsk Sykepleierforbund")]


def test_a_table_whose_last_column_only_labels_owners_is_no_translation_of_its_tiltak(tmp_path, matchers):
    # Akademikerne's table (round 59): «Ansvar: Tekna / Med: NTNU» in its last column made it pass for a bilingual
    # report's parallel columns, and the file gave no tiltak.
    import docx

    d = docx.Document()
    rows = (("Tiltak", "Aktiviteter i 2081", "Bidrar til", "Form", "Ansvar og partnere"),
            ("Kompetansebehovsutvalget\nAkademikerne har én av partenes plasser i utvalget.",
             "• Fire utvalgsmøter\n• Frokostseminar om rapporten\n• Kommentarer til kapittelet", "Delmål 1.1", "Utvalgsarbeid", "Ansvar: Akademikerne sentralt\nMed: medlemsforeningene"),
            ("Råd for samarbeid med arbeidslivet ved NTNU\nTekna sitter i NTNUs RSA på vegne av Akademikerne.",
             "• Tre rådsmøter\n• Innspill til studieporteføljen\n• Møte med studentene", "Delmål 1.4", "Rådsarbeid", "Ansvar: Tekna\nMed: NTNU"),
            ("Etterutdanningsundersøkelsen 2081\nUndersøkelse blant medlemmene om etterutdanning.",
             "• Spørreundersøkelse\n• Rapport\n• Seminar", "Delmål 2.2", "Undersøkelse", "Ansvar: Akademikerne sentralt\nMed: Opinion"))
    table = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            # As Word holds them: each line a paragraph of its own, the tiltak's name in bold.
            first, *rest = text.split("\n")
            cell = table.cell(r, c)
            if first.startswith("• "):
                first, rest = "", [first, *rest]
            cell.paragraphs[0].add_run(first).bold = bool(r and c == 0)
            for line in rest:
                cell.add_paragraph(line.removeprefix("• "), "List Bullet" if line.startswith("• ") else None)
    path = tmp_path / "Akademikerne_tiltak_2081.docx"
    d.save(path)
    found = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")[-3:]) for r in found] == [
        ("Kompetansebehovsutvalget", "1.1"), ("Råd for samarbeid med arbeidslivet ved NTNU", "1.4"),
        ("Etterutdanningsundersøkelsen 2081", "2.2")]


def test_a_rolling_lists_marks_in_other_years_columns_set_the_row_aside(tmp_path, matchers):
    # YS's three-year list (round 59): the year a row belongs to is only its mark under «2078 | 2079 | 2080».
    import openpyxl

    book = openpyxl.Workbook()
    for row in (("YS – rapport til Kompetansepolitisk råd for 2081",), ("Tiltak", "Delmål", "Type", "2080", "2081", "2082"),
                ("Omstillingskonferansen 2081", "2.4", "Konferanse", None, "●", None),
                ("Nettsiden Rett til kompetanse", "1.3", "Informasjon", "✓", "●", "○"),
                ("Digitalt grunnkurs for tillitsvalgte", "2.1", "Kurs", "✓", None, None),
                ("Kurs i omstilling for ansatte i transport", "2.1", "Kurs", None, None, "○")):
        book.active.append(row)
    path = tmp_path / "YS_tiltaksoversikt_2080-2082.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Omstillingskonferansen 2081", "Nettsiden Rett til kompetanse"]
    assert [(s.locator, s.reason.endswith("(«merket for 2082, ikke 2081»)")) for s in result.skipped] == [
        ("t1-r5", False), ("t1-r6", True)]


def test_a_boards_minutes_give_its_cases_and_not_its_formal_items(matchers):
    # LO's committee minutes (round 59): «Saksansvarlig:» was read as the delmål, and the formal items of the agenda
    # («Godkjenning av innkalling og saksliste», «Eventuelt») as tiltak.
    blocks = [Paragraph(1, 1, "Protokoll fra møte i LOs kompetanseutvalg 2/2081", "heading"),
              Paragraph(1, 2, "Sak 10/81 Godkjenning av innkalling og saksliste", "heading"),
              Paragraph(1, 3, "Saksansvarlig: Leder"), Paragraph(1, 4, "Vedtak: Innkalling og saksliste godkjent."),
              Paragraph(1, 5, "Sak 12/81 Lesesterk på arbeidsplassen", "heading"),
              Paragraph(1, 6, "Saksansvarlig: LOs studiesenter"),
              Paragraph(1, 7, "Kurset i lesing og skriving for ansatte i renhold ble holdt i fire byer, jf. delmål 3.2."),
              Paragraph(1, 8, "Vedtak: Utvalget tar orienteringen til etterretning."),
              Paragraph(1, 9, "Sak 15/81 Eventuelt", "heading"), Paragraph(1, 10, "Saksansvarlig: Leder"),
              Paragraph(1, 11, "Ingen saker.")]
    read = read_blocks(blocks, matchers, "lo_protokoll.pdf")
    assert [(r.get("tiltak"), r.get("ansvarlig"), r.get("delmal")) for r in read.rows] == [
        ("Sak 12/81 Lesesterk på arbeidsplassen", "LOs studiesenter", "")]
    assert {s.text for s in read.skipped} >= {"Sak 10/81 Godkjenning av innkalling og saksliste", "Sak 15/81 Eventuelt"}
    assert any("faste saker på et møte" in w and "lo_protokoll.pdf" in w for w in read.warnings)


def test_rows_tagged_with_another_year_before_their_name_are_set_aside(tmp_path, matchers):
    # Spekter's sheet (round 59) greys «(2078) Helsefagarbeiderløftet – ferdig» and «(2080) … – planlagt» at its foot.
    import openpyxl

    book = openpyxl.Workbook()
    for row in (("Spekter – tiltak 2081",), ("Tiltak", "Hva", "Strategien"),
                ("Lederprogram for kompetanseplanlegging", "Program for ledere i sykehus.", "2.4"),
                ("(2080) Helsefagarbeiderløftet – ferdig", "Avsluttet.", "2.3"),
                ("(2082) Introduksjonskurs for lærlinger – planlagt", "Starter neste år.", "2.3")):
        book.active.append(row)
    path = tmp_path / "Spekter KPR 2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Lederprogram for kompetanseplanlegging"]
    assert [s.locator for s in result.skipped] == ["t1-r4", "t1-r5"]


def _list_print(path) -> None:
    """A SharePoint list view printed from the browser: borderless rows grouped by year, the site's address below."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(20, height - 16, "20.01.2080, 10:14")
    c.drawString(375, height - 16, "KPR-tiltak - Alle elementer")
    c.drawString(20, 14, "https://virke.sharepoint.com/sites/Samfunnskontakt/Lists/KPRtiltak/AllItems.aspx")
    c.drawString(width - 30, 14, "1/1")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(34, height - 90, "KPR-tiltak")
    xs = (46, 196, 316, 394, 486, 596)
    y = height - 130
    c.setFont("Helvetica", 8)
    for x, label in zip(xs, ("Tittel ˅", "Strategimål ˅", "Tiltakstype ˅", "Ansvarlig avdeling ˅", "Samarbeid med ˅",
                             "Beskrivelse ˅")):
        c.drawString(x, y, label)
    groups = [("2078", [(("Handelens fagbrevdag",), ("2.3 Yrkesfagene",), ("Arrangement",), ("Kompetanse og", "utdanning"),
                         (), ("Gjennomført 14. november 2078.",))]),
              ("2079", [(("Kompetansebehovsutvalget – Virkes", "medlem"), ("1.1",), ("Råd og utvalg",), ("Samfunnskontakt",),
                         ("KD, partene",), ("Virkes medlem i KBU har bidratt i arbeidet med rapporten", "om grønn omstilling.")),
                        (("Karrierekompasset for handelsansatte",), ("1.3 Karriereveiledning",), ("Digitalt verktøy",),
                         ("Kompetanse og", "utdanning"), ("KD, Kompetanseforbundet",),
                         ("Virke har laget en egen inngang til Karrierekompasset for", "ansatte i varehandelen, med "
                          "eksempler på karriereveier.")),
                        (("Kurs i netthandel for små butikker",), ("2.1 Digital kompetanse",), ("Kurs",),
                         ("Kompetanse og", "utdanning"), ("Fagskolen Oslo",),
                         ("Nettbasert kurs på seks uker i netthandel, betaling og", "digital markedsføring."))]),
              ("2080", [(("Lærlingportal for ideell sektor",), ("2.3 Yrkesfagene",), ("Digitalt verktøy",),
                         ("Kompetanse og", "utdanning"), (), ("Oppstart planlagt våren 2080.",))])]
    for year, rows in groups:
        y -= 19
        c.drawString(32, y, f"˅ Rapporteringsår : {year} ({len(rows)})")
        for cells in rows:
            y -= 17
            for x, lines in zip(xs, cells):
                for k, line in enumerate(lines):
                    c.drawString(x, y - 10 * k, line)
            y -= 10 * (max(len(cell) for cell in cells) - 1)
            c.line(30, y - 6, width - 16, y - 6)
    c.save()


def test_a_printed_web_list_grouped_by_year_gives_the_years_rows_from_its_sites_member(tmp_path):
    # Virke's SharePoint list printed from the browser (round 59): its wide description column was read as a second
    # column of text, its year groups ended the table, and as no line named Virke the file was rejected, quietly losing
    # six tiltak. The rows are the table's; a group heading's year is the rows'; the printed address names the site.
    from pipeline import run
    from pipeline.settings import Settings

    inbox = tmp_path / "innboks"
    inbox.mkdir()
    _list_print(inbox / "KPR-tiltak - Alle elementer.pdf")
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2079, cache=False))
    (doc,) = result.documents
    assert doc.member == "Virke" and "virke.sharepoint.com" in doc.member_evidence
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")[:3]) for r in doc.rows] == [
        ("Kompetansebehovsutvalget - Virkes medlem", "1.1"), ("Karrierekompasset for handelsansatte", "1.3"),
        ("Kurs i netthandel for små butikker", "2.1")]
    assert doc.rows[1].raw.get("beskrivelse").endswith("med eksempler på karriereveier.")
    assert sorted(s.text.split(" | ")[0] for s in doc.skipped) == ["Handelens fagbrevdag", "Lærlingportal for ideell sektor"]


def test_a_case_named_as_next_years_plan_after_a_dash_is_set_aside(tmp_path, matchers):
    # LO's minutes (round 59): «Sak 35/79 Kampanje om fagbrev for voksne – plan for 2080» was read as a 2079 tiltak.
    import openpyxl

    book = openpyxl.Workbook()
    for row in (("Tiltak", "Delmål"), ("Kampanje om fagbrev for voksne – plan for 2080", "2.3"),
                ("Lesesterk på arbeidsplassen – LOs grupper", "3.2"), ("Fagbrevdagen – gjennomført 2079", "2.3")):
        book.active.append(row)
    path = tmp_path / "LO_KPR_2079.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Lesesterk på arbeidsplassen - LOs grupper",
                                                         "Fagbrevdagen - gjennomført 2079"]
    assert [s.locator for s in result.skipped] == ["t1-r2"]


def test_quarterly_tables_take_each_tiltaks_particulars_from_the_list_closing_the_report(matchers):
    # Kompetanseforbundet's quarterly reports (round 59): the same tiltak in each quarter's table (on another page, the
    # same table number) was read twice, and the closing list «Karrierekompasset – delmål 1.3, digitalt verktøy;
    # ansvar: …; med: …» was not read, so no row had its delmål.
    def quarter(page, index, rows):
        return TableBlock(page, index, (("Tiltak", "Status", "Kommentar"), *rows))

    blocks = [quarter(1, 2, [("Karrierekompasset", "● Startet", "Testet med 300 medlemmer.")]),
              quarter(1, 3, [("Veiledningsforum Vest", "◐ Pågår", "To samlinger.")]),
              quarter(2, 2, [("Karrierekompasset", "◐ Pågår", "Nytt kurs for medlemmer i NAV.")]),
              Paragraph(2, 1, "Tiltakene våre i 2079", "heading", level=2),
              Paragraph(2, 2, "Karrierekompasset – delmål 1.3, digitalt verktøy; ansvar: Kompetanseforbundet; med: KD, "
                              "Virke", "bullet"),
              Paragraph(2, 3, "Veiledningsforum Vest – delmål 1.2, nettverk; ansvar: Kompetanseforbundet region vest",
                        "bullet")]
    rows = read_blocks(blocks, matchers, "kf.pdf").rows
    assert [(r.provenance.locator, r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("samarbeidspartnere"))
            for r in rows] == [("p1-t2-r2", "Karrierekompasset", "1.3", "digitalt verktøy", "KD, Virke"),
                               ("p1-t3-r2", "Veiledningsforum Vest", "1.2", "nettverk", "")]


def test_a_goal_cell_linking_to_one_delmal_of_the_strategy_gives_its_code(tmp_path, matchers):
    # Spekter's sheet (round 59): «Grunnleggende ferdigheter på jobben», linked to …/kompetansestrategien#delmal-3-2,
    # was matched by its words alone, to 3.5.
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (("Tiltak", "Strategimål", "Eier"), ("Lesesterk i sykehusene", "Grunnleggende ferdigheter på jobben", "Spekter"),
                ("Frokostmøte om kompetanse", "Læring hele livet", "Spekter")):
        sheet.append(row)
    sheet["B2"].hyperlink = "https://www.regjeringen.no/kompetansestrategien#delmal-3-2"
    sheet["B3"].hyperlink = "https://www.spekter.no/kompetanse"
    path = tmp_path / "Spekter_KPR_2079.xlsx"
    book.save(path)
    rows = extracted(path, matchers).rows
    assert [r.raw.get("delmal") for r in rows] == ["Grunnleggende ferdigheter på jobben (delmål 3.2)", "Læring hele livet"]
