// Related stories: which links count as a story thread, text similarity and the scoring (pure).
export * from './links.js';
export * from './score.js';
export * from './text.js';
export * from './overrides.js';
