"""Shapes held-out round 62 showed the reader after its first look."""

from __future__ import annotations

import datetime

import docx
import openpyxl
from pptx import Presentation
from pptx.util import Pt

from parsers.content import Paragraph
from tests.conftest import word_table_report
from tests.pipeline.reading import extracted, read_blocks


def _table_report(path, heading: str, rows, before: tuple[str, ...] = (), numbered: tuple[str, ...] = ()):
    """A Word report: paragraphs, a numbered list, a heading and a table whose cells may hold several paragraphs."""
    d = docx.Document()
    for text in before:
        d.add_heading(text, 2) if text.isupper() else d.add_paragraph(text)
    for text in numbered:
        d.add_paragraph(text, style="List Number")
    d.add_heading(heading, 1)
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    d.save(path)
    return path


def _saved(document, path, matchers):
    """What the reader makes of a document saved at `path`."""
    document.save(path)
    return extracted(path, matchers)


def test_an_assignment_table_names_each_measure_by_the_title_over_its_assignment_not_by_its_reference(tmp_path, matchers):
    # KD (round 62): «Ref.» held «TB 2082 pkt. 3.1», read as the tiltak; the assignment's bold title over its sentence
    # is the measure, the agency («Virksomhet») its ansvarlig.
    path = _table_report(tmp_path / "KD_oppdrag_2082.docx", "Oppfølging av oppdrag 2082", [
        ("Ref.", "Oppdrag", "Virksomhet", "KPR-delmål", "Status 31.12.2082", "Virksomhetens rapportering"),
        ("TB 2082 pkt. 3.3", "Seniorveiviseren\nHK-dir skal lansere en nettbasert veiviser for seniorer.",
         "HK-dir", "1.3", "Fullført", "Veiviseren ble lansert i april."),
        ("TB 2082 pkt. 3.6", "Evaluering av Kompetansepluss\nHK-dir skal sette i gang en ekstern evaluering.",
         "HK-dir", "3.2", "Pågår", "Fafo fikk oppdraget i mars."),
        ("TB 2081 pkt. 4.2", "Kartlegging av voksnes digitale ferdigheter\nHK-dir skal kartlegge ferdighetene.",
         "HK-dir", "2.1", "Avsluttet 2081 – rapportert i årsrapporten for 2081", "Ingen aktivitet i 2082."),
        ("TB 2083 (under arbeid)", "Bransjeprogram for offentlig sektor\nHK-dir skal utrede en modell.",
         "HK-dir", "2.4", "Gis i TB 2083", "–")])
    result = extracted(path, matchers)
    rows = [(r.raw.get("tiltak"), r.raw.get("ansvarlig")) for r in result.rows]
    assert rows == [("Seniorveiviseren", "HK-dir"), ("Evaluering av Kompetansepluss", "HK-dir"),
                    ("Bransjeprogram for offentlig sektor", "HK-dir")]
    assert result.rows[0].raw.get("beskrivelse") == ("HK-dir skal lansere en nettbasert veiviser for seniorer. "
                                                     "Veiviseren ble lansert i april.")
    assert "Avsluttet 2081" in result.skipped[0].reason
    assert "TB 2083" in result.rows[2].raw.doubt and not result.rows[0].raw.doubt


def test_an_activity_logs_lines_for_one_measure_are_one_row_and_a_line_dated_in_another_year_is_set_aside(tmp_path, matchers):
    # LO (round 62): one line per meeting, the «Tiltak» column tying each to its measure; chores have none, and the
    # extract runs from December the year before to January the year after.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("Dato", "Aktivitet", "Tiltak", "DM", "Form", "Sammen med"))
    for day, what, measure, dm, form, partner in [
            ((2081, 12, 15), "Sluttrapport for prosjektet sendt til direktoratet.", "Fagbrev bak murene", "3.1", "Prosjekt", "Kriminalomsorgen"),
            ((2082, 1, 12), "Budsjettmøte i avdelingen.", None, None, None, None),
            ((2082, 1, 19), "Møte i rådet, der LO la fram forslag om finansiering av deltid.", "Nasjonalt fagskoleråd", "1.4", "Rådsplass", None),
            ((2082, 2, 21), "Oppstartsmøte i Bergen med bedriftene og fylket.", "Lærlingløftet i grønn industri", "2.3", "Prosjekt", "NHO"),
            ((2082, 4, 20), "Møte i rådet om nye studier i helse og teknikk", "Nasjonalt fagskoleråd", "1.4", "Rådsplass", None),
            ((2082, 6, 13), "35 nye læreplasser i batteri- og hydrogenbedrifter.", "Lærlingløftet i grønn industri", "2.3", "Prosjekt",
             "Vestland fylkeskommune")]:
        sheet.append((datetime.datetime(*day), what, measure, dm, form, partner))
    result = _saved(book, tmp_path / "LO_logg_2082.xlsx", matchers)
    rows = {r.raw.get("tiltak"): r.raw for r in result.rows}
    assert list(rows) == ["Nasjonalt fagskoleråd", "Lærlingløftet i grønn industri"]
    assert rows["Nasjonalt fagskoleråd"].get("beskrivelse") == ("Møte i rådet, der LO la fram forslag om finansiering av deltid. "
                                                                "Møte i rådet om nye studier i helse og teknikk.")
    assert rows["Lærlingløftet i grønn industri"].get("samarbeidspartnere") == "NHO, Vestland fylkeskommune"
    assert any("Dato: 2081-12-15" in s.reason for s in result.skipped)
    assert not any(r.doubt for r in rows.values())  # a log's dated lines are one measure, surely
    assert any("2 rader i samme tabell nevner et tiltak fra en linje over igjen" in w for w in result.warnings)


