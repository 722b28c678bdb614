//! Helpers shared by the integration tests.

use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use zip::write::SimpleFileOptions;

/// `ferry` with a clean environment: no colour, no progress, no user config.
pub(crate) fn ferry() -> Command {
    let mut cmd = Command::cargo_bin("ferry").expect("binary built");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("NO_COLOR", "1");
    cmd
}

/// A temporary folder that lives as long as the value.
pub(crate) struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    pub(crate) fn new() -> Scratch {
        Scratch {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub(crate) fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&path, bytes).expect("write");
        path
    }

    /// A zip with the given members, deflated.
    pub(crate) fn zip(&self, name: &str, members: &[(&str, &[u8])]) -> PathBuf {
        let path = self.path(name);
        write_zip(&path, members, zip::CompressionMethod::Deflated);
        path
    }
}

pub(crate) fn write_zip(path: &Path, members: &[(&str, &[u8])], method: zip::CompressionMethod) {
    let file = std::fs::File::create(path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in members {
        zip.start_file(*name, options).expect("start member");
        zip.write_all(bytes).expect("write member");
    }
    zip.finish().expect("finish zip");
}

/// A small, valid conversation with a user and an assistant turn.
pub(crate) fn conversation(id: &str, user: &str, assistant: &str) -> String {
    serde_json::json!({
        "id": id,
        "title": "A chat",
        "create_time": 1_715_000_000.0,
        "update_time": 1_715_000_100.0,
        "current_node": "a",
        "default_model_slug": "auto",
        "mapping": {
            "root": {"id": "root", "message": null, "parent": null, "children": ["u"]},
            "u": {"id": "u", "parent": "root", "children": ["a"], "message": {
                "id": "u", "author": {"role": "user", "name": null, "metadata": {}},
                "create_time": 1_715_000_001.0,
                "content": {"content_type": "text", "parts": [user]}, "metadata": {}}},
            "a": {"id": "a", "parent": "u", "children": [], "message": {
                "id": "a", "author": {"role": "assistant", "name": null, "metadata": {}},
                "create_time": 1_715_000_002.0, "recipient": "all",
                "content": {"content_type": "text", "parts": [assistant]},
                "metadata": {"model_slug": "gpt-4o"}}}
        }
    })
    .to_string()
}

/// A JSON array of the given conversations.
pub(crate) fn array(conversations: &[String]) -> String {
    format!("[{}]", conversations.join(","))
}

/// Every render target, in `ferry targets` order.
pub(crate) const TARGETS: [&str; 10] = [
    "claude",
    "chatgpt",
    "openai",
    "gemini",
    "ollama",
    "sillytavern",
    "character-ai",
    "kindroid",
    "markdown",
    "claude-memory",
];

/// The strings of a JSON array (empty when it is not one).
pub(crate) fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// `ferry batch --json` records, in batch order.
pub(crate) fn records(stdout: &[u8]) -> Vec<serde_json::Value> {
    let mut v: Vec<serde_json::Value> = String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is a JSON record"))
        .collect();
    v.sort_by_key(|r| r["index"].as_u64());
    v
}

/// The names in a folder, sorted.
pub(crate) fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .expect("read folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// `ferry extract` (with `extra` flags) on a zip holding these conversations as the member
/// `member`; the persona as JSON.
pub(crate) fn extract_conversations(
    convs: &[serde_json::Value],
    member: &str,
    extra: &[&str],
) -> serde_json::Value {
    let sc = Scratch::new();
    let body = serde_json::to_vec(convs).expect("json");
    let path = sc.zip("export.zip", &[(member, &body)]);
    let out = ferry()
        .arg("extract")
        .arg(&path)
        .args(extra)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("persona JSON")
}
