//! The `ferry` binary: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

// Reading allocates many small strings on one thread and frees them on another; mimalloc
// handles that pattern markedly faster than the system allocator (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    purge_freed_memory_at_once();
    ferry::cli::main()
}

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_t` (`mimalloc.h`), which
/// libmimalloc-sys does not name: between the two options around it, checked here.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = libmimalloc_sys::mi_option_eager_commit_delay + 1;
const _: () = assert!(libmimalloc_sys::mi_option_use_numa_nodes == PURGE_DELAY + 1);

/// Gives freed memory back to the system at once instead of 10 ms later (mimalloc's default).
///
/// Reading a long conversation frees megabytes at a time on several threads while others
/// allocate; pages kept for the delay made the peak RSS depend on timing: `inspect` of the
/// 1.6 GB benchmark export peaked at 61–77 MB from run to run, and at 56 MB with no delay
/// (`extract` at 400 MB: 64–65 MB, and 60 MB), for 0–5% more wall time (README,
/// Performance). A `MIMALLOC_PURGE_DELAY` set in the environment still wins.
#[allow(unsafe_code)]
fn purge_freed_memory_at_once() {
    // SAFETY: `mi_option_set_default` stores one integer in mimalloc's option table and takes
    // no pointer. It is not thread-safe: this runs first in `main`, before ferry starts any
    // thread. It leaves an option that the environment set as it is.
    unsafe { libmimalloc_sys::mi_option_set_default(PURGE_DELAY, 0) }
}
