"""``rasd extract``, ``rasd ingest``, ``rasd claims``, ``rasd search``: reading articles,
extracting claims, and looking at what was stored."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterator

import click

from rasd.cli.output import (
    Progress, codebook_choice, db_option, echo_json, echo_note, echo_page_note, echo_problem, evidence_text,
    format_claimant, format_date, format_figures, format_place, open_db, print_table,
    since_until_options,
)
from rasd.core.models import Article, Claim, Extraction

# -- reading inputs ----------------------------------------------------------------------

_CSV_FIELDS = ("text", "title", "date", "source", "url", "id")


def csv_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name in reversed(_CSV_FIELDS):
        f = click.option(f"--csv-{name}", f"csv_{name}", metavar="COLUMN",
                         help=f"CSV column holding the article {name}.")(f)
    return f


def _csv_map(opts: dict[str, Any]) -> Any:
    given = {k: opts.get(f"csv_{k}") for k in _CSV_FIELDS if opts.get(f"csv_{k}")}
    if not given:
        return None
    from rasd.ingest import CsvMapping

    try:
        return CsvMapping(**given)
    except (TypeError, ValueError) as e:
        raise click.UsageError(f"CSV column options: {e}") from None


@dataclass
class _Run:
    """Counts of one command run; ``failed`` makes the exit status 1."""

    new: int = 0
    duplicates: int = 0
    claims: int = 0
    extract_failed: int = 0


def _read(paths: list[str], csv_map: Any, progress: Progress) -> tuple[Any, Iterator[Article]]:
    try:
        from rasd.ingest import IngestReport, read_paths
    except ImportError as e:  # the ingest stage is optional for the query commands
        raise click.ClickException(f"reading articles is unavailable: {e}") from None

    report = IngestReport(
        on_problem=lambda p: echo_problem(p.origin, p.message, p.failed, progress=progress,
                                          warning=p.warning))
    return report, read_paths(paths, report=report, csv_map=csv_map)


def _extract(article: Article, run: _Run, progress: Progress) -> list[Claim] | None:
    """The article's claims, or None when the extractor broke on it (reported, counted)."""
    from rasd.extract import extract

    try:
        return extract(article)
    except Exception as e:  # one bad article must not stop a batch of thousands
        run.extract_failed += 1
        echo_problem(article.origin or article.id, f"extraction failed: {type(e).__name__}: {e}",
                     progress=progress)
        return None


# -- extract -----------------------------------------------------------------------------


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one {article, claims} per article.")
@csv_options
def extract_cmd(paths: tuple[str, ...], as_json: bool, **opts: Any) -> None:
    """Extract casualty claims from articles and print them (no database).

    PATH is a file (.txt, .html, .json, .jsonl, .csv), a folder, or - for stdin.

    \b
    Examples:
      rasd extract article.txt
      rasd extract news/ --json > claims.jsonl
      rasd extract feed.csv --csv-text body --csv-date day --json
    """
    progress = Progress(enabled=False)  # output streams to stdout as it goes
    report, articles = _read(list(paths), _csv_map(opts), progress)
    run = _Run()
    for article in articles:
        claims = _extract(article, run, progress)
        if claims is None:
            continue
        run.claims += len(claims)
        if as_json:
            echo_json(Extraction(article, claims).to_dict())
        else:
            _print_extraction(article, claims)
    echo_note(f"read {report.read}, skipped {report.skipped}, "
              f"failed {report.failed + run.extract_failed}; claims {run.claims}")
    if report.failed or run.extract_failed:
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
@csv_options
def ingest(paths: tuple[str, ...], db: str, samples: bool, no_link: bool, **opts: Any) -> None:
    """Read articles into the database, extract their claims and link them into incidents.

    Articles already stored (same content) are skipped, so re-running is safe.

    \b
    Examples:
      rasd ingest --samples              try rasd on the bundled sample articles
      rasd ingest news/ --db syria.db
      rasd ingest feed.csv --csv-text body --csv-title headline --csv-date day
    """
    inputs = list(paths)
    if samples:
        from rasd.ingest import sample_paths

        inputs += [str(p) for p in sample_paths()]
    if not inputs:
        raise click.UsageError("give at least one PATH (or --samples)")
    csv_map = _csv_map(opts)
    store = open_db(db, create=True)
    progress = Progress()
    run = _Run()
    new_ids: list[str] = []
    link_failed = False
    try:
        report, articles = _read(inputs, csv_map, progress)
        for article in articles:
            article_id, is_new = store.add_article(article)
            if not is_new:
                run.duplicates += 1
            else:
                run.new += 1
                new_ids.append(article_id)
                claims = _extract(article, run, progress)
                if claims is not None:
                    store.set_claims(article_id, claims)
                    run.claims += len(claims)
            progress.tick(f", {run.claims} claims")
        echo_note(f"read {report.read}, new {run.new}, duplicates {run.duplicates}, "
                  f"skipped {report.skipped}, failed {report.failed + run.extract_failed}; "
                  f"claims {run.claims}", progress=progress)
        if new_ids and not no_link:
            link_failed = not _link(store, new_ids)
    finally:
        store.close()
    if report.failed or run.extract_failed or link_failed:
        raise SystemExit(1)


def _link(store: Any, article_ids: list[str]) -> bool:
    from rasd.cli.assess_cmd import assess_pending
    from rasd.link import link_articles

    try:
        counts = link_articles(store, article_ids)
    except Exception as e:  # claims are stored already; say so instead of a traceback
        echo_problem(None, f"linking failed ({type(e).__name__}: {e}); claims are stored, "
                           "incidents not updated")
        return False
    if isinstance(counts, dict) and counts:
        echo_note("incidents: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return assess_pending(store)


# -- claims ------------------------------------------------------------------------------


@click.command()
@db_option
@since_until_options
@click.option("--governorate", type=codebook_choice("governorates"), metavar="ID",
              help="Governorate id, e.g. idlib, deir_ez_zor.")
@click.option("--claimant", type=codebook_choice("claimants"), metavar="ID",
              help="Who made the claim, e.g. sohr, sana, white_helmets.")
@click.option("--perpetrator", type=codebook_choice("actors"), metavar="ID",
              help="Actor held responsible, e.g. russia, coalition.")
@click.option("--victims", type=codebook_choice("actors"), metavar="ID",
              help="Who was hit, e.g. civilians, pro_gov.")
@click.option("--event-type", type=codebook_choice("event_types"), metavar="ID",
              help="e.g. airstrike, shelling, clashes.")
@click.option("--kind", type=codebook_choice("figure_kinds"), metavar="KIND",
              help="Claims with a figure of this kind: killed, injured, casualties, missing, detained.")
@click.option("--scope", type=codebook_choice("scopes"), metavar="SCOPE",
              help="incident or cumulative (totals over a period).")
@click.option("--article", "article_id", metavar="ID", help="Claims of one article.")
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
