import type { NextRequest } from "next/server";
import { server } from "../../lib/server";

export const dynamic = "force-dynamic";

/** The body's chunks; left unread at any point, the stream stays open and the answer still goes out. */
async function* chunksOf(req: NextRequest): AsyncGenerator<Uint8Array> {
  if (!req.body) return;
  const reader = req.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
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
    body: () => chunksOf(req),
  });
  return new Response(res.body, { status: res.status, headers: res.headers });
}

export { handle as GET, handle as POST };
