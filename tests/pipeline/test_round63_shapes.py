"""Shapes held-out round 63 showed the reader after its first look."""

from __future__ import annotations

import docx
import openpyxl

from pipeline.corrections import WITHDRAWN
from pipeline.match import match_rows
from pipeline.other_years import OTHER_STATUS
from tests.pipeline.reading import extracted


def _table(path, header, rows, before: tuple[str, ...] = ()):
    d = docx.Document()
    for text in before:
        d.add_paragraph(text)
    table = d.add_table(rows=0, cols=len(header))
    for row in (header, *rows):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


def test_a_measure_told_in_words_as_last_years_or_next_years_is_set_aside_and_one_going_on_is_kept(tmp_path, matchers):
    # Round 63: no year column; «i fjor» and «neste år» in the account said which measures were not the year's.
    path = _table(tmp_path / "LO_2083.docx", ("Tiltak", "Delmål", "Form", "Hva skjedde i 2083"), [
        ("Nettverk for læreplassformidlere", "2.3", "Nettverk", "Nettverket ble avsluttet i fjor etter tre år."),
        ("Konferanse om grønn omstilling", "2.3", "Konferanse", "Planlegges til våren neste år."),
        ("Rettleiingsdag for rådgjevarar", "1.3", "Fagdag", "Vart halden i fjor og er ikkje gjenteken i 2083."),
        ("Digital grunnmur", "2.1", "Nettkurs", "Videreført fra i fjor. 400 ansatte tok kurset."),
        ("Lærlingkampanjen", "2.3", "Kampanje", "Kampanjen gikk i hele 2083 og videreføres neste år."),
        ("Fagskolemoduler i havvind", "2.4", "Kurs", "Oppstart neste år. I 2083 har det vært planleggingsmøter."),
    ], before=("LO – tiltak til Kompetansepolitisk råd 2083",))
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Digital grunnmur", "Lærlingkampanjen", "Fagskolemoduler i havvind"]
    assert [s.text for s in result.skipped] == ["Nettverk for læreplassformidlere", "Konferanse om grønn omstilling",
                                                "Rettleiingsdag for rådgjevarar"]
    assert all(OTHER_STATUS in s.reason for s in result.skipped)
    # Next year's start, and work in the year's own: kept, and asked.
    assert not result.rows[0].raw.doubt and not result.rows[1].raw.doubt
    assert "kontroller at tiltaket gjelder 2083" in result.rows[2].raw.doubt


def test_numbered_measures_take_their_delmal_and_type_from_a_key_table_after_them(tmp_path, matchers):
    # Akademikerne (round 63): a letter's numbered items in prose, their delmål and kind in «Oversikt» at its end.
    d = docx.Document()
    d.add_paragraph("AKADEMIKERNE")
    d.add_heading("Rapportering av tiltak for 2083", 2)
    d.add_paragraph("Vi viser til brev om rapportering av tiltak som følger opp strategien.")
    for title, text in [("1. Vår plass i Kompetansebehovsutvalget", "Akademikerne har én plass i utvalget, og Tekna møter for oss."),
                        ("2. Frokostmøte om KBU-rapporten", "I juni inviterte vi til et frokostmøte om hovedrapporten."),
                        ("3. Etterutdanningsportalen for akademikere", "En nettside med tilbud fra universiteter og foreningene.")]:
        d.add_heading(title, 4)
        d.add_paragraph(text)
    d.add_heading("Oversikt", 4)
    table = d.add_table(rows=0, cols=3)
    for row in [("Nr.", "Delmål", "Type"), ("1", "1.1", "Utvalg"), ("2", "1.1", "Frokostmøte"), ("3", "2.4", "Nettportal")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_paragraph("Med vennlig hilsen")
    d.save(tmp_path / "Akademikerne_2083.docx")
    result = extracted(tmp_path / "Akademikerne_2083.docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Vår plass i Kompetansebehovsutvalget", "1.1", "Utvalg"), ("Frokostmøte om KBU-rapporten", "1.1", "Frokostmøte"),
        ("Etterutdanningsportalen for akademikere", "2.4", "Nettportal")]
    assert not result.skipped


