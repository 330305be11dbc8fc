import type { DataSource } from "typeorm";
import { recordingCache } from "../../helpers/caching-nodes";
import { fresh as listed, insertNotices, list as listNotices, NOTICES_TABLE, search } from "./notices-cache.fixtures";

/**
 * The notices' kept word searches are judged together after a write, as the premises' are
 * (tests/integration/premises/result-cache-judging.test.ts): one statement over the kept rows
 * for all of a node's kept searches. Their answers depend on the clock, so a judgement made at
 * one read's clock is taken by a later read only while no kept row has expired in between.
 * Node C records its statements; every answer is compared with what the database lists.
 */

const { nodes, statements, count, counts, keptRowReads } = recordingCache("notices", NOTICES_TABLE, { name: "Właściciel" });

const list = (ds: DataSource, word: string) => listNotices(ds, search(word));
const fresh = (word: string) => listed(nodes.db.ds, word);
const notices = (title: string, n: number, expiresIn?: string) => insertNotices(nodes.db.ds, nodes.user.id, title, n, expiresIn);

describe("the notices' kept searches judged together", () => {
  it("judges all of a node's kept word searches in one statement after a write, each as the database lists it", async () => {
    const words = ["lampa", "biurko", "krzesło", "regał"];
    await notices("Lampa", 3);
    await notices("Biurko", 2);
    await notices("Krzesło", 2);
    await notices("Regał", 1);
    for (const ds of [nodes.nodeC, nodes.nodeB]) for (const w of words) expect(await list(ds, w)).toEqual(await fresh(w));
    for (const write of [
      `INSERT INTO equipment_notices (kind, title, owner_user_id) VALUES ('LEND', 'Lampa na biurko', '${nodes.user.id}')`,
      `UPDATE equipment_notices SET title = 'Krzesło obrotowe' WHERE title = 'Lampa 1'`, // out of one, into another
      `UPDATE equipment_notices SET expires_at = now() - interval '1 minute' WHERE title = 'Biurko 2'`, // out by the clock
    ]) {
      await nodes.db.ds.query(write);
      const miss = await count("miss");
      statements.length = 0;
      for (const w of words) expect(await list(nodes.nodeC, w)).toEqual(await fresh(w));
      expect(keptRowReads()).toHaveLength(1);
      expect(counts()).toEqual([]);
      expect(await count("miss")).toBe(miss);
      for (const w of words) expect(await list(nodes.nodeB, w)).toEqual(await fresh(w));
    }
  });

  it("judges a search alone when a kept row has expired since the judgement made with it", async () => {
    await notices("Namiot", 2);
    await notices("Plecak", 2);
    for (const w of ["namiot", "plecak"]) await list(nodes.nodeC, w);
    // Listed for a moment, in both searches.
    const [brief] = await notices("Namiot z plecakiem", 1, "1.5 seconds");
    statements.length = 0;
    expect(await list(nodes.nodeC, "namiot")).toEqual(await fresh("namiot")); // judges "plecak" too, the brief notice in it
    expect((await fresh("namiot")).ids).toContain(brief);
    await nodes.db.ds.query(`SELECT pg_sleep(1.6)`);
    const delta = await count("delta");
    const after = await list(nodes.nodeC, "plecak");
    expect(after.ids).not.toContain(brief);
    expect(after).toEqual(await fresh("plecak"));
    expect(keptRowReads()).toHaveLength(2);
    expect(await count("delta")).toBe(delta);
  });
});
