"""A shape held-out round 45 showed the reader after its first look: a form whose name field asks for two things
(«Navn på tiltak / rådsplass:») and whose delmål is a box ticked among the strategy's codes, line by line."""

from __future__ import annotations

import docx
import openpyxl

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from parsers.pdf import parse_pdf
from parsers.xlsx import parse_xlsx
from pipeline.rows import content_to_rows


def test_a_forms_double_name_label_and_its_ticked_delmal_box_make_the_tiltak(matchers, tmp_path):
    # YS's RTF form: every «Hva ble gjort i 2066:» line was read as a tiltak, and the file said nothing.
    d = docx.Document()
    d.add_heading("Rapporteringsskjema – Kompetansepolitisk råd 2066", level=1)
    for n, (name, done, boxes) in enumerate([("KBU (YS' plass)", "YS oppnevnte ny representant fra Delta.", ("☒", "☐")),
                                             ("Bransjeprogrammet i handel", "Parat deltar sammen med Virke.", ("☐", "☒"))], 1):
        d.add_heading(f"Tiltak {n}", level=3)
        d.add_paragraph(f"Navn på tiltak / rådsplass: {name}")
        d.add_paragraph(f"Hva ble gjort i 2066: {done}")
        d.add_paragraph("Ansvarlig: YS-sekretariatet")
        d.add_paragraph("Delmål:")
        d.add_paragraph(f"Område 1:   {boxes[0]} 1.1   ☐ 1.2   ☐ 1.3   ☐ 1.4")
        d.add_paragraph(f"Område 2:   ☐ 2.1   ☐ 2.2   ☐ 2.3   {boxes[1]} 2.4   ☐ 2.5   ☐ 2.6")
        d.add_paragraph("Type: ☐ FoU   ☒ Prosjekt   ☐ Informasjon")
    path = tmp_path / "ys_skjema_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("ansvarlig")) for r in read.rows] == [
        ("KBU (YS' plass)", "1.1", "YS-sekretariatet"), ("Bransjeprogrammet i handel", "2.4", "YS-sekretariatet")]
    assert not read.warnings


def test_a_row_whose_tiltak_cell_is_merged_with_the_row_above_goes_on_with_that_tiltak(matchers, tmp_path):
    # LO's table: each tiltak's name merged over a «Resultat 2066» row and a «Plan 2067» row; the plan row was read as
    # a second tiltak of the same name, and the register counted each twice.
    d = docx.Document()
    d.add_heading("LOs rapportering til Kompetansepolitisk råd – 2066", level=1)
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ("Tiltak", "", "Innhold", "Delmål")):
        cell.text = text
    for name, code in (("Nasjonalt fagskoleråd", "1.4"), ("Yrkes-NM", "2.3")):
        done, plan = t.add_row().cells, t.add_row().cells
        done[0].merge(plan[0]).text = name
        for cells, label, text in ((done, "Resultat 2066", f"{name} i 2066."), (plan, "Plan 2067", "Videreføres i 2067.")):
            cells[1].text, cells[2].text, cells[3].text = label, text, code
    path = tmp_path / "lo_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [("Nasjonalt fagskoleråd", "1.4"), ("Yrkes-NM", "2.3")]
    assert read.rows[0].get("beskrivelse") == "Nasjonalt fagskoleråd i 2066. Videreføres i 2067."


def test_a_key_of_symbols_for_delmal_gives_each_symbol_cell_its_code_and_its_lines_are_no_tiltak(matchers, tmp_path):
    # Virke's report: «Tegnforklaring» over «▲ Samarbeid mellom … (delmål 1.4)» lines, and «▲» in the table's «Mål»
    # column; the key's lines were read as five tiltak and every row's delmål was «–».
    d = docx.Document()
    d.add_heading("Virke – kompetansepolitisk rapport 2066", level=1)
    d.add_heading("Tegnforklaring", level=3)
    d.add_paragraph("▲  Samarbeid mellom utdanningstilbydere og arbeidslivet (delmål 1.4)")
    d.add_paragraph("★  Digital kompetanse i hele arbeidsstyrken (delmål 2.1)")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Mål", "Tiltak", "Ansvarlig")):
        cell.text = text
    for row in (("▲", "SRY – Virkes plass", "Virke HR"), ("★", "Digital Butikk", "Virke Handel")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    path = tmp_path / "virke_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [("SRY - Virkes plass", "delmål 1.4"),
                                                                        ("Digital Butikk", "delmål 2.1")]
    assert [s.locator for s in read.skipped] == ["l3", "l4"] and "tegn for delmål" in read.warnings[0]


