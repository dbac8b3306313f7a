"""Akademikerne: a short report printed to PDF by LibreOffice, written from the federation's intranet posts. Each
measure ends with a line of hashtags as on the intranet: «#delmål1_4» for the delmål (an underscore for the dot,
since a hashtag cannot hold one) and a second tag for the kind («#rådsarbeid», «#kurs»). A mentoring scheme that
starts in February 2099 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, new_docx, pdf_text, row, runs, stable_pdf

FILENAME = "Akademikerne – rapport KPR 2098.pdf"
MEMBER = "Akademikerne"
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with Heading 2 per measure, body "
          "paragraphs and a grey hashtag line; dates and /ID fixed")
SHAPE = ("report built from intranet posts with the delmål and the kind as hashtags: title, an intro that explains "
         "the tags («#delmål2_4 betyr delmål 2.4»), then per measure a Heading 2 with the name, the description, a "
         "line «Ansvar: … Med: …» and a grey line «Emneknagger: #delmål1_4 #rådsarbeid»; the kind only as a tag in "
         "Akademikerne's words (#rådsarbeid, #kurs, #analyse, #møteplass, #veileder); the UHR-FSE seat "
         "«Legeforeningen i UHR-Medisin og helse»; a mentoring scheme that starts in February 2099 told only in words "
         "under «Andre saker»; a closing line")
NOT_TRUTH = ("the title and intro, the Emneknagger lines (delmål and kind tags), the labels «Ansvar:» and «Med:», the "
             "section «Andre saker» with 'Mentorordning for nyutdannede psykologer' (starts in February 2099), the "
             "closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, ansvar, med, delmål, tag, seed, type
ROWS = [
    ("Legeforeningen i UHR-Medisin og helse",
     "Legeforeningen har en plass i UHRs fagstrategiske enhet for medisin og helse. Enheten arbeidet i 2098 med "
     "felles læringsmål for praksis i medisinstudiet og med dimensjonering av spesialistutdanningen.",
     "Den norske legeforening", "", "1.4", "rådsarbeid", "M04", RAD),
    ("Etterutdanningsdager for jurister i offentlig sektor",
     "To dager med kurs i forvaltningsrett, personvern og KI i saksbehandling, holdt i Oslo og Trondheim. 540 "
     "jurister deltok.", "Juristforbundet", "Universitetet i Oslo", "2.4", "kurs", None, KURS),
    ("Rapport: Akademikere og kunstig intelligens",
     "Menon Economics undersøkte hvordan generativ KI endrer arbeidsoppgavene til ingeniører, økonomer og jurister, "
     "og hvilken kompetanse de trenger. Rapporten kom i mai.", "Tekna", "Menon Economics", "2.1", "analyse", None,
     FOU),
    ("Karrierekvelder for studenter",
     "Åtte kvelder ved NHH og UiO der studenter møtte medlemmer fra ulike yrker og fikk råd om valg av fag og "
     "første jobb. 1 200 studenter kom.", "Samfunnsøkonomene og Econa", "NHH, UiO", "1.3", "møteplass", None, ARR),
    ("Veileder om kompetanseplaner i virksomheten",
     "Digital veileder for tillitsvalgte om hvordan de kan kreve og følge opp kompetanseplaner lokalt. Den ble lastet "
     "ned 3 400 ganger.", "Akademikerne", "", "2.2", "veileder", None, INFO),
]


def build(out) -> list[dict]:
    from docx.shared import Pt
    d = new_docx(font="Calibri", size=11, margin_cm=2.2)
    p = d.add_paragraph()
    runs(p, [("Akademikerne – rapport til Kompetansepolitisk råd 2098", "bs16")])
    d.add_paragraph(
        "Omtalene er hentet fra innleggene på intranettet vårt og samlet her. Emneknaggene står som på intranettet: "
        "den første viser delmålet i strategien (#delmål2_4 betyr delmål 2.4), den andre hva slags tiltak det er.")
    for name, txt, ansvar, med, dm, tag, _s, _t in ROWS:
        d.add_heading(name, level=2)
        d.add_paragraph(txt)
        p = d.add_paragraph(f"Ansvar: {ansvar}." + (f" Med: {med}." if med else ""))
        p.paragraph_format.space_after = Pt(0)
        p = d.add_paragraph()
        runs(p, [(f"Emneknagger: #delmål{dm.replace('.', '_')} #{tag}", "g")])
    d.add_heading("Andre saker", level=2)
    d.add_paragraph("Mentorordning for nyutdannede psykologer er ferdig utviklet i Psykologforeningen og starter i "
                    "februar 2099.")
    p = d.add_paragraph()
    runs(p, [("Oslo, januar 2099 · Akademikerne, ved Jon Erik Lund", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Jon Erik Lund"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for n, t, a, m, dm, _g, seed, ty in ROWS]


def text(path) -> str:
    return pdf_text(path)
