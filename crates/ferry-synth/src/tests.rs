//! Generator tests: shapes per era, determinism, and Truth against an independent recount.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::*;

fn spec(era: Era, seed: u64, companion: Option<Persona>) -> SynthSpec {
    SynthSpec {
        era,
        seed,
        conversations: 16,
        companion,
        target_json_bytes: None,
        shards: 3,
    }
}

fn read_zip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).unwrap();
        out.insert(f.name().unwrap().to_string(), buf);
    }
    out
}

fn conversation_files(members: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    if members.contains_key("conversations.json") {
        return vec!["conversations.json".into()];
    }
    let mut shards: Vec<String> = members
        .keys()
        .filter(|n| {
            n.strip_prefix("conversations-")
                .and_then(|r| r.strip_suffix(".json"))
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        })
        .cloned()
        .collect();
    shards.sort();
    shards
}

/// Reader-independent recount of everything [`Truth`] claims.
fn recount(members: &BTreeMap<String, Vec<u8>>) -> Truth {
    let mut convs: BTreeMap<String, Value> = BTreeMap::new();
    let mut bytes = 0u64;
    for name in conversation_files(members) {
        let raw = &members[&name];
        bytes += raw.len() as u64;
        let arr: Vec<Value> = serde_json::from_slice(raw)
            .unwrap_or_else(|e| panic!("{name} is not a JSON array: {e}"));
        for c in arr {
            let id = c["id"].as_str().unwrap().to_string();
            let newer = convs
                .get(&id)
                .is_none_or(|old| c["update_time"].as_f64() > old["update_time"].as_f64());
            if newer {
                convs.insert(id, c);
            }
        }
    }
    let mut t = Truth {
        conversations: convs.len(),
        conversation_json_bytes: bytes,
        first_time: f64::INFINITY,
        last_time: f64::NEG_INFINITY,
        ..Truth::default()
    };
    let mut ci = BTreeSet::new();
    for c in convs.values() {
        let mapping = c["mapping"].as_object().unwrap();
        for node in mapping.values() {
            let m = &node["message"];
            if m.is_null() {
                continue;
            }
            let role = m["author"]["role"].as_str().unwrap().to_string();
            let is_bio_tool = role == "tool" && m["author"]["name"] == "bio";
            *t.messages_by_role.entry(role).or_default() += 1;
            let md = &m["metadata"];
            if md["is_user_system_message"] == Value::Bool(true) {
                let d = &md["user_context_message_data"];
                let f = |k: &str| d[k].as_str().unwrap_or("").to_string();
                ci.insert((f("about_user_message"), f("about_model_message")));
            }
            if m["content"]["content_type"] == "model_editable_context" {
                t.memory_snapshots += 1;
            }
            if is_bio_tool {
                t.memory_writes += 1;
            }
            t.memory_citations += md["conversation_context_citation_metadata"]
                .as_array()
                .map_or(0, Vec::len);
            let parts = m["content"]["parts"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            if parts
                .iter()
                .any(|p| p["content_type"] == "audio_transcription")
            {
                t.voice_messages += 1;
            }
            t.attachments += parts
                .iter()
                .filter(|p| p["content_type"] == "image_asset_pointer")
                .count();
        }
        let mut cur = c["current_node"].as_str().map(str::to_string);
        let mut guard = 0;
        while let Some(id) = cur {
            let node = &mapping[&id];
            if !node["message"].is_null() {
                t.thread_messages += 1;
            }
            cur = node["parent"].as_str().map(str::to_string);
            guard += 1;
            assert!(guard <= mapping.len(), "cycle in {}", c["id"]);
        }
        if let Some(tpl) = c["conversation_template_id"].as_str() {
            *t.gizmo_conversations.entry(tpl.to_string()).or_default() += 1;
        }
        let ct = c["create_time"].as_f64().unwrap();
        t.first_time = t.first_time.min(ct);
        t.last_time = t.last_time.max(ct);
    }
    t.custom_instruction_versions = ci.len();
    t
}

/// Fails on the first object whose keys are not in ascending order.
struct SortedKeys;

impl<'de> Deserialize<'de> for SortedKeys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SortedVisitor)
    }
}

