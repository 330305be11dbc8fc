import { DEADLOCK_ATTEMPTS, isDeadlock, isExclusionViolation, isForeignKeyViolation, isUniqueViolation, retryOnDeadlock } from "./db-errors";

// TypeORM's QueryFailedError carries the driver's error; some paths copy its code too.
const driverError = (code: string) => Object.assign(new Error("query failed"), { driverError: { code } });
const busy = () => new Error("busy");

describe("PostgreSQL refusals", () => {
  it.each([
    ["23505", isUniqueViolation],
    ["23503", isForeignKeyViolation],
    ["23P01", isExclusionViolation],
    ["40P01", isDeadlock],
  ])("recognises SQLSTATE %s on the driver's error and on the error itself", (code, is) => {
    expect(is(driverError(code))).toBe(true);
    expect(is(Object.assign(new Error(), { code }))).toBe(true);
    expect(is(driverError("22001"))).toBe(false);
    expect(is(null)).toBe(false);
  });
});

it("tells one unique index's violation from another's", () => {
  const duplicate = Object.assign(new Error("query failed"), { driverError: { code: "23505", constraint: "UQ_memberships_live_user" } });
  expect(isUniqueViolation(duplicate, "UQ_memberships_live_user")).toBe(true);
  expect(isUniqueViolation(duplicate, "UQ_organizations_slug")).toBe(false);
  expect(isUniqueViolation(duplicate)).toBe(true);
});

describe("retryOnDeadlock", () => {
  it("runs a deadlock's victim again and returns the try that succeeds", async () => {
    let tries = 0;
    const result = await retryOnDeadlock(async () => {
      if (++tries < 3) throw driverError("40P01");
      return "done";
    }, busy);
    expect([result, tries]).toEqual(["done", 3]);
  });

  it("gives other errors back at once", async () => {
    let tries = 0;
    const conflict = driverError("23P01");
    await expect(
      retryOnDeadlock(async () => {
        tries++;
        throw conflict;
      }, busy),
    ).rejects.toBe(conflict);
    expect(tries).toBe(1);
  });

  it(`stops after ${DEADLOCK_ATTEMPTS} tries with the caller's refusal`, async () => {
    let tries = 0;
    await expect(
      retryOnDeadlock(async () => {
        tries++;
        throw driverError("40P01");
      }, busy),
    ).rejects.toThrow("busy");
    expect(tries).toBe(DEADLOCK_ATTEMPTS);
  });
});
