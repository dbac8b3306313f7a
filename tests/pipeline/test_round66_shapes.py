"""Shapes held-out round 66 showed the reader after its first look."""

from __future__ import annotations

import io
import zipfile

import docx
import openpyxl
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from pipeline.batch import run
from pipeline.other_years import OTHER_STATUS
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted, rejection_beside_a_report, titled_deck

_DECK = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_SHOW = b"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml"


def _retyped(path, old: bytes, new: bytes) -> None:
    """The package at `path` with its main part's content type `old` written as `new` (PowerPoint's «Lagre som
    PowerPoint-fremvisning» writes a slide show so)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in z.infolist():
            data = z.read(info)
            copy.writestr(info, data.replace(old, new) if info.filename == "[Content_Types].xml" else data)
    path.write_bytes(out.getvalue())


def test_a_slide_show_is_read_as_the_deck_it_holds(tmp_path):
    # KS (round 66) sent its board slides saved as a slide show (.ppsx): python-pptx refused its main part, and the file
    # was rejected as damaged.
    deck = titled_deck([("KS – orientering om kompetansetiltak 2086", ["Til styret"]),
                        ("Veileder for strategisk kompetanseplanlegging",
                         ["Hva: digital veileder med maler for kommunene.", "Ansvar i KS: KS Arbeidsgiverpolitikk",
                          "Delmål: 2.4", "Type: Veileder"])])
    inbox = tmp_path / "inn"
    inbox.mkdir()
    deck.save(inbox / "KS 2086.ppsx")
    _retyped(inbox / "KS 2086.ppsx", _DECK, _SHOW)
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2086, cache=False))
    rows = read_csv(tmp_path / "ut" / "extracted.csv")
    assert [(r["tiltak"], r["delmal"], r["type"], r["ansvarlig"]) for r in rows] == [
        ("Veileder for strategisk kompetanseplanlegging", "2.4", "Informasjon", "KS Arbeidsgiverpolitikk")]
    assert result.exit_code == 0


def _tagged_report(path) -> None:
    """Kompetanseforbundet's shape: a bold heading per measure, its account, a partners sentence, and a small grey tag
    set right «[delmål | kind | unit]» before the next heading, short lines beside it on neither side."""
    c = Canvas(str(path), pagesize=A4)
    width = A4[0]
    y = 780.0
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, "Kompetanseforbundet – rapport til Kompetansepolitisk råd 2086")
    y -= 30
    for title, account, partners, tag in [
        ("Faggruppe for karriereveiledning i arbeidslivet", "Vi leder faggruppen som forumet satte ned i fjor.",
         "Ingen eksterne samarbeidspartnere.", "[1.3 | forumarbeid | Sekretariatet]"),
        ("Karriereveiledning på arbeidsplassen", "Vi har prøvd ut karriereveiledning i arbeidstiden.",
         "Vi samarbeidet med LO.", "[1.3 | prosjekt | Fagavdelingen]"),
        ("KPA fase 2", "En egen videreføring i Innlandet.", "Vi samarbeidet med Karriere Innlandet.",
         "[1.3 | prosjekt | Fagavdelingen]"),
        ("Nettkurs i realkompetansevurdering", "Kurs for rådgivere i voksenopplæringen. 310 fullførte.",
         "Ingen eksterne samarbeidspartnere.", "[2.5 | nettkurs | Kursavdelingen]")]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y, title)
        y -= 18
        c.setFont("Helvetica", 10.5)
        for line in (account, partners):
            c.drawString(60, y, line)
            y -= 24
        c.setFont("Helvetica", 8.5)
        c.drawRightString(width - 60, y + 4, tag)
        y -= 22
    c.save()


def test_a_tag_set_right_between_paragraphs_gives_the_measure_its_goal_kind_and_owner(tmp_path, matchers):
    # Kompetanseforbundet (round 66): the right-set tag beside no line was taken for a second column with the short
    # lines around it, so one heading lost its tag; and the tag's brackets hid its parts: no measure was read.
    _tagged_report(tmp_path / "Kompetanseforbundet 2086.pdf")
    rows = [r.raw for r in extracted(tmp_path / "Kompetanseforbundet 2086.pdf", matchers).rows]
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Faggruppe for karriereveiledning i arbeidslivet", "1.3", "forumarbeid", "Sekretariatet"),
        ("Karriereveiledning på arbeidsplassen", "1.3", "prosjekt", "Fagavdelingen"),
        ("KPA fase 2", "1.3", "prosjekt", "Fagavdelingen"),
        ("Nettkurs i realkompetansevurdering", "2.5", "nettkurs", "Kursavdelingen")]
    # The sentence naming the partners, or saying there were none, is no part of the description.
    assert [(r.get("samarbeidspartnere"), r.get("beskrivelse")) for r in rows[:2]] == [
        ("", "Vi leder faggruppen som forumet satte ned i fjor."),
        ("LO", "Vi har prøvd ut karriereveiledning i arbeidstiden.")]


def test_a_groups_count_row_is_no_measure(tmp_path, matchers):
    # NHO (round 66): «Antall aktiviteter» closing each federation's group, its count a formula, became a measure.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Aktivitet", "Resultat 2086", "Delmål", "Form", "Partnere"])
    sheet.append(["NHO Sjømat"])
    sheet.append(["Kompetansebehov i havbruk", "Analyse av behovet for fagarbeidere.", "1.1", "Analyse", "Nofima"])
    sheet.append(["Antall aktiviteter", "=COUNTA(A3:A3)"])
    sheet.append(["Norsk Industri"])
    sheet.append(["Korte kurs i automasjon", "Fem moduler på fagskolene.", "2.4", "Kurspakke", "Fagskolen Viken"])
    sheet.append(["Antall aktiviteter", "=COUNTA(A6:A6)"])
    book.save(tmp_path / "NHO 2086.xlsx")
    rows = [r.raw for r in extracted(tmp_path / "NHO 2086.xlsx", matchers).rows]
    assert [(r.get("tiltak"), r.get("ansvarlig")) for r in rows] == [
        ("Kompetansebehov i havbruk", "NHO Sjømat"), ("Korte kurs i automasjon", "Norsk Industri")]


def test_events_called_off_paused_or_moved_to_a_later_year_are_set_aside(tmp_path, matchers):
    # Round 66: «Avlyst i år …», «i år var det pause», «Utsatt til … neste år», «sist halden førre hausten», «neste gang
    # … om to år» were read as the year's measures; one held again after a pause last year stays.
    path = word_table_report(tmp_path / "LO 2086.docx", "LO – tiltak 2086", [
        ("Tiltak", "Delmål", "Beskrivelse"),
        ("Teknologidagen", "2.3", "Avlyst i år på grunn av lav påmelding. Neste teknologidag blir i juni neste år."),
        ("Fagskolemessa", "2.4", "Messa arrangeres annethvert år, og i år var det pause."),
        ("Studietur til Danmark", "3.6", "Utsatt til etter sommerferien neste år på grunn av få påmeldte."),
        ("Vaksenopplæringskonferansen", "3.6", "Vart sist halden førre hausten. Neste gong om to år."),
        ("Samisk lærerutdanningsdag", "1.4", "Arrangeres annenhver vår; neste gang våren om to år."),
        ("Yrkesmessa", "2.3", "Etter en pause i fjor ble messa holdt i år med 400 besøkende."),
        ("Kurs for tillitsvalgte", "2.4", "Utsatt fra våren til høsten; 300 deltok."),
        ("Lærlingkonferansen", "2.3", "Avlyst i mars på grunn av sykdom, gjennomført digitalt i juni.")])
    result = extracted(path, matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Yrkesmessa", "Kurs for tillitsvalgte", "Lærlingkonferansen"]
    assert len(result.skipped) == 5 and all(OTHER_STATUS in s.reason for s in result.skipped)


def test_a_measure_made_ready_this_year_but_run_the_next_is_asked(tmp_path, matchers):
    # Unio (round 66): «Programmet er utviklet i år, men første kull tas opp høsten neste år» was sure of its year.
    path = word_table_report(tmp_path / "Unio 2086.docx", "Unio – tiltak 2086", [
        ("Tiltak", "Delmål", "Beskrivelse"),
        ("Lederprogram for barnehagestyrere", "2.4", "Programmet er utviklet i år, men første kull tas opp høsten neste år.")])
    rows = extracted(path, matchers).rows
    assert [r.raw.get("tiltak") for r in rows] == ["Lederprogram for barnehagestyrere"]
    assert "kontroller at tiltaket gjelder 2086" in rows[0].raw.doubt


def test_a_remark_that_the_row_is_no_measure_leaves_it_out_and_a_header_of_what_and_with_whom_is_the_description(
        tmp_path, matchers):
    # UHR (round 66): «Til orientering – ikke et tiltak» in a Merknad column; Unio: «Hva og med hvem» was read as the
    # partners, the account with them.
    path = word_table_report(tmp_path / "UHR 2086.docx", "UHR – tiltak 2086", [
        ("Tiltak", "Hva og med hvem", "Delmål", "Merknad"),
        ("Evaluering av RSA-ordningen", "NIFU evaluerte rådene ved 21 institusjoner.", "1.4", ""),
        ("Ny leder i UHR-MNT", "Professor Hege Rydland tok over som leder i juni.", "1.4", "Til orientering – ikke et tiltak")])
    result = extracted(path, matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("beskrivelse"), r.raw.get("samarbeidspartnere")) for r in result.rows] == [
        ("Evaluering av RSA-ordningen", "NIFU evaluerte rådene ved 21 institusjoner.", "")]
    assert [s.text for s in result.skipped] == ["Ny leder i UHR-MNT"]


def test_a_templates_guidance_lines_and_prompts_left_in_cells_are_no_measure_nor_partner(tmp_path, matchers):
    # VOFO (round 66) filled in the secretariat's template: its heading over «Type tiltak: velg én av …» and «Delmål:
    # oppgi nummeret …» became a measure, and «[Skriv inn samarbeidspartnere]» a partner.
    d = docx.Document()
    d.add_heading("Rapportering til Kompetansepolitisk råd – mal", 3)
    d.add_paragraph("Fyll inn én rad per tiltak som er gjennomført i rapporteringsåret.")
    d.add_paragraph("Type tiltak: velg én av FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement.")
    d.add_paragraph("Delmål: oppgi nummeret på delmålet i strategien (1.1–3.6).")
    table = d.add_table(rows=0, cols=4)
    for row in [("Navn på tiltaket", "Delmål", "Type tiltak", "Samarbeidspartnere"),
                ("Nettverk for opplæring av flyktninger", "3.4", "Råd/utvalg/nettverk", "[Skriv inn samarbeidspartnere]")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(tmp_path / "VOFO 2086.docx")
    rows = [r.raw for r in extracted(tmp_path / "VOFO 2086.docx", matchers).rows]
    assert [(r.get("tiltak"), r.get("samarbeidspartnere")) for r in rows] == [("Nettverk for opplæring av flyktninger", "")]


def test_a_call_for_grant_applications_is_no_report(tmp_path):
    # HK-dir's «Utlysning» (round 66) lists the kinds of measures one may apply for, each with a delmål: they were read
    # as four measures of a member nobody named.
    d = docx.Document()
    d.add_heading("Utlysning: Tilskudd til kompetansetiltak i arbeidslivet", 1)
    d.add_heading("3 Hva kan det søkes om", 2)
    for item in ("Kurs og opplæring i arbeidstiden (delmål 2.1)", "Utviklingsprosjekter med utdanningstilbydere (delmål 2.4)"):
        d.add_paragraph(item, style="List Bullet")
    assert "begynner med «utlysning»" in rejection_beside_a_report(d, "Utlysning tilskudd 2087.docx", tmp_path, 2086)


def test_a_members_own_kind_words_from_round_66_give_the_type(matchers):
    given = {w: matchers.types.given(w) for w in ("Kursdag", "Kursdager", "Studieprogram", "Prosjektstøtte",
                                                   "Rettleiingstilbod")}
    assert {w: m.value for w, m in given.items() if m} == {
        "Kursdag": "Kurs/utdanning", "Kursdager": "Kurs/utdanning", "Studieprogram": "Kurs/utdanning",
        "Prosjektstøtte": "Prosjekt", "Rettleiingstilbod": "Informasjon"}


def test_partners_labelled_after_a_description_in_its_cell_fill_the_partners(tmp_path, matchers):
    # Unio (round 66): «… 180 lærere fullførte. Partnere: Høgskolen i Østfold» closing the «Hva og med hvem» cell.
    path = word_table_report(tmp_path / "Unio 2086.docx", "Unio – tiltak 2086", [
        ("Tiltak", "Hva og med hvem", "Delmål"),
        ("Videreutdanning i veiledningspedagogikk", "Studium på 30 studiepoeng. 180 fullførte. Partnere: Høgskolen i "
         "Østfold, Nord universitet", "1.4"),
        ("Utdanningsforbundets plass i NFK", "Utdanningsforbundet representerer Unio i forumet. Partnere: ingen", "1.3")])
    rows = [r.raw for r in extracted(path, matchers).rows]
    assert [(r.get("beskrivelse"), r.get("samarbeidspartnere")) for r in rows] == [
        ("Studium på 30 studiepoeng. 180 fullførte.", "Høgskolen i Østfold, Nord universitet"),
        ("Utdanningsforbundet representerer Unio i forumet.", "")]
