"""Word-based reports (some later converted by LibreOffice)."""
import datetime as dt

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from . import data


def _doc(author, created):
    d = Document()
    d.core_properties.author = author
    d.core_properties.created = created
    d.core_properties.modified = created
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def _para(d, parts, style=None, align=None, size=None):
    p = d.add_paragraph(style=style)
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def _cell(cell, parts_list):
    """Fill a table cell with paragraphs; each item a list of (text, fmt)."""
    cell.text = ""
    first = True
    for parts in parts_list:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        for text, fmt in parts:
            r = p.add_run(text)
            r.bold = "b" in fmt
            r.italic = "i" in fmt


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


# ---------------------------------------------------------------- Regjeringen (long prose)
REGJ_AREAS = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("Kunnskap om framtidens kompetansebehov", ["M01"]),
        ("Regionalt ansvar og samarbeid", ["M13"]),
        ("Karriereveiledning", ["M14"]),
    ]),
    ("2 Læring i arbeidslivet", [
        ("Digital kompetanse i hele arbeidsstyrken", ["M06", "M15"]),
        ("Kunnskap om læring i arbeidslivet", ["M16"]),
        ("Karrieremuligheter i yrkesfagene", ["M53"]),
        ("Kobling mellom virksomheter, klynger og utdanningstilbydere", ["M03"]),
        ("Dokumentasjon av kompetanse ervervet i arbeidslivet", ["M17"]),
        ("Godkjenning av utenlandsk utdanning og kompletterende utdanning", ["M12", "M54"]),
    ]),
    ("3 Kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Fleksibel opplæring på voksnes premisser", ["M18"]),
        ("Kompetanseplussordningene", ["M19"]),
        ("NAVs opplæringstilbud", ["M20"]),
    ]),
]


def regjeringen(path):
    d = _doc("Kunnskapsdepartementet", dt.datetime(2039, 1, 28, 10, 0))
    by = {r.m: r for r in data.REGJ}
    d.add_heading("Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2038", 0)
    _para(d, [("Kunnskapsdepartementet, på vegne av de berørte departementene. Januar 2039", "i")])
    d.add_heading("Innledning", 1)
    _para(d, [("Denne rapporten gir en samlet oversikt over hva departementene har gjort i 2038 for å følge opp "
               "Nasjonal kompetansepolitisk strategi. Rapporten følger strategiens tre hovedinnsatsområder. Under "
               "hvert område omtales tiltakene etter tema, og for hvert tiltak oppgis hvilket departement som har "
               "ansvaret og hvem det samarbeides med. Der det er naturlig, er tiltakstypen angitt i parentes.", "")])
    _para(d, [("Året har vært preget av høy etterspørsel etter arbeidskraft i helse, bygg og industri, og av at "
               "mange virksomheter står midt i en omstilling til lavere utslipp. Departementene har derfor lagt "
               "vekt på tiltak som gjør det lettere å kombinere arbeid og læring, og på bedre kunnskap om hvilke "
               "kompetansebehov som kommer. Samarbeidet med partene i arbeidslivet og fylkeskommunene har vært "
               "tett gjennom hele året.", "")])
    for area, groups in REGJ_AREAS:
        d.add_heading(area, 1)
        for topic, ids in groups:
            d.add_heading(topic, 2)
            for mid in ids:
                r = by[mid]
                parts = [(r.t, "b")]
                parts.append((f" ({r.tyshow}). " if r.tyshow else ". ", ""))
                parts.append((r.b, ""))
                _para(d, parts)
                _para(d, [(f"Ansvar: {r.a}. Samarbeid: {r.p}.", "i")], size=9)
    d.add_heading("Videre arbeid", 1)
    _para(d, [("I 2039 vil departementene særlig følge opp rådene fra utvalget om kompetansebehov i "
               "omsorgssektoren, og vurdere hvordan ordningene for voksne kan gjøres enklere å bruke for "
               "arbeidsgivere. Departementet tar gjerne imot innspill fra rådets medlemmer til neste års "
               "rapportering.", "")])
    d.save(path)


