/*
** collector.c — the collection cycle: its phases, the GC thread, pacing,
** pause measurement, and the checker of the tri-color invariant.
**
** A cycle (after Go's runtime/mgc.go):
**   1. Stop-the-world start (gc_start, on the mutator thread, which is the
**      only mutator: while it is in here the world is stopped). Finish the
**      previous cycle's sweep, so every mark bit is clear; turn the write
**      barrier on and enter GC_MARK (from now on allocation is black); scan
**      every root (heap->roots: globals, goroutine stacks, runtime tables,
**      host handles), which shades into the mutator's gray buffer; hand the
**      buffer to the GC thread. The world restarts.
**   2. Concurrent mark: the GC thread (started with the first cycle, one per
**      heap) drains gray objects while the mutator runs; the mutator shades
**      through the barrier and passes its gray buffer on when it fills,
**      and, when its allocation outruns the marking past the heap goal,
**      scans gray objects itself (mark assists, mark.c).
**      When the GC thread runs out of work it sets mark_done and sleeps.
**   3. Stop-the-world mark termination (at every allocation and at each
**      gc_safepoint the interpreter polls): once
**      mark_done is set, the mutator's own buffer is handed over if it is
**      not empty (back to 2); if it is empty no gray object exists anywhere
**      (the GC thread is idle, the mutator is here), so marking is complete
**      (no stack is rescanned: see barrier.c). Turn the barrier off, check
**      the invariant (VM_DEBUG), compute the next heap goal, begin the sweep.
**   4. Sweep (sweep.c): lazily, by the allocator, concurrently with the
**      program; finished at the latest by the next cycle's start.
**
** Pacing (GOGC): after marking, the heap goal is
**     next_gc = marked * (1 + GOGC/100)   (at least 4 MB, Go's minimum),
** where marked is the heap live at the end of marking (slot bytes). A cycle
** starts on its own when heap_live reaches the trigger, a fraction of the
** way from marked to the goal (counting marked plus what was allocated
** since, not the garbage still unswept), leaving room for the allocation
** during the concurrent mark. The fraction starts at 7/8 and follows the
** cycles, as Go's pacer does with its trigger ratio: a mark that ended past
** its goal (the program allocated faster than the GC thread marked) moves
** it down by 1/10, one that ended well below the goal moves it up by 1/40,
** between 1/2 and 19/20. Past the goal, allocations also assist (mark.c). GOGC < 0 ("off") never triggers. Nothing triggers without a root
** scanner (heap->roots): the heap cannot know its roots otherwise.
**
** Pauses: each stop-the-world phase is timed with the monotonic clock
** (finishing the last sweep before the start is the mutator's sweeping
** work, as in Go, and the debug invariant check is left out); a
** cycle's pause (start + termination) goes into pause_ns[num_gc % 256] and
** pause_total_ns; max_pause_ns keeps the longest single pause.
**
** Invariants:
**  - phase != GC_OFF exactly while barrier_on is set; both change only with
**    the world stopped.
**  - The GC thread touches only mark bits, work lists, marked_bytes and
**    mark_cpu_ns;
**    spans, the page heap and the counters belong to the mutator.
**  - gc_collect returns with the cycle complete and the heap swept: every
**    object unreachable from the roots at its start has been freed.
*/
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gcint.h"
#include "../vm/vm.h"

/* {==================================================================
** The GC thread
** =================================================================== */

/* Concurrent stress: one object at a time with a pause after each, so
** that the program runs, and stores, while most of the heap is still
** white or gray: a missing barrier then loses objects that gc_verify
** (Debug) and the poisoning of freed memory reveal. */
static void drain_slowly(Gc *g, GcWork *w) {
  struct timespec ts = {0, 20000};
  while (gc_drain_some(g, w, 1)) nanosleep(&ts, NULL);
}

/* Sleeps until there is work. Between cycles it wakes every
** GC_SCAVENGE_POLL_MS to raise the poll word: the mutator's next safepoint
** then runs the scavenger's tick (gc_safepoint), so free pages go back to
** the OS after their delay even when the program no longer allocates (Go's
** background scavenger; the page heap stays the mutator's: this thread
** only asks). Caller holds g->mu. */
static void idle_wait(Gc *g) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec += (long)GC_SCAVENGE_POLL_MS * 1000000L;
  ts.tv_sec += ts.tv_nsec / 1000000000L;
  ts.tv_nsec %= 1000000000L;
  if (pthread_cond_timedwait(&g->work_cv, &g->mu, &ts) == ETIMEDOUT && !g->quit &&
      __atomic_load_n(&g->phase, __ATOMIC_ACQUIRE) == GC_OFF)
    __atomic_store_n(&g->heap->poll, 1, __ATOMIC_SEQ_CST);
}

