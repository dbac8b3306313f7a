"""Shapes held-out round 51 showed the reader at its first look."""

from __future__ import annotations

from dataclasses import replace

import docx

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.bare_labels import labels_given_colons
from pipeline.extract import extract_document
from pipeline.match import match_rows
from pipeline.rows import content_to_rows
from tiltak_core.records import Document, ExtractedRow


def _extract(path, fmt, matchers):
    return extract_document(Document(path, path.name, fmt, "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_cards_whose_tag_line_gives_code_and_type_and_whose_labels_lost_their_colons_are_read(matchers, tmp_path):
    # Trøndelag's designed report as OCR reads it: a title per measure, a tag line «Strategimål 1.2 Forum» with no
    # colon, «Ansvar'» for «Ansvar:» (OCR's quote for a colon), «Partnere:» kept. Before, the tag lines were the tiltak.
    d = docx.Document()
    d.add_heading("Kompetanseregnskap 2071", 1)
    # The first card's tag, labels and account run together into one line ending in a full stop, as OCR joins them.
    for title, tags, who in (("Kompetanseforum Trøndelag", "Strategimål 1.2 Forum Ansvar' Seksjon for kompetanse",
                              "Partnere: NAV Trøndelag, NHO Trøndelag"),
                             ("Karriereveiledning på sørsamisk", "Strategimål 1.3 Utviklingsarbeid",
                              "Ansvar\" Karriere Trøndelag Partnere: Saemien Sijte, Sametinget"),
                             ("Fagbrev på jobb – Trøndelagsmodellen", "Strategimål 2.5 Utviklingsprosjekt",
                              "Ansvar: Seksjon for fag- og yrkesopplæring Partnere: NAV Trøndelag")):
        d.add_heading(title, 2)
        d.add_paragraph(tags)
        d.add_paragraph(who)
        d.add_paragraph("Et år med god aktivitet og mange deltakere fra hele fylket.")
    path = tmp_path / "Trondelag_fk_kompetanseregnskap_2071.docx"
    d.save(path)
    # As OCR read it: the text trusted less, as a scan's is.
    content = replace(parse_docx(path, path.name, ParseOptions()), reliability=0.8)
    read = content_to_rows(labels_given_colons(content, matchers.columns.field_of), path.name, matchers)
    matched = match_rows([ExtractedRow(r, "Trøndelag fylkeskommune", 1.0) for r in read.rows], matchers)
    assert [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value, t.row.raw.get("ansvarlig")) for t in matched] == [
        ("Kompetanseforum Trøndelag", "1.2", "Råd/utvalg/nettverk", "Seksjon for kompetanse"),
        ("Karriereveiledning på sørsamisk", "1.3", "Prosjekt", "Karriere Trøndelag"),
        ("Fagbrev på jobb - Trøndelagsmodellen", "2.5", "Prosjekt", "Seksjon for fag- og yrkesopplæring")]
    assert not any(t.type.inferred for t in matched)


def test_a_grid_of_delmal_by_type_gives_each_named_tiltak_its_rows_delmal_and_its_columns_type(matchers, tmp_path):
    # YS's matrix: a row per delmål, a column per YS word for a type, the tiltak named where they cross; a sheet of
    # details names them again. Before, the details were read as the tiltak, with no delmål and no type.
    from openpyxl import Workbook

    book = Workbook()
    grid = book.active
    grid.title = "Matrise"
    for row in (("YS – tiltak 2071 fordelt på delmål og type",), (),
                ("Delmål", "Rådsarbeid", "Opplæring", "Utviklingsarbeid", "Undersøkelser", "Arrangementer"),
                ("1.1 Kompetansebehovsutvalget", "Kompetansebehovsutvalget (KBU)"),
                ("2.1 Digital kompetanse", None, "DIGITILL – grunnkurs for tillitsvalgte\nNettkurs i datasikkerhet"),
                ("2.2 Kunnskapsgrunnlaget", None, None, None, "YS Arbeidslivsbarometer"),
                ("Antall", 1, 2, 0, 1, 0)):
        grid.append(row)
    details = book.create_sheet("Detaljer")
    for row in (("Tiltak", "Ansvarlig i YS", "Kort omtale"),
                ("YS Arbeidslivsbarometer", "YS-sekretariatet", "Den årlige undersøkelsen."),
                ("DIGITILL – grunnkurs for tillitsvalgte", "YS-skolen", "Nettkurs i tre moduler.")):
        details.append(row)
    path = tmp_path / "YS_tiltaksmatrise_2071.xlsx"
    book.save(path)
    matched = match_rows(list(_extract(path, "xlsx", matchers).rows), matchers)
    assert [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value) for t in matched] == [
        ("Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk"),
        ("DIGITILL - grunnkurs for tillitsvalgte", "2.1", "Kurs/utdanning"),
        ("Nettkurs i datasikkerhet", "2.1", "Kurs/utdanning"),
        ("YS Arbeidslivsbarometer", "2.2", "FoU")]
    assert [t.row.raw.get("ansvarlig") for t in matched] == ["", "YS-skolen", "", "YS-sekretariatet"]


