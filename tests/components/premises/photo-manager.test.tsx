import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import premises from "../../../app/i18n/messages/pl/premises.json";
import { PhotoManager } from "../../../app/admin/premises/photo-manager";
import { spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { refresh } from "../../helpers/router";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
const fetchSpy = spyOnFetchEachTest();

const photos = ["a", "b", "c"].map((id) => ({ id, thumbUrl: `/premises/photos/${id}-thumb.webp`, alt: null }));
const renderManager = () =>
  renderWithMessages({ premises }, <PhotoManager premisesId="p1" photos={photos} />);

describe("PhotoManager ordering", () => {
  it("marks the cover and offers only the moves that exist", () => {
    renderManager();
    expect(screen.getByText("Okładka")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Przesuń zdjęcie 1 wcześniej" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Przesuń zdjęcie 3 później" })).toBeNull();
    expect(screen.getByRole("button", { name: "Przesuń zdjęcie 2 wcześniej" })).toBeEnabled();
  });

  it("sends the whole new order when a photo moves, then refreshes the page", async () => {
    fetchSpy().mockResolvedValue({ ok: true, status: 200, json: async () => ({ data: { reorderPremisesPhotos: [] } }) } as Response);
    renderManager();
    await userEvent.setup().click(screen.getByRole("button", { name: "Przesuń zdjęcie 3 wcześniej" }));
    const body = JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string);
    expect(body.variables).toEqual({ premisesId: "p1", photoIds: ["a", "c", "b"] });
    expect(await screen.findByText("Kolejność zapisana – zdjęcie jest teraz na miejscu 2.")).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("says so when the server refuses, and does not refresh", async () => {
    fetchSpy().mockResolvedValue({
      ok: true,
      status: 200,
      json: async () => ({ errors: [{ message: "Invalid input", extensions: { code: "BAD_USER_INPUT", fields: { photoIds: "List every photo" } } }] }),
    } as Response);
    renderManager();
    await userEvent.setup().click(screen.getByRole("button", { name: "Przesuń zdjęcie 1 później" }));
    expect(await screen.findByText(premises.admin.photos.errors.generic)).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });
});