# ---------------------------------------------------------------- LO (letter, numbered list)
def lo(path):
    d = _doc("LO Samfunnspolitisk avdeling", dt.datetime(2039, 1, 14, 9, 30))
    _para(d, [("LANDSORGANISASJONEN I NORGE", "b")], size=14)
    _para(d, [("Youngs gate 11, 0181 Oslo", "")], size=9)
    _para(d, [("Kunnskapsdepartementet\nSekretariatet for Kompetansepolitisk råd\nPostboks 8119 Dep\n0032 Oslo", "")])
    _para(d, [("Vår ref.: 2039/0114-2          Deres ref.: 38/4410          Dato: 14. januar 2039", "")], size=9)
    _para(d, [("LOs innrapportering av tiltak for 2038", "b")], size=13)
    _para(d, [("Vi viser til brev av 2. desember 2038 med invitasjon til å rapportere tiltak som følger opp Nasjonal "
               "kompetansepolitisk strategi. Nedenfor følger LOs tiltak i 2038. Delmålet er angitt i klammer "
               "etter hvert tiltak.", "")])
    for r in data.LO:
        p = d.add_paragraph(style="List Number")
        p.add_run(r.t).bold = True
        p.add_run(" " + r.dshow)
        q = d.add_paragraph(r.b)
        q.paragraph_format.left_indent = Cm(0.63)
        extra = []
        if r.p:
            extra.append(f"Samarbeid: {r.p}.")
        if r.tyshow:
            extra.append(f"Type: {r.tyshow}.")
        if extra:
            q2 = d.add_paragraph()
            q2.paragraph_format.left_indent = Cm(0.63)
            q2.add_run(" ".join(extra)).italic = True
    _para(d, [("Vi ser fram til videre samarbeid i rådet, og ber om at LOs merknader til KBUs rapport tas med "
               "i sekretariatets oppsummering.", "")])
    _para(d, [("Med vennlig hilsen", "")])
    _para(d, [("Ingrid Haugland\nrådgiver, Samfunnspolitisk avdeling", "")])
    d.save(path)


