"""Shared helpers for held-out round 79 (reporting year 2099; the reports are dated January 2100).

The general helpers (zip packages, LibreOffice conversion, python-docx and openpyxl layout, reading back) are those
of round 78 and are imported from there; what is particular to this round (dates, ids, councils and joint
measures, the fixed PDF dates) is defined here."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

# Round 78's general helpers, and its constants that are the same in every round (the truth columns, the six
# types, the sixteen delmål, the members and the truth row), re-exported for the file modules.
from samples.holdout78_generator.common import (  # noqa: F401
    ARR, DELMAL, FOU, INFO, KURS, MEMBERS, PROSJEKT, RAD, TRUTH_HEADER, TYPES, docx_all_text, is_member,
    lines_needed, new_docx, norm, one, pdf_cells, pdf_text, repack, row, ruled_table, runs, shade, sheet_rows,
    xlsx_all_text, xml_esc, zip_entries)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "samples" / "holdout79"

YEAR = 2099

COUNCILS = {"M01": "SRY", "M02": "RSA", "M03": "KBU", "M04": "FSR", "M05": "NFK", "M06": "UHR-FSE"}
COUNCIL_NAMES = {
    "SRY": "Samarbeidsrådet for yrkesopplæring and its faglige råd",
    "RSA": "Råd for samarbeid med arbeidslivet, one per university or college",
    "KBU": "Kompetansebehovsutvalget",
    "FSR": "Nasjonalt fagskoleråd",
    "NFK": "Nasjonalt forum for karriereveiledning",
    "UHR-FSE": "UHR's fagstrategiske enheter, such as UHR-Lærerutdanning",
}
JOINT = {
    "J01": "Læringsbarometeret 2099 (felles spørreundersøkelse om læring, opplæring og kompetansebehov i "
           "virksomhetene, med utvalg fra NHOs, Virkes og KS' medlemmer)",
    "J02": "Voksenløftet (felles informasjonskampanje for voksne som vil fullføre videregående opplæring eller ta "
           "fagbrev, med annonser, filmer og informasjonsmøter)",
    "J03": "Karriereuka 2099 (felles nasjonal uke i oktober med åpne, gratis veiledningssamtaler hos "
           "karriereveiledere, studiesteder og studieforbund)",
    "J04": "Batteriskolen (felles kursprogram for fagarbeidere i batteriproduksjon og kraftelektronikk, med moduler "
           "på fagskoler og i bedriftene)",
    "J05": "Språksporet (felles prosjekt der ansatte med kort botid i barnehager, sykehjem og sykehus får "
           "norskopplæring på arbeidsplassen, med språkombud på avdelingene)",
    "J06": "Praksisbanken (felles nettjeneste der studenter og virksomheter finner hverandre for praksisplasser)",
}

WHEN = dt.datetime(2100, 1, 15, 10, 20, 0)          # the usual "last saved" moment of the round
ISO = "2100-01-15T10:20:00Z"
ZIP_DT = (2100, 1, 15, 10, 20, 0)


def zip79(entries, system: int = 0) -> bytes:
    return zip_entries(entries, when=ZIP_DT, system=system)


def repack79(data: bytes, patch=None, stored: tuple = ("mimetype",)) -> bytes:
    """An office package with the package dates (OOXML core.xml, ODF meta.xml) and the zip times of this round."""
    import zipfile
    fixed = repack(data, iso=ISO, stored=stored, patch=patch)
    with zipfile.ZipFile(io.BytesIO(fixed)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    return zip79([(n, d, n not in stored) for n, d in parts])


# ---------------------------------------------------------------- LibreOffice PDF with fixed dates
def stable_pdf(src_bytes: bytes, suffix: str) -> bytes:
    """A LibreOffice PDF export made repeatable by round 78's helper (retried until two exports agree; /ID and
    /DocChecksum fixed), with the fixed moment moved to this round's: the dates are rewritten in place."""
    from samples.holdout78_generator.common import stable_pdf as stable78
    data = stable78(src_bytes, suffix)
    out = data.replace(b"(D:20990114134000", b"(D:" + WHEN.strftime("%Y%m%d%H%M%S").encode())
    assert len(out) == len(data) and b"(D:2099" not in out
    return out


def docx_bytes(document, author: str, created=dt.datetime(2100, 1, 12, 8, 55, 0), modified=WHEN) -> bytes:
    cp = document.core_properties
    cp.author = cp.last_modified_by = author
    cp.created, cp.modified = created, modified
    cp.revision = 3
    buf = io.BytesIO()
    document.save(buf)
    return repack79(buf.getvalue())


def xlsx_bytes(wb, creator: str, created=dt.datetime(2100, 1, 11, 14, 5, 0), modified=WHEN) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created, wb.properties.modified = created, modified
    buf = io.BytesIO()
    wb.save(buf)
    return repack79(buf.getvalue())
