import { Link } from '@fluentui/react-components';
import type { WrittenSheet } from '../../core/host';
import { useStrings } from '../i18n';
import { Notice } from './Notice';

export function RosterNotice({ written, onSelect }: { written: WrittenSheet | null; onSelect: (sheet: string) => void }) {
  const t = useStrings();
  if (!written) return null;
  return (
    <Notice>
      {t.settings.rosterMade(written.name)}{' '}
      <Link as="button" onClick={() => onSelect(written.name)}>
        {written.name}
      </Link>
    </Notice>
  );
}