static void *gc_thread(void *arg) {
  Gc *g = arg;
  pthread_mutex_lock(&g->mu);
  while (!g->quit) {
    if (g->shared.n) {
      gc_take_batch(g, &g->gwork);
      pthread_mutex_unlock(&g->mu);
      uint64_t t0 = gc_nanotime();
      if (g->heap->stress_concurrent) drain_slowly(g, &g->gwork);
      else gc_drain(g, &g->gwork);
      /* before it can report "no work": termination reads the sum */
      __atomic_fetch_add(&g->marked_bytes, gc_work_take_marked(&g->gwork), __ATOMIC_RELAXED);
      __atomic_fetch_add(&g->mark_cpu_ns, gc_nanotime() - t0, __ATOMIC_RELAXED);
      pthread_mutex_lock(&g->mu);
      continue;
    }
    if (__atomic_load_n(&g->phase, __ATOMIC_ACQUIRE) == GC_MARK &&
        !__atomic_load_n(&g->mark_done, __ATOMIC_ACQUIRE)) {
      __atomic_store_n(&g->mark_done, 1, __ATOMIC_SEQ_CST);
      /* after mark_done: a safepoint that clears poll then sees mark_done */
      __atomic_store_n(&g->heap->poll, 1, __ATOMIC_SEQ_CST);
      pthread_cond_broadcast(&g->done_cv);
    }
    idle_wait(g);
  }
  pthread_mutex_unlock(&g->mu);
  return NULL;
}

void gc_collector_init(Gc *g) {
  pthread_mutex_init(&g->mu, NULL);
  pthread_cond_init(&g->work_cv, NULL);
  pthread_cond_init(&g->done_cv, NULL);
  g->heap->stats.next_gc = GC_MIN_HEAP_GOAL;
  g->trigger_pm = 875;
  g->trigger = GC_MIN_HEAP_GOAL / 1000 * g->trigger_pm;
}

void gc_collector_free(Gc *g) {
  if (g->thread_started) {
    pthread_mutex_lock(&g->mu);
    g->quit = true;
    pthread_cond_signal(&g->work_cv);
    pthread_mutex_unlock(&g->mu);
    pthread_join(g->thread, NULL);
  }
  pthread_mutex_destroy(&g->mu);
  pthread_cond_destroy(&g->work_cv);
  pthread_cond_destroy(&g->done_cv);
  gc_work_free(&g->mwork);
  gc_work_free(&g->gwork);
  gc_work_free(&g->awork);
  gc_work_free(&g->shared);
}

/* }================================================================== */

/* {==================================================================
** Phases
** =================================================================== */

static void record_pause(Gc *g, uint64_t ns) {
  GcStats *st = &g->heap->stats;
  st->pause_total_ns += ns;
  if (ns > st->max_pause_ns) st->max_pause_ns = ns;
}

void gc_start(GcHeap *h) {
  Gc *g = gc_state(h);
  if (!g || gc_is_marking(g)) return;
  gc_sweep_all(g); /* sweep termination: mutator work, not part of the pause */
  gc_scavenge_tick(g);
  /* the GC thread is made once, before the first pause is timed: starting
  ** a thread is setup, not part of stopping the world */
  if (!g->thread_started) {
    if (pthread_create(&g->thread, NULL, gc_thread, g) != 0) return; /* no cycle */
    g->thread_started = true;
  }
  uint64_t t0 = gc_nanotime();
  g->cycle_start = t0;
  g->want_cycle = false;
  gc_spans_recycle(g); /* the last marker is idle: its stale reads are over */
  GcStats *st = &h->stats;
  g->cyc = (GcCycle){.n = st->num_gc + 1, .forced = g->forced,
                     .start_ns = t0 - st->init_ns, .heap_start = st->heap_live};
  g->forced = false;
  __atomic_store_n(&g->mark_cpu_ns, 0, __ATOMIC_RELAXED);
  __atomic_store_n(&g->marked_bytes, 0, __ATOMIC_RELAXED);
  g->black_bytes = 0;
  gc_work_take_marked(&g->mwork);
  gc_work_take_marked(&g->awork);
  __atomic_store_n(&g->mark_done, 0, __ATOMIC_RELEASE);
  __atomic_store_n(&g->barrier_on, 1, __ATOMIC_RELEASE);
  __atomic_store_n(&h->barrier, 1, __ATOMIC_RELAXED);
  __atomic_store_n(&g->phase, GC_MARK, __ATOMIC_RELEASE);
  if (h->roots) h->roots(h, h->roots_ud);
  uint64_t pause = gc_nanotime() - t0;
  g->pause_start = pause; /* the start's share of this cycle's pause */
  g->cyc.stw_start_ns = pause;
  record_pause(g, pause);
  /* the world runs again; hand the gray roots over (this also wakes the GC
  ** thread when there were no roots at all) */
  gc_mutator_flush(g);
}

