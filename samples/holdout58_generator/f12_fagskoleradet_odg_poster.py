"""Fagskolerådet: an A3 poster drawn in LibreOffice Draw (.odg) for the council meeting, in Nynorsk. Two columns of
rounded boxes under the headings of the hovedinnsatsområde; each box is a shape with text: the bold measure name,
a sentence, a small 'delmål/goal · kind' line and 'Ansvarleg … · Med …'. Two grey boxes at the side hold the 2077
and 2079 items. Shapes are placed freely, so the file order is the drawing order, not the reading order."""
from __future__ import annotations

from .common import ARR, INFO, KURS, PROSJEKT, RAD, ODF_NS, odf_meta, odt_text, row, write_odf, xml_esc

FILENAME = "Fagskoleradet_plakat_2078.odg"
MEMBER = "Fagskolerådet"
FORMAT = ("ODG (LibreOffice Draw drawing, hand-written OpenDocument XML: content, styles, meta, manifest; zip with "
          "fixed timestamps), A3 landscape")
SHAPE = ("Nynorsk A3 poster: title frame, two column headings (Innsatsområde 1 – Gode val; Innsatsområde 2 – Læring i "
         "arbeidslivet), five rounded rectangles with text (bold name, sentence, a small line 'delmål 1.4 · "
         "rådsarbeid' or the goal in Nynorsk words, 'Ansvarleg: … · Med: …'), two grey side boxes 'Avslutta i 2077' "
         "and 'Neste år (2079)'; shapes stored in drawing order (the 2079 box comes first in the file)")
NOT_TRUTH = ("the title, the column headings, the grey boxes 'Avslutta i 2077: Fagskuleambassadørar' and 'Neste år "
             "(2079): Fagskulebarometeret', the footer line")

# x, y (cm), name, text, tag, ansvar, med, seed, code, type
BOXES = [
    (1.5, 5.0, "Nasjonalt fagskuleråd", "Fagskolerådet har to plassar i rådet; fem møte i 2078 om "
     "kvalitet og finansiering.", "delmål 1.4 · rådsarbeid", "Fagskolerådet", "KD, NHO, KS", "M03", "1.4", RAD),
    (1.5, 11.5, "Innspel til KBU om fagskulekompetanse", "Notat til Kompetansebehovsutvalet med tal frå "
     "fagskulane om kva kompetanse arbeidslivet etterspør.", "delmål 1.1 · innspel", "Fagskolerådet", "", None,
     "1.1", INFO),
    (15.0, 5.0, "Realkompetansebanken – fagskuledelen", "Vurderingsmodellen er prøvd ut på seks fagskular.",
     "dokumentere kompetanse frå arbeidslivet · utviklingsprosjekt", "Fagskolerådet", "Unio, YS", "J04", "2.5",
     PROSJEKT),
    (15.0, 11.5, "Fagskuledagen 2078", "Open dag på 40 fagskular same dag; 6 000 besøkjande.",
     "karrieremoglegheiter i yrkesfaga · møteplass", "Fagskolerådet", "fylkeskommunane", None, "2.3", ARR),
    (15.0, 18.0, "Nettkurs i fagskulepedagogikk", "Gratis nettkurs for nye lærarar i fagskulen; 310 fullførte.",
     "2.4 · nettkurs", "Fagskolerådet", "OsloMet", None, "2.4", KURS),
]
SIDE = [(29.5, 18.0, "Neste år (2079)", "Fagskulebarometeret – ei årleg måling blant fagskulestudentar."),
        (29.5, 5.0, "Avslutta i 2077", "Fagskuleambassadørar i ungdomsskulen.")]


def _box(x, y, w, h, style, paras):
    ps = "".join(f'<text:p text:style-name="{st}">{xml_esc(t)}</text:p>' for st, t in paras)
    return (f'<draw:custom-shape draw:style-name="{style}" draw:text-style-name="P1" svg:x="{x}cm" svg:y="{y}cm" '
            f'svg:width="{w}cm" svg:height="{h}cm">{ps}<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" '
            'draw:type="round-rectangle" draw:modifiers="1800"/></draw:custom-shape>')


