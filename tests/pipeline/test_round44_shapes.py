"""Shapes held-out round 44 showed the reader: a title line ending in a colon over text that closes with its
delmål and type in brackets, bold titles with their type in brackets under an område's heading, a form's answers
that open with a title and its code, and bold titles under a county's own chapter numbers, their delmål in words."""

from __future__ import annotations

import docx

from parsers.content import Content, Paragraph
from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from pipeline.extract import ROWS_SKIPPED, extract_document
from pipeline.other_years import places_elsewhere
from pipeline.rows import content_to_rows
from tiltak_core.records import Document


def _docx_rows(matchers, d, path):
    d.save(path)
    read = content_to_rows(parse_docx(path, path.name, ParseOptions()), path.name, matchers)
    return read.rows, read.warnings


def _bold_lead(d, title, rest):
    p = d.add_paragraph()
    p.add_run(title).bold = True
    p.add_run(rest)


def test_a_title_line_ending_in_a_colon_over_text_closing_with_its_delmal_and_type_is_one_tiltak(matchers, tmp_path):
    # VOFO's ODT: «Språkkafénettverket:» over «Nettverk av 60 språkkafeer … (delmål 3.4; nettverk; ansvar: …)». Five of
    # six were left unread, and the letter's place, date and signer were read as tiltak under the last title line.
    d = docx.Document()
    d.add_heading("Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", level=2)
    d.add_paragraph("Språkkafénettverket:")
    d.add_paragraph("Nettverk av 60 frivillige språkkafeer som tilbyr norsktrening for innvandrere. "
                    "(delmål 3.4; nettverk; ansvar: Studieforbundet kultur og tradisjon)")
    d.add_paragraph("Lær for livet:")
    d.add_paragraph("Informasjonskampanje som skal få flere voksne til å oppdage læringsglede. (delmål 3.6; kampanje)")
    d.add_paragraph("Oslo, januar 2066")
    d.add_paragraph("Generalsekretær, VOFO")
    rows, warnings = _docx_rows(matchers, d, tmp_path / "vofo_2065.docx")
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Språkkafénettverket", "delmål 3.4", "nettverk", "Studieforbundet kultur og tradisjon"),
        ("Lær for livet", "delmål 3.6", "kampanje", "")]
    assert rows[0].get("beskrivelse").startswith("Nettverk av 60 frivillige") and not warnings


def test_bold_titles_with_their_type_in_brackets_under_an_omrades_heading_are_each_a_tiltak(matchers, tmp_path):
    # Fagskolerådet's RTF: after a bold title giving its own code, three more bold titles «(kurs).», «(nettverk).»,
    # «(arrangement).» were read as the first one's description, and the run said nothing of them.
    d = docx.Document()
    d.add_heading("Fagskolerådet – rapport til Kompetansepolitisk råd 2065", level=1)
    d.add_heading("II. Læring i arbeidslivet", level=2)
    _bold_lead(d, "Felles modell for realkompetansevurdering i fagskolen",
               " (prosjekt, delmål 2.5). Modellen er prøvd ut ved seks fagskoler.")
    _bold_lead(d, "Nettbaserte fagskolemoduler i digital drift", " (kurs). Tolv nye moduler på 5 fagskolepoeng.")
    _bold_lead(d, "Fagskoledagen 2065", " (arrangement). Åpne dager ved fagskolene i alle fylker i mars.")
    rows, _ = _docx_rows(matchers, d, tmp_path / "fagskoleradet_2065.docx")
    assert [(r.get("tiltak"), r.get("type")) for r in rows] == [
        ("Felles modell for realkompetansevurdering i fagskolen", "prosjekt"),
        ("Nettbaserte fagskolemoduler i digital drift", "kurs"), ("Fagskoledagen 2065", "arrangement")]
    assert rows[1].get("beskrivelse") == "Tolv nye moduler på 5 fagskolepoeng."
    assert rows[0].get("beskrivelse") == "Modellen er prøvd ut ved seks fagskoler."