def test_a_reports_own_corrections_move_a_delmal_take_a_measure_out_and_ask_about_the_rest(tmp_path, matchers):
    # NHO (round 62): a box of corrections over the table it corrects, the table itself left as first sent.
    path = _table_report(tmp_path / "NHO_2082_korrigert.docx", "NHOs kompetansetiltak 2082", [
        ("Nr", "Tiltak", "Delmål", "Type", "Samarbeid"),
        ("1", "Kompetansepiloten for reiselivet", "2.2", "Pilot", "Fagskolen i Nordland"),
        ("2", "Kompetansebehovsundersøkelsen", "2.2", "Undersøkelse", "Universitetet i Stavanger"),
        ("3", "Bransjeskolen for sjømat", "3.3", "Kurs", "Nav"),
        ("4", "Lærlingløftet Agder", "2.3", "Prosjekt", "Agder fylkeskommune")],
        before=("RETTELSER 3. februar 2083 – erstatter versjonen sendt 17. januar 2083",),
        numbered=("Tiltak 1 «Kompetansepiloten for reiselivet» står under delmål 2.2 i tabellen, men hører til delmål 2.4.",
                  "Tiltak 3 «Bransjeskolen for sjømat» skal ikke være med i rapporten for 2082.",
                  "Under tiltak 2 skal samarbeidspartner være Universitetet i Agder, ikke Universitetet i Stavanger."))
    result = extracted(path, matchers)
    rows = {r.raw.get("tiltak"): r.raw for r in result.rows}
    assert list(rows) == ["Kompetansepiloten for reiselivet", "Kompetansebehovsundersøkelsen", "Lærlingløftet Agder"]
    assert rows["Kompetansepiloten for reiselivet"].get("delmal") == "2.4"
    assert "Universitetet i Agder" in rows["Kompetansebehovsundersøkelsen"].doubt
    assert not rows["Lærlingløftet Agder"].doubt and not rows["Kompetansepiloten for reiselivet"].doubt
    assert any("1 tiltak er tatt ut av rapporten i en rettelse" in w for w in result.warnings)


def _box(slide, left: int, top: int, width: int, lines: list[str]):
    shape = slide.shapes.add_textbox(Pt(left), Pt(top), Pt(width), Pt(40))
    shape.text_frame.text = lines[0]
    for line in lines[1:]:
        shape.text_frame.add_paragraph().text = line
    return shape


