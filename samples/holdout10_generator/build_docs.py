"""Builders for the Word-based reports (some converted by LibreOffice afterwards)."""
import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from . import data as D

DM_SHORT = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivå og regionalt samarbeid",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Koble virksomheters behov til etter- og videreutdanning",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Opplæring i frivillig sektor",
}
AREA = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def _props(doc, author, title, created, modified=None):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = modified or created


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        cells = row.cells
        if len({id(c._tc) for c in cells}) != len(cells):
            continue  # merged row: leave it to the grid
        for c, w in zip(cells, widths):
            c.width = w


def _bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


def regjeringen(path, truth, fname):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    doc.add_paragraph("Kunnskapsdepartementet").runs[0].bold = True
    doc.add_paragraph("Saksnr. 30/1187 – 14. januar 2031")
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2030", 0)
    doc.add_paragraph(
        "Denne rapporten gjør rede for hvordan departementene har fulgt opp delmålene i Nasjonal "
        "kompetansepolitisk strategi i 2030. Rapporten er utarbeidet av Kunnskapsdepartementet i samråd "
        "med Arbeids- og inkluderingsdepartementet, Kommunal- og distriktsdepartementet og Nærings- og "
        "fiskeridepartementet. Omtalen er ordnet etter strategiens tre hovedinnsatsområder og delmålene "
        "under hvert av dem.")
    doc.add_paragraph(
        "Året har vært preget av arbeidet med å forberede en ny strategiperiode. Flere av tiltakene som er "
        "omtalt nedenfor, ble satt i gang før 2030 og videreføres. Der tiltaket er nytt, er det sagt "
        "uttrykkelig. Tall for deltakelse er foreløpige der ikke annet er oppgitt.")
    rows = sorted(D.REGJERINGEN, key=lambda r: r[2])
    area = dm = None
    for mid, tiltak, delmal, shown, typ, stype, ans, part, besk in rows:
        if delmal[0] != area:
            area = delmal[0]
            doc.add_heading(D_AREA(area), 1)
        if delmal != dm:
            dm = delmal
            doc.add_heading(f"Delmål {shown} {DM_SHORT[delmal]}", 2)
            if delmal == "2.3":
                doc.add_paragraph(
                    "Regjeringen har i 2030 lagt vekt på å få flere læreplasser i offentlig sektor. To tiltak "
                    "under dette delmålet er omtalt her.")
        doc.add_heading(tiltak, 3)
        doc.add_paragraph(besk)
        p = doc.add_paragraph()
        r = p.add_run(f"Ansvar: {ans}. Samarbeid: {part}.")
        r.italic = True
        r.font.size = Pt(9.5)
        truth.append((fname, "Regjeringen", tiltak, mid, delmal, typ, ans, part, besk))
    doc.add_heading("Videre arbeid", 1)
    doc.add_paragraph(
        "Departementene vil i 2031 legge fram en samlet vurdering av strategiperioden. Rådet vil bli "
        "invitert til å gi innspill til hvordan rapporteringen kan forenkles, slik at medlemmene i større "
        "grad kan bruke de samme tallene i egne årsrapporter.")
    doc.add_paragraph(
        "Spørsmål om rapporten kan rettes til Kompetansepolitisk avdeling i Kunnskapsdepartementet.")
    _props(doc, "Kunnskapsdepartementet", "Regjeringens rapportering 2030",
           dt.datetime(2031, 1, 14, 9, 0))
    doc.save(path)


def D_AREA(a):
    return AREA[a]


def lo(path, truth, fname):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Landsorganisasjonen i Norge")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("Youngs gate 11, 0181 Oslo")
    doc.add_paragraph("")
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ HK-dir")
    doc.add_paragraph("Vår dato: 20.01.2031        Vår ref.: 2031/044-2")
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("LOs rapportering av tiltak for 2030").bold = True
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet med frist for rapportering 31. januar. Nedenfor følger en "
        "oversikt over det LO sentralt har gjort i 2030 for å følge opp strategien. Tiltak i regi av "
        "forbundene rapporteres ikke her, med unntak av der LO har hatt en koordinerende rolle.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr.", "Hva LO har gjort i 2030", "Knyttes til delmål", "Form", "Sammen med"]):
        _bold_cell(c, h)
        _shade(c, "F2DCDB")
    for i, (mid, tiltak, delmal, shown, typ, stype, ans, part, besk) in enumerate(D.LO, 1):
        cells = t.add_row().cells
        for c, v in zip(cells, [f"{i}.", tiltak, shown, stype, part]):
            c.text = v
        truth.append((fname, "LO", tiltak, mid, delmal, typ, ans, part, besk))
    _widths(t, [Cm(1.0), Cm(7.5), Cm(2.5), Cm(2.3), Cm(4.0)])
    doc.add_paragraph("")
    doc.add_paragraph(
        "LO stiller gjerne opp for å utdype rapporteringen i rådets neste møte.")
    doc.add_paragraph("Med vennlig hilsen\nLandsorganisasjonen i Norge\n\nKari Nordbø\nrådgiver, avdeling for samfunnspolitikk")
    _props(doc, "LO", "Rapportering 2030", dt.datetime(2031, 1, 20, 14, 0))
    doc.save(path)


