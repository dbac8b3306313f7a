"""KS: a Word report whose measures are a SmartArt diagram (hierarchical box list).

The text lives in word/diagrams/data1.xml as data-model points; which measure belongs to which delmål is given
only by the connections (dgm:cxn parOf with srcOrd), and the points are stored in the order they were typed
(one measure was added last). word/diagrams/drawing1.xml holds the drawn shapes (what most readers show).
"""
from __future__ import annotations

import datetime
import io
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Pt
from PIL import ImageDraw, Image

from .common import ARR, DEJAVU, INFO, KURS, PROSJEKT, RAD, load_font, ooxml_text, row, write_zip

FILENAME = "KS_rapportering_KPR_2073.docx"
MEMBER = "KS"
FORMAT = ("DOCX (python-docx) with a SmartArt graphic added by hand: diagramData / diagramLayout / diagramQuickStyle / "
          "diagramColors parts and the diagramDrawing cache (dsp:drawing); zip normalised")
SHAPE = ("short report whose measures exist only as SmartArt nodes: level-1 boxes are delmål (code + KS's short words), "
         "level-2 boxes are measures with three paragraphs (bold name, text, 'Form: … · Ansvar: … · Med: …' in KS's "
         "words); the delmål of a measure is given only by the diagram connections; points stored in typing order "
         "(the last measure appended at the end); caption, 'Avsluttet i 2072' and 'Planlagt 2074' paragraphs after the "
         "figure (not truth rows)")

GROUPS = [
    ("1.1 Kunnskap om kompetansebehov (KBU)", [
        ("KS i Kompetansebehovsutvalget",
         "KS har fast plass i KBU og bidro til temarapporten om helsefagarbeidere med tall fra kommunenes "
         "rekrutteringsundersøkelse.", "Rådsarbeid", "KS Arbeidsgiverpolitikk", "", "M01", "1.1", RAD),
        ("Webinarrekke: Hva betyr KBU-rapporten for kommunene?",
         "Fire webinarer for kommunale ledere og HR om funnene i KBUs temarapport om helsefagarbeidere; 1 900 "
         "påmeldte.", "Webinarrekke", "KS Kompetanse", "", None, "1.1", ARR),
    ]),
    ("1.4 Samarbeid utdanning og arbeidsliv", [
        ("Faglig råd for helse- og oppvekstfag",
         "KS har leder og ett medlem i rådet, som i 2073 arbeidet med læreplanen i helsearbeiderfaget.",
         "Rådsarbeid", "KS", "", "M02", "1.4", RAD),
    ]),
    ("2.1 Digital kompetanse", [
        ("DigiLeder – ledelse av digital omstilling",
         "Modulbasert lederopplæring for kommunale ledere; 420 ledere deltok i 2073.", "Lederutvikling", "KS",
         "OsloMet", None, "2.1", KURS),
    ]),
    ("2.3 Yrkesfag og lærlinger", [
        ("Lærlingløftet i kommunesektoren",
         "Kampanje og veiledning for å få flere kommuner til å ta inn lærlinger i helsearbeiderfaget og barne- og "
         "ungdomsarbeiderfaget; 38 nye lærebedrifter.", "Kampanje", "KS", "Fylkeskommunene, Fagforbundet", None,
         "2.3", INFO),
    ]),
    ("3.4 Norsk og kvalifisering for innvandrere", [
        ("Språkspor i kommunene",
         "KS koordinerer nettverket av de tolv forsøkskommunene og dokumenterer erfaringer med språkmentorer på "
         "arbeidsplassen.", "Forsøk", "KS", "IMDi, kommunene", "J02", "3.4", PROSJEKT),
    ]),
]

NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
EMU_CM = 360000


def _id(n: str) -> str:
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, "h53-ks-" + n)).upper() + "}"


def fact_line(form, ans, med) -> str:
    s = f"Form: {form} · Ansvar: {ans}"
    if med:
        s += f" · Med: {med}"
    return s


