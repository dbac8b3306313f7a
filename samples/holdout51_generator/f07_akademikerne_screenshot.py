"""Akademikerne: a PNG screenshot of a SharePoint-style list (no PDF wrapper).

Rendered with Pillow at 150 % display scaling: browser tab and address
bar, the intranet's suite bar and site navigation, a command bar, the
list view with columns Tittel / Strategimål / Kategori / Eier / Med, one
row selected and its details pane open on the right (the only place a
description is visible); Windows task bar at the bottom.
"""
from __future__ import annotations

from PIL import Image, ImageDraw

from .common import truth, COUNCIL_IDS, pil_font, pil_wrap

FILENAME = "Akademikerne_tiltaksliste_2071_skjermbilde.png"
MEMBER = "Akademikerne"
FORMAT = "PNG screenshot (Pillow render at 150 % scaling), image only"
SHAPE = ("screenshot of an intranet list view: columns Tittel / Strategimål ('1.4 Samarbeid …') / "
         "Kategori (own words) / Eier / Med; one row selected with a details pane that alone shows a "
         "description; browser and task bar around it")

S = 1.5
W0, H0 = 1440, 860

ROWS = [
    dict(name="Kompetansebehovsutvalget", dm="1.1", dmt="1.1 Kompetansebehov", kat="Utvalg",
         eier="Akademikerne (sekretariatet)", med="", seed=COUNCIL_IDS["KBU"],
         ttype="Råd/utvalg/nettverk"),
    dict(name="Råd for samarbeid med arbeidslivet (RSA)", dm="1.4",
         dmt="1.4 Samarbeid utdanning–arbeidsliv", kat="Råd",
         eier="Akademikernes medlemsforeninger", med="UiB, UiO, NTNU",
         seed=COUNCIL_IDS["RSA"], ttype="Råd/utvalg/nettverk"),
    dict(name="Fagstrategiske enheter i UHR", dm="1.4",
         dmt="1.4 Samarbeid utdanning–arbeidsliv", kat="Nettverk", eier="Akademikerne",
         med="UHR", seed=COUNCIL_IDS["UHR-FSE"], ttype="Råd/utvalg/nettverk"),
    dict(name="LÆRIARB – læring i arbeidslivet for akademikere", dm="2.2",
         dmt="2.2 Kunnskapsgrunnlag", kat="Forskning", eier="Akademikerne",
         med="UHR, Høgskolen i Innlandet", seed="J06", ttype="FoU"),
    dict(name="Opplæring av våre RSA-representanter", dm="1.4",
         dmt="1.4 Samarbeid utdanning–arbeidsliv", kat="Kurs", eier="Akademikerne", med="",
         seed=None, ttype="Kurs/utdanning",
         text="Halvdagskurs for de 14 representantene Akademikerne har i rådene for samarbeid "
              "med arbeidslivet: rolle, mandat og hvordan de kan fremme medlemmenes behov for "
              "etter- og videreutdanning."),
    dict(name="EVU-portalen for akademikere", dm="2.4", dmt="2.4 Etter- og videreutdanning",
         kat="Nettside", eier="Akademikerne", med="Tekna, Samfunnsviterne", seed=None,
         ttype="Informasjon"),
]
SELECTED = 4


def s(v):
    return int(round(v * S))


