"""Shapes held-out round 60 showed the reader after its first look."""

from __future__ import annotations

import datetime as dt

import openpyxl

from tests.conftest import word_table_report
from tests.pipeline.reading import extracted


def _sheet(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_period_that_ended_before_the_year_or_starts_after_it_sets_the_row_aside(tmp_path, matchers):
    # Spekter's list gave each measure's «Start | Slutt» dates, LO's register each seat's «Periode»: a course that ended
    # in 2079 and a portal starting in 2081 were read as 2080's, surely; so were a term that ran out and one to come.
    path = _sheet(tmp_path / "Spekter_tiltak_2080.xlsx", [
        ("Tiltak", "Delmål", "Start", "Slutt", "Periode"),
        ("Introduksjonsprogram for sykepleiere", "2.6", dt.datetime(2080, 3, 1), dt.datetime(2080, 11, 30), ""),
        ("Simuleringskurs for akuttmottakene", "2.4", dt.datetime(2078, 3, 1), dt.datetime(2079, 12, 31), ""),
        ("Felles kompetanseportal", "2.1", dt.datetime(2081, 2, 1), dt.datetime(2082, 12, 31), ""),
        ("Faglig råd for restaurant- og matfag", "2.3", "", "", "2076–2079"),
        ("Nasjonalt fagskoleråd", "1.4", "", "", "fra 1.1.2081"),
        ("Kompetansebehovsutvalget", "1.1", "", "", "2078–2081")])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Introduksjonsprogram for sykepleiere", "Kompetansebehovsutvalget"]
    assert [s.reason.split("«")[-1] for s in result.skipped] == [
        "Slutt: 2079-12-31»)", "Start: 2081-02-01»)", "Periode: 2076-2079»)", "Periode: fra 1.1.2081»)"]


def test_a_register_exports_line_per_partner_is_one_tiltak_with_every_partner(tmp_path, matchers):
    # YS's contact register (round 60): one line per tiltak and partner gave «Utredning av bransjesertifiseringer» three
    # times, each sure; a tiltak named again under another delmål is another row.
    path = _sheet(tmp_path / "YS_tiltak_2080.xlsx", [
        ("Tiltak", "Delmål", "Tiltakstype", "Samarbeidspartner", "Beskrivelse"),
        ("Utredning av bransjesertifiseringer", "2.5", "Utredning", "Virke", "Hvordan sertifiseringer gir uttelling."),
        ("Utredning av bransjesertifiseringer", "2.5", "Utredning", "HK-dir", None),
        ("Utredning av bransjesertifiseringer", "2.5", "Utredning", "Oxford Research", None),
        ("KI-løftet i varehandelen", "2.1", "Kurs", "Virke", "Kurs i KI."),
        ("KI-løftet i varehandelen", "2.4", "Kurs", "Virke", "Kurs for ledere.")])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Utredning av bransjesertifiseringer", "Virke, HK-dir, Oxford Research"), ("KI-løftet i varehandelen", "Virke"),
        ("KI-løftet i varehandelen", "Virke")]
    assert any("bare for å nevne en annen samarbeidspartner (t1-r3, t1-r4)" in w for w in result.warnings)


