import { NextResponse, type NextRequest } from "next/server";
import { graphql } from "../../lib/graphql-document";
import { server } from "../../lib/server";

const VerifyEmail = graphql(`
  mutation VerifyEmailLink($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const dynamic = "force-dynamic";

/**
 * The e-mailed link (sign-up verification or a new address). It confirms, then sends the
 * person to the page that says what happened — a separate request, so that page and its
 * header already see the confirmed account. The token is the proof: no sign-in needed.
 */
export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get("token") ?? "";
  let result = "invalid";
  if (token) {
    const r = await server().execute(VerifyEmail.toString(), { token }, null, server().clientAddress(req.headers));
    const code = (r.errors?.[0]?.extensions as { code?: string } | undefined)?.code;
    result = !r.errors?.length ? "done" : code === "CONFLICT" ? "conflict" : "invalid";
  }
  const to = req.nextUrl.clone();
  to.pathname = "/account/verified";
  to.search = `?result=${result}`;
  return NextResponse.redirect(to, 303);
}
