/*
** time.c — package time: Sleep on the scheduler's timer heap (vm/sched.c),
** time.Duration (its methods, ParseDuration) and time.Time (Now, Since,
** Until, Unix and the methods that compare and subtract).
**
** time.Duration is an int64 count of nanoseconds (stdlib.def declares the
** type, its unit constants and its value-receiver methods). Sleep parks
** the calling goroutine until the monotonic clock has advanced by d; a
** non-positive d returns at once, as in Go.
**
** Duration.String (rt_duration_format) writes Go's format right to left
** into a 32-byte buffer, as Go's does: below one second a single unit
** (ns, µs, ms) with up to 0, 3 or 6 fraction digits; from one second on
** "[Nh][Nm]N[.fffffffff]s" (hours and minutes only when non-zero, seconds
** always); fraction digits without trailing zeros, no point when they are
** all zero; "0s" for zero; a leading '-' for negatives (the magnitude is
** taken as uint64, so the most negative Duration prints right).
**
** ParseDuration follows Go's grammar [-+]?([0-9]*(\.[0-9]*)?unit)+ with
** its overflow rules (the whole in uint64 up to 1<<63, fractions in
** float64 scaled by the unit) and its error texts, whose quoting escapes
** '"' and '\' and writes bytes outside ' '..0x7f as \xHH.
*/
#include <string.h>
#include <time.h>

#include "lib.h"
#include "../vm/sched.h"

/* func Sleep(d Duration) */
void rt_time_Sleep(VM *vm, Word *args) { sched_sleep(vm, args[0].i); }

/* {==================================================================
** Duration.String
** =================================================================== */

/* Writes v's [prec] lowest decimal digits as a fraction ending at buf[w]
** (trailing zeros and then the point omitted); returns the new start and
** leaves the integer part in *v. */
static size_t fmt_frac(char *buf, size_t w, uint64_t *v, int prec) {
  bool print = false;
  for (int i = 0; i < prec; i++) {
    unsigned digit = (unsigned)(*v % 10);
    print = print || digit != 0;
    if (print) buf[--w] = (char)('0' + digit);
    *v /= 10;
  }
  if (print) buf[--w] = '.';
  return w;
}

static size_t fmt_int(char *buf, size_t w, uint64_t v) {
  if (v == 0) buf[--w] = '0';
  for (; v > 0; v /= 10) buf[--w] = (char)('0' + v % 10);
  return w;
}

