import '@testing-library/jest-dom';
import { turnOffAtlaskitExperiments } from './platform/feature-gates';

turnOffAtlaskitExperiments();
