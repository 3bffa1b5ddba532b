import { z } from 'zod';

export interface PeopleForceNamedRef {
  id: number | null;
  name: string | null;
}

/** The fields of a PeopleForce employee (`EmployeeSimple` in the spec) that the app reads. */
export interface PeopleForceEmployee {
  id: number;
  email: string | null;
  full_name: string | null;
  first_name: string | null;
  last_name: string | null;
  active: boolean | null;
  position: PeopleForceNamedRef | null;
  department: PeopleForceNamedRef | null;
}

const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);

const namedRef = z
  .object({
    id: z
      .number()
      .int()
      .nullish()
      .transform((value) => value ?? null),
    name: text,
  })
  .nullish()
  .transform((value) => value ?? null);

export const PeopleForceEmployeeSchema: z.ZodType<PeopleForceEmployee> = z.object({
  id: z.number().int().positive(),
  email: text,
  full_name: text,
  first_name: text,
  last_name: text,
  active: z
    .boolean()
    .nullish()
    .transform((value) => value ?? null),
  position: namedRef,
  department: namedRef,
});
