import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import organizations from "../../../app/i18n/messages/pl/organizations.json";
import { LogoUploader } from "../../../app/organizations/[slug]/edit/logo-uploader";
import { PHOTO_ACCEPT } from "../../../entities/file-limits";
import { jsonResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";
import { refresh } from "../../helpers/router";
import { renderWithMessages } from "../../helpers/intl";

jest.mock("next/navigation", () => jest.requireActual("../../helpers/router").navigation);
const fetchSpy = spyOnFetchEachTest();

const wrap = (uploaded: boolean, logoUrl: string | null) =>
  renderWithMessages({ organizations }, <LogoUploader organizationId="o1" name="Piernikowa Pracownia" logoUrl={logoUrl} uploaded={uploaded} />);

describe("LogoUploader", () => {
  it("sends the chosen file for the organisation and refreshes the page", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(201, { id: "o1" }));
    wrap(false, null);
    expect(screen.getByText("Organizacja nie ma jeszcze logo.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Usuń przesłane logo" })).toBeNull();
    const user = userEvent.setup();
    expect(screen.getByLabelText("Plik z logo")).toHaveAttribute("accept", PHOTO_ACCEPT);
    await user.upload(screen.getByLabelText("Plik z logo"), new File(["x"], "logo.png", { type: "image/png" }));
    await user.click(screen.getByRole("button", { name: "Wyślij logo" }));
    const [url, init] = fetchSpy().mock.calls[0];
    expect(url).toBe("/organization-logos?organizationId=o1");
    expect(((init as RequestInit).body as FormData).get("file")).toBeInstanceOf(File);
    expect(await screen.findByText("Zapisano logo.")).toBeInTheDocument();
    expect(refresh).toHaveBeenCalled();
  });

  it("names the server's refusal of a file that is not an image, and asks for a file before sending anything", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(400, { error: "BAD_USER_INPUT", fields: { file: "notImage" } }));
    wrap(false, null);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Wyślij logo" }));
    expect(await screen.findByText("Wybierz plik.")).toBeInTheDocument();
    expect(fetchSpy()).not.toHaveBeenCalled();
    await user.upload(screen.getByLabelText("Plik z logo"), new File(["x"], "logo.png", { type: "image/png" }));
    await user.click(screen.getByRole("button", { name: "Wyślij logo" }));
    expect(await screen.findByText("To nie jest obraz JPEG, PNG, WebP, GIF ani AVIF.")).toBeInTheDocument();
    expect(refresh).not.toHaveBeenCalled();
  });

  it("shows the uploaded logo with its name as text and removes it through the API", async () => {
    fetchSpy().mockResolvedValue(jsonResponse(200, { data: { removeOrganizationLogo: { id: "o1", hasUploadedLogo: false } } }));
    wrap(true, "/organization-logos/abc.webp");
    expect(screen.getByRole("img", { name: "Logo: Piernikowa Pracownia" })).toHaveAttribute("src", "/organization-logos/abc.webp");
    expect(screen.getByLabelText("Nowy plik z logo (zastąpi obecne)")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Usuń przesłane logo" }));
    expect(JSON.parse((fetchSpy().mock.calls[0][1] as RequestInit).body as string).variables).toEqual({ organizationId: "o1" });
    expect(await screen.findByText("Usunięto logo.")).toBeInTheDocument();
  });
});
