import { signInAs } from "../../helpers/route-session";
import { Role, type User } from "../../../entities/users";
import { newFileKey } from "../../../server/storage/photos";
import { createPesMember, createUsers } from "../../factories";
import { gql, ok } from "../../helpers/graphql";
import { fileRouteWorld } from "../../helpers/route-world";
import { SMALL_PDF as PDF } from "../../helpers/stored-files";
import { createTraining, REGISTER } from "./helpers";

/**
 * GET /trainings/materials/{id}, the route itself: a public file goes to anybody and may
 * be cached; an attendees-only one only to organisers and confirmed attendees; everyone
 * else, a link-only material, a missing id and garbage get the same 404.
 */
const world = fileRouteWorld("training-materials");
let official: User, attendee: User, stranger: User;
let trainingId: string;

beforeAll(async () => {
  [official] = await createUsers(world.ds, Role.OFFICIAL);
  attendee = (await createPesMember(world.ds)).user;
  stranger = (await createPesMember(world.ds)).user;
  trainingId = await createTraining(world.ds);
  ok(await gql(world.ds, REGISTER, { id: trainingId }, attendee.id));
});

const ADD = `mutation($id: ID!, $input: TrainingMaterialInput!) { addTrainingMaterial(trainingId: $id, input: $input) { id } }`;

async function material(input: Record<string, unknown>): Promise<string> {
  const key = input.url ? undefined : newFileKey();
  if (key) await world.files.put(key, PDF, "application/pdf");
  return ok(await gql(world.ds, ADD, { id: trainingId, input: { title: "Materiał", ...input, ...(key ? { key } : {}) } }, official.id)).addTrainingMaterial.id;
}

async function download(id: string, as: User | null) {
  signInAs(as);
  const { GET } = await import("../../../app/trainings/materials/[id]/route");
  return GET(new Request(`http://localhost/trainings/materials/${id}`), { params: Promise.resolve({ id }) });
}

it("a public file is a download for anybody, and may be kept for a few minutes", async () => {
  const id = await material({ fileName: "program.pdf", public: true });
  const res = await download(id, null);
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  expect(res.headers.get("content-disposition")).toBe("attachment; filename=program.pdf");
  expect(res.headers.get("cache-control")).toBe("public, max-age=300");
});

it("an attendees-only file goes to organisers and confirmed attendees, revalidated each time; anybody else gets the 404 of a missing one", async () => {
  const id = await material({ fileName: "slajdy.pdf", public: false });
  for (const who of [official, attendee]) {
    const res = await download(id, who);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
  }
  const link = await material({ url: "https://example.org/nagranie", public: true });
  const refusals = [
    await download(id, stranger),
    await download(id, null),
    await download(link, official),
    await download("00000000-0000-4000-8000-000000000000", official),
    await download("x'; --", official),
  ];
  expect(refusals.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
  expect(await Promise.all(refusals.map((r) => r.text()))).toEqual(Array(5).fill("Not found"));
});
