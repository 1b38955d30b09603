export { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../shared/ids.js';
/** Most participants in one session. */
export const MAX_PARTICIPANTS = 200;
/** Times a speaker may go unheard in a `pair-until-heard` phase before the facilitator is called. */
export const HEARD_ATTEMPTS_BEFORE_HELP = 3;
/** Most further modules one `choose-module` may queue after the first (`followedBy`). */
export const MAX_MODULES = 20;
