import { Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import type { Context } from "../../context";
import { ProductFilter, ProductInput } from "./marketplace.inputs";
import { ProductConnection } from "./marketplace.types";
import { createProduct, deleteProduct, findProduct, listProducts, updateProduct } from "./products.service";
import { listQueryOf } from "../pagination";
import { IdArg } from "../arguments";
import { editMutationsOf } from "../operations";
import { Role } from "../../../entities/users";

export const ProductListResolver = listQueryOf("products", ProductConnection, ProductFilter, listProducts, "Products and services of all organisations, by name.");

export const ProductEditResolver = editMutationsOf(() => Product, ProductInput, {
  create: ["createProduct", createProduct, "A verified PES adds to its organisation's catalogue.", [Role.PES_MEMBER, Role.ADMIN]],
  update: ["updateProduct", updateProduct, undefined, []],
});

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true })
  product(@Ctx() ctx: Context, @IdArg() id: string) {
    return findProduct(ctx, id);
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
