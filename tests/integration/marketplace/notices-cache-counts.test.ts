import type { DataSource } from "typeorm";
import { recordingCache, resultCacheCount } from "../../helpers/caching-nodes";
import { askOverHttp, fresh as listed, insertNotices, list, NOTICES_TABLE, search } from "./notices-cache.fixtures";

/**
 * A cached word search of the listed notices keeps its exact count over writes, as the
 * premises search does (tests/integration/premises/result-cache-counts.test.ts), though its
 * answer depends on the clock too: a notice is listed until it expires. The kept changed rows
 * are judged at the new read's clock (a notice written already expired counts for nothing),
 * only while the answer's bound (the next expiry) has not passed, and the new answer holds
 * only until the earliest expiry among the old bound and the changed rows. Two nodes — one
 * records its statements, so a test fails if the count ran — and writes in plain SQL; every
 * answer is compared with what the database lists at that moment.
 */

const { nodes, statements, count, counts, bothExact: exact } = recordingCache("notices", NOTICES_TABLE, { name: "Właściciel" });

const fresh = (word: string) => listed(nodes.db.ds, word);
const notices = (title: string, n: number, expiresIn?: string) => insertNotices(nodes.db.ds, nodes.user.id, title, n, expiresIn);
/** After a write, the search of `word` on both nodes: each answer as the database lists it, by its changed rows (no count run), or as `expected` says. */
const bothExact = (word: string, expected?: "delta" | "unchanged") => exact((ds) => list(ds, search(word)), () => fresh(word), expected);

describe("notices' exact counts kept over writes", () => {
  it("counts on a first read, then moves the count by a notice that gains or loses the word, is inserted, closed or deleted, on two nodes", async () => {
    const [first, second, third] = await notices("Projektor", 5);
    await notices("Drabina", 2);
    statements.length = 0;
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await list(ds, search("projektor"))).toEqual(await fresh("projektor"));
    // The recording sees a count when one runs.
    expect(counts()).toHaveLength(1);

    await nodes.db.ds.query(`UPDATE equipment_notices SET title = 'Projektor i ekran' WHERE title = 'Drabina 1'`); // in
    await bothExact("projektor");
    await nodes.db.ds.query(`UPDATE equipment_notices SET title = 'Ekran' WHERE id = $1`, [first]); // out
    await bothExact("projektor");
    await nodes.db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id) VALUES ('LEND', 'Projektor nowy', $1)`, [nodes.user.id]);
    await bothExact("projektor");
    await nodes.db.ds.query(`UPDATE equipment_notices SET status = 'CLOSED' WHERE id = $1`, [second]);
    await bothExact("projektor");
    await nodes.db.ds.query(`DELETE FROM equipment_notices WHERE id = $1`, [third]);
    await bothExact("projektor");
    // Another kind, or a notice without the word, leaves the answer as it was.
    await nodes.db.ds.query(`UPDATE equipment_notices SET kind = 'GIVE_AWAY' WHERE title = 'Drabina 2'`);
    await bothExact("projektor", "unchanged");
  });

  it("judges a changed notice by its expiry at the read's clock: one written expired counts for nothing, one made to expire leaves", async () => {
    const [kept] = await notices("Namiot", 4);
    for (const ds of [nodes.nodeC, nodes.nodeB]) await list(ds, search("namiot"));
    await nodes.db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id, expires_at) VALUES ('LEND', 'Namiot wczorajszy', $1, now() - interval '1 day')`, [nodes.user.id]);
    await bothExact("namiot", "unchanged");
    await nodes.db.ds.query(`UPDATE equipment_notices SET expires_at = now() - interval '1 minute' WHERE id = $1`, [kept]);
    await bothExact("namiot");
    await nodes.db.ds.query(`UPDATE equipment_notices SET expires_at = now() + interval '1 day', title = 'Namiot znów' WHERE id = $1`, [kept]);
    await bothExact("namiot");
  });

  it("bounds a moved answer by the earliest expiry of its changed notices, and computes afresh once its own bound has passed", async () => {
    await notices("Rower", 3);
    for (const ds of [nodes.nodeC, nodes.nodeB]) await list(ds, search("rower"));
    // In by a write, and out by the clock a moment later, with nothing written in between.
    const [brief] = await notices("Rower na chwilę", 1, "1.5 seconds");
    await bothExact("rower");
    await nodes.db.ds.query(`SELECT pg_sleep(1.6)`);
    for (const ds of [nodes.nodeC, nodes.nodeB]) {
      const after = await list(ds, search("rower"));
      expect(after.ids).not.toContain(brief);
      expect(after.totalCount).toBe(3);
      expect(after).toEqual(await fresh("rower"));
    }

    // A notice that was never written since expires; a write after that may not move the old count.
    const [short] = await notices("Kajak", 2, "1.5 seconds");
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect((await list(ds, search("kajak"))).totalCount).toBe(2);
    await nodes.db.ds.query(`SELECT pg_sleep(1.6)`);
    await nodes.db.ds.query(`INSERT INTO equipment_notices (kind, title, owner_user_id) VALUES ('LEND', 'Kajak dwuosobowy', $1)`, [nodes.user.id]);
    const missed = await count("miss");
    for (const ds of [nodes.nodeC, nodes.nodeB]) {
      const after = await list(ds, search("kajak"));
      expect(after.ids).not.toContain(short);
      expect(after).toEqual(await fresh("kajak"));
    }
    expect(await count("miss")).toBe(missed + 2);
  });

  it("gives kept bytes whose count moved by a notice only until that notice expires", async () => {
    const ask = (ds: DataSource) => askOverHttp(ds, search("sztaluga"));
    await notices("Sztaluga", 2);
    for (const ds of [nodes.nodeC, nodes.nodeB]) await ask(ds);
    const [brief] = await notices("Sztaluga malarska", 1, "1.5 seconds");
    const delta = await count("delta");
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect(await ask(ds)).toEqual(await fresh("sztaluga"));
    expect(await count("delta")).toBe(delta + 2);
    // Kept again, and given again while the brief notice is listed.
    const keptHits = await resultCacheCount("hit", "response");
    for (const ds of [nodes.nodeC, nodes.nodeB]) expect((await ask(ds)).totalCount).toBe(3);
    expect(await resultCacheCount("hit", "response")).toBe(keptHits + 2);
    await nodes.db.ds.query(`SELECT pg_sleep(1.6)`);
    for (const ds of [nodes.nodeC, nodes.nodeB]) {
      const after = await ask(ds);
      expect(after.ids).not.toContain(brief);
      expect(after).toEqual(await fresh("sztaluga"));
    }
  });
});
