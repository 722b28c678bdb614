//! End-to-end tests of the `ferry` binary, one module per subcommand or concern.
//!
//! - `support`: building exports, zips and commands (synthetic data only).
//! - `inspect`: `ferry inspect` on every era of export and every input kind.
//! - `bad_input`: damaged, hostile and wrong inputs: clear error, no panic, no output.
//! - `cli`: help, version and global flags.
//! - `extract`, `render`: `ferry extract`, `ferry render` and `ferry targets`.
//! - `review`: `ferry review`, the self-contained page (its browser tests: tests/browser/).
//! - `escaping`: text that tries to break its target's format, and edited persona files.
//! - `who`, `names`: who is who on exports full of other text; names over time, facts, languages.
//! - `safety`: careless paths and private output (where ferry writes, and what it never touches).
//! - `net`: `ferry chat`, `probe` and `push` against local servers speaking each provider's
//!   wire format (`server`: the small HTTP server they use; no test touches the internet).
//! - `digest`: inspect and extract output hashed against committed digests (speed work changes
//!   no result; `FERRY_BLESS=1` re-blesses).
//! - `props`: property tests (proptest) of the thread, extraction, the scanners and render.
//!
//! New subcommands get a module of their own here.

mod bad_input;
mod batch;
mod cli;
mod confirm;
mod digest;
mod edited;
mod eras;
mod escaping;
mod extract;
mod inspect;
mod migrate;
mod names;
mod net;
mod props;
mod render;
mod review;
mod safety;
mod server;
mod support;
mod who;