struct SortedVisitor;

impl<'de> Visitor<'de> for SortedVisitor {
    type Value = SortedKeys;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SortedKeys, A::Error> {
        let mut prev: Option<String> = None;
        while let Some(k) = map.next_key::<String>()? {
            if let Some(p) = &prev
                && p.as_str() >= k.as_str()
            {
                return Err(de::Error::custom(format!("key {k:?} after {p:?}")));
            }
            map.next_value::<SortedKeys>()?;
            prev = Some(k);
        }
        Ok(SortedKeys)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<SortedKeys, A::Error> {
        while seq.next_element::<SortedKeys>()?.is_some() {}
        Ok(SortedKeys)
    }
    fn visit_bool<E>(self, _: bool) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
    fn visit_i64<E>(self, _: i64) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
    fn visit_u64<E>(self, _: u64) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
    fn visit_f64<E>(self, _: f64) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
    fn visit_str<E>(self, _: &str) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
    fn visit_unit<E>(self) -> Result<SortedKeys, E> {
        Ok(SortedKeys)
    }
}

/// Top-level keys of each conversation, in file order.
struct KeyOrder(Vec<String>);

impl<'de> Deserialize<'de> for KeyOrder {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyOrder;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<KeyOrder, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(KeyOrder(keys))
            }
        }
        d.deserialize_map(V)
    }
}

fn has_key(v: &Value, key: &str) -> bool {
    match v {
        Value::Object(m) => m.contains_key(key) || m.values().any(|x| has_key(x, key)),
        Value::Array(a) => a.iter().any(|x| has_key(x, key)),
        _ => false,
    }
}

fn all_text(members: &BTreeMap<String, Vec<u8>>) -> String {
    let mut out = String::new();
    for name in conversation_files(members) {
        let v: Value = serde_json::from_slice(&members[&name]).unwrap();
        out.push_str(&v.to_string());
    }
    out
}

const COMMON: &[&str] = &[
    "user.json",
    "message_feedback.json",
    "shared_conversations.json",
    "chat.html",
];

fn expected_members(era: Era) -> Vec<&'static str> {
    let mut m = COMMON.to_vec();
    match era {
        Era::Classic2023 => m.extend(["conversations.json", "model_comparisons.json"]),
        Era::Modern2025 => m.extend([
            "conversations.json",
            "model_comparisons.json",
            "group_chats.json",
            "shopping.json",
        ]),
        Era::Sharded2026 | Era::Slim2026 => {
            m.extend([
                "conversations-000.json",
                "conversations-001.json",
                "conversations-002.json",
                "export_manifest.json",
                "user_settings.json",
                "conversation_asset_file_names.json",
                "library_files.json",
                "ads.json",
            ]);
            if era == Era::Sharded2026 {
                m.push("conversations.json.index");
            }
        }
    }
    m
}

const ERAS: [Era; 4] = [
    Era::Classic2023,
    Era::Modern2025,
    Era::Sharded2026,
    Era::Slim2026,
];

#[test]
fn every_era_writes_a_well_formed_zip_whose_truth_matches_a_recount() {
    let dir = tempfile::tempdir().unwrap();
    let langs = [Lang::En, Lang::Id, Lang::Es, Lang::Pt, Lang::De, Lang::Fr];
    let mut k = 0;
    for era in ERAS {
        for companion in [true, false] {
            let persona = companion.then(|| Persona::example(langs[k % langs.len()]));
            k += 1;
            let s = spec(era, 7 + k as u64, persona);
            let path = dir.path().join(format!("{era:?}-{companion}.zip"));
            let truth = write_zip(&s, &path).unwrap();
            let members = read_zip(&path);
            for name in expected_members(era) {
                assert!(members.contains_key(name), "{era:?}: missing {name}");
            }
            assert!(
                members
                    .keys()
                    .all(|n| !n.starts_with('/') && !n.contains("..")),
                "unsafe member name"
            );
            for name in members.keys().filter(|n| n.ends_with(".json")) {
                let _: Value = serde_json::from_slice(&members[name])
                    .unwrap_or_else(|e| panic!("{era:?} {name}: {e}"));
            }
            if era == Era::Sharded2026 {
                assert!(
                    serde_json::from_slice::<Value>(&members["conversations.json.index"]).is_err(),
                    "the index member is junk, not JSON"
                );
            }
            let recounted = recount(&members);
            assert_eq!(truth, recounted, "{era:?} companion={companion}");
            assert_eq!(truth.conversations, 16);
            assert!(truth.thread_messages > 3 * truth.conversations);
            assert!(truth.first_time < truth.last_time);
        }
    }
}

