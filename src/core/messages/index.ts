import type { Issue } from '../findings';
import type { Locale } from '../options';
import { ruleById } from '../rules';
import type { RuleId } from '../rules/ids';

/** A finding's message, from its rule's meta.messages; each says what is wrong, then what to do. */
export function renderMessage<K extends RuleId>(issue: Issue<K>, locale: Locale = 'zh'): string {
  const rule = ruleById(issue.rule);
  if (rule === undefined) throw new Error(`No rule ${issue.rule}`);
  return rule.meta.messages[locale](issue.params);
}
