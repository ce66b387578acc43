import type { Issue } from '../findings';
import type { Locale } from '../options';
import type { RuleId, RuleParams } from '../rules/ids';
import { en } from './en';
import { zh, type MessageCatalog } from './zh';

const catalogs: Record<Locale, MessageCatalog> = { zh, en };

export function renderMessage<K extends RuleId>(issue: Issue<K>, locale: Locale = 'zh'): string {
  const render = catalogs[locale][issue.rule] as (p: RuleParams[K]) => string;
  return render(issue.params);
}