/* The goal and trigger for a heap of [marked] live bytes at the current
** GOGC. */
static void pace(Gc *g, uint64_t marked) {
  GcStats *st = &g->heap->stats;
  int pct = g->heap->gc_percent;
  uint64_t goal = pct < 0 ? UINT64_MAX
               : marked + marked / 100 * (uint64_t)pct + marked % 100 * (uint64_t)pct / 100;
  if (goal < GC_MIN_HEAP_GOAL) goal = GC_MIN_HEAP_GOAL;
  st->next_gc = goal;
  g->trigger = goal == UINT64_MAX ? UINT64_MAX : marked + (goal - marked) / 1000 * g->trigger_pm;
}

/* The trigger's feedback (see the top): [live] at mark termination against
** the goal the cycle had, [base] the marked heap that goal was made from. */
static void adjust_trigger(Gc *g, uint64_t live, uint64_t goal, uint64_t base) {
  if (goal == UINT64_MAX || goal <= base) return;
  if (live > goal) g->trigger_pm = g->trigger_pm > 600 ? g->trigger_pm - 100 : 500;
  else if (live < goal - (goal - base) / 8) g->trigger_pm = g->trigger_pm < 925 ? g->trigger_pm + 25 : 950;
}

static void set_goal(Gc *g, uint64_t marked) {
  g->heap->stats.heap_marked = marked;
  g->paced_live = marked; /* unswept garbage is not live: it must not trigger */
  pace(g, marked);
}

#ifdef VM_DEBUG
static void check_invariant(Gc *g) {
  size_t bad = gc_verify(g->heap);
  if (bad) {
    fprintf(stderr, "fatal error: gc: %zu black objects point to white ones\n", bad);
    abort();
  }
}
#endif

/* Mark termination, if the mark phase is complete. */
static bool try_terminate(Gc *g) {
  pthread_mutex_lock(&g->mu);
  if (!__atomic_load_n(&g->mark_done, __ATOMIC_ACQUIRE)) {
    pthread_mutex_unlock(&g->mu);
    return false;
  }
  if (g->mwork.n) {
    pthread_mutex_unlock(&g->mu);
    gc_mutator_flush(g);
    return false;
  }
  uint64_t t0 = gc_nanotime();
  __atomic_store_n(&g->phase, GC_MARKTERM, __ATOMIC_RELEASE);
  __atomic_store_n(&g->barrier_on, 0, __ATOMIC_RELEASE);
  __atomic_store_n(&g->heap->barrier, 0, __ATOMIC_RELAXED);
  pthread_mutex_unlock(&g->mu);
  g->cyc.mark_ns = t0 - g->cycle_start - g->pause_start;
  g->cyc.heap_term = g->heap->stats.heap_live;
#ifdef VM_DEBUG
  uint64_t t1 = gc_nanotime();
  check_invariant(g); /* O(heap): not counted in the pause */
  t0 += gc_nanotime() - t1;
#endif
  GcStats *hs = &g->heap->stats;
  adjust_trigger(g, g->paced_live, hs->next_gc, hs->heap_marked);
  set_goal(g, __atomic_load_n(&g->marked_bytes, __ATOMIC_RELAXED) + g->black_bytes +
                  gc_work_take_marked(&g->mwork) + gc_work_take_marked(&g->awork));
  gc_sweep_begin(g);
  __atomic_store_n(&g->phase, GC_OFF, __ATOMIC_RELEASE);
  GcStats *st = &g->heap->stats;
  uint64_t pause = gc_nanotime() - t0;
  record_pause(g, pause);
  st->pause_ns[st->num_gc % GC_NUM_PAUSES] = g->pause_start + pause;
  st->last_gc = gc_walltime();
  st->pause_end[st->num_gc % GC_NUM_PAUSES] = st->last_gc;
  st->num_gc++;
  GcCycle *c = &g->cyc;
  c->stw_term_ns = pause;
  c->mark_cpu_ns = __atomic_load_n(&g->mark_cpu_ns, __ATOMIC_RELAXED);
  c->heap_marked = st->heap_marked;
  c->goal = st->next_gc;
  st->gc_cpu_ns += c->stw_start_ns + c->stw_term_ns + c->mark_cpu_ns;
  if (st->heap_marked > st->peak_marked) st->peak_marked = st->heap_marked;
  if (st->heap_inuse > st->peak_inuse) st->peak_inuse = st->heap_inuse;
  if (g->heap->on_cycle) g->heap->on_cycle(g->heap, c, g->heap->cycle_ud);
  return true;
}

void gc_mark_termination_point(Gc *g) {
  if (__atomic_load_n(&g->mark_done, __ATOMIC_ACQUIRE)) try_terminate(g);
}

