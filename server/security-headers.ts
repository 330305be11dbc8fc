/*
 * The headers every response carries, pages and API alike: next.config.ts gives them to
 * what Next.js serves, scripts/serve.ts to the API it answers before Next.js. Plain
 * constants (next.config.ts imports this file directly).
 */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];
