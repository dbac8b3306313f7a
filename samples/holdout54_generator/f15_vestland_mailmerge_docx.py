"""Vestland fylkeskommune: the result of a Word mail merge ('Rediger enkeltdokument') – one Nynorsk letter per
measure, each in its own section, the merge fields filled from the county's list."""
from __future__ import annotations

import datetime as dt
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.shared import Pt, RGBColor

from .common import ARR, KURS, PROSJEKT, RAD, normalise_ooxml, ooxml_paragraphs, row

FILENAME = "Vestland fylkeskommune – tiltaksbrev KPR 2074 (fletta).docx"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("DOCX (python-docx) as left by Word's mail merge 'Fullfør og flett → Rediger enkeltdokument': one letter per "
          "data row, each in its own next-page section with its own header; zip normalised")
SHAPE = ("seven merged Nynorsk letters with the same letterhead, reference 'Vår ref.: 2075/1187-n', heading 'Melding "
         "om tiltak i 2074: <Tiltak>' and the same template sentences around the merged values: 'Delmål i "
         "strategien:' (code, code+words or words only), 'Type tiltak:' (own word; empty once, so the line ends "
         "after the colon), 'Ansvarleg eining:', 'Samarbeidspartnarar:' (empty twice), 'Kort om tiltaket:', "
         "'Status:'; the last letter is a 2075 measure that slipped through the merge filter (not a truth row)")
NOT_TRUTH = ("the letterheads, addresses, references, dates, the template sentences, the signature blocks, the "
             "headers, and the whole seventh letter 'Yrkesmessa i Bergen 2075' (Status: Planlagt 2075)")

# Tiltak, Delmål, Type, Ansvarleg, Partnarar, Skildring, Status, truth
LETTERS = [
    ("Fylkeskommunen sin representant i RSA ved Universitetet i Bergen", "1.4", "Rådsarbeid",
     "Opplæring og kompetanse", "Universitetet i Bergen",
     "Fylkeskommunen har hatt ein fast plass i rådet sidan 2070. I 2074 handla møta mest om praksis i "
     "lærarutdanninga.", "Gjennomført", ("M03", "1.4", RAD)),
    ("Vestland fylkeskommune i Nasjonalt fagskuleråd", "1.4 Samarbeid mellom utdanningstilbydarar og arbeidslivet",
     "Rådsarbeid", "Fagskulane i Vestland", "",
     "Fylkeskommunen er ein av representantane for fylkeskommunane i rådet og la fram erfaringar frå maritime "
     "fagskuletilbod.", "Gjennomført", ("M05", "1.4", RAD)),
    ("Karriere Vestland – karriererettleiing for vaksne arbeidssøkjarar", "1.3 Karriererettleiing", "Prosjekt",
     "Karriere Vestland", "NAV Vestland",
     "Karriererettleiarar hadde faste dagar på NAV-kontora i 12 kommunar; 780 vaksne fekk rettleiing.",
     "Gjennomført", (None, "1.3", PROSJEKT)),
    ("Fagbrev på jobb i Vestland", "gjere det enklare å dokumentere kompetanse frå arbeidslivet",
     "Opplæringstilbod", "Fagopplæringskontoret", "NHO Vestland, LO i Vestland",
     "Tilsette utan fagbrev tok fagbrev gjennom arbeidet sitt; 210 nye kontraktar i 2074.", "Gjennomført",
     (None, "2.5", KURS)),
    ("Kompetanseforum Vestland", "1.2", "", "Regional utvikling",
     "KS, NHO Vestland, LO i Vestland, NAV Vestland, Universitetet i Bergen",
     "Forumet samlar partane og utdanningsaktørane fire gonger i året og laga i 2074 ein felles kompetansestrategi "
     "for grøn omstilling.", "Pågår", (None, "1.2", RAD)),
    ("Seminar for fagskulestyra om rapporten frå Nasjonalt fagskuleråd", "1.4", "Seminar", "Fagskulane i Vestland",
     "", "Eit dagsseminar der styra ved fagskulane drøfta tilrådingane frå rådet om tilbodsstruktur.",
     "Gjennomført", (None, "1.4", ARR)),
    ("Yrkesmessa i Bergen 2075", "2.3", "Messe", "Opplæring og kompetanse", "opplæringskontora",
     "Messa blir arrangert i februar 2075.", "Planlagt 2075", None),
]


def build(out) -> list[dict]:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for n, (tiltak, dm, typ, ansv, partn, skild, status, _t) in enumerate(LETTERS, 1):
        sec = doc.sections[0] if n == 1 else doc.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.header.paragraphs[0].text = "Vestland fylkeskommune · Opplæring og kompetanse"
        p = doc.add_paragraph()
        r = p.add_run("Vestland fylkeskommune")
        r.bold = True
        r.font.size = Pt(16)
        r.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)
        doc.add_paragraph("Opplæring og kompetanse\nPostboks 7900, 5020 Bergen")
        doc.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet")
        doc.add_paragraph(f"Vår ref.: 2075/1187-{n}\tSakshandsamar: Solveig Haugland\tDato: 23.01.2075")
        h = doc.add_paragraph()
        hr = h.add_run(f"Melding om tiltak i 2074: {tiltak}")
        hr.bold = True
        hr.font.size = Pt(13)
        doc.add_paragraph(f"Vestland fylkeskommune melder med dette inn tiltaket «{tiltak}» til den årlege "
                          f"rapporteringa til Kompetansepolitisk råd.")
        for lab, val in (("Delmål i strategien", dm), ("Type tiltak", typ), ("Ansvarleg eining", ansv),
                         ("Samarbeidspartnarar", partn), ("Kort om tiltaket", skild), ("Status", status)):
            q = doc.add_paragraph()
            q.add_run(f"{lab}: ").bold = True
            if val:
                q.add_run(val)
        doc.add_paragraph("Ta gjerne kontakt om noko er uklart.")
        doc.add_paragraph("Med helsing")
        doc.add_paragraph("Solveig Haugland\nseniorrådgjevar")
        small = doc.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje underskrift.")
        small.runs[0].font.size = Pt(8)
    cp = doc.core_properties
    cp.title = "Melding om tiltak – Kompetansepolitisk råd 2074"
    cp.author = "Solveig Haugland"
    cp.last_modified_by = "Solveig Haugland"
    cp.created = dt.datetime(2075, 1, 23, 9, 0, 0)
    cp.modified = dt.datetime(2075, 1, 23, 9, 14, 0)
    cp.revision = 1
    path = out / FILENAME
    doc.save(path)
    normalise_ooxml(path, when="2075-01-23T09:14:00Z")
    rows = []
    for tiltak, _dm, _typ, ansv, partn, skild, _s, truth in LETTERS:
        if truth:
            rows.append(row(FILENAME, MEMBER, tiltak, truth[0], truth[1], truth[2], ansv, partn, skild))
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        parts = [n for n in sorted(z.namelist()) if n == "word/document.xml" or n.startswith("word/header")]
        return "\n".join(ooxml_paragraphs(z.read(n)) for n in parts)
