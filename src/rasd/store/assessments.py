"""Assessment persistence in portable SQL (schema: migrations/0003_assessment.sql and
migrations_pg/0003_assessment.sql), mixed into the SQL stores. Objects are kept as JSON
beside the few columns that are filtered or counted (standing, direction, grade, score)."""

from __future__ import annotations

import json
from typing import Any, Iterable

from rasd.assess.models import (ArticleAssessment, AssessmentUpdate, FigureStanding,
                                IncidentAssessment)


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _figure_row(f: FigureStanding) -> tuple:
    return (f.article_id, f.claim_index, f.kind, f.incident_id, f.period, f.standing,
            f.direction, int(f.checked), _dumps(f.to_dict()))


_CHUNK = 500  # ids per IN (...) list: well under every backend's parameter limit


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for k in range(0, len(ids), _CHUNK):
        yield ids[k:k + _CHUNK]


_PUT_FIGURE = ("INSERT INTO assessed_figures (article_id, claim_index, kind, incident_id, period,"
               " standing, direction, checked, json) VALUES (?,?,?,?,?,?,?,?,?)"
               " ON CONFLICT (article_id, claim_index, kind) DO UPDATE SET"
               " incident_id = excluded.incident_id, period = excluded.period,"
               " standing = excluded.standing, direction = excluded.direction,"
               " checked = excluded.checked, json = excluded.json")