# ---------------------------------------------------------------- Unio (memo with a table)
def unio(path):
    d = _doc("Unio sekretariatet", dt.datetime(2039, 1, 20, 13, 0))
    _para(d, [("NOTAT", "b")], size=16)
    t = d.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate([("Til:", "Sekretariatet for Kompetansepolitisk råd"), ("Fra:", "Unio"),
                                ("Dato:", "20.01.2039"), ("Sak:", "Unios tiltak i 2038")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    _para(d, [("Unio melder her inn sine tiltak for 2038. Område angis med romertall for hovedinnsatsområdet og "
               "tall for delmålet (II.2 er delmål 2.2).", "")])
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Område", "Tiltak – kort omtale", "Partnere", "Art"]):
        _cell(c, [[(h, "b")]])
        _shade(c, "D9E2F3")
    for r in data.UNIO:
        row = tab.add_row().cells
        _cell(row[0], [[(r.dshow, "")]])
        _cell(row[1], [[(r.t, "b")], [(r.b, "")]])
        _cell(row[2], [[(r.p, "")]])
        _cell(row[3], [[(r.tyshow or "", "")]])
    _para(d, [("Kontaktperson: Per Arne Lien, Unio", "i")], size=9)
    d.save(path)


# ---------------------------------------------------------------- KS (form, one table per measure)
KS_LABELS = ["Navn på tiltaket", "Delmål i strategien", "Hva slags tiltak", "Hvem har ansvaret",
             "Hvem samarbeider dere med", "Kort beskrivelse"]


def ks(path, rows, created, version_line):
    d = _doc("KS", created)
    _para(d, [("Skjema for rapportering av tiltak – Kompetansepolitisk råd, rapporteringsåret 2038", "b")], size=13)
    _para(d, [("Organisasjon: KS – kommunesektorens organisasjon", "")])
    _para(d, [(version_line, "i")])
    for i, r in enumerate(rows, 1):
        _para(d, [(f"Tiltak {i}", "b")])
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        vals = [r.t, r.dshow, r.tyshow or "", r.a, r.p, r.b]
        for j, (lab, v) in enumerate(zip(KS_LABELS, vals)):
            _cell(t.cell(j, 0), [[(lab, "b")]])
            _shade(t.cell(j, 0), "EDEDED")
            _cell(t.cell(j, 1), [[(v, "")]])
    d.save(path)


# ---------------------------------------------------------------- Akademikerne (bullets under delmål, to RTF)
AKAD_HEAD = {"1.1": "1.1 Kompetansebehovsutvalget", "1.3": "1.3 Karriereveiledning",
             "1.4": "1.4 Samarbeid mellom utdanning og arbeidsliv", "2.1": "2.1 Digital kompetanse",
             "2.2": "2.2 Kunnskap om læring i arbeidslivet"}


def akademikerne(path):
    d = _doc("Akademikerne", dt.datetime(2039, 1, 30, 8, 0))
    _para(d, [("Akademikerne – innspill til sekretariatets årsoppsummering 2038", "b")], size=14)
    _para(d, [("Under følger tiltakene våre sortert etter delmål, slik sekretariatet ba om. Type tiltak står i "
               "parentes der vi har funnet det naturlig.", "")])
    cur = None
    for r in sorted(data.AKAD, key=lambda r: r.d):
        if r.d != cur:
            cur = r.d
            _para(d, [(AKAD_HEAD[r.d], "b")])
        p = d.add_paragraph(style="List Bullet")
        p.add_run(r.t).bold = True
        tail = " – " + r.b
        if r.p:
            tail += f" Partnere: {r.p}."
        if r.tyshow:
            tail += f" ({r.tyshow})"
        p.add_run(tail)
    _para(d, [("Spørsmål kan rettes til Akademikernes sekretariat.", "i")])
    d.save(path)


# ---------------------------------------------------------------- Spekter (table with area rows, to .doc)
SPEKTER_AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
                 "2": "Hovedinnsatsområde 2: Læring i arbeidslivet"}


def spekter(path):
    d = _doc("Spekter", dt.datetime(2039, 1, 25, 15, 0))
    _para(d, [("Arbeidsgiverforeningen Spekter", "b")], size=14)
    _para(d, [("Rapportering til Kompetansepolitisk råd – aktiviteter 2038", "b")], size=12)
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Aktivitet", "Formål/innhold", "Aktører", "Delmål"]):
        _cell(c, [[(h, "b")]])
    cur = None
    for r in data.SPEKTER:
        if r.d[0] != cur:
            cur = r.d[0]
            row = tab.add_row()
            m = row.cells[0].merge(row.cells[3])
            _cell(m, [[(SPEKTER_AREAS[cur], "bi")]])
            _shade(m, "FCE4D6")
        row = tab.add_row().cells
        _cell(row[0], [[(r.t, "")]])
        _cell(row[1], [[(r.b, "")]])
        _cell(row[2], [[(r.p, "")]])
        _cell(row[3], [[(r.dshow, "")]])
    d.save(path)


# ---------------------------------------------------------------- VOFO (to ODT, then PDF)
VOFO_HEAD = {"1.2": "Delmål 1.2 – Regionalt samarbeid", "2.1": "Delmål 2.1 – Digital kompetanse",
             "3.2": "Delmål 3.2 – Kompetanseplussordningene", "3.4": "Delmål 3.4 – Norskopplæring",
             "3.6": "Delmål 3.6 – Læring i frivillig sektor"}


def vofo(path):
    d = _doc("VOFO", dt.datetime(2039, 1, 18, 11, 0))
    _para(d, [("Voksenopplæringsforbundet (VOFO)", "b")], size=14)
    _para(d, [("Rapportering av tiltak 2038 til Kompetansepolitisk råd", "")], size=12)
    _para(d, [("Studieforbundene hadde et godt år med flere deltakere enn før pandemien på 2020-tallet. "
               "Nedenfor står VOFOs egne tiltak. Tiltakstypen står etter tankestreken.", "")])
    for r in data.VOFO:
        d.add_heading(VOFO_HEAD[r.d], 2)
        p = d.add_paragraph(style="List Bullet")
        p.add_run(r.t).bold = True
        p.add_run(f" – {r.tyshow}.")
        q = d.add_paragraph(r.b)
        q.paragraph_format.left_indent = Cm(0.63)
        if r.p:
            q2 = d.add_paragraph(f"Samarbeid: {r.p}")
            q2.paragraph_format.left_indent = Cm(0.63)
    d.save(path)


# ---------------------------------------------------------------- UHR (own column order, header repeated)
def uhr(path):
    d = _doc("Universitets- og høgskolerådet", dt.datetime(2039, 1, 22, 9, 0))
    _para(d, [("Universitets- og høgskolerådet (UHR)", "b")], size=14)
    _para(d, [("Tiltak i 2038 som følger opp Nasjonal kompetansepolitisk strategi", "")], size=12)
    heads = ["Delmål", "Hva", "Innhold", "Type", "Ansvarlig", "Med hvem"]
    tab = d.add_table(rows=1, cols=6)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tab.rows[0].cells, heads):
        _cell(c, [[(h, "b")]])
    _repeat_header(tab.rows[0])
    for i, r in enumerate(data.UHR):
        if i == 3:  # header pasted again in the middle, as when two tables were joined
            row = tab.add_row().cells
            for c, h in zip(row, heads):
                _cell(c, [[(h, "b")]])
        row = tab.add_row().cells
        for c, v in zip(row, [r.dshow, r.t, r.b, r.tyshow or "", r.a, r.p]):
            _cell(c, [[(v, "")]])
    _para(d, [("Oversendt av UHRs sekretariat.", "i")], size=9)
    d.save(path)


