//! Thread reconstruction over arbitrary mappings: any parent links, cycles, dangling ids,
//! repeated ids, any current node. The thread must be a root→current path without repeats.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Mapping {
    /// (id, parent id, time): ids from a small alphabet, so links often hit.
    nodes: Vec<(u8, Option<u8>, Option<f64>)>,
    current: Option<u8>,
}

fn id(n: u8) -> String {
    format!("n{}", n % 24)
}

fuzz_target!(|m: Mapping| {
    let nodes: Vec<ferry::fuzzing::Node> = m
        .nodes
        .iter()
        .map(|(i, p, t)| (id(*i), p.map(id), *t))
        .collect();
    let current = m.current.map(id);
    let chain = ferry::fuzzing::thread(&nodes, current.as_deref());
    if let Some(problem) = ferry::fuzzing::thread_problem(&nodes, current.as_deref(), &chain) {
        panic!("{problem}: {nodes:?} current {current:?} → {chain:?}");
    }
});
