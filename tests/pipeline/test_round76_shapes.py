"""Shapes held-out round 76 showed the reader at its first look."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from parsers.pdf import parse_pdf
from parsers.registry import ParseOptions
from pipeline.batch import run
from pipeline.outputs.csv_files import read_csv
from pipeline.settings import Settings
from tests.pipeline.reading import coded_rows as _codes, extracted, rejection_beside_a_report, word_table as _word_table

ROUND76 = Path(__file__).resolve().parents[2] / "samples" / "holdout76"

_CARD = ("<kf-tiltak><template shadowrootmode=open><div class=kort><ul class=chips><li>Delmål {code}</li>"
         "<li class=form>{kind}</li></ul><slot name=tittel></slot><slot></slot><dl><dt>Ansvar</dt><dd><slot name=ansvar>"
         "</slot></dd><dt>Partnere</dt><dd><slot name=partnere>–</slot></dd></dl></div></template>"
         "<h3 slot=tittel>{name}</h3><p>{text}</p><span slot=ansvar>{who}</span>{partners}</kf-tiltak>")


def test_a_saved_page_s_web_components_are_read_as_the_page_shows_them(tmp_path, matchers):
    # Kompetanseforbundet (round 76): each card's delmål and kind stood in its shadow root, its name and text in the
    # light DOM; the shadow roots were skipped as templates, and the file gave 2 of 6 rows with nothing said.
    cards = [("1.3", "Representasjon", "Plass i det nasjonale karriereveiledningsforumet",
              "Vi har én plass i Nasjonalt forum for karriereveiledning.", "Kompetanseforbundet", ""),
             ("2.1", "Kurs", "KI-sertifikatet for karriereveiledere", "Tre samlinger; 410 veiledere tok sertifikatet.",
              "Kompetanseforbundet", "<span slot=partnere>HK-dir, fylkeskommunene</span>"),
             ("3.1", "Fagdag", "Fagdagen «Voksne i læring» i Bodø", "Fagdag i mai med 150 deltakere.",
              "Kompetanseforbundet", "<span slot=partnere>NAV</span>")]
    page = ("<!DOCTYPE html><html lang=nb><!-- Page saved with SingleFile --><title>Vår innsats i 2096 – "
            "Kompetanseforbundet</title><body><main><h1>Vår innsats i 2096</h1><p>Her er tiltakene våre i 2096.</p>"
            "<kf-tiltak-liste><template shadowrootmode=open><slot></slot></template>"
            + "".join(_CARD.format(code=c, kind=k, name=n, text=t, who=w, partners=p) for c, k, n, t, w, p in cards)
            + "</kf-tiltak-liste></main></body></html>")
    path = tmp_path / "Vår innsats i 2096 – Kompetanseforbundet.html"
    path.write_text(page, encoding="utf-8")
    result = extracted(path, matchers)
    rows = [(r.raw.get("tiltak"), matchers.delmal.match(r.raw.get("delmal")).value, matchers.types.given(r.raw.get("type")).value,
             r.raw.get("samarbeidspartnere")) for r in result.rows]
    assert rows == [("Plass i det nasjonale karriereveiledningsforumet", "1.3", "Råd/utvalg/nettverk", ""),
                    ("KI-sertifikatet for karriereveiledere", "2.1", "Kurs/utdanning", "HK-dir, fylkeskommunene"),
                    ('Fagdagen "Voksne i læring" i Bodø', "3.1", "Arrangement", "NAV")]


def test_a_pdf_s_hidden_language_layer_is_not_read_into_the_shown_one(matchers):
    # Sametinget (round 76): the North Sámi layer, hidden when the file opens, lay over the Norwegian one, and the
    # two were read word by word into each other.
    path = ROUND76 / "Sametinget – rapport KPR 2096 (dárogiella-sámegiella).pdf"
    content = parse_pdf(path, path.name, ParseOptions())
    assert any("Davvisámegiella / Nordsamisk" in w and "ikke lest" in w for w in content.warnings)
    assert not any("Oassemihttu" in b.text or "Ovddasvástádus" in b.text for b in content.paragraphs)
    assert _codes(extracted(path, matchers), matchers)[:3] == [
        ("Sametingets medlem i Samarbeidsrådet for yrkesopplæring", "2.3"),
        ("Yrkesfagveka i Sápmi - Sametingets egne dager", "2.3"), ("Samisk karriereveiledning på nett", "1.3")]


def test_a_printer_s_file_is_read_inside_its_trim_and_a_short_column_beside_a_long_one_stays_apart(matchers):
    # VOFO (round 76): the layout program's slug line outside the trim was read as text; on the page whose right column
    # held one short measure over a fact box far below, the two columns were read straight across («220 deltakere»).
    path = ROUND76 / "VOFO_aarsmelding_2096_s14-15_kompetanse_TRYKK.pdf"
    content = parse_pdf(path, path.name, ParseOptions())
    assert not any(".indd" in b.text for b in content.paragraphs)
    result = extracted(path, matchers)
    names = [r.raw.get("tiltak") for r in result.rows]
    assert "Studieforbundskonferansen 2096" in names
    assert not any("deltakere" in n for n in names)
    # «Prisen ble delt ut for siste gang i 2095, og juryen er lagt ned.»: read whole, and set aside as last year's.
    assert [s.text for s in result.skipped] == ["Frivillighetsprisen for læring"]


def test_a_dashboard_export_s_filters_under_its_rows_are_no_tiltak(tmp_path):
    # NHO (round 76): Power BI's export writes «Brukte filtre:» and one filter a line under the data.
    inbox = tmp_path / "inn"
    inbox.mkdir()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(["Aktivitet", "Kategori", "Strategimål", "Eier"])
    sheet.append(["Batteriskolen – kurs i prosessindustrien", "Kursprogram", "2.4 Relevant etter- og videreutdanning",
                  "Norsk Industri"])
    sheet.append(["NHOs kompetansebarometer 2096", "Spørreundersøkelse", "2.2 Kunnskapsgrunnlaget", "NHO Analyse"])
    sheet.append([])
    for line in ("Brukte filtre:", "Rapportår er 2096", "Medlem er NHO"):
        sheet.append([line])
    book.save(inbox / "NHO kompetansetiltak 2096 – data fra Power BI.xlsx")
    result = run(Settings(inbox=inbox, out=tmp_path / "ut", history=tmp_path / "h.sqlite", year=2096, cache=False))
    assert [(r["tiltak"], r["delmal"]) for r in read_csv(tmp_path / "ut" / "extracted.csv")] == [
        ("Batteriskolen - kurs i prosessindustrien", "2.4"), ("NHOs kompetansebarometer 2096", "2.2")]
    assert result.exit_code == 0


def test_a_member_s_plan_for_training_its_own_staff_is_no_report(tmp_path):
    # Spekter (round 76): its internal competence plan for 2097, attached by mistake, gave six staff courses as tiltak.
    plan = docx.Document()
    plan.add_heading("Kompetanseplan for medarbeiderne i Spekter 2097", 1)
    plan.add_paragraph("Vedtatt i ledermøtet 9. januar 2097 · Intern")
    table = plan.add_table(rows=0, cols=4)
    for row in [("Tiltak", "Målgruppe", "Når", "Ansvarlig"), ("Kurs i forhandlingsteknikk", "Rådgivere", "Mars", "HR"),
                ("Førstehjelpskurs", "Alle", "Mai", "HR")]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    error = rejection_beside_a_report(plan, "Kompetanseplan 2097 (intern).docx", tmp_path, 2096)
    assert "begynner med «kompetanseplan»" in error and "interne planer" in error


def test_a_table_listing_the_measures_numbers_under_each_delmal_gives_them_their_delmal(tmp_path, matchers):
    # KS (round 76): «Tabell 1» numbers the measures and names no delmål; «Tabell 2» lists under each delmål the
    # numbers of its measures («2.1 Digital kompetanse | 5, 7»).
    report = docx.Document()
    report.add_heading("KS – rapportering til KPR for 2096", 1)
    for rows in ([("Nr.", "Tiltak", "Virkemiddel"), ("1", "KS i Samarbeidsrådet for yrkesopplæring (SRY)", "Rådsarbeid"),
                  ("2", "Regionale kompetansenettverk for kommunene", "Nettverk"),
                  ("3", "Videreutdanning i velferdsteknologi", "Videreutdanning"),
                  ("4", "Lederutviklingsprogram for kommunaldirektører", "Lederprogram")],
                 [("Delmål", "Tiltak nr."), ("1.2 Regionalt folkevalgt nivå", "2"), ("2.1 Digital kompetanse", "3, 4"),
                  ("2.3 Yrkesfagene", "1")]):
        table = report.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
        report.add_paragraph("")
    report.save(tmp_path / "ks.docx")
    assert _codes(extracted(tmp_path / "ks.docx", matchers), matchers) == [
        ("KS i Samarbeidsrådet for yrkesopplæring (SRY)", "2.3"), ("Regionale kompetansenettverk for kommunene", "1.2"),
        ("Videreutdanning i velferdsteknologi", "2.1"), ("Lederutviklingsprogram for kommunaldirektører", "2.1")]


def test_a_delmal_written_in_the_column_of_the_ministry_responsible_gives_both(tmp_path, matchers):
    # Regjeringen (round 76): «KD | AID | NFD | KDD», each row's delmål in the column of its ministry; the empty cells
    # were read as «as above», and three rows took the delmål of the row before.
    rows = [("Tiltak", "KD", "AID", "NFD", "KDD", "Virkemiddel"),
            ("Utredning av RSA-ordningen", "1.4", "", "", "", "Utredningsoppdrag"),
            ("Kompetansepiloter i distriktskommuner", "", "", "", "1.2", "Forsøk"),
            ("Kurs i grunnleggende ferdigheter for arbeidssøkere", "", "3.5", "", "", "Kurstilbud")]
    result = extracted(_word_table(tmp_path / "dep.docx", rows, title="Departementenes rapport for 2096"), matchers)
    assert _codes(result, matchers) == [("Utredning av RSA-ordningen", "1.4"),
                                        ("Kompetansepiloter i distriktskommuner", "1.2"),
                                        ("Kurs i grunnleggende ferdigheter for arbeidssøkere", "3.5")]
    assert [r.raw.get("ansvarlig") for r in result.rows] == ["KD", "KDD", "AID"]


def test_last_year_s_code_in_brackets_after_this_year_s_is_no_second_delmal(matchers):
    # Virke (round 76): «2.4 (i 2095: 2.1)», where a measure had moved since last year, was asked as two codes.
    moved = matchers.delmal.match("2.4 (i 2095: 2.1)")
    assert (moved.value, moved.confidence) == ("2.4", 1.0) and "«i 2095: 2.1» gjelder et annet år" in moved.evidence
    assert matchers.delmal.match("(i 2095: 2.1)").value == "2.1"  # the only code there is, whatever its bracket
