"""``rasd extract``, ``rasd ingest``, ``rasd claims``, ``rasd search``: reading articles,
extracting claims, and looking at what was stored."""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any, Callable, Iterator

import click

from rasd.cli.output import (
    ArticleProgress, Progress, db_option, echo_json, echo_note, echo_page_note, echo_problem,
    evidence_text, filter_options, format_claimant, format_date, format_figures, format_place,
    open_db, print_table,
)
from rasd.store.filters import CLAIM_FILTERS
from rasd.core.models import Article, Claim, Extraction

# -- reading inputs ----------------------------------------------------------------------

_CSV_FIELDS = ("text", "title", "date", "source", "url", "id")


def csv_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name in reversed(_CSV_FIELDS):
        f = click.option(f"--csv-{name}", f"csv_{name}", metavar="COLUMN",
                         help=f"CSV column holding the article {name}.")(f)
    return f


def date_order_option(help_prefix: str = "") -> Callable[..., Any]:
    """``--date-order auto|dmy|mdy``: how numeric metadata dates ("4/5/17") are written."""
    return click.option(
        "--date-order", type=click.Choice(["auto", "dmy", "mdy"]), default="auto", show_default=True,
        help=help_prefix + "How numeric dates in the input's metadata are written: dmy (4/5/17 is "
             "4 May), mdy (5 April, as FA-KES and other US-made sheets write them); auto = month "
             "first in a CSV with FA-KES's columns, else day first.")


def _csv_map(opts: dict[str, Any]) -> Any:
    given = {k: opts.get(f"csv_{k}") for k in _CSV_FIELDS if opts.get(f"csv_{k}")}
    if not given:
        return None
    from rasd.ingest import CsvMapping

    try:
        return CsvMapping(**given)
    except (TypeError, ValueError) as e:
        raise click.UsageError(f"CSV column options: {e}") from None


def _read(paths: list[str], csv_map: Any, progress: Progress,
          date_order: str = "auto") -> tuple[Any, Iterator[Article]]:
    try:
        from rasd.ingest import IngestReport, read_paths
    except ImportError as e:  # the ingest stage is optional for the query commands
        raise click.ClickException(f"reading articles is unavailable: {e}") from None

    report = IngestReport(
        on_problem=lambda p: echo_problem(p.origin, p.message, p.failed, progress=progress,
                                          warning=p.warning))
    return report, read_paths(paths, report=report, csv_map=csv_map, date_order=date_order)


# -- extract -----------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one {article, claims} per article.")
@csv_options
@date_order_option()
def extract_cmd(paths: tuple[str, ...], as_json: bool, date_order: str, **opts: Any) -> None:
    """Extract casualty claims from articles and print them (no database).

    PATH is a file (.txt, .html, .json, .jsonl, .csv), a folder, or - for stdin.

    \b
    Examples:
      rasd extract article.txt
      rasd extract news/ --json > claims.jsonl
      rasd extract feed.csv --csv-text body --csv-date day --json
      rasd extract us-sheet.csv --date-order mdy
    """
    from rasd.service import extract_one

    progress = Progress(enabled=False)  # output streams to stdout as it goes
    report, articles = _read(list(paths), _csv_map(opts), progress, date_order)
    n_claims = failed = 0
    for article in articles:
        ex = extract_one(article)
        if ex.error is not None:
            failed += 1
            echo_problem(article.origin or article.id, ex.error, progress=progress)
            continue
        n_claims += len(ex.claims)
        if as_json:
            echo_json(Extraction(article, ex.claims).to_dict())
        else:
            _print_extraction(article, ex.claims)
    echo_note(f"read {report.read}, skipped {report.skipped}, "
              f"failed {report.failed + failed}; claims {n_claims}")
    if report.failed or failed:
        raise SystemExit(1)