# ---------------------------------------------------------------- Vestland (Nynorsk prose, numbered headings)
VESTLAND_HEAD = {"1.2": "1.2 Regionalt ansvar og samordning", "1.3": "1.3 Karriererettleiing",
                 "2.4": "2.4 Kopling mellom næringsliv og utdanning", "3.1": "3.1 Opplæring for vaksne",
                 "3.4": "3.4 Kvalifisering av innvandrarar"}


def vestland(path):
    d = _doc("Vestland fylkeskommune", dt.datetime(2039, 1, 26, 12, 0))
    d.add_heading("Rapportering frå Vestland fylkeskommune til Kompetansepolitisk råd 2038", 0)
    _para(d, [("Vestland fylkeskommune har i 2038 halde fram arbeidet med å samordne kompetansepolitikken i "
               "fylket. Tiltaka under er ordna etter delmåla i den nasjonale strategien.", "")])
    cur = None
    for r in data.VESTLAND:
        if r.d != cur:
            cur = r.d
            d.add_heading(VESTLAND_HEAD[r.d], 1)
        p = d.add_paragraph(style="List Bullet")
        p.add_run(r.t).bold = True
        p.add_run(": " + r.b + (f" Partnarar: {r.p}." if r.p else ""))
    d.add_heading("Vidare arbeid", 1)
    _para(d, [("I 2039 vil fylkeskommunen leggje fram ein ny regional kompetansestrategi. Arbeidet skjer i "
               "Kompetanseforum Vestland.", "")])
    _para(d, [("Bergen, 26. januar 2039\nAvdeling for innovasjon og næringsutvikling", "i")])
    d.save(path)


# ---------------------------------------------------------------- not a member report
def innkalling(path):
    d = _doc("Kunnskapsdepartementet", dt.datetime(2039, 2, 20, 9, 0))
    _para(d, [("Innkalling til møte i Kompetansepolitisk råd", "b")], size=15)
    _para(d, [("Tid: 12. mars 2039 kl. 10.00–14.00. Sted: Kunnskapsdepartementet, Kirkegata 18, møterom 4.", "")])
    _para(d, [("Til rådets medlemmer og observatører", "")])
    d.add_heading("Saksliste", 1)
    items = [
        ("1 Innledende saker", ["1.1 Godkjenning av innkalling og saksliste",
                                "1.2 Referat fra møtet 14. november 2038"]),
        ("2 Orienteringssaker", ["2.1 Kompetansebehovsutvalgets arbeid i 2039",
                                 "2.2 Status for sekretariatets oppsummering av tiltak for 2038",
                                 "2.3 Nytt fra departementene"]),
        ("3 Diskusjonssaker", ["3.1 Rådets prioriteringer for 2039–2040",
                               "3.2 Rapporteringsskjemaet for neste år"]),
        ("4 Eventuelt", []),
    ]
    for head, subs in items:
        d.add_heading(head, 2)
        for s in subs:
            _para(d, [(s, "")])
    _para(d, [("Sakspapirer sendes ut en uke før møtet. Meld forfall til sekretariatet.", "")])
    _para(d, [("Med hilsen\nsekretariatet for Kompetansepolitisk råd", "i")])
    d.save(path)


# ---------------------------------------------------------------- Innlandet (measures as columns)
def innlandet(path):
    from docx.enum.section import WD_ORIENT
    d = _doc("Innlandet fylkeskommune", dt.datetime(2039, 1, 29, 10, 0))
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    _para(d, [("Innlandet fylkeskommune – rapportering til Kompetansepolitisk råd for 2038", "b")], size=14)
    _para(d, [("Tiltakene står i hver sin kolonne.", "i")], size=9)
    labels = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse"]
    rows = data.INNLANDET
    t = d.add_table(rows=len(labels), cols=len(rows) + 1)
    t.style = "Table Grid"
    for i, lab in enumerate(labels):
        _cell(t.cell(i, 0), [[(lab, "b")]])
        _shade(t.cell(i, 0), "E2EFDA")
        for j, r in enumerate(rows, 1):
            v = [r.t, r.dshow, r.tyshow or "", r.a, r.p, r.b][i]
            _cell(t.cell(i, j), [[(v, "b" if i == 0 else "")]])
    _para(d, [("Kontakt: seksjon for kompetanse og karriere, Innlandet fylkeskommune, Hamar", "")], size=9)
    d.save(path)
