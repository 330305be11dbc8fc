import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Notification } from "../../../entities/notifications";
import type { Context } from "../../context";
import { MarkNotificationsReadInput, NotificationPreferenceInput } from "./notifications.inputs";
import {
  markNotificationsRead,
  myNotificationPreferences,
  myNotifications,
  setNotificationPreference,
  unreadNotificationCount,
  unsubscribeByToken,
} from "./notifications.service";
import { NotificationConnection, NotificationPreferenceView } from "./notifications.types";
import { AfterArg, FirstArg } from "../pagination";
import { InputArg } from "../arguments";

@Resolver(() => Notification)
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
  ) {
    return myNotifications(ctx, first ?? 20, after);
  }

  @Authorized()
  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread (header badge)." })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return unreadNotificationCount(ctx);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks one's notifications read (`ids`, or all without them); returns the unread count left." })
  markNotificationsRead(@Ctx() ctx: Context, @InputArg(MarkNotificationsReadInput) input: MarkNotificationsReadInput): Promise<number> {
    return markNotificationsRead(ctx, input);
  }

  @Authorized()
  @Query(() => [NotificationPreferenceView], { description: "The signed-in person's e-mail delivery per kind of notification." })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferenceView[]> {
    return myNotificationPreferences(ctx);
  }

  @Authorized()
  @Mutation(() => [NotificationPreferenceView], { description: "Chooses how e-mails of one kind arrive: at once, daily or weekly digest, or never." })
  setNotificationPreference(@Ctx() ctx: Context, @InputArg(NotificationPreferenceInput) input: NotificationPreferenceInput): Promise<NotificationPreferenceView[]> {
    return setNotificationPreference(ctx, input);
  }

  @Mutation(() => Boolean, { description: "One-click unsubscribe from one kind of notification e-mail by the signed link every such e-mail carries; no sign-in." })
  unsubscribeFromNotifications(@Ctx() ctx: Context, @Arg("token", () => String) token: string): Promise<boolean> {
    return unsubscribeByToken(ctx.db, token);
  }
}
