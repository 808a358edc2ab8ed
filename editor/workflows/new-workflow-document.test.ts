import { describe, expect, it } from 'vitest';
import { keywordClashes, liveWorkflowOf } from '../../shared/keywords/keyword-clashes';
import { exampleNames, loadExample } from '../../shared/testing/load-example';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { newWorkflowDocument, presetKeyword } from './new-workflow-document';

const examples = exampleNames().map((name) => {
  const document = loadExample(name);
  return liveWorkflowOf(document.id, document.name, document);
});

describe('the new-workflow preset', () => {
  it.each(['New workflow', 'Order status', 'Spring sale', 'お問い合わせ'])('"%s" is valid and starts on no keyword of an example', (name) => {
    const document = newWorkflowDocument('new-one', name);
    expect(validateWorkflow(document, { companyBusinessHours: false }).errors).toEqual([]);
    expect(keywordClashes(document, name, examples)).toEqual([]);
  });

  it('takes its keyword from the name, folded as matching folds it', () => {
    expect(presetKeyword('  Order  Status ')).toBe('order status');
    expect(presetKeyword('ＳＡＬＥ')).toBe('sale');
    expect(presetKeyword('   ')).toBe('start');
  });

  it('a name the FAQ example answers to is reported, so the check above can fail', () => {
    expect(keywordClashes(newWorkflowDocument('m', 'Menu'), 'Menu', examples).map((p) => p.message)).toEqual([
      'Keyword "menu" also starts "FAQ menu" (keyword "menu"): a customer who types "menu" gets "FAQ menu" only, as keyword triggers tie on priority and the workflow first by name wins',
    ]);
  });
});
