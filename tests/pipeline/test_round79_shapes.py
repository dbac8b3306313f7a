"""Shapes held-out round 79 (and its year, 2099) showed the reader, each read as the member meant it."""

from __future__ import annotations

import openpyxl

from tests.pipeline.reading import extracted

SET_ASIDE = "beskrivelsen sier at tiltaket ble lagt ned før eller utsatt til et annet år enn rapportens"


def test_an_account_written_in_the_column_of_its_kind_gives_the_type_and_the_description(tmp_path, matchers):
    # Unio wrote each account under one of six kind columns, the others left empty: the column is the type, its text
    # the description. A conference moved to 2100 (a year the reader once took for a plain number) is set aside.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Unio – tiltak rapportert til Kompetansepolitisk råd 2099"])
    sheet.append(["Omtalen står i kolonnen for tiltaksformen; de andre er tomme"])
    sheet.append(["Tiltak", "Delmål", "Råd og nettverk", "Opplæring", "Utviklingsarbeid", "Fagdager og konferanser"])
    for row in [("Språkombud på sykehjem", "3.4", "", "", "NSF lærte opp 45 språkombud og fulgte dem opp.", ""),
                ("Veiledning av nyutdannede", "2.4", "", "Studium på 15 studiepoeng i klinisk veiledning.", "", ""),
                ("Unio-konferansen om profesjonsutdanningene", "1.4", "", "", "",
                 "Konferansen var satt til november, men er flyttet til mars 2100.")]:
        sheet.append(list(row))
    book.save(tmp_path / "unio.xlsx")
    result = extracted(tmp_path / "unio.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Språkombud på sykehjem", "Utviklingsarbeid", "NSF lærte opp 45 språkombud og fulgte dem opp."),
        ("Veiledning av nyutdannede", "Opplæring", "Studium på 15 studiepoeng i klinisk veiledning.")]
    assert [(s.text, s.reason.split(" («")[0]) for s in result.skipped] == [
        ("Unio-konferansen om profesjonsutdanningene", SET_ASIDE)]


def test_an_e_mails_numbered_items_with_a_line_per_field_give_each_measure(tmp_path, matchers):
    # VOFO typed each measure as «1) Name», then a line for the delmål and kind, one for who, and the account: typed
    # line breaks, not wrapping, so each line is a line of its own («Ansvar: VOFO / Samarbeid: NIFU» too).
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "vofo@example.no", "kpr@example.no", "VOFOs rapport for 2099"
    message.set_content(
        "Hei,\n\nher kommer VOFOs rapport for 2099.\n\n"
        "1) Plassen vår i Nasjonalt forum for karriereveiledning\nDelmål 1.3 – form: forumdeltakelse\n"
        "Ansvar: VOFO / Samarbeid: –\nVOFO deltok på forumets fire møter.\n\n"
        "2) Evaluering av Kompetansepluss frivillighet\nDelmål 3.2 – form: evaluering\nAnsvar: VOFO / Samarbeid: NIFU\n"
        "NIFU evaluerte hvordan tilskuddet brukes i frivillige organisasjoner og hvem som deltar. Rapporten kom i oktober.\n\n"
        "Vennlig hilsen\nHilde\n")
    (tmp_path / "vofo.eml").write_bytes(bytes(message))
    result = extracted(tmp_path / "vofo.eml", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"),
             r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Plassen vår i Nasjonalt forum for karriereveiledning", "Delmål 1.3", "VOFO", "",
         "VOFO deltok på forumets fire møter."),
        ("Evaluering av Kompetansepluss frivillighet", "Delmål 3.2", "VOFO", "NIFU",
         "NIFU evaluerte hvordan tilskuddet brukes i frivillige organisasjoner og hvem som deltar. Rapporten kom i oktober.")]


