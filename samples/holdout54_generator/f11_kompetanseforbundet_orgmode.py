"""Kompetanseforbundet: the report kept as an Emacs Org-mode file – headings with TODO keywords, tags for the type,
a property drawer for delmål, responsible and partners, and the description as body text."""
from __future__ import annotations

from .common import ARR, INFO, KURS, RAD, row

FILENAME = "kompetanseforbundet-kpr-2074.org"
MEMBER = "Kompetanseforbundet"
FORMAT = "Org-mode plain text (.org, UTF-8, LF) as kept in Emacs, with #+ keywords, property drawers and tags"
SHAPE = ("outline: '*' headings per hovedinnsatsområde, '**' headings per measure with a workflow keyword "
         "(#+TODO: PLANLAGT PÅGÅR | GJENNOMFØRT AVSLUTTET), the type as an Org tag (':råd:', ':kurs:', ':info:', "
         "':arrangement:'; one heading untagged), CLOSED timestamps, a :PROPERTIES: drawer with :DELMÅL: (code, "
         "code+words or words only), :ANSVARLIG: and :SAMARBEID:, and the description as body text; measures with "
         "GJENNOMFØRT or PÅGÅR count; an AVSLUTTET heading closed in 2073, a PLANLAGT heading for 2075 and a "
         "':noexport:' notes subtree (not truth rows)")
NOT_TRUTH = ("the #+ header lines and the introduction, the area headings, 'AVSLUTTET Kompetanseprisen 2073' "
             "(closed 2073-11-28), 'PLANLAGT Kompetansekonferansen 2075', the ':noexport:' subtree 'Notater' "
             "(reminders, a link), the closing paragraph")

HEADER = """#+TITLE: Kompetanseforbundet – rapportering til Kompetansepolitisk råd 2074
#+AUTHOR: Sekretariatet i Kompetanseforbundet
#+EMAIL: post@kompetanseforbundet.no
#+DATE: <2075-01-21 ti.>
#+LANGUAGE: nb
#+STARTUP: overview
#+TODO: PLANLAGT PÅGÅR | GJENNOMFØRT AVSLUTTET
#+TAGS: råd(r) kurs(k) prosjekt(p) info(i) arrangement(a) fou(f)
#+OPTIONS: toc:nil num:nil tags:nil todo:nil

Dette er Kompetanseforbundets tiltak i 2074. Vi har tatt med tiltak som er gjennomført eller
pågår. Tiltak som ble avsluttet i 2073 eller er planlagt for 2075, står med egne nøkkelord og
skal ikke telles med.

"""

# area, [(keyword, name, tag, closed, delmål, ansvarlig, samarbeid, text, truth)]
AREAS = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("GJENNOMFØRT", "Kompetanseforbundet som medlem av NFK", "råd", "[2074-12-10 on. 14:02]", "1.3",
         "Kompetanseforbundet", "",
         "Vi deltok på alle fire møtene i Nasjonalt forum for karriereveiledning og ledet\narbeidsgruppen om "
         "karriereveiledning i arbeidslivet.", ("M06", "1.3", RAD)),
        ("GJENNOMFØRT", "Kurs: Slik leser du KBU-rapporten", "kurs", "[2074-10-02 to. 11:30]",
         "1.1 Kompetansebehovsutvalget", "Kompetanseforbundet", "",
         "Nettkurs for medlemmene om hvordan rapporten fra Kompetansebehovsutvalget kan brukes\ni egen "
         "kompetanseplanlegging; 260 deltakere.", (None, "1.1", KURS)),
        ("AVSLUTTET", "Kompetanseprisen 2073", "arrangement", "[2073-11-28 ti. 16:00]", "2.2",
         "Kompetanseforbundet", "", "Prisen ble delt ut på høstkonferansen 2073.", None),
    ]),
    ("Læring i arbeidslivet", [
        ("GJENNOMFØRT", "Webinarserien «Læring på jobb»", "arrangement", "[2074-11-20 to. 10:00]",
         "kunnskapsgrunnlaget om læring i arbeidslivet", "Kompetanseforbundet", "Fafo, NIFU",
         "Seks webinarer der forskere la fram ny kunnskap om læring i arbeidslivet for HR- og\nkompetanseledere.",
         (None, "2.2", ARR)),
        ("PÅGÅR", "Nettverk for kompetanseledere i offentlig sektor", "råd", None, "2.4",
         "Kompetanseforbundet, faggruppe offentlig sektor", "KS",
         "Nettverket hadde 35 deltakere fra stat og kommune og møttes fire ganger.", (None, "2.4", RAD)),
        ("GJENNOMFØRT", "Veileder: kompetansekartlegging i små bedrifter", None, "[2074-06-14 fr. 09:00]",
         "2.4 Koble kompetansebehov i virksomheter til utdanningstilbydere", "Kompetanseforbundet", "NHO, Virke",
         "Gratis veileder med maler for kartlegging av kompetansebehov i bedrifter med under 20\nansatte.",
         (None, "2.4", INFO)),
        ("PLANLAGT", "Kompetansekonferansen 2075", "arrangement", None, "2.2", "Kompetanseforbundet", "",
         "Konferanse i Bergen i september 2075.", None),
    ]),
    ("Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("GJENNOMFØRT", "Les mer!-kampanjen", "info", "[2074-05-31 fr. 15:00]", "3.6 Læring i frivillig sektor",
         "Kompetanseforbundet", "VOFO",
         "Vi spredte kampanjemateriell til medlemsvirksomhetene og holdt to webinarer om lesing på\narbeidsplassen.",
         ("J04", "3.6", INFO)),
    ]),
]

NOTES = """* Notater                                                           :noexport:
- Husk å sende til sekretariatet innen 31. januar.
- Lenke til fjorårets rapport: [[file:~/kpr/kompetanseforbundet-kpr-2073.org][KPR 2073]]
- Sjekk med VOFO at de også tar med Les mer!
"""


def _heading(kw, name, tag) -> str:
    h = f"** {kw} {name}"
    if tag:
        h = h.ljust(66) + f" :{tag}:"
    return h


def build(out) -> list[dict]:
    L = [HEADER.rstrip("\n"), ""]
    rows = []
    for area, items in AREAS:
        L.append(f"* {area}")
        for kw, name, tag, closed, dm, ansv, samarb, txt, truth in items:
            L.append(_heading(kw, name, tag))
            if closed:
                L.append(f"   CLOSED: {closed}")
            L.append("   :PROPERTIES:")
            L.append(f"   :DELMÅL:    {dm}")
            L.append(f"   :ANSVARLIG: {ansv}")
            if samarb:
                L.append(f"   :SAMARBEID: {samarb}")
            L.append("   :END:")
            for ln in txt.split("\n"):
                L.append(f"   {ln}")
            L.append("")
            if truth:
                rows.append(row(FILENAME, MEMBER, name, truth[0], truth[1], truth[2], ansv, samarb, txt))
    L.append(NOTES.rstrip("\n"))
    L.append("")
    L.append("Spørsmål om rapporten kan rettes til sekretariatet i Kompetanseforbundet.")
    L.append("")
    (out / FILENAME).write_bytes("\n".join(L).encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_text(encoding="utf-8")
