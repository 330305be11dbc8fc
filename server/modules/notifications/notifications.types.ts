import { Field, Int, ObjectType } from "type-graphql";
import { Notification, NotificationDelivery, NotificationKind } from "../../../entities/notifications";
import { PageInfo } from "../pagination";

@ObjectType("NotificationEdge")
export class NotificationEdge {
  @Field() cursor: string;
  @Field(() => Notification) node: Notification;
}

@ObjectType("NotificationConnection")
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges: NotificationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType("NotificationPreference", { description: "How e-mails of one kind reach the person; kinds without a choice are IMMEDIATE." })
export class NotificationPreferenceView {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => NotificationDelivery) delivery: NotificationDelivery;
}