def test_a_portal_receipt_of_questions_and_answers_gives_one_tiltak_per_block_and_nothing_else(matchers, tmp_path):
    # Fagskolerådet's receipt: «Hva heter tiltaket?» over its answer, and so on; the organisation's particulars first,
    # under «2 Tiltak i 2071» the blocks, an account that runs over two lines. Before, the particulars, the section
    # heading and each «Hvilket delmål i strategien er tiltaket knyttet til?» were read as tiltak, each block a delmål
    # behind.
    d = docx.Document()
    d.add_heading("Kvittering for innsendt rapportering", 1)
    d.add_heading("1 Om virksomheten", 2)
    for line in ("Organisasjon", "Fagskolerådet", "Kontaktperson", "Solveig Halse, daglig leder", "Rapporteringsår", "2071"):
        d.add_paragraph(line)
    d.add_heading("2 Tiltak i 2071", 2)
    d.add_paragraph("Svarene under er slik de ble registrert i skjemaet.")
    for n, (name, goal, kind, account) in enumerate((
            ("Nasjonalt fagskoleråd", "1.4 – Samarbeid mellom utdanningstilbydere og arbeidslivet",
             "Råd, utvalg eller nettverk", ("Fagskolerådet har to representanter i rådet. Rådet møttes fire ganger.",)),
            ("Fagskolekonferansen 2071", "1.4 – Samarbeid mellom utdanningstilbydere og arbeidslivet",
             "Arrangement (konferanse, seminar o.l.)", ("Årlig konferanse i Bergen med 420 deltakere.",)),
            ("Behovsundersøkelse om fagskoleutdannede", "2.2 – Kunnskap om læring i arbeidslivet",
             "Forskning, utredning eller kartlegging", ("Spørreundersøkelse til 1 200 virksomheter.",))), 1):
        d.add_heading(f"Tiltak {n} av 3", 3)
        for line in ("Hva heter tiltaket?", name, "Hvilket delmål i strategien er tiltaket knyttet til?", goal,
                     "Hva slags tiltak er det?", kind, "Hvem har hovedansvaret for tiltaket?", "Fagskolerådet",
                     "Beskriv kort hva som ble gjort i 2071", *account):
            d.add_paragraph(line)
    path = tmp_path / "Kvittering_rapportering_Fagskoleradet_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    matched = match_rows(list(result.rows), matchers)
    assert [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value) for t in matched] == [
        ("Nasjonalt fagskoleråd", "1.4", "Råd/utvalg/nettverk"), ("Fagskolekonferansen 2071", "1.4", "Arrangement"),
        ("Behovsundersøkelse om fagskoleutdannede", "2.2", "FoU")]
    assert matched[0].row.raw.get("beskrivelse") == "Fagskolerådet har to representanter i rådet. Rådet møttes fire ganger."


def test_a_remark_row_under_a_table_is_no_tiltak_even_when_its_words_run_over_the_cells(matchers, tmp_path):
    # Rogaland's printed sheet: «Merk:» in the first cell, the remark running on over the next cells (a measure
    # starting next year). Before, the remark was read as a tiltak.
    rows = [("Nr", "Tiltak", "Strategimål", "Hva slags"), ("1", "Kompetanseforum Rogaland", "DM 1.2", "Forum"),
            ("Merk:", "«Grønn omstilling Ryfylke» starter først", "i 2072 og er derfor ikke tatt med", "")]
    d = docx.Document()
    d.add_heading("Rogaland fylkeskommune – tiltak 2071", 1)
    table = d.add_table(rows=0, cols=4)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    path = tmp_path / "Rogaland_tiltak_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kompetanseforum Rogaland"]
    assert not result.skipped


