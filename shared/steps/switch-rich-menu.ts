import { richMenuLimits } from '../rich-menus/rich-menu-limits';
import { findTemplateReferences } from '../template/find-template-references';
import { defineStep, nextPort, type StepIssue } from './define-step';

/**
 * Which rich menu the customer sees from now on (LINE links it to them; the channel's default
 * shows again when unlinked). A menu named by alias is each channel's own menu with that alias,
 * so one workflow serves every channel; a menu picked by id is that one menu.
 */
export const switchRichMenu = defineStep({
  type: 'switch-rich-menu',
  label: 'Switch rich menu',
  description: 'Changes the rich menu this customer sees under the chat: a menu by its alias, one picked from the list, or back to the channel’s default.',
  kind: 'action',
  category: 'messages',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['switchTo'],
    properties: {
      /** `alias`: the menu with `aliasId` on the customer's channel; `rich-menu`: the menu `richMenuId`; `default`: unlink (the default shows). */
      switchTo: { enum: ['alias', 'rich-menu', 'default'] },
      /** Placeholders allowed, e.g. `menu-{{contact.language}}`; once filled in: 1–32 of a–z, 0–9, _ and -. */
      aliasId: { type: 'string', minLength: 1, maxLength: 100 },
      /** A menu's LineFlow id (`rm-…`), as the Rich menus screen lists them. */
      richMenuId: { type: 'string', minLength: 1, maxLength: 64, pattern: '^rm-[a-z0-9]+$' },
    },
  },
  defaults: { switchTo: 'alias', aliasId: 'main' },
  ports: () => nextPort,
  check: (data) => {
    const issues: StepIssue[] = [];
    if (data.switchTo === 'alias') {
      const alias = data.aliasId ?? '';
      if (alias.trim() === '')
        issues.push({ field: 'aliasId', message: 'is needed: the alias of the menu to show', severity: 'error', code: 'switch-rich-menu.aliasNeeded' });
      else if (findTemplateReferences(alias).references.length === 0 && !richMenuLimits.aliasPattern.test(alias)) {
        issues.push({
          field: 'aliasId',
          message: 'is 1 to 32 lowercase letters, digits, "_" or "-" (as LINE takes aliases)',
          severity: 'error',
          code: 'switch-rich-menu.aliasPattern',
        });
      }
    }
    if (data.switchTo === 'rich-menu' && !data.richMenuId) {
      issues.push({ field: 'richMenuId', message: 'is needed: pick the menu to show', severity: 'error', code: 'switch-rich-menu.menuNeeded' });
    }
    return issues;
  },
});
