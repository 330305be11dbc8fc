import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { FollowKind, NotificationDelivery, NotificationKind } from "../../../entities/notifications";

@InputType()
export class MarkNotificationsReadInput {
  /** Which of one's notifications; none = all of them. */
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100, { message: "At most 100 at once" })
  @IsUUID("all", { each: true, message: "Unknown notification" })
  ids?: string[] | null;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind, { message: "Unknown kind" })
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery, { message: "Unknown delivery" })
  delivery: NotificationDelivery;
}

@ArgsType()
export class FollowArgs {
  @Field(() => FollowKind)
  @IsEnum(FollowKind, { message: "Unknown kind" })
  kind: FollowKind;

  @Field()
  @Length(1, 100, { message: "1–100 characters" })
  value: string;
}
