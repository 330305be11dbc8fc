import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import sharp from "sharp";
import type { QueryRunner } from "typeorm";
import { Attachment, Demand, MarketplacePhoto, NoticeKind, Product } from "../../../entities/marketplace";
import { Role, type User } from "../../../entities/users";
import { MAX_DEMAND_ATTACHMENTS, PHOTO_ACCEPT } from "../../../entities/file-limits";
import { MAX_DOCUMENT_BYTES, attachmentDisposition, detectDocument, DocumentRejected, safeFileName } from "../../../server/storage/documents";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { newFileKey, PhotoRejected, processPhoto, storePhoto } from "../../../server/storage/photos";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { createOrganization, createPesMember, createUsers } from "../../factories";
import { future, makeDemand, makeNotice, makeOffer, past } from "./marketplace-helpers";
import { SMALL_PDF as PDF } from "../../helpers/stored-files";

let db: TestDb;
let photoDir: string, docDir: string;
let photos: DiskFileStorage, docs: DiskFileStorage;
let admin: User, official: User, otherOfficial: User, resident: User;
let pes: User, pesColleague: User, otherPes: User;
let orgId: string;

beforeAll(async () => {
  db = await createTestDb();
  photoDir = await mkdtemp(path.join(tmpdir(), "mp-photos-"));
  docDir = await mkdtemp(path.join(tmpdir(), "mp-docs-"));
  photos = new DiskFileStorage(photoDir);
  docs = new DiskFileStorage(docDir);
  useFileStorage("marketplace-photos", photos);
  useFileStorage("marketplace-attachments", docs);
  [admin, official, otherOfficial, resident] = await createUsers(db.ds, Role.ADMIN, Role.OFFICIAL, Role.OFFICIAL, Role.RESIDENT);
  const own = await createPesMember(db.ds);
  pes = own.user;
  orgId = own.organization.id;
  pesColleague = (await createPesMember(db.ds, own.organization)).user;
  otherPes = (await createPesMember(db.ds, await createOrganization(db.ds))).user;
});
afterAll(async () => {
  await db.drop();
  await Promise.all([rm(photoDir, { recursive: true, force: true }), rm(docDir, { recursive: true, force: true })]);
});

const image = (w = 800, h = 600) => sharp({ create: { width: w, height: h, channels: 3, background: { r: 30, g: 120, b: 200 } } }).jpeg().toBuffer();
const uploadPhoto = async () => storePhoto(photos, await image());
const filesOf = async (dir: string, key: string) => (await readdir(dir)).filter((f) => f.startsWith(key));

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Kosztorys").addRow(["Pozycja", "Cena"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
async function uploadDoc(bytes: Buffer = PDF): Promise<string> {
  const key = newFileKey();
  await docs.put(key, bytes, "application/octet-stream");
  return key;
}

const ADD_NOTICE_PHOTO = `mutation($id: ID!, $k: String!, $w: Int!, $h: Int!, $alt: String) {
  addEquipmentNoticePhoto(noticeId: $id, key: $k, width: $w, height: $h, alt: $alt) { id url thumbUrl width height alt position } }`;
const ADD_PRODUCT_PHOTO = `mutation($id: ID!, $k: String!, $w: Int!, $h: Int!, $alt: String) {
  addProductPhoto(productId: $id, key: $k, width: $w, height: $h, alt: $alt) { id url alt } }`;
const UPDATE_PHOTO = `mutation($id: ID!, $alt: String) { updateMarketplacePhoto(id: $id, alt: $alt) { id alt } }`;
const DELETE_PHOTO = `mutation($id: ID!) { deleteMarketplacePhoto(id: $id) }`;
const NOTICE_PHOTOS = `query($id: ID!) { equipmentNotice(id: $id) { photos { id url thumbUrl alt } } }`;

