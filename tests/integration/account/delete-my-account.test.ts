import { randomBytes } from "node:crypto";
import { Booking, BookingStatus, DemandSubscription, EquipmentNotice, ItemRequest, ItemRequestStatus, NoticeKind, NoticeStatus } from "../../../entities/marketplace";
import { NewsletterSubscriber, SubscriberStatus } from "../../../entities/news";
import { MemberRole, MembershipStatus, OrganizationMembership } from "../../../entities/organizations";
import { PremisesEnquiry, PremisesSavedSearch } from "../../../entities/premises";
import { Registration, RegistrationStatus } from "../../../entities/trainings";
import { MailMessage, MailStatus } from "../../../entities/system";
import { AccountType, Role, User } from "../../../entities/users";
import { audit } from "../../../server/audit";
import { enqueueMail } from "../../../server/mail/mail.service";
import { verifyCredentials } from "../../../server/modules/users/users.service";
import { FACTORY_PASSWORD, createOrganization, createPesMember, createUser } from "../../factories";
import { createTestDb, type TestDb } from "../../helpers/db";
import { errorCode, gql, ok } from "../../helpers/graphql";
import { REGISTER, createTraining } from "../trainings/helpers";
import { day, makeDemand, makeNotice, makeOffer, future } from "../marketplace/marketplace-helpers";

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db.drop());

const DELETE = `mutation($password: String!) { deleteMyAccount(password: $password) }`;
const ME = `query { me { id email name } }`;
const uid = () => randomBytes(4).toString("hex");

/** Every text-like column of every table that mentions `needle` (case-insensitively). */
async function mentions(needle: string): Promise<string[]> {
  const cols: { table_name: string; column_name: string }[] = await db.ds.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const c of cols) {
    const [{ n }] = await db.ds.query(
      `SELECT count(*)::int AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text ILIKE $1`,
      [`%${needle}%`],
    );
    if (n > 0) found.push(`${c.table_name}.${c.column_name}`);
  }
  return found;
}

