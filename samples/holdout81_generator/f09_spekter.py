"""Spekter: an ordinary Word table with a column telling whether a measure is new or carried on («nytt» /
«videreført») – every row was carried out in 2091, the carried-on ones included. A network closed at the end of
2090 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Spekter – kompetansetiltak 2091.docx"
MEMBER = "Spekter"
FORMAT = "DOCX (python-docx), landscape, one ruled seven-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with a new-or-continued column: title, an intro saying the column «Nytt eller "
         "videreført» tells whether a measure started in 2091 or was carried on from earlier years and that every "
         "measure in the table was carried out in 2091, header Tiltak / Nytt eller videreført / Hva ble gjort i "
         "2091 / Delmål / Arbeidsform / Ansvarlig / Samarbeid; the cells «videreført» (two rows) and «nytt» (three "
         "rows); Spekter's kind words (Representasjon, Utviklingsprosjekt, Opplæring, Samling); delmål as a plain "
         "code; the RSA seat «Helse Vests representant i Rådet for samarbeid med arbeidslivet ved Universitetet i "
         "Bergen»; Helse Vest's own new phase named like the joint project (its own phase); a network closed at the "
         "end of 2090, told only in words; a signature")
NOT_TRUTH = ("the title and intro, the header, the «nytt» / «videreført» cells, the Delmål and Arbeidsform cells, "
             "the paragraph on 'Nettverket for kompetanserådgivere i helseforetakene' (closed at the end of 2090), "
             "the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, new?, text, delmål, form, ansvarlig, partners, seed, type
ROWS = [
    ("Helse Vests representant i Rådet for samarbeid med arbeidslivet ved Universitetet i Bergen", "videreført",
     "Helse Vest deltok i rådets tre møter og la fram behovet for flere praksisplasser i bioingeniørutdanningen.",
     "1.4", "Representasjon", "Helse Vest RHF", "", "M01", RAD),
    ("Språkløypa på sykehusene", "videreført",
     "Sju helseforetak ga ansatte med kort botid norskopplæring i arbeidstiden, med språkveiledere på "
     "avdelingene. 260 ansatte deltok.", "3.4", "Utviklingsprosjekt", "Spekter", "KS, Unio", "J05", PROSJEKT),
    ("Språkløypa fase 2 – Helse Vests egen videreføring", "nytt",
     "Helse Vest startet en egen fase der språkveilederne også lærer bort fagspråk i laboratoriene. Fasen er Helse "
     "Vests egen og ikke en del av det felles prosjektet.", "3.4", "Utviklingsprosjekt", "Helse Vest RHF",
     "Haukeland universitetssjukehus", None, PROSJEKT),
    ("Simuleringskurs for nyutdannede sykepleiere", "nytt",
     "Helse Midt-Norge tilbød alle nyutdannede sykepleiere et todagers simuleringskurs i akuttsituasjoner. 340 "
     "deltok.", "2.4", "Opplæring", "Helse Midt-Norge RHF", "NTNU", None, KURS),
    ("Lederdag om kompetanseplanlegging", "nytt",
     "Spekter samlet 110 ledere fra helseforetakene til en dag om strategisk kompetanseplanlegging.", "2.2",
     "Samling", "Spekter", "", None, ARR),
]

FORM = {"Representasjon": RAD, "Utviklingsprosjekt": PROSJEKT, "Opplæring": KURS, "Samling": ARR}


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Spekter – kompetansetiltak i 2091", "bs16")])
    d.add_paragraph("Rapport til Kompetansepolitisk råd. Kolonnen «Nytt eller videreført» viser om tiltaket startet i "
                    "2091 eller ble videreført fra tidligere år. Alle tiltakene i tabellen ble gjennomført i 2091.")
    head = ["Tiltak", "Nytt eller videreført", "Hva ble gjort i 2091", "Delmål", "Arbeidsform", "Ansvarlig",
            "Samarbeid"]
    body = [[n, nv, t, dm, f, a, s] for n, nv, t, dm, f, a, s, *_r in ROWS]
    ruled_table(d, head, body, [5.4, 2.4, 7.6, 1.5, 3.0, 3.0, 3.2], fill="E2EFDA", size=9.5)
    d.add_paragraph()
    d.add_paragraph("Nettverket for kompetanserådgivere i helseforetakene ble avsluttet ved utgangen av 2090 og er "
                    "derfor ikke med.")
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Med hilsen Anders Fjeld, Spekter", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Anders Fjeld"))
    rows = []
    for n, _nv, t, dm, f, a, s, seed, ty in ROWS:
        assert FORM[f] == ty
        rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t))
    return rows


def text(path) -> str:
    return docx_all_text(path)
