"""The human-readable ``rasd eval`` report, rendered from the dict ``evaluate`` returns."""

from __future__ import annotations

from typing import Any

from rasd.core.models import Figure

_QUOTE_WIDTH = 90


def num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def clip(s: Any, width: int = _QUOTE_WIDTH) -> str:
    text = " ".join(str("" if s is None else s).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _prf_line(label: str, s: dict[str, Any]) -> str:
    if "error" in s:
        return f"  {label:<22} failed: {s['error']}"
    return (f"  {label:<22} {num(s['precision']):>9}  {num(s['recall']):>7}  {num(s['f1']):>6}"
            f"   {s['tp']} / {s['n_pred']} / {s['n_gold']}")


def _stated(row: dict[str, Any]) -> str:
    f = Figure(row["kind"], row["group"], row["low"], row["high"], row["qualifier"], row["text"])
    group = "" if f.group == "unspecified" else f" {f.group}"
    return f"{f.kind} {f.as_stated()}{group}"


def _accuracy_lines(title: str, attrs: dict[str, dict[str, Any]]) -> list[str]:
    lines = [title]
    for name, a in attrs.items():
        conf = ", ".join(f"{c['gold']}→{c['pred']} {c['count']}" for c in a["confusions"])
        lines.append(f"  {name:<12} {num(a['accuracy']):>6}  ({a['correct']}/{a['n']})"
                     + (f"   errors: {conf}" if conf else ""))
    return lines


def _miss_lines(title: str, rows: list[dict[str, Any]], total: int, extra: str) -> list[str]:
    lines = [f"{title} ({len(rows)} of {total} shown)" if len(rows) < total
             else f"{title} ({total})"]
    for r in rows:
        lines.append(f"  {r['article_id']} claim {r['claim_index']}: {_stated(r)}"
                     f"  «{clip(r['text'], 40)}»")
        if r.get(extra):
            lines.append(f"      {extra}: {clip(r[extra])}")
    return lines


def render(res: dict[str, Any]) -> str:
    out = [f"rasd eval: {res['articles']} articles, {res['gold_claims']} gold claims, "
           f"{res['pred_claims']} predicted claims ({res['seconds']['total']:.2f} s)", ""]
    out.append(f"  {'':<22} {'precision':>9}  {'recall':>7}  {'F1':>6}   tp / pred / gold")
    out.append(_prf_line("figures", res["figures"]))
    out.append(_prf_line("strict figures", res["strict"]))
    out.append(_prf_line("claims (aligned)", res["claims"]))
    out.append("  figures: kind, low and high equal. strict: also in the aligned claim, with "
               "the same claimant and scope.")
    out.append("")
    out += _accuracy_lines("Claim attributes (over aligned claims):", res["attributes"])
    out.append("")
    out += _accuracy_lines("Figure attributes (over matched figures):", res["figure_attributes"])
    out.append("")
    link = res.get("linking")
    if link is None:
        out.append("Linking: not scored (no incidents.json in the gold directory)")
    else:
        out.append(f"Linking, pairwise over claims listed in incidents.json "
                   f"({link['gold_incidents']} gold incidents):")
        out.append(f"  {'':<22} {'precision':>9}  {'recall':>7}  {'F1':>6}   tp / pred / gold pairs")
        out.append(_prf_line("gold claims → linker", link["gold_claims"]))
        out.append(_prf_line("end to end", link["end_to_end"]))
    out.append("")
    out += _miss_lines("Missed gold figures", res["missed"], res["missed_total"], "quote")
    out.append("")
    out += _miss_lines("False-positive figures", res["false_positives"],
                       res["false_positives_total"], "evidence")
    if res["extract_errors"]:
        out.append("")
        out.append(f"Extraction failed on {len(res['extract_errors'])} article(s) "
                   "(scored as predicting nothing):")
        out += [f"  {e['article_id']}: {e['error']}" for e in res["extract_errors"]]
    return "\n".join(out)