def ks(path, truth, fname):
    doc = Document()
    doc.add_heading("KS – rapport til Kompetansepolitisk råd for 2030", 0)
    doc.add_paragraph(
        "KS har i 2030 arbeidet med kompetanse i kommunesektoren gjennom egne programmer, gjennom "
        "partssamarbeidet og gjennom deltakelse i råd og utvalg. Under følger de viktigste tiltakene, "
        "ordnet etter tema i strategien.")
    for heading, items in D.KS:
        doc.add_heading(heading, 2)
        for mid, tiltak, delmal, typ, besk in items:
            p = doc.add_paragraph(style="List Number")
            p.add_run(tiltak).bold = True
            p.add_run(": " + besk)
            truth.append((fname, "KS", tiltak, mid, delmal, typ, "", "", besk))
    doc.add_heading("Kontakt", 2)
    doc.add_paragraph("Avdeling for arbeidsgiverpolitikk, KS. Rapporten er godkjent av direktør for arbeidsgiverpolitikk.")
    _props(doc, "KS", "KS rapport 2030", dt.datetime(2031, 1, 28, 8, 30))
    doc.save(path)


def _kv_table(doc, pairs):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in pairs:
        cells = t.add_row().cells
        _bold_cell(cells[0], k)
        _shade(cells[0], "E7EEF5")
        cells[1].text = v
        cells[0].width = Cm(4.2)
        cells[1].width = Cm(12.0)
    return t


def virke(path, truth, fname, rows, draft):
    doc = Document()
    if draft:
        p = doc.add_paragraph()
        r = p.add_run("UTKAST – ikke til distribusjon")
        r.bold = True
        r.font.color.rgb = RGBColor(0x99, 0x00, 0x00)
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", 1)
    _kv_table(doc, [("Rådsmedlem", "Hovedorganisasjonen Virke"),
                    ("Rapporteringsår", "2030"),
                    ("Kontaktperson", "Sindre Aasland, fagsjef kompetanse"),
                    ("Dato", "3. desember 2030" if draft else "24. januar 2031 (revidert versjon)")])
    doc.add_paragraph("")
    doc.add_paragraph("Fyll ut én boks per tiltak. Bruk delmålsnummer fra strategien.").runs[0].italic = True
    for i, (mid, tiltak, delmal, shown, typ, stype, ans, part, besk) in enumerate(rows, 1):
        doc.add_heading(f"Tiltak {i}", 3)
        _kv_table(doc, [("Navn på tiltaket", tiltak), ("Delmål", shown), ("Type tiltak", stype),
                        ("Ansvarlig", ans), ("Samarbeidspartnere", part), ("Beskrivelse", besk)])
        doc.add_paragraph("")
        if truth is not None:
            truth.append((fname, "Virke", tiltak, mid, delmal, typ, ans, part, besk))
    if draft:
        _props(doc, "Sindre Aasland", "Virke rapportering 2030 UTKAST", dt.datetime(2030, 12, 3, 10, 0))
    else:
        _props(doc, "Sindre Aasland", "Virke rapportering 2030", dt.datetime(2030, 12, 3, 10, 0),
               dt.datetime(2031, 1, 24, 15, 40))
    doc.save(path)


