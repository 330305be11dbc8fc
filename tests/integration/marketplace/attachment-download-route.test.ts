import { signInAs } from "../../helpers/route-session";
import { Role, type User } from "../../../entities/users";
import { newFileKey } from "../../../server/storage/photos";
import { createOrganization, createPesMember, createUsers } from "../../factories";
import { gql, ok } from "../../helpers/graphql";
import { fileRouteWorld } from "../../helpers/route-world";
import { SMALL_PDF as PDF } from "../../helpers/stored-files";
import { future, makeDemand, makeOffer } from "./marketplace-helpers";

/**
 * GET /marketplace/attachments/{id}, the route itself: the API decides who may have a
 * document, and everyone else gets the same 404 as for a missing one.
 */
const world = fileRouteWorld("marketplace-attachments");
let official: User, pes: User, otherPes: User;
let orgId: string;

beforeAll(async () => {
  [official] = await createUsers(world.ds, Role.OFFICIAL);
  const own = await createPesMember(world.ds);
  [pes, orgId] = [own.user, own.organization.id];
  otherPes = (await createPesMember(world.ds, await createOrganization(world.ds))).user;
});

async function stored(): Promise<string> {
  const key = newFileKey();
  await world.files.put(key, PDF, "application/pdf");
  return key;
}

async function download(id: string, as: User | null) {
  signInAs(as);
  const { GET } = await import("../../../app/marketplace/attachments/[id]/route");
  return GET(new Request(`http://localhost/marketplace/attachments/${id}`), { params: Promise.resolve({ id }) });
}

it("a demand's document is a download for anybody who sees the demand, revalidated each time", async () => {
  const demand = await makeDemand(world.ds, official, future());
  const a = ok(await gql(world.ds, `mutation($id: ID!, $k: String!) { addDemandAttachment(demandId: $id, key: $k, fileName: "opis.pdf") { id } }`, { id: demand.id, k: await stored() }, official.id)).addDemandAttachment;
  const res = await download(a.id, null);
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  expect(res.headers.get("content-disposition")).toBe("attachment; filename=opis.pdf");
  expect(res.headers.get("cache-control")).toBe("private, no-cache");
});

it("an offer's document goes only to its organisation, never cached; anybody else, a missing id and garbage get the same 404", async () => {
  const demand = await makeDemand(world.ds, official, future());
  await makeOffer(world.ds, demand.id, orgId, pes);
  const a = ok(await gql(world.ds, `mutation($id: ID!, $k: String!) { setOfferAttachment(demandId: $id, key: $k, fileName: "oferta.pdf") { id } }`, { id: demand.id, k: await stored() }, pes.id)).setOfferAttachment;
  const own = await download(a.id, pes);
  expect(own.status).toBe(200);
  expect(own.headers.get("cache-control")).toBe("private, no-store");
  const refusals = [await download(a.id, otherPes), await download(a.id, null), await download("00000000-0000-4000-8000-000000000000", pes), await download("x'; --", pes)];
  expect(refusals.map((r) => r.status)).toEqual([404, 404, 404, 404]);
  expect(await Promise.all(refusals.map((r) => r.text()))).toEqual(["Not found", "Not found", "Not found", "Not found"]);
});
