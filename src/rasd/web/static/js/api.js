// Fetch JSON from the API; problem bodies (RFC 7807) become Error objects with .status.
export async function getJSON(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) q.set(k, v);
  const url = path + (q.toString() ? "?" + q : "");
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) {
    const err = new Error((body && (body.detail || body.title)) || res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

let configPromise = null;
export function config() {
  configPromise = configPromise || getJSON("/api/config");
  return configPromise;
}
