/*
** sched.c — the scheduler: G records, the run queue, switching, the timer
** heap of sleeping goroutines, preemption and deadlock detection.
**
** All goroutines run on the interpreter thread, one at a time (Go with
** GOMAXPROCS=1, without the OS threads). The interpreter loop (interp.c)
** keeps the running G's pc and registers in locals; switching is
**
**     SAVE_STATE (cur's pc and frame depth back into its Stack)
**     sched_switch: requeue cur if it can still run; cur = next runnable
**     LOAD_STATE  (ex->stk is now the new G's stack)
**
** with no C recursion and no copying: each G's frames stay in its own
** Stack. The places that switch:
**   - a channel operation or select that must wait (runtime/chan.c) and a
**     native that parks or yields (time.Sleep, runtime.Gosched, sync):
**     they set sched.resched, the interpreter switches;
**   - the return of a G's entry frame (sched_goexit): the G dies;
**   - preemption: every back-edge (LOOP, a backward conditional branch)
**     and every call spends one unit of sched.budget; when it runs out and
**     another G is runnable, cur goes to the tail of the queue, so a busy
**     loop cannot starve the others.
**
** The run queue is Go's local run queue of one P: a FIFO plus the
** runnext slot. A goroutine that cur makes runnable (a go statement, a
** channel hand-off, a lock or WaitGroup release) goes to runnext, and the
** G it displaces to the tail of the FIFO (Go's runqput(next=true)); the
** next switch takes runnext before the FIFO's head. So `go f();
** runtime.Gosched()` runs f first, and two goroutines handing a value back
** and forth run back to back, as in Go. A G taken from runnext inherits
** the budget of the one that readied it (Go's inheritTime), so such a
** pair shares one time slice; when the slice runs out and another G
** waits, cur and runnext both go to the tail, so a pair cannot starve the
** rest. runtime.Gosched, preemption and a sleeper whose time has come go
** to the tail (Go puts the first two on the global queue, which one P
** reads after its local one).
**
** Timers: time.Sleep puts cur in a binary min-heap on its wake-up time
** (G.when, CLOCK_MONOTONIC); package time's timers (rt_Timer: NewTimer,
** After, tickers, AfterFunc) go in the same heap, as Go's timers share a
** P's heap. The heap is polled at every switch and preemption check: a due
** sleeper becomes runnable, a due timer is fired (rt_timer_fire: a
** non-blocking send on its channel, or a goroutine for AfterFunc; a ticker
** goes back in). When nothing is runnable but the heap is not empty, the
** thread sleeps (nanosleep) until the earliest entry. When nothing is
** runnable and the heap is empty, no goroutine can ever run again: Go's
** "fatal error: all goroutines are asleep - deadlock!" (ex_deadlock). As in
** Go, a pending timer (even one nobody will receive from) defers that
** verdict until it has fired.
**
** Stress mode (VM_STACKSTRESS=1) also shrinks every stack that can
** shrink at every switch (sched_shrink_stacks is the GC's hook for the
** same at GC time), so stacks move while their goroutines wait.
**
** Invariants: see sched.h. In addition, cur == NULL only inside
** sched_goexit between freeing the dead G and picking the next.
*/
#include "sched.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "defer.h"
#include "interp.h"
#include "../runtime/runtime.h"

static Sched *S(VM *vm) { return &vm->exec->sched; }

int64_t sched_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ----------------------------------------------------------------------
** G records
** ---------------------------------------------------------------------- */

static _Noreturn void out_of_memory(VM *vm) {
  ex_throw(vm, NULL, "runtime: cannot allocate memory");
}

static G *new_g(VM *vm, size_t stack_bytes, size_t max_bytes, bool stress) {
  Sched *s = S(vm);
  if (s->nallg == s->capallg) {
    size_t cap = s->capallg ? s->capallg * 2 : 16;
    G **v = realloc(s->allg, cap * sizeof *v);
    if (!v) return NULL;
    s->allg = v;
    s->capallg = cap;
  }
  G *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  if (!stk_init(&g->stk, vm->module->funcs, stack_bytes, max_bytes, stress)) {
    free(g);
    return NULL;
  }
  g->stk.segmented = vm->cfg.stack_mode == VM_STACK_SEGMENTED;
  /* Go's own runtime goroutines take ids 2 to 5 (forcegc, bgsweep,
  ** bgscavenge, finalizers), so the first go statement makes goroutine 6,
  ** which is what a panic's trace shows. */
  g->id = s->next_id == 1 ? (s->next_id = 6) : ++s->next_id;
  g->allidx = s->nallg;
  s->allg[s->nallg++] = g;
  if (s->nallg > s->peak_goroutines) s->peak_goroutines = s->nallg;
  stk_account(&g->stk, &s->stkstats);
  return g;
}

