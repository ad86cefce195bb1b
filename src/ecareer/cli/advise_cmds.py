"""Commands for practitioners and coaches: gap, route, next, roles, skills, show, graph."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ecareer.cli.app import app
from ecareer.cli.options import DataOpt, JsonOpt, LangOpt, OverlayOpt, Settings, settings
from ecareer.contract.vocab import LEVEL_RANK, Dimension, Family, RoleLevel
from ecareer.errors import UsageError

if TYPE_CHECKING:
    from ecareer.advise.gap import Origin
    from ecareer.advise.route import Constraints
    from ecareer.contract.dataset import Dataset


def complete_role(incomplete: str) -> list[str]:
    """Shell completion of role ids (quietly nothing when the data does not load)."""
    try:
        ds = Settings().dataset()
    except Exception:  # completion must never print a traceback into the shell
        return []
    return sorted(rid for rid in ds.roles if rid.startswith(incomplete))


FromOpt = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="ROLE",
        help="Current role: id, English or Chinese name, or alias.",
        autocompletion=complete_role,
        show_default=False,
    ),
]
ProfileOpt = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        "-p",
        metavar="FILE",
        help="Personal profile YAML (role: and skills: id to level).",
        show_default=False,
    ),
]


ToOpt = Annotated[
    str | None,
    typer.Option(
        "--to",
        metavar="ROLE",
        help="Target role.",
        autocompletion=complete_role,
        show_default=False,
    ),
]
FamilyOpt = Annotated[
    Family | None, typer.Option("--family", help="Only this family.", show_default=False)
]
ViaOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--via", metavar="ROLE", help="Pass through this role; repeatable.", show_default=False
    ),
]
AvoidOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--avoid",
        metavar="ROLE",
        help="Never pass through this role; repeatable.",
        show_default=False,
    ),
]
MaxStepsOpt = Annotated[
    int | None,
    typer.Option("--max-steps", min=1, help="At most this many moves.", show_default=False),
]
PromotionsOnlyOpt = Annotated[
    bool, typer.Option("--promotions-only", help="Use promotions only, no lateral moves.")
]
SimilarOpt = Annotated[
    bool, typer.Option("--similar", help="Also take inferred moves between similar roles.")
]


def constraints(
    ds: Dataset,
    start: str,
    target: str,
    via: list[str] | None,
    avoid: list[str] | None,
    max_steps: int | None,
    promotions_only: bool,
    similar: bool,
) -> Constraints:
    """The route options, with every role named resolved to its id."""
    from ecareer.advise.lookup import resolve
    from ecareer.advise.route import Constraints

    vias = tuple(resolve(ds, v, "role", "--via") for v in via or [])
    avoids = frozenset(resolve(ds, a, "role", "--avoid") for a in avoid or [])
    for end in (start, target):
        if end in avoids:
            raise UsageError(f"--avoid {end} names the start or the target of the route")
    return Constraints(vias, avoids, max_steps, promotions_only, similar)


def output(
    s: Settings, as_json: Callable[[ModuleType], Any], as_table: Callable[[ModuleType], None]
) -> None:
    """Render one result: ``as_json(jsonout)`` with --json, else ``as_table(tables)``."""
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(as_json(jsonout))
    else:
        from ecareer.render import tables

        as_table(tables)


def _origin(s: Settings, ds: Dataset, start: str | None, profile: Path | None) -> Origin:
    from ecareer.advise.gap import origin
    from ecareer.advise.lookup import resolve

    prof = None
    if profile is not None:
        # only with --profile: it loads Pydantic and the YAML loader, which cost start-up time
        from ecareer.validate.profile import load_profile

        prof = load_profile(profile, ds)
    if start is None and prof is None:
        raise UsageError("give --from ROLE or --profile FILE")
    rid = resolve(ds, start, "role", "--from") if start is not None else None
    return origin(ds, rid, prof)


@app.command()
def gap(
    start: FromOpt = None,
    to: Annotated[
        list[str] | None,
        typer.Option(
            "--to",
            metavar="ROLE",
            help="Target role; repeat to compare several side by side.",
            autocompletion=complete_role,
            show_default=False,
        ),
    ] = None,
    profile: ProfileOpt = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Show what stands between a role (or your profile) and one or more target roles.

    For each skill the target needs: required and current level, shortfall, importance,
    whether it is essential, and the hours to close it. Essential gaps first.

    Example: ecareer gap --from ops-specialist --to ops-director
    """
    from ecareer.advise.gap import gap_report
    from ecareer.advise.lookup import resolve

    s = settings(data, overlay, lang, json)
    if not to:
        raise UsageError("give at least one --to ROLE")
    ds = s.dataset()
    who = _origin(s, ds, start, profile)
    targets = [resolve(ds, t, "role", "--to") for t in to]
    report = gap_report(ds, who, targets)
    output(s, lambda j: j.gap(ds, report), lambda t: t.gap(ds, report, s.lang))


