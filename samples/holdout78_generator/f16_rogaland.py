"""Not a member report: the cooperation agreement between Rogaland fylkeskommune and NAV Rogaland on careers guidance
for 2099–2102, which the county sent to the secretariat for information together with its report. Its numbered
paragraphs list duties and joint tasks that read like measures, but it is an agreement for the coming years, not a
report of what was done in 2098; it gives no truth rows."""
from __future__ import annotations

from .common import docx_bytes, new_docx, pdf_text, runs, stable_pdf

FILENAME = "Samarbeidsavtale karriereveiledning Rogaland fylkeskommune og NAV Rogaland (til orientering).pdf"
MEMBER = None
FORMAT = ("PDF exported by LibreOffice Writer from a DOCX (python-docx) with numbered paragraphs (§ 1–§ 8), lettered "
          "task lists and a borderless two-column signature table; dates and /ID fixed")
SHAPE = ("NOT a member report: «Samarbeidsavtale om karriereveiledning 2099–2102 mellom Rogaland fylkeskommune og NAV "
         "Rogaland», sent by the county for information: parties, § 1 Formål, § 2 Bakgrunn (names the national "
         "strategy and the county's regional plan), § 3 Partenes ansvar with lettered duties for each party, § 4 "
         "Felles tiltak a)–e) that read like measures (a joint guidance day, guidance on the bus, a forum, "
         "competence for NAV staff, shared statistics), § 5 Organisering with a «samarbeidsforum», § 6 Økonomi, § 7 "
         "Varighet from 1 January 2099, § 8 Tvister, and a signature table with the county director and the NAV "
         "director dated December 2098; no truth rows")
NOT_TRUTH = ("everything (not a member report): the agreement's paragraphs, the joint tasks for 2099–2102, the "
             "signatures")
SPLIT_FIELDS = ()

PARAS = [
    ("§ 1 Formål", ["Avtalen skal sikre at innbyggere i Rogaland får et helhetlig og godt tilbud om "
                   "karriereveiledning, uansett om de henvender seg til fylkeskommunen eller til NAV."]),
    ("§ 2 Bakgrunn", ["Avtalen bygger på Nasjonal kompetansepolitisk strategi og Regional plan for kompetanse og "
                      "arbeidsliv 2096–2107, og erstatter avtalen av 4. mars 2094."]),
    ("§ 3 Partenes ansvar", ["Rogaland fylkeskommune skal:",
                             "a) drive Karrieresenteret Rogaland med tilbud i alle regioner i fylket,",
                             "b) gi NAV-veiledere tilgang til karrieresenterets verktøy og kurs,",
                             "c) ha ansvar for veiledning av voksne som vil ta fagbrev.",
                             "NAV Rogaland skal:",
                             "d) henvise brukere som trenger karriereveiledning, til karrieresenteret,",
                             "e) sørge for at veiledere ved NAV-kontorene har grunnleggende kompetanse i "
                             "karriereveiledning."]),
    ("§ 4 Felles tiltak", ["Partene skal i avtaleperioden samarbeide om:",
                           "a) en felles veiledningsdag hvert år i samarbeid med kommunene,",
                           "b) veiledning på veiledningsbussen når den besøker tettsteder og arbeidsplasser,",
                           "c) et felles fagnettverk for veiledere i fylkeskommunen og NAV,",
                           "d) kompetanseheving for nyansatte veiledere i NAV,",
                           "e) felles statistikk over bruken av veiledningstilbudene."]),
    ("§ 5 Organisering", ["Partene oppretter et samarbeidsforum med to representanter fra hver part. Forumet møtes "
                          "minst to ganger i året og følger opp avtalen."]),
    ("§ 6 Økonomi", ["Hver part dekker egne kostnader. Felles tiltak etter § 4 finansieres etter avtale i "
                     "samarbeidsforumet."]),
    ("§ 7 Varighet", ["Avtalen gjelder fra 1. januar 2099 til 31. desember 2102. Den kan sies opp med seks måneders "
                      "varsel."]),
    ("§ 8 Tvister", ["Uenighet om forståelsen av avtalen løses ved forhandlinger mellom partene."]),
]


def build(out) -> list[dict]:
    from docx.shared import Cm
    d = new_docx(font="Arial", size=10.5, margin_cm=2.4)
    p = d.add_paragraph()
    runs(p, [("Samarbeidsavtale om karriereveiledning 2099–2102", "bs15")])
    p = d.add_paragraph()
    runs(p, [("mellom Rogaland fylkeskommune og NAV Rogaland", "i")])
    for head, lines in PARAS:
        p = d.add_paragraph()
        runs(p, [(head, "b")])
        for ln in lines:
            q = d.add_paragraph(ln)
            if ln[:2] in {"a)", "b)", "c)", "d)", "e)"}:
                q.paragraph_format.left_indent = Cm(0.8)
    d.add_paragraph()
    d.add_paragraph("Avtalen er inngått i to eksemplarer, ett til hver part.")
    t = d.add_table(rows=3, cols=2)
    vals = [("Stavanger, 15. desember 2098", "Stavanger, 15. desember 2098"),
            ("Tone Grønnevik", "Arne Sele"),
            ("fylkesdirektør for opplæring og kompetanse\nRogaland fylkeskommune", "direktør\nNAV Rogaland")]
    for r_, (a, b) in zip(t.rows, vals):
        r_.cells[0].text, r_.cells[1].text = a, b
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Rogaland fylkeskommune"), ".docx"))
    return []


def text(path) -> str:
    return pdf_text(path)
