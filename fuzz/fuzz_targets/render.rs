//! Render over arbitrary personas: the fixture personas with their free text replaced by
//! arbitrary strings, for every target, with and without a small budget. The output must not
//! hold invisible characters, planted macros or tags, or a Modelfile block closed early, and
//! must fit its limit; a render fails only when the identity alone is too big for a field.
#![no_main]

use std::sync::LazyLock;

use arbitrary::{Arbitrary, Unstructured};
use ferry::fuzzing::PersonaTemplate;
use ferry::render::{self, RenderOptions, Target};
use libfuzzer_sys::fuzz_target;

static BASES: LazyLock<[PersonaTemplate; 2]> = LazyLock::new(|| {
    [
        include_str!("../../fixtures/personas/demo.json"),
        include_str!("../../fixtures/personas/unnamed.json"),
    ]
    .map(|base| PersonaTemplate::new(base).expect("a fixture persona"))
});

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(base) = u8::arbitrary(&mut u) else {
        return;
    };
    let target = Target::ALL[usize::from(base >> 1) % Target::ALL.len()];
    let budget = (base & 0x80 != 0).then(|| u16::arbitrary(&mut u).unwrap_or(0) as usize);
    let mut next = || String::arbitrary(&mut u).ok();
    let Some(spec) = BASES[usize::from(base & 1)].fill(&mut next) else {
        return;
    };
    let options = RenderOptions {
        budget,
        ..RenderOptions::default()
    };
    match render::render(&spec, target, &options) {
        Ok(out) => {
            let problems = ferry::fuzzing::render_problems(target, budget, &out.text);
            assert!(problems.is_empty(), "{target}: {problems:?}\n{}", out.text);
        }
        // Long enough names can make the identity alone too big for a field; but ferry
        // shortens the tagline to fit, so that one never fails.
        Err(render::RenderError::TooSmall { field, .. }) => {
            assert!(!field.contains("Tagline"), "{target}: {field} too small");
        }
        Err(e) => panic!("{target}: {e}"),
    }
});
