/*
** criterion.h (stand-in) — the subset of Criterion's API the collector's
** tests use, so that they run under ThreadSanitizer: Criterion itself
** cannot start under TSan (its boxfort arena mapping fails, Snaipe/Criterion
** issue 274). Used only by the VM_TSAN tree (CMakeLists.txt beside it).
** Tests run one after another in one process; a failed cr_assert ends the
** run, a failed cr_expect is counted; the exit status says whether any
** check failed. Messages after the condition are accepted and ignored.
*/
#ifndef CRSHIM_H
#define CRSHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
typedef struct crs_test { const char *suite, *name; void (*fn)(void); } crs_test;
typedef struct crs_suite { const char *name; void (*init)(void); void (*fini)(void); } crs_suite;
void crs_register(crs_test t);
void crs_register_suite(crs_suite s);
extern int crs_failed;
#define TestSuite(sname, ...) \
  __attribute__((constructor)) static void crs_suite_##sname(void) { \
    crs_register_suite((crs_suite){.name = #sname, __VA_ARGS__}); }
#define Test(sname, tname, ...) \
  static void crs_fn_##sname##_##tname(void); \
  __attribute__((constructor)) static void crs_reg_##sname##_##tname(void) { \
    crs_register((crs_test){#sname, #tname, crs_fn_##sname##_##tname}); } \
  static void crs_fn_##sname##_##tname(void)
#define crs_check(fatal, cond, ...) do { if (!(cond)) { \
    fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); crs_failed++; \
    if (fatal) exit(1); } } while (0)
#define cr_assert(c, ...) crs_check(1, (c))
#define cr_expect(c, ...) crs_check(0, (c))
#define cr_assert_not(c, ...) crs_check(1, !(c))
#define cr_expect_not(c, ...) crs_check(0, !(c))
#define cr_assert_eq(a, b, ...) crs_check(1, (a) == (b))
#define cr_expect_eq(a, b, ...) crs_check(0, (a) == (b))
#define cr_assert_neq(a, b, ...) crs_check(1, (a) != (b))
#define cr_expect_neq(a, b, ...) crs_check(0, (a) != (b))
#define cr_assert_lt(a, b, ...) crs_check(1, (a) < (b))
#define cr_expect_lt(a, b, ...) crs_check(0, (a) < (b))
#define cr_assert_leq(a, b, ...) crs_check(1, (a) <= (b))
#define cr_expect_leq(a, b, ...) crs_check(0, (a) <= (b))
#define cr_assert_gt(a, b, ...) crs_check(1, (a) > (b))
#define cr_expect_gt(a, b, ...) crs_check(0, (a) > (b))
#define cr_assert_geq(a, b, ...) crs_check(1, (a) >= (b))
#define cr_expect_geq(a, b, ...) crs_check(0, (a) >= (b))
#define cr_assert_null(a, ...) crs_check(1, (a) == NULL)
#define cr_expect_null(a, ...) crs_check(0, (a) == NULL)
#define cr_assert_not_null(a, ...) crs_check(1, (a) != NULL)
#define cr_expect_not_null(a, ...) crs_check(0, (a) != NULL)
#define cr_log_info(...) (fprintf(stderr, __VA_ARGS__), fputc('\n', stderr))
#endif
