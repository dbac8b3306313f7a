"""Regjeringen (KD): a ministry report in Word where every measure is a bold name in running text with an endnote
reference; the delmål, the kind of measure, the responsible and the partners are only in the endnotes
(word/endnotes.xml), which Word prints at the end of the document."""
from __future__ import annotations

import zipfile

from .common import FOU, KURS, RAD, normalise_ooxml, ooxml_paragraphs, row, xml_esc

FILENAME = "KD – rapport til Kompetansepolitisk råd 2075 (sluttnoter).docx"
MEMBER = "Regjeringen"
FORMAT = ("DOCX (python-docx) with a hand-added endnotes part (word/endnotes.xml with separator notes, "
          "endnoteReference runs in the body, EndnoteText/EndnoteReference styles), zip normalised")
SHAPE = ("ministry report in running prose under numbered headings; each measure is a bold name followed by an "
         "endnote mark and a description in the same paragraph; the facts (delmål as code, code+words or words "
         "only; the kind in KD's words; Ansvar; Samarbeid) exist only in the endnote text at the end; a closing "
         "section names a measure finished in 2074 and one planned for 2076, the latter with its own endnote "
         "(not truth rows)")
NOT_TRUTH = ("the title, the introduction and section 1, the section 'Avsluttet og planlagt' (Stortingsmelding om "
             "fagskolene – finished 2074; Nasjonal EVU-portal, versjon 2 – planned 2076, with an endnote that looks "
             "like a measure's), the contact line, the separator endnotes")

# (name, description, endnote text, truth)
MEASURES = [
    ("Kompetansebehovsutvalget (KBU)",
     "Utvalget la i juni 2075 fram sin hovedrapport om kompetansebehov i det grønne skiftet. KD leder "
     "sekretariatet, og utvalget hadde fem møter i året.",
     "Delmål 1.1. Virkemiddel: utvalg. Ansvar: KD. Samarbeid: ASD, KDD, partene i arbeidslivet.",
     ("M01", "1.1", RAD, "KD", "ASD, KDD, partene i arbeidslivet")),
    ("Nasjonalt forum for karriereveiledning",
     "Forumet møttes fire ganger og ga råd om revisjon av kvalitetsrammeverket for karriereveiledning.",
     "Delmål 1.3 Karriereveiledning. Virkemiddel: nettverk. Ansvar: HK-dir. Samarbeid: KD, fylkeskommunene, "
     "partene i arbeidslivet.",
     ("M06", "1.3", RAD, "HK-dir", "KD, fylkeskommunene, partene i arbeidslivet")),
    ("Blått kompetanseløft – etter- og videreutdanning for havbruk og sjømat",
     "Tilskuddsordningen ga 14 fagskole- og høyskolemoduler for ansatte i havbruk og sjømatindustri, utviklet "
     "sammen med bedriftene.",
     "Delmål: Koble kompetansebehov i virksomhetene til utdanningstilbydere. Virkemiddel: tilskudd til "
     "utdanningstilbud. Ansvar: NFD og KD. Samarbeid: Møre og Romsdal fylkeskommune, Sjømat Norge.",
     ("J04", "2.4", KURS, "NFD og KD", "Møre og Romsdal fylkeskommune, Sjømat Norge")),
    ("Utredning av voksnes rett til videregående opplæring",
     "Et eksternt utredningsmiljø har vurdert hvordan retten virker for voksne over 25 år som mangler "
     "studie- eller yrkeskompetanse.",
     "Delmål 3.1. Virkemiddel: utredning. Ansvar: KD. Samarbeid: Fylkeskommunene.",
     (None, "3.1", FOU, "KD", "Fylkeskommunene")),
    ("Evaluering av Samarbeidsrådet for yrkesopplæring",
     "Departementet har satt i gang en evaluering av hvordan SRY og de faglige rådene fungerer etter "
     "endringene i opplæringsloven; sluttrapport kommer i 2076.",
     "Delmål 2.3 Karrieremulighetene i yrkesfagene. Virkemiddel: evaluering. Ansvar: KD. Samarbeid: "
     "Utdanningsdirektoratet.",
     (None, "2.3", FOU, "KD", "Utdanningsdirektoratet")),
    ("Kompetansepluss arbeid",
     "Tilskudd til opplæring i lesing, skriving, regning og digitale ferdigheter for ansatte; 310 virksomheter "
     "fikk tilskudd i 2075.",
     "Delmål 3.2. Virkemiddel: tilskuddsordning for opplæring. Ansvar: HK-dir. Samarbeid: –.",
     (None, "3.2", KURS, "HK-dir", "")),
]

