//! What the benchmark floors share: finding an export's conversation files and reading each.

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// `conversations.json` or `conversations-NNN.json`, at the root or in a folder.
pub fn is_conversation_file(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    base == "conversations.json"
        || base
            .strip_prefix("conversations-")
            .and_then(|r| r.strip_suffix(".json"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Calls `each(name, reader)` for every conversation file of an export (a zip archive, in
/// archive order, or a folder, in name order); the number of files.
pub fn each_conversation_file(
    path: &Path,
    mut each: impl FnMut(&str, &mut dyn Read) -> Result<(), String>,
) -> Result<usize, String> {
    let mut files = 0;
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| is_conversation_file(&e.file_name().to_string_lossy()))
            .map(|e| e.path())
            .collect();
        names.sort();
        for p in names {
            let mut f = File::open(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            each(&p.display().to_string(), &mut f)?;
            files += 1;
        }
        return Ok(files);
    }
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| format!("{}: {e}", path.display()))?;
    for i in 0..archive.len() {
        let mut member = archive
            .by_index(i)
            .map_err(|e| format!("member {i}: {e}"))?;
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if !is_conversation_file(&name) {
            continue;
        }
        each(&name, &mut member)?;
        files += 1;
    }
    Ok(files)
}
