"""Hand-written ODF (files 05 ODT, 09 ODS, 12 ODT→PDF)."""
import io
import os
import tempfile
import zipfile

from .common import FIXED_ZIP_DT, FIXED_ISO, to_pdf_via_soffice
from .common import xml_escape as X
from .data import DELMAL, fill

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" ')


def _package(path, mimetype, content, styles, title, author):
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {NS} office:version="1.3"><office:meta>'
            f'<meta:generator>Rapportmal 4.2</meta:generator><dc:title>{X(title)}</dc:title>'
            f'<meta:initial-creator>{X(author)}</meta:initial-creator><dc:creator>{X(author)}</dc:creator>'
            f'<meta:creation-date>{FIXED_ISO[:-1]}</meta:creation-date><dc:date>{FIXED_ISO[:-1]}</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in [("mimetype", mimetype, zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


TEXT_STYLES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-styles {NS} office:version="1.3"><office:font-face-decls/>'
               '<office:styles><style:default-style style:family="paragraph">'
               '<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="nb" fo:country="NO"/>'
               '</style:default-style>'
               '<style:style style:name="Standard" style:family="paragraph">'
               '<style:paragraph-properties fo:margin-bottom="0.18cm"/></style:style>'
               '</office:styles>'
               '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
               'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
               'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>'
               '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
               '</office:master-styles></office:document-styles>')

AUTO = ('<office:automatic-styles>'
        '<style:style style:name="PT" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="PH" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>'
        '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="PD" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.3cm"/></style:style>'
        '<style:style style:name="PDT" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="TBL" style:family="table"><style:table-properties style:width="16.6cm" table:align="left"/></style:style>'
        '<style:style style:name="CL" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #999999"/></style:style>'
        '</office:automatic-styles>')


def _p(text, style="Standard"):
    return f'<text:p text:style-name="{style}">{X(text)}</text:p>'


def _text_doc(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-content {NS} office:version="1.3">{AUTO}'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')


# ---------------------------------------------------------------- 05 VOFO (definition list)
OMR = {1: "Hovedinnsatsområde 1 – Gode valg for den enkelte og for samfunnet",
       2: "Hovedinnsatsområde 2 – Læring i arbeidslivet",
       3: "Hovedinnsatsområde 3 – Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def write_vofo(fd, path):
    b = [_p("Voksenopplæringsforbundet (VOFO)", "PT"),
         _p("Årsrapportering 2065 til Kompetansepolitisk råd"),
         _p("VOFO er paraplyorganisasjon for studieforbundene. Nedenfor følger våre tiltak i 2065, ordnet etter "
            "hovedinnsatsområde. Delmål og type står i parentes etter hver beskrivelse.")]
    for o in (1, 2, 3):
        b.append(_p(OMR[o], "PH"))
        for r in [r for r in fd["rows"] if r["omr"] == o]:
            b.append(f'<text:p text:style-name="PDT">{X(r["tiltak"])}:</text:p>')
            extra = f"; ansvar: {r['ansv']}" if r["ansv"] else ""
            b.append(f'<text:p text:style-name="PD">{X(r["desc"])} '
                     f'<text:span text:style-name="TI">(delmål {r["dm"]}; {X(r["tw"])}{X(extra)})</text:span></text:p>')
    b.append(_p("Oslo, januar 2066"))
    b.append(_p("Generalsekretær, VOFO"))
    _package(path, "application/vnd.oasis.opendocument.text", _text_doc("".join(b)), TEXT_STYLES,
             "VOFO årsrapportering 2065", "VOFO")


# ---------------------------------------------------------------- 12 Rogaland (report chapter → PDF)
SECTIONS = {1: "4.1 Regional samordning og kunnskapsgrunnlag",
            2: "4.2 Kompetanse for omstilling",
            3: "4.3 Voksne og inkludering"}


def write_rogaland(fd, path):
    b = [_p("Rogaland fylkeskommune – Årsmelding 2065", "PT"),
         _p("Kapittel 4: Kompetanse og kvalifisering", "PH"),
         _p("Dette kapitlet er også fylkeskommunens rapport til Kompetansepolitisk råd for 2065. "
            "Underkapitlene følger fylkets egen regionale plan og ikke strategiens nummerering.")]
    for s in (1, 2, 3):
        b.append(_p(SECTIONS[s], "PH"))
        for r in [r for r in fd["rows"] if r["sec"] == s]:
            txt = fill(r)
            name = r["tiltak"]
            i = txt.index(name)
            b.append('<text:p text:style-name="Standard">' + X(txt[:i]) +
                     f'<text:span text:style-name="TB">{X(name)}</text:span>' + X(txt[i + len(name):]) + '</text:p>')
    b.append(_p("4.4 Nøkkeltall", "PH"))
    rows = [("Indikator", "2064", "2065"), ("Voksne i videregående opplæring", "3 410", "3 655"),
            ("Lærekontrakter", "2 180", "2 244"), ("Deltakere i karriereveiledning", "9 020", "9 870")]
    t = ['<table:table table:name="Nokkeltall" table:style-name="TBL">'
         '<table:table-column table:number-columns-repeated="3"/>']
    for row in rows:
        t.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="CL" office:value-type="string"><text:p>{X(c)}</text:p></table:table-cell>'
            for c in row) + "</table:table-row>")
    t.append("</table:table>")
    b.append("".join(t))
    b.append(_p("Kilde: fylkeskommunens fagsystemer."))
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, os.path.splitext(os.path.basename(path))[0] + ".odt")
        _package(src, "application/vnd.oasis.opendocument.text", _text_doc("".join(b)), TEXT_STYLES,
                 "Årsmelding 2065 kapittel 4", "Rogaland fylkeskommune")
        to_pdf_via_soffice(src, path)


