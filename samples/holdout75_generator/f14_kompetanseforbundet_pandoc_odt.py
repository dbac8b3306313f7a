"""Kompetanseforbundet: an ODT made by pandoc from Markdown (pypandoc's bundled pandoc, SOURCE_DATE_EPOCH fixed):
pandoc's own OpenDocument styles (Title, Text_20_body, Definition_20_Term, Definition_20_Definition …), YAML
metadata as title, author and date. Each measure is a definition-list item: the bold name as the term, a first
definition with the facts «Delmål 1.3 · Forumplass · Ansvar: … · Partnere: …» and a second with the description. A
scheme postponed to 2096 is told only in words."""
from __future__ import annotations

import os
import zipfile

from .common import ARR, INFO, KURS, PROSJEKT, RAD, normalise_zip_bytes, row

FILENAME = "Kompetanseforbundet – rapport 2095.odt"
MEMBER = "Kompetanseforbundet"
FORMAT = ("ODT made by pandoc 3 from Markdown (pypandoc's bundled pandoc, SOURCE_DATE_EPOCH fixed; pandoc's own "
          "styles and manifest), zip timestamps normalised")
SHAPE = ("Markdown turned into Writer: title, author and date from YAML metadata, an intro paragraph, then one "
         "definition-list item per measure – the name as the term, a first definition «Delmål 1.3 · Forumplass · "
         "Ansvar: … · Partnere: …» and a second definition with the description; delmål as a plain code; "
         "Kompetanseforbundet's kind words (Forumplass, Kurs, Forprosjekt, Podkast, Fagsamling); the NFK seat «Plass i "
         "Nasjonalt forum for karriereveiledning»; a certification scheme postponed to 2096 told only in words; a "
         "closing paragraph")
NOT_TRUTH = ("the title, author and date, the intro, the fact definitions' codes, kind words and labels, the item "
             "'Sertifiseringsordning for karriereveiledere' (postponed to 2096), the closing paragraph")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dm, kind, ansvar, partnere, text, seed, type
ROWS = [
    ("Plass i Nasjonalt forum for karriereveiledning", "1.3", "Forumplass", "Styret", "",
     "Forbundets leder har en av plassene for fagmiljøene i forumet. Forbundet la i 2095 fram et forslag til "
     "kompetansekrav for karriereveiledere.", "M03", RAD),
    ("Digidugnaden – kurs for karriereveiledere", "2.1", "Kurs", "Fagutvalget", "KS, Virke",
     "Forbundet lagde og holdt kurs for karriereveiledere som skal hjelpe voksne med grunnleggende digitale "
     "ferdigheter. 210 veiledere deltok.", "J06", KURS),
    ("Sertifisering av karriereveiledere – forprosjekt", "1.3", "Forprosjekt", "Fagutvalget",
     "Høgskolen i Innlandet",
     "Forprosjektet beskrev en mulig sertifiseringsordning og hva den vil koste. Rapporten ble levert styret i "
     "desember.", None, PROSJEKT),
    ("Podkasten «Veien videre»", "1.3", "Podkast", "Sekretariatet", "",
     "Tolv episoder om karriereskifter i voksen alder, med gjester fra karrieresentrene. 40 000 avspillinger.", None,
     INFO),
    ("Fagsamling om realkompetanse for veiledere", "2.5", "Fagsamling", "Region nord", "Nord universitet",
     "To dager i Bodø i september om hvordan veiledere kan hjelpe voksne å få vurdert realkompetansen sin. 75 "
     "deltakere.", None, ARR),
    ("Sertifiseringsordning for karriereveiledere", "1.3", "Ordning", "Styret", "",
     "Ordningen er utsatt til 2096 i påvente av forprosjektet.", "", None),
]


def markdown() -> str:
    lines = ["---", "title: Kompetanseforbundet – rapport til Kompetansepolitisk råd for 2095",
             "author: Kompetanseforbundet, sekretariatet", "date: 16. januar 2096", "lang: nb-NO", "---", "",
             "Her er tiltakene Kompetanseforbundet gjennomførte i 2095. Under hvert tiltak står først delmålet, "
             "arbeidsformen, hvem som hadde ansvaret og eventuelle partnere, deretter en kort omtale.", ""]
    for n, dm, kind, ans, par, txt, *_r in ROWS:
        fact = f"Delmål {dm} · {kind} · Ansvar: {ans}"
        if par:
            fact += f" · Partnere: {par}"
        lines += [f"**{n}**", "", f":   {fact}", "", f":   {txt}", ""]
    lines += ["Spørsmål om rapporten kan rettes til sekretariatet i Kompetanseforbundet.", ""]
    return "\n".join(lines)


def build(out) -> list[dict]:
    import pypandoc
    tmp = out / (FILENAME + ".tmp")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "3976849200"  # a fixed moment in January 2096
    try:
        pypandoc.convert_text(markdown(), "odt", format="markdown", outputfile=str(tmp))
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    data = normalise_zip_bytes(tmp.read_bytes(), stored_first="mimetype")
    tmp.unlink()
    (out / FILENAME).write_bytes(data)
    return [row(FILENAME, MEMBER, n, seed, dm, ty, ans, par, txt) for n, dm, _k, ans, par, txt, seed, ty in ROWS if ty]


def text(path) -> str:
    from lxml import etree
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    out = []
    for el in root.iter(ns + "p", ns + "h"):
        out.append("".join(el.itertext()))
    return "\n".join(out)