/* The run ends with [g] still waiting: its sudogs die with it (the
** channels holding them die with the heap). */
static void release_g(G *g) {
  for (Sudog *w = g->waiting, *n; w; w = n) {
    n = w->gnext;
    free(w);
  }
  stk_free(&g->stk);
  free(g);
}

static void free_g(VM *vm, G *g) {
  Sched *s = S(vm);
  G *last = s->allg[--s->nallg];
  s->allg[g->allidx] = last;
  last->allidx = g->allidx;
  stk_free(&g->stk);
  free(g);
}

int64_t sched_monotonic(VM *vm) { return sched_nanotime() - S(vm)->start_nano; }

bool sched_init(VM *vm, size_t stack_bytes, size_t max_bytes, bool stress) {
  Sched *s = S(vm);
  memset(s, 0, sizeof *s);
  s->start_nano = sched_nanotime() - 1;
  s->budget = SCHED_BUDGET;
  s->stack_bytes = stack_bytes;
  s->max_bytes = max_bytes;
  s->stress = stress;
  G *g = new_g(vm, stack_bytes, max_bytes, stress);
  if (!g) return false;
  g->status = G_RUNNING;
  s->cur = g;
  vm->exec->stk = &g->stk;
  return true;
}

void sched_free(VM *vm) {
  Sched *s = S(vm);
  while (s->nallg) {
    release_g(s->allg[s->nallg - 1]);
    s->nallg--;
  }
  free(s->allg);
  free(s->timers);
  free(s->selcases);
  memset(s, 0, sizeof *s);
  vm->exec->stk = NULL;
}

/* ----------------------------------------------------------------------
** The run queue
** ---------------------------------------------------------------------- */

static void enqueue(Sched *s, G *g) {
  g->next = NULL;
  if (s->runq_tail) s->runq_tail->next = g;
  else s->runq_head = g;
  s->runq_tail = g;
}

/* Makes [g] the next to run; the G it displaces goes to the tail. */
static void put_next(Sched *s, G *g) {
  if (s->runnext) enqueue(s, s->runnext);
  g->next = NULL;
  s->runnext = g;
}

/* The next G to run: runnext first; *inherit says it came from there. */
static G *dequeue(Sched *s, bool *inherit) {
  G *g = s->runnext;
  *inherit = g != NULL;
  if (g) {
    s->runnext = NULL;
    return g;
  }
  g = s->runq_head;
  if (g) {
    s->runq_head = g->next;
    if (!s->runq_head) s->runq_tail = NULL;
    g->next = NULL;
  }
  return g;
}

static G *spawn_g(VM *vm) {
  Sched *s = S(vm);
  G *g = new_g(vm, s->stack_bytes, s->max_bytes, s->stress);
  if (!g) out_of_memory(vm);
  g->status = G_RUNNABLE;
  s->nspawned++;
  return g;
}

void sched_spawn_native(VM *vm, int index, const Word *args, size_t nwords) {
  G *g = spawn_g(vm);
  g->gonative = true;
  dfr_push(vm, &g->stk, DK_NATIVE, index, (Word){0}, args, (uint32_t)nwords);
  put_next(S(vm), g);
}

