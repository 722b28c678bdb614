//! `ferry probe`: asks a model the continuity questions and scores the answers offline.
//!
//! The report (scores and transcript, or `--json`) is the command's data: it goes to stdout.

use anyhow::Result;
use serde::Serialize;

use super::net::{self, NetArgs};
use super::{Printer, exit, read_persona, write_stdout};
use crate::llm::probe::{self, Report};
use crate::llm::{LlmError, Turn};

const EXAMPLES: &str = "\
Examples:
  ferry probe persona.json --provider ollama --model llama3.1:8b
  ferry probe persona.json --model anthropic:claude-sonnet-4-5,openai:gpt-4.1,ollama:qwen2.5:14b
  ferry probe persona.json --provider openai-compatible --base-url http://localhost:1234/v1 --model local --json

The questions come from the persona (its name, what it calls you, shared memories, a ritual,
a greeting, a memory it never had, and a question asked twice); the answers are scored on
this computer, with no model judging. README, \"ferry probe\", explains every score.";

/// Ask a model the companion's continuity questions and score the answers offline
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The persona spec written by `ferry extract` or `ferry migrate`
    #[arg(value_name = "PERSONA.json")]
    persona: String,
    /// The model, or several separated by commas to audition and rank them; each may be
    /// provider:model (e.g. ollama:llama3.1:8b)
    #[arg(long, value_name = "MODEL", value_delimiter = ',', required = true)]
    model: Vec<String>,
    /// Print the report as JSON (`ferry.probe/1`, README)
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    net: NetArgs,
}

/// The `--json` report.
#[derive(Debug, Serialize)]
struct Output {
    schema: &'static str,
    ferry_version: &'static str,
    companion: Option<String>,
    user: Option<String>,
    questions: usize,
    /// Best first.
    ranking: Vec<String>,
    models: Vec<ModelOutput>,
}

#[derive(Debug, Serialize)]
struct ModelOutput {
    model: String,
    provider: String,
    host: String,
    /// `null` when the model could not be asked.
    report: Option<Report>,
    error: Option<String>,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let spec = read_persona(&args.persona)?;
    let mut endpoints = Vec::new();
    for item in args.model.iter().filter(|m| !m.trim().is_empty()) {
        let (provider, model) = net::parse_model(item, args.net.provider.as_deref())?;
        let endpoint = net::endpoint(provider, &model, args.net.base_url.as_deref())?;
        let persona = net::persona_for(&spec, provider)?;
        endpoints.push((endpoint, persona));
    }
    if endpoints.is_empty() {
        anyhow::bail!("name a model with --model");
    }
    let questions = probe::questions(&spec);
    if let Some((_, persona)) = endpoints.iter().find(|(e, _)| !e.is_local()) {
        let what = format!(
            "{} and {} questions drawn from it",
            net::describe(&spec, persona),
            questions.len()
        );
        let remote: Vec<&crate::llm::Endpoint> = endpoints.iter().map(|(e, _)| e).collect();
        net::consent(&remote, &what, args.net.yes, printer)?;
    }
    let client = net::client()?;
    let mut models = Vec::new();
    let mut last_error: Option<LlmError> = None;
    for (endpoint, persona) in &endpoints {
        let label = endpoint.label();
        let mut replies = Vec::new();
        let mut error = None;
        printer.summary(&format!(
            "Asking {label} {} questions, one conversation each…",
            questions.len()
        ));
        for (i, q) in questions.iter().enumerate() {
            printer.verbose(&format!(
                "{label}: question {} of {}",
                i + 1,
                questions.len()
            ));
            net::streaming(true);
            let result = client.chat(endpoint, persona, &[Turn::user(&q.ask)], &mut |_| {});
            net::streaming(false);
            match result {
                Ok(reply) if reply.interrupted || net::interrupted() => {
                    printer.summary("Stopped: the probe was interrupted.");
                    return Ok(exit::INTERRUPTED);
                }
                Ok(reply) => replies.push(reply.text),
                Err(e) => {
                    error = Some(e);
                    break;
                }
            }
        }
        let (report, error) = match error {
            None => (Some(probe::score(&spec, &questions, &replies)), None),
            Some(e) => {
                let msg = e.to_string();
                if endpoints.len() > 1 {
                    printer.warn(&format!("{label} could not be probed: {msg}"));
                }
                last_error = Some(e);
                (None, Some(msg))
            }
        };
        models.push(ModelOutput {
            model: endpoint.model.clone(),
            provider: endpoint.provider.to_string(),
            host: endpoint.host(),
            report,
            error,
        });
    }
    // A single model that could not be asked is an error, with its hint.
    if models.len() == 1
        && let Some(e) = last_error.take()
    {
        return Err(e.into());
    }
    let mut ranking: Vec<(&ModelOutput, f64)> = models
        .iter()
        .filter_map(|m| m.report.as_ref().map(|r| (m, r.overall)))
        .collect();
    ranking.sort_by(|a, b| b.1.total_cmp(&a.1));
    let output = Output {
        schema: "ferry.probe/1",
        ferry_version: env!("CARGO_PKG_VERSION"),
        companion: spec.companion.name.clone(),
        user: spec.user.name.clone(),
        questions: questions.len(),
        ranking: ranking
            .iter()
            .map(|(m, _)| format!("{}:{}", m.provider, m.model))
            .collect(),
        models: Vec::new(),
    };
    let text = if args.json {
        let mut out = serde_json::to_value(&output)?;
        out["models"] = serde_json::to_value(&models)?;
        let mut s = serde_json::to_string_pretty(&out)?;
        s.push('\n');
        s
    } else {
        text_report(&spec, &models, &ranking)
    };
    write_stdout(&text)?;
    Ok(if last_error.is_some() {
        exit::NETWORK
    } else {
        exit::OK
    })
}

