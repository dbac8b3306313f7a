"""Shapes held-out round 58 showed the reader after its first look."""

from __future__ import annotations

from parsers.content import Paragraph, TableBlock

from tests.pipeline.reading import extracted, read_blocks


def test_a_scorecards_indicator_and_result_columns_are_not_its_tiltak(matchers):
    # Vestland's scorecard (round 58): «Mål | Indikator | Resultat 2078 | Tiltak»; the short indicators were taken for
    # the tiltak and the named «Tiltak» column for their description, quietly.
    table = TableBlock(None, 1, (
        ("Mål", "Indikator", "Resultat 2078", "Tiltak", "Ansvarleg"),
        ("Regionen skal samordne kompetansepolitikken", "Møte i panelet", "4 →",
         "Kompetansebehovspanelet for Vestland\nEit regionalt panel etter modell av KBU, med forskarar og partane.", "Strategi"),
        ("Alle skal ha tilgang til god karriererettleiing", "Rettleiingssamtalar", "14 200 ↑",
         "Nasjonalt forum for karriererettleiing\nKarriere Vestland representerer karrieresentera i forumet.", "Karriere Vestland"),
        ("Fleire skal velje og fullføre yrkesfag", "Besøkjande", "5 200 ↑",
         "Fagbrevfestivalen 2078\nVestland var vertskap for festivaldagen i Bergen med konkurransar.", "Opplæring")))
    rows = read_blocks([table], matchers, "vestland.odt").rows
    assert [r.get("tiltak") for r in rows] == [
        "Kompetansebehovspanelet for Vestland", "Nasjonalt forum for karriererettleiing", "Fagbrevfestivalen 2078"]


def test_a_charts_legend_of_type_words_is_no_tiltak(matchers):
    # YS's worksheet printed with its chart (round 58): the legend «Undersøkelse Kurs» under a bar's «1.1 1» was a sure
    # tiltak of delmål 1.1.
    blocks = [Paragraph(1, 1, "YS-tiltak 2078 etter delmål og art", "heading"), Paragraph(1, 2, "1.1 1"),
              Paragraph(1, 3, "Undersøkelse Kurs"), Paragraph(1, 4, "2.1 1"), Paragraph(1, 5, "Arrangement Utviklingsarbeid")]
    read = read_blocks(blocks, matchers, "ys.pdf")
    assert not [r.get("tiltak") for r in read.rows]


def test_a_row_that_points_back_to_the_row_above_is_not_a_second_tiltak(matchers):
    # Virke's sheet (round 58) lists a tiltak once per delmål it serves, «se over» in the second row's description.
    table = TableBlock(None, 1, (
        ("Tiltak", "Delmål", "Hovedmål", "Type", "Beskrivelse"),
        ("KI-løftet i varehandelen", "2.1", "✓", "Kurs", "Korte nettkurs i kunstig intelligens for ansatte i handelen."),
        ("KI-løftet i varehandelen", "2.4", "–", "Kurs", "se over"),
        ("Handelsdagen 2078", "2.4", "✓", "Møteplass", "Årlig konferanse.")))
    read = read_blocks([table], matchers, "virke.pdf")
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [("KI-løftet i varehandelen", "2.1"),
                                                                        ("Handelsdagen 2078", "2.4")]
    assert [s.locator for s in read.skipped] == ["t1-r3"]


def test_a_catalogues_particulars_line_names_no_delmal_and_its_index_sets_no_body_size(tmp_path, matchers):
    # KD's catalogue (round 58): «UTVALG. Ansvar KD · Samarbeid ASD» under each title was read as «delmål · type» (every
    # delmål 1.2), and the index's dot leaders made its small size the body's, so the accounts read as headings.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "KD_tiltakskatalog_2081.pdf"
    c = Canvas(str(path), pagesize=A4)
    y = 770
    for size, font, text in ((14, "Helvetica-Bold", "Delmål 1.1 – Kompetansebehovsutvalget"),
                             (11, "Times-Bold", "K-1 Kompetansebehovsutvalget (KBU)"),
                             (8, "Helvetica", "UTVALG. Ansvar KD · Samarbeid ASD, partene i arbeidslivet"),
                             (10, "Times-Roman", "Utvalget hadde fem møter i 2081 og la fram sin rapport om omsorgssektoren."),
                             (11, "Times-Bold", "K-2 Regionale seminarer om KBU-rapporten"),
                             (8, "Helvetica", "SEMINARSERIE. Ansvar KD · Samarbeid fylkeskommunene"),
                             (10, "Times-Roman", "Departementet holdt fire regionale seminarer om funnene i rapporten."),
                             (14, "Helvetica-Bold", "Delmål 1.3 – Karriereveiledning"),
                             (11, "Times-Bold", "K-3 Nasjonalt forum for karriereveiledning"),
                             (8, "Helvetica", "FORUM. Ansvar KD · Samarbeid HK-dir, partene"),
                             (10, "Times-Roman", "Forumet møttes tre ganger og arbeidet med veiledning for voksne.")):
        c.setFont(font, size)
        c.drawString(70, y, text)
        y -= size + 12
    c.showPage()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(70, 770, "Stikkordregister")
    c.setFont("Helvetica", 8)
    for n, word in enumerate(("E", "evaluering", "F", "fagskole", "K", "KBU", "S", "seminar", "U", "utvalg")):
        c.drawString(70, 740 - 16 * n, word if len(word) == 1 else f"{word} " + ". " * 60 + " 3")
    c.save()
    rows = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")[:10]) for r in rows] == [
        ("K-1 Kompetansebehovsutvalget (KBU)", "Delmål 1.1"), ("K-2 Regionale seminarer om KBU-rapporten", "Delmål 1.1"),
        ("K-3 Nasjonalt forum for karriereveiledning", "Delmål 1.3")]


