import { render, screen, within } from "@testing-library/react";
import { PremisesActivitySections } from "../../../app/account/activity/premises-sections";

// A server component: its translators give the key back, dates as they came.
jest.mock("next-intl/server", () => ({
  getFormatter: async () => ({ number: (n: number) => `${n} zł` }),
  getTranslations: async (ns: string) => (key: string) => `${ns}.${key}`,
}));
jest.mock("../../../app/lib/dates-server", () => ({ getDateFormatter: async () => (iso: string) => iso }));

const NOW = Date.parse("2026-12-07T12:00:00Z");
const premises = (n: number) => ({ id: `p${n}`, address: `ul. Ślad ${n}` });
const slot = (startsAt: string) => ({ id: `s${startsAt}`, startsAt, endsAt: startsAt, place: "Brama" });

describe("Moje sprawy: premises viewings and letting applications", () => {
  it("lists viewings with their premises link, time and state, and applications with their status", async () => {
    render(
      await PremisesActivitySections({
        now: NOW,
        pes: true,
        viewings: [
          { id: "v1", cancelledAt: null, slot: slot("2026-12-09T10:00:00Z"), premises: premises(1) },
          { id: "v2", cancelledAt: "2026-12-06T10:00:00Z", slot: slot("2026-12-10T10:00:00Z"), premises: premises(2) },
          { id: "v3", cancelledAt: null, slot: slot("2026-12-01T10:00:00Z"), premises: premises(3) },
        ],
        applications: [
          { id: "a1", proposedRent: 1500, createdAt: "2026-12-01T10:00:00Z", awarded: false, round: { id: "r1", status: "OPEN", deadline: "2026-12-20T10:00:00Z" }, premises: premises(1) },
          { id: "a2", proposedRent: 1600, createdAt: "2026-11-01T10:00:00Z", awarded: false, round: { id: "r2", status: "OPEN", deadline: "2026-12-01T10:00:00Z" }, premises: premises(2) },
          { id: "a3", proposedRent: 1700, createdAt: "2026-10-01T10:00:00Z", awarded: true, round: { id: "r3", status: "AWARDED", deadline: "2026-11-01T10:00:00Z" }, premises: premises(3) },
          { id: "a4", proposedRent: 1800, createdAt: "2026-10-01T10:00:00Z", awarded: false, round: { id: "r4", status: "AWARDED", deadline: "2026-11-01T10:00:00Z" }, premises: premises(4) },
        ],
      }),
    );
    const viewings = screen.getByRole("region", { name: "activity.viewings.title" });
    const cards = within(viewings).getAllByRole("listitem");
    expect(within(cards[0]).getByRole("link", { name: "ul. Ślad 1" })).toHaveAttribute("href", "/premises/p1");
    expect(cards.map((c) => c.querySelector(".badge")?.textContent)).toEqual([
      "activity.viewings.status.booked",
      "activity.viewings.status.cancelled",
      "activity.viewings.status.past",
    ]);
    expect(cards[0]).toHaveTextContent("activity.viewings.when");
    // A future booking is cancelled by its e-mail's link: the section says so.
    expect(viewings).toHaveTextContent("activity.viewings.cancelHint");

    const applications = screen.getByRole("region", { name: "activity.applications.title" });
    const rows = within(applications).getAllByRole("listitem");
    expect(within(rows[0]).getByRole("link", { name: "ul. Ślad 1" })).toHaveAttribute("href", "/premises/p1");
    expect(rows[0]).toHaveTextContent("1500 zł");
    expect(rows.map((c) => c.querySelector(".badge")?.textContent)).toEqual([
      "activity.applications.status.open",
      "activity.applications.status.waitingDecision",
      "activity.applications.status.awarded",
      "activity.applications.status.notAwarded",
    ]);
  });

  it("says when there is nothing, and leaves applications out for a person outside a PES with none", async () => {
    const { unmount } = render(await PremisesActivitySections({ now: NOW, pes: true, viewings: [], applications: [] }));
    expect(screen.getByRole("region", { name: "activity.viewings.title" })).toHaveTextContent("activity.viewings.none");
    expect(screen.getByRole("region", { name: "activity.viewings.title" })).not.toHaveTextContent("activity.viewings.cancelHint");
    expect(screen.getByRole("region", { name: "activity.applications.title" })).toHaveTextContent("activity.applications.none");
    unmount();
    render(await PremisesActivitySections({ now: NOW, pes: false, viewings: [], applications: [] }));
    expect(screen.getByRole("region", { name: "activity.viewings.title" })).toHaveTextContent("activity.viewings.none");
    expect(screen.queryByRole("region", { name: "activity.applications.title" })).toBeNull();
  });
});
