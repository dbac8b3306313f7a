"""Virke: the report as the design agency's InDesign package in IDML form (InDesign Markup Language: a zip with a
stored mimetype, designmap.xml, spreads that place text frames and stories that hold the text). The four pages of
the brochure are three spreads; each measure is a story of its own (a heading, a paragraph and two fact lines),
placed by a text frame on a page. The stories are listed in the designmap in the order they were made, not the order
they are read. A traineeship starting in March 2099 is told only in words in a side box."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, ZIP_DT, row, xml_esc, zip_entries

FILENAME = "Virke_kompetanse_2098.idml"
MEMBER = "Virke"
FORMAT = ("IDML package (InDesign Markup Language, hand-written): zip with a stored mimetype «application/vnd.adobe."
          "indesign-idml-package» first, META-INF/container.xml, designmap.xml (DOMVersion 20.0, StoryList, "
          "idPkg:Spread and idPkg:Story references), Resources/Fonts.xml, Styles.xml, Graphic.xml, Preferences.xml, "
          "a master spread, three spreads with Page and TextFrame elements (PathGeometry, ParentStory) and one story "
          "file per text frame (ParagraphStyleRange / CharacterStyleRange / Content / Br); fixed zip timestamps")
SHAPE = ("designed four-page brochure sent as its layout source: a cover story, an intro story, one story per "
         "measure (heading in paragraph style «Tiltak_tittel», a body paragraph, a fact line «Delmål 2.2 · "
         "Undersøkelse» and a line «Ansvar: … · Med: …»), a side box «Neste år» and a back-page contact story; the "
         "reading order comes only from the spreads (page order, then frame position), since the designmap lists the "
         "stories in the order they were made; delmål as «Delmål x.y»; Virke's kind words (Rådsplass, Undersøkelse, "
         "Nettjeneste, Kursrekke, Frokostmøter); the FSR seat «Virke representerer arbeidsgiversiden i Nasjonalt "
         "fagskoleråd»; a traineeship starting in March 2099 told only in words in the side box")
NOT_TRUTH = ("the cover and intro stories, the fact lines (delmål and kind) and the labels «Ansvar:» and «Med:» («Med: "
             "–» = no partner), the side box «Neste år» with 'Traineeprogram i grønn handel' (starts in March 2099), "
             "the contact story, the package parts that hold no text (styles, fonts, preferences, master spread)")
SPLIT_FIELDS = ("samarbeidspartnere",)

NS = "http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging"
PI = '<?aid style="50" type="{t}" readerVersion="6.0" featureSet="257" product="20.0(61)" ?>'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# name, delmål, kind, ansvar, med, text, seed, type
ROWS = [
    ("Virke representerer arbeidsgiversiden i Nasjonalt fagskoleråd", "1.4", "Rådsplass", "Virke", "",
     "Virke har én av arbeidsgiverplassene i rådet. I 2098 ga rådet innspill til nye fagskoletilbud i handel og "
     "logistikk og til kvalitetsarbeidet i fagskolene.", "M05", RAD),
    ("Virkes del av Kompetansetermometeret 2098", "2.2", "Undersøkelse", "Virke analyse", "NHO, KS",
     "Virke sto for utvalget fra handel og tjenester i den felles undersøkelsen. 1 150 virksomheter svarte, og "
     "funnene ble lagt fram på Handelsdagen i oktober.", "J02", FOU),
    ("Lærlingtorget – varehandelen er med", "2.3", "Nettjeneste", "Virke Handel",
     "Handel og Kontor, fylkeskommunene",
     "Virke fikk 210 butikker og grossister inn som lærebedrifter i nettjenesten, og 380 læreplasser i salgsfaget "
     "ble lagt ut.", "J06", INFO),
    ("Kursrekke i bærekraftig innkjøp for butikkledere", "2.4", "Kursrekke", "Virke Handel",
     "Handelshøyskolen BI",
     "Fire kurskvelder om miljøkrav, leverandøroppfølging og sirkulære forretningsmodeller. 170 ledere deltok.",
     None, KURS),
    ("Frokostmøter om kompetanse i små virksomheter", "2.4", "Frokostmøter", "Virke", "",
     "Seks frokostmøter i Oslo, Bergen og Trondheim om hvordan små virksomheter kan planlegge opplæring.", None, ARR),
]
NEXT_YEAR = ("Neste år", "Traineeprogram i grønn handel er ferdig planlagt og starter i mars 2099, med 20 plasser "
             "i medlemsvirksomhetene.")

# page number, frame bounds (top, left, bottom, right in points), story id, what
PAGE_H, PAGE_W = 841.89, 595.28
FRAMES = [
    (1, (120, 48, 400, 547), "u1f4", "cover"),
    (2, (56, 48, 300, 547), "u2a9", "intro"),
    (2, (320, 48, 560, 290), "u3c1", 0),
    (2, (320, 305, 560, 547), "u2e7", 1),
    (3, (56, 48, 300, 290), "u2d0", 2),
    (3, (56, 305, 300, 547), "u41b", 3),
    (3, (320, 48, 560, 290), "u30f", 4),
    (3, (320, 305, 560, 547), "u4f2", "next"),
    (4, (600, 48, 790, 547), "u1e8", "contact"),
]
SPREADS = [("ud2", [1]), ("ud9", [2, 3]), ("ue6", [4])]


def _range(style: str, paras: list[str], end: bool = True) -> str:
    """One ParagraphStyleRange holding the paragraphs, each ended by <Br/> (not the story's very last one)."""
    body = "".join(f"<Content>{xml_esc(p)}</Content>" + ("<Br/>" if i < len(paras) - 1 or end else "")
                   for i, p in enumerate(paras))
    return (f'<ParagraphStyleRange AppliedParagraphStyle="ParagraphStyle/{style}">'
            f'<CharacterStyleRange AppliedCharacterStyle="CharacterStyle/$ID/[No character style]">{body}'
            f'</CharacterStyleRange></ParagraphStyleRange>')


def _story(sid: str, ranges: list[tuple[str, list[str]]]) -> str:
    inner = "".join(_range(st, paras, i < len(ranges) - 1) for i, (st, paras) in enumerate(ranges))
    return (HEAD + PI.format(t="story") + "\n"
            f'<idPkg:Story xmlns:idPkg="{NS}" DOMVersion="20.0">'
            f'<Story Self="{sid}" UserText="true" IsEndnoteStory="false" AppliedTOCStyle="n" TrackChanges="false" '
            f'StoryTitle="$ID/" AppliedNamedGrid="n">'
            '<StoryPreference OpticalMarginAlignment="false" OpticalMarginSize="12" FrameType="TextFrameType" '
            'StoryOrientation="Horizontal" StoryDirection="LeftToRightDirection"/>'
            '<InCopyExportOption IncludeGraphicProxies="true" IncludeAllResources="false"/>'
            f'{inner}</Story></idPkg:Story>')


def _story_text(what) -> list[str]:
    if what == "cover":
        return [("Forside_tittel", ["Kompetanse i Virke 2098"]),
                ("Forside_undertittel", ["Rapport til Kompetansepolitisk råd"])]
    if what == "intro":
        return [("Ingress", [
            "Virke organiserer virksomheter i handel, tjenester og ideell sektor. Her er tiltakene vi gjennomførte i "
            "2098 for å følge opp Nasjonal kompetansepolitisk strategi."]),
            ("Brødtekst", ["Hvert tiltak har en faktalinje med delmålet i strategien og hva slags tiltak det "
                                  "er, og en linje med hvem som hadde ansvaret og hvem vi samarbeidet med."])]
    if what == "next":
        return [("Boks_tittel", [NEXT_YEAR[0]]), ("Boks_tekst", [NEXT_YEAR[1]])]
    if what == "contact":
        return [("Bakside", ["Hovedorganisasjonen Virke · Postboks 2900 Solli · 0230 Oslo",
                                   "Kontakt: Camilla Strøm, fagsjef kompetanse, januar 2099"])]
    name, dm, kind, ansvar, med, txt, _s, _t = ROWS[what]
    return [("Tiltak_tittel", [name]), ("Brødtekst", [txt]),
            ("Faktalinje", [f"Delmål {dm} · {kind}", f"Ansvar: {ansvar} · Med: {med or '–'}"])]


def _frame(fid: str, sid: str, pts) -> str:
    arr = "".join(f'<PathPointType Anchor="{x:g} {y:g}" LeftDirection="{x:g} {y:g}" RightDirection="{x:g} {y:g}"/>'
                  for x, y in pts)
    return (f'<TextFrame Self="{fid}" ParentStory="{sid}" PreviousTextFrame="n" NextTextFrame="n" '
            'ContentType="TextType" ItemLayer="ub3" ItemTransform="1 0 0 1 0 0">'
            f'<Properties><PathGeometry><GeometryPathType PathOpen="false"><PathPointArray>{arr}</PathPointArray>'
            '</GeometryPathType></PathGeometry></Properties>'
            '<TextFramePreference TextColumnCount="1" TextColumnGutter="12"/></TextFrame>')


def _page_x(pg: int) -> float:
    """Facing pages: odd pages are right-hand pages (x from 0), even pages left-hand (x from -width)."""
    return 0.0 if pg % 2 else -PAGE_W


def _spread(sid: str, pages: list[int], k: int) -> str:
    items = []
    for pg in pages:
        x0, y0 = _page_x(pg), -PAGE_H / 2
        items.append(f'<Page Self="{sid}p{pg}" Name="{pg}" AppliedMaster="ue1" '
                     f'GeometricBounds="0 0 {PAGE_H:g} {PAGE_W:g}" ItemTransform="1 0 0 1 {x0:g} {y0:g}" '
                     'OverrideList="" TabOrder=""/>')
    for n, (pg, (top, left, bottom, right), story, _w) in enumerate(FRAMES):
        if pg in pages:
            x0, y0 = _page_x(pg), -PAGE_H / 2
            pts = [(x0 + left, y0 + top), (x0 + left, y0 + bottom), (x0 + right, y0 + bottom), (x0 + right, y0 + top)]
            items.append(_frame(f"u{0x500 + n:x}", story, pts))
    return (HEAD + PI.format(t="spread") + "\n"
            f'<idPkg:Spread xmlns:idPkg="{NS}" DOMVersion="20.0"><Spread Self="{sid}" PageCount="{len(pages)}" '
            f'BindingLocation="{1 if len(pages) == 2 else 0}" AllowPageShuffle="true" ShowMasterItems="true" '
            f'ItemTransform="1 0 0 1 0 {k * 900}">{"".join(items)}</Spread></idPkg:Spread>')


def _styles() -> str:
    paras = ["Forside_tittel", "Forside_undertittel", "Ingress", "Brødtekst", "Tiltak_tittel", "Faktalinje",
             "Boks_tittel", "Boks_tekst", "Bakside"]
    sizes = {"Forside_tittel": 36, "Forside_undertittel": 18, "Ingress": 13, "Tiltak_tittel": 14,
             "Faktalinje": 8.5, "Boks_tittel": 12}
    ps = "".join(f'<ParagraphStyle Self="ParagraphStyle/{p}" Name="{p}" PointSize="{sizes.get(p, 10)}" '
                 f'FontStyle="{"Bold" if p.endswith("tittel") else "Regular"}"><Properties>'
                 '<BasedOn type="object">$ID/[No paragraph style]</BasedOn><AppliedFont type="string">Source Sans '
                 'Pro</AppliedFont></Properties></ParagraphStyle>' for p in paras)
    return (HEAD + PI.format(t="styles") + "\n"
            f'<idPkg:Styles xmlns:idPkg="{NS}" DOMVersion="20.0">'
            '<RootCharacterStyleGroup Self="u79"><CharacterStyle Self="CharacterStyle/$ID/[No character style]" '
            'Name="$ID/[No character style]"/></RootCharacterStyleGroup>'
            '<RootParagraphStyleGroup Self="u78"><ParagraphStyle Self="ParagraphStyle/$ID/[No paragraph style]" '
            f'Name="$ID/[No paragraph style]"/>{ps}</RootParagraphStyleGroup></idPkg:Styles>')


def _small(kind: str, body: str) -> str:
    return HEAD + PI.format(t=kind.lower()) + "\n" + \
        f'<idPkg:{kind} xmlns:idPkg="{NS}" DOMVersion="20.0">{body}</idPkg:{kind}>'


def build(out) -> list[dict]:
    # the stories as InDesign lists them: in the order they were made (ids ascending), not the reading order
    stories = sorted({s for _p, _b, s, _w in FRAMES}, key=lambda s: int(s[1:], 16))
    what = {s: w for _p, _b, s, w in FRAMES}
    design = (HEAD + PI.format(t="document") + "\n"
              f'<Document xmlns:idPkg="{NS}" DOMVersion="20.0" Self="d" StoryList="{" ".join(stories)}" '
              'Name="Virke_kompetanse_2098.indd" ZeroPoint="0 0" ActiveLayer="ub3" CMYKProfile="Coated FOGRA39 '
              '(ISO 12647-2:2004)" RGBProfile="sRGB IEC61966-2.1" SolidColorIntent="UseColorSettings" '
              'AfterBlendingIntent="UseColorSettings" DefaultImageIntent="UseColorSettings" '
              'RGBPolicy="PreserveEmbeddedProfiles" CMYKPolicy="CombinationOfPreserveAndSafeCmyk" '
              'AccurateLABSpots="false">'
              '<Language Self="Language/$ID/Norwegian%3a Bokmal" Name="$ID/Norwegian: Bokmal" SingleQuotes="‘’" '
              'DoubleQuotes="«»" PrimaryLanguageName="$ID/Norwegian: Bokmal" SublanguageName="$ID/" Id="270" '
              'HyphenationVendor="Duden" SpellingVendor="Duden"/>'
              '<idPkg:Graphic src="Resources/Graphic.xml"/><idPkg:Fonts src="Resources/Fonts.xml"/>'
              '<idPkg:Styles src="Resources/Styles.xml"/><idPkg:Preferences src="Resources/Preferences.xml"/>'
              '<idPkg:Tags src="XML/Tags.xml"/>'
              '<Layer Self="ub3" Name="Tekst" Visible="true" Locked="false" IgnoreWrap="false" ShowGuides="true" '
              'LockGuides="false" UI="true" Expendable="true" Printable="true"/>'
              '<idPkg:MasterSpread src="MasterSpreads/MasterSpread_ue1.xml"/>'
              + "".join(f'<idPkg:Spread src="Spreads/Spread_{s}.xml"/>' for s, _p in SPREADS)
              + '<idPkg:BackingStory src="XML/BackingStory.xml"/>'
              + "".join(f'<idPkg:Story src="Stories/Story_{s}.xml"/>' for s in stories)
              + "</Document>")
    parts = [("mimetype", "application/vnd.adobe.indesign-idml-package", False),
             ("designmap.xml", design, True),
             ("META-INF/container.xml",
              HEAD + '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
              'full-path="designmap.xml" media-type="text/xml"/></rootfiles></container>', True),
             ("Resources/Graphic.xml", _small("Graphic", '<Color Self="Color/Black" Model="Process" Space="CMYK" '
                                              'ColorValue="0 0 0 100" Name="Black"/><Color Self="Color/Virkegrønn" '
                                              'Model="Process" Space="CMYK" ColorValue="80 10 60 20" '
                                              'Name="Virkegrønn"/>'), True),
             ("Resources/Fonts.xml", _small("Fonts", '<FontFamily Self="di3" Name="Source Sans Pro"><Font '
                                            'Self="di3FontnSource Sans Pro Regular" FontFamily="Source Sans Pro" '
                                            'Name="Source Sans Pro Regular" PostScriptName="SourceSansPro-Regular" '
                                            'Status="Installed" FontStyleName="Regular" FontType="OpenTypeCFF"/>'
                                            '<Font Self="di3FontnSource Sans Pro Bold" FontFamily="Source Sans Pro" '
                                            'Name="Source Sans Pro Bold" PostScriptName="SourceSansPro-Bold" '
                                            'Status="Installed" FontStyleName="Bold" FontType="OpenTypeCFF"/>'
                                            '</FontFamily>'), True),
             ("Resources/Styles.xml", _styles(), True),
             ("Resources/Preferences.xml", _small("Preferences", '<DocumentPreference PageHeight="841.8897637795275" '
                                                  'PageWidth="595.2755905511812" PagesPerDocument="4" '
                                                  'FacingPages="true" DocumentBleedTopOffset="8.503937007874017"/>'),
              True),
             ("MasterSpreads/MasterSpread_ue1.xml", _small("MasterSpread", '<MasterSpread Self="ue1" Name="A-Mal" '
                                                           'NamePrefix="A" BaseName="Mal" PageCount="2"/>'), True)]
    for k, (sid, pages) in enumerate(SPREADS):
        parts.append((f"Spreads/Spread_{sid}.xml", _spread(sid, pages, k), True))
    parts.append(("XML/BackingStory.xml", _small("BackingStory", '<XmlStory Self="ui9" AppliedTOCStyle="n"/>'), True))
    parts.append(("XML/Tags.xml", _small("Tags", '<XMLTag Self="XMLTag/Root" Name="Root"/>'), True))
    for s in stories:
        parts.append((f"Stories/Story_{s}.xml", _story(s, _story_text(what[s])), True))
    (out / FILENAME).write_bytes(zip_entries(parts, when=ZIP_DT))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t) for n, dm, _k, a, m, t, seed, ty in ROWS]


