"""Sametinget: a short report written in Word and exported to PDF. Each measure is a Norwegian heading with a
North Sámi subtitle in grey italics, a right-aligned 'Strategimål' line and a paragraph of prose."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from .common import FOU, INFO, KURS, PROSJEKT, RAD, lo_to_pdf, pdf_text, row

FILENAME = "Sametinget_raporta_KPR_2077.pdf"
MEMBER = "Sametinget"
FORMAT = "PDF exported by LibreOffice from a DOCX (python-docx); dates and /ID fixed"
SHAPE = ("bilingual headings: each measure is a Norwegian Heading 2 followed by its North Sámi title in grey "
         "italics, a small right-aligned line 'Strategimål: 1.3 Karriereveiledning' (missing once – the goal is "
         "then named in the prose), and prose in which the kind is said in passing ('prosjektet', 'kursene') or not "
         "at all; responsible and partners inside the prose")
NOT_TRUTH = ("the title (Norwegian and Sámi), the intro, the Sámi subtitles, the last paragraph 'Ovdal ja maŋŋil' "
             "(Stipend for samiske lærerstudenter – avsluttet 2076; Samisk kompetansesenter for reindrift – "
             "2078)")
CHECK = ("tiltak", "beskrivelse")

ITEMS = [
    ("Sametingets observatørplass i Nasjonalt forum for karriereveiledning",
     "Sámedikki áicciheaddjisadji Karrierabagadusa nationála forumis", "1.3 Karriereveiledning",
     "Sametinget", "", "Sametinget møtte som observatør i forumets fire møter og fremmet samiske perspektiver i "
     "veiledningen.", ("M06", "1.3", RAD)),
    ("Innspill til Nasjonalt forum for karriereveiledning om samisk veiledning",
     "Cealkámuš karrierabagadusa nationála forumii", "1.3 Karriereveiledning", "Sametinget", "",
     "Sametinget sendte et skriftlig innspill om hvordan karrieresentrene kan gi veiledning på samisk.",
     ("U", "1.3", INFO)),
    ("Samisk karriereveiledning i Finnmark", "Sámegielat karrierabagadus Finnmárkkus", "1.3",
     "Finnmark fylkeskommune", "Sametinget",
     "Prosjektet gir veiledning på nordsamisk ved karrieresenteret i Karasjok, med Sametinget som partner.",
     ("U", "1.3", PROSJEKT)),
    ("Kompetansepluss i samiske områder", "Gealbolasáhus sámi guovlluin", None, "Sametinget", "HK-dir",
     "Kursene i grunnleggende ferdigheter for voksne i reindrift og duodji er en del av Kompetansepluss-ordningen.",
     ("U", "3.2", KURS)),
    ("Kartlegging av kompetansebehov i reindriften", "Boazodoalu gealbodárbbuid kárten", "2.2",
     "Sametinget", "Samisk høgskole",
     "Samisk høgskole kartla hvilken kompetanse reindriftsutøvere trenger i årene som kommer.",
     ("U", "2.2", FOU)),
]


def build(out) -> list[dict]:
    doc = Document()
    doc.core_properties.author = "Sametinget"
    doc.add_heading("Sametingets rapport til Kompetansepolitisk råd 2077", 1)
    p = doc.add_paragraph()
    r = p.add_run("Sámedikki raporta Gealbopolitihkalaš ráđđái 2077")
    r.italic = True
    doc.add_paragraph("Sametinget deltar i Kompetansepolitisk råd som observatør. Her følger våre tiltak i 2077.")
    rows = []
    for name, se, dm, ansv, med, txt, (seed, code, typ) in ITEMS:
        doc.add_heading(name, 2)
        p = doc.add_paragraph()
        r = p.add_run(se)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if dm:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(f"Strategimål: {dm}")
            r.font.size = Pt(8)
        doc.add_paragraph(txt)
        rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    doc.add_heading("Ovdal ja maŋŋil – før og etter", 2)
    doc.add_paragraph("Stipend for samiske lærerstudenter ble avsluttet i 2076. Samisk kompetansesenter for "
                      "reindrift planlegges fra 2078.")
    buf = io.BytesIO()
    doc.save(buf)
    lo_to_pdf(buf.getvalue(), ".docx", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
