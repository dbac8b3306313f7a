"""03 – NHO: workbook where each measure is split over two sheets joined by an ID."""
from __future__ import annotations

from pathlib import Path

from .common import R, normalise_zip

FILE = "NHO_kompetansetiltak_2070.xlsx"
MEMBER = "NHO"
HOW = "XLSX (openpyxl), three sheets, zip normalised"
SHAPE = ("Relational split: sheet 'Tiltak' holds ID / Tiltak / Delmål / Kategori / Status, sheet "
         "'Detaljer' holds ID / Hovedansvar / Med hvem / Kort om in another order; only the ID joins "
         "them; statuses 'Avsluttet 2069' and 'Planlagt 2071' mark rows that are not this year's; "
         "an 'Info' sheet first")

ROWS = [
    R("NHO i Kompetansebehovsutvalget", "M01", "1.1", "Råd/utvalg/nettverk", "NHO Kompetanse", "",
      "Bidro med næringslivets perspektiv i analysene av kompetansebehov i industri og bygg.",
      id="NHO-70-03", kat="Utvalg", status="Pågår"),
    R("Samarbeidsrådet for yrkesopplæring – NHO-representasjon", "M02", "1.4", "Råd/utvalg/nettverk",
      "NHO", "", "NHO ledet SRY i 2070 og prioriterte lærlingplasser og dimensjonering.",
      id="NHO-70-01", kat="Rådsarbeid", status="Pågår"),
    R("Plass i Nasjonalt fagskoleråd", "M04", "1.4", "Råd/utvalg/nettverk", "NHO", "",
      "Arbeidet for flere bransjerettede fagskoletilbud og raskere godkjenning av nye tilbud.",
      id="NHO-70-07", kat="Rådsarbeid", status="Pågår"),
    R("Yrkes-NM 2070 i Bergen", "J01", "2.3", "Arrangement", "NHO og landsforeningene",
      "LO, Vestland fylkeskommune, WorldSkills Norway",
      "Over 200 deltakere konkurrerte i 30 fag; rekordbesøk fra ungdomsskoler.",
      id="NHO-70-02", kat="Mesterskap", status="Gjennomført"),
    R("Kompetansebarometeret 2070", "U06", "2.2", "FoU", "NHO", "NIFU",
      "Undersøkelse blant medlemsbedriftene om udekket kompetansebehov; 6 200 svar.",
      id="NHO-70-05", kat="Undersøkelse", status="Gjennomført"),
    R("Bransjenettverk for lærebedrifter i prosessindustrien", "U07", "2.4", "Råd/utvalg/nettverk",
      "Norsk Industri", "Opplæringskontorene, fylkeskommunene",
      "Nettverket kobler bedrifter med fagskoler og videregående skoler om nye kurs.",
      id="NHO-70-06", kat="Nettverk", status="Pågår"),
    R("Kampanjen «Velg fag»", "U08", "2.3", "Informasjon", "NHO", "",
      "Kampanje i sosiale medier rettet mot elever i 10. trinn og foresatte.",
      id="NHO-70-04", kat="Kampanje", status="Gjennomført"),
]

NOT_THIS_YEAR = [
    ("NHO-69-05", "Næringslivets karrieredag", "dm 1.3", "Arrangement", "Avsluttet 2069",
     "NHO Service og Handel", "", "Siste gang arrangert i november 2069."),
    ("NHO-71-01", "Digitaliseringskurs for små bedrifter", "2.1", "Kurs", "Planlagt 2071",
     "NHO Geneo", "Abelia", "Oppstart høsten 2071."),
]


def build(out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    info = wb.active
    info.title = "Info"
    info["A1"] = "NHO – rapportering til Kompetansepolitisk råd"
    info["A1"].font = Font(bold=True, size=14)
    info["A3"] = "Rapporteringsår: 2070"
    info["A4"] = "Arket «Tiltak» viser tiltakene med delmål og kategori. Ansvar, samarbeid og omtale står i arket «Detaljer» (koblet på ID)."
    info["A5"] = "Status «Avsluttet 2069» og «Planlagt 2071» er tatt med for oversiktens skyld."
    info["A7"] = "Kontakt: NHO Kompetanse, kompetanse@nho.example.no"
    info.column_dimensions["A"].width = 110

    head_fill = PatternFill("solid", fgColor="1F3864")
    ws = wb.create_sheet("Tiltak")
    ws.append(["ID", "Tiltak", "Delmål", "Kategori", "Status"])
    for r in sorted(ROWS, key=lambda r: r.x("id")):
        d = r.delmal
        ws.append([r.x("id"), r.tiltak, float(d) if r.x("id") != "NHO-70-06" else f"dm {d}", r.x("kat"), r.x("status")])
    for i, n, dm, kat, st, *_ in NOT_THIS_YEAR:
        ws.append([i, n, dm, kat, st])
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = head_fill
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "0.0"
            c.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDE", (12, 55, 9, 14, 16)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{ws.max_row}"

    det = wb.create_sheet("Detaljer")
    det.append(["ID", "Hovedansvar", "Med hvem", "Kort om"])
    detail = [(r.x("id"), r.ansvarlig, r.samarbeidspartnere, r.beskrivelse) for r in ROWS]
    detail += [(i, a, s, k) for i, _n, _d, _kat, _st, a, s, k in NOT_THIS_YEAR]
    for rec in sorted(detail, key=lambda t: (t[0][-2:], t[0])):
        det.append(list(rec))
    for c in det[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = head_fill
    for col, w in zip("ABCD", (12, 26, 40, 80)):
        det.column_dimensions[col].width = w
    for row in det.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")

    wb.properties.creator = "NHO"
    wb.properties.title = "Tiltak 2070"
    path = out / FILE
    wb.save(path)
    normalise_zip(path)
    return path
