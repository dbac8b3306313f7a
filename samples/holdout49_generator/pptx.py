"""Minimal hand-written PresentationML (PPTX) with text-box slides and speaker notes."""
from .common import write_zip, xesc

NSP = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.presentationml"
EMU = 360000  # per cm

THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%s"><a:themeElements>'
         '<a:clrScheme name="KD"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
         '<a:dk2><a:srgbClr val="0B3D62"/></a:dk2><a:lt2><a:srgbClr val="E8F0F7"/></a:lt2>'
         '<a:accent1><a:srgbClr val="0B3D62"/></a:accent1><a:accent2><a:srgbClr val="A0410D"/></a:accent2>'
         '<a:accent3><a:srgbClr val="6A8D2F"/></a:accent3><a:accent4><a:srgbClr val="7F7F7F"/></a:accent4>'
         '<a:accent5><a:srgbClr val="2E75B6"/></a:accent5><a:accent6><a:srgbClr val="C55A11"/></a:accent6>'
         '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>'
         '</a:clrScheme><a:fontScheme name="KD"><a:majorFont><a:latin typeface="DejaVu Sans"/><a:ea typeface=""/>'
         '<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="DejaVu Sans"/><a:ea typeface=""/>'
         '<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="KD"><a:fillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst>'
         '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
         '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
         '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/>'
         '</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
         '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
         '</a:theme>')

CLRMAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
          'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
          'folHlink="folHlink"/>')
GRP = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
       '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
       '</p:grpSpPr>')


def _hdr():
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _rels(items):
    return (_hdr() + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            "".join('<Relationship Id="%s" Type="%s" Target="%s"/>' % it for it in items) + "</Relationships>")


def para(text, size=14, bold=False, color=None, space_after=0):
    """One a:p; text may contain '\n' for soft line breaks."""
    rpr = '<a:rPr lang="nb-NO" sz="%d"%s dirty="0">%s<a:latin typeface="DejaVu Sans"/></a:rPr>' % (
        size * 100, ' b="1"' if bold else "",
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % color if color else "")
    runs = []
    for k, part in enumerate(text.split("\n")):
        if k:
            runs.append("<a:br>%s</a:br>" % rpr.replace(' dirty="0"', ""))
        runs.append("<a:r>%s<a:t>%s</a:t></a:r>" % (rpr, xesc(part)))
    ppr = '<a:pPr><a:spcAft><a:spcPts val="%d"/></a:spcAft></a:pPr>' % (space_after * 100) if space_after else ""
    return "<a:p>%s%s</a:p>" % (ppr, "".join(runs))


def textbox(sid, name, x, y, w, h, paras, fill=None, line=None, anchor="t"):
    sp = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else "<a:noFill/>"
    ln = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line) if line else \
        "<a:ln><a:noFill/></a:ln>"
    return ('<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect">'
            '<a:avLst/></a:prstGeom>%s%s</p:spPr><p:txBody><a:bodyPr wrap="square" lIns="108000" tIns="72000" '
            'rIns="108000" bIns="72000" anchor="%s"><a:normAutofit/></a:bodyPr><a:lstStyle/>%s</p:txBody></p:sp>'
            % (sid, xesc(name), int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU), sp, ln, anchor,
               "".join(paras)))