def test_a_timelines_dated_entries_are_titled_by_the_italic_name_after_the_date(tmp_path, matchers):
    # Fagskolerådet's year month by month (round 60): «**14. januar –** *Kompetansebroen* Fagskulane …  (Delmål 2.4.
    # Slag: utviklingsprosjekt. …)» was taken for a numbered item titled «januar», each sure; the look back to 2079
    # and ahead to 2081 were kept. A dash inside the italic name split it there.
    import docx

    d = docx.Document()
    d.add_heading("Året 2080 månad for månad", 1)
    entries = [("Desember 2079 (tilbakeblikk)", "12. desember 2079 – ", "Avslutningsseminar for Fagskulelyftet",
                " Seminaret runda av satsinga. (Delmål 1.4. Slag: seminar. Ansvarleg: dagleg leiar.)"),
               ("Mars", "3. mars – ", "Kompetansebroen", " Fagskulane utvikla korte modular saman med bedrifter. (Delmål "
                "2.4. Slag: utviklingsprosjekt. Ansvarleg: fagleg rådgjevar. Saman med: NHO.)"),
               ("November", "27. november – ", "Nasjonalt fagskuleråd – Fagskolerådet sin plass",
                " Fagskolerådet møtte i rådet gjennom heile året. (Delmål 1.4. Slag: rådsarbeid.)"),
               ("Framover – 2081", "Våren 2081 – ", "Studentbarometer for fagskular",
                " Planlagt saman med NOKUT. (Delmål 1.4. Slag: undersøking.)")]
    for heading, date, name, text in entries:
        d.add_heading(heading, 2)
        p = d.add_paragraph()
        p.add_run(date).bold = True
        p.add_run(name).italic = True
        p.add_run(text)
    path = tmp_path / "Fagskolerådet_2080.docx"
    d.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [("Kompetansebroen", "Delmål 2.4", "utviklingsprosjekt", "NHO"), (
        # The dash inside the italic name is the name's own: the seat is named by the whole run.
        "Nasjonalt fagskuleråd - Fagskolerådet sin plass", "Delmål 1.4", "rådsarbeid", "")]
    assert result.rows[0].raw.get("beskrivelse") == "Fagskulane utvikla korte modular saman med bedrifter."
    assert len(result.skipped) == 2


def test_an_hours_export_gives_its_projects_and_sets_internal_time_and_other_years_aside(tmp_path, matchers):
    # Virke's hours per project (round 60): the header («Prosjektnavn | Aktivitetstype | Eksterne parter») was
    # read as a row, internal time («INT-100 Intern administrasjon») as tiltak, and «Oppstart 2081.» kept, surely.
    path = _sheet(tmp_path / "Virke_timer_2080.xlsx", [
        ("Rapport: Timer per prosjekt",), ("Periode: 01.01.2080–31.12.2080",), (),
        ("Prosjektnr", "Prosjektnavn", "Aktivitetstype", "Avdeling", "Eksterne parter", "Prosjektbeskrivelse", "Timer"),
        ("INT-100", "Intern administrasjon", "Intern tid", "Samfunnskontakt", None, None, 935),
        ("KPR-2.4-05", "Bransjeskolen for varehandel", "Utviklingsprosjekt", "Kompetanse", "BI", "Moduler i ledelse.", 252),
        ("KPR-2.2-07", "Analyse av opplæring i handelen", "Analyse", "Samfunnsøkonomi", "Menon", "Registerdata.", 88),
        ("KPR-2.4-09", "Forprosjekt: lærlingordning", "Utviklingsprosjekt", "Kompetanse", None, "Oppstart 2081.", 0)])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Bransjeskolen for varehandel", "Utviklingsprosjekt", "BI"), ("Analyse av opplæring i handelen", "Analyse", "Menon"),
        ("Forprosjekt: lærlingordning", "Utviklingsprosjekt", "")]
    assert [s.locator for s in result.skipped] == ["t1-r5"]
    # A project yet to start may be the year's own about to start (as KS's «Oppstart 2019» in the 2018 matrix): asked.
    assert "Oppstart 2081." in result.rows[2].raw.doubt and not result.rows[0].raw.doubt


def test_a_progress_cell_saying_the_measure_starts_next_year_asks_the_reviewer(tmp_path, matchers):
    # KS's status report (round 60): «0 % – starter 2081» in the progress column was kept as 2080's, surely; «Oppstart
    # 2079» is a measure begun before, and this year's still.
    path = _sheet(tmp_path / "KS_status_2080.xlsx", [
        ("Tiltak", "Framdrift", "DM"), ("Lederutdanning for oppvekst", "███████░░░ 70 %", "DM 2.4"),
        ("Digital lærlingordning for kommunene", "0 % – starter 2081", "DM 2.3"),
        ("Heltidsnettverket", "Oppstart 2079", "DM 2.4")])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), bool(r.raw.doubt)) for r in result.rows] == [
        ("Lederutdanning for oppvekst", False), ("Digital lærlingordning for kommunene", True), ("Heltidsnettverket", False)]


