"""``rasd eval``: score the extractor (and linker) against a gold directory."""

from __future__ import annotations

import json

import click


class _UnusableInput(click.ClickException):
    # Exit 2 for input that cannot be scored; 0 is kept for any completed run, whatever
    # the scores (they are information, not a pass/fail test).
    exit_code = 2


@click.command("eval")
@click.option("--gold", "gold_dir", required=True, metavar="DIR",
              help="Folder with articles.jsonl, gold.jsonl and optionally incidents.json.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object with every number.")
@click.option("--misses", default=30, show_default=True, type=click.IntRange(min=0),
              help="How many missed and false-positive figures to list (each).")
@click.option("--article", "article_id", metavar="ID", help="Score only this article.")
@click.option("--ids", "id_globs", metavar="GLOB", multiple=True,
              help="Score only articles whose id matches (shell pattern; repeatable), "
                   "e.g. 'corpus-*'. Prefix with ! to leave matching articles out.")
def eval_cmd(gold_dir: str, as_json: bool, misses: int, article_id: str | None,
             id_globs: tuple[str, ...]) -> None:
    """Score extraction and linking against your own annotated articles.

    The gold format and every number are explained in docs/eval.md.

    \b
    Examples:
      rasd eval --gold my-annotations/
      rasd eval --gold my-annotations/ --article a-017 --misses 100
      rasd eval --gold my-annotations/ --json > scores.json
      rasd eval --gold dev/ --ids 'corpus-*'       only the articles added last
      rasd eval --gold dev/ --ids '!corpus-*'      all the others
    """
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
    for w in gs.warnings:
        click.echo(f"warning: {w}", err=True)
    result = evaluate(gs, misses=misses)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(render(result))


def register(main: click.Group) -> None:
    main.add_command(eval_cmd)
