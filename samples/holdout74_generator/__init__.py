"""Generator for held-out round 74 (reporting year 2094).

Run ``python -m samples.holdout74_generator [outdir]`` (default ``samples/holdout74``); check with
``python -m samples.holdout74_generator.verify``.
"""
from . import (f01_regjeringen_lopenummer_pdf, f02_lo_ordenstall_verbform_docx, f03_nho_delmaal_som_dato_xlsx,
               f04_ks_kombinert_pdfium_pdf, f05_unio_omraadeforkortelse_docx, f06_ys_skjermfoto_avif,
               f07_virke_brodsmulesti_xlsx, f08_akademikerne_romertall_engelsk_docx, f09_spekter_underpunkt_pdf,
               f10_vofo_google_regneark_xlsx, f11_innlandet_to_malkolonner_docx, f12_uhr_aktorer_med_rolle_pdf,
               f13_fagskoleradet_radets_kategorier_xlsx, f14_kompetanseforbundet_numbers_eksport_xlsx,
               f15_sametinget_pipeoverskrift_docx, f16_nso_medlemssoknad_not_report_pdf)

MODULES = [
    f01_regjeringen_lopenummer_pdf, f02_lo_ordenstall_verbform_docx, f03_nho_delmaal_som_dato_xlsx,
    f04_ks_kombinert_pdfium_pdf, f05_unio_omraadeforkortelse_docx, f06_ys_skjermfoto_avif, f07_virke_brodsmulesti_xlsx,
    f08_akademikerne_romertall_engelsk_docx, f09_spekter_underpunkt_pdf, f10_vofo_google_regneark_xlsx,
    f11_innlandet_to_malkolonner_docx, f12_uhr_aktorer_med_rolle_pdf, f13_fagskoleradet_radets_kategorier_xlsx,
    f14_kompetanseforbundet_numbers_eksport_xlsx, f15_sametinget_pipeoverskrift_docx,
    f16_nso_medlemssoknad_not_report_pdf,
]
