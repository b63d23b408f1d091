// Colours of the PLOVER event types: greens and blues for cooperation, oranges for
// verbal conflict, purples and reds for material conflict, so violence stands out.

export const TYPE_COLOURS = {
  AGREE: "#1a9850",
  CONSULT: "#66bd63",
  SUPPORT: "#a6d96a",
  COOPERATE: "#1b7837",
  AID: "#4393c3",
  CONCEDE: "#92c5de",
  RETREAT: "#2166ac",
  ACCUSE: "#fdae61",
  REQUEST: "#e6c229",
  REJECT: "#f46d43",
  THREATEN: "#d6604d",
  PROTEST: "#de77ae",
  MOBILIZE: "#8073ac",
  SANCTION: "#b35806",
  COERCE: "#762a83",
  ASSAULT: "#c2141b",
};

export function typeColour(type) {
  return TYPE_COLOURS[type] ?? "#777";
}

export function formatDate(date) {
  if (date && !date.value && date.start) {
    // No date in the text: the store placed it from the article's publication.
    return date.end && date.end !== date.start ? `${date.start} – ${date.end} (approx.)` : `${date.start} (approx.)`;
  }
  if (!date || !date.value) return "date unknown";
  return date.precision && date.precision !== "day" ? `${date.value} (${date.precision})` : date.value;
}

export function placeLabel(place) {
  if (!place || !place.name) return "place unknown";
  const where = [place.name];
  if (place.admin1 && place.admin1 !== place.name) where.push(place.admin1);
  if (place.country && place.feature !== "country") where.push(place.country);
  return where.join(", ");
}

// Takes a stored actor (name, country, sector) or an extracted one (text, name, country, type).
export function actorLabel(actor) {
  if (!actor) return "—";
  const name = actor.name ?? actor.text ?? "unnamed";
  const tags = [actor.country, actor.sector ?? actor.type].filter(Boolean).join(" ");
  return tags ? `${name} (${tags})` : name;
}

export function fatalitiesLabel(event) {
  if (event.fatalities === null || event.fatalities === undefined) return "";
  const { fatalities_min: low, fatalities_max: high } = event;
  if (low !== null && high !== null && low !== undefined && high !== undefined && low !== high) {
    return `${event.fatalities} killed (reports: ${low}–${high})`;
  }
  return `${event.fatalities} killed`;
}
