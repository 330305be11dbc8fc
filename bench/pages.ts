import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Client } from "pg";

/**
 * Every public page of the production build, for the bench's page weights: the page routes
 * of `<distDir>/app-path-routes-manifest.json` without the signed-in areas (admin, account,
 * forms to create or edit), a dynamic one with the id or slug of a row of the bench data.
 * A page that does not answer 200 without a session is left out by the bench (it says so).
 */
const PRIVATE = /^\/(_|admin|account)|\/(new|edit|bookings|feedback|cancel|check-in)(\/|$)/;

const SAMPLE: Record<string, string> = {
  "/premises/[id]": "SELECT id::text AS v FROM premises ORDER BY id LIMIT 1",
  "/trainings/[id]": "SELECT id::text AS v FROM trainings ORDER BY starts_at DESC, id LIMIT 1",
  "/news/[slug]": "SELECT slug AS v FROM news_posts WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1",
  "/organizations/[slug]": "SELECT slug AS v FROM organizations ORDER BY id LIMIT 1",
  "/marketplace/equipment/[id]": "SELECT id::text AS v FROM equipment_notices ORDER BY id LIMIT 1",
  "/marketplace/products/[id]": "SELECT id::text AS v FROM products ORDER BY id LIMIT 1",
  "/marketplace/demands/[id]": "SELECT id::text AS v FROM demands ORDER BY id LIMIT 1",
  "/newsletter/archive/[id]": "SELECT id::text AS v FROM newsletter_issues ORDER BY id LIMIT 1",
};

export async function publicPages(distDir: string, db: Client): Promise<{ pages: string[]; unresolved: string[] }> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const routes = Object.entries(manifest)
    .filter(([file, route]) => file.endsWith("/page") && !PRIVATE.test(route))
    .map(([, route]) => route)
    .sort();
  const pages: string[] = [];
  const unresolved: string[] = [];
  for (const route of routes) {
    if (!route.includes("[")) {
      pages.push(route);
      continue;
    }
    const sql = SAMPLE[route];
    const v = sql ? await db.query<{ v: string }>(sql).then((r) => r.rows[0]?.v, () => undefined) : undefined;
    if (v) pages.push(route.replace(/\[[^\]]+\]/, encodeURIComponent(v)));
    else unresolved.push(route);
  }
  return { pages, unresolved };
}

/**
 * A page's First Load JS in kB (gzip): the page fetched from `base` (a production server),
 * the gzip sizes of its `<script src>` summed — what a modern browser loads before the page
 * is interactive. Module-less polyfills (`noModule`) are skipped, as such a browser does.
 */
export async function firstLoadJs(base: string, pagePath: string): Promise<number> {
  const html = await (await fetch(`${base}${pagePath}`)).text();
  const srcs = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)src="([^"]+\.js[^"]*)"([^>]*)>/g)]
        .filter((m) => !/nomodule/i.test(m[1] + m[3]))
        .map((m) => m[2]),
    ),
  ];
  let total = 0;
  for (const src of srcs) {
    const buf = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
    total += gzipSync(buf).length;
  }
  return Math.round(total / 102.4) / 10;
}
