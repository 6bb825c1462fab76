/*
** gcroots.c — the concurrent collector (gc/) wired into the VM: what its
** roots are, where cycles may start and end (safepoints), and its knobs
** (GOGC, GODEBUG=gctrace=1 / -gctrace, VM_GCSTRESS / -gcstress).
**
** Roots (scan_roots, run by gc_start with the world stopped: the
** interpreter thread is inside vmgc_safepoint or runtime.GC):
**   1. package variables: vm->globals, the words Module.global_ptrmap names;
**   2. every goroutine's stack (ex_foreach_stack), the words the pointer
**      map of each live frame names (stk_each_ptr_slot: each word once, by
**      the innermost frame covering it). Objects that escape analysis put
**      in a frame (FRAMEADDR) are frame words, so their pointer fields are
**      in the map and scanned with the frame;
**   3. the runtime's own structures: maps are ordinary heap objects with
**      exact layouts (runtime/map.c), reached from the program's values;
**      a map iterator lives in frame words (rt_MapIter, pointer-mapped).
**      Channels and their buffers and closure objects are heap objects
**      reached the same way; goroutine, waiter and sync records are C
**      memory holding no heap pointer (vm/sched.h): a value in flight sits
**      in some goroutine's registers. The scheduler's timer heap holds the
**      pending timers of package time (heap objects, often reachable from
**      nothing else: `<-time.After(d)`), scanned here. Nothing else in the
**      runtime keeps a heap pointer across a safepoint; a future one must
**      be reported here;
**   4. values a host holds: the host-handle table (vm->refs, vmgc_ref),
**      every pinned object. A ref taken or released while marking shades
**      its object (both halves of the barrier, barrier.c): the table is a
**      root scanned once, at the start, like a stack, so a pointer the host
**      pins after the scan, or hands back to Go by unpinning it, must not
**      lead to a white object.
**
** Precision of stack words. A frame's pointer map is the union, over the
** whole function, of the words that may hold a pointer (codegen.h): a
** marked word may hold a scalar at the moment of the scan, and an
** interface's data word holds the value itself for one-word types. Such a
** word is never trusted: gc_shade marks only a value that lies inside an
** allocated slot of an in-use span (the O(1) base-of-object lookup), so a
** scalar is ignored unless it happens to equal the address of a live
** object, which then survives one more cycle (floating garbage), never
** the reverse. Per-safepoint maps from the code generator would remove
** even that.
**
** Safepoints. A cycle starts only in vmgc_safepoint, which the interpreter
** calls from CALL and LOOP (the back-edge) when the heap's poll word is set,
** with its state saved (every frame and its pc recorded), and in
** runtime.GC, a native called with the state saved. Invariant: at those
** points every live heap pointer is in a frame, a global or a runtime
** structure reached from them; no C local of a runtime helper is the only
** reference to an object, because gc_alloc never starts a cycle (it only
** raises the request, and may end a mark phase, which needs no roots:
** objects allocated while marking are black). A native that calls back
** into Go (none yet) must keep its heap pointers in the Go frame.
**
** Stress (VM_GCSTRESS=N or -gcstress[=N]): every N-th allocation (1 by
** default) requests a full collection at the next safepoint, run there to
** the end (sweep included): a missing root frees a live object at once,
** and Debug builds poison freed memory (gc/sweep.c) so its next use shows.
** VM_GCSTRESS=cN starts a concurrent cycle instead and lets the program run
** while the GC thread marks, one cycle after another: the test of the
** write barriers, checked by gc_verify at every mark termination (Debug).
*/
#include "gcroots.h"

#include <inttypes.h>
#include <stdio.h>
#include <sys/resource.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "module.h"
#include "sched.h"

/* {==================================================================
** Roots
** =================================================================== */

static void mark_slot(Word *slot, void *ud) {
  if (slot->u) gc_mark_root(ud, slot->p);
}

static void scan_stack(VM *vm, Stack *s, void *ud) {
  stk_each_ptr_slot(s, mark_slot, &vm->heap);
}

static void mark_timer(rt_Timer *t, void *ud) { gc_mark_root(ud, t); }

static void scan_roots(GcHeap *h, void *ud) {
  VM *vm = ud;
  const Module *m = vm->module;
  if (vm->globals && m && m->global_ptrmap)
    gc_mark_root_range(h, vm->globals, (size_t)m->global_words, m->global_ptrmap);
  if (vm->exec) ex_foreach_stack(vm, scan_stack, NULL);
  if (vm->exec) sched_each_timer(vm, mark_timer, h);
  if (vm->refs.n) gc_mark_root_range(h, vm->refs.obj, (size_t)vm->refs.n, NULL);
}

