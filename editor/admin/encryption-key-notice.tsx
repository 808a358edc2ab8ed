import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditApi, type KeySource } from './audit-api';

const warningStyle = { background: '#fffbeb', borderColor: '#fcd34d', color: '#78350f' } as const;
const sealedKey: Record<KeySource, string> = {
  environment: 'key.sealed.environment',
  file: 'key.sealed.file',
  'generated in DATA_DIR': 'key.sealed.generated',
};

/** Where the key sealing stored secrets comes from; said plainly when it lies beside the data it protects. */
export function EncryptionKeyNotice() {
  const { t } = useTranslation('admin');
  const [status, setStatus] = useState<{ keySource: KeySource; keyId: string; warning: string | null } | null>(null);
  useEffect(() => {
    auditApi.keyStatus().then(setStatus, () => setStatus(null));
  }, []);
  if (!status) return null;
  if (status.warning) {
    return (
      <div className="notice" style={warningStyle} role="note" aria-label={t('key.warningLabel')}>
        <strong>{t('key.warningTitle')}</strong> {status.warning}
      </div>
    );
  }
  return (
    <p className="muted" aria-label={t('key.label')}>
      {t(sealedKey[status.keySource], { keyId: status.keyId })}
    </p>
  );
}
