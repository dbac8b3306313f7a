"""04 KS - DOCX where every measure sits in a floating text box (DrawingML wps with VML fallback)."""
import os
from .common import truth_row, xesc
from . import wordml as W

FILE = "04_KS_rapport_kompetansepolitisk_rad_2068.docx"
MEMBER = "KS"
FORMAT = "DOCX (hand-written WordprocessingML), text boxes"
SHAPE = ("Designed Word report: body text only holds headings and intro prose; each measure is a shaded "
         "floating text box (mc:AlternateContent with wps:txbx and a VML v:textbox fallback, as Word saves "
         "it, so the box text is stored twice); one extra text box is a pull quote; plan for 2069 in the "
         "closing prose")

# seed, delmal, type, name, typeword, desc, ansvar, partnere
SEATS = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "KBU – plass i utvalget", "Råd og utvalg",
     "KS har ett medlem i KBU og har levert tall fra kommunenes arbeidsgiverundersøkelse til utvalgets "
     "årsrapport.", "Avdeling for analyse og statistikk", ""),
    ("M02", "2.3", "Råd/utvalg/nettverk", "Oppnevning til SRY og faglige råd", "Råd og utvalg",
     "KS oppnevner medlemmer til Samarbeidsrådet for yrkesopplæring og til de faglige rådene. I 2068 ble "
     "seks nye medlemmer oppnevnt, fire av dem fra fylkeskommunene.", "Avdeling for arbeidsgiverpolitikk", ""),
    ("M06", "1.3", "Råd/utvalg/nettverk", "Nasjonalt forum for karriereveiledning", "Nettverk",
     "KS deltar i forumet på vegne av kommunesektoren og har særlig løftet karriereveiledning i "
     "voksenopplæringen.", "Avdeling for utdanning og oppvekst", ""),
]
OWN = [
    ("J02", "2.1", "Kurs/utdanning", "DigiKom – digitalt kompetanseløft i kommunene", "Opplæringsprogram",
     "Nettbaserte moduler og regionale samlinger for ledere og ansatte i 120 kommuner om digitalisering av "
     "tjenestene og bruk av kunstig intelligens i saksbehandlingen.", "KS Digitalisering",
     "Oslo kommune, YS-forbundene Delta og Parat"),
    ("J09", "1.2", "Råd/utvalg/nettverk", "Regionalt kompetanseforum i Trøndelag", "Nettverk",
     "KS Trøndelag er med i fylkeskommunens forum for kompetansepolitikk sammen med partene, NAV og "
     "utdanningsinstitusjonene. Fire møter i 2068.", "KS Trøndelag", "Trøndelag fylkeskommune, NAV Trøndelag"),
    ("U0401", "2.3", "Informasjon", "Kampanjen «Lærling i kommunen»", "Kampanje",
     "Informasjonskampanje til kommunene for å få inn flere lærlinger i helsearbeiderfaget og barne- og "
     "ungdomsarbeiderfaget.", "Avdeling for arbeidsgiverpolitikk", ""),
    ("U0402", "2.2", "FoU", "Kartlegging av kompetansebehov i kommunene", "Analyse",
     "KS-rapport 7/2068 viser at tre av fire kommuner mangler sykepleiere med videreutdanning, og at behovet "
     "for digital kompetanse øker i alle tjenester.", "Avdeling for analyse og statistikk", ""),
]

_ids = [0]


def _txbx_paras(name, delmal, typeword, desc, ansvar, partn):
    ps = [W.para(W.run(name, b=True, sz=23, color="7B2C2C"), spacing_after=40),
          W.para(W.run("Delmål %s | %s" % (delmal, typeword), sz=17, color="6B6B6B"), spacing_after=60),
          W.para(W.run(desc, sz=20), spacing_after=60),
          W.para(W.run("Ansvarlig: " + ansvar, sz=18, i=True), spacing_after=0)]
    if partn:
        ps.append(W.para(W.run("Partnere: " + partn, sz=18, i=True), spacing_after=0))
    return "".join(ps)