def test_an_outlines_numbered_heading_rows_give_the_delmal_of_the_rows_under_them(matchers, tmp_path):
    # UHR's plan: «1 | Gode valg …» and «1.1 | Kunnskap om kompetansebehov» over «1.1.1 | Innspill til KBUs …», the
    # number in a «Nr.» column; the heading rows were read as seven tiltak, and the delmål of the rest was lost.
    d = docx.Document()
    d.add_heading("UHR aktivitetsplan 2066", level=1)
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ("Nr.", "Aktivitet", "Ansvarlig enhet", "Kategori")):
        cell.text = text
    for row in (("1", "Gode valg for den enkelte og for samfunnet", "", ""), ("1.1", "Kunnskap om kompetansebehov", "", ""),
                ("1.1.1", "Innspill til KBUs temarapport", "UHR-sekretariatet", "Innspill"),
                ("2.4", "Kobling av kompetansebehov til etter- og videreutdanning", "", ""),
                ("2.4.1", "Nasjonalt rammeverk for mikrograder", "UHR-sekretariatet", "Utviklingsprosjekt")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    path = tmp_path / "uhr_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value) for r in read.rows] == [
        ("Innspill til KBUs temarapport", "1.1"), ("Nasjonalt rammeverk for mikrograder", "2.4")]


def test_two_tables_side_by_side_on_a_sheet_are_two_tables_and_a_column_of_councils_is_the_seats(matchers, tmp_path):
    # NHO's sheet: its own measures on the left, its council seats on the right, two empty columns between. The
    # right table was read as extra columns of the left one, and its three seats were lost without a word.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NHO – rapportering til Kompetansepolitisk råd 2066"])
    ws.append([])
    ws.append(["Egne tiltak", None, None, None, None, "Verv i råd og utvalg"])
    ws.append(["Tiltak", "Delmål", "Ansvarlig", None, None, "Råd/utvalg", "NHOs representasjon", "Kommentar"])
    ws.append(["Kompetansekartet", "2.5", "NHO Kompetanse", None, None, "Kompetansebehovsutvalget (KBU)",
               "1 medlem (fagdirektør kompetanse)", "NHO har bidratt med data til utvalgets rapport."])
    ws.append(["Yrkes-NM 2066", "2.3", "WorldSkills Norway", None, None, "Samarbeidsrådet for yrkesopplæring",
               "2 medlemmer, 1 vara", "NHO har nestlederen i rådet."])
    ws.append(["EVU-nettverk Industri", "2.4", "Norsk Industri", None, None, "Nasjonalt fagskoleråd", "1 medlem"])
    path = tmp_path / "nho_2066.xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.provenance.locator, r.get("tiltak"), r.get("beskrivelse")) for r in read.rows] == [
        ("t1-r5", "Kompetansekartet", ""), ("t1-r6", "Yrkes-NM 2066", ""), ("t1-r7", "EVU-nettverk Industri", ""),
        ("t1-r5-c6", "Kompetansebehovsutvalget (KBU)", "NHO har bidratt med data til utvalgets rapport."),
        ("t1-r6-c6", "Samarbeidsrådet for yrkesopplæring", "NHO har nestlederen i rådet."),
        ("t1-r7-c6", "Nasjonalt fagskoleråd", "")]
    assert any("navn på delte råd" in e for e in read.rows[-1].evidence) and not read.skipped


def test_councils_in_a_calendar_or_one_council_as_who_is_responsible_are_no_seats(matchers, tmp_path):
    # A newsletter's meeting plan names councils under «Møte»; a table naming one council as ansvarlig names who.
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["Dato", "Møte"], ["5. mars", "Nasjonalt fagskoleråd"], ["19. mars", "Samarbeidsrådet for yrkesopplæring"],
                ["2. april", "Kompetansebehovsutvalget"]):
        ws.append(row)
    ws2 = wb.create_sheet("Tiltak")
    for row in (["Delmål", "Aktivitet", "Råd"], ["1.4", "Bransjeråd for fagskoleutdanning i helse og teknikk", "Fagskolerådet"],
                ["2.4", "Kartlegging av voksne studenter i fagskolene", "Fagskolerådet"]):
        ws2.append(row)
    path = tmp_path / "kalender.xlsx"
    wb.save(path)
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    assert [r.get("tiltak") for r in read.rows] == ["Bransjeråd for fagskoleutdanning i helse og teknikk",
                                                   "Kartlegging av voksne studenter i fagskolene"]


