import type { PendingEffect } from '../store/records';
import { deliverEffect } from './deliver-effect';
import type { EffectKind } from './effect-kind';
import { fileEventEffect } from './file-event-effect';
import { httpEffect } from './http-effect';
import { markReadEffect } from './mark-read-effect';
import { richMenuEffect } from './rich-menu-effect';
import { timerEffect } from './timer-effect';

/** Every effect kind, once: a kind added to PendingEffect without an entry here fails the type check. */
export const effectKinds: { [K in PendingEffect['kind']]: EffectKind<K> } = {
  deliver: deliverEffect,
  timer: timerEffect,
  http: httpEffect,
  'mark-read': markReadEffect,
  'rich-menu': richMenuEffect,
  'file-event': fileEventEffect,
};
