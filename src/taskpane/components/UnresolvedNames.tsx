import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { DoubtfulUnit } from '../../core/summary';
import type { UnresolvedName } from '../logic/engine';
import { isSingleName } from '../logic/name-choice';

const SHOWN = 8;

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

interface Props {
  unresolved: UnresolvedName[];
  units: DoubtfulUnit[];
  /** How many of them a safe fix can settle; with none, the way out is the user's decision or a roster. */
  fixable: number;
  busy: boolean;
  onFix: () => void;
  onRename: (choice: UnresolvedName) => void;
  onRoster: () => void;
  onAnyway: () => void;
}

/** Asked before summaries are written while some names may be one person written two ways. */
export function UnresolvedNames({ unresolved, units, fixable, busy, onFix, onRename, onRoster, onAnyway }: Props) {
  const t = useStrings();
  const s = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {units.length === 0 ? t.summary.unresolvedTitle : unresolved.length === 0 ? t.summary.unitsTitle : t.summary.bothTitle}
        </MessageBarTitle>
        {t.summary.unresolvedIntro}
        <ul className={s.list}>
          {unresolved.slice(0, SHOWN).map((u) => (
            <li key={u.name} className={s.item}>
              <span>{isSingleName(u) ? t.summary.maybe(u.name, u.canonical) : t.summary.merged(u.name, u.canonical)}</span>
              {isSingleName(u) ? (
                <Button size="small" appearance="outline" onClick={() => onRename(u)} disabled={busy}>
                  {t.summary.rename(u.canonical)}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
        {unresolved.length > SHOWN ? <div>{t.summary.andMore(unresolved.length - SHOWN)}</div> : null}
        {units.length > 0 ? (
          <ul className={s.list}>
            {units.slice(0, SHOWN).map((u) => (
              <li key={u.name}>{t.summary.unitDoubt(u.name, u.cell, u.reason === 'unknown')}</li>
            ))}
          </ul>
        ) : null}
        {units.length > SHOWN ? <div>{t.summary.andMore(units.length - SHOWN)}</div> : null}
        {fixable === 0 && unresolved.length > 0 ? <div>{t.summary.noFixable}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        {fixable > 0 ? (
          <Button appearance="primary" onClick={onFix} disabled={busy}>
            {t.summary.fixNames}
          </Button>
        ) : (
          <Button onClick={onRoster} disabled={busy}>
            {t.settings.makeRoster}
          </Button>
        )}
        <Button onClick={onAnyway} disabled={busy}>
          {t.summary.anyway}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
