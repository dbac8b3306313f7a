"""06 Akademikerne - DOCX whose delmål numbers exist only as Word's automatic heading numbering."""
import os
from .common import truth_row
from . import wordml as W

FILE = "06_Akademikerne_rapport_2068.docx"
MEMBER = "Akademikerne"
FORMAT = "DOCX (hand-written WordprocessingML), multilevel list numbering linked to heading styles"
SHAPE = ("Report that follows the strategy outline with Heading 1/Heading 2 auto-numbered by numbering.xml "
         "(1, 1.1 … 2.6) – the codes are never in the text, headings paraphrase the delmål; «Ingen tiltak» "
         "under empty delmål; measures are bold run-in names plus an italic Ansvar/Form/Samarbeid line; "
         "a members' meeting about the KBU report is Akademikerne's own event")

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Overskrift2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

H1NUM = '<w:numPr><w:numId w:val="1"/></w:numPr>'
H2NUM = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'

# Outline: (h1 title, [(h2 title, [items])]) ; item = measure tuple or a plain string
M = {
    "M01": ("M01", "1.1", "Råd/utvalg/nettverk", "Medlem i KBU",
            "Akademikerne har ett medlem i Kompetansebehovsutvalget og har i 2068 særlig bidratt i arbeidet "
            "med behovet for lærere og sykepleiere med mastergrad.",
            "Akademikernes sekretariat", "", None),
    "U0604": ("U0604", "1.1", "Arrangement", "Medlemsmøte om KBU-rapporten",
              "Frokostmøte for forbundene der utvalgets hovedrapport ble presentert og drøftet. 60 deltakere "
              "fra 13 forbund.", "Akademikernes sekretariat", "", "møte"),
    "M04": ("M04", "1.4", "Råd/utvalg/nettverk", "Representasjon i UHRs fagstrategiske enheter",
            "Forbundene i Akademikerne har representanter i de fagstrategiske enhetene for medisin, "
            "rettsvitenskap og teknologi, der arbeidslivets behov drøftes med universitetene og høyskolene.",
            "forbundene, koordinert av sekretariatet", "", None),
    "U0602": ("U0602", "2.1", "Kurs/utdanning", "Kurs i kunstig intelligens for tillitsvalgte",
              "Tre digitale kurs om bruk av KI-verktøy i kunnskapsarbeid og hva det betyr for "
              "kompetansebehovet. 410 deltakere.", "Akademikerne", "Tekna og Samfunnsviterne", "kurs"),
    "U0601": ("U0601", "2.2", "FoU", "Akademikernes kompetanseundersøkelse 2068",
              "Undersøkelse blant 9 000 medlemmer om etter- og videreutdanning, tid til faglig oppdatering "
              "og arbeidsgivers finansiering.", "Akademikernes sekretariat", "Fafo", None),
    "U0603": ("U0603", "2.6", "Informasjon", "Veileder om godkjenning av utenlandsk høyere utdanning",
              "Nettveileder for medlemmer og arbeidsgivere om godkjenning av utenlandske grader og "
              "autorisasjon i helseprofesjonene.", "Legeforeningen og Akademikerne", "", "nettveileder"),
}

OUTLINE = [
    ("Gode valg for den enkelte og for samfunnet", [
        ("Kompetansebehovsutvalget", ["M01", "U0604"]),
        ("Regionalt folkevalgt nivå", ["Ingen tiltak fra Akademikerne i 2068."]),
        ("Karriereveiledning", ["Ingen tiltak i 2068."]),
        ("Samarbeid mellom utdanning og arbeidsliv", ["M04"]),
    ]),
    ("Læring i arbeidslivet", [
        ("Digital kompetanse i arbeidsstyrken", ["U0602"]),
        ("Kunnskap om læring i arbeidslivet", ["U0601"]),
        ("Yrkesfag", ["Ikke relevant for Akademikerne."]),
        ("Kobling av kompetansebehov og tilbud", ["Se omtalen av de fagstrategiske enhetene over."]),
        ("Dokumentasjon av kompetanse fra arbeidslivet", ["Ingen tiltak i 2068."]),
        ("Godkjenning av utenlandsk utdanning", ["U0603"]),
    ]),
    ("Voksne med svak tilknytning til arbeidslivet", [
        (None, ["Akademikerne har ingen egne tiltak under dette innsatsområdet i 2068. Vi vurderer å starte et "
                "mentorprogram for akademikere med fluktbakgrunn i 2069."]),
    ]),
]


def build(outdir):
    body = [
        W.para(W.run("Akademikernes rapport til Kompetansepolitisk råd 2068"), style="Tittel"),
        W.para(W.run("Innledning", b=True, sz=26, color="2E4A3F")),
        W.para(W.run("Rapporten følger oppbyggingen av Nasjonal kompetansepolitisk strategi: ett kapittel per "
                     "hovedinnsatsområde og ett underkapittel per delmål. Der vi ikke har egne tiltak, står "
                     "det kort. Akademikerne organiserer 13 forbund med til sammen over 250 000 medlemmer.")),
    ]
    rows = []
    for h1, subs in OUTLINE:
        body.append(W.para(W.run(h1), style="Overskrift1"))
        for h2, items in subs:
            if h2:
                body.append(W.para(W.run(h2), style="Overskrift2"))
            for it in items:
                if it in M:
                    seed, delmal, typ, name, desc, ansvar, partn, form = M[it]
                    body.append(W.para([W.run(name + ". ", b=True), W.run(desc)], spacing_after=40))
                    bits = ["Ansvar: " + ansvar]
                    if form:
                        bits.append("Form: " + form)
                    if partn:
                        bits.append("Samarbeid: " + partn)
                    body.append(W.para(W.run(" · ".join(bits), i=True, sz=19, color="595959")))
                    rows.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
                else:
                    body.append(W.para(W.run(it, i=True)))
    body.append(W.para(W.run("Kontakt", b=True, sz=26, color="2E4A3F")))
    body.append(W.para(W.run("Spørsmål om rapporten kan rettes til fagsjef for utdanning og kompetanse i "
                             "Akademikerne. Oslo, 31. januar 2069.")))
    W.package(os.path.join(outdir, FILE), "".join(body), "Rapport 2068", "Akademikerne",
              font="Cambria", accent="2E4A3F", numbering_xml=NUMBERING, h1num=H1NUM, h2num=H2NUM)
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": rows}
