"""Vestland fylkeskommune: an ordinary Nynorsk Excel list where the name and the description share one cell – the
name as a bold first line (rich text: two runs in one cell, the second after a line break), the description under it,
as people do with Alt+Enter. The delmål column holds the code and a few Nynorsk words; the year shows only in the free
«Merknad» column («Vart halden i fjor», «Startar opp neste år», while «Vidareført frå i fjor» is a 2084 measure)."""
from __future__ import annotations

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .common import KURS, PROSJEKT, RAD, row, save_xlsx, xlsx_text

FILENAME = "Vestland fylkeskommune – tiltak kompetansestrategien 2084.xlsx"
MEMBER = "Vestland fylkeskommune"
FORMAT = "XLSX (openpyxl), Nynorsk, rich-text cells (bold name run + line break + description run), zip normalised"
SHAPE = ("ordinary Nynorsk Excel list: title and a line in rows 1–2, header on row 4 Nr. / Tiltak og kva vi gjorde / "
         "Delmål / Type tiltak / Ansvarleg / Samarbeidspartnarar / Merknad; the name and the description share one "
         "cell (bold first line, the description after a line break); delmål as code with Nynorsk words («1.2 "
         "Regionalt ansvar»); the county's kind words (Rådsarbeid, Prosjekt, Forum, Opplæring, Messe, Rettleiing); "
         "the year only in «Merknad»; a second sheet «Om skjemaet»")
NOT_TRUTH = ("the title and the line under it, the header, the Nr., Delmål, Type tiltak and Merknad cells, row 11 "
             "'Yrkesmessa i Førde' (held last year), row 12 'Karriererettleiing i fengsla' (starts next year), the "
             "sheet «Om skjemaet»")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Nr.", "Tiltak og kva vi gjorde", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Merknad"]
# name, description, delmål text, kind, ansvarleg, partners, merknad, seed, dm, type
ROWS = [
    ("Nasjonalt forum for karriererettleiing",
     "Karriere Vestland møter for fylkeskommunane i forumet. Vi la fram erfaringane våre med rettleiing for vaksne "
     "arbeidssøkjarar og var med på å lage nye kvalitetskriterium for karrieresentera.",
     "1.3 Karriererettleiing", "Rådsarbeid", "Karriere Vestland", "", "", "M05", "1.3", RAD),
    ("Nasjonalt fagskuleråd",
     "Fylkeskommunen har ein av plassane for fagskuleeigarane i rådet. Rådet drøfta korleis fagskulane kan tilby "
     "fleire korte emne for folk i arbeid.",
     "2.4 Etter- og vidareutdanning", "Rådsarbeid", "Fagskulen Vestland", "", "", "M06", "2.4", RAD),
    ("Fagbrevløftet 50+ i Vestland",
     "Tilsette over 50 år i helse, reinhald og industri får rettleiing og teorikurs fram mot fagprøve som "
     "praksiskandidat. 160 deltakarar i Vestland i 2084, og 61 tok fagprøva.",
     "2.5 Dokumentere kompetanse", "Prosjekt", "Seksjon for fagopplæring", "LO, Spekter, Helse Bergen", "",
     "J02", "2.5", PROSJEKT),
    ("Fagbrevløftet 50+ – utviding til Sogn",
     "Fylkeskommunen har på eiga hand utvida tilbodet til praksiskandidatar i industrien i Sogn. Utvidinga er "
     "fylkeskommunen sitt eige tiltak og ikkje ein del av Fagbrevløftet 50+.",
     "2.5 Dokumentere kompetanse", "Prosjekt", "Seksjon for fagopplæring", "Hydro Årdal, Sogn Næring", "", None,
     "2.5", PROSJEKT),
    ("Kompetanseforum Vestland",
     "Forum der fylkeskommunen og partane i arbeidslivet samordnar kompetansearbeidet i regionen. Forumet hadde fire "
     "møte og vedtok ein felles plan for rekruttering til helse og havbruk.",
     "1.2 Regionalt ansvar", "Forum", "Fylkesdirektør opplæring og kompetanse",
     "NHO Vestland, LO i Vestland, Nav Vestland, Høgskulen på Vestlandet, Universitetet i Bergen",
     "Vidareført frå i fjor", None, "1.2", RAD),
    ("Vidaregåande opplæring for vaksne på kveldstid",
     "Modulbasert opplæring i helse- og oppvekstfag på kveldstid i Bergen, Førde og Stord, slik at vaksne kan ta "
     "fagbrev ved sida av jobb. 180 vaksne var i gang i 2084.",
     "3.1 Vaksne i vidaregåande", "Opplæring", "Seksjon for vaksenopplæring", "Nav Vestland, kommunane", "", None,
     "3.1", KURS),
    ("Yrkesmessa i Førde",
     "Messe for elevar i 10. klasse om yrkesfaglege utdanningsprogram.",
     "2.3 Yrkesfag", "Messe", "Karriere Vestland", "Sunnfjord kommune", "Vart halden i fjor. Ikkje arrangert i 2084.",
     "", "", None),
    ("Karriererettleiing i fengsla",
     "Rettleiing for innsette i Bergen fengsel og Bjørgvin fengsel om utdanning og arbeid etter soning.",
     "1.3 Karriererettleiing", "Rettleiing", "Karriere Vestland", "Kriminalomsorga region vest",
     "Startar opp neste år", "", "", None),
]


def build(out) -> list[dict]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tiltak 2084"
    ws["A1"] = "Vestland fylkeskommune – tiltak i oppfølginga av kompetansestrategien 2084"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport til Kompetansepolitisk råd. Utfylt av avdeling for opplæring og kompetanse, januar 2085."
    ws["A2"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="7F7F7F")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="00506E")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rows = []
    for i, (name, desc, dmt, kind, ans, med, merk, seed, dm, ty) in enumerate(ROWS, 1):
        r = 4 + i
        rich = CellRichText([TextBlock(InlineFont(b=True), name), TextBlock(InlineFont(), "\n" + desc)])
        vals = [i, rich, dmt, kind, ans, med or None, merk or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[r].height = 96
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    for col, w in zip("ABCDEFG", [5, 62, 22, 13, 24, 28, 22]):
        ws.column_dimensions[col].width = w
    info = wb.create_sheet("Om skjemaet")
    for t in ["Skjemaet er fylt ut av Vestland fylkeskommune.",
              "Namnet på tiltaket står med feit skrift øvst i cella, og omtalen står under.",
              "Tiltak som ikkje var i drift i 2084, er berre tekne med til orientering.",
              "Kontakt: Sigrid Eide Vik, rådgjevar"]:
        info.append([t])
    info.column_dimensions["A"].width = 80
    save_xlsx(wb, out / FILENAME, "Sigrid Eide Vik")
    return rows


def text(path) -> str:
    return xlsx_text(path)
