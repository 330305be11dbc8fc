import { startEmbeddedPostgres } from "../server/embedded-postgres";

/**
 * Runs an embedded PostgreSQL in the foreground until SIGINT/SIGTERM (for tests that must
 * stop and restart a database): `ts-node scripts/embedded-pg.ts <dir> <port> <database>`.
 * Prints `ready <url> <adminUrl>` once it accepts connections.
 */
async function main() {
  const [dir, port, database] = process.argv.slice(2);
  const pg = await startEmbeddedPostgres({ dir, port: Number(port), database });
  console.log(`ready ${pg.url} ${pg.adminUrl}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err) => {
  console.error(err.message ?? err);
  process.exit(1);
});
