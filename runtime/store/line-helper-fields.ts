/**
 * The fields LINE's helpers (mark as read, quote tokens, standby, unsend, silent sends) add to the
 * engine's records, declared by module augmentation as effect payloads are: records.ts is at its
 * size limit, and these belong together.
 */
declare module './records' {
  interface MessageRecord {
    /** LINE sent it in standby mode (another channel had the chat): kept, answered by nobody, no workflow ran. */
    standby?: boolean;
    /** When the customer unsent it; its content was removed then (the record keeps `{ type: 'unsent' }`). */
    unsentAt?: string;
  }

  interface ContactEngineState {
    /** The token of the customer's newest message not marked as read yet, and the conversation it is in. */
    markAsRead?: { token: string; conversationId: string | null };
  }

  interface RunState {
    /** The quote token of the customer's message that started the run: a send step may quote it. */
    quoteToken?: string;
  }

  interface DeliverEffect {
    /** LINE delivers the request without a notification sound (a request-level field of reply and push). */
    notificationDisabled?: boolean;
  }

  interface HttpEffect {
    /** The customer waits on this call (their message started it): LINE's loading animation shows meanwhile. */
    customerWaiting?: boolean;
  }
}

export {};
