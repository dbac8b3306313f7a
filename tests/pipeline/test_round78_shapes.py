"""Shapes held-out round 78 showed the reader at its first look."""

from __future__ import annotations

import docx

from tests.pipeline.reading import rejection_beside_a_report


def test_a_cooperation_agreement_sent_for_information_is_no_report(tmp_path):
    # Rogaland (round 78) sent on its agreement with NAV on career guidance for 2099–2102: its lettered duties
    # («a) gi NAV-veiledere tilgang til …») became eleven rows.
    agreement = docx.Document()
    agreement.add_heading("Samarbeidsavtale om karriereveiledning 2099–2102", 1)
    agreement.add_paragraph("mellom Rogaland fylkeskommune og NAV Rogaland")
    agreement.add_heading("§ 3 Partenes ansvar", 3)
    agreement.add_paragraph("Fylkeskommunen skal:")
    for duty in ("a) gi NAV-veiledere tilgang til karrieresenterets verktøy,",
                 "b) ha ansvar for veiledning av voksne som vil ta fagbrev."):
        agreement.add_paragraph(duty)
    error = rejection_beside_a_report(agreement, "Samarbeidsavtale karriereveiledning Rogaland og NAV.docx", tmp_path, 2098)
    assert "begynner med «samarbeidsavtale»" in error and "avtaler" in error


def test_a_measures_delmal_and_type_in_a_margin_comment_are_read_where_the_comment_is_anchored(tmp_path, matchers):
    # Kompetanseforbundet (round 78) gave each measure's delmål and type only as a Word comment on its name
    # («Delmål 1.3 · arrangement»); none of its five measures was read.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Kompetanseforbundet – tiltak i 2098", 1)
    report.add_paragraph("Delmål og tiltakstype står som kommentarer i margen ved hvert tiltak.")
    for name, comment, account in [
            ("Veiledningskurs for NAV-veiledere", "Delmål 3.5 · kurs", "Kurs over tre dager for 120 NAV-veiledere."),
            ("Podkasten «Veien videre»", "Delmål 1.3 · informasjon", "Åtte episoder om karriereveiledning for voksne.")]:
        title = report.add_paragraph(style="List Number")
        run = title.add_run(name)
        run.bold = True
        report.add_comment(run, text=comment, author="Kompetanseforbundet")
        told = report.add_paragraph().add_run(account)
        report.add_comment(told, text="Flyttet fra 2.1 – sjekk tallet med Kari", author="Sekretariatet")  # a remark
        report.add_paragraph("Ansvar: Kompetanseforbundet")
    report.save(tmp_path / "kf.docx")
    result = extracted(tmp_path / "kf.docx", matchers)
    assert coded_rows(result, matchers) == [("Veiledningskurs for NAV-veiledere", "3.5"),
                                            ('Podkasten "Veien videre"', "1.3")]
    assert [r.raw.get("type") for r in result.rows] == ["kurs", "informasjon"]
    assert not any("Kari" in str(r.raw) for r in result.rows)  # a reviewer's remark is no part of the report


def test_an_account_opening_with_a_figure_describes_the_title_above_it(tmp_path, matchers):
    # Kompetanseforbundet (round 78): «Veiviserdagen 2098 – 40 veiledere i sving» was cut at its dash, and the account
    # under it, «40 av medlemmene våre ga …», became a measure of its own, with no delmål.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Kompetanseforbundet – tiltak i 2098", 1)
    for name, account, labels in [
            ("Veiviserdagen 2098 – 40 veiledere i sving (Delmål 1.3 · arrangement)",
             "40 av medlemmene våre ga gratis veiledningssamtaler på biblioteker i 18 byer.",
             "Ansvar: Kompetanseforbundet · Partnere: VOFO, UHR"),
            ("Veiledningskurs for NAV-veiledere (Delmål 3.5 · kurs)",
             "Kurs over tre dager i karriereveiledning. 120 NAV-veiledere deltok.", "Ansvar: Kompetanseforbundet")]:
        report.add_paragraph(name, style="List Number")
        report.add_paragraph(account)
        report.add_paragraph(labels)
    report.save(tmp_path / "kf.docx")
    result = extracted(tmp_path / "kf.docx", matchers)
    assert coded_rows(result, matchers) == [("Veiviserdagen 2098 - 40 veiledere i sving", "1.3"),
                                            ("Veiledningskurs for NAV-veiledere", "3.5")]
    assert result.rows[0].raw.get("beskrivelse").startswith("40 av medlemmene")
    assert result.rows[0].raw.get("samarbeidspartnere") == "VOFO, UHR"


