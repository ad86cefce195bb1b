"""Commands for practitioners and coaches: gap, route, next."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ecareer.cli.app import app
from ecareer.cli.lang import h, say
from ecareer.cli.options import (
    AvoidOpt,
    By,
    ByOpt,
    DataOpt,
    FromOpt,
    HoursPerWeekOpt,
    JsonOpt,
    LangOpt,
    MaxStepsOpt,
    OverlayOpt,
    ProfileOpt,
    PromotionsOnlyOpt,
    SimilarOpt,
    ToOpt,
    ViaOpt,
    complete_role,
    named,
    origin_of,
    route_constraints,
    settings,
)
from ecareer.errors import UsageError

if TYPE_CHECKING:
    from ecareer.advise.route import RouteResult


@app.command(help=h("help_gap"))
def gap(
    start: FromOpt = None,
    to: Annotated[
        list[str] | None,
        typer.Option(
            "--to",
            metavar="ROLE",
            help=h("opt_to_many"),
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
    from ecareer.advise.levels import for_person

    s = settings(data, overlay, lang, json)
    if not to:
        raise UsageError(say("give_to_one"))
    ds = s.dataset()
    who = origin_of(s, ds, start, profile)
    ds = for_person(ds, who.levels)  # any-of requirements: the person's choice
    targets = [named(ds, t, "--to") for t in to]
    report = gap_report(ds, who, targets)
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(jsonout.gap(ds, report))
    else:
        from ecareer.render import tables

        tables.gap(ds, report, s.lang)


@app.command(help=h("help_route"))
def route(
    start: FromOpt = None,
    to: ToOpt = None,
    profile: ProfileOpt = None,
    k: Annotated[int, typer.Option("-k", min=1, max=20, help=h("opt_k"))] = 1,
    via: ViaOpt = None,
    avoid: AvoidOpt = None,
    max_steps: MaxStepsOpt = None,
    promotions_only: PromotionsOnlyOpt = False,
    similar: SimilarOpt = False,
    hours_per_week: HoursPerWeekOpt = 5.0,
    by: ByOpt = By.HOURS,
    data: DataOpt = None,
    overlay: OverlayOpt = None,
    lang: LangOpt = None,
    json: JsonOpt = False,
) -> None:
    """Find the cheapest routes to a target role, by study hours or by time.

    A skill level gained at one step is never gained again later. Each move takes the longest
    of its typical years in post, its study at --hours-per-week, and its practice. Exit 1
    with the reason when no route exists.

    Example: ecareer route --from ops-assistant --to ops-director -k 3
    """
    from ecareer.advise.levels import for_person
    from ecareer.advise.plan import check_pace
    from ecareer.advise.route import Cost, find_routes

    s = settings(data, overlay, lang, json)
    check_pace(hours_per_week)
    if to is None:
        raise UsageError(say("give_to"))
    ds = s.dataset()
    who = origin_of(s, ds, start, profile)
    ds = for_person(ds, who.levels)  # any-of requirements: the person's choice
    if who.role is None:
        raise UsageError(say("route_needs_start"))
    target = named(ds, to, "--to")
    c = route_constraints(ds, who.role, target, via, avoid, max_steps, promotions_only, similar)
    result = find_routes(ds, who.role, target, who.levels, k, c, Cost(by.value, hours_per_week))
    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(jsonout.route(ds, result))
    else:
        from ecareer.render import tables

        tables.route(ds, result, s.lang)
    note_bound(result.stopped_after, s.lang, result)


def note_bound(stopped_after: int, lang: str, result: RouteResult | None = None) -> None:
    """Say on stderr that the route search stopped at its work bound (it did if > 0), and
    the proven bound: how much less than the route shown the cheapest one may cost."""
    if stopped_after:
        from ecareer.render.i18n import tr

        sys.stderr.write(f"note: {tr('search_cut', lang, n=f'{stopped_after:,}')}\n")
        if result is not None and result.lower_bound is not None and result.routes:
            by = result.cost.by
            first = result.routes[0]
            best = first.hours if by == "hours" else first.duration(result.cost.hours_per_week)
            unit = tr("unit_hours" if by == "hours" else "unit_years", lang)
            bound = f"{result.lower_bound:.2f}"
            text = tr("search_bound", lang, bound=bound, unit=unit, best=f"{best:.2f}")
            sys.stderr.write(f"note: {text}\n")


@app.command("next", help=h("help_next"))
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
    from ecareer.advise.levels import for_person
    from ecareer.advise.nextmoves import next_moves

    s = settings(data, overlay, lang, json)
    ds = s.dataset()
    who = origin_of(s, ds, start, profile)
    ds = for_person(ds, who.levels)  # any-of requirements: the person's choice
    moves = next_moves(ds, who)

    if s.json:
        from ecareer.render import jsonout

        jsonout.emit(jsonout.next_moves(ds, who.role, moves))
    else:
        from ecareer.render import tables
        from ecareer.render.i18n import tr

        src = (
            tables.role_name(ds, who.role, s.lang)
            if who.role
            else (who.profile_name or tr("you", s.lang))
        )
        tables.next_moves(ds, src, moves, s.lang)
