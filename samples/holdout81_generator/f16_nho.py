"""Not a member report: the draft of an op-ed by NHO's director for competence, which NHO sent to the secretariat
for information together with its report. It names joint measures, the council's members and figures from 2091 as
arguments and looks ahead to 2092, but reports no measure; it gives no truth rows."""
from __future__ import annotations

from .common import docx_all_text, docx_bytes, new_docx, runs

FILENAME = "Kronikk – utkast (til orientering).docx"
MEMBER = None
FORMAT = ("DOCX (python-docx), portrait, a grey note line, a kicker, title, byline, bold ingress and body, zip "
          "normalised")
SHAPE = ("NOT a member report: the draft of an op-ed «Praksisbrua viser at voksne vil ta fagbrev» by NHO's director "
         "for competence, sent for information: a grey note that it is a draft sent for information and not part "
         "of NHO's report, the kicker «KRONIKK», a title, a byline, a bold ingress, seven body paragraphs naming "
         "Praksisbrua, Grønn fagskole, Kompetansebarometeret 2091, Kompetansebehovsutvalget and SRY with figures "
         "from 2091 and wishes for 2092, and an italic author line with the word count; no truth rows")
NOT_TRUTH = "everything (not a member report): the note, the kicker, title, byline, ingress, body and author line"
SPLIT_FIELDS = ()

BODY = [
    "Da Praksisbrua startet, var mange skeptiske. Kunne ledige voksne uten fagbrev virkelig kombinere praksis i en "
    "bedrift med opplæring mot fagprøven, og ville bedriftene stille opp? Etter første hele driftsår er svaret ja. "
    "420 deltakere i seks fylker fikk praksisplass, og de fleste av dem er nå meldt opp til fagprøve.",
    "Det skjedde ikke av seg selv. Bedriftene måtte sette av tid til faglige ledere, tillitsvalgte tok ansvar som "
    "faddere, og NAV og fylkeskommunene måtte samarbeide på nye måter. Det er slik trepartssamarbeidet skal virke.",
    "Kompetansebarometeret 2091 viser samtidig at altfor mange arbeidstakere ikke får opplæring i arbeidstiden. "
    "Kompetansebehovsutvalget pekte i høst på den samme utfordringen i helse og omsorg. Vi vet altså hva som "
    "trengs. Spørsmålet er om vi er villige til å prioritere det.",
    "Grønn fagskole er et annet eksempel. Fagskolene har på kort tid laget moduler i elektrifisering som fagarbeidere "
    "kan ta ved siden av jobben. Industrien trenger tusenvis av slike fagarbeidere de neste årene.",
    "Vi i NHO mener at tre ting må på plass i 2092. Praksisbrua må bli et fast tilbud i hele landet. Fagskolene må "
    "få finansiering som gjør det mulig å tilby korte moduler. Og Samarbeidsrådet for yrkesopplæring må få en "
    "tydeligere rolle når tilbudene for voksne skal utvikles.",
    "Norge har ikke råd til at voksne med lang erfaring står utenfor fordi de mangler et papir på det de kan. Det "
    "koster for den enkelte, for bedriftene og for samfunnet.",
    "Praksisbrua viser at det går an. Nå må vi gjøre det i stor skala.",
]


def build(out) -> list[dict]:
    d = new_docx(font="Georgia", size=11, margin_cm=2.5)
    p = d.add_paragraph()
    runs(p, [("Til orientering: utkast til kronikk som sendes Dagens Næringsliv i februar 2092. Kronikken er ikke en "
              "del av NHOs rapport til Kompetansepolitisk råd.", "g")])
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("KRONIKK", "bs9")])
    p = d.add_paragraph()
    runs(p, [("Praksisbrua viser at voksne vil ta fagbrev", "bs20")])
    p = d.add_paragraph()
    runs(p, [("Ingrid Solum, direktør for kompetanse i NHO", "i")])
    p = d.add_paragraph()
    runs(p, [("Når voksne får praksis og opplæring i samme løp, tar de fagbrevet. Nå må ordningen gjøres fast.", "b")])
    for para in BODY:
        d.add_paragraph(para)
    p = d.add_paragraph()
    runs(p, [("Ingrid Solum er direktør for kompetanse i NHO. (Ca. 520 ord.)", "i")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Ingrid Solum"))
    return []


def text(path) -> str:
    return docx_all_text(path)