def reading_order(path) -> list[str]:
    """The stories' paragraphs in reading order: spreads as the designmap lists them, their pages left to right,
    the frames on a page top to bottom and left to right."""
    import zipfile

    from lxml import etree
    z = zipfile.ZipFile(path)
    design = etree.fromstring(z.read("designmap.xml"))
    order = []
    for sp in design.iter("{%s}Spread" % NS):
        spread = etree.fromstring(z.read(sp.get("src")))
        frames = []
        for tf in spread.iter("TextFrame"):
            anchors = [tuple(map(float, a.get("Anchor").split())) for a in tf.iter("PathPointType")]
            frames.append((min(a[0] for a in anchors), min(a[1] for a in anchors), tf.get("ParentStory")))
        for pg in sorted(spread.iter("Page"), key=lambda p: float(p.get("ItemTransform").split()[4])):
            px = float(pg.get("ItemTransform").split()[4])
            order += [s for _y, _x, s in sorted((y, x, s) for x, y, s in frames if px <= x < px + PAGE_W)]
    out = []
    for sid in order:
        st = etree.fromstring(z.read(f"Stories/Story_{sid}.xml"))
        text = "".join((el.text or "") if el.tag == "Content" else "\n" for el in st.iter("Content", "Br"))
        out += [ln for ln in text.split("\n") if ln]
    return out


def text(path) -> str:
    return "\n".join(reading_order(path))
