/** Longest text accepted in a contribution, topic, output or action (characters). */
export const MAX_TEXT_LENGTH = 10_000;
/** Longest participant id, proposal id, command id or other reference (characters). */
export const MAX_ID_LENGTH = 200;

/** Id of the contribution recorded by the event with sequence number `seq`. */
export const contributionId = (seq: number): string => `c-${seq}`;
/** Id of the blocked input recorded by the event with sequence number `seq`. */
export const blockedId = (seq: number): string => `b-${seq}`;
/** Id of the topic proposal recorded by the event with sequence number `seq`. */
export const proposalId = (seq: number): string => `t-${seq}`;
/** Id of the action recorded by the event with sequence number `seq`. */
export const actionId = (seq: number): string => `a-${seq}`;
/** Id of the evaluation recorded by the event with sequence number `seq`. */
export const evaluationId = (seq: number): string => `e-${seq}`;

/** A random UUID from the platform's crypto (Node ≥ 20 and every current browser). */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}
