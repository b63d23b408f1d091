// Tessera's web app: wires the filters, map, timeline, event list and detail, and the
// Extract page to the JSON API. All state is in the URL; every change re-reads the API.

import { getJSON } from "./api.js";
import { el } from "./dom.js";
import { renderDetail, renderList } from "./events.js";
import { setupExtract } from "./extract.js";
import { EventMap } from "./map.js";
import { filtersOf, readState, writeState } from "./state.js";
import { choosePeriod, Timeline } from "./timeline.js";

const PAGE_SIZE = 1000;

const form = document.getElementById("filters");
const list = document.getElementById("event-list");
const detail = document.getElementById("event-detail");
const count = document.getElementById("event-count");
const dateRange = document.getElementById("date-range");
const clearDates = document.getElementById("clear-dates");
const periodSelect = document.getElementById("timeline-period");
const sortSelect = document.getElementById("sort");

let state = readState();
let meta = null;
let shownCountry = null;
let refreshing = 0;

const map = new EventMap(document.getElementById("map"), { onSelect: (id) => select(id) });
const timeline = new Timeline(document.getElementById("timeline"), {
  onBrush: (since, until) => update({ since, until }, { push: true }),
});

function fillSelect(select, options) {
  const first = select.options[0];
  select.replaceChildren(first, ...options.map(([value, label]) => el("option", { value }, label)));
}

function admin1Options() {
  const areas = state.country
    ? (meta.admin1[state.country] ?? []).map((name) => [name, name])
    : Object.entries(meta.admin1).flatMap(([code, names]) => names.map((name) => [name, `${name} (${code})`]));
  fillSelect(form.elements.admin1, areas);
}

function stateToForm() {
  admin1Options();
  for (const key of ["country", "admin1", "type", "mode", "language", "actor", "text"]) {
    const field = form.elements[key];
    // A value from a shared URL that the menus do not list yet is kept as an option.
    if (field.tagName === "SELECT" && state[key] && ![...field.options].some((o) => o.value === state[key])) {
      field.append(el("option", { value: state[key] }, state[key]));
    }
    field.value = state[key];
  }
  sortSelect.value = state.sort || "-date";
  periodSelect.value = state.period || "auto";
}

function showPage() {
  const extract = state.page === "extract";
  document.getElementById("page-map").hidden = extract;
  document.getElementById("page-extract").hidden = !extract;
  form.hidden = extract;
  for (const link of document.querySelectorAll("[data-page-link]")) {
    link.classList.toggle("current", link.dataset.pageLink === (extract ? "extract" : "map") && link.closest("nav"));
  }
  if (!extract) map.map.invalidateSize();
}

function update(changes, { push = false } = {}) {
  state = { ...state, ...changes };
  writeState(state, { push });
  stateToForm();
  refresh();
}

function select(eventId) {
  state.event = eventId;
  writeState(state, { push: true });
  for (const item of list.children) item.classList.toggle("selected", item.dataset.eventId === eventId);
  list.querySelector(".selected")?.scrollIntoView({ block: "nearest" });
  map.select(eventId);
  showDetail();
}

function showDetail() {
  document.body.classList.toggle("has-detail", Boolean(state.event));
  if (!state.event) {
    detail.hidden = true;
    return;
  }
  renderDetail(detail, state.event, {
    onClose: () => {
      state.event = "";
      writeState(state, { push: true });
      map.select("");
      showDetail();
    },
  });
}

async function refresh() {
  if (state.page === "extract") return;
  const ticket = ++refreshing;
  const filters = filtersOf(state);
  const { since, until, ...undated } = filters;
  const whole = await getJSON("/aggregates", { ...undated, by: "month", group: "none" });
  const buckets = whole.buckets;
  const period =
    state.period && state.period !== "auto"
      ? state.period
      : buckets.length
        ? choosePeriod(buckets[0].period, buckets[buckets.length - 1].period)
        : "week";
  const [page, histogram] = await Promise.all([
    getJSON("/events", { ...filters, limit: PAGE_SIZE, sort: state.sort || "-date" }),
    getJSON("/aggregates", { ...undated, by: period, group: "type" }),
  ]);
  if (ticket !== refreshing) return; // a newer refresh is on its way
  count.textContent = page.total > page.events.length ? `${page.events.length} of ${page.total}` : String(page.total);
  document.getElementById("timeline-title").textContent = `Events per ${period}`;
  dateRange.textContent = since || until ? `${since || "…"} – ${until || "…"}` : "all dates (drag to choose a range)";
  clearDates.hidden = !(since || until);
  const placed = map.show(page.events);
  if (state.country !== shownCountry) {
    shownCountry = state.country;
    if (state.country) map.focusCountry(state.country);
    else {
      map.focusCountry("");
      map.fitToEvents();
    }
  }
  document.body.dataset.markers = String(placed);
  const unplaced = page.events.length - placed;
  document.getElementById("unplaced").textContent = unplaced ? `(${unplaced} without a place, not on the map)` : "";
  renderList(list, page.events, { selected: state.event, onSelect: select, filtered: Object.keys(filters).length > 0 });
  timeline.render(histogram, { since, until });
  if (state.event) map.select(state.event);
}

async function boot() {
  meta = await getJSON("/meta");
  fillSelect(
    form.elements.country,
    meta.countries.map((c) => [c.code, `${c.name} (${c.events})`]),
  );
  fillSelect(form.elements.type, meta.event_types.map((t) => [t, t]));
  fillSelect(form.elements.mode, meta.modes.map((m) => [m, m]));
  fillSelect(form.elements.language, meta.languages.map((l) => [l.code, `${l.name} (${l.events})`]));
  map.setCountries(meta.countries);
  getJSON("/actors", { limit: 300 }).then((actors) => {
    document.getElementById("actor-names").replaceChildren(...actors.map((a) => el("option", { value: a.name })));
  });

  form.addEventListener("change", (e) => {
    const field = e.target;
    if (!field.name) return;
    const changes = { [field.name]: field.value.trim() };
    if (field.name === "country") changes.admin1 = "";
    update(changes, { push: true });
  });
  form.addEventListener("submit", (e) => e.preventDefault());
  document.getElementById("reset-filters").addEventListener("click", () => {
    const cleared = { country: "", admin1: "", type: "", mode: "", language: "", actor: "", text: "", since: "", until: "" };
    update(cleared, { push: true });
  });
  clearDates.addEventListener("click", () => update({ since: "", until: "" }, { push: true }));
  periodSelect.addEventListener("change", () => update({ period: periodSelect.value === "auto" ? "" : periodSelect.value }));
  sortSelect.addEventListener("change", () => update({ sort: sortSelect.value === "-date" ? "" : sortSelect.value }));
  for (const link of document.querySelectorAll("[data-page-link]")) {
    link.addEventListener("click", (e) => {
      e.preventDefault();
      state = { ...state, page: link.dataset.pageLink === "extract" ? "extract" : "" };
      writeState(state, { push: true });
      showPage();
      refresh();
    });
  }
  window.addEventListener("popstate", () => {
    state = readState();
    stateToForm();
    showPage();
    refresh();
    showDetail();
  });

  setupExtract(document.getElementById("extract-form"), {
    list: document.getElementById("extract-events"),
    textBox: document.getElementById("extract-text"),
    status: document.getElementById("extract-status"),
  });

  stateToForm();
  showPage();
  await refresh();
  showDetail();
  document.body.dataset.ready = "true";
}

boot().catch((error) => {
  document.body.prepend(el("p", { class: "error banner" }, `Tessera could not start: ${error.message}`));
  console.error(error);
});