const ownNotice = () => makeNotice(db.ds, { userId: pes.id, organizationId: orgId }, { kind: NoticeKind.GIVE_AWAY });
const ownProduct = () => db.ds.getRepository(Product).save(db.ds.getRepository(Product).create({ organizationId: orgId, name: "Catering", category: "Catering" }));
const photoCount = () => db.ds.getRepository(MarketplacePhoto).count();

describe("photos of equipment notices and catalogue entries", () => {
  it("one stored photo registered on two notices at once is stored once; the other is BAD_USER_INPUT on key", async () => {
    const [notice, otherNotice] = [await ownNotice(), await ownNotice()];
    const a = await uploadPhoto();
    // Registered on the other notice but not committed: the two notices' locks do not meet,
    // so only the unique index of keys stands between them.
    const second = await afterOtherCommits(
      db.ds,
      (other) => other.query(`INSERT INTO marketplace_photos (notice_id, key, width, height) VALUES ($1, $2, $3, $4)`, [otherNotice.id, a.key, a.width, a.height]),
      () => gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: a.key, w: a.width, h: a.height }, pes.id),
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { key: "Already registered" } });
    expect(await db.ds.getRepository(MarketplacePhoto).findBy({ key: a.key })).toEqual([expect.objectContaining({ noticeId: otherNotice.id })]);
  });

  it("the owner and a colleague from the same organisation add photos; they show on the notice and in the list", async () => {
    const notice = await ownNotice();
    const a = await uploadPhoto();
    const first = ok(await gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: a.key, w: a.width, h: a.height, alt: "  Stół  " }, pes.id)).addEquipmentNoticePhoto;
    expect(first).toMatchObject({ url: `/marketplace/photos/${a.key}.webp`, thumbUrl: `/marketplace/photos/${a.key}-thumb.webp`, alt: "Stół", position: 0 });
    const b = await uploadPhoto();
    const second = ok(await gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: b.key, w: b.width, h: b.height }, pesColleague.id)).addEquipmentNoticePhoto;
    expect(second.position).toBe(1);
    const got = ok(await gql(db.ds, NOTICE_PHOTOS, { id: notice.id })).equipmentNotice;
    expect(got.photos.map((p: { id: string }) => p.id)).toEqual([first.id, second.id]);
    const list = ok(await gql(db.ds, `{ equipmentNotices(first: 100) { edges { node { id photos { thumbUrl } } } } }`)).equipmentNotices;
    const card = list.edges.find((e: { node: { id: string } }) => e.node.id === notice.id).node;
    expect(card.photos[0].thumbUrl).toBe(first.thumbUrl);
  });

  it("refuses another organisation's member, a resident and anonymous; nothing is written", async () => {
    const notice = await ownNotice();
    const a = await uploadPhoto();
    const before = await photoCount();
    const vars = { id: notice.id, k: a.key, w: a.width, h: a.height };
    expect(errorCode(await gql(db.ds, ADD_NOTICE_PHOTO, vars, otherPes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD_NOTICE_PHOTO, vars, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD_NOTICE_PHOTO, vars, null))).toBe("UNAUTHENTICATED");
    expect(await photoCount()).toBe(before);
    // The admin moderates.
    ok(await gql(db.ds, ADD_NOTICE_PHOTO, vars, admin.id));
  });

  it("refuses keys without stored files, malformed keys and ids, bad sizes and long alt texts", async () => {
    const notice = await ownNotice();
    const a = await uploadPhoto();
    const add = (v: Record<string, unknown>) => gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: a.key, w: a.width, h: a.height, ...v }, pes.id);
    expect(errorCode(await add({ k: newFileKey() }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await add({ k: "../../../etc/passwd" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await add({ w: 0 }))).toBe("BAD_USER_INPUT");
    const long = await add({ alt: "x".repeat(201) });
    expect(long.errors?.[0].extensions?.fields).toHaveProperty("alt");
    expect(errorCode(await add({ id: "not-a-uuid" }))).toBe("NOT_FOUND");
    expect(errorCode(await add({ id: "00000000-0000-4000-8000-000000000000" }))).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(MarketplacePhoto).countBy({ noticeId: notice.id })).toBe(0);
  });

  it("keeps at most 8 photos per notice", async () => {
    const notice = await ownNotice();
    for (let i = 0; i < 8; i++) {
      const p = await uploadPhoto();
      ok(await gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: p.key, w: p.width, h: p.height }, pes.id));
    }
    const ninth = await uploadPhoto();
    const r = await gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: ninth.key, w: ninth.width, h: ninth.height }, pes.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0].extensions?.fields).toHaveProperty("file");
    expect(await db.ds.getRepository(MarketplacePhoto).countBy({ noticeId: notice.id })).toBe(8);
  });

  it("the owner changes the alt text and deletes a photo with its files; others cannot", async () => {
    const notice = await ownNotice();
    const a = await uploadPhoto();
    const ph = ok(await gql(db.ds, ADD_NOTICE_PHOTO, { id: notice.id, k: a.key, w: a.width, h: a.height }, pes.id)).addEquipmentNoticePhoto;
    expect(errorCode(await gql(db.ds, UPDATE_PHOTO, { id: ph.id, alt: "Cudze" }, otherPes.id))).toBe("FORBIDDEN");
    expect(ok(await gql(db.ds, UPDATE_PHOTO, { id: ph.id, alt: "Namiot z boku" }, pesColleague.id)).updateMarketplacePhoto.alt).toBe("Namiot z boku");
    expect(errorCode(await gql(db.ds, DELETE_PHOTO, { id: ph.id }, otherPes.id))).toBe("FORBIDDEN");
    expect(await filesOf(photoDir, a.key)).toHaveLength(2);
    expect((await db.ds.getRepository(MarketplacePhoto).findOneByOrFail({ id: ph.id })).alt).toBe("Namiot z boku");
    expect(ok(await gql(db.ds, DELETE_PHOTO, { id: ph.id }, pes.id)).deleteMarketplacePhoto).toBe(true);
    expect(await filesOf(photoDir, a.key)).toEqual([]);
    expect(errorCode(await gql(db.ds, DELETE_PHOTO, { id: ph.id }, pes.id))).toBe("NOT_FOUND");
  });

  it("a private person's notice: only its poster", async () => {
    const notice = await makeNotice(db.ds, { userId: resident.id }, { kind: NoticeKind.EXCHANGE });
    const a = await uploadPhoto();
    const vars = { id: notice.id, k: a.key, w: a.width, h: a.height };
    expect(errorCode(await gql(db.ds, ADD_NOTICE_PHOTO, vars, pes.id))).toBe("FORBIDDEN");
    ok(await gql(db.ds, ADD_NOTICE_PHOTO, vars, resident.id));
  });

  it("catalogue entries: members of the organisation add photos; deleting the entry removes the files", async () => {
    const product = await ownProduct();
    const a = await uploadPhoto();
    const vars = { id: product.id, k: a.key, w: a.width, h: a.height, alt: "Obiad" };
    expect(errorCode(await gql(db.ds, ADD_PRODUCT_PHOTO, vars, otherPes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD_PRODUCT_PHOTO, vars, official.id))).toBe("FORBIDDEN");
    ok(await gql(db.ds, ADD_PRODUCT_PHOTO, vars, pesColleague.id));
    const got = ok(await gql(db.ds, `query($id: ID!) { product(id: $id) { photos { alt url } } }`, { id: product.id })).product;
    expect(got.photos).toEqual([{ alt: "Obiad", url: `/marketplace/photos/${a.key}.webp` }]);
    const list = ok(await gql(db.ds, `query($o: ID!) { products(filter: { organizationId: $o }) { edges { node { photos { thumbUrl } } } } }`, { o: orgId })).products;
    expect(list.edges[0].node.photos).toHaveLength(1);
    ok(await gql(db.ds, `mutation($id: ID!) { deleteProduct(id: $id) }`, { id: product.id }, pes.id));
    expect(await filesOf(photoDir, a.key)).toEqual([]);
    expect(await db.ds.getRepository(MarketplacePhoto).countBy({ productId: product.id })).toBe(0);
  });

  it("the owner puts the photos in order, the first becoming the cover; another organisation cannot, and a partial or mixed list changes nothing", async () => {
    const REORDER = `mutation($ids: [ID!]!) { reorderMarketplacePhotos(photoIds: $ids) { id position } }`;
    const notice = await ownNotice();
    const other = await ownNotice();
    const ids: string[] = [];
    for (const n of [notice, notice, notice, other]) {
      const f = await uploadPhoto();
      ids.push(ok(await gql(db.ds, ADD_NOTICE_PHOTO, { id: n.id, k: f.key, w: f.width, h: f.height }, pes.id)).addEquipmentNoticePhoto.id);
    }
    const [a, b, c, foreign] = ids;
    const order = async () => ok(await gql(db.ds, NOTICE_PHOTOS, { id: notice.id })).equipmentNotice.photos.map((p: { id: string }) => p.id);
    for (const bad of [[], [a, b], [a, b, b], [a, b, foreign], [a, b, c, foreign]]) {
      expect(errorCode(await gql(db.ds, REORDER, { ids: bad }, pes.id))).toBe("BAD_USER_INPUT");
    }
    expect(errorCode(await gql(db.ds, REORDER, { ids: [c, a, b] }, otherPes.id))).toBe("FORBIDDEN");
    expect(await order()).toEqual([a, b, c]);
    expect(ok(await gql(db.ds, REORDER, { ids: [c, a, b] }, pesColleague.id)).reorderMarketplacePhotos).toEqual([
      { id: c, position: 0 },
      { id: a, position: 1 },
      { id: b, position: 2 },
    ]);
    expect(await order()).toEqual([c, a, b]);
  });

  it("processPhoto takes every type the photo and logo pickers offer (PHOTO_ACCEPT), as their hints say", async () => {
    for (const type of PHOTO_ACCEPT.split(",")) {
      const format = type.replace("image/", "") as "jpeg" | "png" | "webp" | "gif" | "avif";
      const bytes = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 200, g: 40, b: 40 } } }).toFormat(format).toBuffer();
      await expect(processPhoto(bytes)).resolves.toMatchObject({ width: 40, height: 30 });
    }
  });

  it("processPhoto refuses what is not an image and what is too big", async () => {
    await expect(processPhoto(PDF)).rejects.toEqual(new PhotoRejected("notImage"));
    await expect(processPhoto(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"))).rejects.toEqual(new PhotoRejected("notImage"));
    await expect(processPhoto(Buffer.alloc(8 * 1024 * 1024 + 1))).rejects.toEqual(new PhotoRejected("tooBig"));
  });
});

