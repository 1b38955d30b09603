import { type AnyPhase, isChoice, type Lang, type MethodDefinition, type Phase } from '@intervision/core';
import { type Block, type Fact, heading, muted, plain } from '../document/model.js';
import { listOf } from '../i18n/list.js';
import { inSentence, methodText, pick } from '../i18n/texts.js';
import { kindLabel, outputLabel, presenceLabel, roleLabel, ruleLabel, turnLabel } from '../i18n/vocabulary.js';
import { phaseName } from '../method/outline.js';
import { phaseRules } from '../method/rules.js';
import { redirectWords } from './redirect-words.js';
import SCRIPT_TEXTS from './texts.json';
import { phaseTime } from './time.js';

type Key = keyof typeof SCRIPT_TEXTS;

/** What a phase section needs besides the phase. */
export interface PhaseContext {
  /** The method the phase belongs to. */
  method: MethodDefinition;
  /** Language of the script. */
  lang: Lang;
  /** Speakers to show the per-participant timebox with. */
  exampleSpeakers: number;
  /** Every contribution kind the method uses somewhere, in order of first use. */
  methodKinds: readonly string[];
}

const fact = (term: string, value: string): Fact => ({ term, value: [plain(value)] });

function kindsAllowed(phase: Phase, ctx: PhaseContext): string {
  const { method, lang } = ctx;
  return listOf(
    phase.contributionKinds.map((kind) => {
      const roles = phase.kindRoles && Object.hasOwn(phase.kindRoles, kind) ? phase.kindRoles[kind] : undefined;
      const name = kindLabel(method, kind, lang);
      return roles
        ? pick(SCRIPT_TEXTS, 'kindOnlyBy', lang, {
            kind: name,
            roles: listOf(
              roles.map((r) => roleLabel(method, r, lang)),
              lang,
            ),
          })
        : name;
    }),
    lang,
  );
}

function quota(phase: Phase, ctx: PhaseContext): string | null {
  const q = phase.quota;
  if (!q) return null;
  const { lang } = ctx;
  const parts: string[] = [];
  if (q.max !== undefined) parts.push(pick(SCRIPT_TEXTS, 'quotaMax', lang, { n: q.max }));
  if (q.min !== undefined) parts.push(pick(SCRIPT_TEXTS, 'quotaMin', lang, { n: q.min }));
  if (q.total !== undefined) parts.push(pick(SCRIPT_TEXTS, 'quotaTotal', lang, { n: q.total }));
  if (q.kinds)
    parts.push(
      pick(SCRIPT_TEXTS, 'quotaKinds', lang, {
        kinds: listOf(
          q.kinds.map((k) => kindLabel(ctx.method, k, lang)),
          lang,
        ),
      }),
    );
  return parts.length > 0 ? parts.join('; ') : null;
}

const RULE_KEYS: Record<'block' | 'warn' | 'off', Key> = { block: 'ruleBlock', warn: 'ruleWarn', off: 'ruleOff' };

function flow(phase: Phase, ctx: PhaseContext): string[] {
  const { method, lang } = ctx;
  const out: string[] = [];
  if (phase.repeatable)
    out.push(
      typeof phase.repeatable === 'object' ? pick(SCRIPT_TEXTS, 'repeatableMax', lang, { max: phase.repeatable.max }) : pick(SCRIPT_TEXTS, 'repeatable', lang),
    );
  if (phase.loopBack) {
    const target = phaseName(method, phase.loopBack.to, lang);
    out.push(
      phase.loopBack.max === undefined
        ? pick(SCRIPT_TEXTS, 'loopBack', lang, { phase: target })
        : pick(SCRIPT_TEXTS, 'loopBackMax', lang, { phase: target, max: phase.loopBack.max }),
    );
  }
  if (phase.when) out.push(pick(SCRIPT_TEXTS, 'when', lang, { output: inSentence(outputLabel(phase.when.outputMissing, lang), lang) }));
  return out;
}

