"""Print one dev article with its gold claims and rasd's claims, for reading by eye.

    .venv/bin/python scripts/show_article.py ARTICLE_ID [--shared ../shared] [--no-text]
"""

from __future__ import annotations

import argparse

from rasd.core.models import Claim
from rasd.eval import load_gold
from rasd.extract import extract


def _line(c: Claim) -> str:
    figs = ", ".join(f"{f.kind} {f.group} {f.as_stated()}" for f in c.figures)
    d = f"{c.date.start}/{c.date.end}" if c.date else "-"
    return (f"{c.claimant}({c.claimant_text or ''}) {c.event_type} {c.perpetrator}→{c.victims} "
            f"@{c.place.name}/{c.place.governorate} {d} {c.scope} [{figs}]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("article_id")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--no-text", action="store_true")
    args = ap.parse_args()
    gs = load_gold(f"{args.shared}/data/dev").restrict(args.article_id)
    art = gs.articles[args.article_id]
    print(f"== {art.id} published {art.published} source {art.source}")
    if art.title:
        print(f"title: {art.title}")
    if not args.no_text:
        print(art.text)
    print("\n-- gold")
    for i, c in enumerate(gs.claims[art.id]):
        print(f"{i}: {_line(c)}\n    «{c.quote}»")
    print("\n-- rasd")
    for i, c in enumerate(extract(art)):
        print(f"{i}: {_line(c)}")
        for k, p in c.provenance.items():
            print(f"    {k}: {p.source} «{p.span.text if p.span else ''}»")


if __name__ == "__main__":
    main()