def test_a_roadmaps_boxes_take_their_years_from_the_columns_they_lie_over_and_their_text_from_the_notes(tmp_path, matchers):
    # YS (round 62): boxes over the year columns they run in, lane labels a few points lower than the lane's first box,
    # what was done in the speaker's notes under each box's title.
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _box(slide, 20, 10, 600, ["Veikart 2081–2083"])
    for n, year in enumerate((2081, 2082, 2083)):
        _box(slide, 190 + 250 * n, 70, 240, [str(year)])
    _box(slide, 20, 114, 150, ["Læring i arbeidslivet"])
    _box(slide, 190, 110, 740, ["Samarbeidsrådet for yrkesopplæring (SRY)", "DM 2.3 · Rådsplass", "Ansvar: Delta"])
    _box(slide, 190, 170, 240, ["Fagbrev i finans", "DM 2.5 · Prosjekt", "Ansvar: Finansforbundet"])
    _box(slide, 440, 230, 240, ["Digital førstehjelp for tillitsvalgte", "DM 2.1 · Kurs", "Ansvar: Delta"])
    _box(slide, 690, 290, 240, ["Fagbrev for voksne i renholdsbransjen", "DM 3.1 · Prosjekt", "Ansvar: Parat"])
    slide.notes_slide.notes_text_frame.text = ("Digital førstehjelp for tillitsvalgte: Fire nettkurs med 300 deltakere.\n"
                                               "Fagbrev i finans: Avsluttet i 2081.")
    result = _saved(deck, tmp_path / "YS_veikart_2082.pptx", matchers)
    rows = {r.raw.get("tiltak"): r.raw for r in result.rows}
    assert list(rows) == ["Samarbeidsrådet for yrkesopplæring (SRY)", "Digital førstehjelp for tillitsvalgte"]
    assert rows["Samarbeidsrådet for yrkesopplæring (SRY)"].get("delmal") == "DM 2.3"
    assert rows["Digital førstehjelp for tillitsvalgte"].get("beskrivelse") == "Fire nettkurs med 300 deltakere."
    assert sorted(s.reason.split("(«")[1] for s in result.skipped) == ["Periode: 2081»)", "Periode: 2083»)"]


def test_a_speech_manuscripts_slide_cues_title_what_is_said_under_them(tmp_path, matchers):
    # VOFO (round 62): «[LYSARK 3 – Frivillighetens kursbank]» over the speaker's paragraph, its last sentence saying
    # the delmål («Det er delmål 3.6 i strategien, …»).
    d = docx.Document()
    d.add_paragraph("TALEMANUS")
    for cue, text in [("[LYSARK 1 – tittel]", "Takk, leder."),
                      ("[LYSARK 2 – Frivillighetens kursbank]",
                       "La meg først nevne Frivillighetens kursbank. Den kom på lufta i mars. Det er delmål 3.6 i "
                       "strategien, opplæring i frivillig sektor."),
                      ("[LYSARK 3 – Språkkafé på arbeidsplassen]",
                       "Studieforbundene har gitt norskopplæring i lunsjen på 60 arbeidsplasser. Det er delmål 3.4, "
                       "norskopplæring for innvandrere. (pause)")]:
        d.add_paragraph(cue)
        d.add_paragraph(text)
    result = _saved(d, tmp_path / "VOFO_talemanus_2082.docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Frivillighetens kursbank", "delmål 3.6"), ("Språkkafé på arbeidsplassen", "delmål 3.4")]
    assert result.rows[1].raw.get("beskrivelse") == "Studieforbundene har gitt norskopplæring i lunsjen på 60 arbeidsplasser."


def test_a_note_listing_the_measures_in_one_sentence_gives_each_its_delmal(tmp_path, matchers):
    # Akademikerne (round 62): a magazine interview sent as the report, under a shaded note «Slik hører tiltakene til
    # delmålene: Råd for … – 1.4; Kompetansebehovsutvalget – 1.1; …». Nothing was read.
    d = docx.Document()
    note = d.add_table(rows=1, cols=1).cell(0, 0)
    note.text = "Til sekretariatet for Kompetansepolitisk råd"
    note.add_paragraph("Vi sender intervjuet. Slik hører tiltakene til delmålene: Kompetansebehovsutvalget – 1.1; "
                       "Seniorveiviseren – innholdet for akademikere – 1.3; Etterutdanning i kunstig intelligens for "
                       "jurister – 2.1.")
    note.add_paragraph("Vennlig hilsen Per Arne Dahl")
    d.add_heading("Hvor gjør Akademikerne seg gjeldende?", 3)
    d.add_paragraph("Vi sitter i Kompetansebehovsutvalget, som lager kunnskapsgrunnlaget for hele feltet.")
    result = _saved(d, tmp_path / "Akademikerne_intervju_2082.docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal")) for r in result.rows] == [
        ("Kompetansebehovsutvalget", "delmål 1.1"), ("Seniorveiviseren - innholdet for akademikere", "delmål 1.3"),
        ("Etterutdanning i kunstig intelligens for jurister", "delmål 2.1")]


