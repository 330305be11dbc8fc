import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Polish is the first language and English the second: every text must exist in both,
 * with the same placeholders, or a page shows a raw key (or drops a number) in one of
 * them. next-intl only says so at run time, on the page that needs the text.
 */
const DIR = path.join(__dirname, "../../../app/i18n/messages");
const namespaces = readdirSync(path.join(DIR, "pl")).filter((f) => f.endsWith(".json"));

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const load = (locale: string, file: string) => flatten(JSON.parse(readFileSync(path.join(DIR, locale, file), "utf8")) as Tree);
/**
 * The ICU arguments a message uses: `{name}`, `{count, plural, one {…} other {…}}` →
 * name, count (and those inside the branches; branch keys and texts are not arguments).
 */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  // A message: text with {arguments}, up to an unmatched "}" or the end.
  const parseMessage = () => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "'" && "{}#'".includes(message[i + 1] ?? "")) {
        // ICU quoting: '' is an apostrophe, '{…}' literal text; a lone ' (booking's) is just text.
        i = message[i + 1] === "'" ? i + 2 : message.indexOf("'", i + 1) + 1 || message.length;
      } else if (message[i] === "{") {
        i++;
        parseArgument();
      } else i++;
    }
  };
  const parseArgument = () => {
    skipSpace();
    const name = /^[^\s,}]+/.exec(message.slice(i))?.[0] ?? "";
    found.add(name);
    i += name.length;
    skipSpace();
    if (message[i] === "}") return void i++;
    i++; // ","
    skipSpace();
    const type = /^\w+/.exec(message.slice(i))?.[0] ?? "";
    i += type.length;
    skipSpace();
    if (message[i] === ",") i++;
    if (["select", "plural", "selectordinal"].includes(type)) {
      // Branches: key {message} …, then the closing "}".
      for (;;) {
        skipSpace();
        if (message[i] === "}" || i >= message.length) return void i++;
        while (i < message.length && message[i] !== "{") i++;
        i++;
        parseMessage();
        i++;
      }
    }
    // number, date, time: a style up to the closing "}".
    while (i < message.length && message[i] !== "}") i++;
    i++;
  };
  parseMessage();
  return [...found].sort();
}

it("reads ICU arguments, not branch texts", () => {
  expect(argumentsOf("{month, select, 1 {styczeń} other {grudzień}} {year}")).toEqual(["month", "year"]);
  expect(argumentsOf("{count, plural, one {# miejsce w {room}} other {# miejsc}}")).toEqual(["count", "room"]);
  expect(argumentsOf("Zdjęcie {n} z {max, number}")).toEqual(["max", "n"]);
  expect(argumentsOf("the booking's first day ({date}), '{literal}'")).toEqual(["date"]);
});

describe("translations", () => {
  it("have the same namespaces in Polish and English", () => {
    expect(readdirSync(path.join(DIR, "en")).filter((f) => f.endsWith(".json")).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)("%s: every key in both languages, with the same placeholders", (file) => {
    const pl = load("pl", file);
    const en = load("en", file);
    expect([...en.keys()].filter((k) => !pl.has(k))).toEqual([]);
    expect([...pl.keys()].filter((k) => !en.has(k))).toEqual([]);
    const differing = [...pl.keys()].filter((k) => en.has(k) && argumentsOf(pl.get(k)!).join() !== argumentsOf(en.get(k)!).join());
    expect(differing).toEqual([]);
  });
});

describe.each(["pl", "en"])("%s field errors", (locale) => {
  // One error said the same way on every form: "To pole jest wymagane" with a full stop on
  // some forms and without on others read as two different messages side by side.
  it("under the same key differ in more than a closing full stop", () => {
    // key name + text without its full stop → each way it is written, with where
    const ways = new Map<string, Map<string, string>>();
    for (const file of namespaces)
      for (const [key, text] of load(locale, file)) {
        const name = key.split(".").pop()!;
        if (name !== "required" && !key.includes("errors.")) continue;
        const same = `${name}: ${text.replace(/\.$/, "")}`;
        ways.set(same, (ways.get(same) ?? new Map()).set(text, `${file} ${key}`));
      }
    expect([...ways.values()].filter((w) => w.size > 1).map((w) => Object.fromEntries(w))).toEqual([]);
  });
});