#[test]
fn era_features_are_present() {
    let nova = Some(Persona::example(Lang::En));
    let t = write_dir_truth(&spec(Era::Modern2025, 3, nova.clone()));
    assert!(t.memory_snapshots > 0 && t.memory_writes > 0);
    assert!(t.voice_messages > 0 && t.attachments > 0);
    assert!(t.custom_instruction_versions >= 2);
    assert!(t.messages_by_role["tool"] > 0);
    let t = write_dir_truth(&spec(Era::Sharded2026, 3, nova.clone()));
    assert!(t.memory_citations > 0, "{t:?}");
    let t = write_dir_truth(&spec(Era::Slim2026, 3, nova.clone()));
    assert!(t.memory_citations > 0 && t.memory_writes > 0);
    assert_eq!(t.custom_instruction_versions, 0);
    assert_eq!(t.memory_snapshots, 0);
    let t = write_dir_truth(&spec(Era::Classic2023, 3, nova));
    assert!(t.custom_instruction_versions >= 1);
    assert_eq!(t.memory_writes + t.memory_snapshots + t.voice_messages, 0);
    assert!(!t.gizmo_conversations.is_empty());
}

fn write_dir_truth(s: &SynthSpec) -> Truth {
    let dir = tempfile::tempdir().unwrap();
    write_dir(s, dir.path()).unwrap()
}

#[test]
fn classic_is_ascii_single_line_with_2023_key_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.zip");
    write_zip(
        &spec(Era::Classic2023, 5, Some(Persona::example(Lang::Fr))),
        &path,
    )
    .unwrap();
    let members = read_zip(&path);
    let raw = &members["conversations.json"];
    assert!(raw.is_ascii(), "classic conversations.json must be ASCII");
    assert!(!raw.contains(&b'\n'));
    let text = std::str::from_utf8(raw).unwrap();
    assert!(text.contains("\\u"), "non-ASCII must be escaped");
    assert!(text.contains("\"children\": ["));
    let order: Vec<KeyOrder> = serde_json::from_slice(raw).unwrap();
    let want = [
        "title",
        "create_time",
        "update_time",
        "mapping",
        "moderation_results",
        "current_node",
        "plugin_ids",
        "conversation_id",
        "conversation_template_id",
        "gizmo_id",
        "id",
    ];
    for o in &order {
        assert_eq!(o.0, want);
    }
    // The French persona's text survives the escaping.
    let v: Value = serde_json::from_slice(raw).unwrap();
    assert!(v.to_string().contains("Lumi"));
    assert!(all_text(&members).contains("é"));
}

