import type { WorkflowDocument } from '../document/workflow-document';
import type { ProblemList } from './problem-list';
import type { WorkflowGraph } from './workflow-graph';

/**
 * Every edge joins two existing steps through a port the source step has; no port leads to two
 * places; nothing leads into a trigger; jump targets exist.
 */
export function checkConnections(document: WorkflowDocument, graph: WorkflowGraph, problems: ProblemList, skip: Set<number>): void {
  const seenEdgeIds = new Set<string>();
  const usedPorts = new Map<string, string>();
  document.edges.forEach((edge, index) => {
    const at = `/edges/${index}`;
    if (seenEdgeIds.has(edge.id)) {
      problems.at('error', `${at}/id`, `repeats the edge id "${edge.id}"; each edge needs its own id`, {
        code: 'connections.duplicateEdgeId',
        params: { id: edge.id },
      });
    }
    seenEdgeIds.add(edge.id);
    const source = graph.byId.get(edge.source);
    const target = graph.byId.get(edge.target);
    if (!source) {
      problems.at('error', `${at}/source`, `points to node "${edge.source}", which does not exist`, {
        code: 'connections.missingNode',
        params: { node: edge.source },
      });
    }
    if (!target) {
      problems.at('error', `${at}/target`, `points to node "${edge.target}", which does not exist`, {
        code: 'connections.missingNode',
        params: { node: edge.target },
      });
    }
    if (target?.definition.kind === 'trigger') {
      problems.at('error', `${at}/target`, `leads into trigger "${edge.target}"; a trigger starts a workflow and cannot be connected into`, {
        code: 'connections.intoTrigger',
        params: { node: edge.target },
      });
    }
    if (!source || skip.has(source.index)) return;
    const ports = source.definition.ports(source.data);
    if (!ports.some((port) => port.id === edge.sourceHandle)) {
      const names = ports.length ? ports.map((port) => port.id).join(', ') : 'none: this step ends the run';
      const params = { port: edge.sourceHandle, node: source.id, step: source.definition.label, stepType: source.definition.type, ports: names };
      problems.at(
        'error',
        `${at}/sourceHandle`,
        `"${edge.sourceHandle}" is not a port of node ${source.id} (${source.definition.label}); its ports are ${names}`,
        ports.length ? { code: 'connections.unknownPort', params } : { code: 'connections.unknownPortNone', params },
      );
      return;
    }
    const portKey = `${edge.source}\u0000${edge.sourceHandle}`;
    const earlier = usedPorts.get(portKey);
    if (earlier !== undefined) {
      problems.at(
        'error',
        `${at}/sourceHandle`,
        `port "${edge.sourceHandle}" of node ${source.id} is already connected by edge ${earlier}; a port leads to one step`,
        { code: 'connections.portTaken', params: { port: edge.sourceHandle, node: source.id, edge: earlier } },
      );
    }
    usedPorts.set(portKey, edge.id);
  });
  for (const node of graph.nodes) {
    if (skip.has(node.index)) continue;
    for (const { field, nodeId } of node.definition.implicitTargets?.(node.data) ?? []) {
      const targetNode = graph.byId.get(nodeId);
      if (!targetNode) {
        problems.inNode('error', node.index, field, `points to node "${nodeId}", which does not exist`, {
          code: 'connections.missingNode',
          params: { node: nodeId },
        });
      } else if (nodeId === node.id) problems.inNode('error', node.index, field, 'points to this same step', { code: 'connections.sameStep' });
      else if (targetNode.definition.kind === 'trigger') {
        problems.inNode('error', node.index, field, `points to trigger "${nodeId}"; jump to the step after it instead`, {
          code: 'connections.jumpToTrigger',
          params: { node: nodeId },
        });
      }
    }
  }
}