def build(out):
    im = Image.new("RGB", (s(W0), s(H0)), (255, 255, 255))
    d = ImageDraw.Draw(im)
    f = lambda size, **kw: pil_font(s(size), **kw)  # noqa: E731

    # browser tab strip + address bar
    d.rectangle([0, 0, s(W0), s(34)], fill=(222, 225, 230))
    d.rounded_rectangle([s(8), s(6), s(290), s(40)], radius=s(8), fill=(255, 255, 255))
    d.text((s(22), s(13)), "Tiltak 2071 - Alle elementer", font=f(12), fill=(30, 30, 30))
    d.text((s(270), s(11)), "×", font=f(13), fill=(90, 90, 90))
    d.text((s(302), s(9)), "+", font=f(16), fill=(90, 90, 90))
    d.rectangle([0, s(34), s(W0), s(74)], fill=(255, 255, 255))
    d.text((s(14), s(44)), "←   →   ↻", font=f(14), fill=(90, 90, 90))
    d.rounded_rectangle([s(110), s(41), s(1100), s(67)], radius=s(13), fill=(241, 243, 244))
    d.text((s(128), s(46)),
           "akademikerne.sharepoint.com/sites/Kompetanse/Lists/Tiltak2071/AllItems.aspx",
           font=f(12.5), fill=(40, 40, 40))
    d.line([0, s(74), s(W0), s(74)], fill=(210, 210, 210), width=s(1))

    # suite bar
    d.rectangle([0, s(75), s(W0), s(115)], fill=(3, 120, 124))
    d.text((s(18), s(85)), "⋮⋮⋮   SharePoint", font=f(14, bold=True), fill=(255, 255, 255))
    d.rounded_rectangle([s(480), s(82), s(960), s(108)], radius=s(4), fill=(235, 246, 246))
    d.text((s(495), s(87)), "Søk i denne listen", font=f(12.5), fill=(90, 90, 90))
    d.ellipse([s(1395), s(82), s(1425), s(110)], fill=(200, 120, 60))
    d.text((s(1402), s(88)), "IH", font=f(11, bold=True), fill=(255, 255, 255))

    # site header
    d.rectangle([s(18), s(130), s(62), s(174)], fill=(3, 120, 124))
    d.text((s(29), s(138)), "K", font=f(22, bold=True), fill=(255, 255, 255))
    d.text((s(76), s(128)), "Kompetansepolitikk", font=f(20, bold=True), fill=(20, 20, 20))
    d.text((s(76), s(158)), "Hjem      Dokumenter      Tiltak 2071      Sider      Nettstedsinnhold",
           font=f(12.5), fill=(60, 60, 60))
    d.line([s(222), s(178), s(300), s(178)], fill=(3, 120, 124), width=s(2))
    d.line([0, s(190), s(W0), s(190)], fill=(225, 225, 225), width=s(1))

    # command bar
    d.text((s(24), s(202)),
           "+ Ny      ✎ Rediger i rutenettvisning      ↗ Del      ⇩ Eksporter      ⚙ Automatiser      ⋯",
           font=f(12.5), fill=(40, 40, 40))
    d.text((s(1300 - 330), s(202)), "≡ Alle elementer ▾      ℹ", font=f(12.5), fill=(40, 40, 40))
    d.line([0, s(232), s(W0), s(232)], fill=(225, 225, 225), width=s(1))

    pane_x = 1000
    d.text((s(24), s(246)), "Tiltak 2071", font=f(19, bold=True), fill=(20, 20, 20))

    cols = [("Tittel", 24 + 30), ("Strategimål", 372), ("Kategori", 575), ("Eier", 665),
            ("Med", 840)]
    hy = 292
    for name, x in cols:
        d.text((s(x), s(hy)), name + " ⌄", font=f(12.5, bold=True), fill=(60, 60, 60))
    d.line([s(24), s(hy + 26), s(pane_x - 12), s(hy + 26)], fill=(220, 220, 220), width=s(1))

    ry = hy + 32
    rh = 44
    for i, r in enumerate(ROWS):
        y = ry + i * rh
        if i == SELECTED:
            d.rectangle([s(24), s(y), s(pane_x - 12), s(y + rh - 2)], fill=(225, 241, 241))
            d.ellipse([s(30), s(y + 13), s(46), s(y + 29)], fill=(3, 120, 124))
            d.text((s(33), s(y + 12)), "✓", font=f(11, bold=True), fill=(255, 255, 255))
        else:
            d.ellipse([s(30), s(y + 13), s(46), s(y + 29)], outline=(200, 200, 200), width=s(1))
        vals = [r["name"], r["dmt"], r["kat"], r["eier"], r["med"] or "—"]
        widths = [305, 190, 82, 165, 140]
        for (cname, x), v, wmax in zip(cols, vals, widths):
            fnt = f(12.5)
            txt = v
            lines = pil_wrap(d, txt, fnt, s(wmax))
            if len(lines) == 1:
                d.text((s(x), s(y + 13)), txt, font=fnt, fill=(30, 30, 30))
            else:
                d.text((s(x), s(y + 4)), lines[0], font=fnt, fill=(30, 30, 30))
                d.text((s(x), s(y + 22)), " ".join(lines[1:]), font=fnt, fill=(30, 30, 30))
        d.line([s(24), s(y + rh - 1), s(pane_x - 12), s(y + rh - 1)], fill=(237, 237, 237),
               width=s(1))

    # details pane
    d.rectangle([s(pane_x), s(233), s(W0), s(H0 - 44)], fill=(250, 250, 250))
    d.line([s(pane_x), s(233), s(pane_x), s(H0 - 44)], fill=(215, 215, 215), width=s(1))
    r = ROWS[SELECTED]
    px = pane_x + 22
    d.text((s(W0 - 40), s(246)), "×", font=f(16), fill=(80, 80, 80))
    y = 248
    for ln in pil_wrap(d, r["name"], f(16, bold=True), s(W0 - px - 50)):
        d.text((s(px), s(y)), ln, font=f(16, bold=True), fill=(20, 20, 20))
        y += 24
    y += 14
    for label, val in [("Strategimål", r["dmt"]), ("Kategori", r["kat"]), ("Eier", r["eier"]),
                       ("Med", r["med"] or "—")]:
        d.text((s(px), s(y)), label, font=f(11), fill=(100, 100, 100))
        d.text((s(px), s(y + 16)), val, font=f(13), fill=(20, 20, 20))
        y += 46
    d.text((s(px), s(y)), "Beskrivelse", font=f(11), fill=(100, 100, 100))
    y += 18
    for ln in pil_wrap(d, r["text"], f(13), s(W0 - px - 30)):
        d.text((s(px), s(y)), ln, font=f(13), fill=(20, 20, 20))
        y += 20
    y += 18
    d.text((s(px), s(y)), "Endret 03.12.2071 av Ida Hovland", font=f(10.5), fill=(120, 120, 120))

    # task bar
    d.rectangle([0, s(H0 - 44), s(W0), s(H0)], fill=(238, 241, 245))
    d.text((s(W0 / 2 - 90), s(H0 - 33)), "⊞    ○    ▣    ◉    ✉", font=f(15), fill=(50, 50, 50))
    d.text((s(W0 - 105), s(H0 - 40)), "10:12", font=f(11), fill=(30, 30, 30))
    d.text((s(W0 - 105), s(H0 - 23)), "09.02.2072", font=f(11), fill=(30, 30, 30))

    im.save(out / FILENAME, format="PNG", optimize=False)

    rows = []
    for r in ROWS:
        rows.append(truth(FILENAME, MEMBER, r["name"], r["seed"], r["dm"], r["ttype"],
                          r["eier"], r["med"], r.get("text", "")))
    return rows
