import type { MethodDefinition } from '../method/define.js';

/** A built-in method: a validated definition whose `id` is the literal id of the method. */
export type BuiltinMethod<Id extends string> = MethodDefinition & { readonly id: Id };
