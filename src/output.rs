//! Everything ferry writes goes through here: private files and folders, single files
//! replaced atomically, and output folders that never cost the person a file.
//!
//! The rules (README, "What ferry writes, and what it never touches"):
//! - files are created 0600 and folders 0700 on Unix: they hold the most private text a person
//!   owns;
//! - an output folder is written in a staging folder (`.ferry-XXXXXX`) and put in place only
//!   once complete; the staging folder is removed whatever fails;
//! - ferry never writes inside the export it reads, nor replaces a folder that holds it;
//! - ferry never writes through a symbolic link, and says what is in the way of `--out-dir`;
//! - `--force` replaces only ferry's own files: each output folder holds [`MARKER`], the list
//!   of files ferry wrote there with their SHA-256. A file is ferry's when that list names it
//!   and it is unchanged since; every other file (the person's notes, a file they edited) is
//!   kept, and where ferry would have written over one, the new version goes beside it
//!   (`claude.new.txt`). A folder without the list is written into only when it is empty.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write as _};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The list of files ferry wrote, kept in every output folder.
pub(crate) const MARKER: &str = ".ferry.json";

/// The prefix of staging folders.
const STAGING: &str = ".ferry-";

/// [`MARKER`]'s content.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Marker {
    /// `ferry 0.1.0`.
    written_by: String,
    /// File name → SHA-256 (hex) of what ferry wrote.
    files: BTreeMap<String, String>,
}

fn sha256(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Creates `path` and its missing parents; the folders ferry creates are private (0700).
pub(crate) fn create_private_dir_all(path: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(path)
}

/// Creates a new private file (0600) holding `bytes`; fails if anything is at `path`.
fn write_new_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    Ok(())
}

#[cfg(unix)]
fn make_private_dir(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    fs::set_permissions(path, fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn make_private_dir(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// A private staging folder in `parent`, removed when dropped.
fn staging_in(parent: &Path) -> io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(STAGING);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(fs::Permissions::from_mode(0o700));
    }
    builder.tempdir_in(parent)
}

/// Writes one file through a private temporary file (0600) in the same folder, so a reader
/// never sees half a file, an existing file is replaced only once the new one is complete,
/// and a symbolic link at `path` is replaced, never written through.
///
/// A device or a pipe at `path` (`-o /dev/null`, `-o /dev/stdout`, a named pipe), even through
/// a link, is written into, never replaced: a file put in its place would break it for every
/// other program (this once replaced a machine's `/dev/null`).
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        let mut target = fs::OpenOptions::new().write(true).open(path)?;
        target.write_all(bytes)?;
        return target.flush();
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // tempfile creates its files 0600 on Unix.
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Says what is in the way when `dir` cannot be an output folder: a link, a file, or a file
/// where one of its parents should be. `None` when `dir` is a folder or can be created.
pub(crate) fn out_dir_problem(dir: &Path) -> Option<String> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            let to = fs::read_link(dir)
                .map(|t| format!(" to '{}'", t.display()))
                .unwrap_or_default();
            let state = if dir.exists() {
                ""
            } else {
                ", which points nowhere"
            };
            Some(format!(
                "'{}' is a symbolic link{to}{state}; ferry does not write through links. Choose a real folder with --out-dir",
                dir.display()
            ))
        }
        Ok(meta) if !meta.is_dir() => Some(format!(
            "'{}' is a file, not a folder; choose another --out-dir (ferry will not replace the file)",
            dir.display()
        )),
        Ok(_) => None,
        Err(_) => {
            // Not there: can it be created? Find the nearest thing that exists above it.
            let mut above = dir.parent();
            while let Some(p) = above {
                if p.as_os_str().is_empty() {
                    return None;
                }
                match fs::metadata(p) {
                    Ok(meta) if meta.is_dir() => return None,
                    Ok(_) => {
                        return Some(format!(
                            "'{}' cannot be created: '{}' is a file, not a folder. Choose another --out-dir",
                            dir.display(),
                            p.display()
                        ));
                    }
                    Err(_) => above = p.parent(),
                }
            }
            None
        }
    }
}

