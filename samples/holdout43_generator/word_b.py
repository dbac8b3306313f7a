"""09 Vestland (Nynorsk DOCX with footnotes) and 11 Troms og Finnmark (DOCX -> PDF, table over pages)."""
import os
import shutil
import tempfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from .common import docx_via_lo, normalize_zip, set_docx_core
from .docx_util import (add_footnotes, base_font, cell_text, footnote_ref, no_split, page_field,
                        repeat_header, set_col_widths, shade)
from .truth import FILES, get


def _bold_lead(doc, before, name, fn, after):
    p = doc.add_paragraph()
    if before:
        p.add_run(before)
    r = p.add_run(name)
    r.bold = True
    footnote_ref(p, fn)
    p.add_run(after)
    return p


def build_09(out_dir):
    g = lambda s: get("09", s)  # noqa: E731
    doc = docx.Document()
    base_font(doc, "Liberation Sans", 10.5)
    set_docx_core(doc, "Vestland fylkeskommune", "Rapportering frå Vestland fylkeskommune for 2063")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vestland fylkeskommune · Rapport til Kompetansepolitisk råd 2063"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Side "
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Rapportering frå Vestland fylkeskommune for 2063", level=1)
    doc.add_heading("Innleiing", level=2)
    doc.add_paragraph("Vestland fylkeskommune har det regionale ansvaret for kompetansepolitikken i fylket. "
                      "Nedanfor gjer vi greie for dei viktigaste tiltaka i 2063. Koplinga til delmåla i Nasjonal "
                      "kompetansepolitisk strategi står i fotnotane.")
    p = doc.add_paragraph("I 2063 hadde Vestland 14 300 lærlingar og 2 950 vaksne deltakarar i vidaregåande "
                          "opplæring. Delen vaksne som fullførte, auka frå 61 til 66 prosent.")
    footnote_ref(p, 1)

    doc.add_heading("Regional samordning", level=2)
    _bold_lead(doc, "Vestland fylkeskommune leiar ", g("U01")["tiltak"], 2,
               " saman med NHO Vestland, LO Vestland og NAV Vestland. " + g("U01")["beskrivelse"])

    doc.add_heading("Karriererettleiing", level=2)
    _bold_lead(doc, "Fylkeskommunen er med i ", g("M06")["tiltak"], 3, ". " + g("M06")["beskrivelse"])
    _bold_lead(doc, "Prosjektet ", g("J06")["tiltak"], 4, " " + g("J06")["beskrivelse"][len("Prosjektet "):])
    doc.add_paragraph("Fylkestinget har vedteke å søkje om midlar til ei vidareføring, Karriereløftet 2, "
                      "frå hausten 2064. Dette er førebels berre ein plan.")

    doc.add_heading("Fagskulen", level=2)
    _bold_lead(doc, "", g("M05")["tiltak"], 5, " gir råd til departementet om utviklinga av fagskulesektoren. "
               + g("M05")["beskrivelse"])

    doc.add_heading("Yrkesfag", level=2)
    _bold_lead(doc, "", g("J02")["tiltak"], 6, " vart arrangert 19. oktober. " + g("J02")["beskrivelse"])

    doc.add_heading("Læring i frivillig sektor", level=2)
    _bold_lead(doc, "", g("U02")["tiltak"], 7, " vart arrangert i samarbeid med studieforbunda og biblioteka. "
               + g("U02")["beskrivelse"])

    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson: Siri Haugland, seniorrådgjevar, avdeling for kompetanse og næring.")

    notes = {
        1: "Kjelde: SSB og Vigo, tal per 1. oktober 2063.",
        2: "Delmål 1.2 – regionalt folkevalt nivå si samordningsrolle.",
        3: "Delmål 1.3.",
        4: "Delmål 1.3. Prosjektet vart leidd av Karriere Vestland i samarbeid med NAV Vestland.",
        5: "Delmål 1.4.",
        6: "Delmål 2.3 – synleggjere karrieremoglegheitene i yrkesfaga.",
        7: "Delmål 3.6.",
    }
    path = os.path.join(out_dir, FILES["09"])
    doc.save(path)
    add_footnotes(path, notes)
    normalize_zip(path)


