"""Organisation names: normalised to catalogue names where known, kept as written where not;
and which council member a report comes from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import PurePath

from rapidfuzz import fuzz, process

from .catalogue import Catalogue, Organisation
from .text import clean, fold

NAME_SCORE = 90  # fuzzy resemblance needed to take a written name as a catalogue organisation
LETTERHEAD_LINES = 4  # lines atop the first page where an organisation's name alone is its letterhead
GENITIVE_NAME_CHARS = 5  # «regjeringens» in a file name; a shorter name («los», «ks») is too easily another word
# "Rapport fra LO", "Rapportering frå Vestland fylkeskommune", "Innsendt av: KS": the document says who it is.
_FROM = re.compile(r"\b(?:fra|frå|av|avsender|innsendt av|rapportert av|levert av)\b\s*:?\s*", re.IGNORECASE)
_HOST = re.compile(r"https?://([\w.-]+)", re.IGNORECASE)  # a web address's host: the site, not the page's path
_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\s+og\s+|\s+samt\s+|\s+&\s+)\s*", re.IGNORECASE)
_LIST = re.compile(r"\s*[,;\n]\s*")
# «kommunene», «partane», «arbeidslivet» (definite), «bedrifter», «frivillige», «ansatte» (plural): parties, not a field
_PARTY_ENDINGS = ("ene", "ane", "en", "et", "a", "na", "ne", "er", "ar", "ere", "ige", "te", "de")
_AND = re.compile(r"(\s+(?:og|samt|&)\s+)", re.IGNORECASE)  # captured: a name joined back keeps its own word
_TRAILING_NOISE = re.compile(r"\s*(?:m\.\s?fl\.?|mfl\.?|m\.m\.?|osv\.?|etc\.?)\s*$", re.IGNORECASE)
# "de andre hovedorganisasjonene", "alle partene": the same parties, named from where the writer stands.
_LEADING_NOISE = re.compile(r"^(?:(?:de|dei|alle|andre|øvrige)\s+)+", re.IGNORECASE)


@dataclass(frozen=True)
class MemberGuess:
    name: str
    confidence: float
    evidence: str


def _ascii(text: str) -> str:
    """'Møre og Romsdal' -> 'more og romsdal', to compare with file names."""
    text = fold(text).replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class OrgMatcher:
    """Finds catalogue organisations in cells and documents."""

    def __init__(self, catalogue: Catalogue) -> None:
        # A cache of its own, which goes with the instance (one on the method would keep every instance alive).
        self.members_named = lru_cache(maxsize=65536)(self._members_named)
        self.catalogue = catalogue
        self._none = frozenset(fold(w) for w in catalogue.vocabulary.none_cells)
        # Each member by its own names, and by those of an organisation that belongs to it: «KD_rapport_….docx» is
        # the government's report.
        owned = [(o, owner) for o in catalogue.organisations if not o.is_member and o.member
                 and (owner := catalogue.organisation(o.member)) is not None]
        self._named_by: list[tuple[Organisation, Organisation]] = [*((m, m) for m in catalogue.members), *owned]
        self._by_alias: dict[str, Organisation] = {}
        for org in catalogue.organisations:
            for alias in (org.name, *org.aliases):
                self._by_alias.setdefault(fold(alias), org)
        # Aliases that contain a separator word ("Møre og Romsdal", "Handel og Kontor") are found
        # before a list is split, so the split does not cut them in half.
        self._joined = sorted((a for a in self._by_alias if _SEPARATORS.search(a)), key=len, reverse=True)
        self._choices = list(self._by_alias)
        # Every alias, longest first: one-word names as written ("Virke", not the verb), others in any case.
        aliases = sorted(self._by_alias_written(catalogue), key=len, reverse=True)
        self._exact = re.compile("|".join(rf"(?<!\w){re.escape(a)}s?(?!\w)" for a in aliases if " " not in a))
        self._loose = re.compile("|".join(rf"(?<!\w){re.escape(a)}s?(?!\w)" for a in aliases if " " in a), re.IGNORECASE)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Words of one-word organisation names ('vofo', 'ks', 'agder'): names, not descriptions."""
        names = {a for o in self.catalogue.organisations for a in (o.name, *o.aliases, *o.file_aliases)}
        return frozenset(fold(a) for a in names if " " not in a.strip())

    @staticmethod
    def _by_alias_written(catalogue: Catalogue) -> set[str]:
        return {a for o in catalogue.organisations for a in (o.name, *o.aliases)}

    def lookup(self, name: str) -> tuple[Organisation | None, float]:
        """The catalogue organisation a single written name means, and how sure."""
        key = fold(_TRAILING_NOISE.sub("", name)).strip(" .")
        if not key:
            return None, 0.0
        if key in self._by_alias:
            return self._by_alias[key], 1.0
        bare = _LEADING_NOISE.sub("", key)
        if bare != key and bare in self._by_alias:
            return self._by_alias[bare], 1.0
        if len(key) < 5:
            # Short names are abbreviations: a fuzzy hit on "KD" vs "KS" would be a different body.
            return None, 0.0
        found = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=NAME_SCORE)
        return (self._by_alias[found[0]], found[1] / 100) if found else (None, 0.0)

    def split(self, text: str) -> list[str]:
        """A cell of names ('KD, Kompetanse Norge og partene') as a list, known multi-word names intact."""
        text = clean(text.replace("\n", ", "))
        if not text:
            return []
        protected: dict[str, str] = {}
        for i, alias in enumerate(self._joined):
            pattern = re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", re.IGNORECASE)
            spelt = [m.group(0) for m in pattern.finditer(text)]
            if spelt:
                token = f"\x00{i}\x00"
                protected[token] = spelt[-1]  # the name as the text spells it
                text = pattern.sub(token, text)
        out = []
        for item in _LIST.split(text):
            for part in self._split_and(item):
                for token, original in protected.items():
                    part = part.replace(token, original)
                part = part.strip(" .")
                if part and fold(part) not in self._none:  # «(tom)», «–»: the cell says no one
                    out.append(part)
        return out

    def _split_and(self, item: str) -> list[str]:
        """'NAV og kommunene' is two names; 'Kompetanseforum Troms og Finnmark' is one: a lone unknown
        capitalised word after 'og' continues an unknown name before it."""
        pieces = _AND.split(item)
        out = [pieces[0]]
        for joiner, piece in zip(pieces[1::2], pieces[2::2]):
            lone = " " not in piece.strip() and self.lookup(piece)[0] is None
            lone_name = lone and piece[:1].isupper()
            # «Arbeidsliv og kompetanse», «Avdeling for opplæring og kompetanse»: a field's noun goes on a department's
            # name; «NAV og kommunene», «… og arbeidslivet», «skoler og bedrifter» name parties of their own.
            field = lone and piece.strip()[:1].islower() and not fold(piece.strip()).endswith(_PARTY_ENDINGS) and (
                out[-1].strip()[:1].isupper())
            if (lone_name or field) and "\x00" not in piece + out[-1] and self.lookup(out[-1])[0] is None:
                out[-1] = f"{out[-1]}{joiner}{piece}"  # "Troms & Finnmark" stays as written
            else:
                out.append(piece)
        return out

    def normalise(self, text: str) -> tuple[str, ...]:
        """Each named organisation: its catalogue name where known, else as written; each once."""
        names = []
        parts = []
        for part in self.split(text):
            # "LO/Fagforbundet", "YS/Delta": a confederation and its federation, both known.
            pieces = [p.strip() for p in part.split("/")]
            known = len(pieces) > 1 and all(self.lookup(p)[0] for p in pieces)
            parts.extend(pieces if known else [part])
        for part in parts:
            org, _ = self.lookup(part)
            name = org.name if org else part
            if name not in names:
                names.append(name)
        return tuple(names)

    def member_of(self, name: str) -> str:
        """The council member an organisation name stands for or belongs to ('' if none)."""
        org, _ = self.lookup(name)
        if org is None:
            return ""
        return org.name if org.is_member else org.member

    def _members_named(self, text: str) -> frozenset[str]:
        """Council members a running text names, directly or through one of their organisations."""
        found = set()
        for pattern in (self._exact, self._loose):
            for m in pattern.finditer(text or ""):
                name = m.group(0)
                member = self.member_of(name) or self.member_of(name[:-1])  # "Spekters" -> Spekter
                if member:
                    found.add(member)
        return frozenset(found)

    # ------------------------------------------------------------------ the reporting member
    def _mentions(self, text: str) -> list[tuple[int, Organisation]]:
        """Members named in a text, by position; one-word names only as written ("Virke", not the verb
        "virke"), genitive -s allowed."""
        found = []
        for org in self.catalogue.members:
            for alias in (org.name, *org.aliases):
                flags = re.IGNORECASE if " " in alias else 0
                for m in re.finditer(rf"(?<!\w){re.escape(alias)}s?(?!\w)", text, flags):
                    found.append((m.start(), org))
        return sorted(found, key=lambda x: x[0])

    def _from_text(self, text: str) -> Organisation | None:
        """The member a title or 'Rapport fra X' line names; the longest-named one wins ties."""
        mentions = self._mentions(text)
        return mentions[0][1] if mentions else None

    def _signed(self, back_text: str) -> tuple[Organisation, str] | None:
        """The member named in the signature block: the lines after "Med vennlig hilsen" and the like."""
        closing = tuple(fold(w) for w in self.catalogue.vocabulary.closing_words)
        lines = [ln for ln in back_text.splitlines() if ln.strip()]
        for k, line in enumerate(lines):
            if fold(line).startswith(closing):
                for after in lines[k + 1 : k + 4]:
                    if org := self._from_text(after):
                        return org, after
        return None

    def _in_file_name(self, stem: str) -> Organisation | None:
        """The member a file name names, the one with the longest name when several do."""
        stem_words = re.split(r"[^a-z0-9]+", _ascii(stem))
        best: tuple[int, Organisation] | None = None
        for named, org in self._named_by:
            for alias in (named.name, *named.aliases, *named.file_aliases):
                alias_words = re.split(r"[^a-z0-9]+", _ascii(alias))
                n = len(alias_words)
                # «regjeringens_rapport», «MoreogRomsdal_fk»: a name in the genitive, or its words written as one.
                found = any(stem_words[i : i + n] == alias_words for i in range(len(stem_words) - n + 1)) or (
                    n == 1 and f"{alias_words[0]}s" in stem_words and len(alias_words[0]) >= GENITIVE_NAME_CHARS) or (
                    n > 1 and "".join(alias_words) in stem_words)
                if found and (best is None or n > best[0]):
                    best = (n, org)
        return best[1] if best else None

    def _hosted(self, margins: str) -> tuple[str, Organisation] | None:
        """The member whose site a browser print's header or footer gives as the page's address
        («https://virke.sharepoint.com/sites/…»): its own intranet or web site."""
        for host in _HOST.findall(margins):
            if org := self._in_file_name(host.replace(".", " ")):
                return host, org
        return None

    def reporting_member(self, front_text: str) -> MemberGuess | None:
        """The one member a page's opening lines name, where a line says the page is its report to the council
        («… sender vi som vår rapport til Kompetansepolitisk råd»); None when they name none or several."""
        council = fold(self.catalogue.council)
        stems = tuple(fold(w) for w in self.catalogue.vocabulary.reporting_words)
        said = next((line for line in front_text.splitlines() if council and council in fold(line)
                     and any(w.startswith(stems) for w in re.findall(r"\w+", fold(line)))), None)
        named = self._members_named(front_text) if said else frozenset()
        if len(named) != 1:
            return None  # a register or an inbox's README names several members; a note about the council, none
        return MemberGuess(next(iter(named)), 0.85, f"første side: «{clean(said)[:80]}»")

    def find_member(self, title: str, front_text: str, source_file: str, back_text: str = "",
                    margins: str = "") -> MemberGuess:
        """Who sent the report: its title, a 'report from' line, the signature, else the file name, the address its
        pages were printed from, else a guess."""
        if title and (org := self._from_text(title)):
            return MemberGuess(org.name, 1.0, f"tittelen «{clean(title)[:80]}»")
        for line in front_text.splitlines()[:15]:
            m = _FROM.search(line)
            if m and (org := self._from_text(line[m.end():])):
                return MemberGuess(org.name, 0.95, f"første side: «{clean(line)[:80]}»")
        if signed := self._signed(back_text):
            return MemberGuess(signed[0].name, 0.9, f"signaturen: «{clean(signed[1])[:80]}»")
        named_by = self._named_by
        for line in front_text.splitlines()[:LETTERHEAD_LINES]:
            # «Kunnskapsdepartementet» on a line of its own atop the first page: the letterhead.
            head = next((org for named, org in named_by for alias in (named.name, *named.aliases)
                         if clean(line) == alias), None)
            if head is not None:
                return MemberGuess(head.name, 0.9, f"brevhodet: «{clean(line)[:80]}»")
        path = PurePath(source_file)
        within = next(((part, org) for part in reversed(path.parts[:-1]) if (org := self._in_file_name(PurePath(part).stem))),
                      None)
        if org := self._in_file_name(path.stem):
            if within and within[1] is not org:
                # «LO-KPR-hvelv.zip/Tiltak/LOs plass i Nasjonalt fagskoleråd.md»: a note named by its measure, sent in
                # its member's archive; the archive says who sent it.
                return MemberGuess(within[1].name, 0.8, f"arkivet eller e-posten «{within[0]}» filen lå i")
            return MemberGuess(org.name, 0.8, f"filnavnet «{source_file}»")
        # «LO/rapport.pdf», «LO_epost.eml/Rapport 2071.docx»: the folder, archive or e-mail the file came in.
        if within:
            return MemberGuess(within[1].name, 0.75, f"mappen, arkivet eller e-posten «{within[0]}» filen lå i")
        if hosted := self._hosted(margins):
            return MemberGuess(hosted[1].name, 0.8, f"adressen siden ble skrevet ut fra: «{hosted[0]}»")
        mentions = self._mentions(front_text)
        if mentions:
            org = mentions[0][1]
            return MemberGuess(org.name, 0.4, "nevnt først i dokumentet (usikkert)")
        return MemberGuess("", 0.0, "fant ikke rådsmedlemmet i dokumentet eller filnavnet")
