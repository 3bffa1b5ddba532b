import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';

/**
 * Atlaskit packages (the admin page's components, adf-utils' validator in the backend) ask Atlassian's
 * feature-gate client about experiments. Neither a Custom UI iframe nor a Forge function has such a client,
 * so every question would log "Client must be initialized"; answering "off" for every gate gives the
 * packages' released behaviour without the noise.
 */
export function turnOffAtlaskitExperiments(): void {
  setBooleanFeatureFlagResolver(() => false);
}
