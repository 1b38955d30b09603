import type { Lang, Phase } from '@intervision/core';
import { RULE_MESSAGES, RULE_SUGGESTIONS } from '@intervision/core/lang/all';
import { type Block, plain } from '../document/model.js';
import { pick } from '../i18n/texts.js';
import { phaseRules } from '../method/rules.js';
import SCRIPT_TEXTS from './texts.json';

/** Disguises of advice a facilitator should listen for, by the core's message keys. */
const ADVICE_SIGNS = [
  'no-advice.have-you-tried',
  'no-advice.why-dont-you',
  'no-advice.modal-suggestion',
  'no-advice.if-i-were-you',
  'no-advice.own-experience',
];
/** Rewordings to offer instead of advice, by the core's suggestion keys. */
const ADVICE_REWORDINGS = ['advice.tried', 'advice.view', 'advice.default', 'advice.experience'];
const SPHERE_SIGNS = ['sphere-of-influence.change-others', 'sphere-of-influence.others-obligation', 'sphere-of-influence.why-others'];
const SPHERE_REWORDINGS = ['sphere.generic'];

/**
 * A rule text in `lang` (English when the language has none), from the core's tables of every built-in
 * language: a script does not depend on which language packs the app registered.
 */
function ruleText(table: typeof RULE_MESSAGES, key: string, lang: Lang): string {
  const row = Object.hasOwn(table, key) ? table[key] : undefined;
  return (row && Object.hasOwn(row, lang) ? row[lang] : undefined) ?? row?.en ?? key;
}

const list = (items: string[]): Block => ({ type: 'list', items: items.map((t) => [plain(t)]) });

function note(title: string, say: string, rewordings: string[], signs: string[], lang: Lang): Block {
  const blocks: Block[] = [{ type: 'paragraph', content: [plain(say)] }, list(rewordings)];
  const known = signs.filter((key) => Object.hasOwn(RULE_MESSAGES, key));
  if (known.length > 0)
    blocks.push({ type: 'paragraph', content: [plain(pick(SCRIPT_TEXTS, 'listenFor', lang))] }, list(known.map((k) => ruleText(RULE_MESSAGES, k, lang))));
  return { type: 'note', title, blocks };
}

/**
 * The words a facilitator can use in a phase, for each built-in rule the phase applies: how to redirect
 * disguised advice, a topic outside the introducer's sphere of influence, or a closed question — with the
 * rewordings and the signs to listen for taken from the core's own rule suggestions and messages.
 */
export function redirectWords(phase: Phase, lang: Lang): Block[] {
  const out: Block[] = [];
  for (const rule of phaseRules(phase)) {
    if (rule.mode === 'off') continue;
    const s = (key: string) => ruleText(RULE_SUGGESTIONS, key, lang);
    if (rule.id === 'no-advice')
      out.push(note(pick(SCRIPT_TEXTS, 'wordsAdvice', lang), pick(SCRIPT_TEXTS, 'wordsAdviceSay', lang), ADVICE_REWORDINGS.map(s), ADVICE_SIGNS, lang));
    else if (rule.id === 'sphere-of-influence')
      out.push(note(pick(SCRIPT_TEXTS, 'wordsSphere', lang), pick(SCRIPT_TEXTS, 'wordsSphereSay', lang), SPHERE_REWORDINGS.map(s), SPHERE_SIGNS, lang));
    else if (rule.id === 'open-question') {
      const why = rule.options.allowWhy === false;
      const signs = ['open-question.closed', 'open-question.stacked', ...(why ? ['open-question.why'] : [])];
      out.push(
        note(pick(SCRIPT_TEXTS, 'wordsOpen', lang), pick(SCRIPT_TEXTS, 'wordsOpenSay', lang), [s('open.closed'), ...(why ? [s('open.why')] : [])], signs, lang),
      );
    }
  }
  return out;
}