def _print_extraction(article: Article, claims: list[Claim]) -> None:
    head = " | ".join(x for x in (article.id, article.source, article.published, article.title) if x)
    click.echo(f"== {head}")
    if not claims:
        click.echo("   (no casualty claims)\n")
        return
    print_table(
        ["#", "claimant", "figures", "place", "date", "evidence"],
        [[i, format_claimant(c), format_figures(c.figures), format_place(c.place),
          format_date(c.date), evidence_text(c)] for i, c in enumerate(claims)],
        max_widths=[None, 30, 40, 30, 21, None], wrapping=[5],
    )
    click.echo()


# -- ingest ------------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@db_option
@click.option("--samples", is_flag=True, help="Also ingest the sample articles bundled with rasd.")
@click.option("--no-link", is_flag=True, help="Store claims but do not link them into incidents.")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Extract on a local Dask cluster of N worker processes (needs rasd[dask]); "
                   "this process stores and links.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on an existing Dask cluster (tcp://host:8786) whose workers have "
                   "this rasd installed; this process stores and links.")
@csv_options
@date_order_option()
def ingest(paths: tuple[str, ...], db: str, samples: bool, no_link: bool, workers: int | None,
           scheduler: str | None, date_order: str, **opts: Any) -> None:
    """Read articles into the database, extract their claims and link them into incidents.

    Articles already stored (same content) are skipped, so re-running is safe. Each article
    is stored with its claims in one transaction; an article whose extraction failed is
    kept with its error and retried by the next ingest, and articles left unlinked by an
    interrupted run (or --no-link) are linked by the next one.

    With --workers or --scheduler, extraction (and the assessment of what linking changed)
    runs on a Dask cluster; this process stores the results as they arrive, in the input's
    order, and links. A worker that dies has its work redone.

    \b
    Examples:
      rasd ingest --samples              try rasd on the bundled sample articles
      rasd ingest news/ --db syria.db
      rasd ingest news/ --db postgresql://rasd@localhost/rasd
      rasd ingest archive/ --workers 8   extraction on 8 local processes
      rasd ingest archive/ --scheduler tcp://10.0.0.5:8786
      rasd ingest feed.csv --csv-text body --csv-title headline --csv-date day
    """
    from rasd.service import ingest_articles

    if workers and scheduler:
        raise click.UsageError("give --workers or --scheduler, not both")
    inputs = list(paths)
    if samples:
        from rasd.ingest import sample_paths

        inputs += [str(p) for p in sample_paths()]
    if not inputs:
        raise click.UsageError("give at least one PATH (or --samples)")
    csv_map = _csv_map(opts)
    store = open_db(db, create=True)
    progress = ArticleProgress()
    batches = Progress("assessment batches")

    def assessing(counts: Any, left: int) -> None:
        batches.tick(f", {counts.articles} articles, {left} queued")

    try:
        report, articles = _read(inputs, csv_map, progress, date_order)
        with runner_for(workers, scheduler, progress) as run:
            result = ingest_articles(store, articles, link=not no_link, on_article=progress.article,
                                     on_assess=assessing, **run)
    finally:
        store.close()
    batches.clear()
    retried = f", retried {result.retried}" if result.retried else ""
    echo_note(f"read {report.read}, new {result.new}, duplicates {result.duplicates}, "
              f"skipped {report.skipped}, failed {report.failed + len(result.failed)}{retried}; "
              f"claims {result.claims}", progress=progress)
    if result.link_error:
        echo_problem(None, result.link_error)
    elif result.linked_articles:
        echo_note(f"linked {result.linked_articles} articles; incidents: "
                  + ", ".join(f"{k} {v}" for k, v in result.link.items()))
    if result.assess_error:
        echo_problem(None, result.assess_error)
    elif result.assessed and (result.assessed.incidents or result.assessed.articles):
        a = result.assessed
        echo_note(f"assessed: incidents {a.incidents}, cumulative periods {a.periods}, "
                  f"articles {a.articles}")
    if result.seconds:
        echo_note("time: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.seconds.items())
                  + f" (CPU of this process {time.process_time():.1f} s)")
    if report.failed or result.failed or result.link_error or result.assess_error:
        raise SystemExit(1)


