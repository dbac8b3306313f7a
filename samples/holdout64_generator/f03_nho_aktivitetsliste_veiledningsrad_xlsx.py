"""NHO: an ordinary Excel list made from NHO's own template. Under the header row the template's guidance row is
still there, in grey italics («Skriv navnet slik det brukes utad», «F.eks. rapport, kurs, nettverk …»), so the first
measure is on row 5. The goal column holds NHO's own words, sometimes with the code in brackets. A link column holds
hyperlinks. The RSA seat is named by the council's local name at the university. Two rows are outside 2084 only by
words in the description. A second sheet is a change log."""
from __future__ import annotations

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import ARR, FOU, INFO, RAD, fit_row_heights, row, save_xlsx, xlsx_text

FILENAME = "NHO – aktiviteter 2084 (kompetanse).xlsx"
MEMBER = "NHO"
FORMAT = "XLSX (openpyxl), two sheets, wrapped text, hyperlink cells, frozen header, zip normalised"
SHAPE = ("ordinary Excel list from NHO's template: title and a line in rows 1–2, header on row 3 Navn på aktivitet / "
         "Hvilket mål i strategien? / Type aktivitet / Hvem leder? / Hvem deltar? / Kort beskrivelse / Lenke, and the "
         "template's grey italic guidance row 4 left in («Skriv navnet slik det brukes utad» …), measures from row 5; "
         "the goal in NHO's words, some with the code in brackets («Yrkesfag og fagopplæring (2.3)»), some words only; "
         "NHO's kind words (Representasjon, Nettsted, Markering, Rapport, Bransjeprogram, Informasjonstiltak); "
         "hyperlinks in the last column; the RSA seat named «Arbeidslivsrådet ved Universitetet i Stavanger»; two rows "
         "outside 2084 only by words in the description; sheet «Endringslogg»")
NOT_TRUTH = ("the title and the line under it, the header, the guidance row 4, the goal, type and link cells, row 11 "
             "'Bransjeprogram for sjømatindustrien' (last class ended last autumn), row 12 'Lærlingambassadører i "
             "videregående skole' (starts next year), the sheet «Endringslogg»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Navn på aktivitet", "Hvilket mål i strategien?", "Type aktivitet", "Hvem leder?", "Hvem deltar?",
        "Kort beskrivelse", "Lenke"]
GUIDE = ["Skriv navnet slik det brukes utad", "Velg mål fra strategien – skriv gjerne med egne ord",
         "F.eks. rapport, kurs, nettverk, arrangement", "Organisasjon/enhet", "Andre som er med", "Maks 500 tegn",
         "Nettadresse (valgfritt)"]

