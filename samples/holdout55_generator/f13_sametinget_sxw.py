"""Sametinget: a report written in the old OpenOffice.org 1.x text format (.sxw) that the administration's
Sámi-language templates still use – a zip with content.xml in the openoffice.org/2000 namespaces."""
from __future__ import annotations

import zipfile

from .common import KURS, PROSJEKT, RAD, row, write_zip, xml_esc, xml_text

FILENAME = "Sámediggi_KPR_2075.sxw"
MEMBER = "Sametinget"
FORMAT = ("OpenOffice.org 1.x Writer document (.sxw): zip with a stored 'mimetype' (application/vnd.sun.xml."
          "writer) first, content.xml / styles.xml / meta.xml in the http://openoffice.org/2000/* namespaces and "
          "META-INF/manifest.xml; written as text, fixed timestamps")
SHAPE = ("report with a Sámi greeting and a Norwegian body: level-2 headings 'Doaibmabidju N / Tiltak N: Name', "
         "a description paragraph, then a fact paragraph with tab-separated labels 'Delmål: … <tab> Type: … <tab> "
         "Ansvar: … <tab> Samarbeid: …' (delmål as code or words only, own type words, type missing once); a "
         "section 'Loahpahuvvon 2074 / Avsluttet 2074' and 'Plánat 2076 / Planer for 2076' (not truth rows)")
NOT_TRUTH = ("the Sámi greeting and introduction, the heading block, 'Avsluttet 2074' (Stipend for samiske "
             "lærerstudenter), 'Planer for 2076' (Samisk kompetansesenter for reindrift), the signature "
             "(Sámediggi / Sametinget, Karasjok), meta.xml and styles")

MEASURES = [
    ("Sametingets deltakelse i Nasjonalt forum for karriereveiledning",
     "Sametinget har en fast representant i forumet og har arbeidet for at samisk språk og kultur skal være "
     "med i kvalitetsrammeverket for karriereveiledning.",
     "1.3", "rådsarbeid", "Sametinget", "", ("M06", "1.3", RAD)),
    ("Bálgát – samisk karriereveiledning i Sápmi",
     "Et treårig prosjekt der karrieresentrene i Finnmark og Troms tilbyr veiledning på nordsamisk, både "
     "fysisk og digitalt.",
     "1.3", "prosjekt", "Sametinget", "Troms fylkeskommune, Finnmark fylkeskommune", (None, "1.3", PROSJEKT)),
    ("Kompetansepluss i samiske områder",
     "Sametinget har sammen med HK-dir prioritert søknader om opplæring i grunnleggende ferdigheter fra "
     "virksomheter i samiske områder.",
     "Kompetansepluss", "opplæring", "Sametinget", "HK-dir", (None, "3.2", KURS)),
    ("Samisk språkkurs for ansatte i helse og omsorg",
     "Kommunene i forvaltningsområdet for samisk språk fikk tilskudd til språkkurs for ansatte som møter "
     "samiske pasienter.",
     "2.4", "", "Sametinget", "Kommunene i forvaltningsområdet", (None, "2.4", KURS)),
    ("Samisk rådgivernettverk etter modell av Nasjonalt forum for karriereveiledning",
     "Et eget nettverk for rådgivere i samiske skoler og karrieresentre, bygget opp etter modell av det "
     "nasjonale forumet; to samlinger i Kautokeino.",
     "Karriereveiledning", "nettverk", "Sametinget", "Samisk høgskole", (None, "1.3", RAD)),
]

NS = ('xmlns:office="http://openoffice.org/2000/office" xmlns:style="http://openoffice.org/2000/style" '
      'xmlns:text="http://openoffice.org/2000/text" xmlns:table="http://openoffice.org/2000/table" '
      'xmlns:fo="http://www.w3.org/1999/XSL/Format" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:number="http://openoffice.org/2000/datastyle" xmlns:svg="http://www.w3.org/2000/svg" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="http://openoffice.org/2000/meta"')


