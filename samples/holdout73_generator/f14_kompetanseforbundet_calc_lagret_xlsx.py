"""Kompetanseforbundet: an ordinary spreadsheet kept in LibreOffice Calc and saved as an Excel workbook («Excel
2007–365», .xlsx, written by LibreOffice's own filter, not by Excel or openpyxl), from a hand-written ODS. The first
column holds the delmål as «1.3 Karriereveiledning» in cells merged down over the rows that share it. The trap is the
member's own translation of the joint digital service, right under it and named after it. A day moved to February
2094 is told only in words."""
from __future__ import annotations

import re

from .common import INFO, KURS, RAD, lo_convert, odf_meta, row, write_odf, xlsx_text, xml_esc, ODF_NS

FILENAME = "Kompetanseforbundet tiltaksoversikt 2093.xlsx"
MEMBER = "Kompetanseforbundet"
FORMAT = ("XLSX written by LibreOffice Calc («Calc Office Open XML», Excel 2007–365) from a hand-written ODS with "
          "merged cells; core dates fixed and zip timestamps normalised")
SHAPE = ("ordinary spreadsheet: a title in row 1 and a line in row 2, header on row 3 Delmål / Tiltak / Form / Ansvar / "
         "Sammen med / Om tiltaket; the delmål as «1.3 Karriereveiledning» in the first column, merged down over the "
         "rows that share it (two, two, one and two rows); Kompetanseforbundet's kind words (Forumverv, "
         "Sertifiseringskurs, Observatør, Fagdag, Fagnettverk, Digital tjeneste, Oversettelse); the FSR seat named "
         "«Kompetanseforbundet i Nasjonalt fagskoleråd (uten stemmerett)»; the member's own translation of the joint "
         "service right under it; a day moved to February 2094 told only in words")
NOT_TRUTH = ("the title and the line under it, the header, the merged Delmål cells and the Form cells, the row 'Fagdag "
             "for veiledere i fagskolene' (moved to February 2094, not held in 2093)")
SPLIT_FIELDS = ("samarbeidspartnere",)

KF = "Kompetanseforbundet"
HEAD = ["Delmål", "Tiltak", "Form", "Ansvar", "Sammen med", "Om tiltaket"]
# (delmål label, code, [rows]) ; row = (name, form, ansvar, partners, text, seed, type)
GROUPS = [
    ("1.3 Karriereveiledning", "1.3", [
        ("Arbeidsutvalget i Nasjonalt forum for karriereveiledning", "Forumverv", KF, "",
         "Forbundet leder arbeidsutvalget som forbereder forumets møter. I 2093 la utvalget fram forslag til nasjonale "
         "kompetansekrav for karriereveiledere.", "M01", RAD),
        ("Sertifisering av karriereveiledere", "Sertifiseringskurs", KF, "Høgskolen i Innlandet",
         "Kurs og eksamen for veiledere som vil bli sertifisert etter forbundets kvalitetsstandard. 75 veiledere ble "
         "sertifisert.", None, KURS),
    ]),
    ("2.4 Relevant etter- og videreutdanning", "2.4", [
        ("Kompetanseforbundet i Nasjonalt fagskoleråd (uten stemmerett)", "Observatør", KF, "",
         "Forbundet deltar i rådets møter med talerett, men uten stemmerett, og har særlig fulgt arbeidet med "
         "fagskoletilbud for voksne i jobb.", "M05", RAD),
        ("Fagdag for veiledere i fagskolene", "Fagdag", KF, "Fagskolerådet",
         "Fagdagen er flyttet til februar 2094 og ble ikke holdt i 2093.", "", None),
    ]),
    ("2.5 Realkompetanse", "2.5", [
        ("Nettverk for realkompetansevurderere", "Fagnettverk", KF, "fylkeskommunene, HK-dir",
         "Nettverk for dem som vurderer realkompetanse i fylkeskommunene og på fagskolene. To samlinger og en digital "
         "erfaringsbank.", None, RAD),
    ]),
    ("2.6 Godkjenning av utenlandsk utdanning", "2.6", [
        ("Godkjenningsveiviseren", "Digital tjeneste", KF, "HK-dir, Unio",
         "Forbundet skrev veiledningstekstene om realkompetanse og kompletterende utdanning i den felles tjenesten, som "
         "ble lansert i mars.", "J06", INFO),
        ("Godkjenningsveiviseren på engelsk og ukrainsk", "Oversettelse", KF, "",
         "Forbundet oversatte tjenestens veiledningstekster til engelsk og ukrainsk. Oversettelsen er vårt eget "
         "tiltak, finansiert av forbundet, og er ikke en del av fellestjenesten.", None, INFO),
    ]),
]
WIDTHS = [4.2, 6.4, 3.0, 3.6, 4.2, 10.0]


