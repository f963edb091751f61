// (being written in this change)
import type { FastifyInstance } from 'fastify';
import type { NewsroomDeps } from '../deps.js';

export function accountRoutes(_app: FastifyInstance, _deps: NewsroomDeps): void {}
