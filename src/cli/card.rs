//! `ferry card`: read a SillyTavern PNG character card back.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::{exit, write_stdout};
use crate::render::card;

const EXAMPLES: &str = "\
Examples:
  ferry render persona.json --target sillytavern -o nova.png
  ferry card nova.png | jq .data.name";

/// Print the Character Card JSON inside a PNG card (ccv3, else the V2 chara chunk)
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The PNG card
    #[arg(value_name = "CARD.png")]
    path: PathBuf,
}

pub(crate) fn execute(args: Args) -> Result<u8> {
    let bytes = std::fs::read(&args.path)
        .with_context(|| format!("cannot read '{}'", args.path.display()))?;
    let card = card::read_png(&bytes)
        .with_context(|| format!("'{}' is not a character card", args.path.display()))?;
    let mut json = crate::render::escape::json_visible(&serde_json::to_string_pretty(&card)?);
    json.push('\n');
    write_stdout(&json)?;
    Ok(exit::OK)
}
