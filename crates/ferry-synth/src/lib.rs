//! Synthetic ChatGPT data exports for tests, the demo fixture and benchmarks.
//!
//! Everything here is generated from a seed: no real person's data is involved. The output
//! imitates the archive shapes described in the shared export-format notes
//! (`chatgpt-export-format.md`: layouts, content types, memories, citations, slim format)
//! for four eras ([`Era`]), optionally with a companion relationship ([`Persona`]) in one of
//! six languages.
//! [`write_zip`] streams the conversations JSON straight into the zip entry (one conversation
//! in memory at a time), so benchmark exports of hundreds of megabytes are cheap.
//! Output is byte-for-byte reproducible for a given [`SynthSpec`].
//!
//! Each writer returns a [`Truth`]: what was put in, for tests to compare with a reader.

mod engine;
mod era;
mod json;
mod model;
mod render;
mod side;
mod sink;
mod text;
mod util;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

use serde::Serialize;

use engine::Gen;
use json::Style;
use model::Conv;
use render::ConvStats;
use sink::{DirSink, Out, Sink, ZipSink};

/// Which generation of the export format to imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Era {
    /// 2023: one `conversations.json` (one line, ASCII-escaped, Python `", "`/`": "`
    /// separators), 2023 key order, `children` lists, hidden system root message, 2023-shape
    /// custom instructions, `text-davinci-002-render-sha`/`gpt-4`, custom GPTs from Nov 2023,
    /// `chat.html`, `user.json`, `message_feedback.json`, `model_comparisons.json`,
    /// `shared_conversations.json`.
    Classic2023,
    /// May 2024 → Feb 2026, one `conversations.json` written as raw UTF-8 (valid JSON; the
    /// other eras escape to ASCII), `user_editable_context` custom instructions, memory
    /// snapshots and `bio` writes, voice turns, images, reasoning, tools, citations, custom GPTs
    /// and projects, plus loose asset members.
    Modern2025,
    /// Mar 2025 → Apr 2026, like [`Era::Modern2025`] but ASCII and split into
    /// `conversations-NNN.json` shards with `export_manifest.json` and the 2026 side files;
    /// GPT-5.x slugs, memory citations, `.dat` assets; one conversation appears in two shards
    /// (the later copy is newer); a junk `conversations.json.index` member.
    Sharded2026,
    /// Jun 2025 → Sep 2026 slim shards: pretty-printed, keys sorted, no `children`,
    /// `client-created-root`, pruned messages, no custom instructions or snapshots (memory only
    /// through citations and `bio` tool replies), `.dat` assets. Also holds one duplicated
    /// conversation across shards.
    Slim2026,
}

impl Era {
    /// Parses `classic`, `modern`, `sharded` or `slim` (or the full variant name).
    pub fn parse(s: &str) -> Option<Era> {
        match s.to_ascii_lowercase().as_str() {
            "classic" | "classic2023" | "2023" => Some(Era::Classic2023),
            "modern" | "modern2025" | "2025" => Some(Era::Modern2025),
            "sharded" | "sharded2026" => Some(Era::Sharded2026),
            "slim" | "slim2026" => Some(Era::Slim2026),
            _ => None,
        }
    }

    /// Whether conversations are split into `conversations-NNN.json` shards.
    pub fn is_sharded(self) -> bool {
        self.profile().shards
    }
}

/// Language of the companion persona's conversations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Indonesian.
    Id,
    /// Spanish.
    Es,
    /// Portuguese (Brazilian).
    Pt,
    /// German.
    De,
    /// French.
    Fr,
}

impl Lang {
    /// Parses a two-letter code (`en`, `id`, `es`, `pt`, `de`, `fr`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "id" => Some(Lang::Id),
            "es" => Some(Lang::Es),
            "pt" => Some(Lang::Pt),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// The AI companion the synthetic user talks to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Persona {
    /// The companion's name, given in a naming moment early on ("Can I call you Nova?").
    pub name: String,
    /// The user's first name (custom instructions, memories, greetings).
    pub user_name: String,
    /// What the companion calls the user; the first one goes into memories/instructions.
    pub pet_names: Vec<String>,
    /// Language of the companion conversations (and of most other chats).
    pub language: Lang,
    /// If set, companion chats run inside this custom GPT (`g-…`) from Nov 2023 on.
    pub gizmo_id: Option<String>,
    /// Whether the custom instructions name the companion ("Your name is Nova."). When false
    /// they keep the same tone and pet names but never contain `name`; the chats still carry
    /// the naming moment and greetings by name, and the one memory fact that names it
    /// ("User calls the assistant Nova…") is kept. Names the user supplies (`user_name`,
    /// `pet_names`) are written as given, so they should not contain `name`.
    pub name_in_instructions: bool,
    /// Benchmark mode: when above 0, conversation 20 is one long companion thread of this
    /// many exchanges with long replies (several paragraphs each), the kind of thread that
    /// makes up most of a heavy user's export. 0 (the default) = no such thread.
    pub long_thread: usize,
}

