import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/localized.js';
import { IdSchema, INTRODUCER_PRESENCE, OUTPUT_KINDS, PHASE_KINDS, TURN_POLICIES } from './vocabulary.js';

/** A whole number of at least 1 (counts, maxima). */
const Count = z.int().check(z.gte(1));

/** How a phase applies one rule: a mode, or a mode with rule options. */
export const RuleSettingSchema = z.union([
  z.enum(['block', 'warn', 'off']),
  z.strictObject({ mode: z.enum(['block', 'warn', 'off']), options: z.optional(z.record(z.string(), z.unknown())) }),
]);

/** A phase's timebox: a fixed number of minutes, or minutes per participant who may speak. */
export const TimeboxSchema = z.strictObject({
  minutes: z.optional(z.number().check(z.positive(), z.lte(60 * 24 * 30))),
  minutesPerParticipant: z.optional(z.number().check(z.positive(), z.lte(600))),
});

const phaseCommon = {
  id: IdSchema,
  name: LocalizedTextSchema,
  instructions: LocalizedTextSchema,
  timebox: z.optional(TimeboxSchema),
  onTimeout: z._default(z.enum(['warn', 'advance']), 'warn'),
  introducer: z._default(z.enum(INTRODUCER_PRESENCE), 'present'),
  anonymous: z._default(z.boolean(), false),
};

/** What an action plan must hold: whether each action needs an owner and a due date. */
export const ActionPlanSchema = z.strictObject({
  requireOwner: z._default(z.boolean(), false),
  requireDue: z._default(z.boolean(), false),
});

/** One step of a method: who may speak, what may be said, how turns go, its timebox, rules and outputs. */
export const PhaseSchema = z.strictObject({
  ...phaseCommon,
  kind: z.enum(PHASE_KINDS),
  speakers: z._default(z.array(IdSchema), []),
  contributionKinds: z._default(z.array(IdSchema), []),
  kindRoles: z.optional(z.record(IdSchema, z.array(IdSchema))),
  turnPolicy: z._default(z.enum(TURN_POLICIES), 'free'),
  turnRoles: z.optional(z.array(IdSchema)),
  outOfTurn: z.optional(z.array(IdSchema)),
  quota: z.optional(
    z.strictObject({
      max: z.optional(Count),
      min: z.optional(Count),
      total: z.optional(Count),
      kinds: z.optional(z.array(IdSchema)),
      roles: z.optional(z.array(IdSchema).check(z.minLength(1))),
      perRole: z.optional(z.record(IdSchema, Count)),
    }),
  ),
  repeatable: z._default(z.union([z.boolean(), z.strictObject({ max: Count })]), false),
  loopBack: z.optional(z.strictObject({ to: IdSchema, max: z.optional(Count) })),
  when: z.optional(z.strictObject({ outputMissing: z.enum(OUTPUT_KINDS) })),
  optIn: z.optional(IdSchema),
  outputs: z._default(z.array(z.enum(OUTPUT_KINDS)), []),
  outputSetters: z.optional(z.partialRecord(z.enum(OUTPUT_KINDS), z.array(IdSchema).check(z.minLength(1)))),
  actionPlan: z.optional(ActionPlanSchema),
  requires: z._default(z.array(z.enum(OUTPUT_KINDS)), []),
  rules: z._default(z.record(z.string(), RuleSettingSchema), {}),
});

/** One module a `choice` phase can select: a named sub-sequence of phases. */
export const ModuleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  summary: z.optional(LocalizedTextSchema),
  phases: z.array(PhaseSchema).check(z.minLength(1)),
});

/** A phase that selects one of several modules (Tietze's method choice). */
export const ChoicePhaseSchema = z.strictObject({
  ...phaseCommon,
  kind: z.literal('choice'),
  choosers: z.optional(z.array(IdSchema)),
  choosersOnly: z.optional(z.boolean()),
  choose: z.optional(z.strictObject({ min: z.optional(Count), max: z.optional(Count) })),
  modules: z.array(ModuleSchema).check(z.minLength(2)),
});

/** Any top-level phase. */
export const AnyPhaseSchema = z.discriminatedUnion('kind', [ChoicePhaseSchema, PhaseSchema]);

