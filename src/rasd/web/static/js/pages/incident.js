// One incident: reconciled figures, every claim side by side, contradictions, history.
import { h, clear, route } from "../dom.js";
import { t, label, fmtNumber } from "../i18n.js";
import { getJSON } from "../api.js";
import { incidentAssessment } from "../assess.js";

const KINDS = ["killed", "injured", "casualties", "missing", "detained"];

function fact(k, v) {
  return h("div", {}, h("span", { class: "k" }, k), h("span", { class: "v" }, v));
}

function figuresTable(figures) {
  const kinds = KINDS.filter((k) => figures[k]).concat(Object.keys(figures).filter((k) => !KINDS.includes(k)));
  if (!kinds.length) return h("p", { class: "muted" }, t("nothing"));
  return h("div", { class: "table-wrap" }, h("table", { id: "figures" },
    h("thead", {}, h("tr", {}, [t("kind"), t("low"), t("best"), t("high"), t("by_claimant")].map((c) => h("th", {}, c)))),
    h("tbody", {}, kinds.map((k) => {
      const f = figures[k];
      return h("tr", {},
        h("th", { scope: "row" }, label("figure_kinds", k)),
        h("td", { class: "num" }, fmtNumber(f.low)),
        h("td", { class: "num" }, h("strong", {}, fmtNumber(f.best))),
        h("td", { class: "num" }, fmtNumber(f.high)),
        h("td", {}, h("div", { class: "chips" }, Object.entries(f.by_claimant || {}).map(([c, s]) =>
          h("span", { class: "chip" }, label("claimants", c) + ": ", h("bdi", {}, s))))));
    }))));
}

function placeText(p) {
  if (!p) return t("unknown");
  return [p.name, label("governorates", p.governorate)].filter(Boolean).join("، ");
}

function claimsTable(claims) {
  return h("div", { class: "table-wrap" }, h("table", { id: "claims" },
    h("thead", {}, h("tr", {}, [t("claimant"), t("figures_as_stated"), t("date"), t("place"), t("outlet"), t("quote")].map((c) => h("th", {}, c)))),
    h("tbody", {}, claims.map((c) => {
      if (c.missing) return h("tr", {}, h("td", { colspan: 6, class: "muted" }, `${c.article_id} #${c.claim_index}: ${t("not_found")}`));
      const a = c.article || {};
      return h("tr", { class: "claim-row" },
        h("td", {}, label("claimants", c.claimant),
          c.claimant_text && c.claimant_text !== label("claimants", c.claimant) ? h("div", { class: "muted" }, h("bdi", {}, c.claimant_text)) : null),
        h("td", {}, c.figures.map((f) => h("div", {}, label("figure_kinds", f.kind) + " ", h("bdi", { class: "num" }, f.as_stated),
          f.group && f.group !== "unspecified" ? h("span", { class: "muted" }, ` (${label("figure_groups", f.group)})`) : null))),
        h("td", { class: "num" }, c.date ? (c.date.start === c.date.end ? c.date.start : `${c.date.start} – ${c.date.end}`) : h("span", { class: "muted" }, a.published || t("unknown"))),
        h("td", {}, placeText(c.place)),
        h("td", {}, h("bdi", { class: "outlet" }, a.source || t("unknown")), a.published ? h("div", { class: "muted num" }, a.published) : null),
        h("td", {}, c.quote ? h("blockquote", { dir: "auto" }, c.quote) : null,
          h("a", { href: route("article", c.article_id) + "?claim=" + c.claim_index, class: "open-article" }, t("open_article") + (a.title ? ": " + a.title : ""))));
    }))));
}

export async function renderIncident(view, id) {
  clear(view).appendChild(h("p", { class: "muted" }, t("loading")));
  let inc;
  try {
    inc = await getJSON("/api/incidents/" + encodeURIComponent(id));
  } catch (e) {
    clear(view).appendChild(h("p", { class: "warn" }, e.status === 404 ? t("not_found") : t("error") + ": " + e.message));
    return;
  }
  const date = inc.date ? (inc.date.start === inc.date.end ? inc.date.start : `${inc.date.start} – ${inc.date.end}`) : t("undated");
  clear(view).append(
    h("p", {}, h("a", { href: "#/" }, "← " + t("nav_incidents"))),
    // an ISO date inside Arabic text reads backwards unless isolated as left-to-right
    h("h1", { id: "incident-title" }, `${label("event_types", inc.event_type)} · ${placeText(inc.place)} · `,
      h("bdi", { dir: "ltr" }, date)),
    h("div", { class: "card facts" },
      fact(t("perpetrator"), label("actors", inc.perpetrator)),
      fact(t("victims"), label("actors", inc.victims)),
      fact(t("independent_sources"), fmtNumber(inc.sources)),
      fact(t("claimants"), fmtNumber(inc.claimants)),
      fact("id", h("bdi", {}, inc.id))),
    h("section", {}, h("h2", {}, t("figures")), figuresTable(inc.figures || {})),
    await incidentAssessment(inc.assessment),
    h("section", {}, h("h2", {}, t("claims") + ` (${fmtNumber(inc.claims.length)})`), claimsTable(inc.claims)),
    h("section", { id: "contradictions" }, h("h2", {}, t("contradictions")),
      inc.contradictions.length ? h("ul", { class: "plain" }, inc.contradictions.map((c) => h("li", {}, c)))
        : h("p", { class: "muted" }, t("no_contradictions"))),
    inc.history && inc.history.length ? h("section", {}, h("h2", {}, t("history")),
      h("ul", { class: "plain" }, inc.history.map((ev) => h("li", {}, h("span", { class: "num" }, ev.at || ""), " ", ev.kind,
        ev.other_ids && ev.other_ids.length ? " ↔ " + ev.other_ids.join(", ") : "", ev.detail ? " — " + ev.detail : "")))) : null);
}