# ---------------------------------------------------------------- 09 Viken (ODS)
SHEET_STYLES = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<office:document-styles {NS} office:version="1.3"><office:styles/></office:document-styles>')


def _cell(v, style=None):
    st = f' table:style-name="{style}"' if style else ""
    if v is None or v == "":
        return f"<table:table-cell{st}/>"
    return f'<table:table-cell{st} office:value-type="string"><text:p>{X(str(v))}</text:p></table:table-cell>'


def _ncell(n):
    return f'<table:table-cell office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell>'


def write_viken(fd, path):
    auto = ('<office:automatic-styles>'
            '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>'
            '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="5.5cm"/></style:style>'
            '<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>'
            '<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#c6e0b4"/>'
            '<style:text-properties fo:font-weight="bold"/></style:style>'
            '</office:automatic-styles>')
    hdr = ["Løpenr", "Delmål", "Tiltak", "Tiltakstype", "Ansvarlig", "Samarbeidspartnere", "Kort omtale", "Status"]
    rows = ["<table:table-row>" + _cell("Viken fylkeskommune – tiltak rapportert til Kompetansepolitisk råd, "
                                       "rapporteringsår 2065") + "</table:table-row>",
            "<table:table-row>" + _cell("") + "</table:table-row>",
            "<table:table-row>" + "".join(_cell(h, "hd") for h in hdr) + "</table:table-row>"]
    for i, r in enumerate(fd["rows"], 1):
        dm = "DM" + r["dm"]
        rows.append("<table:table-row>" + _ncell(i) + "".join(
            _cell(v) for v in [dm, r["tiltak"], r["tw"], r["ansv"], r["partners"], r["desc"], r["status"]])
            + "</table:table-row>")
    rows.append("<table:table-row>" + _cell("") + "</table:table-row>")
    rows.append("<table:table-row>" + _cell("Merknad:") + _cell(
        "Tiltak i regi av enkeltskoler er ikke tatt med. Se fanen «Delmål» for kodeliste.") + "</table:table-row>")
    cols = ('<table:table-column table:style-name="co1"/><table:table-column table:style-name="co1"/>'
            '<table:table-column table:style-name="co2"/><table:table-column table:style-name="co1"/>'
            '<table:table-column table:style-name="co2"/><table:table-column table:style-name="co2"/>'
            '<table:table-column table:style-name="co3"/><table:table-column table:style-name="co1"/>')
    s1 = f'<table:table table:name="Tiltak 2065">{cols}{"".join(rows)}</table:table>'
    rows2 = ["<table:table-row>" + _cell("Kode", "hd") + _cell("Delmål (kortform)", "hd") + "</table:table-row>"]
    for k, v in DELMAL.items():
        rows2.append("<table:table-row>" + _cell("DM" + k) + _cell(v) + "</table:table-row>")
    s2 = ('<table:table table:name="Delmål"><table:table-column table:style-name="co1"/>'
          f'<table:table-column table:style-name="co3"/>{"".join(rows2)}</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {NS} office:version="1.3">{auto}'
               f'<office:body><office:spreadsheet>{s1}{s2}</office:spreadsheet></office:body></office:document-content>')
    _package(path, "application/vnd.oasis.opendocument.spreadsheet", content, SHEET_STYLES,
             "Viken tiltak 2065", "Viken fylkeskommune")