def test_a_forms_answer_opening_with_a_title_and_its_code_before_a_colon_is_that_tiltak(matchers, tmp_path):
    # LO's questionnaire: «Svar: Norsk på arbeidsplassen (delmål 3.4, prosjekt): Prosjektet gir …» was named «SRY»,
    # «Bransjeprogrammet» or nothing by the running-prose reader.
    d = docx.Document()
    d.add_heading("Spørsmål 4: Hvilke tiltak har dere gjennomført under hovedinnsatsområde 2?", level=3)
    d.add_paragraph("Svar: Bransjeprogrammet for industri og bygg (delmål 2.4, prosjekt): LO og forbundene har rekruttert "
                    "deltakere. Ansvarlig: Fellesforbundet.")
    d.add_paragraph("Opplæring av LOs representanter i SRY og de faglige rådene (delmål 1.4, kurs): To samlinger for nye "
                    "representanter om rådsarbeid.")
    rows, _ = _docx_rows(matchers, d, tmp_path / "lo_2065.docx")
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in rows] == [
        ("Bransjeprogrammet for industri og bygg", "delmål 2.4", "prosjekt", "Fellesforbundet"),
        ("Opplæring av LOs representanter i SRY og de faglige rådene", "delmål 1.4", "kurs", "")]


def test_bold_titles_under_a_countys_own_chapter_numbers_take_the_delmal_their_sentences_word_and_are_asked(
        matchers, tmp_path):
    # Rogaland's annual report: «4.1 Regional samordning og kunnskapsgrunnlag» numbers the county's plan, not the
    # strategy; each bold-titled paragraph was listed as not read.
    d = docx.Document()
    d.add_heading("Rogaland fylkeskommune – Årsmelding 2065", level=1)
    # The chapter's heading words a delmål («kompetanse og kvalifisering»): headings of its rank are where delmål stand.
    d.add_heading("Kapittel 4: Kompetanse og kvalifisering", level=2)
    d.add_heading("4.1 Regional samordning og kunnskapsgrunnlag", level=2)
    _bold_lead(d, "Kompetanseforum Rogaland", " er fylkets partnerskap for kompetansepolitikk. Ansvarlig: Seksjon for "
               "kompetanse. Nettverket styrker fylkeskommunens samordningsrolle og det regionale samarbeidet mellom "
               "kompetanseaktørene.")
    d.add_heading("4.2 Kompetanse for omstilling", level=2)
    _bold_lead(d, "DIKA-kursene", " (Digitalt kompetanseløft i arbeidslivet). Fylkeskommunen har finansiert kurs i "
               "digitale ferdigheter. Målet er å styrke den digitale kompetansen i hele arbeidsstyrken.")
    _bold_lead(d, "Nøkkeltall", " står i tabellen under.")  # no sentence of it words a delmål: no tiltak
    rows, _ = _docx_rows(matchers, d, tmp_path / "rogaland_2065.docx")
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value) for r in rows] == [
        ("Kompetanseforum Rogaland", "1.2"), ("DIKA-kursene", "2.1")]
    assert all(r.doubt for r in rows)


