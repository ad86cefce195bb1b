"""Problems found in data or profiles, with stable rule codes and positions.

Every check in ecareer reports a :class:`Problem`; nothing raises for bad data. Rule codes are
stable (documented in CONTRIBUTING.md and tested by golden fixtures): renumbering one is a
breaking change for the tools that filter on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ecareer.contract.say import Say, joined, say


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


#: code -> (short name, one-line meaning). The table CONTRIBUTING.md documents.
RULES: dict[str, tuple[str, str]] = {
    "F001": ("file-missing", "a data file or folder is missing or not readable"),
    "F002": ("file-too-large", "a file is larger than the loader accepts"),
    "F003": ("not-utf8", "a file is not UTF-8 text"),
    "Y001": ("yaml-syntax", "the YAML does not parse"),
    "Y002": ("duplicate-key", "a mapping has the same key twice"),
    "Y003": ("ambiguous-scalar", "a plain value means different things in YAML 1.1 and 1.2"),
    "Y004": ("too-many-aliases", "anchors and aliases beyond the bound (alias bombs)"),
    "Y005": ("forbidden-tag", "an explicit tag other than the plain YAML types"),
    "Y006": ("too-deep", "nesting deeper than the loader accepts"),
    "Y007": ("bad-key", "a mapping key that is not plain text"),
    "S001": ("missing-field", "a required field is missing"),
    "S002": ("unknown-field", "a field the contract does not know"),
    "S003": ("wrong-type", "a value of the wrong type"),
    "S004": ("invalid-value", "a value outside what the field allows"),
    "E101": ("duplicate-id", "two entries share an id"),
    "E102": ("unknown-skill", "a reference to a skill that does not exist"),
    "E103": ("unknown-role", "a reference to a role that does not exist"),
    "E104": ("level-out-of-scale", "a level outside the proficiency scale"),
    "E105": ("promotion-down", "a promotion to a lower level"),
    "E106": ("promotion-cycle", "promotions that lead back to where they started"),
    "E107": ("prerequisite-cycle", "skills that are prerequisites of each other"),
    "E108": ("self-loop", "a path or prerequisite that points at itself"),
    "E109": ("duplicate-path", "two paths with the same from and to"),
    "E110": ("category-mismatch", "a skill category outside its dimension"),
    "E111": ("bad-scale", "the scale is not the consecutive levels 1..N"),
    "E112": ("duplicate-requirement", "a role lists the same skill twice"),
    "E113": ("effort-length", "a skill's effort list does not match the scale"),
    "W201": ("isolated-role", "a role that no path reaches or leaves"),
    "W202": ("unused-skill", "a skill that no role needs and no skill builds on"),
    "W203": ("thin-role", "a role needing fewer than 6 skills, or skills of only one dimension"),
    "W204": ("no-essential-skill", "a role with no essential skill"),
    "W205": (
        "missing-prerequisite",
        "a role requiring a skill but not that skill's prerequisite at its level",
    ),
    "W210": ("study-budget", "a move needing more than 5 study hours a week over its years"),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding, located at ``file:line:col`` (1-based; 0 when there is no position)."""

    code: str
    message: str
    file: str
    line: int = 0
    col: int = 0
    hint: str = ""
    severity: Severity = Severity.ERROR
    #: the message and the hint as sentences of the catalogue, to be shown in any language
    #: (``message`` and ``hint`` are their English)
    said: Say | None = None
    hint_said: tuple[Say, ...] = ()

    @staticmethod
    def of(
        code: str,
        said: Say,
        file: str,
        line: int = 0,
        col: int = 0,
        hint: Say | tuple[Say, ...] | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        """A problem whose message and hint are sentences of the catalogue."""
        hints = () if hint is None else (hint,) if isinstance(hint, Say) else hint
        english = joined(hints, "en")
        return Problem(code, said.text("en"), file, line, col, english, severity, said, hints)

    def message_in(self, lang: str) -> str:
        return self.said.text(lang) if self.said is not None else self.message

    def hint_in(self, lang: str) -> str:
        return joined(self.hint_said, lang) if self.hint_said else self.hint

    @property
    def rule(self) -> str:
        return RULES[self.code][0]

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.col, self.code)

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "col": self.col,
            "severity": str(self.severity),
            "code": self.code,
            "rule": self.rule,
            "message": self.message,
            "hint": self.hint,
        }


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=Problem.sort_key)


#: The most problems reported for one file; the rest are counted in one last problem.
MAX_PER_FILE = 200


def cap_per_file(problems: list[Problem], limit: int = MAX_PER_FILE) -> list[Problem]:
    """The first ``limit`` problems of each file (in the order given), then, last, one
    problem per file saying how many more there are (the code and severity of the worst)."""
    kept: list[Problem] = []
    count: dict[str, int] = {}
    cut: dict[str, tuple[Problem, int]] = {}
    for p in problems:
        n = count.get(p.file, 0)
        count[p.file] = n + 1
        if n < limit:
            kept.append(p)
            continue
        first, more = cut.get(p.file, (p, 0))
        worse = p.severity is Severity.ERROR and first.severity is not Severity.ERROR
        cut[p.file] = (p if worse else first, more + 1)
    kept += [more_problems(first, more, limit) for first, more in cut.values()]
    return kept


def more_problems(first: Problem, more: int, limit: int = MAX_PER_FILE) -> Problem:
    """The one problem that stands for ``more`` problems of ``first``'s file not shown."""
    return Problem.of(
        first.code,
        say("p_more", n=f"{more:,}", file=first.file, limit=limit),
        first.file,
        hint=say("h_more"),
        severity=first.severity,
    )


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
