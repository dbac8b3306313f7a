"""The second held-out round (reports on 2022): its files, who sent each, in which shape."""

from __future__ import annotations

from datetime import datetime

from . import items_others as o
from . import items_state as s
from .model import Report

YEAR = 2022


def _d(month: int, day: int, hour: int = 11) -> datetime:
    return datetime(2023, month, day, hour, 0)


def _rows(rows) -> dict:
    return {"rows": rows}


AKADEMIKERNE_TABLE = ("Tabellen følger sekretariatets mal: kryss under det delmålet tiltaket hører til. "
                      "Ansvaret ligger hos Akademikerne eller hos medlemsforeningene.")


def reports() -> list[Report]:
    return [
        Report("table_over_pages", "regjeringen_2022.pdf", "Regjeringen",
               "Regjeringens rapportering for 2022 – Nasjonal kompetansepolitisk strategi", "Kunnskapsdepartementet",
               _d(1, 9), _d(2, 3), extra=_rows(s.REGJERINGEN)),
        Report("own_columns", "ks_2022.docx", "KS", "Kompetansetiltak i KS 2022", "KS", _d(1, 12), _d(1, 26),
               extra=_rows(s.KS)),
        Report("headed_paragraphs", "unio_2022.docx", "Unio", "Unios tiltak i 2022", "Unio", _d(1, 16), _d(1, 30),
               extra={"rows": s.UNIO, "headings": s.UNIO_HEADINGS}),
        Report("merged_delmal_odt", "more_og_romsdal_fk_2022.odt", "Møre og Romsdal fylkeskommune",
               "Rapport om kompetansetiltak i Møre og Romsdal 2022", "Møre og Romsdal fylkeskommune",
               _d(1, 18), _d(1, 30), extra={"rows": s.MORE_OG_ROMSDAL, "delmal_names": s.MR_DELMAL}),
        Report("title_block_totals", "nho_2022.xlsx", "NHO", "NHO – tiltak 2022", "NHO", _d(1, 5), _d(2, 2),
               extra=_rows(s.NHO)),
        Report("letter", "sametinget_2022.pdf", "Sametinget",
               "Sametingets rapportering til Kompetansepolitisk råd 2022", "Sametinget", _d(1, 24), _d(1, 26),
               extra=_rows(s.SAMETINGET)),
        Report("scanned_rules", "nordland_fk_2022_skannet.pdf", "Nordland fylkeskommune",
               "Tiltak i 2022 – rapport til Kompetansepolitisk råd", "", _d(2, 3), _d(2, 3),
               extra=_rows(s.NORDLAND)),
        Report("cross_columns", "akademikerne_2022_sendt_2023-01-19.docx", "Akademikerne", "Akademikernes tiltak 2022",
               "Akademikerne", _d(1, 10), _d(1, 19), counts=False,
               extra={"rows": o.AKADEMIKERNE_FIRST, "codes": o.AKADEMIKERNE_CODES,
                      "lead": ["Akademikerne, 19. januar 2023", AKADEMIKERNE_TABLE]}),
        Report("cross_columns", "akademikerne_2022_sendt_2023-02-10.docx", "Akademikerne", "Akademikernes tiltak 2022",
               "Akademikerne", _d(1, 10), _d(2, 10),
               extra={"rows": o.AKADEMIKERNE, "codes": o.AKADEMIKERNE_CODES,
                      "lead": ["Akademikerne, 10. februar 2023",
                               "Oppdatert versjon: erstatter rapporten vi sendte 19. januar 2023. To tiltak er lagt "
                               "til, ett er tatt ut, og flere er formulert mer presist.", AKADEMIKERNE_TABLE]}),
        Report("coded_types", "lo_2022.pdf", "LO", "LOs rapport til Kompetansepolitisk råd for 2022", "LO",
               _d(1, 20), _d(2, 1), extra=_rows(o.LO)),
        Report("tracked_changes", "spekter_2022.docx", "Spekter", "Spekters tiltak 2022", "Spekter",
               _d(1, 11), _d(1, 31), extra={"rows": o.SPEKTER, "deleted": o.SPEKTER_DELETED, "deleted_after": 3}),
        Report("form_receipt", "ys_2022.pdf", "YS", "Rapportering til Kompetansepolitisk råd 2022", "YS",
               _d(1, 24), _d(1, 24), extra={"rows": o.YS, "delmal_names": o.YS_DELMAL}),
        Report("lines_in_one_cell", "vofo_2022.docx", "VOFO", "VOFOs rapport for 2022", "VOFO", _d(1, 13), _d(1, 25),
               extra={"rows": o.VOFO, "delmal_names": o.VOFO_DELMAL}),
        Report("footnotes_links", "uhr_2022.docx", "UHR", "UHRs tiltak i 2022", "UHR", _d(1, 19), _d(2, 2),
               extra=_rows(o.UHR)),
        Report("landscape_middle", "vestfold_og_telemark_fk_2022.docx", "Vestfold og Telemark fylkeskommune",
               "Kompetansetiltak i Vestfold og Telemark 2022", "Vestfold og Telemark fylkeskommune",
               _d(1, 17), _d(1, 27), extra=_rows(o.VESTFOLD_TELEMARK)),
        Report("consultation", "horingsuttalelse_bodo_kommune.pdf", "",
               "Høringsuttalelse – regional kompetansestrategi for Nordland 2023–2030", "Bodø kommune",
               datetime(2022, 12, 15, 9), datetime(2022, 12, 15, 14), counts=False),
    ]


def coded_items(report: Report) -> list[tuple[str, object]]:
    """(printed code, item) for every row a report's plan holds, whatever extra fields ride along."""
    return [(row[0], row[1]) for row in report.extra.get("rows", [])]
