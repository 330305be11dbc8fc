import { Client } from "pg";
import { firstLoadJs, publicPages } from "./pages";

/**
 * `npm run bench:pages -- --url=http://127.0.0.1:3000` — the First Load JS of every public
 * page of a running production server (`npm start`, e.g. on the demo data), weighed as the
 * full bench weighs them (`firstLoadJs` in bench/pages.ts). The dynamic pages take their id
 * or slug from DATABASE_URL (the server's database). Prints a table, heaviest first, and
 * exits 1 when a page is at or over `--limit=` kB (default 150: issue #18's target).
 */
async function main() {
  const args = process.argv.slice(2);
  const base = (args.find((a) => a.startsWith("--url="))?.slice(6) ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  const limit = Number(args.find((a) => a.startsWith("--limit="))?.slice(8) ?? 150);
  if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL (the server's database) is needed for the dynamic pages' ids.");
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const { pages, unresolved } = await publicPages(process.env.NEXT_DIST_DIR ?? ".next", db).finally(() => db.end());
  if (unresolved.length) console.log(`pages without a sample row, not weighed: ${unresolved.join(", ")}`);
  const rows: { page: string; kb: number }[] = [];
  for (const page of pages) {
    const status = (await fetch(`${base}${page}`, { redirect: "manual" })).status;
    if (status !== 200) console.log(`${page}: HTTP ${status} without a session, not weighed`);
    else rows.push({ page, kb: await firstLoadJs(base, page) });
  }
  rows.sort((a, b) => b.kb - a.kb || a.page.localeCompare(b.page));
  console.log(["| page | First Load JS (gzip kB) |", "|---|---|", ...rows.map((r) => `| ${r.page} | ${r.kb} |`)].join("\n"));
  const over = rows.filter((r) => r.kb >= limit);
  console.log(`${rows.length} public pages, ${rows.length - over.length} under ${limit} kB${over.length ? `; over: ${over.map((r) => r.page).join(", ")}` : ""}`);
  process.exitCode = over.length ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
