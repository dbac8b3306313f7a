"""Word documents in prose: direct-numbered list (UHR), run-in headings (Fagskolerådet), NHO draft."""
from __future__ import annotations

import os

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from .common import Row, new_docx, save_docx

# ------------------------------------------------------------------ UHR
UHR_FILE = "UHR_innrapportering_tiltak_2057.docx"
UHR = [
    ("M03", "Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høgskoler", "1.4",
     "Råd", "Den enkelte institusjon", "", "Råd/utvalg/nettverk",
     "Alle medlemsinstitusjonene har RSA. Rådene gir innspill til studieporteføljen og til praksis- "
     "og samarbeidsavtaler med arbeidslivet."),
    ("M04", "UHRs fagstrategiske enheter", "1.4", "Nettverk", "UHR", "Medlemsinstitusjonene",
     "Råd/utvalg/nettverk",
     "De fagstrategiske enhetene – blant annet UHR-Lærerutdanning, UHR-Helse og velferd og UHR-MNT – "
     "samler institusjonene om kvalitet og arbeidslivsrelevans i utdanningene."),
    ("R117", "Kartlegging av RSA-ordningen", "1.4", "Utredning", "UHR-sekretariatet", "NIFU", "FoU",
     "Spørreundersøkelse til alle RSA-ledere om sammensetning, møtehyppighet og hvordan rådenes "
     "innspill følges opp. Rapporten publiseres i januar 2058."),
    ("R118", "Felles søkeportal for etter- og videreutdanning", "2.4", "Digital tjeneste", "UHR",
     "HK-dir", "Informasjon",
     "Portalen samler alle EVU-tilbud fra medlemsinstitusjonene, med filtre for nettbaserte og "
     "samlingsbaserte tilbud."),
    ("R119", "Kompletterende utdanning for lærere med utdanning fra utlandet", "2.6", "Studietilbud",
     "OsloMet og UiT", "HK-dir", "Kurs/utdanning",
     "Tilbudet ble utvidet med 60 nye plasser i 2057 og gis nå også som deltidsstudium."),
]
_DM_WORDS = {
    "1.4": "samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.4": "koble virksomhetenes kompetansebehov til etter- og videreutdanning",
    "2.6": "godkjenning av utenlandsk utdanning og kompletterende utdanning",
}
_NUM_ID = "57"


def _add_numbering(d) -> None:
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="57">'
        '<w:nsid w:val="5A7C2057"/><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr>'
        '<w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="852" w:hanging="426"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{_NUM_ID}"><w:abstractNumId w:val="57"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)
    numbering.append(num)


def _numbered(d, text: str, level: int, bold: bool = False):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), _NUM_ID)
    numPr.extend([ilvl, nid])
    pPr.append(numPr)
    r = p.add_run(text)
    r.bold = bold
    return p


def build_uhr(out: str) -> list[Row]:
    d = new_docx("UHR – tiltak 2057", "Universitets- og høgskolerådet")
    _add_numbering(d)
    d.add_heading("Universitets- og høgskolerådet (UHR)", level=1)
    d.add_paragraph("Innrapportering av tiltak til Kompetansepolitisk råd for 2057").runs[0].bold = True
    d.add_paragraph(
        "Under følger UHRs tiltak, nummerert fortløpende. For hvert tiltak oppgis delmål i strategien, "
        "form, ansvar og en kort omtale av status.")
    rows: list[Row] = []
    for seed, name, dm, form, ans, sam, typ, besk in UHR:
        _numbered(d, name, 0, bold=True)
        _numbered(d, f"Delmål {dm} – {_DM_WORDS[dm]}", 1)
        _numbered(d, f"Form: {form} | Ansvar: {ans} | Partnere: {sam or '–'}", 1)
        p = d.add_paragraph(besk)
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.space_after = Pt(10)
        rows.append(Row(UHR_FILE, "UHR", name, seed, dm, typ, ans, sam, besk))
    d.add_paragraph("Oslo, 18. november 2057")
    d.add_paragraph("UHR-sekretariatet")
    save_docx(d, os.path.join(out, UHR_FILE))
    return rows