/** A role a method uses, with how many participants may hold it. */
export const RoleSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  min: z._default(z.int().check(z.gte(0)), 0),
  max: z.optional(Count),
  controls: z.optional(z.boolean()),
});

/** A contribution kind a method adds to the built-in ones. */
export const CustomKindSchema = z.strictObject({ id: IdSchema, name: LocalizedTextSchema, description: z.optional(LocalizedTextSchema) });

/** Where a method comes from. */
export const SourceSchema = z.strictObject({ title: z.string().check(z.minLength(1)), url: z.optional(z.url()), note: z.optional(z.string()) });

/** A range of whole numbers. */
const RangeSchema = z.strictObject({ min: Count, max: Count });

/** Facts a picker filters on. */
export const CatalogInfoSchema = z.strictObject({
  groupSize: RangeSchema,
  minutesPerCase: RangeSchema,
  adviceAllowed: z.boolean(),
  introducerPosition: z.enum(['present', 'silent', 'back-turned', 'outside-circle', 'absent', 'rotating']),
  mode: z._default(z.enum(['synchronous', 'asynchronous', 'both']), 'synchronous'),
  documentation: z.optional(z.enum(['good', 'medium', 'thin'])),
  tags: z._default(z.array(z.string()), []),
});

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
  $schema: z.optional(z.string()),
  format: z._default(z.literal(METHOD_FORMAT), METHOD_FORMAT),
  id: IdSchema,
  version: z._default(z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0')), '1.0.0'),
  name: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  sources: z._default(z.array(SourceSchema), []),
  catalog: z.optional(CatalogInfoSchema),
};

/** A complete method definition, as a designer writes it in JSON or YAML. */
export const MethodConfigSchema = z.strictObject({
  ...methodHead,
  basedOn: z.optional(z.strictObject({ id: IdSchema, version: z.string() })),
  roles: z.array(RoleSchema).check(z.minLength(1)),
  kinds: z._default(z.array(CustomKindSchema), []),
  phases: z.array(AnyPhaseSchema).check(z.minLength(1)),
  rotation: z.optional(RotationSchema),
});

const phaseRef = { phase: IdSchema };
const Patch = z.record(z.string(), z.unknown());
const Anchor = { before: z.optional(IdSchema), after: z.optional(IdSchema) };
const AnyPhaseId = z.union([IdSchema, z.literal('*')]);
const RuleId = z.string().check(z.minLength(1));

/** One change a variant makes to the method it extends. */
export const VariantChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ ...phaseRef, op: z.literal('update'), set: Patch }),
  z.strictObject({ ...phaseRef, op: z.literal('replace'), with: Patch }),
  z.strictObject({ ...phaseRef, op: z.literal('remove') }),
  z.strictObject({ op: z.literal('insert'), ...Anchor, with: Patch }),
  z.strictObject({ op: z.literal('set-rule'), phase: AnyPhaseId, rule: RuleId, setting: RuleSettingSchema }),
  z.strictObject({ op: z.literal('remove-rule'), phase: AnyPhaseId, rule: RuleId }),
  z.strictObject({ ...phaseRef, op: z.literal('add-module'), module: Patch, ...Anchor }),
  z.strictObject({ ...phaseRef, op: z.literal('remove-module'), module: IdSchema }),
  z.strictObject({ ...phaseRef, op: z.literal('update-module'), module: IdSchema, set: Patch }),
  z.strictObject({ ...phaseRef, op: z.literal('allow-role'), role: IdSchema, kinds: z.optional(z.array(IdSchema).check(z.minLength(1))) }),
]);

/** A method declared as a variant of another: head fields, optional role overrides, and a list of changes. */
export const VariantConfigSchema = z.strictObject({
  ...methodHead,
  name: LocalizedTextSchema,
  summary: z.optional(LocalizedTextSchema),
  extends: IdSchema,
  roles: z.optional(z.array(RoleSchema)),
  kinds: z.optional(z.array(CustomKindSchema)),
  changes: z._default(z.array(VariantChangeSchema), []),
});

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