fn text_report(
    spec: &crate::persona::PersonaSpec,
    models: &[ModelOutput],
    ranking: &[(&ModelOutput, f64)],
) -> String {
    let name = spec.companion.name.as_deref().unwrap_or("the companion");
    let you = spec.user.name.as_deref().unwrap_or("You");
    let mut out = format!("Continuity probe for {name}, scored on this computer (1 is best)\n");
    for m in models {
        out.push_str(&format!("\n{}:{} at {}\n", m.provider, m.model, m.host));
        let Some(r) = &m.report else {
            out.push_str(&format!(
                "  could not be asked: {}\n",
                m.error.as_deref().unwrap_or("")
            ));
            continue;
        };
        out.push_str(&format!(
            "  overall {:.2}   continuity {:.2}   style {:.2}\n",
            r.overall, r.continuity, r.style.score
        ));
        for s in &r.questions {
            out.push_str(&format!("  {:<16}{:.2}  {}\n", s.id, s.score, s.note));
        }
        let n = |x: &probe::StyleNumbers| {
            format!(
                "{:.0} words, {:.1} emoji, {:.0}% !, {:.0}% ?",
                x.words_per_reply,
                x.emoji_per_reply,
                100.0 * x.exclamation_rate,
                100.0 * x.question_rate
            )
        };
        out.push_str(&format!(
            "  {:<16}{:.2}  replies: {}; {name}: {}; baseline ({}): {}\n",
            "style",
            r.style.score,
            n(&r.style.replies),
            n(&r.style.companion),
            r.style.baseline_source,
            n(&r.style.baseline)
        ));
    }
    if ranking.len() > 1 {
        out.push_str("\nRanking\n");
        for (i, (m, score)) in ranking.iter().enumerate() {
            out.push_str(&format!(
                "  {}. {}:{}  {score:.2}\n",
                i + 1,
                m.provider,
                m.model
            ));
        }
    }
    for m in models {
        let Some(r) = &m.report else { continue };
        out.push_str(&format!("\nTranscript: {}:{}\n", m.provider, m.model));
        for s in &r.questions {
            out.push_str(&format!(
                "\n[{}] {you}: {}\n{}: {}\n",
                s.id,
                s.question,
                m.model,
                s.reply.trim()
            ));
        }
    }
    out
}
