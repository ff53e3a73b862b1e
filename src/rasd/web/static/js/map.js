// The incidents map: governorate boundaries (vendored OCHA GeoJSON) as the base layer, an
// online tile layer only when the server was configured with one, markers sized by the
// reconciled best number killed.
import { h, route } from "./dom.js";
import { t, label, fmtNumber, currentLang } from "./i18n.js";
import { config } from "./api.js";

const SYRIA = [[32.2, 35.5], [37.4, 42.5]];
let boundaries = null;
let mapInstance = null;

async function loadBoundaries() {
  if (!boundaries) boundaries = fetch("/static/geo/syria_admin1.geojson").then((r) => r.json());
  return boundaries;
}

// Leaflet's attribution control takes HTML; route our text through a text node first.
function escapeText(s) {
  const d = document.createElement("div");
  d.textContent = s;
  return d.innerHTML;
}

export function markerRadius(killed) {
  return Math.min(30, 4 + 2 * Math.sqrt(Math.max(0, killed || 0)));
}

export async function drawMap(container, incidents, { onGovernorate, selected } = {}) {
  if (mapInstance) { mapInstance.remove(); mapInstance = null; }
  if (!window.L) { container.textContent = t("error"); return; }
  const L = window.L;
  // Fractional zoom so Syria fills the box on any screen.
  const map = L.map(container, { zoomControl: true, attributionControl: true, zoomSnap: 0.25 });
  mapInstance = map;
  map.attributionControl.setPrefix(false);
  map.fitBounds(SYRIA);

  const cfg = await config().catch(() => ({}));
  if (cfg.tiles) {
    let host = cfg.tiles;
    try { host = new URL(cfg.tiles.replace("{s}", "a")).host; } catch (_) { /* keep as is */ }
    L.tileLayer(cfg.tiles, { maxZoom: 18, attribution: escapeText("Tiles: " + host) }).addTo(map);
  }

  const geo = await loadBoundaries();
  const centres = {};
  const lang = currentLang();
  L.geoJSON(geo, {
    attribution: `<span dir="${lang === "ar" ? "rtl" : "ltr"}">${escapeText(t("boundaries_attr"))}</span>`,
    style: (f) => ({
      color: "#7a6a5a", weight: 1, fillColor: f.properties.governorate === selected ? "#e8c9a0" : "#f4efe6",
      fillOpacity: cfg.tiles ? 0.15 : 0.9,
    }),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      centres[p.governorate] = p.center;
      layer.bindTooltip(h("span", { class: "map-tip" }, lang === "ar" ? p.name_ar : p.name_en), { sticky: true });
      if (onGovernorate) layer.on("click", () => onGovernorate(p.governorate));
    },
  }).addTo(map);

  for (const inc of incidents) {
    const pl = inc.place || {};
    let ll = null;
    let approx = false;
    if (typeof pl.lat === "number" && typeof pl.lon === "number") ll = [pl.lat, pl.lon];
    else if (centres[pl.governorate]) { ll = centres[pl.governorate]; approx = true; }
    if (!ll) continue;
    const killed = inc.figures && inc.figures.killed ? inc.figures.killed.best : null;
    const m = L.circleMarker(ll, {
      radius: markerRadius(killed), color: "#5a1f1f", weight: 1, fillColor: "#b23a3a",
      fillOpacity: approx ? 0.35 : 0.65, dashArray: approx ? "3" : null,
    });
    m.bindTooltip(h("div", { class: "map-tip" },
      h("strong", {}, pl.name || label("governorates", pl.governorate)), h("br"),
      (inc.date ? inc.date.start : t("undated")) + " · " + label("event_types", inc.event_type), h("br"),
      t("killed") + ": " + fmtNumber(killed),
      approx ? [h("br"), h("em", {}, t("approx_place"))] : null));
    m.on("click", () => { location.hash = route("incident", inc.id); });
    m.addTo(map);
  }
  return map;
}