static void full_cycle(GcHeap *h, bool forced);

bool gc_safepoint(GcHeap *h) {
  Gc *g = h->gc;
  /* cleared before the tests: a request raised after this store sets it
  ** again, one raised before is seen below */
  __atomic_store_n(&h->poll, 0, __ATOMIC_SEQ_CST);
  if (!g) return false;
  if (!gc_is_marking(g)) {
    if (!g->want_cycle) {
      gc_scavenge_tick(g); /* the idle GC thread's periodic request */
      return false;
    }
    if (h->stress && !h->stress_concurrent) { /* the whole cycle here, frees and all */
      g->want_cycle = false;
      full_cycle(h, false);
      return false;
    }
    gc_start(h);
    return gc_is_marking(g);
  }
  gc_mark_termination_point(g);
  return gc_is_marking(g);
}

bool gc_marking(const GcHeap *h) {
  return h->gc && gc_is_marking(h->gc);
}

/* Blocks until the cycle under way has terminated. */
static void finish_cycle(Gc *g) {
  while (gc_is_marking(g)) {
    pthread_mutex_lock(&g->mu);
    while (!__atomic_load_n(&g->mark_done, __ATOMIC_ACQUIRE))
      pthread_cond_wait(&g->done_cv, &g->mu);
    pthread_mutex_unlock(&g->mu);
    try_terminate(g);
  }
}

static void full_cycle(GcHeap *h, bool forced) {
  Gc *g = gc_state(h); /* a cycle runs even before the first allocation */
  if (!g) return;
  /* objects allocated black by a cycle under way would survive it: finish
  ** it, then run a whole cycle of our own, as runtime.GC does */
  finish_cycle(g);
  g->forced = forced;
  gc_start(h);
  if (!gc_is_marking(g)) return; /* the GC thread could not start */
  finish_cycle(g);
  gc_sweep_all(g);
  if (forced) h->stats.num_forced_gc++;
  gc_scavenge_tick(g);
}

void gc_heap_collect(GcHeap *h) {
  full_cycle(h, true);
}

void gc_collect(struct vm_State *vm) {
  gc_heap_collect(&vm->heap);
}

static void request_cycle(Gc *g) {
  g->want_cycle = true;
  __atomic_store_n(&g->heap->poll, 1, __ATOMIC_SEQ_CST);
}

void gc_maybe_trigger(Gc *g) {
  GcHeap *h = g->heap;
  if (!h->roots) return;
  if (h->stress) {
    if (gc_is_marking(g)) return; /* concurrent stress: one cycle at a time */
    if (++h->stress_count >= h->stress) {
      h->stress_count = 0;
      request_cycle(g);
    }
    return;
  }
  if (h->gc_percent >= 0 && g->paced_live >= g->trigger && !gc_is_marking(g))
    request_cycle(g);
}

void gc_set_percent(GcHeap *h, int pct) {
  h->gc_percent = pct;
  Gc *g = h->gc;
  if (g && !gc_is_marking(g)) pace(g, h->stats.heap_marked);
  if (g) gc_maybe_trigger(g);
}

/* }================================================================== */

/* {==================================================================
** The invariant checker
** =================================================================== */

#ifdef VM_DEBUG
typedef struct Verify { size_t bad; uintptr_t from; } Verify;

static void check_edge(Gc *g, void *ctx, uintptr_t v) {
  Verify *vf = ctx;
  GcSpan *s = gc_span_of(g, v);
  if (!s) return;
  uint32_t idx = gc_span_index(s, v);
  if (idx >= s->nelems || !gc_bit(s->allocbits, idx) || gc_bit(s->markbits, idx)) return;
  if (vf->bad++ < 10)
    fprintf(stderr, "gc_verify: black %#lx points to white %#lx\n", (unsigned long)vf->from,
            (unsigned long)v);
}

static void verify_span(Gc *g, GcSpan *s, Verify *vf) {
  if (s->noscan) return;
  for (uint32_t i = 0; i < s->nelems; i++) {
    if (!gc_bit(s->allocbits, i) || !gc_bit(s->markbits, i)) continue;
    vf->from = s->base + (size_t)i * s->elemsize;
    gc_scan_object(g, vf->from, check_edge, vf);
  }
}

size_t gc_verify(GcHeap *h) {
  Gc *g = h->gc;
  if (!g) return 0;
  Verify vf = {0, 0};
  for (int sc = 0; sc < GC_NUM_SPANCLASSES; sc++)
    for (GcSpan *s = g->classes[sc].first; s; s = s->next) verify_span(g, s, &vf);
  for (GcSpan *s = g->large.first; s; s = s->next) verify_span(g, s, &vf);
  return vf.bad;
}
#endif

/* }================================================================== */
