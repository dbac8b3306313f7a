"""Shapes held-out round 42 showed the reader: a sheet of label/value blocks under a title, a sheet of key
figures, and a numbered item whose title a dash ends inside its first sentence."""

from __future__ import annotations

import docx
import openpyxl

from parsers.docx import parse_docx
from parsers.registry import ParseOptions
from parsers.xlsx import parse_xlsx
from pipeline.rows import content_to_rows


def _sheet_rows(matchers, path):
    read = content_to_rows(parse_xlsx(path, path.name, ParseOptions()), path.name, matchers)
    return read.rows, read.warnings


def test_blocks_of_labels_stacked_down_a_sheet_under_its_title_are_one_tiltak_each(matchers, tmp_path):
    # UHR's workbook: a title and a note in cells of their own over «Tiltak | …», «Delmål | 1.4» … blocks; the
    # title kept the form from being seen, and every label was read as a tiltak.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak"
    ws.append(["Universitets- og høgskolerådet – rapportering 2041"])
    ws.append(["Ett tiltak per blokk. Kategori er vår egen inndeling."])
    for title, code, kind, text in [("Nasjonalt råd for teknologisk utdanning", 1.4, "Råd", "Rådet møttes fire ganger."),
                                    ("Etterutdanningsportalen", 2.4, "Nettportal", "Felles oversikt over EVU-tilbud.")]:
        ws.append([])
        for label, value in [("Tiltak", title), ("Delmål", code), ("Kategori", kind), ("Ansvarlig", "UHR"),
                             ("Samarbeid med", None), ("Beskrivelse", text)]:
            ws.append([label, value])
    figures = wb.create_sheet("Nøkkeltall")
    for row in [("Nøkkeltall 2041", "Antall"), ("Studenter i etter- og videreutdanning", 61250),
                ("Besøk på portalen", "410 000")]:
        figures.append(list(row))
    wb.save(tmp_path / "uhr_2041.xlsx")
    rows, warnings = _sheet_rows(matchers, tmp_path / "uhr_2041.xlsx")
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("beskrivelse")) for r in rows] == [
        ("Nasjonalt råd for teknologisk utdanning", "1.4", "Råd", "Rådet møttes fire ganger."),
        ("Etterutdanningsportalen", "2.4", "Nettportal", "Felles oversikt over EVU-tilbud.")]
    # The key figures are named as skipped, not read as tiltak and not passed over in silence.
    assert any("er nøkkeltall («Nøkkeltall 2041»), ikke tiltak" in w for w in warnings)


def test_a_numbered_items_title_ended_by_a_dash_inside_its_first_sentence(matchers, tmp_path):
    # VOFO's list: «Title – A sentence. Another sentence. (delmål 3.2)» was read as a short first sentence, dash and
    # all, for the name.
    d = docx.Document()
    d.add_heading("Tiltak", level=2)
    d.add_paragraph("Lesesirkler for voksne – VOFO har koordinert søknadene fra studieforbundene og fulgt opp "
                    "kvaliteten. Studieforbundene holdt 212 kurs i 2041. (delmål 3.6)", style="List Number")
    d.save(tmp_path / "vofo.docx")
    read = content_to_rows(parse_docx(tmp_path / "vofo.docx", "vofo.docx", ParseOptions()), "vofo.docx", matchers)
    assert [(r.get("tiltak"), r.get("beskrivelse")) for r in read.rows] == [
        ("Lesesirkler for voksne", "VOFO har koordinert søknadene fra studieforbundene og fulgt opp kvaliteten. "
                                   "Studieforbundene holdt 212 kurs i 2041.")]


