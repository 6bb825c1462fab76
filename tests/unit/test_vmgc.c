/*
** test_vmgc.c — the collector wired into the VM (vm/gcroots.c): Go
** programs run through the API while cycles run, checking that what is
** reachable from globals, frames, maps and interior pointers survives
** intact and that garbage (cyclic too) is freed; runtime.GC, GOGC,
** debug.SetGCPercent, the gctrace line, the stress mode, closures, blocked
** goroutines and channel buffers; host handles (vmgc_ref) as roots.
*/
#include <criterion/criterion.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../gc/gcint.h"
#include "../../vm/gcroots.h"
#include "../../vm/module.h"
#include "../../vm/vm.h"

typedef struct Out { char text[2][1 << 16]; size_t len[2]; } Out;

static void capture(void *ud, int stream, const char *data, size_t len) {
  Out *o = ud;
  int k = stream == VM_STDERR;
  size_t room = sizeof o->text[k] - o->len[k] - 1;
  if (len > room) len = room;
  memcpy(o->text[k] + o->len[k], data, len);
  o->len[k] += len;
  o->text[k][o->len[k]] = '\0';
}

/* Loads and runs [src]; the VM stays alive for inspection. */
static vm_State *run(const char *src, Out *o, int gcstress, int gctrace) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = capture;
  cfg.userdata = o;
  cfg.gcstress = gcstress;
  cfg.gctrace = gctrace;
  memset(o, 0, sizeof *o);
  vm_State *vm = vm_new(&cfg);
  cr_assert_not_null(vm);
  cr_assert_eq(vm_load_string(vm, "t.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm_run_main(vm), VM_OK, "%s%s", o->text[1], vm_error(vm));
  return vm;
}

/* A program that builds structures reachable from a global, from frames
** (locals of a recursion), from a map and through an interior pointer,
** makes cyclic garbage, collects in the middle of it all, then checks
** every structure and reports what MemStats saw. */
static const char roots_prog[] =
    "package main\n"
    "import (\"fmt\"; \"runtime\")\n"
    "type Node struct { next *Node; val int; name string }\n"
    "var global *Node\n"
    "func list(n, base int) *Node {\n"
    "  var h *Node\n"
    "  for i := 0; i < n; i++ { h = &Node{next: h, val: base + i, name: fmt.Sprint(\"v\", i)} }\n"
    "  return h\n"
    "}\n"
    "func sum(h *Node) int { s := 0; for ; h != nil; h = h.next { s += h.val + len(h.name) }; return s }\n"
    "func ring(n int) { h := list(n, 0); t := h; for t.next != nil { t = t.next }; t.next = h }\n"
    "func deep(d int, m map[string]*Node) int {\n"
    "  local := list(20, d)\n"
    "  if d == 0 {\n"
    "    for i := 0; i < 50; i++ { ring(40); _ = list(30, i) }\n"
    "    runtime.GC()\n"
    "    return sum(local)\n"
    "  }\n"
    "  return deep(d-1, m) + sum(local)\n"
    "}\n"
    "func main() {\n"
    "  global = list(500, 0)\n"
    "  m := map[string]*Node{}\n"
    "  for i := 0; i < 100; i++ { m[fmt.Sprint(\"k\", i)] = list(5, i) }\n"
    "  arr := make([]int64, 10000)\n"
    "  for i := range arr { arr[i] = int64(i) }\n"
    "  mid := arr[5000:5001]\n"
    "  arr = nil\n"
    "  var before runtime.MemStats\n"
    "  runtime.ReadMemStats(&before)\n"
    "  d := deep(30, m)\n"
    "  var after runtime.MemStats\n"
    "  runtime.ReadMemStats(&after)\n"
    "  ms := 0\n"
    "  for _, v := range m { ms += sum(v) }\n"
    "  fmt.Println(sum(global), d, ms, mid[0], len(m))\n"
    "  fmt.Println(after.NumGC > before.NumGC, after.Frees-before.Frees >= 50*70,\n"
    "    after.NumForcedGC >= 1, after.HeapAlloc >= 80000)\n"
    "  mid = nil\n"
    "  runtime.GC()\n"
    "  runtime.ReadMemStats(&after)\n"
    "  fmt.Println(after.HeapAlloc < 80000, after.PauseTotalNs > 0, after.LastGC > 0,\n"
    "    after.HeapInuse+after.HeapIdle == after.HeapSys, after.StackInuse >= 2048)\n"
    "}\n";

/* sum(list(n, base)) = n*base + n(n-1)/2 + the name lengths. */
static long list_sum(long n, long base) {
  long s = n * base + n * (n - 1) / 2;
  for (long i = 0; i < n; i++) s += i < 10 ? 2 : i < 100 ? 3 : 4;
  return s;
}

static void check_roots_output(const Out *o) {
  long deep = 0, maps = 0;
  for (long d = 0; d <= 30; d++) deep += list_sum(20, d);
  for (long i = 0; i < 100; i++) maps += list_sum(5, i);
  char want[512];
  snprintf(want, sizeof want, "%ld %ld %ld 5000 100\ntrue true true true\ntrue true true true true\n",
           list_sum(500, 0), deep, maps);
  cr_expect_str_eq(o->text[0], want);
}

Test(vmgc, globals_frames_maps_and_interior_pointers_are_roots) {
  static Out o;
  vm_State *vm = run(roots_prog, &o, 0, 0);
  check_roots_output(&o);
  vm_free(vm);
}

Test(vmgc, the_same_under_gc_stress) {
  static Out o;
  vm_State *vm = run(roots_prog, &o, 1, 0);
  check_roots_output(&o);
  cr_expect_gt(vm->heap.stats.num_gc, 1000, "a cycle per allocation: %u",
               (unsigned)vm->heap.stats.num_gc);
  vm_free(vm);
}

/* After the run the globals are still roots: the object a global points
** to survives a collection, and is freed once the global is cleared. */
Test(vmgc, a_global_keeps_its_object_until_cleared) {
  static Out o;
  vm_State *vm = run("package main\n"
                     "type T struct { p *T; x [4]int }\n"
                     "var keep *T\n"
                     "func main() { keep = &T{x: [4]int{1, 2, 3, 4}}; keep.p = keep }\n",
                     &o, 0, 0);
  const Module *m = vm->module;
  int k = -1;
  for (int i = 0; i < m->global_words; i++)
    if ((m->global_ptrmap[i / 8] >> (i % 8)) & 1) k = i;
  cr_assert_geq(k, 0, "the global's word is pointer-mapped");
  void *obj = vm->globals[k].p;
  cr_assert_not_null(gc_find_object(&vm->heap, obj, NULL));
  gc_heap_collect(&vm->heap);
  cr_expect_not_null(gc_find_object(&vm->heap, obj, NULL), "kept by the global");
  cr_expect_eq(((int64_t *)obj)[1], 1);
  vm->globals[k].p = NULL;
  gc_heap_collect(&vm->heap);
  cr_expect_null(gc_find_object(&vm->heap, obj, NULL), "a cycle of one, unreachable: freed");
  vm_free(vm);
}

Test(vmgc, gctrace_prints_gos_line_per_cycle) {
  static Out o;
  vm_State *vm = run("package main\n"
                     "import \"runtime\"\n"
                     "func main() { runtime.GC(); runtime.GC() }\n",
                     &o, 0, 1);
  regex_t re;
  cr_assert_eq(regcomp(&re,
                       "^gc 1 @[0-9]+\\.[0-9]{3}s [0-9]+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
                       "[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, "
                       "4 MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, 1 P \\(forced\\)\n"
                       "gc 2 @[^\n]* \\(forced\\)\n$",
                       REG_EXTENDED),
               0);
  cr_expect_eq(regexec(&re, o.text[1], 0, NULL, 0), 0, "stderr: %s", o.text[1]);
  regfree(&re);
  vm_free(vm);
}

static const char garbage_prog[] =
    "package main\n"
    "import (\"fmt\"; \"runtime\"; \"runtime/debug\")\n"
    "type T struct { p *T; x [8]int }\n"
    "func main() {\n"
    "  var keep *T\n"
    "  for i := 0; i < 200000; i++ { keep = &T{p: keep}; if i%100 == 0 { keep = nil } }\n"
    "  var m runtime.MemStats\n"
    "  runtime.ReadMemStats(&m)\n"
    "  fmt.Println(m.NumGC > 0, m.NextGC)\n"
    "  fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100))\n"
    "}\n";

Test(vmgc, the_pacer_collects_20_mb_of_garbage) {
  static Out o;
  unsetenv("GOGC");
  vm_State *vm = run(garbage_prog, &o, 0, 0);
  cr_expect(strncmp(o.text[0], "true ", 5) == 0, "%s", o.text[0]);
  cr_expect(strstr(o.text[0], "\n100 50 -1\n") != NULL, "%s", o.text[0]);
  cr_expect_lt(vm->heap.stats.heap_inuse, 12u << 20, "the heap stays small: %zu",
               (size_t)vm->heap.stats.heap_inuse);
  vm_free(vm);
}

Test(vmgc, gogc_off_never_collects) {
  static Out o;
  setenv("GOGC", "off", 1);
  vm_State *vm = run(garbage_prog, &o, 0, 0);
  unsetenv("GOGC");
  cr_expect(strncmp(o.text[0], "false ", 6) == 0, "%s", o.text[0]);
  cr_expect(strstr(o.text[0], "\n-1 50 -1\n") != NULL, "%s", o.text[0]);
  vm_free(vm);
}

/* Closure objects are ordinary heap objects with exact layouts: what a
** closure captures survives while the closure is reachable (from a global
** func variable, from a frame), under a cycle at every allocation. */
Test(vmgc, closures_keep_what_they_capture) {
  static Out o;
  vm_State *vm = run("package main\n"
                     "import (\"fmt\"; \"runtime\")\n"
                     "type N struct { next *N; v int }\n"
                     "var f func() int\n"
                     "func mk(n int) func() int {\n"
                     "  var h *N\n"
                     "  for i := 0; i < n; i++ { h = &N{h, i} }\n"
                     "  return func() int { s := 0; for p := h; p != nil; p = p.next { s += p.v }; return s }\n"
                     "}\n"
                     "func main() {\n"
                     "  f = mk(100)\n"
                     "  g := mk(50)\n"
                     "  for i := 0; i < 100; i++ { _ = mk(10) }\n"
                     "  runtime.GC()\n"
                     "  fmt.Println(f(), g())\n"
                     "}\n",
                     &o, 1, 0);
  cr_expect_str_eq(o.text[0], "4950 1225\n");
  cr_expect_gt(vm->heap.stats.num_gc, 100);
  vm_free(vm);
}

/* Objects reachable only from a goroutine blocked on a channel (its stack
** is a root while it waits) and only from a channel's buffer survive many
** cycles (one at every allocation) and come back intact; the garbage made
** meanwhile is freed. */
Test(vmgc, blocked_goroutines_and_channel_buffers_are_roots) {
  static Out o;
  vm_State *vm = run("package main\n"
                     "import (\"fmt\"; \"runtime\")\n"
                     "type N struct { next *N; v int; s string }\n"
                     "func list(n, base int) *N {\n"
                     "  var h *N\n"
                     "  for i := 0; i < n; i++ { h = &N{h, base + i, fmt.Sprint(\"n\", i)} }\n"
                     "  return h\n"
                     "}\n"
                     "func sum(h *N) int { s := 0; for ; h != nil; h = h.next { s += h.v + len(h.s) }; return s }\n"
                     "func waiter(start <-chan bool, done chan<- int) {\n"
                     "  mine := list(200, 1000)   /* only this blocked stack holds it */\n"
                     "  <-start\n"
                     "  done <- sum(mine)\n"
                     "}\n"
                     "func main() {\n"
                     "  start, done := make(chan bool), make(chan int)\n"
                     "  for i := 0; i < 3; i++ { go waiter(start, done) }\n"
                     "  buf := make(chan *N, 8)\n"
                     "  for i := 0; i < 8; i++ { buf <- list(50, i) }   /* only the buffer holds them */\n"
                     "  runtime.Gosched()\n"
                     "  for i := 0; i < 200; i++ { _ = list(20, i) }\n"
                     "  runtime.GC()\n"
                     "  total := 0\n"
                     "  for i := 0; i < 8; i++ { total += sum(<-buf) }\n"
                     "  for i := 0; i < 3; i++ { start <- true; total += <-done }\n"
                     "  fmt.Println(total)\n"
                     "}\n",
                     &o, 1, 0);
  /* each list(n, b): sum of b..b+n-1 plus len("n0".."n(n-1)") */
  long want = 0;
  for (int k = 0; k < 8; k++)
    for (int i = 0; i < 50; i++) want += k + i + (i < 10 ? 2 : 3);
  for (int g = 0; g < 3; g++)
    for (int i = 0; i < 200; i++) want += 1000 + i + (i < 10 ? 2 : i < 100 ? 3 : 4);
  char buf[64];
  snprintf(buf, sizeof buf, "%ld\n", want);
  cr_expect_str_eq(o.text[0], buf);
  cr_expect_gt(vm->heap.stats.num_gc, 100);
  vm_free(vm);
}

/* {==================================================================
** Host handles (vmgc_ref): what the host pins is a root
** =================================================================== */

/* type pair struct { a, b *pair } */
static const uint8_t pair_mask[] = {0x3};
static const RType T_PAIR = {.kind = RK_STRUCT, .size = 16, .nwords = 2, .str = "main.pair",
                             .ptrmask = pair_mask};

typedef struct Pair { struct Pair *a, *b; } Pair;

static bool is_live(vm_State *vm, const void *p) {
  return gc_find_object(&vm->heap, p, NULL) != NULL;
}

/* An object only the host holds survives cycles (with what it points to),
** and the first cycle after its release frees it. */
Test(vmgc, an_object_only_the_host_holds_survives_until_released) {
  static Out o;
  vm_State *vm = run("package main\nfunc main() {}\n", &o, 0, 0);
  Pair *p = gc_alloc(vm, &T_PAIR, sizeof *p);
  p->a = gc_alloc(vm, &T_PAIR, sizeof *p);
  p->a->b = p; /* a cycle: only the pin keeps it */
  Pair *garbage = gc_alloc(vm, &T_PAIR, sizeof *p);
  int ref = vmgc_ref(vm, p);
  cr_assert_geq(ref, 0);
  for (int i = 0; i < 3; i++) gc_heap_collect(&vm->heap);
  cr_expect_null(gc_find_object(&vm->heap, garbage, NULL), "unpinned: freed");
  cr_assert(is_live(vm, p), "pinned: kept");
  cr_assert(is_live(vm, p->a), "reachable from the pinned object: kept");
  cr_expect_eq(vmgc_ref_get(vm, ref), p);
  Pair *a = p->a;
  vmgc_unref(vm, ref);
  vmgc_unref(vm, ref); /* a second release changes nothing */
  cr_expect_null(vmgc_ref_get(vm, ref));
  gc_heap_collect(&vm->heap);
  cr_expect_not(is_live(vm, p), "released: freed");
  cr_expect_not(is_live(vm, a), "released: freed");
  /* refs are reused, each once */
  int r1 = vmgc_ref(vm, NULL), r2 = vmgc_ref(vm, NULL);
  cr_expect_eq(r1, ref);
  cr_expect_neq(r2, ref);
  vm_free(vm);
}

/* Pinned while the GC thread marks, after the roots were scanned: the pin
** shades the object, so the cycle under way does not free it either. */
Test(vmgc, a_pin_taken_while_marking_shades_its_object) {
  static Out o;
  vm_State *vm = run("package main\nfunc main() {}\n", &o, 0, 0);
  GcHeap *h = &vm->heap;
  Pair *p = gc_alloc(vm, &T_PAIR, sizeof *p);
  gc_start(h); /* roots scanned: p is in none of them */
  cr_assert(gc_marking(h));
  int ref = vmgc_ref(vm, p);
  GcSpan *s = gc_span_of(h->gc, (uintptr_t)p);
  cr_assert_not_null(s);
  cr_expect(gc_bit(s->markbits, gc_span_index(s, (uintptr_t)p)), "shaded by the pin");
  while (gc_safepoint(h)) {
  }
  cr_expect(is_live(vm, p));
  gc_heap_collect(h);
  cr_expect(is_live(vm, p), "a root from now on");
  vmgc_unref(vm, ref);
  gc_heap_collect(h);
  cr_expect_not(is_live(vm, p));
  vm_free(vm);
}

/* }================================================================== */