class AssessmentSQL:
    """Needs ``_rows``, ``_exec``, ``_many`` and ``transaction()`` from the store
    (``rasd.store.sql.SQLStore``)."""

    def assessment_queue(self, limit: int | None = None) -> tuple[list[str], list[str]]:
        """Incident ids and article ids waiting to be (re)assessed."""
        sql = "SELECT what, id FROM assess_queue ORDER BY what, id"
        rows = self._rows(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        return ([r[1] for r in rows if r[0] == "incident"], [r[1] for r in rows if r[0] == "article"])

    def queue_all_assessments(self) -> None:
        """Queue every incident and article (``rasd assess --rebuild``)."""
        with self.transaction():
            self._exec("INSERT INTO assess_queue SELECT 'article', id FROM articles WHERE true"
                       " ON CONFLICT DO NOTHING")
            self._exec("INSERT INTO assess_queue SELECT 'incident', id FROM incidents WHERE true"
                       " ON CONFLICT DO NOTHING")

    def save_assessments(self, up: AssessmentUpdate) -> None:
        with self.transaction():
            for ids, sql in ((up.cleared_articles, "DELETE FROM assessed_figures WHERE article_id = ?"),
                             (up.dropped_incidents, "DELETE FROM assessed_figures WHERE incident_id = ?"),
                             (up.dropped_incidents, "DELETE FROM assessed_incidents WHERE incident_id = ?"),
                             (up.dropped_scores, "DELETE FROM assessed_articles WHERE article_id = ?")):
                self._many(sql, [(i,) for i in ids])
            for a in up.incidents:
                self._exec("DELETE FROM assessed_figures WHERE incident_id = ?", (a.incident_id,))
                self._many(_PUT_FIGURE, [_figure_row(f) for f in a.figures])
                self._exec("INSERT INTO assessed_incidents (incident_id, grade, json) VALUES (?,?,?)"
                           " ON CONFLICT (incident_id) DO UPDATE SET grade = excluded.grade,"
                           " json = excluded.json",
                           (a.incident_id, a.grade, _dumps(a.to_dict(with_figures=False))))
            for period, figures in up.periods.items():
                self._exec("DELETE FROM assessed_figures WHERE period = ?", (period,))
                self._many(_PUT_FIGURE, [_figure_row(f) for f in figures])
            self._many(_PUT_FIGURE, [_figure_row(f) for f in up.figures])
            self._many(
                "INSERT INTO assessed_articles (article_id, score, figures, checked, json)"
                " VALUES (?,?,?,?,?) ON CONFLICT (article_id) DO UPDATE SET score = excluded.score,"
                " figures = excluded.figures, checked = excluded.checked, json = excluded.json",
                [(a.article_id, a.score, a.figures, a.checked,
                  _dumps({**a.to_dict(), "standings": []})) for a in up.articles])
            self._many("DELETE FROM assess_queue WHERE what = ? AND id = ?", list(up.done))

    def figure_standings(self, article_id: str | None = None, incident_id: str | None = None,
                         period: str | None = None) -> list[FigureStanding]:
        where, params = [], []
        for col, value in (("article_id", article_id), ("incident_id", incident_id), ("period", period)):
            if value is not None:
                where.append(f"{col} = ?")
                params.append(value)
        sql = "SELECT json FROM assessed_figures"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._rows(sql + " ORDER BY article_id, claim_index, kind", params)
        return [FigureStanding.from_dict(json.loads(r[0])) for r in rows]

    def _by_ids(self, table: str, key: str, ids: list[str], column: str = "json") -> list[Any]:
        rows: list[Any] = []
        for chunk in _chunks(list(dict.fromkeys(ids))):
            rows += self._rows(f"SELECT {key}, {column} FROM {table} WHERE {key} IN"
                               f" ({','.join('?' * len(chunk))})", chunk)
        return rows

    def incident_grades(self, ids: list[str]) -> dict[str, str]:
        # The column alone: decoding each assessment's JSON was a quarter of an
        # incident list's cost (GET /api/incidents shows the grade only).
        return {r[0]: r[1] for r in self._by_ids("assessed_incidents", "incident_id", ids, "grade")}

    def incident_assessments(self, ids: list[str]) -> dict[str, IncidentAssessment]:
        """Grades (figures not included: ``figure_standings(incident_id=...)``)."""
        return {r[0]: IncidentAssessment.from_dict(json.loads(r[1]))
                for r in self._by_ids("assessed_incidents", "incident_id", ids)}

    def article_assessments(self, ids: list[str] | None = None) -> dict[str, ArticleAssessment]:
        """Scores (standings not included). ``ids`` None: every assessed article."""
        rows = (self._rows("SELECT article_id, json FROM assessed_articles ORDER BY article_id")
                if ids is None else self._by_ids("assessed_articles", "article_id", ids))
        return {r[0]: ArticleAssessment.from_dict(json.loads(r[1])) for r in rows}

    def outlet_record(self, bucket: str = "year", source: str | None = None) -> list[dict[str, Any]]:
        """Per outlet and period (its articles' publication year or month): articles and
        figures assessed, how many figures were checked, their standings and where they sat
        against the independent median, and the articles' scores. A description of the
        record, never an input to a score."""
        width = {"year": 4, "month": 7}[bucket]

        # checked figures by standing, and by where they sat against the independent median
        counted = [(st, f"f.standing = '{st}'") for st in ("consistent", "higher", "lower", "contradicted")]
        counted += [(d, f"f.direction = '{d}'") for d in ("above", "below", "same")]
        sums = "".join(f", SUM(CASE WHEN f.checked = 1 AND {cond} THEN 1 ELSE 0 END)" for _, cond in counted)
        where, params = "", [width]
        if source is not None:
            where, params = " WHERE a.source = ?", [width, source]
        sql = ("SELECT a.source, substr(a.published, 1, ?) AS bucket,"
               f" COUNT(DISTINCT f.article_id), COUNT(*), SUM(f.checked){sums}"
               f" FROM assessed_figures f JOIN articles a ON a.id = f.article_id{where}"
               " GROUP BY a.source, bucket ORDER BY a.source, bucket")
        names = ("source", "period", "articles", "figures", "checked", *(n for n, _ in counted))
        out = [dict(zip(names, tuple(r))) for r in self._rows(sql, params)]
        scores = {(r[0], r[1]): (r[2], r[3]) for r in self._rows(
            "SELECT a.source, substr(a.published, 1, ?) AS bucket, COUNT(*), AVG(s.score)"
            f" FROM assessed_articles s JOIN articles a ON a.id = s.article_id{where}"
            + (" AND" if where else " WHERE") + " s.score IS NOT NULL GROUP BY a.source, bucket",
            params)}
        for d in out:
            d["checked"] = int(d["checked"] or 0)
            n, mean = scores.get((d["source"], d["period"]), (0, None))
            d["scored"], d["mean_score"] = n, None if mean is None else round(float(mean), 4)
        return out
