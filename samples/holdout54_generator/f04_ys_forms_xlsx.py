"""YS: a Microsoft Forms response export – one response per measure, sent in by YS and its unions; the answering
organisation is the responsible one; a test response, a first submission replaced by a corrected one, and a response
about 2075."""
from __future__ import annotations

import datetime as dt

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

from .common import FOU, KURS, RAD, normalise_ooxml, row

FILENAME = "KPR-rapportering fra YS-forbundene 2074(1-9).xlsx"
MEMBER = "YS"
FORMAT = ("XLSX as exported by Microsoft Forms ('Åpne i Excel'), written with openpyxl: sheet 'Sheet1' with the "
          "responses as an Excel table, date cells, zip normalised")
SHAPE = ("one response per measure: Forms' fixed columns (ID, Starttidspunkt, Fullføringstidspunkt, E-post, Navn, "
         "Tidspunkt for siste endring) and one column per question; the organisation answering ('Hvilken "
         "organisasjon svarer du for?') is the responsible one; delmål answered as the form's choice label ('2.4 "
         "Koble kompetansebehov …'); the type as a multi-choice answer stored 'Kurs/opplæring;Nettverk;' or a "
         "write-in 'Annet' text; a test response, a first submission later replaced by a corrected one (same "
         "measure, same person), and a response with status 'Planlagt for 2075' (not truth rows)")
NOT_TRUTH = ("response 1 (a test by the secretariat contact: 'test test'), response 5 (Finansforbundet's first "
             "submission of the autorisasjonsordning, replaced by response 6), response 9 ('Karrieredag for "
             "tillitsvalgte 2075', planned for 2075)")

Q = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-post", "Navn", "Tidspunkt for siste endring",
     "Hvilken organisasjon svarer du for?", "Navn på tiltaket",
     "Hvilket delmål i strategien bidrar tiltaket mest til?", "Hva slags tiltak er det? (du kan velge flere)",
     "Hvem har dere samarbeidet med?", "Beskriv kort hva som ble gjort i 2074", "Status for tiltaket"]

DM = {
    "1.1": "1.1 Kompetansebehovsutvalget (KBU)",
    "1.4": "1.4 Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "2.1 Digital kompetanse i arbeidsstyrken",
    "2.2": "2.2 Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.4": "2.4 Koble kompetansebehov i virksomheter til utdanningstilbydere",
    "2.5": "2.5 Dokumentere kompetanse ervervet i arbeidslivet",
    "2.3": "2.3 Karrieremuligheter i yrkesfaglige utdanninger",
}

# (start, minutes, mail, navn, org, tiltak, dm, type answer, samarbeid, beskrivelse, status, truth or None)
RESP = [
    ((2075, 1, 6, 9, 2), 3, "kari.nordmann@ys.no", "Kari Nordmann", "YS", "test test", "1.1", "Annet", "",
     "Tester skjemaet – slett", "Gjennomført i 2074", None),
    ((2075, 1, 7, 10, 14), 11, "kari.nordmann@ys.no", "Kari Nordmann", "YS",
     "YS-forbundenes plasser i faglige råd", "1.4", "Råd, utvalg eller nettverk;", "",
     "YS-forbundene hadde 19 medlemmer og varamedlemmer i de faglige rådene og ett medlem i SRY.",
     "Gjennomført i 2074", ("M02", "1.4", RAD)),
    ((2075, 1, 8, 13, 40), 9, "ole.haugen@delta.no", "Ole Haugen", "Delta", "Delta kompetanseundersøkelse 2074",
     "2.2", "Undersøkelse/analyse;", "Fafo",
     "Spørreundersøkelse blant 3 100 medlemmer om tilgang til etter- og videreutdanning i kommunene.",
     "Gjennomført i 2074", (None, "2.2", FOU)),
    ((2075, 1, 9, 8, 55), 14, "anne.berg@parat.com", "Anne Berg", "Parat", "Kompetansepakke for kontoransatte",
     "2.4", "Kurs/opplæring;", "BI, Virke",
     "Tre korte moduler i regnskap, prosjektstyring og bruk av KI-verktøy, utviklet sammen med arbeidsgiverne.",
     "Gjennomført i 2074", (None, "2.4", KURS)),
    ((2075, 1, 9, 14, 3), 6, "per.strand@finansforbundet.no", "Per Strand", "Finansforbundet",
     "Autorisasjon for finansielle rådgivere", "2.5", "Kurs/opplæring;", "Finans Norge",
     "Ordningen ble videreført.", "Gjennomført i 2074", None),
    ((2075, 1, 10, 11, 20), 12, "per.strand@finansforbundet.no", "Per Strand", "Finansforbundet",
     "Autorisasjonsordningen for finansielle rådgivere", "2.5", "Sertifisering;", "Finans Norge",
     "Ordningen dokumenterer kompetansen til rådgivere i bank og forsikring; 2 300 tok autorisasjonsprøven i "
     "2074, mange av dem uten formell finansutdanning.", "Gjennomført i 2074", (None, "2.5", KURS)),
    ((2075, 1, 13, 9, 31), 8, "kari.nordmann@ys.no", "Kari Nordmann", "YS", "DigiTillit-programmet", "2.1",
     "Kurs/opplæring;Nettverk;", "LO, Akademikerne, KS",
     "Felles kursprogram for tillitsvalgte om digital omstilling og KI; YS hadde ansvar for modulen om "
     "personvern.", "Gjennomført i 2074", ("J06", "2.1", KURS)),
    ((2075, 1, 13, 9, 47), 7, "kari.nordmann@ys.no", "Kari Nordmann", "YS", "YS-nettverk for medlemmer i faglige råd",
     "1.4", "Råd, utvalg eller nettverk;", "",
     "Nettverket samler YS-forbundenes representanter i de faglige rådene to ganger i året for erfaringsdeling "
     "og opplæring.", "Pågår", (None, "1.4", RAD)),
    ((2075, 1, 14, 15, 12), 5, "anne.berg@parat.com", "Anne Berg", "Parat", "Karrieredag for tillitsvalgte 2075",
     "2.3", "Arrangement;", "", "Vi planlegger en karrieredag for unge tillitsvalgte i april 2075.",
     "Planlagt for 2075", None),
]


def build(out) -> list[dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(Q)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
    rows = []
    for i, (st, mins, mail, navn, org, tiltak, dm, typ, samarb, beskr, status, truth) in enumerate(RESP, 1):
        start = dt.datetime(*st)
        done = start + dt.timedelta(minutes=mins, seconds=17 * i)
        ws.append([i, start, done, mail, navn, None, org, tiltak, DM[dm], typ, samarb or None, beskr, status])
        if truth:
            rows.append(row(FILENAME, MEMBER, tiltak, truth[0], truth[1], truth[2], org, samarb, beskr))
    for r in ws.iter_rows(min_row=2, min_col=2, max_col=3):
        for c in r:
            c.number_format = "m/d/yy h:mm:ss"
    for r in ws.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(vertical="top", wrap_text=c.column > 7)
    widths = [5, 16, 16, 28, 16, 16, 20, 36, 40, 30, 26, 60, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    tab = Table(displayName="Table1", ref=f"A1:M{len(RESP) + 1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    wb.properties.creator = "Microsoft Forms"
    wb.properties.lastModifiedBy = "Microsoft Forms"
    p = out / FILENAME
    wb.save(p)
    normalise_ooxml(p)
    return rows


def text(path) -> str:
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in r))
    return "\n".join(out)
