// Timeline as inline SVG: bars = reconciled killed per period, line = number of incidents.
// Drawn left-to-right in both languages, as dates are read on a number line.
import { h } from "./dom.js";
import { t, fmtNumber } from "./i18n.js";

export function drawTimeline(container, data) {
  const items = data.items || [];
  if (!items.length) { container.appendChild(h("p", { class: "muted" }, t("nothing"))); return; }
  const W = 720, H = 180, padL = 40, padR = 40, padT = 10, padB = 24;
  const iw = W - padL - padR, ih = H - padT - padB;
  const maxK = Math.max(1, ...items.map((d) => d.killed));
  const maxN = Math.max(1, ...items.map((d) => d.incidents));
  const step = iw / items.length;
  const bw = Math.max(1, step * 0.8);
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t("timeline"), direction: "ltr" });
  svg.appendChild(h("svg:line", { class: "axis", x1: padL, y1: padT + ih, x2: padL + iw, y2: padT + ih }));
  const pts = [];
  items.forEach((d, i) => {
    const x = padL + i * step;
    const bh = (d.killed / maxK) * ih;
    svg.appendChild(h("svg:rect", { class: "bar", x: x + (step - bw) / 2, y: padT + ih - bh, width: bw, height: Math.max(0, bh) },
      h("svg:title", {}, `${d.period}: ${fmtNumber(d.killed)} ${t("killed")}, ${fmtNumber(d.incidents)} ${t("timeline_incidents")}`)));
    pts.push([x + step / 2, padT + ih - (d.incidents / maxN) * ih]);
  });
  svg.appendChild(h("svg:polyline", { class: "line", points: pts.map((p) => p.join(",")).join(" ") }));
  if (items.length <= 40) for (const [x, y] of pts) svg.appendChild(h("svg:circle", { class: "dot", cx: x, cy: y, r: 2 }));
  // Year labels where the year changes, so the axis stays readable for any range.
  let lastYear = null;
  let lastX = -100;
  items.forEach((d, i) => {
    const y = d.period.slice(0, 4);
    const x = padL + i * step;
    if (y !== lastYear && x - lastX > 30) {
      svg.appendChild(h("svg:text", { x, y: H - 6 }, items.length <= 12 ? d.period : y));
      lastX = x;
    }
    lastYear = y;
  });
  svg.appendChild(h("svg:text", { x: 2, y: padT + 8 }, fmtNumber(maxK)));
  svg.appendChild(h("svg:text", { x: W - padR + 4, y: padT + 8 }, fmtNumber(maxN)));
  container.appendChild(svg);
  container.appendChild(h("div", { class: "legend" },
    h("span", {}, h("span", { class: "sw killed" }), t("timeline_killed")),
    h("span", {}, h("span", { class: "sw incidents" }), t("timeline_incidents")),
    data.undated ? h("span", {}, `${t("undated")}: ${fmtNumber(data.undated)}`) : null,
    data.complete === false ? h("span", { class: "warn" }, t("timeline_partial")) : null));
}
