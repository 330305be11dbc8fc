import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import trainings from "../../../app/i18n/messages/pl/trainings.json";
import { QrScanner, codeFromQr } from "../../../app/admin/trainings/[id]/check-in/qr-scanner";
import { renderWithMessages } from "../../helpers/intl";

const wrap = (onCode: (c: string) => void) =>
  renderWithMessages({ trainings }, <QrScanner onCode={onCode} />);

/** What the camera "sees", frame after frame. */
let frames: string[][] = [];
const stopTrack = jest.fn();
function installCamera(allowed = true) {
  (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = class {
    async detect() {
      return (frames.shift() ?? []).map((rawValue) => ({ rawValue }));
    }
  };
  Object.defineProperty(navigator, "mediaDevices", {
    configurable: true,
    value: { getUserMedia: jest.fn(async () => (allowed ? { getTracks: () => [{ stop: stopTrack }] } : Promise.reject(new Error("NotAllowedError")))) },
  });
  jest.spyOn(HTMLMediaElement.prototype, "play").mockResolvedValue(undefined);
}

afterEach(() => {
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  Object.defineProperty(navigator, "mediaDevices", { configurable: true, value: undefined });
  frames = [];
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe("codeFromQr", () => {
  it("takes the code from a confirmation's link, or the bare code", () => {
    expect(codeFromQr("https://pestor.torun.pl/admin/trainings/t1/check-in?code=K7M2P9")).toBe("K7M2P9");
    expect(codeFromQr(" K7M2P9 ")).toBe("K7M2P9");
  });
});

describe("QrScanner", () => {
  it("is not offered where the browser cannot read QR codes", () => {
    wrap(jest.fn());
    expect(screen.queryByRole("button", { name: "Skanuj kody QR aparatem" })).toBeNull();
  });

  it("checks in each person once while the camera keeps seeing the same code, then the next one, and stops the camera", async () => {
    installCamera();
    jest.useFakeTimers();
    const onCode = jest.fn();
    wrap(onCode);
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(screen.getByRole("button", { name: "Skanuj kody QR aparatem" }));
    await screen.findByRole("button", { name: "Zatrzymaj aparat" });
    expect(screen.getByLabelText("Podgląd z aparatu do skanowania kodów QR")).toBeVisible();
    frames = [["https://x/admin/trainings/t1/check-in?code=AAA111"], ["https://x/admin/trainings/t1/check-in?code=AAA111"], [], ["BBB222"]];
    for (let i = 0; i < 5; i++) await act(async () => void jest.advanceTimersByTime(260));
    expect(onCode.mock.calls).toEqual([["AAA111"], ["BBB222"]]);
    await user.click(screen.getByRole("button", { name: "Zatrzymaj aparat" }));
    expect(stopTrack).toHaveBeenCalled();
  });

  it("says what to do when the camera is refused", async () => {
    installCamera(false);
    wrap(jest.fn());
    await userEvent.setup().click(screen.getByRole("button", { name: "Skanuj kody QR aparatem" }));
    expect(await screen.findByText(/Brak dostępu do aparatu/)).toBeInTheDocument();
  });
});