def build_11(out_dir):
    g = lambda s: get("11", s)  # noqa: E731
    doc = docx.Document()
    base_font(doc, "Liberation Sans", 11)
    set_docx_core(doc, "Troms og Finnmark fylkeskommune", "Årsrapportering 2063 – kompetansepolitiske tiltak")
    sec = doc.sections[0]
    sec.top_margin = Cm(2.8)
    sec.bottom_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "Troms og Finnmark fylkeskommune | Romsa ja Finnmárkku fylkkagielda"
    fp = sec.footer.paragraphs[0]
    fp.text = "Rapportering til Kompetansepolitisk råd 2063 – side "
    page_field(fp)

    doc.add_heading("Årsrapportering 2063 – kompetansepolitiske tiltak", level=1)
    doc.add_paragraph(
        "Troms og Finnmark fylkeskommune har i 2063 prioritert karriereveiledning, kompetanse i distriktene og "
        "samarbeid med partene i arbeidslivet. Særlig vil vi trekke fram Karriereløftet, som ble avsluttet i "
        "desember, og det nye samarbeidet om KLAFF Nord. Tabellen nedenfor gir en samlet oversikt over "
        "tiltakene, med kobling til hovedinnsatsområde og delmål i Nasjonal kompetansepolitisk strategi.")
    doc.add_paragraph(
        "Landsdelen har store avstander og mange små arbeidsmarkeder. Andelen voksne uten fullført "
        "videregående opplæring er 27 prosent, mot 22 prosent på landsbasis, og mange virksomheter melder "
        "om mangel på fagarbeidere.")
    t0 = doc.add_table(rows=1, cols=3)
    t0.style = "Table Grid"
    for c, h in zip(t0.rows[0].cells, ["Nøkkeltall", "2062", "2063"]):
        cell_text(c, h, bold=True, size=9)
    for row in (["Lærlinger", "3 020", "3 140"], ["Voksne i videregående opplæring", "1 480", "1 610"],
                ["Veiledninger ved karrieresenteret", "3 900", "4 060"]):
        cells = t0.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=9)
    set_col_widths(t0, [Cm(8), Cm(3), Cm(3)])
    doc.add_paragraph("")

    doc.add_heading("Tiltak 2063", level=2)
    header = ["Tiltak", "Beskrivelse", "Delmål", "Ansvarlig", "Samarbeidspartnere"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, bold=True, size=9)
        shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    status = {
        "M06": "Arbeidsgruppen leverte utkast til kriterier i november.",
        "J06": "Sluttrapport sendes Kompetanse Norge i februar 2064.",
        "U01": "Kurset ble holdt i Kautokeino i april og i Tromsø i oktober.",
        "U02": "Alliansen hadde fire møter og vedtok en felles handlingsplan for 2064–2065.",
        "U03": "Første kull startet i september med 75 deltakere fra 19 bedrifter.",
        "U04": "Tilbudet gis i samarbeid med kommunenes voksenopplæring og studiesentrene.",
    }
    for s in ("M06", "J06", "U01", "U02", "U03", "U04"):
        r = g(s)
        hio = r["delmal"].split(".")[0]
        cells = t.add_row().cells
        cell_text(cells[0], r["tiltak"], bold=True, size=9)
        cell_text(cells[1], r["beskrivelse"] + "\n" + status[s], size=9)
        cell_text(cells[2], "Hovedinnsatsområde %s – delmål %s" % (hio, r["delmal"]), size=9)
        cell_text(cells[3], r["ansvarlig"], size=9)
        cell_text(cells[4], r["samarbeidspartnere"].replace("; ", "\n"), size=9)
        no_split(t.rows[-1])
    set_col_widths(t, [Cm(4.6), Cm(4.3), Cm(2.4), Cm(2.9), Cm(2.4)])
    doc.add_paragraph("")
    doc.add_paragraph("Spørsmål om rapporteringen kan rettes til seksjon for kompetanse og inkludering, "
                      "Troms og Finnmark fylkeskommune.")

    tmp = tempfile.mkdtemp(prefix="h43_11_")
    src = os.path.join(tmp, "TFFK_rapport_2063.docx")
    doc.save(src)
    normalize_zip(src)
    docx_via_lo(src, "pdf", os.path.join(out_dir, FILES["11"]))
    shutil.rmtree(tmp, ignore_errors=True)

