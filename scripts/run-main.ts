/**
 * A script's entry point: an error is printed as one line and the process exits with 1.
 * A module of its own, free of the embedded PostgreSQL that `cli.ts` loads, so scripts
 * that never start a database (and the tests importing them) do not load it either.
 */
export function runMain(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
  });
}
