// Timeline histogram: events per day, week or month (stacked by type), drawn in SVG.
// Dragging across it (brushing) sets the date range; a click on a bar picks its period.

import { typeColour } from "./types.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86_400_000;
const MARGIN = { left: 34, right: 10, top: 8, bottom: 20 };

const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (time) => new Date(time).toISOString().slice(0, 10);

export function choosePeriod(first, last) {
  const days = (toTime(last) - toTime(first)) / DAY;
  if (days <= 120) return "day";
  if (days <= 3 * 365) return "week";
  return "month";
}

export function periodEnd(startIso, period) {
  const start = new Date(toTime(startIso));
  if (period === "day") return startIso;
  if (period === "week") return toIso(start.getTime() + 6 * DAY);
  return toIso(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
}

function periodStart(time, period) {
  const date = new Date(time);
  if (period === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  if (period === "week") return time - ((date.getUTCDay() + 6) % 7) * DAY;
  return time;
}

function nextPeriod(time, period) {
  const date = new Date(time);
  if (period === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return time + (period === "week" ? 7 : 1) * DAY;
}

function node(tag, attributes = {}) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

export class Timeline {
  constructor(svg, { onBrush }) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.data = null;
    this.range = { since: "", until: "" };
    this.svg.addEventListener("pointerdown", (e) => this.startBrush(e));
    new ResizeObserver(() => this.data && this.draw()).observe(this.svg);
  }

  render(aggregates, range) {
    this.data = aggregates;
    this.range = range;
    this.draw();
  }

  draw() {
    const { buckets, by: period } = this.data;
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 110;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.svg.replaceChildren();
    if (!buckets.length) {
      const empty = node("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" });
      empty.textContent = "no dated events";
      this.svg.append(empty);
      this.scale = null;
      return;
    }
    const first = toTime(buckets[0].period);
    const last = nextPeriod(toTime(buckets[buckets.length - 1].period), period);
    const plotWidth = width - MARGIN.left - MARGIN.right;
    const plotHeight = height - MARGIN.top - MARGIN.bottom;
    const x = (time) => MARGIN.left + ((time - first) / (last - first)) * plotWidth;
    this.scale = { first, last, x, period, invert: (px) => first + ((px - MARGIN.left) / plotWidth) * (last - first) };

    const totals = new Map();
    for (const bucket of buckets) totals.set(bucket.period, (totals.get(bucket.period) ?? 0) + bucket.events);
    const highest = Math.max(...totals.values());
    const y = (count) => (count / highest) * plotHeight;

    // Axis: a baseline, the highest count, and one label per year (or month on short spans).
    const axis = node("g", { class: "axis" });
    axis.append(node("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: MARGIN.top + plotHeight, y2: MARGIN.top + plotHeight }));
    const top = node("text", { x: MARGIN.left - 4, y: MARGIN.top + 8, "text-anchor": "end" });
    top.textContent = String(highest);
    axis.append(top);
    const spanDays = (last - first) / DAY;
    for (let tick = periodStart(first, "month"); tick <= last; tick = nextPeriod(tick, "month")) {
      const date = new Date(tick);
      const yearly = spanDays > 400;
      if (tick < first || (yearly && date.getUTCMonth() !== 0)) continue;
      const label = node("text", { x: x(tick), y: height - 5, "text-anchor": "middle" });
      label.textContent = yearly ? String(date.getUTCFullYear()) : toIso(tick).slice(0, 7);
      axis.append(node("line", { x1: x(tick), x2: x(tick), y1: MARGIN.top + plotHeight, y2: MARGIN.top + plotHeight + 3 }));
      axis.append(label);
    }
    this.svg.append(axis);

    const bars = node("g", { class: "bars" });
    const stacked = new Map();
    for (const bucket of buckets) {
      const start = toTime(bucket.period);
      const barWidth = Math.max(1, x(nextPeriod(start, period)) - x(start) - 1);
      const below = stacked.get(bucket.period) ?? 0;
      stacked.set(bucket.period, below + bucket.events);
      const rect = node("rect", {
        x: x(start),
        width: barWidth,
        y: MARGIN.top + plotHeight - y(below + bucket.events),
        height: Math.max(1, y(bucket.events)),
        fill: typeColour(bucket.key),
        "data-period": bucket.period,
      });
      const title = node("title");
      title.textContent = `${bucket.period}: ${bucket.events} ${bucket.key ?? ""} event(s)${bucket.fatalities ? `, ${bucket.fatalities} killed` : ""}`;
      rect.append(title);
      bars.append(rect);
    }
    this.svg.append(bars);

    this.brush = node("rect", { class: "brush", y: MARGIN.top, height: plotHeight, x: 0, width: 0 });
    this.svg.append(this.brush);
    this.showRange(this.range);
  }

  showRange({ since, until }) {
    if (!this.scale || !this.brush) return;
    if (!since && !until) {
      this.brush.setAttribute("width", 0);
      return;
    }
    const { x, first, last } = this.scale;
    const from = since ? Math.max(first, toTime(since)) : first;
    const to = until ? Math.min(last, toTime(until) + DAY) : last;
    this.brush.setAttribute("x", x(from));
    this.brush.setAttribute("width", Math.max(2, x(to) - x(from)));
  }

  startBrush(event) {
    if (!this.scale) return;
    const box = this.svg.getBoundingClientRect();
    const origin = event.clientX - box.left;
    this.svg.setPointerCapture(event.pointerId);
    const move = (e) => {
      const here = e.clientX - box.left;
      this.brush.setAttribute("x", Math.min(origin, here));
      this.brush.setAttribute("width", Math.abs(here - origin));
    };
    const end = (e) => {
      this.svg.removeEventListener("pointermove", move);
      this.svg.removeEventListener("pointerup", end);
      const here = e.clientX - box.left;
      const { invert, period, first, last } = this.scale;
      const clamp = (time) => Math.min(last - DAY, Math.max(first, time));
      let since;
      let until;
      if (Math.abs(here - origin) < 3) {
        // A click: the period under the pointer.
        since = toIso(periodStart(clamp(invert(here)), period));
        until = periodEnd(since, period);
      } else {
        since = toIso(clamp(invert(Math.min(origin, here))));
        until = toIso(clamp(invert(Math.max(origin, here))));
      }
      this.onBrush(since, until);
    };
    this.svg.addEventListener("pointermove", move);
    this.svg.addEventListener("pointerup", end);
  }
}
