"""Akademikerne: the report sent as its Typst source file, not as the PDF made from it. Each measure is a call of a
small function the author defined at the top – «#tiltak([name], delmål: "1.4", form: "rådsarbeid", ansvar: "…",
med: ("…", "…"))[description]» – so the facts are named arguments and the partners a Typst array. A measure that was
cancelled is left in as comment lines, and a mentoring scheme that starts in February 2100 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row

FILENAME = "akademikerne-kpr-2099.typ"
MEMBER = "Akademikerne"
FORMAT = ("Typst source (.typ, UTF-8, LF, written as text): #set rules for document, page, text and heading, a "
          "#show rule, a #let function with named parameters, one function call per measure with a content block "
          "for the description, line and block comments")
SHAPE = ("typesetting source sent instead of the typeset PDF: a block comment with the author and how to compile, "
         "#set document(…), #set page(…) with a footer, #set text(lang: \"nb\"), the function «#let tiltak(navn, "
         "delmål: none, form: none, ansvar: none, med: (), body)» that typesets a heading and a grey fact line, then "
         "the title as «= …», an intro paragraph and one call per measure – «#tiltak([Teknas plass i RSA ved NTNU], "
         "delmål: \"1.4\", form: \"rådsarbeid\", ansvar: \"Tekna\",)[…]» – the name as the first content argument, "
         "delmål, kind and responsible as named string arguments, the partners as an array «med: (\"NTNU\", …)», "
         "the description as the trailing content block; Akademikerne's kind words (rådsarbeid, nettjeneste, "
         "etterutdanning, rapport, karrieredag); the RSA seat «Teknas plass i RSA ved NTNU»; a cancelled course left "
         "in as «//» comment lines; a section «= Planlagt for 2100» with a mentoring scheme starting in February "
         "2100 told only in words; the contact as a #link")
NOT_TRUTH = ("the comments (the header block and the commented-out call 'Lederkurs for Econa-medlemmer i offentlig "
             "sektor', cancelled), the #set and #show rules, the function definition, the title and intro, the "
             "argument names and the delmål and form strings, the section «Planlagt for 2100» with "
             "'Mentorordning for nyutdannede psykologer' (starts in February 2100), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, delmål, form, ansvar, med, body, seed, type
ROWS = [
    ("Teknas plass i RSA ved NTNU", "1.4", "rådsarbeid", "Tekna", [],
     "Tekna har én plass i rådet. Rådet drøftet nye masterløp i batteriteknologi og hvordan studentene kan få mer "
     "praksis i industrien.", "M02", RAD),
    ("Praksisbanken for jusstudenter", "1.4", "nettjeneste", "Juristforbundet", ["UHR", "Samfunnsøkonomene"],
     "Juristforbundet la 120 praksisplasser i offentlige virksomheter og advokatfirmaer inn i Praksisbanken og fikk "
     "medlemmer til å bli praksisveiledere.", "J06", INFO),
    ("Etterutdanning i kunstig intelligens for leger", "2.1", "etterutdanning", "Den norske legeforening",
     ["Universitetet i Bergen"],
     "Kurs over tre dager om bruk og vurdering av KI-verktøy i klinikken. 340 leger deltok.", None, KURS),
    ("Rapport om akademikere i kommunesektoren", "2.2", "rapport", "Akademikerne", ["Samfunnsøkonomisk analyse"],
     "Rapporten viser at kommunene mangler jurister, psykologer og ingeniører, og at få av dem får betalt "
     "videreutdanning.", None, FOU),
    ("Karrieredager for realfagsstudenter", "1.3", "karrieredag", "Tekna",
     ["NTNU", "Universitetet i Oslo", "UiT Norges arktiske universitet"],
     "Seks karrieredager der studenter møtte arbeidsgivere og fikk råd om jobbsøking og lønn. 2 100 studenter "
     "deltok.", None, ARR),
]

HEAD = """/*
  Akademikernes rapport til Kompetansepolitisk råd for 2099
  Skrevet av: Jonas Lie Bakke, Akademikerne
  Kompileres med: typst compile akademikerne-kpr-2099.typ
*/

#set document(
  title: [Akademikernes rapport til Kompetansepolitisk råd 2099],
  author: "Akademikerne",
  date: datetime(year: 2100, month: 1, day: 15),
)
#set page(
  paper: "a4",
  margin: (x: 2.3cm, y: 2.5cm),
  footer: context align(right, text(size: 8pt)[Akademikerne · side #counter(page).display()]),
)
#set text(lang: "nb", font: "Source Sans 3", size: 10.5pt)
#set par(justify: true)
#show heading.where(level: 2): set text(fill: rgb("#1f4e79"), size: 12pt)

// Ett kall per tiltak: navn, fakta og en omtale.
#let tiltak(navn, delmål: none, form: none, ansvar: none, med: (), body) = block(breakable: false, below: 1.4em)[
  == #navn
  #body

  #text(size: 8.5pt, fill: luma(90))[
    Delmål #delmål · #form · Ansvar: #ansvar
    #if med.len() > 0 [ · Med: #med.join(", ")]
  ]
]

= Akademikernes rapport til Kompetansepolitisk råd 2099

Akademikerne og medlemsforeningene rapporterer her de viktigste kompetansetiltakene i 2099. Under hvert tiltak står
delmålet i strategien, hva slags tiltak det er, og hvem som hadde ansvaret.

"""

CANCELLED = """// Tatt ut 12.1.: kurset ble avlyst fordi for få meldte seg på.
// #tiltak(
//   [Lederkurs for Econa-medlemmer i offentlig sektor],
//   delmål: "2.4",
//   form: "etterutdanning",
//   ansvar: "Econa",
// )[
//   Kurs over to dager om økonomistyring og ledelse i staten og kommunene.
// ]

"""

TAIL = """= Planlagt for 2100

Psykologforeningens mentorordning for nyutdannede psykologer er klar og starter i februar 2100.

#v(1em)
Kontakt: Jonas Lie Bakke, #link("mailto:jonas.bakke@akademikerne.no")[jonas.bakke\\@akademikerne.no]
"""


def call(name, dm, form, ansvar, med, body) -> str:
    lines = ["#tiltak(", f"  [{name}],", f'  delmål: "{dm}",', f'  form: "{form}",', f'  ansvar: "{ansvar}",']
    if med:
        inner = ", ".join(f'"{m}"' for m in med)
        lines.append(f"  med: ({inner},)" if len(med) == 1 else f"  med: ({inner}),")
    lines.append(")[")
    lines += wrap(body, "  ")
    lines.append("]")
    return "\n".join(lines) + "\n\n"


def wrap(s: str, indent: str, width: int = 100) -> list[str]:
    out, cur = [], ""
    for w in s.split():
        if cur and len(indent) + len(cur) + 1 + len(w) > width:
            out.append(indent + cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(indent + cur)
    return out


def source() -> str:
    parts = [HEAD]
    for i, (name, dm, form, ansvar, med, body, *_r) in enumerate(ROWS):
        parts.append(call(name, dm, form, ansvar, med, body))
        if i == 2:
            parts.append(CANCELLED)
    parts.append(TAIL)
    return "".join(parts)


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(source().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, ", ".join(m), b) for n, dm, _f, a, m, b, seed, ty in ROWS]


def text(path) -> str:
    return path.read_text(encoding="utf-8")
