"""Fagskolerådet: a web portal's receipt page printed to PDF from a browser.

Looks like Chrome's 'Lagre som PDF': small date/time and page title in
the top margin, the URL and 'n/N' in the bottom margin on every page, web
chrome (site banner, navigation, a green confirmation box, footer links)
around question/answer pairs – one card per measure 'Tiltak n av 5' with
the portal's own answer wording for delmål and type.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from .common import truth, COUNCIL_IDS, esc, register_reportlab_fonts

FILENAME = "Kvittering_rapportering_Fagskoleradet_2071.pdf"
MEMBER = "Fagskolerådet"
FORMAT = "PDF imitating a browser print (reportlab platypus, invariant): print header/footer with date, title, URL, n/N"
SHAPE = ("receipt page of a web reporting portal: banner, confirmation box, then per measure a card "
         "'Tiltak n av 5' of question/answer pairs in the portal's wording (delmål as code + text, type "
         "as portal label, '(Ikke besvart)' for an empty answer); comments section with a 2072 plan")

URL = "https://rapportering.kpr-sekretariatet.no/skjema/2071/kvittering?ref=KPR-2071-0017"
PRINTED = "15.02.2072, 10:41"
PAGETITLE = "Kvittering – Rapportering 2071 | Kompetansepolitisk råd"

TYPE_LABEL = {
    "FoU": "Forskning, utredning eller analyse",
    "Kurs/utdanning": "Kurs eller utdanningstilbud",
    "Råd/utvalg/nettverk": "Råd, utvalg eller nettverk",
    "Prosjekt": "Prosjekt eller utviklingsarbeid",
    "Informasjon": "Informasjonstiltak",
    "Arrangement": "Arrangement (konferanse, seminar o.l.)",
}
DM_LABEL = {
    "1.4": "1.4 – Samarbeid mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.2": "2.2 – Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.4": "2.4 – Koble virksomhetenes kompetansebehov til etter- og videreutdanning",
    "2.5": "2.5 – Dokumentere kompetanse ervervet i arbeidslivet",
}

MEASURES = [
    dict(name="Nasjonalt fagskoleråd", dm="1.4", type="Råd/utvalg/nettverk",
         ansvar="Fagskolerådet (styreleder og daglig leder)",
         med="Kunnskapsdepartementet, NHO, KS",
         text="Fagskolerådet har to representanter i Nasjonalt fagskoleråd. Rådet behandlet i "
              "2071 forslag til ny finansieringsmodell og en felles strategi for fleksible "
              "fagskoletilbud.",
         seed=COUNCIL_IDS["FSR"]),
    dict(name="REALKOM – modell for vurdering av realkompetanse fra arbeidslivet", dm="2.5",
         type="Prosjekt", ansvar="Direktoratet for høyere utdanning og kompetanse (HK-dir)",
         med="NHO, fagskolene i Fagskolerådet",
         text="Fagskolerådet har bidratt med erfaringer fra opptak på grunnlag av realkompetanse "
              "og testet modellen ved fire fagskoler.",
         seed="J04"),
    dict(name="Fagskole+ industrimoduler", dm="2.4", type="Kurs/utdanning",
         ansvar="Fagskolerådet", med="NHO og Norsk Industri",
         text="Korte, studiepoenggivende moduler (10–15 studiepoeng) for fagarbeidere i "
              "industrien. Fem moduler ble tilbudt i 2071 med til sammen 310 studenter.",
         seed="J10"),
    dict(name="Fagskolekonferansen 2071", dm="1.4", type="Arrangement",
         ansvar="Fagskolerådet", med="",
         text="Årlig konferanse for fagskoler, arbeidsliv og myndigheter, i 2071 arrangert i "
              "Bergen med 420 deltakere. Tema var fagskolene og det grønne skiftet.",
         seed=None),
    dict(name="Behovsundersøkelse – arbeidslivets etterspørsel etter fagskoleutdannede",
         dm="2.2", type="FoU", ansvar="Fagskolerådet", med="NIFU",
         text="Spørreundersøkelse til 2 500 virksomheter om behovet for fagskoleutdannede fram "
              "mot 2080. Rapporten ble publisert i november.",
         seed=None),
]


def _styles():
    register_reportlab_fonts()
    return {
        "h1": ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=22, spaceAfter=8,
                             textColor=colors.HexColor("#1b2a3a")),
        "h2": ParagraphStyle("h2", fontName="DV-B", fontSize=12.5, leading=16, spaceBefore=10,
                             spaceAfter=6, textColor=colors.HexColor("#1b2a3a")),
        "card": ParagraphStyle("card", fontName="DV-B", fontSize=10.5, leading=14,
                               textColor=colors.HexColor("#0b5394")),
        "q": ParagraphStyle("q", fontName="DV", fontSize=8, leading=10,
                            textColor=colors.HexColor("#5f6b76")),
        "a": ParagraphStyle("a", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5),
        "na": ParagraphStyle("na", fontName="DV-I", fontSize=9.5, leading=12.5, spaceAfter=5,
                             textColor=colors.HexColor("#8a939b")),
        "nav": ParagraphStyle("nav", fontName="DV", fontSize=8.5, leading=11,
                              textColor=colors.white),
        "brand": ParagraphStyle("brand", fontName="DV-B", fontSize=11, leading=14,
                                textColor=colors.white),
        "ok": ParagraphStyle("ok", fontName="DV", fontSize=9.5, leading=13,
                             textColor=colors.HexColor("#1e5631")),
        "small": ParagraphStyle("small", fontName="DV", fontSize=7.5, leading=10,
                                textColor=colors.HexColor("#5f6b76")),
    }


def _qa(st, q, a):
    out = [Paragraph(esc(q), st["q"])]
    if a:
        out.append(Paragraph(esc(a), st["a"]))
    else:
        out.append(Paragraph("(Ikke besvart)", st["na"]))
    return out


def _card(st, inner, width):
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#c9d1d9")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbfcfd")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def _story(st, width):
    s = []
    banner = Table([[Paragraph("Kompetansepolitisk råd · Rapporteringsportal", st["brand"]),
                     Paragraph("Mine skjema &nbsp;&nbsp; Veiledning &nbsp;&nbsp; "
                               "Logg ut (Solveig R. Halse)", st["nav"])]],
                   colWidths=[width * 0.55, width * 0.45])
    banner.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1b2a3a")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
    ]))
    s += [banner, Spacer(1, 6),
          Paragraph("Forside › Rapportering 2071 › Kvittering", st["small"]), Spacer(1, 8),
          Paragraph("Kvittering for innsendt rapportering", st["h1"])]
    ok = Table([[Paragraph("✓ <b>Rapporteringen er sendt inn. Takk!</b><br/>"
                           "Referanse: KPR-2071-0017 · Innsendt 12.02.2072 kl. 15:22 · "
                           "En kopi er sendt til innsenders e-postadresse.", st["ok"])]],
               colWidths=[width])
    ok.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6f4ea")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7cb98a")),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    s += [ok, Spacer(1, 6), Paragraph("1 Om virksomheten", st["h2"])]
    s.append(_card(st, _qa(st, "Organisasjon", "Fagskolerådet")
                   + _qa(st, "Kontaktperson", "Solveig Rønning Halse, daglig leder")
                   + _qa(st, "E-post", "solveig.halse@fagskoleradet.no")
                   + _qa(st, "Rapporteringsår", "2071"), width))
    s.append(Paragraph("2 Tiltak i 2071", st["h2"]))
    s.append(Paragraph("Svarene under er slik de ble registrert i skjemaet.", st["small"]))
    s.append(Spacer(1, 6))
    n = len(MEASURES)
    for i, m in enumerate(MEASURES, 1):
        inner = [Paragraph(f"Tiltak {i} av {n}", st["card"]), Spacer(1, 4)]
        inner += _qa(st, "Hva heter tiltaket?", m["name"])
        inner += _qa(st, "Hvilket delmål i strategien er tiltaket knyttet til?", DM_LABEL[m["dm"]])
        inner += _qa(st, "Hva slags tiltak er det?", TYPE_LABEL[m["type"]])
        inner += _qa(st, "Hvem har hovedansvaret for tiltaket?", m["ansvar"])
        inner += _qa(st, "Hvem samarbeider dere med? (valgfritt)", m["med"])
        inner += _qa(st, "Beskriv kort hva som ble gjort i 2071", m["text"])
        s.append(KeepTogether([_card(st, inner, width), Spacer(1, 8)]))
    s.append(Paragraph("3 Andre kommentarer", st["h2"]))
    s.append(_card(st, _qa(st, "Har dere andre kommentarer til rapporteringen?",
                           "Vi planlegger en egen fagskoleuke våren 2072 sammen med HK-dir, og "
                           "vil rapportere den neste år."), width))
    s += [Spacer(1, 14),
          Paragraph("Skriv ut &nbsp;·&nbsp; Last ned som PDF &nbsp;·&nbsp; Tilbake til mine skjema",
                    st["small"]),
          Spacer(1, 10),
          Paragraph("© Sekretariatet for Kompetansepolitisk råd · Personvern · "
                    "Tilgjengelighetserklæring · Informasjonskapsler", st["small"])]
    return s


def _render(path, total):
    st = _styles()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 7.5)
        canvas.setFillColor(colors.black)
        W, H = A4
        canvas.drawString(12 * mm, H - 8 * mm, PRINTED)
        canvas.drawCentredString(W / 2, H - 8 * mm, PAGETITLE)
        canvas.drawString(12 * mm, 7 * mm, URL)
        canvas.drawRightString(W - 12 * mm, 7 * mm, f"{doc.page}/{total}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, invariant=1,
                            title=PAGETITLE, author="", creator="Mozilla/5.0 (Windows NT 10.0; "
                            "Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/190.0.0.0 "
                            "Safari/537.36", producer="Skia/PDF m190")
    width = A4[0] - 32 * mm
    doc.build(_story(st, width), onFirstPage=deco, onLaterPages=deco)
    return doc.page


def build(out):
    path = out / FILENAME
    pages = _render(path, 9)
    _render(path, pages)
    return [truth(FILENAME, MEMBER, m["name"], m["seed"], m["dm"], m["type"], m["ansvar"],
                  m["med"], m["text"]) for m in MEASURES]