def test_tables_and_items_under_a_heading_for_another_year_are_set_aside_and_listed(matchers, tmp_path):
    # Troms og Finnmark's report: a second table under «Tiltak fra 2064 som er avsluttet» and items under «Planlagt for
    # 2066» were counted as the year's tiltak.
    d = docx.Document()
    d.add_heading("Troms og Finnmark fylkeskommune – tiltak 2065", level=1)
    for heading, rows in ((None, [("Fagbrev på jobb", "Delmål 2.5", "Prosjekt")]),
                          ("Tiltak fra 2064 som er avsluttet", [("Språkpraksis i fiskeindustrien", "Delmål 3.4", "Prosjekt")])):
        if heading:
            d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=3)
        for cell, text in zip(t.rows[0].cells, ("Tiltak", "Delmål", "Type")):
            cell.text = text
        for row in rows:
            for cell, text in zip(t.add_row().cells, row):
                cell.text = text
    d.add_heading("Planlagt for 2066", level=2)
    d.add_paragraph("Karrieresenter med fast tilstedeværelse på Svalbard (delmål 1.3).", style="List Bullet")
    path = tmp_path / "troms_og_finnmark_2065.docx"
    d.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [r.raw.get("tiltak") for r in result.rows] == ["Fagbrev på jobb"]
    assert [(s.locator, s.text) for s in result.skipped] == [
        ("t2-r2", "Språkpraksis i fiskeindustrien"), ("l4", "Karrieresenter med fast tilstedeværelse på Svalbard")]
    assert result.outcome == ROWS_SKIPPED and any("annet år enn rapportens" in w for w in result.warnings)


def test_rows_a_years_plan_marks_with_a_dash_for_delmal_beside_coded_rows_are_not_tiltak(matchers, tmp_path):
    # Møre og Romsdal's annual wheel: «Budsjettarbeid 2066 | – | Økonomi» beside «Yrkesfagdagen 2065 | DM 2.3 · arrangement».
    d = docx.Document()
    d.add_heading("Årshjul 2065 – kompetanse og fagopplæring", level=1)
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("Tiltak / hending", "Delmål · type", "Ansvar")):
        cell.text = text
    for row in (("Rapportering til Kompetansepolitisk råd for 2064", "–", "Fylkesdirektøren"),
                ("Yrkesfagdagen 2065", "DM 2.3 · arrangement", "Seksjon for fagopplæring"),
                ("Maritim kompetansekonferanse", "DM 2.4 · konferanse", "Seksjon for næring"),
                ("Budsjettarbeid 2066", "-", "Økonomi")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    rows, warnings = _docx_rows(matchers, d, tmp_path / "more_og_romsdal_2065.docx")
    assert [r.get("tiltak") for r in rows] == ["Yrkesfagdagen 2065", "Maritim kompetansekonferanse"]
    assert any("2 rader er merket «–»" in w for w in warnings)


def test_a_line_of_particulars_ocr_ran_into_the_text_above_closes_the_heading_over_it(matchers):
    # Nordland's scanned memo: «Tiltak 2 - Fagbrev på jobb» over «… tok fagbrev i 2065 Delmål. 2.5 - Type: prosjekt»,
    # one OCR paragraph; the text was read as the title and the heading was lost.
    lines = [(1, "Nordland fylkeskommune – rapportering av tiltak for 2065", "heading", 1),
             (2, "Tiltak 2 - Fagbrev på jobb", "heading", 3),
             (3, "Ordningen er tatt i bruk i 25 kommuner. 140 kandidater tok fagbrev i 2065 Delmål. 2.5 - Type: prosjekt "
                 "- Ansvar: Seksjon for fagopplæring", "text", 0)]
    blocks = tuple(Paragraph(1, n, text, kind, level) for n, text, kind, level in lines)
    read = content_to_rows(Content(blocks=blocks, reliability=0.8), "nordland_2065_skannet.pdf", matchers)
    assert [(r.get("tiltak"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Fagbrev på jobb", "prosjekt", "Seksjon for fagopplæring")]


def test_a_heading_places_its_rows_in_another_year_only_by_a_word_of_ending_or_planning_and_another_year(matchers):
    vocabulary = matchers.catalogue.vocabulary
    elsewhere = ["Tiltak fra 2064 som er avsluttet", "Planlagt for 2066", "Planer for 2066", "Neste år"]
    # The report's own year, a period it falls in, or a year with no word of ending or planning: the year's tiltak.
    own = ["Tiltak 2065", "Avsluttet i 2065", "Regional plan 2062–2066 – tiltak", "Kompetansestrategi 2064"]
    assert [places_elsewhere(h, 2065, vocabulary) for h in elsewhere + own] == [True] * 4 + [False] * 4