/** The facts of a regular phase after its time: speakers, turns, introducer, kinds, limits, rules, outputs, flow. */
function regularFacts(phase: Phase, ctx: PhaseContext, time: Fact): Block[] {
  const { method, lang } = ctx;
  const t = (key: Key, params?: Record<string, string | number>) => pick(SCRIPT_TEXTS, key, lang, params);
  const items = [
    time,
    fact(
      t('speakers'),
      phase.speakers.length > 0
        ? listOf(
            phase.speakers.map((r) => roleLabel(method, r, lang)),
            lang,
          )
        : t('speakersNone'),
    ),
    fact(t('turns'), turnLabel(phase.turnPolicy, lang)),
    fact(roleLabel(method, 'introducer', lang), presenceLabel(phase.introducer, lang)),
    fact(t('allowed'), phase.contributionKinds.length > 0 ? kindsAllowed(phase, ctx) : t('allowedNone')),
  ];
  const listFact = (key: Key, labels: string[]) => {
    if (labels.length > 0) items.push(fact(t(key), listOf(labels, lang)));
  };
  const forbidden = ctx.methodKinds.filter((k) => !phase.contributionKinds.includes(k));
  listFact(
    'notAllowed',
    forbidden.map((k) => kindLabel(method, k, lang)),
  );
  const limits = quota(phase, ctx);
  if (limits) items.push(fact(t('quota'), limits));
  listFact(
    'outputs',
    phase.outputs.map((o) => outputLabel(o, lang)),
  );
  listFact(
    'requires',
    phase.requires.map((o) => outputLabel(o, lang)),
  );
  const blocks: Block[] = [{ type: 'facts', items }];
  const rules = phaseRules(phase);
  if (rules.length > 0)
    blocks.push(
      { type: 'paragraph', content: [{ text: t('rules'), style: 'strong' }] },
      {
        type: 'list',
        items: rules.map((r) => [plain(t(RULE_KEYS[r.mode], { rule: ruleLabel(r.id, lang) }))]),
      },
    );
  const steps = flow(phase, ctx);
  if (steps.length > 0)
    blocks.push({ type: 'paragraph', content: [{ text: t('flow'), style: 'strong' }] }, { type: 'list', items: steps.map((s) => [plain(s)]) });
  return blocks;
}

/** The section of one phase (any kind) of a facilitator script, headed at `level`. */
export function phaseSection(phase: AnyPhase, number: string, level: 3 | 4, ctx: PhaseContext): Block[] {
  const { method, lang } = ctx;
  const t = (key: Key, params?: Record<string, string | number>) => pick(SCRIPT_TEXTS, key, lang, params);
  const time = fact(t('time'), phaseTime(phase, lang, ctx.exampleSpeakers));
  if (phase.timebox) time.value.push(plain(' '), muted(t(phase.onTimeout === 'advance' ? 'onTimeoutAdvance' : 'onTimeoutWarn')));
  const blocks: Block[] = [
    heading(level, t('phaseHeading', { number, name: methodText(phase.name, lang) })),
    { type: 'paragraph', content: [plain(methodText(phase.instructions, lang))] },
  ];
  if (isChoice(phase)) {
    const choosers = phase.choosers
      ? listOf([...(phase.choosersOnly ? [] : [t('choosersControl')]), ...phase.choosers.map((r) => roleLabel(method, r, lang))], lang, 'disjunction')
      : t('choosersControl');
    blocks.push({ type: 'facts', items: [time, fact(t('choosers'), choosers)] });
    const most = Math.min(phase.choose?.max ?? 1, phase.modules.length);
    const least = Math.min(phase.choose?.min ?? 1, most);
    const howMany = most > 1 ? t('chooseModules', { min: least, max: most }) : t('chooseModule');
    blocks.push({ type: 'paragraph', content: [{ text: howMany, style: 'strong' }] });
    blocks.push({
      type: 'list',
      items: phase.modules.map((m) => [
        { text: methodText(m.name, lang), style: 'strong' as const },
        ...(m.summary ? [plain(`: ${methodText(m.summary, lang)}`)] : []),
      ]),
    });
    return blocks;
  }
  return [...blocks, ...regularFacts(phase, ctx, time), ...redirectWords(phase, lang)];
}