/// `path` made absolute with symbolic links resolved, as far as it exists; the rest is
/// appended as written (with `..` taken lexically).
fn resolve(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_owned()
    } else {
        std::env::current_dir()
            .unwrap_or_else(|_| PathBuf::from("."))
            .join(path)
    };
    let mut existing = absolute.as_path();
    let mut rest: Vec<Component<'_>> = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            let mut out = canonical;
            for c in rest.iter().rev() {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::CurDir => {}
                    other => out.push(other.as_os_str()),
                }
            }
            return out;
        }
        match (existing.parent(), existing.components().next_back()) {
            (Some(parent), Some(last)) => {
                rest.push(last);
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// Refuses an output folder that is the export, lies inside an exported folder, or holds
/// the export: ferry only ever reads the export.
pub(crate) fn check_not_export(dir: &Path, export: &Path) -> Result<()> {
    let Ok(export_abs) = export.canonicalize() else {
        // The export is not there to protect (reading it will say so).
        return Ok(());
    };
    let target = resolve(dir);
    if export_abs.starts_with(&target) {
        bail!(
            "'{}' holds the export '{}', so ferry will not write there; your export stays as it is. Choose another --out-dir, outside the export",
            dir.display(),
            export.display()
        );
    }
    if export_abs.is_dir() && target.starts_with(&export_abs) {
        bail!(
            "'{}' is inside the export folder '{}', so ferry will not write there; your export stays as it is. Choose another --out-dir, outside the export",
            dir.display(),
            export.display()
        );
    }
    Ok(())
}

/// What is at an output folder's place.
enum Existing {
    Missing,
    /// An empty folder ferry may fill.
    Empty,
    /// A folder ferry wrote, with its list.
    Ferry(Marker),
    /// A folder with files and no list: up to three of its names, and how many there are.
    Foreign(Vec<String>, usize),
}

fn existing(dir: &Path) -> Result<Existing> {
    if fs::symlink_metadata(dir).is_err() {
        return Ok(Existing::Missing);
    }
    if let Some(problem) = out_dir_problem(dir) {
        bail!(problem);
    }
    let marker = dir.join(MARKER);
    if fs::symlink_metadata(&marker).is_ok_and(|m| m.is_file()) {
        let text = fs::read_to_string(&marker)
            .with_context(|| format!("cannot read '{}'", marker.display()))?;
        let list: Marker = serde_json::from_str(&text).with_context(|| {
            format!(
                "'{}' is damaged, so ferry cannot tell its files from yours; choose another --out-dir",
                marker.display()
            )
        })?;
        return Ok(Existing::Ferry(list));
    }
    let mut names: Vec<String> = fs::read_dir(dir)
        .with_context(|| format!("cannot read the folder '{}'", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    if names.is_empty() {
        return Ok(Existing::Empty);
    }
    names.sort();
    let count = names.len();
    names.truncate(3);
    Ok(Existing::Foreign(names, count))
}

/// Fails early (before any reading) when `dir` could not take ferry's files: see
/// [`write_folder`] for the rules.
pub(crate) fn check_folder(dir: &Path, force: bool) -> Result<()> {
    match existing(dir)? {
        Existing::Missing => Ok(()),
        _ if !force => bail!(
            "'{}' already exists, and nothing in it was changed; use --force to replace ferry's files in it, or --out-dir to choose another folder",
            dir.display()
        ),
        Existing::Foreign(names, count) => Err(foreign(dir, &names, count)),
        Existing::Empty | Existing::Ferry(_) => Ok(()),
    }
}

fn foreign(dir: &Path, names: &[String], count: usize) -> anyhow::Error {
    let more = if count > names.len() { ", …" } else { "" };
    anyhow::anyhow!(
        "'{}' holds files ({}{more}) but no {MARKER}, the list ferry keeps of the files it wrote, so --force leaves it alone: ferry replaces only its own files. Choose another --out-dir, or an empty folder",
        dir.display(),
        names.join(", ")
    )
}

/// How many "new" names ([`beside`]) ferry tries for one file before giving up.
const MAX_BESIDE: usize = 20;

/// Where a new version goes when the person changed ferry's file: `claude.txt` →
/// `claude.new.txt`, then `claude.new-2.txt`…; `Modelfile` → `Modelfile.new`.
fn beside(name: &str, k: usize) -> String {
    let tag = if k == 1 {
        "new".to_owned()
    } else {
        format!("new-{k}")
    };
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}.{tag}.{ext}"),
        _ => format!("{name}.{tag}"),
    }
}

/// Writes `files` (plain names → bytes) as the folder `dir`, with its [`MARKER`]. Returns,
/// for each file, its name and the name it was written under: the same, or a name
/// [`beside`] it when the person changed ferry's earlier version of it.
///
/// A new folder is written in a staging folder beside it and renamed into place. An existing
/// folder is updated only with `force`, and only when it is empty or holds ferry's list: then
/// each of ferry's unchanged files is replaced (or removed, when this run no longer writes
/// it), and everything else in the folder is kept. A file ferry wrote that the person has
/// changed since is theirs: it stays as it is, and the new version is written beside it.
/// `own` names every file ferry may write there; a list naming anything else is not trusted
/// for it.
pub(crate) fn write_folder(
    dir: &Path,
    files: &[(&str, Vec<u8>)],
    own: &[&str],
    force: bool,
) -> Result<Vec<(String, String)>> {
    let listed_for = |placed: &[(String, String)]| -> Result<String> {
        let mut marker = Marker {
            written_by: concat!("ferry ", env!("CARGO_PKG_VERSION")).to_owned(),
            files: BTreeMap::new(),
        };
        for ((_, at), (_, bytes)) in placed.iter().zip(files) {
            marker.files.insert(at.clone(), sha256(bytes));
        }
        let mut listed = serde_json::to_string_pretty(&marker)?;
        listed.push('\n');
        Ok(listed)
    };

    let old = match existing(dir)? {
        Existing::Missing => {
            let placed: Vec<(String, String)> = files
                .iter()
                .map(|(n, _)| ((*n).to_owned(), (*n).to_owned()))
                .collect();
            write_new_folder(dir, files, listed_for(&placed)?.as_bytes())?;
            return Ok(placed);
        }
        _ if !force => bail!(
            "'{}' appeared while ferry was working; nothing was changed",
            dir.display()
        ),
        Existing::Foreign(names, count) => return Err(foreign(dir, &names, count)),
        Existing::Empty => Marker::default(),
        Existing::Ferry(old) => old,
    };

    // Which of the folder's files are ferry's: one of its names, listed, and unchanged since
    // (or already what this run writes, as after an interrupted run).
    let is_own = |name: &str| {
        own.contains(&name)
            || own
                .iter()
                .any(|o| (1..=MAX_BESIDE).any(|k| beside(o, k) == name))
    };
    let ours = |name: &str, new_hash: Option<&String>| -> Result<bool> {
        let path = dir.join(name);
        let meta = match fs::symlink_metadata(&path) {
            Err(_) => return Ok(true),
            Ok(meta) => meta,
        };
        if !meta.is_file() {
            return Ok(false);
        }
        let bytes = fs::read(&path).with_context(|| format!("cannot read '{}'", path.display()))?;
        let hash = sha256(&bytes);
        Ok(is_own(name) && (old.files.get(name) == Some(&hash) || new_hash == Some(&hash)))
    };
    let mut placed: Vec<(String, String)> = Vec::new();
    for (name, bytes) in files {
        let hash = sha256(bytes);
        let mut at = None;
        for candidate in
            std::iter::once((*name).to_owned()).chain((1..=MAX_BESIDE).map(|k| beside(name, k)))
        {
            if placed.iter().any(|(_, a)| *a == candidate) {
                continue;
            }
            if ours(&candidate, Some(&hash))? {
                at = Some(candidate);
                break;
            }
        }
        let Some(at) = at else {
            bail!(
                "'{}' holds your own versions of {name} under every name ferry would use beside it; nothing was changed. Move them elsewhere and run again, or choose another --out-dir",
                dir.display()
            );
        };
        placed.push(((*name).to_owned(), at));
    }
    let listed = listed_for(&placed)?;
    let mut stale = Vec::new();
    for name in old.files.keys() {
        let path = dir.join(name);
        if !placed.iter().any(|(_, at)| at == name)
            && is_own(name)
            && fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
            && ours(name, None)?
        {
            stale.push(path);
        }
    }

    // Everything is written in a staging folder inside `dir` (the same filesystem), then each
    // file is renamed over its old version; the list goes last.
    let staging = staging_in(dir)?;
    for ((_, at), (_, bytes)) in placed.iter().zip(files) {
        write_new_private(&staging.path().join(at), bytes)?;
    }
    write_new_private(&staging.path().join(MARKER), listed.as_bytes())?;
    for (_, at) in &placed {
        fs::rename(staging.path().join(at), dir.join(at))?;
    }
    for path in stale {
        fs::remove_file(&path).with_context(|| format!("cannot remove '{}'", path.display()))?;
    }
    fs::rename(staging.path().join(MARKER), dir.join(MARKER))?;
    staging.close()?;
    make_private_dir(dir)?;
    Ok(placed)
}

/// Writes a folder that does not exist yet, through a staging folder beside it.
fn write_new_folder(dir: &Path, files: &[(&str, Vec<u8>)], listed: &[u8]) -> Result<()> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    create_private_dir_all(&parent)?;
    // Dropping `staging` removes it with all it holds, whatever fails below.
    let staging = staging_in(&parent)?;
    for (name, bytes) in files {
        write_new_private(&staging.path().join(name), bytes)?;
    }
    write_new_private(&staging.path().join(MARKER), listed)?;
    if fs::symlink_metadata(dir).is_ok() {
        bail!(
            "'{}' appeared while ferry was working; nothing was changed",
            dir.display()
        );
    }
    fs::rename(staging.path(), dir)?;
    // In place now: nothing is left to clean up.
    let _ = staging.keep();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// `-o` a named pipe (as `/dev/null` or `/dev/stdout` are devices): written into, and
    /// still a pipe afterwards, directly and through a link.
    #[cfg(unix)]
    #[test]
    fn a_pipe_or_device_is_written_into_never_replaced() {
        use std::io::Read as _;
        use std::os::unix::fs::FileTypeExt as _;
        let tmp = tempfile::tempdir().unwrap();
        let fifo = tmp.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            // No mkfifo on this machine: nothing to test with.
            return;
        }
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&fifo, &link).unwrap();
        for path in [&fifo, &link] {
            let reading = fifo.clone();
            let reader = std::thread::spawn(move || {
                let mut got = String::new();
                fs::File::open(&reading)
                    .unwrap()
                    .read_to_string(&mut got)
                    .unwrap();
                got
            });
            write_atomically(path, b"{\"spec\": 1}\n").unwrap();
            assert_eq!(reader.join().unwrap(), "{\"spec\": 1}\n");
            assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo());
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
        assert_eq!(
            names(tmp.path()),
            ["link", "pipe"],
            "no temporary file left"
        );
    }

    #[test]
    fn a_failed_write_leaves_no_staging_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        // A name no file can have fails after the staging folder exists.
        let err = write_folder(
            &dir,
            &[("a.txt", b"a".to_vec()), ("no/such", b"b".to_vec())],
            &["a.txt"],
            false,
        );
        assert!(err.is_err());
        assert!(names(tmp.path()).is_empty(), "{:?}", names(tmp.path()));
    }

    #[test]
    fn a_rerun_replaces_ferry_files_and_keeps_the_rest() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        let own = ["a.txt", "b.txt", "c.txt"];
        write_folder(
            &dir,
            &[("a.txt", b"1".to_vec()), ("b.txt", b"1".to_vec())],
            &own,
            false,
        )
        .unwrap();
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        write_folder(
            &dir,
            &[("a.txt", b"2".to_vec()), ("c.txt", b"2".to_vec())],
            &own,
            true,
        )
        .unwrap();
        assert_eq!(names(&dir), [MARKER, "a.txt", "c.txt", "notes.txt"]);
        assert_eq!(fs::read(dir.join("a.txt")).unwrap(), b"2");
        assert_eq!(fs::read(dir.join("notes.txt")).unwrap(), b"mine");

        // An edited file of ferry's is the person's now: kept, the new version beside it.
        fs::write(dir.join("a.txt"), "edited").unwrap();
        let placed = write_folder(&dir, &[("a.txt", b"3".to_vec())], &own, true).unwrap();
        assert_eq!(placed, [("a.txt".to_owned(), "a.new.txt".to_owned())]);
        assert_eq!(fs::read(dir.join("a.txt")).unwrap(), b"edited");
        assert_eq!(fs::read(dir.join("a.new.txt")).unwrap(), b"3");
        assert_eq!(names(&dir), [MARKER, "a.new.txt", "a.txt", "notes.txt"]);
        // Again: a.new.txt is ferry's (unchanged), so it is replaced in place.
        let placed = write_folder(&dir, &[("a.txt", b"4".to_vec())], &own, true).unwrap();
        assert_eq!(placed[0].1, "a.new.txt");
        assert_eq!(fs::read(dir.join("a.new.txt")).unwrap(), b"4");
        assert_eq!(fs::read(dir.join("a.txt")).unwrap(), b"edited");
    }

    #[test]
    fn a_planted_list_cannot_name_other_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("out");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("photo.jpg"), "x").unwrap();
        let list = format!(
            "{{\"written_by\": \"x\", \"files\": {{\"photo.jpg\": \"{}\"}}}}",
            sha256(b"x")
        );
        fs::write(dir.join(MARKER), list).unwrap();
        write_folder(&dir, &[("a.txt", b"1".to_vec())], &["a.txt"], true).unwrap();
        assert!(dir.join("photo.jpg").is_file());
        // Told to write photo.jpg, which the list names but `own` does not: the photo is
        // the person's, so it stays, and the new file goes beside it.
        let placed = write_folder(&dir, &[("photo.jpg", b"1".to_vec())], &["a.txt"], true).unwrap();
        assert_eq!(placed[0].1, "photo.new.jpg");
        assert_eq!(fs::read(dir.join("photo.jpg")).unwrap(), b"x");
    }

    #[test]
    fn resolve_follows_what_exists() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        assert_eq!(resolve(&tmp.path().join("a/../b")), base.join("b"));
        assert_eq!(resolve(tmp.path()), base);
    }
}
