pub(crate) mod redact;
