import { Field, ObjectType } from "type-graphql";
import { Notification, NotificationDelivery, NotificationKind } from "../../../entities/notifications";
import { connectionOf } from "../pagination";

@ObjectType("NotificationConnection")
export class NotificationConnection extends connectionOf(Notification, "Notification") {}

@ObjectType("NotificationPreference", { description: "How e-mails of one kind reach the person; kinds without a choice are IMMEDIATE." })
export class NotificationPreferenceView {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => NotificationDelivery) delivery: NotificationDelivery;
}
