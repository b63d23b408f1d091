// The map: country boundaries from the world-atlas package (served by this app, no tiles,
// no CDN) and one marker per event, coloured by type, sized by fatalities, clustered
// when dense. Leaflet, Leaflet.markercluster and topojson-client are loaded as classic
// scripts by index.html and read here from `window`.

import { el } from "./dom.js";
import { formatDate, placeLabel, TYPE_COLOURS, typeColour } from "./types.js";

const { L, topojson } = window;
const BOUNDARIES = "/ui/static/vendor/world-atlas/countries-50m.json";

export function markerSize(fatalities) {
  // Area grows with deaths, so size reads as magnitude: 10 px with none, about 40 px at 300.
  return Math.round(10 + 1.7 * Math.sqrt(Math.max(0, fatalities ?? 0)));
}

// Icons are DOM nodes, not HTML strings: no markup is parsed, and their styles are set
// through the CSSOM, which the page's Content-Security-Policy (no inline styles) allows.
function markerIcon(event, selected) {
  const size = markerSize(event.fatalities);
  const classes = ["event-dot", selected ? "selected" : "", event.mode !== "asserted" ? `mode-${event.mode}` : ""];
  return L.divIcon({
    className: "event-marker",
    iconSize: [size, size],
    html: el("span", {
      class: classes.join(" ").trim(),
      dataset: { eventId: event.id, type: event.type },
      style: `--dot:${typeColour(event.type)};width:${size}px;height:${size}px`,
    }),
  });
}

function clusterIcon(cluster) {
  const markers = cluster.getAllChildMarkers();
  const counts = {};
  for (const marker of markers) counts[marker.options.event.type] = (counts[marker.options.event.type] ?? 0) + 1;
  // A conic gradient shows the mix of types inside the cluster.
  let angle = 0;
  const stops = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => {
      const from = angle;
      angle += (n / markers.length) * 360;
      return `${typeColour(type)} ${from}deg ${angle}deg`;
    });
  const size = Math.min(56, 26 + Math.round(Math.sqrt(markers.length) * 4));
  return L.divIcon({
    className: "event-cluster",
    iconSize: [size, size],
    html: el(
      "span",
      { style: `background:conic-gradient(${stops.join(",")});width:${size}px;height:${size}px` },
      el("b", {}, String(markers.length)),
    ),
  });
}

