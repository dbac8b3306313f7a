"""Sametinget: the report was laid out as a small brochure in Scribus by the communication unit, and the
designer sent the Scribus document itself (.sla). Text lives in text frames as runs of ITEXT CH="…" attributes,
paragraph ends are <para/> elements; a name with a Sámi word in italics is split over three runs. Frames are
stored in the order they were drawn, not in reading order."""
from __future__ import annotations

from lxml import etree

from .common import INFO, KURS, PROSJEKT, RAD, row, xml_esc

FILENAME = "Sametinget_KPR2076_brosjyre.sla"
MEMBER = "Sametinget"
FORMAT = ("Scribus 1.5.8 document (.sla, SCRIBUSUTF8NEW XML): DOCUMENT with COLOR, paragraph STYLE and CHARSTYLE "
          "definitions, LAYERS, two PAGE elements and PAGEOBJECTs (PTYPE 4 text frames with StoryText of ITEXT runs, "
          "<para/>, <breakline/> and <tab/>; one PTYPE 2 image frame referring to a logo file that is not included); "
          "written as text")
SHAPE = ("two-page A4 brochure, Sámi and Norwegian headings: a cover frame, an intro frame, one text frame per "
         "measure (heading paragraph = name, a fact paragraph 'Delmål: … · Type: …' with bold labels – delmål as code only, "
         "code+words, words only or missing (then only the frame's column heading 'Fleksibel opplæring for voksne' "
         "places it), type missing once –, an 'Ansvar: … · Med: …' paragraph and the description), a 'Fakta' frame "
         "with a 2075 and a 2077 item; frames are stored out of reading order (the Fakta frame first)")
NOT_TRUTH = ("the cover and intro frames, the column heading frame 'Fleksibel opplæring for voksne / Nuorra "
             "olbmuide', the Fakta frame (Avsluttet 2075: Stipend for samiske lærerstudenter; Plan 2077: Samisk "
             "kompetansesenter for reindrift), the image frame (logo), page numbers, colours and styles")

# frame name, page, x, y, paragraphs [(style, [(text, font)])], truth row or None
B = "Open Sans Bold"
I = "Open Sans Italic"
R = None


def _m(name_runs, dm, typ, ansv, med, desc):
    fact = [("Delmål:", B), (f" {dm}", R)] if dm else []
    if typ:
        fact += ([(" · ", R)] if fact else []) + [("Type:", B), (f" {typ}", R)]
    ans = [("Ansvar:", B), (f" {ansv}", R)] + ([(" · ", R), ("Med:", B), (f" {med}", R)] if med else [])
    paras = [("Tiltak overskrift", name_runs)]
    if fact:
        paras.append(("Fakta", fact))
    paras += [("Fakta", ans), ("Brødtekst", [(desc, R)])]
    return paras


MEASURES = [
    ("Tekstramme 7", 0, 40, 420, [("Sametinget i Nasjonalt forum for karriereveiledning", R)],
     "1.3 Karriereveiledning", "Råd/forum", "Sametinget", "HK-dir",
     "Sametinget har fast plass i forumet og arbeidet i 2076 for at samisk språk og kultur blir en del av "
     "kvalitetsrammeverket.", ("M06", "1.3", RAD)),
    ("Tekstramme 8", 0, 310, 420, [("Samisk oversettelse av NFKs kvalitetsrammeverk", R)],
     "1.3", "Oversettelse", "Sametinget", "HK-dir",
     "Rammeverket for karriereveiledning ble oversatt til nordsamisk, lulesamisk og sørsamisk og gjort kjent for "
     "rådgivere i samiske områder.", (None, "1.3", INFO)),
    ("Tekstramme 9", 1, 40, 120, [("Samisk karriereveiledning – kurs for rådgivere", R)],
     "Karriereveiledning", "Kurs", "Sámi allaskuvla", "fylkeskommunenes karrieresentre",
     "Et kurs på 15 studiepoeng for veiledere om samisk arbeidsliv, reindrift og duodji; 32 fullførte.",
     (None, "1.3", KURS)),
    ("Tekstramme 10", 1, 310, 120, [("Kompetansepluss sámi – prosjekt i Kautokeino", R)],
     "Kompetansepluss", "Prosjekt", "Sametinget", "Guovdageainnu suohkan / Kautokeino kommune",
     "Grunnleggende ferdigheter i samisk og norsk for voksne ansatte i kommunen, knyttet til arbeidsoppgavene.",
     (None, "3.2", PROSJEKT)),
    ("Tekstramme 12", 1, 40, 470, [("Fagbrev i ", R), ("duodji", I), (" for voksne", R)],
     "", "", "Sametinget", "Samisk videregående skole og reindriftsskole",
     "Voksne duodjiutøvere kan ta fagbrev på grunnlag av praksis; 11 tok fagprøven i 2076.",
     (None, "3.1", KURS)),
]

