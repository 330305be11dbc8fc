"use client";

import dynamic from "next/dynamic";
import type { ChartProps } from "./chart-inner";

export type { ChartProps, ChartSeries } from "./chart-inner";

// The chart library is fetched after the page has rendered and hydrated, only on pages
// that draw a chart: it stays out of every page's First Load JS. Recharts 3 cannot draw
// on the server anyway, and each chart sits next to a server-rendered table with the same
// numbers, so a page without JavaScript loses nothing but the picture.
const Inner = dynamic(() => import("./chart-inner"), { ssr: false, loading: () => null });

export function Chart(props: ChartProps) {
  return <Inner {...props} />;
}
