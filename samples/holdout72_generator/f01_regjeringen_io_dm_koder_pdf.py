"""Regjeringen: an ordinary ministry report exported to PDF by LibreOffice from a landscape DOCX. One long ruled table
whose header row repeats on every page and whose rows may break across a page; header Tiltak / Status og resultater
2092 / Strategien / Virkemiddel / Ansv. dep. / Involverte. The strategy is given in the ministry's own shorthand
«IO 2 / DM 6» (innsatsområde 2, delmål 6), explained only in a note under the table. Virkemiddel in the ministry's
words (Utvalg oppnevnt i statsråd, Digital tjeneste, Tilskudd til opplæring, Evalueringsoppdrag, Forsøksordning,
Forskningsprogram). The KBU seat is the departments' own place in the committee. The trap is the ministry's own
evaluation of KBU (about the council, not a seat in it). Two rows are outside 2092, told only in the status text."""
from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .common import FOU, INFO, KBU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, row, set_cell_shading, \
    set_col_widths

FILENAME = "Regjeringen – rapport til Kompetansepolitisk råd for 2092.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a landscape DOCX (python-docx): one long ruled table with a repeated "
          "header row (w:tblHeader) whose rows may break across pages, a note under the table; dates and /ID fixed")
SHAPE = ("ordinary ministry report: title, a «Til/Fra/Dato» block, intro, one table Tiltak / Status og resultater 2092 "
         "/ Strategien / Virkemiddel / Ansv. dep. / Involverte running over two pages; the strategy written in the "
         "ministry's shorthand «IO 1 / DM 1» (innsatsområde, delmål) explained only in a note under the table; "
         "Virkemiddel in budget language (Utvalg oppnevnt i statsråd, Digital tjeneste, Tilskudd til opplæring, "
         "Evalueringsoppdrag, Forsøksordning, Forskningsprogram, Søknadsløsning); partners lists with agencies; two "
         "rows outside 2092 told only in the status text («Ordningen ble avviklet fra 1. januar 2092», «Lovforslaget "
         "sendes på høring våren 2093»)")
