"""Fagskolerådet: a spreadsheet kept since the early 2000s in the OpenOffice.org 1.x Calc format (.sxc): a zip with
a stored «mimetype» application/vnd.sun.xml.calc first, content.xml / styles.xml / meta.xml in the
http://openoffice.org/2000/* namespaces (table:value-type, office:class="spreadsheet") and a DOCTYPE'd manifest.
One sheet: a title row, a blank row, header Tiltak / Mål (nr.) / Kategori / Ansvar / Partnere / Omtale. The NFK seat
named by the fagskoler's representative. The trap is Fagskolerådet's own report presented to the forum. A conference
held every second year (last in 2088, next in 2090)."""
from __future__ import annotations

import zipfile

from .common import ARR, FOU, KURS, RAD, row, write_zip, xml_esc

FILENAME = "Fagskolerådet tiltak 2089.sxc"
MEMBER = "Fagskolerådet"
FORMAT = ("OpenOffice.org 1.x Calc spreadsheet (.sxc, hand-written): zip with a stored 'mimetype' "
          "(application/vnd.sun.xml.calc) first, content.xml, styles.xml and meta.xml in the http://openoffice.org/2000/* "
          "namespaces, META-INF/manifest.xml with the OpenOffice.org manifest DOCTYPE; fixed timestamps")
SHAPE = ("ordinary one-sheet list in the old OpenOffice.org Calc format: title in A1, header on row 3 Tiltak / Mål "
         "(nr.) / Kategori / Ansvar / Partnere / Omtale; delmål as a plain code; Fagskolerådet's kind words "
         "(Forumplass, Rapport, Nettkurs, Fagskoledag, Nettverk, Konferanse); partners joined with «og»; the NFK seat "
         "named «Fagskolenes representant i Nasjonalt forum for karriereveiledning»; a conference held every second "
         "year")
NOT_TRUTH = ("the title, the header, the Mål (nr.) and Kategori cells, the row 'Fagskolekonferansen' (every second "
             "year: last in 2088, next in 2090), the note row under the table")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Mål (nr.)", "Kategori", "Ansvar", "Partnere", "Omtale"]
ROWS = [
    ("Fagskolenes representant i Nasjonalt forum for karriereveiledning", "1.3", "Forumplass", "Fagskolerådet", "",
     "Fagskolerådet har fagskolenes plass i forumet. Vi har arbeidet for at karriereveiledere skal kjenne "
     "fagskoletilbudene.", "", "M01", "1.3", RAD),
    ("Rapport om fagskolene i karriereveiledningen", "1.3", "Rapport", "Fagskolerådet", "NIFU",
     "Rapporten viser at få veiledere i Nav og i skolen kjenner fagskolene. Den ble lagt fram for Nasjonalt forum "
     "for karriereveiledning, men er Fagskolerådets egen og er ikke en del av forumets arbeid.", "", None, "1.3",
     FOU),
    ("Digital grunnmur – fagskolenes del", "2.1", "Nettkurs", "Fagskolen Innlandet", "UHR og Virke",
     "Fagskolene laget de tre første modulene i Digital grunnmur og har brukt dem i egne tilbud for voksne.",
     "UHR, Virke", "J05", "2.1", KURS),
    ("Fagskoledagen i Innlandet", "1.4", "Fagskoledag", "Fagskolen Innlandet", "NHO Innlandet og LO i Innlandet",
     "Bedrifter og fagskolestudenter møttes på Gjøvik for å snakke om praksis og prosjektoppgaver. 400 deltakere.",
     "NHO Innlandet, LO i Innlandet", None, "1.4", ARR),
    ("Nettverk for fagskolenes arbeidslivskontakter", "1.4", "Nettverk", "Fagskolerådet", "",
     "Et nettverk der de som har kontakten med arbeidslivet ved hver fagskole, deler erfaringer. Fire samlinger.",
     "", None, "1.4", RAD),
    ("Fagskolekonferansen", "2.4", "Konferanse", "Fagskolerådet", "",
     "Holdes annethvert år; sist i 2088 og neste gang i 2090.", "", "", "", None),
]

NS = ('xmlns:office="http://openoffice.org/2000/office" xmlns:style="http://openoffice.org/2000/style" '
      'xmlns:text="http://openoffice.org/2000/text" xmlns:table="http://openoffice.org/2000/table" '
      'xmlns:draw="http://openoffice.org/2000/drawing" xmlns:fo="http://www.w3.org/1999/XSL/Format" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="http://openoffice.org/2000/meta" xmlns:number="http://openoffice.org/2000/datastyle" '
      'xmlns:svg="http://www.w3.org/2000/svg" xmlns:chart="http://openoffice.org/2000/chart" '
      'xmlns:dr3d="http://openoffice.org/2000/dr3d" xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:form="http://openoffice.org/2000/form" xmlns:script="http://openoffice.org/2000/script"')


def _cell(v, style=None):
    if not v:
        return "<table:table-cell/>"
    st = f' table:style-name="{style}"' if style else ""
    return f'<table:table-cell{st} table:value-type="string"><text:p>{xml_esc(v)}</text:p></table:table-cell>'