void sched_spawn(VM *vm, int fidx, const Word *args, size_t nwords, void *closure) {
  Sched *s = S(vm);
  G *g = spawn_g(vm);
  if (fidx < 0) {  /* go of a nil func value: no frame; it faults at once */
    put_next(s, g);
    return;
  }
  const FuncInfo *fn = &vm->module->funcs[fidx];
  /* The entry frame is pushed as a CALL's prologue would push it. */
  if ((size_t)fn->frame_words > g->stk.nwords) stk_reserve(vm, &g->stk, fn, 0);
  memset(g->stk.words, 0, (size_t)fn->frame_words * sizeof(Word));
  if (nwords) memcpy(g->stk.words, args, nwords * sizeof(Word));
  if (closure && fn->closure_reg >= 0) g->stk.words[fn->closure_reg].p = closure;
  g->stk.frames[0] = (Frame){fn->code, 0, (uint32_t)fidx};
  g->stk.nframes = 1;
  put_next(s, g);
}

static void make_runnable(G *g) {
  g->status = G_RUNNABLE;
  g->waitreason = NULL;
}

void sched_ready(VM *vm, G *g) {
  make_runnable(g);
  put_next(S(vm), g);
}

void sched_park(VM *vm, const char *reason) {
  Sched *s = S(vm);
  s->cur->status = G_WAITING;
  s->cur->waitreason = reason;
  s->resched = true;
}

void sched_yield(VM *vm) { S(vm)->resched = true; }

rt_SelCase *sched_select_cases(VM *vm, size_t n) {
  Sched *s = S(vm);
  if (n > s->capselcases) {
    rt_SelCase *v = realloc(s->selcases, n * sizeof *v);
    if (!v) out_of_memory(vm);
    s->selcases = v;
    s->capselcases = n;
  }
  return s->selcases;
}

size_t sched_shrink_stacks(VM *vm) {
  Sched *s = S(vm);
  size_t n = 0;
  for (size_t i = 0; i < s->nallg; i++)
    if (s->allg[i] != s->cur) n += stk_shrink(vm, &s->allg[i]->stk, s->stack_bytes);
  return n;
}

void sched_report(VM *vm) {
  const Sched *s = S(vm);
  const StkStats *k = &s->stkstats;
  char buf[512];
  int n = snprintf(buf, sizeof buf,
                   "stats: goroutines %" PRIu64 " (peak %zu live), switches %" PRIu64 "\n"
                   "stats: stack growths %" PRIu64 ", shrinks %" PRIu64 ", bytes copied %" PRIu64
                   ", pointers adjusted %" PRIu64 ", peak stack bytes %" PRIu64 "\n",
                   s->nspawned + 1, s->peak_goroutines, s->nswitches, k->growths, k->shrinks,
                   k->bytes_copied, k->ptrs_adjusted, k->peak_bytes);
  if (n > 0) vm_write(vm, VM_STDERR, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* main parked by runtime.Goexit has ended for Go: it is not counted */
int64_t sched_count(VM *vm) { return (int64_t)S(vm)->nallg - (vm->exec->main_goexit ? 1 : 0); }

/* ----------------------------------------------------------------------
** Timers: a binary min-heap on the wake-up time of sleeping Gs and of
** pending timers of package time (each entry knows its index there)
** ---------------------------------------------------------------------- */

static void heap_set(Sched *s, size_t i, TimerEntry e) {
  s->timers[i] = e;
  if (e.t) e.t->idx = (int64_t)i;
}

static void sift_up(Sched *s, size_t i) {
  TimerEntry e = s->timers[i];
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (s->timers[p].when <= e.when) break;
    heap_set(s, i, s->timers[p]);
    i = p;
  }
  heap_set(s, i, e);
}

static void sift_down(Sched *s, size_t i) {
  TimerEntry e = s->timers[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= s->ntimers) break;
    if (c + 1 < s->ntimers && s->timers[c + 1].when < s->timers[c].when) c++;
    if (e.when <= s->timers[c].when) break;
    heap_set(s, i, s->timers[c]);
    i = c;
  }
  heap_set(s, i, e);
}

/* Removes entry [i]: the last one takes its place and moves up or down. */
static TimerEntry heap_remove(Sched *s, size_t i) {
  TimerEntry e = s->timers[i];
  TimerEntry last = s->timers[--s->ntimers];
  if (i < s->ntimers) {
    heap_set(s, i, last);
    if (i > 0 && s->timers[(i - 1) / 2].when > last.when) sift_up(s, i);
    else sift_down(s, i);
  }
  if (e.t) e.t->idx = -1;
  return e;
}

