"""Render validation problems as text for people, JSON for tools, or GitHub annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ecareer.contract.problems import Problem, Severity
from ecareer.render.escape import clean, json_safe
from ecareer.render.i18n import tr


def _where(p: Problem) -> str:
    if p.line:
        return f"{p.file}:{p.line}:{p.col}"
    return p.file


def text(problems: Sequence[Problem], files: Sequence[str], lang: str = "en") -> str:
    lines = []
    hint = tr("hint", lang, hint="")
    for p in problems:
        severity = tr(f"severity_{p.severity}", lang)
        lines.append(f"{clean(_where(p))}: {severity} {p.code} {clean(p.message_in(lang))}")
        said_hint = p.hint_in(lang)
        if said_hint:
            lines.append(f"    {hint}{clean(said_hint)}")
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    checked = _count("files_checked", len(files), lang)
    if errors:
        lines.append(
            tr(
                "summary_errors",
                lang,
                errors=_count("errors", errors, lang),
                warnings=_count("warnings", warnings, lang),
                checked=checked,
            )
        )
    elif warnings:
        lines.append(
            tr(
                "summary_warnings",
                lang,
                warnings=_count("warnings", warnings, lang),
                checked=checked,
            )
        )
    else:
        lines.append(tr("summary_clean", lang, checked=checked))
    return "\n".join(lines) + "\n"


def _count(key: str, n: int, lang: str) -> str:
    return tr(f"{key}_one" if n == 1 else f"{key}_many", lang, n=n)


def as_json(problems: Sequence[Problem], files: Sequence[str]) -> str:
    errors = sum(p.severity is Severity.ERROR for p in problems)
    doc = {
        "valid": errors == 0,
        "files": list(files),
        "errors": errors,
        "warnings": len(problems) - errors,
        "problems": [p.as_json() for p in problems],
    }
    return json_safe(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


def _gh_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(value: str) -> str:
    return _gh_data(value).replace(":", "%3A").replace(",", "%2C")


def github(problems: Sequence[Problem], files: Sequence[str]) -> str:
    """GitHub Actions workflow commands: one ``::error`` or ``::warning`` annotation each."""
    out = []
    for p in problems:
        props = [f"file={_gh_prop(clean(p.file))}"]
        if p.line:
            props += [f"line={p.line}", f"col={p.col}"]
        props.append(f"title={_gh_prop(f'{p.code} {p.rule}')}")
        message = clean(p.message) + (f" (hint: {clean(p.hint)})" if p.hint else "")
        out.append(f"::{p.severity} {','.join(props)}::{_gh_data(message)}")
    return "\n".join(out) + ("\n" if out else "")
