"""03 NHO (XLSX, rows are delmål, cells hold several measures) and 14 secretariat template (no rows)."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from .common import normalize_zip, set_xlsx_props
from .truth import FILES, get

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL = PatternFill("solid", fgColor="DDEBF7")

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Opplærings- og kompetansetiltak i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring, introduksjonsprogrammet og kvalifiseringstiltak for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læringsmotivasjon og læringsevne gjennom opplæring i frivillig sektor",
}


def _save(wb, out_dir, fid):
    path = os.path.join(out_dir, FILES[fid])
    wb.save(path)
    normalize_zip(path)


def build_03(out_dir):
    g = lambda s: get("03", s)  # noqa: E731
    wb = Workbook()
    set_xlsx_props(wb, "NHO", "NHO – rapportering til Kompetansepolitisk råd 2063")
    ws = wb.active
    ws.title = "Tiltak per delmål"
    ws["A1"] = "NHO – rapportering til Kompetansepolitisk råd for 2063"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Tiltak i NHO og landsforeningene, ordnet etter delmål i strategien. Flere tiltak i samme celle "
                "er skilt med linjeskift; kolonnene til høyre følger samme rekkefølge.")
    head = ["Delmål", "Tiltak", "Virkemiddel", "Ansvarlig i NHO-fellesskapet", "Merknad"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = FILL
        cell.alignment = WRAP
    ws.row_dimensions[4].height = 30

    def lines(seeds, kinds, notes=None):
        tl = "\n".join("• " + (g(s)["tiltak"] if isinstance(s, str) else s[0]) for s in seeds)
        kl = "\n".join(kinds)
        al = "\n".join(g(s)["ansvarlig"] if isinstance(s, str) else "–" for s in seeds)
        nl = notes if notes is not None else "\n".join(g(s)["beskrivelse"] for s in seeds if isinstance(s, str))
        return tl, kl, al, nl

    body = [
        ("1.1 Kompetansebehovsutvalget",) + lines(["M01"], ["Råd/utvalg"]),
        ("1.2 Regionalt folkevalgt nivå", "Ingen egne tiltak i 2063", "", "", ""),
        ("1.4 Samarbeid utdanning–arbeidsliv",) + lines(
            ["M03", "M05", ("KLAFF-programmet – se 2.4",)], ["Rådsarbeid (leder)", "Rådsarbeid", "–"],
            "SRY: " + g("M03")["beskrivelse"] + "\nNasjonalt fagskoleråd: " + g("M05")["beskrivelse"]),
        ("2.1 Digital kompetanse",) + lines(["U01"], ["Kurs"]),
        ("2.2 Kunnskapsgrunnlag om læring i arbeidslivet", "Ingen egne tiltak i 2063", "", "", ""),
        ("2.4 Kobling av behov til EVU-tilbydere", "• KLAFF-programmet (Kompetanseløft for fagarbeidere i havbruk)",
         "Bransjeprogram", g("J01")["ansvarlig"], g("J01")["beskrivelse"]),
        ("2.5 Dokumentasjon av realkompetanse",) + lines(["J07"], ["Utviklingsprosjekt"]),
        ("3.4 Kvalifisering av innvandrere",) + lines(["J08"], ["Prosjekt"]),
    ]
    widths = (30, 52, 20, 24, 70)
    for i, row in enumerate(body, 5):
        nlines = 1
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=i, column=c, value=v)
            cell.alignment = WRAP
            n = sum(-(-max(len(ln), 1) // int(widths[c - 1] * 1.05)) for ln in str(v).split("\n"))
            nlines = max(nlines, n)
        ws.row_dimensions[i].height = 15 * nlines
    for col, w in zip("ABCDE", widths):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws2 = wb.create_sheet("Nøkkeltall")
    for r in (["Nøkkeltall NHO 2063", "Antall"], ["Medlemsbedrifter", 32400], ["Lærlinger i NHO-bedrifter", 23100],
              ["Bedrifter i NHOs kompetansebarometer", 6200]):
        ws2.append(r)
    ws2["A1"].font = BOLD
    ws2.column_dimensions["A"].width = 42
    _save(wb, out_dir, "03")


def build_14(out_dir):
    wb = Workbook()
    set_xlsx_props(wb, "Sekretariatet for Kompetansepolitisk råd", "Mal for rapportering 2063")
    ws = wb.active
    ws.title = "Veiledning"
    for line in ("Mal for rapportering til Kompetansepolitisk råd – rapporteringsåret 2063",
                 "",
                 "Sekretariatet ber hvert medlem fylle ut fanen «Tiltak» med ett tiltak per rad.",
                 "Oppgi delmål som kode (for eksempel 1.4), og velg type fra nedtrekkslisten.",
                 "Typer: FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement.",
                 "Felles tiltak rapporteres av hvert medlem som deltar, med medlemmets egen beskrivelse.",
                 "Frist for innsending: 15. januar 2064. Send til sekretariatet for rådet.",
                 "",
                 "Denne malen er ikke en rapport og skal ikke sendes tilbake uten utfylte rader."):
        ws.append([line])
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 100
    wt = wb.create_sheet("Tiltak")
    head = ["Medlem", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    wt.append(head)
    for c in wt[1]:
        c.font = BOLD
        c.fill = FILL
    wt.append(["EKSEMPEL", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "1.4", "Råd/utvalg/nettverk",
               "(medlemmet)", "", "Eksempelrad – slett før innsending."])
    for c in wt[2]:
        c.font = Font(italic=True, color="808080")
    dv = DataValidation(type="list", formula1='"FoU,Kurs/utdanning,Råd/utvalg/nettverk,Prosjekt,Informasjon,'
                        'Arrangement"', allow_blank=True)
    wt.add_data_validation(dv)
    dv.add("D3:D200")
    for col, w in zip("ABCDEFG", (18, 50, 9, 22, 22, 30, 60)):
        wt.column_dimensions[col].width = w
    wd = wb.create_sheet("Delmål")
    wd.append(["Kode", "Delmål (forkortet)"])
    for c in wd[1]:
        c.font = BOLD
    for k, v in DELMAL.items():
        wd.append([k, v])
    wd.column_dimensions["B"].width = 90
    _save(wb, out_dir, "14")
