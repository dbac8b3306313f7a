"""01 Regjeringen (DOCX -> PDF via LibreOffice) and 05 KS (DOCX -> DOC via LibreOffice)."""
import os
import shutil
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from .common import docx_via_lo, normalize_zip, set_docx_core
from .docx_util import base_font, cell_text, page_field, repeat_header, set_col_widths, shade
from .truth import FILES, get


def _table(doc, header, rows, widths, size=9, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, bold=True, size=size)
        shade(c, head_fill)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=size)
    set_col_widths(t, [Cm(w) for w in widths])
    return t


def build_01(out_dir):
    g = lambda s: get("01", s)  # noqa: E731
    doc = docx.Document()
    base_font(doc, "Liberation Serif", 11)
    set_docx_core(doc, "Kunnskapsdepartementet", "Årsrapport 2063 – kapittel 5")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Kunnskapsdepartementet | Årsrapport 2063 | side "
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for txt, size, bold in (("Kunnskapsdepartementet", 16, True), ("Årsrapport 2063", 28, True),
                            ("Utdrag: Kapittel 5 Oppfølging av Nasjonal kompetansepolitisk strategi", 14, False),
                            ("Oversendt Kompetansepolitisk råd som rapportering for 2063", 11, False)):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(30)
        r = p.add_run(txt)
        r.font.size = Pt(size)
        r.bold = bold
    doc.add_page_break()

    doc.add_heading("Innhold", level=1)
    for line, pg in (("5 Oppfølging av Nasjonal kompetansepolitisk strategi", 3),
                     ("5.1 Innledning og nøkkeltall", 3), ("5.2 Gode valg for den enkelte og for samfunnet", 3),
                     ("5.3 Læring i arbeidslivet", 4), ("5.4 Voksne med svak tilknytning til arbeidslivet", 4),
                     ("Vedlegg 1 Tiltak etter delmål", 5), ("Vedlegg 2 Statistikk", 6)):
        p = doc.add_paragraph(line + " " + "." * max(4, 70 - len(line)) + " " + str(pg))
        p.paragraph_format.space_after = Pt(2)
    doc.add_page_break()

    doc.add_heading("5 Oppfølging av Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_heading("5.1 Innledning og nøkkeltall", level=2)
    doc.add_paragraph(
        "Kapitlet omtaler departementets arbeid med Nasjonal kompetansepolitisk strategi i 2063. Omtalen følger "
        "strategiens tre hovedinnsatsområder, og en samlet oversikt over tiltakene etter delmål står i vedlegg 1. "
        "Tallene nedenfor er hentet fra Kompetanse Norge og Statistisk sentralbyrå.")
    _table(doc, ["Nøkkeltall", "2061", "2062", "2063"],
           [["Deltakere i bransjeprogram", "2 410", "2 950", "3 412"],
            ["Tilskudd til Kompetansepluss (mill. kr)", "112", "118", "126"],
            ["Voksne med fullført fag-/svennebrev via praksiskandidatordningen", "9 830", "10 120", "10 655"],
            ["Karriereveiledninger ved de regionale karrieresentrene", "61 200", "64 900", "70 310"]],
           [9.0, 2.2, 2.2, 2.2])

    doc.add_heading("5.2 Gode valg for den enkelte og for samfunnet", level=2)
    doc.add_paragraph(g("M01")["tiltak"] + " er regjeringens viktigste verktøy for å sammenstille og analysere "
                      "kunnskap om kompetansebehovene, jf. delmål 1.1 i strategien. " + g("M01")["beskrivelse"])
    doc.add_paragraph("For å gjøre analysene kjent i fylkene arrangerte departementet et fagseminar om "
                      "KBU-rapporten (delmål 1.1). " + g("U01")["beskrivelse"])
    doc.add_paragraph(g("M06")["tiltak"] + " skal bidra til et helhetlig system for karriereveiledning, "
                      "jf. delmål 1.3. " + g("M06")["beskrivelse"] + " Forumet skal også evalueres. "
                      + g("U02")["beskrivelse"])
    doc.add_paragraph(g("M05")["tiltak"] + " gir departementet råd om utviklingen av fagskolesektoren og "
                      "samarbeidet med arbeidslivet (delmål 1.4). " + g("M05")["beskrivelse"])
    doc.add_paragraph("Regjeringen tar sikte på å legge fram en stortingsmelding om karriereveiledning i 2064. "
                      "Arbeidet med meldingen er ikke et eget tiltak i denne rapporteringen.")

    doc.add_heading("5.3 Læring i arbeidslivet", level=2)
    doc.add_paragraph("Bransjeprogrammene er utviklet i trepartssamarbeid. Samlet deltok 3 412 personer i "
                      "programmene i 2063, mot 2 950 året før.")
    doc.add_paragraph("Programmet " + g("J01")["tiltak"] + " følger opp delmål 2.4 og er utviklet sammen med LO, "
                      "NHO og Sjømat Norge. " + g("J01")["beskrivelse"])
    _table(doc, ["Deltakere i bransjeprogram etter næring, 2063", "Deltakere", "Tilbydere"],
           [["Havbruk (KLAFF)", "1 180", "14"], ["Bygg og anlegg", "1 020", "11"],
            ["Helse og omsorg", "1 212", "17"], ["Sum", "3 412", "42"]], [9.0, 3.0, 3.0])
    doc.add_paragraph("")
    doc.add_paragraph(g("J10")["tiltak"] + " gir kunnskap om læring i arbeidslivet (delmål 2.2) og gjennomføres "
                      "av Statistisk sentralbyrå. " + g("J10")["beskrivelse"])
    doc.add_paragraph("Utviklingsarbeidet " + g("J07")["tiltak"] + " følger opp delmål 2.5. "
                      + g("J07")["beskrivelse"] + " Arbeidet ledes av Kompetanse Norge i samarbeid med NHO, LO "
                      "og Fagskolerådet.")

    doc.add_heading("5.4 Voksne med svak tilknytning til arbeidslivet", level=2)
    doc.add_paragraph("Tilskuddsordningen " + g("J04")["tiltak"] + " forvaltes av Kompetanse Norge i dialog med "
                      "VOFO (delmål 3.2). " + g("J04")["beskrivelse"])
    doc.add_paragraph("Som ledd i oppfølgingen av delmål 3.2 er det etablert et " + g("U03")["tiltak"][0].lower()
                      + g("U03")["tiltak"][1:] + ". " + g("U03")["beskrivelse"])
    doc.add_paragraph("Fra 2064 tar departementet sikte på å etablere en ny ordning, Kompetansepluss digital, "
                      "som skal rettes mot ansatte i kommunal sektor. Ordningen er under utredning.")
    doc.add_page_break()

    doc.add_heading("Vedlegg 1 Tiltak etter delmål", level=1)
    doc.add_paragraph("Oversikten viser tiltakene som er omtalt i kapittel 5, ordnet etter delmål i strategien.")
    kinds = {"M01": "Offentlig utvalg", "U01": "Seminar", "M06": "Forum", "U02": "Evaluering", "M05": "Råd",
             "J01": "Bransjeprogram", "J10": "Statistisk undersøkelse", "J07": "Utviklingsarbeid",
             "J04": "Tilskuddsordning", "U03": "Forsøk"}
    rows = []
    for s in ("M01", "U01", "M06", "U02", "M05", "J01", "J10", "J07", "J04", "U03"):
        r = g(s)
        rows.append([r["delmal"], r["tiltak"], kinds[s], r["ansvarlig"]])
    _table(doc, ["Delmål", "Tiltak", "Virkemiddel", "Ansvarlig"], rows, [1.8, 7.0, 3.2, 4.0])
    doc.add_page_break()
    doc.add_heading("Vedlegg 2 Statistikk", level=1)
    _table(doc, ["Fylke", "Karriereveiledninger 2063", "Endring fra 2062 (%)"],
           [["Viken", "11 240", "+6,1"], ["Innlandet", "5 980", "+8,4"], ["Vestland", "9 310", "+4,9"],
            ["Trøndelag", "7 120", "+9,0"], ["Troms og Finnmark", "4 060", "+12,3"], ["Øvrige fylker", "32 600", "+7,7"],
            ["Hele landet", "70 310", "+8,3"]], [6.0, 5.0, 5.0])
    doc.add_paragraph("Kilde: Kompetanse Norge, karrieresentrenes rapportering.")

    tmp = tempfile.mkdtemp(prefix="h43_01_")
    src = os.path.join(tmp, "KD_arsrapport_2063_kap5.docx")
    doc.save(src)
    normalize_zip(src)
    docx_via_lo(src, "pdf", os.path.join(out_dir, FILES["01"]))
    shutil.rmtree(tmp, ignore_errors=True)


def build_05(out_dir):
    g = lambda s: get("05", s)  # noqa: E731
    doc = docx.Document()
    base_font(doc, "Liberation Sans", 10.5)
    set_docx_core(doc, "KS", "Rapportering til Kompetansepolitisk råd 2063")
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "KS – Kommunesektorens organisasjon"
    hp.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    doc.add_heading("Rapportering til Kompetansepolitisk råd 2063", level=0)
    doc.add_paragraph("KS rapporterer her tiltak vi har gjennomført i 2063 som følger opp Nasjonal "
                      "kompetansepolitisk strategi. Tiltakene er gruppert etter hva slags tiltak det er. "
                      "For hvert tiltak har vi angitt hvilket delmål i strategien det er knyttet til.")

    groups = [("1 Råd, utvalg og nettverk", ["M03", "U01"]), ("2 Kurs og opplæring", ["J03"]),
              ("3 Arrangementer", ["J02", "J09"]), ("4 Utviklingsprosjekter", ["U02"])]
    for head, seeds in groups:
        doc.add_heading(head, level=1)
        for s in seeds:
            r = g(s)
            doc.add_heading(r["tiltak"], level=2)
            doc.add_paragraph(r["beskrivelse"])
            line = "Strategikobling: delmål %s · Ansvarlig: %s" % (r["delmal"], r["ansvarlig"])
            if r["samarbeidspartnere"]:
                line += " · Samarbeid: " + r["samarbeidspartnere"].replace("; ", ", ")
            p = doc.add_paragraph()
            run = p.add_run(line)
            run.italic = True
            run.font.size = Pt(9)
            if s == "U02":
                doc.add_paragraph("Lærlinger i kommunesektoren (kilde: KS):")
                _table(doc, ["År", "Lærlinger", "Andel av landets lærlinger"],
                       [["2061", "4 960", "10,1 %"], ["2062", "5 210", "10,4 %"], ["2063", "5 480", "10,7 %"]],
                       [3.0, 3.0, 5.0], head_fill="E2EFDA")

    doc.add_heading("Videre arbeid", level=1)
    doc.add_paragraph("I 2064 vil KS vurdere et eget nettverk for kompetanse i helse- og omsorgstjenestene. "
                      "Dette er ikke iverksatt og rapporteres derfor ikke som tiltak.")
    doc.add_paragraph("Kontaktperson: Ola Berg, spesialrådgiver, KS.")

    tmp = tempfile.mkdtemp(prefix="h43_05_")
    src = os.path.join(tmp, "KS_rapportering_KPR_2063.docx")
    doc.save(src)
    normalize_zip(src)
    docx_via_lo(src, "doc", os.path.join(out_dir, FILES["05"]))
    shutil.rmtree(tmp, ignore_errors=True)
