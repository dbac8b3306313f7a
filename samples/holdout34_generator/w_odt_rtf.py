"""Hand-built ODT (Vestland, Nynorsk, table without header row) and RTF (Sametinget,
numbered key/value blocks)."""
import os
import zipfile
from xml.sax.saxutils import escape as esc

from .common import DELMAL, ZIP_TIME
from .data_b import VESTLAND, SAMETINGET

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'office:version="1.2"')

NN_DELMAL = {
    "1.2": "Regionalt folkevald nivå sitt kompetansepolitiske ansvar",
    "1.3": "Karriererettleiing",
    "2.3": "Karrieremoglegheiter i yrkesfagleg utdanning",
    "3.1": "Fleksibel opplæring på premissane til vaksne",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
}

AUTO = """<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="25.5cm" table:align="left"/></style:style>
<style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="4.3cm"/></style:style>
<style:style style:name="ColC" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="ColD" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
<style:style style:name="ColE" style:family="table-column"><style:table-column-properties style:column-width="4.0cm"/></style:style>
<style:style style:name="ColF" style:family="table-column"><style:table-column-properties style:column-width="8.4cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #7f7f7f"/></style:style>
<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="PI" style:family="paragraph"><style:text-properties fo:font-style="italic" fo:font-size="9pt"/></style:style>
</office:automatic-styles>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>
<style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="nn" fo:country="NO"/></style:default-style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph">
<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin="1.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>"""

META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta>
<meta:generator>Vestland fylkeskommune – dokumentmal 2054</meta:generator>
<dc:title>Rapportering til Kompetansepolitisk råd 2054</dc:title>
<meta:initial-creator>Seksjon for kompetanse</meta:initial-creator>
<dc:creator>Seksjon for kompetanse</dc:creator>
<meta:creation-date>2055-01-18T10:00:00</meta:creation-date>
<dc:date>2055-01-18T10:00:00</dc:date>
<dc:language>nn-NO</dc:language>
</office:meta></office:document-meta>"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _p(text, style=None):
    st = f' text:style-name="{style}"' if style else ""
    return f"<text:p{st}>{esc(text)}</text:p>"


def write_vestland(out):
    name = "Vestland_fylkeskommune_rapport_2054.odt"
    body = [
        '<text:h text:style-name="Heading_20_1" text:outline-level="1">'
        "Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2054</text:h>",
        _p("Bergen, 18. januar 2055", "PI"),
        _p("Vestland fylkeskommune rapporterer med dette om tiltak i 2054 under Nasjonal "
           "kompetansepolitisk strategi. Tabellen har desse kolonnane: delmål, namn på tiltaket, "
           "type tiltak, ansvarleg eining, samarbeidspartnarar og kort skildring."),
        '<table:table table:name="Tiltak" table:style-name="Tbl">',
    ]
    for col in "ABCDEF":
        body.append(f'<table:table-column table:style-name="Col{col}"/>')
    for x in VESTLAND:
        cells = [f"{x['d']} {NN_DELMAL[x['d']]}", x["t"], x["tw"], x["a"], x["p"], x["b"]]
        body.append("<table:table-row>")
        for i, v in enumerate(cells):
            style = "PB" if i == 1 else "PS"
            inner = _p(v, style) if v else "<text:p/>"
            body.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                        f"{inner}</table:table-cell>")
        body.append("</table:table-row>")
    body.append("</table:table>")
    body += [
        _p(""),
        _p("Fylkeskommunen er i tillegg med i fleire nasjonale og regionale nettverk som ikkje er "
           "rapporterte særskilt her."),
        _p("Med helsing"),
        _p("Ragnhild Eide Mjelde, seksjonsleiar, Seksjon for kompetanse"),
    ]
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{AUTO}'
               f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
               f"</office:document-content>")
    path = os.path.join(out, name)
    with zipfile.ZipFile(path, "w") as z:
        for fname, data in (("mimetype", "application/vnd.oasis.opendocument.text"),
                            ("META-INF/manifest.xml", MANIFEST), ("content.xml", content),
                            ("styles.xml", STYLES), ("meta.xml", META)):
            zi = zipfile.ZipInfo(fname, date_time=ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if fname == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return dict(file=name, member="Vestland fylkeskommune", rows=VESTLAND,
                shape="odt (hand-built), Nynorsk, landscape; table with NO header row – columns "
                      "explained only in the intro sentence")


def _rtf(text):
    outp = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            outp.append("\\" + ch)
        elif o < 128:
            outp.append(ch)
        else:
            outp.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(outp)


def write_sametinget(out):
    name = "Sametinget_rapportering_2054.rtf"
    L = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}}",
         r"{\info{\title " + _rtf("Sametinget – rapportering 2054") + r"}{\author Sametinget}"
         r"{\creatim\yr2055\mo1\dy16\hr9\min0}{\revtim\yr2055\mo1\dy16\hr9\min0}}",
         r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418\f0\fs24",
         r"\pard\qr\f1\fs20 " + _rtf("Sámediggi – Sametinget") + r"\par",
         r"\pard\qr " + _rtf("Kárášjohka/Karasjok, 16. januar 2055") + r"\par\pard\par",
         r"\pard\f1\fs30\b " + _rtf("Rapportering til Kompetansepolitisk råd – tiltak 2054") + r"\b0\par",
         r"\pard\f0\fs24\sa120 " + _rtf(
             "Sametinget rapporterer her om egne tiltak og tiltak der Sametinget deltar sammen med "
             "andre. Tiltakene er nummerert fortløpende.") + r"\par"]
    for n, x in enumerate(SAMETINGET, 1):
        L.append(r"\pard\sb240\sa60\f1\fs24\b " + _rtf(f"{n}. {x['t']}") + r"\b0\par")
        kv = [("Delmål", f"{x['d']} {DELMAL[x['d']]}"), ("Type", x["tw"]),
              ("Ansvarlig", x["a"]), ("Samarbeidspartnere", x["p"]), ("Beskrivelse", x["b"])]
        for k, v in kv:
            if not v:
                continue
            L.append(r"\pard\li567\sa40\f0\fs22{\i " + _rtf(k + ":") + r"} " + _rtf(v) + r"\par")
    L.append(r"\pard\sb360\f0\fs22 " + _rtf("Med hilsen") + r"\par " +
             _rtf("Máret Gaup, seniorrådgiver, opplæringsavdelingen") + r"\par}")
    with open(os.path.join(out, name), "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(L))
    return dict(file=name, member="Sametinget", rows=SAMETINGET,
                shape="rtf (hand-written), bilingual letterhead; numbered tiltak with indented "
                      "key/value lines, empty fields left out")
