//! `ferry push ollama`: installs the companion as a model on an Ollama server.

use anyhow::Result;

use super::net;
use super::{Printer, exit, read_persona};
use crate::llm::Provider;
use crate::llm::ollama::{self, Modelfile};
use crate::render::{self, RenderOptions, Target};

const EXAMPLES: &str = "\
Examples:
  ferry push ollama persona.json --model nova
  ferry push ollama persona.json --model nova --base-model qwen2.5:14b
  ferry push ollama persona.json --model nova --base-url http://10.0.0.2:11434

Then: `ollama run nova`, or `ferry chat persona.json --provider ollama --model nova`.
It sends what `ferry render persona.json --target ollama` writes (the SYSTEM prompt, the
example exchanges and the parameters) to Ollama's /api/create.";

/// Install the companion as a model on a model server (Ollama)
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// Where to install it
    #[arg(value_name = "SERVER", value_parser = ["ollama"])]
    server: String,
    /// The persona spec written by `ferry extract` or `ferry migrate`
    #[arg(value_name = "PERSONA.json")]
    persona: String,
    /// The new model's name, e.g. nova
    #[arg(long, value_name = "NAME")]
    model: String,
    /// The model it is built from (it must be on the server: `ollama pull` it first)
    #[arg(long, value_name = "MODEL", default_value = render::DEFAULT_BASE_MODEL)]
    base_model: String,
    /// The server's address (default: OLLAMA_HOST, else http://localhost:11434)
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Send without asking first when the server is not on this computer
    #[arg(long)]
    yes: bool,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let spec = read_persona(&args.persona)?;
    let name = args.model.trim();
    if name.is_empty() || name.chars().any(char::is_whitespace) {
        anyhow::bail!(
            "'{}' cannot be a model name: use letters, digits, - and _ (e.g. nova)",
            args.model
        );
    }
    let options = RenderOptions {
        base_model: Some(args.base_model.clone()),
        ..RenderOptions::default()
    };
    let rendered = render::render(&spec, Target::Ollama, &options)?;
    let modelfile = Modelfile::parse(&rendered.text);
    let from = modelfile
        .from
        .clone()
        .unwrap_or_else(|| args.base_model.clone());
    let endpoint = net::endpoint(Provider::Ollama, &from, args.base_url.as_deref())?;
    let what = net::describe(&spec, &modelfile.persona());
    net::consent(&[&endpoint], &what, args.yes, printer)?;
    let client = net::client()?;
    printer.summary(&format!(
        "Creating {name} from {from} on {}…",
        endpoint.host()
    ));
    net::streaming(true);
    let result = ollama::create(&client, &endpoint, name, &modelfile, &mut |status| {
        printer.summary(&format!("  {status}"));
    });
    net::streaming(false);
    let reply = result?;
    if reply.interrupted {
        printer.summary("Stopped before Ollama said it was done; the model may not be complete.");
        return Ok(exit::INTERRUPTED);
    }
    printer.summary(&format!(
        "{name} is ready. Talk with it: `ollama run {name}`, or `ferry chat {} --provider ollama --model {name}`.",
        args.persona
    ));
    Ok(exit::OK)
}
