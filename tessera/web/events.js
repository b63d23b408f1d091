// The event list beside the map, and the detail of one event: its fields, the fatality
// figures and who claimed them, and each source article with the evidence highlighted.

import { getJSON } from "./api.js";
import { el, externalLink } from "./dom.js";
import { eventSpans, legend, renderHighlighted } from "./highlight.js";
import { actorLabel, fatalitiesLabel, formatDate, placeLabel, typeColour } from "./types.js";

export function renderList(list, events, { selected, onSelect, filtered }) {
  if (!events.length) {
    const hint = filtered
      ? "No event matches these filters."
      : "The store holds no events yet: load articles with `tessera ingest FILE` (or POST /api/articles).";
    list.replaceChildren(el("li", { class: "empty muted" }, hint));
    return;
  }
  list.replaceChildren(
    ...events.map((event) =>
      el(
        "li",
        {
          class: event.id === selected ? "event-item selected" : "event-item",
          dataset: { eventId: event.id, type: event.type },
          tabindex: "0",
          onclick: () => onSelect(event.id),
          onkeydown: (e) => e.key === "Enter" && onSelect(event.id),
        },
        el("i", { class: "swatch", style: `background:${typeColour(event.type)}` }),
        el(
          "div",
          {},
          el("strong", {}, event.type),
          event.mode !== "asserted" ? el("em", { class: "mode" }, ` ${event.mode}`) : null,
          el("span", { class: "muted" }, ` · ${formatDate(event.date)}`),
          el("div", { class: "where" }, placeLabel(event.place)),
          el(
            "div",
            { class: "muted small" },
            [event.actor?.name, event.recipient?.name ? `→ ${event.recipient.name}` : null].filter(Boolean).join(" "),
            event.fatalities ? el("span", { class: "deaths" }, ` ${event.fatalities} killed`) : null,
            event.source_count > 1 ? el("span", { class: "sources" }, ` · ${event.source_count} sources`) : null,
          ),
        ),
      ),
    ),
  );
  list.querySelector(".selected")?.scrollIntoView({ block: "nearest" });
}

function row(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

function precisionNote(text) {
  return el("span", { class: "precision" }, text);
}

function claimsList(event) {
  if (!event.fatality_claims.length) return null;
  return el(
    "ul",
    { class: "claims" },
    event.fatality_claims.map((claim) =>
      el(
        "li",
        {},
        el("strong", {}, String(claim.value)),
        ` according to ${claim.claimant}`,
        claim.official ? precisionNote("official") : null,
        claim.party ? precisionNote("claimed by the perpetrators") : null,
        claim.published ? el("span", { class: "muted" }, ` (report of ${claim.published})`) : null,
      ),
    ),
  );
}

export async function renderDetail(panel, eventId, { onClose }) {
  panel.hidden = false;
  panel.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  let event;
  try {
    event = await getJSON(`/events/${encodeURIComponent(eventId)}`);
  } catch (error) {
    panel.replaceChildren(el("p", { class: "error" }, `Event ${eventId}: ${error.message}`));
    return;
  }
  const place = event.place;
  const fields = el(
    "dl",
    { class: "fields" },
    row("Type", el("span", { class: "type-badge", style: `background:${typeColour(event.type)}` }, event.type)),
    row("Mode", event.mode),
    row("Actor", actorLabel(event.actor)),
    row("Recipient", actorLabel(event.recipient)),
    row(
      "Place",
      placeLabel(place),
      place?.feature ? precisionNote(`precision: ${place.feature}`) : null,
      place?.lat != null ? el("span", { class: "muted small" }, ` ${place.lat.toFixed(3)}, ${place.lon.toFixed(3)}`) : null,
    ),
    row(
      "Date",
      event.date.value ?? "unknown",
      event.date.precision ? precisionNote(`precision: ${event.date.precision}`) : null,
    ),
    row("Fatalities", fatalitiesLabel(event) || "not reported", claimsList(event)),
    event.injuries ? row("Injured", String(event.injuries)) : [],
    row("Confidence", event.confidence.toFixed(2)),
  );
  const sources = el("div", { class: "sources-list" }, el("h3", {}, `Sources (${event.sources.length})`), legend());
  panel.replaceChildren(
    el(
      "header",
      { class: "detail-head" },
      el("h2", {}, `${event.type} · ${formatDate(event.date)}`),
      el("button", { type: "button", class: "close", title: "Close", onclick: onClose }, "×"),
    ),
    fields,
    sources,
  );
  for (const source of event.sources) sources.append(await renderSource(source));
  // Each article's text box opens at its evidence sentence.
  for (const text of sources.querySelectorAll(".article-text")) {
    const evidence = text.querySelector(".evidence");
    if (evidence) text.scrollTop = Math.max(0, evidence.offsetTop - 24); // .article-text is position: relative
  }
  panel.scrollTop = 0;
}

// The source article's language as a small badge ("FR"), its code as text, never as HTML.
function languageBadge(language) {
  if (!language) return null;
  return el("span", { class: "lang-badge", title: `Article language: ${language}`, dataset: { language } }, language.toUpperCase());
}

async function renderSource(source) {
  const text = el("div", { class: "article-text" });
  const section = el(
    "section",
    { class: "source", dataset: { articleId: source.article_id } },
    el(
      "h4",
      {},
      source.url ? externalLink(source.url, source.title ?? source.url) : source.title ?? source.article_id,
      source.published ? el("span", { class: "muted" }, ` · ${source.published}`) : null,
      languageBadge(source.language),
    ),
    source.match_reasons.length
      ? el("p", { class: "muted small" }, `Merged because: ${source.match_reasons.join("; ")}`)
      : null,
    text,
  );
  try {
    const article = await getJSON(`/articles/${encodeURIComponent(source.article_id)}`);
    renderHighlighted(text, article.text, eventSpans(source.mention));
  } catch (error) {
    text.replaceChildren(el("p", {}, source.evidence), el("p", { class: "error" }, `Article text unavailable: ${error.message}`));
  }
  return section;
}
