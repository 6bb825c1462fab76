/*
** test_time.c — time.Duration's String (runtime/time.c,
** rt_duration_format) against Go 1.19: every expectation below was printed
** by time.Duration(d).String() for the same d. The set walks each unit's
** boundaries (ns/µs/ms below a second, then m and h), fraction digits with
** and without trailing zeros, negatives and both ends of int64.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "../../runtime/runtime.h"

typedef struct DurCase { int64_t d; const char *want; } DurCase;

static const DurCase cases[] = {
  {0LL, "0s"},
  {1LL, "1ns"},
  {-1LL, "-1ns"},
  {999LL, "999ns"},
  {1000LL, "1µs"},
  {1001LL, "1.001µs"},
  {1500LL, "1.5µs"},
  {999999LL, "999.999µs"},
  {1000000LL, "1ms"},
  {1000001LL, "1.000001ms"},
  {150000000LL, "150ms"},
  {999999999LL, "999.999999ms"},
  {1000000000LL, "1s"},
  {1500000000LL, "1.5s"},
  {59999999999LL, "59.999999999s"},
  {60000000000LL, "1m0s"},
  {123000000001LL, "2m3.000000001s"},
  {3599999999999LL, "59m59.999999999s"},
  {3600000000000LL, "1h0m0s"},
  {3661000000000LL, "1h1m1s"},
  {-5400000000000LL, "-1h30m0s"},
  {9223372036854775807LL, "2562047h47m16.854775807s"},
  {INT64_MIN, "-2562047h47m16.854775808s"},
};

Test(time_duration, string_matches_go) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[RT_DURATION_BUF + 1];
    size_t n = rt_duration_format(cases[i].d, buf);
    cr_assert_leq(n, (size_t)RT_DURATION_BUF);
    buf[n] = '\0';
    cr_expect_str_eq(buf, cases[i].want, "Duration(%lld)", (long long)cases[i].d);
  }
}

Test(time_duration, longest_text_fits) {
  /* the most negative Duration has the longest text: 26 bytes */
  char buf[RT_DURATION_BUF];
  cr_expect_eq(rt_duration_format(INT64_MIN, buf), strlen("-2562047h47m16.854775808s"));
}
