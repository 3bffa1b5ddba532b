import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';

/**
 * Atlaskit components ask Atlassian's feature-gate client about design experiments. A Custom UI iframe has no
 * such client, so every question would log "Client must be initialized"; answering "off" for every gate gives
 * the components' released behaviour without the noise.
 */
export function turnOffAtlaskitExperiments(): void {
  setBooleanFeatureFlagResolver(() => false);
}
