//! Where the conversations come from: a zip, an unzipped folder, a bare JSON file or stdin.
//!
//! Only this module touches the filesystem, and only to read: files are opened read-only,
//! nothing is extracted, and zip member names are matched as strings, never turned into paths.

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::ExportError;

/// What the user pointed ferry at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Path(PathBuf),
    /// `-`: a JSON array or a zip piped in.
    Stdin,
}

impl Input {
    /// `-` means standard input; anything else is a path.
    pub fn from_arg(arg: &str) -> Input {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(PathBuf::from(arg))
        }
    }
}

/// The kind of input, as reported by `ferry inspect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Zip,
    Directory,
    Json,
    Stdin,
}

/// One file of conversations: `conversations.json` or a `conversations-NNN.json` shard.
#[derive(Debug, Clone)]
pub(crate) struct ConvFile {
    /// Member name inside the zip, or the file path.
    pub(crate) name: String,
    pub(crate) locator: Locator,
    /// Uncompressed size when known in advance.
    pub(crate) size: Option<u64>,
    /// Compressed size, for zip members.
    pub(crate) compressed: Option<u64>,
    /// The export's viewer page, read for the `var jsonData` array in it ([`super::html`]).
    pub(crate) html: bool,
}

#[derive(Debug, Clone)]
pub(crate) enum Locator {
    ZipIndex(usize),
    Path(PathBuf),
    Stdin,
}

/// The result of looking at the input, before any conversation is read.
pub(crate) struct Located {
    pub(crate) kind: SourceKind,
    pub(crate) label: String,
    pub(crate) files: Vec<ConvFile>,
    pub(crate) manifest_used: bool,
    pub(crate) warnings: Vec<String>,
    /// Where member data is read from when the input is a zip.
    pub(crate) zip_path: Option<PathBuf>,
}

/// Said when the conversations come from `chat.html`.
pub(crate) const CHAT_HTML_NOTE: &str = "this export has no conversations.json, so ferry read the conversations from chat.html, the export's offline viewer page, which holds the same data";

const ZIP_MAGIC: [&[u8]; 3] = [b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"];

/// Finds the conversation files of `input`.
pub(crate) fn locate(input: &Input) -> Result<Located, ExportError> {
    match input {
        Input::Stdin => Ok(Located {
            kind: SourceKind::Stdin,
            label: "standard input".into(),
            files: vec![ConvFile {
                name: "standard input".into(),
                locator: Locator::Stdin,
                size: None,
                compressed: None,
                html: false,
            }],
            manifest_used: false,
            warnings: Vec::new(),
            zip_path: None,
        }),
        Input::Path(path) => {
            let meta = fs::metadata(path).map_err(|source| ExportError::Open {
                path: path.clone(),
                source,
            })?;
            if meta.is_dir() {
                locate_dir(path)
            } else {
                let mut head = [0u8; 64];
                let n = read_head(path, &mut head)?;
                let head = &head[..n];
                let html = path
                    .file_name()
                    .is_some_and(|n| super::html::is_chat_html(&n.to_string_lossy()));
                if ZIP_MAGIC.iter().any(|m| head.starts_with(m)) {
                    locate_zip(path)
                } else if html
                    || looks_like_json(head)
                    || path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
                {
                    Ok(Located {
                        kind: SourceKind::Json,
                        label: path.display().to_string(),
                        files: vec![ConvFile {
                            name: path.display().to_string(),
                            locator: Locator::Path(path.clone()),
                            size: Some(meta.len()),
                            compressed: None,
                            html,
                        }],
                        manifest_used: false,
                        warnings: if html {
                            vec![CHAT_HTML_NOTE.to_owned()]
                        } else {
                            Vec::new()
                        },
                        zip_path: None,
                    })
                } else if n == 0 {
                    Err(ExportError::NotAnExport {
                        path: path.clone(),
                        detail: "the file is empty".into(),
                    })
                } else {
                    Err(ExportError::NotAnExport {
                        path: path.clone(),
                        detail: "it is neither a zip archive nor a JSON file".into(),
                    })
                }
            }
        }
    }
}

fn read_head(path: &Path, head: &mut [u8]) -> Result<usize, ExportError> {
    let mut file = File::open(path).map_err(|source| ExportError::Open {
        path: path.to_owned(),
        source,
    })?;
    let mut n = 0;
    while n < head.len() {
        match file.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(source) => {
                return Err(ExportError::Open {
                    path: path.to_owned(),
                    source,
                });
            }
        }
    }
    Ok(n)
}

