"""KS: a Word memo whose measure table is a picture: the range was copied out of Excel and pasted
as an image ('Lim inn som bilde'). Only the intro, one extra measure typed under the picture and
the closing are text.
"""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw

from .common import pil_font, pil_wrap, save_docx, truth

FILENAME = "KS_rapportering_KPR_2072.docx"
MEMBER = "KS"
FORMAT = "DOCX (python-docx) with an inline PNG picture (an Excel range pasted as an image), zip normalised"
SHAPE = ("memo (Notat: Til/Fra/Dato/Sak) whose table of measures exists only as a pasted picture of an Excel "
         "range (Tiltak / Delmål / Type / Ansvarlig / Samarbeid / Kort omtale; own type words; a greyed row "
         "marked 'Avsluttet 2071'); one more measure typed below the picture as a bold run-in paragraph; "
         "'Videre arbeid 2073' and contact (not truth rows)")
NOT_TRUTH = "the memo head and introduction, the greyed picture row 'Kompetansebarometer for kommunesektoren' (Avsluttet 2071), 'Videre arbeid 2073', contact"

HEAD = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Kort omtale"]
WIDTHS = [250, 62, 96, 150, 170, 340]

# (seed, tiltak, delmål cell, type cell, ansvarlig, samarbeid, omtale, delmal, type)
PIC_ROWS = [
    ("M02", "SRY – Samarbeidsrådet for yrkesopplæring", "1.4", "Råd", "KS (Arbeidsgiverpolitisk avdeling)",
     "Partene, KD, fylkeskommunene",
     "KS har to faste plasser i SRY og representerer fylkeskommunene som skoleeiere og kommunene som "
     "lærebedrifter.", "1.4", "Råd/utvalg/nettverk"),
    ("M04", "Nasjonalt karriereveiledningsforum", "1.3", "Forum", "KS", "HK-dir, fylkeskommunene",
     "KS deltar i forumet og har lagt vekt på karriereveiledning for ansatte i kommunene.", "1.3",
     "Råd/utvalg/nettverk"),
    ("J01", "Bransjeprogram kommunal helse og omsorg", "2.4", "Opplæring", "KS",
     "KD, HK-dir, Fagforbundet, Delta, NSF",
     "KS leder styringsgruppen. 38 tilbud på fagskole og høyskole; 2 140 deltakere i 2072.", "2.4",
     "Kurs/utdanning"),
    (None, "KS' innspill til Kompetansebehovsutvalget: kommunesektorens kompetansebehov", "1.1", "Analyse",
     "KS FoU", "",
     "Analyse av rekrutteringsbehovet i kommunene til bruk i KBUs arbeid, levert utvalget i mars 2072.",
     "1.1", "FoU"),
    (None, "Lærlingløftet i kommunene", "2.3", "Prosjekt", "KS", "Fylkeskommunene, Fagforbundet",
     "Mål om 1 000 flere lærlinger i kommunal sektor. 2072 endte med 8 450 lærlinger, 640 flere enn i 2071.",
     "2.3", "Prosjekt"),
]
OLD_ROW = ("Kompetansebarometer for kommunesektoren", "2.2", "Analyse", "KS FoU", "",
           "Avsluttet 2071 – tatt med for ordens skyld.")

TYPED = ("M06", "UHR-Lærerutdanning og UHR-Helse og velferd",
         "KS har i 2072 hatt representanter i disse to strategiske enhetene i UHR, der vi tar opp "
         "kommunesektorens behov for praksisplasser og relevans i utdanningene.",
         "1.4", "Råd/utvalg/nettverk", "KS", "UHR, universiteter og høyskoler")


