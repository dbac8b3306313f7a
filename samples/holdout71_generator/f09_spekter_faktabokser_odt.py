"""Spekter: a Writer report (ODT) where each measure is a Heading 2 and a paragraph, and the measure's facts stand in
a text frame («Fakta») floated to the right of the paragraph: «Delmål: 2.3», «Form: prosjekt», «Eier: …», «Med: …».
In the file the frame (draw:frame / draw:text-box) is anchored to the paragraph and its XML stands at the start of the
paragraph, before the description's words, so a reader that takes the file in XML order meets the facts before the
text. Spekter's kind words (rådsarbeid, prosjekt, kampanje, kartlegging, opplæring, arena). The trap is Helse Nord's
own recruitment campaign, right after the joint apprenticeship project. One measure was phased out last year."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, PROSJEKT, RAD, Odt, odt_text, row, write_odf, odf_meta, xml_esc

FILENAME = "Spekter – rapport om kompetansetiltak 2091.odt"
MEMBER = "Spekter"
FORMAT = ("ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps) with one "
          "text frame per measure (draw:frame with draw:text-box, anchored to the paragraph, floated right with text "
          "wrapping on its left)")
SHAPE = ("Writer report with fact boxes: title, intro, one Heading 2 per measure and one description paragraph that "
         "carries a right-floated frame «Fakta» with the lines «Delmål: 1.4», «Form: rådsarbeid», «Eier: Spekter», "
         "«Med: Fagforbundet, KS» (the frame's XML stands inside the paragraph before its text); Spekter's kind words "
         "(rådsarbeid, prosjekt, kampanje, kartlegging, opplæring, arena); the RSA seat named «RSA ved Universitetet i "
         "Stavanger»; one measure phased out at the last turn of the year, told in its paragraph")
NOT_TRUTH = ("the title, intro and closing line, the frames' heading «Fakta» and labels, the Delmål and Form values, "
             "«–», the section 'E-læring i smittevern' (phased out at the last turn of the year)")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, dm, form, eier, med, seed, type
MEASURES = [
    ("RSA ved Universitetet i Stavanger",
     "Spekter har en av arbeidslivsplassene i rådet for samarbeid med arbeidslivet ved UiS. Rådet arbeidet i 2091 med "
     "praksis i sykepleie- og paramedisinutdanningene og med etter- og videreutdanning for ansatte i "
     "Helse Stavanger.", "1.4", "rådsarbeid", "Spekter", "", "M04", RAD),
    ("Læreplassløftet i helse – lærlinger i helseforetakene",
     "Helseforetakene tok inn 520 nye lærlinger i helsearbeiderfaget i 2091, mot 360 året før. Spekter har ledet "
     "arbeidsgiversiden i prosjektet og samlet lærlingansvarlige fra alle helseregionene to ganger.",
     "2.3", "prosjekt", "Spekter", "Fagforbundet, KS", "J02", PROSJEKT),
    ("Helse Nords rekrutteringskampanje for helsefagarbeidere",
     "Helse Nord laget en egen kampanje i sosiale medier for å rekruttere ungdom til helsearbeiderfaget i Nord-Norge. "
     "Kampanjen er Helse Nords egen og er ikke en del av Læreplassløftet.",
     "2.3", "kampanje", "Helse Nord RHF", "", None, INFO),
    ("Kartlegging av kompetansebehov i spesialisthelsetjenesten",
     "Spekter har kartlagt hvilke spesialsykepleiere og bioingeniører helseforetakene vil mangle de neste ti årene. "
     "Kartleggingen ble gjort sammen med de regionale helseforetakene og lagt fram i oktober.",
     "1.1", "kartlegging", "Spekter", "Helse Nord RHF, Helse Midt-Norge RHF, Helse Vest RHF, Helse Sør-Øst RHF",
     None, FOU),
    ("Kurs i fagspråk og pasientkommunikasjon for helsepersonell utdannet i utlandet",
     "Et kurs i norsk fagspråk og pasientkommunikasjon for leger og sykepleiere med utdanning fra utlandet, gitt ved "
     "Oslo universitetssykehus. 150 deltok i 2091.",
     "2.6", "opplæring", "Oslo universitetssykehus", "", None, KURS),
    ("Spekters kompetansekonferanse",
     "Spekter samlet 320 ledere fra helseforetak og andre virksomheter til en konferanse om heltid, turnus og "
     "kompetanse i juni.", "2.2", "arena", "Spekter", "", None, ARR),
    ("E-læring i smittevern",
     "Kurset ble faset ut ved forrige årsskifte og er erstattet av de nasjonale kursene i Helsebiblioteket.",
     "2.4", "opplæring", "Spekter", "", "", None),
]


class _FrameOdt(Odt):
    def heading2(self, text):
        self.h(text, level=2)

    def frame_para(self, n: int, facts: list[tuple[str, str]], text: str):
        lines = ['<text:p text:style-name="P_boxhead">Fakta</text:p>']
        for label, value in facts:
            lines.append(f'<text:p text:style-name="P_box"><text:span text:style-name="T_b">{xml_esc(label)}:'
                         f'</text:span> {xml_esc(value)}</text:p>')
        frame = (f'<draw:frame draw:style-name="fr1" draw:name="Fakta{n}" text:anchor-type="paragraph" '
                 f'svg:x="10.6cm" svg:y="0cm" svg:width="5.6cm" draw:z-index="{n}">'
                 f'<draw:text-box fo:min-height="2.2cm">{"".join(lines)}</draw:text-box></draw:frame>')
        self.body.append(f'<text:p text:style-name="P_body">{frame}{xml_esc(text)}</text:p>')

    def _auto_styles(self) -> str:
        extra = ('<style:style style:name="fr1" style:family="graphic"><style:graphic-properties '
                 'style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" '
                 'style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" '
                 'fo:margin-left="0.3cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" '
                 'fo:background-color="#eaf1f7" draw:fill="solid" draw:fill-color="#eaf1f7" fo:padding="0.15cm" '
                 'fo:border="0.5pt solid #4a6f94"/>'
                 '</style:style>'
                 '<style:style style:name="P_box" style:family="paragraph" style:parent-style-name="Standard">'
                 '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
                 '<style:text-properties fo:font-size="8.5pt"/></style:style>'
                 '<style:style style:name="P_boxhead" style:family="paragraph" style:parent-style-name="Standard">'
                 '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>'
                 '<style:text-properties fo:font-size="8.5pt" fo:font-weight="bold" fo:color="#4a6f94"/>'
                 '</style:style>'
                 '<style:style style:name="P_body" style:family="paragraph" style:parent-style-name="Standard">'
                 '<style:paragraph-properties fo:margin-bottom="0.6cm"/></style:style>')
        return super()._auto_styles() + extra


def build(out) -> list[dict]:
    o = _FrameOdt(font="Liberation Sans", size="10.5pt")
    o.p("Spekter – rapport om kompetansetiltak 2091", style="P_title")
    o.p("Spekter rapporterer her tiltakene arbeidsgiverforeningen og medlemsvirksomhetene har gjennomført i 2091 for "
        "å følge opp Nasjonal kompetansepolitisk strategi. Fakta om hvert tiltak står i boksen ved siden av teksten.")
    rows = []
    for n, (name, txt, dm, form, eier, med, seed, ty) in enumerate(MEASURES, 1):
        o.heading2(name)
        o.frame_para(n, [("Delmål", dm), ("Form", form), ("Eier", eier), ("Med", med or "–")], txt)
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, eier, med, txt))
    o.p("Oslo, januar 2092 – Spekter, avdeling for kompetanse og utdanning", style="P_small")
    path = out / FILENAME
    write_odf(path, "application/vnd.oasis.opendocument.text", o.content(), o.styles("Spekter · KPR-rapport 2091"),
              odf_meta("Spekter – rapport om kompetansetiltak 2091", "Tone Mørk"))
    return rows


def text(path) -> str:
    return odt_text(path)
