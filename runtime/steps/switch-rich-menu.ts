import { richMenuLimits } from '../../shared/rich-menus/rich-menu-limits';
import { StepError, type StepExecutor } from './step-context';

/**
 * Decides the switch; the link itself is an effect made once the decision is stored
 * (runtime/effects/rich-menu-effect.ts), which also finds the menu for the customer's channel.
 */
export const switchRichMenuStep: StepExecutor<'switch-rich-menu'> = {
  enter(data, ctx) {
    if (data.switchTo === 'default') {
      ctx.emit({ kind: 'rich-menu', target: null });
      return { port: 'next', output: { switchTo: 'default' } };
    }
    if (data.switchTo === 'rich-menu') {
      if (!data.richMenuId) throw new StepError('No rich menu is picked: choose the menu to show');
      ctx.emit({ kind: 'rich-menu', target: { richMenuId: data.richMenuId } });
      return { port: 'next', output: { richMenuId: data.richMenuId } };
    }
    const aliasId = ctx.render(data.aliasId ?? '').trim();
    if (!richMenuLimits.aliasPattern.test(aliasId)) {
      throw new StepError(`The alias "${aliasId.slice(0, 40)}" is not one LINE takes (1 to 32 of a–z, 0–9, _ and -)`);
    }
    ctx.emit({ kind: 'rich-menu', target: { aliasId } });
    return { port: 'next', output: { aliasId } };
  },
};
