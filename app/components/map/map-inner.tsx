"use client";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { useEffect, useRef, useState } from "react";
import type { MapLabels, MapPoint } from "./map";
import styles from "./map.module.css";

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Toruń's centre, when there are no points to fit. */
const TORUN: [number, number] = [53.0138, 18.5984];

/**
 * `cluster`: many points (every match of a search) are grouped by leaflet.markercluster,
 * which splits the groups as the visitor zooms in.
 */
export function MapInner({ points, labels, zoom = 13, cluster = false }: { points: MapPoint[]; labels: MapLabels; zoom?: number; cluster?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    import("leaflet")
      .then(async (mod) => {
        const L = (mod as unknown as { default?: typeof import("leaflet") }).default ?? mod;
        if (cluster) {
          // The plugin extends the global `L` it finds when it loads.
          (window as unknown as { L: typeof L }).L = L;
          await import("leaflet.markercluster");
        }
        if (cancelled || !ref.current) return;
        // No animated first view: an animation still running when the visitor leaves the
        // page makes Leaflet read the removed panes ("_leaflet_pos" of undefined).
        map = L.map(ref.current, { scrollWheelZoom: false }).setView(TORUN, zoom, { animate: false });
        L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {
          maxZoom: 19,
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        }).addTo(map);
        const group = cluster ? L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false }) : L.featureGroup();
        const markers = points.map((p) =>
          // Circle markers need no image assets, so nothing depends on the bundler's paths.
          L.circleMarker([p.latitude, p.longitude], { radius: 8, weight: 2, color: "#0b4f8a", fillOpacity: 0.7 })
            .bindPopup(
              `<strong>${esc(p.title)}</strong>${p.subtitle ? `<br>${esc(p.subtitle)}` : ""}<br><a href="${esc(p.href)}">${esc(labels.open)}</a>`,
            )
            .addTo(group),
        );
        group.addTo(map);
        if (markers.length > 1) map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [24, 24], maxZoom: 15, animate: false });
        else if (markers.length === 1) map.setView([points[0].latitude, points[0].longitude], 16, { animate: false });
        setState("ready");
      })
      .catch(() => !cancelled && setState("failed"));
    return () => {
      cancelled = true;
      if (map) {
        // Stop a pan or zoom in flight (a popup's auto-pan, a click on +/−) before the
        // panes go, and drop the listeners that would fire on them afterwards.
        map.stop();
        map.off();
        map.remove();
      }
    };
  }, [points, labels.open, zoom, cluster]);

  return (
    <div className={`${styles.mapWrap} no-print`}>
      <div ref={ref} className={styles.map} role="region" aria-label={labels.label} />
      <p className="visually-hidden" aria-live="polite">
        {state === "loading" ? labels.loading : state === "failed" ? labels.unavailable : ""}
      </p>
      {state === "failed" && <p className="muted">{labels.unavailable}</p>}
    </div>
  );
}
