//! The inflating side of a read: each conversation file (or `chat.html` page) inflated,
//! metered against the limits, hashed, and split into conversations for the parsing side.

use super::*;

/// What is counted over all conversation files of one read: bytes against the limits,
/// progress, and the hash.
pub(super) struct Meter<'a> {
    limits: Limits,
    total: u64,
    progress: &'a dyn Progress,
    hasher: Option<Sha256>,
}

/// Bomb and progress accounting around one file's (inflating) reader.
pub(super) struct Metered<'m, 'a, R> {
    inner: R,
    read: u64,
    compressed: Option<u64>,
    meter: &'m mut Meter<'a>,
}

impl<'m, 'a, R> Metered<'m, 'a, R> {
    fn new(inner: R, compressed: Option<u64>, meter: &'m mut Meter<'a>) -> Self {
        Metered {
            inner,
            read: 0,
            compressed,
            meter,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(super) enum LimitHit {
    #[error("total size limit")]
    Total,
    #[error("ratio limit")]
    Ratio,
}

impl<R: Read> Read for Metered<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let meter = &mut *self.meter;
        if let Some(h) = meter.hasher.as_mut() {
            h.update(&buf[..n]);
        }
        self.read += n as u64;
        meter.total += n as u64;
        meter.progress.bytes(n as u64);
        if meter.total > meter.limits.max_total_bytes {
            return Err(io::Error::other(LimitHit::Total));
        }
        if let Some(compressed) = self.compressed
            && self.read > 64 << 20
            && self.read / compressed.max(1) > meter.limits.max_ratio
        {
            return Err(io::Error::other(LimitHit::Ratio));
        }
        Ok(n)
    }
}

/// The inflating side: reads each conversation file and sends its elements on.
pub(super) fn produce(
    located: &source::Located,
    options: ReadOptions,
    progress: &dyn Progress,
    mut tx: Batcher<Chunk, Numbered>,
    buffers: &PartBuffers,
) -> Result<(u64, Option<String>), ExportError> {
    let limits = options.limits;
    let mut meter = Meter {
        limits,
        total: 0,
        progress,
        hasher: options.hash.then(Sha256::new),
    };
    match located.kind {
        SourceKind::Zip => {
            let path = located.zip_path.clone().unwrap_or_default();
            let file = File::open(&path).map_err(|source| ExportError::Open {
                path: path.clone(),
                source,
            })?;
            let mut archive = zip::ZipArchive::new(file).map_err(|cause| ExportError::Zip {
                path: path.clone(),
                cause,
            })?;
            for (file_index, f) in located.files.iter().enumerate() {
                let Locator::ZipIndex(i) = f.locator else {
                    continue;
                };
                let member = archive.by_index(i).map_err(|cause| ExportError::Zip {
                    path: path.clone(),
                    cause,
                })?;
                let metered = Metered::new(member, f.compressed, &mut meter);
                if !split_source(
                    metered, f.html, file_index, located, limits, &mut tx, buffers,
                )? {
                    break;
                }
            }
        }
        SourceKind::Directory | SourceKind::Json => {
            for (file_index, f) in located.files.iter().enumerate() {
                let Locator::Path(p) = &f.locator else {
                    continue;
                };
                let file = File::open(p).map_err(|source| ExportError::Open {
                    path: p.clone(),
                    source,
                })?;
                let metered = Metered::new(file, None, &mut meter);
                if !split_source(
                    metered, f.html, file_index, located, limits, &mut tx, buffers,
                )? {
                    break;
                }
            }
        }
        SourceKind::Stdin => produce_stdin(located, &mut meter, &mut tx, buffers)?,
    }
    let sha256 = meter.hasher.map(|h| {
        h.finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    });
    Ok((meter.total, sha256))
}

pub(super) fn produce_stdin(
    located: &source::Located,
    meter: &mut Meter<'_>,
    tx: &mut Batcher<Chunk, Numbered>,
    buffers: &PartBuffers,
) -> Result<(), ExportError> {
    let limits = meter.limits;
    let read_err = |source| ExportError::Read {
        file: "standard input".into(),
        source,
    };
    let mut stdin = io::stdin().lock();
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match stdin.read(&mut head[n..]).map_err(read_err)? {
            0 => break,
            k => n += k,
        }
    }
    if n == 0 {
        return Err(ExportError::NothingPiped);
    }
    let mut joined = io::Cursor::new(head[..n].to_vec()).chain(stdin);
    if !source::is_zip_magic(&head[..n]) {
        let metered = Metered::new(joined, None, meter);
        split_file(metered, 0, located, limits, tx, buffers)?;
        return Ok(());
    }
    // A zip on stdin can only be read front to back: members come in archive order.
    let mut found = false;
    loop {
        let member =
            zip::read::read_zipfile_from_stream(&mut joined).map_err(|cause| ExportError::Zip {
                path: PathBuf::from("-"),
                cause,
            })?;
        let Some(member) = member else { break };
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if source::stream_member_key(&name).is_none() {
            continue; // dropping the member skips its data
        }
        if member.encrypted() {
            return Err(ExportError::Encrypted {
                path: PathBuf::from("-"),
                member: name,
            });
        }
        found = true;
        let compressed = Some(member.compressed_size());
        let metered = Metered::new(member, compressed, &mut *meter);
        if !split_file(metered, 0, located, limits, tx, buffers)? {
            break;
        }
    }
    if !found {
        return Err(ExportError::NoConversations {
            path: PathBuf::from("-"),
            members: 0,
        });
    }
    Ok(())
}

