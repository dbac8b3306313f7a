"""UHR: an ordinary Word table printed to PDF by LibreOffice Writer in which responsible and partners share one column
«Aktører»: every actor is followed by its role in brackets («UHR sekretariatet (ansv.), HK-dir (partner),
Fagskolerådet (partner)»), as a line above the table explains. The UHR-FSE seat is named by the unit's full name and
its abbreviation. The trap is UHR's own survey of the RSAs (about a council, not a seat in it). A course that ended in
2093 is told only in words."""
from __future__ import annotations

from docx.shared import Pt

from .common import ARR, FOU, INFO, RAD, add_runs, base_docx, docx_table, docx_to_pdf, pdf_text_with_cells, \
    repeat_header, row

FILENAME = "UHR rapport KPR 2094.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled five-column table and "
          "a repeated header row; dates and /ID fixed")
SHAPE = ("ordinary table: title, intro, a line explaining the roles, header Tiltak / Resultater i 2094 / Delmål / "
         "Virkemiddel / Aktører; responsible and partners in the one column «Aktører», each actor followed by its "
         "role in brackets («UHR-ØA (ansv.), Virke (partner), NHO (partner), Spekter (partner)»); delmål as a plain "
         "code; UHR's kind words (Fagstrategisk arbeid, Nettportal, Kartlegging, Nettverk, Konferanse, Kurs); the "
         "UHR-FSE seat «Fagstrategisk enhet for økonomisk-administrativ utdanning (UHR-ØA)»; UHR's own survey of the "
         "RSAs (about the councils, not a seat in one); a course that ended in 2093 told only in words; a closing "
         "line")
NOT_TRUTH = ("the title, intro and the line on roles, the header, the Delmål and Virkemiddel cells, the role tags «(ansv.)» "
             "and «(partner)», the row 'Kurs i universitetspedagogikk for EVU-lærere' (ended in 2093), the closing "
             "line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, resultater, dm, virkemiddel, ansvarlig, partnere (list), seed, type
ROWS = [
    ("Fagstrategisk enhet for økonomisk-administrativ utdanning (UHR-ØA)",
     "Enheten samler dekanene i økonomi og administrasjon. I 2094 opprettet enheten et fast dialogmøte med Virke, NHO "
     "og Spekter om praksis i bachelorutdanningene.", "1.4", "Fagstrategisk arbeid", "UHR-ØA",
     ["Virke", "NHO", "Spekter"], "M06", RAD),
    ("Nettportalen for realkompetanse (Realkompetanseportalen)",
     "UHR samlet opplysninger fra 32 universiteter og høyskoler om opptak på grunnlag av realkompetanse til den "
     "felles portalen.", "2.5", "Nettportal", "UHR sekretariatet", ["HK-dir", "Fagskolerådet"], "J06", INFO),
    ("Kartlegging av RSA-ene ved universiteter og høyskoler",
     "Spørreundersøkelse til alle universiteter og høyskoler om hvordan rådene for samarbeid med arbeidslivet "
     "arbeider og hvem som sitter i dem. Kartleggingen er UHRs eget arbeid og er ikke en del av rådenes arbeid.",
     "1.4", "Kartlegging", "UHR sekretariatet", [], None, FOU),
    ("Nettverk for etter- og videreutdanning",
     "Nasjonalt nettverk for EVU-ledere ved 28 institusjoner. To samlinger og en felles nettside for bedrifter som "
     "leter etter kurs.", "2.4", "Nettverk", "UHR-EVU", [], None, RAD),
    ("Konferanse om arbeidsrelevans i utdanningene",
     "Nasjonal konferanse i Bergen i mai med 380 deltakere fra universiteter, høyskoler og arbeidslivet.", "1.4",
     "Konferanse", "UHR sekretariatet", ["Universitetet i Bergen", "NHO Vestland"], None, ARR),
    ("Kurs i universitetspedagogikk for EVU-lærere",
     "Kurset ble avsluttet i 2093 og inngår nå i institusjonenes egne tilbud.", "2.4", "Kurs", "UHR-EVU", [], "",
     None),
]


def actors(ans: str, med: list[str]) -> str:
    return ", ".join([f"{ans} (ansv.)"] + [f"{m} (partner)" for m in med])


def build(out) -> list[dict]:
    d = base_docx(font="Georgia", size=9.5, landscape=True, margins_cm=1.8)
    p = d.add_paragraph()
    add_runs(p, [("Universitets- og høgskolerådet – rapport til Kompetansepolitisk råd 2094", "b")])
    p.runs[0].font.size = Pt(15)
    d.add_paragraph("UHR rapporterer her tiltak i 2094 som følger opp Nasjonal kompetansepolitisk strategi.")
    p = d.add_paragraph()
    add_runs(p, [("I kolonnen Aktører står rollen i parentes: (ansv.) = har ansvaret for tiltaket, (partner) = "
                  "samarbeidspartner.", "i")])
    head = ["Tiltak", "Resultater i 2094", "Delmål", "Virkemiddel", "Aktører"]
    body = [[n, res, dm, vm, actors(ans, med)] for n, res, dm, vm, ans, med, _s, _t in ROWS]
    t = docx_table(d, head, body, [5.8, 8.6, 1.9, 3.3, 6.5], fill="DEEAF6", bold_first=True)
    repeat_header(t)
    rows = []
    for n, res, dm, _vm, ans, med, seed, ty in ROWS:
        if ty:
            rows.append(row(FILENAME, MEMBER, n, seed, dm, ty, ans, ", ".join(med), res))
    d.add_paragraph()
    d.add_paragraph("Oslo, 16. januar 2095 – UHR sekretariatet")
    docx_to_pdf(d, out / FILENAME, author="Tuva Lindgren")
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