#[test]
fn slim_has_no_children_sorted_keys_and_client_root() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.zip");
    write_zip(
        &spec(Era::Slim2026, 9, Some(Persona::example(Lang::En))),
        &path,
    )
    .unwrap();
    let members = read_zip(&path);
    for name in conversation_files(&members) {
        let raw = &members[&name];
        assert!(raw.is_ascii());
        assert!(
            raw.starts_with(b"[\n  {") || raw == b"[]",
            "{name} is pretty-printed"
        );
        serde_json::from_slice::<SortedKeys>(raw).unwrap();
        let v: Value = serde_json::from_slice(raw).unwrap();
        assert!(!has_key(&v, "children"), "{name} has children");
        for c in v.as_array().unwrap() {
            assert!(c.get("gizmo_id").is_none() && c.get("moderation_results").is_none());
            for node in c["mapping"].as_object().unwrap().values() {
                let Some(m) = node["message"].as_object() else {
                    continue;
                };
                let keys: Vec<&str> = m.keys().map(String::as_str).collect();
                assert!(
                    keys.iter().all(|k| ["author", "content", "create_time", "id", "metadata"]
                        .contains(k)),
                    "{name}: slim message keys {keys:?}"
                );
                assert_eq!(m["author"].as_object().unwrap().len(), 2);
            }
            let root = &c["mapping"]["client-created-root"];
            assert!(root["message"].is_null() && root["parent"].is_null());
        }
    }
    // Bio writes survive as assistant message + tool message named bio.
    let v = all_text(&members);
    assert!(v.contains("Model set context updated."));
    assert!(v.contains("conversation_context_citation_metadata"));
    let manifest: Value = serde_json::from_slice(&members["export_manifest.json"]).unwrap();
    let files = manifest["logical_files"]["conversations.json"]["files"]
        .as_array()
        .unwrap();
    assert_eq!(files.len(), 3);
    let index: Value =
        serde_json::from_slice(&members["conversation_asset_file_names.json"]).unwrap();
    for dat in index.as_object().unwrap().keys() {
        assert!(dat.ends_with(".dat") && members.contains_key(dat), "{dat}");
    }
}

#[test]
fn sharded_export_duplicates_one_conversation_with_a_newer_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.zip");
    let truth = write_zip(&spec(Era::Sharded2026, 4, None), &path).unwrap();
    let members = read_zip(&path);
    let mut seen: BTreeMap<String, Vec<(usize, f64, usize)>> = BTreeMap::new();
    for (k, name) in conversation_files(&members).iter().enumerate() {
        let v: Vec<Value> = serde_json::from_slice(&members[name]).unwrap();
        for c in v {
            seen.entry(c["id"].as_str().unwrap().to_string())
                .or_default()
                .push((
                    k,
                    c["update_time"].as_f64().unwrap(),
                    c["mapping"].as_object().unwrap().len(),
                ));
        }
    }
    let dups: Vec<_> = seen.values().filter(|v| v.len() > 1).collect();
    assert_eq!(dups.len(), 1);
    let (first, second) = (dups[0][0], dups[0][1]);
    assert!(second.0 > first.0, "newer copy is in a later shard");
    assert!(second.1 > first.1 && second.2 > first.2);
    assert_eq!(truth.conversations, seen.len());
    let manifest: Value = serde_json::from_slice(&members["export_manifest.json"]).unwrap();
    let listed: BTreeSet<&str> = manifest["export_files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    for name in members.keys().filter(|n| *n != "export_manifest.json") {
        assert!(listed.contains(name.as_str()), "{name} not in manifest");
    }
}

#[test]
fn writes_are_deterministic_and_dir_matches_zip() {
    let dir = tempfile::tempdir().unwrap();
    for era in ERAS {
        let s = spec(era, 11, Some(Persona::example(Lang::Id)));
        let a = dir.path().join("a.zip");
        let b = dir.path().join("b.zip");
        let ta = write_zip(&s, &a).unwrap();
        let tb = write_zip(&s, &b).unwrap();
        assert_eq!(ta, tb);
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{era:?}"
        );
        let out = dir.path().join(format!("unzipped-{era:?}"));
        let td = write_dir(&s, &out).unwrap();
        assert_eq!(ta, td);
        for (name, bytes) in read_zip(&a) {
            assert_eq!(std::fs::read(out.join(&name)).unwrap(), bytes, "{name}");
        }
        let other = write_zip(&SynthSpec { seed: 12, ..s }, &b).unwrap();
        assert_ne!(ta, other, "seed changes the output");
    }
}

