import { Attachment, MarketplacePhoto, NoticeKind, Product } from "../../entities/marketplace";
import { newFileKey } from "../../server/storage/photos";
import type { Actor, Fixtures, MatrixEntry } from "./matrix";
import { future, makeDemand, makeNotice, makeOffer } from "../integration/marketplace/marketplace-helpers";
import { idOf } from "./vars";

/**
 * Rows of the access matrix for the marketplace's photos and attachments. The upload
 * operations name a key with no stored file: whoever may act gets BAD_USER_INPUT (the
 * rights are checked first), everyone else FORBIDDEN or NOT_FOUND. Real uploads are in
 * tests/integration/marketplace/media.test.ts.
 */
const OWN_ORG_OR_ADMIN: Actor[] = ["pesOwn", "admin"];
const OFFICIALS: Actor[] = ["official", "admin"];

const ownNotice = (fx: Fixtures) => makeNotice(fx.ds, { userId: fx.pes.id, organizationId: fx.pesOrg.id }, { kind: NoticeKind.GIVE_AWAY });
const ownProduct = (fx: Fixtures) =>
  fx.ds.getRepository(Product).save(fx.ds.getRepository(Product).create({ organizationId: fx.pesOrg.id, name: "Catering", category: "Catering" }));
const ownPhoto = async (fx: Fixtures) => {
  const repo = fx.ds.getRepository(MarketplacePhoto);
  return repo.save(repo.create({ noticeId: (await ownNotice(fx)).id, key: newFileKey(), width: 10, height: 10 }));
};
const attachment = (fx: Fixtures, owner: { demandId: string } | { offerId: string }) => {
  const repo = fx.ds.getRepository(Attachment);
  return repo.save(
    repo.create({ demandId: null, offerId: null, ...owner, key: newFileKey(), fileName: "opis.pdf", contentType: "application/pdf", size: 10, uploadedById: fx.official.id }),
  );
};
/** An offer of pesOwn's organisation on an open demand, with its document. */
const sealedAttachment = async (fx: Fixtures) => {
  const d = await makeDemand(fx.ds, fx.official, future());
  const o = await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes);
  return { demand: d, attachment: await attachment(fx, { offerId: o.id }) };
};

export const MARKETPLACE_MEDIA_MATRIX: MatrixEntry[] = [
  {
    op: "Query.marketplaceAttachment",
    doc: `query($id: ID!) { marketplaceAttachment(id: $id) { id fileKey } }`,
    vars: async (fx) => ({ id: (await sealedAttachment(fx)).attachment.id }),
    allow: "everyone",
    // Sealed until the deadline: only the offering organisation gets it.
    check: (r, _fx, actor) => expect((r.data as { marketplaceAttachment: unknown }).marketplaceAttachment === null).toBe(actor !== "pesOwn"),
  },
  {
    op: "Mutation.addEquipmentNoticePhoto",
    doc: `mutation($id: ID!, $k: String!) { addEquipmentNoticePhoto(noticeId: $id, key: $k, width: 10, height: 10) { id } }`,
    vars: async (fx) => ({ id: (await ownNotice(fx)).id, k: newFileKey() }),
    allow: OWN_ORG_OR_ADMIN,
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.addProductPhoto",
    doc: `mutation($id: ID!, $k: String!) { addProductPhoto(productId: $id, key: $k, width: 10, height: 10) { id } }`,
    vars: async (fx) => ({ id: (await ownProduct(fx)).id, k: newFileKey() }),
    allow: OWN_ORG_OR_ADMIN,
    allowedCodes: ["BAD_USER_INPUT"],
  },
  { op: "Mutation.updateMarketplacePhoto", doc: `mutation($id: ID!) { updateMarketplacePhoto(id: $id, alt: "Opis") { id alt } }`, vars: idOf(ownPhoto), allow: OWN_ORG_OR_ADMIN },
  {
    op: "Mutation.reorderMarketplacePhotos",
    doc: `mutation($ids: [ID!]!) { reorderMarketplacePhotos(photoIds: $ids) { id position } }`,
    vars: async (fx) => ({ ids: [(await ownPhoto(fx)).id] }),
    allow: OWN_ORG_OR_ADMIN,
  },
  { op: "Mutation.deleteMarketplacePhoto", doc: `mutation($id: ID!) { deleteMarketplacePhoto(id: $id) }`, vars: idOf(ownPhoto), allow: OWN_ORG_OR_ADMIN },
  {
    op: "Mutation.addDemandAttachment",
    doc: `mutation($id: ID!, $k: String!) { addDemandAttachment(demandId: $id, key: $k, fileName: "opis.pdf") { id } }`,
    vars: async (fx) => ({ id: (await makeDemand(fx.ds, fx.official, future())).id, k: newFileKey() }),
    allow: OFFICIALS,
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.deleteDemandAttachment",
    doc: `mutation($id: ID!) { deleteDemandAttachment(id: $id) }`,
    vars: async (fx) => ({ id: (await attachment(fx, { demandId: (await makeDemand(fx.ds, fx.official, future())).id })).id }),
    allow: OFFICIALS,
  },
  {
    op: "Mutation.setOfferAttachment",
    doc: `mutation($id: ID!, $k: String!) { setOfferAttachment(demandId: $id, key: $k, fileName: "oferta.pdf") { id } }`,
    vars: async (fx) => {
      const d = await makeDemand(fx.ds, fx.official, future());
      await makeOffer(fx.ds, d.id, fx.pesOrg.id, fx.pes);
      return { id: d.id, k: newFileKey() };
    },
    allow: ["pesOwn"],
    allowedCodes: ["BAD_USER_INPUT"],
  },
  {
    op: "Mutation.removeOfferAttachment",
    doc: `mutation($id: ID!) { removeOfferAttachment(demandId: $id) }`,
    vars: async (fx) => ({ id: (await sealedAttachment(fx)).demand.id }),
    allow: ["pesOwn"],
  },
];