/// [`split_file`] on a conversations file, or on the array inside a `chat.html` page.
pub(super) fn split_source<R: Read>(
    reader: R,
    html: bool,
    file: usize,
    located: &source::Located,
    limits: Limits,
    tx: &mut Batcher<Chunk, Numbered>,
    buffers: &PartBuffers,
) -> Result<bool, ExportError> {
    if html {
        split_file(
            html::JsonData::new(reader),
            file,
            located,
            limits,
            tx,
            buffers,
        )
    } else {
        split_file(reader, file, located, limits, tx, buffers)
    }
}

/// Splits one file into conversations and sends them; false when the receiver is gone.
pub(super) fn split_file<R: Read>(
    reader: R,
    file: usize,
    located: &source::Located,
    limits: Limits,
    tx: &mut Batcher<Chunk, Numbered>,
    buffers: &PartBuffers,
) -> Result<bool, ExportError> {
    let name = || describe_file(located, file);
    let max = usize::try_from(limits.max_conversation_bytes).unwrap_or(usize::MAX);
    let mut splitter = Splitter::new(reader, max).with_buffers(buffers.clone());
    let fail = |e: SplitError| -> ExportError {
        match e {
            SplitError::Io(io) => io_failure(io, name(), limits),
            SplitError::LfsPointer => ExportError::LfsPointer { file: name() },
            other => ExportError::Json {
                file: name(),
                source: JsonError(other.to_string()),
            },
        }
    };
    match splitter.start().map_err(fail)? {
        TopLevel::Array => {
            while let Some(item) = splitter.next_item().map_err(fail)? {
                let chunk = match item {
                    Item::Element { offset, bytes } => Chunk::Element {
                        file,
                        offset,
                        bytes,
                    },
                    Item::Part {
                        offset,
                        bytes,
                        piece,
                    } => Chunk::Part {
                        file,
                        offset,
                        bytes,
                        piece,
                    },
                    Item::Oversized { offset, size } => Chunk::Oversized { file, offset, size },
                };
                let size = match &chunk {
                    Chunk::Element { bytes, .. } | Chunk::Part { bytes, .. } => bytes.len(),
                    _ => 0,
                };
                if !tx.push(chunk, size) {
                    return Ok(false);
                }
            }
            if let Some(at) = splitter.trailing_garbage().map_err(fail)? {
                tx.push(
                    Chunk::Warning(format!(
                        "{} has unexpected bytes after its conversations, at byte {at}; they were ignored",
                        name()
                    )),
                    0,
                );
            }
            Ok(true)
        }
        TopLevel::Object => {
            // Not the official shape, but some tools write one conversation, or
            // {"conversations": [...]}. Rare and small: read it whole.
            let bytes = splitter.into_rest(max).map_err(fail)?;
            let value: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|e| ExportError::Json {
                    file: name(),
                    source: JsonError(format!("the JSON is not valid: {e}")),
                })?;
            let elements: Vec<serde_json::Value> = match value {
                serde_json::Value::Object(mut map) => {
                    if map.contains_key("mapping") {
                        vec![serde_json::Value::Object(map)]
                    } else if let Some(serde_json::Value::Array(items)) =
                        map.remove("conversations")
                    {
                        items
                    } else {
                        return Err(ExportError::Json {
                            file: name(),
                            source: JsonError(
                                "expected a JSON array of conversations but found an object without conversations".into(),
                            ),
                        });
                    }
                }
                _ => Vec::new(),
            };
            for element in elements {
                let bytes = serde_json::to_vec(&element).unwrap_or_default();
                let size = bytes.len();
                let chunk = Chunk::Element {
                    file,
                    offset: 0,
                    bytes,
                };
                if !tx.push(chunk, size) {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

pub(super) fn io_failure(e: io::Error, file: String, limits: Limits) -> ExportError {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<LimitHit>())
    {
        Some(LimitHit::Total) => ExportError::TooLarge {
            file,
            limit: limits.max_total_bytes,
        },
        Some(LimitHit::Ratio) => ExportError::RatioExceeded {
            file,
            limit: limits.max_ratio,
        },
        None if e
            .get_ref()
            .is_some_and(|inner| inner.is::<html::NoJsonData>()) =>
        {
            ExportError::NoJsonData { file }
        }
        None => ExportError::Read { file, source: e },
    }
}
