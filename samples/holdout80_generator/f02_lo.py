"""LO: an ordinary Word table whose goal column splits each measure over one or more delmål in per cent
(«1.3 (20 %) · 1.4 (80 %)»); the delmål a measure belongs to is the one with the largest share, which is not always
written first. A study trip postponed to May 2090 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "LO – rapport til KPR 2089.docx"
MEMBER = "LO"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table whose goal cells give shares in per cent: title, an intro saying that the goal column "
         "shows how LO has divided each measure's effort between the delmål, header Hva / Slik gikk det / Fordeling "
         "på delmål / Form / Hvem i LO / Sammen med; goal cells «2.3 (100 %)», «1.3 (20 %) · 1.4 (80 %)», «2.2 "
         "(60 %) · 2.1 (40 %)», «2.1 (30 %) · 2.4 (70 %)», «2.1 (100 %)», «3.1 (35 %) · 2.5 (65 %)» – the largest "
         "share marks the delmål and stands first in only one of the four split cells; LO's form words (Verv, "
         "Undersøkelse, Kursrekke, Tillitsvalgtkurs, Konferanse); the SRY seat «Vervene i SRY og i faglig råd for "
         "bygg- og anleggsteknikk» and the RSA seat «Fagforbundets plass i rådet for samarbeid med arbeidslivet ved "
         "Nord universitet»; a study trip postponed to May 2090 told only in words; a signature")
NOT_TRUTH = ("the title and intro, the header, the goal cells (codes and shares), the Form cells, the row "
             "'Studietur om voksenopplæring i Danmark' (postponed to May 2090), the signature")
SPLIT_FIELDS = ("ansvarlig", "samarbeidspartnere")

# name, text, goal cell, form, who, with, delmål, seed, type
ROWS = [
    ("Vervene i SRY og i faglig råd for bygg- og anleggsteknikk",
     "LO hadde to faste medlemmer i SRY og fire i det faglige rådet. Rådet la fram forslag om nye "
     "fordypningsområder i anleggsfaget og om flere læreplasser i rørleggerfaget.",
     "2.3 (100 %)", "Verv", "LO, avdeling for utdanning", "", "2.3", "M06", RAD),
    ("Fagforbundets plass i rådet for samarbeid med arbeidslivet ved Nord universitet",
     "Fagforbundet deltok i rådets tre møter, der praksis i vernepleierutdanningen og etter- og videreutdanning "
     "for helsefagarbeidere var hovedsakene.",
     "1.3 (20 %) · 1.4 (80 %)", "Verv", "Fagforbundet", "", "1.4", "M04", RAD),
    ("Læringspulsen 2089 – LO-medlemmenes svar",
     "LOs del av den felles undersøkelsen gikk til 6 000 medlemmer i ti forbund. Svarene viser at halvparten "
     "ikke har fått opplæring i arbeidstiden det siste året.",
     "2.2 (60 %) · 2.1 (40 %)", "Undersøkelse", "LO, samfunnspolitisk avdeling", "YS, Unio, Fafo", "2.2", "J01",
     FOU),
    ("Havvindskolen – kursmoduler for elektrikere og industrimekanikere",
     "EL og IT Forbundet og Fellesforbundet bidro med innhold til to moduler om sikkerhet og elektriske anlegg "
     "offshore. 140 fagarbeidere tok modulene ved Fagskolen Rogaland.",
     "2.1 (30 %) · 2.4 (70 %)", "Kursrekke", "EL og IT Forbundet, Fellesforbundet",
     "NHO, Fagskolerådet, Fagskolen Rogaland", "2.4", "J04", KURS),
    ("Digitalt grunnkurs for tillitsvalgte",
     "Nettbasert kurs om digitale verktøy, personvern og innføring av kunstig intelligens på arbeidsplassen. 1 100 "
     "tillitsvalgte fullførte.",
     "2.1 (100 %)", "Tillitsvalgtkurs", "LO, organisasjonsavdelingen", "AOF Norge", "2.1", None, KURS),
    ("Konferanse om fagbrev for voksne",
     "Konferanse på Sørmarka om praksiskandidatordningen og dokumentasjon av kompetanse fra arbeidslivet. 230 "
     "tillitsvalgte og rådgivere deltok.",
     "3.1 (35 %) · 2.5 (65 %)", "Konferanse", "LO, avdeling for utdanning", "HK-dir", "2.5", None, ARR),
    ("Studietur om voksenopplæring i Danmark",
     "Studieturen var planlagt til november, men ble utsatt til mai 2090.",
     "3.1 (100 %)", "Konferanse", "LO, avdeling for utdanning", "", "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Arial", size=10, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("LOs rapport til Kompetansepolitisk råd – tiltak i 2089", "bs15")])
    d.add_paragraph(
        "Tabellen viser LOs og forbundenes tiltak i 2089. I kolonnen «Fordeling på delmål» har vi fordelt innsatsen "
        "i hvert tiltak på delmålene i strategien, i prosent.")
    head = ["Hva", "Slik gikk det", "Fordeling på delmål", "Form", "Hvem i LO", "Sammen med"]
    body = [[n, t, g, f, w, s] for n, t, g, f, w, s, *_r in ROWS]
    ruled_table(d, head, body, [4.4, 7.8, 3.0, 2.8, 4.2, 3.8], fill="F8CBAD", size=9)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Oslo, 14. januar 2090\nTone Vik\nrådgiver, avdeling for utdanning, LO", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Tone Vik"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, w, s, t) for n, t, _g, _f, w, s, dm, seed, ty in ROWS if ty]


def shares(path) -> list[list[tuple[str, int]]]:
    import re

    import docx
    t = docx.Document(str(path)).tables[0]
    return [[(c, int(p)) for c, p in re.findall(r"([123]\.[1-6]) \((\d+) %\)", r.cells[2].text)] for r in t.rows[1:]]


def text(path) -> str:
    return docx_all_text(path)
