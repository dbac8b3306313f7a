"""Builders for the Word-based reports (python-docx, some later converted by LibreOffice)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

from . import data as d


def _core(doc, title, author, created):
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.core_properties.created = created
    doc.core_properties.modified = created


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _bold_cell(cell, text, size=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)


# ------------------------------------------------------------------ Regjeringen
def regjeringen(path, dt):
    """Ministries' joint table; delmål as 'dm x.y', description in its own column, landscape."""
    doc = Document()
    _core(doc, "Departementenes rapportering 2034", "Kunnskapsdepartementet", dt)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    p = doc.add_paragraph()
    p.add_run("Kunnskapsdepartementet").bold = True
    doc.add_paragraph("Avdeling for kompetansepolitikk\t\t\t\t\t\t\tSaksnr. 34/1187 – 12")
    doc.add_heading("Departementenes oppfølging av kompetansepolitikken – innspill til årsrapporten 2034", level=1)
    doc.add_paragraph(
        "Oversikten er samordnet av KD og omfatter tiltak fra KD, ASD og KDD. Tiltak som videreføres uten "
        "vesentlige endringer fra 2033, er ikke tatt med. Kolonnen «Kat.» er fylt ut der departementet har angitt det.")
    head = ["Ref.", "Dep.", "Hva gjøres", "Status 2034", "Sammen med", "Kat."]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        _bold_cell(t.rows[0].cells[i], h, 9)
        _shade(t.rows[0].cells[i], "D9E2F3")
    _repeat_header(t.rows[0])
    for sid, tiltak, dm, typ, ans, part, besk, given in d.REGJERINGEN:
        cells = t.add_row().cells
        vals = [f"dm {dm}", ans, tiltak, besk, part, given]
        for c, v in zip(cells, vals):
            c.text = v
            for r in c.paragraphs[0].runs:
                r.font.size = Pt(9)
    widths = [Cm(1.6), Cm(1.3), Cm(6.2), Cm(8.6), Cm(5.0), Cm(2.6)]
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 20. januar 2035")
    doc.add_paragraph("Kontaktperson: seniorrådgiver Ingrid Solheim Berg")
    doc.save(path)


# ------------------------------------------------------------------ LO
AREA_NAMES = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}


def lo(path, dt):
    """Prose report: area headings, each measure a Heading 3 title, a paragraph, and a trailing tag line."""
    doc = Document()
    _core(doc, "LOs rapportering til Kompetansepolitisk råd 2034", "LO Samfunnspolitisk avdeling", dt)
    doc.add_heading("Landsorganisasjonen i Norge", level=0)
    doc.add_paragraph("Rapport til Kompetansepolitisk råd for 2034")
    doc.add_heading("Innledning", level=1)
    doc.add_paragraph(
        "LO har også i 2034 prioritert arbeidet med fagopplæring, retten til etter- og videreutdanning i "
        "tariffavtalene og omstilling i industrien. Nedenfor følger tiltakene vi ønsker å rapportere, ordnet "
        "etter strategiens tre hovedinnsatsområder. For hvert tiltak har vi angitt delmål og type i parentes.")
    doc.add_paragraph(
        "Vi gjør oppmerksom på at flere av tiltakene gjennomføres av forbundene, og at LO sentralt ikke har "
        "full oversikt over omfanget av forbundenes egne kurs.")
    order = ["1", "2", "3"]
    for area in order:
        doc.add_heading(f"Hovedinnsatsområde {area}: {AREA_NAMES[area]}", level=1)
        for sid, tiltak, dm, typ, ans, part, besk, given in d.LO:
            if dm[0] != area:
                continue
            doc.add_heading(tiltak, level=3)
            doc.add_paragraph(besk)
            tag = f"(Delmål {dm}" + (f", {given})" if given else ")")
            extra = f"Samarbeid: {part}. " if part else ""
            p = doc.add_paragraph()
            r = p.add_run(extra + tag)
            r.italic = True
            r.font.size = Pt(9)
    doc.add_heading("Avslutning", level=1)
    doc.add_paragraph(
        "LO vil i 2035 særlig følge opp utvalgets anbefalinger om fagskolene og vil gjerne drøfte "
        "rapporteringsformen med sekretariatet før neste runde.")
    doc.add_paragraph("Med vennlig hilsen\nLO Samfunnspolitisk avdeling")
    doc.save(path)


