import { oneClickUnsubscribe } from "../../../lib/one-click";

export const dynamic = "force-dynamic";

/** RFC 8058 one-click unsubscribe from one kind of notification e-mail (the `List-Unsubscribe` header of each). */
const handlers = oneClickUnsubscribe(
  `mutation OneClickNotificationUnsubscribe($token: String!) { unsubscribeFromNotifications(token: $token) }`,
  (_url, token) => `/notifications/unsubscribe?token=${token}`,
);

export const POST = handlers.POST;
export const GET = handlers.GET;
