"""Shapes held-out round 49 showed the reader at its first look."""

from __future__ import annotations

import docx

from parsers.registry import ParseOptions, parser_for
from pipeline.extract import extract_document
from tests.conftest import word_table_report
from tiltak_core.records import Document


def _extract(path, fmt, matchers):
    return extract_document(Document(path, path.name, fmt, "x", path.stat().st_size), matchers, ParseOptions(), 10**8)


def test_short_names_left_of_what_was_done_are_the_tiltak_and_the_sentences_their_description(matchers, tmp_path):
    # Regjeringen's status table: «Virkemiddel» (no header word of ours) beside «Hva er gjort i 2070», which names the
    # tiltak column in other reports; its sentences were read as the tiltak and the names lost.
    rows = [("Virkemiddel", "Delmål", "Kategori", "Hva er gjort i 2071", "Ansvarlig"),
            ("Kompetansebehovsutvalget (KBU)", "1.1", "Utvalg", "Utvalget la fram sin tiende rapport i juni.", "KD"),
            ("Bransjeprogram for varehandel", "2.4", "Program", "Tredje kull startet med 640 deltakere.", "HK-dir"),
            ("Forsøk med norskopplæring i bedrift", "3.4", "Forsøk", "Forsøket ble utvidet til 18 kommuner.", "IMDi")]
    path = tmp_path / "Regjeringen_statusrapport_2071.docx"
    result = _extract(word_table_report(path, "Regjeringen – status 2071", rows), "docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("beskrivelse")) for r in result.rows] == [(r[0], r[3]) for r in rows[1:]]


def test_an_area_named_on_every_row_left_of_what_was_done_is_no_tiltak(matchers, tmp_path):
    # The same shape with a column that repeats its values: an area or a target group, not the measures' names.
    rows = [("Område", "Delmål", "Hva er gjort i 2071", "Ansvarlig"),
            ("Læring i arbeidslivet", "2.4", "Tredje kull av bransjeprogrammet startet i mars.", "HK-dir"),
            ("Læring i arbeidslivet", "2.2", "Fire nye forskningsprosjekter fikk tildeling.", "Forskningsrådet")]
    path = tmp_path / "Regjeringen_statusrapport_2071.docx"
    result = _extract(word_table_report(path, "Regjeringen – status 2071", rows), "docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == [r[2] for r in rows[1:]]


def test_a_slides_box_opening_with_a_labelled_line_is_the_fields_of_the_tiltak_the_slide_title_names(matchers, tmp_path):
    # Fagskolerådet's deck: one slide per tiltak, its name the slide's title, a box «Mål i strategien: 2.2» / «Form:
    # Undersøkelse» / «Ansvar: …» beside it. The box's first line was taken for a tiltak of its own.
    from pptx import Presentation
    from pptx.util import Cm

    deck = Presentation()
    for name, goal, form in (("Studentundersøkelse blant fagskolestudenter", "Mål i strategien: 2.2", "Form: Undersøkelse"),
                             ("Fagskolekonferansen 2071", "Mål i strategien: delmål 1.4", "Form: Konferanse")):
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # «Title only»
        slide.shapes.title.text = name
        frame = slide.shapes.add_textbox(Cm(1), Cm(5), Cm(12), Cm(8)).text_frame
        frame.text = goal
        for line in (form, "Ansvar: Fagskolerådet", "Tiltaket ble gjennomført i 2071 med gode tilbakemeldinger."):
            frame.add_paragraph().text = line
    path = tmp_path / "Fagskoleradet_aarsrapport_2071.pptx"
    deck.save(path)
    result = _extract(path, "pptx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Studentundersøkelse blant fagskolestudenter", "2.2", "Undersøkelse"), ("Fagskolekonferansen 2071", "delmål 1.4", "Konferanse")]


CARDS = """<!DOCTYPE html><html><head><title>Virke – kompetansetiltak 2071</title></head><body><main>
<h1>Våre kompetansetiltak i 2071</h1><p>Virke rapporterer hvert år til Kompetansepolitisk råd.</p>
<section><article><h3>Bransjeprogram varehandel</h3><ul><li>2.4</li><li>Program</li></ul>
<p>Virke rekrutterte bedrifter og deltakere til nye moduler.</p><dl><dt>Ansvar</dt><dd>Virke HUB</dd></dl></article>
<article><h3>Karriereveier i handel – nettside</h3><ul><li>Karriereveiledning</li><li>Nettside</li></ul>
<p>Ny nettside med karrierehistorier fra handelsnæringen.</p><dl><dt>Ansvar</dt><dd>Virke</dd></dl></article></section>
<section><h2>Arkiv</h2><p>Tidligere tiltak, avsluttet i 2070:</p>
<article><h3>Lærlingkampanjen «Handel er fag»</h3><ul><li>Delmål 2.3</li><li>Kampanje</li></ul>
<p>Kampanjen ble avsluttet i desember.</p><dl><dt>Ansvar</dt><dd>Virke</dd></dl></article></section>
</main></body></html>"""


def test_a_cards_tags_give_its_delmal_and_type_and_a_lead_in_naming_last_year_sets_the_cards_under_it_aside(matchers, tmp_path):
    # Virke's web page: each card a heading over tags («2.4», «Program»; «Karriereveiledning», «Nettside»), a paragraph
    # and «Ansvar». A bare code and a delmål's short name were no delmål to the reader, so two cards were lost without a
    # word; and the cards under «Tidligere tiltak, avsluttet i 2070:» were counted as the year's.
    path = tmp_path / "Virke_kompetansetiltak_2071.html"
    path.write_text(CARDS, encoding="utf-8")
    result = _extract(path, "html", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Bransjeprogram varehandel", "2.4", "Program", "Virke HUB"),
        ("Karriereveier i handel - nettside", "Karriereveiledning", "Nettside", "Virke")]
    assert [s.text for s in result.skipped] == ["Lærlingkampanjen \"Handel er fag\""]


PRINTOUT = """SPEKTER                    RAPPORT: TILTAK KOMPETANSEPOLITISK RÅD 2071               Side 1 av 1
========================================================================================================
LNR  TILTAK                      DM    ART        ANSVAR                STATUS      BESKRIVELSE
---  --------------------------  ----  ---------  --------------------  ----------  -------------------
001  Spekters deltakelse i SRY   1.4   Råd        Spekter,              Pågår       Fast plass i rådet.
                                                  arbeidsgiverpolitikk

002  Realkompetansevurdering i   2.5   Prosjekt   Spekter helse         Pågår       Felles modell for
     spesialsykepleie - felles                                                      vurdering.
     modell

003  Lærlingkampanje helsefag    2.3   Kampanje   Spekter               Avsl. 2070  Avsluttet i fjor.
--------------------------------------------------------------------------------------------------------
Antall linjer: 3
"""


def test_a_line_printers_table_is_read_column_by_column_and_a_short_status_sets_a_row_aside(matchers, tmp_path):
    # Spekter's printout: columns parted by spaces only, under a header ruled «---  -----»; a record's cells wrap onto
    # lines of their own within their columns. Nothing was read; and «Avsl. 2070» is last year's.
    path = tmp_path / "Spekter_tiltaksliste_2071.txt"
    path.write_bytes(PRINTOUT.replace("\\n", "\\r\\n").encode("cp1252"))
    result = _extract(path, "text", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Spekters deltakelse i SRY", "1.4", "Spekter, arbeidsgiverpolitikk", "Fast plass i rådet."),
        ("Realkompetansevurdering i spesialsykepleie - felles modell", "2.5", "Spekter helse", "Felles modell for vurdering.")]
    assert [s.text for s in result.skipped] == ["Lærlingkampanje helsefag"]


def test_a_flattened_forms_typed_answers_are_read_beside_labels_printed_without_colons(matchers):
    # UHR's form, «filled in» with a PDF reader's add-text tool: the answers are FreeText annotations over the boxes,
    # no text of the page, and the printed labels have no colons («Delmål (nr.) 1.4» once drawn in). Nothing was read.
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "samples" / "holdout50" / "UHR_rapporteringsskjema_2070_utfylt.pdf"
    result = _extract(path, "pdf", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type")) for r in result.rows] == [
        ("Råd for samarbeid med arbeidslivet (RSA)", "1.4", "Råd"), ("UHR-fagstrategiske enheter", "1.4", "Nettverk"),
        ("Nasjonal konferanse om etter- og videreutdanning i UH-sektoren", "2.4", "Konferanse"),
        ("Kartlegging av fleksible og desentraliserte studietilbud", "2.4 (kobling til utdanningstilbydere)", "Kartlegging"),
        ("Veiledning om godkjenning av utenlandsk høyere utdanning", "2.6", "Veiledningsmateriell")]


def test_labels_without_colons_are_labels_only_where_a_form_repeats_them(matchers, tmp_path):
    form = "\n\n".join(f"Tiltak {n}\n\nTiltak (navn) {name}\n\nDelmål (nr.) {code}\n\nType tiltak {kind}\n\nAnsvarlig YS"
                       for n, (name, code, kind) in enumerate((("Plass i SRY", "1.4", "Råd"),
                                                               ("Kompetansedagen for YS-forbundene", "2.2", "Konferanse")), 1))
    path = tmp_path / "YS_skjema_2071.txt"
    path.write_text(f"YS – rapportering til Kompetansepolitisk råd 2071\n\n{form}\n", encoding="utf-8")
    result = _extract(path, "text", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Plass i SRY", "1.4", "Råd", "YS"), ("Kompetansedagen for YS-forbundene", "2.2", "Konferanse", "YS")]


def test_a_table_of_contacts_headed_navn_is_no_table_of_tiltak(matchers, tmp_path):
    # «Navn» heads the titles in a system's export where other headers name the tiltak's fields; alone over «Rolle» and
    # «E-post» it heads people.
    rows = [("Navn", "Rolle", "E-post"), ("Hilde Moen", "Spesialrådgiver, utdanning", "hilde.moen@ks.no"),
            ("Per Arne Lid", "Fagleder, arbeidsgiverpolitikk", "per.arne.lid@ks.no")]
    path = tmp_path / "KS_kontakter_2071.docx"
    result = _extract(word_table_report(path, "KS – kontaktpersoner 2071", rows), "docx", matchers)
    assert [r.raw.get("tiltak") for r in result.rows] == []


def test_a_report_in_parallel_columns_is_read_from_the_column_our_labels_open_lines_in(matchers, tmp_path):
    # Sametinget's report: a borderless table, Northern Sámi left and Norwegian right, one tiltak a row, each cell its
    # title («Tiltak 1: …»), its account and «Delmål 1.3 – …. Ansvar: …. Samarbeid: …». No header: nothing was read.
    rows = [("Sámedikki doaibmabijut 2071\nRaporta Gelbbolašvuođapolitihkalaš ráđđái.",
             "Sametingets tiltak 2071\nRapport til Kompetansepolitisk råd."),
            ("Doaibmabidju 1: Riikkaviidosaš karrierabagadusforum\nSámediggi searvá áicin.\nUlbmil 1.3. Ovddasvástádus: Sámediggi.",
             "Tiltak 1: Nasjonalt forum for karriereveiledning\nSametinget deltar som observatør.\n"
             "Delmål 1.3 – karriereveiledning. Ansvar: Sametinget."),
            ("Doaibmabidju 2: Gelbbolašvuohta+ boazodoalus\nOahpahus boazodoalliide.\nUlbmil 3.2. Ovddasvástádus: Sámediggi.",
             "Tiltak 2: Kompetansepluss i reindriftsnæringen\nOpplæring for reindriftsutøvere.\n"
             "Delmål 3.2 – Kompetansepluss. Ansvar: Sametinget. Samarbeid: Reindriftens utviklingsfond.")]
    path = tmp_path / "Sametinget_doaibmabijut_2071.docx"
    result = _extract(word_table_report(path, "Sámediggi – Sametinget", rows), "docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"),
             r.raw.get("beskrivelse")) for r in result.rows] == [
        ("Nasjonalt forum for karriereveiledning", "Delmål 1.3 - karriereveiledning", "Sametinget", "",
         "Sametinget deltar som observatør."),
        ("Kompetansepluss i reindriftsnæringen", "Delmål 3.2 - Kompetansepluss", "Sametinget", "Reindriftens utviklingsfond",
         "Opplæring for reindriftsutøvere.")]


