import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { EquipmentNotice } from "../../../entities/marketplace";
import { User } from "../../../entities/users";
import type { Context } from "../../context";
import { canSeeWhoAsked } from "./marketplace.policy";

/**
 * The fields of something asked of a notice's owner (a booking, an item request): the notice,
 * and the person who asked, named `asker` in the schema and seen only by that person and the owner.
 */
export function askedOfOwnerFieldsOf<T extends { noticeId: string }>(asked: ClassType<T>, asker: { name: string; idOf: (row: T) => string; description: string }) {
  @Resolver(() => asked)
  class AskedOfOwnerFields {
    @FieldResolver(() => EquipmentNotice)
    notice(@Root() row: T, @Ctx() ctx: Context) {
      return ctx.loaders.noticeById.load(row.noticeId);
    }

    @FieldResolver(() => User, { name: asker.name, nullable: true, description: asker.description })
    async asker(@Root() row: T, @Ctx() ctx: Context): Promise<User | null> {
      if (!(await canSeeWhoAsked(ctx, { noticeId: row.noticeId, askerId: asker.idOf(row) }))) return null;
      return ctx.loaders.userById.load(asker.idOf(row));
    }
  }
  return AskedOfOwnerFields;
}
