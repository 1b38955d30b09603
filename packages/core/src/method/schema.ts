import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localized.js';
import { IdSchema, INTRODUCER_PRESENCE, OUTPUT_KINDS, PHASE_KINDS, TURN_POLICIES } from './vocabulary.js';

/** How a phase applies one rule: a mode, or a mode with rule options. */
export const RuleSettingSchema = z.union([
  z.enum(['block', 'warn', 'off']),
  z.object({ mode: z.enum(['block', 'warn', 'off']), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

/** A phase's timebox: a fixed number of minutes, or minutes per participant who may speak. */
export const TimeboxSchema = z
  .object({
    minutes: z
      .number()
      .positive()
      .max(60 * 24 * 30)
      .optional(),
    minutesPerParticipant: z.number().positive().max(600).optional(),
  })
  .strict();

const phaseCommon = {
  id: IdSchema,
  name: LocalizedTextSchema,
  instructions: LocalizedTextSchema,
  timebox: TimeboxSchema.optional(),
  onTimeout: z.enum(['warn', 'advance']).default('warn'),
  introducer: z.enum(INTRODUCER_PRESENCE).default('present'),
  anonymous: z.boolean().default(false),
};

/** What an action plan must hold: whether each action needs an owner and a due date. */
export const ActionPlanSchema = z
  .object({
    requireOwner: z.boolean().default(false),
    requireDue: z.boolean().default(false),
  })
  .strict();

/** One step of a method: who may speak, what may be said, how turns go, its timebox, rules and outputs. */
export const PhaseSchema = z
  .object({
    ...phaseCommon,
    kind: z.enum(PHASE_KINDS),
    speakers: z.array(IdSchema).default([]),
    contributionKinds: z.array(IdSchema).default([]),
    kindRoles: z.record(IdSchema, z.array(IdSchema)).optional(),
    turnPolicy: z.enum(TURN_POLICIES).default('free'),
    turnRoles: z.array(IdSchema).optional(),
    outOfTurn: z.array(IdSchema).optional(),
    quota: z
      .object({
        max: z.number().int().min(1).optional(),
        min: z.number().int().min(1).optional(),
        total: z.number().int().min(1).optional(),
        kinds: z.array(IdSchema).optional(),
        roles: z.array(IdSchema).min(1).optional(),
        perRole: z.record(IdSchema, z.number().int().min(1)).optional(),
      })
      .strict()
      .optional(),
    repeatable: z.union([z.boolean(), z.object({ max: z.number().int().min(1) }).strict()]).default(false),
    loopBack: z
      .object({ to: IdSchema, max: z.number().int().min(1).optional() })
      .strict()
      .optional(),
    when: z
      .object({ outputMissing: z.enum(OUTPUT_KINDS) })
      .strict()
      .optional(),
    optIn: IdSchema.optional(),
    outputs: z.array(z.enum(OUTPUT_KINDS)).default([]),
    outputSetters: z.partialRecord(z.enum(OUTPUT_KINDS), z.array(IdSchema).min(1)).optional(),
    actionPlan: ActionPlanSchema.optional(),
    requires: z.array(z.enum(OUTPUT_KINDS)).default([]),
    rules: z.record(z.string(), RuleSettingSchema).default({}),
  })
  .strict();

/** One module a `choice` phase can select: a named sub-sequence of phases. */
export const ModuleSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    summary: LocalizedTextSchema.optional(),
    phases: z.array(PhaseSchema).min(1),
  })
  .strict();

/** A phase that selects one of several modules (Tietze's method choice). */
export const ChoicePhaseSchema = z
  .object({
    ...phaseCommon,
    kind: z.literal('choice'),
    choosers: z.array(IdSchema).optional(),
    choosersOnly: z.boolean().optional(),
    choose: z
      .object({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() })
      .strict()
      .optional(),
    modules: z.array(ModuleSchema).min(2),
  })
  .strict();

/** Any top-level phase. */
export const AnyPhaseSchema = z.discriminatedUnion('kind', [ChoicePhaseSchema, PhaseSchema]);

/** A role a method uses, with how many participants may hold it. */
export const RoleSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    min: z.number().int().min(0).default(0),
    max: z.number().int().min(1).optional(),
    controls: z.boolean().optional(),
  })
  .strict();

/** A contribution kind a method adds to the built-in ones. */
export const CustomKindSchema = z.object({ id: IdSchema, name: LocalizedTextSchema, description: LocalizedTextSchema.optional() }).strict();

/** Where a method comes from. */
export const SourceSchema = z.object({ title: z.string().min(1), url: z.string().url().optional(), note: z.string().optional() }).strict();

/** A range of whole numbers. */
const RangeSchema = z.object({ min: z.number().int().min(1), max: z.number().int().min(1) }).strict();

/** Facts a picker filters on. */
export const CatalogInfoSchema = z
  .object({
    groupSize: RangeSchema,
    minutesPerCase: RangeSchema,
    adviceAllowed: z.boolean(),
    introducerPosition: z.enum(['present', 'silent', 'back-turned', 'outside-circle', 'absent', 'rotating']),
    mode: z.enum(['synchronous', 'asynchronous', 'both']).default('synchronous'),
    documentation: z.enum(['good', 'medium', 'thin']).optional(),
    tags: z.array(z.string()).default([]),
  })
  .strict();