def test_a_sheet_of_details_is_joined_to_the_sheet_of_tiltak_by_their_identifiers(matchers, tmp_path):
    # NHO's workbook: «Tiltak» holds ID, name, delmål, category; «Detaljer» the responsible, partners and description of
    # each ID, in another order. Each description was read as a tiltak of its own, and the tiltak lacked them.
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    for row in (("ID", "Tiltak", "Delmål", "Kategori"), ("N-1", "Yrkes-NM 2071", "2.3", "Mesterskap"),
                ("N-2", "NHO i Kompetansebehovsutvalget", "1.1", "Utvalg"), ("N-3", "Kompetansebarometeret", "2.2", "Undersøkelse")):
        ws.append(row)
    details = wb.create_sheet("Detaljer")
    for row in (("ID", "Hovedansvar", "Med hvem", "Kort om"), ("N-3", "NHO", "NIFU", "Undersøkelse blant medlemsbedriftene."),
                ("N-1", "NHO og landsforeningene", "LO", "Over 200 deltakere konkurrerte."),
                ("N-2", "NHO Kompetanse", "", "Bidro med næringslivets perspektiv.")):
        details.append(row)
    path = tmp_path / "NHO_kompetansetiltak_2071.xlsx"
    wb.save(path)
    result = _extract(path, "xlsx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"), r.raw.get("beskrivelse"))
            for r in result.rows] == [
        ("Yrkes-NM 2071", "NHO og landsforeningene", "LO", "Over 200 deltakere konkurrerte."),
        ("NHO i Kompetansebehovsutvalget", "NHO Kompetanse", "", "Bidro med næringslivets perspektiv."),
        ("Kompetansebarometeret", "NHO", "NIFU", "Undersøkelse blant medlemsbedriftene.")]


