// One incident: reconciled figures, every claim side by side (cards on a phone),
// contradictions, history, and a permalink with a citation line.
import { h, clear, route, iso, ltr, dateSpan, citation, notFound } from "../dom.js";
import { t, label, fmtNumber, claimantLabel, stated, placeName, outletName, currentLang } from "../i18n.js";
import { getJSON } from "../api.js";
import { incidentAssessment } from "../assess.js";

const KINDS = ["killed", "injured", "casualties", "missing", "detained"];

function fact(k, v, id) {
  return h("div", { id }, h("span", { class: "k" }, k), h("span", { class: "v" }, v));
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
          h("span", { class: "chip" }, iso(claimantLabel(c)), ": ", ltr(stated(s)))))));
    }))));
}

// Each part of a place isolated: "ريف دير الزور، Deir ez-Zor" must not reorder itself.
export function placeParts(p) {
  if (!p) return t("unknown");
  const own = placeName(p);
  const gov = label("governorates", p.governorate);
  return own === gov || !(p.name || p.name_en) ? iso(gov) : [iso(own), "، ", iso(gov)];
}

function claimDate(c) {
  if (c.date) return ltr(dateSpan(c.date));
  const a = c.article || {};
  return h("span", { class: "muted", title: t("date_from_report") }, ltr(a.published || t("unknown")), " *");
}

function claimsTable(claims) {
  const cols = [t("claimant"), t("figures_as_stated"), t("date"), t("place"), t("outlet"), t("quote")];
  return h("div", { class: "table-wrap cards-on-phone" }, h("table", { id: "claims" },
    h("thead", {}, h("tr", {}, cols.map((c) => h("th", {}, c)))),
    h("tbody", {}, claims.map((c) => {
      if (c.missing) return h("tr", {}, h("td", { colspan: 6, class: "muted" }, ltr(`${c.article_id} #${c.claim_index}`), ": " + t("not_found")));
      const a = c.article || {};
      return h("tr", { class: "claim-row" },
        h("td", { "data-label": cols[0] }, label("claimants", c.claimant),
          c.claimant_text && c.claimant_text !== label("claimants", c.claimant) ? h("div", { class: "muted" }, iso(c.claimant_text)) : null),
        h("td", { "data-label": cols[1] }, c.figures.map((f) => h("div", {}, label("figure_kinds", f.kind) + " ", ltr(stated(f.as_stated), { class: "num" }),
          f.group && f.group !== "unspecified" ? h("span", { class: "muted" }, ` (${label("figure_groups", f.group)})`) : null))),
        h("td", { class: "num", "data-label": cols[2] }, claimDate(c)),
        h("td", { "data-label": cols[3] }, placeParts(c.place)),
        h("td", { "data-label": cols[4] }, iso(outletName(a.outlet, a.source), { class: "outlet" }), a.published ? h("div", { class: "muted num" }, ltr(a.published)) : null),
        h("td", { class: "quote-cell", "data-label": cols[5] }, c.quote ? h("blockquote", { dir: "auto", class: "quote" }, c.quote) : null,
          h("a", { href: route("article", c.article_id) + "?claim=" + c.claim_index, class: "open-article" }, t("open_article") + ": ", iso(a.display_title || a.title || t("untitled")))));
    }))));
}

// The other incidents the same reports tell; the other side of a battle comes first and says so.
function related(items) {
  if (!items || !items.length) return null;
  return h("section", { id: "related" }, h("h2", {}, t("related")),
    h("ul", { class: "plain" }, items.map((r) => {
      const used = r.date_used || {};
      const killed = r.figures && r.figures.killed;
      return h("li", { class: "related-" + r.relation },
        h("a", { href: route("incident", r.id) }, label("event_types", r.event_type), " · ", placeParts(r.place),
          " · ", ltr(used.start ? dateSpan(used) : t("undated"))),
        " — ", label("actors", r.perpetrator), " → ", label("actors", r.victims),
        killed ? [" · ", label("figure_kinds", "killed"), " ", ltr(fmtNumber(killed.best), { class: "num" })] : "",
        r.relation === "other_side" ? h("span", { class: "chip" }, t("other_side")) : null);
    })));
}

// Each contradiction in the page's language ("وزارة الدفاع الروسية: 25 (جرحى) — ..."), its
// names and figures as people say them; older stores only have the English sentences.
function contradictions(inc) {
  const lang = currentLang();
  if (inc.conflicts && inc.conflicts.length) return inc.conflicts.map((c) => c.text[lang] || c.text.en);
  return inc.contradictions || [];
}

export async function renderIncident(view, id) {
  clear(view).appendChild(h("p", { class: "muted" }, t("loading")));
  let inc;
  try {
    inc = await getJSON("/api/incidents/" + encodeURIComponent(id));
  } catch (e) {
    if (e.status === 404) notFound(view, t, t("not_found_incident"));
    else clear(view).appendChild(h("p", { class: "warn" }, t("error") + ": " + e.message));
    return;
  }
  const used = inc.date_used || {};
  const title = used.start ? dateSpan(used) : t("undated");
  const place = inc.place || {};
  clear(view).append(
    h("p", {}, h("a", { href: "#/" }, "← " + t("nav_incidents"))),
    // an ISO date inside Arabic text reads backwards unless isolated as left-to-right
    h("h1", { id: "incident-title" }, `${label("event_types", inc.event_type)} · `, placeParts(place), " · ", ltr(title)),
    h("div", { class: "card facts" },
      fact(t("event_date"), inc.date ? ltr(dateSpan(inc.date)) : h("span", { class: "muted" }, t("undated")), "fact-event-date"),
      fact(t("reported"), inc.reported ? ltr(dateSpan(inc.reported)) : t("unknown"), "fact-reported"),
      fact(t("perpetrator"), label("actors", inc.perpetrator)),
      fact(t("victims"), label("actors", inc.victims)),
      fact(t("independent_sources"), fmtNumber(inc.sources)),
      fact(t("claimants"), fmtNumber(inc.claimants)),
      fact("id", ltr(inc.id))),
    citation(t, "incident", inc.id, `${label("event_types", inc.event_type)}, ${placeName(place)}, ${title}`),
    h("section", {}, h("h2", {}, t("figures")), figuresTable(inc.figures || {})),
    await incidentAssessment(inc.assessment),
    h("section", {}, h("h2", {}, t("claims") + ` (${fmtNumber(inc.claims.length)})`), claimsTable(inc.claims)),
    h("section", { id: "contradictions" }, h("h2", {}, t("contradictions")),
      contradictions(inc).length ? h("ul", { class: "plain" }, contradictions(inc).map((c) => h("li", {}, iso(c))))
        : h("p", { class: "muted" }, t("no_contradictions"))),
    related(inc.related),
    inc.history && inc.history.length ? h("section", {}, h("h2", {}, t("history")),
      h("ul", { class: "plain" }, inc.history.map((ev) => h("li", {}, ltr(ev.at || ""), " ", ev.kind,
        ev.other_ids && ev.other_ids.length ? [" ↔ ", ltr(ev.other_ids.join(", "))] : "", ev.detail ? [" — ", iso(ev.detail)] : "")))) : null);
}