def spekter(path, truth, fname):
    doc = Document()
    sec = doc.sections[0]
    doc.add_heading("Spekters tiltak for 2030", 1)
    doc.add_paragraph(
        "Rapportering til Kompetansepolitisk råd. Område angis med romertall (I–III) og delmål med tall "
        "etter punktum, slik at II.3 er delmål 2.3.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område/delmål", "Tiltak (med kort omtale)", "Ansvar", "Partnere"]):
        _bold_cell(c, h)
        _shade(c, "D9E2F3")
    for mid, tiltak, delmal, shown, typ, ans, part, besk in D.SPEKTER:
        cells = t.add_row().cells
        cells[0].text = shown
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(tiltak).bold = True
        cells[1].add_paragraph(besk)
        cells[2].text = ans
        cells[3].text = part
        truth.append((fname, "Spekter", tiltak, mid, delmal, typ, ans, part, besk))
    _widths(t, [Cm(2.2), Cm(9.0), Cm(3.0), Cm(3.5)])
    doc.add_paragraph("")
    doc.add_paragraph("Oslo, 27. januar 2031 – Spekter, avdeling for arbeidsliv og kompetanse")
    _props(doc, "Spekter", "Spekter 2030", dt.datetime(2031, 1, 27, 11, 0))
    doc.save(path)


def vofo(path, truth, fname):
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Voksenopplæringsforbundet – VOFO")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Til Kompetansepolitisk råd, ved sekretariatet")
    doc.add_paragraph("Oslo, 30. januar 2031")
    p = doc.add_paragraph()
    p.add_run("Frivillighetens bidrag til kompetansestrategien i 2030").bold = True
    doc.add_paragraph(
        "Studieforbundene nådde i 2030 over en halv million deltakere. VOFO har på vegne av "
        "studieforbundene arbeidet med fire tiltak som vi vil rapportere til rådet. Delmål står i "
        "parentes etter hvert tiltak.")
    for i, (mid, tiltak, delmal, shown, typ, stype, part, besk) in enumerate(D.VOFO, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(f"{i}. {tiltak}").bold = True
        p.add_run(f" (delmål {shown})")
        doc.add_paragraph(besk)
        tail = f"Samarbeid: {part}."
        if stype:
            tail = f"Type: {stype}. " + tail
        doc.add_paragraph(tail).runs[0].italic = True
        truth.append((fname, "VOFO", tiltak, mid, delmal, typ, "", part, besk))
    doc.add_paragraph("")
    doc.add_paragraph(
        "VOFO vil gjerne bidra i rådets arbeid med ny strategi, og minner om at frivilligheten når mange "
        "voksne som ellers ikke deltar i opplæring.")
    doc.add_paragraph("Vennlig hilsen\nAnne-Grete Lien\ngeneralsekretær")
    _props(doc, "VOFO", "Rapportering 2030", dt.datetime(2031, 1, 30, 9, 0))
    doc.save(path)


def uhr(path, truth, fname):
    doc = Document()
    doc.add_heading("Universitets- og høgskolerådet (UHR) – tiltak 2030", 1)
    doc.add_paragraph("UHR rapporterer som medlem av rådet for tredje gang. Tabellen viser tiltak UHR har ledet eller koordinert.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    a = h0[0].merge(h0[1])
    _bold_cell(a, "Tiltak")
    _bold_cell(h1[0], "Navn")
    _bold_cell(h1[1], "Beskrivelse")
    for j, h in enumerate(["Delmål", "Kategori", "Ansvarlig", "Samarbeid"], 2):
        m = h0[j].merge(h1[j])
        _bold_cell(m, h)
    for row in t.rows[:2]:
        for c in row.cells:
            _shade(c, "DDDDDD")
    for mid, tiltak, delmal, shown, typ, stype, ans, part, besk in D.UHR:
        cells = t.add_row().cells
        for c, v in zip(cells, [tiltak, besk, shown, stype, ans, part]):
            c.text = v
        truth.append((fname, "UHR", tiltak, mid, delmal, typ, ans, part, besk))
    _widths(t, [Cm(3.6), Cm(6.4), Cm(1.5), Cm(2.4), Cm(1.8), Cm(2.8)])
    _props(doc, "UHR", "UHR 2030", dt.datetime(2031, 1, 22, 13, 0))
    doc.save(path)


def vestland(path, truth, fname):
    doc = Document()
    sec = doc.sections[0]
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2030", 1)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer tiltak der fylket har eit eige ansvar eller er part i eit regionalt "
        "samarbeid. Tiltaka er sorterte etter hovudinnsatsområde i strategien.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Delmål", "Tiltak", "Kategori", "Ansvarleg", "Samarbeidspartnarar"]):
        _bold_cell(c, h)
        _shade(c, "C6E0B4")
    for area, items in D.VESTLAND:
        row = t.add_row().cells
        m = row[0].merge(row[4])
        m.text = ""
        m.paragraphs[0].add_run(area).italic = True
        _shade(m, "F2F2F2")
        for mid, tiltak, delmal, shown, typ, stype, ans, part in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [shown, tiltak, stype, ans, part]):
                c.text = v
            truth.append((fname, "Vestland fylkeskommune", tiltak, mid, delmal, typ, ans, part, ""))
    _widths(t, [Cm(2.1), Cm(4.8), Cm(2.6), Cm(3.5), Cm(3.5)])
    doc.add_paragraph("")
    doc.add_paragraph("Bergen, 29. januar 2031. Seksjon for kompetanse og næring.")
    _props(doc, "Vestland fylkeskommune", "Rapportering 2030", dt.datetime(2031, 1, 29, 10, 0))
    doc.save(path)


