"""YS: the federations gave their measures in the chat of a Zoom meeting; the coordinator saved the chat
('Lagre chat') and sent the text file. Zoom writes 'hh:mm:ss Fra <navn> til <mottaker>:' and the message on
tab-indented lines below."""
from __future__ import annotations

from .common import ARR, FOU, KURS, RAD, row

FILENAME = "meeting_saved_chat – YS KPR 2076.txt"
MEMBER = "YS"
FORMAT = ("Zoom 'Lagre chat' text file (meeting_saved_chat.txt, renamed): UTF-8 without BOM, LF, Norwegian client "
          "('hh:mm:ss Fra X til Alle:' / '… til Y (direktemelding):'), message lines indented with a tab, reactions "
          "and replies as Zoom writes them; written as text")
SHAPE = ("meeting chat: the coordinator asks for one post per measure; people from YS, Delta, Finansforbundet, "
         "Negotia and YTF (Nynorsk) post their measures, each in their own way – one-line 'Name – delmål 2.3 – type. "
         "Ansvar: …', labelled lines 'Delmål: / Type: / Ansvar: / Samarbeid:', or a sentence with the name in "
         "quotes; the delmål as code or in words, the kind missing once; the coordinator's replies, a direct message, "
         "reactions, a 2075 item and a 2077 plan are not measures")
NOT_TRUTH = ("the coordinator's request and thanks, 'Reagerte på … med 👍' lines, the reply that corrects a figure, "
             "the direct message to Kari Hansen, Finansforbundet's remark about 'Finansskolen' (finished 2075), "
             "Delta's plan for a 'lederskole for helsefagarbeidere' (2077), times and names")

CHAT = [
    ("10:01:05", "Kari Hansen (YS)", "Alle",
     ["Hei alle! Skriv inn tiltakene deres for 2076 her i chatten, ett innlegg per tiltak: navn, delmål, type, ansvar, "
      "samarbeid og et par setninger om hva dere gjorde. Jeg lagrer chatten og sender den til sekretariatet."], None),
    ("10:03:40", "Kari Hansen (YS)", "Alle",
     ["Jeg begynner med vår egen:",
      "YS i Samarbeidsrådet for yrkesopplæring – delmål 2.3 – rådsarbeid. Ansvar: YS.",
      "YS har én fast plass i SRY og fulgte i 2076 opp arbeidet med ny tilbudsstruktur i yrkesfagene."],
     ("YS i Samarbeidsrådet for yrkesopplæring", "M02", "2.3", RAD, "YS", "",
      "YS har én fast plass i SRY og fulgte i 2076 opp arbeidet med ny tilbudsstruktur i yrkesfagene.")),
    ("10:05:12", "Liv Strand (Delta)", "Alle",
     ["Yrkesfaguka 2076 (Delta)",
      "Delmål: synliggjøre karrieremulighetene i yrkesfagene",
      "Type: arrangement",
      "Ansvar: Delta",
      "Samarbeid: Fylkeskommunene, NHO",
      "Delta stilte med helsefagarbeidere og ambulansearbeidere på stands for elever i 9. og 10. klasse i 14 byer."],
     ("Yrkesfaguka 2076 (Delta)", "J03", "2.3", ARR, "Delta", "Fylkeskommunene, NHO",
      "Delta stilte med helsefagarbeidere og ambulansearbeidere på stands for elever i 9. og 10. klasse i 14 byer.")),
    ("10:05:30", "Kari Hansen (YS)", "Alle", ["Reagerte på «Yrkesfaguka 2076 (Delta)…» med 👍"], None),
    ("10:06:58", "Jonas Berge (Finansforbundet)", "Alle",
     ["Vi melder «Autorisasjonsordningen for finansrådgivere» (2.5, kurs). Ansvar: Finansforbundet, samarbeid med "
      "Finans Norge.",
      "Ordningen gir ansatte en dokumentert kompetanse som gjelder i hele bransjen; 2 300 tok prøven i 2076.",
      "I 2075 hadde vi også Finansskolen, men den er avsluttet, så den tar vi ikke med."],
     ("Autorisasjonsordningen for finansrådgivere", None, "2.5", KURS, "Finansforbundet", "Finans Norge",
      "Ordningen gir ansatte en dokumentert kompetanse som gjelder i hele bransjen; 2 300 tok prøven i 2076.")),
    ("10:09:21", "Liv Strand (Delta)", "Alle",
     ["Delta-undersøkelsen om kompetanse i helse og omsorg – 2.2 – undersøkelse. Ansvar: Delta. Samarbeid: Ipsos.",
      "4 100 medlemmer svarte på hvor mye opplæring de har fått det siste året og hva de mangler."],
     ("Delta-undersøkelsen om kompetanse i helse og omsorg", None, "2.2", FOU, "Delta", "Ipsos",
      "4 100 medlemmer svarte på hvor mye opplæring de har fått det siste året og hva de mangler.")),
    ("10:09:50", "Liv Strand (Delta)", "Kari Hansen (direktemelding)",
     ["Kan du sjekke om det var 14 eller 15 byer? Jeg tror 14."], None),
    ("10:11:02", "Mats Eide (Negotia)", "Alle",
     ["Nettverk for tillitsvalgte i varehandelen om kompetanse",
      "Delmål 2.4 (koble kompetansebehov og utdanningstilbud). Ansvar: Negotia. Sammen med: Virke.",
      "Seks nettverksmøter der tillitsvalgte delte erfaringer med å få bransjeprogram og fagbrev inn i "
      "kompetanseplanene."],
     ("Nettverk for tillitsvalgte i varehandelen om kompetanse", None, "2.4", RAD, "Negotia", "Virke",
      "Seks nettverksmøter der tillitsvalgte delte erfaringer med å få bransjeprogram og fagbrev inn i "
      "kompetanseplanene.")),
    ("10:12:47", "Sindre Haugland (YTF)", "Alle",
     ["Samling for YTF-medlemene i dei faglege råda – delmål 2.3 – samling. Ansvarleg: YTF.",
      "Vi samla dei ni medlemene våre som sit i faglege råd, for å førebu saker om teknikk og industriell "
      "produksjon."],
     ("Samling for YTF-medlemene i dei faglege råda", None, "2.3", ARR, "YTF", "",
      "Vi samla dei ni medlemene våre som sit i faglege råd, for å førebu saker om teknikk og industriell "
      "produksjon.")),
    ("10:14:05", "Liv Strand (Delta)", "Alle",
     ["Svarer på «Yrkesfaguka 2076 (Delta)…»: det var 14 byer, stemmer.",
      "Og til info: neste år (2077) planlegger Delta en lederskole for helsefagarbeidere."], None),
    ("10:15:33", "Kari Hansen (YS)", "Alle",
     ["Tusen takk alle sammen! Jeg sender dette til sekretariatet i dag."], None),
]


def build(out) -> list[dict]:
    L = []
    rows = []
    for t, who, to, lines, truth in CHAT:
        to_txt = f"til {to}"
        L.append(f"{t} Fra {who} {to_txt}:")
        L += ["\t" + ln for ln in lines]
        if truth:
            name, seed, dm, typ, ansv, samarb, desc = truth
            rows.append(row(FILENAME, MEMBER, name, seed, dm, typ, ansv, samarb, desc))
    (out / FILENAME).write_bytes(("\n".join(L) + "\n").encode("utf-8"))
    return rows


def text(path) -> str:
    return path.read_bytes().decode("utf-8")
