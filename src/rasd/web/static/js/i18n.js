// Interface labels live in /static/i18n.json; names of codebook ids and outlets come from the
// server (GET /api/config, from rasd's one names file). The chosen language is remembered.
const KEY = "rasd.lang";
let table = {};
let names = { en: {}, ar: {} };
let outlets = {};
let lang = "ar";

export async function loadI18n() {
  const res = await fetch("/static/i18n.json");
  table = await res.json();
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch (_) { /* storage disabled */ }
  lang = saved === "en" || saved === "ar" ? saved : "ar";
  applyDocument();
}

export function setNames(cfg) {
  names = (cfg && cfg.names) || names;
  outlets = (cfg && cfg.outlets) || outlets;
}

export function currentLang() { return lang; }

export function setLang(next) {
  lang = next;
  try { localStorage.setItem(KEY, next); } catch (_) { /* storage disabled */ }
  applyDocument();
}

export function t(key) {
  return (table[lang] && table[lang][key]) || (table.en && table.en[key]) || key;
}

// A codebook id in the reader's language; the id itself if no name exists.
export function label(vocab, id) {
  if (id === null || id === undefined) return t("unknown");
  const v = names[lang] && names[lang][vocab];
  return (v && v[id]) || id;
}

// A claimant as reconciliation keys it: "sohr", "outlet:skynews", "other:<name>".
export function claimantLabel(key) {
  const i = key.indexOf(":");
  if (i < 0) return label("claimants", key);
  const kind = key.slice(0, i), rest = key.slice(i + 1);
  if (kind === "outlet") { const o = outlets[rest.toLowerCase()]; return o ? o[lang] || o.en : rest; }
  return rest;
}

// A figure as stated ("≥45", "dozens", "dozens+3") with its words in the reader's language.
export function stated(s) {
  return String(s).split("+").map((p) => (names[lang].qualifiers && names[lang].qualifiers[p]) || p).join("+");
}

// A place in the reader's language: the gazetteer's English name in English, the article's
// Arabic name in Arabic; the governorate when no place is named.
export function placeName(p) {
  if (!p) return t("unknown");
  const own = lang === "en" ? (p.name_en || p.name) : (p.name || p.name_en);
  return own || label("governorates", p.governorate);
}

export function outletName(o, source) {
  if (o && (o[lang] || o.en)) return o[lang] || o.en;
  return source || t("outlet_unknown");
}

// Latin digits in Arabic too: readers compare them with the figures quoted in the articles.
export function fmtNumber(n) {
  if (n === null || n === undefined) return "–";
  return new Intl.NumberFormat(lang === "ar" ? "ar-SY-u-nu-latn" : "en-GB").format(n);
}

function applyDocument() {
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const sw = document.getElementById("lang-switch");
  if (sw) {
    sw.textContent = t("lang_switch");
    sw.lang = lang === "ar" ? "en" : "ar";
  }
  document.title = t("app_name") + " · " + t("tagline");
}
