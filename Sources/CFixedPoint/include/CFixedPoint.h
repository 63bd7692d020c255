/// Exact fixed-point formatting for the numbers Cairo writes into a PDF, and the `snprintf` that uses it.
///
/// Linking this target into an executable replaces glibc's `snprintf` and `__snprintf_chk` for the whole
/// process (see fixed_point.c for why and how). The first two functions below are the formatting itself,
/// declared so that tests can compare it with glibc's `vsnprintf`; the third says whether the replacement
/// is in effect.
#ifndef FOLIO_C_FIXED_POINT_H
#define FOLIO_C_FIXED_POINT_H

#include <stddef.h>

/// Writes `value` as `printf("%.*f", precision, value)` would in the C locale and the default rounding mode.
///
/// Returns the length written (without the terminating NUL; at most `size - 1` bytes are stored, as
/// `snprintf` does), or -1 when the value is one it leaves to glibc: not finite, a precision outside 0...18,
/// or a magnitude whose digits do not fit in 64 bits.
int folio_format_fixed(char *buffer, size_t size, double value, int precision);

/// Writes `value` as `printf("%d", value)` would; returns the length, as `snprintf` does.
int folio_format_int(char *buffer, size_t size, int value);

/// Whether this process's `snprintf` is the one defined here (the dynamic linker binds the executable's first).
int folio_fixed_point_is_interposed(void);

#endif