OTHER = [
    ("Tekstramme 14", 1, 310, 470, [("Overskrift", [("Fakta", R)]),
                                    ("Brødtekst", [("Avsluttet 2075:", B), (" Stipend for samiske lærerstudenter", R)]),
                                    ("Brødtekst", [("Plan 2077:", B), (" Samisk kompetansesenter for reindrift", R)])]),
    ("Tekstramme 1", 0, 40, 60, [("Tittel", [("Sámediggi – Sametinget", R)]),
                                 ("Tittel", [("Gealbopolitihkka / Kompetanse 2076", R)])]),
    ("Tekstramme 2", 0, 40, 260, [("Brødtekst", [("Buorre lohkki! Dette er Sametingets rapport til "
                                                  "Kompetansepolitisk råd for 2076. Tiltakene står under temaene i "
                                                  "strategien.", R)])]),
    ("Tekstramme 11", 1, 40, 430, [("Overskrift", [("Fleksibel opplæring for voksne / Nuorra olbmuide", R)])]),
]


def _frame(item_id, name, page, x, y, paras) -> str:
    st = ["      <StoryText>", "        <DefaultStyle/>"]
    for style, runs in paras:
        for txt, font in runs:
            f = f' FONT="{font}"' if font else ""
            st.append(f'        <ITEXT{f} CH="{xml_esc(txt)}"/>')
        st.append(f'        <para PARENT="{style}"/>')
    st[-1] = st[-1].replace("<para ", "<trail ")
    st.append("      </StoryText>")
    return (f'    <PAGEOBJECT XPOS="{100 + x}" YPOS="{20 + page * 861.89 + y}" OwnPage="{page}" ItemID="{item_id}" '
            f'PTYPE="4" WIDTH="245" HEIGHT="230" FRTYPE="0" CLIPEDIT="0" PWIDTH="1" PLINEART="1" LOCALSCX="1" '
            f'LOCALSCY="1" LOCALX="0" LOCALY="0" LOCALROT="0" PICART="1" SCALETYPE="1" RATIO="1" COLUMNS="1" '
            f'COLGAP="0" AUTOTEXT="0" EXTRA="0" TEXTRA="0" BEXTRA="0" REXTRA="0" VAlign="0" FLOP="0" PLTSHOW="0" '
            f'BASEOF="0" textPathType="0" textPathFlipped="0" path="M0 0 L245 0 L245 230 L0 230 L0 0 Z" '
            f'copath="M0 0 L245 0 L245 230 L0 230 L0 0 Z" gXpos="0" gYpos="0" gWidth="0" gHeight="0" '
            f'LAYER="0" ANNAME="{name}" NEXTITEM="-1" BACKITEM="-1">\n' + "\n".join(st) + "\n    </PAGEOBJECT>\n")