def test_a_paragraph_opening_with_a_title_and_its_delmal_in_brackets_is_named_by_that_title(matchers, tmp_path):
    # UHR's e-mail adds one tiltak in prose: «Title (delmål 3.4, prosjekt) UHR koordinerte …». Before, the name was
    # taken from the sentence after the brackets («Samarbeid mellom 14 universiteter …»).
    d = docx.Document()
    d.add_paragraph("Hei,")
    d.add_paragraph("Vedlagt følger UHRs rapportering for 2071. Ett tiltak manglet i tabellen, så vi tar det med her:")
    d.add_paragraph("Akademisk dugnad – kvalifisering av flyktninger med høyere utdanning (delmål 3.4, prosjekt) UHR "
                    "koordinerte i 2071 et samarbeid mellom 14 universiteter og høgskoler om mentorordning.")
    d.add_paragraph("Vennlig hilsen Kari Solbakken, Universitets- og høgskolerådet")
    path = tmp_path / "UHR_epost_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Akademisk dugnad - kvalifisering av flyktninger med høyere utdanning", "3.4", "prosjekt")]


def test_a_sentence_closed_by_its_delmal_in_brackets_is_not_taken_whole_for_a_title(matchers, tmp_path):
    # Held-out round 43's ministry chapter: «For å gjøre analysene kjent … arrangerte departementet et fagseminar om
    # KBU-rapporten (delmål 1.1). Seminaret ble holdt …» — the brackets close a sentence, which names no title.
    d = docx.Document()
    d.add_heading("Regjeringen – kapittel 5", 1)
    d.add_paragraph("For å gjøre analysene kjent i fylkene arrangerte departementet et fagseminar om KBU-rapporten "
                    "(delmål 1.1). Seminaret ble holdt 28. august for fylkeskommunene.")
    path = tmp_path / "Regjeringen_kap5.docx"
    d.save(path)
    names = [r.raw.get("tiltak") for r in _extract(path, "docx", matchers).rows]
    assert names and not any(n.startswith("For å gjøre") for n in names)


def test_a_delmals_own_short_name_after_its_code_is_no_type_given(matchers):
    # «Strategimål 1.2 Forum» gives its type after the code; «Delmål 1.1 – Kompetansebehovsutvalg» gives the delmål's
    # own short name, which names no type (held-out round 33's Unio report, read as Råd/utvalg/nettverk «given»).
    from tiltak_core.records import Provenance, RawRow

    def typed(delmal: str, tiltak: str):
        raw = RawRow(Provenance("unio.docx", line=1), (("tiltak", tiltak), ("delmal", delmal)))
        return match_rows([ExtractedRow(raw, "Unio", 1.0)], matchers)[0].type

    assert (typed("Strategimål 1.2 Forum", "Kompetanseforum Trøndelag").value, typed(
        "Strategimål 1.2 Forum", "Kompetanseforum Trøndelag").inferred) == ("Råd/utvalg/nettverk", False)
    assert typed("Delmål 1.1 - Kompetansebehovsutvalg", "Innspill til utvalgets temarapport").evidence.find(
        "Kompetansebehovsutvalg") < 0


def test_a_section_heading_with_the_year_is_no_question_for_a_tiltaks_name(matchers):
    from parsers.content import Paragraph
    from pipeline.answer_lines import field_label

    def asks(text: str) -> str:
        return field_label(Paragraph(1, 1, text, "heading"), matchers.columns)

    assert asks("2 Tiltak i 2071") == ""
    assert asks("Hva heter tiltaket?") == "tiltak"


def test_a_line_labelled_with_its_colon_after_a_few_words_is_left_as_it_is(matchers):
    # Held-out round 46's YS form: «Navn på tiltak / rådsplass: KBU» opens with the words of a label («Navn på
    # tiltak»), but its colon says where the label ends; it was made «Navn på tiltak /: rådsplass: KBU», and «Type: ☐
    # FoU …» «Type: ☐: FoU …».
    from parsers.content import Content, Paragraph

    lines = [f"{label}: {answer}" for name in ("KBU (YS' plass)", "SRY") for label, answer in (
        ("Navn på tiltak / rådsplass", name), ("Hva ble gjort i 2066", "YS oppnevnte en representant."),
        ("Ansvarlig", "YS-sekretariatet"), ("Type", "☐ FoU ☒ Råd/utvalg/nettverk ☐ Prosjekt"))]
    content = Content(tuple(Paragraph(1, n, t) for n, t in enumerate(lines, 1)))
    assert [b.text for b in labels_given_colons(content, matchers.columns.field_of).blocks] == lines


