import { dependenciesDetector } from './dependencies.js';
import type { Detector } from './detector.js';
import { modelshipDetector } from './modelship.js';
import { namedTestsDetector } from './named-tests.js';

/** Every detector; `score.autoDetect.<name>: false` switches one off. */
export const DETECTORS: readonly Detector[] = [modelshipDetector, namedTestsDetector, dependenciesDetector];