def test_a_heading_closed_by_its_line_of_particulars_is_one_measure_with_its_paragraphs_and_figures(tmp_path, matchers):
    # VOFO (round 63): a measure told over paragraphs and a list of key figures, closed by «Strategien: … · Tiltakstype: …»,
    # under a theme worded like a delmål; the line's delmål is the measure's, the figures are no measures.
    d = docx.Document()
    d.add_heading("VOFO – rapport til Kompetansepolitisk råd 2083", 1)
    d.add_heading("Norskopplæring og kvalifisering", 2)
    d.add_heading("Norsk i praksis – kurs på byggeplassene", 3)
    d.add_paragraph("Norsk i praksis gir arbeidsinnvandrere norskopplæring i arbeidstiden.")
    d.add_paragraph("Prosjektet eies av IMDi. I 2083 var prosjektet på byggeplasser i Oslo og Bergen:")
    for figure in ("38 byggeplasser", "620 deltakere", "om lag 9 000 kurstimer"):
        d.add_paragraph(figure, style="List Bullet")
    d.add_paragraph("Strategien: 3.4 · Tiltakstype: prosjekt")
    d.add_heading("Læring i frivilligheten", 2)
    d.add_heading("Kompetansepluss frivillighet – lese- og skrivekurs", 3)
    d.add_paragraph("Studieforbundene ga kurs i lesing og skriving for voksne.")
    d.add_paragraph("I 2083 ble det holdt 310 kurs med 2 900 deltakere.")
    d.add_paragraph("Strategien: 3.2 · Tiltakstype: kurs")
    d.save(tmp_path / "VOFO_2083.docx")
    result = extracted(tmp_path / "VOFO_2083.docx", matchers)
    rows = [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows]
    assert rows == [("Norsk i praksis - kurs på byggeplassene", "3.4", "prosjekt"),
                    ("Kompetansepluss frivillighet - lese- og skrivekurs", "3.2", "kurs")]
    assert result.rows[0].raw.get("beskrivelse").endswith("Oslo og Bergen: 38 byggeplasser 620 deltakere om lag 9 000 kurstimer")
    assert "310 kurs" in result.rows[1].raw.get("beskrivelse")


def test_a_ministrys_areas_in_its_own_words_title_their_measures_and_the_goal_an_account_names_is_their_delmal(
        tmp_path, matchers):
    # KD (round 63): areas in the ministry's words, one not like any delmål's; a list of publications inside the
    # council's account; the delmål only as «strategiens mål om …» in the text; a summary listing the measures first.
    d = docx.Document()
    d.add_heading("Departementenes oppfølging av Nasjonal kompetansepolitisk strategi", 1)
    d.add_heading("Sammendrag", 2)
    d.add_paragraph("Departementene har i 2083 arbeidet med blant annet disse tiltakene:")
    for name in ("Kompetansebehovsutvalget", "Godkjenningsveiviseren", "Norsk i praksis"):
        d.add_paragraph(name, style="List Bullet")
    d.add_heading("Kunnskap og veiledning for gode valg", 2)
    d.add_heading("Kompetansebehovsutvalget", 3)
    d.add_paragraph("Kompetansebehovsutvalget la i juni fram sin hovedrapport. Kunnskapsdepartementet leder utvalget.")
    d.add_paragraph("Utvalget ga i tillegg ut tre temanotater.")
    for name in ("Ingeniørbehovet i fylkene", "Kompetansebehov i kommunal helse og omsorg", "Voksnes deltakelse i etterutdanning"):
        d.add_paragraph(name, style="List Bullet")
    d.add_paragraph("Utvalget er selve kjernen i strategiens mål om et felles kunnskapsgrunnlag om Norges kompetansebehov.")
    d.add_heading("Læring og godkjenning i arbeidslivet", 2)
    d.add_heading("Godkjenningsveiviseren", 3)
    d.add_paragraph("Godkjenningsveiviseren er en ny nettjeneste. Den følger opp strategiens mål om enklere og raskere "
                    "godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner.")
    d.add_heading("Kvalifisering av voksne som står utenfor arbeidslivet", 2)
    d.add_heading("Norsk i praksis", 3)
    d.add_paragraph("Norsk i praksis gir innvandrere på byggeplasser norskopplæring. Prosjektet følger opp målet om mer "
                    "målrettet norskopplæring for innvandrere.")
    d.add_heading("Opplæringsløp i helsefag for arbeidssøkere", 3)
    d.add_paragraph("Arbeids- og velferdsdirektoratet har gitt 480 arbeidssøkere et opplæringsløp. Tiltaket er en del av "
                    "arbeidet med å styrke Navs opplæringstilbud for arbeidssøkere som trenger kvalifisering.")
    d.add_heading("Andre forhold", 2)
    d.add_paragraph("Evalueringen av bransjeprogrammene ble avsluttet i fjor.")
    d.save(tmp_path / "KD_2083.docx")
    result = extracted(tmp_path / "KD_2083.docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetansebehovsutvalget", "Godkjenningsveiviseren",
                                                          "Norsk i praksis", "Opplæringsløp i helsefag for arbeidssøkere"]
    assert "Ingeniørbehovet i fylkene" in result.rows[0].raw.get("beskrivelse")
    assert not result.skipped and not result.warnings  # the summary's list names measures read below
    rows = [row.__class__(row.raw, "Regjeringen", row.member_confidence) for row in result.rows]
    matched = match_rows(rows, matchers)
    assert [t.delmal.value for t in matched] == ["1.1", "2.6", "3.4", "3.5"]
    # No kind is given; the account's opening says what the guide is.
    assert matched[1].type.value == "Informasjon" and "nettjeneste" in matched[1].type.evidence


