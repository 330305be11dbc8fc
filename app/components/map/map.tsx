"use client";
import dynamic from "next/dynamic";

export interface MapPoint {
  id: string;
  latitude: number;
  longitude: number;
  title: string;
  subtitle?: string;
  /** Where the marker's popup links to (the card on the list, or the details page). */
  href: string;
}

export interface MapLabels {
  label: string;
  loading: string;
  unavailable: string;
  open: string;
}

/**
 * Leaflet is only loaded in the browser, after the page, and only when there is
 * something to show; tiles may fail (closed network) without breaking anything.
 */
export const PlacesMap = dynamic(() => import("./map-inner").then((m) => m.MapInner), {
  ssr: false,
  // Reserves the map's place while Leaflet loads; "js-only" hides it when JavaScript is
  // off (see the <noscript> style in the root layout), so no blank hole is left.
  loading: () => <div className="js-only" style={{ height: "20rem" }} aria-hidden="true" />,
});