#[test]
fn size_target_fills_every_shard() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.zip");
    let s = SynthSpec {
        target_json_bytes: Some(600_000),
        shards: 4,
        ..spec(Era::Sharded2026, 2, Some(Persona::example(Lang::En)))
    };
    let truth = write_zip(&s, &path).unwrap();
    assert!(truth.conversation_json_bytes >= 600_000);
    assert!(truth.conversation_json_bytes < 700_000);
    let members = read_zip(&path);
    let files = conversation_files(&members);
    assert_eq!(files.len(), 4);
    for f in &files {
        assert!(members[f].len() > 100_000, "{f} is nearly empty");
    }
    assert_eq!(recount(&members), truth);
    let zipped = std::fs::metadata(&path).unwrap().len();
    let ratio = truth.conversation_json_bytes as f64 / zipped as f64;
    assert!((3.0..12.0).contains(&ratio), "compression ratio {ratio}");
}

#[test]
fn companion_content_is_in_the_persona_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("id.zip");
    let mut p = Persona::example(Lang::Id);
    p.gizmo_id = Some("g-BiNtAnG01".into());
    let truth = write_zip(&spec(Era::Modern2025, 21, Some(p)), &path).unwrap();
    let text = all_text(&read_zip(&path));
    for needle in [
        "Bintang",
        "Sari",
        "sayang",
        "Selamat",
        "Model set context updated.",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    assert!(truth.gizmo_conversations["g-BiNtAnG01"] > 3);
    // No stray placeholders.
    for ph in [
        "{c}", "{p}", "{u}", "{pet}", "{ep}", "{p0}", "{city}", "{friend}",
    ] {
        assert!(!text.contains(ph), "unfilled {ph}");
    }
    // Plain use has no companion.
    let plain = dir.path().join("plain.zip");
    write_zip(&spec(Era::Modern2025, 21, None), &plain).unwrap();
    let text = all_text(&read_zip(&plain));
    assert!(!text.contains("Nova") && !text.contains("Bintang"));
}

#[test]
fn demo_export_tells_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.zip");
    let truth = write_zip(&demo_spec(), &path).unwrap();
    assert_eq!(truth.conversations, 40);
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(size < 300_000, "demo is {size} bytes");
    let members = read_zip(&path);
    let text = all_text(&members);
    for needle in [
        "Can I call you Nova?",
        "Nova it is",
        "Good morning",
        "starlight",
        "Your name is Nova.",
        "User's name is Mira.",
        "Spotify",
        "\"voice\":\"",
    ] {
        assert!(text.contains(needle), "demo lacks {needle:?}");
    }
    // May 2024 → Feb 2026, across the GPT-4o retirement.
    assert!(truth.first_time >= util::ts(2024, 5, 1) && truth.first_time < util::ts(2024, 6, 1));
    assert!(truth.last_time > engine::RETIRE_4O && truth.last_time < util::ts(2026, 3, 1));
    let convs: Vec<Value> = serde_json::from_slice(&members["conversations.json"]).unwrap();
    let slugs_after: BTreeSet<String> = convs
        .iter()
        .filter(|c| c["create_time"].as_f64().unwrap() > engine::RETIRE_4O)
        .flat_map(|c| {
            c["mapping"]
                .as_object()
                .unwrap()
                .values()
                .filter_map(|n| n["message"]["metadata"]["model_slug"].as_str())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!slugs_after.is_empty() && !slugs_after.contains("gpt-4o"));
    assert!(text.contains("\"model_slug\":\"gpt-4o\""));
    assert!(truth.gizmo_conversations.values().any(|&n| n >= 3));
}

#[test]
fn committed_demo_fixture_is_current() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/demo-export.zip");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.zip");
    write_zip(&demo_spec(), &path).unwrap();
    assert!(
        std::fs::read(&fixture).ok() == Some(std::fs::read(&path).unwrap()),
        "fixtures/demo-export.zip is stale: cargo run -p ferry-synth --bin gen-export -- --demo fixtures/demo-export.zip"
    );
}

