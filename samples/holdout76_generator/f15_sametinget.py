"""Sametinget: a bilingual PDF laid out as a layout program exports it with two language layers (optional content
groups): «Dárogiella / Norsk», on by default, and «Davvisámegiella / Nordsamisk», off by default. Both layers put
their text in the same places on the page, so a viewer shows only the Norwegian, while a text extractor that ignores
the layers gets both languages on top of each other. The header and footer are outside the layers. An offer
postponed to the autumn of 2097 is told only in words."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString
from reportlab.pdfgen import canvas

from .common import ARR, INFO, KURS, RAD, dated_pdf, PlainStreams, rl_fonts, row, wrap

FILENAME = "Sametinget – rapport KPR 2096 (dárogiella-sámegiella).pdf"
MEMBER = "Sametinget"
FORMAT = ("PDF (reportlab canvas, invariant) with optional content: two OCGs in /OCProperties (default config: "
          "«Dárogiella / Norsk» ON, «Davvisámegiella / Nordsamisk» OFF), the page text of each language wrapped in "
          "/OC … BDC … EMC under the page's /Properties; both layers drawn at the same positions; header and footer "
          "outside the layers; Creator «Adobe InDesign 19.5 (Macintosh)»; DejaVu fonts embedded")
SHAPE = ("two-page bilingual report with language layers: a header «Sámediggi · Sametinget» and a footer with the "
         "address on every page (not layered); in each layer a title, an intro and three measure blocks per page: "
         "bold name, description, and a line «Delmål 2.3 · Rådsplass · Ansvar: … · Samarbeid: …» (North Sámi: "
         "«Oassemihttu 2.3 · Ráđđesadji · Ovddasvástádus: … · Ovttasbargu: …»); the North Sámi layer is hidden by "
         "default and lies exactly over the Norwegian one, so a layer-blind extractor mixes the two; the truth is the "
         "Norwegian layer; Sametinget's kind words (Rådsplass, Temadager, Nettjeneste, Kurs, Konferanse, "
         "Utdanning); the SRY seat «Sametingets medlem i Samarbeidsrådet for yrkesopplæring»; Sametinget's own "
         "vocational days named like the joint week; an offer postponed to the autumn of 2097 told only in words")
NOT_TRUTH = ("the header and footer, the title and intro, the fact lines' labels, codes and kind words, the whole "
             "hidden North Sámi layer, the block 'Samisk lærerutdanning på deltid' (postponed to the autumn of 2097)")
SPLIT_FIELDS = ("samarbeidspartnere",)

TITLE = ("Sametingets rapport til Kompetansepolitisk råd 2096", "Sámedikki raporta Gealbopolitihkalaš ráđđái 2096")
INTRO = ("Sametinget følger opp Nasjonal kompetansepolitisk strategi med tiltak for samisk språk, kultur og "
         "næringsliv. Her er tiltakene i 2096.",
         "Sámediggi čuovvu Nationála gealbopolitihkalaš strategiija doaibmabijuiguin sámegiela, kultuvrra ja "
         "ealáhusaid ovdii. Dás leat doaibmabijut jagi 2096.")

# (name, desc, kind, ansvar, samarbeid) in Norwegian, the same in North Sámi, dm, seed, type
ROWS = [
    (("Sametingets medlem i Samarbeidsrådet for yrkesopplæring",
      "Sametinget oppnevner ett medlem i SRY. I 2096 arbeidet medlemmet for at samiske lærefag som duodji og "
      "reindrift blir synlige i den nye tilbudsstrukturen.", "Rådsplass", "Opplæringsavdelingen", ""),
     ("Sámedikki lahttu Fidnooahpahusa ovttasbargoráđis",
      "Sámediggi nammada ovtta lahtu ráđđái. Jagi 2096 bargai lahttu dan ovdii ahte sámi oahppofágat nugo duodji ja "
      "boazodoallu bohtet oidnosii ođđa fálaldatstruktuvrras.", "Ráđđesadji", "Oahpahusossodat", ""),
     "2.3", "M05", RAD),
    (("Yrkesfagveka i Sápmi – Sametingets egne dager",
      "Sametinget holdt egne yrkesfagdager i Karasjok og Snåsa for elever i ungdomsskolen, med duodji, reindrift og "
      "fiske. Dagene er Sametingets egne og er ikke en del av den nasjonale Yrkesfagveka.", "Temadager",
      "Opplæringsavdelingen", "Samisk videregående skole i Karasjok"),
     ("Fidnofágavahkku Sámis – Sámedikki iežas beaivvit",
      "Sámediggi lágidii iežas fidnofágabeivviid Kárášjogas ja Snåasas nuoraidskuvlla oahppiide, duojiin, "
      "boazodoaluin ja guolástemiin. Beaivvit leat Sámedikki iežas, eaige leat oassi riikkaviidosaš "
      "Fidnofágavahkus.", "Temábeaivvit", "Oahpahusossodat", "Kárášjoga sámi joatkkaskuvla"),
     "2.3", None, ARR),
    (("Samisk karriereveiledning på nett",
      "Ny nettjeneste på nordsamisk, lulesamisk og sørsamisk med veiledning om utdanning og yrker. 2 100 besøk i "
      "2096.", "Nettjeneste", "Opplæringsavdelingen", "Karriere Finnmark"),
     ("Sámi oahppo- ja bargobagadus neahtas",
      "Ođđa neahttabálvalus davvi-, julev- ja lullisámegillii mas bagadallojuvvo oahpu ja ámmáhiid birra. 2 100 "
      "galledeami jagi 2096.", "Neahttabálvalus", "Oahpahusossodat", "Karriere Finnmark"),
     "1.3", None, INFO),
    (("Fagbrev i duodji for voksne",
      "Kurs for voksne som vil ta fagbrev i duodji som praksiskandidat, med samlinger i Kautokeino og Snåsa. 24 "
      "deltakere.", "Kurs", "Næringsavdelingen", "Samisk videregående skole og reindriftsskole"),
     ("Fágareive duojis rávisolbmuide",
      "Kursa rávisolbmuide geat háliidit váldit fágareivve duojis praksisgandidáhttan, čoahkkanemiiguin "
      "Guovdageainnus ja Snåasas. 24 oassálasti.", "Kursa", "Ealáhusossodat",
      "Sámi joatkkaskuvla ja boazodoallooahppu"),
     "3.1", None, KURS),
    (("Samisk næringslivskonferanse 2096",
      "Konferanse i Tromsø i mars om rekruttering og kompetanse i samisk næringsliv, med 180 deltakere.",
      "Konferanse", "Næringsavdelingen", "NHO Arktis, Sámi allaskuvla"),
     ("Sámi ealáhuskonferánsa 2096",
      "Konferánsa Romssas njukčamánus rekrutterema ja gealbbu birra sámi ealáhusain, 180 oassálastiin.",
      "Konferánsa", "Ealáhusossodat", "NHO Arktis, Sámi allaskuvla"),
     "1.4", None, ARR),
    (("Samisk lærerutdanning på deltid",
      "Tilbudet er utsatt til høsten 2097 fordi det var for få søkere.", "Utdanning", "Opplæringsavdelingen", ""),
     ("Sámi oahpaheaddjeoahppu oasseáiggis",
      "Fálaldat lea maŋiduvvon 2097 čakčii go ledje menddo unnán ohccit.", "Oahppu", "Oahpahusossodat", ""),
     "1.4", "", None),
]
LABELS = (("Delmål", "Ansvar", "Samarbeid"), ("Oassemihttu", "Ovddasvástádus", "Ovttasbargu"))
LEFT, WIDTH = 22 * mm, 166 * mm


def _layer(c, lang: int, blocks) -> None:
    y = 262 * mm
    if blocks[0] == 0:
        c.setFillColorRGB(0.55, 0.07, 0.12)
        c.setFont("DV-B", 17)
        c.drawString(LEFT, y, TITLE[lang])
        y -= 12 * mm
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("DVS", 10.5)
        for ln in wrap(INTRO[lang], "DVS", 10.5, WIDTH):
            c.drawString(LEFT, y, ln)
            y -= 14
        y -= 10
    for i in blocks:
        texts, dm = ROWS[i][lang], ROWS[i][2]
        name, desc, kind, ansvar, samarb = texts
        c.setFillColorRGB(0.55, 0.07, 0.12)
        c.setFont("DV-B", 11.5)
        for ln in wrap(name, "DV-B", 11.5, WIDTH):
            c.drawString(LEFT, y, ln)
            y -= 15
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("DVS", 10)
        for ln in wrap(desc, "DVS", 10, WIDTH):
            c.drawString(LEFT, y, ln)
            y -= 13.5
        lab = LABELS[lang]
        fact = f"{lab[0]} {dm} · {kind} · {lab[1]}: {ansvar}" + (f" · {lab[2]}: {samarb}" if samarb else "")
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.setFont("DV", 8.5)
        for ln in wrap(fact, "DV", 8.5, WIDTH):
            c.drawString(LEFT, y - 2, ln)
            y -= 12
        y -= 16


def build(out) -> list[dict]:
    with PlainStreams():
        rows = _draw(out)
    dated_pdf(out / FILENAME, "20970112151800+01'00'")
    return rows


def _draw(out) -> list[dict]:
    rl_fonts()
    c = canvas.Canvas(str(out / FILENAME), pagesize=(210 * mm, 297 * mm), invariant=1)
    c.setCreator("Adobe InDesign 19.5 (Macintosh)")
    c.setProducer("Adobe PDF Library 17.0")
    c.setTitle("Sámediggi – raporta / Sametinget – rapport 2096")
    c.setSubject("Kompetansepolitisk råd")
    c.setAuthor("Sámediggi")
    doc = c._doc
    no = doc.Reference(PDFDictionary({"Type": PDFName("OCG"), "Name": PDFString("Dárogiella / Norsk")}), "OCGnb")
    se = doc.Reference(PDFDictionary({"Type": PDFName("OCG"), "Name": PDFString("Davvisámegiella / Nordsamisk")}),
                       "OCGse")
    doc.Catalog.OCProperties = PDFDictionary({
        "OCGs": PDFArray([no, se]),
        "D": PDFDictionary({"Name": PDFString("Standard"), "Order": PDFArray([no, se]), "ON": PDFArray([no]),
                            "OFF": PDFArray([se]), "BaseState": PDFName("ON")})})
    doc.Catalog.__NoDefault__ = list(doc.Catalog.__NoDefault__) + ["OCProperties"]
    original = pdfdoc.PDFPage.check_format

    def with_layers(self, document):
        original(self, document)
        self.Resources.Properties = {"MC0": no, "MC1": se}
    pdfdoc.PDFPage.check_format = with_layers
    try:
        for page, blocks in enumerate(([0, 1, 2], [3, 4, 5]), 1):
            c.setFillColorRGB(0.55, 0.07, 0.12)
            c.rect(0, 284 * mm, 210 * mm, 13 * mm, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1)
            c.setFont("DV-B", 11)
            c.drawString(LEFT, 289 * mm, "Sámediggi · Sametinget")
            for lang, tag in ((0, "MC0"), (1, "MC1")):
                c._code.append(f"/OC /{tag} BDC")
                _layer(c, lang, blocks)
                c._code.append("EMC")
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.setFont("DV", 8)
            c.drawString(LEFT, 12 * mm, "Ávjovárgeaidnu 50, 9730 Kárášjohka / Karasjok · samediggi@samediggi.no")
            c.drawRightString(LEFT + WIDTH, 12 * mm, f"{page} / 2")
            c.showPage()
        c.save()
    finally:
        pdfdoc.PDFPage.check_format = original
    return [row(FILENAME, MEMBER, nb[0], seed, dm, ty, nb[3], nb[4], nb[1]) for nb, _se, dm, seed, ty in ROWS if ty]


def text(path) -> str:
    """Text in content-stream order (pdfium), where each layer comes out whole; pdfplumber would mix them."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def layers(path) -> bytes:
    return path.read_bytes()
