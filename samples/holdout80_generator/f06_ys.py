"""YS: an ordinary Word table whose column heads are only the numbers of the sub-questions in the secretariat's
letter («1a» … «1f»); what each column holds is said only in the key above the table, quoted from the letter. A
conference cancelled in November and moved to April 2090 is a row told only in words."""
from __future__ import annotations

from .common import FOU, INFO, KURS, RAD, docx_all_text, docx_bytes, new_docx, row, ruled_table, runs

FILENAME = "YS – svar på bestillingen fra KPR 2089.docx"
MEMBER = "YS"
FORMAT = ("DOCX (python-docx), landscape, a key as a bulleted list and one ruled six-column table with a shaded "
          "header row, zip normalised")
SHAPE = ("ordinary Word table with numbered column heads: title, an intro saying YS answers point 1 of the "
         "secretariat's letter of 2 November 2089, a bulleted key quoting the letter («1a Navn på tiltaket», «1b "
         "Hva ble gjort i 2089», «1c Hvilket delmål i strategien tiltaket følger opp», «1d Type tiltak», «1e Hvem "
         "som har ansvaret», «1f Hvem dere har samarbeidet med»), then a table whose header is only 1a / 1b / 1c / "
         "1d / 1e / 1f; YS' kind words (Rådsverv, Medlemsundersøkelse, Medlemskampanje, E-læring, Rapport, "
         "Konferanse); the FSR seat «Arbeidstakerplassen i Nasjonalt fagskoleråd (YS)»; a conference cancelled in "
         "November and held in April 2090, told only in words; a signature")
NOT_TRUTH = ("the title, intro and key, the header (1a–1f), the Delmål and kind cells, the row "
             "'YS-konferansen om kompetanse' (held in April 2090), the signature")
SPLIT_FIELDS = ("samarbeidspartnere",)

KEY = [("1a", "Navn på tiltaket"), ("1b", "Hva ble gjort i 2089"),
       ("1c", "Hvilket delmål i strategien tiltaket følger opp"), ("1d", "Type tiltak"),
       ("1e", "Hvem som har ansvaret"), ("1f", "Hvem dere har samarbeidet med")]

# 1a name, 1b text, 1c delmål, 1d kind, 1e ansvar, 1f partners, seed, type
ROWS = [
    ("Arbeidstakerplassen i Nasjonalt fagskoleråd (YS)",
     "YS' representant deltok i rådets seks møter. Rådet ga råd om fagskoletilbud i havvind og om godkjenning av "
     "korte kurs.", "1.4", "Rådsverv", "YS Arbeidsliv", "", "M02", RAD),
    ("Læringspulsen 2089 – YS-forbundene",
     "YS-forbundene sendte undersøkelsen til 3 500 medlemmer i privat og offentlig sektor. Resultatene for finans "
     "og handel ble lagt fram i september.", "2.2", "Medlemsundersøkelse", "YS Arbeidsliv",
     "LO, Unio, Respons Analyse", "J01", FOU),
    ("Kampanjen «Fagbrev i voksen alder» for Parat-medlemmer",
     "Parat informerte medlemmer uten fagbrev om praksiskandidatordningen gjennom nyhetsbrev og 14 medlemsmøter. "
     "260 meldte seg opp til fagprøve.", "3.1", "Medlemskampanje", "Parat", "fylkeskommunene", None, INFO),
    ("Nettkurs i personvern og kunstig intelligens for tillitsvalgte",
     "Kurset tar for seg tillitsvalgtes rolle når virksomheten tar i bruk kunstig intelligens. 780 tillitsvalgte "
     "fullførte.", "2.1", "E-læring", "YS Arbeidsliv", "Delta, Finansforbundet", None, KURS),
    ("Rapport om seniorers læring i finansnæringen",
     "NOVA undersøkte hvor mye opplæring ansatte over 55 år får i bank og forsikring. Rapporten kom i juni.",
     "2.2", "Rapport", "Finansforbundet", "NOVA", None, FOU),
    ("YS-konferansen om kompetanse",
     "Konferansen ble avlyst i november og holdes i stedet i april 2090.", "2.4", "Konferanse", "YS Arbeidsliv",
     "", "", None),
]


def build(out) -> list[dict]:
    d = new_docx(font="Calibri", size=10.5, landscape=True, margin_cm=2.0)
    p = d.add_paragraph()
    runs(p, [("YS – rapportering til Kompetansepolitisk råd for 2089", "bs15")])
    d.add_paragraph("YS svarer her på punkt 1 i sekretariatets brev av 2. november 2089. Kolonnene i tabellen følger "
                    "underpunktene i brevet:")
    for k, v in KEY:
        d.add_paragraph(f"{k} {v}", style="List Bullet")
    head = [k for k, _v in KEY]
    body = [[n, t, dm, k, a, s] for n, t, dm, k, a, s, *_r in ROWS]
    ruled_table(d, head, body, [5.0, 8.4, 1.4, 3.8, 3.4, 3.7], fill="E7E6E6", size=9.5)
    d.add_paragraph()
    p = d.add_paragraph()
    runs(p, [("Med vennlig hilsen\nLise Haugen\nYS Arbeidsliv", "")])
    (out / FILENAME).write_bytes(docx_bytes(d, "Lise Haugen"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, s, t) for n, t, dm, _k, a, s, seed, ty in ROWS if ty]


def header(path) -> list[str]:
    import docx
    return [c.text for c in docx.Document(str(path)).tables[0].rows[0].cells]


def text(path) -> str:
    return docx_all_text(path)
