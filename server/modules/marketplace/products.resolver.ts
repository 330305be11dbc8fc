import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { ProductFilter, ProductInput } from "./marketplace.inputs";
import { ProductConnection } from "./marketplace.types";
import { createProduct, deleteProduct, findProduct, listProducts, updateProduct } from "./products.service";
import { listQueryOf } from "../pagination";
import { IdArg, InputArg } from "../arguments";

export const ProductListResolver = listQueryOf("products", ProductConnection, ProductFilter, listProducts, "Products and services of all organisations, by name.");

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true })
  product(@Ctx() ctx: Context, @IdArg() id: string) {
    return findProduct(ctx, id);
  }

  @Authorized("PES_MEMBER", "ADMIN")
  @Mutation(() => Product, { description: "A verified PES adds to its organisation's catalogue." })
  createProduct(@Ctx() ctx: Context, @InputArg(ProductInput) input: ProductInput) {
    return createProduct(ctx, input);
  }

  @Authorized()
  @Mutation(() => Product)
  updateProduct(@Ctx() ctx: Context, @IdArg() id: string, @InputArg(ProductInput) input: ProductInput) {
    return updateProduct(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteProduct(@Ctx() ctx: Context, @IdArg() id: string) {
    return deleteProduct(ctx, id);
  }

  @FieldResolver(() => Organization)
  organization(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.organizationById.load(p.organizationId);
  }
}
