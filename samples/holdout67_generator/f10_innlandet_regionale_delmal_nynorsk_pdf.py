"""Innlandet fylkeskommune: a Nynorsk Writer report (hand-written ODT) exported to PDF by LibreOffice. The headings
are the county plan's own numbered goals («Regionalt delmål 2.1 Fleire vaksne med fagbrev») whose numbers look like
the strategy's codes but are not; the national delmål stands in the italic line under each measure («Nasjonal
strategi: delmål 3.1 · Slag tiltak: … · Ansvarleg: … · Med: …»). The trap is the county's own regional forum named
like NFK. A fair not held this year."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "Innlandet fylkeskommune – rapport til Kompetansepolitisk råd 2087.pdf"
MEMBER = "Innlandet fylkeskommune"
FORMAT = ("PDF exported by LibreOffice from a hand-written ODT (content, styles, meta, manifest) with heading, bold "
          "and italic styles; dates and /ID fixed")
SHAPE = ("Nynorsk report: title, intro, headings that are the county plan's own numbered goals («Regionalt delmål "
         "1.2 Samarbeid med arbeidslivet», «Regionalt delmål 2.1 Fleire vaksne med fagbrev») – the numbers are not "
         "the strategy's; per measure a bold name, a paragraph and an italic line «Nasjonal strategi: delmål x.y · "
         "Slag tiltak: … · Ansvarleg: … · Med: … og …»; the county's kind words (Forumplass, Regionalt nettverk, "
         "Temaveke, Rådsplass, Tilskotsordning, Opplæringstilbod, Kartlegging); a fair not held this year")
NOT_TRUTH = ("the title and intro, the three headings (the county plan's goals, not delmål), the labels and the "
             "delmål and Slag tiltak values of the italic lines, the words «og» in «Med:», the paragraph "
             "'Yrkesmessa på Hamar' (not held this year, next in the autumn of 2088), the closing lines")
SPLIT_FIELDS = ("samarbeidspartnere",)

SECTIONS = [
    ("Regionalt delmål 1.1 Gode val for den einskilde", [
        ("Nasjonalt forum for karriererettleiing",
         "Fylkeskommunen har ein av plassane til fylkeskommunane i forumet. Forumet drøfta i år kvalitetsrammeverket "
         "for karriererettleiing og korleis rettleiing kan nå vaksne i jobb.",
         "1.3", "Forumplass", "Karriere Innlandet", [], "M01", RAD),
        ("Regionalt forum for karriererettleiing i Innlandet",
         "Fylkeskommunen leier eit eige forum for rettleiarar i skule, Nav og kommunar i fylket. Forumet hadde tre "
         "samlingar og er ikkje ein del av det nasjonale forumet.",
         "1.3", "Regionalt nettverk", "Karriere Innlandet", ["Nav Innlandet", "kommunane"], None, RAD),
        ("Karriererettleiingsveka 2087",
         "I veke 41 heldt karrieresentera ope på kveldstid, og det vart halde digitale samtalar og ei messe på "
         "Lillehammer. 2 100 personar fekk rettleiing i løpet av veka.",
         "1.3", "Temaveke", "Karriere Innlandet", ["Sametinget", "Nav Innlandet"], "J04", ARR),
    ]),
    ("Regionalt delmål 1.2 Samarbeid med arbeidslivet", [
        ("RSA ved Universitetet i Innlandet",
         "Fylkeskommunen sit i rådet for samarbeid med arbeidslivet ved universitetet. Rådet arbeidde med "
         "desentraliserte tilbod i sjukepleie og lærarutdanning.",
         "1.4", "Rådsplass", "Fylkesdirektøren for kompetanse", [], "M06", RAD),
        ("Regionalt kompetansefond",
         "Fondet gav tilskot til 23 prosjekt der bedrifter og utdanningstilbydarar utviklar kurs saman. Det vart "
         "delt ut 14 millionar kroner.",
         "1.2", "Tilskotsordning", "Næring og kompetanse", ["LO Innlandet", "NHO Innlandet"], None, PROSJEKT),
    ]),
    ("Regionalt delmål 2.1 Fleire vaksne med fagbrev", [
        ("Fagbrev for vaksne i Nord-Gudbrandsdalen",
         "Vaksne utan fullført vidaregåande fekk eit modulbasert tilbod i helsearbeidarfaget og industrifaga nær "
         "heimen. 64 deltakarar byrja i 2087.",
         "3.1", "Opplæringstilbod", "Vidaregåande opplæring", ["Nav Innlandet", "kommunane i Nord-Gudbrandsdalen"],
         None, KURS),
        ("Kompetansebarometer Innlandet 2087",
         "Ei spørjeundersøking blant 1 500 verksemder om kva kompetanse dei manglar. Resultata vart lagde fram i "
         "fylkestinget i juni.",
         "1.2", "Kartlegging", "Analyseeininga", ["Østlandsforskning"], None, FOU),
        ("Yrkesmessa på Hamar",
         "Messa vart ikkje halden i år. Neste messe er hausten 2088.",
         "", "", "", [], "", None),
    ]),
]


def _and(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " og " + items[-1]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10.5pt", lang="nn", country="NO")
    o.p("Rapport til Kompetansepolitisk råd 2087", style="P_title")
    o.p("Innlandet fylkeskommune gjer her greie for tiltaka som følgjer opp Nasjonal kompetansepolitisk strategi. "
        "Tiltaka er ordna etter måla i den regionale planen vår for kompetanse.", style="P_sub")
    rows = []
    for head, items in SECTIONS:
        o.h(head, level=1)
        for name, desc, dm, kind, ans, med, seed, ty in items:
            o.p([(name, "b")])
            o.p(desc)
            if ty:
                line = f"Nasjonal strategi: delmål {dm} · Slag tiltak: {kind} · Ansvarleg: {ans}"
                line += f" · Med: {_and(med)}" if med else ""
                o.p([(line, "i")])
                rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, ", ".join(med), desc))
    o.p("Hamar, 15. januar 2088 – Ragnhild Sveen, fylkesdirektør for kompetanse", style="P_small")
    lo_to_pdf(o.to_bytes("Rapport til Kompetansepolitisk råd 2087", "Ragnhild Sveen", footer="Innlandet fylkeskommune"),
              ".odt", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