/**
 * Several cases in one session: the phases from `first` to `last` (top-level, in order) run once per
 * case, each case with its own introducer, topic and outputs; the phases before `first` run once before
 * all cases and those after `last` once after them. In the last case phase a controller starts the next
 * case with `next-case`, naming a holder of one of `roles` who has not had a case yet.
 */
export const RotationSchema = z.strictObject({
  first: IdSchema,
  last: IdSchema,
  roles: z.array(IdSchema).check(z.minLength(1)),
  maxCases: z.optional(z.int().check(z.gte(1), z.lte(100))),
  everyone: z.optional(z.boolean()),
});

/** The version of the method file format this SDK reads. Files say which one they use in `format`. */
export const METHOD_FORMAT = 1;

const methodHead = {
  $schema: z.string().optional(),
  format: z.literal(METHOD_FORMAT).default(METHOD_FORMAT),
  id: IdSchema,
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')
    .default('1.0.0'),
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  sources: z.array(SourceSchema).default([]),
  catalog: CatalogInfoSchema.optional(),
};

/** A complete method definition, as a designer writes it in JSON or YAML. */
export const MethodConfigSchema = z
  .object({
    ...methodHead,
    basedOn: z.object({ id: IdSchema, version: z.string() }).strict().optional(),
    roles: z.array(RoleSchema).min(1),
    kinds: z.array(CustomKindSchema).default([]),
    phases: z.array(AnyPhaseSchema).min(1),
    rotation: z.optional(RotationSchema),
  })
  .strict();

const PhaseRefSchema = z.object({ phase: IdSchema });
const Patch = z.record(z.string(), z.unknown());
const Anchor = { before: IdSchema.optional(), after: IdSchema.optional() };

/** One change a variant makes to the method it extends. */
export const VariantChangeSchema = z.discriminatedUnion('op', [
  PhaseRefSchema.extend({ op: z.literal('update'), set: Patch }).strict(),
  PhaseRefSchema.extend({ op: z.literal('replace'), with: Patch }).strict(),
  PhaseRefSchema.extend({ op: z.literal('remove') }).strict(),
  z.object({ op: z.literal('insert'), ...Anchor, with: Patch }).strict(),
  z
    .object({
      op: z.literal('set-rule'),
      phase: z.union([IdSchema, z.literal('*')]),
      rule: z.string().min(1),
      setting: RuleSettingSchema,
    })
    .strict(),
  z.object({ op: z.literal('remove-rule'), phase: z.union([IdSchema, z.literal('*')]), rule: z.string().min(1) }).strict(),
  PhaseRefSchema.extend({ op: z.literal('add-module'), module: Patch, ...Anchor }).strict(),
  PhaseRefSchema.extend({ op: z.literal('remove-module'), module: IdSchema }).strict(),
  PhaseRefSchema.extend({ op: z.literal('update-module'), module: IdSchema, set: Patch }).strict(),
  PhaseRefSchema.extend({ op: z.literal('allow-role'), role: IdSchema, kinds: z.array(IdSchema).min(1).optional() }).strict(),
]);

/** A method declared as a variant of another: head fields, optional role overrides, and a list of changes. */
export const VariantConfigSchema = z
  .object({
    ...methodHead,
    name: LocalizedTextSchema,
    summary: LocalizedTextSchema.optional(),
    extends: IdSchema,
    roles: z.array(RoleSchema).optional(),
    kinds: z.array(CustomKindSchema).optional(),
    changes: z.array(VariantChangeSchema).default([]),
  })
  .strict();

/** A full method config as written (before defaults). */
export type MethodConfig = z.input<typeof MethodConfigSchema>;
/** A variant config as written. */
export type VariantConfig = z.input<typeof VariantConfigSchema>;
/** One change in a variant. */
export type VariantChange = z.input<typeof VariantChangeSchema>;
/** A regular phase, after defaults. */
export type Phase = z.output<typeof PhaseSchema>;
/** A choice phase, after defaults. */
export type ChoicePhase = z.output<typeof ChoicePhaseSchema>;
/** Any top-level phase, after defaults. */
export type AnyPhase = Phase | ChoicePhase;
/** A module of a choice phase, after defaults. */
export type Module = z.output<typeof ModuleSchema>;
/** A role, after defaults. */
export type Role = z.output<typeof RoleSchema>;
/** Catalog facts, after defaults. */
export type CatalogInfo = z.output<typeof CatalogInfoSchema>;
/** A phase's rule setting as written. */
export type RuleSetting = z.output<typeof RuleSettingSchema>;
/** What an action plan must hold. */
export type ActionPlanRules = z.output<typeof ActionPlanSchema>;
/** A method's rotation: which phases run once per case, who may bring the next case. */
export type Rotation = z.output<typeof RotationSchema>;
/** A phase's timebox. */
export type Timebox = z.output<typeof TimeboxSchema>;
