"""LO: an ordinary Word table whose goal column holds hyperlinks to the strategy's page for each delmål. The visible
link text is LO's short name for the goal («Karrieremuligheter i yrkesfagene»); the code is found only in the link
target («…/kompetansestrategien/delmal-2-3/»). A web course that was closed at the end of 2096 is told only in words."""
from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO – innsats i kompetansepolitikken 2097.docx"
MEMBER = "LO"
FORMAT = ("DOCX (python-docx), landscape, one ruled six-column table with a shaded header row; the goal cells are "
          "w:hyperlink elements with external relationships (Hyperlink character style), zip normalised")
SHAPE = ("ordinary Word table with the goal given as a link: a letter-like head, title, an intro saying that the "
         "column «Mål i strategien» links to the delmål on regjeringen.no, header Innsats / Resultat i 2097 / Mål i "
         "strategien / Type innsats / Ansvar i LO / Partnere; each goal cell is a hyperlink whose text is LO's short "
         "name for the goal («Karrieremuligheter i yrkesfagene», «Fleksibel opplæring for voksne», «Koble "
         "virksomheter og tilbydere», «Kunnskap om læring i arbeidslivet», «Dokumentere kompetanse fra "
         "arbeidslivet») and whose target ends «…/kompetansestrategien/delmal-2-3/», the only place the code "
         "stands; LO's kind words (Rådsarbeid, Kurs, Kampanje, Nettverk, Undersøkelse, Konferanse); the SRY seat "
         "«Faglig råd for elektro og datateknologi – LOs plasser»; LO's own course for its new members of the "
         "faglige råd (about SRY, not a seat); a web course closed at the end of 2096 told only in words; a signature")
NOT_TRUTH = ("the head, title and intro, the header, the goal link texts and targets, the Type innsats cells, the row "
             "'Nettkurs i arbeidsrett for lærlinger' (closed at the end of 2096), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

BASE = "https://www.regjeringen.no/no/tema/utdanning/kompetansestrategien/delmal-{}/"
SHORT = {"2.3": "Karrieremuligheter i yrkesfagene", "3.1": "Fleksibel opplæring for voksne",
         "2.4": "Koble virksomheter og tilbydere", "2.2": "Kunnskap om læring i arbeidslivet",
         "2.5": "Dokumentere kompetanse fra arbeidslivet", "2.1": "Digital kompetanse i arbeidsstyrken"}

# name, resultat, delmål, type innsats, ansvar, partnere, seed, type
ROWS = [
    ("Faglig råd for elektro og datateknologi – LOs plasser",
     "LO har to av arbeidstakerplassene i det faglige rådet. Rådet foreslo i 2097 nye fag i dronefag og "
     "batteriteknikk og ga råd om dimensjoneringen av læreplasser.", "2.3", "Rådsarbeid",
     "EL og IT Forbundet", "", "M05", RAD),
    ("Grunnkurs for nye LO-medlemmer i faglige råd",
     "Todagers kurs for tillitsvalgte som ble oppnevnt til faglige råd i SRY-systemet i 2097, med 38 deltakere. "
     "Kurset er LOs eget og er ikke en del av rådenes arbeid.", "2.3", "Kurs", "LOs kompetanseavdeling",
     "Fellesforbundet, Fagforbundet", None, KURS),
    ("Voksenløftet 2097 – LO på arbeidsplassene",
     "Tillitsvalgte i 120 virksomheter spredte informasjon fra Voksenløftet om fagbrev på jobb og rett til "
     "videregående opplæring for voksne.", "3.1", "Kampanje", "LO Distrikt", "HK-dir, fylkeskommunene", "J01", INFO),
    ("Nettverk for kompetansetillitsvalgte",
     "Fire nettverkssamlinger for tillitsvalgte som arbeider med kompetanseplaner i egen virksomhet, i alt 160 "
     "deltakere.", "2.4", "Nettverk", "LO Distrikt", "AOF Norge", None, RAD),
    ("Undersøkelse om opplæring blant deltidsansatte",
     "Fafo undersøkte for LO hvor mye opplæring deltidsansatte får sammenlignet med heltidsansatte. Deltidsansatte "
     "fikk i snitt halvparten så mye.", "2.2", "Undersøkelse", "LOs samfunnspolitiske avdeling", "Fafo", None, FOU),
    ("Fagbrevkonferansen 2097",
     "Konferanse i Oslo om fagbrev på jobb og vurdering av realkompetanse, med 280 deltakere fra bedrifter, "
     "fylkeskommuner og fagforeninger.", "2.5", "Konferanse", "LOs kompetanseavdeling", "NHO, HK-dir", None, ARR),
    ("Nettkurs i arbeidsrett for lærlinger",
     "Nettkurset ble lagt ned ved utgangen av 2096 og er ikke videreført.", "2.1", "Nettkurs", "LO Ung", "", "", None),
]


def _link(paragraph, text: str, url: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    h.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "17")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    paragraph._p.append(h)


def _hyperlink_style(d) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_UNDERLINE
    from docx.shared import RGBColor
    st = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    st.font.underline = WD_UNDERLINE.SINGLE


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    _hyperlink_style(d)
    p = d.add_paragraph()
    runs(p, [("Landsorganisasjonen i Norge (LO)", "b"), ("\nTil: Sekretariatet for Kompetansepolitisk råd\n"
                                                         "Dato: 13. januar 2098", "")])
    p = d.add_paragraph()
    runs(p, [("LOs innsats i kompetansepolitikken 2097", "bs16")])
    d.add_paragraph(
        "Her er LOs rapport for 2097. Kolonnen «Mål i strategien» lenker til delmålet på regjeringen.no, slik at "
        "dere kan se hvilket av strategiens mål innsatsen hører til.")
    head = ["Innsats", "Resultat i 2097", "Mål i strategien", "Type innsats", "Ansvar i LO", "Partnere"]
    body = [[n, g, "", k, a, pa] for n, g, _dm, k, a, pa, *_r in ROWS]
    t = ruled_table(d, head, body, [5.0, 8.6, 4.2, 2.4, 3.4, 2.9], fill="F4CCCC", size=9)
    for tr, (_n, _g, dm, *_r) in zip(t.rows[1:], ROWS):
        _link(tr.cells[2].paragraphs[0], SHORT[dm], BASE.format(dm.replace(".", "-")))
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Med vennlig hilsen", ""), ("\nKari-Anne Vold", "b"), ("\nrådgiver, LOs kompetanseavdeling", "")])
    for s in d.sections:
        s.footer.paragraphs[0].text = "LO · Youngs gate 11 · 0181 Oslo"
        s.footer.paragraphs[0].runs[0].font.size = Pt(8)
    (out / FILENAME).write_bytes(docx_bytes(d, "Kari-Anne Vold"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, pa, g) for n, g, dm, _k, a, pa, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)


def link_targets(path) -> list[str]:
    """The hyperlink targets in the order the links stand in the document."""
    import re
    import zipfile
    z = zipfile.ZipFile(path)
    rels = {}
    rel_xml = z.read("word/_rels/document.xml.rels").decode()
    for m in re.finditer(r"<Relationship [^>]*>", rel_xml):
        rid = re.search(r'Id="([^"]+)"', m.group(0)).group(1)
        target = re.search(r'Target="([^"]+)"', m.group(0)).group(1)
        rels[rid] = target
    doc = z.read("word/document.xml").decode()
    return [rels[r] for r in re.findall(r'<w:hyperlink [^>]*r:id="([^"]+)"', doc)]
