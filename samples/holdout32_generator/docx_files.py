"""Word documents (DOCX) and the Word sources that are converted to ODT/DOC/PDF."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

from .common import (Result, normalize_zip, pin_pdf, set_core, soffice_convert,
                     truth)


# --------------------------------------------------------------------------
# small helpers

def _shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def _landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))


def _widths(table, widths_cm):
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def _save_docx(doc, path):
    doc.save(path)
    normalize_zip(path)


def _body_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# --------------------------------------------------------------------------
# 1. Regjeringen: DOCX, one wide table with its own column names

def regjeringen(outdir):
    fn = "KD_rapportering_Kompetansepolitisk_raad_2052.docx"
    member = "Regjeringen"
    items = [
        ("1", "Kompetansebehovsutvalget (KBU)", "1.1", "utvalg", "KD",
         "Partene i arbeidslivet, forskere, HK-dir (sekretariat)",
         "Utvalget la i juni 2052 fram sin hovedrapport om behovet for kompetanse "
         "i det grønne skiftet. Mandatet er forlenget til 2056.",
         "M01", "Råd/utvalg/nettverk"),
        ("2", "Kompetansepluss arbeid", "3.2", "tilskuddsordning (opplæring)", "HK-dir",
         "Virksomheter og godkjente tilbydere",
         "Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen. "
         "I 2052 fikk 212 virksomheter tilskudd, om lag 1 140 deltakere.",
         "R102", "Kurs/utdanning"),
        ("3", "Bransjeprogrammene for kompetanseutvikling", "2.4", "opplæringsprogram",
         "KD og AID", "Partene i bransjene; universiteter, høyskoler og fagskoler",
         "Tre nye bransjer ble tatt inn i 2052: havbruk, reiseliv og bilbransjen.",
         "R103", "Kurs/utdanning"),
        ("4", "Digital søknadsløsning for godkjenning av utenlandsk fagutdanning", "2.6",
         "utviklingsprosjekt", "HK-dir", "Fylkeskommunene",
         "Løsningen ble satt i drift i oktober 2052 og erstatter papirsøknad.",
         "R104", "Prosjekt"),
        ("5", "Evaluering av fleksible videreutdanningstilbud for voksne", "3.1",
         "utredning", "KD", "NIFU",
         "Evalueringen ser på tilbud som kombineres med jobb. Sluttrapport ventes våren 2053.",
         "R105", "FoU"),
        ("6", "Fagopplæring som arbeidsmarkedstiltak – utvidelse", "3.5", "opplæring",
         "AID", "Arbeids- og velferdsdirektoratet, fylkeskommunene",
         "Ordningen ble utvidet med 500 nye plasser for arbeidssøkere uten fullført "
         "videregående opplæring.",
         "R106", "Kurs/utdanning"),
    ]
    doc = Document()
    set_core(doc, "Regjeringens rapportering 2052", "Kunnskapsdepartementet")
    _body_font(doc, "Calibri", 10)
    _landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Kunnskapsdepartementet")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.add_heading("Rapportering til Kompetansepolitisk råd – regjeringens tiltak i 2052", level=1)
    doc.add_paragraph(
        "Oversikten under viser regjeringens virkemidler som følger opp Nasjonal "
        "kompetansepolitisk strategi. Hvert virkemiddel er knyttet til ett strategimål "
        "(delmål). Departementene har bidratt med tekst. Virkemidler som ble avsluttet "
        "i 2051, er ikke tatt med.")
    headers = ["Nr.", "Virkemiddel", "Strategimål", "Art", "Hvem leder", "Sammen med",
               "Status / kort omtale"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        _cell_text(c, h, bold=True)
        _shade(c, "D9E2F3")
    rows = []
    for nr, name, dm, art, lead, partners, omtale, seed, typ in items:
        cells = t.add_row().cells
        for c, v in zip(cells, [nr, name, dm, art, lead, partners, omtale]):
            _cell_text(c, v)
        rows.append(truth(fn, member, name, seed, dm, typ, lead, partners, omtale))
    _widths(t, [1.0, 5.2, 2.0, 3.0, 2.2, 4.8, 7.8])
    doc.add_paragraph()
    doc.add_paragraph(
        "Forkortelser: AID = Arbeids- og inkluderingsdepartementet. HK-dir = Direktoratet "
        "for høyere utdanning og kompetanse. NIFU = Nordisk institutt for studier av "
        "innovasjon, forskning og utdanning.").runs[0].font.size = Pt(8)
    doc.add_paragraph("Oslo, 14. januar 2053")
    doc.add_paragraph("Kunnskapsdepartementet, Avdeling for kompetansepolitikk")
    _save_docx(doc, os.path.join(outdir, fn))
    return Result(fn, member, "DOCX, landscape table (Virkemiddel / Strategimål / Art / "
                  "Hvem leder …)", rows)


# --------------------------------------------------------------------------
# 2. LO: DOCX letter, typed paragraph numbers, delmål in brackets

def lo(outdir):
    fn = "LO_rapportering_KPR_2052.docx"
    member = "LO"
    doc = Document()
    set_core(doc, "LOs rapportering 2052", "LO")
    _body_font(doc, "Cambria", 11)
    for line in ["Landsorganisasjonen i Norge", "Youngs gate 11, 0181 Oslo"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in ["Til: Sekretariatet for Kompetansepolitisk råd",
                 "Vår ref.: 53/0112", "Dato: 20. januar 2053"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Rapportering av LOs tiltak i 2052")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "LO viser til brev fra sekretariatet og sender med dette vår rapportering for 2052. "
        "Tiltakene er ordnet etter de tre innsatsområdene i strategien. Bak hvert punkt "
        "står delmålet tiltaket hører til, og hva slags tiltak det er.")

    sections = [
        ("Gode valg for den enkelte og for samfunnet", [
            ("LOs plass i Kompetansebehovsutvalget",
             "LO har en fast plass i utvalget og har i 2052 deltatt i arbeidet med "
             "hovedrapporten om kompetanse i det grønne skiftet.",
             "(Delmål 1.1, råd/utvalg)", "", "M01", "1.1", "Råd/utvalg/nettverk"),
            ("Medlemskap i Nasjonalt fagskoleråd",
             "LO har to medlemmer i rådet, oppnevnt for perioden 2051–2054. Rådet har i år "
             "særlig arbeidet med finansieringen av fagskolene.",
             "(Delmål 1.4, råd)", "", "M05", "1.4", "Råd/utvalg/nettverk"),
        ]),
        ("Læring i arbeidslivet", [
            ("Representasjon i SRY og de faglige rådene",
             "LO og forbundene har i 2052 hatt 46 representanter i Samarbeidsrådet for "
             "yrkesopplæring og de ni faglige rådene.",
             "(Delmål 2.3, råd)", "", "M02", "2.3", "Råd/utvalg/nettverk"),
            ("Samling for LOs representanter i faglige råd",
             "To-dagers samling på Sørmarka i mars for alle LO-oppnevnte medlemmer av de "
             "faglige rådene, med læreplanrevisjon og kvalitet i læretiden som tema.",
             "(Delmål 2.3, samling)", "LOs avdeling for utdanning", "L204", "2.3",
             "Arrangement"),
            ("Prosjektet DigiLøft Handel",
             "Handel og Kontor i Norge og Virke gjennomfører i fellesskap DigiLøft Handel, der "
             "ansatte i butikk og lager får opplæring i digitale verktøy. Prosjektet er "
             "finansiert over bransjeprogrammet for varehandel.",
             "(Delmål 2.1, prosjekt)", "", "M07", "2.1", "Prosjekt"),
            ("Læringsmonitoren – felles undersøkelse med NHO om opplæring i bedriftene",
             "Fafo gjennomfører undersøkelsen på oppdrag fra LO og NHO. Tallene for 2052 viser "
             "at færre ansatte uten fagbrev får betalt opplæring enn ansatte med høyere "
             "utdanning.",
             "(Delmål 2.2, FoU)", "", "M10", "2.2", "FoU"),
            ("Kurset «Kompetanse på dagsorden» for tillitsvalgte",
             "Kurs for klubbledere og tillitsvalgte om hvordan de kan ta opp kompetansebehov "
             "med ledelsen og knytte virksomheten til lokale fagskoler og høyskoler. 14 kurs "
             "med til sammen 310 deltakere.",
             "(Delmål 2.4, kurs)", "", "L207", "2.4", "Kurs/utdanning"),
        ]),
    ]
    rows = []
    n = 0
    for heading, entries in sections:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.italic = True
        r.bold = True
        p.paragraph_format.space_before = Pt(12)
        for title, text, tag, ansv, seed, dm, typ in entries:
            n += 1
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(f"{n}.\t{title}")
            r.bold = True
            body = text
            if ansv:
                body = f"{text} Ansvarlig: {ansv}."
            p = doc.add_paragraph(f"{body} {tag}")
            p.paragraph_format.left_indent = Cm(0.75)
            rows.append(truth(fn, member, title, seed, dm, typ, ansv, "", text))
    p = doc.add_paragraph()
    r = p.add_run("Styrke kompetansen til voksne med svak tilknytning til arbeidslivet")
    r.italic = True
    r.bold = True
    doc.add_paragraph(
        "LO har ikke egne tiltak under dette innsatsområdet i 2052, men viser til "
        "forbundenes arbeid i de regionale kompetanseforaene og til trepartssamarbeidet "
        "om Kompetansepluss.")
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen")
    doc.add_paragraph("Landsorganisasjonen i Norge\nAvdeling for utdanning og kompetanse")
    _save_docx(doc, os.path.join(outdir, fn))
    return Result(fn, member, "DOCX letter, typed paragraph numbers per innsatsområde, "
                  "delmål and kind in brackets", rows)


# --------------------------------------------------------------------------
# 4. Vestland fylkeskommune: ODT (nynorsk), table with delmål as text only

def vestland(outdir, workdir):
    fn = "Vestland_fylkeskommune_rapport_2052.odt"
    member = "Vestland fylkeskommune"
    items = [
        ("Sete i RSA ved Høgskulen på Vestlandet",
         "Samarbeid mellom utdanningstilbydarar og arbeidslivet", "råd",
         "Fylkesdirektør for opplæring og kompetanse", "HVL, NHO Vestland, LO Vestland",
         "Fylkeskommunen har eitt sete i Rådet for samarbeid med arbeidslivet ved HVL og "
         "deltok på fire møte i 2052.", "M03", "1.4", "Råd/utvalg/nettverk"),
        ("Deltaking i Nasjonalt forum for karriererettleiing", "Karriererettleiing",
         "nettverk", "Karriere Vestland", "",
         "Vestland representerer fylkeskommunane i forumet saman med Nordland.",
         "M06", "1.3", "Råd/utvalg/nettverk"),
        ("Regionalt karriereforum Vestland", "Karriererettleiing", "nettverk",
         "Karriere Vestland", "NAV Vestland, kommunane, Universitetet i Bergen",
         "Eige regionalt forum som samordnar karriererettleiinga i fylket. To samlingar i 2052.",
         "V303", "1.3", "Råd/utvalg/nettverk"),
        ("Kompetanseløft", "Norskopplæring og kvalifisering av vaksne innvandrarar",
         "prosjekt", "Sunnfjord vidaregåande skule", "Sunnfjord kommune, NAV Sunnfjord",
         "Kombinert norskopplæring og fagopplæring for vaksne innvandrarar, med fagbrev i "
         "helsearbeidarfaget som mål. 28 deltakarar.", "V304", "3.4", "Prosjekt"),
        ("Regionalt bransjeprogram for havbruk",
         "Kople kompetansebehov i verksemder til utdanningstilbydarar", "kurs",
         "Fagskulen Vestland", "Sjømat Norge, Fellesforbundet",
         "Modulbaserte kurs for tilsette i havbruksnæringa, tilpassa verksemdene i "
         "Hardanger og Sogn.", "V305", "2.4", "Kurs/utdanning"),
    ]
    doc = Document()
    set_core(doc, "Rapportering 2052", "Vestland fylkeskommune")
    _body_font(doc, "Arial", 10)
    _landscape(doc)
    doc.add_heading("Vestland fylkeskommune – rapportering til Kompetansepolitisk råd for 2052",
                    level=1)
    doc.add_paragraph(
        "Vestland fylkeskommune har det regionale ansvaret for kompetansepolitikken i fylket. "
        "Nedanfor følgjer tiltaka fylkeskommunen har arbeidd med i 2052. Delmåla er oppgjevne "
        "med namn slik vi har forstått dei i strategien.")
    headers = ["Tiltak", "Delmål i strategien", "Type tiltak", "Ansvarleg",
               "Samarbeidspartnarar", "Skildring"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        _cell_text(c, h, bold=True)
        _shade(c, "E2EFD9")
    rows = []
    for name, dmtext, typ_word, ansv, partners, desc, seed, dm, typ in items:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dmtext, typ_word, ansv, partners, desc]):
            _cell_text(c, v)
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, desc))
    _widths(t, [5.0, 4.6, 2.2, 3.6, 4.4, 6.2])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: seniorrådgjevar, Avdeling for opplæring og kompetanse")
    doc.add_paragraph("Bergen, 16. januar 2053")
    src = os.path.join(workdir, os.path.splitext(fn)[0] + ".docx")
    _save_docx(doc, src)
    out = soffice_convert(src, "odt", workdir)
    dest = os.path.join(outdir, fn)
    os.replace(out, dest)
    normalize_zip(dest, odt=True)
    return Result(fn, member, "ODT (nynorsk), table; delmål as names only, type in own words",
                  rows)


# --------------------------------------------------------------------------
# 5. KS: Word document exported to PDF, bullets under innsatsområde headings

def ks(outdir, workdir):
    fn = "KS_rapport_kompetansepolitisk_raad_2052.pdf"
    member = "KS"
    doc = Document()
    set_core(doc, "KS – rapportering 2052", "KS")
    _body_font(doc, "Calibri", 11)
    doc.add_heading("KS – Rapportering til Kompetansepolitisk råd 2052", level=0)
    doc.add_paragraph(
        "KS rapporterer her på tiltak der KS har en aktiv rolle. Tiltakene er gruppert etter "
        "innsatsområde i strategien, og delmålet står i parentes etter hvert tiltak.")
    sections = [
        ("Innsatsområde 1: Gode valg for den enkelte og for samfunnet", [
            ("KS er representert i Kompetansebehovsutvalget", "", "1.1", "M01",
             "Råd/utvalg/nettverk"),
            ("Nettverk for kompetanseutvikling i fylkeskommunene",
             "KS driver et nettverk der alle fylkeskommunene deltar, med tre samlinger i 2052 "
             "og tema regionalt kompetansepolitisk ansvar.", "1.2", "K502",
             "Råd/utvalg/nettverk"),
        ]),
        ("Innsatsområde 2: Læring i arbeidslivet", [
            ("KS oppnevner representanter til Samarbeidsrådet for yrkesopplæring og de faglige "
             "rådene", "", "2.3", "M02", "Råd/utvalg/nettverk"),
            ("Læreplassveilederen",
             "Digital veileder for kommuner som vil ta inn flere lærlinger, lansert i april "
             "2052.", "2.3", "K504", "Informasjon"),
            ("KOMPIS-K – kompetanseløft for ufaglærte i helse og omsorg",
             "Prosjekt sammen med YS og Delta der ufaglærte assistenter får sin "
             "realkompetanse vurdert og en vei mot fagbrev. 14 kommuner deltar.", "2.5",
             "M08", "Prosjekt"),
            ("DigiLed – digitaliseringskurs for kommunale ledere",
             "Nettbasert kurs med 1 900 deltakere i 2052.", "2.1", "K506", "Kurs/utdanning"),
        ]),
    ]
    rows = []
    for heading, entries in sections:
        doc.add_heading(heading, level=2)
        for title, desc, dm, seed, typ in entries:
            if desc:
                text = f"{title}: {desc} (Delmål {dm})"
            else:
                text = f"{title}. (Delmål {dm})"
            doc.add_paragraph(text, style="List Bullet")
            rows.append(truth(fn, member, title, seed, dm, typ, "", "", desc))
    doc.add_heading("Innsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til "
                    "arbeidslivet", level=2)
    doc.add_paragraph(
        "KS har ingen egne tiltak under innsatsområde 3 i 2052. Kommunene har ansvar for "
        "opplæringen i norsk og samfunnskunnskap, men dette rapporteres ikke her.")
    doc.add_paragraph("Oslo, 21. januar 2053 – KS, Arbeidsgiverpolitisk avdeling")
    src = os.path.join(workdir, os.path.splitext(fn)[0] + ".docx")
    _save_docx(doc, src)
    out = soffice_convert(src, "pdf:writer_pdf_Export", workdir)
    dest = os.path.join(outdir, fn)
    os.replace(out, dest)
    pin_pdf(dest)
    return Result(fn, member, "PDF exported from Word (soffice); bullets under headings, "
                  "no type stated", rows)


# --------------------------------------------------------------------------
# 7. YS: legacy .doc, table with number key for category, delmål with comma

def ys(outdir, workdir):
    fn = "YS_tiltaksoversikt_2052.doc"
    member = "YS"
    items = [
        ("Faglig råd for helse- og oppvekstfag", "2,3", "3", "Delta", "",
         "YS har to representanter i rådet.", "M02", "2.3", "Råd/utvalg/nettverk"),
        ("Nasjonalt fagskoleråd", "1,4", "3", "YS", "", "Ett medlem og én vara.",
         "M05", "1.4", "Råd/utvalg/nettverk"),
        ("Deltakelse i KOMPIS-K", "2,5", "4", "Delta", "KS",
         "Realkompetansevurdering og vei til fagbrev for ufaglærte i kommunene.",
         "M08", "2.5", "Prosjekt"),
        ("YS Arbeidslivsbarometer – tema kompetanse", "2,2", "1", "YS", "Respons Analyse",
         "Egne spørsmål om læring og opplæring på arbeidsplassen i den årlige undersøkelsen.",
         "Y704", "2.2", "FoU"),
        ("Informasjonskampanje om retten til utdanningspermisjon", "3,1", "5", "YS",
         "Forbundene i YS", "Film, nettside og annonser i sosiale medier.",
         "Y705", "3.1", "Informasjon"),
    ]
    doc = Document()
    set_core(doc, "YS tiltaksoversikt 2052", "YS")
    _body_font(doc, "Times New Roman", 11)
    p = doc.add_paragraph()
    r = p.add_run("YS – tiltaksoversikt for rapporteringsåret 2052")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(
        "Tabellen viser tiltak i YS og YS-forbundene som følger opp strategien. Kategori er "
        "oppgitt med tall, se forklaringen under tabellen.")
    headers = ["Hva", "Mål nr.", "Kat.", "Ansvar", "Partnere", "Merknad"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        _cell_text(c, h, bold=True, size=10)
    rows = []
    for name, dm_txt, kat, ansv, partners, note, seed, dm, typ in items:
        cells = t.add_row().cells
        for c, v in zip(cells, [name, dm_txt, kat, ansv, partners, note]):
            _cell_text(c, v, size=10)
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, note))
    _widths(t, [4.6, 1.4, 1.0, 1.8, 2.6, 5.0])
    p = doc.add_paragraph()
    r = p.add_run("Kategori: 1 = FoU/utredning, 2 = kurs/utdanning, 3 = råd, utvalg og nettverk, "
                  "4 = prosjekt, 5 = informasjon, 6 = arrangement.")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph("Kontakt: YS-sekretariatet, januar 2053")
    src = os.path.join(workdir, os.path.splitext(fn)[0] + ".docx")
    _save_docx(doc, src)
    out = soffice_convert(src, "doc:MS Word 97", workdir)
    os.replace(out, os.path.join(outdir, fn))
    return Result(fn, member, "DOC (Word 97), table; category as number key below table, "
                  "delmål with decimal comma", rows)


# --------------------------------------------------------------------------
# 11. Nordland fylkeskommune: DOCX with direct Word numbering (numPr) and sub-bullets

_ABSTRACT = f'''<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>
    <w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="993" w:hanging="284"/></w:pPr></w:lvl>
</w:abstractNum>'''
_NUM = f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def _add_numbering(doc):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(_ABSTRACT)
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(_NUM))


def _numbered(p, level):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = 90


def nordland(outdir):
    fn = "Nordland_fylkeskommune_tiltak_2052.docx"
    member = "Nordland fylkeskommune"
    items = [
        ("Kompetanseforum Nordland",
         "regionalt partnerskap for kompetanse, ledet av fylkeskommunen. Forumet møttes fem "
         "ganger i 2052 og vedtok ny handlingsplan for 2053–2056.",
         "1.2", "nettverk/partnerskap", "Seksjon for kompetanse",
         "NHO Nordland, LO Nordland, NAV Nordland, Nord universitet",
         "M09", "1.2", "Råd/utvalg/nettverk"),
        ("Fylkets representant i Nasjonalt forum for karriereveiledning",
         "Nordland deltar i forumet sammen med Vestland og bidro i 2052 i arbeidet med "
         "kvalitet i karriereveiledningen.",
         "1.3", "råd", "Karrieresenteret i Nordland", "", "M06", "1.3",
         "Råd/utvalg/nettverk"),
        ("Kompetansepluss Nordland",
         "regional pilot etter modell av den nasjonale ordningen, med opplæring i lesing, "
         "regning og digitale ferdigheter for ansatte i fiskeindustrien i Vesterålen.",
         "3.2", "pilotprosjekt", "Seksjon for kompetanse",
         "Sjømatbedriftene i Vesterålen, Vesterålen voksenopplæring", "N1103", "3.2",
         "Prosjekt"),
        ("Mobile karriereveiledere på Helgeland",
         "to karriereveiledere reiser mellom kommunene på Helgeland og tilbyr veiledning på "
         "arbeidsplasser og bibliotek.",
         "1.3", "prosjekt", "Karrieresenteret i Nordland", "Helgelandskommunene",
         "N1104", "1.3", "Prosjekt"),
        ("Norsk med praksis i fiskeindustrien",
         "kurs som kombinerer norskopplæring med arbeidspraksis for voksne innvandrere i "
         "Lofoten.",
         "3.4", "kurs", "Lofoten voksenopplæring", "NAV Lofoten, Lofoten Sjømat",
         "N1105", "3.4", "Kurs/utdanning"),
    ]
    doc = Document()
    set_core(doc, "Tiltak 2052", "Nordland fylkeskommune")
    _body_font(doc, "Calibri", 11)
    _add_numbering(doc)
    p = doc.add_paragraph()
    r = p.add_run("Nordland fylkeskommune")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_heading("Rapport til Kompetansepolitisk råd – tiltak 2052", level=1)
    doc.add_paragraph(
        "Nordland fylkeskommune har i 2052 prioritert kompetansetiltak som styrker det "
        "regionale samarbeidet og karriereveiledningen i fylket. Tiltakene er nummerert "
        "fortløpende. For hvert tiltak er delmål, type og ansvar oppgitt.")
    rows = []
    for title, desc, dm_txt, typ_word, ansv, partners, seed, dm, typ in items:
        p = doc.add_paragraph()
        _numbered(p, 0)
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(title)
        r.bold = True
        p.add_run(": " + desc)
        subs = [f"Delmål: {dm_txt}", f"Type: {typ_word}", f"Ansvarlig: {ansv}"]
        if partners:
            subs.append(f"Partnere: {partners}")
        for s in subs:
            sp = doc.add_paragraph(s)
            _numbered(sp, 1)
            sp.paragraph_format.space_after = Pt(0)
        rows.append(truth(fn, member, title, seed, dm, typ, ansv, partners, desc))
    doc.add_paragraph()
    doc.add_paragraph("Bodø, 15. januar 2053")
    doc.add_paragraph("Avdeling for utdanning og kompetanse")
    _save_docx(doc, os.path.join(outdir, fn))
    return Result(fn, member, "DOCX, direct Word numbering (numPr) with dash sub-bullets for "
                  "delmål/type/ansvar", rows)


# --------------------------------------------------------------------------
# 14. Sametinget: DOCX, one small key–value table per tiltak

def sametinget(outdir):
    fn = "Sametinget_rapportering_2052.docx"
    member = "Sametinget"
    items = [
        ("Vaajesh – sørsamisk karriereveiledningsprosjekt", "Karriereveiledning (1.3)",
         "Prosjekt", "Sametingets opplæringsavdeling",
         "Trøndelag fylkeskommune, sørsamiske språksentre",
         "Karriereveiledning på sørsamisk for ungdom og voksne, med veiledere som reiser i "
         "det sørsamiske området.", "M11", "1.3", "Prosjekt"),
        ("Rekrutteringskampanje for fagbrev i reindrift",
         "Karrieremuligheter i yrkesfaglige utdanninger (2.3)", "Informasjon",
         "Sametingets næringsavdeling", "Samisk videregående skole og reindriftsskole",
         "Film og skolebesøk om fagbrev i reindriftsfaget.", "S1402", "2.3", "Informasjon"),
        ("Tilskudd til samiskopplæring for voksne",
         "Fleksibel opplæring på voksnes premisser (3.1)", "Tilskuddsordning / kurs",
         "Sametingets opplæringsavdeling", "Samiske språksentre",
         "Tilskudd til kurs i nord-, lule- og sørsamisk for voksne, også på nett.",
         "S1403", "3.1", "Kurs/utdanning"),
        ("Kartlegging av kompetansebehov i samiske næringer",
         "Koble kompetansebehov i virksomheter til utdanningstilbydere (2.4)", "Utredning",
         "Sametingets næringsavdeling", "Sámi allaskuvla",
         "Utredning av kompetansebehov i duodji, reindrift og kombinasjonsnæringer.",
         "S1404", "2.4", "FoU"),
        ("Nettverk for samiske karriereveiledere", "Karriereveiledning (1.3)", "Nettverk",
         "Sametingets opplæringsavdeling", "Fylkeskommunene i det samiske området",
         "Årlig samling og digitalt nettverk for karriereveiledere som arbeider med samisk "
         "ungdom.", "S1405", "1.3", "Råd/utvalg/nettverk"),
    ]
    doc = Document()
    set_core(doc, "Rapportering 2052", "Sametinget")
    _body_font(doc, "Calibri", 11)
    p = doc.add_paragraph()
    r = p.add_run("Sámediggi – Sametinget")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Rapportering til Kompetansepolitisk råd for 2052", level=1)
    doc.add_paragraph(
        "Sametinget har et særskilt ansvar for samisk opplæring og kompetanse. Under følger "
        "én tabell for hvert tiltak Sametinget har hatt i 2052.")
    keys = ["Tiltak", "Delmål", "Kategori", "Ansvar", "Samarbeid", "Omtale"]
    rows = []
    for i, (name, dm_txt, kat, ansv, partners, desc, seed, dm, typ) in enumerate(items, 1):
        p = doc.add_paragraph()
        r = p.add_run(f"Tiltak {i}")
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        t = doc.add_table(rows=len(keys), cols=2)
        t.style = "Table Grid"
        for (kc, vc), k, v in zip([(rw.cells[0], rw.cells[1]) for rw in t.rows], keys,
                                  [name, dm_txt, kat, ansv, partners, desc]):
            _cell_text(kc, k, bold=True)
            _shade(kc, "F2F2F2")
            _cell_text(vc, v)
        _widths(t, [3.0, 12.5])
        rows.append(truth(fn, member, name, seed, dm, typ, ansv, partners, desc))
    doc.add_paragraph()
    doc.add_paragraph("Kárášjohka/Karasjok, 19. januar 2053")
    _save_docx(doc, os.path.join(outdir, fn))
    return Result(fn, member, "DOCX, one two-column key/value table per tiltak", rows)


# --------------------------------------------------------------------------
# 15. Not a member report: a municipal competence plan with numbered sections

def hustadvika(outdir):
    fn = "Hustadvika_kommune_kompetanseplan_2052-2055.docx"
    doc = Document()
    set_core(doc, "Kompetanseplan 2052–2055", "Hustadvika kommune")
    _body_font(doc, "Calibri", 11)
    doc.add_heading("Kompetanseplan for Hustadvika kommune 2052–2055", level=0)
    doc.add_paragraph("Vedteken i kommunestyret 12. desember 2051, sak 88/51")
    sections = [
        ("1 Innleiing", [
            ("1.1 Formål med planen",
             "Planen skal sikre at kommunen har tilsette med rett kompetanse i åra som kjem. "
             "Han byggjer på arbeidsgjevarstrategien og økonomiplanen."),
            ("1.2 Samanheng med nasjonal politikk",
             "Planen tek omsyn til Nasjonal kompetansepolitisk strategi, men er ikkje ein "
             "rapport til Kompetansepolitisk råd."),
            ("1.3 Karriererettleiing for tilsette",
             "Einingsleiarane skal ta opp kompetanse og karriere i medarbeidarsamtalen kvart år."),
        ]),
        ("2 Kompetansebehov i organisasjonen", [
            ("2.1 Digital kompetanse",
             "Alle tilsette skal ha grunnleggjande opplæring i nye fagsystem innan utgangen av "
             "2053."),
            ("2.2 Kunnskapsgrunnlag",
             "Personalavdelinga kartlegg kompetansen i alle einingar annakvart år."),
            ("2.3 Lærlingar",
             "Kommunen skal ha minst éin lærling per 1 000 innbyggjarar."),
        ]),
        ("3 Vaksenopplæring", [
            ("3.1 Fleksibel opplæring",
             "Vaksenopplæringa skal tilby kveldsundervisning der det er behov."),
            ("3.4 Norskopplæring",
             "Introduksjonsprogrammet held fram som før."),
        ]),
    ]
    for h1, subs in sections:
        doc.add_heading(h1, level=1)
        for h2, text in subs:
            doc.add_heading(h2, level=2)
            doc.add_paragraph(text)
    doc.add_heading("4 Ansvar og oppfølging", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    _cell_text(t.rows[0].cells[0], "Eining", bold=True)
    _cell_text(t.rows[0].cells[1], "Ansvar i planperioden", bold=True)
    for a, b in [("Rådmannen", "Rullering av planen kvart år"),
                 ("Personalavdelinga", "Kartlegging og budsjett for etterutdanning"),
                 ("Einingsleiarar", "Medarbeidarsamtalar og opplæringsplanar")]:
        cells = t.add_row().cells
        _cell_text(cells[0], a)
        _cell_text(cells[1], b)
    _save_docx(doc, os.path.join(outdir, fn))
    return Result(fn, "(not a member report)", "DOCX municipal competence plan (nynorsk) "
                  "with numbered sections 1.1–3.4; no tiltak", [])
