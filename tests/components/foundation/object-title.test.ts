import { objectTitle } from "../../../app/lib/page-title";

describe("the title of a page about one object", () => {
  const params = (id: string) => ({ params: Promise.resolve({ id }) });

  it("is the object's name, and a missing object's page is 404", async () => {
    const meta = objectTitle(async ({ id }: { id: string }) => ({ title: id === "a" ? "Drill" : undefined }));
    expect(await meta(params("a"))).toEqual({ title: "Drill" });
    expect(await meta(params("b"))).toEqual({ title: "404" });
  });

  it("sets a description, cut to 160 characters, only where the page has one", async () => {
    const meta = objectTitle(async ({ id }: { id: string }) => ({ title: id, description: id === "long" ? "x".repeat(200) : null }));
    expect(await meta(params("long"))).toEqual({ title: "long", description: "x".repeat(160) });
    expect(Object.keys(await meta(params("none")))).toEqual(["title", "description"]);
    const titleOnly = objectTitle(async () => ({ title: "t" }));
    expect(Object.keys(await titleOnly(params("x")))).toEqual(["title"]);
  });
});
