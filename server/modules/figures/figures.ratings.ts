import { Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root, Ctx } from "type-graphql";
import type { Context } from "../../context";
import { ProgrammeFigures } from "./figures.types";

/*
 * The trainings' survey ratings as a section of the programme figures, in a file of its
 * own (a field resolver on ProgrammeFigures) so that other sections grow beside it.
 * Only aggregates of the anonymous answers table: no person is ever involved.
 */

/** How many answered and their mean rating, of a training or a year (in the schema only through those two types). */
@ObjectType()
abstract class Rating {
  @Field(() => Int) responses: number;
  @Field(() => Float) averageRating: number;
}

@ObjectType("ProgrammeTrainingRating")
export class TrainingRating extends Rating {
  @Field(() => ID) trainingId: string;
  @Field() title: string;
}

@ObjectType("ProgrammeYearRating")
export class YearRating extends Rating {
  @Field(() => Int) year: number;
}

@ObjectType("ProgrammeTrainingRatings", { description: "Survey ratings (1–5) of trainings that ended in the period." })
export class TrainingRatings {
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true }) averageRating: number | null;
  @Field(() => [YearRating], { description: "By the year (Warsaw time) the training ended." }) byYear: YearRating[];
  @Field(() => [TrainingRating], { description: "Per training, most recent first." }) byTraining: TrainingRating[];
}

const round = (v: unknown) => Math.round(Number(v) * 100) / 100;
const PERIOD = `($1::timestamptz IS NULL OR t.ends_at >= $1) AND ($2::timestamptz IS NULL OR t.ends_at <= $2) AND t.cancelled_at IS NULL`;

@Resolver(() => ProgrammeFigures)
export class FiguresRatingsResolver {
  @FieldResolver(() => TrainingRatings)
  async trainingRatings(@Root() f: ProgrammeFigures, @Ctx() ctx: Context): Promise<TrainingRatings> {
    const p = [f.from, f.to];
    const [perTraining, perYear] = await Promise.all([
      ctx.db.query(
        `SELECT t.id, t.title, count(*)::int AS n, avg(fb.rating) AS avg FROM training_feedback fb JOIN trainings t ON t.id = fb.training_id
          WHERE ${PERIOD} GROUP BY t.id ORDER BY max(t.ends_at) DESC, t.id LIMIT 500`,
        p,
      ),
      ctx.db.query(
        `SELECT extract(year FROM t.ends_at AT TIME ZONE 'Europe/Warsaw')::int AS year, count(*)::int AS n, avg(fb.rating) AS avg
           FROM training_feedback fb JOIN trainings t ON t.id = fb.training_id WHERE ${PERIOD} GROUP BY 1 ORDER BY 1`,
        p,
      ),
    ]);
    const byYear = perYear.map((r: { year: number; n: number; avg: string }) => ({ year: r.year, responses: r.n, averageRating: round(r.avg) }));
    const responses = byYear.reduce((s: number, y: YearRating) => s + y.responses, 0);
    const sum = byYear.reduce((s: number, y: YearRating, i: number) => s + Number(perYear[i].avg) * y.responses, 0);
    return {
      responses,
      averageRating: responses ? round(sum / responses) : null,
      byYear,
      byTraining: perTraining.map((r: { id: string; title: string; n: number; avg: string }) => ({
        trainingId: r.id,
        title: r.title,
        responses: r.n,
        averageRating: round(r.avg),
      })),
    };
  }
}
