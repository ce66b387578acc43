import type { RULES } from './index';
import type { Rule } from './types';

type Registered = (typeof RULES)[number];

/**
 * Every rule id, taken from the registry (rules/index.ts), so a misspelt id does not compile.
 * The ids are a public contract: never rename one; add new ids instead.
 */
export type RuleId = Registered['id'];

/** The params each rule's findings carry, by id, as declared in the rule's own file. */
export type RuleParams = { [R in Registered as R['id']]: R extends Rule<string, infer P> ? P : never };

export type { LeaderVariantReason } from './leader-variant';