NOT_TRUTH = ("the title, the Til/Fra/Dato block and intro, the header rows, the Strategien and Virkemiddel cells, the "
             "row 'Tilskudd til opplæring i sjømatindustrien' (ended from 1 January 2092, last projects reported the "
             "year before), the row 'Kompetansereform for eldre arbeidstakere' (bill goes on hearing in the spring of "
             "2093), the note under the table, the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

HEAD = ["Tiltak", "Status og resultater 2092", "Strategien", "Virkemiddel", "Ansv. dep.", "Involverte"]

# name, status text, IO/DM, virkemiddel, dep, involverte (cell text), partners (truth), seed, delmål, type
ROWS = [
    ("Kompetansebehovsutvalget – departementenes plass i utvalget",
     "Kompetansebehovsutvalget (KBU) la i juni fram sin femte hovedrapport, om kompetansebehovene i helse- og "
     "omsorgssektoren fram mot 2105. Kunnskapsdepartementet og Arbeids- og inkluderingsdepartementet har hver sin "
     "plass i utvalget, og Nærings- og fiskeridepartementet har observatørstatus. Utvalget hadde seks møter i 2092 og "
     "holdt et åpent innspillsmøte i Bodø i september. HK-dir er sekretariat for utvalget.",
     "IO 1 / DM 1", "Utvalg oppnevnt i statsråd", "KD", "AID, NFD, HK-dir (sekretariat)", "AID, NFD, HK-dir",
     KBU, "1.1", RAD),
    ("Evaluering av Kompetansebehovsutvalget",
     "Oxford Research har på oppdrag fra KD evaluert hvordan utvalgets analyser blir brukt i departementene og i "
     "fylkeskommunene. Evalueringen ble levert i november og anbefaler kortere og hyppigere temarapporter. "
     "Evalueringen er departementets eget oppdrag og ikke en del av utvalgets arbeid.",
     "IO 1 / DM 1", "Evalueringsoppdrag", "KD", "Oxford Research", "Oxford Research", None, "1.1", FOU),
    ("Karrieresamtalen.no",
     "Den nasjonale tjenesten der voksne kan snakke med en karriereveileder på chat, telefon eller video, hadde 61 000 "
     "samtaler i 2092, en økning på 14 prosent. Fra mars kunne brukerne også velge veileder som snakker nordsamisk. "
     "Tjenesten drives av HK-dir, og fylkeskommunenes karrieresentre, Kompetanseforbundet og Sametinget bidrar med "
     "veiledere og fagutvikling.",
     "IO 1 / DM 3", "Digital tjeneste", "KD", "HK-dir, fylkeskommunene, Kompetanseforbundet, Sametinget",
     "HK-dir, fylkeskommunene, Kompetanseforbundet, Sametinget", "J05", "1.3", INFO),
    ("Tilskudd til opplæring i sjømatindustrien",
     "Ordningen ble avviklet fra 1. januar 2092. De siste prosjektene ble sluttrapportert i fjor, og omtales derfor "
     "ikke nærmere her.",
     "IO 2 / DM 4", "Tilskudd til opplæring", "NFD", "Sjømat Norge, Fellesforbundet", "", None, None, None),
    ("Norsk på arbeidsplassen (NPA)",
     "Ordningen gir tilskudd til norskopplæring for ansatte med kort botid, gitt på arbeidsplassen og i arbeidstiden. "
     "I 2092 fikk 3 400 ansatte i 410 virksomheter opplæring. Studieforbundene sto for om lag halvparten av kursene, "
     "og partene i arbeidslivet har vært med på å rekruttere virksomheter.",
     "IO 3 / DM 4", "Tilskudd til opplæring", "AID", "HK-dir, VOFO, studieforbundene, NHO, LO",
     "HK-dir, VOFO, studieforbundene, NHO, LO", "J06", "3.4", KURS),
    ("Forsøk med modulbasert fagopplæring i Nav-tiltak",
     "Arbeids- og velferdsdirektoratet har sammen med seks fylkeskommuner prøvd ut fagopplæring i moduler for "
     "arbeidssøkere som mangler fullført videregående opplæring. Forsøket hadde 520 deltakere i 2092. Deltakerne kan "
     "ta én og én modul og få hver modul dokumentert, slik at de kan gå over i arbeid underveis og fortsette senere. "
     "De første 80 deltakerne har tatt fag- eller svennebrev. Erfaringene viser at tett oppfølging fra Nav-veileder "
     "og en fast kontaktlærer i fylkeskommunen er avgjørende for at deltakerne fullfører, og at arbeidsgivere som "
     "tar imot deltakere i praksis ofte ansetter dem etterpå. Forsøket er forlenget ut 2094, og en "
     "følgeevaluering fra Fafo blir lagt fram i 2093.",
     "IO 3 / DM 5", "Forsøksordning", "AID", "Arbeids- og velferdsdirektoratet, seks fylkeskommuner, Fafo",
     "Arbeids- og velferdsdirektoratet, seks fylkeskommuner, Fafo", None, "3.5", PROSJEKT),
    ("LÆRA – forskningsprogram om læring i arbeidslivet",
     "Norges forskningsråd lyste i 2092 ut 90 millioner kroner til forskning på hvordan voksne lærer i jobben og hva "
     "kompetanseutvikling betyr for produktivitet og lønn. Sju prosjekter fikk støtte, blant dem et samarbeid mellom "
     "NTNU og Samfunnsøkonomisk analyse om opplæring i små bedrifter.",
     "IO 2 / DM 2", "Forskningsprogram", "KD", "Norges forskningsråd", "Norges forskningsråd", None, "2.2", FOU),
    ("Ny søknadsløsning for godkjenning av yrkeskvalifikasjoner",
     "HK-dir åpnet i april én felles søknadsløsning for godkjenning av utenlandske yrkeskvalifikasjoner i 34 "
     "lovregulerte yrker. Søkerne får nå svar på hva som mangler for godkjenning, og kan sende inn dokumentasjon "
     "digitalt. Saksbehandlingstiden gikk ned fra 14 til 9 uker.",
     "IO 2 / DM 6", "Søknadsløsning", "KD", "HK-dir, Helsedirektoratet, Statens vegvesen",
     "HK-dir, Helsedirektoratet, Statens vegvesen", None, "2.6", INFO),
    ("Kompetansereform for eldre arbeidstakere",
     "Departementet har arbeidet med et lovforslag om rett til utdanningspermisjon for arbeidstakere over 55 år. "
     "Lovforslaget sendes på høring våren 2093.",
     "IO 2 / DM 4", "Lovarbeid", "AID", "KD", "", None, None, None),
]


def _repeat_header(tr) -> None:
    tr_pr = tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=9.5, landscape=True, margins_cm=2.0)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapport til Kompetansepolitisk råd – tiltak i 2092", "b")])
    p.runs[0].font.size = Pt(17)
    for lab, val in (("Til:", "Kompetansepolitisk råd v/sekretariatet"),
                     ("Fra:", "Kunnskapsdepartementet (KD) og Arbeids- og inkluderingsdepartementet (AID)"),
                     ("Dato:", "17. januar 2093")):
        p = d.add_paragraph()
        add_runs(p, [(lab + " ", "b"), (val, "")])
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("Tabellen under viser departementenes tiltak for å følge opp Nasjonal kompetansepolitisk "
                    "strategi. Nærings- og fiskeridepartementet (NFD) har gitt innspill til tiltakene på sitt område. "
                    "Tallene er foreløpige per 31. desember.")
    t = d.add_table(rows=1, cols=len(HEAD))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, HEAD):
        add_runs(c.paragraphs[0], [(h, "b")])
        set_cell_shading(c, "DDE4EE")
    _repeat_header(t.rows[0]._tr)
    rows = []
    for name, txt, iodm, virk, dep, inv, partners, seed, dm, ty in ROWS:
        cells = t.add_row().cells
        add_runs(cells[0].paragraphs[0], [(name, "b")])
        for c, v in zip(cells[1:], [txt, iodm, virk, dep, inv]):
            c.paragraphs[0].add_run(v)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, partners, txt))
    set_col_widths(t, [5.9, 9.0, 2.6, 3.1, 1.7, 3.4])
    p = d.add_paragraph()
    add_runs(p, [("IO = hovedinnsatsområde, DM = delmål i Nasjonal kompetansepolitisk strategi. Ansv. dep.: KD = "
                  "Kunnskapsdepartementet, AID = Arbeids- og inkluderingsdepartementet, NFD = Nærings- og "
                  "fiskeridepartementet.", "i")])
    p.runs[0].font.size = Pt(8.5)
    d.add_paragraph()
    d.add_paragraph("Med hilsen")
    d.add_paragraph("Siri Holmen Aas\navdelingsdirektør, Kunnskapsdepartementet")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    """Page text and table cells; a row that the page break splits is joined cell by cell with its first part, as a
    reader of the printed table would join it."""
    import pdfplumber
    out, last = [], None
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            out.append(p.extract_text() or "")
            for t in p.extract_tables():
                for r in t:
                    cells = [c or "" for c in r]
                    if cells and cells[0] == HEAD[0]:
                        continue
                    if last is not None and not cells[0] and len(cells) == len(last):
                        last = [f"{a} {b}".strip() for a, b in zip(last, cells)]
                        out.append("\n".join(last))
                        continue
                    last = cells
                    out.extend(c for c in cells if c)
    return "\n".join(out)
