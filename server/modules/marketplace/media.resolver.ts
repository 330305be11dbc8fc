import type DataLoader from "dataloader";
import { Arg, Args, Authorized, type ClassType, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Attachment, Demand, EquipmentNotice, MarketplacePhoto, Offer, Product } from "../../../entities/marketplace";
import type { Context } from "../../context";
import {
  addDemandAttachment,
  canSeeAttachment,
  deleteDemandAttachment,
  findAttachment,
  removeOfferAttachment,
  setOfferAttachment,
} from "./attachments.service";
import { addMarketplacePhoto, deleteMarketplacePhoto, reorderMarketplacePhotos, updateMarketplacePhoto } from "./photos.service";
import { STAFF } from "../../auth/roles";
import { photoUrlsOf } from "../photo-urls";
import { IdArg, StoredDocumentArgs, StoredPhotoArgs } from "../arguments";

@Authorized()
@Resolver(() => MarketplacePhoto)
export class MarketplacePhotoResolver {
  @Mutation(() => MarketplacePhoto, {
    description: "The notice's owner (a member of the owning organisation) or an admin; registers a photo stored by POST /marketplace/equipment/{id}/photos.",
  })
  addEquipmentNoticePhoto(
    @Ctx() ctx: Context,
    @IdArg("noticeId") noticeId: string,
    @Args(() => StoredPhotoArgs) photo: StoredPhotoArgs,
  ): Promise<MarketplacePhoto> {
    return addMarketplacePhoto(ctx, { notice: noticeId }, photo);
  }

  @Mutation(() => MarketplacePhoto, {
    description: "A member of the organisation or an admin; registers a photo stored by POST /marketplace/products/{id}/photos.",
  })
  addProductPhoto(
    @Ctx() ctx: Context,
    @IdArg("productId") productId: string,
    @Args(() => StoredPhotoArgs) photo: StoredPhotoArgs,
  ): Promise<MarketplacePhoto> {
    return addMarketplacePhoto(ctx, { product: productId }, photo);
  }

  @Mutation(() => MarketplacePhoto, { description: "Changes the text alternative; whoever may change the notice or entry." })
  updateMarketplacePhoto(@Ctx() ctx: Context, @IdArg() id: string, @Arg("alt", () => String, { nullable: true }) alt: string | null) {
    return updateMarketplacePhoto(ctx, id, alt);
  }

  @Mutation(() => [MarketplacePhoto], {
    description: "Orders the photos of one notice or catalogue entry (the first is the cover); photoIds lists each of its photos once. Whoever may change it.",
  })
  reorderMarketplacePhotos(@Ctx() ctx: Context, @Arg("photoIds", () => [ID]) photoIds: string[]) {
    return reorderMarketplacePhotos(ctx, photoIds);
  }

  @Mutation(() => Boolean, { description: "Whoever may change the notice or entry." })
  deleteMarketplacePhoto(@Ctx() ctx: Context, @IdArg() id: string) {
    return deleteMarketplacePhoto(ctx, id);
  }
}

export const MarketplacePhotoUrlResolver = photoUrlsOf(MarketplacePhoto, "/marketplace/photos");

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => Attachment, {
    nullable: true,
    description: "A document the viewer may download; null when absent or sealed (an offer's before the deadline, or another organisation's).",
  })
  marketplaceAttachment(@Ctx() ctx: Context, @IdArg() id: string): Promise<Attachment | null> {
    return findAttachment(ctx, id);
  }

  @Authorized(STAFF)
  @Mutation(() => Attachment, { description: "The posting official or an admin; registers a document stored by POST /marketplace/demands/{id}/attachments." })
  addDemandAttachment(@Ctx() ctx: Context, @IdArg("demandId") demandId: string, @Args(() => StoredDocumentArgs) { key, fileName }: StoredDocumentArgs) {
    return addDemandAttachment(ctx, demandId, key, fileName);
  }

  @Authorized(STAFF)
  @Mutation(() => Boolean, { description: "The posting official or an admin." })
  deleteDemandAttachment(@Ctx() ctx: Context, @IdArg() id: string) {
    return deleteDemandAttachment(ctx, id);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Attachment, {
    description: "Verified PES_MEMBER, before the deadline: the own organisation's offer's document (replaces the previous one); stored by POST /marketplace/demands/{id}/offer-attachment.",
  })
  setOfferAttachment(@Ctx() ctx: Context, @IdArg("demandId") demandId: string, @Args(() => StoredDocumentArgs) { key, fileName }: StoredDocumentArgs) {
    return setOfferAttachment(ctx, demandId, key, fileName);
  }

  @Authorized("PES_MEMBER")
  @Mutation(() => Boolean, { description: "Removes the own organisation's offer's document before the deadline." })
  removeOfferAttachment(@Ctx() ctx: Context, @IdArg("demandId") demandId: string) {
    return removeOfferAttachment(ctx, demandId);
  }

  @FieldResolver(() => String, { description: "Download address; access is checked again there." })
  url(@Root() a: Attachment): string {
    return `/marketplace/attachments/${a.id}`;
  }

  @FieldResolver(() => Boolean, { description: "True for an offer's document (sealed: never cached)." })
  sealed(@Root() a: Attachment): boolean {
    return !!a.offerId;
  }

  @FieldResolver(() => String, { description: "Name of the stored file, for the download route." })
  fileKey(@Root() a: Attachment): string {
    return a.key;
  }
}

/** The photo fields of a thing that has marketplace photos (a notice, a product): one loader of its photos in order. */
function photoFieldsOf<T extends { id: string }>(owner: ClassType<T>, photosOf: (ctx: Context) => DataLoader<string, MarketplacePhoto[]>) {
  @Resolver(() => owner)
  class PhotoFields {
    @FieldResolver(() => [MarketplacePhoto], { description: "Up to 8, in order; the first is the cover." })
    photos(@Root() row: T, @Ctx() ctx: Context) {
      return photosOf(ctx).load(row.id);
    }

    @FieldResolver(() => MarketplacePhoto, { nullable: true, description: "The first photo, for list cards." })
    async coverPhoto(@Root() row: T, @Ctx() ctx: Context): Promise<MarketplacePhoto | null> {
      return (await photosOf(ctx).load(row.id))[0] ?? null;
    }
  }
  return PhotoFields;
}

export const EquipmentNoticeMediaResolver = photoFieldsOf(EquipmentNotice, (ctx) => ctx.loaders.photosByNoticeId);
export const ProductMediaResolver = photoFieldsOf(Product, (ctx) => ctx.loaders.photosByProductId);

@Resolver(() => Demand)
export class DemandMediaResolver {
  @FieldResolver(() => [Attachment], { description: "Documents of the demand, as public as the demand." })
  attachments(@Root() d: Demand, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByDemandId.load(d.id);
  }
}

@Resolver(() => Offer)
export class OfferMediaResolver {
  @FieldResolver(() => Attachment, { nullable: true, description: "Sealed like the offer: its organisation, and after the deadline the posting official and admins." })
  async attachment(@Root() o: Offer, @Ctx() ctx: Context): Promise<Attachment | null> {
    const a = await ctx.loaders.attachmentByOfferId.load(o.id);
    return a && (await canSeeAttachment(ctx, a)) ? a : null;
  }
}
