import * as RadixToast from '@radix-ui/react-toast';
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import './ui.css';

/** A short notice that something was done ("Published as version 3"), shown bottom right, then gone. */
export interface ToastNotice {
  id: number;
  text: string;
  tone: 'ok' | 'error';
}

const useToasts = create<{ notices: ToastNotice[] }>()(() => ({ notices: [] }));
let nextId = 1;

/**
 * `toast('Published as version 3')`. Errors stay until dismissed: a person must not miss them;
 * an `ok` goes after 6 s, or later while the pointer or the focus is on it (Radix pauses it).
 */
export function toast(text: string, tone: ToastNotice['tone'] = 'ok'): void {
  const notice = { id: nextId++, text, tone };
  useToasts.setState((s) => ({ notices: [...s.notices, notice] }));
}

const dismiss = (id: number) => useToasts.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));

/** Where toasts appear; mounted once, by the app, next to the DialogHost. F8 moves the focus to them. */
export function ToastHost() {
  const notices = useToasts((s) => s.notices);
  const { t } = useTranslation('common');
  return (
    <RadixToast.Provider label={t('notification')} duration={6000}>
      {notices.map((notice) => (
        <RadixToast.Root
          key={notice.id}
          className={`toast ${notice.tone}`}
          type={notice.tone === 'error' ? 'foreground' : 'background'}
          duration={notice.tone === 'error' ? Infinity : undefined}
          onOpenChange={(open) => (open ? undefined : dismiss(notice.id))}
        >
          <RadixToast.Description className="toast-text">{notice.text}</RadixToast.Description>
          <RadixToast.Close className="icon-button" aria-label={t('dismiss')}>
            <X className="icon" aria-hidden="true" />
          </RadixToast.Close>
        </RadixToast.Root>
      ))}
      <RadixToast.Viewport className="toast-viewport" />
    </RadixToast.Provider>
  );
}
