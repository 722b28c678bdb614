//! What `chat`, `probe` and `push` share: the provider flags, the persona as each API takes
//! it, asking before anything leaves the machine, and Ctrl-C.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use anyhow::{Context as _, Result, bail};

use super::Printer;
use crate::llm::{ApiKey, Client, ClientOptions, Endpoint, Persona, Provider, env};
use crate::persona::PersonaSpec;
use crate::render::{self, RenderOptions, Target};

/// The provider names `--provider` takes (a contract).
pub(crate) const PROVIDERS: [&str; 5] = [
    "openai",
    "anthropic",
    "gemini",
    "ollama",
    "openai-compatible",
];

/// Where the model is: shared by `chat` and `probe`.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Model")]
pub(crate) struct NetArgs {
    /// The API to talk to: openai, anthropic, gemini, ollama, openai-compatible (LM Studio,
    /// llama.cpp, vLLM, OpenRouter: give --base-url)
    #[arg(long, value_name = "PROVIDER", value_parser = PROVIDERS)]
    pub(crate) provider: Option<String>,
    /// The API's address (default: the provider's own; for ollama, OLLAMA_HOST or
    /// http://localhost:11434)
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// Send without asking first (for scripts); ferry still says on stderr what it sends
    #[arg(long)]
    pub(crate) yes: bool,
}

/// An endpoint for `model` on `provider`, its key read from the environment.
pub(crate) fn endpoint(
    provider: Provider,
    model: &str,
    base_url: Option<&str>,
) -> Result<Endpoint> {
    let base = match base_url {
        Some(u) => u.to_owned(),
        None => match provider.default_base_url(std::env::var(env::OLLAMA_HOST).ok().as_deref()) {
            Some(u) => u,
            None => bail!(
                "{provider} needs the server's address: add --base-url, e.g. http://localhost:1234/v1 for LM Studio or https://openrouter.ai/api/v1"
            ),
        },
    };
    let key = provider
        .key_var()
        .and_then(|var| std::env::var(var).ok())
        .map(|k| ApiKey::new(&k));
    Ok(Endpoint::new(provider, &base, model, key)?)
}

/// `provider:model` or `model` (with `--provider`). A model name may hold colons itself
/// (`llama3.1:8b`): only a known provider name before the first one is taken as one.
pub(crate) fn parse_model(item: &str, default: Option<&str>) -> Result<(Provider, String)> {
    let item = item.trim();
    if let Some((p, m)) = item.split_once(':')
        && let Some(provider) = Provider::from_name(p)
    {
        return Ok((provider, m.to_owned()));
    }
    match default.and_then(Provider::from_name) {
        Some(p) => Ok((p, item.to_owned())),
        None => bail!(
            "which API serves '{item}'? Add --provider (openai, anthropic, gemini, ollama or openai-compatible), or write it as provider:model"
        ),
    }
}

/// The persona as `provider` takes it, rendered by the built-in target for that API: `openai`
/// for OpenAI-style servers, `claude` for Anthropic, `gemini` for Gemini, and for Ollama the
/// `ollama` Modelfile's `SYSTEM` and `MESSAGE`s.
pub(crate) fn persona_for(spec: &PersonaSpec, provider: Provider) -> Result<Persona> {
    let target = match provider {
        Provider::OpenAi | Provider::OpenAiCompatible => Target::Openai,
        Provider::Anthropic => Target::Claude,
        Provider::Gemini => Target::Gemini,
        Provider::Ollama => Target::Ollama,
    };
    let rendered = render::render(spec, target, &RenderOptions::default())?;
    Ok(match provider {
        Provider::Ollama => crate::llm::ollama::Modelfile::parse(&rendered.text).persona(),
        _ => Persona {
            system: rendered.text,
            primer: Vec::new(),
        },
    })
}

/// Letters and digits only, lowercased: to find a memory in a prompt whatever the escaping.
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// "the persona prompt (6,120 characters, with 14 of the 16 memories and 6 example
/// exchanges)".
pub(crate) fn describe(spec: &PersonaSpec, persona: &Persona) -> String {
    let all = plain(&format!(
        "{}{}",
        persona.system,
        persona
            .primer
            .iter()
            .map(|t| t.content.as_str())
            .collect::<String>()
    ));
    let found = |text: &str| {
        let p: String = plain(text).chars().take(24).collect();
        !p.is_empty() && all.contains(&p)
    };
    let memories = spec.memories.iter().filter(|m| found(&m.text)).count();
    let examples = spec.examples.iter().filter(|e| found(&e.companion)).count();
    let chars = persona.system.chars().count()
        + persona
            .primer
            .iter()
            .map(|t| t.content.chars().count())
            .sum::<usize>();
    format!(
        "the persona prompt ({} characters, with {memories} of the {} shared memories and {examples} example exchange{})",
        crate::render::group(chars),
        spec.memories.len(),
        if examples == 1 { "" } else { "s" }
    )
}

