"""Not a member report: the summary of a research institute's evaluation of the joint project «Fagbrev på tvers», sent
to the secretariat for information. It is a DOCX written by LibreOffice Writer (from a hand-written ODT), so its
package is LibreOffice's own (LibreOffice in docProps/app.xml, LibreOffice's styles and numbering parts). It names LO,
NHO, the county councils, SRY's faglige råd and Karriereuka, and ends with five numbered recommendations that read
like measures, but it reports no member's measures: no truth rows."""
from __future__ import annotations

import re

from .common import Odt, docx_text_deep, lo_convert, rezip_fixed

FILENAME = "NIFU – sammendrag evaluering Fagbrev på tvers.docx"
MEMBER = None
FORMAT = ("DOCX written by LibreOffice Writer («MS Word 2007 XML» filter) from a hand-written ODT: LibreOffice's own "
          "package (styles, numbering, fontTable and settings parts, LibreOffice in docProps/app.xml); zip timestamps "
          "normalised")
SHAPE = ("NOT a member report: the summary of a research institute's evaluation «Fagbrev på tvers – evaluering av "
         "første prosjektperiode» (NIFU-rapport 2094:2), sent for information: title, report number and authors, "
         "headings «Bakgrunn», «Funn» and «Anbefalinger», prose naming LO, NHO, the county councils, the faglige råd "
         "in SRY and Karriereuka, and five numbered recommendations that read like measures; no truth rows")
NOT_TRUTH = ("everything (not a member report): the title, report number and authors, the three headings, the prose "
             "and the five numbered recommendations")
SPLIT_FIELDS = ()


def build(out) -> list[dict]:
    o = Odt(font="Liberation Serif", size="11pt")
    o.p("Fagbrev på tvers – evaluering av første prosjektperiode", "P_title")
    o.p("Sammendrag av NIFU-rapport 2094:2 · Ragnhild Sætre og Øystein Mo · januar 2094", "P_sub")
    o.h("Bakgrunn", 2)
    o.p("Fagbrev på tvers er et samarbeid mellom LO, NHO og fylkeskommunene som skal hjelpe fagarbeidere med ett "
        "fagbrev fram til fagbrev nummer to i et nærliggende fag. NIFU har på oppdrag fra prosjektets styringsgruppe "
        "evaluert de tre første årene. Evalueringen bygger på intervjuer med 48 deltakere, 20 bedrifter og fem "
        "fylkeskommuner, og på registerdata om fagprøver.")
    o.h("Funn", 2)
    o.p("Deltakerne er godt fornøyd, og fire av fem består fagprøven på første forsøk. Bedriftene bruker ordningen "
        "mest i industri og bygg, mens helse- og oppvekstfagene nesten ikke er med. Mange deltakere fant prosjektet "
        "gjennom tillitsvalgte, få gjennom karriereveiledning eller Karriereuka. De faglige rådene i SRY har i liten "
        "grad drøftet hvilke fag som egner seg.")
    o.h("Anbefalinger", 2)
    for k, t in enumerate([
            "Prosjektet bør utvides til helse- og oppvekstfag fra neste prosjektperiode.",
            "De faglige rådene bør lage en oversikt over fag som ligger nær hverandre.",
            "Fylkeskommunene bør samordne fagprøvene på tvers av fylkesgrensene.",
            "Karrieresentrene bør få informasjon om ordningen og kunne henvise voksne til den.",
            "Partene bør avklare finansieringen av teoriopplæringen før en ny periode starter."], 1):
        o.p(f"{k}. {t}")
    o.p("Hele rapporten finnes på nifu.no. Kontakt: Ragnhild Sætre, NIFU.", "P_small")
    odt = o.to_bytes("Fagbrev på tvers – sammendrag", "Ragnhild Sætre")
    data = lo_convert(odt, ".odt", "docx:MS Word 2007 XML", "docx")
    data = rezip_fixed(data, {"docProps/core.xml": lambda d: re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2094-01-14T13:05:00Z\g<2>", d)})
    (out / FILENAME).write_bytes(data)
    return []


def text(path) -> str:
    return docx_text_deep(path)
