import { cookiesOf } from "./http-graphql";

/** The cookies /api/graphql hands next-auth (server/http-graphql.ts), from headers a browser or a proxy may send. */
describe("cookiesOf", () => {
  const read = (cookie?: string) => cookiesOf(new Headers(cookie === undefined ? {} : { cookie }));

  it("reads a header of quoted values, '=' inside values and a name given twice as the first one", () => {
    expect(
      read(`a="quoted value"; next-auth.session-token=eyJ.x==.y=; theme=dark;a=second;  spaced  =  kept  ; pct=%C5%81%C3%B3d%C5%BA; bad=%E0%A4%A`),
    ).toEqual({
      a: "quoted value",
      "next-auth.session-token": "eyJ.x==.y=",
      theme: "dark",
      spaced: "kept",
      pct: "Łódź",
      bad: "%E0%A4%A",
    });
  });

  it("skips parts without a value and answers nothing for no header", () => {
    expect(read("lonely; ok=1; ;")).toEqual({ ok: "1" });
    expect(read()).toEqual({});
    expect(read("")).toEqual({});
  });

  it("keeps a session token cut into chunks whole, part by part", () => {
    expect(read("next-auth.session-token.0=AAA=; next-auth.session-token.1=BBB")).toEqual({
      "next-auth.session-token.0": "AAA=",
      "next-auth.session-token.1": "BBB",
    });
  });
});