def test_a_chapter_per_delmal_named_only_in_the_running_header_places_its_measures(tmp_path, matchers):
    # Fagskolerådet (round 78) printed each chapter's delmål only in its pages' header, over a theme heading
    # («Rådsarbeidet», «Nye tilbud») and the measures' titles; four of its five measures were left unread.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tests.pipeline.reading import coded_rows, extracted

    path = tmp_path / "Fagskolerådet – rapport 2087.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    _, height = A4

    def lines(spec: list[tuple[str, int, str]]) -> None:
        y = height - 110
        for font, size, text in spec:
            pdf.setFont(font, size)
            pdf.drawString(72, y, text)
            y -= size * 2.2 + 12  # a paragraph's space after it

    lines([("Helvetica-Bold", 20, "Fagskolerådet – rapport til Kompetansepolitisk råd for 2087"),
           ("Helvetica", 10, "Rapporten har ett kapittel for hvert delmål; delmålet står øverst på siden.")])
    for code, theme, measures in [
            ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", "Rådsarbeidet",
             [("Rådsmøtene i Nasjonalt fagskoleråd", "Rådet hadde fem møter i 2087.", "Type: Rådsarbeid · Ansvar: Fagskolerådet")]),
            ("Delmål 2.4 – Behov og tilbud", "Nye tilbud",
             [("Hydrogenskolen: tre fagskoler med moduler", "Fagskolene holdt ni moduler for fagarbeidere.",
               "Type: Utdanningstilbud · Ansvar: Fagskolerådet"),
              ("Hydrogenskolen fase 2 – forprosjekt", "Forprosjektet kartla behovet for nye moduler.",
               "Type: Forprosjekt · Ansvar: Fagskolerådet")])]:
        pdf.showPage()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, height - 30, f"Fagskolerådet · Rapport 2087 · {code}")
        spec = [("Helvetica-Bold", 16, theme)]
        for title, account, labels in measures:
            spec += [("Helvetica-Bold", 13, title), ("Helvetica", 10, account), ("Helvetica", 10, labels)]
        lines(spec)
    pdf.save()
    result = extracted(path, matchers)
    assert coded_rows(result, matchers) == [("Rådsmøtene i Nasjonalt fagskoleråd", "1.4"),
                                            ("Hydrogenskolen: tre fagskoler med moduler", "2.4"),
                                            ("Hydrogenskolen fase 2 - forprosjekt", "2.4")]


def test_a_posts_hashtags_give_its_delmal_and_type(tmp_path, matchers):
    # Akademikerne (round 78) collected its intranet posts, each closed by «Emneknagger: #delmål2_4 #kurs»; none of its
    # five measures was read.
    from tests.pipeline.reading import extracted

    report = docx.Document()
    report.add_heading("Akademikerne – rapport til Kompetansepolitisk råd 2087", 1)
    report.add_paragraph("Omtalene er hentet fra intranettet; emneknaggene viser delmålet og hva slags tiltak det er.")
    for title, account, labels, tags in [
            ("Etterutdanningsdager for jurister", "To dager med kurs i forvaltningsrett. 540 jurister deltok.",
             "Ansvar: Juristforbundet. Med: Universitetet i Oslo.", "Emneknagger: #delmål2_4 #kurs"),
            ("Karrierekvelder for studenter", "Åtte kvelder der studenter møtte medlemmer fra ulike yrker.",
             "Ansvar: Econa.", "#delmål1_3 #møteplass #studenter")]:
        report.add_heading(title, 2)
        report.add_paragraph(account)
        report.add_paragraph(labels)
        report.add_paragraph(tags)
    report.save(tmp_path / "ak.docx")
    rows = [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in extracted(tmp_path / "ak.docx", matchers).rows]
    assert rows == [("Etterutdanningsdager for jurister", "2.4", "kurs"), ("Karrierekvelder for studenter", "1.3", "møteplass")]


def test_a_board_with_a_column_per_delmal_places_each_card_by_its_column(tmp_path, matchers):
    # NHO (round 78) kept its measures as cards on a board whose columns are delmål («1.4 Utdanning og arbeidsliv»);
    # the cards say no code of their own, and four of its six measures were lost.
    import openpyxl

    from tests.pipeline.reading import coded_rows, extracted

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tavle"
    sheet.append(["NHO – tiltak i 2087 sortert på delmål"])
    sheet.append([])
    sheet.append(["1.1 Kompetansebehovsutvalget", "2.3 Yrkesfag", "2.4 Behov og tilbud"])
    sheet.append(["NHOs plass i Kompetansebehovsutvalget\nForm: utvalgsarbeid\nAnsvar: NHO · Med: -\nNHO deltok på alle møtene.",
                  "Lærlingambassadører i videregående skoler\nForm: informasjonsbesøk\nAnsvar: NHO · Med: fylkeskommunene\n"
                  "Unge fagarbeidere besøkte 60 skoler.",
                  "Kompetansepiloter for små bedrifter\nForm: pilotprosjekt\nAnsvar: NHO Geneo · Med: Innovasjon Norge\n"
                  "Tolv bedrifter fikk hjelp til en kompetanseplan."])
    book.save(tmp_path / "nho.xlsx")
    assert coded_rows(extracted(tmp_path / "nho.xlsx", matchers), matchers) == [
        ("NHOs plass i Kompetansebehovsutvalget", "1.1"), ("Lærlingambassadører i videregående skoler", "2.3"),
        ("Kompetansepiloter for små bedrifter", "2.4")]