#: Articles per transaction when workers extract: the one writer must keep up with them.
STORE_BATCH = 128


@contextmanager
def runner_for(workers: int | None, scheduler: str | None,
               progress: Progress | None = None) -> Iterator[dict[str, Any]]:
    """Where extraction and assessment run, as ``ingest_articles`` keywords: this process,
    or a Dask cluster (failing in one line)."""
    if not workers and not scheduler:
        yield {}
        return
    from rasd.service.cluster import ClusterError, dask_cluster

    try:
        with dask_cluster(workers=workers, scheduler=scheduler) as run:
            yield {"extractor": run.extract, "mapper": run.map, "batch": STORE_BATCH}
    except ClusterError as e:  # raised while starting or connecting, before any work is sent
        if progress is not None:
            progress.clear()
        raise click.ClickException(str(e)) from None


# -- claims ------------------------------------------------------------------------------


@click.command()
@db_option
@filter_options(CLAIM_FILTERS)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many claims.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one claim per line.")
def claims(db: str, as_json: bool, limit: int | None, offset: int, **filters: Any) -> None:
    """List stored claims, oldest first (claim date, else the article's date).

    A date in parentheses is the article's publication day: the claim states none.

    \b
    Examples:
      rasd claims --claimant sohr --since 2018-02 --until 2018-02
      rasd claims --governorate idlib --kind killed --json | jq .figures
    """
    from rasd.store import ClaimFilter

    flt = ClaimFilter(**filters, limit=limit, offset=offset)
    store = open_db(db)
    try:
        found = store.claims(flt)
        total = store.count_claims(flt) if limit is not None or offset else len(found)
    finally:
        store.close()
    if as_json:
        for sc in found:
            echo_json({"article_id": sc.article_id, "claim_index": sc.claim_index,
                       "source": sc.source, "published": sc.published, **sc.claim.to_dict()})
    elif found:
        print_table(
            ["date", "article", "claimant", "event", "figures", "place", "evidence"],
            [[format_date(sc.claim.date) if sc.claim.date else f"({sc.published or '-'})",
              f"{sc.article_id}#{sc.claim_index}", format_claimant(sc.claim), sc.claim.event_type,
              format_figures(sc.claim.figures), format_place(sc.claim.place), evidence_text(sc.claim)]
             for sc in found],
            max_widths=[21, 30, 28, 10, 36, 28, None], wrapping=[6], keep=[1],
            legend=["date: the claim's own date; (in parentheses) the article's publication day when "
                    "the claim states none. article: article id#claim index (rasd claims --article ID)."],
        )
    echo_page_note("claims", len(found), total, offset)


# -- search ------------------------------------------------------------------------------


@click.command()
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one article per line.")
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search of article titles and texts.

    Spelling variants (أ/إ/ا, ة/ه, ى/ي, diacritics) and attached و/ف/ب/ل/ك are ignored,
    so "دير الزور" also finds "بدير الزور". All words must occur; quote a phrase to keep
    its words together.

    \b
    Examples:
      rasd search "دير الزور"
      rasd search '"ريف حلب" غارة' --json
    """
    store = open_db(db)
    try:
        hits = store.search(query, limit=limit)
    finally:
        store.close()
    if as_json:
        for h in hits:
            echo_json(asdict(h))
    elif hits:
        from rasd.display import display_title, outlet_name

        print_table(["article", "published", "outlet", "title", "snippet"],
                    [[h.article_id, h.published or "-", outlet_name(h.source) or "-",
                      display_title(h.title, h.snippet) or "-", h.snippet] for h in hits],
                    max_widths=[24, 10, 18, 40, None], wrapping=[4], keep=[0])
    if not hits:
        echo_note("no articles match")


def register(main: click.Group) -> None:
    main.add_command(extract_cmd, name="extract")
    main.add_command(ingest)
    main.add_command(claims)
    main.add_command(search)
