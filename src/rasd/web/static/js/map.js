// The incidents map: governorate boundaries (vendored OCHA GeoJSON) as the base layer, an
// online tile layer only when the server was configured with one, and every incident the
// filters select (GET /api/map) as a circle sized by the best number killed, grouped into
// clusters where dense (vendored Leaflet.markercluster), with a legend.
import { h, route } from "./dom.js";
import { t, label, fmtNumber, currentLang } from "./i18n.js";
import { config } from "./api.js";

const SYRIA = [[32.2, 35.5], [37.4, 42.5]];
const LEGEND_SIZES = [1, 10, 100];
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

function legend(L) {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => {
    const sizes = LEGEND_SIZES.map((n) => {
      const r = markerRadius(n);
      return h("span", { class: "size" },
        h("svg:svg", { width: 2 * r + 2, height: 2 * r + 2, "aria-hidden": "true" },
          h("svg:circle", { cx: r + 1, cy: r + 1, r, class: "mk" })), fmtNumber(n));
    });
    const r = markerRadius(1);
    const div = h("div", { class: "map-legend", id: "map-legend", dir: currentLang() === "ar" ? "rtl" : "ltr" },
      h("div", {}, t("legend_size")), h("div", { class: "sizes" }, sizes),
      h("div", {}, h("svg:svg", { width: 2 * r + 2, height: 2 * r + 2, "aria-hidden": "true" },
        h("svg:circle", { cx: r + 1, cy: r + 1, r, class: "mk approx" })), " ", t("legend_approx")),
      h("div", {}, h("span", { class: "cluster-swatch" }, "3"), " ", t("legend_cluster")));
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  return control;
}

function tooltip(p) {
  const name = currentLang() === "en" ? (p.name_en || p.name) : (p.name || p.name_en);
  return h("div", { class: "map-tip" },
    h("strong", {}, h("bdi", { dir: "auto" }, name || label("governorates", p.governorate))), h("br"),
    h("bdi", { dir: "ltr" }, p.date || t("undated")), " · " + label("event_types", p.event_type), h("br"),
    t("killed") + ": " + fmtNumber(p.killed),
    p.approx ? [h("br"), h("em", {}, t("approx_place"))] : null);
}

export async function drawMap(container, data, { onGovernorate, selected } = {}) {
  if (mapInstance) { mapInstance.remove(); mapInstance = null; }
  if (!window.L) { container.textContent = t("error"); return null; }
  const L = window.L;
  // Fractional zoom so Syria fills the box on any screen.
  // maxZoom: the clusters need one even when no tile layer sets it.
  const map = L.map(container, { zoomControl: true, attributionControl: true, zoomSnap: 0.25, maxZoom: 16 });
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
  const lang = currentLang();
  L.geoJSON(geo, {
    attribution: `<span dir="${lang === "ar" ? "rtl" : "ltr"}">${escapeText(t("boundaries_attr"))}</span>`,
    style: (f) => ({
      color: "#7a6a5a", weight: 1, fillColor: f.properties.governorate === selected ? "#e8c9a0" : "#f4efe6",
      fillOpacity: cfg.tiles ? 0.15 : 0.9,
    }),
    onEachFeature: (f, layer) => {
      const p = f.properties;
      layer.bindTooltip(h("span", { class: "map-tip" }, lang === "ar" ? p.name_ar : p.name_en), { sticky: true });
      if (onGovernorate) layer.on("click", () => onGovernorate(p.governorate));
    },
  }).addTo(map);

  // Clusters where incidents crowd; single incidents keep their size-coded circle.
  const group = L.markerClusterGroup
    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true })
    : L.layerGroup();
  for (const p of data.points || []) {
    const m = L.circleMarker([p.lat, p.lon], {
      radius: markerRadius(p.killed), color: "#5a1f1f", weight: 1, fillColor: "#b23a3a",
      fillOpacity: p.approx ? 0.35 : 0.65, dashArray: p.approx ? "3" : null, className: "incident-marker",
    });
    m.bindTooltip(tooltip(p));
    m.on("click", () => { location.hash = route("incident", p.id); });
    group.addLayer(m);
  }
  group.addTo(map);
  legend(L).addTo(map);
  container.dataset.points = String((data.points || []).length);
  return map;
}
