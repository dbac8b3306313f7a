"""Sametinget: an ordinary report written in Word and exported to PDF. The Heading 2s are Sametinget's paraphrases of
the delmål (no codes). Under each heading, each measure is a bold name paragraph, a description paragraph and a grey
fact line with bilingual North Sámi/Norwegian labels: «Šládja/Type: kurs · Ovddasvástu/Ansvar: Opplæringsavdelingen ·
Ovttasbargu/Samarbeid: …». One measure under a heading was not held in 2088."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Sametinget – rapport om kompetansetiltak 2088.pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 2 sections and grey small-print lines; "
          "dates and /ID fixed")
SHAPE = ("report with headings that paraphrase the delmål (no codes: «Karriereveiledning som tar hensyn til samisk "
         "språk og kultur» = 1.3, «Fleksibel opplæring for voksne i samiske områder» = 3.1 …); per measure a bold "
         "name, a description and a grey line with bilingual labels «Šládja/Type: kurs · Ovddasvástu/Ansvar: … · "
         "Ovttasbargu/Samarbeid: …» (kind words forum, kurs, utredning, prosjekt, møteplass); a measure not held in "
         "2088 under the 1.4 heading")
NOT_TRUTH = ("the head, intro and delmål headings, the labels and kind words of the grey lines, the measure 'Samiske "
             "lærlingers dag' (not held in 2088, next in the autumn of 2089), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

OA = "Opplæringsavdelingen"
NA = "Næringsavdelingen"
# (heading, items); item = (name, text, kind, ansvar, partners, seed, dm, type)
SECTIONS = [
    ("Karriereveiledning som tar hensyn til samisk språk og kultur", [
        ("Sametingets plass i Nasjonalt forum for karriereveiledning",
         "Sametinget deltar i forumet for å ivareta samisk språk og kultur i karriereveiledningen. I 2088 ble det laget "
         "en veileder for karrieresamtaler med samisk ungdom.", "forum", OA, [], "M01", "1.3", RAD),
    ]),
    ("Fleksibel opplæring for voksne i samiske områder", [
        ("Duodjiopplæring for voksne",
         "Modulbasert opplæring i duodji for voksne som vil ta fagbrev i duodjifaget, gitt i Karasjok og Snåsa. 38 "
         "deltakere.", "kurs", OA, ["Samisk videregående skole og reindriftsskole"], None, "3.1", KURS),
    ]),
    ("Kunnskap om læring og kompetanse i samiske næringer", [
        ("Kompetansebehov i reindrifta",
         "Utredning om hvilken kompetanse reindriftsutøvere trenger i møte med klimaendringer og arealpress. Lagt fram "
         "i oktober.", "utredning", NA, ["Samisk høgskole"], None, "2.2", FOU),
    ]),
    ("Kompetansepluss i samiske områder", [
        ("Grunnleggende ferdigheter på samisk og norsk",
         "Prosjekt i Finnmark og Nordland der voksne i samiske lokalsamfunn får opplæring i lesing, skriving og "
         "digitale ferdigheter, også på samisk. 90 deltakere.", "prosjekt", OA, ["HK-dir", "VOFO"], None, "3.2",
         PROSJEKT),
    ]),
    ("Samarbeid mellom utdanning og samisk arbeidsliv", [
        ("Samisk næringslivsdag i Tromsø",
         "Møteplass for samiske bedrifter, utdanningsinstitusjoner og studenter, med 160 deltakere.", "møteplass", NA,
         ["UiT Norges arktiske universitet"], None, "1.4", ARR),
        ("Samiske lærlingers dag",
         "Dagen ble ikke holdt i 2088. Neste gang er høsten 2089.", "", "", [], "", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    d.add_paragraph("Sámediggi – Sametinget\nKárášjohka/Karasjok, 13.01.2089")
    p = d.add_paragraph()
    add_runs(p, [("Rapport om kompetansetiltak 2088", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Sametinget rapporterer her tiltakene i 2088 under de målene i strategien som de følger opp.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=2)
        for name, txt, kind, ans, med, seed, dm, ty in items:
            p = d.add_paragraph()
            add_runs(p, [(name, "b")])
            d.add_paragraph(txt)
            if ty:
                line = (f"Šládja/Type: {kind} · Ovddasvástu/Ansvar: {ans} · Ovttasbargu/Samarbeid: "
                        f"{', '.join(med) if med else '–'}")
                lp = d.add_paragraph()
                r = lp.add_run(line)
                r.font.size = Pt(8.5)
                r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), txt))
    d.add_paragraph()
    d.add_paragraph("Dearvvuođaiguin / Med hilsen\nÁnte Mikkel Gaup\nrådgiver, opplæringsavdelingen")
    docx_to_pdf(d, out / FILENAME, author="Ánte Mikkel Gaup")
    return rows


def text(path) -> str:
    return pdf_text(path)