pub(crate) fn looks_like_json(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    matches!(
        head.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'[' | b'{' | b'"' | b'-' | b'0'..=b'9')
    )
}

pub(crate) fn is_zip_magic(head: &[u8]) -> bool {
    ZIP_MAGIC.iter().any(|m| head.starts_with(m))
}

/// `conversations-007.json` → Some(7).
pub(crate) fn shard_number(basename: &str) -> Option<u64> {
    let digits = basename
        .strip_prefix("conversations-")?
        .strip_suffix(".json")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Junk that re-zipping on a Mac adds.
fn is_junk(name: &str) -> bool {
    name.starts_with("__MACOSX/")
        || name.contains("/__MACOSX/")
        || name.rsplit('/').next().is_some_and(|b| b.starts_with("._"))
}

fn split_name(name: &str) -> (&str, &str) {
    match name.rfind('/') {
        Some(i) => (&name[..=i], &name[i + 1..]),
        None => ("", name),
    }
}

#[derive(Deserialize)]
struct Manifest {
    #[serde(default)]
    logical_files: std::collections::BTreeMap<String, LogicalFile>,
}

#[derive(Deserialize)]
struct LogicalFile {
    #[serde(default)]
    files: Vec<String>,
}

/// The shard order from `export_manifest.json`, when it has one.
fn manifest_order(bytes: &[u8]) -> Option<Vec<String>> {
    let manifest: Manifest = serde_json::from_slice(bytes).ok()?;
    let files = manifest
        .logical_files
        .get("conversations.json")?
        .files
        .clone();
    (!files.is_empty()).then_some(files)
}

/// Picks the conversation files among `names` (member names or relative paths): the
/// shallowest `conversations.json`, else the shallowest folder of shards in manifest or
/// numeric order. Returns indices into `names`, and warnings.
fn choose(
    names: &[String],
    read_manifest: &mut dyn FnMut(usize) -> Option<Vec<u8>>,
) -> (Vec<usize>, bool, Vec<String>) {
    let mut warnings = Vec::new();
    let depth = |n: &str| n.matches('/').count();
    let candidates: Vec<usize> = (0..names.len()).filter(|&i| !is_junk(&names[i])).collect();

    let single = candidates
        .iter()
        .copied()
        .filter(|&i| split_name(&names[i]).1 == "conversations.json")
        .min_by_key(|&i| (depth(&names[i]), names[i].clone()));
    let shards: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&i| shard_number(split_name(&names[i]).1).is_some())
        .collect();
    let shard_dir = shards
        .iter()
        .map(|&i| split_name(&names[i]).0)
        .min_by_key(|d| (depth(d), d.to_string()));

    if let Some(single) = single {
        let single_depth = depth(&names[single]);
        if shard_dir.is_none_or(|d| depth(d) + 1 > single_depth) || shards.is_empty() {
            return (vec![single], false, warnings);
        }
    }
    let Some(dir) = shard_dir else {
        // No conversations file at all: the viewer page holds the same array.
        let page = candidates
            .iter()
            .copied()
            .filter(|&i| super::html::is_chat_html(&names[i]))
            .min_by_key(|&i| (depth(&names[i]), names[i].clone()));
        if let Some(page) = page {
            warnings.push(CHAT_HTML_NOTE.to_owned());
            return (vec![page], false, warnings);
        }
        return (Vec::new(), false, warnings);
    };
    let mut in_dir: Vec<(u64, usize)> = shards
        .iter()
        .copied()
        .filter(|&i| split_name(&names[i]).0 == dir)
        .filter_map(|i| shard_number(split_name(&names[i]).1).map(|n| (n, i)))
        .collect();
    in_dir.sort();

    let manifest_name = format!("{dir}export_manifest.json");
    let manifest_index = names.iter().position(|n| *n == manifest_name);
    if let Some(order) = manifest_index
        .and_then(read_manifest)
        .and_then(|b| manifest_order(&b))
    {
        let mut chosen = Vec::new();
        for listed in &order {
            let full = format!("{dir}{listed}");
            match names.iter().position(|n| *n == full) {
                Some(i) => chosen.push(i),
                None => warnings.push(format!(
                    "export_manifest.json lists {listed}, but the export does not hold it; its conversations are missing"
                )),
            }
        }
        for &(_, i) in &in_dir {
            if !chosen.contains(&i) {
                warnings.push(format!(
                    "{} is not listed in export_manifest.json; reading it as well",
                    names[i]
                ));
                chosen.push(i);
            }
        }
        if !chosen.is_empty() {
            return (chosen, true, warnings);
        }
    }
    (
        in_dir.into_iter().map(|(_, i)| i).collect(),
        false,
        warnings,
    )
}

