import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import type { TFunction } from 'i18next';
import { ChevronDown } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getStepDefinition, isTriggerType } from '../../shared/steps';
import type { ShortcutFormField } from '../../shared/answers/shortcut-form-values';
import { useStepLabel } from '../canvas/use-step-label';
import { useEditor } from '../state/editor-store';
import type { StepNode } from '../state/document-conversion';
import '../ui/ui.css';

/** A trigger of the draft as the test chat can fire it: some at once, some after a small form. */
export type DraftTrigger =
  | { kind: 'follow' | 'conversation-closed' | 'any-message'; label: string }
  | { kind: 'conversation-opened'; label: string }
  | { kind: 'keyword'; label: string; text: string }
  | { kind: 'shortcut'; label: string; fields: ShortcutFormField[] }
  | { kind: 'incoming-webhook'; label: string; variables: string[] };

const selectNodes = (s: { nodes: StepNode[] }) => s.nodes;

/** The draft's triggers, in canvas order, each once (two keyword triggers are two entries); `stepLabel` names a step type in the person's language. */
export function draftTriggers(
  nodes: readonly StepNode[],
  t: TFunction<'testChat'>,
  stepLabel: (definition: { type: string; label: string }) => string,
): DraftTrigger[] {
  const found: DraftTrigger[] = [];
  for (const node of nodes) {
    if (!isTriggerType(node.type)) continue;
    const data = node.data;
    const definition = getStepDefinition(node.type);
    const label = node.name?.trim() || (definition ? stepLabel(definition) : '') || node.type;
    switch (node.type) {
      case 'trigger-follow':
        found.push({ kind: 'follow', label });
        break;
      case 'trigger-conversation-opened':
        found.push({ kind: 'conversation-opened', label });
        break;
      case 'trigger-conversation-closed':
        found.push({ kind: 'conversation-closed', label });
        break;
      case 'trigger-any-message':
        found.push({ kind: 'any-message', label });
        break;
      case 'trigger-keyword': {
        const keyword = ((data.keywords as string[] | undefined) ?? [])[0] ?? '';
        if (keyword) found.push({ kind: 'keyword', label: t('triggerMenu.keyword', { label, keyword }), text: keyword });
        break;
      }
      case 'trigger-shortcut':
        found.push({
          kind: 'shortcut',
          label: t('triggerMenu.shortcut', { name: typeof data.name === 'string' ? data.name : label }),
          fields: (data.fields as ShortcutFormField[] | undefined) ?? [],
        });
        break;
      case 'trigger-incoming-webhook':
        found.push({ kind: 'incoming-webhook', label, variables: (data.variables as string[] | undefined) ?? [] });
        break;
    }
  }
  return found;
}

/**
 * The "Trigger" menu of the test chat: each trigger of the draft, fired for the test contact
 * through the same queue and engine as the real event. `onPick` fires it or opens its form.
 */
export function TriggerMenu({ disabled, conversationOpen, onPick }: { disabled: boolean; conversationOpen: boolean; onPick: (t: DraftTrigger) => void }) {
  const { t } = useTranslation('testChat');
  const stepLabel = useStepLabel();
  const nodes = useEditor(selectNodes);
  const triggers = useMemo(() => draftTriggers(nodes, t, stepLabel), [nodes, t, stepLabel]);
  return (
    <RadixMenu.Root modal={false}>
      <RadixMenu.Trigger asChild>
        <button type="button" className="trigger-menu-button" disabled={disabled || triggers.length === 0}>
          {t('triggerMenu.button')} <ChevronDown className="icon" aria-hidden="true" />
        </button>
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="menu trigger-menu" align="start" sideOffset={4} collisionPadding={8} loop>
          <RadixMenu.Label className="trigger-menu-label">{t('triggerMenu.label')}</RadixMenu.Label>
          {triggers.map((trigger, i) => (
            <RadixMenu.Item
              key={`${trigger.kind}-${i}`}
              className="menu-item"
              // A conversation opens only when none is: LINE would take the message into the open one.
              disabled={trigger.kind === 'any-message' || (trigger.kind === 'conversation-opened' && conversationOpen)}
              onSelect={() => onPick(trigger)}
            >
              <span>{menuLabel(trigger, conversationOpen, t)}</span>
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}

function menuLabel(trigger: DraftTrigger, conversationOpen: boolean, t: TFunction<'testChat'>): string {
  const label = trigger.label;
  switch (trigger.kind) {
    case 'follow':
      return t('triggerMenu.follow', { label });
    case 'conversation-opened':
      return conversationOpen ? t('triggerMenu.closeOpenFirst', { label }) : t('triggerMenu.withForm', { label });
    case 'conversation-closed':
      return conversationOpen ? t('triggerMenu.closeConversation', { label }) : t('triggerMenu.openThenClose', { label });
    case 'any-message':
      return t('triggerMenu.anyMessage', { label });
    case 'keyword':
      return t('triggerMenu.sendKeyword', { label });
    case 'shortcut':
    case 'incoming-webhook':
      return t('triggerMenu.withForm', { label });
  }
}
