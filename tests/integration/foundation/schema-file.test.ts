import { readFileSync } from "node:fs";
import { renderSchema } from "../../../scripts/emit-schema";

describe("schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:emit` after changing entities or resolvers)", () => {
    expect(readFileSync("schema.graphql", "utf8")).toBe(renderSchema());
  });

  it("contains every type and operation of the public contract", () => {
    const schema = readFileSync("schema.graphql", "utf8");
    const contract = readFileSync(require.resolve("../../contract/contract-names.json"), "utf8");
    const names: string[] = JSON.parse(contract);
    const missing = names.filter((n) => !new RegExp(`\\b${n}\\b`).test(schema));
    expect(missing).toEqual([]);
  });
});
