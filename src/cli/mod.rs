//! The command line: clap types, one file per subcommand, and the error printer.
//!
//! House rules: doc comments are the help text; every subcommand's `--help` ends with
//! examples; stdout carries only data (JSON, prompts), everything for people goes to stderr
//! through [`printer::Printer`]; library calls take domain options, never clap types.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod batch;
mod card;
mod chat;
mod confirm;
mod extract;
mod inspect;
mod migrate;
mod net;
mod printer;
mod probe;
mod push;
mod render;
mod review;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::export::{Export, ExportError, Input, Limits, ReadOptions, Skipped};
use crate::persona::ExtractError;
pub(crate) use printer::Printer;

/// Exit codes, documented in `--help` and README.
pub mod exit {
    /// Everything worked.
    pub const OK: u8 = 0;
    /// The export could not be read, or `--strict` found damaged conversations.
    pub const FAILURE: u8 = 1;
    /// The command line was wrong (clap's own code).
    pub const USAGE: u8 = 2;
    /// `ferry batch`: some exports failed, the others were written.
    pub const SOME_FAILED: u8 = 3;
    /// `chat`, `probe`, `push`: the model's server could not be reached or did not answer
    /// (refused connection, timeout, 401/403/404, 429 or 5xx after retries, a cut stream).
    pub const NETWORK: u8 = 4;
    /// Ctrl-C.
    pub const INTERRUPTED: u8 = 130;
}

const AFTER_HELP: &str = "\
Exit codes:
  0  success
  1  the export could not be read (or --strict found damaged conversations)
  2  the command line is wrong
  3  ferry batch: some exports failed (the others were written)
  4  chat, probe, push: the model's server could not be reached or did not answer
  130  interrupted (Ctrl-C)

Your conversations never leave this machine: ferry works offline and only reads the export.
The one exception is chat, probe and push, which talk to the model server you name, and ask
first when that server is not on this computer.";

/// Carry an AI companion from a ChatGPT data export to another model, offline.
#[derive(Debug, Parser)]
#[command(name = "ferry", version, about, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct GlobalArgs {
    /// Print nothing on stderr but errors
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Say more about what ferry is doing (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// When to use colour on stderr
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    color: ColorWhen,
    /// Never draw a progress bar
    #[arg(long, global = true)]
    no_progress: bool,
}

/// When to colour messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorWhen {
    /// Colour when stderr is a terminal and NO_COLOR is not set
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    Migrate(migrate::Args),
    Batch(batch::Args),
    Inspect(inspect::Args),
    Extract(extract::Args),
    Render(render::Args),
    Review(review::Args),
    Targets(render::TargetsArgs),
    Card(card::Args),
    Chat(chat::Args),
    Probe(probe::Args),
    Push(push::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Examples:\n  ferry completions bash > ~/.local/share/bash-completion/completions/ferry\n  ferry completions zsh > ~/.zfunc/_ferry"
    )]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print ferry's man page (roff), generated from its command line
    #[command(after_help = "Examples:\n  ferry man > ferry.1 && man ./ferry.1")]
    Man,
    /// Print the JSON Schema of a ferry format (persona: ferry.persona/1)
    #[command(hide = true)]
    Schema {
        /// Which schema
        #[arg(value_parser = ["persona"], default_value = "persona")]
        which: String,
    },
}

/// Who is who, and privacy: shared by `extract`, `migrate` and `batch`.
#[derive(Debug, Args)]
pub(crate) struct PrivacyArgs {
    /// Keep e-mail addresses, phone numbers, postal addresses, ID, card and IBAN numbers and
    /// passwords as written (by default they are masked in every file ferry writes)
    #[arg(long)]
    no_redact: bool,
    /// Mask contact and identity data (the default; accepted for scripts)
    #[arg(long, hide = true, conflicts_with = "no_redact")]
    redact: bool,
}

impl PrivacyArgs {
    /// Whether to mask: always, unless `--no-redact`.
    pub(crate) fn redact(&self) -> bool {
        self.redact || !self.no_redact
    }
}

/// Options shared by every command that reads an export.
#[derive(Debug, Args)]
#[command(next_help_heading = "Reading")]
pub(crate) struct ReadArgs {
    /// Fail (exit 1) when any conversation had to be skipped as unreadable
    #[arg(long)]
    strict: bool,
    /// Most conversation JSON to unpack, e.g. 64G (guards against zip bombs)
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "64G")]
    max_total_size: u64,
    /// Most inflated bytes per compressed byte of the conversations file
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_ratio)]
    max_ratio: u64,
    /// Largest single conversation to read; larger ones are skipped with a warning
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "1G")]
    max_conversation_size: u64,
}

