"""Unio: an ordinary Writer report exported to PDF, one Heading 2 per measure with a paragraph and an italic line
«Forbund: … · Strategien: innsatsområde 2, delmål 6 · Form: … · Med: …»: the delmål is written out in words as the
strategy's numbering of område and delmål («innsatsområde 1, delmål 4» = 1.4). The union responsible is named in the
«Forbund:» part; «Med:» lists the partners in running text with «og». A one-off course of 2092 is told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, Odt, lo_to_pdf, pdf_text, row

FILENAME = "Unio – rapportering til KPR for 2093.pdf"
MEMBER = "Unio"
FORMAT = ("PDF exported by LibreOffice Writer from a hand-written ODT (content, styles, meta, manifest) with Heading 2 "
          "sections and italic fact lines; dates and /ID fixed")
SHAPE = ("ordinary Writer report: title, intro, one Heading 2 per measure with a paragraph and an italic line "
         "«Forbund: … · Strategien: innsatsområde 2, delmål 6 · Form: … · Med: …»; the delmål written out in words as "
         "the strategy's numbering («innsatsområde 1, delmål 4» = 1.4), the union responsible in «Forbund:», the "
         "partners after «Med:» joined by «og»; Unio's kind words (utvalgsplass, rådsmedlemskap, nettside, "
         "etterutdanningskurs, medlemsundersøkelse); the UHR-FSE seat named «Nasjonalt råd for lærerutdanning "
         "(UHR-Lærerutdanning)»; a one-off course of 2092 told only in words; a contact line")
NOT_TRUTH = ("the title and intro, the labels and the Strategien and Form values of the italic lines, the words «og» "
             "in «Med:», the section 'Lederkurs for hovedtillitsvalgte' (a one-off course in 2092, not repeated), the "
             "contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, forbund, (område, delmål), form, partners, seed, type
ITEMS = [
    ("Unios medlem i KBU",
     "Forskerforbundets leder er Unios medlem i Kompetansebehovsutvalget. Unio la vekt på at utredningen om offentlig "
     "sektor skulle se på behovet for lærere og sykepleiere med videreutdanning.",
     "Forskerforbundet", (1, 1), "utvalgsplass", [], "M02", RAD),
    ("Nasjonalt råd for lærerutdanning (UHR-Lærerutdanning)",
     "Utdanningsforbundet har to representanter i rådet, som er UHRs fagstrategiske enhet for lærerutdanningene. I "
     "2093 arbeidet rådet med kvaliteten på praksis i lærerutdanningen.",
     "Utdanningsforbundet", (1, 4), "rådsmedlemskap", [], "M03", RAD),
    ("Godkjenningsveiviseren – sykepleie og undervisning",
     "Norsk Sykepleierforbund og Utdanningsforbundet skrev innholdet om sine yrker i den felles digitale tjenesten og "
     "svarer på spørsmål fra brukerne i et eget forum.",
     "Norsk Sykepleierforbund", (2, 6), "nettside", ["HK-dir", "Utdanningsforbundet"], "J06", INFO),
    ("Etterutdanning i praksisveiledning",
     "Utdanningsforbundet og OsloMet tilbød et kurs på 15 studiepoeng for lærere som veileder lærerstudenter i "
     "praksis. 210 lærere fullførte.",
     "Utdanningsforbundet", (1, 4), "etterutdanningskurs", ["OsloMet"], None, KURS),
    ("Medlemsundersøkelse om videreutdanning i sykepleie",
     "NSF spurte 6 000 medlemmer om hvorfor de tar, eller ikke tar, videreutdanning. Undersøkelsen viser at mangel på "
     "permisjon med lønn er det største hinderet.",
     "Norsk Sykepleierforbund", (2, 2), "medlemsundersøkelse", ["NIFU"], None, FOU),
    ("Lederkurs for hovedtillitsvalgte",
     "Kurset var et engangstiltak i 2092 og blir ikke gjentatt. Erfaringene brukes i forbundenes egne kurs.",
     "Unio", (2, 4), "kurs", [], "", None),
]


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p("Unio – rapportering til Kompetansepolitisk råd for 2093", "P_title")
    o.p("Unio og forbundene følger opp Nasjonal kompetansepolitisk strategi gjennom verv, kurs og "
        "kunnskapsinnhenting. Når vi viser til strategien, bruker vi strategiens egen nummerering av "
        "innsatsområder og delmål.")
    rows = []
    for name, txt, forbund, (omr, dml), form, partners, seed, ty in ITEMS:
        o.h(name, 2)
        o.p(txt)
        fact = f"Forbund: {forbund} · Strategien: innsatsområde {omr}, delmål {dml} · Form: {form}"
        if partners:
            fact += " · Med: " + " og ".join(partners)
        o.p([(fact, "i")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, f"{omr}.{dml}", ty, forbund, ", ".join(partners), txt))
    o.p("Kontaktperson: Elin Vangsnes, Unio-sekretariatet, telefon 23 06 10 00.")
    lo_to_pdf(o.to_bytes("Unio – rapportering til KPR for 2093", "Elin Vangsnes", footer="Unio · rapport 2093"),
              ".odt", out / FILENAME)
    return rows


def text(path) -> str:
    return pdf_text(path)
