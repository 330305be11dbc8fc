import { readFileSync, writeFileSync } from "node:fs";

/**
 * A V8 .cpuprofile (from `node --cpu-prof`) as a flame graph SVG and a text summary of the
 * top frames — no dependency. Used by bench/profile.ts; also on its own:
 *
 *   npx ts-node bench/flamegraph.ts <in.cpuprofile> <out.svg> [title]
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

interface Frame {
  name: string;
  where: string;
  self: number;
  total: number;
  children: Frame[];
}

const SKIP = new Set(["(idle)", "(program)", "(garbage collector)"]);

/** Where a frame lives, short: a package name, our own file, or node's internals. */
export function place(url: string): string {
  if (!url) return "";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith("node:")) return "node";
  const m = url.match(/\/(server|app|entities|\.next[^/]*)\/.*$/);
  return m ? m[0].slice(1) : url.replace(/^.*\//, "");
}

function tree(p: CpuProfile): { root: Frame; ms: number; gcMs: number } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const samples = p.samples?.length ?? p.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const msPerSample = samples ? (p.endTime - p.startTime) / 1000 / samples : 0;
  let gcMs = 0;
  const build = (n: ProfileNode): Frame => {
    const f: Frame = {
      name: n.callFrame.functionName || "(anonymous)",
      where: place(n.callFrame.url),
      self: (n.hitCount ?? 0) * msPerSample,
      total: 0,
      children: [],
    };
    for (const id of n.children ?? []) {
      const c = byId.get(id)!;
      if (SKIP.has(c.callFrame.functionName)) {
        if (c.callFrame.functionName === "(garbage collector)") gcMs += (c.hitCount ?? 0) * msPerSample;
        continue;
      }
      f.children.push(build(c));
    }
    f.total = f.self + f.children.reduce((s, c) => s + c.total, 0);
    f.children.sort((a, b) => b.total - a.total);
    return f;
  };
  const root = build(p.nodes[0]);
  return { root, ms: root.total, gcMs };
}

/** Busy time by function (self) and by package (self), and inclusive time of our own and library entry points. */
export function summary(p: CpuProfile, top = 15): string {
  const { root, ms, gcMs } = tree(p);
  const selfBy = new Map<string, number>();
  const pkgBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  const walk = (f: Frame, onStack: Set<string>) => {
    const key = `${f.name} (${f.where})`;
    selfBy.set(key, (selfBy.get(key) ?? 0) + f.self);
    pkgBy.set(f.where || "(native)", (pkgBy.get(f.where || "(native)") ?? 0) + f.self);
    const fresh = !onStack.has(key);
    if (fresh) inclBy.set(key, (inclBy.get(key) ?? 0) + f.total);
    if (fresh) onStack.add(key);
    for (const c of f.children) walk(c, onStack);
    if (fresh) onStack.delete(key);
  };
  walk(root, new Set());
  const pct = (v: number) => `${((v / ms) * 100).toFixed(1)} %`;
  const list = (m: Map<string, number>, filter: (k: string) => boolean = () => true) =>
    [...m.entries()]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${pct(v).padStart(7)}  ${k}`)
      .join("\n");
  const interesting = (k: string) => !/^\(root\)|^\(anonymous\) \(\)|processTicksAndRejections|^run(Microtasks)? /.test(k);
  return [
    `busy ${Math.round(ms)} ms of CPU (idle left out), GC ${Math.round(gcMs)} ms`,
    "self time by place:",
    list(pkgBy),
    "self time by function:",
    list(selfBy),
    "inclusive time by function:",
    list(inclBy, interesting),
  ].join("\n");
}

const COLORS: Record<string, string> = { ours: "#e8a33d", next: "#7aa6da", graphql: "#c678dd", node: "#98c379", other: "#d19a66" };

function color(where: string): string {
  if (/^(server|app|entities)\//.test(where)) return COLORS.ours;
  if (/^next$|^\.next|react/.test(where)) return COLORS.next;
  if (/graphql|apollo|type-graphql|class-validator|escape\.tech/.test(where)) return COLORS.graphql;
  if (where === "node" || where === "") return COLORS.node;
  return COLORS.other;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A flame graph (root at the bottom), frames narrower than 0.2 % left out. */
export function flameSvg(p: CpuProfile, title: string): string {
  const { root, ms } = tree(p);
  const W = 1200;
  const H = 16;
  const rows: string[] = [];
  let depthMax = 0;
  const place_ = (f: Frame, x: number, depth: number) => {
    const w = (f.total / ms) * W;
    if (w < W * 0.002) return;
    depthMax = Math.max(depthMax, depth);
    rows.push(`${x.toFixed(1)}|${depth}|${w.toFixed(1)}|${f.name}|${f.where}|${f.total}`);
    let cx = x;
    for (const c of f.children) {
      place_(c, cx, depth + 1);
      cx += (c.total / ms) * W;
    }
  };
  place_(root, 0, 0);
  const height = (depthMax + 1) * H + 40;
  const rects = rows.map((r) => {
    const [x, depth, w, name, where, total] = r.split("|");
    const y = height - (Number(depth) + 1) * H - 4;
    const label = `${name} ${where ? `(${where})` : ""}`;
    const chars = Math.floor(Number(w) / 6.5);
    const text = chars >= 4 ? (label.length > chars ? label.slice(0, chars - 1) + "…" : label) : "";
    const tip = `${label} — ${((Number(total) / ms) * 100).toFixed(1)} %`;
    return `<g><title>${esc(tip)}</title><rect x="${x}" y="${y}" width="${w}" height="${H - 1}" fill="${color(where)}" rx="1"/>${
      text ? `<text x="${Number(x) + 3}" y="${y + 11}">${esc(text)}</text>` : ""
    }</g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="monospace" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="4" y="16" font-size="13">${esc(title)} — ${Math.round(ms)} ms CPU; orange: ours, blue: Next/React, purple: GraphQL stack, green: Node, brown: other</text>`,
    ...rects,
    "</svg>",
  ].join("\n");
}

if (require.main === module) {
  const [input, output, title] = process.argv.slice(2);
  const p = JSON.parse(readFileSync(input, "utf8")) as CpuProfile;
  writeFileSync(output, flameSvg(p, title ?? input));
  console.log(summary(p));
}
