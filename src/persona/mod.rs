pub(crate) mod patterns;
