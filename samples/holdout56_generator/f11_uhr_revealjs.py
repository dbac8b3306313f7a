"""UHR: the report was presented to UHR's board as a reveal.js slide show and the same HTML file was sent to the
secretariat. Horizontal sections are the delmål, the vertical slides under each are the measures; the description
is only in the speaker notes (<aside class="notes">)."""
from __future__ import annotations

from .common import ARR, FOU, KURS, PROSJEKT, RAD, html_text, row, xml_esc

FILENAME = "uhr-kpr-2076-presentasjon.html"
MEMBER = "UHR"
FORMAT = ("HTML5 reveal.js presentation (single .html, UTF-8): div.reveal > div.slides with nested <section> "
          "elements (vertical stacks), data-* attributes, class='fragment' list items, speaker notes in "
          "<aside class='notes'>, reveal.js and its notes plugin loaded from a CDN in <script> tags; written as text")
SHAPE = ("slide show: title slide, then one vertical stack per delmål – the stack's first slide names the delmål "
         "(code+words, words only or code only) and each slide below it is one measure (h3 = name, fragment bullets "
         "'Type:' in UHR's words – missing once –, 'Ansvar:', 'Med:'); the description exists only in the speaker "
         "notes; slides 'Avsluttet i 2075' and 'Veien videre – 2077' and a closing slide are not measures")
NOT_TRUTH = ("the title slide, the delmål slides at the top of each stack, the slide 'Avsluttet i 2075' (Nasjonal "
             "praksiskonferanse 2075), the slide 'Veien videre – 2077' (EVU-portal for UH-sektoren), the closing "
             "slide 'Spørsmål?', the speaker notes of those slides, the scripts")

STACKS = [
    ("Delmål 1.4 – Samarbeid mellom utdanning og arbeidsliv", [
        ("Råd for samarbeid med arbeidslivet (RSA) ved institusjonene", "Råd", "UHR", "universitetene og høyskolene",
         "Alle 21 universiteter og høyskoler har et RSA; UHR samlet erfaringene og la fram en oversikt over hvordan "
         "rådene følger opp studieprogrammenes arbeidsrelevans.", ("M03", "1.4", RAD)),
        ("Nasjonalt råd for økonomisk-administrativ utdanning (NRØA)", "Fagstrategisk enhet", "UHR",
         "NHO, Virke, Econa",
         "Rådet arbeidet i 2076 med nye retningslinjer for bachelor i økonomi og administrasjon sammen med "
         "arbeidslivet.", ("M04", "1.4", RAD)),
        ("Opplæring av nye RSA-ledere", "Kurs", "UHR", "",
         "Et todagers kurs for de nyoppnevnte lederne av RSA ved institusjonene om mandat, møteform og oppfølging.",
         (None, "1.4", KURS)),
        ("Nasjonal konferanse om arbeidsrelevans", None, "UHR", "HK-dir",
         "Konferansen samlet 350 deltakere fra utdanning og arbeidsliv i Trondheim i oktober.", (None, "1.4", ARR)),
    ]),
    ("Kunnskap om læring i arbeidslivet", [
        ("EVU-kartlegging i UH-sektoren 2076", "Kartlegging", "UHR", "NIFU",
         "Kartleggingen viser omfanget av etter- og videreutdanning ved institusjonene, og hvor mange "
         "emner som er utviklet sammen med arbeidsgivere.", (None, "2.2", FOU)),
    ]),
    ("2.5", [
        ("Realkompetanseportalen – UH-sektorens del", "Prosjekt", "UHR", "HK-dir, Fagskolerådet",
         "UHR ledet arbeidet med felles kriterier for vurdering av realkompetanse for opptak til høyere utdanning i "
         "den nye portalen.", ("J06", "2.5", PROSJEKT)),
    ]),
]


def _measure(name, typ, ansv, med, notes) -> str:
    li = []
    if typ:
        li.append(f'<li class="fragment">Type: {xml_esc(typ)}</li>')
    li.append(f'<li class="fragment">Ansvar: {xml_esc(ansv)}</li>')
    if med:
        li.append(f'<li class="fragment">Med: {xml_esc(med)}</li>')
    return (f'        <section data-auto-animate>\n          <h3>{xml_esc(name)}</h3>\n          <ul>\n            '
            + "\n            ".join(li) + f'\n          </ul>\n          <aside class="notes">{xml_esc(notes)}</aside>\n'
            "        </section>\n")


def build(out) -> list[dict]:
    body = []
    rows = []
    for head, items in STACKS:
        body.append("      <section>\n")
        body.append(f'        <section data-background-color="#1d3557">\n          <h2>{xml_esc(head)}</h2>\n'
                    "        </section>\n")
        for name, typ, ansv, med, notes, (seed, dm, t) in items:
            body.append(_measure(name, typ, ansv, med, notes))
            rows.append(row(FILENAME, MEMBER, name, seed, dm, t, ansv, med, notes))
        body.append("      </section>\n")
    html = f"""<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <title>UHR – rapport til Kompetansepolitisk råd 2076</title>
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/reveal.js@5.1.0/dist/reveal.css">
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/reveal.js@5.1.0/dist/theme/white.css">
    <style>.reveal h3 {{ font-size: 1.3em; }} .reveal ul {{ font-size: 0.8em; }}</style>
  </head>
  <body>
    <div class="reveal">
      <div class="slides">
      <section>
        <h1>Kompetansepolitisk råd</h1>
        <p>UHRs tiltak i 2076</p>
        <p><small>Styremøte 14. januar 2077 · Universitets- og høgskolerådet</small></p>
        <aside class="notes">Si kort at tiltakene er sortert etter delmål, og at beskrivelsene står i notatene.</aside>
      </section>
{''.join(body)}      <section>
        <h2>Avsluttet i 2075</h2>
        <ul><li>Nasjonal praksiskonferanse 2075 – holdt i Bergen, ikke med i årets rapport</li></ul>
      </section>
      <section>
        <h2>Veien videre – 2077</h2>
        <ul><li>EVU-portal for UH-sektoren (planlegges 2077)</li></ul>
        <aside class="notes">Avhenger av midler i statsbudsjettet for 2077.</aside>
      </section>
      <section>
        <h2>Spørsmål?</h2>
      </section>
      </div>
    </div>
    <script src="https://cdn.jsdelivr.net/npm/reveal.js@5.1.0/dist/reveal.js"></script>
    <script src="https://cdn.jsdelivr.net/npm/reveal.js@5.1.0/plugin/notes/notes.js"></script>
    <script>
      Reveal.initialize({{ hash: true, slideNumber: 'c/t', plugins: [ RevealNotes ] }});
    </script>
  </body>
</html>
"""
    (out / FILENAME).write_bytes(html.encode("utf-8"))
    return rows


def text(path) -> str:
    return html_text(path.read_bytes().decode("utf-8"))