fn locate_zip(path: &Path) -> Result<Located, ExportError> {
    let file = File::open(path).map_err(|source| ExportError::Open {
        path: path.to_owned(),
        source,
    })?;
    let mut archive = zip::ZipArchive::new(file).map_err(|cause| ExportError::Zip {
        path: path.to_owned(),
        cause,
    })?;
    if archive.is_empty() {
        return Err(ExportError::EmptyArchive {
            path: path.to_owned(),
        });
    }
    let mut names = Vec::with_capacity(archive.len());
    for i in 0..archive.len() {
        let name = archive
            .name_for_index(i)
            .and_then(Result::ok)
            .map(|n| n.into_owned())
            .unwrap_or_default();
        names.push(name);
    }
    let mut read_manifest = |i: usize| -> Option<Vec<u8>> {
        let mut member = archive.by_index(i).ok()?;
        let mut bytes = Vec::new();
        // The manifest is a few kilobytes; refuse anything large.
        (&mut member).take(16 << 20).read_to_end(&mut bytes).ok()?;
        Some(bytes)
    };
    let (chosen, manifest_used, warnings) = choose(&names, &mut read_manifest);
    if chosen.is_empty() {
        return Err(ExportError::NoConversations {
            path: path.to_owned(),
            members: names.iter().filter(|n| !is_junk(n)).count(),
        });
    }
    let mut files = Vec::new();
    for i in chosen {
        let member = archive.by_index_raw(i).map_err(|cause| ExportError::Zip {
            path: path.to_owned(),
            cause,
        })?;
        if member.encrypted() {
            return Err(ExportError::Encrypted {
                path: path.to_owned(),
                member: names[i].clone(),
            });
        }
        files.push(ConvFile {
            name: names[i].clone(),
            locator: Locator::ZipIndex(i),
            size: Some(member.size()),
            compressed: Some(member.compressed_size()),
            html: super::html::is_chat_html(&names[i]),
        });
    }
    Ok(Located {
        kind: SourceKind::Zip,
        label: path.display().to_string(),
        files,
        manifest_used,
        warnings,
        zip_path: Some(path.to_owned()),
    })
}

fn locate_dir(path: &Path) -> Result<Located, ExportError> {
    // The export's own folder, or a folder holding it one level down (a re-zipped download).
    let mut names = Vec::new();
    let list = |dir: &Path, prefix: &str, names: &mut Vec<String>| -> Result<(), ExportError> {
        let entries = fs::read_dir(dir).map_err(|source| ExportError::Open {
            path: dir.to_owned(),
            source,
        })?;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            if is_file {
                names.push(format!("{prefix}{name}"));
            } else if prefix.is_empty() && entry.file_type().is_ok_and(|t| t.is_dir()) {
                names.push(format!("{name}/"));
            }
        }
        Ok(())
    };
    list(path, "", &mut names)?;
    let subdirs: Vec<String> = names
        .iter()
        .filter(|n| n.ends_with('/') && !is_junk(n) && *n != "__MACOSX/")
        .cloned()
        .collect();
    for sub in subdirs {
        list(&path.join(sub.trim_end_matches('/')), &sub, &mut names)?;
    }
    names.retain(|n| !n.ends_with('/'));
    names.sort();
    // `names` is borrowed by `choose`; the manifest is read through a copy.
    let names_for_manifest = names.clone();
    let mut read_manifest =
        |i: usize| -> Option<Vec<u8>> { fs::read(path.join(&names_for_manifest[i])).ok() };
    let (chosen, manifest_used, warnings) = choose(&names, &mut read_manifest);
    if chosen.is_empty() {
        return Err(ExportError::NoConversations {
            path: path.to_owned(),
            members: names.len(),
        });
    }
    let files = chosen
        .into_iter()
        .map(|i| {
            let full = path.join(&names[i]);
            ConvFile {
                size: fs::metadata(&full).ok().map(|m| m.len()),
                name: names[i].clone(),
                locator: Locator::Path(full),
                compressed: None,
                html: super::html::is_chat_html(&names[i]),
            }
        })
        .collect();
    Ok(Located {
        kind: SourceKind::Directory,
        label: path.display().to_string(),
        files,
        manifest_used,
        warnings,
        zip_path: None,
    })
}

