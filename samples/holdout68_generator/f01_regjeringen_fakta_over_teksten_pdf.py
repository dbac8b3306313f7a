"""Regjeringen: an ordinary ministry report written in Word and exported to PDF by LibreOffice. One Heading 1 per
hovedinnsatsområde, one Heading 2 per measure. The facts come FIRST, in a grey line right under the heading
(«KD · Utvalg · delmål 1.1 · med AID og partene i arbeidslivet»: ministry, the ministry's kind word, delmål, partners
after «med» joined by «og»), and the description follows. Two Heading 2s have no fact line: one tells of last year's
white paper, one of a regulation that takes effect next year. The trap is the ministry's evaluation of KBU, which is
about the council, not the seat."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, pdf_text, row

FILENAME = "Regjeringens rapport til Kompetansepolitisk råd – tiltak i 2088.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) with Heading 1/Heading 2 styles and grey small-print "
          "lines; dates and /ID fixed")
SHAPE = ("ordinary ministry report: title, intro, one Heading 1 per hovedinnsatsområde and one Heading 2 per measure; "
         "the facts stand ABOVE the description in a grey line «KD · Utvalg · delmål 1.1 · med AID og partene i "
         "arbeidslivet» (ministry abbreviation, the ministry's kind word – Utvalg, Evaluering, Utredning, "
         "Opplæringsprogram, Digital tjeneste, Nettsted, Forsøksordning –, delmål, partners after «med» joined by "
         "«og»); two Heading 2s without a fact line are outside 2088 (a white paper «lagt fram i juni i fjor», a "
         "regulation that «trer i kraft 1. august neste år»); an abbreviation list at the end")
NOT_TRUTH = ("the title and intro, the three area headings, the ministry abbreviations' explanations, the kind words and "
             "delmål of the grey lines, the section 'Stortingsmeldingen om høyere yrkesfaglig utdanning' (laid before "
             "the Storting in June last year), the section 'Forskrift om rett til fagbrev for voksne' (in force from "
             "1 August next year), the list «Forkortelser»")
SPLIT_FIELDS = ("samarbeidspartnere",)

# (heading, items); item = (name, dep, kind word, delmål, partners (list), paragraphs, seed, type)
SECTIONS = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("Kompetansebehovsutvalget", "KD", "Utvalg", "1.1", ["AID", "partene i arbeidslivet"],
         ["Utvalget la i september fram rapporten «Kompetansebehov i omstillingen til lavutslippssamfunnet». "
          "Departementene og hovedorganisasjonene i arbeidslivet er representert i utvalget sammen med forskere og "
          "analytikere, og KD har sekretariatet."], "M02", RAD),
        ("Evaluering av Kompetansebehovsutvalget", "KD", "Evaluering", "1.1", ["NIFU"],
         ["NIFU har evaluert hvordan rapportene fra utvalget brukes i fylkeskommunene og i utdanningssektoren. "
          "Evalueringen er et eget oppdrag fra departementet og ikke en del av utvalgets arbeid. Sluttrapporten kom i "
          "november."], None, FOU),
        ("Utredning av fylkeskommunenes ansvar for voksnes læring", "KD", "Utredning", "1.2", ["KDD", "KS"],
         ["Departementet har utredet om fylkeskommunene bør få et lovfestet ansvar for å samordne tilbudet til "
          "voksne som trenger mer opplæring. Utredningen ble sendt på høring i desember."], None, FOU),
        ("Stortingsmeldingen om høyere yrkesfaglig utdanning", "", "", "", [],
         ["Meldingen ble lagt fram for Stortinget i juni i fjor og er omtalt i fjorårets rapport. Oppfølgingen av "
          "meldingen rapporteres samlet når tiltakene er på plass."], "", None),
    ]),
    ("2 Læring i arbeidslivet", [
        ("Bransjeprogram for havbruksnæringen", "AID", "Opplæringsprogram", "2.4",
         ["partene i havbruksnæringen", "fylkeskommunene"],
         ["Programmet gir ansatte i havbruk etter- og videreutdanning i fiskehelse, teknologi og drift. Modulene er "
          "utviklet av partene sammen med fagskoler og universiteter.",
          "I 2088 tok 1 150 ansatte minst én modul, og tre nye moduler om rømmingssikring ble tatt i bruk."],
         "J02", KURS),
        ("Digital søknad om godkjenning av utenlandsk fagutdanning", "KD", "Digital tjeneste", "2.6", ["HK-dir"],
         ["HK-dir lanserte i mars en digital løsning der søkerne kan laste opp dokumentasjon og følge saken sin. "
          "Saksbehandlingstiden gikk ned fra fem til to måneder."], None, INFO),
        ("Forskrift om rett til fagbrev for voksne", "", "", "", [],
         ["Forskriften trer i kraft 1. august neste år. Arbeidet med den er tatt med her til orientering."], "", None),
    ]),
    ("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Språkstøtte.no", "AID", "Nettsted", "3.4", ["HK-dir", "Spekter", "VOFO"],
         ["Nettstedet samler materiell, oppgaver og veiledning for arbeidsgivere og kolleger som vil støtte "
          "norskopplæringen på arbeidsplassen. Det hadde 210 000 besøk i 2088."], "J05", INFO),
        ("Forsøk med fagopplæring i arbeidsmarkedstiltak", "AID", "Forsøksordning", "3.5",
         ["Nav", "fylkeskommunene"],
         ["Nav og fylkeskommunene i fem fylker prøver ut et toårig løp der arbeidssøkere tar fagbrev mens de er i "
          "tiltak. 340 deltakere var med ved utgangen av året."], None, PROSJEKT),
    ]),
]


def _med(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapport til Kompetansepolitisk råd", "b")])
    p.runs[0].font.size = Pt(18)
    p = d.add_paragraph()
    add_runs(p, [("Tiltak i 2088 for å følge opp Nasjonal kompetansepolitisk strategi", "")])
    p.runs[0].font.size = Pt(13)
    d.add_paragraph("Rapporten er satt sammen av Kunnskapsdepartementet etter innspill fra de andre departementene. "
                    "Under hvert tiltak står først ansvarlig departement, virkemiddel, delmål og samarbeidspartnere, "
                    "og deretter en kort omtale av hva som er gjort i 2088.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=1)
        for name, dep, kind, dm, med, paras, seed, ty in items:
            d.add_heading(name, level=2)
            if ty:
                line = f"{dep} · {kind} · delmål {dm} · med {_med(med)}"
                lp = d.add_paragraph()
                r = lp.add_run(line)
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
            for para in paras:
                d.add_paragraph(para)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, ", ".join(med), " ".join(paras)))
    d.add_heading("Forkortelser", level=1)
    for ab in ["AID – Arbeids- og inkluderingsdepartementet", "KD – Kunnskapsdepartementet",
               "KDD – Kommunal- og distriktsdepartementet", "HK-dir – Direktoratet for høyere utdanning og kompetanse",
               "NIFU – Nordisk institutt for studier av innovasjon, forskning og utdanning"]:
        d.add_paragraph(ab, style="List Bullet")
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    return pdf_text(path)
