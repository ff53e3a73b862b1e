// One article: its text with every claim's evidence span highlighted, and beside it the
// claims; hovering an attribute of a claim (its event type, perpetrator, victims, place,
// date, claimant) says where it was read or inherited from and lights that text up. Text is
// placed with text nodes only; highlights are elements around slices of it.
import { h, clear, route, iso, ltr, dateSpan, citation, notFound } from "../dom.js";
import { t, label, stated, placeName, outletName } from "../i18n.js";
import { getJSON } from "../api.js";
import { articleAssessment } from "../assess.js";
import { placeParts } from "./incident.js";

const ATTRS = ["event_type", "perpetrator", "victims", "place", "date", "claimant"];

// Offsets from the API count Unicode code points (Python); JS strings count UTF-16 units.
// ``spans``: {start, end, claim_index} evidence; ``marks``: {start, end, key} provenance.
export function segments(text, spans, marks = []) {
  const cps = Array.from(text);
  const n = cps.length;
  const cuts = new Set([0, n]);
  for (const s of [...spans, ...marks]) {
    cuts.add(Math.max(0, Math.min(n, s.start)));
    cuts.add(Math.max(0, Math.min(n, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const claims = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.claim_index);
    const keys = marks.filter((s) => s.start <= a && s.end >= b).map((s) => s.key);
    out.push({ text: cps.slice(a, b).join(""), claims, keys });
  }
  return out;
}

function attrValue(c, attr) {
  if (attr === "place") return c.place && (c.place.name || c.place.name_en || c.place.governorate !== "unknown") ? placeParts(c.place) : t("unknown");
  if (attr === "date") return c.date ? ltr(dateSpan(c.date)) : t("undated");
  if (attr === "claimant") return label("claimants", c.claimant);
  return label(attr === "event_type" ? "event_types" : "actors", c[attr]);
}

// Where an attribute came from, in words: "taken from: the clause holding the figure — «…»".
function provenanceText(p) {
  if (!p) return t("no_provenance");
  return `${t("provenance_from")}: ${label("provenance", p.from)}` + (p.text ? ` — «${p.text}»` : "");
}

function attributes(c) {
  const prov = c.provenance || {};
  return h("dl", { class: "attrs" }, ATTRS.map((attr) => {
    const p = prov[attr];
    return h("div", { class: "attr" + (p ? " has-prov" : ""), tabindex: 0, "data-attr": attr,
      "data-prov": p && p.start !== undefined ? `${c.claim_index}:${attr}` : null, title: provenanceText(p) },
      h("dt", {}, t("attr_" + attr)), h("dd", {}, attrValue(c, attr)),
      h("dd", { class: "prov", role: "note" }, iso(provenanceText(p))));
  }));
}

function claimCard(c) {
  return h("div", { class: "claim-card", id: "claim-" + c.claim_index, "data-claim": c.claim_index },
    h("div", {}, h("strong", {}, `${t("claim")} ${c.claim_index + 1}: ${label("claimants", c.claimant)}`),
      c.claimant_text && c.claimant_text !== label("claimants", c.claimant) ? h("span", { class: "muted" }, " — ", iso(c.claimant_text)) : null),
    h("div", {}, c.figures.map((f) => h("span", { class: "chip" }, label("figure_kinds", f.kind) + " ", ltr(stated(f.as_stated))))),
    attributes(c),
    c.incident_id ? h("a", { href: route("incident", c.incident_id) }, t("in_incident")) : null);
}

function activate(root, ids) {
  const want = new Set(ids.map(String));
  for (const m of root.querySelectorAll("mark.ev")) {
    m.classList.toggle("active", m.dataset.claims.split(" ").some((x) => want.has(x)));
  }
  for (const c of root.querySelectorAll(".claim-card")) c.classList.toggle("active", want.has(c.dataset.claim));
}

function showProvenance(root, key) {
  for (const el of root.querySelectorAll("span.prov-src")) {
    el.classList.toggle("lit", key !== null && el.dataset.keys.split(" ").includes(key));
  }
}

export async function renderArticle(view, id, params) {
  clear(view).appendChild(h("p", { class: "muted" }, t("loading")));
  let data;
  try {
    data = await getJSON("/api/articles/" + encodeURIComponent(id));
  } catch (e) {
    if (e.status === 404) notFound(view, t, t("not_found_article"));
    else clear(view).appendChild(h("p", { class: "warn" }, t("error") + ": " + e.message));
    return;
  }
  const a = data.article;
  const marks = [];
  for (const c of data.claims) {
    for (const [attr, p] of Object.entries(c.provenance || {})) {
      if (p && p.start !== undefined && p.end !== undefined) marks.push({ start: p.start, end: p.end, key: `${c.claim_index}:${attr}` });
    }
  }
  const textBox = h("div", { class: "article-text card", id: "article-text", lang: a.lang || "ar", dir: "auto" });
  for (const seg of segments(a.text, data.spans, marks)) {
    let node = document.createTextNode(seg.text);
    if (seg.keys.length) node = h("span", { class: "prov-src", "data-keys": seg.keys.join(" ") }, node);
    if (!seg.claims.length) { textBox.appendChild(node); continue; }
    const mark = h("mark", { class: "ev", tabindex: 0, "data-claims": seg.claims.join(" "),
      title: seg.claims.map((i) => `${t("claim")} ${i + 1}`).join(", ") }, node);
    const on = () => activate(view, seg.claims);
    mark.addEventListener("mouseenter", on);
    mark.addEventListener("focus", on);
    mark.addEventListener("click", () => {
      on();
      const card = view.querySelector("#claim-" + seg.claims[0]);
      if (card) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
    textBox.appendChild(mark);
  }
  const side = h("aside", { class: "claim-pop" }, h("h2", {}, t("claims_in_article")),
    data.claims.length ? h("p", { class: "muted" }, t("hover_hint")) : h("p", { class: "muted" }, t("nothing")),
    data.claims.map(claimCard));
  for (const card of side.querySelectorAll(".claim-card")) {
    card.addEventListener("mouseenter", () => activate(view, [card.dataset.claim]));
  }
  for (const attr of side.querySelectorAll(".attr")) {
    const on = () => { attr.classList.add("open"); showProvenance(view, attr.dataset.prov || null); };
    const off = () => { attr.classList.remove("open"); showProvenance(view, null); };
    attr.addEventListener("mouseenter", on);
    attr.addEventListener("focus", on);
    attr.addEventListener("mouseleave", off);
    attr.addEventListener("blur", off);
  }
  const title = a.display_title || a.title || t("untitled");
  const outlet = outletName(a.outlet, a.source);
  clear(view).append(
    h("p", {}, h("a", { href: "#/" }, "← " + t("nav_incidents"))),
    h("h1", { id: "article-title", dir: "auto" }, title),
    h("div", { class: "card facts" },
      h("div", {}, h("span", { class: "k" }, t("outlet")), h("span", { class: "v", id: "article-source" }, iso(outlet))),
      h("div", {}, h("span", { class: "k" }, t("published")), h("span", { class: "v num" }, ltr(a.published || t("unknown")))),
      a.url ? h("div", {}, h("span", { class: "k" }, t("original")), h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank", dir: "ltr" }, a.url)) : null,
      h("div", {}, h("span", { class: "k" }, "id"), ltr(a.id))),
    citation(t, "article", a.id, `“${title}”, ${outlet}${a.published ? ", " + a.published : ""}`),
    h("div", { class: "article-layout" }, textBox, side),
    await articleAssessment(data.assessment));
  if (params.claim !== undefined) {
    activate(view, [params.claim]);
    const first = view.querySelector("mark.ev.active");
    if (first) first.scrollIntoView({ block: "center" });
  }
}