def test_a_bold_opening_every_tiltak_repeats_is_a_label_and_the_heading_over_it_the_tiltak(matchers, tmp_path):
    # Kompetanseforbundet's report: a numbered heading per tiltak, paragraphs opening «**Slik gikk det:**» and
    # «**Hvorfor det er viktig:**», and «Strategien: delmål 1.3 | Art: prosjekt | …». Before, each bold opening was
    # read as a tiltak's title.
    d = docx.Document()
    d.add_heading("Kompetanseforbundet – årsrapport 2071", 1)
    for n, (title, line) in enumerate((
            ("KIF – Karriereveiledning i frivilligheten", "Strategien: delmål 1.3 | Art: prosjekt | Ansvar: VOFO"),
            ("Voksnes læring 2071 – nordisk konferanse", "Strategien: delmål 2.2 | Art: konferanse | Ansvar: oss")), 1):
        d.add_heading(f"{n}. {title}", 2)
        for lead, text in (("Slik gikk det:", " Vi gjennomførte det i hele landet."),
                           ("Hvorfor det er viktig:", " Mange voksne når vi ikke på annen måte.")):
            p = d.add_paragraph()
            p.add_run(lead).bold = True
            p.add_run(text)
        d.add_paragraph(line)
    path = tmp_path / "Kompetanseforbundet_arsrapport_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("KIF - Karriereveiledning i frivilligheten", "delmål 1.3", "prosjekt"),
        ("Voksnes læring 2071 - nordisk konferanse", "delmål 2.2", "konferanse")]


def test_a_label_word_after_a_preposition_is_the_phrases_and_a_line_opening_with_it_is_labelled(matchers):
    # «Strategien: delmål 1.3 | Art: prosjekt» (Kompetanseforbundet) labels the delmål; «Områdene i strategien: …»
    # (held-out round 5's Akademikerne) is a sentence about the strategy, whose «strategien:» labels nothing.
    split = matchers.columns.split_labels
    assert split("Strategien: delmål 1.3 | Art: prosjekt | Ansvar: VOFO")[1] == {
        "delmal": "delmål 1.3", "type": "prosjekt", "ansvarlig": "VOFO"}
    assert split("Områdene i strategien: Gode valg for den enkelte, Læring i arbeidslivet")[1] == {}


def test_a_sentence_under_a_table_about_its_rows_is_no_tiltak(matchers, tmp_path):
    # LO's «Unicode-tekst» export: after a blank row, «Rader med status «Avsluttet» eller «Planlagt» er tatt med til
    # orientering.» alone in the tiltak column was read as a tiltak.
    lines = ["Nr.\tHva (aktivitet)\tStrategimål\tSort\tAnsvarlig i LO",
             "1\tKurs i digital kompetanse for tillitsvalgte\t2.1\tKurs\tAvdeling for utdanning",
             "2\tTabellen over kurs for tillitsvalgte, oppdatert\t2.1\tInformasjon\tAvdeling for utdanning",
             "\t\t\t\t", "\tRader med status «Avsluttet» eller «Planlagt» er tatt med til orientering.\t\t\t"]
    path = tmp_path / "LO_tiltak_2071.txt"
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    result = _extract(path, "csv", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Kurs i digital kompetanse for tillitsvalgte",
                                                          "Tabellen over kurs for tillitsvalgte, oppdatert"]
    assert not result.skipped


def test_a_sentence_telling_two_tiltak_each_with_its_delmal_in_brackets_gives_both(matchers, tmp_path):
    # Kompetanseforbundet's «Øvrige tiltak»: one sentence, two measures, each closed by «(code, type; …)». A paragraph
    # giving two delmål is no one tiltak, so both were passed over.
    d = docx.Document()
    d.add_heading("Kompetanseforbundet – årsrapport 2071", 1)
    d.add_heading("Øvrige tiltak", 2)
    d.add_paragraph("Vi har også deltatt i Nasjonalt forum for karriereveiledning (1.3, forum; ansvar: generalsekretæren) "
                    "og drevet KOMPNETT – nettverket for kompetanseansvarlige i bedrifter (2.4, nettverk; sammen med "
                    "NHO Service og Handel og Virke). Begge deler er løpende arbeid uten egne rapporter.")
    path = tmp_path / "Kompetanseforbundet_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    got = [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value, t.row.raw.get("ansvarlig"),
            t.row.raw.get("samarbeidspartnere")) for t in match_rows(list(result.rows), matchers)]
    assert got == [("Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "generalsekretæren", ""),
                   ("KOMPNETT - nettverket for kompetanseansvarlige i bedrifter", "2.4", "Råd/utvalg/nettverk", "",
                    "NHO Service og Handel og Virke")]
    assert len({r.provenance.kilde for r in result.rows}) == 2
    assert not result.skipped
