"""Word-based documents (DOCX; some later converted to PDF, ODT or DOC)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import data as D


def _doc(core_title, author, created=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.core_properties.title = core_title
    doc.core_properties.author = author
    if created is not None:
        doc.core_properties.created = created
        doc.core_properties.modified = created
    return doc


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _widths(table, widths):
    """Fixed column widths that LibreOffice honours (grid and cells)."""
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for r_ in table.rows:
        for i, w in enumerate(widths):
            try:
                r_.cells[i].width = w
            except IndexError:
                pass


def _landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))


AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


# --------------------------------------------------------------------------- Regjeringen
def regjeringen(path):
    doc = _doc("Regjeringens rapportering 2041", "Kunnskapsdepartementet")
    _landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Kunnskapsdepartementet")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2041", 1)
    doc.add_paragraph(
        "Rapporten er samordnet av Kunnskapsdepartementet på vegne av de berørte departementene og gjelder "
        "innsatser som var i gang eller ble startet i 2041. Forkortelser: KD – Kunnskapsdepartementet, "
        "ASD – Arbeids- og sosialdepartementet, KDD – Kommunal- og distriktsdepartementet, HK-dir – "
        "Direktoratet for høyere utdanning og kompetanse.")
    cols = ["Delmål", "Innsats i 2041", "Hva innsatsen går ut på", "Departement", "I samarbeid med", "Kategori"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        _cell(t.rows[0].cells[i], c, bold=True, size=9)
        _shade(t.rows[0].cells[i], "1F3864")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _repeat_header(t.rows[0])
    current = None
    for row in D.REGJERINGEN:
        area = row.delmal[0]
        if area != current:
            current = area
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            _cell(m, AREAS[area], bold=True, size=9)
            _shade(m, "D9E2F3")
        cells = t.add_row().cells
        vals = [row.dm_shown, row.tiltak, row.beskrivelse, row.ansvarlig, row.partnere, row.type_shown or ""]
        for i, v in enumerate(vals):
            _cell(cells[i], v, size=9)
    _widths(t, [Cm(1.8), Cm(6.4), Cm(7.8), Cm(2.8), Cm(4.2), Cm(3.1)])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgiver i Kompetansepolitisk avdeling, Kunnskapsdepartementet.")
    doc.save(path)


# --------------------------------------------------------------------------- LO memo
def lo(path):
    doc = _doc("Notat LO 2041", "LO Samfunnspolitisk avdeling")
    doc.add_heading("NOTAT", 0)
    t = doc.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate([
        ("Til:", "Sekretariatet for Kompetansepolitisk råd"),
        ("Fra:", "LO, samfunnspolitisk avdeling"),
        ("Dato:", "14. januar 2042"),
        ("Sak:", "LOs rapportering om oppfølging av kompetansepolitisk strategi for 2041"),
    ]):
        _cell(t.rows[i].cells[0], k, bold=True)
        _cell(t.rows[i].cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Vi viser til bestillingen fra sekretariatet. Nedenfor følger en oversikt over det LO har gjort i 2041 "
        "for å følge opp strategien. Delmålet hvert tiltak hører til står i parentes. Flere av tiltakene er "
        "gjennomført sammen med forbundene.")
    doc.add_heading("LOs tiltak i 2041", 2)
    for row in D.LO:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(row.tiltak)
        r.bold = True
        p.add_run(f" ({row.dm_shown})")
        d = doc.add_paragraph(row.beskrivelse)
        d.paragraph_format.left_indent = Cm(0.63)
        bits = [f"Ansvar: {row.ansvarlig}."]
        if row.partnere:
            bits.append(f"Samarbeid: {row.partnere}.")
        if row.type_shown:
            bits.append(f"Kategori: {row.type_shown}.")
        e = doc.add_paragraph()
        e.paragraph_format.left_indent = Cm(0.63)
        er = e.add_run(" ".join(bits))
        er.italic = True
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om notatet kan rettes til LOs samfunnspolitiske avdeling.")
    doc.save(path)


# --------------------------------------------------------------------------- Unio prose (-> ODT)
def unio(path):
    doc = _doc("Unios årsrapport om kompetansepolitikk 2041", "Unio")
    doc.add_heading("Unios rapport til Kompetansepolitisk råd for 2041", 0)
    doc.add_paragraph("Unio – hovedorganisasjon for universitetsutdannede og profesjonsutdannede. Oslo, februar 2042.")
    doc.add_heading("1 Innledning", 1)
    doc.add_paragraph(
        "Unio organiserer over 400 000 medlemmer, de fleste i offentlig sektor og i yrker der kravene til faglig "
        "oppdatering øker raskt. Året 2041 var preget av stor mangel på sykepleiere, lærere og andre "
        "profesjonsutøvere i mange kommuner. For Unio er det avgjørende at arbeidsgiverne gir tid og rom til "
        "videreutdanning, og at kompetansepolitikken ses i sammenheng med bemanningspolitikken.")
    doc.add_paragraph(
        "Rapporten følger strategiens tre hovedinnsatsområder. Under hvert område omtaler vi det Unio og "
        "medlemsforbundene har gjort, med tiltakets navn i fet skrift. Vi har ikke tatt med ordinær "
        "interessepolitikk som ikke er knyttet til strategiens delmål.")
    by = {r.seed: r for r in D.UNIO}

    def item(seed, lead, tail=""):
        r = by[seed]
        p = doc.add_paragraph()
        if lead:
            p.add_run(lead + " ")
        b = p.add_run(r.tiltak)
        b.bold = True
        p.add_run(". " + r.beskrivelse + (" " + tail if tail else ""))

    doc.add_heading("2 Gode valg for den enkelte og for samfunnet", 1)
    doc.add_paragraph(
        "Unio mener at kunnskapen om framtidens kompetansebehov må bygge på erfaringene fra tjenestene, ikke bare "
        "på registerdata. Vi har derfor prioritert å delta der analysene og prioriteringene gjøres.")
    item("M01", "")
    item("M22", "")
    doc.add_heading("3 Læring i arbeidslivet", 1)
    doc.add_paragraph(
        "Digitaliseringen av kommunale tjenester gjør at store grupper må lære nye verktøy mens de står i "
        "full drift. Unio har vært opptatt av at opplæringen skal skje i arbeidstiden og være tilpasset "
        "turnusarbeid.")
    item("M06", "")
    item("M23", "")
    p = doc.add_paragraph(
        "Når det gjelder kunnskapsgrunnlaget om læring i arbeidslivet (delmål 2.2), har Unio bidratt på to måter.")
    item("M07", "")
    item("M24", "")
    doc.add_heading("4 Voksne med svak tilknytning til arbeidslivet", 1)
    doc.add_paragraph(
        "Unio har få medlemmer med svak tilknytning til arbeidslivet, men forbundene bruker studieforbundene "
        "aktivt i medlemsopplæringen, også overfor medlemmer som er sykmeldte eller har redusert stilling.")
    item("M25", "")
    doc.add_heading("5 Avslutning", 1)
    doc.add_paragraph(
        "Unio vil i 2042 prioritere arbeidet med finansiering av videreutdanning for ansatte i turnus og følge "
        "opp resultatene fra undersøkelsene som kommer. Vi ser fram til videre samarbeid i rådet.")
    doc.add_paragraph("Med hilsen\nUnio")
    doc.save(path)


# --------------------------------------------------------------------------- Virke form (-> DOC)
def virke(path):
    doc = _doc("Rapporteringsskjema Kompetansepolitisk råd", "Virke")
    doc.add_heading("Skjema for rapportering av tiltak – Kompetansepolitisk råd 2041", 1)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    _cell(t.rows[0].cells[0], "Rådsmedlem", bold=True)
    _cell(t.rows[0].cells[1], "Hovedorganisasjonen Virke")
    _cell(t.rows[1].cells[0], "Utfylt av / dato", bold=True)
    _cell(t.rows[1].cells[1], "Avdeling for kompetanse og arbeidsliv, 20.01.2042")
    doc.add_paragraph(
        "Fyll ut én boks per tiltak. Bruk delmålene i strategien. Kopier boksen ved behov.").runs[0].italic = True
    labels = ["Navn på tiltaket", "Delmål i strategien", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
              "Kort beskrivelse"]
    for n, row in enumerate(D.VIRKE, 1):
        doc.add_paragraph(f"Tiltak {n}").runs[0].bold = True
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        vals = [row.tiltak, row.dm_shown, row.type_shown or "", row.ansvarlig, row.partnere, row.beskrivelse]
        for i, (lab, v) in enumerate(zip(labels, vals)):
            _cell(t.rows[i].cells[0], lab, bold=True, size=10)
            _shade(t.rows[i].cells[0], "EDEDED")
            _cell(t.rows[i].cells[1], v, size=10)
        _widths(t, [Cm(4.5), Cm(11.5)])
        doc.add_paragraph()
    doc.save(path)


# --------------------------------------------------------------------------- Akademikerne
def akademikerne(path, rows, version_line, created):
    doc = _doc("Akademikernes rapportering 2041", "Akademikerne", created)
    doc.add_heading("Akademikernes tiltak 2041 – rapport til Kompetansepolitisk råd", 1)
    doc.add_paragraph(version_line).runs[0].italic = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, c in enumerate(["DM", "Tiltak (med kort omtale)", "Ansvarlig / samarbeid"]):
        _cell(t.rows[0].cells[i], c, bold=True)
    for dm, title, desc, who in rows:
        cells = t.add_row().cells
        _cell(cells[0], dm)
        _cell(cells[1], title, bold=True)
        if desc:
            cells[1].add_paragraph(desc)
        _cell(cells[2], who)
    _widths(t, [Cm(1.6), Cm(10.5), Cm(4.5)])
    doc.add_paragraph()
    doc.add_paragraph("Akademikerne, sekretariatet")
    doc.save(path)


def akademikerne_rows():
    out = []
    for r in D.AKADEMIKERNE:
        who = r.ansvarlig + (f" / {r.partnere}" if r.partnere else "")
        out.append((r.dm_shown, r.tiltak, r.beskrivelse, who))
    return out


# --------------------------------------------------------------------------- VOFO (-> PDF)
def vofo(path):
    doc = _doc("VOFO rapport 2041", "Voksenopplæringsforbundet")
    for side in ("left_margin", "right_margin"):
        setattr(doc.sections[0], side, Cm(2))
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Innrapportering av tiltak for 2041 – oppfølging av Nasjonal kompetansepolitisk strategi")
    doc.add_paragraph(
        "VOFO er paraplyorganisasjonen for studieforbundene. Tabellen viser hva VOFO sentralt og regionalt har "
        "gjort i 2041, sortert etter hvilket delmål i strategien aktiviteten støtter.")
    head = ["Delmålet", "Aktivitet og innhold", "Hvem", "Samarbeid", "Kategori"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, c in enumerate(head):
        _cell(t.rows[0].cells[i], c, bold=True, size=9)
        _shade(t.rows[0].cells[i], "FCE4D6")
    for n, row in enumerate(D.VOFO):
        if n == 3:  # header pasted again where the table was once split
            cells = t.add_row().cells
            for i, c in enumerate(head):
                _cell(cells[i], c, bold=True, size=9)
                _shade(cells[i], "FCE4D6")
        cells = t.add_row().cells
        _cell(cells[0], row.dm_shown, size=9)
        p = cells[1].paragraphs[0]
        b = p.add_run(row.tiltak + ":")
        b.bold = True
        b.font.size = Pt(9)
        r = p.add_run(" " + row.beskrivelse)
        r.font.size = Pt(9)
        _cell(cells[2], row.ansvarlig, size=9)
        _cell(cells[3], row.partnere, size=9)
        _cell(cells[4], row.type_shown or "", size=9)
    _widths(t, [Cm(3.6), Cm(5.6), Cm(1.6), Cm(3.6), Cm(2.6)])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 28. januar 2042. Generalsekretær, VOFO")
    doc.save(path)


# --------------------------------------------------------------------------- Vestland (Nynorsk)
def vestland(path):
    doc = _doc("Rapportering 2041", "Vestland fylkeskommune")
    _landscape(doc)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2041", 1)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her tiltak som følgjer opp den nasjonale kompetansepolitiske strategien. "
        "Tabellen er utarbeidd av avdeling for innovasjon og næringsutvikling i samråd med opplæringsavdelinga.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    top = t.rows[0].cells
    g = top[0].merge(top[1])
    _cell(g, "Tiltaket", bold=True)
    for i, c in [(2, "Delmål"), (3, "Type"), (4, "Ansvarleg"), (5, "Samarbeidspartnarar")]:
        m = t.rows[0].cells[i].merge(t.rows[1].cells[i])
        _cell(m, c, bold=True)
    _cell(t.rows[1].cells[0], "Namn", bold=True)
    _cell(t.rows[1].cells[1], "Skildring", bold=True)
    for r_ in t.rows[:2]:
        for c in r_.cells:
            _shade(c, "E2EFDA")
    for row in D.VESTLAND:
        cells = t.add_row().cells
        for i, v in enumerate([row.tiltak, row.beskrivelse, row.dm_shown, row.type_shown or "", row.ansvarlig,
                               row.partnere]):
            _cell(cells[i], v, size=10)
    _widths(t, [Cm(5.5), Cm(7.5), Cm(1.6), Cm(2.2), Cm(3.4), Cm(5)])
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: seksjon for kompetanse og næring, Vestland fylkeskommune, Bergen.")
    doc.save(path)


# --------------------------------------------------------------------------- UHR two-column (-> PDF)
UHR_HEADINGS = {
    "1.4": "Delmål 1.4 – Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.4": "Delmål 2.4 – Relevante etter- og videreutdanningstilbud",
    "2.5": "Delmål 2.5 – Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Delmål 2.6 – Godkjenning og kompletterende utdanning",
}


def _two_columns(section):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")


def uhr(path):
    doc = _doc("UHR rapport 2041", "Universitets- og høgskolerådet")
    h = doc.add_heading("Universitets- og høgskolerådet", 0)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd om oppfølgingen av strategien i 2041")
    doc.add_paragraph("Februar 2042")
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    _two_columns(sec)
    doc.add_paragraph(
        "Universitets- og høgskolerådet (UHR) er samarbeidsorganet for de akkrediterte universitetene og "
        "høyskolene. UHR har vært medlem av Kompetansepolitisk råd siden 2020. Denne rapporten omtaler "
        "tiltak der UHR selv eller institusjonene i fellesskap har hatt en rolle i 2041. Tiltakene er ordnet "
        "etter delmålene i strategien.")
    current = None
    for row in D.UHR:
        if row.dm_shown != current:
            current = row.dm_shown
            doc.add_heading(UHR_HEADINGS[current], 2)
        p = doc.add_paragraph()
        p.add_run(row.tiltak).bold = True
        doc.add_paragraph(row.beskrivelse)
        line = f"Ansvar: {row.ansvarlig}"
        if row.partnere:
            line += f". Samarbeid: {row.partnere}"
        q = doc.add_paragraph()
        q.add_run(line + ".").italic = True
    doc.add_heading("Veien videre", 2)
    doc.add_paragraph(
        "UHR vil i 2042 arbeide videre med å gjøre det enklere for arbeidstakere å kombinere jobb og studier, "
        "blant annet gjennom bedre godskriving av emner mellom institusjonene og en felles oversikt over "
        "fleksible tilbud. Vi vil også bidra til at erfaringene fra rådene for samarbeid med arbeidslivet "
        "blir bedre kjent i sektoren.")
    doc.save(path)


# --------------------------------------------------------------------------- not a report
def kommuneplan(path):
    doc = _doc("Kompetanseplan Nes kommune", "Nes kommune, HR-avdelingen")
    doc.add_heading("Strategisk kompetanseplan for Nes kommune 2041–2044 (utdrag)", 0)
    doc.add_paragraph("Høringsutkast. Behandles i administrasjonsutvalget 12. mars 2042.")
    secs = [
        ("1 Innledning", None),
        ("1.1 Formål", "Planen skal sikre at kommunen har medarbeidere med riktig kompetanse for å løse "
                       "oppgavene i dag og i årene framover."),
        ("1.2 Forankring", "Planen bygger på kommuneplanens samfunnsdel og arbeidsgiverpolitikken, og tar "
                           "hensyn til nasjonale føringer for kompetansepolitikken."),
        ("1.3 Medvirkning", "Tillitsvalgte og verneombud har deltatt i arbeidsgruppen."),
        ("2 Kompetansebehov", None),
        ("2.1 Digital kompetanse", "Alle ansatte skal ha grunnleggende opplæring i kommunens nye "
                                   "sak- og arkivsystem innen utgangen av 2042."),
        ("2.2 Helse og omsorg", "Kommunen mangler sykepleiere og helsefagarbeidere. Andelen ansatte uten "
                                "fagutdanning i hjemmetjenesten er 28 prosent."),
        ("2.3 Lærlinger", "Kommunen skal ta inn minst 20 lærlinger hvert år."),
        ("3 Tiltak i planperioden", None),
    ]
    for head, text in secs:
        doc.add_heading(head, 1 if text is None else 2)
        if text:
            doc.add_paragraph(text)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, c in enumerate(["Opplæring", "Målgruppe", "Ansvar", "Frist"]):
        _cell(t.rows[0].cells[i], c, bold=True)
    for vals in [
        ("Fagbrev på jobb i helsearbeiderfaget", "Assistenter i hjemmetjenesten", "Kommunalsjef helse", "2043"),
        ("Kurs i nytt fagsystem", "Alle ansatte", "IT-avdelingen", "2042"),
        ("Lederopplæring", "Nye ledere", "HR", "Løpende"),
        ("Veiledning av lærlinger", "Instruktører", "Opplæringskontoret", "2042"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            _cell(cells[i], v)
    doc.add_heading("3.1 Oppfølging", 2)
    doc.add_paragraph("Planen evalueres årlig i forbindelse med budsjettarbeidet.")
    doc.save(path)
