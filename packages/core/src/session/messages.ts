import { formatMessage } from '../i18n/format.js';
import type { MethodDefinition } from '../method/define.js';
import type { Lang } from '../shared/lang.js';
import { packText } from '../text/messages.js';
import { labelParams } from './message-labels.js';

export { REJECTION_CODES, type RejectionCatalog, type RejectionCode } from '../shared/rejection-codes.js';

/**
 * The message for a rejection code in a language, with its parameters filled in. Ids are shown as
 * labels: built-in kinds, outputs and statuses in `lang`, and — when `method` is given — the method's
 * names for its phases, modules, roles and own kinds (pass `session.method` to render a refusal in a
 * viewer's language).
 */
export function rejectionMessage(code: string, lang: Lang, params?: Readonly<Record<string, string | number>>, method?: MethodDefinition): string {
  return formatMessage(packText('rejections', code, lang), params ? labelParams(params, lang, method) : undefined);
}
