import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';
import './ui.css';

/**
 * A tooltip on hover and on keyboard focus (Escape hides it), for a button that shows only an
 * icon. The button keeps its own `aria-label`: the tooltip shows the name, it does not give it.
 * The child must take a ref and pass on its props (a DOM element, or a component that forwards them).
 */
export function Tooltip({ text, children, side = 'bottom' }: { text: ReactNode; children: ReactElement; side?: 'top' | 'bottom' | 'left' | 'right' }) {
  return (
    // A provider per tooltip: the app needs no wrapper around every screen for a few toolbars.
    <RadixTooltip.Provider delayDuration={400}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content className="tooltip" side={side} sideOffset={6} collisionPadding={8}>
            {text}
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
