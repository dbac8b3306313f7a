"""02 LO - DOCX (hand-written WordprocessingML) with tracked changes and margin comments."""
import os
from .common import truth_row, xesc
from . import wordml as W

FILE = "02_LO_rapport_2068_spor_endringer.docx"
MEMBER = "LO"
FORMAT = "DOCX (hand-written WordprocessingML), tracked changes + comments left in"
SHAPE = ("Landscape table Tiltak / Delmål / Form / Hva vi har gjort / Ansvar i LO / Sammen med, sent with "
         "tracked changes still on: one whole row deleted (w:del, moved to 2069), one row inserted (w:ins), "
         "a number changed inside a description, a deleted sentence in the intro, three margin comments")

AUTH = {"KN": ("Kari Nilsen", "2069-01-27T10:12:00Z"), "TH": ("Tor Haugen", "2069-01-28T15:40:00Z")}
_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def ins(xml, who="TH"):
    a, d = AUTH[who]
    return '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (_rid(), xesc(a), d, xml)


def dele(xml, who="KN"):
    a, d = AUTH[who]
    return '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (_rid(), xesc(a), d, xml)


# seed, delmal, type, tiltak, delmål-cell, form, desc segments, ansvar, partnere, row-mode, comment
ROWS = [
    ("M01", "1.1", "Råd/utvalg/nettverk", "Kompetansebehovsutvalget", "1.1", "Representasjon",
     [("LO har to medlemmer i utvalget og har bidratt til temarapporten om helse og bygg og anlegg.", "")],
     "Samfunnspolitisk avdeling", "", "", ("KN", "Skal vi nevne hvor mange møter det har vært? Sekretariatet spurte i fjor.")),
    ("M02", "2.3", "Råd/utvalg/nettverk", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3", "Representasjon",
     [("LO ledet SRY i 2068 og har fire medlemmer. Rådet har prioritert lærlingmangelen i Nord-Norge og fag "
       "med få søkere.", "")],
     "Avdeling for utdanning", "", "", None),
    ("U0201", "1.4", "Kurs/utdanning", "Skolering av LOs representanter i faglige råd og SRY", "1.4", "Kurs",
     [("To samlinger for nye representanter om rollen, arbeid med læreplaner og dimensjonering av fag- og "
       "yrkesopplæringen.", "")],
     "Avdeling for utdanning", "LO-forbundene", "", None),
    ("J01", "2.3", "Prosjekt", "Samarbeid om flere læreplasser i Troms og Finnmark", "2.3", "Partssamarbeid",
     [("Sammen med fylkeskommunen og NHO Arktis har LO jobbet for flere læreplasser og for å synliggjøre "
       "karriereveier i yrkesfagene. ", ""), ("190", "del"), ("212", "ins"), (" nye lærekontrakter i 2068.", "")],
     "LO i Troms og Finnmark", "Troms og Finnmark fylkeskommune, NHO Arktis", "", None),
    ("J06", "3.4", "Kurs/utdanning", "Norsk på arbeidsplassen", "3.4", "Kurs",
     [("Kurs i arbeidsrelatert norsk for ansatte med kort botid, gjennomført i arbeidstiden i 14 virksomheter. "
       "Tillitsvalgte rekrutterte deltakerne.", "")],
     "LO sentralt", "NHO, Vestland fylkeskommune", "", None),
    ("U0202", "2.4", "Kurs/utdanning", "Kompetanse på dagsorden – kurs for tillitsvalgte", "2.4", "Kurs",
     [("Kurs om kompetanseplaner, kartlegging av behov og samarbeid med lokale utdanningstilbydere. 26 kurs "
       "med til sammen 480 tillitsvalgte.", "")],
     "LOs distriktskontorer", "", "", None),
    (None, "2.1", None, "LO-skolens digitale grunnkurs", "2.1", "Kurs",
     [("Nettkurs i digitale ferdigheter for medlemmer uten fagbrev.", "")],
     "LO-skolen", "", "del", ("KN", "Kurset ble utsatt til 2069 – tas ut av årets rapport.")),
    ("U0203", "2.3", "Informasjon", "Kampanjen «Fagbrev gir muligheter»", "2.3", "Kampanje",
     [("Kampanje i sosiale medier rettet mot voksne uten fagbrev, med filmer fra fem forbund.", "")],
     "Informasjonsavdelingen", "Fellesforbundet, Fagforbundet", "ins",
     ("TH", "Lagt til etter innspill fra Fellesforbundet.")),
]

WIDTHS = [2300, 900, 1800, 4550, 1900, 2120]
HEAD = ["Tiltak", "Delmål", "Form", "Hva vi har gjort", "Ansvar i LO", "Sammen med"]


