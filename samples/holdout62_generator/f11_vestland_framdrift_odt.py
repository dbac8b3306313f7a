"""Vestland fylkeskommune: a Nynorsk progress report on the county's regional skills plan, written in LibreOffice
Writer. One table per hovudinnsatsområde; the column Framdrift draws a five-step bar of filled and empty squares
with a percentage. A finished measure (100 %) is not always a 2082 measure: the comment says whether it was
finished in 2081 or in 2082, and one measure is at 0 % because it starts in 2083."""
from __future__ import annotations

from .common import ARR, KURS, PROSJEKT, RAD, Odt, odt_text, row

FILENAME = "Vestland fylkeskommune framdrift kompetansetiltak 2082.odt"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("ODT (hand-written OpenDocument XML: content, styles, meta, manifest; zip with fixed timestamps), A4 "
          "landscape, Nynorsk")
SHAPE = ("Nynorsk progress report: title, intro, a legend «■ = 20 % av planlagt arbeid», one heading and one table per "
         "hovudinnsatsområde with header Tiltak / Delmål / Type tiltak / Ansvarleg / Partnarar / Framdrift / "
         "Kommentar; Framdrift is a bar of ■/□ and a percentage («■■■□□ 60 %»); delmål as code with the county's "
         "own words («2.3 Karrieremoglegheiter i yrkesfaga»); one 100 % row finished in 2081 and one 0 % row "
         "starting in 2083; signature")
NOT_TRUTH = ("the title, intro and legend, the headings and table headers, the Delmål, Type tiltak and Framdrift "
             "cells, the rows 'Kartlegging av rettleiingstilbodet i kommunane' (100 %, ferdig i 2081) and "
             "'Vaksenopplæring i havbruk' (0 %, oppstart hausten 2083), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

OPK = "Avdeling for opplæring og kompetanse"
AREAS = [
    ("Hovudinnsatsområde 1: Gode val for den einskilde og for samfunnet", [
        ("Nasjonalt forum for karriererettleiing", "1.3 Karriererettleiing", "Rådsplass", "Karriere Vestland", "",
         4, "Karriere Vestland har ein av plassane for fylkeskommunane i forumet og la fram erfaringar med "
         "rettleiing for vaksne innvandrarar.", "M05", RAD),
        ("Kompetanseforum Vestland", "1.2 Regional samordning", "Partnarskap", OPK,
         "NHO Vestland, LO i Vestland, Nav Vestland, Universitetet i Bergen", 3,
         "Forumet møttest fire gonger og vedtok ein felles plan for kompetanse til grøn omstilling i regionen.",
         None, RAD),
        ("Karrieremessa Vegval 2082", "1.3 Karriererettleiing", "Arrangement", "Karriere Vestland",
         "dei vidaregåande skulane i Vestland", 5,
         "Messe i Førde og Bergen i oktober med 4 200 elevar og 130 utstillarar. Ferdig for i år.", None, ARR),
        ("Kartlegging av rettleiingstilbodet i kommunane", "1.3 Karriererettleiing", "Kartlegging",
         "Karriere Vestland", "", 5, "Ferdig i 2081. Rapporten vart lagd fram i desember 2081.", "", None),
    ]),
    ("Hovudinnsatsområde 2: Læring i arbeidslivet", [
        ("Lærlingløftet i grøn industri", "2.3 Karrieremoglegheiter i yrkesfaga", "Prosjekt", OPK, "LO, NHO", 3,
         "Fylkeskommunen koordinerte formidlinga og skaffa 35 nye læreplassar i batteri- og hydrogenbedrifter i "
         "Vestland.", "J01", PROSJEKT),
        ("Yrkesopplæringsnemnda i Vestland", "2.3 Karrieremoglegheiter i yrkesfaga", "Nemnd",
         "Vestland fylkeskommune", "partane i arbeidslivet i Vestland", 4,
         "Nemnda er fylket si eiga, oppnemnd etter opplæringslova. Ho er sett saman etter mønster av SRY, men er "
         "ikkje ein del av det nasjonale rådet. I 2082 gav ho råd om dimensjoneringa av yrkesfaga.", None, RAD),
    ]),
    ("Hovudinnsatsområde 3: Vaksne med svak tilknyting til arbeidslivet", [
        ("Fagbrev på jobb for vaksne i Sunnfjord", "3.1 Opplæring på vaksne sine premissar", "Opplæring",
         "Kompetansesenteret i Sunnfjord", "Nav Sunnfjord, Sunnfjord kommune", 2,
         "38 tilsette i kommunane tek fagbrev som praksiskandidatar, med undervisning ein dag i veka.", None, KURS),
        ("Vaksenopplæring i havbruk", "3.1 Opplæring på vaksne sine premissar", "Opplæring", OPK,
         "Sjømat Norge", 0, "Oppstart hausten 2083.", "", None),
    ]),
]


class _LandscapeOdt(Odt):
    """The shared writer with an A4 landscape page."""

    def styles(self, footer: str = "") -> str:
        return super().styles(footer).replace(
            'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"',
            'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"')


def _bar(n: int) -> str:
    return "■" * n + "□" * (5 - n) + f" {n * 20} %"


def build(out) -> list[dict]:
    o = _LandscapeOdt(font="Liberation Sans", size="10pt", lang="nn", country="NO")
    o.p("Framdriftsrapport 2082 – Regional kompetanseplan for Vestland", style="P_title")
    o.p("Rapport til Kompetansepolitisk råd", style="P_sub")
    o.p("Fylkeskommunen følgjer opp den regionale kompetanseplanen med ein årleg framdriftsrapport. Tabellane viser "
        "tiltaka som høyrer til Nasjonal kompetansepolitisk strategi, ordna etter hovudinnsatsområde.")
    o.p([("Framdrift: ", "b"), ("■ = 20 % av planlagt arbeid i tiltaket er gjennomført.", "")], style="P_small")
    rows = []
    for head, items in AREAS:
        o.h(head, 2)
        tab = [["Tiltak", "Delmål", "Type tiltak", "Ansvarleg", "Partnarar", "Framdrift", "Kommentar"]]
        for name, dmw, tw, ans, med, steps, comment, seed, ty in items:
            tab.append([[(name, "b")], dmw, tw, ans, med or "–", _bar(steps), comment])
            if ty:
                rows.append(row(FILENAME, MEMBER, name, seed, dmw.split()[0], ty, ans, med, comment))
        o.table([4.2, 3.4, 2.2, 3.2, 3.6, 2.6, 6.1], tab)
    o.p("Bergen, 15. januar 2083")
    o.p("Solveig Brekke, fylkesdirektør for opplæring og kompetanse")
    (out / FILENAME).write_bytes(o.to_bytes("Framdriftsrapport 2082 – Regional kompetanseplan", "Solveig Brekke",
                                            footer="Vestland fylkeskommune · Framdriftsrapport 2082"))
    return rows


def text(path) -> str:
    return odt_text(path)