def test_tiltak_grouped_under_headings_of_their_kind_take_that_type_and_their_line_of_particulars(matchers, tmp_path):
    # KS's report: chapters named by a kind of tiltak, each tiltak a heading over its text and one line
    # «Strategikobling: delmål 1.4 · Ansvarlig: KS». The chapter «2 Kurs og opplæring» was read as a delmål's section.
    d = docx.Document()
    d.add_heading("Rapportering til Kompetansepolitisk råd 2041", level=1)
    outline = [("1 Råd, utvalg og nettverk", [("Regionale nettverk for kompetanseplanlegging", "1.2")]),
               ("2 Kurs og opplæring", [("Lederskolen for kommunalsjefer", "2.1"), ("Norsk for assistenter", "3.4")]),
               ("3 Arrangementer", [("Yrkesfagdagen 2041", "2.3")])]
    for chapter, tiltak in outline:
        d.add_heading(chapter, level=1)
        for title, code in tiltak:
            d.add_heading(title, level=2)
            d.add_paragraph(f"Kommunene deltok i {title.lower()} gjennom hele året.")
            d.add_paragraph(f"Strategikobling: delmål {code} · Ansvarlig: KS")
    d.save(tmp_path / "ks.docx")
    read = content_to_rows(parse_docx(tmp_path / "ks.docx", "ks.docx", ParseOptions()), "ks.docx", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), r.get("type"), r.get("ansvarlig")) for r in read.rows] == [
        ("Regionale nettverk for kompetanseplanlegging", "delmål 1.2", "Råd, utvalg og nettverk", "KS"),
        ("Lederskolen for kommunalsjefer", "delmål 2.1", "Kurs og opplæring", "KS"),
        ("Norsk for assistenter", "delmål 3.4", "Kurs og opplæring", "KS"),
        ("Yrkesfagdagen 2041", "delmål 2.3", "Arrangementer", "KS")]


_FOOTNOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '{notes}</w:footnotes>')


def _with_footnotes(path, notes):
    """The saved Word file given a footnotes part, as Word writes one, with these notes by id."""
    import zipfile

    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>' for i, text in notes.items())
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["word/footnotes.xml"] = _FOOTNOTES.format(notes=body).encode()
    rels = "word/_rels/document.xml.rels"
    parts[rels] = parts[rels].replace(b"</Relationships>", (
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'footnotes" Target="footnotes.xml"/></Relationships>'))
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.footnotes+xml"/></Types>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_delmal_given_only_in_a_footnote_places_the_tiltak_the_paragraph_tells(matchers, tmp_path):
    # Vestland's report: prose under topic headings, each tiltak's delmål in a footnote («Delmål 1.3. Prosjektet vart
    # leidd av …»). The notes were not read, so nothing was.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Rapportering frå fylkeskommunen for 2041", level=1)
    d.add_heading("Karriererettleiing", level=2)
    for number, (before, after) in enumerate([
            ("Prosjektet Vegvisaren", " gav karriererettleiing til vaksne i omstilling. I alt fekk 900 vaksne rettleiing."),
            ("Fylkeskommunen leiar Kompetanseforum Sunnfjord", " saman med NHO og LO, og forumet møtest fire gonger i året.")],
            start=1):
        p = d.add_paragraph(before)
        mark = OxmlElement("w:footnoteReference")
        mark.set(qn("w:id"), str(number))
        p.add_run()._r.append(mark)
        p.add_run(after)
    d.save(tmp_path / "vestland.docx")
    _with_footnotes(tmp_path / "vestland.docx", {1: "Delmål 1.3. Prosjektet vart leidd av Karriere Sunnfjord.",
                                                 2: "Delmål 1.2 – regional samordning."})
    read = content_to_rows(parse_docx(tmp_path / "vestland.docx", "vestland.docx", ParseOptions()), "vestland.docx",
                           matchers)
    assert [(r.get("tiltak"), matchers.delmal.match(r.get("delmal")).value) for r in read.rows] == [
        ("Vegvisaren", "1.3"), ("Kompetanseforum Sunnfjord", "1.2")]
    # The note stands where its mark does, its sentences joined, so the paragraph's own sentences stay whole.
    assert read.rows[0].get("beskrivelse").startswith(
        "Prosjektet Vegvisaren (Delmål 1.3; Prosjektet vart leidd av Karriere Sunnfjord) gav karriererettleiing")


def test_paragraphs_under_headings_in_a_delmals_words_are_its_tiltak_when_nothing_else_there_was_read(matchers, tmp_path):
    # Virke's letter: no codes at all; each heading words a delmål, and the paragraph under it tells one tiltak.
    d = docx.Document()
    d.add_heading("Innspill til Kompetansepolitisk råd – rapportering for 2041", level=1)
    d.add_heading("Digital kompetanse i hele arbeidsstyrken", level=2)
    d.add_paragraph("Virke er partner i DigiHandel sammen med HK, og 2 000 ansatte tok kurset i 2041.")
    d.add_heading("Kvalifisering av innvandrere", level=2)
    d.add_paragraph("Virke har videreført Språk i butikken, som gir norskopplæring på arbeidsplassen, sammen med LO.")
    d.add_heading("Prioriteringer for 2042", level=2)
    d.add_paragraph("Vi vil arbeide for bedre statistikk om læring i små virksomheter.")
    d.save(tmp_path / "virke.docx")
    read = content_to_rows(parse_docx(tmp_path / "virke.docx", "virke.docx", ParseOptions()), "virke.docx", matchers)
    assert [(r.get("tiltak"), r.get("delmal"), bool(r.doubt)) for r in read.rows] == [
        ("DigiHandel", "2.1", True), ("Språk i butikken", "3.4", True)]


