"""Virke: an ordinary Word report sent with the «UTKAST» watermark still in the page header (a VML text-path shape
in the header, as Word's Design → Watermark makes it); the text is the final one. The headings are questions in
Virke's words that paraphrase a delmål («Hvordan har vi styrket den digitale kompetansen hos de ansatte?»). Each
measure is a paragraph opening with the bold name, sometimes a kind word in brackets, then prose where the responsible
unit and the partners are named in sentences. Two bold-named paragraphs are not 2084 measures («ble avsluttet i fjor»,
«neste vår»)."""
from __future__ import annotations

from docx.oxml import parse_xml
from docx.shared import Pt

from .common import FOU, INFO, KURS, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Virke – slik fulgte vi opp strategien i 2084.docx"
MEMBER = "Virke"
FORMAT = ("DOCX (python-docx) with a Word watermark «UTKAST» left in the header (VML v:shape with v:textpath, "
          "PowerPlusWaterMarkObject), zip normalised")
SHAPE = ("final report still carrying the «UTKAST» watermark; headings are questions paraphrasing the delmål («Hvordan "
         "har vi bidratt til at flere velger og fullfører yrkesfag?», «Hvordan har vi koblet virksomhetenes behov til "
         "utdanningstilbudene?», «Hvordan har vi styrket den digitale kompetansen hos de ansatte?», «Hva vet vi mer om "
         "læring i arbeidslivet?»); each measure a paragraph opening with the bold name, a kind word in brackets for "
         "some («(nettportal)», «(bransjeprogram)», «(kartlegging)»), then prose naming the responsible unit and "
         "partners; two bold-named paragraphs are not 2084 measures, said only in their text")
NOT_TRUTH = ("the watermark, the title, intro and question headings, the kind words in brackets, the paragraph "
             "'Lærebedriftsnettverket i Vestfold' (ended last year), the paragraph 'Lederundersøkelsen om "
             "kompetanse' (to be sent next spring), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject357476642" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:164.95pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" '
    'stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" '
    'string="UTKAST"/></v:shape></w:pict></w:r>')

# heading, [(name, kind word or "", text, ansvarlig, partners, seed, dm, type)]
SECTIONS = [
    ("Hvordan har vi bidratt til at flere velger og fullfører yrkesfag?", [
        ("Faglig råd for salg, service og reiseliv", "",
         "Virke har en plass i det faglige rådet under SRY, og Virke Handel møter for oss. Rådet arbeidet i 2084 med "
         "ny læreplan i salgsfaget og med en plan for flere læreplasser i varehandelen i distriktene.",
         "Virke Handel", "", "M04", "2.3", RAD),
        ("Lærebedriftsnettverket i Vestfold", "nettverk",
         "Nettverket ble avsluttet i fjor, og vi har ikke hatt aktivitet i det i 2084. Erfaringene er brukt i arbeidet "
         "i det faglige rådet.", "", "", "", "", None),
    ]),
    ("Hvordan har vi koblet virksomhetenes behov til utdanningstilbudene?", [
        ("Kompetanseveien", "nettportal",
         "Portalen samler korte og fleksible kurs for folk i jobb. Virke Kompetanse har fulgt opp arbeidet for oss, "
         "og portalen eies sammen med NHO og Fagskolerådet, mens HK-dir står for driften. I 2084 kom over 60 nye "
         "tilbud for handel og service på plass.",
         "Virke Kompetanse", "NHO, Fagskolerådet, HK-dir", "J01", "2.4", INFO),
        ("Bransjeprogram for ideell sektor", "bransjeprogram",
         "Virke Ideell og frivillighet har drevet programmet sammen med VID vitenskapelige høgskole og Diakonhjemmet "
         "sykehus. Ansatte i ideelle helse- og omsorgsvirksomheter tok moduler i ledelse og velferdsteknologi, og 210 "
         "fullførte minst én modul i 2084.",
         "Virke Ideell og frivillighet", "VID vitenskapelige høgskole, Diakonhjemmet sykehus", None, "2.4", KURS),
    ]),
    ("Hvordan har vi styrket den digitale kompetansen hos de ansatte?", [
        ("KI-lappen", "",
         "Virke leder arbeidet med KI-lappen, et nettkurs i grunnleggende bruk av kunstig intelligens på jobben, i "
         "samarbeid med YS og HK-dir. Kurset ble tatt av 9 800 ansatte i handel og service i 2084.",
         "Virke", "YS, HK-dir", "J05", "2.1", KURS),
    ]),
    ("Hva vet vi mer om læring i arbeidslivet?", [
        ("Seniorer i handelen", "kartlegging",
         "Virke Analyse har kartlagt hvordan butikker og kjeder legger til rette for læring for ansatte over 55 år, i "
         "samarbeid med Senter for seniorpolitikk. Kartleggingen viser at bare hver femte senior fikk opplæring i nye "
         "kassesystemer på arbeidstiden.",
         "Virke Analyse", "Senter for seniorpolitikk", None, "2.2", FOU),
        ("Lederundersøkelsen om kompetanse", "",
         "Undersøkelsen blant ledere i medlemsvirksomhetene skal sendes ut neste vår.", "", "", "", "", None),
    ]),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=11, margins_cm=2.4)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "Virke – rapport til Kompetansepolitisk råd"
    hdr._p.append(parse_xml(WATERMARK))
    p = d.add_paragraph()
    add_runs(p, [("Slik fulgte Virke opp kompetansestrategien i 2084", "b")])
    p.runs[0].font.size = Pt(17)
    d.add_paragraph("Virke organiserer virksomheter i handel, tjenesteyting, kunnskap og ideell sektor. Vi har valgt å "
                    "svare på spørsmålene rådet stilte i bestillingen, og omtaler tiltakene under det spørsmålet de "
                    "hører best hjemme.")
    rows = []
    for head, items in SECTIONS:
        d.add_heading(head, level=2)
        for name, kind, txt, ans, med, seed, dm, ty in items:
            parts = [(name, "b")]
            if kind:
                parts.append((f" ({kind})", ""))
            parts.append((" – " + txt, ""))
            add_runs(d.add_paragraph(), parts)
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    d.add_paragraph()
    add_runs(d.add_paragraph(), [("Kontakt: Silje Brekke Nilsen, fagsjef kompetanse, Virke", "i")])
    save_docx(d, out / FILENAME, "Silje Brekke Nilsen")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
