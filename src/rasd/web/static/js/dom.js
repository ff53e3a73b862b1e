// DOM building without innerHTML: every string becomes a text node, so article text and
// metadata can never become markup, whatever they contain.

export function h(tag, attrs, ...children) {
  const el = tag.includes(":")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.split(":")[1])
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "href") el.setAttribute("href", safeHref(v));
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Only links we understand: same-page routes, our own paths, http(s). A javascript: URL
// from an ingested article's "url" field must not become clickable code.
export function safeHref(v) {
  const s = String(v).trim();
  if (s.startsWith("#") || (s.startsWith("/") && !s.startsWith("//"))) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (_) { /* not a URL */ }
  return "#";
}

export function route(...parts) {
  return "#/" + parts.map(encodeURIComponent).join("/");
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

// Text whose direction is its own (names, titles, quotes, outlets): isolated so a Latin name
// in Arabic text (or the reverse) cannot reorder its neighbours.
export function iso(text, attrs) {
  return h("bdi", { dir: "auto", ...(attrs || {}) }, text);
}

// Dates, numbers and ids: always left-to-right, isolated.
export function ltr(text, attrs) {
  return h("bdi", { dir: "ltr", ...(attrs || {}) }, text);
}

export function dateSpan(d) {
  if (!d) return null;
  return d.start === d.end || !d.end ? d.start : `${d.start} – ${d.end}`;
}

// A permalink and a citation line for an incident or an article, with a copy button.
export function citation(t, kind, id, extra) {
  const url = location.origin + "/" + route(kind, id);
  const today = new Date().toISOString().slice(0, 10);
  const line = `${t("rasd_" + kind)} ${id}${extra ? ", " + extra : ""}, ${t("retrieved")} ${today}, ${url}`;
  const text = h("code", { class: "cite-text", dir: "auto" }, line);
  const button = h("button", { type: "button", class: "copy" }, t("copy"));
  button.addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(line); button.textContent = t("copied"); }
    catch (_) { window.getSelection().selectAllChildren(text); }
  });
  return h("div", { class: "cite card", id: "citation" },
    h("div", {}, h("span", { class: "k" }, t("permalink") + ": "), h("a", { href: url, class: "permalink", dir: "ltr" }, url)),
    h("div", {}, h("span", { class: "k" }, t("cite") + ": "), text, " ", button));
}

export function notFound(view, t, message) {
  clear(view).appendChild(h("section", { class: "card not-found", id: "not-found" },
    h("h1", {}, t("not_found_title")), h("p", {}, message),
    h("p", {}, h("a", { href: "#/" }, "← " + t("back_incidents")), " · ", h("a", { href: "#/search" }, t("nav_search")))));
}