# ------------------------------------------------------------------ KS (to ODT)
def ks(path, dt):
    """Table: title + description in one cell, delmål sometimes as words, ansvar and partners in one cell."""
    doc = Document()
    _core(doc, "KS – rapportering Kompetansepolitisk råd 2034", "KS Arbeidsgiverpolitikk", dt)
    p = doc.add_paragraph()
    r = p.add_run("KS")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x00, 0x5A, 0x9C)
    doc.add_paragraph("Kommunesektorens organisasjon")
    doc.add_heading("Tiltak i kommunesektoren 2034", level=1)
    doc.add_paragraph("Rapport til sekretariatet for Kompetansepolitisk råd. Delmål er oppgitt med nummer eller med "
                      "delmålets tekst.")
    words = {
        "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
        "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
        "3.3": "Bruke arbeidslivet mer aktivt som læringsarena",
    }
    head = ["Tiltak og beskrivelse", "Delmål i strategien", "Type tiltak", "Ansvar / samarbeid"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        _bold_cell(t.rows[0].cells[i], h)
        _shade(t.rows[0].cells[i], "BDD7EE")
    for sid, tiltak, dm, typ, ans, part, besk, given in d.KS:
        cells = t.add_row().cells
        c = cells[0]
        c.text = ""
        c.paragraphs[0].add_run(tiltak).bold = True
        c.add_paragraph(besk)
        cells[1].text = words.get(dm, dm)
        cells[2].text = given
        cells[3].text = ans + (f"\nSamarbeid: {part}" if part else "")
    for row in t.rows:
        for cc, w in zip(row.cells, [Cm(8), Cm(4), Cm(2.5), Cm(3.5)]):
            cc.width = w
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 15. januar 2035. Kontakt: spesialrådgiver Håkon Lie, KS.")
    doc.save(path)


# ------------------------------------------------------------------ YS (to RTF)
ROMAN = {"1": "I", "2": "II", "3": "III"}


def ys(path, dt):
    """Memo; numbered items, bold run-in title, delmål in roman area notation."""
    doc = Document()
    _core(doc, "Notat YS 2034", "YS", dt)
    p = doc.add_paragraph()
    p.add_run("NOTAT").bold = True
    for k, v in [("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "YS, avdeling for arbeidsliv og kompetanse"),
                 ("Dato:", "22.01.2035"), ("Sak:", "YS' tiltak 2034 i oppfølgingen av kompetansepolitikken")]:
        q = doc.add_paragraph()
        q.add_run(k + "\t").bold = True
        q.add_run(v)
    doc.add_paragraph("_" * 60)
    doc.add_paragraph("YS melder inn følgende tiltak for 2034. Delmål er angitt som hovedinnsatsområde (romertall) "
                      "og nummer, f.eks. II.3 for delmål 2.3.")
    for n, (sid, tiltak, dm, typ, ans, part, besk, given) in enumerate(d.YS, 1):
        a, b = dm.split(".")
        q = doc.add_paragraph()
        q.add_run(f"{n}.  ")
        q.add_run(tiltak).bold = True
        q.add_run(f" (delmål {ROMAN[a]}.{b})")
        doc.add_paragraph(besk)
        bits = []
        if given:
            bits.append(f"Type: {given}")
        if part:
            bits.append(f"Samarbeid: {part}")
        if bits:
            doc.add_paragraph("; ".join(bits) + ".")
    doc.add_paragraph("YS stiller gjerne på et møte med sekretariatet om tallgrunnlaget.")
    doc.add_paragraph("Vennlig hilsen\nTorunn Aas\nrådgiver")
    doc.save(path)


# ------------------------------------------------------------------ Virke (form, two versions)
def virke(path, dt, rows, status):
    doc = Document()
    _core(doc, f"Virke rapporteringsskjema 2034 ({status})", "Virke", dt)
    doc.add_heading("Rapporteringsskjema – Kompetansepolitisk råd", level=1)
    doc.add_paragraph(f"Medlemsorganisasjon: Virke\nRapporteringsår: 2034\nVersjon: {status}")
    doc.add_paragraph("Fyll ut ett skjema per tiltak. Type velges blant: FoU, Kurs/utdanning, Råd/utvalg/nettverk, "
                      "Prosjekt, Informasjon, Arrangement.")
    for n, (sid, tiltak, dm, typ, ans, part, besk, given) in enumerate(rows, 1):
        doc.add_paragraph().add_run(f"Tiltak {n} av {len(rows)}").italic = True
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in [("Tiltakets navn", tiltak), ("Delmål (nr.)", dm), ("Type", given), ("Ansvarlig", ans),
                     ("Samarbeidspartnere", part), ("Kort beskrivelse", besk)]:
            cells = t.add_row().cells
            _bold_cell(cells[0], k)
            _shade(cells[0], "EDEDED")
            cells[1].text = v
            cells[0].width = Cm(4.5)
            cells[1].width = Cm(11.5)
        doc.add_paragraph()
    doc.add_paragraph("Skjemaet sendes sekretariatet innen 31. januar.")
    doc.save(path)


# ------------------------------------------------------------------ Akademikerne (to .doc)
def akademikerne(path, dt):
    """Headings that give the delmål's words only, bullets with the measures."""
    doc = Document()
    _core(doc, "Akademikernes innspill 2034", "Akademikerne", dt)
    doc.add_heading("Akademikerne – tiltak 2034", level=1)
    doc.add_paragraph("Akademikerne og medlemsforeningene har i 2034 arbeidet med disse tiltakene som følger opp "
                      "Nasjonal kompetansepolitisk strategi:")
    groups = [
        ("Kompetansebehovsutvalget og kunnskap om kompetansebehov", "1.1"),
        ("Karriereveiledning", "1.3"),
        ("Samarbeid mellom utdanningstilbydere og arbeidslivet", "1.4"),
        ("Kunnskapsgrunnlaget om læring i arbeidslivet", "2.2"),
    ]
    for heading, dm in groups:
        doc.add_heading(heading, level=2)
        for sid, tiltak, dmx, typ, ans, part, besk, given in d.AKADEMIKERNE:
            if dmx == dm:
                txt = tiltak + (f" (i samarbeid med {part})" if part else "")
                doc.add_paragraph(txt, style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: fagsjef Lars Øvrebø, Akademikerne")
    doc.save(path)


# ------------------------------------------------------------------ VOFO (long prose, to pdf)
def vofo(path, dt):
    doc = Document()
    _core(doc, "VOFO årsrapport kompetansepolitikk 2034", "Voksenopplæringsforbundet", dt)
    doc.add_heading("Voksenopplæringsforbundet (VOFO)", level=0)
    doc.add_paragraph("Rapport om oppfølgingen av kompetansepolitikken 2034")
    doc.add_heading("1 Sammendrag", level=1)
    doc.add_paragraph(
        "Studieforbundene gjennomførte i 2034 i overkant av 48 000 kurs med om lag 430 000 deltakere. Året var "
        "preget av at flere frivillige organisasjoner tok i bruk tilskuddsordninger for grunnleggende ferdigheter, "
        "og av et tettere samarbeid med fylkeskommunene. Rapporten beskriver først rammene for arbeidet, "
        "deretter tiltakene sortert etter delmål, og til slutt våre vurderinger.")
    doc.add_heading("2 Rammer og utviklingstrekk", level=1)
    for txt in [
            "Tilskuddet til studieforbundene ble videreført på omtrent samme nivå som året før. Samtidig har "
            "deltakelsen i kurs for voksne med kort utdanning økt, særlig i distriktene. Studieforbundene melder "
            "at etterspørselen etter kurs i digitale ferdigheter og norsk er høyere enn tilbudet, og at mangelen "
            "på kvalifiserte kursledere er den viktigste flaskehalsen.",
            "Det regionale leddet i VOFO har fått en tydeligere rolle i dialogen med fylkeskommunene og "
            "karrieresentrene. I flere fylker er studieforbundene nå invitert inn i de regionale kompetanseforaene, "
            "og vi ser at dette gir bedre kjennskap til tilbudene i frivillig sektor blant karriereveiledere.",
            "Den økonomiske situasjonen i mange lokallag er fortsatt krevende. Lavere medlemstall og økte kostnader "
            "til lokaler gjør at færre lag kan tilby kurs uten egenandel. Dette rammer særlig deltakere med lav "
            "inntekt, som ofte er de samme som har størst behov for opplæring.",
            "Samtidig har de digitale kursformene som ble bygd opp de siste årene, gjort det mulig å nå deltakere "
            "som tidligere ikke hadde et tilbud i nærheten. Omtrent en femdel av kurstimene ble i 2034 gjennomført "
            "helt eller delvis digitalt."]:
        doc.add_paragraph(txt)
    doc.add_heading("3 Tiltak i 2034", level=1)
    doc.add_paragraph("Tiltakene er ordnet etter delmålene i strategien. Der et tiltak berører flere delmål, er det "
                      "plassert under det viktigste.")
    sections = [
        ("1.2", "Delmål 1.2 – Regionalt samarbeid om kompetanse"),
        ("3.1", "Delmål 3.1 – Fleksibel opplæring på voksnes premisser"),
        ("3.2", "Delmål 3.2 – Kompetanseplussordningene"),
        ("3.6", "Delmål 3.6 – Læring i frivillig sektor"),
    ]
    for dm, head in sections:
        doc.add_heading(head, level=2)
        for sid, tiltak, dmx, typ, ans, part, besk, given in d.VOFO:
            if dmx != dm:
                continue
            p = doc.add_paragraph()
            p.add_run(tiltak + ". ").bold = True
            p.add_run(besk)
    doc.add_heading("4 Vurderinger og videre arbeid", level=1)
    doc.add_paragraph(
        "VOFO mener at studieforbundenes kapasitet må styrkes dersom flere voksne skal nås med opplæring i "
        "grunnleggende ferdigheter. Vi vil i 2035 prioritere kurslederutvikling, bedre statistikk over "
        "deltakelse og dialogen med fylkeskommunene. Vi ber rådet vurdere om frivillig sektor kan få en "
        "tydeligere plass i neste strategiperiode.")
    doc.add_paragraph(
        "Rapporten er behandlet av VOFOs styre 14. januar 2035.")
    doc.save(path)


# ------------------------------------------------------------------ UHR (two-row header)
def uhr(path, dt):
    doc = Document()
    _core(doc, "UHR rapportering 2034", "Universitets- og høgskolerådet", dt)
    doc.add_heading("Universitets- og høgskolerådet (UHR)", level=1)
    doc.add_paragraph("Innrapportering av tiltak til Kompetansepolitisk råd, rapporteringsår 2034")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    top = t.rows[0].cells
    sub = t.rows[1].cells
    a = top[0].merge(sub[0])
    _bold_cell(a, "Delmål")
    g = top[1].merge(top[2])
    _bold_cell(g, "Tiltak")
    _bold_cell(sub[1], "Navn")
    _bold_cell(sub[2], "Beskrivelse")
    e = top[3].merge(sub[3])
    _bold_cell(e, "Ansvarlig enhet")
    f = top[4].merge(sub[4])
    _bold_cell(f, "Partnere / type")
    for row in t.rows[:2]:
        for c in row.cells:
            _shade(c, "FCE4D6")
    for sid, tiltak, dm, typ, ans, part, besk, given in d.UHR:
        cells = t.add_row().cells
        cells[0].text = f"({dm})"
        cells[1].text = tiltak
        cells[2].text = besk
        cells[3].text = ans
        cells[4].text = part
        cells[4].add_paragraph(f"[{given}]")
    doc.add_paragraph()
    doc.add_paragraph("UHR, 17. januar 2035")
    doc.save(path)


# ------------------------------------------------------------------ Vestland (nynorsk)
AREA_NN = {
    "1": "Hovudinnsatsområde 1 – Gode val for den enkelte og for samfunnet",
    "2": "Hovudinnsatsområde 2 – Læring i arbeidslivet",
    "3": "Hovudinnsatsområde 3 – Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}


def vestland(path, dt):
    doc = Document()
    _core(doc, "Vestland fylkeskommune – rapportering 2034", "Vestland fylkeskommune", dt)
    doc.add_heading("Vestland fylkeskommune", level=1)
    doc.add_paragraph("Rapportering til Kompetansepolitisk råd for 2034 – Avdeling for opplæring og kompetanse")
    doc.add_paragraph("Tiltaka er sorterte etter hovudinnsatsområde. Delmål er ført opp i kolonne to.")
    head = ["Tiltak", "Delmål", "Kva slags tiltak", "Ansvarleg", "Samarbeidspartnarar"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"

    def header_row(row):
        for i, h in enumerate(head):
            _bold_cell(row.cells[i], h)
            _shade(row.cells[i], "C6E0B4")

    header_row(t.rows[0])
    cur = None
    n = 0
    for sid, tiltak, dm, typ, ans, part, besk, given in d.VESTLAND:
        if dm[0] != cur:
            cur = dm[0]
            if cur == "3":  # header repeated by hand where the table went over to a new page in the original
                header_row(t.add_row())
            r = t.add_row()
            m = r.cells[0].merge(r.cells[4])
            _bold_cell(m, AREA_NN[cur])
            _shade(m, "E2EFDA")
        cells = t.add_row().cells
        cells[0].text = tiltak
        cells[1].text = dm.replace(".", ",") if n % 2 else dm
        cells[2].text = given
        cells[3].text = ans
        cells[4].text = part
        n += 1
    doc.add_paragraph()
    doc.add_paragraph("Bergen, 28. januar 2035\nKontaktperson: rådgjevar Sigrid Haugland")
    doc.save(path)


# ------------------------------------------------------------------ Nordland (letter, to pdf)
def nordland(path, dt):
    doc = Document()
    _core(doc, "Brev Nordland fylkeskommune", "Nordland fylkeskommune", dt)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("NORDLAND FYLKESKOMMUNE").bold = True
    doc.add_paragraph("Sekretariatet for Kompetansepolitisk råd\nv/ Direktoratet for høyere utdanning og kompetanse\n"
                      "Postboks 1093\n5809 Bergen")
    q = doc.add_paragraph("Vår ref.: 2034/11877-3\t\tDato: 24.01.2035")
    doc.add_paragraph()
    q = doc.add_paragraph()
    q.add_run("Nordland fylkeskommunes rapportering av kompetansetiltak for 2034").bold = True
    doc.add_paragraph(
        "Vi viser til brev av 2. desember 2034 med invitasjon til å melde inn tiltak. Nordland fylkeskommune "
        "har i 2034 arbeidet videre med den regionale kompetansestrategien, og melder inn følgende tiltak. "
        "Delmål og type står i parentes etter tiltakets navn.")
    for n, (sid, tiltak, dm, typ, ans, part, besk, given) in enumerate(d.NORDLAND, 1):
        q = doc.add_paragraph(style="List Number")
        q.add_run(tiltak).bold = True
        q.add_run(f" (delmål {dm}, {given.lower()}). ")
        q.add_run(besk)
        if part:
            q.add_run(f" Samarbeidspartnere: {part}.")
    doc.add_paragraph(
        "Fylkeskommunen vil gjerne bidra i rådets arbeid med felles indikatorer for regionalt kompetansearbeid.")
    doc.add_paragraph("Med hilsen\n\nKari Johansen Elvebakk\nfylkesdirektør for utdanning og kompetanse\n\n"
                      "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.")
    doc.save(path)


# ------------------------------------------------------------------ not a report
def referat(path, dt):
    doc = Document()
    _core(doc, "Referat", "Sekretariatet", dt)
    doc.add_heading("Referat fra møte i arbeidsgruppen for indikatorer", level=1)
    doc.add_paragraph("Tid: 6. februar 2035 kl. 09.00–11.30\nSted: Teams\nReferent: sekretariatet")
    items = [
        ("1.1 Godkjenning av innkalling og dagsorden", "Innkalling og dagsorden ble godkjent uten merknader."),
        ("1.2 Referat fra forrige møte", "Referatet fra møtet 12. desember ble godkjent."),
        ("2.1 Status for innsamling av årsrapporter",
         "Sekretariatet orienterte om at de fleste rapportene var kommet inn. To purringer er sendt."),
        ("2.3 Forslag til nye indikatorer for karriereveiledning",
         "Gruppen drøftet om antall veiledningssamtaler bør suppleres med brukertilfredshet. Det var enighet om "
         "å be om et notat til neste møte."),
        ("3.1 Eventuelt", "Neste møte holdes 20. mars. Ingen andre saker."),
    ]
    for h, txt in items:
        doc.add_heading(h, level=2)
        doc.add_paragraph(txt)
    doc.save(path)
