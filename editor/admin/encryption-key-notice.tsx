import { useEffect, useState } from 'react';
import { auditApi, type KeySource } from './audit-api';

const warningStyle = { background: '#fffbeb', borderColor: '#fcd34d', color: '#78350f' } as const;
const sourceText: Record<KeySource, string> = {
  environment: 'from ENCRYPTION_KEY',
  file: 'from the file ENCRYPTION_KEY_FILE names',
  'generated in DATA_DIR': 'generated into DATA_DIR',
};

/** Where the key sealing stored secrets comes from; said plainly when it lies beside the data it protects. */
export function EncryptionKeyNotice() {
  const [status, setStatus] = useState<{ keySource: KeySource; keyId: string; warning: string | null } | null>(null);
  useEffect(() => {
    auditApi.keyStatus().then(setStatus, () => setStatus(null));
  }, []);
  if (!status) return null;
  if (status.warning) {
    return (
      <div className="notice" style={warningStyle} role="note" aria-label="Encryption key warning">
        <strong>Encryption key:</strong> {status.warning}
      </div>
    );
  }
  return (
    <p className="muted" aria-label="Encryption key">
      Stored secrets are sealed with key {status.keyId}, {sourceText[status.keySource]}.
    </p>
  );
}