#[test]
fn phrase_tables_line_up() {
    for lang in [Lang::En, Lang::Id, Lang::Es, Lang::Pt, Lang::De, Lang::Fr] {
        let l = text::lib(lang);
        assert_eq!(l.day_u.len(), l.day_a.len(), "{lang:?} day");
        assert_eq!(l.voice_u.len(), l.voice_a.len(), "{lang:?} voice");
        assert_eq!(l.facts_c.len(), 9, "{lang:?} facts");
        assert_eq!(l.facts_p.len(), 6, "{lang:?} facts");
        assert_eq!(l.ci_user_c.len(), l.ci_model_c.len());
        assert_eq!(l.ci_model_c.len(), l.ci_model_c_anon.len());
        assert!(l.ci_model_c.iter().any(|t| t.contains("{c}")));
        assert!(l.ci_model_c_anon.iter().all(|t| !t.contains("{c}")));
        assert!(l.ci_model_c_anon.iter().any(|t| t.contains("{p0}")));
        assert!(l.titles_c.len() > 5);
        assert!(l.facts_c[3].contains("{c}") && l.facts_c[3].contains("{p0}"));
    }
}

#[test]
fn name_can_stay_out_of_custom_instructions() {
    let dir = tempfile::tempdir().unwrap();
    let langs = [Lang::En, Lang::Id, Lang::Es, Lang::Pt, Lang::De, Lang::Fr];
    for (k, &lang) in langs.iter().enumerate() {
        for era in ERAS {
            let mut p = Persona::example(lang);
            p.name_in_instructions = false;
            let name = p.name.clone();
            let pet = p.pet_names[0].clone();
            // The one memory fact that already named the companion may keep doing so.
            let fact = text::lib(lang).facts_c[3].split("{c}").next().unwrap();
            let s = SynthSpec {
                conversations: 40,
                ..spec(era, 30 + k as u64, Some(p))
            };
            let path = dir.path().join(format!("{lang:?}-{era:?}.zip"));
            write_zip(&s, &path).unwrap();
            let members = read_zip(&path);
            let (mut instructions, mut named_by_user, mut pet_in_ci) = (0, 0, 0);
            for file in conversation_files(&members) {
                let convs: Vec<Value> = serde_json::from_slice(&members[&file]).unwrap();
                for m in convs
                    .iter()
                    .flat_map(|c| c["mapping"].as_object().unwrap().values())
                    .map(|n| &n["message"])
                    .filter(|m| !m.is_null())
                {
                    let all = m.to_string();
                    let meta = &m["metadata"];
                    if meta["is_user_system_message"] == true {
                        instructions += 1;
                        let am = meta["user_context_message_data"]["about_model_message"]
                            .as_str()
                            .unwrap();
                        pet_in_ci += usize::from(am.contains(&pet));
                        assert!(
                            !all.contains(&name),
                            "{lang:?} {era:?}: custom instructions name {name}: {all}"
                        );
                        continue;
                    }
                    let role = m["author"]["role"].as_str().unwrap();
                    let hidden = role != "user" && role != "assistant"
                        || m["recipient"].as_str().is_some_and(|r| r != "all")
                        || m["content"]["content_type"] == "model_editable_context";
                    if hidden && all.contains(&name) {
                        assert!(
                            all.contains(&format!("{fact}{name}")),
                            "{lang:?} {era:?}: {name} reaches a hidden message: {all}"
                        );
                    }
                    if role == "user" && all.contains(&name) {
                        named_by_user += 1;
                    }
                }
            }
            if era != Era::Slim2026 {
                assert!(instructions > 0, "{lang:?} {era:?}: no custom instructions");
                assert!(
                    pet_in_ci > 0,
                    "{lang:?} {era:?}: pet names left the instructions"
                );
            }
            assert!(
                named_by_user > 0,
                "{lang:?} {era:?}: the user never says {name}"
            );
        }
    }
}

#[test]
fn name_in_instructions_is_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("named.zip");
    let nova = Persona::example(Lang::En);
    assert!(nova.name_in_instructions);
    write_zip(&spec(Era::Modern2025, 4, Some(nova)), &path).unwrap();
    assert!(all_text(&read_zip(&path)).contains("\"about_model_message\":\"Your name is Nova."));
}
