// Incidents: a text search and filters (kept in the URL hash, so a filtered view is a
// shareable link), downloads of everything selected, a map of every selected incident, a
// timeline and a paged list.
import { h, clear, route, query, iso, ltr } from "../dom.js";
import { t, label, fmtNumber, placeName } from "../i18n.js";
import { getJSON, config } from "../api.js";
import { drawMap } from "../map.js";
import { drawTimeline } from "../timeline.js";

const FILTERS = ["q", "since", "until", "governorate", "perpetrator", "victims", "event_type", "claimant", "min_killed", "sort"];
const PAGE = 100;
const SORTS = ["-date", "date", "-killed", "killed", "-sources", "sources"];
const FORMATS = ["csv", "acled", "ucdp", "json", "geojson", "parquet"];

function select(name, vocab, ids, value) {
  return h("label", {}, t(name),
    h("select", { name, id: "f-" + name },
      h("option", { value: "" }, t("any")),
      ids.map((id) => h("option", { value: id, selected: id === value }, label(vocab, id)))));
}

function filterForm(params, vocab) {
  const search = h("label", { class: "q" }, t("q"),
    h("input", { type: "search", name: "q", id: "f-q", value: params.q || "", dir: "auto", placeholder: t("search_incidents") }));
  const more = h("details", { class: "more-filters", id: "more-filters" },
    h("summary", {}, t("filters_toggle")),
    h("div", { class: "filter-grid" },
      h("label", {}, t("since"), h("input", { type: "date", name: "since", id: "f-since", value: params.since || "" })),
      h("label", {}, t("until"), h("input", { type: "date", name: "until", id: "f-until", value: params.until || "" })),
      select("governorate", "governorates", vocab.governorates, params.governorate),
      select("perpetrator", "actors", vocab.actors, params.perpetrator),
      select("victims", "actors", vocab.actors, params.victims),
      select("event_type", "event_types", vocab.event_types, params.event_type),
      select("claimant", "claimants", vocab.claimants, params.claimant),
      h("label", {}, t("min_killed"), h("input", { type: "number", min: 0, name: "min_killed", id: "f-min_killed", value: params.min_killed || "" })),
      h("label", {}, t("sort"), h("select", { name: "sort", id: "f-sort" },
        SORTS.map((s) => h("option", { value: s, selected: s === (params.sort || "-date") }, t("sort_" + s)))))));
  // Open on wide screens, or when a filter is set; folded on a phone so the results show.
  const anySet = FILTERS.some((f) => f !== "q" && params[f]);
  if (anySet || window.matchMedia("(min-width: 700px)").matches) more.open = true;
  const form = h("form", { class: "filters card", id: "filters", role: "search" }, search, more,
    h("div", { class: "actions" },
      h("button", { type: "submit", class: "primary" }, t("apply")),
      h("button", { type: "button", onclick: () => { location.hash = "#/"; } }, t("reset"))));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const name of FILTERS) p[name] = form.elements[name].value.trim();
    if (p.sort === "-date") p.sort = "";
    location.hash = "#/" + query(p);
  });
  // Selects apply at once: one click less for the most common exploration.
  for (const el of form.querySelectorAll("select")) el.addEventListener("change", () => form.requestSubmit());
  return form;
}

function downloads(filters) {
  const base = { ...filters };
  delete base.sort;
  return h("div", { class: "downloads card", id: "downloads" },
    h("span", { class: "k" }, t("download") + ":"),
    FORMATS.map((f) => h("a", { class: "button download", "data-format": f, download: "",
      href: "/api/export" + query({ ...base, format: f }) }, t("fmt_" + f))),
    h("span", { class: "muted hint" }, t("download_hint")));
}

function killedCell(inc) {
  const k = inc.figures && inc.figures.killed;
  if (!k) return "–";
  const range = k.low !== k.high && k.low !== null && k.high !== null ? ` (${fmtNumber(k.low)}–${fmtNumber(k.high)})` : "";
  return fmtNumber(k.best) + range;
}

function dateCell(inc) {
  const used = inc.date_used || {};
  if (!used.start) return t("undated");
  if (used.basis === "report") return h("span", { title: t("date_from_report") }, ltr(used.start), h("span", { class: "muted" }, " *"));
  return ltr(used.start);
}

function incidentRow(inc) {
  const pl = inc.place || {};
  const go = () => { location.hash = route("incident", inc.id); };
  return h("tr", { class: "link", onclick: go },
    h("td", { class: "num" }, dateCell(inc)),
    h("td", {}, h("a", { href: route("incident", inc.id) }, iso(placeName(pl))),
      pl.name || pl.name_en ? h("div", { class: "muted" }, label("governorates", pl.governorate)) : null),
    h("td", {}, label("event_types", inc.event_type), h("div", { class: "muted" }, label("actors", inc.perpetrator))),
    h("td", { class: "num" }, killedCell(inc)),
    h("td", { class: "num" }, fmtNumber(inc.sources)),
    h("td", {}, inc.contradictions && inc.contradictions.length ? h("span", { class: "badge", title: inc.contradictions.join("\n") }, t("contradictions") + ": " + fmtNumber(inc.contradictions.length)) : ""));
}

function outsideList(data) {
  if (!data.outside.length && !data.unplaced) return null;
  return h("div", { class: "outside card", id: "outside-syria" },
    data.outside.length ? [h("h3", {}, `${t("outside_syria")} (${fmtNumber(data.outside.length)})`),
      h("ul", { class: "plain" }, data.outside.map((p) => h("li", {},
        h("a", { href: route("incident", p.id) }, iso(placeName(p))), " · ", ltr(p.date || t("undated")),
        " · ", label("event_types", p.event_type))))] : null,
    data.unplaced ? h("p", { class: "muted", id: "unplaced" }, `${t("unplaced")}: ${fmtNumber(data.unplaced)}`) : null);
}

export async function renderIncidents(view, params) {
  const cfg = await config();
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const filters = {};
  for (const f of FILTERS) if (params[f]) filters[f] = params[f];
  clear(view).append(filterForm(params, cfg.vocab), downloads(filters));
  const mapBox = h("div", { id: "map", dir: "ltr" });
  const mapSide = h("div", { id: "map-side" });
  const tl = h("div", { class: "timeline card", id: "timeline" }, h("h2", {}, t("timeline")));
  const listBox = h("div", { class: "card", id: "incident-list" }, h("p", { class: "muted" }, t("loading")));
  view.appendChild(h("div", { class: "explore" }, h("div", {}, mapBox, mapSide, tl), listBox));

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
  const sel = { ...filters };
  delete sel.sort;
  getJSON("/api/map", sel).then(async (data) => {
    await drawMap(mapBox, data, {
      selected: filters.governorate,
      onGovernorate: (g) => { location.hash = "#/" + query({ ...filters, governorate: g, offset: "" }); },
    });
    const apart = outsideList(data);
    if (apart) mapSide.appendChild(apart);
    mapBox.dataset.ready = "1";
  }).catch((e) => mapSide.appendChild(h("p", { class: "warn" }, e.message)));
  getJSON("/api/timeline", sel).then((d) => drawTimeline(tl, d))
    .catch((e) => tl.appendChild(h("p", { class: "warn" }, e.message)));
}
