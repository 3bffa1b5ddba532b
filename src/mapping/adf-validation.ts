import { validator } from '@atlaskit/adf-utils/validator';
import type { DocNode } from './adf.types';

type Validate = ReturnType<typeof validator>;

/**
 * Built on first use: building reads an Atlassian feature gate, which logs one warning per process when no
 * gate client is set up (as here); a per-call build would repeat the setup work for every document.
 */
let validate: Validate | null = null;

/** Why Jira would reject this document, or null when it is valid ADF. */
export function adfProblem(document: DocNode): string | null {
  validate ??= validator();
  try {
    validate(document);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'the ADF validator rejected the document';
  }
}
