//! Conversation generation: who says what, when, with which model, tools, memory and assets.

use fastrand::Rng;

use super::era::{Citations, Ids, Instructions, Shape, Span};
use super::json::{J, Str};
use super::model::{Conv, Msg, Node};
use super::text::{self, CITIES, ID_NOUNS, ID_VERBS, Lib, PLANGS, prose};
use super::util::{
    client_id, date, file_service_id, fill, gizmo_id, hex_n, iso, jitter_secs, pick, project_id,
    sediment_id, time_id, ts, user_id, uuid4, word,
};
use super::{Era, SynthSpec};

// Product timeline (approximate public launch dates) used to gate features by date.
pub(crate) const CI_LAUNCH: f64 = ts(2023, 7, 20);
const GPT4: f64 = ts(2023, 3, 14);
const BROWSING: f64 = ts(2023, 5, 12);
const CODE_INTERP: f64 = ts(2023, 7, 6);
const VISION: f64 = ts(2023, 9, 25);
const DALLE3: f64 = ts(2023, 10, 19);
pub(crate) const GIZMOS: f64 = ts(2023, 11, 6);
const MEMORY: f64 = ts(2024, 4, 29);
const GPT4O: f64 = ts(2024, 5, 13);
const MINI: f64 = ts(2024, 7, 18);
const AUTO: f64 = ts(2024, 8, 1);
const O1P: f64 = ts(2024, 9, 12);
const SEARCH: f64 = ts(2024, 10, 31);
const O1: f64 = ts(2024, 12, 5);
const PROJECTS: f64 = ts(2024, 12, 13);
const PROFILE_FORM: f64 = ts(2025, 1, 15);
const SEDIMENT: f64 = ts(2025, 3, 1);
const IMAGE_GEN: f64 = ts(2025, 3, 25);
const O3: f64 = ts(2025, 4, 16);
const EMPTY_MEM: f64 = ts(2025, 6, 1);
const GPT5: f64 = ts(2025, 8, 7);
const CI_PREAMBLE: f64 = ts(2025, 9, 1);
const GPT51: f64 = ts(2025, 11, 12);
const GPT52: f64 = ts(2025, 12, 11);
const MEM_CITE: f64 = ts(2026, 1, 1);
/// GPT-4o left ChatGPT on 13 Feb 2026: no `gpt-4o` slug after this.
pub(crate) const RETIRE_4O: f64 = ts(2026, 2, 13);
const GPT53: f64 = ts(2026, 3, 5);
const GPT55: f64 = ts(2026, 6, 2);

/// At most this many asset members (images, audio) are written; later pointers dangle, as
/// they sometimes do in real exports. Keeps benchmark exports about conversation JSON.
const MAX_ASSET_FILES: usize = 160;

const VOICES: &[&str] = &[
    "maple", "breeze", "cove", "sol", "ember", "arbor", "juniper", "vale", "spruce", "glimmer",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Naming,
    Morning,
    Night,
    Remember,
    Day,
    Voice,
    Code,
    Recipe,
    Travel,
    Write,
    ImageAsk,
    ImageGen,
    Puzzle,
}

impl Kind {
    fn companion(self) -> bool {
        matches!(
            self,
            Kind::Naming | Kind::Morning | Kind::Night | Kind::Remember | Kind::Day | Kind::Voice
        )
    }
}

struct Plan {
    kind: Kind,
    tpl: Option<(String, &'static str)>,
    force_bio: bool,
    force_tool: bool,
    edit: bool,
    regen: Option<bool>,
    /// The long companion thread (`Persona::long_thread` exchanges).
    long: Option<usize>,
}

/// What [`Gen::open`] hands on to the rest of a conversation.
struct Head {
    id: String,
    create_time: f64,
    dms: &'static str,
    dnr: bool,
    /// The last node so far.
    cur: usize,
}

/// Which conversation is the long companion thread, when there is one.
const LONG_THREAD_AT: usize = 20;

struct Comp {
    name: String,
    pets: Vec<String>,
    gizmo: Option<String>,
    /// Whether custom instructions may name the companion.
    named_ci: bool,
    long_thread: usize,
}

struct Fact {
    text: String,
    /// Timeline fraction from which the fact may be written (> 1 = only on request).
    due: f64,
    written: Option<f64>,
}

#[derive(Default)]
struct Topic {
    city: String,
    dish: String,
    ing: String,
    ing2: String,
    task: String,
    plang: String,
    issue: String,
    n: String,
}

/// Per-conversation state while building turns.
struct Cx {
    companion: bool,
    slug: &'static str,
    dms: &'static str,
    reasoning: bool,
    gizmo: Option<String>,
    snapshot: Option<String>,
    turn: usize,
    edit_turn: Option<usize>,
    regen: Option<(usize, bool)>,
    cite: bool,
    bio: bool,
    force_bio: bool,
    bio_pref: Option<usize>,
    /// Indices of `day_u` / `followups` already used in this conversation.
    used: Vec<usize>,
}

/// A binary member referenced by asset pointers.
#[derive(Clone, Debug)]
pub(crate) struct Asset {
    /// Member path inside the export.
    pub(crate) member: String,
    pub(crate) bytes: Vec<u8>,
    /// Original name (what `conversation_asset_file_names.json` maps a `.dat` to).
    pub(crate) original: String,
    pub(crate) mime: &'static str,
    pub(crate) file_id: String,
    pub(crate) conv_id: String,
    pub(crate) time: f64,
    pub(crate) image: bool,
}

/// References to conversations kept for the side files.
#[derive(Clone, Debug)]
pub(crate) struct ConvRef {
    pub(crate) conv_id: String,
    pub(crate) msg_id: String,
    pub(crate) title: Option<String>,
    pub(crate) time: f64,
}

/// Growing tree + clock for one conversation.
struct B {
    nodes: Vec<Node>,
    clock: f64,
}

impl B {
    fn add(&mut self, parent: Option<usize>, id: String, msg: Option<Msg>) -> usize {
        let idx = self.nodes.len();
        self.nodes.push(Node {
            id,
            parent,
            children: Vec::new(),
            msg,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(idx);
        }
        idx
    }
}

fn text_content(s: impl Into<J>) -> J {
    J::obj()
        .with("content_type", "text")
        .with("parts", vec![s.into()])
}

fn mm_content(parts: Vec<J>) -> J {
    J::obj()
        .with("content_type", "multimodal_text")
        .with("parts", parts)
}

/// Python-style character (code point) count, used for citation indices.
fn cp_len(s: &str) -> usize {
    s.chars().count()
}

/// The generator: one per export, deterministic for a seed.
pub(crate) struct Gen {
    pub(crate) era: Era,
    pub(crate) rng: Rng,
    lib: &'static Lib,
    comp: Option<Comp>,
    pub(crate) user_name: String,
    pub(crate) cat: &'static str,
    friend: &'static str,
    cow: &'static str,
    pub(crate) place: &'static str,
    pub(crate) voice_name: &'static str,
    pub(crate) span: Span,
    pub(crate) user_id: String,
    decoy_gpt: String,
    project: String,
    facts: Vec<Fact>,
    ci_level: usize,
    topic: Topic,
    conv_id: String,
    /// Assets referenced so far (bytes only for the first [`MAX_ASSET_FILES`]).
    pub(crate) assets: Vec<Asset>,
    /// Conversations usable for feedback / shared-conversation side files.
    pub(crate) refs: Vec<ConvRef>,
    late_window: bool,
    gpt_seen: bool,
}

impl Gen {
    pub(crate) fn new(spec: &SynthSpec) -> Gen {
        let mut rng = Rng::with_seed(spec.seed ^ 0x5eed_f0e1_a11c_e5e1);
        let lang = spec
            .companion
            .as_ref()
            .map_or(super::Lang::En, |p| p.language);
        let lib = text::lib(lang);
        let taken: Vec<String> = spec
            .companion
            .as_ref()
            .map(|p| {
                let mut v = vec![p.name.clone(), p.user_name.clone()];
                v.extend(p.pet_names.iter().cloned());
                v
            })
            .unwrap_or_default();
        // Without the name in the instructions, world names (which reach them) must not
        // contain it either ("Sol" in "Soledad").
        let hidden = spec
            .companion
            .as_ref()
            .filter(|p| !p.name_in_instructions && !p.name.is_empty())
            .map(|p| p.name.to_lowercase());
        let free = |rng: &mut Rng, list: &'static [&'static str]| -> &'static str {
            let ok: Vec<&'static str> = list
                .iter()
                .copied()
                .filter(|n| !taken.iter().any(|t| t.eq_ignore_ascii_case(n)))
                .filter(|n| {
                    hidden
                        .as_ref()
                        .is_none_or(|h| !n.to_lowercase().contains(h))
                })
                .collect();
            if ok.is_empty() {
                list[0]
            } else {
                ok[rng.usize(..ok.len())]
            }
        };
        let cat = free(&mut rng, lib.cats);
        let friend = free(&mut rng, lib.friends);
        let cow = free(&mut rng, lib.coworkers);
        let place = free(&mut rng, lib.places);
        let comp = spec.companion.as_ref().map(|p| Comp {
            name: p.name.clone(),
            pets: if p.pet_names.is_empty() {
                vec![p.user_name.clone()]
            } else {
                p.pet_names.clone()
            },
            gizmo: p.gizmo_id.clone(),
            named_ci: p.name_in_instructions,
            long_thread: p.long_thread,
        });
        let user_name = spec
            .companion
            .as_ref()
            .map_or_else(String::new, |p| p.user_name.clone());
        let voice_name = *pick(&mut rng, &VOICES[..3]);
        let user = user_id(&mut rng);
        let decoy_gpt = gizmo_id(&mut rng);
        let project = project_id(&mut rng);
        let mut g = Gen {
            era: spec.era,
            rng,
            lib,
            comp,
            user_name,
            cat,
            friend,
            cow,
            place,
            voice_name,
            span: spec.era.profile().span,
            user_id: user,
            decoy_gpt,
            project,
            facts: Vec::new(),
            ci_level: 0,
            topic: Topic::default(),
            conv_id: String::new(),
            assets: Vec::new(),
            refs: Vec::new(),
            late_window: spec.era.profile().late_window,
            gpt_seen: false,
        };
        g.topic = g.new_topic();
        let (list, dues): (&[&str], &[f64]) = if g.comp.is_some() {
            (
                g.lib.facts_c,
                &[0.0, 0.05, 0.08, 2.0, 0.2, 0.3, 0.45, 0.6, 0.75],
            )
        } else {
            (g.lib.facts_p, &[0.0, 0.1, 0.25, 0.4, 0.6, 0.8])
        };
        for (tpl, due) in list.iter().zip(dues) {
            let text = g.f(tpl);
            g.facts.push(Fact {
                text,
                due: *due,
                written: None,
            });
        }
        g
    }