const ADD_DOC = `mutation($id: ID!, $k: String!, $n: String) { addDemandAttachment(demandId: $id, key: $k, fileName: $n) { id fileName contentType size url sealed } }`;
const DELETE_DOC = `mutation($id: ID!) { deleteDemandAttachment(id: $id) }`;
const SET_OFFER_DOC = `mutation($id: ID!, $k: String!, $n: String) { setOfferAttachment(demandId: $id, key: $k, fileName: $n) { id fileName contentType sealed } }`;
const REMOVE_OFFER_DOC = `mutation($id: ID!) { removeOfferAttachment(demandId: $id) }`;
const ATTACHMENT = `query($id: ID!) { marketplaceAttachment(id: $id) { id fileName fileKey sealed } }`;
const attachmentCount = () => db.ds.getRepository(Attachment).count();
/** The other client's registration of a stored PDF, written by hand so a race test can hold it uncommitted. */
const insertAttachment = (other: QueryRunner, owner: "demand_id" | "offer_id", ownerId: string, key: string, fileName: string, by: string) =>
  other.query(
    `INSERT INTO marketplace_attachments (${owner}, key, file_name, content_type, size, uploaded_by_id) VALUES ($1, $2, $3, 'application/pdf', $4, $5)`,
    [ownerId, key, fileName, PDF.length, by],
  );

