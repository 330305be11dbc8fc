import { server } from "./server";

/**
 * The two handlers of an RFC 8058 one-click unsubscribe address (the `List-Unsubscribe`
 * header of an e-mail): mail clients POST there and `mutation` runs with the link's
 * `token` (a forged one gets 400 and changes nothing); a person who opens the address in a
 * browser is sent to `pagePath(url)`, the page with one button — never an action on GET.
 */
export function oneClickUnsubscribe(mutation: string, pagePath: (url: URL, token: string) => string) {
  async function POST(request: Request): Promise<Response> {
    const token = new URL(request.url).searchParams.get("token") ?? "";
    const ip = server().clientAddress(request.headers);
    const result = await server().execute(mutation, { token }, null, ip);
    const ok = !result.errors?.length;
    return new Response(ok ? "Unsubscribed\n" : "Invalid link\n", {
      status: ok ? 200 : 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  function GET(request: Request): Response {
    const url = new URL(request.url);
    const token = url.searchParams.get("token") ?? "";
    return Response.redirect(new URL(pagePath(url, encodeURIComponent(token)), url.origin), 303);
  }
  return { POST, GET };
}