def _cell_para(text, mode, bold=False, comment_id=None):
    deleted = mode == "del"
    r = W.run(text, b=bold, sz=19, deleted=deleted)
    if mode == "del":
        r = dele(r)
    elif mode == "ins":
        r = ins(r)
    if comment_id is not None:
        r = ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
             '<w:r><w:rPr><w:rStyle w:val="Merknadsreferanse"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
             % (comment_id, r, comment_id, comment_id))
    mark = ""
    if mode == "del":
        a, d = AUTH["KN"]
        mark = '<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (_rid(), xesc(a), d)
    elif mode == "ins":
        a, d = AUTH["TH"]
        mark = '<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (_rid(), xesc(a), d)
    return "<w:p><w:pPr><w:spacing w:after=\"40\"/>%s</w:pPr>%s</w:p>" % (mark, r)


def _desc_para(segs, mode):
    out = []
    for text, kind in segs:
        k = kind or mode
        r = W.run(text, sz=19, deleted=(k == "del"))
        if k == "del":
            r = dele(r, "TH")
        elif k == "ins":
            r = ins(r, "TH")
        out.append(r)
    return '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>%s</w:p>' % "".join(out)


def build(outdir):
    _rev[0] = 100
    comments = []
    body = []
    body.append(W.para(W.run("LOs rapportering til Kompetansepolitisk råd 2068"), style="Tittel"))
    body.append(W.para(W.run("Landsorganisasjonen i Norge · Samfunnspolitisk avdeling · 30. januar 2069",
                             color="595959", sz=20)))
    intro = (W.run("LO rapporterer her om egne tiltak og om LOs deltakelse i råd og utvalg under den nasjonale "
                   "kompetansepolitiske strategien i 2068. ")
             + dele(W.run("Vi har også tatt med LO-skolens kurs. ", deleted=True), "KN")
             + W.run("Tabellen følger strategiens delmål. Tall for deltakere er hentet fra forbundenes egne "
                     "oversikter."))
    body.append(W.para(intro))
    body.append(W.para(W.run("Tiltak 2068"), style="Overskrift1"))
    trs = [W.tr([W.tc(W.para(W.run(h, b=True, sz=19)), w, shade="D9E2F3") for h, w in zip(HEAD, WIDTHS)],
                header=True)]
    truth = []
    for seed, delmal, typ, name, dcell, form, segs, ansvar, partn, mode, comment in ROWS:
        cid = None
        if comment:
            cid = len(comments)
            who, text = comment
            a, d = AUTH[who]
            comments.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s">'
                            '<w:p><w:pPr><w:pStyle w:val="Merknadstekst"/></w:pPr>'
                            '<w:r><w:rPr><w:rStyle w:val="Merknadsreferanse"/></w:rPr><w:annotationRef/></w:r>'
                            '%s</w:p></w:comment>' % (cid, xesc(a), d, who, W.run(text)))
        cells = [
            W.tc(_cell_para(name, mode, bold=True, comment_id=cid), WIDTHS[0]),
            W.tc(_cell_para(dcell, mode), WIDTHS[1]),
            W.tc(_cell_para(form, mode), WIDTHS[2]),
            W.tc(_desc_para(segs, mode), WIDTHS[3]),
            W.tc(_cell_para(ansvar, mode), WIDTHS[4]),
            W.tc(_cell_para(partn, mode) if partn else "", WIDTHS[5]),
        ]
        trpr = ""
        if mode == "del":
            a, d = AUTH["KN"]
            trpr = '<w:del w:id="%d" w:author="%s" w:date="%s"/>' % (_rid(), xesc(a), d)
        elif mode == "ins":
            a, d = AUTH["TH"]
            trpr = '<w:ins w:id="%d" w:author="%s" w:date="%s"/>' % (_rid(), xesc(a), d)
        trs.append(W.tr(cells, trpr=trpr))
        if seed:
            desc = "".join(t for t, k in segs if k != "del")
            truth.append(truth_row(FILE, MEMBER, seed, delmal, typ, name, ansvar, partn, desc))
    body.append(W.table(trs, WIDTHS))
    body.append(W.para(""))
    body.append(W.para(W.run("Videre arbeid"), style="Overskrift1"))
    body.append(W.para(W.run("I 2069 vil LO prioritere fagbrev på jobb og et nytt kurs for tillitsvalgte om "
                             "kunstig intelligens i arbeidslivet. Dette rapporteres neste år.")))
    body.append(W.para(W.run("Med vennlig hilsen\nKari Nilsen\nrådgiver, Samfunnspolitisk avdeling")))
    comments_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>'
                    % (W.NS, "".join(comments)))
    W.package(os.path.join(outdir, FILE), "".join(body), "LO rapport 2068", "Kari Nilsen",
              comments_xml=comments_xml, landscape=True, settings_extra="<w:trackRevisions/>",
              header_text="UTKAST v3 – LO – Kompetansepolitisk råd 2068")
    return {"file": FILE, "member": MEMBER, "format": FORMAT, "shape": SHAPE, "rows": truth}