def _content() -> str:
    widths = ["6.2cm", "1.6cm", "2.4cm", "3.4cm", "4.2cm", "9.5cm"]
    auto = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:properties '
                   f'style:column-width="{w}" fo:break-before="auto"/></style:style>' for i, w in enumerate(widths))
    auto += ('<style:style style:name="ro1" style:family="table-row"><style:properties fo:break-before="auto" '
             'style:use-optimal-row-height="true"/></style:style>'
             '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
             '<style:properties table:display="true"/></style:style>'
             '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
             '<style:properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
             '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
             '<style:properties fo:background-color="#cccccc" fo:font-weight="bold" fo:wrap-option="wrap"/>'
             '</style:style>'
             '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
             '<style:properties fo:wrap-option="wrap" fo:vertical-align="top"/></style:style>')
    cols = "".join(f'<table:table-column table:style-name="co{i}" table:default-cell-style-name="ce3"/>'
                   for i in range(6))
    rws = [f'<table:table-row table:style-name="ro1">{_cell("Fagskolerådet – tiltak i 2089", "ce1")}'
           '<table:table-cell table:number-columns-repeated="5"/></table:table-row>',
           '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="6"/>'
           '</table:table-row>',
           '<table:table-row table:style-name="ro1">' + "".join(_cell(h, "ce2") for h in HEAD) + "</table:table-row>"]
    for name, dmc, kind, ans, med, desc, _p, _s, _d, _t in ROWS:
        rws.append('<table:table-row table:style-name="ro1">'
                   + "".join(_cell(v, "ce3") for v in (name, dmc, kind, ans, med, desc)) + "</table:table-row>")
    rws.append('<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="6"/>'
               '</table:table-row>')
    rws.append(f'<table:table-row table:style-name="ro1">'
               f'{_cell("Fylt ut av sekretariatet i Fagskolerådet 12.01.2090")}'
               '<table:table-cell table:number-columns-repeated="5"/></table:table-row>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
            '"office.dtd">'
            f'<office:document-content {NS} office:class="spreadsheet" office:version="1.0">'
            '<office:script/><office:font-decls><style:font-decl style:name="Arial" fo:font-family="Arial" '
            f'style:font-pitch="variable"/></office:font-decls><office:automatic-styles>{auto}'
            '</office:automatic-styles><office:body><table:table table:name="Tiltak 2089" table:style-name="ta1">'
            f'{cols}{"".join(rws)}</table:table></office:body></office:document-content>\n')


def _styles() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE office:document-styles PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">'
            f'<office:document-styles {NS} office:version="1.0"><office:font-decls><style:font-decl '
            'style:name="Arial" fo:font-family="Arial" style:font-pitch="variable"/></office:font-decls>'
            '<office:styles><style:default-style style:family="table-cell"><style:properties '
            'style:font-name="Arial" fo:language="no" fo:country="NO"/></style:default-style>'
            '<style:style style:name="Default" style:family="table-cell"/></office:styles>'
            '<office:automatic-styles><style:page-master style:name="pm1"><style:properties '
            'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"/></style:page-master>'
            '</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
            'style:page-master-name="pm1"/></office:master-styles></office:document-styles>\n')


def _meta() -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE office:document-meta PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">'
            f'<office:document-meta {NS} office:version="1.0"><office:meta>'
            '<meta:generator>OpenOffice.org 1.1.5 (Win32)</meta:generator>'
            '<meta:initial-creator>Fagskolerådet</meta:initial-creator>'
            '<meta:creation-date>2090-01-12T10:14:00</meta:creation-date>'
            '<dc:creator>Fagskolerådet</dc:creator><dc:date>2090-01-12T14:40:00</dc:date>'
            '<dc:language>no-NO</dc:language><meta:editing-cycles>4</meta:editing-cycles>'
            '<meta:document-statistic meta:table-count="1" meta:cell-count="52"/></office:meta>'
            '</office:document-meta>\n')


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">\n'
            '<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">\n'
            ' <manifest:file-entry manifest:media-type="application/vnd.sun.xml.calc" manifest:full-path="/"/>\n'
            ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="content.xml"/>\n'
            ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/>\n'
            ' <manifest:file-entry manifest:media-type="text/xml" manifest:full-path="meta.xml"/>\n'
            '</manifest:manifest>\n')


def build(out) -> list[dict]:
    write_zip(out / FILENAME, [("mimetype", "application/vnd.sun.xml.calc", False), ("content.xml", _content(), True),
                               ("styles.xml", _styles(), True), ("meta.xml", _meta(), True),
                               ("META-INF/manifest.xml", MANIFEST, True)])
    rows = []
    for name, dmc, kind, ans, med, desc, partners, seed, dm, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, partners, desc))
    return rows


def text(path) -> str:
    import re
    with zipfile.ZipFile(path) as z:
        data = z.read("content.xml").decode("utf-8")
    data = re.sub(r"<!DOCTYPE[^>]*>", "", data)
    paras = re.findall(r"<text:p>(.*?)</text:p>", data)
    return "\n".join(p.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                     for p in paras)
