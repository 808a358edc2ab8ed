import { lineRequestProblems } from '../line-schema/line-request-schema';
import { lineProperty } from '../line-schema/line-problem';
import type { ProblemCode } from '../validation/problem';
import { stepFieldOf, type BuiltMessage } from './built-message';

/** Something LINE would refuse in a message a step sends, located in the step's options. */
export interface StepMessageProblem extends ProblemCode {
  /** The step's option, dotted (`choices.2.label`); empty for the step as a whole. */
  field: string;
  /** The part of LINE's message object, as LINE names it (`quickReply.items[2].action.label`). */
  lineProperty: string;
  /** Completes "<field> …". */
  message: string;
}

/** What LINE would refuse in one message, by LINE's schemas and limits. */
export function builtMessageProblems(built: BuiltMessage): StepMessageProblem[] {
  return lineRequestProblems('message', built.message).map((problem) => ({
    field: stepFieldOf(built, problem.pointer),
    lineProperty: lineProperty(problem.pointer),
    message: problem.message,
    code: problem.code,
    params: problem.params,
  }));
}
