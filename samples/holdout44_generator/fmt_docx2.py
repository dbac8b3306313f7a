"""DOCX-based: 06 Sametinget (Word form with content controls),
10 KS (table with status, saved as .doc), 13 Regjeringen (PDF via soffice)."""
import os
import tempfile

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

from .common import (docx_fix_props, normalise_zip, soffice_convert,
                     fix_pdf_dates, esc)
from .fmt_docx1 import base_doc, save, set_text, shade, set_col_widths
from .data2 import KS, REGJERINGEN
from .data1 import SAMETINGET

DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalget", "1.2": "Regionalt nivå",
    "1.3": "Karriereveiledning", "1.4": "Utdanning og arbeidsliv",
    "2.1": "Digital kompetanse", "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Yrkesfag", "2.4": "Etter- og videreutdanning",
    "2.5": "Dokumentasjon av kompetanse", "2.6": "Utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetansepluss",
    "3.3": "Arbeidsmarkeds- og integreringspolitikk",
    "3.4": "Norskopplæring og kvalifisering", "3.5": "NAVs opplæringstilbud",
    "3.6": "Frivillig sektor",
}
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
         "Informasjon", "Arrangement"]
PLACEHOLDER = "Klikk eller trykk her for å skrive inn tekst."


def sdt_xml(sid, alias, value, items=None):
    if items is not None:
        li = "".join('<w:listItem w:displayText="%s" w:value="%s"/>'
                     % (esc(i), esc(i)) for i in items)
        kind = "<w:dropDownList>%s</w:dropDownList>" % li
    else:
        kind = "<w:text w:multiLine=\"1\"/>"
    plc = "<w:showingPlcHdr/>" if not value else ""
    text = value or PLACEHOLDER
    color = '<w:rPr><w:color w:val="808080"/></w:rPr>' if not value else ""
    return ('<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="f%d"/>'
            '<w:id w:val="%d"/>%s%s</w:sdtPr><w:sdtContent><w:r>%s'
            '<w:t xml:space="preserve">%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (nsdecls("w"), esc(alias), sid, 700100 + sid, plc, kind, color,
               esc(text)))


def build_sametinget(path):
    doc = base_doc("Calibri", 10)
    doc.add_paragraph("Sámediggi – Sametinget").runs[0].bold = True
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd, 2064",
                    level=1)
    doc.add_paragraph(
        "Skjemaet fylles ut med ett felt per tiltak. Bruk nedtrekkslistene "
        "for delmål og type tiltak.")
    sid = 0
    for n, r in enumerate(SAMETINGET, 1):
        doc.add_heading("Tiltak %d" % n, level=2)
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        fields = [
            ("Tiltakets navn", r["name"], None),
            ("Delmål", "%s %s" % (r["dm"], DELMAL_SHORT[r["dm"]]),
             ["%s %s" % kv for kv in DELMAL_SHORT.items()]),
            ("Type tiltak", r["type"], TYPES),
            ("Ansvarlig", r["ans"], None),
            ("Samarbeidspartnere", r["par"], None),
            ("Beskrivelse", r["desc"], None),
        ]
        for i, (lab, val, items) in enumerate(fields):
            set_text(t.cell(i, 0), lab, bold=True, size=9)
            shade(t.cell(i, 0), "E7E6E6")
            p = t.cell(i, 1).paragraphs[0]
            sid += 1
            p._p.append(parse_xml(sdt_xml(sid, lab, val, items)))
        set_col_widths(t, [Cm(4), Cm(12)])
    doc.add_paragraph("")
    doc.add_paragraph("Skjemaet er sendt fra Sametingets opplæringsavdeling.")
    save(doc, path, "Rapporteringsskjema 2064", "Sametinget")


