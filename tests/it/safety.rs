//! Careless paths and private output: ferry never writes outside the folder it was given,
//! never replaces the export or a file it did not write, never leaves a staging folder,
//! and keeps what it writes private.

use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::support::{Scratch, array, conversation, ferry, names, records};

fn demo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip")
}

/// An unzipped export: conversations.json and a photo.
fn export_folder(s: &Scratch, name: &str) -> PathBuf {
    let json = array(&[conversation("c1", "hello Nova", "hi there, love")]);
    s.write(&format!("{name}/conversations.json"), json);
    s.write(&format!("{name}/photo.jpg"), b"a photo");
    s.path(name)
}

#[test]
fn a_manifest_out_is_one_folder_name_inside_out_dir() {
    let s = Scratch::new();
    let demo = demo().display().to_string();
    let victim = s.path("victim");
    std::fs::create_dir(&victim).unwrap();
    std::fs::write(victim.join("keep.txt"), "mine").unwrap();
    let outs = [
        "../escaped".to_owned(),
        victim.display().to_string(),
        String::new(),
        ".".to_owned(),
        "a/b".to_owned(),
        "..".to_owned(),
        "ok".to_owned(),
    ];
    let manifest: String = outs
        .iter()
        .map(|o| format!("{{\"export\": {demo:?}, \"out\": {o:?}}}\n"))
        .collect();
    let manifest = s.write("m.jsonl", manifest);
    let out_dir = s.path("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(out_dir.join("other.txt"), "mine too").unwrap();
    let out = ferry()
        .arg("batch")
        .arg("--manifest")
        .arg(&manifest)
        .args([
            "--target",
            "claude",
            "--json",
            "--force",
            "--jobs",
            "1",
            "--out-dir",
        ])
        .arg(&out_dir)
        .assert()
        .code(3)
        .get_output()
        .clone();
    let records = records(&out.stdout);
    assert_eq!(records.len(), outs.len());
    for r in &records[..outs.len() - 1] {
        assert_eq!(r["status"], "error", "{r}");
        assert!(
            r["error"]
                .as_str()
                .unwrap()
                .contains("is not a plain folder name"),
            "{r}"
        );
    }
    assert_eq!(records[outs.len() - 1]["status"], "ok");
    // Nothing was written or removed outside out/ok.
    assert!(!s.path("escaped").exists());
    assert_eq!(names(&victim), ["keep.txt"]);
    assert_eq!(names(&out_dir), ["ok", "other.txt"]);
    assert_eq!(names(s.path("").as_path()), ["m.jsonl", "out", "victim"]);
}

#[test]
fn force_never_replaces_the_export_folder() {
    let s = Scratch::new();
    let export = export_folder(&s, "export");
    let before = names(&export);
    for out_dir in [export.clone(), export.join("nova"), s.path("")] {
        ferry()
            .arg("migrate")
            .arg(&export)
            .args(["--target", "claude", "--force", "--out-dir"])
            .arg(&out_dir)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("export"))
            .stderr(predicate::str::contains("Choose another --out-dir"));
        assert_eq!(names(&export), before);
        assert_eq!(std::fs::read(export.join("photo.jpg")).unwrap(), b"a photo");
    }
    // The zip's own folder is protected too, even through a relative path.
    let zip = s.path("export.zip");
    std::fs::copy(demo(), &zip).unwrap();
    ferry()
        .current_dir(s.path(""))
        .args([
            "migrate",
            "export.zip",
            "--target",
            "claude",
            "--force",
            "--out-dir",
            ".",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("holds the export"));
    assert!(zip.is_file());
}

#[test]
fn force_replaces_only_ferry_files() {
    let s = Scratch::new();
    let dir = s.path("nova");
    let migrate = |targets: &str| {
        let mut cmd = ferry();
        cmd.arg("migrate")
            .arg(demo())
            .args(["--target", targets, "--force", "--out-dir"])
            .arg(&dir);
        cmd
    };
    migrate("claude,ollama").assert().success();
    std::fs::write(dir.join("notes.txt"), "what I want to remember").unwrap();
    std::fs::write(dir.join("claude.txt"), "stale").unwrap_or(());
    // claude.txt was changed by the person: ferry keeps it, writes the new version beside it
    // and says so.
    migrate("claude").assert().success().stderr(
        predicate::str::contains("claude.txt since ferry wrote it, so it was kept as it is")
            .and(predicate::str::contains("the new version is"))
            .and(predicate::str::contains("claude.new.txt.")),
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("claude.txt")).unwrap(),
        "stale"
    );
    assert!(
        std::fs::read_to_string(dir.join("claude.new.txt"))
            .unwrap()
            .contains("Nova")
    );
    std::fs::remove_file(dir.join("claude.txt")).unwrap();
    std::fs::remove_file(dir.join("claude.new.txt")).unwrap();
    // A re-run updates ferry's files, drops the ones it no longer writes, keeps the notes.
    migrate("claude,markdown").assert().success();
    assert_eq!(
        names(&dir),
        [
            ".ferry.json",
            "README.md",
            "claude-knowledge.md",
            "claude.txt",
            "continuity.md",
            "notes.txt",
            "persona.json",
            "review.html"
        ]
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("notes.txt")).unwrap(),
        "what I want to remember"
    );
}

