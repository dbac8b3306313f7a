"""LO: an ordinary Word table without a kind column; the kind of each measure is told only in one line under the
table that sorts the measure numbers by kind. A study trip postponed to March 2092 is told only in words."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO – rapport til Kompetansepolitisk råd 2091.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), portrait, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table whose kinds stand only in a line under it: title, an intro saying there is no kind "
         "column and the sorting by kind is under the table, header Nr. / Tiltaket / Dette ble gjort / Strategimål "
         "/ Hvem i LO / Partnere with numbers 1–5, then the line «Tiltakene fordelt på type: Råd og utvalg – nr. 1. "
         "Prosjekt – nr. 2. Kurs og opplæring – nr. 3 og 4. Konferanse – nr. 5.»; delmål as a plain code; the RSA "
         "seat «LOs plass i rådet for samarbeid med arbeidslivet (RSA) ved OsloMet»; a study trip postponed to "
         "March 2092, told only in words; a signature")
NOT_TRUTH = ("the title and intro, the header, the Nr. and Strategimål cells, the line sorting the numbers by kind, "
             "the paragraph on 'Studieturen til Danmark om voksne lærlinger' (postponed to March 2092), the "
             "signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, hvem i LO, partners, seed, type
ROWS = [
    ("LOs plass i rådet for samarbeid med arbeidslivet (RSA) ved OsloMet",
     "LO deltok i rådets fire møter. Rådet drøftet praksis i yrkesfaglærerutdanningen og nye videreutdanningstilbud "
     "for ansatte i kommunene.", "1.4", "LO, avdeling for utdanning", "", "M01", RAD),
    ("Praksisbrua – tillitsvalgte som faddere for deltakerne",
     "Tillitsvalgte i 60 bedrifter var faddere for deltakere i Praksisbrua og fulgte dem opp fra første praksisdag "
     "til oppmelding til fagprøve.", "3.3", "LO, samfunnspolitisk avdeling",
     "NHO, Arbeids- og velferdsdirektoratet", "J01", PROSJEKT),
    ("Digitalt grunnløft i handel og kontor",
     "Handel og Kontor i LO og Virke ga ansatte i butikk og lager korte kurs i digitale verktøy og netthandel. "
     "1 300 fullførte.", "2.1", "Handel og Kontor i LO", "Virke, AOF Norge", "J06", KURS),
    ("Kurs i realkompetansevurdering for tillitsvalgte",
     "Todagerskurs om hvordan tillitsvalgte kan hjelpe kolleger å få vurdert og dokumentert kompetanse fra jobb. "
     "240 tillitsvalgte deltok.", "2.5", "LO, organisasjonsavdelingen", "HK-dir", None, KURS),
    ("Konferansen «Fagbrev hele livet»",
     "Konferanse på Sørmarka om fagbrev for voksne og praksiskandidatordningen. 210 tillitsvalgte og rådgivere "
     "deltok.", "2.3", "LO, avdeling for utdanning", "Fellesforbundet, Fagforbundet", None, ARR),
]

KINDS = [("Råd og utvalg", [1], RAD), ("Prosjekt", [2], PROSJEKT), ("Kurs og opplæring", [3, 4], KURS),
         ("Konferanse", [5], ARR)]
KIND_LINE = ("Tiltakene fordelt på type: Råd og utvalg – nr. 1. Prosjekt – nr. 2. Kurs og opplæring – nr. 3 og 4. "
             "Konferanse – nr. 5.")


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("LOs rapport til Kompetansepolitisk råd for 2091", "bs16")])
    d.add_paragraph(
        "LO rapporterer fem tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi i 2091. Tabellen har ingen "
        "egen kolonne for type tiltak; hvordan tiltakene fordeler seg på type, står under tabellen.")
    head = ["Nr.", "Tiltaket", "Dette ble gjort", "Strategimål", "Hvem i LO", "Partnere"]
    body = [[str(i), n, t, dm, a, s] for i, (n, t, dm, a, s, *_r) in enumerate(ROWS, 1)]
    ruled_table(d, head, body, [1.0, 3.6, 5.6, 1.8, 2.6, 2.4], fill="F4CCCC", size=9.5)
    d.add_paragraph()
    d.add_paragraph(KIND_LINE)
    d.add_paragraph("Studieturen til Danmark om voksne lærlinger, som var planlagt i november, ble utsatt og "
                    "gjennomføres i mars 2092.")
    d.add_paragraph()
    d.add_paragraph("Med vennlig hilsen")
    p = d.add_paragraph()
    runs(p, [("Trond Bakke", "b")])
    d.add_paragraph("rådgiver, avdeling for utdanning, LO")
    (out / FILENAME).write_bytes(docx_bytes(d, "Trond Bakke"))
    kind = {n: ty for _w, ns, ty in KINDS for n in ns}
    rows = []
    for i, (n, t, dm, a, s, seed, ty) in enumerate(ROWS, 1):
        assert kind[i] == ty
        rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t))
    return rows


def text(path) -> str:
    return docx_all_text(path)
