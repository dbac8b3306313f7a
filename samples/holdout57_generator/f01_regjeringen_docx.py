"""Regjeringen: KD's Word report. Each delmål is a Heading 3; under it the measures stand in a two-column
borderless table (left: bold name and a grey kind word, right: text and an 'Ansvar · Samarbeid' line)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.shared import Cm, Pt, RGBColor

from .common import FOU, INFO, KURS, PROSJEKT, RAD, ARR, docx_text, normalise_ooxml, row

FILENAME = "KD_rapport_kompetansepolitisk_rad_2077.docx"
MEMBER = "Regjeringen"
FORMAT = "DOCX (python-docx), zip normalised"
SHAPE = ("ministry report: each delmål is a Heading 3 ('Delmål 1.3 Karriereveiledning'); the measures under it "
         "form a two-column borderless table – left cell the bold name with a grey kind word in KD's words "
         "(Utvalg, Forum, Konferanse, Forsøk, Tilskuddsordning, Evaluering, Veileder) under it, right cell the text "
         "and a small 'Ansvar: … · Samarbeid: …' line; closing sections 'Avsluttet i 2076' and 'Videre arbeid i "
         "2078' as plain bullets")
NOT_TRUTH = ("the title and intro, the Heading 1/Heading 3 lines, the bullets under 'Avsluttet i 2076' (Melding om "
             "fagskolene, finished 2076) and 'Videre arbeid i 2078' (Kompetansereform for voksne – ny fase, planned "
             "2078), the contact line")

GROUPS = [
    ("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", [
        ("Delmål 1.1 Kompetansebehovsutvalget", [
            ("Kompetansebehovsutvalget", "Utvalg", "KD", "ASD, partene i arbeidslivet",
             "KBU hadde seks møter og la i juni 2077 fram en rapport om kompetansebehov i det grønne skiftet. "
             "HK-dir er sekretariat for utvalget.", ("M01", "1.1", RAD)),
            ("Høringskonferanse om KBU-rapporten 2077", "Konferanse", "KD", "KS, NHO, LO, Unio",
             "Departementet samlet partene og fylkeskommunene til en åpen konferanse om funnene i utvalgets "
             "rapport, med innledninger fra tre av utvalgets medlemmer.", ("U", "1.1", ARR)),
        ]),
        ("Delmål 1.3 Karriereveiledning", [
            ("Nasjonalt forum for karriereveiledning", "Forum", "HK-dir",
             "KD, fylkeskommunene, partene i arbeidslivet",
             "Forumet møttes fire ganger og drøftet særlig veiledning av voksne i omstilling.", ("M06", "1.3", RAD)),
            ("VeiViser – karriereveiledning på NAV-kontor (pilot)", "Forsøk", "AID",
             "KD, NAV, Kompetanseforbundet, Møre og Romsdal fylkeskommune",
             "Karriereveiledere fra fylkeskommunene har faste dager på 12 NAV-kontor; piloten evalueres i 2078.",
             ("J02", "1.3", PROSJEKT)),
        ]),
    ]),
    ("Hovedinnsatsområde 2: Læring i arbeidslivet", [
        ("Delmål 2.4 Koble kompetansebehov og utdanningstilbud", [
            ("Evaluering av fagskolereformen", "Evaluering", "KD", "NIFU, Nasjonalt fagskoleråd",
             "Første delrapport viser at flere fagskoler samarbeider tett med bransjene om nye korte tilbud.",
             ("U", "2.4", FOU)),
        ]),
        ("Delmål 2.6 Godkjenning av utenlandsk utdanning", [
            ("Veileder for godkjenning av utenlandsk fagutdanning", "Veileder", "HK-dir",
             "Udir, fylkeskommunene",
             "En digital veileder forklarer søkere og arbeidsgivere hvordan utenlandsk fag- og yrkesopplæring "
             "blir vurdert.", ("U", "2.6", INFO)),
        ]),
    ]),
    ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Delmål 3.4 Norskopplæring og kvalifisering for innvandrere", [
            ("Tilskudd til Språkvenn", "Tilskuddsordning", "KD", "VOFO, studieforbundene",
             "Tilskuddet finansierte 1 150 Språkvenn-grupper der frivillige trener norsk med voksne innvandrere.",
             ("J06", "3.4", KURS)),
        ]),
    ]),
]


def build(out) -> list[dict]:
    doc = Document()
    doc.core_properties.author = "Kunnskapsdepartementet"
    doc.core_properties.title = "Rapport til Kompetansepolitisk råd 2077"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Kunnskapsdepartementets rapport til Kompetansepolitisk råd – 2077", level=0)
    doc.add_paragraph("Rapporten viser hvordan regjeringen fulgte opp delmålene i Nasjonal kompetansepolitisk "
                      "strategi i 2077. Tiltakene er ordnet etter delmål.")
    rows = []
    for area, dms in GROUPS:
        doc.add_heading(area, level=1)
        for dm, items in dms:
            doc.add_heading(dm, level=3)
            t = doc.add_table(rows=0, cols=2)
            for name, kind, ansv, med, text, (seed, code, typ) in items:
                r = t.add_row().cells
                r[0].width = Cm(5.5)
                r[1].width = Cm(10.5)
                p = r[0].paragraphs[0]
                p.add_run(name).bold = True
                k = r[0].add_paragraph().add_run(kind)
                k.font.size = Pt(9)
                k.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
                r[1].paragraphs[0].add_run(text)
                a = r[1].add_paragraph().add_run(f"Ansvar: {ansv} · Samarbeid: {med}")
                a.font.size = Pt(9)
                a.italic = True
                rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, text))
            doc.add_paragraph()
    doc.add_heading("Avsluttet i 2076", level=1)
    doc.add_paragraph("Melding til Stortinget om fagskolene (lagt fram i 2076)", style="List Bullet")
    doc.add_heading("Videre arbeid i 2078", level=1)
    doc.add_paragraph("Kompetansereform for voksne – ny fase fra 2078", style="List Bullet")
    doc.add_paragraph("Kontakt: Avdeling for kompetansepolitikk, Kunnskapsdepartementet.")
    p = out / FILENAME
    doc.save(str(p))
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    return docx_text(path)
