// The view's state lives in the URL (?country=MLI&type=ASSAULT&event=...), so a view can be shared.

export const FILTER_KEYS = ["country", "admin1", "type", "mode", "language", "actor", "text", "since", "until"];
const KEYS = [...FILTER_KEYS, "event", "sort", "period", "page"];

export function readState() {
  const params = new URLSearchParams(window.location.search);
  const state = {};
  for (const key of KEYS) state[key] = params.get(key) ?? "";
  return state;
}

export function writeState(state, { push = false } = {}) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (state[key]) params.set(key, state[key]);
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ""}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (push) window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

export function filtersOf(state) {
  const filters = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  return filters;
}