def _paras_xml(paras, sizes, bold_first=True, color="FFFFFF") -> str:
    out = []
    for i, (t, sz) in enumerate(zip(paras, sizes)):
        b = ' b="1"' if (i == 0 and bold_first) else ""
        out.append(f'<a:p><a:pPr marL="0" lvl="0" indent="0" algn="l"><a:spcBef><a:spcPct val="0"/></a:spcBef>'
                   f'<a:spcAft><a:spcPts val="200"/></a:spcAft></a:pPr><a:r><a:rPr lang="nb-NO" sz="{sz}"{b}>'
                   f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:latin typeface="Calibri"/></a:rPr><a:t>{escape(t)}</a:t></a:r></a:p>')
    return "".join(out)


def data_xml() -> str:
    pts, cxns = [], []
    doc = _id("doc")
    pts.append(f'<dgm:pt modelId="{doc}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/office/officeart/2005/8/layout/vList5" '
               f'loCatId="list" qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" '
               f'csTypeId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" phldr="1"/>'
               f'<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="nb-NO"/></a:p></dgm:t></dgm:pt>')
    order = []  # typing order: groups with their measures, but the last measure (Språkspor) typed last
    late = []
    for gi, (head, items) in enumerate(GROUPS):
        order.append(("g", gi, None))
        for mi, it in enumerate(items):
            if it[0] == "Språkspor i kommunene":
                late.append(("m", gi, mi))
            else:
                order.append(("m", gi, mi))
    order += late
    for kind, gi, mi in order:
        if kind == "g":
            mid = _id(f"g{gi}")
            text = _paras_xml([GROUPS[gi][0]], [1200])
            src, ordn = doc, gi
        else:
            it = GROUPS[gi][1][mi]
            mid = _id(f"m{gi}.{mi}")
            text = _paras_xml([it[0], it[1], fact_line(it[2], it[3], it[4])], [1000, 800, 800], color="000000")
            src, ordn = _id(f"g{gi}"), mi
        cx = _id("cxn" + mid)
        pts.append(f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[Tekst]"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/>'
                   f'{text}</dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{_id("par" + mid)}" type="parTrans" cxnId="{cx}"><dgm:prSet/><dgm:spPr/>'
                   f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="nb-NO"/></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{_id("sib" + mid)}" type="sibTrans" cxnId="{cx}"><dgm:prSet/><dgm:spPr/>'
                   f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="nb-NO"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{cx}" srcId="{src}" destId="{mid}" srcOrd="{ordn}" destOrd="0" '
                    f'parTransId="{_id("par" + mid)}" sibTransId="{_id("sib" + mid)}"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<dgm:dataModel xmlns:dgm="{NS_DGM}" '
            f'xmlns:a="{NS_A}" xmlns:r="{NS_R}"><dgm:ptLst>{"".join(pts)}</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}'
            f'</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="rId14" minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>'
            f'</a:ext></dgm:extLst></dgm:dataModel>')


def _lines(text: str, size_pt: float, width_cm: float) -> int:
    font = load_font(DEJAVU, int(size_pt * 10))
    d = ImageDraw.Draw(Image.new("L", (10, 10)))
    from .common import wrap_px
    px = width_cm / 2.54 * 72 * 10
    return len(wrap_px(d, text, font, int(px)))


def drawing_xml() -> tuple[str, int]:
    shapes = []
    y = 0
    left_w, right_x, right_w, gap = int(4.2 * EMU_CM), int(4.5 * EMU_CM), int(11.0 * EMU_CM), int(0.18 * EMU_CM)
    n = 1
    for gi, (head, items) in enumerate(GROUPS):
        gy = y
        for mi, it in enumerate(items):
            paras = [it[0], it[1], fact_line(it[2], it[3], it[4])]
            lines = _lines(paras[0], 10, 10.4) * 10 + _lines(paras[1], 8, 10.4) * 8 + _lines(paras[2], 8, 10.4) * 8
            h = int((lines * 1.5 + 16) / 72 * 2.54 * EMU_CM)
            mid = _id(f"m{gi}.{mi}")
            shapes.append(_sp(mid, n, right_x, y, right_w, h, "roundRect", "DEEBF7", "9DC3E6",
                              _paras_xml(paras, [1000, 800, 800], color="000000")))
            n += 1
            y += h + gap
        gh = y - gap - gy
        shapes.insert(len(shapes) - len(items), _sp(_id(f"g{gi}"), n, 0, gy, left_w, gh, "rect", "2E75B6", "2E75B6",
                                                    _paras_xml([head], [1100]), anchor="ctr"))
        n += 1
        y += int(0.12 * EMU_CM)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<dsp:drawing xmlns:dgm="{NS_DGM}" '
           f'xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}"><dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/>'
           f'<dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>{"".join(shapes)}</dsp:spTree></dsp:drawing>')
    return xml, y


