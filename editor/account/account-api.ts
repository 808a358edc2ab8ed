import { api } from '../api/api-client';

/** The signed-in person's own sign-in: profile, two-factor, sessions, password. */
export const accountApi = {
  me: () => api('getSession').then((r) => r.user),
  startTwoFactor: () => api('startTwoFactor'),
  confirmTwoFactor: (code: string) => api('confirmTwoFactor', { body: { code } }).then((r) => r.recoveryCodes),
  stopTwoFactor: (proof: { code: string } | { password: string }) => api('stopTwoFactor', { body: proof }),
  setLanguage: (language: 'en' | 'ja' | 'th' | 'zh-TW' | 'id') => api('setMyLanguage', { body: { language } }),
  sessions: () => api('listMySessions').then((r) => r.sessions),
  endSession: (id: string) => api('endMySession', { params: { id } }),
  changePassword: (currentPassword: string, password: string) => api('updateUser', { params: { id: 'me' }, body: { currentPassword, password } }),
};