def test_a_list_led_by_dots_to_each_tiltaks_delmal_gives_the_tiltak_with_its_particulars(matchers):
    # UHR's overview (round 60): «UHR-Helse og velferd ……… 1.4 · fagstrategisk enhet» was taken for a table of contents
    # and left out, so the text under it became tiltak of its own.
    from parsers.content import Paragraph

    from tests.pipeline.reading import read_blocks

    blocks = [Paragraph(1, 1, "A. Råd og enheter", "heading", level=2),
              Paragraph(1, 2, "UHR-Helse og velferd" + "." * 40 + "1.4 · fagstrategisk enhet"),
              Paragraph(1, 3, "Enheten samordnet institusjonenes svar på dimensjoneringen av sykepleierutdanningene."),
              Paragraph(1, 4, "Ansvar: UHR-sekretariatet | Samarbeid: Spekter, KS"),
              Paragraph(1, 5, "Innholdsfortegnelse" + "." * 40 + "12")]
    rows = read_blocks(blocks, matchers, "uhr.pdf").rows
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig"), r.get("samarbeidspartnere"))
            for r in rows] == [("UHR-Helse og velferd", "delmål 1.4", "fagstrategisk enhet", "UHR-sekretariatet", "Spekter, KS")]
    assert rows[0].get("beskrivelse").startswith("Enheten samordnet")


def test_a_decisions_follow_up_table_gives_the_tiltak_beside_the_cases_not_the_case_numbers(tmp_path, matchers):
    # Sametinget's follow-up of plenary decisions (round 60): «Sak 12/78», merged over two tiltak, was read as the
    # tiltak (short titles left of sentences), the two rows joined; a row «flyttet til 2081» was kept.
    import docx

    d = docx.Document()
    rows = [("Sak", "Vedtakspunkt", "Oppfølging i 2080", "Kobling til strategien", "Status"),
            ("Sak 12/78", "«Sametinget skal arbeide for samiske perspektiver i karriereveiledningen.»",
             "Samisk veiledernettverk\nEt nettverk for karriereveiledere i samiske områder med to samlinger.",
             "Karriereveiledning (1.3)", "Pågår"),
            ("Sak 12/78", "«Sametinget skal arbeide for samiske perspektiver i karriereveiledningen.»",
             "Veiledningsdag i Kautokeino\nEn dag for rådgivere i skolene om samiske yrker og utdanninger.",
             "Karriereveiledning (1.3)", "Gjennomført"),
            ("Sak 07/80", "«Sametinget skal synliggjøre samiske yrker for ungdom.»",
             "Utredning av samisk fagskoletilbud\nIkke startet i år.", "Relevante utdanninger (1.4)",
             "Ikke påbegynt – flyttet til 2081")]
    table = d.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for c in (0, 1):  # the case and its decision, merged over the two tiltak that follow it up
        table.cell(1, c).merge(table.cell(2, c)).text = rows[1][c]
    path = tmp_path / "Sametinget_oppfolging_2080.docx"
    d.save(path)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Samisk veiledernettverk", "Karriereveiledning (1.3)"), ("Veiledningsdag i Kautokeino", "Karriereveiledning (1.3)")]
    assert [s.locator for s in result.skipped] == ["t1-r4"]


