"""Reports sent as a web page, an e-mail, a Markdown or plain text file, or a slide deck: read, not rejected.

Held-out round 48 brought five such files (32 of its 93 tiltak), each rejected as a format no parser read.
"""

from __future__ import annotations

import quopri
from email.message import EmailMessage
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from pptx import Presentation
from pptx.util import Cm, Pt

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document


def _written(tmp_path, matchers, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return _extract(path, matchers)


def _extract(path, matchers):
    document = Document(path, path.name, detect(path), "x", path.stat().st_size)
    return document.format, extract_document(document, matchers, ParseOptions(), 10**8)


def _read(result):
    return [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("type"), r.raw.get("ansvarlig")) for r in result.rows]


PAGE = """<!DOCTYPE html><html><head><title>Unio i kompetansepolitikken 2070</title></head><body>
<div class="cookie-banner"><p>Vi bruker informasjonskapsler.</p><button>Godta</button></div>
<nav><ul><li>Forside</li><li>Politikk</li></ul></nav>
<main><h1>Dette har Unio gjort i 2070</h1><p>Unio rapporterer her til Kompetansepolitisk råd.</p>
<details><summary>Videreutdanning for sykepleiere i kommunene</summary>
<dl><dt>Delmål</dt><dd>2.4 Etter- og videreutdanning</dd><dt>Type</dt><dd>Kurs</dd><dt>Ansvarlig</dt><dd>NSF</dd></dl>
<p>Fire moduler i samarbeid med tre høgskoler.</p></details>
<details><summary>Plass i Nasjonalt fagskoleråd</summary>
<dl><dt>Delmål</dt><dd>1.4</dd><dt>Type</dt><dd>Råd</dd><dt>Ansvarlig</dt><dd>Unio-sekretariatet</dd></dl></details>
</main><footer><p>Unio · Postboks 1 Oslo</p></footer></body></html>"""


def test_a_web_page_gives_its_tiltak_and_not_the_sites_menus(tmp_path, matchers):
    fmt, result = _written(tmp_path, matchers, "Unio_nettside_2070.html", PAGE)
    assert fmt == "html"
    assert _read(result) == [("Videreutdanning for sykepleiere i kommunene", "2.4 Etter- og videreutdanning", "Kurs", "NSF"),
                             ("Plass i Nasjonalt fagskoleråd", "1.4", "Råd", "Unio-sekretariatet")]


# A page Word saved: a delmål cell spanning the rows under it (rowspan), a footnote's mark in a cell, the notes at the end.
WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=ProgId content=Word.Document>
<title>Spekter - rapportering 2071</title></head><body lang=NO-BOK><div class=WordSection1>
<h1>Spekters rapportering til Kompetansepolitisk råd for 2071</h1>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Delmål</b></p></td><td><p class=MsoNormal><b>Tiltak</b></p></td>
<td><p class=MsoNormal><b>Type</b></p></td><td><p class=MsoNormal><b>Ansvarlig</b></p></td></tr>
<tr><td rowspan=3 valign=top><p class=MsoNormal>2.4</p></td><td><p class=MsoNormal>KOMPHELSE<a style='mso-footnote-id:ftn1'
href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a></p></td>
<td><p class=MsoNormal>Prosjekt</p></td><td><p class=MsoNormal>KS</p></td></tr>
<tr><td><p class=MsoNormal>Kompetanseledelse for linjeledere</p></td><td><p class=MsoNormal>Kurs</p></td>
<td><p class=MsoNormal>Spekter</p></td></tr>
<tr><td><p class=MsoNormal>Webinarserien om kompetanse</p></td><td><p class=MsoNormal>Arrangement</p></td>
<td><p class=MsoNormal>Spekter</p></td></tr>
<tr><td><p class=MsoNormal>1.1</p></td><td><p class=MsoNormal>Kompetansebehovsutvalget</p></td>
<td><p class=MsoNormal>Råd</p></td><td><p class=MsoNormal>Spekter</p></td></tr>
</table></div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1"
name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Prosjektet eies av KS.</p></div></div>
</body></html>"""
WORD_ROWS = [("KOMPHELSE", "2.4", "Prosjekt", "KS"), ("Kompetanseledelse for linjeledere", "2.4", "Kurs", "Spekter"),
             ("Webinarserien om kompetanse", "2.4", "Arrangement", "Spekter"), ("Kompetansebehovsutvalget", "1.1", "Råd", "Spekter")]


def test_a_delmal_cell_spanning_rows_applies_to_each_and_a_footnotes_mark_is_no_part_of_the_tiltak(tmp_path, matchers):
    # A row under a cell spanning it (rowspan) lacks that cell: its cells must not slide one column left.
    fmt, result = _written(tmp_path, matchers, "Spekter_rapport_2071.htm", WORD_PAGE.encode("cp1252"))
    assert fmt == "html"
    assert _read(result) == WORD_ROWS


def _single_file_web_page(html: str) -> bytes:
    """The page as Word saves it «Enkeltfil-webside»: multipart/related, the HTML in Windows-1252 quoted-printable,
    a picture beside it."""
    page = MIMEText("", "html", "windows-1252")
    page.replace_header("Content-Transfer-Encoding", "quoted-printable")
    page.set_payload(quopri.encodestring(html.encode("cp1252")).decode("ascii"))
    page["Content-Location"] = "file:///C:/5A3E9F40/rapport.htm"
    picture = MIMEImage(b"\x89PNG\r\n\x1a\n" + bytes(64), "png")
    picture["Content-Location"] = "file:///C:/5A3E9F40/rapport_files/image001.png"
    message = MIMEMultipart("related", boundary="----=_NextPart_01DB7C21.5A3E9F40")
    message.preamble = "This document is a Single File Web Page, also known as a Web Archive file."
    message.attach(page)
    message.attach(picture)
    return message.as_bytes()


def test_a_single_file_web_page_word_saved_is_read_as_its_page(tmp_path, matchers):
    # Read as plain text it gave no tiltak: its MIME headers are no e-mail's, its page is quoted-printable.
    fmt, result = _written(tmp_path, matchers, "Spekter_rapport_2071.mht", _single_file_web_page(WORD_PAGE))
    assert fmt == "mhtml"
    assert _read(result) == WORD_ROWS
    assert result.title == "Spekter - rapportering 2071"


MARKDOWN = """---
title: "Akademikerne – rapport 2070"
---

