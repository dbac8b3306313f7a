"""The Norwegian words of a reporting form, shared by its Excel and Word versions so they say the same."""

from __future__ import annotations

from parsers.form_spec import (
    CHOOSE, COLUMNS, COUNCIL_CHOICES, NEW_STATUS, PREVIOUS_CHOICES, TAKES_PART, headers, signature,
)

from .plan import MemberForm

DEADLINE_LABEL = "Frist for innsending:"
CONTACT_LABEL = "Spørsmål om skjemaet:"
MEMBER_LABEL = "Rådsmedlem:"


def title(form: MemberForm) -> str:
    return f"Rapportering av tiltak {form.year} – {form.member}"


def instructions(form: MemberForm, strategy: str, word: bool) -> tuple[str, ...]:
    """What to report and how, one paragraph each; `word` for the Word version's dropdowns."""
    year, last = form.year, form.year - 1
    names = headers(year)
    status, done = names[COLUMNS.index("status")], names[COLUMNS.index("gjort")]
    pick = f"velg i listen (den viser «{CHOOSE}» til et valg er gjort)" if word else "velg i listen"
    lines = [
        f"Rapporter tiltakene dere har gjennomført eller videreført i {year} for å følge opp {strategy}.",
        (f"1. Radene øverst er tiltakene dere rapporterte eller var med på i {last}. I «{status}»: {pick} "
         f"{', '.join(PREVIOUS_CHOICES[:-1])} eller {PREVIOUS_CHOICES[-1]}. Skriv kort i «{done}». Er tiltaket "
         "endret, retter dere teksten, delmålet, typen eller partnerne i raden.")
        if form.previous else
        f"1. Vi har ingen tiltak fra dere for {last}, så skjemaet har ingen rader fra i fjor.",
        (f"2. Rådene flere medlemmer deltar i står ferdig utfylt: velg «{TAKES_PART}» i «{status}» for dem dere "
         f"deltar i ({' / '.join(COUNCIL_CHOICES)}), så slipper dere å skrive dem.") if form.councils else "",
        f"3. Nye tiltak skriver dere i radene merket «{NEW_STATUS}» nederst, én rad per tiltak, og velger delmål og "
        "type i listene. Trenger dere flere rader, fortsetter dere under dem.",
        "4. Ikke flytt, slett eller gi nytt navn til kolonner, ark eller tabell: da leses skjemaet automatisk. "
        "Send det tilbake i samme format (Excel eller Word).",
    ]
    return tuple(line for line in lines if line)


def contact_lines(form: MemberForm) -> tuple[tuple[str, str], ...]:
    """(label, value) rows the secretariat filled in with the form; an empty value is a field left to fill."""
    return ((MEMBER_LABEL, form.member), (DEADLINE_LABEL, form.deadline), (CONTACT_LABEL, form.contact))


def form_signature(form: MemberForm) -> str:
    return signature(form.year, form.member)
