"""Incident commands: ``rasd incidents``, ``rasd incident ID``, ``rasd link``, ``rasd export``."""

from __future__ import annotations

import sys
from typing import Any, Callable

import click

from rasd.cli.output import (db_option, echo_json, echo_note, echo_page_note, evidence_text,
                             filter_options, format_claimant, format_date, format_figures,
                             format_place, open_db, print_table)
from rasd.core.models import Incident


def incident_filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The incident filters shared by ``incidents`` and ``export`` (rasd.store.filters)."""
    from rasd.store.filters import INCIDENT_FILTERS

    return filter_options(INCIDENT_FILTERS)(f)


def _filter(limit: int | None, offset: int = 0, **filters: Any):
    from rasd.store import IncidentFilter

    return IncidentFilter(**filters, limit=limit, offset=offset)


def _killed(inc: Incident) -> str:
    f = inc.figures.get("killed")
    if f is None:
        return "-"
    vals = [f.low, f.best, f.high]
    return "/".join("?" if v is None else str(v) for v in vals)


@click.command()
@db_option
@incident_filter_options
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many incidents (0: all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one incident per line.")
def incidents(db: str, limit: int, offset: int, as_json: bool, **filters: Any) -> None:
    """List incidents (claims linked into events), newest first.

    killed shows low/best/high as reconciled across independent claimants.

    \b
    Examples:
      rasd incidents --governorate deir_ez_zor --since 2018-02
      rasd incidents --perpetrator coalition --min-killed 10 --json
    """
    flt = _filter(limit or None, offset, **filters)
    store = open_db(db)
    try:
        found = store.incidents(flt)
        total = store.count_incidents(flt) if limit or offset else len(found)
    finally:
        store.close()
    if as_json:
        for inc in found:
            echo_json(inc.to_dict())
    elif found:
        print_table(["id", "date", "event", "perpetrator", "victims", "place", "killed l/b/h",
                     "src", "claimants", "!"],
                    [[i.id, format_date(i.date) if i.date else
                      (f"reported {i.reported.start}" if i.reported else "-"), i.event_type, i.perpetrator, i.victims,
                      format_place(i.place), _killed(i), i.sources, i.claimants,
                      len(i.contradictions) or ""] for i in found],
                    max_widths=[20, 21, 10, 12, 12, None, 14, 4, 9, 3], wrapping=[5], keep=[0],
                    legend=["killed l/b/h: reconciled low/best/high killed (? = not stated). "
                            "src: independent sources (syndicated copies count once). claimants: "
                            "distinct claimants. !: contradictions between claimants "
                            "(rasd incident ID shows them). date: the event's days; "
                            "'reported YYYY-MM-DD' when no claim dates the event."])
    echo_page_note("incidents", len(found), total, offset)


@click.command()
@click.argument("incident_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The incident, its claims and history as one JSON object.")
def incident(incident_id: str, db: str, as_json: bool) -> None:
    """One incident: every claim side by side, reconciled figures, contradictions, history."""
    from rasd.display import outlet_name
    from rasd.store import ClaimFilter

    store = open_db(db)
    try:
        inc = store.get_incident(incident_id)
        if inc is None:
            raise click.ClickException(f"no incident {incident_id!r} (see `rasd incidents`)")
        by_article: dict[str, list] = {}
        for r in inc.claims:
            if r.article_id not in by_article:
                by_article[r.article_id] = store.claims(ClaimFilter(article_id=r.article_id, limit=None))
        wanted = {(r.article_id, r.claim_index) for r in inc.claims}
        members = [sc for scs in by_article.values() for sc in scs
                   if (sc.article_id, sc.claim_index) in wanted]
        events = store.link_events(incident_id)
    finally:
        store.close()
    if as_json:
        echo_json(inc.to_dict() | {
            "claims_detail": [{"article_id": sc.article_id, "claim_index": sc.claim_index,
                               "source": sc.source, "published": sc.published, **sc.claim.to_dict()}
                              for sc in members],
            "history": [{"kind": e.kind, "incident_id": e.incident_id, "other_ids": e.other_ids,
                         "detail": e.detail, "at": e.at} for e in events]})
        return
    click.echo(f"{inc.id}: {inc.event_type} by {inc.perpetrator} on {inc.victims}, "
               f"{format_place(inc.place)}, {format_date(inc.date)}")
    click.echo(f"{inc.sources} independent source(s), {inc.claimants} claimant(s)\n")
    print_table(["claimant", "figures", "date", "place", "outlet", "quote"],
                [[format_claimant(sc.claim), format_figures(sc.claim.figures),
                  format_date(sc.claim.date) if sc.claim.date else f"({sc.published or '-'})",
                  format_place(sc.claim.place), outlet_name(sc.source) or "-", evidence_text(sc.claim)]
                 for sc in members],
                max_widths=[28, 36, 21, 28, 18, None], wrapping=[5],
                legend=["date in parentheses: the article's publication day (the claim states none)."])
    if inc.figures:
        click.echo("")
        print_table(["kind", "low", "best", "high", "by claimant"],
                    [[k, f.low, f.best, f.high, "; ".join(f"{c} {v}" for c, v in f.by_claimant.items())]
                     for k, f in inc.figures.items()],
                    max_widths=[10, 8, 8, 8, None], wrapping=[4])
    if inc.contradictions:
        click.echo("\ncontradictions:")
        for c in inc.contradictions:
            click.echo(f"  {c}")
    if events:
        click.echo("\nhistory:")
        for e in events:
            other = f" ({', '.join(e.other_ids)})" if e.other_ids else ""
            click.echo(f"  {e.at or '-'}  {e.kind} {e.incident_id}{other}  {e.detail}")


@click.command()
@db_option
@click.option("--rebuild", is_flag=True,
              help="Forget stored incidents and their ids; link from scratch.")
def link(db: str, rebuild: bool) -> None:
    """Re-link every stored claim into incidents.

    Without --rebuild, incidents keep their ids where they survive; merges and splits
    are recorded in each incident's history (`rasd incident ID`).
    """
    from rasd.service import relink

    from rasd.cli.assess_cmd import assess_pending

    store = open_db(db)
    try:
        counts = relink(store, rebuild=rebuild)
        echo_note("incidents: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        assessed = assess_pending(store)
    finally:
        store.close()
    if not assessed:
        raise SystemExit(1)


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "geojson", "parquet", "acled", "ucdp"]),
              default="csv", show_default=True, help="Output format (columns: docs/incidents.md).")
@db_option
@click.option("--out", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write here instead of stdout.")
@incident_filter_options
@click.option("--limit", type=click.IntRange(min=0), default=0, help="At most this many incidents (0: all).")
def export_cmd(fmt: str, db: str, out: str | None, limit: int, **filters: Any) -> None:
    """Export incidents, oldest first: csv (every fact rasd holds), json, geojson, parquet,
    or tables with the columns of ACLED's and UCDP GED's codebooks.

    Every format dates an incident by its event days where a claim states them, else by the
    day it was first reported (csv/json say which: date_basis). UCDP GED holds fatal events
    only: incidents with no reported death are left out (counted on stderr).

    \b
    Examples:
      rasd export --format geojson --out incidents.geojson
      rasd export --format acled --governorate idlib --since 2018 > idlib.csv
      rasd export --format parquet --out incidents.parquet
    """
    from rasd.export import ExportUnavailable, export, export_store, unavailable

    if fmt == "parquet" and not out and sys.stdout.isatty():
        raise click.UsageError("Parquet is a binary format: give --out FILE (or redirect stdout)")
    if why := unavailable(fmt):
        raise click.ClickException(why)
    store = open_db(db)
    try:
        found, ctx = export_store(store, fmt, _filter(limit or None, **filters))
    finally:
        store.close()
    try:
        if out:
            with open(out, "wb") as fh:
                counts = export(fmt, found, fh, ctx)
        else:
            counts = export(fmt, found, sys.stdout.buffer, ctx)
            sys.stdout.buffer.flush()
    except ExportUnavailable as e:
        raise click.ClickException(str(e)) from None
    msg = f"{counts['written']} incidents written"
    if counts["omitted"]:
        why = "without a reported death (UCDP GED holds fatal events only)" if fmt == "ucdp" \
            else "without coordinates"
        msg += f"; {counts['omitted']} {why} omitted"
    echo_note(msg + (f" to {out}" if out else ""))


def register(main: click.Group) -> None:
    main.add_command(incidents)
    main.add_command(incident)
    main.add_command(link)
    main.add_command(export_cmd)
