import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CLIENT_SECTIONS, pickMessages } from "../../app/i18n/client-messages";
import { CLIENT_MESSAGE_PATHS } from "../../app/i18n/client-messages.generated";
import { clientNeedsOf, covers, exists, generatedFile, messageTree, minimalPaths, needsBySection, ROOT } from "../../scripts/client-messages-scan";

/**
 * Each section gives its client components only the messages they translate
 * (app/i18n/client-messages.ts). A client component whose text its section does not give
 * would show a raw key: these tests fail first.
 */
const APP = path.join(ROOT, "app");
const bySection = needsBySection(CLIENT_SECTIONS);
const tree = messageTree();

describe("the messages each section gives its client components", () => {
  it("are the ones its pages' client components translate (npm run messages:client writes them)", () => {
    const committed = readFileSync(path.join(APP, "i18n", "client-messages.generated.ts"), "utf8");
    expect(committed).toBe(generatedFile(CLIENT_SECTIONS));
  });

  it.each(CLIENT_SECTIONS.map((s) => [s || "(root)", s]))("%s: hold every message its pages' client components ask for", (_, section) => {
    const given = CLIENT_MESSAGE_PATHS[section];
    const missing = bySection.get(section)!.filter((n) => !covers(given, n.path));
    expect(missing.map((n) => `${n.path} (${n.at})`)).toEqual([]);
  });

  it("ask only for messages that exist", () => {
    const absent = [...bySection.values()].flat().filter((n) => !exists(tree, n.path));
    expect([...new Set(absent.map((n) => `${n.path} (${n.at})`))]).toEqual([]);
  });

  it.each(CLIENT_SECTIONS.filter((s) => s !== "").map((s) => [s]))("%s: its layout gives them", (section) => {
    const layout = path.join(APP, section, "layout.tsx");
    expect(readFileSync(layout, "utf8")).toContain(`<SectionMessages section="${section}">`);
  });

  it("the root layout gives its own, and no page makes a provider of its own", () => {
    expect(readFileSync(path.join(APP, "layout.tsx"), "utf8")).toContain(`<SectionMessages section="">`);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const full = path.join(dir, n);
        return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(n) ? [full] : [];
      });
    const providers = files(APP).filter((f) => !f.startsWith(path.join(APP, "i18n")) && /\bNextIntlClientProvider\b/.test(readFileSync(f, "utf8")));
    expect(providers.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});

describe("reading what a client component translates", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "client-messages-"));
  const write = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };
  const paths = (entry: string) => [...new Set(clientNeedsOf(entry).map((n) => n.path))].sort();

  it("takes literal keys under their namespace, a key made at run time as the subtree of its fixed part", () => {
    write(
      "form.tsx",
      `"use client";
      import { useTranslations } from "next-intl";
      export function Form({ s }: { s: string }) {
        const t = useTranslations("premises.filter");
        return <p title={t.rich("rich", {})}>{t("area")}{t(\`status.\${s}\`)}{t(\`\${s}.x\`)}</p>;
      }`,
    );
    const page = write("page.tsx", `import { Form } from "./form";\nexport default function Page() { return <Form s="a" />; }`);
    expect(paths(page)).toEqual(["premises.filter", "premises.filter.area", "premises.filter.rich", "premises.filter.status"]);
  });

  // One client component each, and the messages it translates.
  it.each([
    [
      "takes a whole namespace when the translator is passed on, or the namespace is made at run time",
      "passed.tsx",
      `"use client";
      import { useTranslations } from "next-intl";
      export default function P({ kind }: { kind: string }) {
        const t = useTranslations("marketplace");
        const u = useTranslations(\`news.newsletter.\${kind}\`);
        return <Child t={t} label={u("ok")} />;
      }`,
      ["marketplace", "news.newsletter"],
    ],
    [
      "does not take a translator named in a hook's dependency list as a use of the whole namespace",
      "deps.tsx",
      `"use client";
      import { useCallback, useMemo } from "react";
      import { useTranslations } from "next-intl";
      export default function D() {
        const t = useTranslations("news");
        const say = useCallback(() => t("editor.saved"), [t]);
        const later = useMemo(() => () => t("editor.autosaved", { time: "" }), [t]);
        return <p>{say()}{later()}</p>;
      }`,
      ["news.editor.autosaved", "news.editor.saved"],
    ],
    [
      "knows the hooks under another name, and that useMessages wants every message",
      "aliased.tsx",
      `"use client";
      import { useMessages as useM, useTranslations as useT } from "next-intl";
      export default function A() {
        const t = useT("trainings");
        useM();
        return <p>{t("title")}</p>;
      }`,
      ["", "trainings.title"],
    ],
  ])("%s", (_, file, source, expected) => {
    expect(paths(write(file, source))).toEqual(expected);
  });

  it("follows imports into files without the directive once in the browser, and not before", () => {
    write("helper.tsx", `import { useTranslations } from "next-intl";\nexport function useLabel() {\n  const t = useTranslations("common");\n  return t("close");\n}`);
    write("widget.tsx", `"use client";\nimport { useLabel } from "./helper";\nexport function W() { return <b>{useLabel()}</b>; }`);
    const server = write("server-only.tsx", `import { useLabel } from "./helper";\nexport default function S() { return <i>{useLabel()}</i>; }`);
    const page = write("page2.tsx", `import { W } from "./widget";\nimport S from "./server-only";\nexport default function P() { return <><W /><S /></>; }`);
    expect(paths(server)).toEqual([]);
    expect(paths(page)).toEqual(["common.close"]);
  });

  it("names a subtree once when all of it is needed, and covers a key by its subtree", () => {
    const t = { a: { b: "x", c: "y" }, d: { e: "z", f: "w" } };
    expect(minimalPaths(t, ["a.b", "a.c", "d.e"])).toEqual(["a", "d.e"]);
    expect(minimalPaths(t, ["d"])).toEqual(["d"]);
    expect(covers(["a", "d.e"], "a.b")).toBe(true);
    expect(covers(["a", "d.e"], "d.f")).toBe(false);
    expect(covers(["a.b"], "a")).toBe(false);
  });
});

describe("pickMessages", () => {
  it("keeps the named messages and subtrees in their places, and nothing else", () => {
    const messages = { premises: { filter: { area: "Powierzchnia", rent: "Czynsz" }, status: { A: "Wolny" }, big: "…" }, news: { x: "y" } };
    expect(pickMessages(messages, ["premises.filter.area", "premises.status", "absent.key"])).toEqual({
      premises: { filter: { area: "Powierzchnia" }, status: { A: "Wolny" } },
    });
  });
});
