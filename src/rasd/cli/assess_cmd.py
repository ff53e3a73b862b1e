"""``rasd assess``: how each article's figures stand against the other independent sources,
incident grades, and outlets' records (docs/assess.md)."""

from __future__ import annotations

from typing import Any

import click

from rasd.cli.output import (Progress, db_option, echo_json, echo_note, echo_page_note, open_db,
                             print_table)


def assess_pending(store: Any, quiet: bool = False) -> bool:
    """Re-assess what linking changed (the store queues it). Returns False, after saying
    so in one line, when assessment failed: the claims and incidents are stored anyway."""
    from rasd.assess import refresh

    progress = Progress("batches") if not quiet else None

    def tick(counts: Any, left: int) -> None:
        if progress is not None:
            progress.tick(f", {counts.articles} articles, {left} queued")

    try:
        counts = refresh(store, progress=tick)
    except Exception as e:  # the data is stored; assessment can be re-run with rasd assess
        echo_note(f"error: assessment failed ({type(e).__name__}: {e}); run `rasd assess` again",
                  progress=progress)
        return False
    if counts.incidents or counts.articles:
        if not quiet:
            echo_note(f"assessed: incidents {counts.incidents}, cumulative periods {counts.periods}, "
                      f"articles {counts.articles}", progress=progress)
    return True


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.0f}%" if d else "-"


def _score(s: float | None) -> str:
    return "-" if s is None else f"{s:.2f}"


def _standings_table(standings: list[Any], with_article: bool = False) -> None:
    lead = ["article"] if with_article else []
    print_table(lead + ["claim", "kind", "says", "standing", "reason"],
                [([f.article_id] if with_article else []) +
                 [f.claim_index, f.kind, f.stated, f.standing.replace("_", " "), f.reason]
                 for f in standings], wrapping=[len(lead) + 4], keep=[0] if with_article else [])


def _view(read: Any, what: str) -> Any:
    from rasd.assess.read import NotAssessed, NotFound

    try:
        return read()
    except NotFound as e:
        raise click.ClickException(f"{e} (see `rasd {what}`)") from None
    except NotAssessed as e:
        raise click.ClickException(f"{e}; run `rasd assess`") from None


def _show_article(store: Any, article_id: str, as_json: bool) -> None:
    from rasd.assess.read import article_view

    found = _view(lambda: article_view(store, article_id), "claims")
    if as_json:
        echo_json(found.to_dict())
        return
    click.echo(f"{article_id} ({found.source or 'unknown outlet'}, {found.published or 'undated'})")
    click.echo(f"{found.explanation}\n")
    if found.standings:
        _standings_table(found.standings)


def _show_incident(store: Any, incident_id: str, as_json: bool) -> None:
    from rasd.assess.read import incident_view

    a = _view(lambda: incident_view(store, incident_id), "incidents")
    if as_json:
        echo_json(a.to_dict())
        return
    click.echo(f"{incident_id}: {a.grade.replace('_', ' ')} — {a.reason}\n")
    _standings_table(a.figures, with_article=True)


def _show_outlets(store: Any, bucket: str, source: str | None, as_json: bool) -> None:
    rows = store.outlet_record(bucket, source)
    if as_json:
        for r in rows:
            echo_json(r)
        return
    print_table(["outlet", bucket, "articles", "figures", "checked", "consist.", "higher", "lower",
                 "contra.", "above", "below", "scored", "mean"],
                [[r["source"] or "?", r["period"] or "?", r["articles"], r["figures"],
                  f"{r['checked']} ({_pct(r['checked'], r['figures'])})", r["consistent"], r["higher"],
                  r["lower"], r["contradicted"], r["above"], r["below"], r["scored"],
                  _score(r["mean_score"])] for r in rows], keep=[0, 1],
                legend=["Counts of figures. checked: compared with an independent source; "
                        "consist./higher/lower/contra.: their standings; above/below: checked figures "
                        "above or below the median of the independent sources; scored, mean: articles "
                        "with a score and their mean. A description of the record, not a score input."])


def _list_articles(store: Any, source: str | None, limit: int, offset: int, as_json: bool) -> None:
    found = sorted(store.article_assessments().values(),
                   key=lambda a: (a.source or "", a.published or "", a.article_id))
    if source is not None:
        found = [a for a in found if a.source == source]
    scored = sum(1 for a in found if a.score is not None)
    no_figures = sum(1 for a in found if a.figures == 0)
    page = found[offset:offset + limit] if limit else found[offset:]
    if as_json:
        for a in page:
            echo_json(a.to_dict())
    else:
        print_table(["article", "outlet", "published", "score", "checked", "explanation"],
                    [[a.article_id, a.source or "-", a.published or "-", _score(a.score),
                      f"{a.checked}/{a.figures}", a.explanation] for a in page],
                    max_widths=[None, 20, 10, 5, 7, None], wrapping=[5], keep=[0])
        echo_page_note("articles", len(page), len(found), offset)
    echo_note(f"{len(found)} articles: {scored} with a score, {len(found) - scored - no_figures} "
              f"with figures but no comparable source, {no_figures} with no figures")


@click.command()
@click.argument("article_id", required=False)
@db_option
@click.option("--incident", "incident_id", metavar="ID", help="One incident's grade and its figures' standings.")
@click.option("--outlets", is_flag=True, help="Each outlet's record: its figures' standings per period.")
@click.option("--bucket", type=click.Choice(["year", "month"]), default="year", show_default=True,
              help="Period of --outlets rows (by publication day).")
@click.option("--source", metavar="OUTLET", help="Only this outlet's articles (or record).")
@click.option("--rebuild", is_flag=True, help="Assess everything again, not only what changed.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many articles listed (0: all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines (one object per article, incident or row).")
def assess(article_id: str | None, db: str, incident_id: str | None, outlets: bool, bucket: str,
           source: str | None, rebuild: bool, limit: int, offset: int, as_json: bool) -> None:
    """How each article's figures stand against the other independent sources.

    Every figure is consistent, higher, lower, contradicted (incompatible ranges) or sole
    source against the independent claims of its incident (syndicated copies and the same
    claimant quoted twice count once). An article's score in [0, 1] is built from its
    figures' standings and how many could be checked; never from its outlet. Articles with
    no comparable source get no score and say so. Rules: docs/assess.md.

    Brings stored assessments up to date first (only what changed since the last run;
    --rebuild for everything).

    \b
    Examples:
      rasd assess                        every article: score and explanation
      rasd assess 1923848235             one article, figure by figure
      rasd assess --incident inc-1a2b3c  an incident's grade: confirmed, single source, contested
      rasd assess --outlets --bucket month --source sana
    """
    store = open_db(db)
    try:
        if rebuild:
            store.queue_all_assessments()
        if not assess_pending(store):
            raise SystemExit(1)
        if article_id is not None:
            _show_article(store, article_id, as_json)
        elif incident_id is not None:
            _show_incident(store, incident_id, as_json)
        elif outlets:
            _show_outlets(store, bucket, source, as_json)
        else:
            _list_articles(store, source, limit, offset, as_json)
    finally:
        store.close()


def register(main: click.Group) -> None:
    main.add_command(assess)
