"""Agreement with an article-level coding sheet (``rasd eval --articles CSV``; docs/eval.md).

Every article of the sheet is extracted; ``article_pick`` says which claim and figure stand
for each coded field; this module counts agreement per field and lists the disagreements.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from rasd.eval.article_pick import Reading, category_reading, count_reading, main_claims, stated_anywhere
from rasd.eval.coded import CATEGORY_FIELDS, COUNT_FIELDS, CodedArticle, CodedSheet
from rasd.eval.run import Extractor, default_extractor, predict
from rasd.core.models import Claim

_CONFUSIONS = 8  # most frequent sheet -> rasd pairs shown per category field


def _count_field(fld: str, rows: list[CodedArticle], pred: dict[str, list[Claim]],
                 out: list[dict[str, Any]]) -> dict[str, Any]:
    n = agree = anywhere = missing = 0
    zero_but_number = 0
    for r in rows:
        claims = pred[r.article.id]
        reading = count_reading(main_claims(claims), fld)
        if fld not in r.counts:
            if fld in r.zeros and reading.value:
                zero_but_number += 1
            continue
        want = r.counts[fld]
        n += 1
        # with --zero-counts a 0 agrees with rasd finding no figure of the group
        if reading.value == want or (want == 0 and reading.stated is None):
            agree += 1
            anywhere += 1
            continue
        if want and stated_anywhere(claims, fld, want):
            anywhere += 1
        if reading.value is None and reading.stated is None:
            missing += 1
        out.append(_disagreement(r, fld, want, reading.value, reading))
    return {"n": n, "agree": agree, "rate": _rate(agree, n), "stated_anywhere": anywhere,
            "no_figure": missing, "sheet_zero_rasd_number": zero_but_number}


def _category_field(fld: str, rows: list[CodedArticle], pred: dict[str, list[Claim]],
                    out: list[dict[str, Any]]) -> dict[str, Any]:
    n = agree = missing = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for r in rows:
        if fld not in r.categories:
            continue
        value, ids = r.categories[fld]
        claims = pred[r.article.id]
        reading = category_reading(main_claims(claims), claims, fld)
        n += 1
        if reading.value in ids:
            agree += 1
            continue
        if reading.value is None:
            missing += 1
        confusions[(" ".join(value.lower().split()), reading.value or "unknown")] += 1
        out.append(_disagreement(r, fld, value, reading.value, reading))
    return {"n": n, "agree": agree, "rate": _rate(agree, n), "no_value": missing,
            "confusions": [{"sheet": s, "rasd": p, "count": c} for (s, p), c in confusions.most_common(_CONFUSIONS)]}


def _disagreement(r: CodedArticle, fld: str, want: Any, got: Any, reading: Reading) -> dict[str, Any]:
    return {"article_id": r.article.id, "field": fld, "sheet": want, "rasd": got, "stated": reading.stated,
            "text": reading.text, "claim_index": reading.claim_index, "evidence": reading.evidence}


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 3) if n else None


def evaluate_articles(sheet: CodedSheet, extractor: Extractor | None = None,
                      misses: int | None = 30) -> dict[str, Any]:
    """Every number of ``rasd eval --articles`` as one JSON-ready dict; at most ``misses``
    disagreements listed per field."""
    t0 = time.perf_counter()
    articles = {r.article.id: r.article for r in sheet.rows}
    pred, errors = predict(articles, extractor or default_extractor())
    t_extract = time.perf_counter() - t0
    fields: dict[str, Any] = {}
    listed: list[dict[str, Any]] = []
    total = 0
    for fld in sheet.fields:
        rows_out: list[dict[str, Any]] = []
        if fld in COUNT_FIELDS:
            fields[fld] = _count_field(fld, sheet.rows, pred, rows_out)
        elif fld in CATEGORY_FIELDS:
            fields[fld] = _category_field(fld, sheet.rows, pred, rows_out)
        total += len(rows_out)
        listed += rows_out if misses is None else rows_out[:misses]
    return {
        "sheet": sheet.path,
        "articles": len(sheet.rows),
        "date_order": sheet.date_order,
        "articles_with_killed": sum(any(f.kind == "killed" for c in cl for f in c.figures) for cl in pred.values()),
        "pred_claims": sum(len(c) for c in pred.values()),
        "fields": fields,
        "disagreements": listed,
        "disagreements_total": total,
        "extract_errors": errors,
        "warnings": sheet.warnings,
        "skipped": sheet.skipped,
        "seconds": {"extract": round(t_extract, 3), "total": round(time.perf_counter() - t0, 3)},
    }
