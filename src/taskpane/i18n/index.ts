import { createContext, useContext } from 'react';
import type { Locale } from '../../core/options';
import { ruleTitle } from '../../core/rules';
import type { RuleId } from '../../core/rules/ids';
import { en } from './en';
import { zh, type Strings } from './zh';

export type { Strings };

export const STRINGS: Record<Locale, Strings> = { zh, en };

export const LocaleContext = createContext<Locale>('zh');

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useStrings(): Strings {
  return STRINGS[useContext(LocaleContext)];
}

/** Rule names in the pane's language, from each rule's meta. */
export function useRuleTitle(): (id: RuleId) => string {
  const locale = useContext(LocaleContext);
  return (id) => ruleTitle(id, locale);
}
