// Labels live in /static/i18n.json; the chosen language is remembered in localStorage.
const KEY = "rasd.lang";
let table = {};
let lang = "ar";

export async function loadI18n() {
  const res = await fetch("/static/i18n.json");
  table = await res.json();
  let saved = null;
  try { saved = localStorage.getItem(KEY); } catch (_) { /* storage disabled */ }
  lang = saved === "en" || saved === "ar" ? saved : "ar";
  applyDocument();
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

// A codebook id shown in the reader's language; the id itself if no label exists.
export function label(vocab, id) {
  if (id === null || id === undefined) return t("unknown");
  const v = table[lang] && table[lang].vocab && table[lang].vocab[vocab];
  return (v && v[id]) || id;
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