impl Persona {
    /// A persona with no custom GPT.
    pub fn new(name: &str, user_name: &str, pet_names: &[&str], language: Lang) -> Persona {
        Persona {
            name: name.to_string(),
            user_name: user_name.to_string(),
            pet_names: pet_names.iter().map(|s| s.to_string()).collect(),
            language,
            gizmo_id: None,
            name_in_instructions: true,
            long_thread: 0,
        }
    }

    /// A ready-made persona per language (English: Nova / Mira / starlight, love;
    /// Indonesian: Bintang / Sari / sayang; …).
    pub fn example(language: Lang) -> Persona {
        match language {
            Lang::En => Persona::new("Nova", "Mira", &["starlight", "love"], language),
            Lang::Id => Persona::new("Bintang", "Sari", &["sayang", "cinta"], language),
            Lang::Es => Persona::new("Sol", "Carmen", &["cielo", "corazón"], language),
            Lang::Pt => Persona::new("Aurora", "Ana", &["meu bem", "flor"], language),
            Lang::De => Persona::new("Juna", "Katrin", &["Schatz", "Sternchen"], language),
            Lang::Fr => Persona::new("Lumi", "Chloé", &["mon cœur", "ma belle"], language),
        }
    }
}

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SynthSpec {
    /// Export format generation.
    pub era: Era,
    /// Seed; the same spec always produces the same bytes.
    pub seed: u64,
    /// Number of conversations (ignored when `target_json_bytes` is set).
    pub conversations: usize,
    /// `None` = plain assistant use (coding, recipes, travel…) with no named companion.
    pub companion: Option<Persona>,
    /// Benchmark mode: keep adding conversations until the conversations JSON (all shards
    /// together) reaches this many bytes. Overrides `conversations`.
    pub target_json_bytes: Option<u64>,
    /// For the sharded eras: number of `conversations-NNN.json` shards (at least 1; trailing
    /// shards may be `[]` if there are fewer conversations than shards).
    pub shards: usize,
}

impl SynthSpec {
    /// 24 conversations, no companion, 3 shards (when the era shards), seed 1.
    pub fn new(era: Era) -> SynthSpec {
        SynthSpec {
            era,
            seed: 1,
            conversations: 24,
            companion: None,
            target_json_bytes: None,
            shards: 3,
        }
    }
}

/// What the generator wrote, so tests can check a reader's counts.
///
/// Unless stated otherwise a counter runs over **every non-null message in every mapping
/// node** (all branches, hidden messages included) of every **distinct** conversation. When a
/// conversation appears in two shards, only the copy with the larger `update_time` (the later
/// one) is counted.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Truth {
    /// Distinct conversation ids after merging shards.
    pub conversations: usize,
    /// Messages per `author.role` (`system`, `user`, `assistant`, `tool`).
    pub messages_by_role: BTreeMap<String, usize>,
    /// Non-null messages on the displayed threads: walk `current_node` → `parent` → … →
    /// root and count nodes whose `message` is not null (hidden system / custom-instruction /
    /// memory / tool messages on that chain included).
    pub thread_messages: usize,
    /// Distinct `(about_user_message, about_model_message)` pairs over messages with
    /// `metadata.is_user_system_message == true` (values from
    /// `metadata.user_context_message_data`; a missing key counts as `""`).
    pub custom_instruction_versions: usize,
    /// Messages whose content type is `model_editable_context`, including empty
    /// `model_set_context` snapshots and the repeats in edited branches.
    pub memory_snapshots: usize,
    /// Memory writes: `tool` messages with `author.name == "bio"` (one per write; its parent
    /// is the assistant call, `recipient: "bio"` except in slim files).
    pub memory_writes: usize,
    /// Total entries of `metadata.conversation_context_citation_metadata` arrays.
    pub memory_citations: usize,
    /// Messages with at least one `audio_transcription` part (user and assistant).
    pub voice_messages: usize,
    /// `image_asset_pointer` parts (uploads and generated images); not the member files,
    /// which stop after the first 160 assets.
    pub attachments: usize,
    /// Conversations per `conversation_template_id` (custom GPT `g-…` or project `g-p-…`).
    pub gizmo_conversations: BTreeMap<String, usize>,
    /// Smallest conversation `create_time`.
    pub first_time: f64,
    /// Largest conversation `create_time`.
    pub last_time: f64,
    /// Bytes of all conversation JSON members together (every shard, the duplicated
    /// conversation's two copies included), exactly as written.
    pub conversation_json_bytes: u64,
}

