import CFolio

/// Gives the memory the process has freed back to the system (glibc's `malloc_trim`).
///
/// Laying out a long document frees most of what it allocated (each window's blocks once placed, each page's
/// display list once kept in a file), but glibc keeps the freed pages in the process: the drawing, which
/// allocates in other sizes, then grew the process on top of them. Returned before the drawing starts, they
/// are 5 MB of the 63 MB peak of the 700-section benchmark, for well under a millisecond.
public enum FreedMemory {
    public static func giveBack() {
        _ = malloc_trim(0)
    }

    /// Has glibc return every block of a megabyte or more to the system as soon as it is freed.
    ///
    /// glibc raises that threshold (128 KiB at first) to the largest block freed so far: once a long
    /// briefing's file (3 MB) is read and let go, the layout's and the writer's large buffers are kept in the
    /// heap instead, and each one outgrown stays there as a hole for the rest of the run (1 MB of the
    /// 700-section benchmark's peak, 5 MB of the 100,000-row table's). Pinned at 1 MiB rather than glibc's
    /// first 128 KiB, a page's buffers (a few hundred KB at most) stay in the heap, where reusing them costs
    /// no system call. A process-wide setting, so the program's to make, like `CAIRO_DEBUG_PDF`.
    public static func returnLargeBlocksAtOnce() {
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 20)
    }
}
