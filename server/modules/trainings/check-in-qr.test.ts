import jsQR from "jsqr";
import sharp from "sharp";
import { appLink } from "../../mail/templates";
import { checkInQr } from "./trainings.mail";

/** Draws the SVG as a phone camera would see it and reads it back. */
async function scan(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: "#ffffff" }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}

describe("the check-in QR code", () => {
  it.each([
    ["a typical code", "0f9e2b7c-1c8e-4a57-9a31-2f9b1c1d2e3f", "ab12cd34ef56"],
    ["another training and code", "00000000-0000-4000-8000-000000000001", "ZZ99yy88xx77"],
  ])("scans as the link to the organiser's check-in page with the code (%s)", async (_name, trainingId, code) => {
    const svg = await checkInQr(trainingId, code);
    expect(svg).toMatch(/^<svg/);
    expect(await scan(svg)).toBe(`${appLink(`/admin/trainings/${trainingId}/check-in`)}?code=${code}`);
  });
});
