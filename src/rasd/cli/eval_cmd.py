"""``rasd eval``: score the extractor (and linker) against a gold directory, or against an
article-level coding sheet (one row per article with killed counts per group)."""

from __future__ import annotations

import json
from typing import Any, Callable

import click

from rasd.cli.extract_cmds import _CSV_FIELDS, _csv_map, csv_options, date_order_option

_CODED_FIELDS = {"civilians": "civilians killed", "noncivilians": "non-civilians killed",
                 "children": "children killed", "women": "women killed",
                 "governorate": "governorate (or location)", "actor": "actor (perpetrator)",
                 "cause": "cause of death (event type)"}


class _UnusableInput(click.ClickException):
    # Exit 2 for input that cannot be scored; 0 is kept for any completed run, whatever
    # the scores (they are information, not a pass/fail test).
    exit_code = 2


def _coded_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for name, what in reversed(_CODED_FIELDS.items()):
        f = click.option(f"--csv-{name}", f"csv_{name}", metavar="COLUMN",
                         help=f"With --articles: the column coding {what}.")(f)
    return f


@click.command("eval")
@click.option("--gold", "gold_dir", metavar="DIR",
              help="Folder with articles.jsonl, gold.jsonl and optionally incidents.json.")
@click.option("--articles", "sheet", metavar="CSV",
              help="A coding sheet with one row per article: its text and the killed counts per "
                   "group, governorate, actor, cause (FA-KES's columns are understood).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object with every number.")
@click.option("--misses", default=30, show_default=True, type=click.IntRange(min=0),
              help="How many missed and false-positive figures (with --articles: disagreements "
                   "per field) to list.")
@click.option("--article", "article_id", metavar="ID", help="Score only this article.")
@click.option("--ids", "id_globs", metavar="GLOB", multiple=True,
              help="Score only articles whose id matches (shell pattern; repeatable), "
                   "e.g. 'corpus-*'. Prefix with ! to leave matching articles out.")
@csv_options
@_coded_options
@date_order_option("With --articles: ")
@click.option("--zero-counts", is_flag=True,
              help="With --articles: a count of 0 means nobody of that group was killed (by default "
                   "0 means not stated and is not scored).")
@click.option("--crosswalk", metavar="TSV",
              help="With --articles: your own 'field<TAB>category<TAB>codebook ids' rows, read after "
                   "rasd's (data/crosswalks/vdc.tsv).")
def eval_cmd(gold_dir: str | None, sheet: str | None, as_json: bool, misses: int, article_id: str | None,
             id_globs: tuple[str, ...], date_order: str, zero_counts: bool, crosswalk: str | None,
             **columns: Any) -> None:
    """Score extraction against your own annotated articles (--gold) or against a sheet
    that codes each article's main incident (--articles).

    The gold format, the sheet's columns, the rule that picks rasd's figure for an article,
    and every number are explained in docs/eval.md.

    \b
    Examples:
      rasd eval --gold my-annotations/
      rasd eval --gold my-annotations/ --article a-017 --misses 100
      rasd eval --gold my-annotations/ --json > scores.json
      rasd eval --gold dev/ --ids 'corpus-*'       only the articles added last
      rasd eval --gold dev/ --ids '!corpus-*'      all the others
      rasd eval --articles fakes.csv               FA-KES's columns, found by name
      rasd eval --articles ngo.csv --csv-text body --csv-civilians killed_civ --csv-governorate gov
    """
    if (gold_dir is None) == (sheet is None):
        raise click.UsageError("give either --gold DIR or --articles CSV")
    sheet_only = {k: v for k, v in columns.items() if v} | \
        ({"date_order": date_order} if date_order != "auto" else {}) | \
        ({"zero_counts": True} if zero_counts else {}) | ({"crosswalk": crosswalk} if crosswalk else {})
    if gold_dir is not None:
        if sheet_only:
            names = ", ".join("--" + k.replace("_", "-") for k in sheet_only)
            raise click.UsageError(f"{names} only apply with --articles")
        _eval_gold(gold_dir, as_json, misses, article_id, id_globs)
    else:
        _eval_sheet(sheet, columns, as_json, misses, article_id, id_globs, date_order, zero_counts,
                    crosswalk)


def _eval_gold(gold_dir: str, as_json: bool, misses: int, article_id: str | None,
               id_globs: tuple[str, ...]) -> None:
    from rasd.eval import GoldError, evaluate, id_filter, load_gold
    from rasd.eval.report import render

    try:
        gs = load_gold(gold_dir)
        if article_id is not None:
            gs = gs.restrict(article_id)
        if id_globs:
            gs = gs.subset(id_filter(id_globs))
    except GoldError as e:
        raise _UnusableInput(str(e)) from None
    if not gs.articles:
        raise _UnusableInput(f"{gold_dir}: gold.jsonl annotates no article")
    _finish(gs.warnings, lambda: evaluate(gs, misses=misses), render, as_json)


def _eval_sheet(path: str, columns: dict[str, Any], as_json: bool, misses: int, article_id: str | None,
                id_globs: tuple[str, ...], date_order: str, zero_counts: bool, crosswalk: str | None) -> None:
    from rasd.eval import id_filter
    from rasd.eval.article_report import render_articles
    from rasd.eval.articles import evaluate_articles
    from rasd.eval.coded import CodedError, Crosswalk, load_sheet

    coded = {k: columns[f"csv_{k}"] for k in _CODED_FIELDS if columns.get(f"csv_{k}")}
    try:
        sheet = load_sheet(path, _csv_map({k: columns.get(f"csv_{k}") for k in _CSV_FIELDS}), coded,
                           date_order, zero_counts, Crosswalk(crosswalk))
    except CodedError as e:
        raise _UnusableInput(str(e)) from None
    if article_id is not None:
        if article_id not in {r.article.id for r in sheet.rows}:
            raise _UnusableInput(f"{path}: no article {article_id!r}")
        sheet = sheet.subset(lambda aid: aid == article_id)
    if id_globs:
        sheet = sheet.subset(id_filter(id_globs))
    if not sheet.rows:
        raise _UnusableInput(f"{path}: no article matches --ids")
    _finish(sheet.warnings, lambda: evaluate_articles(sheet, misses=misses), render_articles, as_json)


def _finish(warnings: list[str], run: Callable[[], dict[str, Any]], render: Callable[[dict[str, Any]], str],
            as_json: bool) -> None:
    """Warnings on stderr first (before a long run), then the scores."""
    for w in warnings:
        click.echo(f"warning: {w}", err=True)
    result = run()
    click.echo(json.dumps(result, ensure_ascii=False) if as_json else render(result))


def register(main: click.Group) -> None:
    main.add_command(eval_cmd)