export class EventMap {
  constructor(element, { onSelect }) {
    this.onSelect = onSelect;
    // No tiles below the boundaries, so zooming past a region's scale shows nothing more.
    this.map = L.map(element, { zoomSnap: 0.5, worldCopyJump: true, minZoom: 2, maxZoom: 10 }).setView([13, 2], 4);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas)");
    this.countries = null;
    this.countryCode = "";
    this.numericOf = {};
    this.labelled = false;
    this.markers = new Map();
    this.selected = "";
    this.cluster = L.markerClusterGroup({
      maxClusterRadius: 36,
      // Events geocoded to one point (a town, a country's centre) stay stacked from here
      // on, rather than forcing a zoom to the deepest level to tell them apart.
      disableClusteringAtZoom: 8,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon,
    });
    this.map.addLayer(this.cluster);
    this.addLegend();
    this.ready = this.loadBoundaries();
  }

  async loadBoundaries() {
    try {
      const topology = await (await fetch(BOUNDARIES)).json();
      const features = topojson.feature(topology, topology.objects.countries);
      this.countries = L.geoJSON(features, {
        style: (feature) => this.countryStyle(feature),
        interactive: false,
      }).addTo(this.map);
      this.countries.bringToBack();
      this.labelCountries();
    } catch (error) {
      console.warn("country boundaries not loaded (run scripts/install-web-assets.sh)", error);
    }
  }

  // Names of the countries that have events, since no base map shows them.
  labelCountries() {
    if (!this.countries || !this.labelled) return;
    const wanted = new Set(Object.values(this.numericOf));
    for (const layer of this.countries.getLayers()) {
      if (!wanted.has(layer.feature.id) || layer.getTooltip()) continue;
      layer.bindTooltip(layer.feature.properties.name, {
        permanent: true,
        direction: "center",
        className: "country-label",
        interactive: false,
      });
    }
  }

  countryStyle(feature) {
    const chosen = this.countryCode && this.numericOf[this.countryCode] === feature.id;
    return {
      color: chosen ? "#333" : "#9a9a8f",
      weight: chosen ? 2 : 0.7,
      fillColor: chosen ? "#fffbe8" : "#f3f1ea",
      fillOpacity: 1,
    };
  }

  addLegend() {
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = () =>
      el(
        "div",
        { class: "map-legend" },
        Object.entries(TYPE_COLOURS).map(([type, colour]) =>
          el("span", { class: "legend-item", dataset: { type } }, el("i", { style: `background:${colour}` }), type),
        ),
      );
    legend.addTo(this.map);
  }

  setCountries(countries) {
    this.numericOf = Object.fromEntries(countries.map((c) => [c.code, c.numeric]));
    this.labelled = true;
    this.ready.then(() => this.labelCountries());
  }

  // Highlight the filtered country and frame it.
  focusCountry(code) {
    this.countryCode = code;
    this.ready.then(() => {
      if (!this.countries) return;
      this.countries.setStyle((feature) => this.countryStyle(feature));
      if (!code) return;
      const layer = this.countries.getLayers().find((l) => l.feature.id === this.numericOf[code]);
      if (layer) this.map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 7, animate: false });
    });
  }

  show(events) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const event of events) {
      if (!event.place || event.place.lat === null || event.place.lon === null) continue;
      const marker = L.marker([event.place.lat, event.place.lon], {
        icon: markerIcon(event, event.id === this.selected),
        event,
        keyboard: true,
        title: event.type,
      });
      marker.bindTooltip(
        `<b>${event.type}</b> ${event.mode !== "asserted" ? `(${event.mode})` : ""}<br>` +
          `${escapeHtml(formatDate(event.date))}<br>${escapeHtml(placeLabel(event.place))}` +
          (event.fatalities ? `<br>${event.fatalities} killed` : ""),
        { direction: "top", offset: [0, -6] },
      );
      marker.on("click", () => this.onSelect(event.id));
      this.markers.set(event.id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
    return layers.length;
  }

  // Frame the bulk of the events: a few far-off ones (a capital abroad) should not zoom
  // the map out to the whole world, so the tenth farthest from the median are left out.
  fitToEvents() {
    const points = [...this.markers.values()].map((m) => m.getLatLng());
    if (!points.length) return;
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const centre = L.latLng(median(points.map((p) => p.lat)), median(points.map((p) => p.lng)));
    const nearest = points
      .sort((a, b) => a.distanceTo(centre) - b.distanceTo(centre))
      .slice(0, Math.max(1, Math.ceil(points.length * 0.9)));
    this.map.fitBounds(L.latLngBounds(nearest).pad(0.1), { padding: [30, 30], maxZoom: 7 });
  }

  // Keep the analyst's zoom: bring the event into view and, when it sits in a cluster,
  // fan the cluster out where it is instead of zooming in to split it. A cluster refuses
  // to fan out while the map is still zooming, so this tries again a few times.
  reveal(marker, attempts) {
    const shown = this.cluster.getVisibleParent(marker);
    if (!shown) {
      this.cluster.zoomToShowLayer(marker, () => marker.openTooltip());
      return;
    }
    if (!this.map.getBounds().contains(marker.getLatLng())) this.map.panTo(marker.getLatLng());
    if (shown === marker) {
      marker.openTooltip();
      return;
    }
    shown.spiderfy();
    setTimeout(() => {
      if (marker !== this.markers.get(this.selected)) return; // another event was chosen meanwhile
      if (this.cluster.getVisibleParent(marker) === marker) marker.openTooltip();
      else if (attempts > 1) this.reveal(marker, attempts - 1);
    }, 350);
  }

  select(eventId) {
    const previous = this.markers.get(this.selected);
    this.selected = eventId;
    if (previous) previous.setIcon(markerIcon(previous.options.event, false));
    const marker = this.markers.get(eventId);
    if (!marker) return;
    marker.setIcon(markerIcon(marker.options.event, true));
    this.reveal(marker, 6);
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
