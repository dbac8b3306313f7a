"""Regjeringen: an ordinary ministry report written in Word and exported to PDF, laid out as a newsletter in two
newspaper columns (a continuous section break after the title block, w:cols num=2 with a separator line). The ministry
responsible is the Heading 1 the measure stands under (Kunnskapsdepartementet, Arbeids- og inkluderingsdepartementet);
each measure is a Heading 2 with prose under it and a closing italic line «Delmål x.y · Virkemiddel: … · Samarbeid:
…» in the ministry's lower-case words; two of the lines leave out «Samarbeid:», those measures naming their
partners only in the prose («sammen med fylkeskommunene og Kompetanseforbundet»). A trial ended the year before is
told in the intro (one column), and a law proposal work on which starts next year has a Heading 2 of its own with no italic line. The columns flow: a measure
can start at the foot of the left column and go on at the top of the right one."""
from __future__ import annotations

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_to_pdf, row

FILENAME = "Regjeringens rapport til Kompetansepolitisk råd – tiltak 2090.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice from a DOCX (python-docx) whose body after the title block is a continuous "
          "section in two newspaper columns (w:cols num=2, separator line); dates and /ID fixed")
SHAPE = ("ordinary ministry report set in two columns: title and intro across the page, then the ministries as "
         "Heading 1 (Kunnskapsdepartementet, Arbeids- og inkluderingsdepartementet – the responsible), one Heading 2 per "
         "measure with one or two paragraphs and a closing italic line «Delmål 1.3 · Virkemiddel: digitalt verktøy · "
         "Samarbeid: …» – two lines without «Samarbeid:», the partners then only in the prose («sammen med "
         "fylkeskommunene og Kompetanseforbundet», «i samarbeid med Byggenæringens Landsforening og Oslo kommune»); "
         "the ministry's lower-case kind words (utvalg, digitalt verktøy, studieplasser, konferanse, forsøk, "
         "kartlegging); text flowing from the left column into the right; "
         "a trial ended the year before told in the intro and a Heading 2 for a law proposal whose work starts next "
         "year")
NOT_TRUTH = ("the title, the subtitle and the intro (with the trial of module-based training for adults, ended the year "
             "before), the two ministry headings, the labels of the italic lines and their Delmål and Virkemiddel "
             "values, the section 'Forslag til lov om karriereveiledning' (work starts next year), the closing line "
             "and the footer")
SPLIT_FIELDS = ("samarbeidspartnere",)
SENTENCE_FIELDS = ("beskrivelse",)

KD = "Kunnskapsdepartementet"
AID = "Arbeids- og inkluderingsdepartementet"

# (heading 1, [items]); item = (name, paragraphs, seed, dm, type, virkemiddel, partners[, partners in the italic
# line]) or (name, paragraphs); two measures name their partners only in the prose
PARTS = [
    (KD, [
        ("Kompetansebehovsutvalget – hovedrapport 2090", [
            "Kompetansebehovsutvalget (KBU) la i juni fram sin hovedrapport, som for første gang gir fylkesvise "
            "framskrivinger av behovet for fagarbeidere fram mot 2100. Kunnskapsdepartementet har ansvaret for "
            "utvalget og for sekretariatet i HK-dir, mens Arbeids- og inkluderingsdepartementet deltar i styringen "
            "av arbeidet.",
            "Rapporten ble lagt fram på et åpent seminar med 350 deltakere og er tatt i bruk i fylkeskommunenes "
            "arbeid med regionale kompetanseplaner."],
         "M03", "1.1", RAD, "utvalg", "Arbeids- og inkluderingsdepartementet"),
        ("Karrierekompasset", [
            "Karrierekompasset er et nytt digitalt verktøy der voksne i arbeid kan kartlegge egen kompetanse, "
            "sammenligne den med behovene i arbeidsmarkedet og bestille en samtale med en karriereveileder. "
            "Verktøyet er utviklet sammen med fylkeskommunene og Kompetanseforbundet.",
            "Verktøyet ble lansert i mars og hadde 61 000 brukere ved utgangen av året. Hver fjerde bruker gikk "
            "videre til en samtale med en veileder."],
         "J01", "1.3", INFO, "digitalt verktøy", "fylkeskommunene, Kompetanseforbundet", False),
        ("Fleksible studieplasser i IKT-sikkerhet", [
            "Det ble tildelt 400 nye studieplasser i IKT-sikkerhet som kan tas på deltid ved siden av jobb. "
            "Tilbudet gis ved Høgskolen i Østfold og Fagskolen Innlandet, og 370 studenter begynte høsten 2090."],
         None, "2.1", KURS, "studieplasser", "Høgskolen i Østfold, Fagskolen Innlandet"),
        ("Nasjonal konferanse om voksnes læring", [
            "Kunnskapsdepartementet arrangerte i oktober en nasjonal konferanse om fleksibel opplæring for voksne, "
            "med vekt på hvordan flere voksne kan fullføre videregående opplæring. 420 deltok, blant dem "
            "representanter for kommunene, fylkeskommunene og studieforbundene."],
         None, "3.1", ARR, "konferanse", "KS, VOFO"),
        ("Forslag til lov om karriereveiledning", [
            "Departementet tar sikte på å starte arbeidet med et forslag til lov om karriereveiledning neste år. "
            "Arbeidet er nevnt her til orientering og blir rapportert når det er i gang."]),
    ]),
    (AID, [
        ("Opplæringsløp for langtidsledige i bygg og anlegg", [
            "Nav har prøvd ut et ettårig opplæringsløp der langtidsledige får opplæring kombinert med praksis i "
            "byggebedrifter, med fagbrev som mål. Forsøket gjennomføres i samarbeid med Byggenæringens Landsforening "
            "og Oslo kommune.",
            "180 deltakere var med i 2090, og 41 av dem har fått fast jobb i bedriften der de hadde praksis."],
         None, "3.5", PROSJEKT, "forsøk", "Byggenæringens Landsforening, Oslo kommune", False),
        ("Kartlegging av norskkrav i arbeidslivet", [
            "Fafo har på oppdrag fra departementet kartlagt hvilke krav til norskferdigheter arbeidsgivere stiller "
            "ved ansettelser, og hvordan kravene påvirker mulighetene for innvandrere. Rapporten ble levert i "
            "november og følges opp sammen med IMDi."],
         None, "3.4", FOU, "kartlegging", "Fafo, IMDi"),
    ]),
]


