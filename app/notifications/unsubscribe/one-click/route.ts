import { server } from "../../../lib/server";

export const dynamic = "force-dynamic";

const UNSUBSCRIBE = `mutation OneClickNotificationUnsubscribe($token: String!) { unsubscribeFromNotifications(token: $token) }`;

/**
 * RFC 8058 one-click unsubscribe from one kind of notification e-mail: mail clients POST
 * here (the `List-Unsubscribe` header of each such e-mail). A forged token gets 400.
 */
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const ip = server().clientAddress(request.headers);
  const result = await server().execute(UNSUBSCRIBE, { token }, null, ip);
  const ok = !result.errors?.length;
  return new Response(ok ? "Unsubscribed\n" : "Invalid link\n", {
    status: ok ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** A person who opens the header's address in a browser gets the page with the button (never an action on GET). */
export function GET(request: Request): Response {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  return Response.redirect(new URL(`/notifications/unsubscribe?token=${encodeURIComponent(token)}`, url.origin), 303);
}
