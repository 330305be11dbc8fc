import { NewsStatus } from "../../../entities/news";
import { Role, type User } from "../../../entities/users";
import { canReadPost, isLive, isNewsEditor, LIVE_SQL } from "./news.policy";

const NOW = new Date("2026-05-01T10:00:00Z");
const EARLIER = new Date("2026-05-01T09:59:59Z");
const LATER = new Date("2026-05-01T10:00:01Z");
const as = (role: Role) => ({ user: { id: "u1", role } as User });

describe("isLive: published, or scheduled and its time has come", () => {
  it.each([
    [NewsStatus.PUBLISHED, null, true],
    [NewsStatus.PUBLISHED, LATER, true],
    [NewsStatus.SCHEDULED, EARLIER, true],
    [NewsStatus.SCHEDULED, NOW, true], // the very minute it is due
    [NewsStatus.SCHEDULED, LATER, false],
    [NewsStatus.SCHEDULED, null, false],
    [NewsStatus.DRAFT, EARLIER, false],
    [NewsStatus.ARCHIVED, EARLIER, false],
  ])("%s at %s → %s", (status, publishedAt, expected) => {
    expect(isLive({ status, publishedAt }, NOW)).toBe(expected);
  });

  it("the SQL form checks the same two cases on the given alias", () => {
    expect(LIVE_SQL("p")).toBe("(p.status = 'PUBLISHED' OR (p.status = 'SCHEDULED' AND p.published_at <= now()))");
  });
});

describe("news editors and readers", () => {
  it("admins edit news, and nobody else", () => {
    const editors = Object.values(Role).filter((role) => isNewsEditor(as(role)));
    expect(editors).toEqual([Role.ADMIN]);
  });

  it("nobody signed in edits nothing", () => {
    expect(isNewsEditor({ user: null })).toBe(false);
  });

  it("a draft is read by an admin only; a live post by anyone", () => {
    const draft = { status: NewsStatus.DRAFT, publishedAt: null };
    const live = { status: NewsStatus.PUBLISHED, publishedAt: EARLIER };
    expect(canReadPost(as(Role.ADMIN), draft)).toBe(true);
    expect(canReadPost(as(Role.OFFICIAL), draft)).toBe(false);
    expect(canReadPost({ user: null }, draft)).toBe(false);
    expect(canReadPost({ user: null }, live)).toBe(true);
  });
});