/* {==================================================================
** Host handles: a table of pinned objects (root 4)
** =================================================================== */

/* What a free entry holds: no heap address (the root scan ignores it),
** and unlike NULL, which a host may pin, it marks the ref as released, so
** a second vmgc_unref of it is a no-op rather than a corrupt free list. */
static const char free_ref;
#define FREE_REF ((void *)&free_ref)

/* Room for one more ref at the end of the table (and in the free list,
** so that unref never allocates). */
static bool refs_grow(struct VmRefs *r) {
  if (r->n < r->cap) return true;
  int cap = r->cap ? r->cap * 2 : 16;
  void **obj = realloc(r->obj, (size_t)cap * sizeof *obj);
  if (!obj) return false;
  r->obj = obj;
  int *freed = realloc(r->freed, (size_t)cap * sizeof *freed);
  if (!freed) return false;
  r->freed = freed;
  r->cap = cap;
  return true;
}

int vmgc_ref(VM *vm, void *obj) {
  struct VmRefs *r = &vm->refs;
  int ref;
  if (r->nfreed) {
    ref = r->freed[--r->nfreed];
  } else {
    if (!refs_grow(r)) return -1;
    ref = r->n++;
  }
  gc_mark_root(&vm->heap, obj); /* a no-op unless marking */
  r->obj[ref] = obj;
  return ref;
}

void *vmgc_ref_get(const VM *vm, int ref) {
  void *o = ref >= 0 && ref < vm->refs.n ? vm->refs.obj[ref] : NULL;
  return o == FREE_REF ? NULL : o;
}

void vmgc_unref(VM *vm, int ref) {
  struct VmRefs *r = &vm->refs;
  if (ref < 0 || ref >= r->n || r->obj[ref] == FREE_REF) return;
  gc_mark_root(&vm->heap, r->obj[ref]);
  r->obj[ref] = FREE_REF;
  r->freed[r->nfreed++] = ref;
}

void vmgc_refs_free(VM *vm) {
  free(vm->refs.obj);
  free(vm->refs.freed);
  vm->refs = (struct VmRefs){0};
}

/* }================================================================== */

/* Goroutine stacks shrink at GC time (DESIGN.md: by half when less than a
** quarter is in use), once per cycle, after the roots were scanned: moving
** a stack then is safe because no heap object points into a stack (the
** escape invariant) and the marker holds heap objects only. The scheduler
** leaves the running goroutine's stack alone; the caller reloads its
** state. */
static void shrink_stacks(VM *vm) {
  if (vm->exec) sched_shrink_stacks(vm);
}

/* }================================================================== */

/* {==================================================================
** GODEBUG=gctrace=1: one line per cycle, in Go 1.19's format
** =================================================================== */

/* Go's fmtNSAsMS: whole milliseconds from 10 ms up, else two or three
** significant digits with at most three decimals. */
static int ns_as_ms(char *buf, size_t n, uint64_t ns) {
  if (ns >= 10000000) return snprintf(buf, n, "%" PRIu64, ns / 1000000);
  uint64_t x = ns / 1000;
  if (x == 0) return snprintf(buf, n, "0");
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    dec--;
  }
  uint64_t p = dec == 3 ? 1000 : dec == 2 ? 100 : dec == 1 ? 10 : 1;
  if (dec == 0) return snprintf(buf, n, "%" PRIu64, x);
  return snprintf(buf, n, "%" PRIu64 ".%0*" PRIu64, x / p, dec, x % p);
}

