"""Shared helpers for held-out round 81 (reporting year 2091; the reports are dated January 2092).

The general helpers (zip packages, LibreOffice conversion, python-docx and openpyxl layout, reading back) are those
of round 78 and are imported from there; what is particular to this round (dates, councils and joint measures, the
fixed PDF dates, Word footnotes, coloured runs) is defined here."""
from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from samples.holdout78_generator.common import (  # noqa: F401
    ARR, DELMAL, FOU, INFO, KURS, MEMBERS, PROSJEKT, RAD, TRUTH_HEADER, TYPES, docx_all_text, is_member,
    lines_needed, new_docx, norm, one, pdf_cells, pdf_text, repack, row, ruled_table, runs, shade, sheet_rows,
    xlsx_all_text, xml_esc, zip_entries)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout81"

YEAR = 2091

COUNCILS = {"M01": "RSA", "M02": "SRY", "M03": "KBU", "M04": "FSR", "M05": "NFK", "M06": "UHR-FSE"}
COUNCIL_NAMES = {
    "RSA": "Råd for samarbeid med arbeidslivet, one per university or college",
    "SRY": "Samarbeidsrådet for yrkesopplæring and its faglige råd",
    "KBU": "Kompetansebehovsutvalget",
    "FSR": "Nasjonalt fagskoleråd",
    "NFK": "Nasjonalt forum for karriereveiledning",
    "UHR-FSE": "UHR's fagstrategiske enheter, such as UHR-Lærerutdanning and UHR-Medisin og helse",
}
JOINT = {
    "J01": "Praksisbrua (felles forsøk der ledige voksne får praksisplass i bedrift og opplæring mot fagbrev i samme "
           "løp, med NAV, fylkeskommunene, bedriftene og tillitsvalgte)",
    "J02": "Kompetansebarometeret 2091 (felles spørreundersøkelse om opplæring, kompetansebehov og videreutdanning "
           "blant arbeidstakere og virksomheter, med utvalg fra YS-forbundene, Akademikerne-foreningene og Virkes "
           "medlemmer)",
    "J03": "Karrieredøgnet 2091 (felles døgn i november med gratis karriereveiledning på chat, telefon og i "
           "karrieresentre, med studieforbundene og samiske veiledere)",
    "J04": "Grønn fagskole (felles modulbasert etterutdanning for fagarbeidere i elektrifisering og "
           "energieffektivisering, med moduler på fagskoler og praksis i bedrift)",
    "J05": "Språkløypa (felles prosjekt der ansatte med kort botid i helse og omsorg får norskopplæring i "
           "arbeidstiden, med språkveiledere på avdelingene)",
    "J06": "Digitalt grunnløft (felles kursrekke i digitale ferdigheter for ansatte i handel, kontor og små "
           "virksomheter)",
}

WHEN = dt.datetime(2092, 1, 15, 10, 20, 0)          # the usual "last saved" moment of the round
ISO = "2092-01-15T10:20:00Z"
ZIP_DT = (2092, 1, 15, 10, 20, 0)


def zip81(entries, system: int = 0) -> bytes:
    return zip_entries(entries, when=ZIP_DT, system=system)


def repack81(data: bytes, patch=None, stored: tuple = ("mimetype",)) -> bytes:
    """An office package with the package dates (OOXML core.xml, ODF meta.xml) and the zip times of this round."""
    import zipfile
    fixed = repack(data, iso=ISO, stored=stored, patch=patch)
    with zipfile.ZipFile(io.BytesIO(fixed)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    return zip81([(n, d, n not in stored) for n, d in parts])


def stable_pdf(src_bytes: bytes, suffix: str) -> bytes:
    """A LibreOffice PDF export made repeatable by round 78's helper (retried until two exports agree; /ID and
    /DocChecksum fixed), with the fixed moment moved to this round's: the dates are rewritten in place."""
    from samples.holdout78_generator.common import stable_pdf as stable78
    data = stable78(src_bytes, suffix)
    out = data.replace(b"(D:20990114134000", b"(D:" + WHEN.strftime("%Y%m%d%H%M%S").encode())
    assert len(out) == len(data) and b"(D:2099" not in out
    return out


def docx_bytes(document, author: str, created=dt.datetime(2092, 1, 12, 9, 10, 0), modified=WHEN,
               patch=None) -> bytes:
    cp = document.core_properties
    cp.author = cp.last_modified_by = author
    cp.created, cp.modified = created, modified
    cp.revision = 3
    buf = io.BytesIO()
    document.save(buf)
    return repack81(buf.getvalue(), patch=patch)


def xlsx_bytes(wb, creator: str, created=dt.datetime(2092, 1, 9, 14, 0, 0), modified=WHEN) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created, wb.properties.modified = created, modified
    buf = io.BytesIO()
    wb.save(buf)
    return repack81(buf.getvalue())


# ---------------------------------------------------------------- Word footnotes (python-docx has none)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def add_footnote_ref(paragraph, number: int) -> None:
    """A superscript footnote reference run for footnote `number` at the end of the paragraph."""
    from docx.oxml import parse_xml
    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{number}"/></w:r>'))


def attach_footnotes(document, notes: list[str], size_half_points: int = 16) -> None:
    """Add word/footnotes.xml (separator, continuation separator and the notes 1..n) to the document package."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    def note(i: int, text: str) -> str:
        sz = f'<w:sz w:val="{size_half_points}"/>'
        return (f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/>{sz}</w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr>{sz}</w:rPr><w:t xml:space="preserve"> {xml_esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           + "".join(note(i, t) for i, t in enumerate(notes, 1)) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, FOOTNOTES_RT)


FUTURE = re.compile(r"(?<!\d)(2[1-9]\d\d)(?!\d)")


def no_late_years(text: str) -> list[str]:
    """Four-digit numbers that read as a year of 2100 or later."""
    return FUTURE.findall(text)
