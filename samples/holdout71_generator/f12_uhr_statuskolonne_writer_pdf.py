"""UHR: a Writer table exported to PDF with a status column of UHR's words («Fullført», «Pågår», «Utsatt til neste
år») between the measure and its description; the postponed row is not a 2091 measure. UHR's kind words (Utvalg,
Nettportal, Evaluering, Studietilbud, Nettverk). The UHR-FSE seat is a working committee of UHR-Lærerutdanning; the
trap is UHR's own evaluation of the RSA councils, right after the joint EVU portal. The responsible for one measure is
UHR-Økonomi og administrasjon, a fagstrategisk enhet named as the owner of a study offer, not as a seat."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, Odt, lo_to_pdf, pdf_text_with_cells, row

FILENAME = "UHR – rapportering til KPR 2091.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written landscape ODT (content, styles, meta, manifest) with "
          "one ruled seven-column table; dates and /ID fixed")
SHAPE = ("ordinary Writer table printed to PDF: title, intro, header Tiltak / Status / Omtale / Delmål / Virkemiddel / "
         "Ansvar / Samarbeid, the status in UHR's words (Fullført, Pågår, Utsatt til neste år) as the second column; "
         "delmål as plain codes; UHR's kind words (Utvalg, Nettportal, Evaluering, Studietilbud, Nettverk); the "
         "UHR-FSE seat named «Arbeidslivsutvalget i UHR-Lærerutdanning»; a fagstrategisk enhet named as the owner of a "
         "study offer; one row whose status is «Utsatt til neste år»; a closing note")
NOT_TRUTH = ("the title and intro, the header, the Status, Delmål and Virkemiddel cells, the row 'Felles opptak til "
             "deltidsstudier' (status «Utsatt til neste år»), the closing note")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

HEAD = ["Tiltak", "Status", "Omtale", "Delmål", "Virkemiddel", "Ansvar", "Samarbeid"]

# name, status, text, dm, kind, ansvar, partners, seed, type
ROWS = [
    ("Arbeidslivsutvalget i UHR-Lærerutdanning", "Pågår",
     "Utvalget, der KS, Utdanningsforbundet og Skolenes landsforbund har plasser, ga i 2091 råd om nye "
     "praksismodeller i grunnskolelærerutdanningene.", "1.4", "Utvalg", "UHR-Lærerutdanning",
     "KS, Utdanningsforbundet, Skolenes landsforbund", "M06", RAD),
    ("Registrering av tilbud i EVU-portalen", "Fullført",
     "UHR har koordinert institusjonenes registrering av tilbud i den nye portalen, og alle universiteter og "
     "høyskoler i UHR var med da portalen ble lansert i mars.", "2.4", "Nettportal", "UHR",
     "HK-dir, Fagskolerådet", "J06", INFO),
    ("Evaluering av RSA-ordningen", "Fullført",
     "NIFU har på oppdrag fra UHR evaluert hvordan rådene for samarbeid med arbeidslivet fungerer ved "
     "institusjonene. Evalueringen er UHRs egen og er ikke arbeid i noen av rådene.", "1.4", "Evaluering", "UHR",
     "NIFU", None, FOU),
    ("Felles nettemner i bærekraft for etter- og videreutdanning", "Pågår",
     "Sju institusjoner har laget fire felles nettemner på 7,5 studiepoeng som kan tas ved siden av jobb. 1 300 "
     "studenter tok emnene i 2091.", "2.4", "Studietilbud", "UHR-Økonomi og administrasjon", "", None, KURS),
    ("Nettverk for karrieresentrene ved universiteter og høyskoler", "Pågår",
     "Nettverket samlet karrieresentrene ved institusjonene til to samlinger om veiledning av studenter med "
     "fluktbakgrunn.", "1.3", "Nettverk", "UHR", "", None, RAD),
    ("Felles opptak til deltidsstudier", "Utsatt til neste år",
     "Arbeidet er utsatt, og første opptak blir tidligst høsten neste år.", "2.4", "Samordning", "UHR", "", "",
     None),
]


class _LandscapeOdt(Odt):
    def styles(self, footer: str = "") -> str:
        return super().styles(footer).replace(
            'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"',
            'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"')


def build(out) -> list[dict]:
    o = _LandscapeOdt(font="Nimbus Sans", size="9.5pt")
    o.p("UHR – rapportering til Kompetansepolitisk råd for 2091", style="P_title")
    o.p("Universitets- og høgskolerådet rapporterer her tiltak i sektoren som følger opp Nasjonal kompetansepolitisk "
        "strategi. Status viser hvor tiltaket sto ved utgangen av 2091.")
    table = [HEAD]
    rows = []
    for name, status, txt, dm, kind, ans, med, seed, ty in ROWS:
        table.append([[(name, "b")], status, txt, dm, kind, ans, med or "–"])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    o.table([4.6, 2.4, 7.9, 1.5, 2.6, 3.0, 3.3], table)
    o.p("Tallene er hentet fra institusjonene og er foreløpige per 10. januar 2092.", style="P_small")
    lo_to_pdf(o.to_bytes("UHR – rapportering til KPR 2091", "Universitets- og høgskolerådet",
                         footer="UHR · Kompetansepolitisk råd · 2091"), ".odt", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text_with_cells(path)
