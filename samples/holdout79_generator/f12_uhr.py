"""UHR: an ordinary table printed to PDF whose goal column is a short sentence that names the main delmål and the
others a measure touches, in words such as «hovedsakelig», «først og fremst» and «delvis» – and not always with the
main one first. A joint application portal to be launched in the autumn of 2100 is told only in words."""
from __future__ import annotations

from .common import ARR, INFO, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, stable_pdf

FILENAME = "UHR – rapport til Kompetansepolitisk råd 2099.pdf"
MEMBER = "UHR"
FORMAT = ("PDF exported by LibreOffice Writer from a landscape DOCX (python-docx) with one ruled six-column table and "
          "a repeated header row; dates and /ID fixed")
SHAPE = ("ordinary table with the goal as a sentence: title, an intro saying the column tells which delmål a measure "
         "mainly belongs to and which others it touches, header Tiltak / Beskrivelse / Strategisk forankring / "
         "Aktivitetstype / Ansvarlig enhet / Samarbeid; goal cells «Hovedsakelig delmål 1.4.», «Først og fremst "
         "delmål 1.3; berører også 1.4.», «Berører 2.4, men først og fremst 1.4.», «Delmål 1.4 (hovedmål); også "
         "2.2.», «Delvis 1.4, hovedsakelig 2.4.» – the main delmål is the one the words mark, first or last; UHR's "
         "kind words (Strategisk enhet, Åpent arrangement, Nettjeneste, Pilotprosjekt, Nettverk); the UHR-FSE seat "
         "«UHR-Lærerutdanning – arbeidsutvalget for enheten»; UHR's own pilot for doctoral candidates named like the "
         "joint service (its own phase, not the joint measure); a paragraph under the table on a portal to be "
         "launched in the autumn of 2100, told only in words")
NOT_TRUTH = ("the title and intro, the header, the sentences in «Strategisk forankring», the Aktivitetstype cells, "
             "the paragraph under the table on 'Felles søknadsportal for korte kurs' (autumn 2100), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, goal sentence, kind, unit, partners, delmål, seed, type
ROWS = [
    ("UHR-Lærerutdanning – arbeidsutvalget for enheten",
     "Arbeidsutvalget møttes sju ganger og forberedte enhetens innspill til nye retningslinjer for praksis i "
     "lærerutdanningene.", "Hovedsakelig delmål 1.4.", "Strategisk enhet", "UHR-Lærerutdanning", "", "1.4", "M06",
     RAD),
    ("Karriereuka 2099 på campus",
     "26 universiteter og høyskoler holdt karrieresentrene åpne med gratis veiledning for voksne i karriereuka.",
     "Først og fremst delmål 1.3; berører også 1.4.", "Åpent arrangement", "UHR, avdeling for utdanning",
     "VOFO, Kompetanseforbundet", "1.3", "J03", ARR),
    ("Praksisbanken – universitetenes og høyskolenes del",
     "Institusjonene la inn 1 900 praksisplasser, og UHR drev brukerstøtten for studenter og virksomheter.",
     "Berører 2.4, men først og fremst 1.4.", "Nettjeneste", "UHR, avdeling for utdanning", "Akademikerne, HK-dir",
     "1.4", "J06", INFO),
    ("Praksisbanken for doktorgradskandidater – pilot",
     "UHR prøvde ut en egen del av Praksisbanken der doktorgradskandidater finner korte opphold i næringslivet. "
     "Piloten er UHRs egen og er ikke en del av den felles tjenesten; 40 kandidater deltok.",
     "Delmål 1.4 (hovedmål); også 2.2.", "Pilotprosjekt", "UHR, avdeling for forskning", "NHO", "1.4", None,
     PROSJEKT),
    ("Nettverk for etter- og videreutdanning",
     "Nettverket møttes tre ganger og lagde felles maler for avtaler med arbeidslivet om skreddersydde kurs.",
     "Delvis 1.4, hovedsakelig 2.4.", "Nettverk", "UHR, avdeling for utdanning", "HK-dir", "2.4", None, RAD),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – rapport til Kompetansepolitisk råd for 2099", "bs15")])
    d.add_paragraph(
        "Flere av tiltakene våre treffer mer enn ett delmål. Kolonnen «Strategisk forankring» sier hvilket delmål "
        "tiltaket hovedsakelig hører til, og hvilke andre det berører.")
    head = ["Tiltak", "Beskrivelse", "Strategisk forankring", "Aktivitetstype", "Ansvarlig enhet", "Samarbeid"]
    body = [[n, t, g, k, u, p_] for n, t, g, k, u, p_, *_r in ROWS]
    ruled_table(d, head, body, [4.8, 8.3, 3.6, 3.0, 3.2, 3.0], fill="D9E2F3", size=9.5, header_repeat=True)
    d.add_paragraph()
    d.add_paragraph("Arbeidet med en felles søknadsportal for korte kurs ved universiteter og høyskoler er i gang; "
                    "portalen skal etter planen lanseres høsten 2100.")
    p = d.add_paragraph()
    runs(p, [("Kontakt: Helga Fjeld, seniorrådgiver, UHR", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Helga Fjeld"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, u, p_, t) for n, t, _g, _k, u, p_, dm, seed, ty in ROWS]


def text(path) -> str:
    return pdf_cells(path)
