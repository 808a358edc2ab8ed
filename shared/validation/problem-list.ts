import { fieldToPointer, type Problem, type ProblemCode } from './problem';
import { formatLocated, locatePointer } from './locate-pointer';

/** Collects problems, locating each by JSON Pointer in the document being checked. */
export class ProblemList {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly document: unknown) {}

  /** A problem at a JSON Pointer; `text` completes "<field> ...". */
  at(severity: Problem['severity'], pointer: string, text: string, coded: ProblemCode = {}): void {
    const location = locatePointer(this.document, pointer);
    const problem: Problem = { severity, pointer, message: formatLocated(location, text) };
    if (coded.code) problem.code = coded.code;
    if (coded.params) problem.params = coded.params;
    if (location.nodeId) problem.nodeId = location.nodeId;
    if (location.edgeId) problem.edgeId = location.edgeId;
    if (location.dataField !== undefined) problem.field = location.dataField;
    (severity === 'error' ? this.errors : this.warnings).push(problem);
  }

  /** A problem in a node's options; `field` is dotted inside `data` (empty for the whole node). */
  inNode(severity: Problem['severity'], nodeIndex: number, field: string | null, text: string, coded: ProblemCode = {}): void {
    const pointer = field === null ? `/nodes/${nodeIndex}` : `/nodes/${nodeIndex}/data${fieldToPointer(field)}`;
    this.at(severity, pointer, text, coded);
  }
}