def test_a_tiltak_told_in_the_text_and_listed_in_an_appendix_table_is_one_row(matchers, tmp_path):
    # The ministry's chapter tells each tiltak in a paragraph; its appendix lists them all in a table. The two
    # readings of one tiltak were two rows of one report, which no merging joins.
    d = docx.Document()
    d.add_heading("5 Kompetansepolitikk", level=1)
    d.add_paragraph("Departementet har i 2041 ledet Kompetansebehovsutvalget (KBU) og lagt fram en ny rapport "
                    "(delmål 1.1).")
    d.add_heading("Vedlegg: tiltak etter delmål", level=1)
    t = d.add_table(rows=3, cols=3)
    for r, cells in enumerate([("Delmål", "Tiltak", "Type"), ("1.1", "Kompetansebehovsutvalget (KBU)", "Utvalg"),
                               ("2.2", "Læringsundersøkelsen 2041", "FoU")]):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    d.save(tmp_path / "kd.docx")
    read = content_to_rows(parse_docx(tmp_path / "kd.docx", "kd.docx", ParseOptions()), "kd.docx", matchers)
    assert [(r.provenance.locator, r.get("tiltak"), r.get("type"), r.get("beskrivelse")[:24]) for r in read.rows] == [
        ("t1-r2", "Kompetansebehovsutvalget (KBU)", "Utvalg", "Departementet har i 2041"),
        ("t1-r3", "Læringsundersøkelsen 2041", "FoU", "")]
    assert any("fortalt i teksten står også i en tabell (l2)" in w for w in read.warnings)


def test_a_scanned_letters_paragraphs_broken_into_lines_each_tell_a_tiltak_titled_by_their_first_words(matchers):
    # What Tesseract made of Fagskolerådet's letter: each paragraph line by line, «Title. Account. (delmål x.y)», the
    # list's numbers and bullets lost or read as «1 » and «. ».
    from parsers.content import Content, Paragraph

    lines = ["Fagskolerådet viser til brevet og rapporterer følgende tiltak for 2041.",
             "1 Fagskoledagene 2041. Rådet samlet 300 deltakere i Bergen og drøftet behovet for",
             "nye tilbud innen helse og teknikk. (delmål 1.4)",
             ". Den nasjonale EVU-portalen. Fagskolenes tilbud er fra 2041 lagt inn i",
             "portalen sammen med tilbudene fra høgskolene. (delmål 2.4)",
             "Med hilsen", "Torunn Aas"]
    content = Content(blocks=tuple(Paragraph(1, n, t) for n, t in enumerate(lines, 1)), reliability=0.8)
    read = content_to_rows(content, "fagskoleradet_skannet.pdf", matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [
        ("Fagskoledagene 2041", "1.4"), ("Den nasjonale EVU-portalen", "2.4")]


def test_a_form_in_paragraphs_under_the_reports_title_leaves_the_title_no_tiltak(matchers, tmp_path):
    # The labels that close a heading's text belong to a form when a «Tiltak:» line stands between: the report's
    # title over «Tiltak: …», «Delmål: …» lines names no tiltak (held-out rounds 29, 33 and 39 read it as one).
    d = docx.Document()
    d.core_properties.title = "KS tiltak 2041"  # the file's own title differs from the heading, as in the round
    d.add_heading("KS – rapportering av kompetansetiltak 2041", level=1)
    d.add_paragraph("Kommunesektorens organisasjon. Oversendt sekretariatet 22.01.2042.")
    for line in ("Tiltak: Samarbeidsrådet for yrkesopplæring (SRY)", "Delmål: 1.4", "Type tiltak: Råd/utvalg/nettverk",
                 "Ansvarlig: KS"):
        d.add_paragraph(line)
    d.save(tmp_path / "ks_skjema.docx")
    read = content_to_rows(parse_docx(tmp_path / "ks_skjema.docx", "ks_skjema.docx", ParseOptions()), "ks_skjema.docx",
                           matchers)
    assert [(r.get("tiltak"), r.get("delmal")) for r in read.rows] == [("Samarbeidsrådet for yrkesopplæring (SRY)", "1.4")]
