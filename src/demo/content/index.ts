import { STORIES_A } from './stories-a.js';
import { STORIES_B } from './stories-b.js';
import type { StoryTemplate } from './types.js';

export const ALL_TEMPLATES: StoryTemplate[] = [...STORIES_A, ...STORIES_B];
