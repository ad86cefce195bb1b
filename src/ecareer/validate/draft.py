"""What the rules read: every entry that validated, as its record, and where it stands.

Entries are kept per layer and in file order (a later layer's entry replaces an earlier one
only when the layers are merged), each with the file and the path inside it, so that a rule
can report a problem at the line and column of the field it is about.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ecareer.contract import records as rec
from ecareer.contract.problems import Problem, Severity
from ecareer.contract.say import Say
from ecareer.load.locate import Locator
from ecareer.load.parse import Loaded

T = TypeVar("T")


class FileRef:
    """A loaded file that can locate a path in it, loading positions only when first asked."""

    def __init__(self, shown: str, text: str, loaded: Loaded | None = None) -> None:
        self.shown = shown
        self._locator = Locator(shown, text, loaded)

    def locate(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        return self._locator.locate(path)

    def problem(
        self,
        code: str,
        message: Say,
        path: tuple[str | int, ...],
        hint: Say | tuple[Say, ...] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        line, col = self.locate(path)
        return Problem.of(code, message, self.shown, line, col, hint, severity)


@dataclass(slots=True)
class Entry(Generic[T]):
    """A validated entry, as its record, and where it stands: ``file`` at ``path``
    (e.g. ``("roles", 3)``)."""

    item: T
    file: FileRef
    path: tuple[str | int, ...]
    layer: int = 0

    def problem(
        self,
        code: str,
        message: Say,
        *sub: str | int,
        hint: Say | tuple[Say, ...] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        return self.file.problem(code, message, (*self.path, *sub), hint, severity)


@dataclass(slots=True)
class Draft:
    """Everything that validated, before cross-file checks: what the check rules read."""

    scale: list[Entry[rec.ScaleLevel]] = field(default_factory=list)
    skills: list[Entry[rec.Skill]] = field(default_factory=list)
    roles: list[Entry[rec.Role]] = field(default_factory=list)
    paths: list[Entry[rec.Move]] = field(default_factory=list)
    #: ids declared in entries that failed validation: not reported again as unknown.
    broken_skill_ids: set[str] = field(default_factory=set)
    broken_role_ids: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)
    #: kinds of file ("skills", "roles", "paths") that did not load, or only in part: checks
    #: that would report what is merely missing because of them stay quiet.
    failed: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    #: the text of every file read, in order, for the cache key.


def latest(entries: list[Entry[Any]], key: Callable[[Any], Hashable]) -> dict[Hashable, Any]:
    """The last entry of each key (a later layer replaces an earlier one)."""
    out: dict[Hashable, Any] = {}
    for e in entries:
        out[key(e.item)] = e
    return out
