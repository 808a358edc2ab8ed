import type { ProblemCode } from '../validation/problem';

/** One thing LINE would refuse in a request body; `code`/`params` say `message` for the editor (see validation/problem.ts). */
export interface LineProblem extends ProblemCode {
  /** JSON Pointer into the checked value, e.g. `/messages/0/contents/body/contents/2/size`. */
  pointer: string;
  /** Completes "<field> …": `must be one of xs, sm, md… (it is "Large")`. */
  message: string;
}

/** The way LINE names a field in its error answers: `messages[0].contents.body.contents[2].size`. */
export function lineProperty(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, part) => (/^\d+$/.test(part) ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}

/** "messages[0].text is 5,012 UTF-16 units long…", or the message alone for the whole value. */
export function describeLineProblem(problem: LineProblem): string {
  const property = lineProperty(problem.pointer);
  return property ? `${property} ${problem.message}` : problem.message;
}
