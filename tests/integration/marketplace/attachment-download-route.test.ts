import { signInAs } from "../../helpers/route-session";
import { Role, type User } from "../../../entities/users";
import type { DiskFileStorage } from "../../../server/storage/file-storage";
import { newFileKey } from "../../../server/storage/photos";
import { createOrganization, createPesMember, createUsers } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok, useTestBridge } from "../../helpers/graphql";
import { SMALL_PDF as PDF, temporaryStorage } from "../../helpers/stored-files";
import { future, makeDemand, makeOffer } from "./marketplace-helpers";

/**
 * GET /marketplace/attachments/{id}, the route itself: the API decides who may have a
 * document, and everyone else gets the same 404 as for a missing one.
 */
let db: TestDb;
let removeStorage: () => Promise<void>;
let docs: DiskFileStorage;
let official: User, pes: User, otherPes: User;
let orgId: string;

beforeAll(async () => {
  db = await createTestDb();
  useTestBridge(db.ds);
  ({ files: docs, remove: removeStorage } = await temporaryStorage("marketplace-attachments"));
  [official] = await createUsers(db.ds, Role.OFFICIAL);
  const own = await createPesMember(db.ds);
  [pes, orgId] = [own.user, own.organization.id];
  otherPes = (await createPesMember(db.ds, await createOrganization(db.ds))).user;
});
afterAll(async () => {
  await db.drop();
  await removeStorage();
});

async function stored(): Promise<string> {
  const key = newFileKey();
  await docs.put(key, PDF, "application/pdf");
  return key;
}

async function download(id: string, as: User | null) {
  signInAs(as);
  const { GET } = await import("../../../app/marketplace/attachments/[id]/route");
  return GET(new Request(`http://localhost/marketplace/attachments/${id}`), { params: Promise.resolve({ id }) });
}

it("a demand's document is a download for anybody who sees the demand, revalidated each time", async () => {
  const demand = await makeDemand(db.ds, official, future());
  const a = ok(await gql(db.ds, `mutation($id: ID!, $k: String!) { addDemandAttachment(demandId: $id, key: $k, fileName: "opis.pdf") { id } }`, { id: demand.id, k: await stored() }, official.id)).addDemandAttachment;
  const res = await download(a.id, null);
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  expect(res.headers.get("content-disposition")).toBe("attachment; filename=opis.pdf");
  expect(res.headers.get("cache-control")).toBe("private, no-cache");
});

it("an offer's document goes only to its organisation, never cached; anybody else, a missing id and garbage get the same 404", async () => {
  const demand = await makeDemand(db.ds, official, future());
  await makeOffer(db.ds, demand.id, orgId, pes);
  const a = ok(await gql(db.ds, `mutation($id: ID!, $k: String!) { setOfferAttachment(demandId: $id, key: $k, fileName: "oferta.pdf") { id } }`, { id: demand.id, k: await stored() }, pes.id)).setOfferAttachment;
  const own = await download(a.id, pes);
  expect(own.status).toBe(200);
  expect(own.headers.get("cache-control")).toBe("private, no-store");
  const refusals = [await download(a.id, otherPes), await download(a.id, null), await download("00000000-0000-4000-8000-000000000000", pes), await download("x'; --", pes)];
  expect(refusals.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  expect(await Promise.all(refusals.map((r) => r.text()))).toEqual(["Not found", "Not found", "Not found", "Not found"]);
});
