"""Commands that browse the data: roles, skills, show, graph."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h
from ecareer.cli.options import (
    DataOpt,
    DimensionOpt,
    FamilyOpt,
    JsonOpt,
    LangOpt,
    LevelOpt,
    OverlayOpt,
    choices,
    complete_role,
    settings,
    vocab,
)
from ecareer.contract.vocab import LEVEL_RANK, Category

if TYPE_CHECKING:
    from ecareer.cli.options import Settings
    from ecareer.contract.dataset import Dataset


@app.command(help=h("help_roles"))
def roles(
    family: FamilyOpt = None,
    level: LevelOpt = None,
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
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit([jsonout.role_summary(r) for r in chosen])
    else:
        from ecareer.render import tables

        tables.roles(chosen, s.lang)


@app.command(help=h("help_skills"))
def skills(
    dimension: DimensionOpt = None,
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
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit([jsonout.skill_summary(k) for k in chosen])
    else:
        from ecareer.render import tables

        tables.skills(chosen, s.lang)


@app.command(help=h("help_show"))
def show(
    item: Annotated[
        str,
        typer.Argument(
            help=h("opt_item"),
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
    if s.json:
        from ecareer.render import jsonout

        if kind == "role":
            jsonout.emit(jsonout.role_detail(ds, ds.roles[found]))
        else:
            jsonout.emit(jsonout.skill_detail(ds, ds.skills[found]))
    else:
        from ecareer.render import show

        if kind == "role":
            show.show_role(ds, ds.roles[found], s.lang)
        else:
            show.show_skill(ds, ds.skills[found], s.lang)


@app.command(help=h("help_levels"))
def levels(
    category: Annotated[
        Category | None,
        typer.Option(
            "--category",
            help=h("opt_category"),
            show_default=False,
            parser=vocab(Category),
            metavar=choices(Category),
        ),
    ] = None,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Show the proficiency scale: what each level 0-5 means, in general or in one category of
    skills.

    Example: ecareer levels --category business-tools
    """
    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(jsonout.levels(ds, category))
    else:
        from ecareer.render import tables

        tables.levels(ds, category.value if category else None, s.lang)


class GraphFormat(StrEnum):
    MERMAID = "mermaid"
    DOT = "dot"
    JSON = "json"


def _similar_moves(s: Settings, ds: Dataset) -> None:
    """Every role's similar roles, from the cache beside the dataset's when the data and the
    similarity's code are unchanged (scoring them is most of a ``graph --similar``)."""
    from ecareer.advise import gap, moves, similarity
    from ecareer.cli.sources import data_folders
    from ecareer.store import derived

    folders = data_folders(s.data, s.overlays)
    code = derived.stamp(similarity.__file__, moves.__file__, gap.__file__)
    sim = similarity.similarity(ds)
    if not sim.remember(moves.SIMILAR_MIN, derived.read(folders, "similar-roles", code)):
        derived.write(folders, "similar-roles", code, sim.every_role(moves.SIMILAR_MIN))


@app.command(help=h("help_graph"))
def graph(
    fmt: Annotated[
        GraphFormat, typer.Option("--format", "-f", help=h("opt_graph_format"))
    ] = GraphFormat.MERMAID,
    family: FamilyOpt = None,
    similar: Annotated[bool, typer.Option("--similar", help=h("opt_graph_similar"))] = False,
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
    if similar:
        _similar_moves(s, ds)
    g = build_graph(ds, similar=similar, family=family.value if family else None)
    chosen = GraphFormat.JSON if s.json else fmt
    render = {"mermaid": graphs.mermaid, "dot": graphs.dot, "json": graphs.as_json}[chosen.value]
    sys.stdout.write(render(ds, g, s.lang))