/// For streamed zips (stdin): whether a member name is a conversations file, and its order key.
pub(crate) fn stream_member_key(name: &str) -> Option<u64> {
    if is_junk(name) {
        return None;
    }
    let base = split_name(name).1;
    if base == "conversations.json" {
        Some(0)
    } else {
        shard_number(base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(names: &[&str], manifest: Option<&str>) -> (Vec<String>, bool, Vec<String>) {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let mut read = |_i: usize| manifest.map(|m| m.as_bytes().to_vec());
        let (chosen, used, warnings) = choose(&names, &mut read);
        (
            chosen.into_iter().map(|i| names[i].clone()).collect(),
            used,
            warnings,
        )
    }

    #[test]
    fn shard_numbers() {
        assert_eq!(shard_number("conversations-000.json"), Some(0));
        assert_eq!(shard_number("conversations-12.json"), Some(12));
        assert_eq!(shard_number("conversations.json"), None);
        assert_eq!(shard_number("conversations-abc.json"), None);
        assert_eq!(shard_number("conversations.json.index"), None);
    }

    #[test]
    fn classic_single_file_wins_and_junk_is_ignored() {
        let (got, _, _) = pick(
            &[
                "__MACOSX/._conversations.json",
                "chat.html",
                "conversations.json",
                "shared_conversations.json",
            ],
            None,
        );
        assert_eq!(got, ["conversations.json"]);
    }

    #[test]
    fn shards_in_numeric_order_inside_a_top_folder() {
        let (got, used, _) = pick(
            &[
                "export/conversations-10.json",
                "export/conversations-2.json",
                "export/conversations.json.index",
                "export/chat.html",
                "export/conversations-001.json",
            ],
            None,
        );
        assert_eq!(
            got,
            [
                "export/conversations-001.json",
                "export/conversations-2.json",
                "export/conversations-10.json"
            ]
        );
        assert!(!used);
    }

    #[test]
    fn manifest_order_is_used_and_gaps_warned() {
        let manifest = r#"{"logical_files":{"conversations.json":{"files":["conversations-001.json","conversations-000.json","conversations-009.json"],"sharded":true}}}"#;
        let (got, used, warnings) = pick(
            &[
                "conversations-000.json",
                "conversations-001.json",
                "conversations-002.json",
                "export_manifest.json",
            ],
            Some(manifest),
        );
        assert!(used);
        assert_eq!(
            got,
            [
                "conversations-001.json",
                "conversations-000.json",
                "conversations-002.json"
            ]
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }

    #[test]
    fn nothing_found() {
        let (got, _, _) = pick(&["user.json", "shared_conversations.json"], None);
        assert!(got.is_empty());
    }

    #[test]
    fn the_viewer_page_only_when_there_is_no_conversations_file() {
        let (got, _, warnings) = pick(
            &[
                "__MACOSX/chat.html",
                "export/chat.html",
                "user.json",
                "shared_conversations.json",
            ],
            None,
        );
        assert_eq!(got, ["export/chat.html"]);
        assert_eq!(warnings, [CHAT_HTML_NOTE]);
        let (got, _, warnings) = pick(&["chat.html", "conversations-000.json"], None);
        assert_eq!(got, ["conversations-000.json"]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_json(b"\xEF\xBB\xBF  [{"));
        assert!(looks_like_json(b"\n{"));
        assert!(!looks_like_json(b"hello"));
        assert!(is_zip_magic(b"PK\x03\x04rest"));
    }
}
