"""Regjeringen: the ministries' table printed to PDF, whose goal column gives the delmål's running number in the
strategy (1–16) instead of its code; the intro says how the numbers map onto the three main areas. A white paper
that is to be put forward in the spring of 2092 stands in the table and is told only in its text."""
from __future__ import annotations

from .common import FOU, INFO, KURS, PROSJEKT, RAD, docx_bytes, new_docx, pdf_cells, row, ruled_table, runs, \
    stable_pdf

FILENAME = "Regjeringen – rapport til KPR 2091.pdf"
MEMBER = "Regjeringen"
FORMAT = ("PDF exported by LibreOffice Writer from a portrait DOCX (python-docx) with one ruled six-column table, a "
          "repeated header row and a contact line; dates and /ID fixed")
SHAPE = ("ministry table whose goal is the delmål's running number: title, an intro saying the first column gives "
         "the delmål's running number in the strategy (1–4 under main area 1, 5–10 under area 2, 11–16 under area "
         "3), header Nr. i strategien / Tiltak / Departement / Virkemiddel / Gjennomført i 2091 / "
         "Samarbeidspartnere, rows sorted by that number (1, 1, 8, 10, 11, 13, 14 = 1.1, 1.1, 2.4, 2.6, 3.1, 3.3, "
         "3.4); the kind as the ministry's instrument words («deltakelse i utvalg», «utredning», «tilskudd til "
         "kurs», «digital tjeneste», «forsøk», «melding til Stortinget»); the KBU seat «Departementenes observatører "
         "i Kompetansebehovsutvalget»; KD's evaluation of KBU (about KBU, not a seat) in the same number-1 group; a "
         "white paper to be put forward in the spring of 2092, told only in its text")
NOT_TRUTH = ("the title and intro, the header, the Nr. cells, the Virkemiddel cells, the row 'Stortingsmelding om "
             "voksnes læring' (put forward in the spring of 2092), the contact line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# running number, name, ministry, instrument, text, partners, seed, delmål, type
ROWS = [
    (1, "Departementenes observatører i Kompetansebehovsutvalget", "KD", "deltakelse i utvalg",
     "KD, AID og NFD fulgte utvalgets fem møter uten stemmerett. Utvalget la i september fram sin årlige rapport, "
     "denne gangen om kompetansebehovet i helse og omsorg.", "AID, NFD", "M03", "1.1", RAD),
    (1, "Evaluering av Kompetansebehovsutvalget", "KD", "utredning",
     "KD bestilte en evaluering av hvordan utvalget er organisert og hvordan rapportene blir brukt. Evalueringen "
     "gjelder utvalget som ordning og er ikke en del av departementenes arbeid i utvalget. Sluttrapporten kom i "
     "desember.", "Proba samfunnsanalyse", None, "1.1", FOU),
    (8, "Tilskudd til bransjeprogram for bygg og anlegg", "KD", "tilskudd til kurs",
     "Ordningen ga 1 600 fagarbeidere i bygg og anlegg korte kurs i blant annet energieffektivisering og digital "
     "byggeplass. Kursene ble utviklet av fagskoler og universiteter sammen med bransjen.",
     "HK-dir, BNL, Fellesforbundet", None, "2.4", KURS),
    (10, "Digital søknad om godkjenning av utenlandsk fagbrev", "KD", "digital tjeneste",
     "HK-dir åpnet en ny søknadstjeneste der fagarbeidere med utdanning fra utlandet kan søke om godkjenning og "
     "følge saken. 2 700 søknader kom inn gjennom tjenesten.", "HK-dir", None, "2.6", INFO),
    (11, "Stortingsmelding om voksnes læring", "KD", "melding til Stortinget",
     "Arbeidet med meldingen pågikk gjennom hele året, med innspillsmøter med partene. Meldingen legges fram våren "
     "2092.", "AID", "", "3.1", None),
    (13, "Praksisbrua – praksisplass og fagopplæring for ledige voksne", "AID", "forsøk",
     "Arbeids- og velferdsetaten og fylkeskommunene prøvde ut Praksisbrua i seks fylker. 420 ledige voksne fikk "
     "praksisplass i bedrift og opplæring mot fagbrev i samme løp.",
     "Arbeids- og velferdsdirektoratet, LO, NHO", "J01", "3.3", PROSJEKT),
    (14, "Forsøk med kombinasjonsklasser for voksne innvandrere", "KD", "forsøk",
     "Tolv kommuner ga voksne innvandrere grunnskoleopplæring og norskopplæring i samme klasse. 310 deltakere var "
     "med.", "IMDi, kommunene", None, "3.4", PROSJEKT),
]


def code_of(number: int) -> str:
    """The strategy's code for a running number 1–16 (4, 6 and 6 delmål under the three main areas)."""
    if number <= 4:
        return f"1.{number}"
    if number <= 10:
        return f"2.{number - 4}"
    return f"3.{number - 10}"


def build(out) -> list[dict]:
    d = new_docx(font="Liberation Serif", size=10.5, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("Regjeringens rapport til Kompetansepolitisk råd – tiltak i 2091", "bs15")])
    d.add_paragraph(
        "Departementene rapporterer her tiltakene de gjennomførte i 2091 i oppfølgingen av Nasjonal "
        "kompetansepolitisk strategi. Første kolonne viser delmålets løpenummer i strategien og ikke delmålskoden: "
        "nr. 1–4 er delmålene under hovedinnsatsområde 1, nr. 5–10 delmålene under hovedinnsatsområde 2 og nr. "
        "11–16 delmålene under hovedinnsatsområde 3.")
    head = ["Nr. i strategien", "Tiltak", "Departement", "Virkemiddel", "Gjennomført i 2091", "Samarbeidspartnere"]
    body = [[str(n), name, dep, v, t, s] for n, name, dep, v, t, s, *_r in ROWS]
    ruled_table(d, head, body, [2.0, 3.4, 2.2, 2.3, 4.9, 2.5], fill="E2E2E2", size=9, header_repeat=True)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Kontakt: Avdeling for kompetansepolitikk, Kunnskapsdepartementet. Oslo, 14. januar 2092.", "i")])
    (out / FILENAME).write_bytes(stable_pdf(docx_bytes(d, "Kunnskapsdepartementet"), ".docx"))
    rows = []
    for n, name, dep, _v, t, s, seed, dm, ty in ROWS:
        if ty:
            assert code_of(n) == dm, (n, dm)
            rows.append(row(FILENAME, MEMBER, name, seed, dm, ty, dep, s, t))
    return rows


INSTRUMENT = {"deltakelse i utvalg": RAD, "utredning": FOU, "tilskudd til kurs": KURS, "digital tjeneste": INFO,
              "forsøk": PROSJEKT}


def text(path) -> str:
    return pdf_cells(path)