OTHER = [
    ("Stortingsmelding om fagskolene",
     "ble lagt fram i 2074 og er ikke tatt med som tiltak i år.", None),
    ("Nasjonal EVU-portal, versjon 2",
     "er planlagt lansert høsten 2076.",
     "Delmål 1.3. Virkemiddel: digital tjeneste. Ansvar: HK-dir. Planlagt 2076."),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _endnote_ref(paragraph, nid: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "EndnoteReference")
    rpr.append(rs)
    r.append(rpr)
    ref = OxmlElement("w:endnoteReference")
    ref.set(qn("w:id"), str(nid))
    r.append(ref)
    paragraph._p.append(r)


def _endnotes_xml(notes: list[tuple[int, str]]) -> bytes:
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes xmlns:w="{W_NS}">',
             '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>',
             '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for nid, text in notes:
        parts.append(f'<w:endnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr>'
                     f'<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
                     f'<w:r><w:t xml:space="preserve"> {xml_esc(text)}</w:t></w:r></w:p></w:endnote>')
    parts.append("</w:endnotes>")
    return "".join(parts).encode("utf-8")


STYLES_ADD = ('<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/>'
              '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>').encode()


def build(out) -> list[dict]:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    doc.core_properties.author = "Kunnskapsdepartementet"
    doc.core_properties.title = "Rapport til Kompetansepolitisk råd 2075"
    doc.core_properties.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Kunnskapsdepartementets rapport til Kompetansepolitisk råd for 2075", 0)
    doc.add_paragraph("Departementene rapporterer her på oppfølgingen av Nasjonal kompetansepolitisk strategi. "
                      "Opplysninger om delmål, virkemiddel, ansvar og samarbeid står i sluttnotene.")
    doc.add_heading("1 Innledning", 1)
    doc.add_paragraph("Rapporten er samordnet av KD med innspill fra ASD, NFD og KDD. Tallene gjelder per "
                      "31. desember 2075.")
    doc.add_heading("2 Tiltak i 2075", 1)
    notes = []
    rows = []
    nid = 0
    for name, desc, note, truth in MEASURES:
        nid += 1
        p = doc.add_paragraph()
        p.add_run(name).bold = True
        _endnote_ref(p, nid)
        p.add_run(" " + desc)
        notes.append((nid, note))
        sid, dm, typ, ansv, samarb = truth
        rows.append(row(FILENAME, MEMBER, name, sid, dm, typ, ansv, samarb, desc))
    doc.add_heading("3 Avsluttet og planlagt", 1)
    for name, desc, note in OTHER:
        p = doc.add_paragraph()
        p.add_run(name).italic = True
        if note:
            nid += 1
            _endnote_ref(p, nid)
            notes.append((nid, note))
        p.add_run(" " + desc)
    doc.add_paragraph("Kontakt: seniorrådgiver Ingrid Solbakken, Kunnskapsdepartementet.")
    path = out / FILENAME
    doc.save(path)

    def ct(data: bytes) -> bytes:
        return data.replace(b"</Types>", b'<Override PartName="/word/endnotes.xml" ContentType="application/'
                            b'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')

    def rels(data: bytes) -> bytes:
        return data.replace(b"</Relationships>", b'<Relationship Id="rIdEn1" Type="http://schemas.openxmlformats'
                            b'.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
                            b"</Relationships>")

    def styles(data: bytes) -> bytes:
        return data.replace(b"</w:styles>", STYLES_ADD + b"</w:styles>")

    normalise_ooxml(path, extra={"[Content_Types].xml": ct, "word/_rels/document.xml.rels": rels,
                                 "word/styles.xml": styles},
                    add=[("word/endnotes.xml", _endnotes_xml(notes))])
    return rows


def text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return ooxml_paragraphs(z.read("word/document.xml")) + "\n" + ooxml_paragraphs(z.read("word/endnotes.xml"))
