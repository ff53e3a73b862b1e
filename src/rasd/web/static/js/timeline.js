// Timeline as inline SVG on a real time axis: one slot per calendar month (or year) from the
// first to the last period with incidents, so gaps without incidents show as gaps. Bars =
// reconciled killed per period, line = number of incidents. Drawn left-to-right in both
// languages, as dates are read on a number line.
import { h } from "./dom.js";
import { t, fmtNumber } from "./i18n.js";

function monthIndex(period) {  // "2018-02" -> months since year 0; "2018" -> years
  const [y, m] = period.split("-").map(Number);
  return m ? y * 12 + (m - 1) : y;
}

function periodOf(index, monthly) {
  if (!monthly) return String(index);
  const y = Math.floor(index / 12), m = index % 12 + 1;
  return `${y}-${String(m).padStart(2, "0")}`;
}

export function drawTimeline(container, data) {
  const items = data.items || [];
  if (!items.length) { container.appendChild(h("p", { class: "muted" }, t("nothing"))); return; }
  const monthly = data.bucket !== "year";
  const W = 720, H = 190, padL = 40, padR = 40, padT = 10, padB = 30;
  const iw = W - padL - padR, ih = H - padT - padB;
  const first = monthIndex(items[0].period), last = monthIndex(items[items.length - 1].period);
  const slots = last - first + 1;
  const step = iw / slots;
  const x = (period) => padL + (monthIndex(period) - first) * step;
  const maxK = Math.max(1, ...items.map((d) => d.killed));
  const maxN = Math.max(1, ...items.map((d) => d.incidents));
  const bw = Math.max(1, step * 0.8);
  const svg = h("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t("timeline"), direction: "ltr", id: "timeline-svg" });
  svg.appendChild(h("svg:line", { class: "axis", x1: padL, y1: padT + ih, x2: padL + iw, y2: padT + ih }));
  const pts = [];
  for (const d of items) {
    const bx = x(d.period);
    const bh = (d.killed / maxK) * ih;
    svg.appendChild(h("svg:rect", { class: "bar", "data-period": d.period, x: bx + (step - bw) / 2, y: padT + ih - bh, width: bw, height: Math.max(0, bh) },
      h("svg:title", {}, `${d.period}: ${fmtNumber(d.killed)} ${t("killed")}, ${fmtNumber(d.incidents)} ${t("timeline_incidents")}`)));
    pts.push([bx + step / 2, padT + ih - (d.incidents / maxN) * ih]);
  }
  svg.appendChild(h("svg:polyline", { class: "line", points: pts.map((p) => p.join(",")).join(" ") }));
  if (items.length <= 60) for (const [cx, cy] of pts) svg.appendChild(h("svg:circle", { class: "dot", cx, cy, r: 2 }));
  // Ticks: every month for short ranges, else each January (every few years for long ones).
  const years = monthly ? slots / 12 : slots;
  const every = years <= 1.5 ? 0 : Math.max(1, Math.ceil(years / 12));
  for (let i = first; i <= last; i++) {
    const period = periodOf(i, monthly);
    const yearStart = !monthly || i % 12 === 0;
    const tick = every === 0 ? true : yearStart && Number(period.slice(0, 4)) % every === 0;
    if (!tick) continue;
    const tx = padL + (i - first) * step;
    svg.appendChild(h("svg:line", { class: "tick", x1: tx, y1: padT + ih, x2: tx, y2: padT + ih + 4 }));
    svg.appendChild(h("svg:text", { x: tx, y: H - 12, class: "tick-label" }, every === 0 ? period : period.slice(0, 4)));
  }
  svg.appendChild(h("svg:text", { x: 2, y: padT + 8 }, fmtNumber(maxK)));
  svg.appendChild(h("svg:text", { x: W - padR + 4, y: padT + 8 }, fmtNumber(maxN)));
  container.appendChild(svg);
  container.appendChild(h("div", { class: "legend" },
    h("span", {}, h("span", { class: "sw killed" }), t("timeline_killed")),
    h("span", {}, h("span", { class: "sw incidents" }), t("timeline_incidents")),
    data.undated ? h("span", {}, `${t("undated")}: ${fmtNumber(data.undated)}`) : null,
    data.complete === false ? h("span", { class: "warn" }, t("timeline_partial")) : null));
}