def _p(s: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{s}</text:p>'


def build(out) -> list[dict]:
    body = [_p("Buorre beaivi!", "P1"),
            _p("Dás leat Sámedikki doaibmabijut Gelbbolašvuođapolitihkalaš ráđđái jagi 2075.", "P1"),
            _p("Her er Sametingets tiltak til Kompetansepolitisk råd for 2075. Tiltakene er beskrevet på norsk."),
            '<text:h text:level="1">Doaibmabijut 2075 / Tiltak 2075</text:h>']
    rows = []
    for i, (name, desc, dm, typ, ansv, samarb, truth) in enumerate(MEASURES, 1):
        body.append(f'<text:h text:level="2">Doaibmabidju {i} / Tiltak {i}: {xml_esc(name)}</text:h>')
        body.append(_p(xml_esc(desc)))
        facts = [f"Delmål: {dm}"]
        if typ:
            facts.append(f"Type: {typ}")
        facts.append(f"Ansvar: {ansv}")
        facts.append(f"Samarbeid: {samarb or 'ingen'}")
        body.append(_p("<text:tab-stop/>".join(xml_esc(f) for f in facts).replace("<text:tab-stop/>", "<text:tab/>"),
                       "P2"))
        rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, desc))
    body += ['<text:h text:level="1">Loahpahuvvon 2074 / Avsluttet 2074</text:h>',
             _p("Stipend for samiske lærerstudenter ble avsluttet i 2074 og er ikke med i år."),
             '<text:h text:level="1">Plánat 2076 / Planer for 2076</text:h>',
             _p("I 2076 vil Sametinget utrede et samisk kompetansesenter for reindrift."),
             _p("Dearvvuođaiguin / Med hilsen"), _p("Sámediggi / Sametinget, Kárášjohka / Karasjok")]
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document-content PUBLIC '
               '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">'
               f'<office:document-content {NS} office:class="text" office:version="1.0">'
               '<office:script/><office:font-decls><style:font-decl style:name="Times New Roman" '
               'fo:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/></office:font-decls>'
               '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
               'style:parent-style-name="Standard"><style:properties fo:font-style="italic"/></style:style>'
               '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
               '<style:properties fo:color="#555555" fo:font-size="9pt"/></style:style></office:automatic-styles>'
               '<office:body>' + "".join(body) + '</office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {NS} office:version="1.0"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '</office:styles></office:document-styles>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {NS} office:version="1.0"><office:meta>'
            '<meta:generator>OpenOffice.org 1.1.5 (Win32)</meta:generator><dc:title>Sámediggi KPR 2075</dc:title>'
            '<meta:creation-date>2076-01-12T10:04:00</meta:creation-date><dc:date>2076-01-15T14:22:00</dc:date>'
            '<dc:language>nb-NO</dc:language></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD '
                'Manifest 1.0//EN" "Manifest.dtd">\n<manifest:manifest xmlns:manifest="http://openoffice.org/2001/'
                'manifest"><manifest:file-entry manifest:media-type="application/vnd.sun.xml.writer" '
                'manifest:full-path="/"/><manifest:file-entry manifest:media-type="text/xml" '
                'manifest:full-path="content.xml"/><manifest:file-entry manifest:media-type="text/xml" '
                'manifest:full-path="styles.xml"/><manifest:file-entry manifest:media-type="text/xml" '
                'manifest:full-path="meta.xml"/></manifest:manifest>')
    write_zip(out / FILENAME, [("mimetype", "application/vnd.sun.xml.writer", False), ("content.xml", content, True),
                               ("styles.xml", styles, True), ("meta.xml", meta, True),
                               ("META-INF/manifest.xml", manifest, True)])
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        data = z.read("content.xml")
    data = data.replace(b"<!DOCTYPE office:document-content PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" "
                        b"\"office.dtd\">", b"")
    return xml_text(data)