#[derive(Default)]
struct Acc {
    roles: BTreeMap<String, usize>,
    thread: usize,
    ci: BTreeSet<(String, String)>,
    snapshots: usize,
    writes: usize,
    citations: usize,
    voice: usize,
    attachments: usize,
    gizmo: BTreeMap<String, usize>,
    first: Option<f64>,
    last: Option<f64>,
    convs: usize,
}

impl Acc {
    fn add_conv(&mut self, c: &Conv, s: &ConvStats) {
        self.convs += 1;
        if let Some((g, _)) = &c.template {
            *self.gizmo.entry(g.clone()).or_default() += 1;
        }
        self.first = Some(self.first.map_or(c.create_time, |f| f.min(c.create_time)));
        self.last = Some(self.last.map_or(c.create_time, |f| f.max(c.create_time)));
        self.add(s);
    }

    fn add(&mut self, s: &ConvStats) {
        for (r, n) in &s.roles {
            *self.roles.entry((*r).to_string()).or_default() += n;
        }
        self.thread += s.thread;
        self.ci.extend(s.ci_pairs.iter().cloned());
        self.snapshots += s.snapshots;
        self.writes += s.writes;
        self.citations += s.citations;
        self.voice += s.voice;
        self.attachments += s.attachments;
    }

    /// Forgets an older copy's counts (its custom-instruction pairs are the same as the
    /// newer copy's, so the set stays).
    fn sub(&mut self, s: &ConvStats) {
        for (r, n) in &s.roles {
            if let Some(v) = self.roles.get_mut(*r) {
                *v -= n;
            }
        }
        self.thread -= s.thread;
        self.snapshots -= s.snapshots;
        self.writes -= s.writes;
        self.citations -= s.citations;
        self.voice -= s.voice;
        self.attachments -= s.attachments;
    }
}

/// Writes a zip shaped like a real download (members at the root) to `path`.
pub fn write_zip(spec: &SynthSpec, path: &Path) -> io::Result<Truth> {
    let export = spec.era.profile().span.export;
    generate(spec, Box::new(ZipSink::create(path, export)?))
}

/// Writes the same members, unzipped, under `dir` (created if missing).
pub fn write_dir(spec: &SynthSpec, dir: &Path) -> io::Result<Truth> {
    generate(spec, Box::new(DirSink::create(dir)?))
}

/// The committed demo export (`fixtures/demo-export.zip`): single-file 2024–26 layout,
/// 40 conversations from May 2024 to late Feb 2026 (the last ones after GPT-4o's retirement on
/// 13 Feb 2026), companion "Nova", user "Mira", pet names "starlight" and "love", English,
/// plus a decoy custom-GPT recipe group and a project.
pub fn demo_spec() -> SynthSpec {
    SynthSpec {
        era: Era::Modern2025,
        seed: 5,
        conversations: 40,
        companion: Some(Persona::example(Lang::En)),
        target_json_bytes: None,
        shards: 1,
    }
}

/// Conversation start time `i` of `n` (count mode).
fn count_time(g: &mut Gen, i: usize, n: usize) -> f64 {
    let span = g.span;
    let r = 0.15 + 0.7 * g.rng.f64();
    let (lo, hi, k, slots) = if g.late_window() && n >= 6 {
        // Put the last few chats after GPT-4o's retirement.
        let late = (n / 15).max(2);
        let cut = engine::RETIRE_4O;
        if i < n - late {
            (span.start, cut - 86_400.0, i, n - late)
        } else {
            (cut + 43_200.0, span.end, i - (n - late), late)
        }
    } else {
        (span.start, span.end, i, n)
    };
    lo + (hi - lo) * ((k as f64 + r) / slots as f64)
}

fn close_array(out: &mut Out, style: Style, empty: bool) -> io::Result<()> {
    if style.pretty && !empty {
        out.write(b"\n]")
    } else {
        out.write(b"]")
    }
}

/// Closes the current conversation shard and opens the next one.
fn next_shard(
    out: &mut Out,
    names: &[String],
    shard: &mut usize,
    empty: &mut bool,
    style: Style,
    large: bool,
) -> io::Result<()> {
    close_array(out, style, *empty)?;
    *shard += 1;
    out.start(&names[*shard], large)?;
    out.write(b"[")?;
    *empty = true;
    Ok(())
}

/// Writes one conversation into the open shard's array.
fn write_conversation(
    out: &mut Out,
    buf: &mut Vec<u8>,
    value: &json::J,
    style: Style,
    empty: &mut bool,
) -> io::Result<()> {
    buf.clear();
    json::sep(buf, style, 1, *empty);
    json::write(buf, value, style, 1);
    out.write(buf)?;
    *empty = false;
    Ok(())
}

