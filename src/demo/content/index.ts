import { STORIES_SCRATCH } from './stories-scratch.js';
import type { StoryTemplate } from './types.js';
export const ALL_TEMPLATES: StoryTemplate[] = [...STORIES_SCRATCH];
