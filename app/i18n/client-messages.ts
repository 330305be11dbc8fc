import { CLIENT_MESSAGE_PATHS } from "./client-messages.generated";

/**
 * The sections of the site that give their client components only the messages those
 * translate, instead of every namespace on every page (~116 kB of JSON serialised into
 * each response). A section is a route folder of `app/` whose `layout.tsx` wraps its pages
 * in `<SectionMessages section="…">`; a page takes the messages of the nearest section
 * above it ("" is the root layout: the header, the footer, the banners and every page of
 * no section). Nested providers replace, not merge, their parent's messages, so a section
 * lists all it needs.
 *
 * What each section needs is read from the source (`npm run messages:client` writes
 * client-messages.generated.ts from the `useTranslations` calls of the client components a
 * section's pages import); tests/house-rules/client-messages.test.ts fails when it is out
 * of date, when a section has no layout that provides it, or when a page's client
 * component needs a message its section does not give.
 */
export const CLIENT_SECTIONS = [
  "",
  "premises",
  "premises/[id]",
  "trainings",
  "trainings/[id]",
  "marketplace",
  "marketplace/equipment",
  "marketplace/demands",
  "marketplace/products",
  "marketplace/bookings",
  "news",
  "newsletter",
  "notifications",
  "organizations",
  "signin",
  "signup",
  "account",
  "admin",
] as const;

export type ClientSection = (typeof CLIENT_SECTIONS)[number];

type Tree = { [key: string]: unknown };

/** The parts of `messages` at `paths` (dotted; a path may name a whole subtree), in their places. */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  for (const p of paths) {
    const keys = p.split(".");
    let from: unknown = messages;
    for (const k of keys) from = from && typeof from === "object" ? (from as Tree)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Tree;
    to[keys[keys.length - 1]] = from;
  }
  return out;
}

/** The messages the client components of `section` translate. */
export function clientMessagesOf(messages: Tree, section: ClientSection): Tree {
  return pickMessages(messages, CLIENT_MESSAGE_PATHS[section]);
}
