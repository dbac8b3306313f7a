"""Spekter: the secretariat's dynamic XFA form (as made with LiveCycle/AEM Designer), filled in.

The PDF page only carries the viewer's 'Please wait...' fallback text; the form and every answer live in the
XFA packets of /AcroForm /XFA (template + datasets). Drop-down answers are stored as their save values
(delmål '1.4', type '3', status 'G'), resolved only through the template's <items save="1"> lists.
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree

from .common import FOU, KURS, PROSJEKT, RAD, row
from .pdfw import PDF, pdf_str, pdf_text_utf16

FILENAME = "Rapporteringsskjema_KPR_2073_Spekter.pdf"
MEMBER = "Spekter"
FORMAT = ("PDF with a dynamic XFA 3.3 form (/AcroForm /XFA array: preamble, config, template, localeSet, datasets, "
          "postamble; /NeedsRendering true), hand-written; the page itself holds only the 'Please wait...' fallback")
SHAPE = ("filled-in dynamic form: a repeating subform per measure (navn, delmål drop-down, type drop-down with 'Annet' "
         "+ free text, ansvarlig, samarbeid, beskrivelse, status); answers exist only in the datasets packet, the "
         "drop-downs stored as save codes ('1.4', '3', 'G') that the template's item lists map to text; one record "
         "with status 'Planlagt 2074' and a comment field naming a 2072 item (not truth rows)")

DELMAL = [
    ("1.1", "Kompetansebehovsutvalg (KBU)"), ("1.2", "Regionalt folkevalgt nivås kompetansepolitiske ansvar"),
    ("1.3", "Karriereveiledning"), ("1.4", "Samarbeid mellom utdanningstilbydere og arbeidslivet"),
    ("2.1", "Digital kompetanse i arbeidsstyrken"), ("2.2", "Kunnskapsgrunnlaget om læring i arbeidslivet"),
    ("2.3", "Karrieremuligheter i yrkesfaglige utdanninger"),
    ("2.4", "Koble kompetansebehov i virksomheter til utdanningstilbydere"),
    ("2.5", "Dokumentere kompetanse ervervet i arbeidslivet"), ("2.6", "Godkjenning av utenlandsk utdanning"),
    ("3.1", "Fleksibel opplæring på voksnes premisser"), ("3.2", "Kompetanseplussordningene"),
    ("3.3", "Opplæring i arbeidsmarkeds- og integreringspolitikken"),
    ("3.4", "Norskopplæring og kvalifisering for innvandrere"), ("3.5", "NAVs opplæringstilbud for arbeidssøkere"),
    ("3.6", "Læring i frivillig sektor"),
]
TYPES = [("1", "FoU"), ("2", "Kurs/utdanning"), ("3", "Råd/utvalg/nettverk"), ("4", "Prosjekt"),
         ("5", "Informasjon"), ("6", "Arrangement"), ("7", "Annet")]
STATUS = [("G", "Gjennomført i 2073"), ("P", "Pågår"), ("PL", "Planlagt 2074")]

RECORDS = [
    # navn, delmål, typekode, annenType, ansvarlig, samarbeid, beskrivelse, status, seed, type
    ("Kompetansebehovsutvalget – Spekters medlem", "1.1", "3", "", "Spekter, avdeling for arbeidsliv og kompetanse",
     "", "Spekter har ett av arbeidsgiverorganisasjonenes medlemmer i utvalget. Vi bidro med data om rekruttering i "
     "helseforetakene til rapporten om helsefagarbeidere.", "G", "M01", RAD),
    ("SRY – Samarbeidsrådet for yrkesopplæring", "1.4", "3", "", "Spekter", "",
     "Spekter har et varamedlem i SRY og møter fast i rådets arbeidsutvalg for helsefag.", "P", "M02", RAD),
    ("Nasjonalt råd for helse- og sosialfagutdanning (NRHS)", "1.4", "3", "", "Spekter", "UHR",
     "Spekter er oppnevnt som arbeidslivsrepresentant i NRHS og leder arbeidsgruppen for praksis.", "P", "M06", RAD),
    ("Praksisløftet – veiledere i helseforetakene", "1.4", "4", "", "Spekter", "Norsk Sykepleierforbund, UHR, helseforetakene",
     "Spekter og helseforetakene finansierer veiledermodulen og frikjøper veiledere. Pilot i Helse Nord og Helse Vest "
     "i 2073.", "P", "J07", PROSJEKT),
    ("Lederprogram for førstelinjeledere i helseforetakene", "2.4", "7", "Lederprogram", "Spekter",
     "BI, helseforetakene", "Tre kull med til sammen 96 ledere; programmet gir 15 studiepoeng.", "G", None, KURS),
    ("Kartlegging av kompetansebehov i kulturinstitusjonene", "2.2", "1", "", "Spekter", "Virke",
     "Spørreundersøkelse til 58 kulturvirksomheter om kompetansebehov fram mot 2030; rapporten kom i desember.", "G",
     None, FOU),
    ("Nasjonal konferanse om praksis i helseutdanningene", "1.4", "6", "", "Spekter", "UHR",
     "Planlagt til april 2074.", "PL", "PLANNED", None),
]
COMMENT = ("Lederprogrammet for 2072-kullet er avsluttet og ikke tatt med. Spekter ønsker at skjemaet neste år får et "
           "eget felt for varighet.")

PLEASE_WAIT = [
    "Please wait...",
    "",
    "If this message is not eventually replaced by the proper contents of the document, your PDF",
    "viewer may not be able to display this type of document.",
    "",
    "You can upgrade to the latest version of Adobe Reader for Windows®, Mac, or Linux® by",
    "visiting  http://www.adobe.com/go/reader_download.",
    "",
    "For more assistance with Adobe Reader visit  http://www.adobe.com/go/acrreader.",
    "",
    "Windows is either a registered trademark or a trademark of Microsoft Corporation in the United States and/or other",
    "countries. Mac is a trademark of Apple Inc., registered in the United States and other countries. Linux is the registered",
    "trademark of Linus Torvalds in the U.S. and other countries.",
]


def _items(pairs, save: bool) -> str:
    attr = ' save="1" presence="hidden"' if save else ""
    return f"<items{attr}>" + "".join(f"<text>{escape(s if save else d)}</text>" for s, d in pairs) + "</items>"


def _field(name, caption, w="80mm", h="9mm", x="0mm", y="0mm", multiline=False, choices=None, display_fmt=None):
    if choices:
        ui = '<ui><choiceList open="onEntry"><border><edge/></border></choiceList></ui>'
        items = _items(choices, False) + _items(choices, True)
    else:
        ml = ' multiLine="1"' if multiline else ""
        ui = f'<ui><textEdit{ml}><border><edge stroke="lowered"/></border><margin/></textEdit></ui>'
        items = ""
    return (f'<field name="{name}" w="{w}" h="{h}" x="{x}" y="{y}">{ui}<font typeface="Myriad Pro"/>'
            f'<margin topInset="1mm" bottomInset="1mm" leftInset="1mm" rightInset="1mm"/><para vAlign="middle"/>'
            f'<caption reserve="38mm"><para vAlign="middle"/><value><text>{escape(caption)}</text></value></caption>'
            f'{items}</field>')


def template_xml() -> str:
    tiltak = (
        '<subform name="tiltak" layout="tb" w="190mm"><occur min="1" max="-1"/>'
        '<border><edge presence="hidden"/><fill><color value="238,242,247"/></fill></border>'
        '<draw name="overskrift" w="190mm" h="8mm"><value><text>Tiltak</text></value>'
        '<font typeface="Myriad Pro" size="11pt" weight="bold"/></draw>'
        + _field("navn", "Navn på tiltaket", w="190mm")
        + _field("delmaal", "Delmål i strategien", w="190mm", choices=[(c, f"{c} {t}") for c, t in DELMAL])
        + _field("type", "Type tiltak", w="120mm", choices=TYPES)
        + _field("annenType", "Hvis annet, beskriv", w="120mm")
        + _field("ansvarlig", "Ansvarlig", w="190mm")
        + _field("samarbeid", "Samarbeidspartnere", w="190mm")
        + _field("beskrivelse", "Kort beskrivelse", w="190mm", h="25mm", multiline=True)
        + _field("status", "Status", w="120mm", choices=STATUS)
        + '<field name="leggTil" w="40mm" h="8mm"><ui><button/></ui><caption><value><text>+ Legg til tiltak</text>'
          '</value></caption><event activity="click"><script contentType="application/x-javascript">'
          'this.parent.instanceManager.addInstance(1);</script></event></field>'
        + '</subform>'
    )
    return (
        '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><?formServer defaultPDFRenderFormat acrobat10.0dynamic?>'
        '<subform name="skjema" layout="tb" locale="nb_NO" restoreState="auto"><pageSet><pageArea name="Side1" id="Page1">'
        '<contentArea x="10mm" y="15mm" w="190mm" h="262mm"/><medium stock="a4" short="210mm" long="297mm"/>'
        '<draw name="topptekst" x="10mm" y="5mm" w="190mm" h="8mm"><value><text>Kompetansepolitisk råd – sekretariatet'
        '</text></value><font typeface="Myriad Pro" size="8pt"/></draw></pageArea></pageSet>'
        '<draw name="tittel" w="190mm" h="12mm"><value><text>Rapportering til Kompetansepolitisk råd 2073</text></value>'
        '<font typeface="Myriad Pro" size="16pt" weight="bold"/></draw>'
        '<draw name="veiledning" w="190mm" h="18mm"><value><exData contentType="text/html"><body '
        'xmlns="http://www.w3.org/1999/xhtml"><p>Fyll ut én blokk per tiltak. Bruk «+ Legg til tiltak» for flere. '
        'Velg delmål og type fra listene.</p></body></exData></value></draw>'
        '<subform name="avsender" layout="tb" w="190mm">'
        + _field("organisasjon", "Organisasjon", w="190mm") + _field("kontaktperson", "Kontaktperson", w="190mm")
        + _field("epost", "E-post", w="190mm") + _field("dato", "Dato", w="80mm")
        + '</subform>' + tiltak
        + '<subform name="kommentarer" layout="tb" w="190mm">'
        + _field("kommentar", "Andre kommentarer", w="190mm", h="25mm", multiline=True)
        + '</subform><proto/></subform></template>'
    )


def datasets_xml() -> str:
    recs = []
    for navn, dm, typ, annen, ans, sam, besk, st, *_ in RECORDS:
        def el(tag, v):
            return f"<{tag}>{escape(v)}</{tag}>" if v else f"<{tag}/>"
        recs.append("<tiltak>" + el("navn", navn) + el("delmaal", dm) + el("type", typ) + el("annenType", annen)
                    + el("ansvarlig", ans) + el("samarbeid", sam) + el("beskrivelse", besk) + el("status", st)
                    + "</tiltak>")
    return ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data><skjema>'
            '<avsender><organisasjon>Spekter</organisasjon><kontaktperson>Jon Aas</kontaktperson>'
            '<epost>jon.aas@spekter.no</epost><dato>2074-01-30</dato></avsender>'
            + "".join(recs)
            + f'<kommentarer><kommentar>{escape(COMMENT)}</kommentar></kommentarer>'
            '</skjema></xfa:data></xfa:datasets>')


CONFIG = ('<config xmlns="http://www.xfa.org/schema/xci/3.0/"><agent name="designer"><destination>pdf</destination>'
          '<pdf><fontInfo/></pdf></agent><present><pdf><version>1.7</version><adobeExtensionLevel>8</adobeExtensionLevel>'
          '<renderPolicy>client</renderPolicy><scriptModel>XFA</scriptModel><interactive>1</interactive></pdf>'
          '<xdp><packets>*</packets></xdp><destination>pdf</destination><script><runScripts>server</runScripts></script>'
          '</present><acrobat><acrobat7><dynamicRender>required</dynamicRender></acrobat7><validate>preSubmit</validate>'
          '</acrobat></config>')
LOCALESET = ('<localeSet xmlns="http://www.xfa.org/schema/xfa-locale-set/2.7/"><locale name="nb_NO" desc="Norsk bokmål '
             '(Norge)"><calendarSymbols name="gregorian"><monthNames><month>januar</month><month>februar</month>'
             '<month>mars</month><month>april</month><month>mai</month><month>juni</month><month>juli</month>'
             '<month>august</month><month>september</month><month>oktober</month><month>november</month>'
             '<month>desember</month></monthNames></calendarSymbols><datePatterns><datePattern name="short">'
             'DD.MM.YY</datePattern></datePatterns><numberSymbols><numberSymbol name="decimal">,</numberSymbol>'
             '<numberSymbol name="grouping">\u00a0</numberSymbol></numberSymbols></locale></localeSet>')


def build(out: Path) -> list[dict]:
    pdf = PDF()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    page = pdf.reserve()
    font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    ops = []
    y = 760
    for i, line in enumerate(PLEASE_WAIT):
        size = 14 if i == 0 else 10
        if line:
            ops.append(b"BT /F1 %d Tf 1 0 0 1 40 %d Tm " % (size, y) + pdf_str(line) + b" Tj ET")
        y -= 22 if i == 0 else 13
    content = pdf.stream("", b"\n".join(ops))
    pdf.set(page, f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> "
                  f">> /Contents {content} 0 R >>")
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")
    pre = ('<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/" '
           'timeStamp="2074-01-30T11:02:41Z" uuid="6b1c0f8e-5b6c-4c6e-9a0f-2d7e4f1a9b33">')
    packets = [("preamble", pre), ("config", CONFIG), ("template", template_xml()), ("localeSet", LOCALESET),
               ("datasets", datasets_xml()), ("postamble", "</xdp:xdp>")]
    refs = []
    for name, xml in packets:
        n = pdf.stream("", xml.encode("utf-8"))
        refs.append(f"({name}) {n} 0 R")
    acro = pdf.add(f"<< /Fields [] /XFA [{' '.join(refs)}] /DA (/Helv 0 Tf 0 g) >>")
    info = pdf.add(b"<< /Title " + pdf_text_utf16("Rapportering til Kompetansepolitisk råd 2073")
                   + b" /Creator (Adobe LiveCycle Designer 11.0) /Producer (Adobe XML Form Module Library)"
                   + b" /CreationDate (D:20731204090000+01'00') /ModDate (D:20740130120241+01'00') >>")
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R /AcroForm {acro} 0 R /NeedsRendering true "
                     f"/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >> >>")
    (out / FILENAME).write_bytes(pdf.write(catalog, info))
    rows = []
    for navn, dm, typ, annen, ans, sam, besk, st, seed, t in RECORDS:
        if st == "PL":
            continue
        rows.append(row(FILENAME, MEMBER, navn, seed, dm, t, ans, sam, besk))
    return rows


def xfa_packets(path: Path) -> dict[str, str]:
    raw = path.read_bytes()
    m = re.search(rb"/XFA \[(.*?)\]", raw, re.S)
    pairs = re.findall(rb"\((\w+)\) (\d+) 0 R", m.group(1))
    out = {}
    for name, num in pairs:
        om = re.search(rb"(?m)^%s 0 obj\n<<.*?>>\nstream\n" % num, raw, re.S)
        end = raw.index(b"\nendstream", om.end())
        out[name.decode()] = zlib.decompress(raw[om.end():end]).decode("utf-8")
    return out


def text(path: Path) -> str:
    p = xfa_packets(path)
    root = etree.fromstring(p["datasets"].encode("utf-8"))
    chunks = [t.strip() for t in root.itertext() if t.strip()]
    return "\n".join(chunks)


NOT_TRUTH = ("the page's 'Please wait...' text, the template (captions, drop-down lists, instructions), the sender "
             "block, the record 'Nasjonal konferanse om praksis i helseutdanningene' (status PL = Planlagt 2074) and "
             "the comment about the 2072 leadership cohort")
