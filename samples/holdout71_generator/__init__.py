"""Generator for held-out round 71 (reporting year 2091).

Run ``python -m samples.holdout71_generator [outdir]`` (default ``samples/holdout71``); check with
``python -m samples.holdout71_generator.verify``.
"""
from . import (f01_regjeringen_departementer_nynorsk_pdf, f02_lo_tabell_lo_ledd_docx, f03_nho_omrade_og_nr_xlsx,
               f04_ks_sporet_flytting_docx, f05_unio_forbund_forst_pdf, f06_ys_se_kommentar_xlsx,
               f07_virke_prioriteter_calc_pdf, f08_akademikerne_filtrert_webside_htm,
               f09_spekter_faktabokser_odt, f10_vofo_forkortelser_docx, f11_vestland_nynorsk_omskriving_xlsx,
               f12_uhr_statuskolonne_writer_pdf, f13_fagskoleradet_eget_ark_for_andre_ar_xlsx,
               f14_kompetanseforbundet_pandoc_docx, f15_sametinget_gjentakende_skjema_docx,
               f16_presentasjon_nye_medlemmer_not_report_pdf)

MODULES = [
    f01_regjeringen_departementer_nynorsk_pdf, f02_lo_tabell_lo_ledd_docx, f03_nho_omrade_og_nr_xlsx,
    f04_ks_sporet_flytting_docx, f05_unio_forbund_forst_pdf, f06_ys_se_kommentar_xlsx,
    f07_virke_prioriteter_calc_pdf, f08_akademikerne_filtrert_webside_htm,
    f09_spekter_faktabokser_odt, f10_vofo_forkortelser_docx, f11_vestland_nynorsk_omskriving_xlsx,
    f12_uhr_statuskolonne_writer_pdf, f13_fagskoleradet_eget_ark_for_andre_ar_xlsx,
    f14_kompetanseforbundet_pandoc_docx, f15_sametinget_gjentakende_skjema_docx,
    f16_presentasjon_nye_medlemmer_not_report_pdf,
]
