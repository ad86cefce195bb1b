"""Commands for contributors: validate the data, write the JSON Schemas."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h, say
from ecareer.cli.options import DataOpt, LangOpt, OverlayOpt, resolve_lang
from ecareer.errors import EcareerError, Exit, UsageError
from ecareer.render.escape import clean


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


@app.command(help=h("help_validate"))
def validate(
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help=h("opt_validate_format"),
        ),
    ] = Format.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help=h("opt_strict"))] = False,
    lang: LangOpt = None,
    json: Annotated[bool, typer.Option("--json", help=h("opt_validate_json"))] = False,
) -> None:
    """Check skills.yaml, roles.yaml and paths.yaml and report every problem with its place.

    Exit 0 when the data is valid (warnings allowed), 1 when it has errors.

    Example: ecareer validate --data ./data --format github
    """
    from ecareer.advise.plausible import CHECKS
    from ecareer.cli.sources import data_folders
    from ecareer.contract.problems import Severity
    from ecareer.render import problems as render
    from ecareer.validate.build import build

    lang_code = resolve_lang(lang)
    folders = data_folders(data, overlay or [])
    dataset, problems = build(folders, checks=CHECKS)
    files = list(dataset.files) if dataset else sorted({p.file for p in problems})
    if dataset is None:
        from ecareer.contract.vocab import DATA_FILES
        from ecareer.load.files import shown_path

        files = [shown_path(f / f"{n}.yaml") for f in folders for n in DATA_FILES]
    chosen = Format.JSON if json else fmt
    out = {"text": render.text, "json": render.as_json, "github": render.github}[chosen.value]
    sys.stdout.write(
        out(problems, files, lang_code) if out is render.text else out(problems, files)
    )
    failed = dataset is None or (strict and any(p.severity is Severity.WARNING for p in problems))
    raise typer.Exit(int(Exit.FAILED if failed else Exit.OK))


@app.command(help=h("help_schema"))
def schema(
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help=h("opt_out"), show_default=False),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help=h("opt_check")),
    ] = False,
) -> None:
    """Print or write the JSON Schemas of the data files and of a personal profile.

    Without --out, prints them as one JSON document keyed by file name.

    Example: ecareer schema --out schemas
    """
    import json

    from ecareer.contract.schemas import all_schemas

    schemas = all_schemas()
    if out is None:
        if check:
            raise UsageError(say("check_needs_out"))
        sys.stdout.write(json.dumps(schemas, ensure_ascii=False, indent=2) + "\n")
        return
    stale = []
    for name, doc in schemas.items():
        target = out / name
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        try:
            current = target.read_text(encoding="utf-8") if target.is_file() else None
        except (OSError, UnicodeDecodeError):
            current = None
        if current == text:
            continue
        stale.append(clean(str(target)))
        if not check:
            from ecareer.store.atomic import write_atomic

            try:
                out.mkdir(parents=True, exist_ok=True)
                write_atomic(target, text)
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise EcareerError(
                    say("cannot_write_schemas", file=clean(str(target)), reason=reason),
                    hint=say("give_writable_out"),
                ) from None
    if check and stale:
        sys.stderr.write(say("stale_schemas", files=", ".join(stale)) + "\n")
        sys.stderr.write(say("hint", hint=say("run_schema", out=clean(str(out)))) + "\n")
        raise typer.Exit(int(Exit.FAILED))
    done = say(
        "schemas_would" if check else "schemas_wrote",
        n=len(stale),
        total=len(schemas),
        out=clean(str(out)),
    )
    sys.stdout.write(done + "\n")
