import { api } from '../api/api-client';

export type { AuditEntryItem, KeySource } from '../../shared/api/audit-api';

export interface AuditFilter {
  action?: string;
  actor?: string;
  before?: string;
}

export const auditApi = {
  list: (filter: AuditFilter) =>
    api('listAuditLog', {
      query: Object.fromEntries(Object.entries({ ...filter, limit: '50' }).filter(([, value]) => value !== undefined && value !== '')),
    }),
  keyStatus: () => api('getEncryptionKeyStatus'),
};
