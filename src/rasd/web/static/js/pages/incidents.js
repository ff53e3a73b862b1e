// Incidents: filters (kept in the URL hash, so a filtered view is a shareable link), map,
// timeline and a paged list.
import { h, clear, route, query } from "../dom.js";
import { t, label, fmtNumber } from "../i18n.js";
import { getJSON, config } from "../api.js";
import { drawMap } from "../map.js";
import { drawTimeline } from "../timeline.js";

const FILTERS = ["since", "until", "governorate", "perpetrator", "victims", "event_type", "claimant", "min_killed", "sort"];
const PAGE = 100;
const SORTS = ["-date", "date", "-killed", "killed", "-sources", "sources"];

function select(name, vocab, ids, value) {
  return h("label", {}, t(name),
    h("select", { name, id: "f-" + name },
      h("option", { value: "" }, t("any")),
      ids.map((id) => h("option", { value: id, selected: id === value }, label(vocab, id)))));
}

function filterForm(params, vocab) {
  const form = h("form", { class: "filters card", id: "filters" },
    h("label", {}, t("since"), h("input", { type: "date", name: "since", id: "f-since", value: params.since || "" })),
    h("label", {}, t("until"), h("input", { type: "date", name: "until", id: "f-until", value: params.until || "" })),
    select("governorate", "governorates", vocab.governorates, params.governorate),
    select("perpetrator", "actors", vocab.actors, params.perpetrator),
    select("victims", "actors", vocab.actors, params.victims),
    select("event_type", "event_types", vocab.event_types, params.event_type),
    select("claimant", "claimants", vocab.claimants, params.claimant),
    h("label", {}, t("min_killed"), h("input", { type: "number", min: 0, name: "min_killed", id: "f-min_killed", value: params.min_killed || "" })),
    h("label", {}, t("sort"), h("select", { name: "sort", id: "f-sort" },
      SORTS.map((s) => h("option", { value: s, selected: s === (params.sort || "-date") }, t("sort_" + s))))),
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "primary" }, t("apply")),
      h("button", { type: "button", onclick: () => { location.hash = "#/"; } }, t("reset"))));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const name of FILTERS) p[name] = form.elements[name].value;
    if (p.sort === "-date") p.sort = "";
    location.hash = "#/" + query(p);
  });
  // Selects apply at once: one click less for the most common exploration.
  for (const el of form.querySelectorAll("select")) el.addEventListener("change", () => form.requestSubmit());
  return form;
}

function killedCell(inc) {
  const k = inc.figures && inc.figures.killed;
  if (!k) return "–";
  const range = k.low !== k.high && k.low !== null && k.high !== null ? ` (${fmtNumber(k.low)}–${fmtNumber(k.high)})` : "";
  return fmtNumber(k.best) + range;
}

function incidentRow(inc) {
  const pl = inc.place || {};
  const go = () => { location.hash = route("incident", inc.id); };
  return h("tr", { class: "link", onclick: go },
    h("td", { class: "num" }, inc.date ? inc.date.start : t("undated")),
    h("td", {}, h("a", { href: route("incident", inc.id) }, pl.name || label("governorates", pl.governorate)),
      pl.name ? h("div", { class: "muted" }, label("governorates", pl.governorate)) : null),
    h("td", {}, label("event_types", inc.event_type), h("div", { class: "muted" }, label("actors", inc.perpetrator))),
    h("td", { class: "num" }, killedCell(inc)),
    h("td", { class: "num" }, fmtNumber(inc.sources)),
    h("td", {}, inc.contradictions && inc.contradictions.length ? h("span", { class: "badge", title: inc.contradictions.join("\n") }, t("contradictions") + ": " + fmtNumber(inc.contradictions.length)) : ""));
}

export async function renderIncidents(view, params) {
  const cfg = await config();
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const filters = {};
  for (const f of FILTERS) if (params[f]) filters[f] = params[f];
  clear(view).appendChild(filterForm(params, cfg.vocab));
  const mapBox = h("div", { id: "map", dir: "ltr" });
  const tl = h("div", { class: "timeline card", id: "timeline" }, h("h2", {}, t("timeline")));
  const listBox = h("div", { class: "card", id: "incident-list" }, h("p", { class: "muted" }, t("loading")));
  view.appendChild(h("div", { class: "explore" }, h("div", {}, mapBox, tl), listBox));

  let page;
  try {
    page = await getJSON("/api/incidents", { ...filters, limit: PAGE, offset });
  } catch (e) {
    clear(listBox).appendChild(h("p", { class: "warn" }, t("error") + ": " + e.message));
    return;
  }
  clear(listBox).appendChild(h("h2", {}, t("incidents_found") + ": ", h("span", { class: "num", id: "total" }, fmtNumber(page.total))));
  if (!page.items.length) listBox.appendChild(h("p", { class: "muted" }, t("nothing")));
  else {
    listBox.appendChild(h("div", { class: "table-wrap" }, h("table", { id: "incidents" },
      h("thead", {}, h("tr", {}, [t("date"), t("place"), t("event_type"), t("killed"), t("sources"), ""].map((c) => h("th", {}, c)))),
      h("tbody", {}, page.items.map(incidentRow)))));
    const to = Math.min(page.total, offset + page.items.length);
    const nav = (o) => () => { location.hash = "#/" + query({ ...filters, offset: o || "" }); };
    listBox.appendChild(h("div", { class: "pager" },
      h("button", { type: "button", disabled: offset === 0, onclick: nav(Math.max(0, offset - PAGE)) }, t("prev")),
      h("span", { class: "muted" }, `${t("showing")} ${fmtNumber(offset + 1)}–${fmtNumber(to)} ${t("of")} ${fmtNumber(page.total)}`),
      h("button", { type: "button", disabled: to >= page.total, onclick: nav(offset + PAGE) }, t("next"))));
  }
  drawMap(mapBox, page.items, {
    selected: filters.governorate,
    onGovernorate: (g) => { location.hash = "#/" + query({ ...filters, governorate: g, offset: "" }); },
  });
  const tlFilters = { ...filters };
  delete tlFilters.sort;
  getJSON("/api/timeline", tlFilters).then((d) => drawTimeline(tl, d))
    .catch((e) => tl.appendChild(h("p", { class: "warn" }, e.message)));
}
