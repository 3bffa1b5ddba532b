import { z } from 'zod';

/** A person as tasks embed them. Every field may be absent or null in live data. */
export interface PeopleForcePerson {
  id: number | null;
  full_name: string | null;
  email: string | null;
}

export interface PeopleForceTask {
  id: number;
  title: string;
  /** `Tasks::General`, `Tasks::Onboarding`, `Tasks::Offboarding`; seen live, absent from the spec. */
  type: string | null;
  /** Rich-text HTML. */
  description: string | null;
  description_plain: string | null;
  /** `YYYY-MM-DD`. */
  starts_on: string | null;
  /** `YYYY-MM-DD`: the due date. */
  ends_on: string | null;
  completed: boolean;
  completed_at: string | null;
  assigned_to: PeopleForcePerson | null;
  /** Whom the task is about: `type` is `Employee` or `Candidate`. */
  associated_to: (PeopleForcePerson & { type: string | null }) | null;
  created_by: PeopleForcePerson | null;
  created_at: string | null;
  updated_at: string | null;
}

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const PersonShape = {
  id: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? null),
  full_name: text,
  email: text,
};

export const PeopleForcePersonSchema: z.ZodType<PeopleForcePerson> = z.object(PersonShape);

const person = PeopleForcePersonSchema.nullish().transform((value) => value ?? null);
const associatedPerson = z
  .object({ ...PersonShape, type: text })
  .nullish()
  .transform((value) => value ?? null);

/**
 * PeopleForce's Task (spec `components.schemas.Task`, plus the live `type`). Only `id` and `title` are
 * required, as in the spec; unknown fields are dropped; a field of the wrong type makes the record malformed.
 */
export const PeopleForceTaskSchema: z.ZodType<PeopleForceTask> = z
  .object({
    id: z.number().int().positive(),
    title: z.string(),
    type: text,
    description: text,
    description_plain: text,
    starts_on: text,
    ends_on: text,
    completed: z.boolean().nullish(),
    completed_at: text,
    assigned_to: person,
    associated_to: associatedPerson,
    created_by: person,
    created_at: text,
    updated_at: text,
  })
  // Without a `completed` flag, `completed_at` still tells: reading it as open would reopen a done issue.
  .transform(({ completed, ...task }) => ({ ...task, completed: completed ?? task.completed_at !== null }));