def test_a_table_turned_on_its_side_gives_a_tiltak_per_column_with_the_names_ticked_under_it(tmp_path, matchers):
    # Vestland's participation matrix (round 60): the tiltak stand across the top, their fields down the first column,
    # the municipalities ticked under them. Read row by row, the municipalities were the tiltak.
    path = _sheet(tmp_path / "Vestland_deltaking_2080.xlsx", [
        ("Kompetansetiltak 2080 – kva kommunar del",), (),
        ("Tiltak", "Kompetansebroen Vestland", "Karrieredagane i Sogn", "Vaksenopplæringsløftet"),
        ("Delmål", "2.4", "1.3", "3.1"), ("Type tiltak", "Utviklingsprosjekt", "Samling", "Prosjekt"),
        ("Ansvarleg", "Seksjon for fagskule", "Karriere Vestland", "Seksjon for vaksenopplæring"),
        ("Status", "Pågår", "Gjennomført", "Avslutta 2079"),
        ("Kommune",), ("Bergen", "x", None, "x"), ("Høyanger", None, "x", None), ("Kinn", "x", "x", None)])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Kompetansebroen Vestland", "2.4", "Seksjon for fagskule"), ("Karrieredagane i Sogn", "1.3", "Karriere Vestland")]
    assert dict(result.rows[0].raw.extra)["Kommune"] == "Bergen, Kinn"
    assert [s.text for s in result.skipped] == ["Vaksenopplæringsløftet"]


def test_a_name_on_its_own_line_over_an_account_citing_its_delmal_is_a_tiltak(matchers):
    # KD's draft budget proposition (round 60): each tiltak an italic line over a paragraph ending «(jf. delmål 2.5)»;
    # the lines were read as nothing and the accounts as tiltak without names.
    from parsers.content import Paragraph

    from tests.pipeline.reading import read_blocks

    blocks = [Paragraph(1, 1, "Rapport 2080", "heading", level=2),
              Paragraph(1, 2, "Realkompetanseportalen"),
              Paragraph(1, 3, "Portalen ble åpnet i april. Ved årsskiftet var 12 400 brukere registrert. (jf. delmål 2.5)"),
              Paragraph(1, 4, "Kunnskapsgrunnlag fra SSB til utvalget"),
              Paragraph(1, 5, "KD ga SSB i oppdrag å koble registerdata om etter- og videreutdanning. (jf. delmål 1.1)"),
              Paragraph(1, 6, "Mål for 2081", "heading", level=2),
              Paragraph(1, 7, "Departementet vil videreføre arbeidet med kompetansebehov.")]
    rows = read_blocks(blocks, matchers, "kd.pdf").rows
    assert [(r.get("tiltak"), r.get("beskrivelse")[:20]) for r in rows] == [
        ("Realkompetanseportalen", "Portalen ble åpnet i"), ("Kunnskapsgrunnlag fra SSB til utvalget", "KD ga SSB i oppdrag ")]


def test_a_logic_models_who_column_of_particulars_is_no_tiltak_column(tmp_path, matchers):
    # Unio's logic model (round 60): «Innsats (hvem) →» names the tiltak by its header word, but its cells are
    # «Ansvar: … / Med: …»; every row was read as having no tiltak, and the file gave none.
    rows = [("Innsats (hvem) →", "Aktivitet 2080 →", "Resultater 2080 →", "Ønsket effekt (strategien)"),
            ("Ansvar: Utdanningsforbundet\nMed: UHR", "Nasjonalt råd for lærerutdanning\nUtdanningsforbundet møtte i "
             "rådet og fremmet forslag om felles rammer for praksis.", "4 rådsmøter",
             "Utdanningene svarer bedre på behovene i arbeidslivet"),
            ("Ansvar: Unio sentralt", "Unios EVU-dag 2080\nDagskonferanse i Oslo om rett til etter- og videreutdanning.",
             "260 deltakere", "Koble kompetansebehov og tilbud om etter- og videreutdanning")]
    path = word_table_report(tmp_path / "Unio_endringslogikk_2080.docx", "Endringslogikk – Unio 2080", rows)
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Nasjonalt råd for lærerutdanning", "Utdanningsforbundet", "UHR"), ("Unios EVU-dag 2080", "Unio sentralt", "")]