def test_one_empty_column_inside_a_table_does_not_part_it(matchers, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tiltak", "Delmål", None, "Ansvarlig"])
    ws.append(["Kompetansekartet", "2.5", None, "NHO Kompetanse"])
    ws.append(["Yrkes-NM 2066", "2.3", None, "WorldSkills Norway"])
    path = tmp_path / "nho_2066.xlsx"
    wb.save(path)
    content = parse_xlsx(path, path.name, ParseOptions())
    assert len(content.tables) == 1
    assert [r.get("ansvarlig") for r in content_to_rows(content, path.name, matchers).rows] == [
        "NHO Kompetanse", "WorldSkills Norway"]


def test_bullets_a_pdf_cell_runs_into_one_line_are_tiltak_each_and_a_labelled_bracket_names_no_type(matchers, tmp_path):
    # Innlandet's status letter: two bullets in one cell came out of the PDF as one line, so the second tiltak was lost
    # in the first one's description, and «(Samarbeid: Innlandets kommuner)» was read as the type «Samarbeid».
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    two = ("• Regionalt uttak til Yrkes-NM – Regional konkurranse på Gjøvik for elever og lærlinger. (Samarbeid: "
           "Opplæringskontorene)<br/><br/>• Bli helsefagarbeider i Innlandet – Rekrutteringskampanje i sosiale medier. "
           "(Samarbeid: Innlandets kommuner)")
    data = [["Delmål i strategien", "Våre tiltak i 2066", "Ansvarlig"],
            ["1.3 Karriereveiledning", "• Karriere Innlandet 60+ – Kurs i jobbsøking for arbeidstakere over 60 år.",
             "Karriere Innlandet"],
            ["2.3 Yrkesfag og karrieremuligheter", two, "Fagopplæringen"]]
    table = Table([[Paragraph(c, cell) for c in row] for row in data], colWidths=[150, 420, 150])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "innlandet_2066.pdf"
    SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1).build([table])
    read = content_to_rows(parse_pdf(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("delmal")[:3], r.get("tiltak").split(" - ")[0], r.get("type")) for r in read.rows] == [
        ("1.3", "Karriere Innlandet 60+", ""), ("2.3", "Regionalt uttak til Yrkes-NM", ""),
        ("2.3", "Bli helsefagarbeider i Innlandet", "")]


def test_numbered_items_that_refer_to_their_delmal_or_link_it_in_words_are_tiltak_each(matchers, tmp_path):
    # VOFO's letter: «(arrangement, jf. delmål 3.6)», «(bidrar til bruk av Kompetanseplussordningene)», and a title
    # item over its text before the letter's close; none of the items was read.
    d = docx.Document()
    d.add_paragraph("Rapportering for 2066 fra VOFO")
    d.add_paragraph("Nedenfor følger tiltakene VOFO og studieforbundene har arbeidet med i 2066.")
    d.add_paragraph("Læringsuka 2066. Frivillighetens læringsuke ble arrangert i uke 38 med over 400 lokale "
                    "arrangementer. (arrangement, jf. delmål 3.6)", style="List Number")
    d.add_paragraph("Søkerkurs for Kompetansepluss frivillighet. Digitale kurs for frivillige organisasjoner om hvordan "
                    "de søker midler. (bidrar til bruk av Kompetanseplussordningene)", style="List Number")
    d.add_paragraph("Norsk med venner.", style="List Number")
    d.add_paragraph("Språkkafeer og samtalegrupper i norsk for nyankomne innvandrere. (jf. delmål 3.4)")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Generalsekretær, VOFO")
    path = tmp_path / "vofo_brev_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value, r.get("type")) for r in read.rows] == [
        ("Læringsuka 2066", "3.6", "arrangement"), ("Søkerkurs for Kompetansepluss frivillighet", "3.2", ""),
        ("Norsk med venner", "3.4", "")]
    assert read.rows[2].get("beskrivelse").startswith("Språkkafeer og samtalegrupper")


def test_a_paragraph_with_a_delmal_but_no_name_is_listed_as_not_read_once(matchers, tmp_path):
    d = docx.Document()
    d.add_heading("Rapportering for 2066 fra VOFO", level=1)
    d.add_paragraph("Språkkafeer og samtalegrupper i norsk for nyankomne innvandrere i regi av studieforbundene. Om lag "
                    "2 300 deltakere. (jf. delmål 3.4)")
    path = tmp_path / "vofo_2066.docx"
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    assert not read.rows and [s.locator for s in read.skipped] == ["l2"]
    assert any("1 avsnitt som oppgir delmål" in w and "(l2)" in w for w in read.warnings)
