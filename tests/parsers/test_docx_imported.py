"""Word files a system writes: HTML imported as an altChunk (a case system's table), and a mail merge's letters, one
per measure, each a caption with the name over labelled lines and a closing."""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from parsers.registry import ParseOptions
from pipeline.extract import extract_document
from tiltak_core.records import Document

# As a case system writes it: HTML, no XML («<meta …>» unclosed) under a plain doctype; a cell's name in bold over
# its account after a line break.
CHUNK = """<!DOCTYPE html>
<html lang="nb"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table><tr><th>Nr</th><th>Tiltak og kort omtale</th><th>Delmål</th><th>Virkemiddel</th><th>Ansvarlig</th></tr>
<tr><td>1</td><td><b>LOs plass i Kompetansebehovsutvalget</b><br>LO bidro med innspill om behovet for fagarbeidere.</td>
<td>1.1</td><td>Rådsarbeid</td><td>LO</td></tr>
<tr><td>2</td><td><b>DigiTillit – kurs for tillitsvalgte</b><br>Tolv kurs om innføring av KI på arbeidsplassen.</td>
<td>2.1</td><td>Kurs</td><td>LO, organisasjonsavdelingen</td></tr>
</table></body></html>"""


def _with_chunk(path, content_type="text/html", blob=CHUNK.encode("utf-8")):
    document = docx.Document()
    document.add_heading("Rapportering til Kompetansepolitisk råd for 2071", 1)
    document.add_paragraph("LOs tiltak står i vedlegget nedenfor, slik de er registrert i saksbehandlingssystemet.")
    part = Part(PackURI("/word/afchunk1.htm"), content_type, blob, document.part.package)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), document.part.relate_to(part, RT.A_F_CHUNK))
    document.element.body.insert(len(document.element.body) - 1, chunk)  # before the section properties
    document.add_paragraph("Med vennlig hilsen LO")
    document.save(path)
    return path


def _rows(path, matchers):
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert result.rejection is None
    return [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig"), r.raw.get("beskrivelse"))
            for r in result.rows]


def test_html_imported_into_a_word_file_is_read_in_place(tmp_path, matchers):
    # Before, the file was refused for the HTML's «<!DOCTYPE html>», and the chunk was never read.
    assert _rows(_with_chunk(tmp_path / "LO rapportering 2071.docx"), matchers) == [
        ("LOs plass i Kompetansebehovsutvalget", "1.1", "LO", "LO bidro med innspill om behovet for fagarbeidere."),
        ("DigiTillit - kurs for tillitsvalgte", "2.1", "LO, organisasjonsavdelingen",
         "Tolv kurs om innføring av KI på arbeidsplassen.")]


def test_an_imported_part_of_another_kind_is_said_not_read(tmp_path, matchers):
    # An RTF imported so shows in Word; this reader does not read it, and says so rather than lose it quietly.
    path = _with_chunk(tmp_path / "LO rapportering 2071.docx", "application/rtf", b"{\\rtf1 Kurs for tillitsvalgte}")
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert any("importert fra en annen fil (application/rtf) og ble ikke lest" in w for w in result.warnings)


def test_a_mail_merges_letters_give_a_measure_each(tmp_path, matchers):
    # Before, the letters' closing lines counted against the labelled block, the caption stayed in the name,
    # «Ansvarleg eining» was read as a description and «Status: Planlagt 2072» was lost: no tiltak.
    document = docx.Document()
    for n, (name, code, unit, status) in enumerate([
            ("Kompetanseforum Vestland", "1.2", "Regional utvikling", "Gjennomført"),
            ("Fagbrev på jobb i Vestland", "2.5", "Fagopplæringskontoret", "Pågår"),
            ("Yrkesmessa i Bergen 2072", "2.3", "Opplæring og kompetanse", "Planlagt 2072")]):
        document.add_paragraph("Vestland fylkeskommune")
        document.add_paragraph(f"Vår ref.: 2072/1187-{n + 1}    Dato: 23.01.2072")
        document.add_heading(f"Melding om tiltak i 2071: {name}", 2)
        document.add_paragraph(f"Vestland fylkeskommune melder med dette inn tiltaket «{name}» til rapporteringa.")
        for label, value in [("Delmål i strategien", code), ("Type tiltak", "Nettverk"), ("Ansvarleg eining", unit),
                             ("Kort om tiltaket", "Fire møte i året."), ("Status", status)]:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{label}:").bold = True
            paragraph.add_run(f" {value}")
        for closing in ("Ta gjerne kontakt om noko er uklart.", "Med helsing", "Solveig Haugland"):
            document.add_paragraph(closing)
    path = tmp_path / "Vestland fylkeskommune – tiltaksbrev 2071 (fletta).docx"
    document.save(path)
    result = extract_document(Document(path, path.name, "docx", "x", path.stat().st_size), matchers, ParseOptions(), 10**8)
    assert [(r.raw.get("tiltak"), r.raw.get("delmal"), r.raw.get("ansvarlig")) for r in result.rows] == [
        ("Kompetanseforum Vestland", "1.2", "Regional utvikling"),
        ("Fagbrev på jobb i Vestland", "2.5", "Fagopplæringskontoret")]
    # The letter whose status plans it for the next year is set aside and said, not counted.
    assert [(s.text, "Planlagt 2072" in s.reason) for s in result.skipped] == [("Yrkesmessa i Bergen 2072", True)]
