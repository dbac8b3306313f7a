"""Unio: the subtitle file of the short video Unio made as its report, in SubRip format as a subtitle editor saves
it. The measures exist only as speech cut into timed cues of at most two lines: the name said after «Tiltak nummer
…», the kind and the delmål said in a sentence («Det er rådsarbeid, under delmål 1.4»), the responsible and the
partners said in sentences. A conference moved to March 2090 is mentioned at the end."""
from __future__ import annotations

from .common import FOU, KURS, PROSJEKT, RAD, row

FILENAME = "Unio – videorapport KPR 2089 (undertekster).srt"
MEMBER = "Unio"
FORMAT = ("SubRip subtitles (.srt) as a subtitle editor saves them: UTF-8 with BOM, CRLF, numbered cues with "
          "«hh:mm:ss,mmm --> hh:mm:ss,mmm» timings, at most two lines of at most 42 characters per cue; written as "
          "text")
SHAPE = ("the subtitles of a video report: a greeting and an intro cue, then for each of five measures the spoken "
         "«Tiltak nummer én: <name>.», a sentence with the kind and the delmål («Det er rådsarbeid, under delmål "
         "1.4.», «Det er en undersøkelse, altså forskning, under delmål 2.2.», «Det er et utviklingsprosjekt, under "
         "delmål 3.4.», «Det er et kurs, under delmål 2.4.»), «Ansvarlig var …» and «Vi samarbeidet med …» / «Her "
         "hadde vi ingen samarbeidspartnere.», then the description; descriptions run over cue breaks and names "
         "over line breaks; the UHR-FSE seat «Norsk Sykepleierforbunds observatørplass i UHR-Helse og sosial» and the KBU "
         "seat «Unios plass i Kompetansebehovsutvalget»; a closing cue on a conference moved to March 2090, told "
         "only in words")
NOT_TRUTH = ("the cue numbers and timings, the greeting and intro, the «Tiltak nummer …» words, the kind-and-delmål "
             "sentences, «Ansvarlig var …» and «Vi samarbeidet med …» sentences, the closing on 'Unio-konferansen "
             "om livslang læring' (moved to March 2090), the thanks")
SPLIT_FIELDS = ("samarbeidspartnere",)

ORDINAL = ["én", "to", "tre", "fire", "fem"]

# name, kind sentence, delmål, ansvarlig, partners, description, seed, type
ROWS = [
    ("Norsk Sykepleierforbunds observatørplass i UHR-Helse og sosial", "Det er rådsarbeid", "1.4",
     "Norsk Sykepleierforbund", "",
     "NSF fulgte den fagstrategiske enhetens fire møter og arbeidet for mer og bedre praksis i "
     "sykepleierutdanningen.", "M03", RAD),
    ("Unios plass i Kompetansebehovsutvalget", "Også det er rådsarbeid", "1.1", "Unio-sekretariatet", "",
     "Unios medlem deltok i utvalgets seks møter og skrev innspill om behovet for lærere og sykepleiere i "
     "distriktene.", "M05", RAD),
    ("Læringspulsen 2089", "Det er en undersøkelse, altså forskning", "2.2", "Unio-sekretariatet", "LO, YS",
     "Unio-forbundenes medlemmer var med i den felles undersøkelsen. 4 200 lærere, sykepleiere og politiansatte "
     "svarte, og Unio la fram egne tall i oktober.", "J01", FOU),
    ("Norsk i turnus – språkkontakter blant sykepleierne", "Det er et utviklingsprosjekt", "3.4",
     "Norsk Sykepleierforbund", "KS, Spekter",
     "NSF lærte opp 55 sykepleiere til språkkontakter på sykehus og sykehjem og fulgte dem opp med digitale "
     "samlinger.", "J05", PROSJEKT),
    ("Videreutdanning i språkarbeid for barnehagelærere", "Det er et kurs", "2.4", "Utdanningsforbundet",
     "OsloMet",
     "Studiet på 15 studiepoeng handler om språkarbeid med flerspråklige barn. 90 barnehagelærere fullførte.",
     None, KURS),
]

OPENING = ["Hei, jeg er Kari Lunde, rådgiver i Unio.",
           "Dette er Unios rapport til Kompetansepolitisk råd for 2089.",
           "Vi forteller kort om fem tiltak."]
CLOSING = ["Til slutt: Unio-konferansen om livslang læring var planlagt i november, men er flyttet til mars 2090.",
           "Takk for at dere så på!"]


def script() -> list[list[str]]:
    """The speech in blocks; each block starts a new cue."""
    blocks = [OPENING]
    for i, (name, kind, dm, ans, med, desc, *_r) in enumerate(ROWS):
        blocks.append([f"Tiltak nummer {ORDINAL[i]}: {name}.", f"{kind}, under delmål {dm}."])
        blocks.append([f"Ansvarlig var {ans}.",
                       f"Vi samarbeidet med {med.replace(', ', ' og ')}." if med else
                       "Her hadde vi ingen samarbeidspartnere."])
        blocks.append([desc])
    blocks.append(CLOSING)
    return blocks


def _lines(words: list[str], width: int = 42) -> list[str]:
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        out.append(cur)
    return out


def _stamp(ms: int) -> str:
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def cues() -> list[tuple[int, int, list[str]]]:
    t = 600
    made = []
    for block in script():
        lines = _lines(" ".join(block).split())
        for k in range(0, len(lines), 2):
            pair = lines[k:k + 2]
            dur = max(1400, 62 * sum(len(x) for x in pair))
            made.append((t, t + dur, pair))
            t += dur + 120
        t += 400
    return made


def build(out) -> list[dict]:
    parts = []
    for n, (a, b, pair) in enumerate(cues(), 1):
        parts.append(f"{n}\r\n{_stamp(a)} --> {_stamp(b)}\r\n" + "\r\n".join(pair) + "\r\n\r\n")
    (out / FILENAME).write_bytes(b"\xef\xbb\xbf" + "".join(parts).encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, d) for n, _k, dm, a, m, d, seed, ty in ROWS]


def parse(path) -> list[tuple[str, str, list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    blocks = raw[3:].decode("utf-8").split("\r\n\r\n")
    out = []
    for b in [x for x in blocks if x.strip()]:
        lines = b.split("\r\n")
        start, end = lines[1].split(" --> ")
        out.append((lines[0], start, lines[2:]))
    return out


def text(path) -> str:
    """The spoken words, cue after cue (the partners are said with «og»; truth lists them comma-separated)."""
    return " ".join(" ".join(lines) for _n, _s, lines in parse(path))
