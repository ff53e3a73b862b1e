// One article: its text with every claim's evidence span highlighted. Text is placed with
// text nodes only; highlights are <mark> elements around slices of it.
import { h, clear, route } from "../dom.js";
import { t, label } from "../i18n.js";
import { getJSON } from "../api.js";
import { articleAssessment } from "../assess.js";

// Offsets from the API count Unicode code points (Python); JS strings count UTF-16 units.
export function segments(text, spans) {
  const cps = Array.from(text);
  const n = cps.length;
  const cuts = new Set([0, n]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(n, s.start)));
    cuts.add(Math.max(0, Math.min(n, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const claims = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.claim_index);
    out.push({ text: cps.slice(a, b).join(""), claims });
  }
  return out;
}

function claimCard(c) {
  return h("div", { class: "claim-card", id: "claim-" + c.claim_index, "data-claim": c.claim_index },
    h("div", {}, h("strong", {}, `${t("claim")} ${c.claim_index + 1}: ${label("claimants", c.claimant)}`),
      c.claimant_text && c.claimant_text !== label("claimants", c.claimant) ? h("span", { class: "muted" }, " — ", h("bdi", {}, c.claimant_text)) : null),
    h("div", {}, c.figures.map((f) => h("span", { class: "chip" }, label("figure_kinds", f.kind) + " ", h("bdi", {}, f.as_stated)))),
    h("div", { class: "muted" }, [label("event_types", c.event_type), label("actors", c.perpetrator),
      c.place && (c.place.name || label("governorates", c.place.governorate)), c.date && c.date.start].filter(Boolean).join(" · ")),
    c.incident_id ? h("a", { href: route("incident", c.incident_id) }, t("in_incident")) : null);
}

function activate(root, ids) {
  const want = new Set(ids.map(String));
  for (const m of root.querySelectorAll("mark.ev")) {
    m.classList.toggle("active", m.dataset.claims.split(" ").some((x) => want.has(x)));
  }
  for (const c of root.querySelectorAll(".claim-card")) c.classList.toggle("active", want.has(c.dataset.claim));
}

export async function renderArticle(view, id, params) {
  clear(view).appendChild(h("p", { class: "muted" }, t("loading")));
  let data;
  try {
    data = await getJSON("/api/articles/" + encodeURIComponent(id));
  } catch (e) {
    clear(view).appendChild(h("p", { class: "warn" }, e.status === 404 ? t("not_found") : t("error") + ": " + e.message));
    return;
  }
  const a = data.article;
  const textBox = h("div", { class: "article-text card", id: "article-text", lang: a.lang || "ar", dir: "auto" });
  for (const seg of segments(a.text, data.spans)) {
    if (!seg.claims.length) { textBox.appendChild(document.createTextNode(seg.text)); continue; }
    const mark = h("mark", { class: "ev", tabindex: 0, "data-claims": seg.claims.join(" "),
      title: seg.claims.map((i) => `${t("claim")} ${i + 1}`).join(", ") }, seg.text);
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
  clear(view).append(
    h("p", {}, h("a", { href: "#/" }, "← " + t("nav_incidents"))),
    h("h1", { id: "article-title", dir: "auto" }, a.title || a.id),
    h("div", { class: "card facts" },
      h("div", {}, h("span", { class: "k" }, t("outlet")), h("span", { class: "v", id: "article-source" }, a.source || t("unknown"))),
      h("div", {}, h("span", { class: "k" }, t("published")), h("span", { class: "v num" }, a.published || t("unknown"))),
      a.url ? h("div", {}, h("span", { class: "k" }, t("original")), h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank", dir: "ltr" }, a.url)) : null),
    h("div", { class: "article-layout" }, textBox, side),
    await articleAssessment(data.assessment));
  if (params.claim !== undefined) {
    activate(view, [params.claim]);
    const first = view.querySelector("mark.ev.active");
    if (first) first.scrollIntoView({ block: "center" });
  }
}
