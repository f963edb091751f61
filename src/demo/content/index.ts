// All demo story templates, one file per rubric.
import { POLITICS_STORIES } from './stories/politics.js';
import { ECONOMY_STORIES } from './stories/economy.js';
import { WORLD_STORIES } from './stories/world.js';
import { TECH_STORIES } from './stories/tech.js';
import { ENVIRONMENT_STORIES } from './stories/environment.js';
import { SOCIETY_STORIES } from './stories/society.js';
import { INCIDENTS_STORIES } from './stories/incidents.js';
import { SPORT_STORIES } from './stories/sport.js';
import { CULTURE_STORIES } from './stories/culture.js';
import { HEALTH_STORIES } from './stories/health.js';
import type { StoryTemplate } from './types.js';

export const ALL_TEMPLATES: StoryTemplate[] = [
  ...POLITICS_STORIES,
  ...ECONOMY_STORIES,
  ...WORLD_STORIES,
  ...TECH_STORIES,
  ...ENVIRONMENT_STORIES,
  ...SOCIETY_STORIES,
  ...INCIDENTS_STORIES,
  ...SPORT_STORIES,
  ...CULTURE_STORIES,
  ...HEALTH_STORIES,
];