# ------------------------------------------------------------ Fagskolerådet
FAG_FILE = "Fagskoleraadet_aarsrapport_tiltak_2057.docx"
FAG = [
    ("M05", "Medlemskap i Nasjonalt fagskuleråd", "2.4", "Råd", "Råd/utvalg/nettverk",
     "Fagskolerådet har to faste medlemer i rådet og har i 2057 særleg arbeidd for betre finansiering "
     "av fagskuletilbod innan helse og teknikk."),
    ("R127", "Fagskuledagen 2057", "2.4", "Seminar", "Arrangement",
     "Seminar om arbeidet og tilrådingane til Nasjonalt fagskuleråd, skipa for fagskuleleiarar og "
     "bransjane i Bergen 4. oktober. Om lag 150 deltok."),
    ("R128", "Bransjeråd for fagskulane", "1.4", "Nettverk", "Råd/utvalg/nettverk",
     "Vi har etablert eit nettverk av bransjeråd der kvar fagretning møter arbeidslivet to gonger i "
     "året for å justere studieplanane."),
    ("R129", "Fleksible fagskuletilbod for vaksne i jobb", "3.1", "", "Kurs/utdanning",
     "Fleire fagskular tilbyr no deltidsstudium med nettundervisning og helgesamlingar, slik at "
     "vaksne kan studere ved sida av jobb."),
]


def build_fagskoleradet(out: str) -> list[Row]:
    d = new_docx("Årsrapport 2057", "Fagskolerådet")
    d.add_heading("Fagskolerådet – årsrapport 2057", level=1)
    d.add_heading("Tiltak under Nasjonal kompetansepolitisk strategi", level=2)
    d.add_paragraph(
        "Fagskolerådet representerer fagskulane i landet. I 2057 har vi prioritert arbeidet med "
        "finansiering, kvalitet og fleksible tilbod. Nedanfor omtaler vi dei tiltaka vi rapporterer "
        "til Kompetansepolitisk råd. Anna arbeid i styret er omtalt i kapittel 4.")
    rows: list[Row] = []
    for seed, name, dm, own, typ, besk in FAG:
        p = d.add_paragraph()
        p.add_run(name + ". ").bold = True
        p.add_run(besk)
        meta = d.add_paragraph()
        mr = meta.add_run(f"Delmål: {dm}" + (f" · Type: {own}" if own else ""))
        mr.italic = True
        mr.font.size = Pt(9)
        mr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        rows.append(Row(FAG_FILE, "Fagskolerådet", name, seed, dm, typ, "", "", besk))
    d.add_heading("4. Anna arbeid i styret", level=2)
    d.add_paragraph(
        "Styret har hatt sju møte. Rådet har gitt høyringssvar om ny forskrift for fagskuleutdanning "
        "og delteke i dialogmøte med departementet.")
    save_docx(d, os.path.join(out, FAG_FILE))
    return rows


# ------------------------------------------------------------ NHO draft
NHO_DRAFT_FILE = "NHO_tiltaksrapport_2057_UTKAST_v0.3.docx"


def build_nho_draft(out: str) -> list[Row]:
    d = new_docx("UTKAST – NHO tiltak 2057", "NHO Kompetanse")
    h = d.add_paragraph()
    r = h.add_run("UTKAST v0.3 – IKKE TIL FORDELING")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.add_paragraph("Erstattes av endelig versjon (Excel) som sendes sekretariatet innen fristen.")
    d.add_heading("NHOs tiltak 2057 – arbeidsnotat", level=2)
    for txt in [
        "Kompetansebehovsutvalget – NHO sitter i utvalget [beskrivelse mangler, spør sjeføkonom]",
        "KOMPASS – partsprosjekt med LO i verftene [sjekk tall med Norsk Industri]",
        "Kompetansebarometeret – ny runde [dato?]",
        "Skolering av representanter i SRY / faglige råd – delmål 2.3?",
        "Reiseliv: fagbrev på jobb – ta med eller ikke?",
        "Havbruk – videreføring av KOMPASS? (NHO Sjømat)",
    ]:
        d.add_paragraph(txt, style="List Bullet")
    d.add_paragraph("Kommentar fra KHT: Husk å bruke tiltakstypene fra malen. Typer må avklares før utsending.")
    save_docx(d, os.path.join(out, NHO_DRAFT_FILE))
    return []
