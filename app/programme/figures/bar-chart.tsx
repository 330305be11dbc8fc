/**
 * A horizontal bar chart drawn on the server as SVG: no JavaScript, prints well. It is
 * decorative for screen readers (aria-hidden) because every chart is followed by a table
 * with the same numbers.
 */
export function BarChart({ rows, max }: { rows: { label: string; value: number }[]; max?: number }) {
  const top = max ?? Math.max(1, ...rows.map((r) => r.value));
  const rowH = 22;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="100%"
      height={rows.length * rowH + 4}
      viewBox={`0 0 600 ${rows.length * rowH + 4}`}
      preserveAspectRatio="xMinYMin meet"
      style={{ maxWidth: "40rem", display: "block" }}
    >
      {rows.map((r, i) => (
        <g key={r.label} transform={`translate(0, ${i * rowH + 2})`}>
          <text x="0" y="14" fontSize="12" fill="#1b1f24">
            {r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label}
          </text>
          <rect x="200" y="3" height="14" width={Math.max(1, (r.value / top) * 340)} fill="#0b5394" />
          <text x={206 + (r.value / top) * 340} y="14" fontSize="12" fill="#1b1f24">
            {r.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