@app.command()
def route(
    start: FromOpt = None,
    to: ToOpt = None,
    profile: ProfileOpt = None,
    k: Annotated[
        int, typer.Option("-k", min=1, max=20, help="How many routes, cheapest first.")
    ] = 1,
    via: ViaOpt = None,
    avoid: AvoidOpt = None,
    max_steps: MaxStepsOpt = None,
    promotions_only: PromotionsOnlyOpt = False,
    similar: SimilarOpt = False,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Find the cheapest routes to a target role, by learning hours.

    A skill level learned at one step is never learned again later. Exit 1 with the reason
    when no route exists.

    Example: ecareer route --from ops-assistant --to ops-director -k 3
    """
    from ecareer.advise.lookup import resolve
    from ecareer.advise.route import find_routes

    s = settings(data, overlay, lang, json)
    if to is None:
        raise UsageError("give --to ROLE")
    ds = s.dataset()
    who = _origin(s, ds, start, profile)
    if who.role is None:
        raise UsageError("route needs a starting role: --from ROLE, or `role:` in the profile")
    target = resolve(ds, to, "role", "--to")
    c = constraints(ds, who.role, target, via, avoid, max_steps, promotions_only, similar)
    result = find_routes(ds, who.role, target, who.levels, k, c)
    output(s, lambda j: j.route(ds, result), lambda t: t.route(ds, result, s.lang))


@app.command("next")
def next_(
    start: FromOpt = None,
    profile: ProfileOpt = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Rank the next moves: documented promotions and lateral moves, then similar roles.

    Similar roles (inferred, labelled so) are those whose requirement your current levels
    already largely cover: see "Similarity" in the README.

    Example: ecareer next --from ops-specialist
    """
    from ecareer.advise.nextmoves import next_moves

    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    who = _origin(s, ds, start, profile)
    moves = next_moves(ds, who)

    def table(t: ModuleType) -> None:
        src = t.role_name(ds, who.role, s.lang) if who.role else (who.profile_name or "")
        t.next_moves(ds, src, moves, s.lang)

    output(s, lambda j: j.next_moves(ds, who.role, moves), table)


@app.command()
def roles(
    family: FamilyOpt = None,
    level: Annotated[
        RoleLevel | None, typer.Option("--level", help="Only this level.", show_default=False)
    ] = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """List the roles, optionally of one family or level.

    Example: ecareer roles --family operations --lang zh
    """
    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    chosen = sorted(
        (
            r
            for r in ds.roles.values()
            if (family is None or r.family == family) and (level is None or r.level == level)
        ),
        key=lambda r: (str(r.family), LEVEL_RANK[r.level], r.id),
    )
    output(s, lambda j: [j.role_summary(r) for r in chosen], lambda t: t.roles(chosen, s.lang))


@app.command()
def skills(
    dimension: Annotated[
        Dimension | None,
        typer.Option("--dimension", help="Only this dimension.", show_default=False),
    ] = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """List the skills, optionally of one dimension of the capability model.

    Example: ecareer skills --dimension general-ability
    """
    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    chosen = sorted(
        (k for k in ds.skills.values() if dimension is None or k.dimension == dimension),
        key=lambda k: (str(k.dimension), str(k.category), k.id),
    )
    output(s, lambda j: [j.skill_summary(k) for k in chosen], lambda t: t.skills(chosen, s.lang))


@app.command()
def show(
    item: Annotated[
        str,
        typer.Argument(
            help="A role or skill: id, English or Chinese name, or alias.",
            autocompletion=complete_role,
            show_default=False,
        ),
    ],
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Show one role (requirements, where it leads, what leads to it) or one skill.

    Example: ecareer show ops-director --lang zh
    """
    from ecareer.advise.lookup import resolve_any

    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    kind, found = resolve_any(ds, item)
    if kind == "role":
        role = ds.roles[found]
        output(s, lambda j: j.role_detail(ds, role), lambda t: t.show_role(ds, role, s.lang))
    else:
        skill = ds.skills[found]
        output(s, lambda j: j.skill_detail(ds, skill), lambda t: t.show_skill(ds, skill, s.lang))


class GraphFormat(StrEnum):
    MERMAID = "mermaid"
    DOT = "dot"
    JSON = "json"


@app.command()
def graph(
    fmt: Annotated[
        GraphFormat, typer.Option("--format", "-f", help="mermaid, dot or json.")
    ] = GraphFormat.MERMAID,
    family: FamilyOpt = None,
    similar: Annotated[
        bool, typer.Option("--similar", help="Add the inferred moves between similar roles.")
    ] = False,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Print the career graph: roles and the moves between them.

    Example: ecareer graph --format mermaid --family operations
    """
    import sys

    from ecareer.advise.graph import build_graph
    from ecareer.render import graphs

    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    g = build_graph(ds, similar=similar, family=family.value if family else None)
    chosen = GraphFormat.JSON if s.json else fmt
    render = {"mermaid": graphs.mermaid, "dot": graphs.dot, "json": graphs.as_json}[chosen.value]
    sys.stdout.write(render(ds, g, s.lang))