def test_a_sheet_whose_levels_are_told_by_indentation_alone_gives_each_tiltak_its_delmal_and_activities(tmp_path, matchers):
    # Spekter (round 62): «Område / delmål / tiltak / aktivitet» in one column, the levels only indented; the
    # «Omtale» sentences were read as the tiltak and the delmål lines as the delmål of the wrong rows.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(("Område / delmål / tiltak / aktivitet", "Type", "Ansvarlig", "Omtale"))
    for indent, cells in [(0, ("Gode valg for den enkelte og for samfunnet",)),
                          (2, ("Utdanningene skal svare på behovene i arbeidslivet",)),
                          (4, ("Nasjonalt fagskoleråd", "Rådsplass", "Spekter", "Spekter har én plass i rådet.")),
                          (6, ("Innspill til finansieringsmodell for helsefag",)),
                          (0, ("Læring i arbeidslivet",)),
                          (2, ("Digital kompetanse i hele arbeidsstyrken",)),
                          (4, ("DigiOmsorg i sykehusene", "Opplæring", "Spekter Helse", "")),
                          (6, ("Modul: Velferdsteknologi i praksis",)),
                          (6, ("Modul: Digital journalføring",))]:
        sheet.append(cells)
        sheet.cell(sheet.max_row, 1).alignment = openpyxl.styles.Alignment(indent=indent)
    result = _saved(book, tmp_path / "Spekter_struktur_2082.xlsx", matchers)
    rows = {r.raw.get("tiltak"): r.raw for r in result.rows}
    assert list(rows) == ["Nasjonalt fagskoleråd", "DigiOmsorg i sykehusene"]
    assert rows["Nasjonalt fagskoleråd"].get("delmal") == "Utdanningene skal svare på behovene i arbeidslivet"
    assert rows["Nasjonalt fagskoleråd"].get("beskrivelse") == ("Spekter har én plass i rådet. "
                                                                "Innspill til finansieringsmodell for helsefag")
    assert rows["DigiOmsorg i sykehusene"].get("beskrivelse") == ("Modul: Velferdsteknologi i praksis; "
                                                                  "Modul: Digital journalføring")
    assert [r.provenance.row for r in rows.values()] == [4, 8]  # where they stand in the sheet


def test_a_postal_journals_agency_line_is_no_ansvarlig_label_under_its_title(matchers):
    # Holdout 58 after «Virksomhet» became the ansvarlig's column name (round 62): «eInnsyn» over «Virksomhet: HK-dir ·
    # Journaldato …» was read as a tiltak and its labelled line.
    read = read_blocks([Paragraph(1, 1, "eInnsyn", "heading", 1),
                        Paragraph(1, 2, "Virksomhet: Direktoratet for høyere utdanning og kompetanse (HK-dir) · "
                                        "Journaldato 08.01.2079–12.01.2079 Viser 1–8 av 8 journalposter"),
                        Paragraph(1, 3, "Sak: Kompetansepolitisk råd – rapportering 2078")], matchers)
    assert read.rows == ()


def test_lines_of_one_name_told_apart_only_by_their_text_are_joined_and_asked(tmp_path, matchers):
    # Not a log (no dates): «Bransjeprogram» twice under one delmål with two accounts may be two measures.
    path = word_table_report(tmp_path / "Virke_2082.docx", "Virke 2082", [
        ("Tiltak", "Delmål", "Type", "Beskrivelse"),
        ("Bransjeprogram", "2.4", "Kurs", "Moduler for ansatte i varehandelen, 300 deltakere i år."),
        ("Bransjeprogram", "2.4", "Kurs", "Moduler for ansatte i reiselivet, 120 deltakere i år.")])
    result = extracted(path, matchers)
    assert len(result.rows) == 1 and "samme navn og felt, men annen tekst" in result.rows[0].raw.doubt


def test_a_run_in_list_keeps_the_text_around_it_and_every_line_its_own():
    from parsers.content import Content
    from pipeline.inline_lists import run_in_lists_as_items

    content = run_in_lists_as_items(Content(blocks=(
        Paragraph(1, 1, "Slik hører tiltakene til delmålene: Alfa-rådet – 1.4; Beta-kurset – 1.1; Gamma-dagen – 1.3. "
                        "Vennlig hilsen oss."),
        Paragraph(1, 2, "Neste avsnitt."))))
    assert [(b.line, b.kind, b.text) for b in content.blocks] == [
        (1, "text", "Slik hører tiltakene til delmålene:"), (2, "bullet", "Alfa-rådet (delmål 1.4)"),
        (3, "bullet", "Beta-kurset (delmål 1.1)"), (4, "bullet", "Gamma-dagen (delmål 1.3)"),
        (5, "text", "Vennlig hilsen oss."), (6, "text", "Neste avsnitt.")]
