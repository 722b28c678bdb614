//! Where members go: a streaming zip writer or a plain directory.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::util::civil;

/// A member-by-member output. Exactly one member is open at a time.
pub(crate) trait Sink {
    fn start(&mut self, name: &str, large: bool) -> io::Result<()>;
    fn write(&mut self, data: &[u8]) -> io::Result<()>;
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// Wraps a sink and records each member's size (for `export_manifest.json`).
pub(crate) struct Out {
    sink: Box<dyn Sink>,
    pub(crate) sizes: Vec<(String, u64)>,
}

impl Out {
    pub(crate) fn new(sink: Box<dyn Sink>) -> Out {
        Out {
            sink,
            sizes: Vec::new(),
        }
    }

    pub(crate) fn start(&mut self, name: &str, large: bool) -> io::Result<()> {
        self.sizes.push((name.to_string(), 0));
        self.sink.start(name, large)
    }

    pub(crate) fn write(&mut self, data: &[u8]) -> io::Result<()> {
        if let Some(last) = self.sizes.last_mut() {
            last.1 += data.len() as u64;
        }
        self.sink.write(data)
    }

    /// Writes a whole small member.
    pub(crate) fn member(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        self.start(name, false)?;
        self.write(data)
    }

    pub(crate) fn finish(self) -> io::Result<()> {
        self.sink.finish()
    }
}

/// Streams members into a deflated zip with fixed timestamps (byte-for-byte reproducible).
pub(crate) struct ZipSink {
    zip: ZipWriter<BufWriter<File>>,
    time: DateTime,
}

impl ZipSink {
    pub(crate) fn create(path: &Path, export_time: f64) -> io::Result<ZipSink> {
        let file = File::create(path)?;
        let (y, mo, d, h, mi, s) = civil(export_time);
        let time =
            DateTime::from_date_and_time(y as u16, mo as u8, d as u8, h as u8, mi as u8, s as u8)
                .unwrap_or_default();
        Ok(ZipSink {
            zip: ZipWriter::new(BufWriter::with_capacity(1 << 20, file)),
            time,
        })
    }
}

impl Sink for ZipSink {
    fn start(&mut self, name: &str, large: bool) -> io::Result<()> {
        let opts = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .last_modified_time(self.time)
            .system(System::Unix)
            .unix_permissions(0o644)
            .large_file(large);
        self.zip.start_file(name, opts).map_err(io::Error::other)
    }

    fn write(&mut self, data: &[u8]) -> io::Result<()> {
        self.zip.write_all(data)
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        let mut inner = self.zip.finish().map_err(io::Error::other)?;
        inner.flush()
    }
}

/// Writes members as files under a directory (what unzipping the export gives).
pub(crate) struct DirSink {
    root: PathBuf,
    cur: Option<BufWriter<File>>,
}

impl DirSink {
    pub(crate) fn create(root: &Path) -> io::Result<DirSink> {
        fs::create_dir_all(root)?;
        Ok(DirSink {
            root: root.to_path_buf(),
            cur: None,
        })
    }
}

impl Sink for DirSink {
    fn start(&mut self, name: &str, _large: bool) -> io::Result<()> {
        if let Some(mut w) = self.cur.take() {
            w.flush()?;
        }
        let path = self.root.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        self.cur = Some(BufWriter::with_capacity(1 << 20, File::create(path)?));
        Ok(())
    }

    fn write(&mut self, data: &[u8]) -> io::Result<()> {
        match &mut self.cur {
            Some(w) => w.write_all(data),
            None => Err(io::Error::other("no member open")),
        }
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        if let Some(mut w) = self.cur.take() {
            w.flush()?;
        }
        Ok(())
    }
}
