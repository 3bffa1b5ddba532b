import type { SiteCatalogue } from '../catalogue';
import type { SeedPropertyAlias, StatusCategoryKey } from '../seed.types';

/** What a JQL query can see of an issue, as the search index held it. */
export interface JqlSubject {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  statusCategory: StatusCategoryKey;
  labels: readonly string[];
  created: number;
  updated: number;
  properties: Readonly<Record<string, unknown>>;
}

export interface JqlContext {
  catalogue: SiteCatalogue;
  propertyAliases: Readonly<Record<string, SeedPropertyAlias>>;
  now: number;
  issueKeyExists(key: string): boolean;
}

export type Predicate = (subject: JqlSubject) => boolean;
