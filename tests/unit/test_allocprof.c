/*
** test_allocprof.c — the allocation profile (vm/allocprof.c) through the
** public API: no table without vm_Config.allocprof; with it, exact counts
** and bytes per site, the table's order (heap bytes, then stack bytes,
** then position), fresh counters for each run, and the table after a
** panic's report.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../vm/allocprof.h"
#include "../../vm/vm.h"

typedef struct Err { char text[1 << 14]; size_t len; } Err;

/* Keeps what the program writes to stderr. */
static void keep_stderr(void *ud, int stream, const char *data, size_t len) {
  Err *e = ud;
  if (stream != VM_STDERR) return;
  size_t room = sizeof e->text - e->len - 1;
  if (len > room) len = room;
  memcpy(e->text + e->len, data, len);
  e->len += len;
  e->text[e->len] = '\0';
}

static vm_State *load(Err *e, int prof, const char *src) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = keep_stderr;
  cfg.userdata = e;
  cfg.allocprof = prof;
  memset(e, 0, sizeof *e);
  vm_State *vm = vm_new(&cfg);
  cr_assert_not_null(vm);
  cr_assert_eq(vm_load_string(vm, "p.go", src, strlen(src)), VM_OK);
  return vm;
}

static const char loops[] =
    "package main\n"
    "\n"
    "type T struct{ a, b int }\n"
    "\n"
    "var sink *T\n"
    "\n"
    "func main() {\n"
    "\tfor i := 0; i < 7; i++ {\n"
    "\t\tp := &T{i, 1}\n"
    "\t\tsink = &T{p.b, i}\n"
    "\t}\n"
    "\tvar b []byte\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tb = append(b, 'x')\n"
    "\t}\n"
    "\t_ = b\n"
    "}\n";

Test(allocprof, off_by_default) {
  Err e;
  vm_State *vm = load(&e, 0, loops);
  cr_expect_eq(vm_run_main(vm), VM_OK);
  cr_expect_null(vm->allocprof);
  cr_expect_str_empty(e.text);
  vm_free(vm);
}

Test(allocprof, counts_and_order) {
  Err e;
  vm_State *vm = load(&e, 1, loops);
  cr_assert_eq(vm_run_main(vm), VM_OK);
  /* append growth 0 -> 8 bytes: only the first append allocates */
  cr_expect_str_eq(e.text,
                   "alloc profile:\n"
                   "p.go:10:10  composite literal  &T{...}        heap (escapes to heap)  "
                   "count=7 stack=0 heap=112\n"
                   "p.go:14:13  append             append growth  heap (escapes to heap)  "
                   "count=3 stack=0 heap=8\n"
                   "p.go:9:8    composite literal  &T{...}        stack (does not escape)  "
                   "count=7 stack=112 heap=0\n");
  /* a second run starts from zero */
  e.len = 0;
  e.text[0] = '\0';
  cr_assert_eq(vm_run_main(vm), VM_OK);
  cr_expect_not_null(strstr(e.text, "count=7 stack=0 heap=112\n"));
  vm_free(vm);
}

Test(allocprof, after_panic_report) {
  Err e;
  vm_State *vm = load(&e, 1,
                      "package main\n\nvar sink *int\n\nfunc main() {\n"
                      "\tsink = new(int)\n\tpanic(\"boom\")\n}\n");
  cr_expect_eq(vm_run_main(vm), VM_ERR_RUNTIME);
  const char *panic = strstr(e.text, "panic: boom");
  const char *table = strstr(e.text, "alloc profile:\n");
  cr_assert_not_null(panic);
  cr_assert_not_null(table);
  cr_expect_lt(panic, table);
  /* panic's argument is boxed (16 bytes): that site comes first */
  cr_expect_str_eq(table,
                   "alloc profile:\n"
                   "p.go:7:7   interface conversion  interface box  heap (escapes to heap)  "
                   "count=1 stack=0 heap=16\n"
                   "p.go:6:12  new                   new(int)       heap (escapes to heap)  "
                   "count=1 stack=0 heap=8\n");
  vm_free(vm);
}

Test(allocprof, record_ignores_unknown_sites) {
  AllocProf *p = calloc(1, sizeof *p + 2 * sizeof(ApSite));
  cr_assert_not_null(p);
  p->nsites = 2;
  ap_heap(p, 1, 24);
  ap_stack(p, 0, 16);
  ap_heap(p, 2, 99);   /* out of range: ignored */
  cr_expect_eq(p->sites[1].count, 1);
  cr_expect_eq(p->sites[1].heap_bytes, 24);
  cr_expect_eq(p->sites[0].stack_bytes, 16);
  cr_expect_eq(p->sites[0].count, 1);
  free(p);
}
