import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { EquipmentNotice, Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { canActForOrganization } from "../organizations/organizations.policy";

/** What an organisation offers, on its directory profile. */
@Resolver(() => Organization)
export class OrganizationOffersResolver {
  @FieldResolver(() => [Product])
  products(@Root() o: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.productsByOrganizationId.load(o.id);
  }

  @FieldResolver(() => [EquipmentNotice], { description: "Listed notices of the organisation." })
  equipmentNotices(@Root() o: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.activeNoticesByOrganizationId.load(o.id);
  }

  @FieldResolver(() => Boolean, { description: "True when the viewer is an active member of it (or an admin)." })
  viewerIsMember(@Root() o: Organization, @Ctx() ctx: Context): Promise<boolean> {
    return canActForOrganization(ctx, o.id);
  }
}
