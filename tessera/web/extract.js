// The Extract page: paste an article, pick its date and language (English, French, or
// auto: detected), see the events the pipeline reads and the spans behind them.
// Nothing is stored (POST /api/extract).

import { postJSON } from "./api.js";
import { el } from "./dom.js";
import { eventSpans, legend, renderHighlighted } from "./highlight.js";
import { actorLabel, formatDate, placeLabel, typeColour } from "./types.js";

function eventCard(event, index, onFocus) {
  const fatalities = event.fatalities != null ? `${event.fatalities} killed` : null;
  return el(
    "li",
    { class: "event-card", dataset: { index: String(index), type: event.type }, tabindex: "0", onclick: () => onFocus(index) },
    el("i", { class: "swatch", style: `background:${typeColour(event.type)}` }),
    el(
      "div",
      {},
      el("strong", {}, event.type),
      el("em", { class: "mode" }, ` ${event.mode}`),
      el("span", { class: "muted" }, ` · “${event.trigger.text}”`),
      el(
        "div",
        { class: "small" },
        `${actorLabel(event.actor)} → ${actorLabel(event.recipient)}`,
      ),
      el(
        "div",
        { class: "small muted" },
        [placeLabel(event.location), formatDate(event.date), fatalities].filter(Boolean).join(" · "),
      ),
    ),
  );
}

export function setupExtract(form, { list, textBox, status }) {
  let current = null;
  textBox.before(legend());

  const focus = (index) => {
    if (!current) return;
    const events = index === null ? current.document.events : [current.document.events[index]];
    renderHighlighted(textBox, current.text, events.flatMap(eventSpans));
    for (const card of list.children) card.classList.toggle("selected", Number(card.dataset.index) === index);
    textBox.querySelector(".evidence")?.scrollIntoView({ block: "nearest" });
  };

  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const data = new FormData(form);
    const text = String(data.get("text") ?? "");
    if (!text.trim()) return;
    status.textContent = "Extracting…";
    form.querySelector("button").disabled = true;
    try {
      const document = await postJSON("/extract", {
        text,
        published: data.get("published") || null,
        language: data.get("language") || null, // auto: the pipeline detects it
      });
      current = { text, document };
      status.textContent = `${document.events.length} event(s) · language ${document.language}`;
      list.replaceChildren(
        ...document.events.map((event, index) => eventCard(event, index, focus)),
      );
      focus(null);
    } catch (error) {
      status.textContent = `Error: ${error.message}`;
    } finally {
      form.querySelector("button").disabled = false;
    }
  });
}