def test_a_grid_of_tertials_gives_one_tiltak_per_name_filled_from_the_list_naming_them(matchers, tmp_path):
    # Unio's tertial report: a row per delmål, a column per tertial, each cell «Name (type) – what happened then»; a
    # list under «Ansvar og samarbeid» gives each tiltak its responsible and partners. Every cell was a tiltak of its
    # own, named by its note, and every line of the list another, all under a delmål guessed from the heading.
    d = docx.Document()
    d.add_heading("Tertialrapport 3/2071: Unios tiltak", 1)
    rows = [("Delmål", "1. tertial (jan–apr)", "2. tertial (mai–aug)", "3. tertial (sep–des)"),
            ("1.3 Karriereveiledning", "Nasjonalt forum for karriereveiledning (forum) – to møter", "",
             "Nasjonalt forum for karriereveiledning (forum) – årsmøte"),
            ("2.2 Kunnskap om læring", "EVU-undersøkelsen (undersøkelse) – skjema utviklet", "EVU-undersøkelsen (undersøkelse) – "
             "rapport i juni\nKompetansenettverk i helse (nettverk) – nettverksmøter", "")]
    table = d.add_table(rows=0, cols=4)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.add_heading("Ansvar og samarbeid", 2)
    for line in ("Nasjonalt forum for karriereveiledning: ansvar Unio.", "EVU-undersøkelsen: ansvar Unio; samarbeid med YS.",
                 "Kompetansenettverk i helse: ansvar NSF."):
        d.add_paragraph(line, style="List Bullet")
    path = tmp_path / "Unio_tertialrapport_2071.docx"
    d.save(path)
    result = _extract(path, "docx", matchers)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig"), r.raw.get("samarbeidspartnere"))
            for r in result.rows] == [
        ("Nasjonalt forum for karriereveiledning", "1.3 Karriereveiledning", "forum", "Unio", ""),
        ("EVU-undersøkelsen", "2.2 Kunnskap om læring", "undersøkelse", "Unio", "YS"),
        ("Kompetansenettverk i helse", "2.2 Kunnskap om læring", "nettverk", "NSF", "")]
    assert result.rows[0].raw.get("beskrivelse") == "1. tertial (jan-apr): to møter; 3. tertial (sep-des): årsmøte"


def test_a_column_of_delmal_beside_the_tiltak_is_no_parallel_text(matchers):
    # Round 47's Oslo report: the strategy's delmål quoted on the left («Delmål 1.3» over its words), Oslo's tiltak
    # with «Ansvar:» lines on the right. Read as a translation beside its original, the delmål were lost with 5 tiltak.
    from pathlib import Path

    from pipeline.parallel_text import parallel_columns_as_text

    path = Path(__file__).resolve().parents[2] / "samples" / "holdout48" / "11_Oslo_kommune_oppfolging_av_strategien_2068.odt"
    content = parser_for("odt").parse(path, path.name, ParseOptions())
    assert parallel_columns_as_text(content, matchers.columns.split_labels, lambda row: bool(matchers.columns.header(row))) \
        is content
