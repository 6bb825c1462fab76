/*
** crshim.c — the runner of the Criterion stand-in (criterion/criterion.h):
** tests and suites register themselves from constructors; main runs them
** in registration order with their suite's init/fini.
*/
#include "criterion/criterion.h"
int crs_failed;
enum { MAX_TESTS = 256, MAX_SUITES = 16 };
static crs_test tests[MAX_TESTS];
static int ntests;
static crs_suite suites[MAX_SUITES];
static int nsuites;
void crs_register(crs_test t) {
  if (ntests < MAX_TESTS) tests[ntests++] = t;
}
void crs_register_suite(crs_suite s) {
  if (nsuites < MAX_SUITES) suites[nsuites++] = s;
}
int main(void) {
  for (int i = 0; i < ntests; i++) {
    crs_suite *s = NULL;
    for (int k = 0; k < nsuites; k++) if (!strcmp(suites[k].name, tests[i].suite)) s = &suites[k];
    if (s && s->init) s->init();
    int before = crs_failed;
    tests[i].fn();
    if (s && s->fini) s->fini();
    fprintf(stderr, "[%s] %s::%s\n", crs_failed == before ? "PASS" : "FAIL", tests[i].suite, tests[i].name);
  }
  fprintf(stderr, "tests: %d, failed checks: %d\n", ntests, crs_failed);
  return crs_failed != 0;
}
