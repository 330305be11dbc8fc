import "reflect-metadata";
import { plainToInstance } from "class-transformer";
import { validate } from "class-validator";
import { MAX_AMOUNT, ProductInput } from "./marketplace.inputs";

const product = (over: Record<string, unknown>) =>
  plainToInstance(ProductInput, { name: "Pranie pościeli", category: "Pralnia", socialClauseSuitable: false, ...over });
const refusals = async (over: Record<string, unknown>) =>
  Object.fromEntries((await validate(product(over))).map((e) => [e.property, Object.values(e.constraints ?? {})]));

describe("ProductInput: both price bounds follow the one price rule", () => {
  it("takes no price, zero and the largest amount", async () => {
    expect(await refusals({})).toEqual({});
    expect(await refusals({ priceFrom: 0, priceTo: MAX_AMOUNT })).toEqual({});
  });

  it.each(["priceFrom", "priceTo"])("%s refuses a negative, too large or non-finite number", async (field) => {
    expect(await refusals({ [field]: -1 })).toEqual({ [field]: ["Price cannot be negative"] });
    expect((await refusals({ [field]: MAX_AMOUNT * 10 }))[field]).toHaveLength(1);
    expect((await refusals({ [field]: Infinity }))[field]).toBeDefined();
  });
});
