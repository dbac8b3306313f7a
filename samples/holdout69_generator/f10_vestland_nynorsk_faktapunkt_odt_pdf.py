"""Vestland fylkeskommune: a Nynorsk report written in LibreOffice Writer and exported to PDF. One Heading 2 per
measure, a paragraph of text, then a bullet list of facts «Delmål: <Nynorsk paraphrase>», «Type tiltak: …»,
«Ansvarleg: …», «Samarbeid: …». The NFK seat named by the county's seat. The trap is the county's own regional
forum for career guidance, modelled on NFK. A fair that was not held in 2089 has a heading and text but no facts."""
from __future__ import annotations

from .common import ARR, INFO, KURS, PROSJEKT, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "Vestland fylkeskommune – rapport kompetansetiltak 2089.pdf"
MEMBER = "Vestland fylkeskommune"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written Nynorsk ODT (content, styles, meta, manifest) "
          "with Heading 2 per measure and bullet lists; dates and /ID fixed")
SHAPE = ("Nynorsk Writer report: title, intro, one Heading 2 per measure, a text paragraph and a bullet list of "
         "facts «Delmål: …» (Nynorsk paraphrase, no code: «karriererettleiing for alle», «eit sterkare regionalt "
         "ansvar for kompetansepolitikken», «at fleire vel yrkesfag», «dokumentert kompetanse for tilsette utan "
         "fagbrev», «opplæringstilbodet til arbeidssøkjarar i Nav»), «Type tiltak: …» (Forumplass, Digital "
         "teneste, Temadag, Regionalt forum, Utviklingsprosjekt, Kurs), «Ansvarleg: …», «Samarbeid: …»; the NFK "
         "seat named «Vestland sin plass i Nasjonalt forum for karriererettleiing»; a fair not held in 2089 with "
         "no facts list")
NOT_TRUTH = ("the title and intro, the fact labels and the Delmål and Type tiltak values, the section 'Yrkesmessa i "
             "Førde' (not held in 2089, next in 2090), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

KS_ = "Karriere Vestland"
ITEMS = [
    ("Vestland sin plass i Nasjonalt forum for karriererettleiing",
     "Karriere Vestland har representert fylkeskommunane i forumet og var med på alle møta. Vi la fram erfaringar "
     "med rettleiing for seniorar.", "karriererettleiing for alle", "Forumplass", KS_, "", "M01", "1.3", RAD),
    ("Regionalt forum for karriererettleiing i Vestland",
     "Fylkeskommunen har skipa eit eige forum for skular, Nav og arbeidslivet i fylket. Forumet er fylkeskommunen "
     "sitt eige og er ikkje ein del av det nasjonale forumet.", "karriererettleiing for alle", "Regionalt forum",
     KS_, "Nav Vestland, NHO Vestland", None, "1.3", RAD),
    ("Karrieresjekk 50+ – samtalar på karrieresentera",
     "Karrieresentera i Bergen, Førde og Stord tok imot brukarar som bestilte samtale gjennom Karrieresjekk 50+. "
     "Det vart 1 050 samtalar.", "karriererettleiing for alle", "Digital teneste", KS_, "HK-dir", "J01", "1.3",
     INFO),
    ("Yrkesfagdagen 2089 i Vestland",
     "260 bedrifter tok imot 5 800 elevar frå 10. trinn den 14. mars.", "at fleire vel yrkesfag", "Temadag",
     "Opplæringsavdelinga", "YS, NHO Vestland, LO i Vestland", "J04", "2.3", ARR),
    ("Fagbrev på jobb i Sunnfjord",
     "Utviklingsprosjekt der 60 tilsette i industri og havbruk tek fagbrev medan dei er i jobb.",
     "dokumentert kompetanse for tilsette utan fagbrev", "Utviklingsprosjekt", "Opplæringsavdelinga",
     "Sunnfjord kommune, Fagskulen i Vestland", None, "2.5", PROSJEKT),
    ("Grunnleggjande ferdigheiter for arbeidssøkjarar",
     "Kurs i lesing, rekning og data for deltakarar i Nav-tiltak. 18 kurs med 210 deltakarar.",
     "opplæringstilbodet til arbeidssøkjarar i Nav", "Kurs", "Vaksenopplæringa", "Nav Vestland", None, "3.5",
     KURS),
]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Sans", size="10.5pt", lang="nn", country="NO")
    o.p("Vestland fylkeskommune – tiltak i kompetansestrategien 2089", "P_title")
    o.p("Rapporten syner tiltaka fylkeskommunen har sett i verk i 2089. Under kvart tiltak står fakta om mål, type og "
        "ansvar.")
    rows = []
    for name, txt, strat, kind, ans, med, seed, dm, ty in ITEMS:
        o.h(name, 2)
        o.p(txt)
        facts = [f"Delmål: {strat}", f"Type tiltak: {kind}", f"Ansvarleg: {ans}"]
        if med:
            facts.append(f"Samarbeid: {med}")
        o.bullets(facts)
        rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, txt))
    o.h("Yrkesmessa i Førde", 2)
    o.p("Messa vart ikkje halden i 2089. Neste messe er hausten 2090.")
    o.p("Bergen, 15. januar 2090 – Opplæringsavdelinga", "P_small")
    lo_to_pdf(o.to_bytes("Tiltak 2089", "Vestland fylkeskommune", footer="Vestland fylkeskommune"), ".odt",
              out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
