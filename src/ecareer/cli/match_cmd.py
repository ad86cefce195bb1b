"""``ecareer match``: from job postings to the skills they ask for, roles and a gap."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h, say
from ecareer.cli.options import (
    DataOpt,
    FromOpt,
    JsonOpt,
    LangOpt,
    OverlayOpt,
    ProfileOpt,
    origin_of,
    settings,
)
from ecareer.errors import DataError, Exit, UsageError

if TYPE_CHECKING:
    from ecareer.advise.match import TermIndex
    from ecareer.cli.options import Settings
    from ecareer.contract.dataset import Dataset


@app.command(help=h("help_match"))
def match(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE|-",
            help=h("opt_match_files"),
            show_default=False,
        ),
    ],
    summary: Annotated[
        bool,
        typer.Option("--summary", help=h("opt_summary")),
    ] = False,
    csv: Annotated[bool, typer.Option("--csv", help=h("opt_csv"))] = False,
    start: FromOpt = None,
    profile: ProfileOpt = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Find the skills a job posting asks for, the closest roles and, with --from or
    --profile, your gap to the posting and the route to its closest role.

    Skills are found by their names, aliases and keywords; a level where the posting says
    了解/熟悉/熟练/精通 (familiar with, proficient in, expert) and the importance from where it
    says it (requirements over duties over a plus).

    Example: ecareer match posting.txt --from ops-assistant
    """
    from ecareer.advise.levels import for_person
    from ecareer.advise.match import match_text, summarise
    from ecareer.load.postings import STDIN, expand, read_posting, read_stream

    s = settings(data, overlay, lang, json)
    if json and csv:
        raise UsageError(say("match_json_csv"))
    paths = list(expand(files))
    if sum(str(p) == STDIN for p in paths) > 1:
        raise UsageError(say("match_stdin_once"))
    several = summary or csv or len(paths) != 1 or any(p.is_dir() for p in files)
    if several and (start is not None or profile is not None):
        raise UsageError(say("match_summary_profile"))
    if not paths:
        raise UsageError(say("match_none_found"))
    texts = []
    problems = []
    for path in paths:
        if str(path) == STDIN:
            text, problem = read_stream(sys.stdin.buffer)
            name = "stdin"
        else:
            text, problem = read_posting(path)
            name = str(path)
        if problem is not None:
            problems.append(problem)
        elif text is not None:
            texts.append((name, text))
    if problems:
        what = (
            say("match_cannot_read_one")
            if len(paths) == 1
            else say("match_cannot_read_many", n=len(problems))
        )
        raise DataError(what, problems, Exit.USAGE)
    ds = s.dataset()
    who = origin_of(s, ds, start, profile) if start or profile else None
    index = _index(s, ds)  # of the data as it is, cached beside it: never of one person's view
    matches = (match_text(ds, index, text, name) for name, text in texts)
    if several:
        result = summarise(matches, ds.max_level)
        from ecareer.render import match_out

        if s.json:
            from ecareer.render import jsonout

            jsonout.emit(match_out.summary(ds, result))
        elif csv:
            match_out.summary_csv(ds, result, s.lang)
        else:
            match_out.summary_tables(ds, result, s.lang)
        return
    pm = next(iter(matches))
    pg = None
    if who is not None:
        from ecareer.advise.match_gap import posting_gap

        # any-of requirements as this person would meet them
        pg = posting_gap(for_person(ds, who.levels), who, pm)
    from ecareer.render import match_out

    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(match_out.posting(ds, pm, pg))
    else:
        match_out.posting_tables(ds, pm, pg, s.lang)


def _index(s: Settings, ds: Dataset) -> TermIndex:
    """The term index, from the cache beside the dataset's when the data and the matcher's
    code are unchanged: building it decodes every skill and role, most of a match's time."""
    from ecareer.advise import match as m
    from ecareer.advise import posting as pt
    from ecareer.cli.sources import data_folders
    from ecareer.store import derived

    folders = data_folders(s.data, s.overlays)
    code = derived.stamp(m.__file__, pt.__file__)
    raw = derived.read(folders, "match-index", code)
    if isinstance(raw, tuple) and len(raw) == len(m.TermIndex._fields):
        return m.TermIndex(*raw)
    index = m.build_index(ds)
    derived.write(folders, "match-index", code, tuple(index))
    return index