def test_a_bilingual_table_with_an_untitled_cell_per_measure_reads_the_norwegian_column(tmp_path, matchers):
    # Sametinget (round 78) set North Sámi beside Norwegian, a measure per row, each cell its title, account and
    # labelled lines, with no «Tiltak 1:» before the title; none of its five measures was read.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Raporta Gelbbolašvuođapolitihkalaš ráđđái 2087 / Rapport til Kompetansepolitisk råd 2087", 2)
    table = report.add_table(rows=0, cols=2)
    for sami, norsk in [
            (["Davvisámegillii"], ["Norsk"]),
            (["Sámedikki áicci Fidnooahpahusa ovttasbargoráđis",
              "Sámediggi searvvai njealji čoahkkimii ja ovddidii sámi oahppofitnodagaid dárbbuid.",
              "Oassemihttu 1.4 · Ráđđesadji · Ovddasvástádus: Sámediggi"],
             ["Sametingets observatør i Samarbeidsrådet for yrkesopplæring",
              "Sametinget deltok på fire møter i rådet og la fram behovene til samiske lærebedrifter.",
              "Delmål 1.4 · Rådsplass", "Ansvar: Sametinget"]),
            (["Fidnomeassu Kárášjogas", "Nuorat deaivvadedje bargoaddiiguin ja oahppofitnodagaiguin.",
              "Oassemihttu 1.3 · Deaivvadanbáiki · Ovddasvástádus: Sámediggi"],
             ["Karrieremesse i Karasjok", "Ungdom møtte arbeidsgivere og lærebedrifter fra hele Sápmi.",
              "Delmål 1.3 · Møteplass", "Ansvar: Sametinget · Samarbeid: Karrieresenteret i Finnmark"])]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = "\n".join(sami), "\n".join(norsk)
    report.save(tmp_path / "sametinget.docx")
    assert coded_rows(extracted(tmp_path / "sametinget.docx", matchers), matchers) == [
        ("Sametingets observatør i Samarbeidsrådet for yrkesopplæring", "1.4"), ("Karrieremesse i Karasjok", "1.3")]


def test_of_several_codes_in_a_cell_the_one_in_bold_is_the_delmal(tmp_path, matchers):
    # LO (round 78) listed every delmål a measure touches and set the main one in bold («1.4, **2.3**»); the first
    # code was taken, wrong for three of its measures.
    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("LO – rapport om kompetansetiltak 2087", 1)
    table = report.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Tiltak", "Mål i strategien (hovedmål i fet skrift)", "LO-ledd")):
        cell.text = text
    for name, codes, owner in [("LOs folk i Samarbeidsrådet for yrkesopplæring", [("1.4, ", False), ("2.3", True)], "LO"),
                               ("Kurs i digital sikkerhet for tillitsvalgte", [("2.1", True), (", 2.4", False)], "EL og IT"),
                               ("Rapport om kompetanseklausuler", [("2.1, 2.2", False)], "LO")]:
        cells = table.add_row().cells
        cells[0].text, cells[2].text = name, owner
        paragraph = cells[1].paragraphs[0]
        for text, bold in codes:
            paragraph.add_run(text).bold = bold
    report.save(tmp_path / "lo.docx")
    assert coded_rows(extracted(tmp_path / "lo.docx", matchers), matchers) == [
        ("LOs folk i Samarbeidsrådet for yrkesopplæring", "2.3"), ("Kurs i digital sikkerhet for tillitsvalgte", "2.1"),
        ("Rapport om kompetanseklausuler", "2.1")]