def test_sticky_notes_read_as_a_table_give_cut_names_that_are_asked_and_warned(matchers):
    # Spekter's board (round 58): notes side by side read as a table; «Møter i rådet og i arbeidsgruppen om», «helsefag.»
    # and «Eier: Spekter · Med: LO, NHO» became sure tiltak of a file read without a remark.
    table = TableBlock(1, 1, (
        ("Kompetansekartlegging i", "SRY – Spekters representant", "Lærlingløftet i sykehusene"),
        ("ambulansetjenesten", "Møter i rådet og i arbeidsgruppen om", "Flere læreplasser i"),
        ("Kartla kompetanse og behov hos", "helsefag.", "helsearbeiderfaget; 140 nye"),
        ("000 ansatte.", "Eier: Spekter · Med: LO, NHO", "lærlinger.")), ruled=False)
    read = read_blocks([Paragraph(1, 1, "1.3 Karriereveiledning", "heading"), table], matchers, "spekter.pdf")
    names = [r.get("tiltak") for r in read.rows]
    assert "Eier: Spekter · Med: LO, NHO" not in names
    assert any("kuttet" in w for w in read.warnings)


def test_line_numbers_in_the_margin_are_the_printouts_not_a_column(tmp_path, matchers):
    # Kompetanseforbundet's board paper (round 58), printed with line numbers: each number stood beside its line as a
    # table's first column, and the memo's five numbered tiltak were lost.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "Kompetanseforbundet rapport KPR 2081 (linjenummerert).pdf"
    c = Canvas(str(path), pagesize=A4)
    lines = ["Sak: Rapport til Kompetansepolitisk råd for 2081",
             "Styret bes godkjenne rapporten før den sendes sekretariatet innen fristen. Tiltakene i 2081 var:",
             "1. Medlemskap i NFK",
             "Kompetanseforbundet er medlem av Nasjonalt forum for karriereveiledning og deltok på forumets tre",
             "møter i 2081.", "Dette hører til delmål 1.3 om karriereveiledning.",
             "2. Medlemsundersøkelse om karriereveiledning i arbeidslivet",
             "Vi spurte 600 medlemmer om hvilken veiledning de har fått gjennom arbeidsgiveren sin.",
             "Undersøkelsen hører inn under delmål 1.3.",
             "3. Seniorveiviseren", "Vi er partner i piloten som gir karriereveiledning til arbeidstakere over 55 år.",
             "Prosjektet bidrar til delmål 1.3."]
    for n, text in enumerate(lines, 1):
        y = 760 - 24 * n
        c.setFont("Times-Roman", 10)
        c.drawRightString(73, y, str(n))
        c.drawString(95, y, text)
    c.save()
    rows = extracted(path, matchers).rows
    assert [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value) for r in rows] == [
        ("Medlemskap i NFK", "1.3"), ("Medlemsundersøkelse om karriereveiledning i arbeidslivet", "1.3"),
        ("Seniorveiviseren", "1.3")]


def test_a_pivot_table_beside_its_data_is_skipped_and_said(tmp_path, matchers):
    # NHO's workbook (round 58): a pivot pasted as values over a data sheet; its «Radetiketter», delmål group rows and
    # «Totalsum» were read as tiltak.
    import openpyxl

    book = openpyxl.Workbook()
    pivot = book.active
    pivot.title = "Pivot"
    for row in (("Antall av Tiltak", "Kolonneetiketter"), ("Radetiketter", "Analyse", "Råd og utvalg", "Totalsum"),
                ("1.1 KBU", None, 1, 1), ("Kompetansebehovsutvalget", None, 1, 1),
                ("2.2 Kunnskapsgrunnlag", 1, None, 1), ("Kompetansebarometeret for reiselivet", 1, None, 1),
                ("Totalsum", 1, 1, 2)):
        pivot.append(row)
    data = book.create_sheet("Data")
    data.append(("Delmål", "Tiltak", "Kategori", "Ansvarlig"))
    data.append(("1.1 KBU", "Kompetansebehovsutvalget", "Råd og utvalg", "NHO Kompetanse"))
    data.append(("2.2 Kunnskapsgrunnlag", "Kompetansebarometeret for reiselivet", "Analyse", "NHO Reiseliv"))
    path = tmp_path / "NHO_KPR_2081_pivot.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansebehovsutvalget", "Kompetansebarometeret for reiselivet"]
    assert any("pivottabell" in w for w in result.warnings)


