import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from '@fluentui/react-components';
import { useMode } from '../hooks/ModeContext';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface Props {
  /** The sheets looked in. */
  looked: string[];
  sheets: string[];
  chosen: string | undefined;
  onChoose: (sheet: string | undefined) => void;
}

export function NoReport({ looked, sheets, chosen, onChoose }: Props) {
  const t = useStrings();
  const s = useStyles();
  const excel = useMode() === 'excel';
  return (
    <section className={s.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.noReport.title}</MessageBarTitle>
          <p>{t.noReport.lookedFor}</p>
          {looked.length ? <p>{t.noReport.looked(looked.join('、'))}</p> : null}
          <p>{excel ? t.noReport.howTo : t.noReport.howToFile}</p>
        </MessageBarBody>
      </MessageBar>
      <Field label={t.noReport.pickSheet}>
        <Select value={chosen ?? ''} onChange={(_, d) => onChoose(d.value || undefined)}>
          <option value="">{t.noReport.auto}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
    </section>
  );
}
