/** The same server and credentials as `url`, another database: each test file and run gets its own. */
export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}
