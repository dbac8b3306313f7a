"""UHR: an ordinary Word table with no kind column. UHR says in the intro that it does not sort its work into kinds;
instead a column «Omfang» tells what the measure consisted of («Fire møter i enheten», «Én konferanse, 350
deltakere», «Én rapport …», «5 studiepoeng, 1 100 deltakere»), from which the secretariat reads the kind. A portal
postponed to the autumn of 2097 is told only in words."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "UHR – tiltak i kompetansestrategien 2096.docx"
MEMBER = "UHR"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table without a kind column: title, an intro saying UHR does not sort its measures by kind "
         "and that «Omfang» tells what each consisted of, header Tiltak / Resultat i 2096 / Omfang / Delmål / "
         "Ansvarlig / Partnere; the kind only implied by the Omfang cell («Fire møter i enheten», «Utviklingsarbeid "
         "over ti måneder …», «Én konferanse, 350 deltakere», «Én rapport med tall fra 21 institusjoner», «Nettkurs "
         "på 5 studiepoeng, 1 100 deltakere»); delmål as a plain code; the UHR-FSE seat «UHR-Helse og velferd – "
         "fagstrategisk enhet», whose responsible is the unit itself; a portal postponed to the autumn of 2097 told "
         "only in words; a closing line")
NOT_TRUTH = ("the title and intro, the header, the Omfang and Delmål cells, the row 'Felles søkeportal for etter- og "
             "videreutdanning' (postponed to the autumn of 2097), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, resultat, omfang, dm, ansvarlig, partnere, seed, type
ROWS = [
    ("UHR-Helse og velferd – fagstrategisk enhet",
     "Enheten samlet dekanene for helse- og sosialfagutdanningene og vedtok felles retningslinjer for "
     "praksisveiledning.", "Fire møter i enheten", "1.4", "UHR-Helse og velferd", "KS, Spekter", "M03", RAD),
    ("Nasjonalt rammeverk for etter- og videreutdanning",
     "En arbeidsgruppe med tolv institusjoner utviklet felles prinsipper for små, fleksible emner. Rammeverket ble "
     "vedtatt av UHRs styre i november.", "Utviklingsarbeid over ti måneder, tolv institusjoner med", "2.4",
     "UHR sekretariatet", "HK-dir", None, PROSJEKT),
    ("Arbeidslivsrelevanskonferansen 2096",
     "Konferanse i Bergen i april om samarbeid mellom høyere utdanning og arbeidsliv.", "Én konferanse, 350 deltakere",
     "1.4", "UHR sekretariatet", "NHO, Virke, KS", None, ARR),
    ("Kartlegging av etter- og videreutdanning i UH-sektoren",
     "Tall fra alle institusjonene om hvor mange som tok etter- og videreutdanning i 2095–2096, og hvem de var. "
     "Rapporten ble lagt fram i juni.", "Én rapport med tall fra 21 institusjoner", "2.2", "UHR sekretariatet", "NIFU",
     None, FOU),
    ("Veiledningspedagogikk for praksisveiledere",
     "Åpent tilbud for veiledere i kommuner og sykehus som tar imot studenter i praksis.",
     "Nettkurs på 5 studiepoeng, 1 100 deltakere", "2.4", "Universitetet i Sørøst-Norge", "KS, Spekter", None, KURS),
    ("Felles søkeportal for etter- og videreutdanning",
     "Portalen er utsatt og skal etter planen åpne høsten 2097.", "–", "2.4", "UHR sekretariatet", "HK-dir", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Universitets- og høgskolerådet – tiltak i kompetansestrategien 2096", "bs15")])
    d.add_paragraph(
        "UHR deler ikke arbeidet sitt inn i tiltakstyper. Kolonnen «Omfang» viser i stedet hva hvert tiltak besto av "
        "i 2096. Delmålet er strategiens nummer.")
    head = ["Tiltak", "Resultat i 2096", "Omfang", "Delmål", "Ansvarlig", "Partnere"]
    body = [[n, r_, om, dm, a, p_] for n, r_, om, dm, a, p_, *_x in ROWS]
    ruled_table(d, head, body, [5.0, 8.0, 4.2, 1.6, 3.4, 3.3], fill="D9E2F3", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("UHR, 13. januar 2097 – Aud Fjeldstad, seniorrådgiver", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Aud Fjeldstad"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, p_, r_) for n, r_, _om, dm, a, p_, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
