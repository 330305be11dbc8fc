import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import premises from "../../../app/i18n/messages/pl/premises.json";
import { PhotoManager } from "../../../app/admin/premises/photo-manager";
import { PHOTO_ACCEPT } from "../../../entities/file-limits";
import { jsonResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
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
    expect(await screen.findByText(premises.admin.photos.errors.moveFailed)).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });
});

describe("PhotoManager removal", () => {
  const refused = (code: string) =>
    fetchSpy().mockResolvedValue({ ok: true, status: 200, json: async () => ({ errors: [{ message: "No", extensions: { code } }] }) } as Response);

  it("deletes the photo named by its button, says so and refreshes the page", async () => {
    fetchSpy().mockResolvedValue({ ok: true, status: 200, json: async () => ({ data: { deletePremisesPhoto: true } }) } as Response);
    renderManager();
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń zdjęcie 2" }));
    expect(JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string).variables).toEqual({ id: "b" });
    expect(await screen.findByRole("status")).toHaveTextContent(premises.admin.photos.deleted);
    expect(refresh).toHaveBeenCalled();
  });

  it("says so when the delete fails, and does not refresh (it used to fail in silence)", async () => {
    refused("FORBIDDEN");
    renderManager();
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń zdjęcie 1" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(premises.admin.photos.errors.deleteFailed);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("takes a photo someone else removed first as removed", async () => {
    refused("NOT_FOUND");
    renderManager();
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń zdjęcie 1" }));
    expect(await screen.findByRole("status")).toHaveTextContent(premises.admin.photos.deleted);
    expect(refresh).toHaveBeenCalled();
  });
});

/** The upload part is PhotoUpload, which the marketplace's manager shares (tests/components/marketplace/media-upload.test.tsx). */
describe("PhotoManager upload", () => {
  const sized = (name: string, size: number) => {
    const f = new File(["x"], name, { type: "image/jpeg" });
    Object.defineProperty(f, "size", { value: size });
    return f;
  };
  const t = premises.admin.photos;

  it("offers the image types the server takes and asks for a file before sending anything", async () => {
    renderManager();
    expect(screen.getByLabelText(t.file)).toHaveAttribute("accept", PHOTO_ACCEPT);
    expect(screen.getByLabelText(t.file)).toHaveAccessibleDescription(t.hint);
    await userEvent.setup().click(screen.getByRole("button", { name: t.upload }));
    expect(screen.getByRole("alert")).toHaveTextContent(t.choose);
    expect(screen.getByRole("alert")).toHaveFocus();
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("refuses a file over the photo limit without uploading it", async () => {
    const user = userEvent.setup();
    renderManager();
    await user.upload(screen.getByLabelText(t.file), sized("duze.jpg", 8 * 1024 * 1024 + 1));
    await user.click(screen.getByRole("button", { name: t.upload }));
    expect(screen.getByRole("alert")).toHaveTextContent(t.errors.tooBig);
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("sends the file with its trimmed description to the premises' route, then empties the fields and refreshes", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(201, { id: "d" }));
    const user = userEvent.setup();
    renderManager();
    await user.upload(screen.getByLabelText(t.file), sized("sala.jpg", 1000));
    await user.type(screen.getByLabelText(t.alt), " Sala na parterze ");
    await user.click(screen.getByRole("button", { name: t.upload }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(t.uploaded));
    const [url, init] = fetchSpy().mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/premises/p1/photos");
    expect(((init.body as FormData).get("file") as File).name).toBe("sala.jpg");
    expect((init.body as FormData).get("alt")).toBe("Sala na parterze");
    expect(screen.getByLabelText(t.alt)).toHaveValue("");
    expect((screen.getByLabelText(t.file) as HTMLInputElement).value).toBe("");
    expect(refresh).toHaveBeenCalled();
  });

  it("shows the server's refusal in the manager's words, and does not refresh", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(400, { error: "BAD_USER_INPUT", fields: { file: "notImage" } }));
    const user = userEvent.setup();
    renderManager();
    await user.upload(screen.getByLabelText(t.file), sized("a.jpg", 10));
    await user.click(screen.getByRole("button", { name: t.upload }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(t.errors.notImage));
    expect(refresh).not.toHaveBeenCalled();
  });
});
