import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { NewsPost } from "../../../entities/news";

/** Per-request DataLoaders of the news domain. */
export function createNewsLoaders(db: DataSource) {
  return {
    newsPostById: new DataLoader<string, NewsPost | null>(async (ids) => {
      const rows = await db.getRepository(NewsPost).findBy({ id: In([...ids]) });
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}