def test_the_strategys_code_is_read_where_a_cell_also_holds_another_plans(matchers):
    # Agder's key line tags each plan's codes; the regional plan's code came first in some rows and was taken.
    from pipeline.tagged_codes import other_plans_codes_left_out
    from parsers.content import Content, TableBlock

    table = TableBlock(None, 1, (
        ("Agder fylkeskommune – kompetansetiltak 2099", "", ""),
        ("NKS = delmål i Nasjonal kompetansepolitisk strategi · RP = mål i Regionplan Agder 2030", "", ""),
        ("Tiltak", "Mål (NKS/RP)", "Tiltakstype"),
        ("Nasjonalt fagskoleråd", "RP 3.2 / NKS 1.4", "Representasjon"),
        ("Voksenløftet i Agder", "NKS 3.1 · RP 2.1", "Kampanje")))
    laid = other_plans_codes_left_out(Content(blocks=(table,)), matchers.catalogue.vocabulary.strategy_names, "agder.xlsx")
    assert [row[1] for row in laid.tables[0].rows[3:]] == ["NKS 1.4", "NKS 3.1"]
    assert laid.warnings == ("agder.xlsx: tabell t1 gir delmålet med forkortelsen NKS ved siden av koder for RP; bare "
                             "NKS-koden er lest som delmål",)
    # Without the key, nothing says which tag is the strategy's: the cell stands, and its first code is asked about.
    bare = Content(blocks=(TableBlock(None, 1, table.rows[2:]),))
    assert other_plans_codes_left_out(bare, matchers.catalogue.vocabulary.strategy_names, "agder.xlsx") is bare
    assert matchers.delmal.match("RP 3.2 / NKS 1.4").confidence < 1


def test_a_delmal_marked_as_the_main_one_among_several_or_given_as_a_web_address(matchers):
    assert [(m.value, m.confidence == 1.0) for m in map(matchers.delmal.match, (
        "Berører 2.4, men først og fremst 1.4.", "Delvis 1.4, hovedsakelig 2.4.", "Delmål 1.4 (hovedmål); også 2.2.",
        "1.4 og 2.2", "https://www.regjeringen.no/kompetansestrategien#delmal-2-4"))] == [
        ("1.4", True), ("2.4", True), ("1.4", True), ("1.4", False), ("2.4", True)]


def test_a_sheet_of_accounts_keyed_by_name_describes_the_pivot_tables_rows(tmp_path, matchers):
    # NHO sent a pivot table (delmål, name, kind, who) and the accounts on a sheet of their own, keyed by the name:
    # each account was read as a measure of its own. A name the pivot's filter hid is still read, and set aside.
    book = openpyxl.Workbook()
    pivot = book.active
    pivot.title = "Pivot"
    pivot.append(["NHO – rapport til Kompetansepolitisk råd 2099"])
    pivot.append(["Status", "Gjennomført"])
    pivot.append([])
    pivot.append(["Delmål", "Tiltak", "Form", "Ansvar", "Samarbeid"])
    pivot.append(["1.1 Kompetansebehovsutvalget", "KBU – NHOs medlem", "Rådsarbeid", "NHO Arbeidsliv", "(tom)"])
    pivot.append(["2.4 Behov og tilbud", "Kompetansepilot for havbruk", "Pilot", "NHO Sjømat", "Innovasjon Norge"])
    accounts = book.create_sheet("Omtale")
    accounts.append(["NHO – tiltak i 2099: hva ble gjort"])
    accounts.append([])
    accounts.append(["Tiltak", "Hva ble gjort"])
    accounts.append(["Kompetansepilot for havbruk", "Åtte havbruksbedrifter fikk hjelp til å lage opplæringsplaner."])
    accounts.append(["KBU – NHOs medlem", "NHOs medlem deltok på utvalgets sju møter."])
    accounts.append(["Batteritoppmøtet", "Toppmøtet ble utsatt og holdes i mars 2100."])
    book.save(tmp_path / "nho.xlsx")
    result = extracted(tmp_path / "nho.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("KBU - NHOs medlem", "(tom)", "NHOs medlem deltok på utvalgets sju møter."),
        ("Kompetansepilot for havbruk", "Innovasjon Norge", "Åtte havbruksbedrifter fikk hjelp til å lage opplæringsplaner.")]
    # The pivot's filter line above its header is announced as not read, like any line there.
    assert [(s.text, s.reason.split(" («")[0]) for s in result.skipped] == [
        ("Status | Gjennomført", "raden står over tabellens overskriftsrad"), ("Batteritoppmøtet", SET_ASIDE)]
    assert matchers.orgs.normalise("(tom)") == ()


