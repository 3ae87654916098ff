/**
 * Immediate dominators from the root (node 0) by the iterative algorithm of
 * Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"): enough
 * for heap snapshots of a few million nodes. Unreachable nodes dominate
 * themselves. `order` lists reachable nodes in reverse postorder.
 */
export function dominators(
  count: number,
  firstEdge: Uint32Array,
  targets: Uint32Array,
): { idom: Int32Array; order: Uint32Array } {
  const postIndex = new Int32Array(count).fill(-1);
  const post: number[] = [];
  const stack: number[] = [0];
  const next = new Uint32Array(count);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  next[0] = firstEdge[0] as number;
  while (stack.length > 0) {
    const node = stack[stack.length - 1] as number;
    if ((next[node] as number) < (firstEdge[node + 1] as number)) {
      const edge = next[node] as number;
      next[node] = edge + 1;
      const child = targets[edge] as number;
      if (!seen[child]) {
        seen[child] = 1;
        next[child] = firstEdge[child] as number;
        stack.push(child);
      }
    } else {
      postIndex[node] = post.length;
      post.push(node);
      stack.pop();
    }
  }
  const order = Uint32Array.from(post.reverse());
  const predecessors = predecessorLists(count, firstEdge, targets, seen);
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while ((postIndex[a] as number) < (postIndex[b] as number)) a = idom[a] as number;
      while ((postIndex[b] as number) < (postIndex[a] as number)) b = idom[b] as number;
    }
    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 1; i < order.length; i++) {
      const node = order[i] as number;
      let candidate = -1;
      for (const from of predecessors[node] ?? []) {
        if (idom[from] === -1) continue;
        candidate = candidate === -1 ? from : intersect(from, candidate);
      }
      if (candidate !== -1 && idom[node] !== candidate) {
        idom[node] = candidate;
        changed = true;
      }
    }
  }
  for (let node = 0; node < count; node++) if (idom[node] === -1) idom[node] = node;
  return { idom, order };
}

function predecessorLists(
  count: number,
  firstEdge: Uint32Array,
  targets: Uint32Array,
  reachable: Uint8Array,
): number[][] {
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (let node = 0; node < count; node++) {
    if (!reachable[node]) continue;
    for (let edge = firstEdge[node] as number; edge < (firstEdge[node + 1] as number); edge++)
      lists[targets[edge] as number]?.push(node);
  }
  return lists;
}