impl ReadArgs {
    fn limits(&self) -> Limits {
        Limits {
            max_total_bytes: self.max_total_size,
            max_ratio: self.max_ratio.max(1),
            max_conversation_bytes: self.max_conversation_size,
        }
    }

    /// Opens the export named on the command line. `hash`: compute its SHA-256 while reading.
    pub(crate) fn open(
        &self,
        export: &str,
        hash: bool,
        printer: &Printer,
    ) -> anyhow::Result<Export> {
        let export = crate::export::open(
            &Input::from_arg(export),
            ReadOptions {
                limits: self.limits(),
                hash,
            },
        )?;
        printer.verbose(&format!("reading {}", export.files().join(", ")));
        Ok(export)
    }

    /// Opens the export without saying anything (for runs that report on their own).
    pub(crate) fn open_quietly(&self, export: &str, hash: bool) -> anyhow::Result<Export> {
        Ok(crate::export::open(
            &Input::from_arg(export),
            ReadOptions {
                limits: self.limits(),
                hash,
            },
        )?)
    }

    /// Tells the person what reading passed over, and fails under `--strict`.
    pub(crate) fn report(
        &self,
        printer: &Printer,
        warnings: &[String],
        skipped: &[Skipped],
    ) -> anyhow::Result<()> {
        for w in warnings {
            printer.warn(w);
        }
        for s in skipped {
            printer.warn(&s.to_string());
        }
        self.check_strict(skipped)
    }

    /// Fails under `--strict` when any conversation was skipped.
    pub(crate) fn check_strict(&self, skipped: &[Skipped]) -> anyhow::Result<()> {
        if self.strict && !skipped.is_empty() {
            anyhow::bail!(
                "{} conversation(s) could not be read, and --strict was given",
                skipped.len()
            );
        }
        Ok(())
    }
}

/// `512`, `64K`, `300M`, `64G` (powers of 1024; a trailing `B`/`iB` is accepted).
fn parse_size(s: &str) -> Result<u64, String> {
    let lower = s.trim().to_ascii_lowercase();
    let t = lower.as_str();
    let t = t
        .strip_suffix("ib")
        .or_else(|| t.strip_suffix('b'))
        .unwrap_or(t);
    let (digits, shift) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let shift = match c {
                'k' => 10,
                'm' => 20,
                'g' => 30,
                't' => 40,
                _ => return Err(format!("unknown size unit '{c}' (use K, M, G or T)")),
            };
            (&t[..i], shift)
        }
        _ => (t, 0),
    };
    let n: u64 = digits
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a size like 512M or 64G"))?;
    n.checked_shl(shift)
        .filter(|v| v >> shift == n)
        .ok_or_else(|| format!("'{s}' is too large"))
}

/// Parses the command line, runs it and prints any error. The whole binary.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let _ = e.print();
            return ExitCode::from(u8::try_from(code).unwrap_or(exit::USAGE));
        }
    };
    let printer = Printer::new(
        cli.global.quiet,
        cli.global.verbose,
        cli.global.color,
        cli.global.no_progress,
    );
    let result = match cli.command {
        Command::Migrate(args) => migrate::execute(args, &printer),
        Command::Batch(args) => batch::execute(args, &printer),
        Command::Inspect(args) => inspect::execute(args, &printer),
        Command::Extract(args) => extract::execute(args, &printer),
        Command::Render(args) => render::execute(args, &printer),
        Command::Review(args) => review::execute(args, &printer),
        Command::Targets(args) => render::targets(args),
        Command::Card(args) => card::execute(args),
        Command::Chat(args) => chat::execute(args, &printer),
        Command::Probe(args) => probe::execute(args, &printer),
        Command::Push(args) => push::execute(args, &printer),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "ferry", &mut out);
            write_stdout(&String::from_utf8_lossy(&out))
                .map(|()| exit::OK)
                .map_err(Into::into)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(anyhow::Error::from)
                .and_then(|()| Ok(write_stdout(&String::from_utf8_lossy(&out))?))
                .map(|()| exit::OK)
        }
        Command::Schema { .. } => write_stdout(&crate::persona::spec::json_schema())
            .map(|()| exit::OK)
            .map_err(Into::into),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::from(exit::OK);
            }
            printer.error(&err);
            ExitCode::from(exit_code(&err))
        }
    }
}

