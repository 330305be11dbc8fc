import { screen, waitFor } from "@testing-library/react";
import messages from "../../../app/i18n/messages/pl/premises.json";
import type { MapPoint } from "../../../app/components/map/map";
import { SearchMap } from "../../../app/premises/search-map";
import { renderWithMessages } from "../../helpers/intl";

const calls: { query: string; variables: unknown }[] = [];
let answer: unknown;
jest.mock("../../../app/lib/graphql-client", () => ({
  gqlClient: async (query: string, variables: unknown) => {
    calls.push({ query: String(query), variables });
    return answer;
  },
}));
// Leaflet is not for jsdom: the map shows what it was given.
jest.mock("../../../app/components/map/map", () => ({
  PlacesMap: ({ points }: { points: MapPoint[] }) => (
    <ul aria-label="markers">
      {points.map((p) => (
        <li key={p.id}>{`${p.title} → ${p.href}${p.subtitle ? ` (${p.subtitle})` : ""}`}</li>
      ))}
    </ul>
  ),
}));

const labels = { label: "Mapa", loading: "…", unavailable: "–", open: "Pokaż" };
const point = (id: string, title: string) => ({ id, latitude: 53.01, longitude: 18.6, title });

function renderMap(onPage: Record<string, string> = {}) {
  return renderWithMessages({ premises: messages }, <SearchMap filter={{ areaMin: 40, districts: ["Mokre"] }} onPage={onPage} labels={labels} />);
}

beforeEach(() => (calls.length = 0));

describe("premises SearchMap", () => {
  it("fetches every match of the search for the map; a marker of this page opens its card", async () => {
    answer = { data: { premisesMapPoints: { totalCount: 2, truncated: false, points: [point("a", "ul. Szeroka 1"), point("b", "ul. Mostowa 2")] } } };
    renderMap({ a: "45 m² · 1 200 zł" });
    const markers = await screen.findByRole("list", { name: "markers" });
    expect(markers).toHaveTextContent("ul. Szeroka 1 → #premises-a (45 m² · 1 200 zł)");
    expect(markers).toHaveTextContent("ul. Mostowa 2 → /premises/b");
    expect(calls).toHaveLength(1);
    expect(calls[0].query).toContain("premisesMapPoints(filter: $filter)");
    expect(calls[0].variables).toEqual({ filter: { areaMin: 40, districts: ["Mokre"] } });
    expect(screen.getByText(/Na mapie: wszystkie dopasowane lokale ze współrzędnymi \(2\)/)).toBeInTheDocument();
  });

  it("shows no map when no match has coordinates, nor when the request fails", async () => {
    answer = { data: { premisesMapPoints: { totalCount: 0, truncated: false, points: [] } } };
    const { container } = renderMap();
    await waitFor(() => expect(container.querySelector(".js-only")).toBeNull());
    expect(screen.queryByRole("list", { name: "markers" })).toBeNull();

    answer = { error: { code: "NETWORK", message: "Network error" } };
    renderMap();
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(screen.queryByRole("list", { name: "markers" })).toBeNull();
  });
});
