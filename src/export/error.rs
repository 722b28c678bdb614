//! Why an export could not be read, in plain words, with what to do about it.

use std::io;
use std::path::PathBuf;

/// Why an export could not be read. Each message says what and where; [`ExportError::hint`]
/// says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot read '{}': {source}", path.display())]
    Open { path: PathBuf, source: io::Error },
    #[error("'{}' is not a ChatGPT export: {detail}", path.display())]
    NotAnExport { path: PathBuf, detail: String },
    #[error("'{}' is not a readable zip archive: {}", path.display(), zip_problem(cause))]
    Zip {
        path: PathBuf,
        cause: zip::result::ZipError,
    },
    #[error("nothing was piped in: standard input is empty")]
    NothingPiped,
    #[error("'{}' is password-protected ({member} is encrypted)", path.display())]
    Encrypted { path: PathBuf, member: String },
    #[error("'{}' is an empty zip archive", path.display())]
    EmptyArchive { path: PathBuf },
    #[error("'{}' holds no conversations.json, no conversations-NNN.json and no chat.html ({members} other files)", path.display())]
    NoConversations { path: PathBuf, members: usize },
    #[error("cannot read {file}: {source}")]
    Read { file: String, source: io::Error },
    #[error("{file} is a Git LFS pointer, not the conversations themselves")]
    LfsPointer { file: String },
    #[error("{file} holds no conversations: the page has no `var jsonData = [` in it")]
    NoJsonData { file: String },
    #[error("{file}: {source}")]
    Json {
        file: String,
        #[source]
        source: JsonError,
    },
    #[error("{file} unpacks to more than {limit} bytes of conversations")]
    TooLarge { file: String, limit: u64 },
    #[error("{file} unpacks more than {limit} times larger than it is compressed")]
    RatioExceeded { file: String, limit: u64 },
}

/// A zip problem in plain words: the zip crate's own wording ("Could not find EOCD") means
/// nothing to the person holding the file.
fn zip_problem(e: &zip::result::ZipError) -> String {
    use zip::result::ZipError;
    match e {
        ZipError::Io(io) if io.kind() == io::ErrorKind::UnexpectedEof => {
            "this zip is incomplete or damaged (it ends too early)".to_owned()
        }
        ZipError::Io(io) => format!("it cannot be read ({io})"),
        ZipError::UnsupportedArchive(what) => {
            format!("it uses a kind of zip ferry cannot read ({what})")
        }
        _ => "this zip is incomplete or damaged".to_owned(),
    }
}

/// A structural problem with the conversations JSON as a whole.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct JsonError(pub(super) String);

impl ExportError {
    /// A line on what to do about it, for the person reading the error.
    pub fn hint(&self) -> Option<&'static str> {
        Some(match self {
            ExportError::Open { .. } => {
                "check the path; ferry reads the .zip as downloaded, its unzipped folder, or conversations.json"
            }
            ExportError::NotAnExport { .. } => {
                "ferry reads the .zip from ChatGPT → Settings → Data controls → Export data, its unzipped folder, or conversations.json"
            }
            ExportError::NothingPiped => {
                "pipe the export in, as in `ferry inspect - < chatgpt-export.zip`, or give its path instead of -"
            }
            ExportError::Zip { .. } | ExportError::Read { .. } => {
                "the download may be incomplete or damaged; download the export again (the link stays valid for 24 hours) or unzip it and pass the folder"
            }
            ExportError::Encrypted { .. } => {
                "ChatGPT exports are not encrypted; unzip it with its password and pass the folder instead"
            }
            ExportError::EmptyArchive { .. } | ExportError::NoConversations { .. } => {
                "this does not look like a ChatGPT data export; request a new one from ChatGPT → Settings → Data controls → Export data"
            }
            ExportError::Json { .. } => {
                "the conversations file is damaged or incomplete; download the export again"
            }
            ExportError::LfsPointer { .. } => {
                "the export was committed to git with Git LFS: run `git lfs pull` in that repository to fetch the real file, or use the export as downloaded"
            }
            ExportError::NoJsonData { .. } => {
                "newer exports keep the conversations in conversations.json beside chat.html: use the whole export as downloaded"
            }
            ExportError::TooLarge { .. } => {
                "if this is a genuine export, raise the limit with --max-total-size"
            }
            ExportError::RatioExceeded { .. } => {
                "this archive looks like a zip bomb; if it is a genuine export, raise the limit with --max-ratio"
            }
        })
    }
}