def _two_columns(section) -> None:
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")
    sect_pr.append(cols)


def build(out) -> list[dict]:
    d = base_docx(font="Liberation Serif", size=10.5, margins_cm=2.0)
    for lvl, size in ((1, 14), (2, 11.5)):
        st = d.styles[f"Heading {lvl}"]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = d.add_paragraph()
    add_runs(p, [("Regjeringens rapport til Kompetansepolitisk råd – tiltak i 2090", "b")])
    p.runs[0].font.size = Pt(18)
    p = d.add_paragraph()
    add_runs(p, [("Kunnskapsdepartementet og Arbeids- og inkluderingsdepartementet · februar 2091", "i")])
    d.add_paragraph("Rapporten gir en oversikt over tiltakene departementene har gjennomført i 2090 for å følge opp "
                    "Nasjonal kompetansepolitisk strategi. Under hvert tiltak står delmålet i strategien det hører "
                    "til, virkemidlet og hvem departementet har samarbeidet med. Forsøket med modulstrukturert "
                    "fagopplæring for voksne ble avsluttet året før og er derfor ikke med i årets oversikt.")
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    _two_columns(sec)
    rows = []
    for dep, items in PARTS:
        d.add_heading(dep, level=1)
        for it in items:
            name, paras = it[0], it[1]
            d.add_heading(name, level=2)
            for para in paras:
                d.add_paragraph(para)
            if len(it) == 2:
                continue
            seed, dm, ty, virk, med = it[2:7]
            in_line = it[7] if len(it) > 7 else True
            p = d.add_paragraph()
            tail = f" · Samarbeid: {med}" if in_line else ""
            add_runs(p, [(f"Delmål {dm} · Virkemiddel: {virk}{tail}", "i")])
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, med, " ".join(paras)))
    p = d.add_paragraph()
    add_runs(p, [("Spørsmål om rapporten kan rettes til Kunnskapsdepartementets kompetansepolitiske avdeling.", "i")])
    footer = d.sections[0].footer.paragraphs[0]
    footer.text = "Regjeringens rapport til Kompetansepolitisk råd 2090"
    docx_to_pdf(d, out / FILENAME, author="Kunnskapsdepartementet")
    return rows


def text(path) -> str:
    """The page read column by column: the full-width block above the columns, then the left and the right half."""
    import pdfplumber
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for pg in pdf.pages:
            w, h = pg.width, pg.height
            top = 0
            if pg.page_number == 1:
                hits = pg.search("ikke med i årets oversikt.")
                top = hits[0]["bottom"] + 2 if hits else 0
                out.append(pg.crop((0, 0, w, top)).extract_text() or "")
            out.append(pg.crop((0, top, w / 2, h)).extract_text() or "")
            out.append(pg.crop((w / 2, top, w, h)).extract_text() or "")
    return "\n".join(out)