describe("documents of demands", () => {
  it("the posting official attaches documents; everyone who sees the demand sees them", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const a = ok(await gql(db.ds, ADD_DOC, { id: demand.id, k: await uploadDoc(), n: "Opis przedmiotu zamówienia.pdf" }, official.id)).addDemandAttachment;
    expect(a).toMatchObject({ fileName: "Opis przedmiotu zamówienia.pdf", contentType: "application/pdf", size: PDF.length, url: `/marketplace/attachments/${a.id}`, sealed: false });
    // The type comes from the bytes: a spreadsheet named .pdf is stored as .xlsx.
    const x = ok(await gql(db.ds, ADD_DOC, { id: demand.id, k: await uploadDoc(await xlsx()), n: "kosztorys.pdf" }, official.id)).addDemandAttachment;
    expect(x).toMatchObject({ fileName: "kosztorys.pdf.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    const got = ok(await gql(db.ds, `query($id: ID!) { demand(id: $id) { attachments { id } } }`, { id: demand.id })).demand;
    expect(got.attachments.map((d: { id: string }) => d.id)).toEqual([a.id, x.id]);
    expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id })).marketplaceAttachment).toMatchObject({ id: a.id, sealed: false });
    expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id }, otherPes.id)).marketplaceAttachment).not.toBeNull();
  });

  it("one stored document registered twice at once (a double click) is stored once; the other is BAD_USER_INPUT on key", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const key = await uploadDoc();
    // The first registration is written but not committed: the second waits on the demand's
    // lock, then finds the key taken (else the key's unique index refuses it).
    const second = await afterOtherCommits(
      db.ds,
      (other) => insertAttachment(other, "demand_id", demand.id, key, "a.pdf", official.id),
      () => gql(db.ds, ADD_DOC, { id: demand.id, k: key, n: "a.pdf" }, official.id),
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { key: "Already registered" } });
    expect(await db.ds.getRepository(Attachment).countBy({ key })).toBe(1);
  });

  it("the last free place taken by two documents at once goes to one: the other waits for it and is refused, never a document over the limit", async () => {
    const demand = await makeDemand(db.ds, official, future());
    for (let i = 1; i < MAX_DEMAND_ATTACHMENTS; i++) ok(await gql(db.ds, ADD_DOC, { id: demand.id, k: await uploadDoc() }, official.id));
    const answer = await afterOtherCommits(
      db.ds,
      (other) => insertAttachment(other, "demand_id", demand.id, newFileKey(), "b.pdf", admin.id),
      async () => gql(db.ds, ADD_DOC, { id: demand.id, k: await uploadDoc() }, official.id),
    );
    expect(answer.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: { file: `At most ${MAX_DEMAND_ATTACHMENTS} documents` } });
    expect(await db.ds.getRepository(Attachment).countBy({ demandId: demand.id })).toBe(MAX_DEMAND_ATTACHMENTS);
  });

  it("refuses another official, PES and anonymous; nothing is written", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const key = await uploadDoc();
    const before = await attachmentCount();
    expect(errorCode(await gql(db.ds, ADD_DOC, { id: demand.id, k: key }, otherOfficial.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD_DOC, { id: demand.id, k: key }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD_DOC, { id: demand.id, k: key }, null))).toBe("UNAUTHENTICATED");
    expect(await attachmentCount()).toBe(before);
    ok(await gql(db.ds, ADD_DOC, { id: demand.id, k: key }, admin.id));
  });

  it("refuses files by their content: executables, text, SVG, archives, empty and too big files", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const bad = [
      Buffer.concat([Buffer.from("MZ"), Buffer.alloc(300)]),
      Buffer.from("Zwykły tekst udający PDF"),
      Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
      Buffer.from("<!doctype html><script>alert(1)</script>"),
      Buffer.alloc(0),
      Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]),
    ];
    for (const bytes of bad) {
      const r = await gql(db.ds, ADD_DOC, { id: demand.id, k: await uploadDoc(bytes), n: "oferta.pdf" }, official.id);
      expect(errorCode(r)).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0].extensions?.fields).toHaveProperty("file");
    }
    expect(errorCode(await gql(db.ds, ADD_DOC, { id: demand.id, k: newFileKey() }, official.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ADD_DOC, { id: demand.id, k: "../x" }, official.id))).toBe("BAD_USER_INPUT");
    expect(await db.ds.getRepository(Attachment).countBy({ demandId: demand.id })).toBe(0);
  });

  it("sanitises file names", async () => {
    expect(safeFileName("../../etc/pass\u0000wd.pdf", "pdf")).toBe("pass wd.pdf");
    expect(safeFileName('C:\\Users\\x\\"Oferta"; a.PDF', "pdf")).toBe("Oferta a.pdf");
    expect(safeFileName("zdjęcie.jpeg", "jpg")).toBe("zdjęcie.jpeg");
    expect(safeFileName("   ", "docx")).toBe("zalacznik.docx");
    expect(safeFileName(null, "odt")).toBe("zalacznik.odt");
    await expect(detectDocument(Buffer.from("abc"))).rejects.toEqual(new DocumentRejected("notAllowed"));
    // Always a download; the UTF-8 name is percent-encoded, the ASCII fallback quoted.
    const header = attachmentDisposition(safeFileName('Łódź\r\nSet-Cookie: x=1 "oferta".pdf', "pdf"));
    expect(header).toBe(`attachment; filename="??d? Set-Cookie x=1 oferta.pdf"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20Set-Cookie%20x%3D1%20oferta.pdf`);
  });

  it("the posting official removes a document and its file; others cannot", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const key = await uploadDoc();
    const a = ok(await gql(db.ds, ADD_DOC, { id: demand.id, k: key }, official.id)).addDemandAttachment;
    expect(errorCode(await gql(db.ds, DELETE_DOC, { id: a.id }, otherOfficial.id))).toBe("FORBIDDEN");
    expect(await filesOf(docDir, key)).toHaveLength(1);
    expect(ok(await gql(db.ds, DELETE_DOC, { id: a.id }, official.id)).deleteDemandAttachment).toBe(true);
    expect(await filesOf(docDir, key)).toEqual([]);
    expect(errorCode(await gql(db.ds, DELETE_DOC, { id: a.id }, official.id))).toBe("NOT_FOUND");
  });
});

