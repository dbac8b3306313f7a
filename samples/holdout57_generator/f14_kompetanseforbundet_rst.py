"""Kompetanseforbundet: the report kept as reStructuredText in the organisation's Sphinx documentation repo."""
from __future__ import annotations

from .common import ARR, INFO, KURS, PROSJEKT, RAD, row

FILENAME = "kpr-rapport-2077.rst"
MEMBER = "Kompetanseforbundet"
FORMAT = ("reStructuredText (.rst, UTF-8, LF) from a Sphinx documentation repository: title with over- and "
          "underline, section adornments (=, -, ~), field lists, a '.. note::' and a '.. todo::' directive, "
          "comments, a substitution and a '.. toctree::'; written as text")
SHAPE = ("sections per delmål ('Delmål 1.3 – Karriereveiledning', or only the words 'Dokumentere kompetanse fra "
         "arbeidslivet'), a '~' subsection per measure with a field list ':Type:' (the organisation's words; "
         "missing once), ':Ansvar:', ':Med:' and a paragraph; the 2076 item is in a '.. note::' and the 2078 plan "
         "in a '.. todo::'")
NOT_TRUTH = ("the title, the comments, the substitution definition, the toctree, the '.. note::' (Voksenpedagogisk "
             "nettverk – avsluttet 2076) and the '.. todo::' (Ny medlemsundersøkelse – 2078), the section headings")

GROUPS = [
    ("Delmål 1.3 – Karriereveiledning", "1.3", [
        ("Kompetanseforbundets plass i NFK", "Forum", "Kompetanseforbundet", "",
         "Vi møtte i Nasjonalt forum for karriereveiledning og la fram erfaringer fra voksne deltakere.", "M06",
         RAD),
        ("VeiViser-piloten", "Prosjekt", "Kompetanseforbundet", "AID, NAV, fylkeskommunene",
         "Forbundet utviklet opplegget for veiledningssamtaler som brukes på NAV-kontorene i piloten.", "J02",
         PROSJEKT),
        ("Medlemsmøte med NFK-sekretariatet", "Medlemsmøte", "Kompetanseforbundet", "HK-dir",
         "Åpent digitalt medlemsmøte der sekretariatet for forumet orienterte om arbeidet.", "U", ARR),
        ("Sertifisering av karriereveiledere", None, "Kompetanseforbundet", "OsloMet",
         "Etterutdanning på 10 studiepoeng med sertifikat; 85 veiledere fullførte.", "U", KURS),
    ]),
    ("Dokumentere kompetanse fra arbeidslivet", "2.5", [
        ("Temanummer om realkompetanse", "Publikasjon", "Kompetanseforbundet", "",
         "Et temanummer av medlemsbladet om hvordan voksne kan få vurdert realkompetanse.", "U", INFO),
    ]),
]


def build(out) -> list[dict]:
    L = [".. Rapport til Kompetansepolitisk råd – generert til PDF med sphinx-build", "",
         "=" * 44, "Kompetanseforbundet – rapport for |aar|", "=" * 44, "",
         ".. |aar| replace:: 2077", "",
         "Kompetanseforbundet rapporterer her tiltakene for |aar| etter delmålene i strategien.", "",
         ".. toctree::", "   :maxdepth: 1", "", "   vedlegg/tall", ""]
    rows = []
    for head, code, items in GROUPS:
        L += [head, "=" * len(head), ""]
        for name, typ_w, ansv, med, txt, seed, typ in items:
            L += [name, "~" * len(name), ""]
            if typ_w:
                L.append(f":Type: {typ_w}")
            L.append(f":Ansvar: {ansv}")
            if med:
                L.append(f":Med: {med}")
            L += ["", txt, ""]
            rows.append(row(FILENAME, MEMBER, name, None if seed == "U" else seed, code, typ, ansv, med, txt))
    L += [".. note::", "", "   Voksenpedagogisk nettverk ble avsluttet i 2076 og er ikke med i år.", "",
          ".. todo::", "", "   Ny medlemsundersøkelse om veiledning – planlagt 2078.", "",
          ".. TODO: legg inn tall fra HK-dir i vedlegg/tall.rst", ""]
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_text(encoding="utf-8")
