"""Spekter: no written report - Spekter presented its measures in the council meeting and sent the
meeting tool's transcript of that part (WebVTT, speaker tags) as its report for 2072.
"""
from __future__ import annotations

from .common import truth

FILENAME = "Rådsmøte KPR 12.12.2072 - Spekter presenterer (transkripsjon).vtt"
MEMBER = "Spekter"
FORMAT = "WebVTT transcript as downloaded from a video meeting (cue ids 'uuid/n-0', <v Speaker> voice tags, LF)"
SHAPE = ("spoken presentation cut into short timed cues: each measure named in speech, delmål said aloud ('det er "
         "delmål 1.4', 'legger vi under 2.4'), the kind in words ('rådsarbeid', 'et kurstilbud'), responsibility "
         "and partners in a following cue; a NOTE block added by the member; a question from LO and the chair's "
         "remarks; a finished 2071 programme and a 2073 plan mentioned in passing (not truth rows)")
NOT_TRUTH = "the NOTE block, the chair's and LO's cues, the trainee programme finished in 2071 and the simulation project planned for 2073"

CHAIR = "Kari Hovland (KD)"
SP = "Anne Marie Solheim (Spekter)"
LO = "Per Arne Dahl (LO)"

CUES = [
    (CHAIR, "Da går vi videre til punkt fire, rapportering fra medlemmene. Spekter, vær så god."),
    (SP, "Takk. Hører dere meg nå? Fint."),
    (SP, "Eh, jeg skal gå gjennom fem tiltak fra oss i 2072, og så sender vi transkripsjonen som vår "
         "skriftlige rapport, sånn som vi avtalte."),
    (SP, "Det første er rådsarbeid. Spekter har hatt plass i Kompetansebehovsutvalget hele året."),
    (SP, "Der har vi særlig jobbet med kapitlet om helsepersonell i hovedrapporten. Det hører jo til delmål 1.1."),
    (SP, "Så det andre, også rådsarbeid: vi har en representant i Nasjonalt råd for helse- og "
         "sosialfagutdanning, altså NRHS under UHR."),
    (SP, "Der har vi tatt opp praksisplasser og hvordan utdanningene svarer på behovene i sykehusene. Det er "
         "delmål 1.4, samarbeid mellom utdanning og arbeidsliv."),
    (SP, "Og så, eh, det tredje henger sammen med det. Vi har hatt en webinarserie, «NRHS-anbefalingene i "
         "praksis», for HR-lederne i helseforetakene."),
    (SP, "Fire webinarer, rundt 300 deltakere til sammen. Det regner vi som et arrangement under 1.4, og det er "
         "Spekter som har stått for det."),
    (SP, "Det fjerde er Norsk på vakt, norskopplæring på arbeidsplassen for ansatte med innvandrerbakgrunn i "
         "Helse Bergen."),
    (SP, "Helse Bergen har hatt ansvaret, sammen med Vestland fylkeskommune og Fagforbundet. Det er delmål 3.4, "
         "og det er et kurstilbud."),
    (SP, "Og til slutt Kompetanseledelse, lederprogrammet vårt i helseforetakene. 120 ledere har gått gjennom "
         "programmet i 2072."),
    (SP, "Spekter har ansvaret, sammen med BI. Det legger vi under 2.4."),
    (SP, "Ja, og bare for ordens skyld: traineeprogrammet fra 2071 er avsluttet, så det er ikke med."),
    (SP, "Og i 2073 planlegger vi et prosjekt om simuleringstrening, men det er ikke startet ennå. Det var det "
         "fra meg."),
    (LO, "Takk. Et kort spørsmål: er Norsk på vakt det samme tiltaket som Fagforbundet har rapportert til oss?"),
    (SP, "Ja, det er det samme. Vi er med på arbeidsgiversiden gjennom Helse Bergen."),
    (CHAIR, "Fint. Da tar sekretariatet det inn som et felles tiltak. Takk til Spekter. Neste er Sametinget."),
]

ROWS = [
    ("M01", "Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Spekter", "",
     "Der har vi særlig jobbet med kapitlet om helsepersonell i hovedrapporten."),
    ("M06", "Nasjonalt råd for helse- og sosialfagutdanning", "1.4", "Råd/utvalg/nettverk", "Spekter", "",
     "Der har vi tatt opp praksisplasser og hvordan utdanningene svarer på behovene i sykehusene."),
    (None, "NRHS-anbefalingene i praksis", "1.4", "Arrangement", "Spekter", "",
     "Fire webinarer, rundt 300 deltakere til sammen."),
    ("J10", "Norsk på vakt", "3.4", "Kurs/utdanning", "Helse Bergen", "Vestland fylkeskommune og Fagforbundet",
     "norskopplæring på arbeidsplassen for ansatte med innvandrerbakgrunn i Helse Bergen."),
    (None, "Kompetanseledelse", "2.4", "Kurs/utdanning", "Spekter", "BI",
     "lederprogrammet vårt i helseforetakene. 120 ledere har gått gjennom programmet i 2072."),
]


def _ts(ms):
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def build(out):
    lines = ["WEBVTT", "",
             "NOTE Spekters rapportering for 2072 til Kompetansepolitisk råd: transkripsjon av punkt 4 i "
             "rådsmøtet 12.12.2072. Lett redigert av Spekter (navn på tiltak rettet).", ""]
    t = 1_412_350  # the item starts 23:32 into the recording
    for i, (spk, text) in enumerate(CUES):
        dur = 1800 + 62 * len(text)
        lines.append(f"9c1d7e4a-52b3-4f0e-8a61-3d2b7c9e0f15/{212 + i}-0")
        lines.append(f"{_ts(t)} --> {_ts(t + dur)}")
        lines.append(f"<v {spk}>{text}</v>")
        lines.append("")
        t += dur + 380 + (i * 137) % 900
    (out / FILENAME).write_bytes("\n".join(lines).encode("utf-8"))
    return [truth(FILENAME, MEMBER, n, s, d, ty, a, p, b) for s, n, d, ty, a, p, b in ROWS]
