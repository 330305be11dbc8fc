import type { DataSource } from "typeorm";
import { NewsPost } from "../../../entities/news";
import { loaderById } from "../loading";

/** Per-request DataLoaders of the news domain. */
export function createNewsLoaders(db: DataSource) {
  return {
    newsPostById: loaderById(db, NewsPost),
  };
}
