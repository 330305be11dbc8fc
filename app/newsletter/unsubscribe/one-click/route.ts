import { oneClickUnsubscribe } from "../../../lib/one-click";

export const dynamic = "force-dynamic";

/** RFC 8058 one-click unsubscribe from the newsletter (the `List-Unsubscribe` header of every issue). */
const handlers = oneClickUnsubscribe(
  `mutation OneClickUnsubscribe($token: String!) { unsubscribeFromNewsletter(token: $token) }`,
  (url, token) => `/newsletter/unsubscribe?token=${token}${url.searchParams.get("lang") === "en" ? "&lang=en" : ""}`,
);

export const POST = handlers.POST;
export const GET = handlers.GET;
