//! The `ferry` binary: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

// Reading allocates many small strings on one thread and frees them on another; mimalloc
// handles that pattern markedly faster than the system allocator (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ferry::cli::main()
}