def write_pptx(path, slides, title, creator, created, modified, width_cm=33.867, height_cm=19.05):
    """slides: list of (shapes_xml, notes_paragraph_texts)."""
    cx, cy = int(width_cm * EMU), int(height_cm * EMU)
    n = len(slides)
    entries = []
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="%s.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="%s.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="%s.slideLayout+xml"/>'
          '<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="%s.notesMaster+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          '<Override PartName="/ppt/presProps.xml" ContentType="%s.presProps+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          % (CT, CT, CT, CT, CT))
    for i in range(1, n + 1):
        ct += '<Override PartName="/ppt/slides/slide%d.xml" ContentType="%s.slide+xml"/>' % (i, CT)
        ct += '<Override PartName="/ppt/notesSlides/notesSlide%d.xml" ContentType="%s.notesSlide+xml"/>' % (i, CT)
    ct += "</Types>"
    entries.append(("[Content_Types].xml", ct))
    entries.append(("_rels/.rels", _rels([
        ("rId1", REL + "/officeDocument", "ppt/presentation.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
         "docProps/core.xml"),
        ("rId3", REL + "/extended-properties", "docProps/app.xml")])))
    entries.append(("docProps/core.xml", _hdr() +
                    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                    '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
                    '<cp:revision>4</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                    '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                    % (xesc(title), xesc(creator), xesc(creator), created, modified)))
    entries.append(("docProps/app.xml", _hdr() +
                    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                    '<Application>Microsoft Office PowerPoint</Application><Slides>%d</Slides><Notes>%d</Notes>'
                    '<PresentationFormat>Widescreen</PresentationFormat></Properties>' % (n, n)))
    pres = (_hdr() + '<p:presentation %s saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
            'r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/>'
            '</p:notesMasterIdLst><p:sldIdLst>' % NSP +
            "".join('<p:sldId id="%d" r:id="rId%d"/>' % (255 + i, 10 + i) for i in range(1, n + 1)) +
            '</p:sldIdLst><p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>'
            '<p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:defaultTextStyle>'
            '</p:presentation>' % (cx, cy))
    entries.append(("ppt/presentation.xml", pres))
    prels = [("rId1", REL + "/slideMaster", "slideMasters/slideMaster1.xml"),
             ("rId2", REL + "/theme", "theme/theme1.xml"),
             ("rId3", REL + "/notesMaster", "notesMasters/notesMaster1.xml"),
             ("rId4", REL + "/presProps", "presProps.xml")]
    prels += [("rId%d" % (10 + i), REL + "/slide", "slides/slide%d.xml" % i) for i in range(1, n + 1)]
    entries.append(("ppt/_rels/presentation.xml.rels", _rels(prels)))
    entries.append(("ppt/presProps.xml", _hdr() + '<p:presentationPr %s/>' % NSP))
    entries.append(("ppt/theme/theme1.xml", THEME % "KD-mal"))
    entries.append(("ppt/theme/theme2.xml", THEME % "Office-tema"))
    master = (_hdr() + '<p:sldMaster %s><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
              '<a:effectLst/></p:bgPr></p:bg><p:spTree>%s</p:spTree></p:cSld>%s<p:sldLayoutIdLst>'
              '<p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle>'
              '<a:lvl1pPr><a:defRPr sz="3200"/></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr>'
              '<a:defRPr sz="1800"/></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/>'
              '</a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>' % (NSP, GRP, CLRMAP))
    entries.append(("ppt/slideMasters/slideMaster1.xml", master))
    entries.append(("ppt/slideMasters/_rels/slideMaster1.xml.rels", _rels([
        ("rId1", REL + "/slideLayout", "../slideLayouts/slideLayout1.xml"),
        ("rId2", REL + "/theme", "../theme/theme1.xml")])))
    layout = (_hdr() + '<p:sldLayout %s type="blank" preserve="1"><p:cSld name="Tom"><p:spTree>%s</p:spTree>'
              '</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>' % (NSP, GRP))
    entries.append(("ppt/slideLayouts/slideLayout1.xml", layout))
    entries.append(("ppt/slideLayouts/_rels/slideLayout1.xml.rels", _rels([
        ("rId1", REL + "/slideMaster", "../slideMasters/slideMaster1.xml")])))
    nmaster = (_hdr() + '<p:notesMaster %s><p:cSld><p:spTree>%s</p:spTree></p:cSld>%s</p:notesMaster>'
               % (NSP, GRP, CLRMAP))
    entries.append(("ppt/notesMasters/notesMaster1.xml", nmaster))
    entries.append(("ppt/notesMasters/_rels/notesMaster1.xml.rels", _rels([
        ("rId1", REL + "/theme", "../theme/theme2.xml")])))
    for i, (shapes, notes) in enumerate(slides, 1):
        sld = (_hdr() + '<p:sld %s><p:cSld><p:spTree>%s%s</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>'
               '</p:clrMapOvr></p:sld>' % (NSP, GRP, shapes))
        entries.append(("ppt/slides/slide%d.xml" % i, sld))
        entries.append(("ppt/slides/_rels/slide%d.xml.rels" % i, _rels([
            ("rId1", REL + "/slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", REL + "/notesSlide", "../notesSlides/notesSlide%d.xml" % i)])))
        body = "".join(para(t, 12) for t in notes) or "<a:p/>"
        nts = (_hdr() + '<p:notes %s><p:cSld><p:spTree>%s'
               '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Plassholder for lysbildebilde 1"/><p:cNvSpPr>'
               '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
               '</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" '
               'cy="3429000"/></a:xfrm></p:spPr></p:sp>'
               '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Plassholder for notater 2"/><p:cNvSpPr><a:spLocks noGrp="1"/>'
               '</p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
               '<a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm></p:spPr>'
               '<p:txBody><a:bodyPr/><a:lstStyle/>%s</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr>'
               '<a:masterClrMapping/></p:clrMapOvr></p:notes>' % (NSP, GRP, body))
        entries.append(("ppt/notesSlides/notesSlide%d.xml" % i, nts))
        entries.append(("ppt/notesSlides/_rels/notesSlide%d.xml.rels" % i, _rels([
            ("rId1", REL + "/notesMaster", "../notesMasters/notesMaster1.xml"),
            ("rId2", REL + "/slide", "../slides/slide%d.xml" % i)])))
    write_zip(path, entries)
