import { MailMessage, MailStatus } from "../../../entities/system";
import { processMailQueue, setMailTransport } from "../../../server/mail/mail.service";
import { createTestDb, type TestDb } from "../../helpers/db";
import { gql, ok } from "../../helpers/graphql";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(async () => {
  setMailTransport(undefined);
  await db.drop();
});

const SIGN_UP = `mutation($e: String!) { signUp(email: $e, password: "bezpieczne-haslo-7", name: "Poczta Testowa", accountType: RESIDENT) { id } }`;

describe("the mail queue while the mail server is down", () => {
  it("lets the operation succeed, keeps the mail queued, and sends it once the server is back", async () => {
    const sent: string[] = [];
    let up = false;
    setMailTransport({
      name: "smtp",
      send: async (m) => {
        if (!up) throw new Error("connect ECONNREFUSED 127.0.0.1:25");
        sent.push(m.to);
      },
    });
    ok(await gql(db.ds, SIGN_UP, { e: "poczta@example.org" }));
    const repo = db.ds.getRepository(MailMessage);

    await processMailQueue(db.ds);
    // The welcome message (the verification link is a second one, sent alike).
    let mail = await repo.findOneByOrFail({ to: "poczta@example.org", template: "users.welcome" });
    expect(mail).toMatchObject({ status: MailStatus.QUEUED, attempts: 1 });
    expect(mail.lastError).toMatch(/ECONNREFUSED/);
    expect(mail.sendAfter.getTime()).toBeGreaterThan(Date.now()); // backed off, not hammering

    up = true;
    await repo.update(mail.id, { sendAfter: new Date(Date.now() - 1000) }); // the back-off has passed
    await processMailQueue(db.ds);
    await processMailQueue(db.ds);
    mail = await repo.findOneByOrFail({ to: "poczta@example.org", template: "users.welcome" });
    expect(mail).toMatchObject({ status: MailStatus.SENT, attempts: 2, lastError: null });
    expect(sent).toContain("poczta@example.org");
  });

  it("gives up after repeated failures and marks the message FAILED", async () => {
    setMailTransport({ name: "smtp", send: async () => { throw new Error("550 mailbox unavailable"); } });
    ok(await gql(db.ds, SIGN_UP, { e: "nigdy@example.org" }));
    const repo = db.ds.getRepository(MailMessage);
    for (let i = 0; i < 8; i++) {
      await repo.update({ to: "nigdy@example.org" }, { sendAfter: new Date(Date.now() - 1000) });
      await processMailQueue(db.ds);
    }
    expect(await repo.findOneByOrFail({ to: "nigdy@example.org" })).toMatchObject({ status: MailStatus.FAILED, attempts: 8 });
  });
});
