"""KS report as hand-written RTF with numbered paragraphs."""
import os


def esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def par(text, bold=False, italic=False, size=22, before=0, after=120, indent=0):
    fmt = ("\\b " if bold else "") + ("\\i " if italic else "")
    return (f"{{\\pard\\sb{before}\\sa{after}\\li{indent}\\fs{size} {fmt}"
            f"{esc(text)}\\par}}\n")


def build_ks(out_dir, fname, rows):
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1"
            "{\\fonttbl{\\f0\\fswiss Arial;}{\\f1\\froman Times New Roman;}}\n"
            "{\\colortbl;\\red0\\green84\\blue136;}\n"
            "{\\info{\\title KS - rapportering 2053}{\\author KS}"
            "{\\creatim\\yr2054\\mo1\\dy27\\hr10\\min0}"
            "{\\revtim\\yr2054\\mo1\\dy27\\hr10\\min0}}\n"
            "\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1418\\margb1418\n")
    body = [
        f"{{\\pard\\sa60\\fs18\\cf1\\b {esc('KS – Kommunesektorens organisasjon')}\\par}}\n",
        par("Rapportering til Kompetansepolitisk råd – 2053", bold=True, size=32,
            after=200),
        par("KS rapporterer nedenfor tiltak som KS har gjennomført eller deltatt "
            "aktivt i gjennom rapporteringsåret 2053. For hvert tiltak er delmål og "
            "type oppgitt, etterfulgt av en kort omtale og hvem som har ansvaret."),
        par("Kommunene og fylkeskommunene rapporterer egne tiltak direkte der de er "
            "medlemmer av rådet.", after=240),
    ]
    for n, r in enumerate(rows, 1):
        body.append(par(f"{n}. {r['tiltak']}", bold=True, size=24, before=120,
                        after=60))
        body.append(par(f"Delmål {r['delmal']} | Type: {r['tt']}", italic=True,
                        size=20, after=60, indent=360))
        body.append(par(r["desc"], indent=360, after=60))
        lines = [f"Ansvarlig: {r['ans']}"]
        if r["sam"]:
            lines.append(f"Samarbeidspartnere: {r['sam']}")
        body.append("{\\pard\\li360\\sa160\\fs20 " +
                    "\\line ".join(esc(x) for x in lines) + "\\par}\n")
    body.append(par("Oslo, 27. januar 2054", before=240))
    body.append(par("Avdeling for arbeidsgiverpolitikk, KS"))
    path = os.path.join(out_dir, fname)
    with open(path, "w", encoding="ascii", newline="\r\n") as fh:
        fh.write(head + "".join(body) + "}\n")
    return path
