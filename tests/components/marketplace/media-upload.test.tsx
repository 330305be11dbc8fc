import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NextIntlClientProvider } from "next-intl";
import media from "../../../app/i18n/messages/pl/media.json";
import { DocumentUploader } from "../../../app/marketplace/media/document-uploader";
import { MarketplacePhotoManager } from "../../../app/marketplace/media/photo-manager";
import { jsonResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { refresh } from "../../helpers/router";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
const fetchSpy = spyOnFetchEachTest();

const wrap = (ui: React.ReactNode) => render(<NextIntlClientProvider locale="pl" messages={{ media }}>{ui}</NextIntlClientProvider>);
const sized = (name: string, type: string, size: number) => {
  const f = new File(["x"], name, { type });
  Object.defineProperty(f, "size", { value: size });
  return f;
};

describe("MarketplacePhotoManager", () => {
  const photos = [{ id: "p1", thumbUrl: "/marketplace/photos/a-thumb.webp", alt: "Namiot" }];

  it("labels every control and says how many photos there are", () => {
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/equipment/n1/photos" photos={photos} />);
    expect(screen.getByLabelText("Plik zdjęcia")).toHaveAttribute("type", "file");
    expect(screen.getByLabelText("Opis zdjęcia (tekst alternatywny)")).toBeInTheDocument();
    expect(screen.getByLabelText("Opis zdjęcia 1")).toHaveValue("Namiot");
    expect(screen.getByRole("button", { name: "Usuń zdjęcie 1" })).toBeInTheDocument();
    expect(screen.getByText("1 z 8 zdjęć")).toBeInTheDocument();
  });

  it("asks for a file and refuses a too big one without uploading", async () => {
    const user = userEvent.setup();
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/equipment/n1/photos" photos={[]} />);
    await user.click(screen.getByRole("button", { name: "Dodaj zdjęcie" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Wybierz plik zdjęcia.");
    await user.upload(screen.getByLabelText("Plik zdjęcia"), sized("duze.jpg", "image/jpeg", 8 * 1024 * 1024 + 1));
    await user.click(screen.getByRole("button", { name: "Dodaj zdjęcie" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Plik jest za duży (najwyżej 8 MB).");
    expect(screen.getByRole("alert")).toHaveFocus();
    expect(fetchSpy()).not.toHaveBeenCalled();
  });

  it("sends the file with its description to the upload route, then refreshes", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(201, { id: "p2" }));
    const user = userEvent.setup();
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/products/x1/photos" photos={[]} />);
    const file = new File(["jpeg"], "stol.jpg", { type: "image/jpeg" });
    await user.upload(screen.getByLabelText("Plik zdjęcia"), file);
    await user.type(screen.getByLabelText("Opis zdjęcia (tekst alternatywny)"), "  Stół dębowy ");
    await user.click(screen.getByRole("button", { name: "Dodaj zdjęcie" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Dodano zdjęcie."));
    const [url, init] = fetchSpy().mock.calls[0] as [string, RequestInit];
    expect(url).toBe("/marketplace/products/x1/photos");
    const body = init.body as FormData;
    expect((body.get("file") as File).name).toBe("stol.jpg");
    expect(body.get("alt")).toBe("Stół dębowy");
    expect(refresh).toHaveBeenCalled();
  });

  it("asks to wait when the account has uploaded too much in a short time", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(429, { error: "RATE_LIMITED" }));
    const user = userEvent.setup();
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/equipment/n1/photos" photos={[]} />);
    await user.upload(screen.getByLabelText("Plik zdjęcia"), new File(["x"], "a.png", { type: "image/png" }));
    await user.click(screen.getByRole("button", { name: "Dodaj zdjęcie" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Za dużo plików naraz – spróbuj ponownie za kilka minut."));
  });

  it("shows the server's refusal of a file that is not an image", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(400, { error: "BAD_USER_INPUT", fields: { file: "notImage" } }));
    const user = userEvent.setup();
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/equipment/n1/photos" photos={[]} />);
    await user.upload(screen.getByLabelText("Plik zdjęcia"), new File(["<svg/>"], "a.png", { type: "image/png" }));
    await user.click(screen.getByRole("button", { name: "Dodaj zdjęcie" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("To nie jest zdjęcie JPEG, PNG, WebP, GIF ani AVIF."));
    expect(refresh).not.toHaveBeenCalled();
  });

  it("saves a changed description and deletes a photo through the API", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(200, { data: { updateMarketplacePhoto: { id: "p1", alt: "Namiot 3×6" } } }));
    const user = userEvent.setup();
    wrap(<MarketplacePhotoManager uploadUrl="/marketplace/equipment/n1/photos" photos={photos} />);
    await user.clear(screen.getByLabelText("Opis zdjęcia 1"));
    await user.type(screen.getByLabelText("Opis zdjęcia 1"), "Namiot 3×6");
    await user.click(screen.getByRole("button", { name: "Zapisz opis zdjęcia 1" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Zapisano opis zdjęcia."));
    expect(JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string).variables).toEqual({ id: "p1", alt: "Namiot 3×6" });
    fetchSpy().mockResolvedValue(jsonResponse(200, { data: { deleteMarketplacePhoto: true } }));
    await user.click(screen.getByRole("button", { name: "Usuń zdjęcie 1" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Usunięto zdjęcie."));
    expect(JSON.parse((fetchSpy().mock.calls[1][1] as RequestInit).body as string).query).toContain("deleteMarketplacePhoto");
  });

  it("moves a photo one place with a button and sends the notice's whole new order", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(200, { data: { reorderMarketplacePhotos: [] } }));
    const three = ["p1", "p2", "p3"].map((id) => ({ id, thumbUrl: `/marketplace/photos/${id}-thumb.webp`, alt: null }));
    wrap(<MarketplacePhotoManager uploadUrl="/u" photos={three} />);
    expect(screen.getByText("Okładka")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Przesuń zdjęcie 1 wcześniej" })).toBeNull();
    await userEvent.setup().click(screen.getByRole("button", { name: "Przesuń zdjęcie 1 później" }));
    expect(JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string).variables).toEqual({ photoIds: ["p2", "p1", "p3"] });
    expect(await screen.findByText("Kolejność zapisana – zdjęcie jest teraz na miejscu 2.")).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("offers no upload once there are 8 photos", () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, thumbUrl: `/t${i}.webp`, alt: null }));
    wrap(<MarketplacePhotoManager uploadUrl="/u" photos={eight} />);
    expect(screen.queryByLabelText("Plik zdjęcia")).not.toBeInTheDocument();
    expect(screen.getByText("Dodano już 8 zdjęć — najpierw usuń któreś.")).toBeInTheDocument();
  });
});

describe("DocumentUploader", () => {
  it("uploads several documents of a demand one after another", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(201, { id: "a" }));
    const user = userEvent.setup();
    wrap(<DocumentUploader kind="demand" demandId="d1" attachments={[]} />);
    expect(screen.getByText("Brak załączników.")).toBeInTheDocument();
    await user.upload(screen.getByLabelText("Plik"), [
      new File(["%PDF"], "opis.pdf", { type: "application/pdf" }),
      new File(["PK"], "kosztorys.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    ]);
    await user.click(screen.getByRole("button", { name: "Dodaj załącznik" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Dodano załącznik."));
    expect(fetchSpy().mock.calls.map((c) => c[0])).toEqual(["/marketplace/demands/d1/attachments", "/marketplace/demands/d1/attachments"]);
    expect(fetchSpy().mock.calls.map((c) => ((c[1] as RequestInit).body as FormData).get("file") as File).map((f) => f.name)).toEqual(["opis.pdf", "kosztorys.xlsx"]);
  });

  it("names the file the server refused by its content, and refuses a too big one before uploading", async () => {
    const user = userEvent.setup();
    wrap(<DocumentUploader kind="demand" demandId="d1" attachments={[]} />);
    await user.upload(screen.getByLabelText("Plik"), sized("skan.pdf", "application/pdf", 10 * 1024 * 1024 + 1));
    await user.click(screen.getByRole("button", { name: "Dodaj załącznik" }));
    expect(screen.getByRole("status")).toHaveTextContent("skan.pdf: Plik jest za duży (najwyżej 10 MB).");
    expect(fetchSpy()).not.toHaveBeenCalled();
    fetchSpy().mockResolvedValue(jsonResponse(400, { error: "BAD_USER_INPUT", fields: { file: "notAllowed" } }));
    await user.upload(screen.getByLabelText("Plik"), new File(["MZ"], "faktura.pdf", { type: "application/pdf" }));
    await user.click(screen.getByRole("button", { name: "Dodaj załącznik" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("faktura.pdf: Ten rodzaj pliku nie jest dozwolony"));
  });

  it("an offer's one document: replace, or remove through the API", async () => {
    const user = userEvent.setup();
    wrap(<DocumentUploader kind="offer" demandId="d2" attachments={[{ id: "a1", fileName: "oferta.pdf", size: 2048, url: "/marketplace/attachments/a1" }]} />);
    expect(screen.getByRole("link", { name: "oferta.pdf" })).toHaveAttribute("href", "/marketplace/attachments/a1");
    expect(screen.getByText("2 kB")).toBeInTheDocument();
    expect(screen.getByLabelText("Plik")).not.toHaveAttribute("multiple");
    expect(screen.getByRole("button", { name: "Zastąp załącznik" })).toBeInTheDocument();
    fetchSpy().mockResolvedValue(jsonResponse(200, { data: { removeOfferAttachment: true } }));
    await user.click(screen.getByRole("button", { name: "Usuń załącznik oferta.pdf" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Usunięto załącznik."));
    const sent = JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string);
    expect(sent.query).toContain("removeOfferAttachment");
    expect(sent.variables).toEqual({ demandId: "d2" });
  });
});
