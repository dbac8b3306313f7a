"""Not a member report: the secretariat's presentation of three new members of the council from 2092, as a Word
document exported to PDF. Each person has a portrait placeholder (a circle with initials, drawn with Pillow), a name
line «Name – organisation» and a short biography that names councils they sit or sat in (Kompetansebehovsutvalget, a
faglig råd under SRY, the RSA at a university, Nasjonalt forum for karriereveiledning) and measures they led
(KI-kortet, Kompetanseforum Vestland), some of them in 2091. It reads like a list of seats and measures, but nobody
reports anything: it has no truth rows."""
from __future__ import annotations

import io

from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

from .common import FONT_DIR, base_docx, docx_to_pdf, pdf_text, set_col_widths

FILENAME = "Nye medlemmer i Kompetansepolitisk råd 2092 – presentasjon.pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with three borderless two-column layout tables "
          "holding a PNG portrait placeholder (Pillow) and the biography; dates and /ID fixed")
SHAPE = ("NOT a member report: the secretariat's presentation «Nye medlemmer i Kompetansepolitisk råd fra 1. januar "
         "2092»: a short intro, then per new member a borderless table with a round initials picture on the left and, "
         "on the right, a bold line «Name – organisation», a role line and a biography that names councils the person "
         "sits or sat in (KBU, Faglig råd for elektro og datateknologi, RSA ved NTNU, Nasjonalt forum for "
         "karriereveiledning) and measures the person led in 2091 (KI-kortet, Kompetanseforum Vestland); a closing "
         "line on the first council meeting; no truth rows")
NOT_TRUTH = ("everything (not a member report): the title and intro, the portraits, the name and role lines, the "
             "biographies with their councils and measures, the closing line")

PEOPLE = [
    ("ML", "Marit Lunde – Akademikerne", "Medlem fra Akademikerne, etterfølger Håkon Brekke",
     "Marit Lunde er fagsjef for utdanning i Tekna. Hun ledet i 2091 arbeidet med det felles nettkurset KI-kortet og "
     "har siden 2088 vært Teknas representant i Nasjonalt råd for teknologisk utdanning i UHR-MNT. Hun er utdannet "
     "sivilingeniør fra NTNU og har arbeidet i Statnett og i Kunnskapsdepartementet."),
    ("JA", "Jostein Aarvik – LO", "Varamedlem fra LO",
     "Jostein Aarvik er rådgiver i EL og IT Forbundet og har i seks år sittet i Faglig råd for elektro og "
     "datateknologi. Han har også vært LOs representant i rådet for samarbeid med arbeidslivet ved NTNU. Aarvik er "
     "elektriker med fagbrev og har bakgrunn som hovedtillitsvalgt."),
    ("IH", "Ingvild Hope – Vestland fylkeskommune", "Medlem for fylkeskommunene",
     "Ingvild Hope er fylkesdirektør for strategisk utvikling i Vestland fylkeskommune. Ho har leia Kompetanseforum "
     "Vestland sidan 2089 og representerte fylkeskommunane i Nasjonalt forum for karriererettleiing i 2091. Hope "
     "har tidlegare arbeidd i Kompetansebehovsutvalet sitt sekretariat."),
]


def _portrait(initials: str) -> bytes:
    img = Image.new("RGB", (240, 240), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    dr.ellipse((10, 10, 230, 230), fill=(70, 110, 150))
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 84)
    w = dr.textlength(initials, font=font)
    dr.text(((240 - w) / 2, 68), initials, font=font, fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build(out) -> list[dict]:
    d = base_docx(font="Arial", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    r = p.add_run("Nye medlemmer i Kompetansepolitisk råd fra 1. januar 2092")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x1F, 0x3B, 0x5C)
    d.add_paragraph("Departementet har oppnevnt tre nye medlemmer og varamedlemmer for perioden 2092–2095. "
                    "Sekretariatet presenterer dem her før det første rådsmøtet.")
    for initials, name, role, bio in PEOPLE:
        t = d.add_table(rows=1, cols=2)
        left, right = t.rows[0].cells
        left.paragraphs[0].add_run().add_picture(io.BytesIO(_portrait(initials)), width=Cm(2.8))
        rp = right.paragraphs[0]
        rr = rp.add_run(name)
        rr.bold = True
        rr.font.size = Pt(12)
        role_p = right.add_paragraph()
        role_r = role_p.add_run(role)
        role_r.italic = True
        role_r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        right.add_paragraph(bio)
        set_col_widths(t, [3.4, 13.2])
        d.add_paragraph()
    d.add_paragraph("Det første rådsmøtet med de nye medlemmene holdes 12. februar 2092 i Oslo.")
    d.add_paragraph("Sekretariatet for Kompetansepolitisk råd")
    docx_to_pdf(d, out / FILENAME, author="Sekretariatet for Kompetansepolitisk råd")
    return []


def text(path) -> str:
    return pdf_text(path)
