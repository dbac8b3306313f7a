"""Generator for held-out round 66 (reporting year 2086).

Run ``python -m samples.holdout66_generator [outdir]`` (default ``samples/holdout66``); check with
``python -m samples.holdout66_generator.verify``.
"""

from . import (
    f01_regjeringen_signert_pdf,
    f02_lo_ansvar_i_parentes_docx,
    f03_nho_gruppert_med_telleformler_xlsx,
    f04_unio_tre_kolonner_pdf,
    f05_ks_lysbildefremvisning_ppsx,
    f06_ys_kontaktperson_kolonne_xlsx,
    f07_virke_partnere_i_note_docx,
    f08_akademikerne_kryptert_pdf,
    f09_spekter_ansvarlig_markert_pdf,
    f10_vofo_wordmal_dotx,
    f11_vestland_html_som_doc,
    f12_uhr_merknadskolonne_xlsx,
    f13_fagskoleradet_delmal_sitert_docx,
    f14_kompetanseforbundet_etiketter_pdf,
    f15_sametinget_budsjettpost_xlsx,
    f16_utlysning_not_report_pdf,
)

MODULES = [
    f01_regjeringen_signert_pdf,
    f02_lo_ansvar_i_parentes_docx,
    f03_nho_gruppert_med_telleformler_xlsx,
    f04_unio_tre_kolonner_pdf,
    f05_ks_lysbildefremvisning_ppsx,
    f06_ys_kontaktperson_kolonne_xlsx,
    f07_virke_partnere_i_note_docx,
    f08_akademikerne_kryptert_pdf,
    f09_spekter_ansvarlig_markert_pdf,
    f10_vofo_wordmal_dotx,
    f11_vestland_html_som_doc,
    f12_uhr_merknadskolonne_xlsx,
    f13_fagskoleradet_delmal_sitert_docx,
    f14_kompetanseforbundet_etiketter_pdf,
    f15_sametinget_budsjettpost_xlsx,
    f16_utlysning_not_report_pdf,
]