static void trace_cycle(GcHeap *h, const GcCycle *c, void *ud) {
  VM *vm = ud;
  char a[24], b[24], d[24], e[24], f[24], line[320];
  ns_as_ms(a, sizeof a, c->stw_start_ns);
  ns_as_ms(b, sizeof b, c->mark_ns);
  ns_as_ms(d, sizeof d, c->stw_term_ns);
  ns_as_ms(e, sizeof e, c->mark_cpu_ns);
  ns_as_ms(f, sizeof f, 0); /* assists are counted in objects, not time */
  uint64_t now = c->start_ns + c->stw_start_ns + c->mark_ns + c->stw_term_ns;
  unsigned util = now ? (unsigned)(h->stats.gc_cpu_ns * 100 / now) : 0;
  int n = snprintf(line, sizeof line,
                   "gc %" PRIu32 " @%" PRIu64 ".%03" PRIu64 "s %u%%: %s+%s+%s ms clock, "
                   "%s+%s/%s/0+%s ms cpu, %" PRIu64 "->%" PRIu64 "->%" PRIu64
                   " MB, %" PRIu64 " MB goal, %" PRIu64 " MB stacks, %" PRIu64
                   " MB globals, 1 P%s\n",
                   c->n, c->start_ns / 1000000000, c->start_ns / 1000000 % 1000, util, a, b,
                   d, a, f, e, d, c->heap_start >> 20, c->heap_term >> 20,
                   c->heap_marked >> 20, c->goal >> 20, vmgc_stack_bytes(vm) >> 20,
                   (uint64_t)(vm->module ? vm->module->global_words : 0) * 8 >> 20,
                   c->forced ? " (forced)" : "");
  if (n > 0) vm_write(vm, VM_STDERR, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* }================================================================== */

/* {==================================================================
** Settings
** =================================================================== */

/* Go's readGOGC: "off" disables, a number sets, anything else is 100. */
static int read_gogc(void) {
  const char *s = getenv("GOGC");
  if (!s || !*s) return 100;
  if (!strcmp(s, "off")) return -1;
  char *end;
  long v = strtol(s, &end, 10);
  if (*end || v > 1000000000 || v < -1000000000) return 100;
  return (int)v;
}

/* The value of [key] in GODEBUG's comma-separated key=value list, or 0. */
static long godebug(const char *key) {
  const char *s = getenv("GODEBUG");
  size_t kl = strlen(key);
  for (; s && *s; s = strchr(s, ',') ? strchr(s, ',') + 1 : NULL)
    if (!strncmp(s, key, kl) && s[kl] == '=') return strtol(s + kl + 1, NULL, 10);
  return 0;
}

/* VM_GCSTRESS=N (a full cycle every N allocations), =cN (a concurrent one,
** N 1 when absent); cfg.gcstress wins. */
static unsigned read_stress(int cfg, bool *concurrent) {
  *concurrent = false;
  if (cfg > 0) return (unsigned)cfg;
  const char *s = getenv("VM_GCSTRESS");
  if (!s || !*s) return 0;
  if (*s == 'c') {
    *concurrent = true;
    if (!*++s) return 1;
  }
  long v = strtol(s, NULL, 10);
  return v > 0 ? (unsigned)(v > 1000000000 ? 1000000000 : v) : 0;
}

void vmgc_start(VM *vm) {
  GcHeap *h = &vm->heap;
  h->roots = scan_roots;
  h->roots_ud = vm;
  if (vm->cfg.gctrace || godebug("gctrace") > 0) {
    h->on_cycle = trace_cycle;
    h->cycle_ud = vm;
  }
  h->stress = read_stress(vm->cfg.gcstress, &h->stress_concurrent);
  gc_set_percent(h, read_gogc());
}

/* }================================================================== */

void vmgc_safepoint(VM *vm) {
  GcHeap *h = &vm->heap;
  uint32_t before = h->stats.num_gc;
  bool was = gc_marking(h);
  bool marking = gc_safepoint(h);
  /* a cycle started here: still marking, or (stress) already complete */
  if (!was && (marking || h->stats.num_gc != before)) shrink_stacks(vm);
}

static void add_stack(VM *vm, Stack *s, void *ud) {
  *(uint64_t *)ud += s->nwords * sizeof(Word) + s->capframes * sizeof(Frame);
}

uint64_t vmgc_stack_bytes(VM *vm) {
  uint64_t n = 0;
  if (vm->exec) ex_foreach_stack(vm, add_stack, &n);
  return n;
}

void vmgc_summary(VM *vm) {
  if (!vm->cfg.gcsummary) return;
  const GcStats *st = &vm->heap.stats;
  struct rusage ru;
  uint64_t rss = getrusage(RUSAGE_SELF, &ru) == 0 ? (uint64_t)ru.ru_maxrss * 1024 : 0;
  char line[256];
  int n = snprintf(line, sizeof line,
                   "gc summary: cycles=%" PRIu32 " forced=%" PRIu32 " max_pause_ns=%" PRIu64
                   " total_pause_ns=%" PRIu64 " peak_live=%" PRIu64 " peak_inuse=%" PRIu64
                   " maxrss=%" PRIu64 "\n",
                   st->num_gc, st->num_forced_gc, st->max_pause_ns, st->pause_total_ns,
                   st->peak_marked, st->peak_inuse, rss);
  if (n > 0) vm_write(vm, VM_STDERR, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}
