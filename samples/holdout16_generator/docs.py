"""Word-based reports (some are later converted by LibreOffice to PDF, ODT, RTF or DOC)."""
import datetime as dt

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from . import data as D

AREA = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
TYPES = [D.FOU, D.KURS, D.RAD, D.PROS, D.INFO, D.ARR]


def _doc(author, created):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created
    cp.last_modified_by = author
    return doc


def _key(r):
    return tuple(int(x) for x in r["d"].split("."))


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for w, c in zip(widths, row.cells):
            c.width = w


def _landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- Regjeringen (-> PDF)
REGJ_HEAD = {
    "1.1": "Et kompetansebehovsutvalg som analyserer Norges kompetansebehov",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Tilgang til karriereveiledning og et helhetlig veiledningssystem",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Kompetansebehov i virksomheter og klynger koblet til utdanningstilbydere",
    "2.5": "Dokumentasjon av kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.2": "Kompetanseplussordningene",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
}


def regjeringen(path):
    doc = _doc("Kunnskapsdepartementet", dt.datetime(2037, 2, 10, 9, 0))
    doc.add_heading("Regjeringens rapportering til Kompetansepolitisk råd for 2036", 0)
    p = doc.add_paragraph("Kunnskapsdepartementet på vegne av regjeringen · februar 2037")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Denne rapporten gjør rede for departementenes arbeid med å følge opp Nasjonal kompetansepolitisk "
        "strategi i 2036. Tiltakene er ordnet etter strategiens delmål. Der flere departementer deler ansvaret, "
        "er begge nevnt. Omtalen er kort; mer informasjon finnes i departementenes budsjettproposisjoner.")
    rows = sorted(D.REGJ, key=_key)
    area = heading = None
    for r in rows:
        if r["d"][0] != area:
            area = r["d"][0]
            doc.add_heading(AREA[area], 1)
        if r["d"] != heading:
            heading = r["d"]
            doc.add_heading(REGJ_HEAD[r["d"]], 2)
        p = doc.add_paragraph()
        p.add_run(r["t"]).bold = True
        p.paragraph_format.space_after = Pt(2)
        doc.add_paragraph(r["b"]).paragraph_format.space_after = Pt(2)
        p = doc.add_paragraph()
        run = p.add_run(f"Ansvarlig: {r['a']}. Samarbeidspartnere: {r['p']}.")
        run.italic = True
        run.font.size = Pt(9.5)
    doc.add_heading("Veien videre", 1)
    doc.add_paragraph(
        "I 2037 vil regjeringen legge fram en melding til Stortinget om livslang læring, og rådet vil bli "
        "invitert til å gi innspill i arbeidet. Departementet takker rådsmedlemmene for godt samarbeid.")
    doc.save(path)


# ---------------------------------------------------------------- NHO (two versions, DOCX)
NHO_DRAFT = [
    D.R("M02", "Oppnevning av medlemmer til SRY", "1.4", D.RAD, "NHO", "", "", dms="1.4"),
    D.R("M04", "RSA", "1.4", D.RAD, "NHO", "", "Regionkontorene deltar.", dms="1.4"),
    D.R("M06", "Grønnkomp", "2.1", D.PROS, "NHO", "LO", "", dms="2.1", tys="Prosjekt"),
    D.R("M24", "Kompetansebarometeret", "2.2", D.FOU, "NHO", "NIFU", "Kommer.", dms="2.2", tys="FoU"),
    D.R("M25", "Lærlingløftet i havbruk", "2.3", D.PROS, "NHO", "Sjømat Norge", "", dms="2.3"),
]


