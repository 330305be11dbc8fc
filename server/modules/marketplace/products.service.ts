import { Product } from "../../../entities/marketplace";
import { Organization } from "../../../entities/organizations";
import { Role } from "../../../entities/users";
import type { Context } from "../../context";
import { badInput } from "../../errors";
import { canActForOrganization, requireVerifiedPes } from "../organizations/organizations.policy";
import { requireUser } from "../../auth/require-user";
import type { ProductFilter, ProductInput } from "./marketplace.inputs";
import { keysetPage, whereEqual, whereWords, type ListPage } from "../pagination";
import { findById, findChangeableById } from "../../ids";
import { marketplacePhotoStorage, productPhotoKeys } from "./photos.service";
import { deletePhotoFiles } from "../../storage/photos";

function productFields(input: ProductInput) {
  if (input.priceFrom != null && input.priceTo != null && input.priceFrom > input.priceTo) {
    throw badInput({ priceTo: "The upper price cannot be lower than the lower one" });
  }
  return {
    name: input.name,
    category: input.category,
    description: input.description || null,
    priceFrom: input.priceFrom ?? null,
    priceTo: input.priceTo ?? null,
    unit: input.unit || null,
    areaServed: input.areaServed || null,
    socialClauseSuitable: input.socialClauseSuitable ?? false,
  };
}

/** A verified PES adds an entry to its organisation's catalogue (an admin names the organisation). */
export async function createProduct(ctx: Context, input: ProductInput): Promise<Product> {
  const user = requireUser(ctx);
  let orgId: string;
  if (user.role === Role.ADMIN) {
    if (!input.organizationId) throw badInput({ organizationId: "Choose the organisation" });
    if (!(await ctx.db.getRepository(Organization).existsBy({ id: input.organizationId }))) {
      throw badInput({ organizationId: "Unknown organisation" });
    }
    orgId = input.organizationId;
  } else {
    orgId = await requireVerifiedPes(ctx);
  }
  const fields = productFields(input);
  return ctx.db.transaction((em) => em.save(em.getRepository(Product).create({ ...fields, organizationId: orgId })));
}

const loadManagedProduct = (ctx: Context, id: string) =>
  findChangeableById(ctx, Product, id, "Product", (product) => canActForOrganization(ctx, product.organizationId), "Only the organisation's members change its catalogue");

export async function updateProduct(ctx: Context, id: string, input: ProductInput): Promise<Product> {
  const product = await loadManagedProduct(ctx, id);
  Object.assign(product, productFields(input));
  return ctx.db.transaction((em) => em.save(product));
}

export async function deleteProduct(ctx: Context, id: string): Promise<boolean> {
  const product = await loadManagedProduct(ctx, id);
  const photoKeys = await ctx.db.transaction(async (em) => {
    const keys = await productPhotoKeys(em, product.id);
    await em.delete(Product, { id: product.id });
    return keys;
  });
  // The photo rows went by cascade; their files go after the commit.
  await deletePhotoFiles(marketplacePhotoStorage(), photoKeys);
  return true;
}

export async function findProduct(ctx: Context, id: string): Promise<Product | null> {
  return findById(ctx.db, Product, id);
}

/** Catalogue entries across all organisations, by name. */
export const listProducts: ListPage<ProductFilter, Product> = async (ctx, filter, first, after) => {
  const f = filter ?? {};
  const qb = ctx.db.getRepository(Product).createQueryBuilder("p");
  whereEqual(qb, { "p.category": f.category, "p.organization_id": f.organizationId, "p.social_clause_suitable": f.socialClauseSuitable });
  if (f.priceMax != null) qb.andWhere("p.price_from <= :pmax", { pmax: f.priceMax });
  if (f.text?.trim()) {
    whereWords(qb, "p.search_text", f.text);
  }
  return keysetPage(qb, { alias: "p", sortSql: "p.name", sortType: "text", desc: false, first, after, scope: "products" });
};
