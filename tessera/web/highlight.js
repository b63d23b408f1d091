// Article text with spans highlighted: the evidence sentence, and inside it the trigger,
// actor, recipient, place and date the pipeline read. Offsets are Python str offsets
// (code points); JavaScript strings count UTF-16 units, so texts are cut by code point.

import { el } from "./dom.js";

export const ROLES = ["trigger", "actor", "recipient", "place", "date", "quantity"];

// Spans of one extracted event (a `tessera.records.Event`), with the sentence it came from.
export function eventSpans(event) {
  const spans = [{ start: event.sentence.start, end: event.sentence.end, role: "evidence" }];
  const add = (span, role) => {
    if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, role, text: span.text });
  };
  add(event.trigger, "trigger");
  add(event.actor, "actor");
  add(event.recipient, "recipient");
  add(event.location, "place");
  add(event.date, "date");
  for (const quantity of event.quantities ?? []) add(quantity, "quantity");
  return spans;
}

export function renderHighlighted(container, text, spans) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, span.start)));
    cuts.add(Math.max(0, Math.min(chars.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  container.replaceChildren();
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = chars.slice(start, end).join("");
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const roles = [...new Set(covering.map((span) => span.role))];
    const classes = roles.map((role) => (role === "evidence" ? "evidence" : `hl hl-${role}`));
    const ids = [...new Set(covering.map((span) => span.event).filter(Boolean))];
    container.append(
      el(
        "span",
        {
          class: classes.join(" "),
          title: roles.filter((role) => role !== "evidence").join(", ") || null,
          dataset: ids.length ? { events: ids.join(" ") } : {},
        },
        piece,
      ),
    );
  }
}

export function legend() {
  return el(
    "p",
    { class: "span-legend" },
    ROLES.filter((role) => role !== "quantity").map((role) => el("span", { class: `hl hl-${role}` }, role)),
    el("span", { class: "evidence" }, "evidence sentence"),
  );
}