def _picture() -> bytes:
    s = 2  # rendered at 2x, as Excel pastes at screen resolution on a scaled display
    f = pil_font(11 * s)
    fb = pil_font(11 * s, bold=True)
    pad = 5 * s
    line_h = 15 * s
    widths = [w * s for w in WIDTHS]
    tmp = Image.new("RGB", (10, 10))
    d0 = ImageDraw.Draw(tmp)

    def cell_lines(text, w, font):
        out = []
        for part in text.split("\n"):
            out.extend(pil_wrap(d0, part, font, w - 2 * pad) or [""])
        return out

    table = [(HEAD, True, None)] + [([r[1], r[2], r[3], r[4], r[5], r[6]], False, None) for r in PIC_ROWS] + \
        [(list(OLD_ROW), False, "grey")]
    heights = []
    for cells, bold, _ in table:
        n = max(len(cell_lines(c, w, fb if bold else f)) for c, w in zip(cells, widths))
        heights.append(n * line_h + 2 * pad)
    tw = sum(widths) + 1
    th = sum(heights) + 1
    im = Image.new("RGB", (tw, th), "white")
    d = ImageDraw.Draw(im)
    y = 0
    for (cells, bold, style), h in zip(table, heights):
        x = 0
        if bold:
            d.rectangle([0, y, tw - 1, y + h], fill=(197, 217, 241))
        for c, w in zip(cells, widths):
            d.rectangle([x, y, x + w, y + h], outline=(166, 166, 166), width=1)
            color = (128, 128, 128) if style == "grey" else (0, 0, 0)
            yy = y + pad
            for ln in cell_lines(c, w, fb if bold else f):
                d.text((x + pad, yy), ln, font=fb if bold else f, fill=color)
                yy += line_h
            x += w
        y += h
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def build(out):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header.paragraphs[0]
    hdr.text = "KS – Kommunesektorens organisasjon"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = doc.add_paragraph()
    r = t.add_run("Notat")
    r.bold = True
    r.font.size = Pt(20)
    for label, val in [("Til:", "Sekretariatet for Kompetansepolitisk råd"),
                       ("Fra:", "KS, Arbeidsgiverpolitisk avdeling"),
                       ("Dato:", "29.01.2073"),
                       ("Saksnr.:", "72/01844-6"),
                       ("Sak:", "KS' rapportering om kompetansetiltak i 2072")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rl = p.add_run(label + "\t")
        rl.bold = True
        p.add_run(val)
    doc.add_paragraph()
    doc.add_paragraph(
        "KS rapporterer med dette om tiltak i 2072 som følger opp Nasjonal kompetansepolitisk strategi. "
        "Kommunesektoren er landets største arbeidsgiver, og KS prioriterer rekruttering av fagarbeidere "
        "og kompetanseutvikling for ansatte i helse og omsorg.")
    doc.add_paragraph(
        "Tabellen under er klippet ut av vår interne tiltaksoversikt i Excel. Beklager at den kommer som "
        "bilde – formatet ble ødelagt da vi limte den inn som tabell.")
    cap = doc.add_paragraph()
    rc = cap.add_run("Tabell 1 Tiltak 2072 (utklipp fra KS' tiltaksoversikt)")
    rc.italic = True
    doc.add_picture(io.BytesIO(_picture()), width=Cm(16.6))
    doc.add_paragraph()
    seed, name, desc, dm, typ, ans, partners = TYPED
    p = doc.add_paragraph("I tillegg, som ikke kom med i tabellen:")
    p = doc.add_paragraph()
    rb = p.add_run(name + ". ")
    rb.bold = True
    p.add_run(desc + " Delmål 1.4, råd og utvalg. Ansvarlig: " + ans + ". Samarbeid: " + partners + ".")
    h = doc.add_paragraph()
    hr = h.add_run("Videre arbeid 2073")
    hr.bold = True
    doc.add_paragraph(
        "KS vil i 2073 videreføre bransjeprogrammet og Lærlingløftet. Vi planlegger også en ny "
        "kartlegging av kompetansebehovet i kommunene, som skal gi innspill til KBU i 2074.")
    doc.add_paragraph("Kontaktperson: Ingunn Bakke, spesialrådgiver, ingunn.bakke@ks.no")
    save_docx(doc, out / FILENAME, title="Notat – rapportering KPR 2072", author="Ingunn Bakke",
              created="2073-01-27T09:12:00Z", modified="2073-01-29T13:48:00Z", company="KS")
    rows = [truth(FILENAME, MEMBER, r[1], r[0], r[7], r[8], r[4], r[5], r[6]) for r in PIC_ROWS]
    rows.append(truth(FILENAME, MEMBER, name, seed, dm, typ, ans, partners, desc))
    return rows