describe("an offer's attachment is sealed like the offer", () => {
  const OWN = `query($id: ID!) { demand(id: $id) { myOffer { id attachment { id fileName } } offers { id attachment { id } } } }`;

  it("only the offering organisation sees it before the deadline; after it the official and admins too, other PES never", async () => {
    const demand = await makeDemand(db.ds, official, future());
    await makeOffer(db.ds, demand.id, orgId, pes);
    await makeOffer(db.ds, demand.id, (await db.ds.query(`SELECT organization_id FROM organization_memberships WHERE user_id = $1`, [otherPes.id]))[0].organization_id, otherPes);
    const a = ok(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: await uploadDoc(), n: "Oferta cenowa.pdf" }, pes.id)).setOfferAttachment;
    expect(a).toMatchObject({ fileName: "Oferta cenowa.pdf", sealed: true });
    expect(ok(await gql(db.ds, OWN, { id: demand.id }, pesColleague.id)).demand.myOffer.attachment).toEqual({ id: a.id, fileName: "Oferta cenowa.pdf" });
    expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id }, pesColleague.id)).marketplaceAttachment.id).toBe(a.id);
    for (const who of [otherPes, official, admin, resident, null]) {
      expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id }, who?.id ?? null)).marketplaceAttachment).toBeNull();
    }
    expect(ok(await gql(db.ds, OWN, { id: demand.id }, official.id)).demand.offers).toBeNull();

    await db.ds.getRepository(Demand).update({ id: demand.id }, { deadline: past() });
    for (const who of [official, admin]) {
      expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id }, who.id)).marketplaceAttachment.id).toBe(a.id);
      const offers = ok(await gql(db.ds, OWN, { id: demand.id }, who.id)).demand.offers;
      expect(offers.map((o: { attachment: { id: string } | null }) => o.attachment?.id ?? null).sort()).toEqual([a.id, null].sort());
    }
    for (const who of [otherPes, otherOfficial, resident, null]) {
      expect(ok(await gql(db.ds, ATTACHMENT, { id: a.id }, who?.id ?? null)).marketplaceAttachment).toBeNull();
    }
    // Sealed after the deadline too: no more changes.
    expect(errorCode(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: await uploadDoc() }, pes.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, REMOVE_OFFER_DOC, { id: demand.id }, pes.id))).toBe("FORBIDDEN");
  });

  it("needs the own offer; a new file replaces the old one; resubmitting keeps it, withdrawing deletes it", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const k1 = await uploadDoc();
    expect(errorCode(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: k1 }, pes.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: k1 }, official.id))).toBe("FORBIDDEN");
    ok(await gql(db.ds, `mutation($id: ID!) { submitOffer(demandId: $id, input: { price: 900, message: "Oferta" }) { id } }`, { id: demand.id }, pes.id));
    ok(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: k1, n: "v1.pdf" }, pes.id));
    const k2 = await uploadDoc(await xlsx());
    ok(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: k2, n: "v2.xlsx" }, pes.id));
    expect(await filesOf(docDir, k1)).toEqual([]);
    const rows = await db.ds.query(`SELECT a.file_name FROM marketplace_attachments a JOIN offers o ON o.id = a.offer_id WHERE o.demand_id = $1`, [demand.id]);
    expect(rows).toEqual([{ file_name: "v2.xlsx" }]);
    // Another organisation has no offer here: nothing to remove, nothing changes.
    expect(errorCode(await gql(db.ds, REMOVE_OFFER_DOC, { id: demand.id }, otherPes.id))).toBe("NOT_FOUND");
    ok(await gql(db.ds, `mutation($id: ID!) { submitOffer(demandId: $id, input: { price: 850, message: "Nowa cena" }) { id } }`, { id: demand.id }, pes.id));
    expect(ok(await gql(db.ds, OWN, { id: demand.id }, pes.id)).demand.myOffer.attachment.fileName).toBe("v2.xlsx");
    ok(await gql(db.ds, `mutation($id: ID!) { withdrawOffer(demandId: $id) }`, { id: demand.id }, pes.id));
    expect(await filesOf(docDir, k2)).toEqual([]);
    expect((await db.ds.query(`SELECT count(*)::int AS n FROM marketplace_attachments WHERE key = $1`, [k2]))[0].n).toBe(0);
  });

  it("two colleagues attaching to their offer at once: the later replaces the earlier, as one after the other", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const offer = await makeOffer(db.ds, demand.id, orgId, pes);
    const [k1, k2] = [await uploadDoc(), await uploadDoc()];
    // The colleague's attachment is written but not committed when the other arrives: the
    // offer had no document yet as far as the later request could see.
    const later = await afterOtherCommits(
      db.ds,
      (other) => insertAttachment(other, "offer_id", offer.id, k1, "v1.pdf", pesColleague.id),
      () => gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: k2, n: "v2.pdf" }, pes.id),
    );
    expect(ok(later).setOfferAttachment).toMatchObject({ fileName: "v2.pdf" });
    expect(await db.ds.getRepository(Attachment).find({ where: { offerId: offer.id }, select: { key: true } })).toEqual([{ key: k2 }]);
    expect(await filesOf(docDir, k1)).toEqual([]);
  });

  it("attaching to an offer a colleague is withdrawing at that moment is NOT_FOUND, and nothing is stored", async () => {
    const demand = await makeDemand(db.ds, official, future());
    const offer = await makeOffer(db.ds, demand.id, orgId, pes);
    const key = await uploadDoc();
    const late = await afterOtherCommits(
      db.ds,
      (other) => other.query(`DELETE FROM offers WHERE id = $1`, [offer.id]),
      () => gql(db.ds, SET_OFFER_DOC, { id: demand.id, k: key }, pes.id),
    );
    expect(errorCode(late)).toBe("NOT_FOUND");
    expect(await db.ds.getRepository(Attachment).countBy({ key })).toBe(0);
  });

  it("removeOfferAttachment deletes the row and the file", async () => {
    const demand = await makeDemand(db.ds, official, future());
    await makeOffer(db.ds, demand.id, orgId, pes);
    const k = await uploadDoc();
    ok(await gql(db.ds, SET_OFFER_DOC, { id: demand.id, k }, pes.id));
    expect(ok(await gql(db.ds, REMOVE_OFFER_DOC, { id: demand.id }, pesColleague.id)).removeOfferAttachment).toBe(true);
    expect(await filesOf(docDir, k)).toEqual([]);
    expect(errorCode(await gql(db.ds, REMOVE_OFFER_DOC, { id: demand.id }, pes.id))).toBe("NOT_FOUND");
  });
});

