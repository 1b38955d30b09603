/** Longest text accepted in a contribution, topic, output or action (characters). */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest participant id, proposal id, or other reference (characters). */
export const MAX_ID_LENGTH = 200;
/** Most participants in one session. */
export const MAX_PARTICIPANTS = 200;
/** Times a speaker may go unheard in a `pair-until-heard` phase before the facilitator is called. */
export const HEARD_ATTEMPTS_BEFORE_HELP = 3;
