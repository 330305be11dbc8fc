import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Attachment } from "../../../entities/marketplace";
import { Premises } from "../../../entities/premises";
import { Role, type User } from "../../../entities/users";
import { DiskFileStorage, useFileStorage } from "../../../server/storage/file-storage";
import { MAX_LETTING_APPLICATION_DOCUMENTS } from "../../../entities/file-limits";
import { newFileKey } from "../../../server/storage/photos";
import { createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { countQueries } from "../../helpers/statements";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { afterOtherCommits } from "../../helpers/other-transaction";
import { SMALL_PDF as PDF } from "../../helpers/stored-files";

/**
 * Uploaded documents of letting-round applications: only the applying organisation adds
 * and removes them, only before the deadline; they are sealed exactly like the application
 * (the rival PES and the official see nothing before the deadline, the official everything
 * after), through the application's field and the download query alike.
 */

let db: TestDb;
let docs: DiskFileStorage;
let docDir: string;
let official: User, otherOfficial: User, resident: User, pesA: User, colleagueA: User, pesB: User;

beforeAll(async () => {
  db = await createTestDb();
  docDir = await mkdtemp(path.join(tmpdir(), "letting-docs-"));
  docs = new DiskFileStorage(docDir);
  useFileStorage("marketplace-attachments", docs);
  [official, otherOfficial, resident] = await Promise.all([
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.OFFICIAL }),
    createUser(db.ds, { role: Role.RESIDENT }),
  ]);
  const a = await createPesMember(db.ds);
  pesA = a.user;
  colleagueA = (await createPesMember(db.ds, a.organization)).user;
  pesB = (await createPesMember(db.ds)).user;
});
afterAll(async () => {
  await db.drop();
  await rm(docDir, { recursive: true, force: true });
});

const ADD = `mutation($r: ID!, $k: String!, $n: String) { addLettingApplicationDocument(roundId: $r, key: $k, fileName: $n) { id fileName contentType size url } }`;
const REMOVE = `mutation($id: ID!) { removeLettingApplicationDocument(id: $id) }`;
const ROUND = `query($id: ID!) { premisesLettingRound(id: $id) { applications { id documents { id fileName } } } }`;
const DOWNLOAD = `query($id: ID!) { marketplaceAttachment(id: $id) { id fileName } }`;

async function upload(bytes: Buffer = PDF): Promise<string> {
  const key = newFileKey();
  await docs.put(key, bytes, "application/octet-stream");
  return key;
}

/** Premises of `official`, an open round, and pesA's organisation's application in it. */
async function roundWithApplication(): Promise<string> {
  const repo = db.ds.getRepository(Premises);
  const premises = await repo.save(repo.create({ address: "ul. Szeroka 12", district: "Stare Miasto", areaM2: 60, monthlyRent: 2400, ownerId: official.id }));
  const roundId = ok(
    await gql(
      db.ds,
      `mutation($i: PremisesLettingRoundInput!) { openPremisesLettingRound(input: $i) { id } }`,
      { i: { premisesId: premises.id, deadline: new Date(Date.now() + 7 * 86400_000), minimumRent: 1000 } },
      official.id,
    ),
  ).openPremisesLettingRound.id as string;
  ok(
    await gql(
      db.ds,
      `mutation($i: PremisesLettingApplicationInput!) { applyToPremisesLettingRound(input: $i) { id } }`,
      { i: { roundId, proposedRent: 1500, intendedUse: "Pracownia spółdzielni socjalnej" } },
      pesA.id,
    ),
  );
  return roundId;
}

const passDeadline = (roundId: string) => db.ds.query(`UPDATE premises_letting_rounds SET deadline = now() - interval '1 minute' WHERE id = $1`, [roundId]);
const documentsSeenBy = async (roundId: string, user: User | null) =>
  (ok(await gql(db.ds, ROUND, { id: roundId }, user?.id ?? null)).premisesLettingRound.applications as { documents: { id: string }[] }[]).flatMap((a) => a.documents.map((d) => d.id));