def textbox(inner, lines, fill="F4ECE6", line="7B2C2C"):
    _ids[0] += 1
    n = _ids[0]
    cx = 5760720
    cy = int((lines * 14.5 + 14) * 12700)
    hpt = cy / 12700.0
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" '
        'distR="114300" simplePos="0" relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>left'
        '</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="%d" name="Tekstboks %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/>'
        '</a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
        'lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/>'
        '</wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        % (251658240 + n, cx, cy, n, n, cx, cy, fill, line, inner))
    fallback = (
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype><v:shape id="Tekstboks %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:453.6pt;height:%.1fpt;z-index:%d;'
        'mso-wrap-distance-top:3.6pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:left;'
        'mso-position-horizontal-relative:margin;mso-width-relative:margin;mso-height-relative:margin" '
        'fillcolor="#%s" strokecolor="#%s"><v:textbox style="mso-fit-shape-to-text:t">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/>'
        '</v:shape></w:pict></mc:Fallback>'
        % (n, 1025 + n, hpt, 251658240 + n, fill.lower(), line.lower(), inner))
    return "<w:p><w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r></w:p>" % (choice, fallback)


def _lines(desc, partn):
    return 3 + (len(desc) // 88 + 1) + (1 if partn else 0)


def build(outdir):
    _ids[0] = 0
    body = [
        W.para(W.run("KS – Rapport til Kompetansepolitisk råd 2068"), style="Tittel"),
        W.para(W.run("Kommunesektorens organisasjon · Avdeling for arbeidsgiverpolitikk · Februar 2069",
                     color="6B6B6B")),
        W.para(W.run("Kommunesektoren er landets største arbeidsgiver, og kompetanse er avgjørende for at "
                     "kommunene skal kunne levere gode tjenester. I denne rapporten gjør KS rede for "
                     "deltakelsen i nasjonale råd og utvalg og for tiltak KS har ledet eller vært med på i "
                     "2068. Tiltakene er satt opp i tekstbokser med delmål og type.")),
        W.para(W.run("Råd og utvalg der KS deltar"), style="Overskrift1"),
        W.para(W.run("KS er representert i tre av de nasjonale rådene som er knyttet til strategien.")),
    ]
    rows = []
    for seed, delmal, typ, name, tw, desc, ansvar, partn in SEATS:
        body.append(textbox(_txbx_paras(name, delmal, tw, desc, ansvar, partn), _lines(desc, partn)))
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
    body.append(textbox(W.para(W.run("«Kompetanse er kommunesektorens viktigste innsatsfaktor. Uten "
                                     "fagfolk ingen velferd.»", i=True, sz=26, color="1F3864"), align="center")
                        + W.para(W.run("– styreleder i KS", sz=18), align="right"), 4, fill="FFFFFF",
                        line="FFFFFF"))
    body.append(W.para(W.run("Egne tiltak og samarbeidstiltak"), style="Overskrift1"))
    body.append(W.para(W.run("Tiltakene under er enten ledet av KS eller gjennomført sammen med andre "
                             "medlemmer av rådet.")))
    for seed, delmal, typ, name, tw, desc, ansvar, partn in OWN:
        body.append(textbox(_txbx_paras(name, delmal, tw, desc, ansvar, partn), _lines(desc, partn)))
        rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
    body.append(W.para(W.run("Fremover"), style="Overskrift1"))
    body.append(W.para(W.run("I 2069 vil KS videreføre DigiKom med nye moduler og starte et program for "
                             "lederutvikling i helse og omsorg. Dette kommer vi tilbake til i neste års "
                             "rapport.")))
    body.append(W.para(W.run("Kontaktperson: seniorrådgiver Ingrid Solheim, KS")))
    W.package(os.path.join(outdir, FILE), "".join(body), "KS rapport 2068", "Ingrid Solheim",
              font="Georgia", accent="7B2C2C")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
