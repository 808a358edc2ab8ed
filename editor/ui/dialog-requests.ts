import { create } from 'zustand';

/** A question for the person, answered in the app's own dialog (never the browser's `confirm()`). */
export interface ConfirmRequest {
  kind: 'confirm';
  title: string;
  message?: string;
  /** The button that says yes, in words that say what happens ("Delete", not "OK"). */
  confirmLabel?: string;
  /** The yes is destructive: its button is red. */
  danger?: boolean;
  resolve: (yes: boolean) => void;
}

/** A short text to type (never the browser's `prompt()`); null when cancelled. */
export interface PromptRequest {
  kind: 'prompt';
  title: string;
  label: string;
  initial?: string;
  confirmLabel?: string;
  /** Why the text cannot be used, shown under the field; null when it can. */
  check?: (value: string) => string | null;
  resolve: (value: string | null) => void;
}

export type DialogRequest = ConfirmRequest | PromptRequest;
type Ask<R extends DialogRequest> = Omit<R, 'kind' | 'resolve'>;

/** The questions waiting, first shown first: two asked at once are answered one after the other. */
export const useDialogRequests = create<{ queue: DialogRequest[] }>()(() => ({ queue: [] }));

function ask<T>(request: (resolve: (answer: T) => void) => DialogRequest): Promise<T> {
  return new Promise<T>((resolve) => {
    const entry = request((answer) => {
      useDialogRequests.setState((s) => ({ queue: s.queue.filter((r) => r !== entry) }));
      resolve(answer);
    });
    useDialogRequests.setState((s) => ({ queue: [...s.queue, entry] }));
  });
}

export function askConfirm(options: Ask<ConfirmRequest>): Promise<boolean> {
  return ask<boolean>((resolve) => ({ ...options, kind: 'confirm', resolve }));
}

export function askPrompt(options: Ask<PromptRequest>): Promise<string | null> {
  return ask<string | null>((resolve) => ({ ...options, kind: 'prompt', resolve }));
}