def test_a_sheet_explaining_the_columns_is_no_measure(tmp_path, matchers):
    # Fagskolerådet (round 63): a sheet «Forklaring» saying what each column holds, read as one measure's fields.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tiltak 2083"
    for row in [("Tiltak", "Delmål", "Slag", "Ansvarleg", "Skildring"),
                ("Fagskulekonferansen 2083", "2.4", "Konferanse", "Fagskulerådet", "Den nasjonale konferansen i Trondheim."),
                ("Nasjonalt fagskuleråd", "1.4", "Rådsplass", "Fagskulerådet", "Vi har ein av plassane i rådet.")]:
        sheet.append(row)
    key = book.create_sheet("Forklaring")
    for row in [("Kolonne", "Forklaring"), ("Tiltak", "Namnet på tiltaket slik vi bruker det internt."),
                ("Delmål", "Nummeret på delmålet i strategien."), ("Slag", "Vår eiga inndeling av tiltaka."),
                ("Ansvarleg", "Den som leier tiltaket."), ("Skildring", "Kort om kva som vart gjort i 2083.")]:
        key.append(row)
    book.save(tmp_path / "Fagskolerådet_2083.xlsx")
    result = extracted(tmp_path / "Fagskolerådet_2083.xlsx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Fagskulekonferansen 2083", "Nasjonalt fagskuleråd"]
    assert any("forklarer kolonnene" in w for w in result.warnings)


def test_labels_and_headers_said_as_the_members_own(tmp_path, matchers):
    # Unio and KS (round 63): «Ansvar i Unio:», «Strategien: …» under an item; «Ansvarlig i KS», «Knytning til strategien».
    d = docx.Document()
    d.add_heading("Unios kompetansepolitiske arbeid 2083", 1)
    d.add_heading("Et felles kunnskapsgrunnlag", 2)
    d.add_paragraph("Kompetansebehovsutvalget – Utdanningsforbundet har Unios plass i utvalget.", style="List Bullet")
    d.add_paragraph("Strategien: bedre kunnskap om framtidens kompetansebehov", style="List Bullet 2")
    d.add_paragraph("Ansvar i Unio: Utdanningsforbundet", style="List Bullet 2")
    d.save(tmp_path / "Unio_2083.docx")
    result = extracted(tmp_path / "Unio_2083.docx", matchers)
    assert [(r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("bedre kunnskap om framtidens kompetansebehov", "Utdanningsforbundet")]
    path = _table(tmp_path / "KS_2083.docx", ("Tiltak", "Knytning til strategien", "Ansvarlig i KS", "Sammen med"), [
        ("Faglig råd for elektro og datateknologi", "Yrkesfag og læreplasser", "EL og IT Forbundet", "NHO"),
        ("Fagbrev i voksen alder", "Videregående opplæring for voksne", "LOs utdanningsavdeling", "Fylkeskommunene")])
    result = extracted(path, matchers)
    assert [(r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Yrkesfag og læreplasser", "EL og IT Forbundet"), ("Videregående opplæring for voksne", "LOs utdanningsavdeling")]


def test_a_note_to_the_secretariat_taking_out_an_item_by_its_number(tmp_path, matchers):
    # Kompetanseforbundet (round 63): a sticky note on the scanned letter, «Pkt. 4 utgår»; here typed.
    d = docx.Document()
    d.add_paragraph("Til sekretariatet:")
    d.add_paragraph("Pkt. 2 utgår – karrieredagen er flyttet til mars 2084.")
    d.add_paragraph("KOMPETANSEFORBUNDET")
    d.add_paragraph("Rapport om tiltak i 2083")
    for title, text, facts in [
            ("Fagskolekonferansen i Trondheim", "Vi hadde ansvaret for påmelding.", "Delmål: 2.4 Type: arrangement"),
            ("Karrieredag for seniorer", "Karrieredag i Oslo for arbeidstakere over 55 år.", "Delmål: 1.3 Type: arrangement"),
            ("Kurs i realkompetansevurdering", "To kurs for veiledere.", "Delmål: 2.5 Type: kurs")]:
        d.add_paragraph(title, style="List Number")
        d.add_paragraph(text)
        d.add_paragraph(facts)
    d.save(tmp_path / "Kompetanseforbundet_2083.docx")
    result = extracted(tmp_path / "Kompetanseforbundet_2083.docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Fagskolekonferansen i Trondheim", "Kurs i realkompetansevurdering"]
    assert [s.text for s in result.skipped] == ["Karrieredag for seniorer"] and WITHDRAWN in result.skipped[0].reason
