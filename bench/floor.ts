import http from "node:http";
import { Pool } from "pg";

/**
 * The floor: the same SQL as our resolvers issue, by hand over `pg`, behind a bare
 * node:http server with the same pool size. What is left between this and PES-TOR is
 * the cost of Next.js, Apollo, TypeGraphQL, TypeORM and our own code.
 */
export function startFloor(url: string, port: number, poolSize: number): Promise<{ close(): Promise<void> }> {
  const pool = new Pool({ connectionString: url, max: poolSize });
  const SEARCH_TEXT = `p.search_text`;
  const PREMISES_COLS = `p.id, p.address, p.district, p.area_m2, p.monthly_rent, p.rent_per_m2, p.status, p.step_free`;

  async function q1(b: any) {
    const where = `p.area_m2 >= $1 AND p.area_m2 <= $2 AND p.monthly_rent >= $3 AND p.monthly_rent <= $4 AND p.status <> 'WITHDRAWN'`;
    const args = [b.areaMin, b.areaMax, b.rentMin, b.rentMax];
    const [page, count] = await Promise.all([
      pool.query(`SELECT ${PREMISES_COLS} FROM premises p WHERE ${where} ORDER BY p.monthly_rent ASC, p.id ASC LIMIT 21`, args),
      pool.query(`SELECT count(*)::int AS n FROM premises p WHERE ${where}`, args),
    ]);
    return { totalCount: count.rows[0].n, edges: page.rows.slice(0, 20), hasNextPage: page.rows.length > 20 };
  }

  async function q2(b: any) {
    const where = `p.area_m2 >= $1 AND p.area_m2 <= $2 AND p.monthly_rent >= $3 AND p.monthly_rent <= $4 AND p.district IN ($5)
      AND p.status <> 'WITHDRAWN' AND (${SEARCH_TEXT} LIKE '%' || f_unaccent($6) || '%' OR f_unaccent($7) <% ${SEARCH_TEXT})`;
    const args = [b.areaMin, b.areaMax, b.rentMin, b.rentMax, b.district, b.text, b.text];
    const [page, count] = await Promise.all([
      pool.query(`SELECT ${PREMISES_COLS} FROM premises p WHERE ${where} ORDER BY p.monthly_rent ASC, p.id ASC LIMIT 21`, args),
      pool.query(`SELECT count(*)::int AS n FROM premises p WHERE ${where}`, args),
    ]);
    return { totalCount: count.rows[0].n, edges: page.rows.slice(0, 20) };
  }

  // The same one statement as ours since the request path's third step
  // (trainings.queries.ts): the page, its count and the page's seat counts in one round trip.
  async function q3() {
    const { rows } = await pool.query(
      `WITH page AS (SELECT t.id, t.title, t.starts_at, t.capacity FROM trainings t WHERE t.starts_at >= $1
                      ORDER BY t.starts_at ASC, t.id ASC LIMIT 21),
            total AS (SELECT count(*)::int AS n FROM trainings t WHERE t.starts_at >= $1),
            seats AS (SELECT r.training_id, count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
                             count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted
                        FROM registrations r WHERE r.training_id = ANY(ARRAY(SELECT id FROM page)) GROUP BY r.training_id)
       SELECT page.*, total.n, seats.confirmed, seats.waitlisted
         FROM total LEFT JOIN page ON true LEFT JOIN seats ON seats.training_id = page.id
        ORDER BY page.starts_at ASC, page.id ASC`,
      [new Date()],
    );
    const page = rows.filter((r) => r.id !== null);
    return {
      totalCount: rows[0].n,
      edges: page.slice(0, 20).map(({ n: _n, confirmed, waitlisted, ...t }) => ({
        ...t,
        confirmedCount: confirmed ?? 0,
        waitlistCount: waitlisted ?? 0,
        seatsLeft: t.capacity - (confirmed ?? 0),
      })),
    };
  }

  async function q4(b: any) {
    const where = `n.status IN ('AVAILABLE','RESERVED') AND (n.expires_at IS NULL OR n.expires_at > now()) AND n.kind = $1
      AND n.search_text LIKE f_unaccent($2)`;
    const args = [b.kind, `%${b.text}%`];
    const [page, count] = await Promise.all([
      pool.query(`SELECT n.id, n.kind, n.title, n.description, n.status, n.district FROM equipment_notices n WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT 21`, args),
      pool.query(`SELECT count(*)::int AS n FROM equipment_notices n WHERE ${where}`, args),
    ]);
    return { totalCount: count.rows[0].n, edges: page.rows.slice(0, 20) };
  }

  async function m1(b: any) {
    const c = await pool.connect();
    try {
      await c.query("BEGIN");
      const t = await c.query(`SELECT id, capacity FROM trainings WHERE id = $1 FOR UPDATE`, [b.trainingId]);
      const live = await c.query(`SELECT id, status FROM registrations WHERE training_id = $1 AND user_id = $2 AND status <> 'CANCELLED'`, [
        b.trainingId,
        b.userId,
      ]);
      if (live.rowCount) {
        await c.query("COMMIT");
        return live.rows[0];
      }
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM registrations WHERE training_id = $1 AND status = 'CONFIRMED'`, [b.trainingId]);
      const status = rows[0].n < t.rows[0].capacity ? "CONFIRMED" : "WAITLISTED";
      const r = await c.query(
        `INSERT INTO registrations (training_id, user_id, status, audience, cancel_token, check_in_code)
         VALUES ($1, $2, $3, 'RESIDENTS', md5(random()::text), substr(md5(random()::text), 1, 12)) RETURNING id, status`,
        [b.trainingId, b.userId, status],
      );
      await c.query("COMMIT");
      return r.rows[0];
    } catch (err) {
      await c.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  const routes: Record<string, (b: any) => Promise<unknown>> = { "/q1": q1, "/q2": q2, "/q3": q3, "/q4": q4, "/m1": m1 };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (d) => (body += d));
    req.on("end", async () => {
      try {
        const out = await routes[req.url ?? ""]!(body ? JSON.parse(body) : {});
        const json = JSON.stringify({ data: out });
        res.writeHead(200, { "content-type": "application/json" }).end(json);
      } catch (err) {
        res.writeHead(500).end(String((err as Error).message));
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve({
        close: async () => {
          await new Promise((r) => server.close(r));
          await pool.end();
        },
      }),
    ),
  );
}
