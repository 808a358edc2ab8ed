/** A document with one mistake, and the error it must get. */
export interface BrokenCase {
  mistake: string;
  document: () => unknown;
  /** A substring of the one error expected, and the node or edge it must name. */
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
}