def build_ks(path):
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    doc.add_heading("KS – Kommunesektorens organisasjon", level=2)
    doc.add_heading("Rapportering til Kompetansepolitisk råd for 2064",
                    level=1)
    intro = [
        "KS organiserer alle kommuner og fylkeskommuner og er arbeidsgiver- "
        "og interesseorganisasjon for kommunesektoren. Kommunesektoren har "
        "over en halv million ansatte, og kompetanseutvikling for disse er "
        "en sentral del av KS' arbeid.",
        "Rapporteringen følger strukturen i Nasjonal kompetansepolitisk "
        "strategi. Kolonnen «Status» viser om tiltaket pågår, er gjennomført "
        "i 2064 eller er avsluttet. Forkortelser: KS-AGP = KS "
        "Arbeidsgiverpolitikk, KS-D = KS Digitalisering.",
        "KS har i 2064 prioritert rekruttering av lærlinger, digital "
        "kompetanse og samarbeid med universiteter og høyskoler om "
        "relevante utdanninger for kommunesektoren. Vi viser også til "
        "tidligere rapporteringer for bakgrunn om tiltakene som videreføres.",
        "Kommunene melder om økende behov for helsefagarbeidere, "
        "sykepleiere og lærere, og om at det blir vanskeligere å rekruttere "
        "i distriktene. Samtidig ser vi at ansatte som får mulighet til å ta "
        "fagbrev eller videreutdanning mens de er i jobb, oftere blir i "
        "kommunen. Derfor legger KS vekt på tiltak som kombinerer arbeid og "
        "læring.",
        "KS deltar i flere råd og utvalg på nasjonalt nivå der "
        "kompetansepolitikk drøftes, og bruker disse arenaene til å formidle "
        "kommunesektorens behov. I tillegg driver KS egne programmer og "
        "utviklingsprosjekter sammen med kommunene, arbeidstakerorganisasjonene "
        "og statlige etater. Tiltak som er avsluttet i løpet av 2064, er tatt "
        "med for å gi et fullstendig bilde av året.",
        "Tabellen under gir en samlet oversikt over tiltakene.",
    ]
    for p in intro:
        doc.add_paragraph(p)
    heads = ["Tiltak", "Delmål", "Beskrivelse", "Ansvar / samarbeid",
             "Status"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    widths = [Cm(3.7), Cm(1.4), Cm(5.4), Cm(3.1), Cm(2.4)]
    for c, h, w in zip(t.rows[0].cells, heads, widths):
        set_text(c, h, bold=True, size=9)
        shade(c, "D9E2F3")
        c.width = w
    for r in KS:
        cells = t.add_row().cells
        resp = r["ans"] + ("\nSammen med: " + r["par"] if r["par"] else "")
        vals = [r["x"]["cell"], r["dm"], r["desc"], resp, r["x"]["status"]]
        for c, v, w in zip(cells, vals, widths):
            set_text(c, v, size=9)
            c.width = w
    set_col_widths(t, widths)
    doc.add_paragraph("")
    doc.add_paragraph("Spørsmål om rapporteringen kan rettes til KS-AGP.")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "ks_rapport.docx")
        save(doc, src, "KS rapportering 2064", "KS")
        soffice_convert(src, "doc:MS Word 97", path)


def build_regjeringen(path):
    doc = base_doc("Times New Roman", 11)
    doc.add_paragraph("Kunnskapsdepartementet").runs[0].bold = True
    doc.add_heading("Regjeringens tiltak i 2064 – rapport til "
                    "Kompetansepolitisk råd", level=1)
    doc.add_paragraph(
        "Rapporten omtaler de viktigste tiltakene fra departementene i 2064. "
        "Tiltakene er ordnet etter strategiens hovedinnsatsområder og "
        "delmål.")
    areas = {"1": "Gode valg for den enkelte og for samfunnet",
             "2": "Læring i arbeidslivet",
             "3": "Styrke kompetansen til voksne med svak tilknytning til "
                  "arbeidslivet"}
    cur_area, cur_dm = None, None
    for r in REGJERINGEN:
        a = r["dm"].split(".")[0]
        if a != cur_area:
            doc.add_heading("%s %s" % (a, areas[a]), level=1)
            cur_area = a
        if r["dm"] != cur_dm:
            doc.add_heading("%s %s" % (r["dm"], DELMAL_SHORT[r["dm"]]),
                            level=2)
            cur_dm = r["dm"]
        p = doc.add_paragraph()
        p.add_run(r["name"] + ". ").bold = True
        p.add_run(r["desc"])
        p2 = doc.add_paragraph()
        p2.add_run("Ansvarlig: ").italic = True
        p2.add_run(r["ans"] + ". ")
        if r["par"]:
            p2.add_run("Samarbeid: ").italic = True
            p2.add_run(r["par"] + ".")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "kd_rapport.docx")
        save(doc, src, "Regjeringens tiltak 2064", "Kunnskapsdepartementet")
        soffice_convert(src, "pdf:writer_pdf_Export", path)
    fix_pdf_dates(path)
