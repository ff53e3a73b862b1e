// Full-text search over articles (Arabic-normalised; English place names and words find their
// Arabic equivalents); results open the article page.
import { h, clear, route, query, iso, ltr } from "../dom.js";
import { t, outletName } from "../i18n.js";
import { getJSON } from "../api.js";

export async function renderSearch(view, params) {
  const input = h("input", { type: "search", name: "q", id: "q", value: params.q || "", placeholder: t("search_placeholder"), dir: "auto" });
  const form = h("form", { class: "search", role: "search" }, input, h("button", { type: "submit", class: "primary" }, t("search")));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = "#/search" + query({ q: input.value.trim() }); });
  const results = h("div", { id: "results" });
  clear(view).append(h("h1", {}, t("nav_search")), form, results);
  if (!params.q) return;
  results.appendChild(h("p", { class: "muted" }, t("loading")));
  try {
    const data = await getJSON("/api/search", { q: params.q, limit: 50 });
    clear(results).appendChild(h("h2", {}, t("results") + ": " + data.items.length));
    if (!data.items.length) results.appendChild(h("p", { class: "muted" }, t("nothing")));
    for (const hit of data.items) {
      results.appendChild(h("div", { class: "hit" },
        h("a", { href: route("article", hit.article_id), dir: "auto", class: "hit-title" }, hit.display_title || hit.title || t("untitled")),
        h("div", { class: "muted" }, iso(outletName(hit.outlet, hit.source)), hit.published ? [" · ", ltr(hit.published)] : null),
        h("div", { class: "snippet", dir: "auto" }, hit.snippet)));
    }
  } catch (e) {
    clear(results).appendChild(h("p", { class: "warn" }, t("error") + ": " + e.message));
  }
}