describe("list pages", () => {
  const PAGE = `{
    equipmentNotices(first: 100, filter: { text: "Fotolicznik" }) { edges { node { id coverPhoto { thumbUrl } photos { id } } } }
    products(first: 100, filter: { text: "Fotolicznik" }) { edges { node { id coverPhoto { thumbUrl } } } }
    demands(first: 100, filter: { text: "Fotolicznik" }) { edges { node { id attachments { id } myOffer { attachment { id } } } } }
  }`;
  async function addRound() {
    const notice = await makeNotice(db.ds, { userId: pes.id, organizationId: orgId }, { title: "Fotolicznik" });
    const product = await db.ds.getRepository(Product).save(db.ds.getRepository(Product).create({ organizationId: orgId, name: "Fotolicznik", category: "Test" }));
    const repo = db.ds.getRepository(MarketplacePhoto);
    await repo.save([
      repo.create({ noticeId: notice.id, key: newFileKey(), width: 10, height: 10 }),
      repo.create({ productId: product.id, key: newFileKey(), width: 10, height: 10 }),
    ]);
    const d = await makeDemand(db.ds, official, future(), { title: "Fotolicznik" });
    const o = await makeOffer(db.ds, d.id, orgId, pes);
    const a = db.ds.getRepository(Attachment);
    await a.save([
      a.create({ demandId: d.id, key: newFileKey(), fileName: "a.pdf", contentType: "application/pdf", size: 1, uploadedById: official.id }),
      a.create({ offerId: o.id, key: newFileKey(), fileName: "b.pdf", contentType: "application/pdf", size: 1, uploadedById: pes.id }),
    ]);
  }

  it("photos and attachments cost the same number of statements for 2 rows as for 8", async () => {
    for (let i = 0; i < 2; i++) await addRound();
    const few = await countQueries(db.ds, async () => ok(await gql(db.ds, PAGE, {}, pes.id)));
    for (let i = 0; i < 6; i++) await addRound();
    let data: any;
    const many = await countQueries(db.ds, async () => (data = ok(await gql(db.ds, PAGE, {}, pes.id))));
    expect(data.equipmentNotices.edges).toHaveLength(8);
    expect(data.demands.edges.every((e: any) => e.node.attachments.length === 1 && e.node.myOffer.attachment)).toBe(true);
    expect(many).toBe(few);
  });
});
