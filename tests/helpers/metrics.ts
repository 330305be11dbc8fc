/** The value of `name` with these labels (in any order, others allowed) in a Prometheus scrape; NaN when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  return Number(
    text
      .split("\n")
      .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)))
      ?.split(" ")
      .pop(),
  );
}
