import type { NextRequest } from "next/server";
import { server } from "../../lib/server";

export const dynamic = "force-dynamic";

/** The body as text, or null once it is longer than `max` bytes (stops reading there). */
async function readCapped(req: NextRequest, max: number): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * /api/graphql under `next dev` (and `next start`): `npm start` answers it before Next.js
 * (scripts/serve.ts); both go through the same server().serveGraphQL.
 */
async function handle(req: NextRequest): Promise<Response> {
  const res = await server().serveGraphQL({
    method: req.method,
    headers: req.headers,
    search: req.nextUrl.search,
    readBody: (max) => readCapped(req, max),
  });
  return new Response(res.body, { status: res.status, headers: res.headers });
}

export { handle as GET, handle as POST };
