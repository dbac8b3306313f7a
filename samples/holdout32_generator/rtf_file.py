"""Unio: hand-written RTF, prose under delmål headings with bold lead-in titles."""
import os

from .common import Result, truth


def _esc(text):
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
    return "".join(out)


def unio(outdir):
    fn = "Unio_rapportering_2052.rtf"
    member = "Unio"
    sections = [
        ("Delmål 1.3 Karriererettleiing", [
            ("Nasjonalt forum for karriererettleiing",
             "Unio har ein fast representant i forumet og har i 2052 bidrege i arbeidet med "
             "kvalitetsrammeverket for karriererettleiing.", "", "",
             "M06", "1.3", "Råd/utvalg/nettverk"),
        ]),
        ("Delmål 1.4 Samarbeid mellom utdanningstilbydarar og arbeidslivet", [
            ("Representasjon i UHR-Lærerutdanning",
             "Unio er gjennom Utdanningsforbundet representert i den fagstrategiske eininga "
             "for lærarutdanning i UHR og har i år særleg arbeidd med praksis i "
             "lærarutdanningane.",
             "", "", "M04", "1.4", "Råd/utvalg/nettverk"),
        ]),
        ("Delmål 2.2 Kunnskapsgrunnlaget om læring i arbeidslivet", [
            ("Rapport om etter- og vidareutdanning for sjukepleiarar",
             "Unio har fått utarbeidd ein rapport om omfanget av etter- og vidareutdanning "
             "blant sjukepleiarar og andre helseprofesjonar. Rapporten vart lagd fram i "
             "september.",
             "Unio-sekretariatet", "Norsk Sykepleierforbund", "U602", "2.2", "FoU"),
            ("Unio-konferansen 2052: Livslang læring i profesjonane",
             "Konferanse i Oslo 12. november med 240 deltakarar frå medlemsforbunda, "
             "arbeidsgjevarar og utdanningsinstitusjonar.", "", "", "U603", "2.2",
             "Arrangement"),
        ]),
    ]
    parts = [
        r"{\rtf1\ansi\ansicpg1252\deff0",
        r"{\fonttbl{\f0\froman\fcharset0 Georgia;}{\f1\fswiss\fcharset0 Arial;}}",
        r"{\info{\title " + _esc("Unio – rapportering 2052") + r"}{\author Unio}"
        r"{\creatim\yr2053\mo1\dy22\hr10\min0}{\revtim\yr2053\mo1\dy22\hr10\min0}}",
        r"\paperw11906\paperh16838\margl1418\margr1418\margt1418\margb1418",
        r"\pard\sa120\f1\fs32\b " + _esc("Unio – rapportering til Kompetansepolitisk råd for 2052")
        + r"\b0\par",
        r"\pard\sa200\f0\fs22 " + _esc(
            "Unio organiserer arbeidstakarar med lang utdanning i offentleg og privat sektor. "
            "Nedanfor følgjer tiltaka til Unio i 2052, ordna etter delmåla i strategien.") + r"\par",
    ]
    rows = []
    for heading, entries in sections:
        parts.append(r"\pard\sb240\sa120\f1\fs26\b " + _esc(heading) + r"\b0\par")
        for title, text, ansv, partner, seed, dm, typ in entries:
            body = text
            if ansv:
                body += f" Ansvarleg: {ansv}."
            if partner:
                body += f" Samarbeidspartnar: {partner}."
            parts.append(r"\pard\sa160\f0\fs22\b " + _esc(title + ".") + r"\b0  "
                         + _esc(body) + r"\par")
            rows.append(truth(fn, member, title, seed, dm, typ, ansv, partner, text))
    parts.append(r"\pard\sb240\f0\fs22 " + _esc("Med venleg helsing") + r"\par")
    parts.append(r"\pard " + _esc("Unio, 22. januar 2053") + r"\par")
    parts.append("}")
    with open(os.path.join(outdir, fn), "w", encoding="ascii", newline="\r\n") as fh:
        fh.write("\n".join(parts) + "\n")
    return Result(fn, member, "RTF (nynorsk), prose under delmål headings (code + name), bold lead-in "
                  "titles, no type stated", rows)