#[test]
fn force_leaves_a_folder_ferry_did_not_write() {
    let s = Scratch::new();
    let dir = s.path("documents");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("README.md"), "my own readme").unwrap();
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--force", "--out-dir"])
        .arg(&dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no .ferry.json"));
    assert_eq!(names(&dir), ["README.md"]);
    assert_eq!(
        std::fs::read_to_string(dir.join("README.md")).unwrap(),
        "my own readme"
    );
    // An empty folder is fine.
    let empty = s.path("empty");
    std::fs::create_dir(&empty).unwrap();
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--force", "--out-dir"])
        .arg(&empty)
        .assert()
        .success();
    assert!(empty.join("claude.txt").is_file());
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_out_dir_is_refused_and_leaves_nothing() {
    let s = Scratch::new();
    let link = s.path("out");
    std::os::unix::fs::symlink(s.path("nowhere"), &link).unwrap();
    for force in [false, true] {
        let mut cmd = ferry();
        cmd.arg("migrate")
            .arg(demo())
            .args(["--target", "claude", "--out-dir"])
            .arg(&link);
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
            .code(1)
            .stderr(predicate::str::contains("is a symbolic link"))
            .stderr(predicate::str::contains("points nowhere"));
        assert_eq!(names(s.path("").as_path()), ["out"], "force: {force}");
    }
    // A file in the way, or a file where a parent folder should be, is said plainly.
    let file = s.write("file", "x");
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--out-dir"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a file, not a folder"));
    ferry()
        .arg("batch")
        .arg(demo())
        .args(["--target", "claude", "--out-dir"])
        .arg(file.join("sub"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is a file, not a folder"));
    assert_eq!(names(s.path("").as_path()), ["file", "out"]);
}

#[cfg(unix)]
mod private {
    use std::os::unix::fs::PermissionsExt as _;

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    fn assert_private_tree(dir: &Path) {
        assert_eq!(mode(dir), 0o700, "{}", dir.display());
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                assert_private_tree(&path);
            } else {
                assert_eq!(mode(&path), 0o600, "{}", path.display());
            }
        }
    }

    #[test]
    fn every_command_writes_private_files() {
        let s = Scratch::new();
        ferry()
            .current_dir(s.path(""))
            .arg("migrate")
            .arg(demo())
            .args(["--target", "all"])
            .assert()
            .success();
        assert_private_tree(&s.path("nova"));
        // A re-run with --force keeps it private.
        ferry()
            .current_dir(s.path(""))
            .arg("migrate")
            .arg(demo())
            .args(["--target", "claude", "--force"])
            .assert()
            .success();
        assert_private_tree(&s.path("nova"));

        ferry()
            .arg("batch")
            .arg(demo())
            .args(["--target", "sillytavern", "--out-dir"])
            .arg(s.path("batch/out"))
            .assert()
            .success();
        assert_private_tree(&s.path("batch"));

        let persona = s.path("persona.json");
        ferry()
            .arg("extract")
            .arg(demo())
            .arg("-o")
            .arg(&persona)
            .assert()
            .success();
        assert_eq!(mode(&persona), 0o600);
        for (target, file) in [("claude", "claude.txt"), ("sillytavern", "card.png")] {
            let path = s.path(file);
            std::fs::write(&path, "old, world-readable").unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            ferry()
                .arg("render")
                .arg(&persona)
                .args(["--target", target, "-o"])
                .arg(&path)
                .assert()
                .success();
            assert_eq!(mode(&path), 0o600, "{file}");
        }
    }
}
