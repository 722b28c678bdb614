//! ferry: carry an AI companion from a ChatGPT data export to another model.
//!
//! The pipeline is types moving through pure functions:
//!
//! ```text
//! export (zip / folder / json → Conversation stream)
//!   → inspect (what the export holds)
//!   → persona (the portable spec and its extraction)
//!   → render (one template per target model, within its limit)
//!   → llm (only `chat`, `probe`, `push`: the rendered persona sent to a model's API)
//! ```
//!
//! - [`export`] reads archives read-only and yields one conversation at a time.
//! - [`inspect`] folds that stream into a summary of what the export holds.
//! - [`persona`] finds the companion and writes the portable spec, `ferry.persona/1`.
//! - [`render`] writes that spec for each replacement model, within each target's limit, and
//!   the output folder with its README ([`render::folder`]).
//! - [`llm`] talks to model APIs (OpenAI, Anthropic, Gemini, Ollama, OpenAI-compatible) for
//!   `ferry chat`, `ferry probe` and `ferry push`: the only network code in ferry.
//! - [`review`] writes one self-contained HTML page to look over and edit a spec.
//! - [`output`] is how every file and folder is written: private, atomic, and never over the
//!   person's own files.
//!
//! The library never prints: progress goes through [`export::Progress`], warnings are
//! returned as values, and the binary decides what reaches the terminal.
#![warn(clippy::print_stdout, clippy::print_stderr)]
#![forbid(unsafe_code)]

#[doc(hidden)]
pub mod cli;
pub mod export;
#[doc(hidden)]
pub mod fuzzing;
pub mod inspect;
pub mod llm;
pub mod output;
mod par;
pub mod persona;
pub mod render;
pub mod review;
pub mod text;
pub mod time;