def test_tables_stacked_on_one_sheet_are_each_read_under_their_own_header(matchers):
    # KS's workbook (round 58): one table per område on one sheet, each in its own column order; the second and third
    # were read under the first one's header.
    table = TableBlock(None, 1, (
        ("Hovedinnsatsområde 1 – Gode valg", "", "", ""),
        ("Tiltak", "Delmål", "Type", "Ansvar"),
        ("Nasjonalt fagskoleråd", "1.4", "Rådsarbeid", "KS"),
        ("", "", "", ""),
        ("Hovedinnsatsområde 2 – Læring i arbeidslivet", "", "", ""),
        ("Delmål", "Tiltak", "Type", "Ansvar"),
        ("2.1 Digital kompetanse", "KI-løftet – kommunesektoren", "Opplæringsprogram", "KS"),
        ("2.4 Kompetansebehov og tilbud", "Kompetanseplanverktøy for kommunene", "Digitalt verktøy", "KS")))
    rows = read_blocks([table], matchers, "ks.xlsx").rows
    assert [(r.get("tiltak"), r.get("delmal")[:3], r.provenance.locator) for r in rows] == [
        ("Nasjonalt fagskoleråd", "1.4", "t1-r3"), ("KI-løftet - kommunesektoren", "2.1", "t1-r7"),
        ("Kompetanseplanverktøy for kommunene", "2.4", "t1-r8")]


def test_a_tiltak_table_closing_with_a_total_beside_another_table_is_no_pivot(tmp_path, matchers):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Tiltak"
    for row in (("Tiltak", "Delmål", "Deltakere"), ("Kurs i digital kompetanse for tillitsvalgte", "2.1", 40),
                ("Totalsum", None, 40)):
        book.active.append(row)
    other = book.create_sheet("Nettverk")
    other.append(("Tiltak", "Delmål"))
    other.append(("Nettverk for opplæringsansvarlige", "2.4"))
    path = tmp_path / "LO_KPR_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert "Kurs i digital kompetanse for tillitsvalgte" in [r.raw.get("tiltak") for r in result.rows]
    assert not any("pivottabell" in w for w in result.warnings)


def test_a_results_frameworks_target_column_is_no_delmal_when_another_column_names_them(matchers):
    # UHR's results framework (round 58): «Mål 2078» (the indicator's target: «100 %», «4») was taken for the delmål
    # column because «mål» names one, and the delmål became guesses from the figures; «Effekt i strategien» holds them.
    table = TableBlock(None, 1, (
        ("Effekt i strategien", "Aktivitet", "Virkemiddel", "Indikator", "Mål 2078", "Ansvar"),
        ("1.4 Relevante utdanninger gjennom samarbeid", "RSA-ordningen ved universiteter og høyskoler", "Rådsarbeid",
         "Andel institusjoner med aktivt RSA", "100 %", "UHR"),
        ("1.4 Relevante utdanninger gjennom samarbeid", "UHR-Lærerutdanning", "Fagstrategisk enhet", "Antall møter", "4", "UHR"),
        ("2.4 Etter- og videreutdanning som svarer på behovene", "Nasjonal modell for mikroemner i EVU", "Utviklingsprosjekt",
         "Antall mikroemner i katalogen", "150", "UHR")))
    rows = read_blocks([table], matchers, "uhr.pdf").rows
    assert [(r.get("tiltak"), r.get("delmal")[:3]) for r in rows] == [
        ("RSA-ordningen ved universiteter og høyskoler", "1.4"), ("UHR-Lærerutdanning", "1.4"),
        ("Nasjonal modell for mikroemner i EVU", "2.4")]
    assert any("Effekt i strategien" in e and "delmål" in e for e in rows[0].evidence)


def test_lines_under_a_sheets_tables_that_it_does_not_count_are_set_aside_and_said(tmp_path, matchers):
    # KS's sheet (round 58) closes with «Ikke med i tabellene» over «Lederløftet for rektorer ble avsluttet i 2077.»:
    # both were read as tiltak of the last table's delmål.
    import openpyxl

    book = openpyxl.Workbook()
    for row in (("Tiltak", "Beskrivelse", "Ansvar", "Delmål"),
                ("Kompetansepluss i kommunalt renhold", "Lese- og skriveopplæring for 180 ansatte.", "KS", "3.2"),
                ("Antall tiltak", 1), (), ("Ikke med i tabellene",), ("Lederløftet for rektorer ble avsluttet i 2080.",),
                ("Ny plattform for lærlingformidling er planlagt for 2082.",)):
        book.active.append(row)
    path = tmp_path / "KS_KPR-tiltak_2081.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansepluss i kommunalt renhold"]
    assert [s.locator for s in result.skipped if "annet år" in s.reason] == ["t1-r5", "t1-r6", "t1-r7"]
    assert any("annet år enn rapportens" in w for w in result.warnings)
