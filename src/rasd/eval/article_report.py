"""The human-readable ``rasd eval --articles`` report, rendered from ``evaluate_articles``'s dict."""

from __future__ import annotations

from typing import Any

from rasd.eval.report import clip, num

LABELS = {"civilians": "civilians killed", "noncivilians": "non-civilians killed",
          "children": "children killed", "women": "women killed", "governorate": "governorate",
          "actor": "actor", "cause": "cause"}


def _field_line(name: str, f: dict[str, Any]) -> str:
    line = f"  {LABELS[name]:<22} {num(f['rate']):>6}  {f['agree']:>4} / {f['n']:<4}"
    if "stated_anywhere" in f:
        line += (f"  stated anywhere {f['stated_anywhere']}, no figure {f['no_figure']}, "
                 f"sheet 0 but rasd a number {f['sheet_zero_rasd_number']}")
    else:
        conf = ", ".join(f"{c['sheet']}→{c['rasd']} {c['count']}" for c in f["confusions"])
        line += f"  no value {f['no_value']}" + (f"; errors: {conf}" if conf else "")
    return line


def _rasd_value(d: dict[str, Any]) -> str:
    if d.get("stated") is not None:
        return f"{d['stated']} «{clip(d['text'], 40)}»"
    if d["rasd"] is None:
        return "none"
    return f"{d['rasd']}" + (f" «{clip(d['text'], 40)}»" if d.get("text") else "")


def _around(evidence: str, text: str | None, width: int = 100) -> str:
    """The evidence cut around the text rasd read, so a long paragraph shows the figure."""
    flat = " ".join(evidence.split())
    at = flat.find(" ".join(text.split())) if text else -1
    if at < 0 or len(flat) <= width:
        return clip(flat, width)
    start = max(0, min(at - width // 3, len(flat) - width))
    return ("…" if start else "") + clip(flat[start:], width)


def render_articles(res: dict[str, Any]) -> str:
    order = "month/day/year" if res["date_order"] == "mdy" else "day/month/year"
    out = [f"rasd eval --articles {res['sheet']}: {res['articles']} articles (dates read {order}), "
           f"{res['pred_claims']} claims, a killed figure in {res['articles_with_killed']} articles "
           f"({res['seconds']['total']:.2f} s)", "",
           f"  {'field':<22} {'agrees':>6}  {'k / n':<11}",]
    out += [_field_line(name, f) for name, f in res["fields"].items()]
    out.append("  n: articles the sheet codes the field for (a count of 0 means not stated unless "
               "--zero-counts). The rule that picks rasd's value: docs/eval.md.")
    out.append("")
    shown = len(res["disagreements"])
    total = res["disagreements_total"]
    out.append(f"Disagreements ({shown} of {total} shown; --misses N per field)" if shown < total
               else f"Disagreements ({total})")
    for d in res["disagreements"]:
        out.append(f"  {d['article_id']} {d['field']}: sheet {d['sheet']}, rasd {_rasd_value(d)}")
        if d.get("evidence"):
            out.append(f"      evidence: {_around(d['evidence'], d.get('text'))}")
    if res["extract_errors"]:
        out.append("")
        out.append(f"Extraction failed on {len(res['extract_errors'])} article(s) (scored as no claims):")
        out += [f"  {e['article_id']}: {e['error']}" for e in res["extract_errors"]]
    if res["skipped"]:
        out.append("")
        out.append(f"Rows not read ({len(res['skipped'])}):")
        out += [f"  {s}" for s in res["skipped"]]
    return "\n".join(out)
