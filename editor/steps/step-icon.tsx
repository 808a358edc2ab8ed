import { CircleHelp } from 'lucide-react';
import { viewFor } from '.';

/** A step type's SVG icon, decorative: the step's label beside it says the same in words. */
export function StepIcon({ type, className = 'icon' }: { type: string | undefined; className?: string }) {
  const Icon = viewFor(type ?? '')?.icon ?? CircleHelp;
  return <Icon className={className} aria-hidden="true" focusable="false" />;
}