def build(out) -> list[dict]:
    frames = []
    rows = []
    iid = 1871234500
    # Fakta frame first (drawn first), then the others in drawing order
    fr_other = {o[0]: o for o in OTHER}
    order = ["Tekstramme 14", "Tekstramme 1", "Tekstramme 2", "Tekstramme 7", "Tekstramme 8", "Tekstramme 9",
             "Tekstramme 10", "Tekstramme 11", "Tekstramme 12"]
    meas = {m[0]: m for m in MEASURES}
    for fname in order:
        iid += 17
        if fname in fr_other:
            _n, page, x, y, paras = fr_other[fname]
            frames.append(_frame(iid, fname, page, x, y, paras))
        else:
            _n, page, x, y, name_runs, dm, typ, ansv, med, desc, truth = meas[fname]
            frames.append(_frame(iid, fname, page, x, y, _m(name_runs, dm, typ, ansv, med, desc)))
            name = "".join(t for t, _f in name_runs)
            rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, med, desc))
    # rows in reading order (page, then column, then top-down)
    rows_sorted = [r for _k, r in sorted(zip([(meas[f][1], meas[f][3], meas[f][2]) for f in order if f in meas],
                                             rows), key=lambda kv: kv[0])]
    logo = ('    <PAGEOBJECT XPOS="460" YPOS="40" OwnPage="0" ItemID="1871234400" PTYPE="2" WIDTH="120" HEIGHT="60" '
            'PFILE="bilder/samediggi_logo_cmyk.png" IRENDER="0" EMBEDDED="0" LAYER="0" ANNAME="Bilde 3" '
            'NEXTITEM="-1" BACKITEM="-1"/>\n')
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<SCRIBUSUTF8NEW Version="1.5.8">
  <DOCUMENT ANZPAGES="2" PAGEWIDTH="595.275590551181" PAGEHEIGHT="841.889763779528" BORDERLEFT="40" BORDERRIGHT="40" BORDERTOP="40" BORDERBOTTOM="40" PRESET="0" BleedTop="0" BleedLeft="0" BleedRight="0" BleedBottom="0" ORIENTATION="0" PAGESIZE="A4" FIRSTNUM="1" BOOK="0" AUTOSPALTEN="1" ABSTSPALTEN="11" UNITS="1" DFONT="Open Sans Regular" DSIZE="10" DCOL="1" DGAP="0" TabFill="" TabWidth="36" TextDistLeft="0" TextDistRight="0" TextDistBottom="0" TextDistTop="0" AUTHOR="Sámediggi – kommunikasjon" COMMENTS="" KEYWORDS="" PUBLISHER="" DOCDATE="2077-01-09" DOCTYPE="" DOCFORMAT="" DOCIDENT="" DOCSOURCE="" DOCLANGINFO="nb_NO" DOCRELATION="" DOCCOVER="" DOCRIGHTS="" DOCCONTRIB="" TITLE="Sametinget – kompetanse 2076" SUBJECT="Rapport til Kompetansepolitisk råd" LANGUAGE="nb_NO" currentProfile="Standard">
    <COLOR NAME="Black" SPACE="CMYK" C="0" M="0" Y="0" K="100"/>
    <COLOR NAME="Sámediggi rød" SPACE="CMYK" C="0" M="95" Y="85" K="10"/>
    <COLOR NAME="White" SPACE="CMYK" C="0" M="0" Y="0" K="0"/>
    <STYLE NAME="Default Paragraph Style" DefaultStyle="1" ALIGN="0" LINESPMode="0" LINESP="15" FONT="Open Sans Regular" FONTSIZE="10"/>
    <STYLE NAME="Tittel" PARENT="Default Paragraph Style" FONT="Open Sans Bold" FONTSIZE="26" FCOLOR="Sámediggi rød"/>
    <STYLE NAME="Overskrift" PARENT="Default Paragraph Style" FONT="Open Sans Bold" FONTSIZE="16"/>
    <STYLE NAME="Tiltak overskrift" PARENT="Default Paragraph Style" FONT="Open Sans Bold" FONTSIZE="13" FCOLOR="Sámediggi rød"/>
    <STYLE NAME="Fakta" PARENT="Default Paragraph Style" FONTSIZE="8.5"/>
    <STYLE NAME="Brødtekst" PARENT="Default Paragraph Style"/>
    <CHARSTYLE CNAME="Default Character Style" DefaultStyle="1" FONT="Open Sans Regular" FONTSIZE="10" FCOLOR="Black" LANGUAGE="nb_NO"/>
    <LAYERS NUMMER="0" LEVEL="0" NAME="Bakgrunn" SICHTBAR="1" DRUCKEN="1" EDIT="1" SELECT="0" FLOW="1" TRANS="1" BLEND="0" OUTL="0" LAYERC="#000000"/>
    <PAGE PAGEXPOS="100" PAGEYPOS="20" PAGEWIDTH="595.275590551181" PAGEHEIGHT="841.889763779528" BORDERLEFT="40" BORDERRIGHT="40" BORDERTOP="40" BORDERBOTTOM="40" NUM="0" NAM="" MNAM="Normal" Size="A4" Orientation="0" LEFT="0" PRESET="0" VerticalGuides="" HorizontalGuides="" AGhorizontalAutoGap="0" AGverticalAutoGap="0" AGhorizontalAutoCount="0" AGverticalAutoCount="0" AGhorizontalAutoRefer="0" AGverticalAutoRefer="0" AGGuideType="0"/>
    <PAGE PAGEXPOS="100" PAGEYPOS="881.889763779528" PAGEWIDTH="595.275590551181" PAGEHEIGHT="841.889763779528" BORDERLEFT="40" BORDERRIGHT="40" BORDERTOP="40" BORDERBOTTOM="40" NUM="1" NAM="" MNAM="Normal" Size="A4" Orientation="0" LEFT="0" PRESET="0" VerticalGuides="" HorizontalGuides="" AGhorizontalAutoGap="0" AGverticalAutoGap="0" AGhorizontalAutoCount="0" AGverticalAutoCount="0" AGhorizontalAutoRefer="0" AGverticalAutoRefer="0" AGGuideType="0"/>
{logo}{''.join(frames)}  </DOCUMENT>
</SCRIBUSUTF8NEW>
"""
    (out / FILENAME).write_bytes(doc.encode("utf-8"))
    return rows_sorted


def text(path) -> str:
    root = etree.fromstring(path.read_bytes())
    out = []
    for po in root.iter("PAGEOBJECT"):
        st = po.find("StoryText")
        if st is None:
            continue
        buf = []
        for el in st:
            if el.tag == "ITEXT":
                buf.append(el.get("CH", ""))
            elif el.tag in ("para", "trail"):
                buf.append("\n")
            elif el.tag == "breakline":
                buf.append(" ")
            elif el.tag == "tab":
                buf.append("\t")
        out.append("".join(buf))
    return "\n".join(out)
