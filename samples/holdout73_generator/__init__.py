"""Generator for held-out round 73 (reporting year 2093).

Run ``python -m samples.holdout73_generator [outdir]`` (default ``samples/holdout73``); check with
``python -m samples.holdout73_generator.verify``.
"""
from . import (f01_regjeringen_sitert_delmal_pdf, f02_lo_hvem_semikolon_docx, f03_nho_statuskolonne_xlsx,
               f04_ks_gruppeoverskrift_delmalstekst_docx, f05_ys_nye_og_viderefort_calc_pdf,
               f06_virke_stikkord_nokkelark_xlsx, f07_unio_innsatsomrade_delmal_writer_pdf,
               f08_akademikerne_kort_to_par_docx, f09_spekter_hvorfor_hvem_hvordan_pdf,
               f10_vestland_nynorsk_skraastrek_xlsx, f11_vofo_mobilfoto_webp, f12_uhr_chrome_mhtml,
               f13_fagskoleradet_calc_html, f14_kompetanseforbundet_calc_lagret_xlsx,
               f15_sametinget_komprimert_ghostscript_pdf, f16_nifu_sammendrag_not_report_docx)

MODULES = [
    f01_regjeringen_sitert_delmal_pdf, f02_lo_hvem_semikolon_docx, f03_nho_statuskolonne_xlsx,
    f04_ks_gruppeoverskrift_delmalstekst_docx, f05_ys_nye_og_viderefort_calc_pdf, f06_virke_stikkord_nokkelark_xlsx,
    f07_unio_innsatsomrade_delmal_writer_pdf, f08_akademikerne_kort_to_par_docx, f09_spekter_hvorfor_hvem_hvordan_pdf,
    f10_vestland_nynorsk_skraastrek_xlsx, f11_vofo_mobilfoto_webp, f12_uhr_chrome_mhtml, f13_fagskoleradet_calc_html,
    f14_kompetanseforbundet_calc_lagret_xlsx, f15_sametinget_komprimert_ghostscript_pdf,
    f16_nifu_sammendrag_not_report_docx,
]