def build(out) -> list[dict]:
    shapes = []
    for x, y, head, txt in SIDE:
        shapes.append(_box(x, y, 11.0, 5.5, "grey", [("Pb", head), ("P1", txt)]))
    shapes.append('<draw:frame draw:style-name="plain" svg:x="1.5cm" svg:y="0.8cm" svg:width="38cm" '
                  'svg:height="2cm"><draw:text-box><text:p text:style-name="Ptitle">Fagskolerådet – dette gjorde vi '
                  'i 2078</text:p></draw:text-box></draw:frame>')
    for x, head in ((1.5, "Innsatsområde 1 – Gode val"), (15.0, "Innsatsområde 2 – Læring i arbeidslivet")):
        shapes.append(f'<draw:frame draw:style-name="plain" svg:x="{x}cm" svg:y="3.4cm" svg:width="13cm" '
                      f'svg:height="1.2cm"><draw:text-box><text:p text:style-name="Ph">{xml_esc(head)}</text:p>'
                      '</draw:text-box></draw:frame>')
    rows = []
    for x, y, name, txt, tag, ansv, med, seed, code, typ in BOXES:
        who = f"Ansvarleg: {ansv}" + (f" · Med: {med}" if med else "")
        shapes.append(_box(x, y, 12.5, 5.8, "blue", [("Pb", name), ("P1", txt), ("Psmall", tag), ("Psmall", who)]))
        rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ansv, med, txt))
    shapes.append('<draw:frame draw:style-name="plain" svg:x="1.5cm" svg:y="27.5cm" svg:width="38cm" '
                  'svg:height="1cm"><draw:text-box><text:p text:style-name="Psmall">Fagskolerådet · Kompetansepolitisk '
                  'råd, møte 2/2079</text:p></draw:text-box></draw:frame>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="blue" style:family="graphic"><style:graphic-properties '
               'draw:fill="solid" draw:fill-color="#dee6ef" svg:stroke-color="#3465a4" draw:textarea-vertical-align='
               '"top" fo:padding="0.3cm"/></style:style>'
               '<style:style style:name="grey" style:family="graphic"><style:graphic-properties draw:fill="solid" '
               'draw:fill-color="#eeeeee" svg:stroke-color="#999999" draw:textarea-vertical-align="top" '
               'fo:padding="0.3cm"/></style:style>'
               '<style:style style:name="plain" style:family="graphic"><style:graphic-properties draw:stroke="none" '
               'draw:fill="none"/></style:style>'
               '<style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="12pt"/>'
               '</style:style>'
               '<style:style style:name="Pb" style:family="paragraph"><style:text-properties fo:font-size="14pt" '
               'fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Psmall" style:family="paragraph"><style:text-properties fo:font-size="10pt" '
               'fo:font-style="italic"/></style:style>'
               '<style:style style:name="Ph" style:family="paragraph"><style:text-properties fo:font-size="20pt" '
               'fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Ptitle" style:family="paragraph"><style:text-properties fo:font-size="32pt" '
               'fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:drawing>'
               '<draw:page draw:name="Plakat" draw:master-page-name="Standard">' + "".join(shapes) +
               '</draw:page></office:drawing></office:body></office:document-content>\n')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              f'<office:document-styles {ODF_NS}><office:styles/><office:automatic-styles>'
              '<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="42cm" '
              'fo:page-height="29.7cm" style:print-orientation="landscape" fo:margin-top="0cm" fo:margin-bottom="0cm" '
              'fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>'
              '</office:automatic-styles><office:master-styles>'
              '<style:master-page style:name="Standard" style:page-layout-name="PM1"/>'
              '</office:master-styles></office:document-styles>\n')
    write_odf(out / FILENAME, "application/vnd.oasis.opendocument.graphics", content, styles,
              odf_meta("Plakat KPR 2078", "Fagskolerådet"))
    return rows


def text(path) -> str:
    return odt_text(path)