describe("deleteMyAccount", () => {
  it("leaves no personal data of the person in any table, keeps what the programme needs, and ends the session", async () => {
    const name = `Zofia Przykładowa ${uid()}`;
    const org = await createOrganization(db.ds);
    const owner = (await createPesMember(db.ds, org)).user;
    const person = await createUser(db.ds, { role: Role.PES_MEMBER, accountType: AccountType.PES, name });
    const email = person.email;
    await db.ds.getRepository(OrganizationMembership).insert({
      userId: person.id, organizationId: org.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE, title: `prezes ${name}`,
    });
    // A training (mail with the name is queued to the person), answers with personal needs.
    const trainingId = await createTraining(db.ds, { askDietary: true });
    ok(await gql(db.ds, REGISTER, { id: trainingId, answers: { dietary: "wegetariańska" } }, person.id));
    // Saved search, subscriptions, enquiry.
    await db.ds.getRepository(PremisesSavedSearch).insert({ userId: person.id, name: "Moje lokale", filter: {}, unsubscribeToken: uid() + uid(), lastCheckedAt: new Date() });
    await db.ds.getRepository(DemandSubscription).insert({ userId: person.id, category: "Usługi" });
    await db.ds.getRepository(NewsletterSubscriber).insert({ email, status: SubscriberStatus.CONFIRMED, confirmNonce: uid(), consentAt: new Date() });
    const [premises] = await db.ds.query(
      `INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Testowa 1', 'Podgórz', 50, 1000) RETURNING id`,
    );
    await db.ds.getRepository(PremisesEnquiry).insert({ premisesId: premises.id, userId: person.id, message: `Proszę o kontakt: ${email}` });
    // Marketplace: a private notice with someone's open request and booking; the person's own requests and bookings.
    const own = await makeNotice(db.ds, { userId: person.id }, { description: `Dzwoń: ${name}` });
    const other = await createUser(db.ds);
    const othersRequest = await db.ds.getRepository(Booking).save(
      db.ds.getRepository(Booking).create({ noticeId: own.id, borrowerId: other.id, fromDate: day(3), toDate: day(4) }),
    );
    const lend = await makeNotice(db.ds, { userId: other.id });
    const myBooking = await db.ds.getRepository(Booking).save(
      db.ds.getRepository(Booking).create({ noticeId: lend.id, borrowerId: person.id, fromDate: day(3), toDate: day(4), message: `Pozdrawiam, ${name}`, status: BookingStatus.APPROVED }),
    );
    const give = await makeNotice(db.ds, { userId: other.id }, { kind: NoticeKind.GIVE_AWAY, status: NoticeStatus.RESERVED });
    const myRequest = await db.ds.getRepository(ItemRequest).save(
      db.ds.getRepository(ItemRequest).create({ noticeId: give.id, requesterId: person.id, message: "Chętnie wezmę", status: ItemRequestStatus.ACCEPTED }),
    );
    const orgNotice = await makeNotice(db.ds, { userId: person.id, organizationId: org.id }, { title: "Rzutnik organizacji" });
    // The organisation's offer the person submitted stays.
    const official = await createUser(db.ds, { role: Role.OFFICIAL });
    const demand = await makeDemand(db.ds, official, future());
    const offer = await makeOffer(db.ds, demand.id, org.id, person, 1234, "Oferta organizacji");
    // Audit trail and mail to others that copied the address and name.
    await db.ds.transaction(async (em) => {
      await audit(em, person.id, "test.copied", "User", person.id, { email, name, note: `by ${name}` });
      await enqueueMail(em, { to: official.email, subject: `Zapytanie od ${name}`, text: `Od: ${name} <${email.toUpperCase()}>`, template: "test.copy" });
      await enqueueMail(em, { to: email, subject: "Wysłany", text: `Dzień dobry ${name}`, template: "test.sent" });
    });
    await db.ds.getRepository(MailMessage).update({ template: "test.sent" }, { status: MailStatus.SENT, sentAt: new Date() });

    expect((await mentions(email)).length).toBeGreaterThan(0);
    expect(ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id)).deleteMyAccount).toBe(true);

    // No column of any table holds the address or the name.
    expect(await mentions(email)).toEqual([]);
    expect(await mentions(name)).toEqual([]);
    // The session of the deleted person signs nobody in; the old credentials do nothing.
    expect(ok(await gql(db.ds, ME, {}, person.id)).me).toBeNull();
    expect(errorCode(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id))).toBe("UNAUTHENTICATED");
    expect(await verifyCredentials(db.ds, email, FACTORY_PASSWORD, "10.9.9.9")).toBeNull();
    // What is erased and withdrawn.
    expect(await db.ds.getRepository(OrganizationMembership).countBy({ userId: person.id })).toBe(0);
    expect(await db.ds.getRepository(PremisesSavedSearch).countBy({ userId: person.id })).toBe(0);
    expect(await db.ds.getRepository(DemandSubscription).countBy({ userId: person.id })).toBe(0);
    expect(await db.ds.getRepository(PremisesEnquiry).countBy({ userId: person.id })).toBe(0);
    expect(await db.ds.getRepository(MailMessage).countBy({ to: email })).toBe(0);
    const reg = await db.ds.getRepository(Registration).findOneByOrFail({ userId: person.id });
    expect(reg.status).toBe(RegistrationStatus.CANCELLED);
    expect(reg.answers).toEqual({});
    expect((await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: own.id })).status).toBe(NoticeStatus.CLOSED);
    expect((await db.ds.getRepository(Booking).findOneByOrFail({ id: othersRequest.id })).status).toBe(BookingStatus.REJECTED);
    expect((await db.ds.getRepository(Booking).findOneByOrFail({ id: myBooking.id })).status).toBe(BookingStatus.CANCELLED);
    expect((await db.ds.getRepository(ItemRequest).findOneByOrFail({ id: myRequest.id })).status).toBe(ItemRequestStatus.WITHDRAWN);
    expect((await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: give.id })).status).toBe(NoticeStatus.AVAILABLE);
    // What the programme keeps, without the identity.
    const kept = await db.ds.getRepository(EquipmentNotice).findOneByOrFail({ id: orgNotice.id });
    expect(kept.status).toBe(NoticeStatus.AVAILABLE);
    expect(await db.ds.query(`SELECT 1 FROM offers WHERE id = $1`, [offer.id])).toHaveLength(1);
    expect(await db.ds.query(`SELECT 1 FROM audit_log WHERE actor_id = $1 AND action = 'test.copied'`, [person.id])).toHaveLength(1);
    const row = await db.ds.getRepository(User).findOneByOrFail({ id: person.id });
    expect(row.deletedAt).not.toBeNull();
    expect(row.name).toBe("Usunięte konto");
    expect(row.email).toMatch(/^deleted-[0-9a-f-]+@invalid$/);
    expect(owner.id).toBeTruthy();
  });

  it("moves the waiting list up when the deleted person had a seat", async () => {
    const trainingId = await createTraining(db.ds, { capacity: 1 });
    const [seated, waiting] = [await createUser(db.ds), await createUser(db.ds)];
    expect(ok(await gql(db.ds, REGISTER, { id: trainingId }, seated.id)).registerForTraining.status).toBe("CONFIRMED");
    expect(ok(await gql(db.ds, REGISTER, { id: trainingId }, waiting.id)).registerForTraining.status).toBe("WAITLISTED");
    ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, seated.id));
    const r = await db.ds.getRepository(Registration).findOneByOrFail({ userId: waiting.id, trainingId });
    expect(r.status).toBe(RegistrationStatus.CONFIRMED);
  });

  it("keeps a registration of a training that has taken place as the attendance record", async () => {
    const trainingId = await createTraining(db.ds);
    const person = await createUser(db.ds);
    ok(await gql(db.ds, REGISTER, { id: trainingId }, person.id));
    await db.ds.query(`UPDATE trainings SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' WHERE id = $1`, [trainingId]);
    await db.ds.query(`UPDATE registrations SET attended_at = now() - interval '1 day' WHERE user_id = $1`, [person.id]);
    ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id));
    const r = await db.ds.getRepository(Registration).findOneByOrFail({ userId: person.id, trainingId });
    expect(r.status).toBe(RegistrationStatus.CONFIRMED);
    expect(r.attendedAt).not.toBeNull();
  });

  it("cancels the person's bookings of viewings still to come, freeing the places, and keeps those already held", async () => {
    const person = await createUser(db.ds);
    const [{ id: premisesId }] = await db.ds.query(
      `INSERT INTO premises (address, district, area_m2, monthly_rent) VALUES ('ul. Oglądana 1', 'Stare Miasto', 40, 900) RETURNING id`,
    );
    const slot = (hours: number) =>
      db.ds.query(
        `INSERT INTO premises_viewing_slots (premises_id, starts_at, ends_at, place, capacity)
         VALUES ($1, now() + make_interval(hours => $2), now() + make_interval(hours => $2 + 1), 'Brama', 5) RETURNING id`,
        [premisesId, hours],
      );
    const [[{ id: coming }], [{ id: held }]] = await Promise.all([slot(48), slot(-48)]);
    await db.ds.query(
      `INSERT INTO premises_viewing_bookings (slot_id, user_id, cancel_token) VALUES ($1, $3, $4), ($2, $3, $5)`,
      [coming, held, person.id, uid() + uid(), uid() + uid()],
    );
    ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id));
    const rows: { slot_id: string; cancelled: boolean }[] = await db.ds.query(
      `SELECT slot_id, cancelled_at IS NOT NULL AS cancelled FROM premises_viewing_bookings WHERE user_id = $1`,
      [person.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.slot_id, r.cancelled]))).toEqual({ [coming]: true, [held]: false });
  });

  it("refuses a wrong password with BAD_USER_INPUT on password and changes nothing", async () => {
    const person = await createUser(db.ds);
    const r = await gql(db.ds, DELETE, { password: "not-my-password" }, person.id);
    expect(errorCode(r)).toBe("BAD_USER_INPUT");
    expect(Object.keys(r.errors![0].extensions!.fields!)).toEqual(["password"]);
    expect(ok(await gql(db.ds, ME, {}, person.id)).me.email).toBe(person.email);
  });

  it("limits password guesses per account (RATE_LIMITED), so a stolen session cannot guess its way to erasing the account", async () => {
    const person = await createUser(db.ds);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push(errorCode(await gql(db.ds, DELETE, { password: `guess-${i}` }, person.id)));
    expect(codes.slice(0, 10)).toEqual(Array(10).fill("BAD_USER_INPUT"));
    expect(codes[10]).toBe("RATE_LIMITED");
    // Even the right password waits now; the account is untouched.
    expect(errorCode(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id))).toBe("RATE_LIMITED");
    expect(ok(await gql(db.ds, ME, {}, person.id)).me.email).toBe(person.email);
  });

  it("refuses the last owner of an organisation with other members (CONFLICT) until ownership is handed over", async () => {
    const { user: lastOwner, organization } = await createPesMember(db.ds);
    const member = await createUser(db.ds, { role: Role.PES_MEMBER, accountType: AccountType.PES });
    await db.ds.getRepository(OrganizationMembership).insert({
      userId: member.id, organizationId: organization.id, role: MemberRole.MEMBER, status: MembershipStatus.ACTIVE,
    });
    expect(errorCode(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, lastOwner.id))).toBe("CONFLICT");
    expect((await db.ds.getRepository(User).findOneByOrFail({ id: lastOwner.id })).deletedAt).toBeNull();
    expect(await db.ds.getRepository(OrganizationMembership).countBy({ userId: lastOwner.id })).toBe(1);
    await db.ds.getRepository(OrganizationMembership).update({ userId: member.id }, { role: MemberRole.OWNER });
    expect(ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, lastOwner.id)).deleteMyAccount).toBe(true);
  });

  it("lets the sole member of an organisation leave; the organisation stays", async () => {
    const { user, organization } = await createPesMember(db.ds);
    ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, user.id));
    expect(await db.ds.query(`SELECT 1 FROM organizations WHERE id = $1`, [organization.id])).toHaveLength(1);
  });

  it("frees the e-mail address: it can sign up again", async () => {
    const person = await createUser(db.ds);
    ok(await gql(db.ds, DELETE, { password: FACTORY_PASSWORD }, person.id));
    const again = ok(
      await gql(db.ds, `mutation($e: String!) { signUp(email: $e, password: "Zupełnie-nowe-hasło-77", name: "Nowa Osoba", accountType: RESIDENT) { id email } }`, { e: person.email }),
    ).signUp;
    expect(again.email).toBe(person.email);
    expect(again.id).not.toBe(person.id);
  });

  it("is refused to anonymous callers", async () => {
    expect(errorCode(await gql(db.ds, DELETE, { password: "x" }, null))).toBe("UNAUTHENTICATED");
  });
});
