"""Sametinget: an ordinary Word report where every measure is a Heading 2 that carries the delmål code, the kind and
the name separated by vertical bars («1.4 | Rådsplass | Sametingets medlem i RSA ved Nord universitet»), as the intro
explains, followed by a description paragraph and a grey line with bilingual labels «Ovddasvástádus / Ansvar: …» and
«Ovttasbargu / Samarbeid: …». The trap is Sametinget's own celebration of new Sámi skilled workers, named like the joint
national day but not part of it. An offer postponed to 2095 is told only in words."""
from __future__ import annotations

from docx.shared import Pt, RGBColor

from .common import ARR, FOU, KURS, PROSJEKT, RAD, add_runs, base_docx, docx_text_deep, row, save_docx

FILENAME = "Sametinget – tiltak 2094.docx"
MEMBER = "Sametinget"
FORMAT = "DOCX (python-docx), portrait, Heading 2 per measure, grey small-print lines, zip normalised"
SHAPE = ("ordinary Word report: a head «Sámediggi · Sametinget», title, an intro that explains the headings, then per "
         "measure a Heading 2 «delmål | kind | name» with vertical bars («1.4 | Rådsplass | Sametingets medlem i RSA "
         "ved Nord universitet», «2.3 | Prosjekt | …»), a description paragraph and a grey line «Ovddasvástádus / "
         "Ansvar: <department> · Ovttasbargu / Samarbeid: <partners>» (the Samarbeid part left out where there is "
         "none); Sametinget's kind words (Rådsplass, Arrangement, Prosjekt, Kurs, Kartlegging); the RSA seat named by "
         "the member and the institution; Sametinget's own celebration of new Sámi skilled workers (named like the "
         "joint national day, not part of it); an offer postponed to 2095 told only in words; a closing line")
NOT_TRUTH = ("the head, title and intro, the delmål code and kind at the start of every heading and the bars, the "
             "labels of the grey lines, the section 'Samisk for innvandrere i Kautokeino' (postponed to 2095), the "
             "closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, description, dm, kind, ansvar, partners, seed, type
ROWS = [
    ("Sametingets medlem i RSA ved Nord universitet",
     "Sametinget har én plass i rådet for samarbeid med arbeidslivet ved Nord universitet. Rådet drøftet "
     "samiskspråklige studietilbud i sykepleie og lærerutdanning.", "1.4", "Rådsplass", "Opplæringsavdelingen", "",
     "M02", RAD),
    ("Samisk fagbrevfeiring i Karasjok",
     "Feiring av 34 nye samiske fagarbeidere i reindrift, duodji og helsefag i juni. Feiringen var Sametingets egen og "
     "er ikke en del av Fagbrevdagen.", "2.3", "Arrangement", "Opplæringsavdelingen",
     "Sámi joatkkaskuvla ja boazodoalloskuvla", None, ARR),
    ("Rekrutteringsprosjekt for samiske lærebedrifter",
     "Prosjekt som hjelper bedrifter i samiske områder med å bli godkjente lærebedrifter. 14 nye lærebedrifter i "
     "2094.", "2.3", "Prosjekt", "Næringsavdelingen", "Finnmark fylkeskommune, Troms fylkeskommune", None, PROSJEKT),
    ("Karriereveiledning på samisk – kurs for rådgivere",
     "Kurs for rådgivere i skoler og karrieresentre om veiledning på nord-, lule- og sørsamisk. 40 deltakere.", "1.3",
     "Kurs", "Opplæringsavdelingen", "Sámi allaskuvla", None, KURS),
    ("Samiskspråklig kompetanse i kommunene",
     "Kartlegging av hvor mange ansatte i kommunene i forvaltningsområdet for samisk språk som kan samisk, og hvor "
     "det mangler kompetanse.", "1.1", "Kartlegging", "Språkavdelingen",
     "Norut, kommunene i forvaltningsområdet", None, FOU),
    ("Samisk for innvandrere i Kautokeino",
     "Tilbudet er utsatt til 2095 fordi det ikke var nok lærere.", "3.4", "Kurs", "Opplæringsavdelingen", "", "",
     None),
]


def build(out) -> list[dict]:
    d = base_docx(font="Calibri", size=10.5, margins_cm=2.2)
    p = d.add_paragraph()
    add_runs(p, [("Sámediggi · Sametinget", "b")])
    p.runs[0].font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
    p = d.add_paragraph()
    add_runs(p, [("Sametingets tiltak i kompetansestrategien 2094", "b")])
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Sametinget rapporterer her tiltakene for 2094 til Kompetansepolitisk råd. Hver overskrift viser "
                    "delmålet i strategien, hva slags tiltak det er og navnet på tiltaket.")
    rows = []
    for name, desc, dm, kind, ans, med, seed, ty in ROWS:
        d.add_heading(f"{dm} | {kind} | {name}", level=2)
        d.add_paragraph(desc)
        line = f"Ovddasvástádus / Ansvar: {ans}"
        if med:
            line += f" · Ovttasbargu / Samarbeid: {med}"
        p = d.add_paragraph()
        add_runs(p, [(line, "g")])
        if ty:
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, ans, med, desc))
    d.add_paragraph()
    d.add_paragraph("Kárášjohka / Karasjok, 15.01.2095\nBiret Márjá Eira, rådgiver i opplæringsavdelingen")
    save_docx(d, out / FILENAME, "Biret Márjá Eira")
    return rows


def text(path) -> str:
    return docx_text_deep(path)
