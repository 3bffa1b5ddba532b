import '@testing-library/jest-dom';
import { turnOffAtlaskitExperiments } from '../../../src/mapping/atlaskit-experiments';

turnOffAtlaskitExperiments();