# Akademikerne – rapport 2070

## Hovedinnsatsområde 2 – Læring i arbeidslivet

- [x] **Etterutdanning for jurister i staten**
  - Delmål: 2.4 · Type: kurs
  - Ansvar: Juristforbundet · Med: –
  - Tolv kurs med 500 deltakere.
- [x] **Undersøkelse om læring på jobb**
  - Delmål: 2.2 · Type: undersøkelse
  - Ansvar: Akademikerne
"""


def test_markdown_items_take_their_delmal_from_their_own_lines_not_the_omrade_heading(tmp_path, matchers):
    fmt, result = _written(tmp_path, matchers, "Akademikerne_rapport_2070.md", MARKDOWN)
    assert fmt == "text"
    assert _read(result) == [("Etterutdanning for jurister i staten", "2.4", "kurs", "Juristforbundet"),
                             ("Undersøkelse om læring på jobb", "2.2", "undersøkelse", "Akademikerne")]


PRINTOUT = """VIRKE - UTSKRIFT FRA TILTAKSREGISTERET 2070

+----+---------------------------+------+----------+---------------+
| Nr | Tiltak                    | DM   | Type     | Ansvarlig     |
+====+===========================+======+==========+===============+
| 1  | Kurs i netthandel for     | 2.1  | Kurs     | Virke HUB     |
|    | små butikker              |      |          |               |
+----+---------------------------+------+----------+---------------+
| 2  | Bransjeråd for handel     | 1.4  | Råd      | Virke         |
+----+---------------------------+------+----------+---------------+
"""


def test_a_table_drawn_in_characters_in_a_utf16_printout_is_a_table(tmp_path, matchers):
    # Windows «Unicode» text, with its byte order mark.
    fmt, result = _written(tmp_path, matchers, "Virke_utskrift_2070.txt", PRINTOUT.replace("\n", "\r\n").encode("utf-16"))
    assert fmt == "text"
    assert _read(result) == [("Kurs i netthandel for små butikker", "2.1", "Kurs", "Virke HUB"),
                             ("Bransjeråd for handel", "1.4", "Råd", "Virke")]


def test_an_email_gives_its_own_table_not_the_request_it_quotes_and_says_its_attachment_was_not_read(tmp_path, matchers):
    message = EmailMessage()
    message["From"] = "Kari <kari@ks.example.no>"
    message["To"] = "sekretariat@example.no"
    message["Subject"] = "SV: Rapportering fra KS til Kompetansepolitisk råd 2070"
    message.set_content("Se HTML-versjonen.")
    message.add_alternative(
        "<html><body><p>Hei, her er KS sine tiltak.</p><table><tr><th>Tiltak</th><th>Delmål</th><th>Type</th><th>Ansvarlig</th>"
        "</tr><tr><td>Lederutdanning i kommunene</td><td>2.4</td><td>kurs</td><td>KS Læring</td></tr></table>"
        "<p>Hilsen Kari</p><div><p><b>Fra:</b> Sekretariatet<br><b>Sendt:</b> 7. januar 2071</p></div>"
        "<p>Dette rapporterte KS i fjor:</p><table><tr><th>Tiltak</th><th>Delmål</th></tr>"
        "<tr><td>Fjorårets kurs</td><td>2.1</td></tr></table></body></html>", subtype="html")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="vedlegg.pdf")
    fmt, result = _written(tmp_path, matchers, "KS_SV_rapportering_2070.eml", bytes(message))
    assert fmt == "eml"
    assert _read(result) == [("Lederutdanning i kommunene", "2.4", "kurs", "KS Læring")]
    assert not any("vedlegg" in w for w in result.warnings)  # the run reads attachments as files of their own


def test_a_slide_deck_gives_each_box_as_a_tiltak_and_not_its_footer(tmp_path, matchers):
    deck = Presentation()
    blank = deck.slide_layouts[6]
    for title, boxes in (("Område 1", [["Karrieresenter på nett", "Delmål 1.3 · Prosjekt", "Ansvar: HK-dir"]]),
                         ("Område 3", [["Norsk for foreldre", "Delmål 3.4 · Kurs", "Ansvar: IMDi"],
                                       ["Lesekurs for voksne", "Delmål 3.6 · Kurs", "Ansvar: VOFO"]]),
                         ("Veien videre", [])):
        slide = deck.slides.add_slide(blank)
        box = slide.shapes.add_textbox(Cm(1), Cm(1), Cm(20), Cm(2))
        box.name = "Tittel"
        box.text_frame.text = title
        for n, lines in enumerate(boxes):
            frame = slide.shapes.add_textbox(Cm(1 + 12 * n), Cm(4), Cm(11), Cm(8)).text_frame
            frame.text = lines[0]
            for line in lines[1:]:
                frame.add_paragraph().text = line
        footer = slide.shapes.add_textbox(Cm(1), Cm(17), Cm(20), Cm(1)).text_frame
        footer.text = "Kunnskapsdepartementet · rådsmøte 2071"
        footer.paragraphs[0].runs[0].font.size = Pt(9)
    path = tmp_path / "Regjeringen_radsmote_2071.pptx"
    deck.save(path)
    fmt, result = _extract(path, matchers)
    assert fmt == "pptx"
    assert _read(result) == [("Karrieresenter på nett", "Delmål 1.3", "Prosjekt", "HK-dir"),
                             ("Norsk for foreldre", "Delmål 3.4", "Kurs", "IMDi"),
                             ("Lesekurs for voksne", "Delmål 3.6", "Kurs", "VOFO")]
    assert not any("rådsmøte 2071" in (r.raw.get("beskrivelse") or "") for r in result.rows)


def test_a_readme_describing_the_inbox_is_no_report_however_many_tiltak_its_tables_name(tmp_path, matchers):
    # The sample rounds' own README.md, a table of every file's member and tiltak: read as a report of nobody's.
    readme = ("# Round 50 — reporting year 2071\n\n| # | File | Member | Tiltak | Delmål |\n|---|---|---|---|---|\n"
              "| 01 | `01_LO.pdf` | LO | Bransjeprogram for handel | 2.4 |\n| 02 | `02_NHO.xlsx` | NHO | Kompetansebarometeret | 2.2 |\n")
    fmt, result = _written(tmp_path, matchers, "README.md", readme)
    assert fmt == "text" and result.outcome == "rejected" and not result.rows
    assert "tekstfil eller nettside uten avsender" in result.error


def test_header_cells_set_in_the_table_with_no_row_around_them_are_its_header(tmp_path, matchers):
    # Spekter's e-mail (round 68): «<table><th>Tiltak</th>…<th>Hovedansvar</th><tr>…» as its mail program wrote it; the
    # header was dropped, and the rows had no owner or partners.
    cell = 'style="border:1px solid #999"'
    page = (f"<html><body><p>Hei,</p><table><th {cell}>Tiltak</th><th {cell}>Delmål</th><th {cell}>Kategori</th>"
            f"<th {cell}>Hovedansvar</th><th {cell}>Samarbeid</th>"
            f"<tr><td {cell}><b>Spekters plass i KBU</b></td><td>1.1</td><td>Deltakelse i utvalg</td><td>Spekter</td><td></td></tr>"
            f"<tr><td><b>Norskkurs for helsefagarbeidere</b></td><td>3.4</td><td>Opplæringsløp</td><td>Helse Nord RHF</td>"
            f"<td>Nord universitet</td></tr></table></body></html>")
    fmt, result = _written(tmp_path, matchers, "Spekter 2088.html", page)
    assert _read(result) == [("Spekters plass i KBU", "1.1", "Deltakelse i utvalg", "Spekter"),
                             ("Norskkurs for helsefagarbeidere", "3.4", "Opplæringsløp", "Helse Nord RHF")]
    assert result.rows[1].raw.get("samarbeidspartnere") == "Nord universitet"