# name, goal words, kind, leder, deltar, text, link, seed, dm, type
ROWS = [
    ("Arbeidslivsrådet ved Universitetet i Stavanger", "Samarbeid mellom universiteter og næringsliv (1.4)",
     "Representasjon", "NHO Rogaland", "",
     "NHO Rogaland har en av arbeidslivsplassene i universitetets råd for samarbeid med arbeidslivet (RSA). Rådet "
     "hadde fire møter og ga råd om nye masteremner i energiomstilling og om mer praksis i ingeniørutdanningene.",
     "", "M01", "1.4", RAD),
    ("Faglig råd for teknologi- og industrifag", "Yrkesfag og fagopplæring (2.3)", "Representasjon", "Norsk Industri",
     "",
     "Norsk Industri har NHOs plass i rådet under SRY. Rådet arbeidet med ny struktur for lærefagene i "
     "industriteknologi og med tiltak mot mangelen på læreplasser i kjemiprosessfaget.",
     "", "M04", "2.3", RAD),
    ("Kompetanseveien – nettportal for etter- og videreutdanning",
     "Etter- og videreutdanning tilpasset bedriftene", "Nettsted", "NHO Kompetanse", "Virke, Fagskolerådet, HK-dir",
     "Felles portal som samler fleksible kurs og studier fra fagskoler, høyskoler og studieforbund på ett sted. "
     "Portalen hadde 118 000 besøk i 2084, og 230 tilbydere har lagt inn tilbudene sine.",
     "https://www.kompetanseveien.no", "J01", "2.4", INFO),
    ("Kompetanseveien – reiselivssidene", "Etter- og videreutdanning tilpasset bedriftene", "Nettsted",
     "NHO Reiseliv", "",
     "NHO Reiseliv har laget egne bransjesider med kurs for ansatte i hotell, restaurant og opplevelser. Sidene "
     "er NHO Reiselivs egne og er ikke en del av Kompetanseveien, men lenker til portalen.",
     "https://www.nhoreiseliv.no/kompetanse", None, "2.4", INFO),
    ("Fagbrevdagen – markeringen 6. juni", "Yrkesfag og fagopplæring (2.3)", "Markering", "NHO Arbeidsliv",
     "LO, Utdanningsdirektoratet",
     "Felles nasjonal markering for nye fagarbeidere og lærlinger 6. juni i Oslo. NHO delte ut prisen «Årets "
     "lærebedrift» og sto for næringslivsdelen av programmet.", "", "J04", "2.3", ARR),
    ("NHOs kompetansebarometer 2084", "Mer kunnskap om læring og kompetanse i bedriftene", "Rapport", "NHO Analyse",
     "NIFU",
     "Årlig undersøkelse blant 4 200 medlemsbedrifter om kompetansebehov og rekruttering. Seks av ti bedrifter "
     "oppga at de mangler fagarbeidere, og hver tredje brukte kunstig intelligens i opplæringen.",
     "https://www.nho.no/kompetansebarometeret", None, "2.2", FOU),
    ("Bransjeprogram for sjømatindustrien", "Etter- og videreutdanning tilpasset bedriftene", "Bransjeprogram",
     "Sjømat Norge", "Fellesforbundet",
     "Siste kull ble avsluttet i fjor høst. En evaluering av programmet er lagt ut på nettsidene til Sjømat Norge.",
     "", "", "", None),
    ("Lærlingambassadører i videregående skole", "Yrkesfag og fagopplæring (2.3)", "Informasjonstiltak",
     "NHO Agder", "Agder fylkeskommune",
     "Oppstart neste år. Lærlinger fra medlemsbedrifter skal besøke ungdomsskoler og fortelle om læretiden.",
     "", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Aktiviteter 2084"
    thin = Side(style="thin", color="8E8E8E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "NHO – aktiviteter i oppfølgingen av kompetansestrategien 2084"
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws["A2"] = "Utfylt av NHO Kompetanse, januar 2085"
    ws["A2"].font = Font(size=9)
    for j, (h, g) in enumerate(zip(HEAD, GUIDE), 1):
        c = ws.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = border
        g_ = ws.cell(4, j, g)
        g_.font = Font(italic=True, size=8, color="808080")
        g_.alignment = Alignment(wrap_text=True, vertical="top")
        g_.border = border
    rows = []
    for i, (name, goal, kind, leder, deltar, txt, link, seed, dm, ty) in enumerate(ROWS, 5):
        for j, v in enumerate([name, goal, kind, leder, deltar, txt, link], 1):
            c = ws.cell(i, j, v or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
            if j == 7 and v:
                c.hyperlink = v
                c.font = Font(color="0563C1", underline="single")
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, leder, deltar, txt))
    for col, w in zip("ABCDEFG", [30, 28, 16, 18, 24, 60, 30]):
        ws.column_dimensions[col].width = w
    fit_row_heights(ws, 3, 4 + len(ROWS))
    ws.freeze_panes = "A5"
    log = wb.create_sheet("Endringslogg")
    for r in [("Dato", "Endret av", "Endring"),
              ("09.01.2085", "Siri Holm", "Lagt inn aktiviteter fra regionkontorene"),
              ("14.01.2085", "Jon Are Lie", "Rettet lenker og lagt til kompetansebarometeret")]:
        log.append(r)
    log["A1"].font = log["B1"].font = log["C1"].font = Font(bold=True)
    log.column_dimensions["C"].width = 55
    save_xlsx(wb, out / FILENAME, "NHO Kompetanse")
    return rows


def text(path) -> str:
    return xlsx_text(path)
