import type { DataSource } from "typeorm";

/**
 * Requests to the server code in this process, without HTTP or Next.js: `serve` sends a body
 * through `serveGraphQLHttp` (what both doors of /api/graphql call) as a POST, with a session
 * `cookie` when given, and fails on an error; `run` sends `count` requests made by `one`, 20 at
 * a time. Made after the tool has set its environment: the server code reads it when loaded.
 */
export async function inProcess(db: DataSource) {
  const { serveGraphQLHttp } = await import("../server/http-graphql");
  const serve = async (body: string, cookie = ""): Promise<string> => {
    const out = await serveGraphQLHttp(db, {
      method: "POST",
      headers: new Headers({ "content-type": "application/json", "content-length": String(body.length), ...(cookie && { cookie }) }),
      search: "",
      body: () => [Buffer.from(body)].values(),
    });
    if (out.status !== 200 || out.body.includes('"errors"')) throw new Error(out.body);
    return out.body;
  };
  const run = async (count: number, one: () => Promise<void>): Promise<void> => {
    let sent = 0;
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (sent++ < count) await one();
    }));
  };
  return { serve, run };
}

/** Runs a bench tool's `main`, exiting 0 when it is done (pools and timers left open do not hold the process) and 1 on an error. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
