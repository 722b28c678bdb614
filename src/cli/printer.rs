//! The single place that decides what reaches stderr: messages, warnings, errors, progress.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use anstyle::{AnsiColor, Style};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

fn bold(color: AnsiColor) -> Style {
    Style::new().bold().fg_color(Some(color.into()))
}

use super::ColorWhen;
use crate::export::Progress;

pub(crate) struct Printer {
    quiet: bool,
    verbose: u8,
    color: bool,
    progress: bool,
}

impl Printer {
    pub(crate) fn new(quiet: bool, verbose: u8, color: ColorWhen, no_progress: bool) -> Printer {
        let stderr_tty = std::io::stderr().is_terminal();
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let color = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => stderr_tty && !no_color_env && !dumb,
        };
        Printer {
            quiet,
            verbose,
            color,
            progress: !quiet && !no_progress && stderr_tty && !dumb,
        }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_owned()
        }
    }

    /// `--quiet`: nothing on stderr but errors (and no questions).
    pub(crate) fn is_quiet(&self) -> bool {
        self.quiet
    }

    /// A closing summary for people. Silent with `--quiet`.
    pub(crate) fn summary(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    /// Detail shown only with `-v`.
    pub(crate) fn verbose(&self, msg: &str) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("{}", self.paint(Style::new().dimmed(), msg));
        }
    }

    pub(crate) fn warn(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{} {msg}", self.paint(bold(AnsiColor::Yellow), "warning:"));
        }
    }

    /// `error: …`, then each cause, then a hint when there is one. Always shown.
    pub(crate) fn error(&self, err: &anyhow::Error) {
        let mut shown = err.to_string();
        eprintln!("{} {shown}", self.paint(bold(AnsiColor::Red), "error:"));
        for cause in err.chain().skip(1) {
            // Library errors often quote their cause already; say each thing once.
            let cause = cause.to_string();
            if !shown.contains(&cause) {
                eprintln!("  caused by: {cause}");
                shown.push_str(&cause);
            }
        }
        if let Some(hint) = super::hint(err) {
            eprintln!("  {} {hint}", self.paint(bold(AnsiColor::Cyan), "hint:"));
        }
    }

    /// Several progress lines at once (`ferry batch`), on an attended terminal only.
    pub(crate) fn multi_progress(&self) -> Option<MultiProgress> {
        self.progress
            .then(|| MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(10)))
    }

    /// One line of a [`MultiProgress`], or nothing without one.
    pub(crate) fn job_progress(&self, multi: Option<&MultiProgress>, what: &str) -> BarProgress {
        let bar = match multi {
            Some(m) => m.add(ProgressBar::new(0)),
            None => ProgressBar::hidden(),
        };
        bar.set_prefix(what.to_owned());
        BarProgress {
            bar,
            conversations: AtomicU64::new(0),
        }
    }

    /// A progress reporter that never draws (for output meant for pipes).
    pub(crate) fn hidden_progress(&self) -> BarProgress {
        BarProgress {
            bar: ProgressBar::hidden(),
            conversations: AtomicU64::new(0),
        }
    }

    /// A progress reporter: a bar on an attended terminal, nothing otherwise.
    pub(crate) fn reader_progress(&self, what: &str) -> BarProgress {
        let target = if self.progress {
            ProgressDrawTarget::stderr_with_hz(10)
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_prefix(what.to_owned());
        BarProgress {
            bar,
            conversations: AtomicU64::new(0),
        }
    }
}

/// [`Progress`] drawn with indicatif: bytes read, conversations parsed, rate and ETA.
pub(crate) struct BarProgress {
    bar: ProgressBar,
    conversations: AtomicU64,
}

impl Progress for BarProgress {
    fn start(&self, total_bytes: Option<u64>) {
        let style = match total_bytes {
            Some(total) => {
                self.bar.set_length(total);
                ProgressStyle::with_template(
                    "{prefix} [{bar:28}] {bytes}/{total_bytes} · {msg} · {bytes_per_sec} · {eta} left",
                )
            }
            None => {
                ProgressStyle::with_template("{spinner} {prefix} {bytes} · {msg} · {bytes_per_sec}")
            }
        };
        if let Ok(style) = style {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_message("0 conversations");
        self.bar.enable_steady_tick(Duration::from_millis(200));
    }

    fn bytes(&self, n: u64) {
        self.bar.inc(n);
    }

    fn conversation(&self) {
        let n = self.conversations.fetch_add(1, Ordering::Relaxed) + 1;
        if n.is_multiple_of(64) {
            self.bar.set_message(format!("{n} conversations"));
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
