import type autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import type { Client } from "pg";

/** M1 as the bench and bench/profile.ts send it: registerForTraining, each request as a signed-in user. */
export const M1_QUERY = `mutation($t: ID!) { registerForTraining(trainingId: $t) { id status } }`;

/** One next-auth session cookie per user id. */
export function sessionCookies(userIds: string[], secret: string): Promise<string[]> {
  return Promise.all(userIds.map(async (id) => `next-auth.session-token=${await encode({ token: { sub: id }, secret })}`));
}

/** The autocannon requests: the n-th request is cookie `cookieOf(n)` registering for `trainingOf(n)`. */
export function m1Requests(cookieOf: (n: number) => string, trainingOf: (n: number) => string): autocannon.Request[] {
  let i = 0;
  return [
    {
      method: "POST",
      setupRequest: (req) => {
        const n = i++;
        return {
          ...req,
          headers: { "content-type": "application/json", cookie: cookieOf(n) },
          body: JSON.stringify({ query: M1_QUERY, variables: { t: trainingOf(n) } }),
        };
      },
    },
  ];
}

/** `n` trainings with 50 seats each, open to everyone, a month ahead; their ids. */
export async function insertM1Trainings(db: { query: Client["query"] }, title: string, n: number): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO trainings (title, venue, starts_at, ends_at, capacity, audience, kind)
     SELECT $1 || ' ' || g, 'Sala M1', now() + interval '30 days', now() + interval '30 days 3 hours', 50,
            ARRAY['OFFICIALS','PES','RESIDENTS']::training_audience[], 'TRAINING' FROM generate_series(1, $2::int) g RETURNING id`,
    [title, n],
  );
  return rows.map((r) => r.id);
}