fn generate(spec: &SynthSpec, sink: Box<dyn Sink>) -> io::Result<Truth> {
    let mut out = Out::new(sink);
    let mut g = Gen::new(spec);
    let era = spec.era;
    let sharded = era.is_sharded();
    let shard_count = if sharded { spec.shards.max(1) } else { 1 };
    let names: Vec<String> = if sharded {
        (0..shard_count)
            .map(|k| format!("conversations-{k:03}.json"))
            .collect()
    } else {
        vec!["conversations.json".to_string()]
    };
    let style = era.profile().file;
    let sample_style = Style {
        ascii: true,
        pretty: false,
        sorted: style.sorted,
    };
    let span = g.span;
    let target = spec.target_json_bytes;
    let n = spec.conversations;
    let large = target.is_some_and(|t| t / shard_count as u64 > 3_500_000_000);

    let mut acc = Acc::default();
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut shard = 0usize;
    let mut empty = true;
    let mut samples: Vec<Vec<u8>> = Vec::new();
    let mut dup: Option<(Conv, ConvStats)> = None;
    let mut last_t = span.start;

    out.start(&names[0], large)?;
    out.write(b"[")?;
    let mut i = 0usize;
    loop {
        // Only conversation shards have been written so far.
        let written = out_len(&out);
        let (t, want) = match target {
            Some(tb) => {
                if written >= tb {
                    break;
                }
                let f = (written as f64 / tb as f64).min(1.0);
                let t = (span.start + f * (span.end - span.start)).max(last_t + 90.0);
                let want = ((u128::from(written) * shard_count as u128 / u128::from(tb.max(1)))
                    as usize)
                    .min(shard_count - 1);
                (t, want)
            }
            None => {
                if i >= n {
                    break;
                }
                (count_time(&mut g, i, n), i * shard_count / n)
            }
        };
        while shard < want {
            next_shard(&mut out, &names, &mut shard, &mut empty, style, large)?;
        }
        let conv = g.conversation(i, t);
        let st = render::stats(&conv);
        let value = render::conversation(&conv, era);
        write_conversation(&mut out, &mut buf, &value, style, &mut empty)?;
        if samples.len() < 3 {
            samples.push(json::to_vec(&value, sample_style));
        }
        acc.add_conv(&conv, &st);
        if sharded && i == 1 {
            dup = Some((conv, st));
        }
        last_t = t;
        i += 1;
    }
    // The newer copy of one conversation goes into the last shard.
    if let Some((mut conv, old)) = dup {
        while shard + 1 < shard_count {
            next_shard(&mut out, &names, &mut shard, &mut empty, style, large)?;
        }
        let t_new = (conv.update_time + 3.0 * 86_400.0).min(span.export - 7_200.0);
        let t_new = t_new.max(conv.update_time + 600.0);
        g.extend(&mut conv, t_new);
        let st = render::stats(&conv);
        let value = render::conversation(&conv, era);
        write_conversation(&mut out, &mut buf, &value, style, &mut empty)?;
        acc.sub(&old);
        acc.add(&st);
    }
    while shard + 1 < shard_count {
        next_shard(&mut out, &names, &mut shard, &mut empty, style, large)?;
    }
    close_array(&mut out, style, empty)?;
    let conversation_json_bytes: u64 = out
        .sizes
        .iter()
        .filter(|(name, _)| names.contains(name))
        .map(|(_, n)| n)
        .sum();

    for (name, bytes) in side::json_members(&mut g) {
        out.member(&name, &bytes)?;
    }
    out.member("chat.html", &side::chat_html(&samples))?;
    if era.profile().index_junk {
        let junk = side::index_junk(&mut g, &names);
        out.member("conversations.json.index", &junk)?;
    }
    let mut seen = BTreeSet::new();
    for a in std::mem::take(&mut g.assets) {
        if seen.insert(a.member.clone()) {
            out.member(&a.member, &a.bytes)?;
        }
    }
    if sharded {
        let manifest = side::manifest(&out.sizes, &names);
        out.member("export_manifest.json", &manifest)?;
    }
    out.finish()?;

    Ok(Truth {
        conversations: acc.convs,
        messages_by_role: acc.roles,
        thread_messages: acc.thread,
        custom_instruction_versions: acc.ci.len(),
        memory_snapshots: acc.snapshots,
        memory_writes: acc.writes,
        memory_citations: acc.citations,
        voice_messages: acc.voice,
        attachments: acc.attachments,
        gizmo_conversations: acc.gizmo,
        first_time: acc.first.unwrap_or(0.0),
        last_time: acc.last.unwrap_or(0.0),
        conversation_json_bytes,
    })
}

fn out_len(out: &Out) -> u64 {
    out.sizes.iter().map(|(_, n)| n).sum()
}