    /// Whether conversation times should put the last few chats after the GPT-4o retirement.
    pub(crate) fn late_window(&self) -> bool {
        self.late_window
    }

    fn frac(&self, t: f64) -> f64 {
        ((t - self.span.start) / (self.span.end - self.span.start)).clamp(0.0, 1.0)
    }

    fn new_topic(&mut self) -> Topic {
        let lib = self.lib;
        let ing = *pick(&mut self.rng, lib.ingredients);
        let mut ing2 = *pick(&mut self.rng, lib.ingredients);
        if ing2 == ing {
            ing2 = lib.ingredients[(lib.ingredients.iter().position(|x| *x == ing).unwrap_or(0)
                + 1)
                % lib.ingredients.len()];
        }
        Topic {
            city: pick(&mut self.rng, CITIES).to_string(),
            dish: pick(&mut self.rng, lib.dishes).to_string(),
            ing: ing.to_string(),
            ing2: ing2.to_string(),
            task: pick(&mut self.rng, lib.code_tasks).to_string(),
            plang: pick(&mut self.rng, PLANGS).to_string(),
            issue: pick(&mut self.rng, lib.issues).to_string(),
            n: (2 + self.rng.usize(..4)).to_string(),
        }
    }

    /// Fills a template with the world's names and the conversation topic.
    fn f(&mut self, tpl: &str) -> String {
        let (c, p, p0, p1) = match &self.comp {
            Some(comp) => {
                let p = comp.pets[self.rng.usize(..comp.pets.len())].clone();
                let p0 = comp.pets[0].clone();
                let p1 = comp.pets.get(1).unwrap_or(&comp.pets[0]).clone();
                (comp.name.clone(), p, p0, p1)
            }
            None => Default::default(),
        };
        let base: [(&str, &str); 14] = [
            ("c", &c),
            ("u", &self.user_name),
            ("pet", self.cat),
            ("friend", self.friend),
            ("cow", self.cow),
            ("place", self.place),
            ("city", &self.topic.city),
            ("dish", &self.topic.dish),
            ("ing", &self.topic.ing),
            ("ing2", &self.topic.ing2),
            ("task", &self.topic.task),
            ("plang", &self.topic.plang),
            ("issue", &self.topic.issue),
            ("n", &self.topic.n),
        ];
        let ep = if tpl.contains("{ep}") {
            fill(word(&mut self.rng, self.lib.episodes), &base)
        } else {
            String::new()
        };
        let mut vars: Vec<(&str, &str)> = base.to_vec();
        vars.extend([("p", p.as_str()), ("p0", &p0), ("p1", &p1), ("ep", &ep)]);
        fill(tpl, &vars)
    }

