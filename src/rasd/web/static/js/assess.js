// Assessment panels (rasd.assess): an article's consistency score and its figures'
// standings; an incident's grade and every figure compared. Built from the API's
// "assessment" field; labels from /static/assess-i18n.json, codebook names from i18n.js.
import { h, route } from "./dom.js";
import { currentLang, label, claimantLabel, stated, fmtNumber, t } from "./i18n.js";

let strings = null;

async function load() {
  if (!strings) {
    const res = await fetch("/static/assess-i18n.json");
    strings = await res.json();
  }
  return strings;
}

function s(key, sub) {
  const pick = (table) => table && (sub ? (table[key] || {})[sub] : table[key]);
  return pick(strings[currentLang()]) || pick(strings.en) || sub || key;
}

// Who said it: a codebook claimant, a named "other", or the outlet's own words (named by
// the outlet that printed them).
function voice(c) {
  if (c.claimant === "outlet") return c.source ? claimantLabel("outlet:" + c.source) : label("claimants", "outlet");
  if (c.claimant === "other" && c.claimant_text) return c.claimant_text;
  return label("claimants", c.claimant);
}

function badge(standing) {
  return h("span", { class: "standing st-" + standing }, s("standings", standing));
}

function comparedList(f) {
  if (!f.compared.length) {
    return h("span", { class: "muted" }, s("unchecked", f.unchecked || "no_such_figure"));
  }
  return h("ul", { class: "plain compared" }, f.compared.map((c) => h("li", { class: "rel-" + c.relation },
    h("bdi", {}, voice(c)), " ", h("bdi", { class: "num", dir: "ltr" }, stated(c.stated)),
    c.claimant !== "outlet" && c.source ? h("span", { class: "muted" }, " — ", h("bdi", {}, claimantLabel("outlet:" + c.source))) : null,
    " · ", h("span", { class: "rel" }, s("relations", c.relation)),
    " ", h("a", { href: route("article", c.article_id) + "?claim=" + c.claim_index, class: "muted" }, "↗"))));
}

function standingsTable(figures, withArticle) {
  const head = [withArticle ? t("article") : null, s("says"), s("standing"),
    s("compared_with"), currentLang() === "en" ? s("why_en") : null].filter((x) => x !== null);
  return h("div", { class: "table-wrap" }, h("table", { class: "standings" },
    h("thead", {}, h("tr", {}, head.map((c) => h("th", {}, c)))),
    h("tbody", {}, figures.map((f) => h("tr", { class: "figure-standing", "data-standing": f.standing },
      withArticle ? h("td", {}, h("a", { href: route("article", f.article_id) + "?claim=" + f.claim_index },
        h("bdi", {}, f.article_id))) : null,
      h("td", {}, label("figure_kinds", f.kind), " ", h("bdi", { class: "num", dir: "ltr" }, stated(f.stated))),
      h("td", {}, badge(f.standing),
        f.median !== null && f.median !== undefined && f.standing !== "sole_source"
          ? h("div", { class: "muted" }, `${s("median")}: ${fmtNumber(f.median)}`) : null),
      h("td", {}, comparedList(f)),
      currentLang() === "en" ? h("td", { class: "reason", dir: "ltr" }, f.reason) : null)))));
}

// The panel, titled; "not assessed yet" when there is nothing to show.
function panel(title, a) {
  const box = h("section", { id: "assessment", class: "card assess" }, h("h2", {}, s(title)));
  if (!a) box.appendChild(h("p", { class: "muted" }, s("not_assessed")));
  return box;
}

export async function articleAssessment(a) {
  await load();
  const box = panel("assess_title_article", a);
  if (!a) return box;
  const scored = a.score !== null && a.score !== undefined;
  // the DOM's own append writes null as text: only the parts present
  box.append(...[
    h("div", { class: "score-line" },
      h("span", { class: "k" }, s("score")),
      scored ? h("meter", { min: 0, max: 1, low: 0.4, high: 0.7, optimum: 1, value: a.score }) : null,
      h("strong", { id: "assess-score", class: "num" }, scored ? a.score.toFixed(2) : s("no_score")),
      h("span", { class: "muted num" }, ` ${fmtNumber(a.checked)} / ${fmtNumber(a.figures)} ${s("checked_of")}`)),
    scored ? h("div", { class: "chips" }, Object.entries(a.counts).map(([st, n]) =>
      h("span", { class: "chip st-" + st }, `${s("standings", st)}: ${fmtNumber(n)}`)))
      : h("p", { id: "assess-none" }, a.figures ? s("no_comparable") : s("no_figures")),
    currentLang() === "en" ? h("p", { class: "muted", id: "assess-explanation", dir: "ltr" }, a.explanation) : null,
    a.standings.length ? standingsTable(a.standings, false) : null,
    h("p", { class: "muted small" }, s("score_rule"))].filter(Boolean));
  return box;
}

export async function incidentAssessment(a) {
  await load();
  const box = panel("assess_title_incident", a);
  if (!a) return box;
  box.append(...[
    h("div", { class: "score-line" },
      h("span", { class: "k" }, s("grade")),
      h("strong", { id: "assess-grade", class: "grade gr-" + a.grade, "data-grade": a.grade }, s("grades", a.grade)),
      h("span", { class: "muted" }, ` ${fmtNumber(a.reports)} ${s("reports")} · ${fmtNumber(a.voices)} ${s("voices")}`)),
    currentLang() === "en" ? h("p", { class: "muted", dir: "ltr" }, a.reason) : null,
    // the sentences are English (the standings table marks the same conflicts in either language)
    a.conflicts.length && currentLang() === "en" ? h("div", {}, h("h3", {}, s("conflicts")),
      h("ul", { class: "plain", dir: "ltr" }, a.conflicts.map((c) => h("li", {}, c)))) : null,
    a.figures.length ? standingsTable(a.figures, true) : null].filter(Boolean));
  return box;
}
