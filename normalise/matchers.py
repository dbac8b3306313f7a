"""The catalogue's matchers, built once per process and shared by the stages."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .catalogue import Catalogue, load_catalogue

if TYPE_CHECKING:
    from .column_roles import ColumnRoles
    from .columns import ColumnMapper
    from .councils import CouncilMatcher
    from .delmal import DelmalMatcher
    from .orgs import OrgMatcher
    from .tiltakstype import TypeMatcher


class Matchers:
    """Each matcher is built (and its module imported) the first time it is asked for: a run that reads
    nothing new matches nothing."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    @cached_property
    def columns(self) -> ColumnMapper:
        from .columns import ColumnMapper

        return ColumnMapper(self.catalogue.vocabulary)

    @cached_property
    def delmal(self) -> DelmalMatcher:
        from .delmal import DelmalMatcher

        return DelmalMatcher(self.catalogue)

    @cached_property
    def types(self) -> TypeMatcher:
        from .tiltakstype import TypeMatcher

        return TypeMatcher(self.catalogue)

    @cached_property
    def orgs(self) -> OrgMatcher:
        from .orgs import OrgMatcher

        return OrgMatcher(self.catalogue)

    @cached_property
    def councils(self) -> CouncilMatcher:
        from .councils import CouncilMatcher

        return CouncilMatcher(self.catalogue)

    @cached_property
    def roles(self) -> ColumnRoles:
        from .column_roles import ColumnRoles

        return ColumnRoles(self.columns, self.delmal, self.types, self.orgs, self.councils)

    def warm(self) -> Matchers:
        """Every matcher built now: before forking workers, so that each starts with them."""
        _ = self.roles, self.types.model, self.councils
        return self

    @classmethod
    def load(cls, path: Path | None = None) -> Matchers:
        return cls(load_catalogue(path))
