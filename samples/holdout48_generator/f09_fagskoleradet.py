"""09 Fagskolerådet - XLSX budget/accounts sheet; measures are budget lines among admin lines."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from .common import truth_row, save_xlsx

FILE = "09_Fagskoleradet_budsjett_og_regnskap_tiltak_2068.xlsx"
MEMBER = "Fagskolerådet"
FORMAT = "XLSX (openpyxl), number formats, group rows"
SHAPE = ("Budget-and-accounts sheet (Post / Tiltak / Delmål / Art / Ansvar / Samarbeid / Budsjett 2068 / "
         "Regnskap 2068 / Avvik / Merknad) where the measures are budget lines between administrative lines "
         "(salaries, rent, board meetings, reserve) and sum rows; post numbers 2.1–2.6 look like delmål codes; "
         "the merknad column is the description; one zero line is a 2069 plan")

ADMIN = [("1.1", "Lønn og sosiale kostnader, sekretariatet", 2450000, 2512300, "To årsverk."),
         ("1.2", "Husleie og kontor", 380000, 374900, ""),
         ("1.3", "Styremøter og reiser", 160000, 171250, "Ett ekstra styremøte i juni.")]
# post, seed, delmal, type, name, art, ansvar, samarbeid, budsjett, regnskap, merknad
TILTAK = [
    ("2.1", "M04", "1.4", "Råd/utvalg/nettverk", "Deltakelse i UHRs fagstrategiske enheter", "Nettverk",
     "Sekretariatet", "UHR", 40000, 36800,
     "Reiseutgifter for fagskolenes to representanter i enhetene for helse og teknologi."),
    ("2.2", "M05", "1.4", "Råd/utvalg/nettverk", "Rådsmøter i Nasjonalt fagskoleråd", "Råd", "Styreleder", "",
     25000, 18400, "Fire rådsmøter; Fagskolerådet stilte med leder og nestleder."),
    ("2.3", "J04", "2.5", "Prosjekt", "RKV-modell for fagskolene", "Utviklingsprosjekt", "Prosjektleder",
     "Agder fylkeskommune, Fagskolen i Agder", 600000, 588000,
     "Utvikling av felles modell for realkompetansevurdering ved opptak til fagskoleutdanning i helsefag, "
     "pilotert ved Fagskolen i Agder."),
    ("2.4", "U0901", "1.4", "Arrangement", "Fagskolekonferansen 2068", "Konferanse", "Sekretariatet", "",
     450000, 472600, "Konferanse i Trondheim med 280 deltakere; deltakeravgift dekket lokaler."),
    ("2.5", "U0902", "2.2", "FoU", "Kandidatundersøkelse for fagskoleutdannede", "Undersøkelse", "Sekretariatet",
     "NIFU", 300000, 300000, "Undersøkelse om overgang til arbeid blant 5 100 uteksaminerte kandidater."),
    ("2.6", None, "1.3", None, "Digital fagskolemesse", "Arrangement", "", "", 0, 0,
     "Planlagt 2069, ikke budsjettert i 2068."),
]
HEAD = ["Post", "Tiltak / aktivitet", "Delmål", "Art", "Ansvar", "Samarbeid", "Budsjett 2068",
        "Regnskap 2068", "Avvik", "Merknad"]
WIDTHS = [7, 44, 8, 18, 15, 30, 14, 14, 12, 60]
NUM = '# ##0;[Red]-# ##0'


def build(outdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Budsjett og regnskap 2068"
    ws["A1"] = "Fagskolerådet"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Budsjett og regnskap 2068 – tiltak under Nasjonal kompetansepolitisk strategi"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Vedlegg til rapporten til Kompetansepolitisk råd. Beløp i hele kroner. Regnskapet er foreløpig."
    ws["A3"].font = Font(italic=True, size=9)
    thin = Side(style="thin", color="A6A6A6")
    bd = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i, (h, w) in enumerate(zip(HEAD, WIDTHS), 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = bd
        ws.column_dimensions[chr(64 + i)].width = w
    r = 6
    grey = PatternFill("solid", fgColor="D9E1F2")

    def group(title):
        nonlocal r
        ws.cell(row=r, column=1, value=title).font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(row=r, column=col).fill = grey
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1

    def line(vals, bold=False):
        nonlocal r
        for col, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=col, value=v)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if bold:
                c.font = Font(bold=True)
            if col in (7, 8, 9) and v is not None:
                c.number_format = NUM
        r += 1

    group("1 Drift av sekretariatet")
    sb = sr = 0
    for post, name, b, a, note in ADMIN:
        line([post, name, None, None, None, None, b, a, a - b, note or None])
        sb += b
        sr += a
    line([None, "Sum drift", None, None, None, None, sb, sr, sr - sb, None], bold=True)
    group("2 Tiltak under kompetansestrategien")
    tb = tr_ = 0
    rows = []
    for post, seed, delmal, typ, name, art, ansvar, samb, b, a, note in TILTAK:
        line([post, name, delmal, art, ansvar or None, samb or None, b, a, a - b, note])
        tb += b
        tr_ += a
        if seed:
            rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, samb, note))
    line([None, "Sum tiltak", None, None, None, None, tb, tr_, tr_ - tb, None], bold=True)
    group("3 Reserve")
    line(["3.1", "Ikke disponert", None, None, None, None, 200000, 0, -200000,
          "Reserven ble ikke brukt."])
    line([None, "Sum totalt", None, None, None, None, sb + tb + 200000, sr + tr_, sr + tr_ - sb - tb - 200000,
          None], bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Godkjent av styret 21.01.2069. Revidert regnskap ettersendes.").font = \
        Font(italic=True, size=9)
    ws.freeze_panes = "C6"
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    save_xlsx(wb, os.path.join(outdir, FILE), creator="Fagskolerådet")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