def test_a_kind_ticked_as_an_excel_checkbox_is_the_given_type(tmp_path, matchers):
    # Spekter's in-cell checkboxes are booleans, which the sheet reader writes «SANN»/«USANN».
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Spekter – tiltak rapportert til Kompetansepolitisk råd 2099"])
    sheet.append(["Tiltak", "Delmål", "Representasjon", "Opplæring", "Utviklingsprosjekt", "Ansvarlig"])
    sheet.append(["Språksporet i helseforetakene", "3.4", False, False, True, "Spekter helse"])
    sheet.append(["Kurs for ledere som skal inn i RSA-rådene", "1.4", False, True, False, "Spekter"])
    book.save(tmp_path / "spekter.xlsx")
    result = extracted(tmp_path / "spekter.xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("type")) for r in result.rows] == [
        ("Språksporet i helseforetakene", "Utviklingsprosjekt"), ("Kurs for ledere som skal inn i RSA-rådene", "Opplæring")]


def test_a_kind_answered_with_an_article_or_in_a_members_own_word_is_the_given_type(matchers):
    # Fagskolerådet answered «Hva slags tiltak?» with «Et kursprogram», «En kartlegging»; Agder wrote «Publikumsmøter».
    assert [(m.value, m.confidence, m.inferred) for m in map(matchers.types.given, (
        "Et kursprogram", "En kartlegging", "Et råd", "Publikumsmøter"))] == [
        ("Kurs/utdanning", 1.0, False), ("FoU", 1.0, False), ("Råd/utvalg/nettverk", 1.0, False),
        ("Arrangement", 1.0, False)]


def test_a_surveys_questionnaire_sent_for_information_is_no_report(matchers):
    from parsers.content import Content, Paragraph
    from pipeline.other_documents import other_document

    questionnaire = Content(blocks=(
        Paragraph(None, 1, "Læringsbarometeret 2100 – spørreskjema til virksomhetene", "heading", 1),
        Paragraph(None, 2, "Hvor mange ansatte har virksomheten?", "numbered")))
    assert other_document(questionnaire, matchers.catalogue.vocabulary, matchers.catalogue.council) == (
        "spørreskjema", "Læringsbarometeret 2100 – spørreskjema til virksomhetene")
    # The secretariat's reporting form, filled in, is a report (round 43).
    form = Content(blocks=(Paragraph(None, 1, "Spørreskjema – medlemmenes rapportering av tiltak for 2063", "heading", 1),))
    assert other_document(form, matchers.catalogue.vocabulary, matchers.catalogue.council) == ("", "")
    # A report whose title names a survey it ran is a report.
    report = Content(blocks=(Paragraph(None, 1, "NHO – rapport 2099: Læringsbarometeret og andre tiltak", "heading", 1),))
    assert other_document(report, matchers.catalogue.vocabulary, matchers.catalogue.council) == ("", "")


def test_a_capitalised_delmal_line_over_only_the_first_heading_of_a_group_stays_the_groups(matchers):
    from parsers.content import Content, Paragraph
    from pipeline.kickers import kickers_under_headings
    from pipeline.ticks import header_type

    def blocks(*spec: tuple[str, str, int]) -> Content:
        return Content(blocks=tuple(Paragraph(None, n, text, kind, level) for n, (text, kind, level) in enumerate(spec)))

    grouped = blocks(("DELMÅL 1.3 · KURS", "text", 0), ("Karrieredager", "heading", 2), ("…", "text", 0),
                     ("Nettveiledning", "heading", 2), ("…", "text", 0), ("Veiledning for seniorer", "heading", 2))
    assert kickers_under_headings(grouped, matchers.delmal.codes_in, header_type(matchers.types.given)) is grouped
    kicked = blocks(("RÅDSARBEID · DELMÅL 2.3", "heading", 4), ("SRY", "heading", 2), ("…", "text", 0),
                    ("KARTLEGGING · DELMÅL 2.2", "text", 0), ("Læringsbarometeret", "heading", 2))
    assert [(p.text, p.kind) for p in kickers_under_headings(kicked, matchers.delmal.codes_in, header_type(matchers.types.given)).paragraphs] == [
        ("SRY", "heading"), ("RÅDSARBEID · DELMÅL 2.3", "text"), ("…", "text"), ("Læringsbarometeret", "heading"),
        ("KARTLEGGING · DELMÅL 2.2", "text")]