/// The one place errors become exit codes.
fn exit_code(err: &anyhow::Error) -> u8 {
    let network = err.chain().any(|c| {
        c.downcast_ref::<crate::llm::LlmError>()
            .is_some_and(crate::llm::LlmError::is_network)
    });
    if network {
        exit::NETWORK
    } else {
        exit::FAILURE
    }
}

/// A closed stdout (`ferry … | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The hint line for an error, if its kind has one.
fn hint(err: &anyhow::Error) -> Option<&'static str> {
    err.chain().find_map(|c| {
        c.downcast_ref::<ExportError>()
            .and_then(ExportError::hint)
            .or_else(|| {
                c.downcast_ref::<ExtractError>()
                    .and_then(ExtractError::hint)
            })
            .or_else(|| {
                c.downcast_ref::<crate::persona::load::LoadError>()
                    .and_then(crate::persona::load::LoadError::hint)
            })
            .or_else(|| {
                c.downcast_ref::<crate::render::RenderError>()
                    .and_then(crate::render::RenderError::hint)
            })
            .or_else(|| {
                c.downcast_ref::<crate::llm::LlmError>()
                    .and_then(crate::llm::LlmError::hint)
            })
    })
}

/// Reads and checks a persona spec.
pub(crate) fn read_persona(arg: &str) -> anyhow::Result<crate::persona::PersonaSpec> {
    use anyhow::Context as _;
    let (text, name) = if arg == "-" {
        let text = std::io::read_to_string(std::io::stdin())
            .context("cannot read the persona from standard input")?;
        if text.trim().is_empty() {
            anyhow::bail!(
                "nothing was piped in: standard input is empty; pipe a persona spec in, as in `ferry extract export.zip | ferry render - --target claude`, or give its path instead of -"
            );
        }
        (text, "standard input".to_owned())
    } else {
        let text = std::fs::read_to_string(arg).with_context(|| format!("cannot read '{arg}'"))?;
        (text, format!("'{arg}'"))
    };
    crate::persona::load::from_json(&text).with_context(|| {
        format!(
            "{name} cannot be used as a {} persona spec",
            crate::persona::spec::SPEC
        )
    })
}

/// Whether the argument names a persona spec rather than an export: a file holding a JSON
/// object with a `"spec"` field (an export is a zip, a folder, or an array of conversations,
/// which is read no further than its first byte).
pub(crate) fn is_persona_file(arg: &str) -> bool {
    use std::io::BufRead as _;
    #[derive(serde::Deserialize)]
    struct Probe {
        spec: Option<serde::de::IgnoredAny>,
    }
    if arg == "-" {
        return false;
    }
    let Ok(file) = std::fs::File::open(arg) else {
        return false;
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return false;
    }
    let mut reader = std::io::BufReader::new(file);
    let starts_with_brace = loop {
        let Ok(buf) = reader.fill_buf() else {
            return false;
        };
        let Some(&first) = buf.first() else {
            return false;
        };
        if first.is_ascii_whitespace() {
            reader.consume(1);
        } else if buf.starts_with("\u{feff}".as_bytes()) {
            reader.consume(3);
        } else {
            break first == b'{';
        }
    };
    starts_with_brace && serde_json::from_reader::<_, Probe>(reader).is_ok_and(|p| p.spec.is_some())
}

/// The file of `-o FILE`, or `None` for stdout: `-` means stdout, as it does for the export
/// read (and for most tools), rather than a file named "-" in the current folder.
pub(crate) fn file_unless_dash(output: Option<PathBuf>) -> Option<PathBuf> {
    output.filter(|path| path.as_os_str() != "-")
}

/// Writes data to stdout and flushes, so a closed pipe surfaces as an error here.
pub(crate) fn write_stdout(data: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(data.as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("300M"), Ok(300 << 20));
        assert_eq!(parse_size("64G"), Ok(64 << 30));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("1gb"), Ok(1 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("lots").is_err());
        assert!(parse_size("99999999999T").is_err());
    }

    #[test]
    fn parses_inspect_flags() {
        let cli = Cli::try_parse_from(["ferry", "inspect", "x.zip", "--json", "--strict", "-q"])
            .expect("parses");
        assert!(cli.global.quiet);
        let Command::Inspect(args) = cli.command else {
            panic!("expected inspect");
        };
        assert!(args.json);
    }
}
