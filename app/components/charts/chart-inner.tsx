"use client";

import { useId } from "react";
import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { localeTag } from "../../lib/dates";

export interface ChartSeries {
  key: string;
  name: string;
}

export interface ChartProps {
  type: "bar" | "line";
  /** The chart's accessible name (SVG <title>). */
  title: string;
  /** A one-sentence summary for screen readers (SVG <desc>). */
  description: string;
  /** One row per category (bars) or point in time (lines); `label` names it. */
  data: ({ label: string } & Record<string, string | number | null>)[];
  series: ChartSeries[];
}

// Every colour has at least 4.5:1 against white (more than the 3:1 that WCAG 1.4.11 asks of
// graphics), and series never differ by colour alone: bars get hatching, lines dashes and
// marker shapes, and the legend names them.
const COLOURS = ["#0b5394", "#8a4b00", "#1b6e3a", "#6a1b9a"];
const DASHES = [undefined, "8 4", "2 3", "10 3 2 3"];
const MARKERS = ["circle", "square", "diamond", "triangle"] as const;
const INK = "#1b1f24";

// A value as the table under the chart writes it, in the page's language.
const number = (v: unknown, tag: string) => (typeof v === "number" ? v.toLocaleString(tag, { maximumFractionDigits: 2 }) : String(v ?? ""));

export default function ChartInner({ type, title, description, data, series }: ChartProps) {
  // Pattern ids must be unique on a page that draws several charts.
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const tag = localeTag(useLocale());
  const tick = { fill: INK, fontSize: 13 };
  const common = { title, desc: description, data, accessibilityLayer: true, margin: { top: 8, right: 24, bottom: 8, left: 8 } };
  const legend = series.length > 1 ? <Legend wrapperStyle={{ color: INK }} /> : null;
  const tooltip = <Tooltip formatter={(v) => number(v, tag)} contentStyle={{ color: INK }} />;

  if (type === "line") {
    return (
      <LineChart {...common} responsive style={{ width: "100%", maxWidth: "48rem", height: 300 }}>
        <CartesianGrid stroke="#d0d7de" />
        <XAxis dataKey="label" tick={tick} stroke={INK} />
        <YAxis tick={tick} stroke={INK} allowDecimals={false} width={48} />
        {tooltip}
        {legend}
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            type="linear"
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={2}
            strokeDasharray={DASHES[i % DASHES.length]}
            legendType={MARKERS[i % MARKERS.length]}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    );
  }

  // Horizontal bars: category names (districts, legal forms) are long and read best on the left.
  const height = Math.max(120, data.length * (18 + 14 * series.length) + (series.length > 1 ? 70 : 40));
  return (
    <BarChart {...common} layout="vertical" responsive style={{ width: "100%", maxWidth: "48rem", height }}>
      <defs>
        {series.map((s, i) => (
          <pattern key={s.key} id={`hatch-${uid}-${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={COLOURS[i % COLOURS.length]} />
            {i > 0 && <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />}
          </pattern>
        ))}
      </defs>
      <CartesianGrid stroke="#d0d7de" horizontal={false} />
      <XAxis type="number" tick={tick} stroke={INK} allowDecimals={false} />
      <YAxis type="category" dataKey="label" tick={tick} stroke={INK} width={170} />
      {tooltip}
      {legend}
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.name} fill={`url(#hatch-${uid}-${i})`} stroke={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