def nordland(path, truth, fname):
    doc = Document()
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Rapportskjema 2030 – Nordland fylkeskommune", 1)
    doc.add_paragraph("Skjemaet er fylt ut med ett tiltak per kolonne.")
    labels = ["", "Tiltak", "Delmål (nr. og kortnavn)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Kort beskrivelse"]
    n = len(D.NORDLAND)
    t = doc.add_table(rows=len(labels), cols=n + 1)
    t.style = "Table Grid"
    for i, lab in enumerate(labels):
        _bold_cell(t.cell(i, 0), lab)
        _shade(t.cell(i, 0), "FFF2CC")
    for j, (mid, tiltak, delmal, shown, typ, stype, ans, part, besk) in enumerate(D.NORDLAND, 1):
        vals = [str(j), tiltak, shown, stype, ans, part, besk]
        for i, v in enumerate(vals):
            if i == 0:
                _bold_cell(t.cell(i, j), v)
            else:
                t.cell(i, j).text = v
        truth.append((fname, "Nordland fylkeskommune", tiltak, mid, delmal, typ, ans, part, besk))
    doc.add_paragraph("")
    doc.add_paragraph("Utfylt av: Seksjon for utdanning og kompetanse, Nordland fylkeskommune, Bodø 31.01.2031")
    _props(doc, "Nordland fylkeskommune", "Rapportskjema 2030", dt.datetime(2031, 1, 31, 12, 0))
    doc.save(path)


def innkalling(path):
    doc = Document()
    doc.add_heading("Innkalling til møte i Kompetansepolitisk råd", 1)
    doc.add_paragraph("Tid: 12. mars 2031 kl. 10.00–14.00\nSted: Kunnskapsdepartementet, Kongens gate 8, møterom Alf Prøysen\nFra: Sekretariatet")
    doc.add_heading("Dagsorden", 2)
    items = [
        ("1 Innledende saker", None),
        ("1.1 Godkjenning av innkalling og dagsorden", "Ingen merknader er meldt på forhånd."),
        ("1.2 Referat fra møtet 6. november 2030", "Referatet er sendt ut tidligere og legges fram til godkjenning."),
        ("2 Orienteringssaker", None),
        ("2.1 Orientering fra Kompetansebehovsutvalget", "Utvalgets leder orienterer om hovedrapporten fra 2030 og planene for neste temarapport."),
        ("2.2 Status for rapporteringen for 2030", "Sekretariatet har mottatt rapporter fra de fleste medlemmene. Oppsummeringen legges fram i juni."),
        ("2.3 Arbeidet med ny strategiperiode", "Departementet orienterer om prosess og tidsplan."),
        ("3 Diskusjonssaker", None),
        ("3.1 Rådets arbeidsform", "Innledning ved sekretariatet, deretter runde rundt bordet."),
        ("3.2 Eventuelt", None),
    ]
    for h, txt in items:
        p = doc.add_paragraph()
        p.add_run(h).bold = True
        if txt:
            doc.add_paragraph(txt)
    doc.add_paragraph("Lunsj serveres kl. 12.00. Meld fra om matallergier til sekretariatet innen 5. mars.")
    doc.add_paragraph("Vel møtt!\nSekretariatet for Kompetansepolitisk råd")
    _props(doc, "Sekretariatet", "Innkalling mars 2031", dt.datetime(2031, 2, 20, 9, 0))
    doc.save(path)