def _cell(v, style="ce_cell", extra=""):
    if v is None:
        return f'<table:table-cell table:style-name="{style}"{extra}/>'
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string" calcext:value-type="string"'
            f'{extra}><text:p>{xml_esc(v)}</text:p></table:table-cell>')


def _ods() -> bytes:
    import tempfile
    from pathlib import Path
    ns = ODF_NS.replace('office:version="1.3"', 'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:'
                        'xmlns:calcext:1.0" office:version="1.3"')
    cols = "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="ce_cell"/>'
                   for i in range(len(WIDTHS)))
    body = [f'<table:table-row>{_cell("Kompetanseforbundet – tiltaksoversikt 2093", "ce_title")}</table:table-row>',
            f'<table:table-row>{_cell("Til Kompetansepolitisk råd. Oppdatert 11.01.2094 av Anne Lise Haug.", "ce_note")}'
            '</table:table-row>',
            "<table:table-row>" + "".join(_cell(h, "ce_head") for h in HEAD) + "</table:table-row>"]
    for label, _code, items in GROUPS:
        for k, (name, form, ans, partners, txt, _seed, _ty) in enumerate(items):
            if k == 0:
                first = _cell(label, "ce_cell", f' table:number-rows-spanned="{len(items)}" '
                              'table:number-columns-spanned="1"')
            else:
                first = '<table:covered-table-cell table:style-name="ce_cell"/>'
            body.append('<table:table-row table:style-name="ro_auto">' + first +
                        "".join(_cell(v or None) for v in (name, form, ans, partners, txt)) + "</table:table-row>")
    auto = ("".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties '
                    f'fo:break-before="auto" style:column-width="{w}cm"/></style:style>' for i, w in enumerate(WIDTHS))
            + '<style:style style:name="ro_auto" style:family="table-row"><style:table-row-properties '
              'style:use-optimal-row-height="true" fo:break-before="auto"/></style:style>'
            '<style:style style:name="ce_cell" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" '
            'fo:border="0.06pt solid #808080"/></style:style>'
            '<style:style style:name="ce_head" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:background-color="#fce4d6" fo:border="0.06pt solid #808080"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ce_title" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="ce_note" style:family="table-cell" style:parent-style-name="Default">'
            '<style:text-properties fo:font-style="italic"/></style:style>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ns}><office:automatic-styles>{auto}</office:automatic-styles>'
               '<office:body><office:spreadsheet><table:table table:name="Oversikt 2093">'
               f'{cols}{"".join(body)}</table:table></office:spreadsheet></office:body></office:document-content>\n')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {ns}><office:styles><style:style style:name="Default" '
              'style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" '
              'fo:font-size="10pt" fo:language="nb" fo:country="NO"/></style:style></office:styles>'
              '</office:document-styles>\n')
    tmp = Path(tempfile.mkdtemp(prefix="h73_ods_"))
    try:
        p = tmp / "k.ods"
        write_odf(p, "application/vnd.oasis.opendocument.spreadsheet", content, styles,
                  odf_meta("Kompetanseforbundet – tiltaksoversikt 2093", "Anne Lise Haug", "2094-01-11T10:45:00"))
        return p.read_bytes()
    finally:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)


_CORE_DATE = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def build(out) -> list[dict]:
    from .common import rezip_fixed
    data = lo_convert(_ods(), ".ods", "xlsx:Calc Office Open XML", "xlsx")
    data = rezip_fixed(data, {"docProps/core.xml": lambda d: _CORE_DATE.sub(rb"\g<1>2094-01-11T10:45:00Z\g<2>", d)})
    (out / FILENAME).write_bytes(data)
    rows = []
    for _label, code, items in GROUPS:
        for name, _form, ans, partners, txt, seed, ty in items:
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, code, ty, ans, partners, txt))
    return rows


def text(path) -> str:
    return xlsx_text(path)