def _sp(mid, n, x, y, w, h, geom, fill, line, txt, anchor="t") -> str:
    return (f'<dsp:sp modelId="{mid}"><dsp:nvSpPr><dsp:cNvPr id="{n}" name=""/><dsp:cNvSpPr/></dsp:nvSpPr>'
            f'<dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
            f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></dsp:spPr>'
            f'<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/>'
            f'</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor">'
            f'<a:schemeClr val="lt1"/></a:fontRef></dsp:style><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" '
            f'wrap="square" lIns="72000" tIns="54000" rIns="72000" bIns="54000" numCol="1" spcCol="1270" anchor="{anchor}" '
            f'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{txt}</dsp:txBody><dsp:txXfrm><a:off x="{x}" y="{y}"/>'
            f'<a:ext cx="{w}" cy="{h}"/></dsp:txXfrm></dsp:sp>')


LAYOUT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/layout/vList5"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="list" pri="1500"/><dgm:cat type="convert" pri="1000"/></dgm:catLst>'
          '<dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>'
          '</dgm:varLst><dgm:choose name="Name1"><dgm:if name="Name2" func="var" arg="dir" op="equ" val="norm">'
          '<dgm:alg type="lin"><dgm:param type="linDir" val="fromT"/></dgm:alg></dgm:if><dgm:else name="Name3">'
          '<dgm:alg type="lin"><dgm:param type="linDir" val="fromT"/></dgm:alg></dgm:else></dgm:choose>'
          '<dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape>'
          '<dgm:presOf/><dgm:constrLst/><dgm:ruleLst/>'
          '<dgm:forEach name="linearFlow" axis="ch" ptType="node"><dgm:layoutNode name="linNode">'
          '<dgm:alg type="lin"><dgm:param type="linDir" val="fromL"/></dgm:alg><dgm:shape r:blip="" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dgm:adjLst/></dgm:shape><dgm:presOf/>'
          '<dgm:layoutNode name="parentText" styleLbl="node1"><dgm:alg type="tx"/><dgm:shape type="roundRect" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:blip=""><dgm:adjLst/></dgm:shape>'
          '<dgm:presOf axis="self"/></dgm:layoutNode><dgm:layoutNode name="descendantText" styleLbl="alignAccFollowNode1">'
          '<dgm:alg type="tx"/><dgm:shape type="round2SameRect" rot="90" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="des" ptType="node"/></dgm:layoutNode></dgm:layoutNode>'
          '</dgm:forEach></dgm:layoutNode></dgm:layoutDef>')
QSTYLE = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/>'
          '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:styleLbl name="node1"><dgm:scene3d>'
          '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/>'
          '<dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
          '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
          '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dgm:style></dgm:styleLbl></dgm:styleDef>')
COLORS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
          'uniqueId="urn:microsoft.com/office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
          '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst><dgm:styleLbl name="node1"><dgm:fillClrLst '
          'meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/>'
          '</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/>'
          '</dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')


