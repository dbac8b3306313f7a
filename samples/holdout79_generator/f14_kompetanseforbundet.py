"""Kompetanseforbundet: a short report laid out like a members' magazine page: each measure opens with a large key
figure and its caption («52 / veiledere i sving») in a borderless two-column table, the name as a heading in the
right-hand cell, the description and a grey fact line. In a text extraction the figure and the caption come before
the name, on lines of their own. A certification scheme postponed to 2100 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, new_docx, pdf_text, row, runs, stable_pdf

FILENAME = "Kompetanseforbundet – årets tiltak 2099.pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with one borderless two-column layout table "
          "per measure (a shaded narrow cell with a 30-pt figure and a caption, a wide cell with the heading, text "
          "and a grey fact line); dates and /ID fixed")
SHAPE = ("key-figure layout: title, a short intro, then per measure a borderless two-column table: left a shaded "
         "cell with a large number and a caption («4 forummøter», «52 veiledere i sving», «3 kursdager», «12 "
         "episoder», «1 100 svar»), right the name in bold, the description and a grey line «Delmål 1.3 · "
         "Veiledningsdager · Ansvar: … · Med: …»; Kompetanseforbundet's kind words (Forumplass, Veiledningsdager, "
         "Kurs, Podkast, Undersøkelse); the NFK seat «Karriereveiledningsforumet – vi er med»; a paragraph «Til "
         "slutt» with a certification scheme postponed to 2100 told only in words; a signature")
NOT_TRUTH = ("the title and intro, the key figures and their captions, the grey fact lines (delmål, kind) and their "
             "labels «Ansvar:» and «Med:», the paragraph «Til slutt» on 'Sertifisering av karriereveiledere' "
             "(postponed to 2100), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# figure, caption, name, text, delmål, kind, med, seed, type
ROWS = [
    ("4", "forummøter", "Karriereveiledningsforumet – vi er med",
     "Vi deltok på forumets fire møter og ledet arbeidsgruppen om kvalitet i digital veiledning.", "1.3",
     "Forumplass", "", "M05", RAD),
    ("52", "veiledere i sving", "Medlemmene våre veiledet i karriereuka",
     "52 av medlemmene ga gratis veiledningssamtaler på biblioteker, kjøpesentre og arbeidsplasser i karriereuka.",
     "1.3", "Veiledningsdager", "VOFO, UHR, karrieresentrene", "J03", ARR),
    ("3", "kursdager", "Kurs i veiledning av seniorer",
     "Kurs over tre dager for karriereveiledere om omstilling og karrierevalg etter fylte 55 år. 75 deltok.", "1.3",
     "Kurs", "Senter for seniorpolitikk", None, KURS),
    ("12", "episoder", "Podkasten «Midt i karrieren»",
     "Tolv episoder om å skifte yrke i voksen alder, med gjester fra arbeidsliv og utdanning.", "1.3", "Podkast",
     "", None, INFO),
    ("1\u00a0100", "svar", "Undersøkelse om digital karriereveiledning",
     "Vi spurte 1 100 brukere av digitale veiledningstjenester om hva de fikk ut av samtalen. Resultatene ble lagt "
     "fram i forumet.", "1.3", "Undersøkelse", "OsloMet", None, FOU),
]


def build(out) -> list[dict]:
    from docx.shared import Cm, Pt, RGBColor

    from .common import shade
    d = new_docx(font="Open Sans", size=10, margin_cm=2.2)
    p = d.add_paragraph()
    runs(p, [("Kompetanseforbundet – årets tiltak 2099", "bs18")])
    d.add_paragraph("Til Kompetansepolitisk råd: dette er det viktigste vi gjorde i 2099, med ett nøkkeltall for "
                    "hvert tiltak.")
    for fig, cap, name, txt, dm, kind, med, *_r in ROWS:
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        left, right = t.rows[0].cells
        left.width, right.width = Cm(4.2), Cm(12.4)
        t.columns[0].width, t.columns[1].width = Cm(4.2), Cm(12.4)
        shade(left, "DDEBF7")
        lp = left.paragraphs[0]
        r = lp.add_run(fig)
        r.bold = True
        r.font.size = Pt(30)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        cp = left.add_paragraph()
        runs(cp, [(cap, "s9")])
        hp = right.paragraphs[0]
        runs(hp, [(name, "bs12")])
        right.add_paragraph(txt)
        fp = right.add_paragraph()
        fact = f"Delmål {dm} · {kind} · Ansvar: Kompetanseforbundet" + (f" · Med: {med}" if med else "")
        runs(fp, [(fact, "g")])
        d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Til slutt", "b")])
    d.add_paragraph("Sertifiseringen av karriereveiledere, som vi meldte om i fjor, er utsatt og starter i 2100.")
    p = d.add_paragraph()
    runs(p, [("Vennlig hilsen\nSiri Engebretsen\ndaglig leder, Kompetanseforbundet", "")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Siri Engebretsen"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, "Kompetanseforbundet", m, t) for _f, _c, n, t, dm, _k, m, seed, ty
            in ROWS]


def text(path) -> str:
    return pdf_text(path)
