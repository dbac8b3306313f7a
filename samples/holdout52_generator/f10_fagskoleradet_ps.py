"""Fagskolerådet: 'measure cards' made for a board workshop, printed to a file instead of the
printer - a PostScript file with four A6 cards per A4 page and dashed cut lines.
"""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from .common import truth

FILENAME = "Fagskoleradet_tiltakskort_2072.ps"
MEMBER = "Fagskolerådet"
FORMAT = ("PostScript level 2 ('Skriv til fil'), DSC comments, Helvetica re-encoded to ISOLatin1, text as "
          "show strings with octal escapes; written as text")
SHAPE = ("workshop cards: four A6 cards per A4 page with dashed cut lines, each card one measure - number 'KORT n/8', "
         "bold name, label lines 'Delmål:' (code, code+words or words only) / 'Slags tiltak:' (own word) / "
         "'Eier:' / 'Med:', then the text; card 1 explains the cards, cards 7 and 8 are a 2071 item and a 2073 "
         "plan (not truth rows)")
NOT_TRUTH = 'card 1 (about the cards), card 7 (Fagskolens dag, finished 2071) and card 8 (admission portal planned for 2073)'

# (seed, name, delmål text, slags, eier, med, text, delmal, type)
CARDS = [
    ("-", "Om kortene", None, None, None, None,
     "Kortene ble laget til styreseminaret vårt 29. januar 2073, og vi sender dem som vår rapport for 2072. "
     "Hvert kort er ett tiltak i 2072. Kort 7 og 8 er ikke tiltak i 2072, men ble tatt med til diskusjonen.",
     None, None),
    ("M05", "Våre plasser i Nasjonalt fagskoleråd", "1.4 Samarbeid utdanning og arbeidsliv", "Rådsarbeid",
     "Fagskolerådet", "KD, partene i arbeidslivet, fylkeskommunene",
     "Fagskolerådet har to av rådets medlemmer og har i 2072 lagt fram råd om finansiering av korte "
     "fagskoletilbud.", "1.4", "Råd/utvalg/nettverk"),
    ("J08", "Nasjonal fagskolekonferanse 2072", "1.4", "Konferanse", "Fagskolerådet",
     "Innlandet fylkeskommune, Fagskolen Innlandet",
     "To dager på Gjøvik i oktober med 380 deltakere fra fagskoler, arbeidsliv og fylkeskommuner. Tema: "
     "fagskolen i det grønne skiftet.", "1.4", "Arrangement"),
    (None, "Kunnskapsgrunnlag om opptak og gjennomføring i fagskolene",
     "Kunnskap om utdanning og arbeidsliv (1.4)", "Rapport", "Fagskolerådet", "NIFU",
     "Rapport om hvem som søker fagskole, hvor mange som fullfører og hvor de får jobb. Publisert i september "
     "2072.", "1.4", "FoU"),
    (None, "Fagskole.no - informasjonskampanje", "Karriereveiledning", "Kampanje", "Fagskolerådet", "HK-dir",
     "Kampanje i sosiale medier og ny veiledningsside for voksne som vurderer fagskole, rettet mot "
     "karriereveiledere i fylkene.", "1.3", "Informasjon"),
    (None, "Nettverk for arbeidslivskontakter i fagskolene", "1.4", "Nettverk", "Fagskolerådet", "fagskolene",
     "Fire nettverksmøter for ansatte som har kontakt med bransjer og bedrifter; 60 fagskoler deltar.",
     "1.4", "Råd/utvalg/nettverk"),
    ("-", "AVSLUTTET 2071: Fagskolens dag 2071", None, None, None, None,
     "Markeringen ble holdt for siste gang i november 2071 og er erstattet av konferansen (kort 3).",
     None, None),
    ("-", "PLAN 2073: Felles opptaksportal for fagskolene", None, None, None, None,
     "Forprosjekt skal starte høsten 2073 sammen med HK-dir. Ikke startet i 2072.", None, None),
]

PW, PH = 595.0, 842.0
CARD_W, CARD_H = PW / 2, PH / 2