def nho(path, revised):
    when = dt.datetime(2037, 2, 6, 14, 30) if revised else dt.datetime(2037, 1, 20, 11, 5)
    doc = _doc("NHO Kompetanse og arbeidsliv", when)
    _landscape(doc)
    doc.add_heading("NHOs tiltak 2036 – oppfølging av Nasjonal kompetansepolitisk strategi", 1)
    if revised:
        doc.add_paragraph("Revidert versjon, 6. februar 2037. Erstatter utkastet sendt 20. januar.")
    else:
        doc.add_paragraph("UTKAST 20. januar 2037 – til intern gjennomlesning")
    rows = sorted(D.NHO if revised else NHO_DRAFT, key=_key)
    heads = ["Delmål", "Hva gjør NHO?", "Ansvar", "Sammen med", "Kategori"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        _shade(c, "D9E2F3")
    _repeat_header(t.rows[0])
    area = None
    for r in rows:
        if r["d"][0] != area:
            area = r["d"][0]
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            m.text = ""
            m.paragraphs[0].add_run(AREA[area].replace("Hovedinnsatsområde", "Område")).italic = True
            _shade(m, "F2F2F2")
        cells = t.add_row().cells
        cells[0].text = r["dms"]
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(r["t"]).bold = True
        if r["b"]:
            cells[1].add_paragraph(r["b"])
        cells[2].text = r["a"]
        cells[3].text = r["p"]
        cells[4].text = r["tys"]
    _widths(t, [Cm(2.0), Cm(11.3), Cm(2.0), Cm(5.0), Cm(2.6)])
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: avdeling for kompetanse og arbeidsliv, NHO.")
    doc.save(path)


# ---------------------------------------------------------------- Unio (letter -> DOC)
def unio(path):
    doc = _doc("Unio sekretariatet", dt.datetime(2037, 2, 12, 10, 0))
    p = doc.add_paragraph()
    p.add_run("Unio").bold = True
    p.add_run("\nHovedorganisasjon for universitets- og høyskoleutdannede")
    doc.add_paragraph("Kompetansepolitisk råd\nv/ sekretariatet i Kunnskapsdepartementet\nPostboks 8119 Dep\n0032 Oslo")
    p = doc.add_paragraph("Vår dato: 12.02.2037\t\tVår ref.: 2037/014")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    p.add_run("Unios rapportering av tiltak for 2036").bold = True
    doc.add_paragraph(
        "Vi viser til brev fra sekretariatet med frist for rapportering 15. februar. Unio har i 2036 arbeidet "
        "med følgende tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Delmålet står i klammer; "
        "der det passer har vi angitt hva slags tiltak det er.")
    for i, r in enumerate(D.UNIO, 1):
        txt = f"{i}. {r['t']}"
        if r["tys"]:
            txt += f" ({r['tys']})"
        txt += f" {r['dms']}: {r['b']}"
        if r["p"]:
            txt += f" Samarbeidspartner: {r['p']}."
        doc.add_paragraph(txt)
    doc.add_paragraph(
        "Unio stiller gjerne opp for å utdype rapporteringen i neste rådsmøte.")
    doc.add_paragraph("Med vennlig hilsen\nUnio\n\nRagnhild Berntsen\nleder\t\t\t\tEspen Vik\n\t\t\t\t\trådgiver")
    doc.save(path)


# ---------------------------------------------------------------- Virke (memo -> ODT)
def virke(path):
    doc = _doc("Virke", dt.datetime(2037, 2, 9, 8, 15))
    p = doc.add_paragraph()
    r = p.add_run("NOTAT")
    r.bold = True
    r.font.size = Pt(20)
    for k, v in [("Til", "Sekretariatet for Kompetansepolitisk råd"),
                 ("Fra", "Virke, avdeling for kompetansepolitikk"),
                 ("Dato", "9. februar 2037"),
                 ("Sak", "Virkes tiltak i 2036 – rapportering til rådet")]:
        p = doc.add_paragraph()
        p.add_run(f"{k}:\t").bold = True
        p.add_run(v)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("_" * 60)
    doc.add_paragraph(
        "Under følger Virkes tiltak for rapporteringsåret. Hvert tiltak er beskrevet med delmål, form, "
        "ansvar og eventuelle partnere.")
    for r in D.VIRKE:
        p = doc.add_paragraph()
        run = p.add_run(r["t"])
        run.bold = True
        run.font.size = Pt(12.5)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(0)
        lines = [("Delmål", r["dms"])]
        if r["tys"]:
            lines.append(("Form", r["tys"]))
        lines.append(("Ansvar", r["a"]))
        if r["p"]:
            lines.append(("Partnere", r["p"]))
        for k, v in lines:
            q = doc.add_paragraph()
            q.add_run(f"{k}: ").italic = True
            q.add_run(v)
            q.paragraph_format.space_after = Pt(0)
        doc.add_paragraph(r["b"]).paragraph_format.space_before = Pt(4)
    doc.add_paragraph("Spørsmål om notatet kan rettes til fagsjef for kompetanse i Virke.")
    doc.save(path)


# ---------------------------------------------------------------- Akademikerne (-> RTF)
def akademikerne(path):
    doc = _doc("Akademikerne", dt.datetime(2037, 2, 14, 13, 0))
    doc.add_heading("Akademikerne – tiltak i 2036", 1)
    doc.add_paragraph(
        "Rapport til Kompetansepolitisk råd. Tiltakene gjennomføres av Akademikerne sentralt eller av "
        "medlemsforeningene; ansvarlig står først, partnere etter skråstreken.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Delmål", "Tiltak og beskrivelse", "Ansvarlig / partnere", "Kategori"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for r in sorted(D.AKAD, key=_key):
        cells = t.add_row().cells
        cells[0].text = r["dms"]
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(r["t"]).bold = True
        cells[1].add_paragraph(r["b"])
        cells[2].text = r["a"] + (f" / {r['p']}" if r["p"] else "")
        cells[3].text = r["tys"]
    _widths(t, [Cm(1.9), Cm(8.5), Cm(4.2), Cm(2.4)])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 14. februar 2037")
    doc.save(path)


# ---------------------------------------------------------------- Spekter (form -> PDF)
def spekter(path):
    doc = _doc("Spekter", dt.datetime(2037, 2, 13, 15, 0))
    doc.add_heading("Skjema for rapportering av tiltak – Kompetansepolitisk råd", 1)
    p = doc.add_paragraph()
    p.add_run("Medlem: ").bold = True
    p.add_run("Spekter\t\t")
    p.add_run("Rapporteringsår: ").bold = True
    p.add_run("2036\t\t")
    p.add_run("Utfylt av: ").bold = True
    p.add_run("Avdeling for kompetanse og utdanning")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Kryss av for én type.").runs[0].italic = True
    n = len(D.SPEKTER)
    for i, r in enumerate(D.SPEKTER, 1):
        h = doc.add_paragraph()
        h.add_run(f"Tiltak {i} av {n}").bold = True
        h.paragraph_format.space_before = Pt(10)
        t = doc.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        boxes = "   ".join(("☒ " if ty == r["ty"] else "☐ ") + ty for ty in TYPES)
        vals = [("1. Navn på tiltaket", r["t"]),
                ("2. Delmål (nummer)", r["dms"]),
                ("3. Type tiltak (sett kryss)", boxes),
                ("4. Ansvarlig", r["a"]),
                ("5. Samarbeidspartnere", r["p"]),
                ("6. Kort beskrivelse", r["b"])]
        for row, (k, v) in zip(t.rows, vals):
            row.cells[0].text = k
            _shade(row.cells[0], "EDEDED")
            row.cells[1].text = v
        _widths(t, [Cm(4.5), Cm(12.0)])
    doc.add_paragraph()
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 15. februar.")
    doc.save(path)


# ---------------------------------------------------------------- VOFO (DOCX, roman delmål, repeated header)
ROMAN_AREA = {"1": "HOVEDINNSATSOMRÅDE I – GODE VALG",
              "2": "HOVEDINNSATSOMRÅDE II – LÆRING I ARBEIDSLIVET",
              "3": "HOVEDINNSATSOMRÅDE III – VOKSNE MED SVAK TILKNYTNING TIL ARBEIDSLIVET"}


def vofo(path):
    doc = _doc("VOFO", dt.datetime(2037, 2, 11, 12, 0))
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", 1)
    doc.add_paragraph("Innrapportering av tiltak 2036 til Kompetansepolitisk råd")
    heads = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid med"]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"

    def header():
        cells = t.add_row().cells
        for c, h in zip(cells, heads):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            _shade(c, "FCE4D6")

    header()
    area = None
    rows = sorted(D.VOFO, key=_key)
    for i, r in enumerate(rows):
        if r["d"][0] != area:
            area = r["d"][0]
            if i:  # pasted from the previous year's form: the header comes again with each area
                header()
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            m.text = ""
            m.paragraphs[0].add_run(ROMAN_AREA[area]).bold = True
        cells = t.add_row().cells
        for c, v in zip(cells, [r["t"], r["dms"], r["tys"], r["a"], r["p"]]):
            c.text = v
    _widths(t, [Cm(5.6), Cm(1.9), Cm(2.5), Cm(2.1), Cm(4.0)])
    doc.add_paragraph()
    doc.add_paragraph("Delmål er oppgitt som hovedinnsatsområde (romertall) og delmålets nummer.")
    doc.save(path)


# ---------------------------------------------------------------- UHR (long prose DOCX)
def uhr(path):
    doc = _doc("Universitets- og høgskolerådet", dt.datetime(2037, 2, 15, 9, 30))
    doc.add_heading("Universitets- og høgskolerådet (UHR)", 0)
    doc.add_paragraph("Rapport om oppfølgingen av Nasjonal kompetansepolitisk strategi i 2036")
    doc.add_heading("1 Innledning", 1)
    doc.add_paragraph(
        "UHR har vært medlem av Kompetansepolitisk råd siden 2020 og representerer 32 universiteter og "
        "høyskoler. Sektoren tilbyr en stadig større andel av etter- og videreutdanningen i Norge, og "
        "samarbeidet med arbeidslivet har fått en tydeligere plass i institusjonenes strategier. Denne "
        "rapporten beskriver hva UHR som organisasjon har gjort i 2036. Institusjonenes egne tiltak "
        "rapporteres ikke her.")
    doc.add_paragraph(
        "Året var preget av økte søkertall til deltidsstudier, særlig innen helse, IKT og ledelse, og av "
        "arbeidet med den nye finansieringsmodellen for fleksibel utdanning. Flere institusjoner melder om "
        "at etterspørselen fra arbeidsgivere er større enn kapasiteten.")
    sections = [("2 Samarbeid med arbeidslivet", ["M05", "M04", "M50"]),
                ("3 Etter- og videreutdanning", ["M48"]),
                ("4 Realkompetanse", ["M49"])]
    by = {r["m"]: r for r in D.UHR}
    for head, ids in sections:
        doc.add_heading(head, 1)
        for mid in ids:
            r = by[mid]
            p = doc.add_paragraph()
            p.add_run(r["t"]).bold = True
            p.add_run(f" ({r['dms']}). ")
            p.add_run(r["b"])
            if r["p"]:
                p.add_run(f" Arbeidet gjøres sammen med {r['p']}.")
        if head.startswith("2"):
            doc.add_paragraph(
                "UHR mener at samarbeidet mellom utdanning og arbeidsliv fortsatt er for avhengig av "
                "enkeltpersoner, og at det trengs mer forpliktende avtaler om praksis. Dette tas opp i "
                "dialogen med departementet.")
    doc.add_heading("5 Veien videre", 1)
    doc.add_paragraph(
        "I 2037 vil UHR prioritere arbeidet med bedre statistikk over etter- og videreutdanning og følge opp "
        "stortingsmeldingen om livslang læring. UHR vil også invitere partene til et felles seminar om "
        "kvalitet i praksis. Dette er planer, ikke rapporterte tiltak.")
    doc.save(path)


# ---------------------------------------------------------------- Vestland (Nynorsk, two-row header -> PDF)
def vestland(path):
    doc = _doc("Vestland fylkeskommune", dt.datetime(2037, 2, 8, 10, 0))
    _landscape(doc)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2036", 1)
    doc.add_paragraph(
        "Vestland fylkeskommune rapporterer her tiltak som fylkeskommunen har sett i gang eller vidareført "
        "i 2036 for å følgje opp Nasjonal kompetansepolitisk strategi. Tabellen er sett opp etter malen frå "
        "sekretariatet, med eiga kolonne for skildring.")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    top, sub = t.rows[0].cells, t.rows[1].cells
    g = top[0].merge(top[1])
    g.text = ""
    g.paragraphs[0].add_run("Tiltak").bold = True
    for i, h in zip(range(2, 6), ["Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar"]):
        m = top[i].merge(sub[i])
        m.text = ""
        m.paragraphs[0].add_run(h).bold = True
    for i, h in zip(range(2), ["Namn", "Skildring"]):
        sub[i].text = ""
        sub[i].paragraphs[0].add_run(h).bold = True
    for row in t.rows[:2]:
        for c in row.cells:
            _shade(c, "DDEBF7")
    for r in sorted(D.VESTLAND, key=_key):
        cells = t.add_row().cells
        for c, v in zip(cells, [r["t"], r["b"], r["dms"], r["tys"], r["a"], r["p"]]):
            c.text = v
    _widths(t, [Cm(4.8), Cm(7.6), Cm(2.0), Cm(2.4), Cm(4.0), Cm(5.0)])
    doc.add_paragraph()
    doc.add_paragraph("Bergen, 8. februar 2037\nAvdeling for opplæring og kompetanse")
    doc.save(path)


# ---------------------------------------------------------------- Nordland (numbered lists)
NORD_HEAD = {"1": "Gode valg for den enkelte og samfunnet",
             "2": "Læring i arbeidslivet",
             "3": "Voksne med svak tilknytning til arbeidslivet"}


def nordland(path):
    doc = _doc("Nordland fylkeskommune", dt.datetime(2037, 2, 3, 8, 0))
    doc.add_heading("Nordland fylkeskommune: tiltak 2036", 1)
    doc.add_paragraph(
        "Innspill til Kompetansepolitisk råds årlige oppsummering. Nordland fylkeskommune har i 2036 arbeidet "
        "med tiltakene nedenfor, ordnet etter strategiens tre hovedinnsatsområder.")
    area = None
    for r in sorted(D.NORDLAND, key=_key):
        if r["d"][0] != area:
            area = r["d"][0]
            doc.add_heading(NORD_HEAD[area], 2)
        p = doc.add_paragraph(style="List Number")
        p.add_run(r["t"]).bold = True
        p.add_run(f" (delmål {r['dms']}). {r['b']} Ansvarlig: {r['a']}. Samarbeid: {r['p']}.")
    doc.add_paragraph("Bodø, 3. februar 2037")
    doc.save(path)