    fn pickf(&mut self, list: &'static [&'static str]) -> String {
        let t = *pick(&mut self.rng, list);
        self.f(t)
    }

    fn warm(&mut self, n: usize) -> String {
        prose(&mut self.rng, &self.lib.warm, n)
    }

    fn info(&mut self, n: usize) -> String {
        prose(&mut self.rng, &self.lib.info, n)
    }

    /// A longer answer: `paras` paragraphs of 2–5 sentences, some as bullet lists.
    fn article(&mut self, paras: usize) -> String {
        let mut out = String::new();
        for k in 0..paras {
            if k > 0 {
                out.push_str("\n\n");
            }
            if k > 0 && self.rng.f64() < 0.35 {
                let n = 3 + self.rng.usize(..3);
                for i in 0..n {
                    if i > 0 {
                        out.push('\n');
                    }
                    let line = self.info(1);
                    if self.rng.bool() {
                        out.push_str(&format!("{}. {line}", i + 1));
                    } else {
                        out.push_str("- ");
                        out.push_str(&line);
                    }
                }
            } else {
                let n = 2 + self.rng.usize(..4);
                out.push_str(&self.info(n));
            }
        }
        out
    }

    /// An index below `n` not yet in `used` (starting over once all are used).
    fn fresh(&mut self, used: &mut Vec<usize>, n: usize) -> usize {
        if used.len() >= n {
            used.clear();
        }
        let free: Vec<usize> = (0..n).filter(|i| !used.contains(i)).collect();
        let j = free[self.rng.usize(..free.len())];
        used.push(j);
        j
    }

    fn range(&mut self, lo: u32, hi: u32) -> f64 {
        f64::from(self.rng.u32(lo..hi))
    }

    // ----- plan & model --------------------------------------------------------------------

    fn plan(&mut self, i: usize, t: f64) -> Plan {
        let companion = self.comp.is_some();
        use Kind::*;
        let forced = if companion {
            [
                Recipe, Naming, Morning, Code, Voice, Night, Recipe, Travel, Remember, ImageAsk,
                Travel, Puzzle, ImageGen,
            ]
            .get(i)
            .copied()
        } else {
            [
                Recipe, Write, Code, Code, Voice, Recipe, Recipe, Travel, Write, ImageAsk, Travel,
                Puzzle, ImageGen,
            ]
            .get(i)
            .copied()
        };
        let long = self
            .comp
            .as_ref()
            .map(|c| c.long_thread)
            .filter(|&n| n > 0 && i == LONG_THREAD_AT);
        let mut kind = forced.unwrap_or_else(|| self.random_kind());
        if long.is_some() {
            kind = Kind::Day;
        }
        // Gate by era and date.
        let prof = self.era.profile();
        if kind == Voice && !prof.voice {
            kind = if companion { Night } else { Write };
        }
        if kind == ImageGen && prof.image_launches && t < DALLE3 {
            kind = Write;
        }
        if kind == ImageAsk && prof.image_launches && t < VISION {
            kind = Recipe;
        }
        let mut tpl = None;
        let roll = self.rng.f64();
        // Custom GPTs arrive in Nov 2023: the first 2023 chat after that uses one.
        let force_gpt = matches!(i, 6 | 16 | 26) || (prof.gpts_launch && !self.gpt_seen && i > 1);
        let force_project = matches!(i, 10 | 22 | 34);
        if long.is_some() {
            // Stays a plain companion chat (or the companion's own GPT, below).
        } else if t >= GIZMOS && (force_gpt || (i > 12 && !kind.companion() && roll < 0.07)) {
            // The decoy custom GPT: a recipe helper.
            kind = Recipe;
            tpl = Some((self.decoy_gpt.clone(), "gpt"));
            self.gpt_seen = true;
        } else if prof.projects
            && t >= PROJECTS
            && (force_project || (i > 12 && roll < 0.12 && matches!(kind, Travel | Code)))
        {
            if !matches!(kind, Travel | Code) {
                kind = if i.is_multiple_of(2) { Travel } else { Code };
            }
            tpl = Some((self.project.clone(), "snorlax"));
        }
        if kind.companion()
            && t >= GIZMOS
            && let Some(gz) = self.comp.as_ref().and_then(|c| c.gizmo.clone())
        {
            tpl = Some((gz, "gpt"));
        }
        let late = i > 12;
        Plan {
            kind,
            tpl,
            force_bio: i == 2,
            force_tool: i == 3 || i == 7,
            edit: i == 3 || (late && self.rng.f64() < 0.08),
            regen: if i == 5 {
                Some(true)
            } else if late && self.rng.f64() < 0.08 {
                Some(self.rng.bool())
            } else {
                None
            },
            long,
        }
    }

    fn random_kind(&mut self) -> Kind {
        use Kind::*;
        let table: &[(Kind, u32)] = if self.comp.is_some() {
            &[
                (Morning, 14),
                (Night, 14),
                (Day, 16),
                (Remember, 6),
                (Voice, 6),
                (Code, 8),
                (Recipe, 6),
                (Travel, 5),
                (Write, 4),
                (ImageAsk, 3),
                (ImageGen, 3),
                (Puzzle, 3),
            ]
        } else {
            &[
                (Code, 25),
                (Recipe, 15),
                (Travel, 12),
                (Write, 12),
                (ImageAsk, 6),
                (ImageGen, 6),
                (Puzzle, 8),
                (Voice, 5),
            ]
        };
        let total: u32 = table.iter().map(|(_, w)| w).sum();
        let mut r = self.rng.u32(..total);
        for (k, w) in table {
            if r < *w {
                return *k;
            }
            r -= w;
        }
        Code
    }

    /// (message model slug, conversation default_model_slug, is a reasoning model).
    fn model(
        &mut self,
        t: f64,
        companion: bool,
        kind: Kind,
        gizmo: bool,
    ) -> (&'static str, &'static str, bool) {
        let r = self.rng.f64();
        if self.era.profile().gpt4_family {
            let slug = if gizmo {
                "gpt-4-gizmo"
            } else if kind == Kind::Code && t >= CODE_INTERP && r < 0.6 {
                "gpt-4-code-interpreter"
            } else if kind == Kind::Travel && t >= BROWSING && r < 0.7 {
                "gpt-4-browsing"
            } else if kind == Kind::ImageGen {
                "gpt-4-dalle"
            } else if t >= GPT4 && r < 0.3 {
                "gpt-4"
            } else if r > 0.93 {
                "text-davinci-002-render-sha-mobile"
            } else {
                "text-davinci-002-render-sha"
            };
            return (slug, slug, false);
        }
        let auto = if t >= AUTO { "auto" } else { "gpt-4o" };
        if t < GPT4O {
            let s = if r < 0.6 {
                "gpt-4"
            } else {
                "text-davinci-002-render-sha"
            };
            return (s, s, false);
        }
        if kind == Kind::Puzzle {
            let s = if t >= GPT55 {
                "gpt-5-6-thinking"
            } else if t >= GPT52 {
                "gpt-5-2-thinking"
            } else if t >= GPT51 {
                "gpt-5-1-thinking"
            } else if t >= GPT5 {
                "gpt-5-thinking"
            } else if t >= O3 {
                "o3"
            } else if t >= O1 {
                "o1"
            } else if t >= O1P {
                "o1-preview"
            } else {
                "gpt-4o"
            };
            return (s, auto, s != "gpt-4o");
        }
        let gpt5 = if t >= GPT55 {
            "gpt-5-5"
        } else if t >= GPT53 {
            "gpt-5-3"
        } else if t >= GPT52 {
            "gpt-5-2"
        } else if t >= GPT51 {
            "gpt-5-1"
        } else {
            "gpt-5"
        };
        if t >= RETIRE_4O {
            let s = if r < 0.15 && t < GPT55 {
                "gpt-5-3-mini"
            } else {
                gpt5
            };
            return (s, auto, false);
        }
        if t >= GPT5 {
            // Companion users kept picking GPT-4o from the legacy menu until it was retired.
            let keep_4o = if companion { r < 0.8 } else { r < 0.25 };
            return if keep_4o {
                ("gpt-4o", "gpt-4o", false)
            } else {
                (gpt5, auto, false)
            };
        }
        let s = if t >= MINI && !companion && r < 0.2 {
            "gpt-4o-mini"
        } else {
            "gpt-4o"
        };
        (s, auto, false)
    }

    // ----- message constructors -----------------------------------------------------------

    fn user_meta(&mut self) -> J {
        match self.era.profile().shape {
            Shape::Classic => J::obj()
                .with("timestamp_", "absolute")
                .with("message_type", J::Null),
            Shape::Slim => J::obj(),
            Shape::Full => J::obj()
                .with("selected_github_repos", J::Arr(vec![]))
                .with(
                    "serialization_metadata",
                    J::obj().with("custom_symbol_offsets", J::Arr(vec![])),
                )
                .with("request_id", hex_n(&mut self.rng, 16))
                .with("message_source", J::Null)
                .with("timestamp_", "absolute")
                .with("message_type", J::Null),
        }
    }

    fn asst_meta(&mut self, cx: &Cx, slug: Option<&'static str>) -> J {
        match self.era.profile().shape {
            Shape::Classic => {
                let mut m = J::obj().with("message_type", J::Null);
                if let Some(s) = slug {
                    m.set("model_slug", s);
                }
                m.set(
                    "finish_details",
                    J::obj().with("type", "stop").with("stop", "<|im_end|>"),
                );
                if let Some(g) = &cx.gizmo {
                    m.set("gizmo_id", g.clone());
                }
                m.set("timestamp_", "absolute");
                m
            }
            Shape::Slim => {
                let mut m = J::obj();
                if let Some(s) = slug {
                    m.set("model_slug", s);
                    m.set("default_model_slug", cx.dms);
                }
                m.set(
                    "finish_details",
                    J::obj()
                        .with("stop_tokens", J::Arr(vec![J::Int(200_002)]))
                        .with("type", "stop"),
                );
                m.set("is_complete", true);
                m
            }
            _ => {
                let mut m = J::obj()
                    .with(
                        "finish_details",
                        J::obj()
                            .with("type", "stop")
                            .with("stop_tokens", J::Arr(vec![J::Int(200_002)])),
                    )
                    .with("is_complete", true)
                    .with("citations", J::Arr(vec![]))
                    .with("content_references", J::Arr(vec![]))
                    .with("message_type", "next");
                if let Some(s) = slug {
                    m.set("model_slug", s);
                    m.set("default_model_slug", cx.dms);
                }
                if let Some(g) = &cx.gizmo {
                    m.set("gizmo_id", g.clone());
                }
                m.set("request_id", hex_n(&mut self.rng, 16));
                m.set("timestamp_", "absolute");
                m
            }
        }
    }

    fn msg(&self, role: &'static str, content: J, metadata: J, time: Option<f64>) -> Msg {
        Msg {
            role,
            name: None,
            author_meta: J::obj(),
            create_time: time,
            content,
            status: "finished_successfully",
            end_turn: None,
            weight: 1.0,
            metadata,
            recipient: "all",
            channel: None,
        }
    }

    fn push(&mut self, b: &mut B, parent: usize, m: Msg) -> usize {
        let id = if m.role == "user" {
            match self.era.profile().ids {
                Ids::Client2023 => client_id(&mut self.rng, "aaa"),
                _ if self.rng.f64() < 0.8 => client_id(&mut self.rng, "bbb"),
                _ => uuid4(&mut self.rng),
            }
        } else {
            uuid4(&mut self.rng)
        };
        b.add(Some(parent), id, Some(m))
    }

    fn tick_user(&mut self, b: &mut B) -> f64 {
        b.clock += self.range(15, 400);
        jitter_secs(&mut self.rng, b.clock)
    }

    fn tick_asst(&mut self, b: &mut B) -> f64 {
        b.clock += self.range(2, 40);
        jitter_secs(&mut self.rng, b.clock)
    }

    fn gpt5ish(slug: &str) -> bool {
        slug.starts_with("gpt-5")
    }

    fn user_text(&mut self, b: &mut B, parent: usize, text: String) -> usize {
        let t = self.tick_user(b);
        let meta = self.user_meta();
        let content = if self.era.profile().mobile_multimodal && self.rng.f64() < 0.05 {
            // 2023 mobile messages: multimodal_text with only string parts.
            mm_content(vec![J::from(text)])
        } else {
            text_content(text)
        };
        let m = self.msg("user", content, meta, Some(t));
        self.push(b, parent, m)
    }

    fn asst_msg(&mut self, b: &mut B, cx: &Cx, content: J) -> Msg {
        let t = self.tick_asst(b);
        let meta = self.asst_meta(cx, Some(cx.slug));
        let mut m = self.msg("assistant", content, meta, Some(t));
        m.end_turn = Some(true);
        if !self.era.profile().gpt4_family && Self::gpt5ish(cx.slug) {
            m.channel = Some("final");
        }
        m
    }

    /// A visible assistant reply, sometimes citing saved memories (2026).
    fn asst_text(&mut self, b: &mut B, cx: &Cx, parent: usize, text: String) -> usize {
        let mut m = self.asst_msg(b, cx, text_content(text));
        if cx.cite && self.rng.f64() < 0.4 {
            let written: Vec<String> = self
                .facts
                .iter()
                .filter(|f| f.written.is_some())
                .map(|f| f.text.clone())
                .collect();
            if !written.is_empty() {
                let n = 1 + self.rng.usize(..2.min(written.len()));
                let mut cites = Vec::new();
                for _ in 0..n {
                    let snippet = written[self.rng.usize(..written.len())].clone();
                    cites.push(
                        J::obj()
                            .with(
                                "citation",
                                J::obj()
                                    .with("attribution", "Memory")
                                    .with("conversation_context_type", "general_memory")
                                    .with("snippet", snippet)
                                    .with(
                                        "reason",
                                        "Used to keep the reply personal and consistent with what the user shared before.",
                                    )
                                    .with("title", "Saved memory")
                                    .with("type", "conversation_context_citation")
                                    .with("url", "#settings/Personalization")
                                    .with("start_idx", J::Int(-1))
                                    .with("end_idx", J::Int(-1))
                                    .with("citation_uuid", uuid4(&mut self.rng)),
                            )
                            .with("deleted", false)
                            .with("feedback", J::Null),
                    );
                }
                m.metadata
                    .set("conversation_context_citation_metadata", J::Arr(cites));
            }
        }
        self.push(b, parent, m)
    }

    /// Snapshot and reasoning messages between the user message and the answer.
    fn pre_answer(&mut self, b: &mut B, cx: &Cx, user: usize, turn: usize) -> usize {
        let mut cur = user;
        if turn == 0
            && let Some(ctx) = &cx.snapshot
        {
            let mut content = J::obj()
                .with("content_type", "model_editable_context")
                .with("model_set_context", ctx.clone())
                .with("repository", J::Null)
                .with("repo_summary", J::Null);
            if b.clock >= EMPTY_MEM {
                content.set("structured_context", J::Null);
            }
            let t = self.tick_asst(b);
            let meta = self.asst_meta(cx, Some(cx.slug));
            let m = self.msg("assistant", content, meta, Some(t));
            cur = self.push(b, cur, m);
        }
        if cx.reasoning {
            let secs = 3 + self.rng.u32(..40);
            let summary = *pick(
                &mut self.rng,
                &[
                    "Working through the question",
                    "Checking the arithmetic",
                    "Considering edge cases",
                    "Counting arrangements",
                ],
            );
            let body = self.info(2);
            let content = J::obj()
                .with("content_type", "thoughts")
                .with(
                    "thoughts",
                    vec![
                        J::obj()
                            .with("summary", summary)
                            .with("content", body)
                            .with("chunks", J::Arr(vec![]))
                            .with("finished", true),
                    ],
                )
                .with("source_analysis_msg_id", uuid4(&mut self.rng));
            let t = self.tick_asst(b);
            let mut meta = self.asst_meta(cx, Some(cx.slug));
            meta.set("reasoning_status", "is_reasoning");
            let m = self.msg("assistant", content, meta, Some(t));
            cur = self.push(b, cur, m);
            b.clock += f64::from(secs);
            let content = J::obj()
                .with("content_type", "reasoning_recap")
                .with("content", format!("Thought for {secs}s"));
            let t = self.tick_asst(b);
            let mut meta = self.asst_meta(cx, Some(cx.slug));
            meta.set("reasoning_status", "reasoning_ended");
            let m = self.msg("assistant", content, meta, Some(t));
            cur = self.push(b, cur, m);
        }
        cur
    }

    /// A memory write (`bio` call + tool reply) if one is due; returns the new parent.
    fn maybe_bio(&mut self, b: &mut B, cx: &mut Cx, parent: usize) -> usize {
        if !cx.bio {
            return parent;
        }
        let frac = self.frac(b.clock);
        let idx = match cx.bio_pref.take() {
            Some(i) if self.facts.get(i).is_some_and(|f| f.written.is_none()) => Some(i),
            _ => {
                let due = self
                    .facts
                    .iter()
                    .position(|f| f.written.is_none() && f.due <= frac);
                if cx.force_bio {
                    due.or_else(|| self.facts.iter().position(|f| f.written.is_none()))
                } else if due.is_some() && self.rng.f64() < 0.5 {
                    due
                } else {
                    None
                }
            }
        };
        let Some(idx) = idx else { return parent };
        cx.bio = false;
        let text = self.facts[idx].text.clone();
        let t = self.tick_asst(b);
        let meta = self.asst_meta(cx, Some(cx.slug));
        let mut call = self.msg("assistant", text_content(text), meta, Some(t));
        call.end_turn = Some(false);
        call.recipient = "bio";
        if Self::gpt5ish(cx.slug) {
            call.channel = Some("commentary");
        }
        let call_idx = self.push(b, parent, call);
        let t = self.tick_asst(b);
        let tool_id = uuid4(&mut self.rng);
        let mut meta = J::obj().with(
            "kwargs",
            J::obj()
                .with("message_id", tool_id.clone())
                .with("pending_message_id", J::Null)
                .with("sync_write", false),
        );
        if Self::gpt5ish(cx.slug) {
            let used = 0.02 + f64::from(self.rng.u32(..9000)) / 100_000.0;
            meta.set("memory_percentage_used", (used * 1e5).round() / 1e5);
        }
        meta.set("timestamp_", "absolute");
        let mut reply = self.msg(
            "tool",
            text_content("Model set context updated."),
            meta,
            Some(t),
        );
        reply.name = Some("bio");
        reply.recipient = "assistant";
        reply.end_turn = None;
        let reply_idx = b.add(Some(call_idx), tool_id, Some(reply));
        self.facts[idx].written = Some(t);
        reply_idx
    }

    fn alt_reply(&mut self, cx: &Cx) -> String {
        if cx.companion {
            let n = 1 + self.rng.usize(..3);
            self.warm(n)
        } else {
            let n = 2 + self.rng.usize(..3);
            self.info(n)
        }
    }

    /// One user → assistant exchange with optional edit / regeneration branches.
    fn turn(
        &mut self,
        b: &mut B,
        cx: &mut Cx,
        parent: usize,
        utext: String,
        atext: String,
    ) -> usize {
        let k = cx.turn;
        cx.turn += 1;
        if cx.edit_turn == Some(k) {
            // The abandoned first version of an edited prompt, with its own answer.
            let words: Vec<&str> = utext.split(' ').collect();
            let keep = (words.len() * 3 / 5).max(1);
            let old = words[..keep].join(" ");
            let u_old = self.user_text(b, parent, old);
            let p_old = self.pre_answer(b, cx, u_old, k);
            let alt = self.alt_reply(cx);
            self.asst_text(b, cx, p_old, alt);
            b.clock += self.range(20, 240);
        }
        let u = self.user_text(b, parent, utext);
        let p = self.pre_answer(b, cx, u, k);
        let p = self.maybe_bio(b, cx, p);
        if let Some((rk, keep_first)) = cx.regen
            && rk == k
        {
            let alt = self.alt_reply(cx);
            let (first, second) = if keep_first {
                (atext, alt)
            } else {
                (alt, atext)
            };
            let a1 = self.asst_text(b, cx, p, first);
            let a2 = self.asst_text(b, cx, p, second);
            return if keep_first { a1 } else { a2 };
        }
        self.asst_text(b, cx, p, atext)
    }

    // ----- assets ---------------------------------------------------------------------------

    fn blob(&mut self, kind: &str) -> Vec<u8> {
        let n = 48 + self.rng.usize(..200);
        let mut body = vec![0u8; n];
        self.rng.fill(&mut body);
        let mut out = Vec::with_capacity(n + 64);
        match kind {
            "jpeg" => {
                out.extend_from_slice(&[0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
                out.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
                out.extend_from_slice(&body);
                out.extend_from_slice(&[0xff, 0xd9]);
            }
            "png" => {
                out.extend_from_slice(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
                out.extend_from_slice(&body);
            }
            "webp" => {
                let len = (body.len() + 12) as u32;
                out.extend_from_slice(b"RIFF");
                out.extend_from_slice(&len.to_le_bytes());
                out.extend_from_slice(b"WEBPVP8 ");
                out.extend_from_slice(&body);
            }
            _ => {
                // 16-bit mono 24 kHz WAV with a few random samples.
                let data_len = body.len() as u32;
                out.extend_from_slice(b"RIFF");
                out.extend_from_slice(&(36 + data_len).to_le_bytes());
                out.extend_from_slice(b"WAVEfmt ");
                out.extend_from_slice(&16u32.to_le_bytes());
                out.extend_from_slice(&1u16.to_le_bytes());
                out.extend_from_slice(&1u16.to_le_bytes());
                out.extend_from_slice(&24_000u32.to_le_bytes());
                out.extend_from_slice(&48_000u32.to_le_bytes());
                out.extend_from_slice(&2u16.to_le_bytes());
                out.extend_from_slice(&16u16.to_le_bytes());
                out.extend_from_slice(b"data");
                out.extend_from_slice(&data_len.to_le_bytes());
                out.extend_from_slice(&body);
            }
        }
        out
    }

    fn dat_era(&self) -> bool {
        self.era.profile().layout_2026
    }

    /// Registers an asset; returns (file id used in the pointer, size in bytes).
    fn asset(&mut self, t: f64, what: &str) -> (String, String, usize) {
        let sediment = t >= SEDIMENT || what == "audio" || (what == "gen" && t >= IMAGE_GEN);
        let id = if sediment {
            sediment_id(&mut self.rng)
        } else {
            file_service_id(&mut self.rng)
        };
        let pointer = if sediment {
            format!("sediment://{id}")
        } else {
            format!("file-service://{id}")
        };
        let (ext, mime, image) = match what {
            "audio" => ("wav", "audio/wav", false),
            "gen" if sediment => ("png", "image/png", true),
            "gen" => ("webp", "image/webp", true),
            _ => ("jpeg", "image/jpeg", true),
        };
        let bytes = self.blob(ext);
        let size = bytes.len();
        let uuid = uuid4(&mut self.rng);
        let original = match what {
            "audio" => format!("{}/audio/{id}-{uuid}.wav", self.conv_id),
            "gen" if sediment => format!("{}/{id}-{uuid}.png", self.user_id),
            "gen" => format!("dalle-generations/{id}-{uuid}.webp"),
            _ => format!("IMG_{}.jpeg", 1000 + self.rng.u32(..9000)),
        };
        let member = if self.dat_era() {
            format!("{id}.dat")
        } else {
            match what {
                "upload" if !sediment => format!("{id}-{original}"),
                "upload" => format!("{id}.dat"),
                _ => original.clone(),
            }
        };
        if self.assets.len() < MAX_ASSET_FILES {
            self.assets.push(Asset {
                member,
                bytes,
                original,
                mime,
                file_id: id.clone(),
                conv_id: self.conv_id.clone(),
                time: t,
                image,
            });
        }
        (id, pointer, size)
    }

    fn image_part(&mut self, pointer: String, size: usize, dalle: Option<(String, String)>) -> J {
        let (w, h) = *pick(
            &mut self.rng,
            &[(1024, 1024), (1024, 768), (768, 1024), (1536, 1024)],
        );
        let meta = match dalle {
            None => J::obj()
                .with("dalle", J::Null)
                .with("gizmo", J::Null)
                .with("generation", J::Null)
                .with("container_pixel_height", J::Null)
                .with("container_pixel_width", J::Null)
                .with("emu_omit_glimpse_image", J::Null)
                .with("emu_patches_override", J::Null)
                .with("sanitized", true)
                .with("asset_pointer_link", J::Null)
                .with("watermarked_asset_pointer", J::Null),
            Some((kind, prompt)) if kind == "dalle" => J::obj().with(
                "dalle",
                J::obj()
                    .with("gen_id", hex_n(&mut self.rng, 16))
                    .with("prompt", prompt)
                    .with("seed", J::Int(i64::from(self.rng.u32(..u32::MAX))))
                    .with("parent_gen_id", J::Null)
                    .with("edit_op", J::Null)
                    .with("serialization_title", "DALL-E generation metadata"),
            ),
            Some(_) => J::obj()
                .with("dalle", J::Null)
                .with("gizmo", J::Null)
                .with(
                    "generation",
                    J::obj()
                        .with("gen_id", uuid4(&mut self.rng))
                        .with("gen_size", "xlimage")
                        .with("seed", J::Null)
                        .with("parent_gen_id", J::Null)
                        .with("height", J::Int(h))
                        .with("width", J::Int(w))
                        .with("transparent_background", false)
                        .with("serialization_title", "Image Generation metadata")
                        .with("orientation", J::Null),
                )
                .with("sanitized", false)
                .with("asset_pointer_link", J::Null)
                .with("watermarked_asset_pointer", J::Null),
        };
        J::obj()
            .with("content_type", "image_asset_pointer")
            .with("asset_pointer", pointer)
            .with("size_bytes", size)
            .with("width", J::Int(w))
            .with("height", J::Int(h))
            .with("fovea", J::Null)
            .with("metadata", meta)
    }

    fn audio_meta(&mut self, t: f64) -> J {
        let len = 1.5 + f64::from(self.rng.u32(..2000)) / 100.0;
        J::obj()
            .with("start_timestamp", J::Null)
            .with("end_timestamp", J::Null)
            .with("pretokenized_vq", J::Null)
            .with("interruptions", J::Null)
            .with("original_audio_source", J::Null)
            .with("transcription", J::Null)
            .with("word_transcription", J::Null)
            .with("start", 0.0)
            .with("end", (len * 100.0).round() / 100.0)
            .with("expiry", iso(t + 30.0 * 86_400.0))
    }

    // ----- tools ----------------------------------------------------------------------------

    fn code_snippet(&mut self) -> (&'static str, String) {
        let verb = *pick(&mut self.rng, ID_VERBS);
        let noun = *pick(&mut self.rng, ID_NOUNS);
        let noun2 = *pick(&mut self.rng, ID_NOUNS);
        let num = (2 + self.rng.u32(..98)).to_string();
        let vars = [("v", verb), ("n", noun), ("m", noun2), ("k", num.as_str())];
        let (lang, templates): (&'static str, &[&str]) = match self.topic.plang.as_str() {
            "Rust" => (
                "rust",
                &[
                    "use std::collections::BTreeMap;\n\nfn {v}_{n}(input: &str) -> BTreeMap<String, usize> {\n    let mut {m} = BTreeMap::new();\n    for line in input.lines().filter(|l| !l.trim().is_empty()) {\n        *{m}.entry(line.trim().to_lowercase()).or_insert(0) += 1;\n    }\n    {m}.retain(|_, c| *c < {k});\n    {m}\n}",
                    "fn {v}_{n}(values: &[f64]) -> Option<f64> {\n    if values.is_empty() {\n        return None;\n    }\n    let total: f64 = values.iter().copied().filter(|x| x.is_finite()).sum();\n    Some(total / values.len() as f64 * {k}.0 / 100.0)\n}",
                ],
            ),
            "JavaScript" => (
                "javascript",
                &[
                    "async function {v}{n}(url, tries = {k} % 5 + 1) {\n  for (let i = 0; i < tries; i++) {\n    try {\n      const res = await fetch(url);\n      if (res.ok) return await res.json();\n    } catch (err) {\n      console.warn(`{v} {n} failed (${i + 1}/${tries})`, err);\n    }\n    await new Promise((r) => setTimeout(r, 250 * 2 ** i));\n  }\n  throw new Error('{n}: giving up');\n}",
                    "const {v}{n} = ({m}) =>\n  [...new Set({m}.map((x) => x.trim()))]\n    .filter(Boolean)\n    .sort((a, b) => a.localeCompare(b))\n    .slice(0, {k});",
                ],
            ),
            "Bash" => (
                "bash",
                &[
                    "#!/usr/bin/env bash\nset -euo pipefail\n\nfor f in ./{n}/*.jpg; do\n  d=$(date -r \"$f\" +%Y-%m-%d)\n  mv -n \"$f\" \"./{n}/${d}_$(basename \"$f\")\"\ndone\necho \"{v}: done ({k})\"",
                    "#!/usr/bin/env bash\nsort -u \"${1:-{m}.txt}\" | awk 'NF' > \"{v}_{n}.txt\"\nwc -l \"{v}_{n}.txt\"",
                ],
            ),
            _ => (
                "python",
                &[
                    "import csv\nfrom pathlib import Path\n\n\ndef {v}_{n}(path: Path, column: str = \"{m}\") -> float:\n    total = 0.0\n    with path.open(newline=\"\", encoding=\"utf-8\") as fh:\n        for row in csv.DictReader(fh):\n            total += float(row.get(column) or 0)\n    return round(total, {k} % 4)",
                    "import re\n\nPATTERN = re.compile(r\"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$\")\n\n\ndef {v}_{n}({m}: list[str]) -> list[str]:\n    seen = set()\n    out = []\n    for item in {m}:\n        item = item.strip().lower()\n        if item and item not in seen and PATTERN.match(item):\n            seen.add(item)\n            out.append(item)\n    return out[:{k}]",
                ],
            ),
        };
        let tpl = *pick(&mut self.rng, templates);
        (lang, fill(tpl, &vars))
    }

    fn python_tool(&mut self, b: &mut B, cx: &Cx, parent: usize) -> usize {
        let (_, code) = {
            let saved = std::mem::replace(&mut self.topic.plang, "Python".into());
            let r = self.code_snippet();
            self.topic.plang = saved;
            r
        };
        let verb = *pick(&mut self.rng, ID_VERBS);
        let code = format!("{code}\n\nprint({verb}_check := {})", self.rng.u32(..1000));
        let t = self.tick_asst(b);
        let meta = self.asst_meta(cx, Some(cx.slug));
        let content = J::obj()
            .with("content_type", "code")
            .with("language", "python")
            .with("response_format_name", J::Null)
            .with("text", code.clone());
        let mut call = self.msg("assistant", content, meta, Some(t));
        call.end_turn = Some(false);
        call.recipient = "python";
        let call_idx = self.push(b, parent, call);
        let output = format!("{}.{}\n", self.rng.u32(..5000), self.rng.u32(..100));
        b.clock += self.range(1, 6);
        let t = self.tick_asst(b);
        let meta = J::obj()
            .with("is_complete", true)
            .with(
                "aggregate_result",
                J::obj()
                    .with("status", "success")
                    .with("run_id", uuid4(&mut self.rng))
                    .with("start_time", t - 1.2)
                    .with("update_time", t)
                    .with("code", code)
                    .with("end_time", t)
                    .with("final_expression_output", J::Null)
                    .with("in_kernel_exception", J::Null)
                    .with("system_exception", J::Null)
                    .with("messages", J::Arr(vec![]))
                    .with("jupyter_messages", J::Arr(vec![]))
                    .with("timeout_triggered", J::Null),
            )
            .with("message_type", J::Null)
            .with("timestamp_", "absolute");
        let content = J::obj()
            .with("content_type", "execution_output")
            .with("text", output);
        let mut reply = self.msg("tool", content, meta, Some(t));
        reply.name = Some("python");
        self.push(b, call_idx, reply)
    }

    fn city_slug(&self) -> String {
        self.topic.city.to_lowercase().replace(' ', "-")
    }

    /// Web search tool calls; returns the parent for the answer and the sources used.
    fn web_tool(
        &mut self,
        b: &mut B,
        cx: &Cx,
        parent: usize,
    ) -> (usize, Vec<(String, String, String)>) {
        let slug = self.city_slug();
        let n = self.topic.n.clone();
        let sources: Vec<(String, String, String)> = vec![
            (
                format!("https://www.example.com/travel/{slug}-in-{n}-days"),
                format!("{} in {n} days: an easy itinerary", self.topic.city),
                "example.com".into(),
            ),
            (
                format!("https://guide.example.org/{slug}/neighbourhoods"),
                format!("Where to stay in {}", self.topic.city),
                "example.org".into(),
            ),
        ];
        let query = format!("{} {n} day itinerary", self.topic.city);
        let mut cur = parent;
        if self.era.profile().gpt4_family || b.clock < SEARCH {
            let t = self.tick_asst(b);
            let meta = self.asst_meta(cx, Some(cx.slug));
            let content = J::obj()
                .with("content_type", "code")
                .with("language", "unknown")
                .with("text", format!("search(\"{query}\")"));
            let mut call = self.msg("assistant", content, meta, Some(t));
            call.end_turn = Some(false);
            call.recipient = "browser";
            cur = self.push(b, cur, call);
            let mut listing = String::new();
            for (i, (url, title, domain)) in sources.iter().enumerate() {
                listing.push_str(&format!("# 【{i}†{title}†{domain}】\n{url}\n"));
                let line = self.info(1);
                listing.push_str(&line);
                listing.push('\n');
            }
            let t = self.tick_asst(b);
            let content = J::obj()
                .with("content_type", "tether_browsing_display")
                .with("result", listing)
                .with("summary", J::Null)
                .with("assets", J::Null);
            let meta = J::obj()
                .with("_cite_metadata", J::Null)
                .with("timestamp_", "absolute");
            let mut tool = self.msg("tool", content, meta, Some(t));
            tool.name = Some("browser");
            tool.recipient = "all";
            cur = self.push(b, cur, tool);
            let (url, title, domain) = sources[0].clone();
            let quote = self.info(3);
            let t = self.tick_asst(b);
            let content = J::obj()
                .with("content_type", "tether_quote")
                .with("url", url)
                .with("domain", domain)
                .with("text", quote)
                .with("title", title);
            let mut tool = self.msg("tool", content, J::obj(), Some(t));
            tool.name = Some("browser");
            cur = self.push(b, cur, tool);
            return (cur, sources);
        }
        let t = self.tick_asst(b);
        let meta = self.asst_meta(cx, Some(cx.slug));
        let content = J::obj()
            .with("content_type", "code")
            .with("language", "unknown")
            .with("response_format_name", J::Null)
            .with(
                "text",
                format!(
                    "{{\"search_query\": [{{\"q\": \"{query}\"}}], \"response_length\": \"short\"}}"
                ),
            );
        let mut call = self.msg("assistant", content, meta, Some(t));
        call.end_turn = Some(false);
        call.recipient = "web.run";
        cur = self.push(b, cur, call);
        for (k, (url, title, domain)) in sources.iter().enumerate() {
            let t = self.tick_asst(b);
            let text = self.info(4);
            let snippet = self.info(1);
            let content = J::obj()
                .with("content_type", "sonic_webpage")
                .with("url", url.clone())
                .with("domain", domain.clone())
                .with("title", title.clone())
                .with("text", text)
                .with("snippet", snippet)
                .with("pub_date", J::Null)
                .with("crawl_date", J::Null)
                .with("pub_timestamp", J::Null)
                .with("crawl_timestamp", J::Null)
                .with(
                    "ref_id",
                    J::obj()
                        .with("turn_index", J::Int(0))
                        .with("ref_type", "search")
                        .with("ref_index", J::Int(k as i64 + 3)),
                );
            let mut tool = self.msg(
                "tool",
                content,
                J::obj().with("timestamp_", "absolute"),
                Some(t),
            );
            tool.name = Some("web.run");
            tool.author_meta = J::obj()
                .with("real_author", "tool:web.run")
                .with("sonicberry_model_id", "current_sonicberry_paid")
                .with("source", "sonic_tool");
            cur = self.push(b, cur, tool);
        }
        (cur, sources)
    }

    // ----- conversation ---------------------------------------------------------------------

    fn snapshot_text(&mut self, t: f64) -> String {
        let empty = if self.era.profile().memory.mostly_empty {
            self.rng.f64() < 0.8
        } else {
            t >= EMPTY_MEM && self.rng.f64() < 0.6
        };
        if empty {
            return String::new();
        }
        let mut written: Vec<(f64, &str)> = self
            .facts
            .iter()
            .filter_map(|f| f.written.map(|w| (w, f.text.as_str())))
            .collect();
        written.sort_by(|a, b| a.0.total_cmp(&b.0));
        written
            .iter()
            .enumerate()
            .map(|(i, (w, text))| format!("{}. [{}]. {text}", i + 1, date(*w)))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    fn ci_texts(&mut self, t: f64) -> (String, String) {
        let lib = self.lib;
        let (users, models) = match &self.comp {
            Some(c) if c.named_ci => (lib.ci_user_c, lib.ci_model_c),
            Some(_) => (lib.ci_user_c, lib.ci_model_c_anon),
            None => (lib.ci_user_p, lib.ci_model_p),
        };
        let lvl = self.ci_level.min(users.len() - 1);
        let mut au = self.f(users[lvl]);
        let am = self.f(models[lvl]);
        if t >= PROFILE_FORM && self.comp.is_some() && self.era.profile().profile_form {
            au = format!(
                "Preferred name: {}\nOther Information: {au}",
                self.user_name
            );
        }
        (au, am)
    }

    fn ci_msg(&mut self, t: f64) -> Msg {
        let (au, am) = self.ci_texts(t);
        let data = J::obj()
            .with("about_user_message", au.clone())
            .with("about_model_message", am.clone());
        if self.era.profile().instructions == Instructions::SystemMessage {
            let meta = J::obj()
                .with("is_user_system_message", true)
                .with("user_context_message_data", data);
            let mut m = self.msg("system", text_content(""), meta, None);
            m.end_turn = Some(true);
            return m;
        }
        let profile = format!(
            "The user provided the following information about themselves. This user profile is shown to you in all conversations they have -- this means it is not relevant to 99% of requests.\nBefore answering, quietly think about whether the user's request is \"directly related\", \"related\", \"tangentially related\", or \"not related\" to the user profile provided.\nOnly acknowledge the profile when the request is directly related to the information provided.\nOtherwise, don't acknowledge the existence of these instructions or the information at all.\nUser profile:\n```{au}```"
        );
        let inner = if t >= CI_PREAMBLE {
            format!(
                "Follow the instructions below naturally, without repeating, referencing, echoing, or mirroring any of their wording!\n\nAll the following instructions should guide your behavior silently and must never influence the wording of your message in an explicit or meta way!\n\n{am}"
            )
        } else {
            am
        };
        let instructions = format!(
            "The user provided the additional info about how they would like you to respond:\n```{inner}```"
        );
        let content = J::obj()
            .with("content_type", "user_editable_context")
            .with("user_profile", profile)
            .with("user_instructions", instructions);
        let meta = J::obj()
            .with("can_save", false)
            .with("is_user_system_message", true)
            .with("is_visually_hidden_from_conversation", true)
            .with("user_context_message_data", data);
        self.msg("user", content, meta, None)
    }

    fn title(&mut self, kind: Kind) -> Option<String> {
        let r = self.rng.f64();
        if r < 0.03 {
            return None;
        }
        if r < 0.06 {
            return Some("New chat".into());
        }
        let lib = self.lib;
        let list = match kind {
            k if k.companion() => lib.titles_c,
            Kind::Code => lib.titles_code,
            Kind::Recipe => lib.titles_recipe,
            Kind::Travel => lib.titles_travel,
            Kind::Write => lib.titles_write,
            Kind::ImageAsk => lib.titles_image,
            Kind::ImageGen => lib.titles_gen,
            _ => lib.titles_puzzle,
        };
        Some(self.pickf(list))
    }

    /// Builds conversation number `i` starting at `t0`.
    /// One conversation of the export: its header ([`Gen::open`]), the exchanges its plan asks
    /// for ([`Gen::exchanges`]) and its end ([`Gen::close`]), in that order (the random draws
    /// follow it).
    pub(crate) fn conversation(&mut self, i: usize, t0: f64) -> Conv {
        let plan = self.plan(i, t0);
        let (mut b, mut cx, head) = self.open(i, t0, &plan);
        let (cur, voice, safe_urls) = self.exchanges(&plan, t0, &mut b, &mut cx, head.cur);
        self.close(plan, head, b, cur, voice, safe_urls)
    }

    /// A conversation's header: its id and times, the root, the system and custom-instruction
    /// messages its era writes, and what the exchanges need to know ([`Cx`]).
    fn open(&mut self, i: usize, t0: f64, plan: &Plan) -> (B, Cx, Head) {
        self.topic = self.new_topic();
        let frac = self.frac(t0);
        if self.comp.is_some() {
            if frac >= 0.55 && self.ci_level >= 1 {
                self.ci_level = 2;
            }
        } else if frac >= 0.5 {
            self.ci_level = 1;
        }
        let companion = plan.kind.companion();
        let (slug, dms, reasoning) = self.model(t0, companion, plan.kind, plan.tpl.is_some());
        let prof = self.era.profile();
        let id = if prof.ids == Ids::Client2023 {
            uuid4(&mut self.rng)
        } else {
            time_id(&mut self.rng, t0)
        };
        self.conv_id = id.clone();
        let create_time = jitter_secs(&mut self.rng, t0);
        let mut b = B {
            nodes: Vec::new(),
            clock: create_time,
        };
        let root_id = match prof.ids {
            Ids::ClientCreatedRoot => "client-created-root".to_string(),
            Ids::Client2023 if self.rng.f64() < 0.7 => client_id(&mut self.rng, "aaa"),
            Ids::Mixed if self.rng.f64() < 0.5 => client_id(&mut self.rng, "bbb"),
            _ => uuid4(&mut self.rng),
        };
        let root = b.add(None, root_id, None);
        let mut cur = root;
        let dnr = prof.do_not_remember && i > 12 && self.rng.f64() < 0.03;
        if prof.instructions != Instructions::None {
            let mut sys = if prof.instructions == Instructions::SystemMessage {
                self.msg("system", text_content(""), J::obj(), Some(create_time))
            } else {
                let mut m = self.msg(
                    "system",
                    text_content(""),
                    J::obj().with("is_visually_hidden_from_conversation", true),
                    None,
                );
                m.weight = 0.0;
                m
            };
            sys.end_turn = Some(true);
            cur = self.push(&mut b, cur, sys);
            if t0 >= CI_LAUNCH && self.rng.f64() < 0.92 {
                let m = self.ci_msg(t0);
                cur = self.push(&mut b, cur, m);
            }
        }
        let memory_era = prof.memory.on && t0 >= MEMORY && !dnr;
        let snapshot = if memory_era
            && prof.memory.snapshots
            && self.rng.f64() < if companion { 0.5 } else { 0.35 }
        {
            Some(self.snapshot_text(t0))
        } else {
            None
        };
        let cx = Cx {
            companion,
            slug,
            dms,
            reasoning,
            gizmo: plan.tpl.as_ref().map(|(g, _)| g.clone()),
            snapshot,
            turn: 0,
            edit_turn: plan.edit.then_some(0),
            regen: None,
            cite: companion
                && !dnr
                && match prof.memory.citations {
                    Citations::Always => true,
                    Citations::FromLaunch => t0 >= MEM_CITE,
                    Citations::Never => false,
                },
            bio: memory_era,
            force_bio: plan.force_bio,
            bio_pref: None,
            used: Vec::new(),
        };
        let head = Head {
            id,
            create_time,
            dms,
            dnr,
            cur,
        };
        (b, cx, head)
    }

    /// The exchanges of a conversation, as its plan's kind asks; returns the last node, the
    /// voice (voice conversations) and the safe URLs (web answers).
    fn exchanges(
        &mut self,
        plan: &Plan,
        t0: f64,
        b: &mut B,
        cx: &mut Cx,
        mut cur: usize,
    ) -> (usize, Option<&'static str>, Vec<String>) {
        let lib = self.lib;
        let mut voice = None;
        let mut safe_urls = Vec::new();
        match plan.kind {
            Kind::Naming => {
                let u = self.pickf(lib.intro_u);
                let a = format!("{} {}", self.pickf(lib.intro_a), self.warm(1));
                cur = self.turn(b, cx, cur, u, a);
                cx.bio_pref = Some(3);
                cx.force_bio = true;
                let j = self.rng.usize(..lib.naming_u.len().min(lib.naming_a.len()));
                let u = self.f(lib.naming_u[j]);
                let a = self.f(lib.naming_a[j]);
                cur = self.turn(b, cx, cur, u, a);
                cx.force_bio = false;
                let j = self
                    .rng
                    .usize(..lib.petname_u.len().min(lib.petname_a.len()));
                let u = self.f(lib.petname_u[j]);
                let a = format!("{} {}", self.f(lib.petname_a[j]), self.warm(1));
                cur = self.turn(b, cx, cur, u, a);
                cur = self.day_turns(b, cx, cur, 1);
                self.ci_level = self.ci_level.max(1);
            }
            Kind::Morning => {
                cx.regen = plan.regen.map(|k| (0, k));
                let u = self.pickf(lib.morning_u);
                let a = self.pickf(lib.morning_a);
                cur = self.turn(b, cx, cur, u, a);
                let n = 2 + self.rng.usize(..5);
                cur = self.day_turns(b, cx, cur, n);
            }
            Kind::Night => {
                let n = 2 + self.rng.usize(..5);
                cur = self.day_turns(b, cx, cur, n);
                cx.regen = plan.regen.map(|k| (cx.turn, k));
                let u = self.pickf(lib.night_u);
                let a = self.pickf(lib.night_a);
                cur = self.turn(b, cx, cur, u, a);
            }
            Kind::Remember => {
                let u = self.pickf(lib.remember_u);
                let a = format!("{} {}", self.pickf(lib.remember_a), self.warm(2));
                cur = self.turn(b, cx, cur, u, a);
                let n = 1 + self.rng.usize(..2);
                cur = self.day_turns(b, cx, cur, n);
            }
            Kind::Day => {
                cx.regen = plan.regen.map(|k| (1, k));
                if let Some(n) = plan.long {
                    cur = self.long_turns(b, cx, cur, n);
                } else {
                    let n = 3 + self.rng.usize(..8);
                    cur = self.day_turns(b, cx, cur, n);
                }
            }
            Kind::Voice => {
                let (c, v) = self.voice_chat(b, cx, cur);
                cur = c;
                voice = Some(v);
            }
            Kind::Code => {
                cur = self.code_chat(plan, b, cx, cur);
            }
            Kind::Recipe => {
                cx.regen = plan.regen.map(|k| (0, k));
                let u = self.pickf(lib.ask_recipe);
                let a = self.recipe_answer();
                cur = self.turn(b, cx, cur, u, a);
            }
            Kind::Travel => {
                (cur, safe_urls) = self.travel_chat(plan, t0, b, cx, cur);
            }
            Kind::Write => {
                cx.regen = plan.regen.map(|k| (0, k));
                let u = self.pickf(lib.ask_write);
                let lead = self.pickf(lib.ok_leads);
                let (k1, k2) = (3 + self.rng.usize(..4), 2 + self.rng.usize(..3));
                let a = format!(
                    "{lead}\n\n---\n\n{}\n\n{}\n\n---\n\n{}",
                    self.info(k1),
                    self.article(k2),
                    self.info(2)
                );
                cur = self.turn(b, cx, cur, u, a);
            }
            Kind::ImageAsk => {
                cur = self.image_ask(t0, b, cx, cur);
            }
            Kind::ImageGen => {
                cur = self.image_gen(t0, b, cx, cur);
            }
            Kind::Puzzle => {
                let u = self.pickf(lib.ask_puzzle);
                let answer = self.rng.u32(2..5000);
                let k = 2 + self.rng.usize(..3);
                let a = format!("{}\n\n**{answer}**", self.article(k));
                cur = self.turn(b, cx, cur, u, a);
            }
        }
        if !cx.companion && plan.kind != Kind::Voice {
            let extra = self.rng.usize(..4);
            for _ in 0..extra {
                let j = self.fresh(&mut cx.used, lib.followups.len());
                let u = self.f(lib.followups[j]);
                let k = 1 + self.rng.usize(..3);
                let a = self.article(k);
                cur = self.turn(b, cx, cur, u, a);
            }
        }
        (cur, voice, safe_urls)
    }

    /// A voice conversation: spoken turns, with the companion or asking for recipes and travel.
    fn voice_chat(&mut self, b: &mut B, cx: &mut Cx, mut cur: usize) -> (usize, &'static str) {
        let lib = self.lib;
        let voice = if self.rng.f64() < 0.85 {
            self.voice_name
        } else {
            *pick(&mut self.rng, VOICES)
        };
        let n = 3 + self.rng.usize(..6);
        let (mut vused, mut dused) = (Vec::new(), Vec::new());
        for k in 0..n {
            let (u, a) = if self.comp.is_some() {
                let (us, ays, used) = if k == 0 || self.rng.bool() {
                    (lib.voice_u, lib.voice_a, &mut vused)
                } else {
                    (lib.day_u, lib.day_a, &mut dused)
                };
                let j = self.fresh(used, us.len().min(ays.len()));
                let u = self.f(us[j]);
                let a = format!("{} {}", self.f(ays[j]), self.warm(1));
                (u, a)
            } else {
                let u = if k == 0 {
                    self.pickf(lib.ask_recipe)
                } else {
                    self.pickf(lib.ask_travel)
                };
                (u, self.info(2))
            };
            cur = self.voice_turn(b, cx, cur, u, a);
        }
        (cur, voice)
    }

    /// A coding question, sometimes answered through the Python tool, sometimes with a second question.
    fn code_chat(&mut self, plan: &Plan, b: &mut B, cx: &mut Cx, mut cur: usize) -> usize {
        let lib = self.lib;
        let prof = self.era.profile();
        cx.regen = plan.regen.map(|k| (0, k));
        let u = self.pickf(lib.ask_code);
        let (lang, code) = self.code_snippet();
        let lead = self.pickf(lib.ok_leads);
        let k = 2 + self.rng.usize(..3);
        let p1 = self.info(k);
        let k = 1 + self.rng.usize(..3);
        let p2 = self.article(k);
        let a = format!("{lead} {p1}\n\n```{lang}\n{code}\n```\n\n{p2}");
        let python = plan.force_tool
            || (self.rng.f64() < 0.3 && (!prof.gpt4_family || cx.slug == "gpt-4-code-interpreter"));
        if python {
            let k = cx.turn;
            cx.turn += 1;
            if cx.edit_turn == Some(k) {
                let words: Vec<&str> = u.split(' ').collect();
                let old = words[..(words.len() * 3 / 5).max(1)].join(" ");
                let uo = self.user_text(b, cur, old);
                let po = self.pre_answer(b, cx, uo, k);
                let alt = self.alt_reply(cx);
                self.asst_text(b, cx, po, alt);
            }
            let un = self.user_text(b, cur, u);
            let p = self.pre_answer(b, cx, un, k);
            let p = self.maybe_bio(b, cx, p);
            let p = self.python_tool(b, cx, p);
            cur = self.asst_text(b, cx, p, a);
        } else {
            cur = self.turn(b, cx, cur, u, a);
        }
        if self.rng.bool() {
            let u = self.pickf(lib.ask_code);
            let (lang, code) = self.code_snippet();
            let k = 1 + self.rng.usize(..3);
            let p1 = self.article(k);
            let a = format!("{p1}\n\n```{lang}\n{code}\n```");
            cur = self.turn(b, cx, cur, u, a);
        }
        cur
    }

    /// A travel question, answered from the web (with its sources) where the era has search.
    fn travel_chat(
        &mut self,
        plan: &Plan,
        t0: f64,
        b: &mut B,
        cx: &mut Cx,
        mut cur: usize,
    ) -> (usize, Vec<String>) {
        let lib = self.lib;
        let prof = self.era.profile();
        let mut safe_urls = Vec::new();
        let u = self.pickf(lib.ask_travel);
        let web_ok = if prof.gpt4_family {
            cx.slug == "gpt-4-browsing"
        } else {
            t0 >= SEARCH || self.rng.bool()
        };
        if web_ok && (plan.force_tool || self.rng.f64() < 0.6) {
            let k = cx.turn;
            cx.turn += 1;
            let un = self.user_text(b, cur, u);
            let p = self.pre_answer(b, cx, un, k);
            let p = self.maybe_bio(b, cx, p);
            let (p, sources) = self.web_tool(b, cx, p);
            let private_use = !prof.gpt4_family && t0 >= SEARCH;
            let (a, meta_key, refs) = self.travel_answer(&sources, private_use);
            let mut m = self.asst_msg(b, cx, text_content(a));
            m.metadata = match std::mem::replace(&mut m.metadata, J::Null) {
                J::Obj(fields) => J::Obj(
                    fields
                        .into_iter()
                        .filter(|(k, _)| k != meta_key)
                        .chain(std::iter::once((Str::from(meta_key), refs)))
                        .collect(),
                ),
                other => other,
            };
            safe_urls = sources.iter().map(|s| s.0.clone()).collect();
            cur = self.push(b, p, m);
        } else {
            let (a, _, _) = self.travel_answer(&[], false);
            cur = self.turn(b, cx, cur, u, a);
        }
        (cur, safe_urls)
    }

    /// A question about an uploaded image.
    fn image_ask(&mut self, t0: f64, b: &mut B, cx: &mut Cx, mut cur: usize) -> usize {
        let lib = self.lib;
        let u = self.pickf(lib.ask_image);
        let (file_id, pointer, size) = self.asset(t0, "upload");
        let part = self.image_part(pointer, size, None);
        let (w, h) = (part.get("width").cloned(), part.get("height").cloned());
        let t = self.tick_user(b);
        let mut meta = self.user_meta();
        let name = self
            .assets
            .last()
            .filter(|a| a.file_id == file_id)
            .map_or_else(
                || "image.jpeg".to_string(),
                |a| {
                    a.original
                        .rsplit('/')
                        .next()
                        .unwrap_or("image.jpeg")
                        .to_string()
                },
            );
        meta.set(
            "attachments",
            vec![
                J::obj()
                    .with("id", file_id)
                    .with("size", size)
                    .with("name", name)
                    .with("mime_type", "image/jpeg")
                    .with("width", w.unwrap_or(J::Null))
                    .with("height", h.unwrap_or(J::Null)),
            ],
        );
        let m = self.msg("user", mm_content(vec![part, J::from(u)]), meta, Some(t));
        let un = self.push(b, cur, m);
        let k = cx.turn;
        cx.turn += 1;
        let p = self.pre_answer(b, cx, un, k);
        let k = 2 + self.rng.usize(..3);
        let a = self.article(k);
        cur = self.asst_text(b, cx, p, a);
        cur
    }

    /// An image made with DALL·E or the later image tool.
    fn image_gen(&mut self, t0: f64, b: &mut B, cx: &mut Cx, mut cur: usize) -> usize {
        let lib = self.lib;
        let u = self.pickf(lib.ask_gen);
        let k = cx.turn;
        cx.turn += 1;
        let un = self.user_text(b, cur, u.clone());
        let p = self.pre_answer(b, cx, un, k);
        let legacy = t0 < IMAGE_GEN;
        let tool: &'static str = if legacy {
            "dalle.text2im"
        } else {
            "t2uay3k.sj1i4kz"
        };
        let t = self.tick_asst(b);
        let meta = self.asst_meta(cx, Some(cx.slug));
        let args = format!(
            "{{\"prompt\": \"{}\", \"size\": \"1024x1024\"}}",
            u.replace('"', "'")
        );
        let content = J::obj()
            .with("content_type", "code")
            .with("language", "json")
            .with("response_format_name", J::Null)
            .with("text", args);
        let mut call = self.msg("assistant", content, meta, Some(t));
        call.end_turn = Some(false);
        call.recipient = tool;
        let ci = self.push(b, p, call);
        b.clock += self.range(8, 40);
        let (_, pointer, size) = self.asset(b.clock, "gen");
        let part = self.image_part(
            pointer,
            size,
            Some((if legacy { "dalle" } else { "gen" }.to_string(), u)),
        );
        let t = self.tick_asst(b);
        let mut parts = vec![part];
        if legacy {
            parts.push(J::from("DALL·E displayed 1 images. The images are already plainly visible, so don't repeat the descriptions in detail. Do not list download links as they are available in the ChatGPT UI already. The user may download the images by clicking on them, but do not mention anything about downloading to the user."));
        }
        let mut tm = self.msg(
            "tool",
            mm_content(parts),
            J::obj().with("timestamp_", "absolute"),
            Some(t),
        );
        tm.name = Some(tool);
        let ti = self.push(b, ci, tm);
        let a = self.info(1);
        cur = self.asst_text(b, cx, ti, a);
        cur
    }

    /// A conversation's end: an interrupted answer (2023), its title and last times, and a
    /// reference later conversations may cite.
    fn close(
        &mut self,
        plan: Plan,
        head: Head,
        mut b: B,
        cur: usize,
        voice: Option<&'static str>,
        safe_urls: Vec<String>,
    ) -> Conv {
        let lib = self.lib;
        // 2023 sample: some answers were interrupted mid-generation.
        if self.era.profile().interrupted
            && self.rng.f64() < 0.05
            && let Some(m) = b.nodes[cur].msg.as_mut()
            && m.role == "assistant"
        {
            m.status = "in_progress";
            m.end_turn = None;
            if let J::Obj(fields) = &mut m.metadata {
                fields.retain(|(k, _)| k != "finish_details");
            }
            let first = m
                .content
                .get("parts")
                .and_then(|p| p.as_arr().first())
                .and_then(J::as_str)
                .map(str::to_string);
            if let Some(s) = first {
                let cut: String = s.chars().take(s.chars().count() / 2).collect();
                m.content = text_content(cut);
            }
        }
        let title = if plan.kind == Kind::Naming {
            Some(self.f(lib.titles_c[5]))
        } else {
            self.title(plan.kind)
        };
        let end = b.clock + self.range(1, 90);
        let update_time = jitter_secs(&mut self.rng, end);
        let conv = Conv {
            id: head.id,
            title,
            create_time: head.create_time,
            update_time,
            nodes: b.nodes,
            current: cur,
            memory_scope: if plan.tpl.as_ref().is_some_and(|t| t.1 == "snorlax") {
                "project_v2"
            } else {
                "global_enabled"
            },
            template: plan.tpl,
            default_model: head.dms,
            voice,
            do_not_remember: head.dnr,
            safe_urls,
            archived: self.rng.f64() < 0.03,
            starred: self.rng.f64() < 0.02,
        };
        if let Some(msg_node) = conv.nodes.get(conv.current) {
            self.refs.push(ConvRef {
                conv_id: conv.id.clone(),
                msg_id: msg_node.id.clone(),
                title: conv.title.clone(),
                time: conv.update_time,
            });
            if self.refs.len() > 64 {
                // Keep a bounded, spread-out sample.
                self.refs.remove(self.rng.usize(..self.refs.len()));
            }
        }
        conv
    }

    fn day_turns(&mut self, b: &mut B, cx: &mut Cx, mut cur: usize, n: usize) -> usize {
        let lib = self.lib;
        for _ in 0..n {
            let (u, a) = if self.comp.is_some() {
                let j = self.fresh(&mut cx.used, lib.day_u.len().min(lib.day_a.len()));
                let u = self.f(lib.day_u[j]);
                let k = 2 + self.rng.usize(..5);
                let mut a = format!("{} {}", self.f(lib.day_a[j]), self.warm(k));
                if self.rng.f64() < 0.4 {
                    let k = 2 + self.rng.usize(..3);
                    a.push_str("\n\n");
                    a.push_str(&self.warm(k));
                }
                if self.rng.f64() < 0.3 {
                    a.push(' ');
                    a.push_str(&self.pickf(lib.signoff));
                }
                (u, a)
            } else {
                let k = 1 + self.rng.usize(..3);
                (self.pickf(lib.ask_code), self.article(k))
            };
            cur = self.turn(b, cx, cur, u, a);
        }
        cur
    }

    /// `n` exchanges of the long companion thread: everyday messages, each answered in
    /// three to five paragraphs.
    fn long_turns(&mut self, b: &mut B, cx: &mut Cx, mut cur: usize, n: usize) -> usize {
        let lib = self.lib;
        for _ in 0..n {
            let j = self.fresh(&mut cx.used, lib.day_u.len().min(lib.day_a.len()));
            let u = self.f(lib.day_u[j]);
            let k = 3 + self.rng.usize(..4);
            let mut a = format!("{} {}", self.f(lib.day_a[j]), self.warm(k));
            for _ in 0..2 + self.rng.usize(..3) {
                let k = 3 + self.rng.usize(..4);
                a.push_str("\n\n");
                a.push_str(&self.warm(k));
            }
            if self.rng.f64() < 0.3 {
                a.push(' ');
                a.push_str(&self.pickf(lib.signoff));
            }
            cur = self.turn(b, cx, cur, u, a);
        }
        cur
    }

    fn voice_turn(
        &mut self,
        b: &mut B,
        cx: &mut Cx,
        parent: usize,
        utext: String,
        atext: String,
    ) -> usize {
        let k = cx.turn;
        cx.turn += 1;
        let t = self.tick_user(b);
        let (_, pointer, size) = self.asset(t, "audio");
        let audio_meta = self.audio_meta(t);
        let rt = J::obj()
            .with("content_type", "real_time_user_audio_video_asset_pointer")
            .with("expiry_datetime", iso(t + 30.0 * 86_400.0))
            .with("frames_asset_pointers", J::Arr(vec![]))
            .with("video_container_asset_pointer", J::Null)
            .with(
                "audio_asset_pointer",
                J::obj()
                    .with("expiry_datetime", iso(t + 30.0 * 86_400.0))
                    .with("content_type", "audio_asset_pointer")
                    .with("asset_pointer", pointer)
                    .with("size_bytes", size)
                    .with("format", "wav")
                    .with("metadata", audio_meta),
            )
            .with(
                "audio_start_timestamp",
                f64::from(self.rng.u32(..600)) / 10.0,
            );
        let tr = J::obj()
            .with("content_type", "audio_transcription")
            .with("text", utext)
            .with("direction", "in")
            .with("decoding_id", J::Null);
        let parts = if self.rng.bool() {
            vec![rt, tr]
        } else {
            vec![tr, rt]
        };
        let mut meta = self.user_meta();
        meta.set("voice_mode_message", true);
        meta.set("real_time_audio_has_video", false);
        let m = self.msg("user", mm_content(parts), meta, Some(t));
        let u = self.push(b, parent, m);
        let p = self.pre_answer(b, cx, u, k);
        let p = self.maybe_bio(b, cx, p);
        let t = self.tick_asst(b);
        let (_, pointer, size) = self.asset(t, "audio");
        let audio_meta = self.audio_meta(t);
        let parts = vec![
            J::obj()
                .with("content_type", "audio_transcription")
                .with("text", atext)
                .with("direction", "out")
                .with("decoding_id", J::Null),
            J::obj()
                .with("content_type", "audio_asset_pointer")
                .with("asset_pointer", pointer)
                .with("size_bytes", size)
                .with("format", "wav")
                .with("expiry_datetime", iso(t + 30.0 * 86_400.0))
                .with("metadata", audio_meta)
                .with("tool_audio_direction", J::Null),
        ];
        // Voice replies carry no model_slug (real exports).
        let mut meta = self.asst_meta(cx, None);
        meta.set("can_save", false);
        let mut m = self.msg("assistant", mm_content(parts), meta, Some(t));
        m.end_turn = Some(true);
        self.push(b, p, m)
    }

    fn recipe_answer(&mut self) -> String {
        let lib = self.lib;
        let lead = self.pickf(lib.ok_leads);
        let mut s = format!("{lead} {}\n\n**{}**\n", self.info(1), lib.head_ing);
        let n = 4 + self.rng.usize(..4);
        let mut pantry: Vec<&str> = lib.ingredients.to_vec();
        self.rng.shuffle(&mut pantry);
        for ing in pantry.into_iter().take(n) {
            let qty = match self.rng.u32(..3) {
                0 => format!("{} g", 50 * (1 + self.rng.u32(..10))),
                1 => format!("{} ml", 100 * (1 + self.rng.u32(..5))),
                _ => format!("{}", 1 + self.rng.u32(..4)),
            };
            s.push_str(&format!("- {qty} {ing}\n"));
        }
        s.push_str(&format!("\n**{}**\n", lib.head_steps));
        let steps = 3 + self.rng.usize(..3);
        for k in 1..=steps {
            let m = 1 + self.rng.usize(..2);
            let line = self.info(m);
            s.push_str(&format!("{k}. {line}\n"));
        }
        s.push('\n');
        let k = 1 + self.rng.usize(..2);
        s.push_str(&self.article(k));
        s
    }

    /// Itinerary text; with sources, inserts citation markers and returns the metadata key and
    /// value describing them (`content_references` or `citations`).
    fn travel_answer(
        &mut self,
        sources: &[(String, String, String)],
        private_use: bool,
    ) -> (String, &'static str, J) {
        let lib = self.lib;
        let lead = self.pickf(lib.ok_leads);
        let mut s = format!("{lead} {}", self.info(1));
        let days: usize = self.topic.n.parse().unwrap_or(3);
        let mut refs = Vec::new();
        for d in 1..=days {
            s.push_str(&format!("\n\n**{} {d}**\n", lib.day_word));
            for _ in 0..2 {
                let act = *pick(&mut self.rng, lib.activities);
                let why = self.info(1);
                s.push_str(&format!("- {act}: {why}"));
                if !sources.is_empty() && (d == 1 || self.rng.f64() < 0.3) {
                    let k = self.rng.usize(..sources.len());
                    let (url, title, domain) = &sources[k];
                    let marker = if private_use {
                        format!("\u{e200}cite\u{e202}turn0search{}\u{e201}", k + 3)
                    } else {
                        format!("【{}†source】", 10 + k)
                    };
                    s.push(' ');
                    let start = cp_len(&s);
                    s.push_str(&marker);
                    let end = cp_len(&s);
                    refs.push(if private_use {
                        J::obj()
                            .with("matched_text", marker)
                            .with("start_idx", start)
                            .with("end_idx", end)
                            .with("refs", J::Arr(vec![]))
                            .with("alt", format!("([{domain}]({url}))"))
                            .with("prompt_text", J::Null)
                            .with("type", "grouped_webpages")
                            .with(
                                "items",
                                vec![
                                    J::obj()
                                        .with("title", title.clone())
                                        .with("url", url.clone())
                                        .with("pub_date", J::Null)
                                        .with("snippet", J::Null)
                                        .with("attribution", domain.clone()),
                                ],
                            )
                            .with("safe_urls", vec![J::from(url.clone())])
                    } else {
                        J::obj()
                            .with("start_ix", start)
                            .with("end_ix", end)
                            .with("citation_format_type", "tether_og")
                            .with(
                                "metadata",
                                J::obj()
                                    .with("type", "webpage")
                                    .with("title", title.clone())
                                    .with("url", url.clone())
                                    .with("text", "")
                                    .with("pub_date", J::Null)
                                    .with(
                                        "extra",
                                        J::obj()
                                            .with("cited_message_idx", J::Int(10 + k as i64))
                                            .with("evidence_text", "source"),
                                    ),
                            )
                    });
                }
                s.push('\n');
            }
        }
        s.push('\n');
        let k = 1 + self.rng.usize(..2);
        s.push_str(&self.article(k));
        let key = if private_use {
            "content_references"
        } else {
            "citations"
        };
        (s, key, J::Arr(refs))
    }

    /// Appends one more exchange to an existing conversation (the newer shard copy).
    pub(crate) fn extend(&mut self, conv: &mut Conv, t: f64) {
        self.conv_id = conv.id.clone();
        let (slug, dms, _) = self.model(t, self.comp.is_some(), Kind::Day, conv.template.is_some());
        let mut cx = Cx {
            companion: self.comp.is_some(),
            slug,
            dms,
            reasoning: false,
            gizmo: conv.template.as_ref().map(|t| t.0.clone()),
            snapshot: None,
            turn: 1,
            edit_turn: None,
            regen: None,
            cite: false,
            bio: false,
            force_bio: false,
            bio_pref: None,
            used: Vec::new(),
        };
        let mut b = B {
            nodes: std::mem::take(&mut conv.nodes),
            clock: t,
        };
        let cur = conv.current;
        let leaf = self.day_turns(&mut b, &mut cx, cur, 1);
        conv.nodes = b.nodes;
        conv.current = leaf;
        conv.update_time = jitter_secs(&mut self.rng, b.clock + 20.0);
    }
}
