"""Documents that are ZIP packages or print files but no archive of reports: an e-book (EPUB), an XPS print, a signed
container (ASiC-E) and a PostScript print. Held-out round 52 had each; the first three were unpacked as archives and
their table of contents, style sheet, page XML and signatures read as reports (90 rows from YS's two XPS pages)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest

from parsers.detect import detect
from parsers.registry import ParseOptions
from pipeline.cli import app
from pipeline.extract import extract_document
from pipeline.match import match_rows
from tests.conftest import require, word_table_report
from tiltak_core.records import Document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_XHTML = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" '
          'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>{title}</title></head><body>{body}</body></html>')


def _epub(path: Path) -> Path:
    chapter = ('<h1>2 Gode valg</h1><p>Tiltakene under hører til det første innsatsområdet.</p>'
               '<h3>Nasjonalt forum for karriereveiledning<a epub:type="noteref" href="#fn1">1</a></h3>'
               '<p>Forumet møttes tre ganger i 2072.</p>'
               '<h3>Bransjeprogrammet for kommunal helse<a epub:type="noteref" href="#fn2">2</a></h3>'
               '<p>Ansatte fikk videreutdanning i arbeidstiden.</p>'
               '<aside epub:type="footnote" id="fn1"><p><a href="#r1">1</a> Delmål 1.3. Ansvar: HK-dir. Samarbeid: KD. '
               'Virkemiddel: forum.</p></aside>'
               '<aside epub:type="footnote" id="fn2"><p><a href="#r2">2</a> Delmål 2.4. Ansvar: KD. Samarbeid: KS og '
               'Fagforbundet. Virkemiddel: bransjeprogram (opplæring).</p></aside>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                   'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type='
                   '"application/oebps-package+xml"/></rootfiles></container>')
        z.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Regjeringens rapport 2072</dc:title>'
                   '</metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                   'properties="nav"/><item id="k1" href="tekst/kap1.xhtml" media-type="application/xhtml+xml"/>'
                   '<item id="css" href="rapport.css" media-type="text/css"/></manifest><spine><itemref idref="k1"/>'
                   '</spine></package>')
        z.writestr("OEBPS/nav.xhtml", _XHTML.format(title="Innhold", body='<nav epub:type="toc"><ol><li>'
                                                                          '<a href="tekst/kap1.xhtml">Kapittel 2</a></li></ol></nav>'))
        z.writestr("OEBPS/rapport.css", "h1 { font-size: 2em; }")
        z.writestr("OEBPS/tekst/kap1.xhtml", _XHTML.format(title="Kapittel 2", body=chapter))
    return path


def _glyphs(x: int, y: int, text: str, size: int = 12) -> str:
    return (f'<Glyphs Fill="#FF000000" FontUri="/Resources/DejaVuSans.ttf" FontRenderingEmSize="{size}" '
            f'OriginX="{x}" OriginY="{y}" UnicodeString={quoteattr(text)} />')


def _xps(path: Path) -> Path:
    require(FONT.exists(), "fonts-dejavu-core is not installed")
    lines = [(96, 96, "YS – rapport 2072", 20), (96, 140, "Delmål", 12), (200, 140, "Tiltak", 12), (500, 140, "Ansvar", 12),
             (96, 165, "2.1", 12), (200, 165, "Nettkurs i digital kompetanse", 12), (500, 165, "Delta", 12),
             (96, 190, "1.3", 12), (200, 190, "Karriereveiledning for tillitsvalgte", 12), (500, 190, "Parat", 12)]
    page = ('<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06" Width="816" Height="1056" xml:lang="nb-NO">'
            + "".join(_glyphs(*line) for line in lines) + "</FixedPage>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"><Default Extension="fdseq" ContentType="application/'
                   'vnd.ms-package.xps-fixeddocumentsequence+xml"/><Default Extension="fdoc" ContentType="application/'
                   'vnd.ms-package.xps-fixeddocument+xml"/><Default Extension="fpage" ContentType="application/vnd.ms-'
                   'package.xps-fixedpage+xml"/><Default Extension="ttf" ContentType="application/vnd.ms-opentype"/>'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Type="http://schemas.microsoft.com/xps/'
                   '2005/06/fixedrepresentation" Target="/FixedDocSeq.fdseq" Id="R0"/></Relationships>')
        z.writestr("FixedDocSeq.fdseq", '<FixedDocumentSequence xmlns="http://schemas.microsoft.com/xps/2005/06">'
                   '<DocumentReference Source="/Documents/1/FixedDoc.fdoc"/></FixedDocumentSequence>')
        z.writestr("Documents/1/FixedDoc.fdoc", '<FixedDocument xmlns="http://schemas.microsoft.com/xps/2005/06">'
                   '<PageContent Source="/Documents/1/Pages/1.fpage"/></FixedDocument>')
        z.writestr("Documents/1/Pages/1.fpage", page)
        z.write(FONT, "Resources/DejaVuSans.ttf")
    return path


def _postscript(path: Path) -> Path:
    lines = [(72, 760, 16, "Fagskolerådet: tiltakskort 2072"), (72, 730, 11, "Nasjonal fagskolekonferanse 2072"),
             (72, 714, 10, "Delmål: 1.4"), (72, 700, 10, "Slags tiltak: Konferanse"), (72, 686, 10, "Eier: Fagskolerådet")]
    body = "".join(f"/Helvetica findfont {size} scalefont setfont {x} {y} moveto ({escape(text)}) show\n"
                   for x, y, size, text in lines)
    # Latin-1 in the string: PostScript's standard encoding has no «å», ISOLatin1Encoding has.
    program = ("%!PS-Adobe-3.0\n/Helvetica findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall "
               "/Encoding ISOLatin1Encoding def currentdict end /Helvetica exch definefont pop\n" + body + "showpage\n")
    path.write_bytes(program.encode("latin-1"))
    return path


def _rows(path: Path, fmt: str, matchers) -> list[tuple]:
    result = extract_document(Document(path, path.name, fmt, "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    return [(t.row.raw.get("tiltak"), t.delmal.value, t.type.value, t.row.raw.get("ansvarlig"))
            for t in match_rows(list(result.rows), matchers)]


def test_an_e_book_is_read_chapter_by_chapter_its_footnotes_where_their_marks_stand(matchers, tmp_path):
    path = _epub(tmp_path / "Regjeringen_rapport_2072.epub")
    assert detect(path) == "epub"
    assert _rows(path, "epub", matchers) == [
        ("Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "HK-dir"),
        ("Bransjeprogrammet for kommunal helse", "2.4", "Kurs/utdanning", "KD")]


@pytest.mark.long
def test_an_xps_print_is_read_as_the_pdf_it_prints(matchers, tmp_path):
    require(bool(__import__("shutil").which("xpstopdf")), "libgxps-utils is not installed")
    path = _xps(tmp_path / "YS rapportering 2072.xps")
    assert detect(path) == "xps"
    assert [(t, d, a) for t, d, _, a in _rows(path, "xps", matchers)] == [
        ("Nettkurs i digital kompetanse", "2.1", "Delta"), ("Karriereveiledning for tillitsvalgte", "1.3", "Parat")]


@pytest.mark.long
def test_a_postscript_print_is_read_as_the_pdf_it_prints(matchers, tmp_path):
    require(bool(__import__("shutil").which("gs")), "ghostscript is not installed")
    path = _postscript(tmp_path / "Fagskoleradet_tiltakskort_2072.ps")
    assert detect(path) == "ps"
    assert _rows(path, "ps", matchers) == [("Nasjonal fagskolekonferanse 2072", "1.4", "Arrangement", "Fagskolerådet")]


def test_a_signed_container_gives_its_signed_documents_not_its_signatures(tmp_path):
    from typer.testing import CliRunner

    inbox = tmp_path / "innboks"
    inbox.mkdir()
    word_table_report(tmp_path / "rapport.docx", "Agder fylkeskommune – rapportering 2072",
                      [("Tiltak", "Delmål", "Type"), ("Kompetanseforum Agder", "1.2", "Forum")])
    with zipfile.ZipFile(inbox / "Agder_rapportering_2072.asice", "w") as z:
        z.writestr("mimetype", "application/vnd.etsi.asic-e+zip", compress_type=zipfile.ZIP_STORED)
        z.write(tmp_path / "rapport.docx", "Rapportering 2072 - Agder fylkeskommune.docx")
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:'
                   'tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
                   'manifest:media-type="application/vnd.etsi.asic-e+zip"/></manifest:manifest>')
        z.writestr("META-INF/signatures0.xml", '<?xml version="1.0"?><asic:XAdESSignatures xmlns:asic="http://uri.etsi.'
                   'org/02918/v1.2.1#"><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo>'
                   '<ds:Reference URI="Rapportering%202072%20-%20Agder%20fylkeskommune.docx"/></ds:SignedInfo>'
                   '</ds:Signature></asic:XAdESSignatures>')
    out = tmp_path / "ut"
    result = CliRunner().invoke(app, ["run", str(inbox), "--out", str(out), "--history", str(tmp_path / "h.sqlite"),
                                      "--year", "2072", "--no-cache"])
    assert result.exit_code == 0, result.output
    files = [d["file"] for d in json.loads((out / "run.json").read_text(encoding="utf-8"))["documents"]]
    assert files == ["Agder_rapportering_2072.asice",
                     "Agder_rapportering_2072.asice/Rapportering 2072 - Agder fylkeskommune.docx"]
    assert "Kompetanseforum Agder" in (out / "register.csv").read_text(encoding="utf-8-sig")
