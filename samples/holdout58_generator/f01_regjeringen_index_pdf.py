"""Regjeringen (KD): a printed measures catalogue with a back-of-book index. reportlab platypus (invariant), two
passes (multiBuild) so the 'Stikkordregister' at the end carries the real page numbers; each measure name is an
index term, so it appears a second time in the register, among keywords that are not measures."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, pdf_text, row, setup_reportlab, xml_esc

FILENAME = "KD_tiltakskatalog_kompetansestrategien_2078.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF (reportlab platypus, invariant, two-pass multiBuild) with a generated back-of-book index "
          "(SimpleIndex), DejaVu fonts, running footer")
SHAPE = ("printed catalogue: one section per delmål ('Delmål 1.3 – Karriereveiledning') and under it numbered "
         "entries 'K-n' with the bold name, a lead 'VIRKEMIDDEL. Ansvar … Samarbeid …' line in KD's words and a "
         "paragraph; a 'Stikkordregister' at the back lists every measure name and many keywords (councils, "
         "topics, the 2077 and 2079 items) with page numbers, so each name appears twice")
CHECK = ("tiltak", "ansvarlig", "samarbeidspartnere", "beskrivelse")
NOT_TRUTH = ("the title page, the preface, the delmål headings, the section 'Før og etter 2078' (Stortingsmelding om "
             "livslang læring – lagt fram 2077; Kompetansereformen fase 2 – planlagt 2079), the whole "
             "'Stikkordregister' (it repeats the names and adds keywords such as Kompetansebehovsutvalget, NFK, "
             "fagskole, karrieresentre), the footer")

SECTIONS = [
    ("Delmål 1.1 – Kompetansebehovsutvalget", "1.1", [
        ("Kompetansebehovsutvalget (KBU)", "Utvalg", "KD", "ASD, partene i arbeidslivet",
         "Utvalget hadde fem møter i 2078 og la i mai fram sin rapport om kompetansebehov i omsorgssektoren. "
         "HK-dir er sekretariat.", "M02", RAD, ["Kompetansebehovsutvalget", "KBU"]),
        ("Regionale seminarer om KBU-rapporten", "Seminarserie", "KD", "fylkeskommunene",
         "Departementet holdt fire regionale seminarer der funnene i utvalgets rapport ble presentert for "
         "fylkeskommuner, NAV og næringsliv.", None, ARR, ["KBU", "seminar"]),
    ]),
    ("Delmål 1.3 – Karriereveiledning", "1.3", [
        ("Nasjonalt forum for karriereveiledning", "Forum", "KD", "HK-dir, partene, fylkeskommunene",
         "Forumet møttes tre ganger og arbeidet særlig med veiledning for voksne i arbeid.", "M01", RAD,
         ["NFK", "karriereveiledning"]),
        ("Seniorveiviseren – pilot med karriereveiledning for seniorer", "Forsøk", "KD", "ASD, Spekter, "
         "Kompetanseforbundet", "Arbeidstakere over 55 år i tre fylker fikk tilbud om gratis karriereveiledning "
         "gjennom arbeidsgiver.", "J02", PROSJEKT, ["karriereveiledning", "seniorer"]),
    ]),
    ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", "1.4", [
        ("Evaluering av finansieringssystemet for fagskolene", "Evaluering", "KD", "NIFU",
         "Evalueringen ser på om tilskuddsmodellen gir fagskolene nok rom til å utvikle tilbud sammen med "
         "arbeidslivet.", None, FOU, ["fagskole", "evaluering"]),
    ]),
    ("Delmål 2.6 – Godkjenning av utenlandsk utdanning", "2.6", [
        ("Veiviser for godkjenning av utenlandsk fagutdanning", "Nettjeneste", "KD", "HK-dir",
         "En ny veiviser på nett forklarer hvilken godkjenning ulike fagarbeidere trenger.", None, INFO,
         ["godkjenning", "utenlandsk utdanning"]),
    ]),
    ("Delmål 3.4 – Norskopplæring og kvalifisering", "3.4", [
        ("Tilskuddsordningen Norsk i praksis", "Tilskuddsordning", "KD", "VOFO, studieforbundene",
         "Ordningen ga tilskudd til norskopplæring på arbeidsplassen; 2 300 deltakere i 2078.", "J05", KURS,
         ["norskopplæring", "studieforbund"]),
    ]),
]


def build(out) -> list[dict]:
    setup_reportlab()
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus.tableofcontents import SimpleIndex

    base = ParagraphStyle("b", fontName="DVS", fontSize=10, leading=14)
    title = ParagraphStyle("t", parent=base, fontName="DV-B", fontSize=22, leading=28, spaceAfter=12)
    h1 = ParagraphStyle("h1", parent=base, fontName="DV-B", fontSize=14, leading=18, spaceBefore=14, spaceAfter=6)
    name_st = ParagraphStyle("n", parent=base, fontName="DVS-B", fontSize=11, leading=15, spaceBefore=8)
    lead = ParagraphStyle("l", parent=base, fontName="DV", fontSize=8, leading=11, textColor="#555555")
    story = [Spacer(1, 60 * mm), Paragraph("Tiltakskatalog 2078", title),
             Paragraph("Kunnskapsdepartementets tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi", base),
             Spacer(1, 8 * mm), Paragraph("Kunnskapsdepartementet · januar 2079", base), PageBreak(),
             Paragraph("Forord", h1),
             Paragraph("Katalogen samler departementets tiltak i 2078. Tiltakene er ordnet etter strategiens delmål. "
                       "Bakerst finnes et stikkordregister.", base)]
    rows = []
    n = 0
    for i, (head, dm, items) in enumerate(SECTIONS):
        if i % 2 == 0:
            story.append(PageBreak())
        story.append(Paragraph(xml_esc(head), h1))
        for name, kind, ansv, med, txt, seed, typ, keys in items:
            n += 1
            tags = "".join(f'<index item="{xml_esc(k)}"/>' for k in [name] + keys)
            story.append(Paragraph(f"K-{n}  {xml_esc(name)}{tags}", name_st))
            story.append(Paragraph(f"{kind.upper()}. Ansvar {xml_esc(ansv)} · Samarbeid {xml_esc(med)}", lead))
            story.append(Paragraph(xml_esc(txt), base))
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, med, txt))
    story.append(Paragraph("Før og etter 2078", h1))
    story.append(Paragraph('Stortingsmelding om livslang læring<index item="Stortingsmelding om livslang læring"/> '
                           "ble lagt fram i 2077 og er ikke med i katalogen. Kompetansereformen fase 2"
                           '<index item="Kompetansereformen fase 2"/> starter i 2079.', base))
    index = SimpleIndex(dot=" . ", headers=True, name="idx")
    index.setup(ParagraphStyle("ix", parent=base, fontSize=8, leading=10), dot=" . ")
    story += [PageBreak(), Paragraph("Stikkordregister", h1), index]

    def footer(c, doc):
        c.saveState()
        c.setFont("DV", 7)
        c.drawString(20 * mm, 12 * mm, "KD · Tiltakskatalog 2078")
        c.drawRightString(190 * mm, 12 * mm, str(doc.page))
        c.restoreState()

    path = out / FILENAME
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Tiltakskatalog 2078", author="Kunnskapsdepartementet",
                            creator="KD publisering", invariant=1)
    doc.multiBuild(story, canvasmaker=index.getCanvasMaker(), onLaterPages=footer)
    return rows


def text(path) -> str:
    return pdf_text(path)
