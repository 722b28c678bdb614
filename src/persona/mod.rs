//! The persona: the portable spec ([`spec`]) and its offline extraction ([`extract()`]).
//!
//! Extraction is pure counting over the conversation stream: [`names`] decides who the
//! companion and the user are, [`voice`] how the companion speaks, [`memories`] what they
//! share; [`patterns`] holds the multilingual text patterns all three use. Nothing here
//! touches the network or prints.

pub(crate) mod context;
mod extract;
pub mod load;
mod memories;
pub mod merge;
pub(crate) mod names;
pub(crate) mod patterns;
mod prepared;
pub(crate) mod redact;
pub mod spec;
pub(crate) mod voice;

pub use extract::{ExtractError, ExtractOptions, Extractor, extract};
pub(crate) use extract::{conversation_names, prepared_names};
pub(crate) use prepared::Prepared;
pub use spec::PersonaSpec;

/// The companion's confidence at or above which ferry is sure of the name. Below it,
/// `extract` and `migrate` say so and name the other candidates. Calibrated on the test
/// exports (README, "How sure ferry is").
pub const SURE: f64 = 0.6;

/// The demo persona (`fixtures/personas/demo.json`), for unit tests.
#[cfg(test)]
pub(crate) fn demo_spec() -> PersonaSpec {
    load::from_json(include_str!("../../fixtures/personas/demo.json")).expect("the demo persona")
}