/// Asks before conversation-derived text goes to a server that is not on this machine.
/// `what` says what would be sent. Local servers need no question. With `--yes` ferry says
/// what it sends and goes on; with no terminal to ask on, it refuses.
pub(crate) fn consent(
    endpoints: &[&Endpoint],
    what: &str,
    yes: bool,
    printer: &Printer,
) -> Result<()> {
    let mut hosts: Vec<String> = endpoints
        .iter()
        .filter(|e| !e.is_local())
        .map(|e| e.host())
        .collect();
    hosts.sort();
    hosts.dedup();
    if hosts.is_empty() {
        return Ok(());
    }
    let hosts = hosts.join(", ");
    let notice = format!(
        "ferry will send {what} to {hosts}. This text comes from your conversations, and it leaves this computer."
    );
    if yes {
        printer.summary(&format!("{notice} (--yes was given.)"));
        return Ok(());
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        bail!(
            "nothing was sent: ferry asks before your conversations leave this computer, and there is no terminal to ask on; add --yes to send {what} to {hosts}"
        );
    }
    eprintln!("{notice}");
    let mut input = std::io::stdin().lock();
    let mut err = std::io::stderr();
    if super::confirm::yes_no(&mut input, &mut err, "Send it? [y/N]: ")? {
        Ok(())
    } else {
        bail!("nothing was sent: you chose not to send it")
    }
}

/// Whether a reply is streaming: Ctrl-C then ends the reply; otherwise it ends ferry.
static STREAMING: AtomicBool = AtomicBool::new(false);

fn cancel_flag() -> &'static Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    FLAG.get_or_init(|| Arc::new(AtomicBool::new(false)))
}

/// A client whose streams end cleanly on Ctrl-C. The first Ctrl-C during a reply ends that
/// reply (what arrived is kept); a Ctrl-C at any other time, or a second one, ends ferry
/// with exit code 130.
pub(crate) fn client() -> Result<Client> {
    static HANDLER: Mutex<bool> = Mutex::new(false);
    let mut installed = HANDLER
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !*installed {
        let flag = Arc::clone(cancel_flag());
        // A failure to install it leaves Ctrl-C as it is: it ends ferry at once.
        let _ = ctrlc::set_handler(move || {
            if STREAMING.load(Ordering::SeqCst) && !flag.swap(true, Ordering::SeqCst) {
                return;
            }
            eprintln!();
            std::process::exit(i32::from(super::exit::INTERRUPTED));
        });
        *installed = true;
    }
    Client::new(ClientOptions::from_env(), Arc::clone(cancel_flag()))
        .context("cannot start the HTTP client")
}

/// Marks a reply as streaming (Ctrl-C ends it) or not (Ctrl-C ends ferry).
pub(crate) fn streaming(on: bool) {
    if on {
        cancel_flag().store(false, Ordering::SeqCst);
    }
    STREAMING.store(on, Ordering::SeqCst);
}

/// Whether Ctrl-C was pressed during the last reply.
pub(crate) fn interrupted() -> bool {
    cancel_flag().load(Ordering::SeqCst)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_with_and_without_providers() {
        assert_eq!(
            parse_model("ollama:llama3.1:8b", None).unwrap(),
            (Provider::Ollama, "llama3.1:8b".to_owned())
        );
        assert_eq!(
            parse_model("llama3.1:8b", Some("ollama")).unwrap(),
            (Provider::Ollama, "llama3.1:8b".to_owned())
        );
        assert_eq!(
            parse_model("anthropic:claude-x", Some("openai")).unwrap(),
            (Provider::Anthropic, "claude-x".to_owned())
        );
        assert!(parse_model("gpt-x", None).is_err());
    }

    #[test]
    fn what_is_sent_is_counted() {
        let spec = crate::persona::demo_spec();
        for p in Provider::ALL {
            let persona = persona_for(&spec, p).unwrap();
            assert!(persona.system.contains("Nova"), "{p}");
            let said = describe(&spec, &persona);
            assert!(said.contains("of the 16 shared memories"), "{said}");
            assert!(said.contains("6 example exchanges"), "{p}: {said}");
        }
        assert_eq!(crate::render::group(6120), "6,120");
        assert_eq!(crate::render::group(999), "999");
    }
}
