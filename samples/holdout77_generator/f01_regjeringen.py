"""Regjeringen: the ministries' collation printed to PDF by LibreOffice. The goal column gives each delmål as its
running number in the strategy (1–16, counted from 1.1 to 3.6) instead of the code; a sentence in the intro and a
key under the table say how to read it. A scheme decided in 2097 that comes into force in March 2098 is told only in
words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, DELMAL, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "Regjeringens rapportering til KPR for 2097.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a portrait DOCX (python-docx) with one ruled seven-column table, "
          "a repeated header row and a key under the table; dates and /ID fixed")
SHAPE = ("ministry table with the delmål as a running number: title, a line naming the ministries, an intro saying "
         "that the delmål are numbered 1–16 in the order they stand in the strategy, header Nr. / Tiltak / Dep. / "
         "Delmål (løpenr.) / Virkemiddel / Hva skjedde i 2097 / Andre involverte; the goal cells hold only «1», "
         "«11», «4», «8», «15», «2» (= 1.1, 3.1, 1.4, 2.4, 3.5, 1.2), with a key line under the table «Løpenummer: "
         "1–4 = delmål 1.1–1.4, 5–10 = delmål 2.1–2.6, 11–16 = delmål 3.1–3.6»; the ministries' kind words "
         "(Observatørplass, Kampanje, Evaluering, Tilskuddsordning, Opplæringstilbud, Forsøk); the KBU seat "
         "«Departementene i Kompetansebehovsutvalget (observatørplasser)»; KD's evaluation of Nasjonalt fagskoleråd "
         "(about FSR, not a seat); a scheme that comes into force in March 2098 told only in words; a place/date line")
NOT_TRUTH = ("the title, the ministries line and the intro, the header, the Nr., Delmål (løpenr.) and Virkemiddel cells"
             ", row 7 'Ny godkjenningsordning for utenlandsk fagutdanning' (in force from March "
             "2098), the key line, the place/date line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, dep, delmål, virkemiddel, gjort, involverte, seed, type
ROWS = [
    ("Departementene i Kompetansebehovsutvalget (observatørplasser)", "KD", "1.1", "Observatørplass",
     "KD og AID fulgte Kompetansebehovsutvalgets arbeid som observatører. Utvalget la i mai fram temarapporten "
     "«Kompetanse for det grønne skiftet», og departementene drøftet anbefalingene med partene i september.",
     "AID", "M04", RAD),
    ("Voksenløftet 2097", "KD", "3.1", "Kampanje",
     "Nasjonal kampanje som oppfordret voksne uten fullført videregående opplæring til å ta fagbrev eller "
     "studiekompetanse. Filmene ble vist 1,2 millioner ganger, og søknadene til voksenopplæringen økte med 14 "
     "prosent.", "HK-dir, fylkeskommunene, partene i arbeidslivet", "J01", INFO),
    ("Evaluering av Nasjonalt fagskoleråd", "KD", "1.4", "Evaluering",
     "Proba samfunnsanalyse evaluerte på oppdrag fra KD hvordan Nasjonalt fagskoleråd har fungert siden 2090. "
     "Departementet er ikke medlem av rådet; evalueringen er et eget oppdrag. Rapporten kom i november.",
     "Proba samfunnsanalyse", None, FOU),
    ("Bransjeprogram for havbruk og sjømat", "NFD", "2.4", "Tilskuddsordning",
     "Ordningen finansierte korte, arbeidsplassnære kurs for ansatte i havbruk og fiskeforedling. 1 150 deltakere "
     "fullførte et kurs i 2097.", "HK-dir, Sjømat Norge, Fellesforbundet", None, KURS),
    ("Grunnleggende digital opplæring for arbeidssøkere", "AID", "3.5", "Opplæringstilbud",
     "NAV ga kurs i digitale ferdigheter til arbeidssøkere som trenger det for å komme i jobb. 3 400 personer "
     "startet på kurset, og 71 prosent fullførte.", "NAV, fylkeskommunene", None, KURS),
    ("Forsøk med regionale kompetanseråd", "KDD", "1.2", "Forsøk",
     "Fire fylkeskommuner prøvde ut et fast kompetanseråd der fylket, kommunene, partene og utdanningsstedene "
     "samordner tilbudet i regionen. Forsøket følges med en underveisevaluering.", "fire fylkeskommuner, KS", None,
     PROSJEKT),
    ("Ny godkjenningsordning for utenlandsk fagutdanning", "KD", "2.6", "Forskrift",
     "Forskriften er vedtatt og trer i kraft 1. mars 2098.", "HK-dir", "", None),
]

KEY = "Løpenummer: 1–4 = delmål 1.1–1.4, 5–10 = delmål 2.1–2.6, 11–16 = delmål 3.1–3.6."


def running(code: str) -> str:
    return str(DELMAL.index(code) + 1)


def build(out) -> list[dict]:
    d = new_docx(font="Times New Roman", size=10.5, margin_cm=1.8)
    p = d.add_paragraph()
    runs(p, [("Regjeringens rapportering til Kompetansepolitisk råd for 2097", "bs15")])
    p = d.add_paragraph()
    runs(p, [("Kunnskapsdepartementet (KD), Arbeids- og inkluderingsdepartementet (AID), Nærings- og "
              "fiskeridepartementet (NFD) og Kommunal- og distriktsdepartementet (KDD)", "i")])
    d.add_paragraph(
        "Tabellen viser departementenes tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi i 2097. "
        "Delmålene er oppgitt med løpenummer, det vil si at strategiens seksten delmål er nummerert fra 1 til 16 i "
        "den rekkefølgen de står i strategien. Se nøkkelen under tabellen.")
    head = ["Nr.", "Tiltak", "Dep.", "Delmål (løpenr.)", "Virkemiddel", "Hva skjedde i 2097", "Andre involverte"]
    body = [[str(i), n, dep, running(dm), v, g, inv] for i, (n, dep, dm, v, g, inv, *_r) in enumerate(ROWS, 1)]
    ruled_table(d, head, body, [0.7, 4.0, 1.0, 1.6, 2.5, 4.7, 2.9], fill="DDE4EE", size=8, header_repeat=True)
    p = d.add_paragraph()
    runs(p, [(KEY, "g")])
    d.add_paragraph()
    d.add_paragraph("Oslo, 14. januar 2098")
    d.add_paragraph("Kunnskapsdepartementet, på vegne av departementene")
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Kunnskapsdepartementet"), ".docx"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, dep, inv, g) for n, dep, dm, _v, g, inv, seed, ty in ROWS if ty]


def text(path) -> str:
    return pdf_cells(path)