def _ps_str(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            b = ch.encode("latin-1")
            out.append("\\%03o" % b[0])
    return "(" + "".join(out) + ")"


def _wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _card(ops, x0, y0, n, card):
    """x0, y0: lower left of the card in page space."""
    seed, name, dm, slags, eier, med, text, *_ = card
    m = 22
    ops.append("0.85 setgray")
    ops.append(f"{x0 + m} {y0 + CARD_H - m - 26} {CARD_W - 2 * m} 26 rectfill")
    ops.append("0 setgray")
    y = y0 + CARD_H - m - 17
    ops.append(f"/HB 8 selectfont {x0 + m + 8} {y} moveto {_ps_str(f'TILTAKSKORT {n}/8')} show")
    ops.append(f"/H 8 selectfont {x0 + CARD_W - m - 80} {y} moveto {_ps_str('Fagskolerådet')} show")
    y = y0 + CARD_H - m - 52
    for ln in _wrap(name, "Helvetica-Bold", 14, CARD_W - 2 * m - 16):
        ops.append(f"/HB 14 selectfont {x0 + m + 8} {y} moveto {_ps_str(ln)} show")
        y -= 17
    y -= 6
    if dm is not None:
        for label, val in (("Delmål:", dm), ("Slags tiltak:", slags), ("Eier:", eier), ("Med:", med or "-")):
            vl = _wrap(val, "Helvetica", 9.5, CARD_W - 2 * m - 16 - 66)
            ops.append(f"/HB 9.5 selectfont {x0 + m + 8} {y} moveto {_ps_str(label)} show")
            for ln in vl:
                ops.append(f"/H 9.5 selectfont {x0 + m + 74} {y} moveto {_ps_str(ln)} show")
                y -= 12.5
        y -= 8
        ops.append(f"0.5 setlinewidth {x0 + m + 8} {y + 6} moveto {x0 + CARD_W - m - 8} {y + 6} lineto stroke")
        y -= 8
    for ln in _wrap(text, "Helvetica", 10.5, CARD_W - 2 * m - 16):
        ops.append(f"/H 10.5 selectfont {x0 + m + 8} {y} moveto {_ps_str(ln)} show")
        y -= 14
    ops.append(f"/H 7 selectfont {x0 + m + 8} {y0 + m + 6} moveto "
               f"{_ps_str('Styreseminar 29.01.2073 · Nasjonal kompetansepolitisk strategi')} show")


def _cut_lines(ops):
    ops.append("gsave 0.4 setlinewidth 0.5 setgray [4 3] 0 setdash")
    ops.append(f"{CARD_W} 0 moveto {CARD_W} {PH} lineto stroke")
    ops.append(f"0 {CARD_H} moveto {PW} {CARD_H} lineto stroke")
    ops.append("grestore")
    ops.append(f"/H 6 selectfont {CARD_W + 4} {CARD_H + 4} moveto {_ps_str('klipp her')} show")


def build(out):
    head = ["%!PS-Adobe-3.0",
            "%%Title: Microsoft Word - Tiltakskort 2072.docx",
            "%%Creator: PScript5.dll Version 5.2.2",
            "%%CreationDate: 1/28/2073 15:41:09",
            "%%For: Fagskoleradet",
            "%%BoundingBox: 0 0 595 842",
            "%%DocumentNeededResources: font Helvetica Helvetica-Bold",
            "%%LanguageLevel: 2",
            "%%Pages: 2",
            "%%PageOrder: Ascend",
            "%%EndComments",
            "%%BeginProlog",
            "/reencode { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
            "  /Encoding ISOLatin1Encoding def currentdict end definefont pop } bind def",
            "%%EndProlog",
            "%%BeginSetup",
            "%%BeginFeature: *PageSize A4",
            "<< /PageSize [595 842] >> setpagedevice",
            "%%EndFeature",
            "/H /Helvetica reencode",
            "/HB /Helvetica-Bold reencode",
            "%%EndSetup"]
    body = []
    positions = [(0, CARD_H), (CARD_W, CARD_H), (0, 0), (CARD_W, 0)]
    for page in range(2):
        body.append(f"%%Page: {page + 1} {page + 1}")
        body.append("%%BeginPageSetup")
        body.append("save")
        body.append("%%EndPageSetup")
        ops: list[str] = []
        _cut_lines(ops)
        for k in range(4):
            idx = page * 4 + k
            _card(ops, positions[k][0], positions[k][1], idx + 1, CARDS[idx])
        body.extend(ops)
        body.append("restore showpage")
    tail = ["%%Trailer", "%%EOF"]
    text = "\r\n".join(head + body + tail) + "\r\n"
    (out / FILENAME).write_bytes(text.encode("latin-1"))
    rows = []
    for seed, name, _dm, _s, eier, med, txt, dm, typ in CARDS:
        if seed == "-":
            continue
        rows.append(truth(FILENAME, MEMBER, name, seed, dm, typ, eier, med, txt))
    return rows
