// Hash router: #/ (incidents, filters in the query), #/incident/ID, #/article/ID?claim=N,
// #/search?q=. Deep links are plain URLs; the server only ever serves index.html.
import { loadI18n, setLang, currentLang, setNames, t } from "./i18n.js";
import { config } from "./api.js";
import { notFound } from "./dom.js";
import { renderIncidents } from "./pages/incidents.js";
import { renderIncident } from "./pages/incident.js";
import { renderArticle } from "./pages/article.js";
import { renderSearch } from "./pages/search.js";

const view = document.getElementById("view");

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, qs] = raw.split("?", 2);
  const params = Object.fromEntries(new URLSearchParams(qs || ""));
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { parts, params };
}

async function render() {
  const hash = location.hash;
  const { parts, params } = parseHash();
  const [page, ...rest] = parts;
  const id = rest.join("/");
  if (page === "incident" && id) await renderIncident(view, id);
  else if (page === "article" && id) await renderArticle(view, id, params);
  else if (page === "search") await renderSearch(view, params);
  else if (!page) await renderIncidents(view, params);
  else notFound(view, t, t("not_found_page"));
  // For tests and screenshots: the view of this very hash has rendered. A render overtaken by a
  // newer hash says nothing, and data-view lets a waiter tell a fresh render from a stale one.
  if (location.hash !== hash) return;
  document.body.dataset.view = hash;
  document.body.dataset.ready = "1";
}

async function start() {
  await loadI18n();
  setNames(await config().catch(() => null));
  document.getElementById("lang-switch").addEventListener("click", () => {
    setLang(currentLang() === "ar" ? "en" : "ar");
    render();
  });
  window.addEventListener("hashchange", () => { document.body.dataset.ready = ""; render(); });
  await render();
}

start();
