// Cairo's number formatting, answered with exact integer arithmetic instead of glibc's multi-precision printf.
//
// Cairo 1.16 writes every coordinate, matrix entry and colour of a PDF page with `snprintf`: "%f", and for
// magnitudes under 0.1 "%.18f" followed by "%.*f" again (`_cairo_dtostr`), integers with "%d". A 94-page
// briefing makes about 136,000 such calls when Cairo shows its pages, on the one thread that writes the
// file; glibc formats each double through `__printf_fp` (multi-precision division, locale lookups), a sixth
// of that thread's time. Cairo offers no hook, so this file defines `snprintf` and `__snprintf_chk` in the
// executable, which the dynamic linker binds before glibc's for every library of the process.
//
// The digits are glibc's: the exact binary value times 10^precision, rounded half to even (glibc's rule in
// the default rounding mode), computed in 128-bit integers. Anything else — another format, another
// rounding mode, a locale whose decimal point is not ".", a value too large for 64-bit digits — goes to
// glibc's own `vsnprintf` (or `__vsnprintf_chk`) untouched. Tests compare the two over millions of values.
#define _GNU_SOURCE  // RTLD_DEFAULT
#include "CFixedPoint.h"

#include <dlfcn.h>
#include <fenv.h>
#include <langinfo.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

extern int __vsnprintf_chk(char *buffer, size_t size, int flag, size_t object_size, const char *format,
                           va_list arguments);
extern void __chk_fail(void) __attribute__((noreturn));

static const uint64_t powers_of_ten[19] = {
    1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
    1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
    100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
    1000000000000000000ull,
};

/// Copies `length` bytes of `text` as snprintf would into a buffer of `size`, and returns `length`.
static int store(char *buffer, size_t size, const char *text, int length) {
    if (size > 0) {
        size_t stored = (size_t)length < size - 1 ? (size_t)length : size - 1;
        memcpy(buffer, text, stored);
        buffer[stored] = '\0';
    }
    return length;
}

/// Writes the decimal digits of `value` backwards from `end`; returns where they start.
static char *digits_before(char *end, uint64_t value) {
    do {
        *--end = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    return end;
}

int folio_format_fixed(char *buffer, size_t size, double value, int precision) {
    if (precision < 0 || precision > 18) return -1;
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    int negative = (int)(bits >> 63);
    int biased_exponent = (int)((bits >> 52) & 0x7ff);
    uint64_t mantissa = bits & ((1ull << 52) - 1);
    if (biased_exponent == 0x7ff) return -1;
    if (biased_exponent == 0) {
        biased_exponent = 1;
    } else {
        mantissa |= 1ull << 52;
    }
    int exponent = biased_exponent - 1075;  // value = ±mantissa × 2^exponent

    // scaled = the value × 10^precision, rounded half to even; mantissa × 10^18 < 2^113, so it fits.
    unsigned __int128 scaled;
    if (mantissa == 0) {
        scaled = 0;
    } else if (exponent >= 0) {
        if (exponent > 10) return -1;
        scaled = ((unsigned __int128)mantissa << exponent) * powers_of_ten[precision];
    } else {
        unsigned __int128 exact = (unsigned __int128)mantissa * powers_of_ten[precision];
        int shift = -exponent;
        if (shift > 113) {
            scaled = 0;  // exact < 2^113 ≤ half a unit: rounds to zero
        } else {
            scaled = exact >> shift;
            unsigned __int128 remainder = exact - (scaled << shift);
            unsigned __int128 half = (unsigned __int128)1 << (shift - 1);
            if (remainder > half || (remainder == half && (scaled & 1))) scaled += 1;
        }
    }
    if (scaled >> 64) return -1;

    uint64_t whole = (uint64_t)scaled / powers_of_ten[precision];
    uint64_t fraction = (uint64_t)scaled - whole * powers_of_ten[precision];
    char text[48];
    char *end = text + sizeof text;
    char *start = end;
    if (precision > 0) {
        for (int digit = 0; digit < precision; digit++) {
            *--start = (char)('0' + fraction % 10);
            fraction /= 10;
        }
        *--start = '.';
    }
    start = digits_before(start, whole);
    if (negative) *--start = '-';
    return store(buffer, size, start, (int)(end - start));
}

int folio_format_int(char *buffer, size_t size, int value) {
    char text[16];
    char *end = text + sizeof text;
    uint64_t magnitude = value < 0 ? (uint64_t)(-(int64_t)value) : (uint64_t)value;
    char *start = digits_before(end, magnitude);
    if (value < 0) *--start = '-';
    return store(buffer, size, start, (int)(end - start));
}

// The replacement itself is glibc's business (its fortified entry points, its locale and rounding rules).
#if defined(__GLIBC__)

/// Whether glibc would print a double here exactly as this file does: "." as the decimal point and
/// rounding to nearest.
static int conventional_environment(void) {
    const char *point = nl_langinfo(RADIXCHAR);
    return point[0] == '.' && point[1] == '\0' && fegetround() == FE_TONEAREST;
}

/// The formats answered here; everything else is glibc's.
enum known_format { other_format, fixed_default, fixed_eighteen, fixed_given, decimal_int };

static enum known_format known_format_of(const char *format) {
    if (format[0] != '%') return other_format;
    if (strcmp(format, "%f") == 0) return fixed_default;
    if (strcmp(format, "%.18f") == 0) return fixed_eighteen;
    if (strcmp(format, "%.*f") == 0) return fixed_given;
    if (strcmp(format, "%d") == 0) return decimal_int;
    return other_format;
}

/// glibc's own formatting, for what this file does not answer.
static int glibc_format(char *buffer, size_t size, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int length = vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return length;
}

/// Whether a known format is answered here in this thread's locale and rounding mode.
static int answerable(enum known_format kind) {
    return kind == decimal_int || (kind != other_format && conventional_environment());
}

/// Answers an answerable format, reading its arguments.
static int answer(char *buffer, size_t size, enum known_format kind, va_list arguments) {
    if (kind == decimal_int) return folio_format_int(buffer, size, va_arg(arguments, int));
    int precision = kind == fixed_default ? 6 : kind == fixed_eighteen ? 18 : va_arg(arguments, int);
    double value = va_arg(arguments, double);
    int length = folio_format_fixed(buffer, size, value, precision);
    return length >= 0 ? length : glibc_format(buffer, size, "%.*f", precision, value);
}

int snprintf(char *buffer, size_t size, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    enum known_format kind = known_format_of(format);
    int length = answerable(kind) ? answer(buffer, size, kind, arguments)
                                  : vsnprintf(buffer, size, format, arguments);
    va_end(arguments);
    return length;
}

/// The fortified entry point (`_FORTIFY_SOURCE`), which Debian's Cairo calls: the same, after glibc's check
/// that the size given is not larger than the buffer.
int __snprintf_chk(char *buffer, size_t size, int flag, size_t object_size, const char *format, ...) {
    if (size > object_size) __chk_fail();
    va_list arguments;
    va_start(arguments, format);
    enum known_format kind = known_format_of(format);
    int length = answerable(kind) ? answer(buffer, size, kind, arguments)
                                  : __vsnprintf_chk(buffer, size, flag, object_size, format, arguments);
    va_end(arguments);
    return length;
}

int folio_fixed_point_is_interposed(void) {
    return dlsym(RTLD_DEFAULT, "snprintf") == (void *)snprintf;
}

#else

int folio_fixed_point_is_interposed(void) { return 0; }

#endif
