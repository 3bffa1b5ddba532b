import { validator } from '@atlaskit/adf-utils/validator';
import type { DocNode } from './adf.types';
import { turnOffAtlaskitExperiments } from './atlaskit-experiments';

type Validate = ReturnType<typeof validator>;

/** Built on first use, with Atlaskit's experiments off (see atlaskit-experiments.ts). */
let validate: Validate | null = null;

/** Why Jira would reject this document, or null when it is valid ADF. */
export function adfProblem(document: DocNode): string | null {
  if (!validate) {
    turnOffAtlaskitExperiments();
    validate = validator();
  }
  try {
    validate(document);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'the ADF validator rejected the document';
  }
}
