"""Reading a gold directory: ``articles.jsonl``, ``gold.jsonl`` and optional ``incidents.json``.

Every problem that makes the data unusable raises ``GoldError`` with one line naming the
file (and line); problems that only make some scores less meaningful (a claimant id that
is not in the codebook, an article without annotation) are collected as warnings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from fnmatch import fnmatchcase
from typing import Any, Callable, Iterable

from rasd.core.schema import validate_claim
from rasd.core.models import Article, Claim

Ref = tuple[str, int]  # (article_id, claim_index): a gold claim


def id_filter(globs: Iterable[str]) -> Callable[[str], bool]:
    """Article ids to keep: those matching any plain pattern (all, when none is given) and
    no pattern written with a leading "!"."""
    pats = list(globs)
    take = [p for p in pats if not p.startswith("!")]
    drop = [p[1:] for p in pats if p.startswith("!")]
    return lambda aid: ((not take or any(fnmatchcase(aid, p) for p in take))
                        and not any(fnmatchcase(aid, p) for p in drop))


class GoldError(Exception):
    """The gold directory cannot be used; the message is one line for the user."""


@dataclass
class GoldSet:
    articles: dict[str, Article]  # only annotated articles, in file order
    claims: dict[str, list[Claim]]  # article id -> its gold claims
    incidents: list[list[Ref]] | None  # None when the directory has no incidents.json
    warnings: list[str] = field(default_factory=list)

    def restrict(self, article_id: str) -> "GoldSet":
        """The same gold data for one article (``rasd eval --article``)."""
        if article_id not in self.articles:
            raise GoldError(f"article {article_id!r} is not annotated in the gold files")
        return self.subset(lambda aid: aid == article_id)

    def subset(self, keep: Callable[[str], bool]) -> "GoldSet":
        """The gold data of the articles whose id ``keep`` accepts (``rasd eval --ids``);
        incidents keep only those articles' claims."""
        ids = [aid for aid in self.articles if keep(aid)]
        incidents = None
        if self.incidents is not None:
            incidents = [[r for r in inc if keep(r[0])] for inc in self.incidents]
            incidents = [inc for inc in incidents if inc]
        return GoldSet({a: self.articles[a] for a in ids}, {a: self.claims[a] for a in ids},
                       incidents, list(self.warnings))


def _json_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    if not path.is_file():
        raise GoldError(f"{path}: file not found")
    rows: list[tuple[int, dict[str, Any]]] = []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read ({e})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{path}:{n}: not valid JSON ({e.msg}, column {e.colno})") from None
        if not isinstance(obj, dict):
            raise GoldError(f"{path}:{n}: expected a JSON object")
        rows.append((n, obj))
    return rows


def _read_articles(path: Path) -> dict[str, Article]:
    articles: dict[str, Article] = {}
    for n, obj in _json_lines(path):
        aid = obj.get("id")
        if not isinstance(aid, (str, int)) or aid == "":
            raise GoldError(f"{path}:{n}: article has no id")
        if not isinstance(obj.get("text"), str):
            raise GoldError(f"{path}:{n}: article {aid!r} has no text")
        if str(aid) in articles:
            raise GoldError(f"{path}:{n}: duplicate article id {aid!r}")
        articles[str(aid)] = Article.from_dict(obj)
    return articles


def _read_gold(path: Path, articles: dict[str, Article],
               warnings: list[str]) -> dict[str, list[Claim]]:
    claims: dict[str, list[Claim]] = {}
    for n, obj in _json_lines(path):
        aid = obj.get("article_id")
        if aid is None:
            raise GoldError(f"{path}:{n}: missing article_id")
        aid = str(aid)
        if aid not in articles:
            raise GoldError(f"{path}:{n}: article {aid!r} is not in articles.jsonl")
        if aid in claims:
            raise GoldError(f"{path}:{n}: duplicate gold line for article {aid!r}")
        raw = obj.get("claims")
        if not isinstance(raw, list):
            raise GoldError(f"{path}:{n}: 'claims' must be a list (empty when the article "
                            "reports no casualties)")
        parsed: list[Claim] = []
        for i, c in enumerate(raw):
            why = _structure_error(c)
            if why is None:
                try:
                    parsed.append(Claim.from_dict(c))
                except (KeyError, TypeError, ValueError, AttributeError) as e:
                    why = f"{type(e).__name__}: {e}"
            if why is not None:
                raise GoldError(f"{path}:{n}: claim {i} is malformed: {why}")
            problems = validate_claim(c, f"{aid} claims[{i}]", gold=True)
            # Codebook slips (an unknown id, a bad day) only weaken the scores: warn, go on.
            warnings.extend(f"{path.name}:{n}: {e}" for e in problems)
        claims[aid] = parsed
    return claims


