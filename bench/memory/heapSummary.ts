// Groups a V8 heap snapshot by constructor: `node bench/memory/heapSummary.ts
// <file.heapsnapshot> [top]`. Prints, per constructor (or node type for
// strings, code, arrays…), the count, the shallow size and the retained size
// (dominator tree), largest retained first: where the memory of a node goes.
import { readFileSync } from 'node:fs';
import { dominators } from './dominators.ts';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapGraph {
  count: number;
  selfSize: Float64Array;
  label: string[];
  /** Children of node i: targets[firstEdge[i] .. firstEdge[i+1]). */
  firstEdge: Uint32Array;
  targets: Uint32Array;
}

/** The snapshot as a graph: node sizes, a label per node, strong edges only. */
export function readHeapGraph(file: string): HeapGraph {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const meta = raw.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const types = meta.node_types[0];
  const edgeTypes = (meta as unknown as { edge_types: [string[]] }).edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const at = (field: string) => meta.node_fields.indexOf(field);
  const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map(at);
  const edgeTypeAt = meta.edge_fields.indexOf('type');
  const edgeTargetAt = meta.edge_fields.indexOf('to_node');
  const count = raw.nodes.length / nodeWidth;
  const selfSize = new Float64Array(count);
  const label: string[] = new Array<string>(count);
  const firstEdge = new Uint32Array(count + 1);
  const targets: number[] = [];
  let edge = 0;
  for (let node = 0; node < count; node++) {
    const base = node * nodeWidth;
    const type = types[raw.nodes[base + (typeAt as number)] as number] ?? '?';
    const name = raw.strings[raw.nodes[base + (nameAt as number)] as number] ?? '';
    selfSize[node] = raw.nodes[base + (sizeAt as number)] as number;
    label[node] = type === 'object' || type === 'native' ? `${name}` : `(${type})`;
    firstEdge[node] = targets.length;
    const edges = raw.nodes[base + (edgeCountAt as number)] as number;
    for (let i = 0; i < edges; i++, edge += edgeWidth) {
      if (raw.edges[edge + edgeTypeAt] === weak) continue;
      targets.push((raw.edges[edge + edgeTargetAt] as number) / nodeWidth);
    }
  }
  firstEdge[count] = targets.length;
  return { count, selfSize, label, firstEdge, targets: Uint32Array.from(targets) };
}

/** Retained size of every node: its own plus everything it alone keeps alive. */
export function retainedSizes(graph: HeapGraph): Float64Array {
  const { idom, order } = dominators(graph.count, graph.firstEdge, graph.targets);
  const retained = Float64Array.from(graph.selfSize);
  for (let i = order.length - 1; i > 0; i--) {
    const node = order[i] as number;
    const parent = idom[node] as number;
    if (parent !== node) retained[parent] = (retained[parent] ?? 0) + (retained[node] ?? 0);
  }
  return retained;
}

function summarise(file: string, top: number): void {
  const graph = readHeapGraph(file);
  const retained = retainedSizes(graph);
  const groups = new Map<string, { count: number; self: number; retained: number }>();
  for (let node = 0; node < graph.count; node++) {
    const key = graph.label[node] as string;
    const group = groups.get(key) ?? { count: 0, self: 0, retained: 0 };
    group.count += 1;
    group.self += graph.selfSize[node] ?? 0;
    group.retained += retained[node] ?? 0;
    groups.set(key, group);
  }
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).padStart(8);
  console.log(`total shallow ${mb(retained[0] ?? 0)} MB in ${graph.count} nodes`);
  console.log(
    `${'retained MB'.padStart(11)} ${'self MB'.padStart(8)} ${'count'.padStart(8)}  constructor`,
  );
  const rows = [...groups.entries()].sort((a, b) => b[1].self - a[1].self).slice(0, top);
  for (const [name, group] of rows.sort((a, b) => b[1].retained - a[1].retained))
    console.log(
      `${mb(group.retained)}    ${mb(group.self)} ${String(group.count).padStart(8)}  ${name.slice(0, 80)}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: heapSummary.ts <file.heapsnapshot> [top]');
  summarise(file, Number(process.argv[3] ?? 40));
}