static void heap_push(VM *vm, TimerEntry e) {
  Sched *s = S(vm);
  if (s->ntimers == s->captimers) {
    size_t cap = s->captimers ? s->captimers * 2 : 16;
    TimerEntry *v = realloc(s->timers, cap * sizeof *v);
    if (!v) out_of_memory(vm);
    s->timers = v;
    s->captimers = cap;
  }
  s->ntimers++;
  heap_set(s, s->ntimers - 1, e);
  sift_up(s, s->ntimers - 1);
}

void sched_sleep(VM *vm, int64_t ns) {
  if (ns <= 0) return;  /* Go returns at once */
  G *g = S(vm)->cur;
  int64_t now = sched_nanotime();
  g->when = ns > INT64_MAX - now ? INT64_MAX : now + ns;
  heap_push(vm, (TimerEntry){g->when, g, NULL});
  sched_park(vm, "sleep");
}

void sched_timer_add(VM *vm, rt_Timer *t) { heap_push(vm, (TimerEntry){t->when, NULL, t}); }

bool sched_timer_remove(VM *vm, rt_Timer *t) {
  Sched *s = S(vm);
  if (t->idx < 0 || (size_t)t->idx >= s->ntimers || s->timers[t->idx].t != t) return false;
  heap_remove(s, (size_t)t->idx);
  return true;
}

void sched_each_timer(VM *vm, void (*fn)(rt_Timer *t, void *ud), void *ud) {
  Sched *s = S(vm);
  for (size_t i = 0; i < s->ntimers; i++)
    if (s->timers[i].t) fn(s->timers[i].t, ud);
}

/* Wakes every sleeper and fires every timer whose time has come. A timer
** fired here may be added again (a ticker) or ready goroutines. */
static void poll_timers(VM *vm) {
  Sched *s = S(vm);
  if (s->ntimers == 0) return;
  int64_t now = sched_nanotime();
  while (s->ntimers && s->timers[0].when <= now) {
    TimerEntry e = heap_remove(s, 0);
    if (e.t) {
      rt_timer_fire(vm, e.t, now);
    } else {
      make_runnable(e.g);
      enqueue(s, e.g);
    }
  }
}

static void sleep_until(int64_t when) {
  int64_t d = when - sched_nanotime();
  if (d <= 0) return;
  struct timespec ts = {(time_t)(d / 1000000000), (long)(d % 1000000000)};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

/* ----------------------------------------------------------------------
** Switching
** ---------------------------------------------------------------------- */

void sched_switch(VM *vm) {
  Sched *s = S(vm);
  G *cur = s->cur;
  s->resched = false;
  /* Stress mode: every switch is a chance to shrink every stack, cur's
  ** included (its state is saved and no native holds a pointer into it),
  ** so the stacks of waiting goroutines move under their sudogs. */
  if (s->stress)
    for (size_t i = 0; i < s->nallg; i++) stk_shrink(vm, &s->allg[i]->stk, s->stack_bytes);
  if (cur && cur->status == G_RUNNING) {
    cur->status = G_RUNNABLE;
    enqueue(s, cur);
  }
  for (;;) {
    poll_timers(vm);
    bool inherit;
    G *g = dequeue(s, &inherit);
    if (g) {
      if (!inherit || s->budget <= 0) s->budget = SCHED_BUDGET;
      g->status = G_RUNNING;
      if (g != cur) s->nswitches++;
      s->cur = g;
      vm->exec->stk = &g->stk;
      return;
    }
    if (s->ntimers == 0) ex_deadlock(vm);
    sleep_until(s->timers[0].when);
  }
}

bool sched_should_preempt(VM *vm) {
  Sched *s = S(vm);
  s->budget = SCHED_BUDGET;
  poll_timers(vm);
  if (!s->runq_head) return s->runnext != NULL;
  /* the slice is over: a pair handing off through runnext yields too */
  if (s->runnext) {
    enqueue(s, s->runnext);
    s->runnext = NULL;
  }
  return true;
}

void sched_goexit(VM *vm) {
  Sched *s = S(vm);
  G *g = s->cur;
  s->cur = NULL;
  vm->exec->stk = NULL;
  free_g(vm, g);
  sched_switch(vm);
}