def test_effort_shared_out_over_delmal_columns_gives_the_largest_share_as_the_delmal(tmp_path, matchers):
    # Kompetanseforbundet's sheet (round 60): «80 % | 20 %» under «2.5 | 3.1»; the delmål was guessed from the words.
    path = _sheet(tmp_path / "Kompetanseforbundet_2080.xlsx", [
        ("Nr", "Tiltak", "Form", "Ansvar", "Status", "1.3", "2.4", "2.5", "3.1", "Sum"),
        (1, "Realkompetanseportalen", "Digital tjeneste", "Fagsjef", "Løpende", "", "", "80 %", "20 %", "100 %"),
        (2, "Karriereveiledning i bedrift", "Prosjekt", "Fagsjef", "Pågår", "50 %", "50 %", "", "", "100 %"),
        (3, "Kompetanseprisen 2080", "Arrangement", "Generalsekretær", "Gjennomført", "", "100 %", "", "", "100 %")])
    result = extracted(path, matchers)
    assert [(r.raw.get("delmal"), bool(r.raw.doubt)) for r in result.rows] == [("2.5", False), ("1.3", True), ("2.4", False)]


def test_hashtags_closing_an_account_give_the_delmal_type_and_year_and_the_line_before_them_the_partners(tmp_path, matchers):
    # Akademikerne's associations (round 60) tagged each account «… Med: UHR #delmål1.4 #rådsarbeid», as in their own
    # channels: the accounts were read as a column of delmål codes, the type was lost, and «#avsluttet2079» was kept.
    path = word_table_report(tmp_path / "Akademikerne_2080.docx", "Tekna", [
        ("Tiltak", "Hva vi gjorde"),
        ("Nasjonalt råd for teknologisk utdanning", "Tekna har arbeidslivsplassen i rådet og fikk gjennomslag for en "
         "felles praksisordning. Med: UHR #delmål1.4 #rådsarbeid"),
        ("Kurs i veiledning for leger", "Tredagers kurs for overleger som veileder LIS-leger. #delmål2.4 #kurs"),
        ("Lederkurs for overleger", "Siste kull gikk høsten 2079. #avsluttet2079")])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [("Nasjonalt råd for teknologisk utdanning", "1.4", "rådsarbeid", "UHR"),
                                      ("Kurs i veiledning for leger", "2.4", "kurs", "")]
    assert result.rows[1].raw.get("beskrivelse") == "Tredagers kurs for overleger som veileder LIS-leger."
    assert [s.text for s in result.skipped] == ["Lederkurs for overleger"] and "avsluttet 2079" in result.skipped[0].reason


def test_a_sheet_explaining_the_scores_and_a_note_pointing_to_another_sheet_are_no_tiltak(tmp_path, matchers):
    # NHO's risk register (round 60) had a «Skala» sheet, «Verdi | Betydning», whose «Rød: tiltak må iverksettes» was
    # read as a tiltak; LO's «Rådsplassene står på arket Oppnevninger.» under its table was one too, with the delmål
    # of the row above.
    book = openpyxl.Workbook()
    book.active.title = "Tiltak 2080"
    for row in [("Hva", "Delmål nr.", "Slags tiltak"), ("Digitalløftet for seniorer", "2.1", "Opplæring"),
                ("Fagbrevkampanje i sosiale medier", "2.3", "Kampanje"), (None,),
                ("Rådsplassene står på arket Oppnevninger.",)]:
        book.active.append(row)
    scale = book.create_sheet("Skala")
    for row in [("Verdi", "Betydning"), (1, "Svært lite sannsynlig / ubetydelig"), (3, "Moderat"),
                ("Score ≥ 15", "Rød: tiltak må iverksettes")]:
        scale.append(row)
    path = tmp_path / "NHO_risikoregister_2080.xlsx"
    book.save(path)
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Digitalløftet for seniorer", "Fagbrevkampanje i sosiale medier"]
    assert any("«Skala») er en forklaring av rapportens verdier, ikke tiltak" in w for w in result.warnings)