size_t rt_duration_format(int64_t d, char out[RT_DURATION_BUF]) {
  char buf[RT_DURATION_BUF];
  size_t w = sizeof buf;
  uint64_t u = (uint64_t)d;
  bool neg = d < 0;
  if (neg) u = -u;
  if (u < 1000000000) {
    int prec;
    if (u == 0) {
      memcpy(out, "0s", 2);
      return 2;
    }
    buf[--w] = 's';
    if (u < 1000) {
      prec = 0;
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      w -= 2;
      memcpy(&buf[w], "\xc2\xb5", 2);  /* U+00B5 µ */
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    w = fmt_frac(buf, w, &u, prec);
    w = fmt_int(buf, w, u);
  } else {
    buf[--w] = 's';
    w = fmt_frac(buf, w, &u, 9);
    w = fmt_int(buf, w, u % 60);  /* seconds */
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      w = fmt_int(buf, w, u % 60);
      u /= 60;
      if (u > 0) {
        buf[--w] = 'h';
        w = fmt_int(buf, w, u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  memcpy(out, &buf[w], sizeof buf - w);
  return sizeof buf - w;
}

/* func (d Duration) String() string */
void rt_time_Duration_String(VM *vm, Word *args) {
  char buf[RT_DURATION_BUF];
  size_t n = rt_duration_format(args[0].i, buf);
  lib_ret_str(args, lib_string_copy(vm, (const uint8_t *)buf, (int64_t)n));
}

/* }================================================================== */

/* {==================================================================
** Duration's other methods (Go's time.go)
** =================================================================== */

enum { NS_SECOND = 1000000000 };
#define MIN_DURATION INT64_MIN
#define MAX_DURATION INT64_MAX

void rt_time_Duration_Nanoseconds(VM *vm, Word *args) { (void)vm; (void)args; }
void rt_time_Duration_Microseconds(VM *vm, Word *args) { (void)vm; args[0].i /= 1000; }
void rt_time_Duration_Milliseconds(VM *vm, Word *args) { (void)vm; args[0].i /= 1000000; }

/* The whole units and the rest separately, so that large durations keep
** their nanoseconds (Go's Seconds, Minutes, Hours). */
static double in_units(int64_t d, int64_t unit) {
  return (double)(d / unit) + (double)(d % unit) / (double)unit;
}

void rt_time_Duration_Seconds(VM *vm, Word *args) { (void)vm; args[0].f = in_units(args[0].i, NS_SECOND); }
void rt_time_Duration_Minutes(VM *vm, Word *args) { (void)vm; args[0].f = in_units(args[0].i, 60LL * NS_SECOND); }
void rt_time_Duration_Hours(VM *vm, Word *args) { (void)vm; args[0].f = in_units(args[0].i, 3600LL * NS_SECOND); }

void rt_time_Duration_Truncate(VM *vm, Word *args) {
  (void)vm;
  int64_t d = args[0].i, m = args[1].i;
  if (m > 0) args[0].i = d - d % m;
}

static bool less_than_half(int64_t x, int64_t y) { return (uint64_t)x + (uint64_t)x < (uint64_t)y; }

/* Rounds halfway values away from zero; saturates on overflow. */
void rt_time_Duration_Round(VM *vm, Word *args) {
  (void)vm;
  int64_t d = args[0].i, m = args[1].i;
  if (m <= 0) return;
  int64_t r = d % m;
  if (d < 0) {
    r = -r;
    if (less_than_half(r, m)) args[0].i = d + r;
    else args[0].i = d >= MIN_DURATION + (m - r) ? d - m + r : MIN_DURATION;
    return;
  }
  if (less_than_half(r, m)) args[0].i = d - r;
  else args[0].i = d <= MAX_DURATION - (m - r) ? d + m - r : MAX_DURATION;
}

void rt_time_Duration_Abs(VM *vm, Word *args) {
  (void)vm;
  int64_t d = args[0].i;
  args[0].i = d >= 0 ? d : d == MIN_DURATION ? MAX_DURATION : -d;
}

/* }================================================================== */

/* {==================================================================
** ParseDuration
** =================================================================== */

/* Go's time.quote, appended to [b]. */
static void quote(rt_Buf *b, const uint8_t *s, int64_t n) {
  static const char hex[] = "0123456789abcdef";
  rt_buf_byte(b, '"');
  for (int64_t i = 0; i < n; i++) {
    uint8_t c = s[i];
    if (c >= 0x80 || c < ' ') {
      rt_buf_byte(b, '\\');
      rt_buf_byte(b, 'x');
      rt_buf_byte(b, hex[c >> 4]);
      rt_buf_byte(b, hex[c & 15]);
      continue;
    }
    if (c == '"' || c == '\\') rt_buf_byte(b, '\\');
    rt_buf_byte(b, (char)c);
  }
  rt_buf_byte(b, '"');
}

static const struct { const char *name; uint64_t ns; } units[] = {
  {"ns", 1}, {"us", 1000}, {"\xc2\xb5s", 1000}, {"\xce\xbcs", 1000},
  {"ms", 1000000}, {"s", NS_SECOND}, {"m", 60ULL * NS_SECOND}, {"h", 3600ULL * NS_SECOND},
};

static uint64_t unit_of(const uint8_t *u, int64_t n) {
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
    if ((int64_t)strlen(units[i].name) == n && memcmp(units[i].name, u, (size_t)n) == 0) return units[i].ns;
  return 0;
}

static bool is_digit(uint8_t c) { return c >= '0' && c <= '9'; }

#define LIMIT (1ULL << 63)

/* The error texts: [unit] non-NULL for "unknown unit", [what] else. */
static GoIface parse_error(VM *vm, GoString orig, const char *what, const uint8_t *unit, int64_t ulen) {
  rt_Buf b = {0};
  rt_buf_str(&b, "time: ");
  if (unit) {
    rt_buf_str(&b, "unknown unit ");
    quote(&b, unit, ulen);
    rt_buf_str(&b, " in duration ");
  } else {
    rt_buf_str(&b, what);
  }
  quote(&b, orig.ptr, orig.len);
  GoIface e = rt_error_new(vm, lib_buf_string(vm, &b));
  rt_buf_free(&b);
  return e;
}

/* Parses [s] into *d; NULL on success, else the error's first words. */
static const char *parse(const uint8_t *s, int64_t n, uint64_t *d, int64_t *ustart, int64_t *ulen) {
  static const char *invalid = "invalid duration ";
  int64_t i = 0;
  *d = 0;
  if (n == 1 && s[0] == '0') return NULL;
  if (n == 0) return invalid;
  while (i < n) {
    uint64_t v = 0, f = 0;
    double scale = 1;
    if (!(s[i] == '.' || is_digit(s[i]))) return invalid;
    int64_t start = i;
    for (; i < n && is_digit(s[i]); i++) {
      if (v > LIMIT / 10) return invalid;
      v = v * 10 + (uint64_t)(s[i] - '0');
      if (v > LIMIT) return invalid;
    }
    bool pre = i != start, post = false;
    if (i < n && s[i] == '.') {
      int64_t fstart = ++i;
      bool overflow = false;
      for (; i < n && is_digit(s[i]); i++) {
        if (overflow) continue;
        if (f > (LIMIT - 1) / 10) {
          overflow = true;
          continue;
        }
        uint64_t y = f * 10 + (uint64_t)(s[i] - '0');
        if (y > LIMIT) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = i != fstart;
    }
    if (!pre && !post) return invalid;
    int64_t u = i;
    while (i < n && s[i] != '.' && !is_digit(s[i])) i++;
    if (i == u) return "missing unit in duration ";
    uint64_t unit = unit_of(s + u, i - u);
    if (!unit) {
      *ustart = u;
      *ulen = i - u;
      return "";
    }
    if (v > LIMIT / unit) return invalid;
    v *= unit;
    if (f > 0) {
      v += (uint64_t)((double)f * ((double)unit / scale));
      if (v > LIMIT) return invalid;
    }
    *d += v;
    if (*d > LIMIT) return invalid;
  }
  return NULL;
}

/* func ParseDuration(s string) (Duration, error) */
void rt_time_ParseDuration(VM *vm, Word *args) {
  GoString orig = lib_str(args);
  const uint8_t *s = orig.ptr;
  int64_t n = orig.len, ustart = 0, ulen = 0;
  bool neg = false;
  if (n > 0 && (s[0] == '-' || s[0] == '+')) {
    neg = s[0] == '-';
    s++;
    n--;
  }
  uint64_t d;
  const char *err = parse(s, n, &d, &ustart, &ulen);
  if (!err && !neg && d > LIMIT - 1) err = "invalid duration ";
  if (err) {
    GoIface e = parse_error(vm, orig, err, err[0] ? NULL : s + ustart, ulen);
    args[0].i = 0;
    lib_ret_iface(args + 1, e);
    return;
  }
  args[0].i = neg ? (int64_t)(0 - d) : (int64_t)d;
  args[1].p = NULL;
  args[2].p = NULL;
}

/* }================================================================== */

/* {==================================================================
** time.Time: Go's representation {wall, ext, loc}
**
** wall's top bit (hasMonotonic) says the Time carries a monotonic clock
** reading: then wall holds 33 bits of seconds since 1885 above 30 bits of
** nanoseconds, and ext the monotonic nanoseconds since the VM started
** (sched_monotonic); without it, wall holds only the nanoseconds and ext
** the seconds since year 1. Comparisons and Sub use the monotonic readings
** when both sides have one, as Go's do, so they are immune to wall-clock
** steps. loc stays nil (UTC): no time zone is loaded, and nothing here
** prints a Time.
** =================================================================== */

#define HAS_MONO (1ULL << 63)
#define NSEC_SHIFT 30
#define NSEC_MASK ((1ULL << NSEC_SHIFT) - 1)
#define SECS_PER_DAY 86400LL
/* days from year 1 to 1970, and to 1885 (Go's minWall) */
#define UNIX_TO_INTERNAL ((1969LL * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECS_PER_DAY)
#define WALL_TO_INTERNAL ((1884LL * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * SECS_PER_DAY)

typedef struct GoTime { uint64_t wall; int64_t ext; void *loc; } GoTime;

static GoTime time_arg(const Word *a) { return (GoTime){a[0].u, a[1].i, a[2].p}; }
static void time_ret(Word *a, GoTime t) {
  a[0].u = t.wall;
  a[1].i = t.ext;
  a[2].p = t.loc;
}

static int32_t t_nsec(GoTime t) { return (int32_t)(t.wall & NSEC_MASK); }
static int64_t t_sec(GoTime t) {
  if (t.wall & HAS_MONO) return WALL_TO_INTERNAL + (int64_t)(t.wall << 1 >> (NSEC_SHIFT + 1));
  return t.ext;
}
static int64_t t_unix(GoTime t) { return t_sec(t) - UNIX_TO_INTERNAL; }
static bool both_mono(GoTime t, GoTime u) { return (t.wall & u.wall & HAS_MONO) != 0; }

static void strip_mono(GoTime *t) {
  if (t->wall & HAS_MONO) {
    t->ext = t_sec(*t);
    t->wall &= NSEC_MASK;
  }
}

static void add_sec(GoTime *t, int64_t d) {
  if (t->wall & HAS_MONO) {
    int64_t sec = (int64_t)(t->wall << 1 >> (NSEC_SHIFT + 1));
    int64_t dsec = sec + d;
    if (0 <= dsec && dsec <= (1LL << 33) - 1) {
      t->wall = (t->wall & NSEC_MASK) | (uint64_t)dsec << NSEC_SHIFT | HAS_MONO;
      return;
    }
    strip_mono(t);
  }
  int64_t sum = (int64_t)((uint64_t)t->ext + (uint64_t)d);
  if ((sum > t->ext) == (d > 0)) t->ext = sum;
  else t->ext = d > 0 ? INT64_MAX : -INT64_MAX;
}

static GoTime time_now(VM *vm) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  int64_t mono = sched_monotonic(vm);
  int64_t sec = (int64_t)ts.tv_sec + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
  if ((uint64_t)sec >> 33 != 0) return (GoTime){(uint64_t)ts.tv_nsec, sec + WALL_TO_INTERNAL, NULL};
  return (GoTime){HAS_MONO | (uint64_t)sec << NSEC_SHIFT | (uint64_t)ts.tv_nsec, mono, NULL};
}

static GoTime time_add(GoTime t, int64_t d) {
  int64_t dsec = d / NS_SECOND;
  int32_t nsec = t_nsec(t) + (int32_t)(d % NS_SECOND);
  if (nsec >= NS_SECOND) {
    dsec++;
    nsec -= NS_SECOND;
  } else if (nsec < 0) {
    dsec--;
    nsec += NS_SECOND;
  }
  t.wall = (t.wall & ~NSEC_MASK) | (uint64_t)nsec;
  add_sec(&t, dsec);
  if (t.wall & HAS_MONO) {
    int64_t te = (int64_t)((uint64_t)t.ext + (uint64_t)d);
    if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext)) strip_mono(&t);
    else t.ext = te;
  }
  return t;
}

static bool time_equal(GoTime t, GoTime u) {
  if (both_mono(t, u)) return t.ext == u.ext;
  return t_sec(t) == t_sec(u) && t_nsec(t) == t_nsec(u);
}

static bool time_before(GoTime t, GoTime u) {
  if (both_mono(t, u)) return t.ext < u.ext;
  int64_t ts = t_sec(t), us = t_sec(u);
  return ts < us || (ts == us && t_nsec(t) < t_nsec(u));
}

/* t - u, saturated at the Duration range (Go's Sub). */
static int64_t time_sub(GoTime t, GoTime u) {
  if (both_mono(t, u)) {
    int64_t te = t.ext, ue = u.ext, d = (int64_t)((uint64_t)te - (uint64_t)ue);
    if (d < 0 && te > ue) return MAX_DURATION;
    if (d > 0 && te < ue) return MIN_DURATION;
    return d;
  }
  int64_t d = (int64_t)((uint64_t)(t_sec(t) - t_sec(u)) * NS_SECOND) + (t_nsec(t) - t_nsec(u));
  if (time_equal(time_add(u, d), t)) return d;
  return time_before(t, u) ? MIN_DURATION : MAX_DURATION;
}

/* Now, reduced to its monotonic reading (Go's Since and Until when t has
** one). */
static GoTime mono_now(VM *vm, GoTime t) {
  if (t.wall & HAS_MONO) return (GoTime){HAS_MONO, sched_monotonic(vm), NULL};
  return time_now(vm);
}

void rt_time_Now(VM *vm, Word *args) { time_ret(args, time_now(vm)); }
void rt_time_now_words(VM *vm, Word out[3]) { time_ret(out, time_now(vm)); }
void rt_time_Since(VM *vm, Word *args) {
  GoTime t = time_arg(args);
  args[0].i = time_sub(mono_now(vm, t), t);
}
void rt_time_Until(VM *vm, Word *args) {
  GoTime t = time_arg(args);
  args[0].i = time_sub(t, mono_now(vm, t));
}

/* func Unix(sec int64, nsec int64) Time */
void rt_time_Unix(VM *vm, Word *args) {
  (void)vm;
  int64_t sec = args[0].i, nsec = args[1].i;
  if (nsec < 0 || nsec >= NS_SECOND) {
    int64_t n = nsec / NS_SECOND;
    sec += n;
    nsec -= n * NS_SECOND;
    if (nsec < 0) {
      nsec += NS_SECOND;
      sec--;
    }
  }
  time_ret(args, (GoTime){(uint64_t)nsec, sec + UNIX_TO_INTERNAL, NULL});
}

void rt_time_Time_Sub(VM *vm, Word *args) { (void)vm; args[0].i = time_sub(time_arg(args), time_arg(args + 3)); }
void rt_time_Time_Add(VM *vm, Word *args) { (void)vm; time_ret(args, time_add(time_arg(args), args[3].i)); }
void rt_time_Time_Before(VM *vm, Word *args) { (void)vm; args[0].u = time_before(time_arg(args), time_arg(args + 3)); }
void rt_time_Time_After(VM *vm, Word *args) { (void)vm; args[0].u = time_before(time_arg(args + 3), time_arg(args)); }
void rt_time_Time_Equal(VM *vm, Word *args) { (void)vm; args[0].u = time_equal(time_arg(args), time_arg(args + 3)); }
void rt_time_Time_IsZero(VM *vm, Word *args) {
  (void)vm;
  GoTime t = time_arg(args);
  args[0].u = t_sec(t) == 0 && t_nsec(t) == 0;
}
void rt_time_Time_Unix(VM *vm, Word *args) { (void)vm; args[0].i = t_unix(time_arg(args)); }
void rt_time_Time_UnixMilli(VM *vm, Word *args) {
  (void)vm;
  GoTime t = time_arg(args);
  args[0].i = t_unix(t) * 1000 + t_nsec(t) / 1000000;
}
void rt_time_Time_UnixMicro(VM *vm, Word *args) {
  (void)vm;
  GoTime t = time_arg(args);
  args[0].i = t_unix(t) * 1000000 + t_nsec(t) / 1000;
}
void rt_time_Time_UnixNano(VM *vm, Word *args) {
  (void)vm;
  GoTime t = time_arg(args);
  args[0].i = (int64_t)((uint64_t)t_unix(t) * NS_SECOND) + t_nsec(t);
}
void rt_time_Time_Nanosecond(VM *vm, Word *args) { (void)vm; args[0].i = t_nsec(time_arg(args)); }

/* }================================================================== */
