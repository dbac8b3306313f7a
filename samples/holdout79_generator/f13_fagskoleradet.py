"""Fagskolerådet: an ordinary Word table whose column heads are the secretariat's questions («Hva heter
tiltaket?», «Hvilket delmål?», «Hva slags tiltak?») and whose answers are short phrases – «nr. 2.4», «Et
kursprogram», «En kartlegging». A new module of the joint course programme that starts in January 2100 is named
like the joint measure and told only in words."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "Fagskolerådet_rapport_KPR_2099.docx"
MEMBER = "Fagskolerådet"
FORMAT = "DOCX (python-docx), landscape, one ruled six-column table with a shaded header row, zip normalised"
SHAPE = ("ordinary Word table with questions as column heads: title, an intro, header Hva heter tiltaket? / Hva "
         "gjorde dere i 2099? / Hvilket delmål? / Hva slags tiltak? / Hvem ledet arbeidet? / Hvem var med?; goal "
         "answers «nr. 1.4», «nr. 2.4», «nr. 2.3»; the kind as a phrase with an article (Et råd, Et kursprogram, En "
         "kartlegging, En kampanje, En konferanse); the FSR seat «Møtene i Nasjonalt fagskoleråd»; a module of the "
         "joint course programme that starts in January 2100, named like the joint measure, told only in words; a "
         "closing line")
NOT_TRUTH = ("the title and intro, the header (the questions), the «nr. x.y» answers, the «Et …/En …» answers, the "
             "row 'Batteriskolen – modul i resirkulering' (starts in January 2100), the closing line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# name, text, delmål, kind, led, with, seed, type
ROWS = [
    ("Møtene i Nasjonalt fagskoleråd",
     "Rådet hadde seks møter og ga departementet råd om studietilbud i batteri- og havvindfag, om opptak på grunnlag "
     "av realkompetanse og om finansieringen av korte kurs.", "1.4", "Et råd", "Fagskolerådet", "", "M04", RAD),
    ("Batteriskolen ved fire fagskoler",
     "Fire fagskoler tilbød modulene i batteriproduksjon; 310 fagarbeidere fullførte minst én modul.", "2.4",
     "Et kursprogram", "Fagskolerådet",
     "Fagskolen i Agder, Fagskolen Innlandet, Fagskolen i Viken, Fagskulen Vestland", "J04", KURS),
    ("Batteriskolen – modul i resirkulering",
     "Den nye modulen er klar og starter i januar 2100.", "2.4", "Et kursprogram", "Fagskolerådet",
     "Fagskolen i Agder", "", None),
    ("Kartlegging av fagskolestudenter med fagbrev",
     "Kartleggingen viste at 62 prosent av studentene har fag- eller svennebrev, og at mange kommer fra industri og "
     "helse.", "2.3", "En kartlegging", "Fagskolerådet", "HK-dir", None, FOU),
    ("Kampanjen «Bygg videre på fagbrevet»",
     "Filmer i sosiale medier om fagskole som neste steg etter fagbrevet, vist 1,1 millioner ganger.", "2.3",
     "En kampanje", "Fagskolerådet", "fylkeskommunene", None, INFO),
    ("Fagskolekonferansen i Trondheim",
     "Konferanse om kvalitet og arbeidslivsrelevans i fagskolene. 350 deltok.", "1.4", "En konferanse",
     "Fagskolerådet", "NHO, LO", None, ARR),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=1.9)
    p = d.add_paragraph()
    runs(p, [("Nasjonalt fagskoleråd – svar til Kompetansepolitisk råd om tiltakene i 2099", "bs15")])
    d.add_paragraph("Vi har brukt spørsmålene fra sekretariatets brev som kolonneoverskrifter og svart kort i "
                    "hver rute.")
    head = ["Hva heter tiltaket?", "Hva gjorde dere i 2099?", "Hvilket delmål?", "Hva slags tiltak?",
            "Hvem ledet arbeidet?", "Hvem var med?"]
    body = [[n, t, f"nr. {dm}", k, le, w] for n, t, dm, k, le, w, *_r in ROWS]
    ruled_table(d, head, body, [4.8, 8.6, 2.4, 3.0, 3.0, 4.1], fill="FFF2CC", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Trondheim, 13. januar 2100 – sekretariatet for Nasjonalt fagskoleråd", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Nasjonalt fagskoleråd"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, le, w, t) for n, t, dm, _k, le, w, seed, ty in ROWS if ty]


def text(path) -> str:
    return docx_all_text(path)
