import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Registration } from "./registration.entity";
import { Training } from "./training.entity";

/*
 * Feedback is anonymous to the organiser, so it lives in two tables that share nothing
 * but the training: TrainingFeedbackGiven says "this registration has answered" (which
 * makes "at most one per attendee" a primary key), TrainingFeedback holds the answers
 * with no person, no registration and no time of its own. Neither table carries a
 * timestamp or a sequence, so not even the order of inserts links an answer to a flag;
 * an export of either table, or both, cannot say who wrote what.
 */

/** "This registration has given its feedback": the once-only rule, without the answer. */
@Entity("training_feedback_given")
export class TrainingFeedbackGiven {
  @PrimaryColumn({ type: "uuid" })
  registrationId: string;

  @ManyToOne(() => Registration, { onDelete: "CASCADE" })
  @JoinColumn({ name: "registration_id" })
  registration?: Registration;
}

/** One anonymous answer to a training's survey: no person, no registration, no time. */
@Entity("training_feedback")
@Index("IDX_training_feedback_training", ["trainingId"])
export class TrainingFeedback {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid" })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: "CASCADE" })
  @JoinColumn({ name: "training_id" })
  training?: Training;

  @Column({ type: "smallint" })
  rating: number;

  @Column({ type: "text", nullable: true })
  useful: string | null;

  @Column({ type: "text", nullable: true })
  improve: string | null;
}
