//! The displayed thread of a conversation tree.
//!
//! ChatGPT shows the chain from `current_node` up through `parent` links to the root,
//! reversed. Following `children[0]` or sorting by time picks the wrong branch (see the format
//! doc, §2.7), so neither is done here. `children` lists are ignored: the slim 2026 format has
//! none, and `parent` is the one edge every era carries.
//!
//! Malformed trees are expected: cycles end the walk at the first repeated node, a dangling
//! `parent` ends it at that node, and a missing or dangling `current_node` falls back to the
//! most recent leaf.

/// Node ids to their place in the mapping: built once per conversation, for the thread walk
/// and the messages' parent links. foldhash, seeded per run: a few times faster than the
/// standard SipHash on these ids, and still no key an export could be written with to make
/// every id collide.
pub(crate) type Index<'a> = foldhash::HashMap<&'a str, usize>;

/// The index of `ids`, in document order: of two nodes with one id, the later one.
pub(crate) fn index<'a>(ids: impl Iterator<Item = &'a str>) -> Index<'a> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

/// What the thread walk needs to know about one node.
pub(crate) struct NodeLink<'a> {
    pub(crate) id: &'a str,
    pub(crate) parent: Option<&'a str>,
    /// The message time, used only to choose a leaf when `current_node` is unusable.
    pub(crate) time: Option<f64>,
}

/// The node indices of the displayed thread, root first.
/// `index` is the [`index`] of the nodes' ids.
pub(crate) fn displayed_thread(
    nodes: &[NodeLink<'_>],
    index: &Index<'_>,
    current_node: Option<&str>,
) -> Vec<usize> {
    if nodes.is_empty() {
        return Vec::new();
    }
    let parent_of = |i: usize| nodes[i].parent.and_then(|p| index.get(p).copied());

    let start = current_node
        .and_then(|id| index.get(id).copied())
        .unwrap_or_else(|| latest_leaf(nodes, &parent_of));

    let mut visited = vec![false; nodes.len()];
    let mut chain = Vec::new();
    let mut at = Some(start);
    while let Some(i) = at {
        if visited[i] {
            break; // a cycle: stop at the first node seen twice
        }
        visited[i] = true;
        chain.push(i);
        at = parent_of(i);
    }
    chain.reverse();
    chain
}

/// The leaf with the latest message time; among equals (or none timed) the last in document
/// order, which is where exports put the newest node.
fn latest_leaf(nodes: &[NodeLink<'_>], parent_of: &impl Fn(usize) -> Option<usize>) -> usize {
    let mut has_child = vec![false; nodes.len()];
    for i in 0..nodes.len() {
        if let Some(p) = parent_of(i)
            && p != i
        {
            has_child[p] = true;
        }
    }
    let mut best: Option<(f64, usize)> = None;
    for (i, node) in nodes.iter().enumerate() {
        if has_child[i] {
            continue;
        }
        let t = node.time.unwrap_or(f64::NEG_INFINITY);
        if best.is_none_or(|(bt, _)| t >= bt) {
            best = Some((t, i));
        }
    }
    // Every node has a child only when the graph is one big cycle: start anywhere.
    best.map_or(nodes.len() - 1, |(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link<'a>(id: &'a str, parent: Option<&'a str>, time: Option<f64>) -> NodeLink<'a> {
        NodeLink { id, parent, time }
    }

    fn displayed_thread(nodes: &[NodeLink<'_>], current_node: Option<&str>) -> Vec<usize> {
        let index = index(nodes.iter().map(|n| n.id));
        super::displayed_thread(nodes, &index, current_node)
    }

    #[test]
    fn of_two_nodes_with_one_id_the_later_one_is_found() {
        let nodes = [
            link("root", None, None),
            link("a", Some("root"), Some(1.0)),
            link("a", Some("root"), Some(2.0)),
        ];
        assert_eq!(index(nodes.iter().map(|n| n.id))["a"], 2);
        assert_eq!(displayed_thread(&nodes, Some("a")), [0, 2]);
    }

    fn ids<'a>(nodes: &[NodeLink<'a>], thread: &[usize]) -> Vec<&'a str> {
        thread.iter().map(|&i| nodes[i].id).collect()
    }

    #[test]
    fn follows_current_node_not_first_child() {
        // root → u1 → {a1 (regenerated away), a2 (kept)}
        let nodes = [
            link("root", None, None),
            link("u1", Some("root"), Some(1.0)),
            link("a1", Some("u1"), Some(2.0)),
            link("a2", Some("u1"), Some(3.0)),
        ];
        let t = displayed_thread(&nodes, Some("a2"));
        assert_eq!(ids(&nodes, &t), ["root", "u1", "a2"]);
        let t = displayed_thread(&nodes, Some("a1"));
        assert_eq!(ids(&nodes, &t), ["root", "u1", "a1"]);
    }

    #[test]
    fn document_order_does_not_matter() {
        let nodes = [
            link("a", Some("u"), Some(2.0)),
            link("u", Some("root"), Some(1.0)),
            link("root", None, None),
        ];
        let t = displayed_thread(&nodes, Some("a"));
        assert_eq!(ids(&nodes, &t), ["root", "u", "a"]);
    }

    #[test]
    fn missing_current_node_falls_back_to_latest_leaf() {
        let nodes = [
            link("root", None, None),
            link("u1", Some("root"), Some(1.0)),
            link("old", Some("u1"), Some(5.0)),
            link("u2", Some("root"), Some(2.0)),
            link("new", Some("u2"), Some(9.0)),
        ];
        for current in [None, Some("does-not-exist")] {
            let t = displayed_thread(&nodes, current);
            assert_eq!(ids(&nodes, &t), ["root", "u2", "new"]);
        }
    }

    #[test]
    fn cycle_ends_the_walk() {
        let nodes = [
            link("a", Some("c"), Some(1.0)),
            link("b", Some("a"), Some(2.0)),
            link("c", Some("b"), Some(3.0)),
        ];
        let t = displayed_thread(&nodes, Some("c"));
        assert_eq!(ids(&nodes, &t), ["a", "b", "c"]);
        // With no current node every node has a child; the walk still ends.
        assert_eq!(displayed_thread(&nodes, None).len(), 3);
    }

    #[test]
    fn self_parent_and_dangling_parent() {
        let nodes = [link("x", Some("x"), None)];
        assert_eq!(displayed_thread(&nodes, Some("x")), [0]);
        let nodes = [
            link("u", Some("gone"), Some(1.0)),
            link("a", Some("u"), Some(2.0)),
        ];
        assert_eq!(
            ids(&nodes, &displayed_thread(&nodes, Some("a"))),
            ["u", "a"]
        );
    }

    #[test]
    fn empty_mapping() {
        assert!(displayed_thread(&[], Some("x")).is_empty());
    }
}
