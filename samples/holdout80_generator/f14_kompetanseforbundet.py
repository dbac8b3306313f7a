"""Kompetanseforbundet: an ordinary Word table printed to PDF without a kind column; the kind shows only in what was
delivered («14 kurskvelder med 190 deltakere», «fire nettverksmøter», «hefte i 5 000 eksemplarer»). A
certification scheme postponed to 2090 is told only in words under the table."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "Kompetanseforbundet – rapport 2089.pdf"
MEMBER = "Kompetanseforbundet"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table; "
          "dates and /ID fixed")
SHAPE = ("ordinary table whose kind is only the deliverable: title, an intro saying the measures are not sorted "
         "into kinds and the column «Leveranse» tells what was delivered, header Tiltak / Leveranse / Hva og "
         "hvorfor / Strategimål / Ansvar / Partnere; deliverable cells «notat med svar fra 1 200 medlemmer», «14 "
         "kurskvelder med 190 deltakere», «seks åpne kveldsmøter med 85 deltakere», «fire nettverksmøter», «hefte i "
         "5 000 eksemplarer og nettversjon»; delmål as a plain code; the member's survey sent as input to KBU (about "
         "KBU, not a seat); a line under the table on a certification scheme postponed to 2090; a signature")
NOT_TRUTH = ("the title and intro, the header, the Leveranse cells, the Strategimål cells, the line under the table "
             "on 'Sertifiseringsordningen for veiledere' (postponed to 2090), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, deliverable, text, delmål, ansvar, partners, seed, type
ROWS = [
    ("Medlemsundersøkelse som innspill til Kompetansebehovsutvalget", "notat med svar fra 1 200 medlemmer",
     "Forbundet spurte medlemmene om hvilke ferdigheter de mangler i jobben og sendte svarene til utvalgets "
     "sekretariat som innspill. Forbundet har ingen plass i utvalget.", "1.1", "Kompetanseforbundet", "", None,
     FOU),
    ("Kurs i digital grunnopplæring for seniorer", "14 kurskvelder med 190 deltakere",
     "Kveldskurs i nettbank, offentlige tjenester på nett og videomøter for medlemmer over 60 år.", "2.1",
     "Kompetanseforbundet region Vest", "Seniornett Norge", None, KURS),
    ("Karriereverksted for voksne uten fullført videregående", "seks åpne kveldsmøter med 85 deltakere",
     "Åpne møter der voksne fikk hjelp til å lage en plan for å fullføre videregående opplæring.", "3.1",
     "Kompetanseforbundet", "Vestland fylkeskommune", None, ARR),
    ("Nettverk for tillitsvalgte i voksenopplæringen", "fire nettverksmøter",
     "Tillitsvalgte fra 20 voksenopplæringssentre delte erfaringer med å bruke arbeidsplassen som læringsarena.",
     "3.3", "Kompetanseforbundet", "", None, RAD),
    ("Informasjonshefte om realkompetansevurdering", "hefte i 5 000 eksemplarer og nettversjon",
     "Heftet forklarer hvordan medlemmer kan få vurdert realkompetanse fra jobb og frivillig arbeid.", "2.5",
     "Kompetanseforbundet", "HK-dir", None, INFO),
]


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Sans", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Kompetanseforbundet – rapport til Kompetansepolitisk råd for 2089", "bs15")])
    d.add_paragraph("Vi har ikke delt tiltakene inn i typer. Kolonnen «Leveranse» sier hva som faktisk ble levert i "
                    "2089.")
    head = ["Tiltak", "Leveranse", "Hva og hvorfor", "Strategimål", "Ansvar", "Partnere"]
    body = [[n, lv, t, dm, a, s] for n, lv, t, dm, a, s, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 3.4, 8.0, 2.3, 4.2, 3.2], fill="DDEBF7", size=9)
    d.add_paragraph()
    d.add_paragraph("Sertifiseringsordningen for veiledere er utsatt. Arbeidet starter i 2090.")
    p = d.add_paragraph()
    runs(p, [("Med hilsen\nAnne Lise Dahl\ngeneralsekretær, Kompetanseforbundet", "")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Anne Lise Dahl"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, _lv, t, dm, a, s, seed, ty in ROWS]


def text(path) -> str:
    return pdf_cells(path)
