"""One evaluation run: extract every gold article, score, link, collect into one dict."""

from __future__ import annotations

import time
from typing import Any, Callable, Mapping

from rasd.eval.gold import GoldSet
from rasd.eval.linking import Linker, link_end_to_end, link_gold_claims
from rasd.eval.score import score_extraction
from rasd.core.models import Article, Claim

Extractor = Callable[[Article], list[Claim]]


def default_extractor() -> Extractor:
    from rasd.extract import extract

    return extract


def _default_linker() -> Linker:
    from rasd.link import link_claims

    return link_claims


def predict(articles: Mapping[str, Article], extractor: Extractor) -> tuple[dict[str, list[Claim]], list[dict]]:
    """Predicted claims per article id, and the articles the extractor broke on."""
    pred: dict[str, list[Claim]] = {}
    errors: list[dict] = []
    for aid, article in articles.items():
        try:
            pred[aid] = list(extractor(article))
        except Exception as e:  # a crash is a result to report, and scores as no claims
            pred[aid] = []
            errors.append({"article_id": aid, "error": f"{type(e).__name__}: {e}"})
    return pred, errors


def _linking(gs: GoldSet, pred: dict[str, list[Claim]], alignment: dict[str, dict[int, int]],
             linker: Linker) -> dict[str, Any] | None:
    if gs.incidents is None:
        return None
    out: dict[str, Any] = {"gold_incidents": len(gs.incidents)}
    for name, run in (("gold_claims", lambda: link_gold_claims(gs, linker)),
                      ("end_to_end", lambda: link_end_to_end(gs, pred, alignment, linker))):
        try:
            out[name] = run()
        except Exception as e:  # the linker is someone else's code: report, go on
            out[name] = {"error": f"{type(e).__name__}: {e}"}
    return out


def evaluate(gs: GoldSet, extractor: Extractor | None = None, linker: Linker | None = None,
             misses: int | None = 30) -> dict[str, Any]:
    """Every number of ``rasd eval`` as one JSON-ready dict (misses cut to ``misses`` each)."""
    t0 = time.perf_counter()
    pred, errors = predict(gs.articles, extractor or default_extractor())
    t_extract = time.perf_counter() - t0
    score = score_extraction(gs.claims, pred)
    alignment = {aid: m.alignment for aid, m in score.matches.items()}
    linking = _linking(gs, pred, alignment, linker or _default_linker())
    return {
        "articles": len(gs.articles),
        "gold_claims": sum(len(c) for c in gs.claims.values()),
        "pred_claims": sum(len(c) for c in pred.values()),
        **score.to_dict(misses),
        "linking": linking,
        "extract_errors": errors,
        "gold_warnings": gs.warnings,
        "seconds": {"extract": round(t_extract, 3), "total": round(time.perf_counter() - t0, 3)},
    }
