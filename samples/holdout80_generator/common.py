"""Shared helpers for held-out round 80 (reporting year 2089; the reports are dated January 2090).

The general helpers (zip packages, LibreOffice conversion, python-docx and openpyxl layout, reading back) are those
of round 78 and are imported from there; what is particular to this round (dates, councils and joint measures, the
fixed PDF dates) is defined here."""
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
DEFAULT_OUT = ROOT / "samples" / "holdout80"

YEAR = 2089

COUNCILS = {"M01": "NFK", "M02": "FSR", "M03": "UHR-FSE", "M04": "RSA", "M05": "KBU", "M06": "SRY"}
COUNCIL_NAMES = {
    "NFK": "Nasjonalt forum for karriereveiledning",
    "FSR": "Nasjonalt fagskoleråd",
    "UHR-FSE": "UHR's fagstrategiske enheter, such as UHR-Helse og sosial and UHR-MNT",
    "RSA": "Råd for samarbeid med arbeidslivet, one per university or college",
    "KBU": "Kompetansebehovsutvalget",
    "SRY": "Samarbeidsrådet for yrkesopplæring and its faglige råd",
}
JOINT = {
    "J01": "Læringspulsen 2089 (felles spørreundersøkelse blant arbeidstakere om opplæring, læring i jobben og "
           "behov for etter- og videreutdanning, med utvalg fra LO-, YS- og Unio-forbundenes medlemmer)",
    "J02": "Fagbrevdagen 2089 (felles nasjonal dag i april der lærebedrifter i privat og offentlig sektor åpner "
           "dørene for elever, foreldre og voksne som vurderer fagbrev)",
    "J03": "Veiledningsbussen (felles mobil karriereveiledning som kjører til tettsteder uten karrieresenter, med "
           "veiledere fra karrieresentrene, studieforbundene og samiske institusjoner)",
    "J04": "Havvindskolen (felles kursprogram for fagarbeidere som skal arbeide med bunnfast og flytende havvind, "
           "med moduler på fagskoler og i bedriftene)",
    "J05": "Norsk i turnus (felles prosjekt der ansatte med kort botid i turnusarbeid i sykehus, sykehjem og "
           "hjemmetjenester får norskopplæring lagt inn i turnusen, med språkkontakter på avdelingene)",
    "J06": "Kompetansepasset (felles digital løsning der arbeidstakere samler og dokumenterer kompetanse fra "
           "arbeidslivet, med maler fra partene og HK-dir)",
}

WHEN = dt.datetime(2090, 1, 16, 11, 5, 0)          # the usual "last saved" moment of the round
ISO = "2090-01-16T11:05:00Z"
ZIP_DT = (2090, 1, 16, 11, 5, 0)


def zip80(entries, system: int = 0) -> bytes:
    return zip_entries(entries, when=ZIP_DT, system=system)


def repack80(data: bytes, patch=None, stored: tuple = ("mimetype",)) -> bytes:
    """An office package with the package dates (OOXML core.xml, ODF meta.xml) and the zip times of this round."""
    import zipfile
    fixed = repack(data, iso=ISO, stored=stored, patch=patch)
    with zipfile.ZipFile(io.BytesIO(fixed)) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    return zip80([(n, d, n not in stored) for n, d in parts])


def stable_pdf(src_bytes: bytes, suffix: str) -> bytes:
    """A LibreOffice PDF export made repeatable by round 78's helper (retried until two exports agree; /ID and
    /DocChecksum fixed), with the fixed moment moved to this round's: the dates are rewritten in place."""
    from samples.holdout78_generator.common import stable_pdf as stable78
    data = stable78(src_bytes, suffix)
    out = data.replace(b"(D:20990114134000", b"(D:" + WHEN.strftime("%Y%m%d%H%M%S").encode())
    assert len(out) == len(data) and b"(D:2099" not in out
    return out


def docx_bytes(document, author: str, created=dt.datetime(2090, 1, 13, 9, 40, 0), modified=WHEN) -> bytes:
    cp = document.core_properties
    cp.author = cp.last_modified_by = author
    cp.created, cp.modified = created, modified
    cp.revision = 2
    buf = io.BytesIO()
    document.save(buf)
    return repack80(buf.getvalue())


def xlsx_bytes(wb, creator: str, created=dt.datetime(2090, 1, 12, 13, 30, 0), modified=WHEN) -> bytes:
    wb.properties.creator = wb.properties.lastModifiedBy = creator
    wb.properties.created, wb.properties.modified = created, modified
    buf = io.BytesIO()
    wb.save(buf)
    return repack80(buf.getvalue())


FUTURE = re.compile(r"(?<!\d)(2[1-9]\d\d)(?!\d)")


def no_late_years(text: str) -> list[str]:
    """Four-digit numbers that read as a year of 2100 or later."""
    return FUTURE.findall(text)
