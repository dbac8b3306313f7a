"""NHO: an ordinary Excel list filled in in January 2095 in a Norwegian Excel, where the codes typed into the goal
column were turned into dates: «2.3» became 2 March 2095, shown «02.mar» (a date cell with the number format
dd.mmm), «2.4» 2 April, «2.2» 2 February, «2.1» 2 January. One cell was typed with a leading apostrophe and stayed
text («2.3»). NHO's own kind words (Partsplass, Felles kursprogram, Bedriftsundersøkelse, Sommerskole,
Bransjeprosjekt, Prisutdeling). Partners one per line. The SRY seat is worded as the employers' side of a faglig råd.
An award ceremony postponed to February 2095 is told only in words."""
from __future__ import annotations

import datetime as dt

import openpyxl
from openpyxl.styles import Font

from .common import FOU, KURS, PROSJEKT, RAD, row, save_xlsx, sheet_table, xlsx_text

FILENAME = "NHO rapportering KPR 2094.xlsx"
MEMBER = "NHO"
FORMAT = ("XLSX (openpyxl), one sheet, title rows, date cells with the number format dd.mmm in the goal column, "
          "wrapped text, frozen header, autofilter, zip normalised")
SHAPE = ("ordinary Excel list: title in row 1 and a «Utfylt av …» line in row 2, header on row 4 Innsats / Hva ble "
         "gjort / Strategimål / Form / Eier / Med på laget; the codes in «Strategimål» turned into dates by a "
         "Norwegian Excel when typed in January 2095 (2.3 → 02.03.2095 shown «02.mar», 2.4 → 02.04.2095, 2.2 → "
         "02.02.2095, 2.1 → 02.01.2095), one typed with an apostrophe and kept as the text «2.3»; NHO's kind words "
         "(Partsplass, Felles kursprogram, Bedriftsundersøkelse, Sommerskole, Bransjeprosjekt, Prisutdeling); "
         "partners one per line; the SRY seat «Arbeidsgiversiden i faglig råd for teknologi- og industrifag»; an "
         "award ceremony postponed to February 2095 told only in words")
NOT_TRUTH = ("the title and the «Utfylt av» line, the header, the Strategimål and Form cells, row 10 'Lærlingprisen "
             "2094' (postponed to NHO's annual conference in February 2095)")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Innsats", "Hva ble gjort", "Strategimål", "Form", "Eier", "Med på laget"]
WIDTHS = [34, 62, 12, 20, 22, 24]


def _as_typed(dm: str, text: bool = False):
    """What a Norwegian Excel stores when «dm» is typed in January 2095: a date (day.month) unless typed as text."""
    if text:
        return dm
    day, month = (int(x) for x in dm.split("."))
    return dt.datetime(2095, month, day)


# name, hva, dm, typed as text?, form, eier, med (lines), seed, type
ROWS = [
    ("Arbeidsgiversiden i faglig råd for teknologi- og industrifag",
     "Norsk Industri har tre av plassene på arbeidsgiversiden. Rådet leverte i 2094 innspill til ny tilbudsstruktur "
     "i industrifagene og foreslo et nytt lærefag i batteriproduksjon.",
     "2.3", False, "Partsplass", "Norsk Industri", [], "M01", RAD),
    ("Grønn kurspakke for fagarbeidere (Klimaløftet)",
     "NHO-foreningene i bygg, elektro og industri fikk 150 bedrifter til å sende ansatte på Klimaløftets kurs i "
     "varmepumper, solceller og energieffektivisering.",
     "2.4", False, "Felles kursprogram", "NHO Byggenæringen", ["LO", "Innlandet fylkeskommune"], "J01", KURS),
    ("Rekrutteringsundersøkelsen 2094",
     "Spørreundersøkelse blant 5 200 medlemsbedrifter om hvilken kompetanse de har forsøkt å rekruttere, og hvor "
     "mange som ikke fikk tak i folk med rett kompetanse. Resultatene kom i august.",
     "2.2", False, "Bedriftsundersøkelse", "NHO Analyse", ["Damvad Analytics"], None, FOU),
    ("Sommerskole i teknologi for jenter",
     "Ukelang sommerskole for jenter i 10. klasse med verksteder i seks industribedrifter. 240 deltakere.",
     "2.3", True, "Sommerskole", "Norsk Industri", ["Ungt Entreprenørskap", "Tekna"], None, KURS),
    ("Digital kompetansepakke for reiselivet",
     "Bransjeprosjekt der 35 små reiselivsbedrifter fikk hjelp til å lage egne opplæringsplaner for digitale "
     "booking- og betalingssystemer.",
     "2.1", False, "Bransjeprosjekt", "NHO Reiseliv", ["Innovasjon Norge"], None, PROSJEKT),
    ("Lærlingprisen 2094",
     "Utdelingen er utsatt og holdes under NHOs årskonferanse i februar 2095.",
     "2.3", False, "Prisutdeling", "NHO", [], "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "NHO 2094"
    ws["A1"] = "NHO-fellesskapet – rapport til Kompetansepolitisk råd for 2094"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = "Utfylt av NHO Kompetanse og utdanning 15.01.2095"
    ws["A2"].font = Font(name="Calibri", size=10, italic=True, color="595959")
    body = [[name, hva, _as_typed(dm, as_text), form, eier, "\n".join(med)]
            for name, hva, dm, as_text, form, eier, med, _s, _t in ROWS]
    r = sheet_table(ws, 4, HEAD, body, WIDTHS, "1F4E78", head_color="FFFFFF", line="A6A6A6",
                    formats={3: lambda v: "dd.mmm" if isinstance(v, dt.datetime) else None})
    rows = [row(FILENAME, MEMBER, name, seed, dm, ty, eier, ", ".join(med), hva)
            for name, hva, dm, _as_text, _form, eier, med, seed, ty in ROWS if ty]
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:F{r - 1}"
    save_xlsx(wb, out / FILENAME, "Henrik Tveter")
    return rows


def text(path) -> str:
    return xlsx_text(path)