describe("adding documents to an application", () => {
  it("the applying organisation's members add documents, named safely and typed by content", async () => {
    const roundId = await roundWithApplication();
    const doc = ok(await gql(db.ds, ADD, { r: roundId, k: await upload(), n: "../Biznesplan 2027.docx" }, pesA.id)).addLettingApplicationDocument;
    // The bytes are a PDF whatever the name says.
    expect(doc).toMatchObject({ fileName: "Biznesplan 2027.docx.pdf", contentType: "application/pdf", size: PDF.length, url: `/marketplace/attachments/${doc.id}` });
    ok(await gql(db.ds, ADD, { r: roundId, k: await upload(), n: "statut.pdf" }, colleagueA.id));
    expect(await documentsSeenBy(roundId, pesA)).toHaveLength(2);
  });

  it("refuses another organisation (it has no application here), residents and officials, and changes nothing", async () => {
    const roundId = await roundWithApplication();
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesB.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }, resident.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }, official.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }))).toBe("UNAUTHENTICATED");
    expect(await db.ds.getRepository(Attachment).count({ where: { lettingApplication: { roundId } } })).toBe(0);
  });

  it("refuses a file that is not a document, a key never uploaded or used twice, and more than the limit", async () => {
    const roundId = await roundWithApplication();
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload(Buffer.from("<script>alert(1)</script>")) }, pesA.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: newFileKey() }, pesA.id))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: "../../etc/passwd" }, pesA.id))).toBe("BAD_USER_INPUT");
    const key = await upload();
    ok(await gql(db.ds, ADD, { r: roundId, k: key }, pesA.id));
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: key }, pesA.id))).toBe("BAD_USER_INPUT");
    for (let i = 1; i < MAX_LETTING_APPLICATION_DOCUMENTS; i++) ok(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id));
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id))).toBe("BAD_USER_INPUT");
    expect(await documentsSeenBy(roundId, pesA)).toHaveLength(MAX_LETTING_APPLICATION_DOCUMENTS);
  });

  it("after the deadline nothing is added or removed", async () => {
    const roundId = await roundWithApplication();
    const doc = ok(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id)).addLettingApplicationDocument;
    await passDeadline(roundId);
    expect(errorCode(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id))).toBe("FORBIDDEN");
    expect(errorCode(await gql(db.ds, REMOVE, { id: doc.id }, pesA.id))).toBe("FORBIDDEN");
    expect(await documentsSeenBy(roundId, pesA)).toEqual([doc.id]);
  });
});

describe("two documents added at once", () => {
  it("the last free place goes to one of them: the other waits for it and is refused, never a document over the limit", async () => {
    const roundId = await roundWithApplication();
    for (let i = 1; i < MAX_LETTING_APPLICATION_DOCUMENTS; i++) ok(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id));
    const [{ id: applicationId }] = await db.ds.query(`SELECT id FROM premises_letting_applications WHERE round_id = $1`, [roundId]);
    const answer = await afterOtherCommits(
      db.ds,
      // A colleague's document, saved but not committed: the round's lock is shared, so it does not stop this one.
      (other) =>
        other.query(
          `INSERT INTO marketplace_attachments (letting_application_id, key, file_name, content_type, size, uploaded_by_id)
           VALUES ($1, $2, 'statut.pdf', 'application/pdf', 100, $3)`,
          [applicationId, newFileKey(), colleagueA.id],
        ),
      async () => gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id),
    );
    expect(errorCode(answer)).toBe("BAD_USER_INPUT");
    expect(await documentsSeenBy(roundId, pesA)).toHaveLength(MAX_LETTING_APPLICATION_DOCUMENTS);
  });
});

describe("removing a document", () => {
  it("the applying organisation removes its own, file included; to others the document does not exist", async () => {
    const roundId = await roundWithApplication();
    const key = await upload();
    const doc = ok(await gql(db.ds, ADD, { r: roundId, k: key }, pesA.id)).addLettingApplicationDocument;
    expect(errorCode(await gql(db.ds, REMOVE, { id: doc.id }, pesB.id))).toBe("NOT_FOUND");
    expect(errorCode(await gql(db.ds, REMOVE, { id: doc.id }, official.id))).toBe("FORBIDDEN");
    expect(await docs.get(key)).not.toBeNull();
    expect(ok(await gql(db.ds, REMOVE, { id: doc.id }, colleagueA.id)).removeLettingApplicationDocument).toBe(true);
    expect(await docs.get(key)).toBeNull();
    expect(await documentsSeenBy(roundId, pesA)).toEqual([]);
  });
});

describe("the seal", () => {
  it("before the deadline only the applying organisation sees or downloads its documents; after it the official in charge too, never a rival", async () => {
    const roundId = await roundWithApplication();
    const doc = ok(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id)).addLettingApplicationDocument;
    const download = async (user: User | null) => ok(await gql(db.ds, DOWNLOAD, { id: doc.id }, user?.id ?? null)).marketplaceAttachment;

    for (const viewer of [official, otherOfficial, pesB, resident, null]) {
      expect(await documentsSeenBy(roundId, viewer)).toEqual([]);
      expect(await download(viewer)).toBeNull();
    }
    expect(await download(pesA)).toMatchObject({ id: doc.id });

    await passDeadline(roundId);
    expect(await documentsSeenBy(roundId, official)).toEqual([doc.id]);
    expect(await download(official)).toMatchObject({ id: doc.id });
    for (const viewer of [otherOfficial, pesB, resident, null]) {
      expect(await documentsSeenBy(roundId, viewer)).toEqual([]);
      expect(await download(viewer)).toBeNull();
    }
  });

  it("the documents of all applications cost one statement, whatever their number", async () => {
    const roundId = await roundWithApplication();
    for (let i = 0; i < 3; i++) ok(await gql(db.ds, ADD, { r: roundId, k: await upload() }, pesA.id));
    await passDeadline(roundId);
    const withDocs = await countQueries(db.ds, () => gql(db.ds, ROUND, { id: roundId }, official.id));
    const without = await countQueries(db.ds, () => gql(db.ds, `query($id: ID!) { premisesLettingRound(id: $id) { applications { id } } }`, { id: roundId }, official.id));
    expect(withDocs - without).toBe(1);
  });
});
