//! Synthetic ChatGPT exports for tests, the demo and benchmarks (placeholder).
