"""VOFO: the raw source of the page in VOFO's internal DokuWiki, exported as text and sent as the report. The
measures are rows of a DokuWiki table (^ header cells, | data cells) sorted by delmål, where a delmål shared with
the row above is written «:::» (the wiki's sign for a cell merged with the one above). A cancelled study circle is
struck through with <del> in the table."""
from __future__ import annotations

from .common import ARR, FOU, INFO, KURS, RAD, row

FILENAME = "kpr_2089.txt"
MEMBER = "VOFO"
FORMAT = ("DokuWiki page source as the wiki's «export_raw» gives it (.txt, UTF-8, LF, written as text): ~~NOTOC~~, "
          "====== headings, //italic// and **bold**, [[…|…]] links, a table with ^ header cells and | data cells, "
          "::: for vertically merged cells, \\\\ line breaks inside cells, <del> and a {{tag>…}} line")
SHAPE = ("wiki page: a heading «VOFOs rapport til Kompetansepolitisk råd 2089», an italic line on who last edited "
         "the page, an intro that says a delmål cell merged with the one above is written «:::», a section «Tiltak» "
         "with the table ^ Delmål ^ Tiltak ^ Form ^ Ansvar ^ Med ^ Hva skjedde i 2089 ^ whose rows are sorted by "
         "delmål, so the second 1.3 row and the second to fourth 3.6 rows have «:::» as delmål; one description "
         "broken with «\\\\ »; VOFO's kind words (Forumplass, Informasjonsarbeid, Kursvirksomhet, Konferanse, "
         "Utredning); the NFK seat «VOFOs plass i Nasjonalt forum for karriereveiledning»; a study circle moved to "
         "February 2090 left in the table with every cell struck through (<del>); a section «Kontakt» and a tag "
         "line")
NOT_TRUTH = ("the page markup, the edit line and intro, the header cells, the Delmål cells (codes and «:::»), the "
             "Form cells, the struck-through row 'Studiesirkel i privatøkonomi for unge voksne' (moved to February "
             "2090), the sections «Kontakt» and the tag line")
SPLIT_FIELDS = ("samarbeidspartnere",)

# delmål, name, form, ansvar, med, text, seed, type
ROWS = [
    ("1.3", "VOFOs plass i Nasjonalt forum for karriereveiledning", "Forumplass", "VOFO", "",
     "VOFO deltok i forumets tre møter og fikk voksnes læring i studieforbund med i forumets nye "
     "kvalitetsrammeverk for karriereveiledning.", "M01", RAD),
    ("1.3", "Veiledningsbussen – studieforbundene om bord", "Informasjonsarbeid", "VOFO",
     "Innlandet fylkeskommune, Sametinget",
     "Studieforbundene hadde egne veiledere med på bussen på 22 av turene og informerte om kurs og studiesirkler "
     "for voksne.", "J03", INFO),
    ("3.6", "Kurs for kursledere i grunnleggende ferdigheter", "Kursvirksomhet", "Folkeuniversitetet", "HK-dir",
     "Kurs for 140 kursledere i hvordan lese-, skrive- og digitale ferdigheter kan trenes i vanlige kurs.", None,
     KURS),
    ("3.6", "Frivillighetens læringskonferanse", "Konferanse", "VOFO", "Frivillighet Norge",
     "Konferanse i Trondheim om læring i frivillige organisasjoner og studieforbund.\\\\ 260 deltok.", None, ARR),
    ("3.6", "Studie av læringsutbytte i studiesirkler", "Utredning", "VOFO", "Fafo",
     "Fafo spurte 2 000 deltakere om hva de lærte i studiesirkler. Rapporten kom i desember.", None, FOU),
    ("3.6", "Studiesirkel i privatøkonomi for unge voksne", "Kursvirksomhet", "Studieforbundet AOF", "",
     "Ble ikke holdt i 2089; flyttet til februar 2090.", "", None),
]


def page() -> str:
    lines = ["~~NOTOC~~", "====== VOFOs rapport til Kompetansepolitisk råd 2089 ======", "",
             "//Sist endret 14.01.2090 av [[user:heidi.moe|Heidi Moe]]. Siden er eksportert som råtekst og sendt "
             "sekretariatet.//", "",
             "Her er tiltakene VOFO og studieforbundene gjennomførte i 2089 i oppfølgingen av "
             "[[https://www.regjeringen.no/no/dokumenter/kompetansestrategi/|kompetansestrategien]]. Tabellen er "
             "sortert etter delmål; der et tiltak hører til samme delmål som raden over, er delmålscellen slått "
             "sammen med cellen over (skrevet ''%%:::%%'' i wikien).", "",
             "===== Tiltak =====", "",
             "^ Delmål ^ Tiltak ^ Form ^ Ansvar ^ Med ^ Hva skjedde i 2089 ^"]
    prev = None
    for dm, name, form, ans, med, txt, _seed, ty in ROWS:
        cells = [name, form, ans, med, txt]
        if ty is None:
            cells = [f"<del>{c}</del>" if c else c for c in cells]
        first = ":::" if dm == prev else dm
        prev = dm
        lines.append("| " + " | ".join([first] + cells) + " |")
    lines += ["", "===== Kontakt =====", "",
              "  * **Heidi Moe**, seniorrådgiver, VOFO",
              "  * Spørsmål om tallene: [[mailto:post@vofo.no|post@vofo.no]]", "",
              "{{tag>kpr rapportering 2089 studieforbund}}", ""]
    return "\n".join(lines)


def build(out) -> list[dict]:
    (out / FILENAME).write_bytes(page().encode("utf-8"))
    return [row(FILENAME, MEMBER, n, seed, dm, ty, a, m, t.replace("\\\\ ", " "))
            for dm, n, _f, a, m, t, seed, ty in ROWS if ty]


def table_rows(path) -> list[list[str]]:
    src = path.read_text(encoding="utf-8")
    return [[c.strip() for c in ln.strip("|").split("|")] for ln in src.split("\n") if ln.startswith("| ")]


def text(path) -> str:
    """The page as a reader of the markup sees it: forced line breaks («\\\\ ») are line breaks."""
    return path.read_text(encoding="utf-8").replace("\\\\ ", "\n")