def test_a_delmal_named_by_its_place_within_the_omrade_heading_it(matchers):
    # Regjeringen (round 78): «Delmål: det fjerde (kobling av behov og tilbud)» under «Innsatsområde 2: …» is 2.4; the
    # words in brackets were matched alone, wrong for two of its measures.
    from parsers.content import Content, Paragraph
    from pipeline.ordinal_delmal import ordinal_delmal_applied

    lines = [("heading", "Innsatsområde 2: Læring i arbeidslivet"), ("heading", "Bransjeprogram for bygg og anlegg"),
             ("text", "Delmål: det fjerde (kobling av behov og tilbud) · Ansvar: KD"),
             ("text", "Delmål 1.4 · Rådsplass"), ("heading", "Innsatsområde III – voksne med svak tilknytning"),
             ("text", "Delmål: det fjerde (norskopplæring for arbeidssøkere) · Ansvar: AID")]
    content = Content(tuple(Paragraph(1, n, text, kind) for n, (kind, text) in enumerate(lines)))  # type: ignore[arg-type]
    read = ordinal_delmal_applied(content, matchers.catalogue.vocabulary.delmal_ordinals)
    assert [b.text for b in read.blocks if b.kind == "text"] == [
        "Delmål: 2.4 (kobling av behov og tilbud) · Ansvar: KD", "Delmål 1.4 · Rådsplass",
        "Delmål: 3.4 (norskopplæring for arbeidssøkere) · Ansvar: AID"]


def test_a_word_report_naming_each_chapters_delmal_only_in_its_sections_header_places_its_measures(tmp_path, matchers):
    # Fagskolerådet's report (round 78) as the Word file it was made from: a section per chapter, each with a header of
    # its own; the body never names the delmål.
    from docx.enum.section import WD_SECTION

    from tests.pipeline.reading import coded_rows, extracted

    report = docx.Document()
    report.add_heading("Fagskolerådet – rapport til Kompetansepolitisk råd for 2087", 1)
    report.add_paragraph("Rapporten har ett kapittel for hvert delmål; delmålet står øverst på siden.")
    for code, theme, title, account in [
            ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", "Rådsarbeidet", "Rådsmøtene i Nasjonalt fagskoleråd",
             "Rådet hadde fem møter i 2087 og ga råd om finansieringen av fagskolene."),
            ("Delmål 2.4 – Behov og tilbud", "Nye tilbud", "Hydrogenskolen: tre fagskoler med moduler",
             "Fagskolene holdt ni moduler for fagarbeidere fra 31 bedrifter.")]:
        section = report.add_section(WD_SECTION.NEW_PAGE)
        section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = f"Fagskolerådet · Rapport 2087 · {code}"
        report.add_heading(theme, 2)
        report.add_heading(title, 3)
        report.add_paragraph(account)
        report.add_paragraph("Ansvar: Fagskolerådet")
    report.save(tmp_path / "fsr.docx")
    assert coded_rows(extracted(tmp_path / "fsr.docx", matchers), matchers) == [
        ("Rådsmøtene i Nasjonalt fagskoleråd", "1.4"), ("Hydrogenskolen: tre fagskoler med moduler", "2.4")]


def test_a_measure_the_description_says_was_stopped_before_or_put_off_is_set_aside_and_said(tmp_path, matchers):
    # Round 78: «Kurset ble lagt ned i 2097 …», «… er flyttet til april 2099» were read as the year's and only asked
    # about; no row so worded in the earlier rounds was the year's. A plan that starts next year is still asked (the
    # 2018 matrix counted KS's «Oppstart 2019»), and a measure put off within the year is the year's.
    from tests.pipeline.reading import extracted

    report = docx.Document()
    report.add_heading("Spekter – tiltak rapportert til Kompetansepolitisk råd 2098", 1)
    table = report.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Tiltak", "Hva ble gjort", "Delmål", "Ansvar")):
        cell.text = text
    for row in [("Nettkurs i forhandlingsteknikk", "Kurset ble lagt ned i 2097 og er erstattet av samlinger.", "2.4", "Spekter"),
                ("Lederkurs for tillitsvalgte", "Kurset er flyttet til april 2099 på grunn av få påmeldte.", "2.4", "Spekter"),
                ("Lærlingkonferansen", "Konferansen ble utsatt fra mars til juni 2098. 230 deltok.", "2.3", "Spekter"),
                ("Karrieresenter i Haugesund", "Senteret planlegges åpnet i august 2099.", "1.3", "Spekter")]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    report.save(tmp_path / "spekter.docx")
    result = extracted(tmp_path / "spekter.docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Lærlingkonferansen", "Karrieresenter i Haugesund"]
    assert "kontroller at tiltaket gjelder 2098" in result.rows[1].raw.doubt
    assert [(s.text, s.reason.split(" («")[0]) for s in result.skipped] == [
        ("Nettkurs i forhandlingsteknikk", "beskrivelsen sier at tiltaket ble lagt ned før eller utsatt til et annet år enn rapportens"),
        ("Lederkurs for tillitsvalgte", "beskrivelsen sier at tiltaket ble lagt ned før eller utsatt til et annet år enn rapportens")]
    assert any("sier selv at den gjelder et annet år" in w for w in result.warnings)
