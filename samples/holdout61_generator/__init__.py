"""Generator for held-out round 61 (reporting year 2081).

Run ``python -m samples.holdout61_generator [outdir]`` (default ``samples/holdout61``); check with
``python -m samples.holdout61_generator.verify``.
"""
from . import (f01_regjeringen_kostnadslinjer_xlsx, f02_lo_arsmelding_pdf, f03_nho_evaluering_docx,
               f04_unio_egne_mal_pdf, f05_ks_fargekoder_xlsx, f06_ys_ansvarsfordeling_docx, f07_virke_portefolje_pdf,
               f08_akademikerne_bilder_bokmerker_pdf, f09_spekter_regionark_xlsx, f10_vofo_soknad_docx,
               f11_more_og_romsdal_ark_per_delmal_ods, f12_uhr_nettskjema_kvittering_pdf,
               f13_fagskoleradet_matriseutskrift_skann_pdf, f14_kompetanseforbundet_innebygd_excel_docx,
               f15_sametinget_tilskuddsordninger_pdf, f16_intensjonsavtale_not_report)

MODULES = [
    f01_regjeringen_kostnadslinjer_xlsx, f02_lo_arsmelding_pdf, f03_nho_evaluering_docx, f04_unio_egne_mal_pdf,
    f05_ks_fargekoder_xlsx, f06_ys_ansvarsfordeling_docx, f07_virke_portefolje_pdf,
    f08_akademikerne_bilder_bokmerker_pdf, f09_spekter_regionark_xlsx, f10_vofo_soknad_docx,
    f11_more_og_romsdal_ark_per_delmal_ods, f12_uhr_nettskjema_kvittering_pdf,
    f13_fagskoleradet_matriseutskrift_skann_pdf, f14_kompetanseforbundet_innebygd_excel_docx,
    f15_sametinget_tilskuddsordninger_pdf, f16_intensjonsavtale_not_report,
]