def _structure_error(c: Any) -> str | None:
    """What stops a gold claim from being read at all (other slips are only warnings)."""
    if not isinstance(c, dict):
        return "expected a JSON object"
    for key in ("place", "date"):
        if c.get(key) is not None and not isinstance(c[key], dict):
            return f"{key} must be an object or null"
    figures = c.get("figures")
    if not isinstance(figures, list):
        return "figures must be a list"
    for k, f in enumerate(figures):
        if not isinstance(f, dict) or "kind" not in f:
            return f"figure {k} must be an object with at least kind, low and high"
    return None


def _ref(path: Path, where: str, r: Any) -> Ref:
    if isinstance(r, dict):
        r = [r.get("article_id"), r.get("claim_index")]
    if (not isinstance(r, list) or len(r) != 2 or not isinstance(r[1], int)
            or isinstance(r[1], bool)):
        raise GoldError(f"{path}: {where}: expected [article_id, claim_index], got {r!r}")
    return str(r[0]), r[1]


def _read_incidents(path: Path, claims: dict[str, list[Claim]]) -> list[list[Ref]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"{path}: cannot read ({e})") from None
    except json.JSONDecodeError as e:
        raise GoldError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from None
    if not isinstance(data, list):
        raise GoldError(f"{path}: expected a list of incidents")
    incidents: list[list[Ref]] = []
    seen: dict[Ref, int] = {}
    for k, inc in enumerate(data):
        # Both the codebook's bare form (a list of refs) and {"id", "note", "claims"}.
        refs = inc.get("claims") if isinstance(inc, dict) else inc
        if not isinstance(refs, list):
            raise GoldError(f"{path}: incident {k}: expected a list of [article_id, claim_index]")
        out: list[Ref] = []
        for r in refs:
            aid, idx = _ref(path, f"incident {k}", r)
            if aid not in claims:
                raise GoldError(f"{path}: incident {k}: article {aid!r} has no gold line")
            if not 0 <= idx < len(claims[aid]):
                raise GoldError(f"{path}: incident {k}: article {aid!r} has no claim {idx} "
                                f"(it has {len(claims[aid])})")
            if (aid, idx) in seen:
                raise GoldError(f"{path}: incident {k}: claim [{aid!r}, {idx}] is already in "
                                f"incident {seen[(aid, idx)]}")
            seen[(aid, idx)] = k
            out.append((aid, idx))
        incidents.append(out)
    return incidents


def load_gold(directory: str | Path) -> GoldSet:
    d = Path(directory)
    if not d.exists():
        raise GoldError(f"{d}: no such directory")
    if not d.is_dir():
        raise GoldError(f"{d}: not a directory (give the folder holding gold.jsonl)")
    warnings: list[str] = []
    all_articles = _read_articles(d / "articles.jsonl")
    claims = _read_gold(d / "gold.jsonl", all_articles, warnings)
    unannotated = [a for a in all_articles if a not in claims]
    if unannotated:
        # An article with no gold line was not annotated (an annotated article with no
        # casualties has "claims": []); scoring it would count every prediction as wrong.
        warnings.append(f"{len(unannotated)} article(s) in articles.jsonl have no gold line "
                        f"and are not scored: {', '.join(unannotated[:5])}"
                        + (" …" if len(unannotated) > 5 else ""))
    articles = {a: all_articles[a] for a in all_articles if a in claims}
    inc_path = d / "incidents.json"
    incidents = _read_incidents(inc_path, claims) if inc_path.exists() else None
    return GoldSet(articles, claims, incidents, warnings)
