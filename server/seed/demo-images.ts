import sharp from "sharp";
import type { FileStorage } from "../storage/file-storage";
import { storePhoto } from "../storage/photos";

/**
 * Demo photos: simple drawings (a façade with windows and a door, or an object on a
 * table) rendered from SVG by sharp and stored through `storePhoto`, the same
 * pipeline as an upload (resize, thumbnail, WebP, metadata stripped). No image files in
 * the repository, nothing downloaded, and every seeded database looks the same.
 */

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PALETTES = [
  { sky: ["#8ec5fc", "#e0c3fc"], wall: "#d9a066", trim: "#7a4b2a" },
  { sky: ["#a1c4fd", "#c2e9fb"], wall: "#e8d8b0", trim: "#5b6b3a" },
  { sky: ["#fbc2eb", "#a6c1ee"], wall: "#c9746b", trim: "#3d2b2b" },
  { sky: ["#84fab0", "#8fd3f4"], wall: "#b8c4cc", trim: "#2f4858" },
  { sky: ["#fddb92", "#d1fdff"], wall: "#f1e3c8", trim: "#8c5e3c" },
];

const W = 1200;
const H = 800;

/** A street façade: sky gradient, wall, rows of windows, a shop door and a caption. */
function facadeSvg(variant: number, caption: string): string {
  const p = PALETTES[variant % PALETTES.length];
  const floors = 2 + (variant % 2);
  const cols = 4 + (variant % 3);
  const top = 140;
  const floorH = (H - top - 330) / floors;
  const colW = W / cols;
  const windows: string[] = [];
  for (let f = 0; f < floors; f++) {
    for (let c = 0; c < cols; c++) {
      const x = c * colW + colW * 0.25;
      const y = top + 30 + f * floorH;
      windows.push(
        `<rect x="${x}" y="${y}" width="${colW * 0.5}" height="${floorH * 0.6}" rx="6" fill="#dfeefa" stroke="${p.trim}" stroke-width="8"/>`,
        `<line x1="${x + colW * 0.25}" y1="${y}" x2="${x + colW * 0.25}" y2="${y + floorH * 0.6}" stroke="${p.trim}" stroke-width="5"/>`,
      );
    }
  }
  const doorX = W / 2 - 90 + ((variant * 137) % 300) - 150;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#sky)"/>
  <polygon points="0,${top} ${W / 2},${top - 110} ${W},${top}" fill="${p.trim}"/>
  <rect y="${top}" width="${W}" height="${H - top - 80}" fill="${p.wall}"/>
  ${windows.join("\n  ")}
  <rect x="${doorX}" y="${H - 300}" width="180" height="220" fill="${p.trim}"/>
  <rect x="${doorX + 20}" y="${H - 280}" width="140" height="120" fill="#dfeefa"/>
  <rect x="${doorX + 240}" y="${H - 300}" width="300" height="170" fill="#dfeefa" stroke="${p.trim}" stroke-width="10"/>
  <rect y="${H - 80}" width="${W}" height="80" fill="#8a8f94"/>
  <rect x="40" y="${H - 64}" width="${Math.min(W - 80, 40 + caption.length * 22)}" height="50" rx="8" fill="rgba(0,0,0,.55)"/>
  <text x="60" y="${H - 28}" font-family="sans-serif" font-size="32" fill="#fff">${escapeXml(caption)}</text>
</svg>`;
}

/** An object on a table: a room wall, a table top and a rounded box in the notice's colour. */
function objectSvg(variant: number, caption: string): string {
  const p = PALETTES[(variant + 2) % PALETTES.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><radialGradient id="bg" cx=".3" cy=".3" r="1"><stop offset="0" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[0]}"/></radialGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <rect y="${H * 0.62}" width="${W}" height="${H * 0.38}" fill="${p.trim}"/>
  <ellipse cx="${W / 2}" cy="${H * 0.66}" rx="330" ry="40" fill="rgba(0,0,0,.25)"/>
  <rect x="${W / 2 - 260}" y="${H * 0.22}" width="520" height="${H * 0.42}" rx="${40 + (variant % 3) * 40}" fill="${p.wall}" stroke="${p.trim}" stroke-width="12"/>
  <circle cx="${W / 2}" cy="${H * 0.43}" r="${70 + (variant % 4) * 15}" fill="#fff" opacity=".7"/>
  <rect x="40" y="${H - 84}" width="${Math.min(W - 80, 40 + caption.length * 22)}" height="54" rx="8" fill="rgba(0,0,0,.55)"/>
  <text x="60" y="${H - 46}" font-family="sans-serif" font-size="32" fill="#fff">${escapeXml(caption)}</text>
</svg>`;
}

export type DemoImageKind = "facade" | "object";

/** Renders one demo image (PNG bytes, as a camera or an upload would hand them over). */
export function renderDemoImage(kind: DemoImageKind, variant: number, caption: string): Promise<Buffer> {
  const svg = kind === "facade" ? facadeSvg(variant, caption) : objectSvg(variant, caption);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 2 }).toBuffer();
}

/** Renders and stores a demo photo like an upload; returns what the photo row needs. */
export async function storeDemoPhoto(
  storage: FileStorage,
  kind: DemoImageKind,
  variant: number,
  caption: string,
): Promise<{ key: string; width: number; height: number }> {
  return storePhoto(storage, await renderDemoImage(kind, variant, caption));
}
