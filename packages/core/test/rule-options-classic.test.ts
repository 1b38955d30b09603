import { describe } from 'vitest';
import { z } from 'zod';
import { ruleOptionCases } from './rule-options-cases.js';

describe('a host rule whose options schema is classic zod', () => ruleOptionCases(z.object({ maxWords: z.number().int().min(1).default(12) }).strict()));