def build(out: Path) -> list[dict]:
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("KS' rapportering til Kompetansepolitisk råd 2073", level=1)
    d.add_paragraph("KS rapporterer her på tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi som KS har "
                    "hatt ansvar for eller deltatt i i 2073. Figuren viser tiltakene ordnet etter strategiens delmål.")
    d.add_paragraph("[[SMARTART]]")
    cap = d.add_paragraph("Figur 1: KS' tiltak i 2073 etter delmål")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(9)
    d.add_heading("Avsluttet i 2072", level=2)
    d.add_paragraph("Kartleggingen av heltidskultur og kompetanse i kommunene ble avsluttet i 2072 og er derfor ikke "
                    "med i figuren.")
    d.add_heading("Planlagt for 2074", level=2)
    d.add_paragraph("KS planlegger et nytt utviklingsprogram for HR-ledere i kommunene med oppstart høsten 2074.")
    d.add_paragraph("Kontakt: Marit Dahl, KS Kompetanse, marit.dahl@ks.no")
    core = d.core_properties
    core.author = core.last_modified_by = "Marit Dahl"
    core.title = "KS rapportering KPR 2073"
    core.created = datetime.datetime(2074, 1, 23, 9, 5, 0)
    core.modified = datetime.datetime(2074, 1, 28, 15, 12, 0)
    core.revision = 9
    buf = io.BytesIO()
    d.save(buf)
    drawing, height = drawing_xml()
    width = int(15.5 * EMU_CM)
    inline = (
        f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" '
        f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f'<wp:extent cx="{width}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="1" name="Diagram 1"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{NS_A}"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
        f'<dgm:relIds xmlns:dgm="{NS_DGM}" xmlns:r="{NS_R}" r:dm="rId10" r:lo="rId11" r:qs="rId12" r:cs="rId13"/>'
        f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    with zipfile.ZipFile(buf) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    entries = []
    for name, data in items:
        if name == "word/document.xml":
            s = data.decode("utf-8")
            i = s.index("[[SMARTART]]")
            rs = s.rindex("<w:r>", 0, i) if "<w:r>" in s[:i] else s.rindex("<w:r ", 0, i)
            re_ = s.index("</w:r>", i) + len("</w:r>")
            s = s[:rs] + inline + s[re_:]
            data = s.encode("utf-8")
        elif name == "word/_rels/document.xml.rels":
            s = data.decode("utf-8")
            base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            add = (f'<Relationship Id="rId10" Type="{base}diagramData" Target="diagrams/data1.xml"/>'
                   f'<Relationship Id="rId11" Type="{base}diagramLayout" Target="diagrams/layout1.xml"/>'
                   f'<Relationship Id="rId12" Type="{base}diagramQuickStyle" Target="diagrams/quickStyle1.xml"/>'
                   f'<Relationship Id="rId13" Type="{base}diagramColors" Target="diagrams/colors1.xml"/>'
                   f'<Relationship Id="rId14" Type="http://schemas.microsoft.com/office/2007/relationships/diagramDrawing" '
                   f'Target="diagrams/drawing1.xml"/>')
            data = s.replace("</Relationships>", add + "</Relationships>").encode("utf-8")
        elif name == "[Content_Types].xml":
            s = data.decode("utf-8")
            ov = "application/vnd.openxmlformats-officedocument.drawingml."
            add = (f'<Override PartName="/word/diagrams/data1.xml" ContentType="{ov}diagramData+xml"/>'
                   f'<Override PartName="/word/diagrams/layout1.xml" ContentType="{ov}diagramLayout+xml"/>'
                   f'<Override PartName="/word/diagrams/quickStyle1.xml" ContentType="{ov}diagramStyle+xml"/>'
                   f'<Override PartName="/word/diagrams/colors1.xml" ContentType="{ov}diagramColors+xml"/>'
                   f'<Override PartName="/word/diagrams/drawing1.xml" '
                   f'ContentType="application/vnd.ms-office.drawingml.diagramDrawing+xml"/>')
            data = s.replace("</Types>", add + "</Types>").encode("utf-8")
        elif name == "docProps/core.xml":
            import re
            data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                          lambda m: m.group(1) + (b"2074-01-23T08:05:00Z" if m.group(2) == b"created"
                                                  else b"2074-01-28T14:12:00Z") + m.group(3), data)
        entries.append((name, data, True))
        if name == "word/document.xml":
            entries += [("word/diagrams/data1.xml", data_xml(), True),
                        ("word/diagrams/layout1.xml", LAYOUT, True),
                        ("word/diagrams/quickStyle1.xml", QSTYLE, True),
                        ("word/diagrams/colors1.xml", COLORS, True),
                        ("word/diagrams/drawing1.xml", drawing, True)]
    write_zip(out / FILENAME, entries)
    rows = []
    for head, items in GROUPS:
        for name, text, form, ans, med, seed, code, typ in items:
            rows.append(row(FILENAME, MEMBER, name, seed, code, typ, ans, med, text))
    return rows


def text(path: Path) -> str:
    return ooxml_text(path, parts=(r"word/document\.xml", r"word/diagrams/data\d+\.xml"))


NOT_TRUTH = ("the heading and introduction, the five delmål boxes of the diagram, the caption, 'Avsluttet i 2072' "
             "(survey of full-time culture), 'Planlagt for 2074' (HR programme) and the contact line")
