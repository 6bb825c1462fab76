/*
** sync.c — package sync: WaitGroup, Mutex and RWMutex on the scheduler.
**
** Goroutines run one at a time (vm/sched.c), so there are no atomics: a
** lock is a word, and a goroutine that must wait parks on a FIFO queue
** kept in the object itself: `waiters` and `tail` are the first and last
** G of a list linked through G.next (C memory, never Go pointers, hence
** uintptr fields in stdlib.def's layouts; a parked G is in no run queue,
** so G.next is free). Being plain data, the queue survives a move of the
** object's memory (a frame-allocated Mutex whose stack grows).
**
**   WaitGroup {n, waiters, tail}: Add(d) n += d (negative: panic "sync:
**     negative WaitGroup counter"); at 0 every waiter is readied. Wait
**     parks while n > 0.
**   Mutex {locked, waiters, tail}: Lock takes a free lock or parks; Unlock
**     hands the lock straight to the first waiter (it stays locked), as
**     Go's starvation mode does, else frees it; unlocking a free lock is
**     Go's fatal "sync: unlock of unlocked mutex".
**   RWMutex {w, readers, waiters, tail}: FIFO among readers and writers: a
**     reader enters when no writer holds or waits ahead of it; a writer
**     when nobody holds. Each release admits from the head of the queue
**     (one writer, or every reader up to the next writer).
**   Once {done, running; waiters, tail}: Do(f) returns at once when done;
**     when another goroutine is inside f it parks until f has ended; else
**     it marks running and calls f through dfr_call_go (vm/defer.h): f's
**     frame is pushed over the caller's with a started DK_ONCE record, so
**     no C recursion. The record's end, whether f returned or panicked
**     (Go's doSlow defers its done store), calls rt_sync_once_done: done,
**     and every waiter readied. f calling Do on its own Once parks for
**     good, as Go's deadlocks on its mutex.
** Waiting goroutines show Go 1.19's wait reason "semacquire".
*/
#include "runtime.h"
#include "../vm/defer.h"
#include "../vm/interp.h"
#include "../vm/sched.h"

typedef struct WaitList { G *head, *tail; } WaitList;

/* The queue words of an object: head at [w], tail at [w + 1]. */
static WaitList *waitlist(void *obj, size_t word) {
  return (WaitList *)((uint64_t *)obj + word);
}

static void wl_push(WaitList *q, G *g) {
  g->next = NULL;
  if (q->tail) q->tail->next = g;
  else q->head = g;
  q->tail = g;
}

static G *wl_pop(WaitList *q) {
  G *g = q->head;
  if (g) {
    q->head = g->next;
    if (!q->head) q->tail = NULL;
    g->next = NULL;
  }
  return g;
}

static void wait_on(VM *vm, WaitList *q) {
  wl_push(q, vm->exec->sched.cur);
  sched_park(vm, "semacquire");
}

static void *receiver(VM *vm, Word *args) { return rt_deref(vm, args[0].p); }

/* ---- WaitGroup: {n int64; waiters, tail uintptr} ---------------------- */

static void wg_add(VM *vm, int64_t *wg, int64_t delta) {
  wg[0] += delta;
  if (wg[0] < 0) rt_panic_plain(vm, "sync: negative WaitGroup counter");   /* a string, as Go */
  if (wg[0] == 0) {
    G *g;
    while ((g = wl_pop(waitlist(wg, 1)))) sched_ready(vm, g);
  }
}

void rt_sync_WaitGroup_Add(VM *vm, Word *args) { wg_add(vm, receiver(vm, args), args[1].i); }
void rt_sync_WaitGroup_Done(VM *vm, Word *args) { wg_add(vm, receiver(vm, args), -1); }

void rt_sync_WaitGroup_Wait(VM *vm, Word *args) {
  int64_t *wg = receiver(vm, args);
  if (wg[0] > 0) wait_on(vm, waitlist(wg, 1));
}

/* ---- Mutex: {locked int64; waiters, tail uintptr} ---------------------- */

void rt_sync_Mutex_Lock(VM *vm, Word *args) {
  int64_t *mu = receiver(vm, args);
  if (!mu[0]) mu[0] = 1;
  else wait_on(vm, waitlist(mu, 1));
}

void rt_sync_Mutex_TryLock(VM *vm, Word *args) {
  int64_t *mu = receiver(vm, args);
  args[0].u = !mu[0];
  mu[0] = 1;
}

void rt_sync_Mutex_Unlock(VM *vm, Word *args) {
  int64_t *mu = receiver(vm, args);
  if (!mu[0]) ex_throw(vm, NULL, "sync: unlock of unlocked mutex");
  G *g = wl_pop(waitlist(mu, 1));
  if (g) sched_ready(vm, g);  /* handed over: stays locked */
  else mu[0] = 0;
}

/* ---- RWMutex: {w, readers int64; waiters, tail uintptr} ---------------- */

/* Admits waiters from the head of the queue while they can enter. */
static void rw_admit(VM *vm, int64_t *rw) {
  WaitList *q = waitlist(rw, 2);
  while (q->head && !rw[0]) {
    if (q->head->want_write) {
      if (rw[1] > 0) return;
      rw[0] = 1;
      sched_ready(vm, wl_pop(q));
      return;
    }
    rw[1]++;
    sched_ready(vm, wl_pop(q));
  }
}

void rt_sync_RWMutex_Lock(VM *vm, Word *args) {
  int64_t *rw = receiver(vm, args);
  if (!rw[0] && rw[1] == 0 && !waitlist(rw, 2)->head) {
    rw[0] = 1;
    return;
  }
  vm->exec->sched.cur->want_write = true;
  wait_on(vm, waitlist(rw, 2));
}

void rt_sync_RWMutex_RLock(VM *vm, Word *args) {
  int64_t *rw = receiver(vm, args);
  if (!rw[0] && !waitlist(rw, 2)->head) {
    rw[1]++;
    return;
  }
  vm->exec->sched.cur->want_write = false;
  wait_on(vm, waitlist(rw, 2));
}

void rt_sync_RWMutex_Unlock(VM *vm, Word *args) {
  int64_t *rw = receiver(vm, args);
  if (!rw[0]) ex_throw(vm, NULL, "sync: Unlock of unlocked RWMutex");
  rw[0] = 0;
  rw_admit(vm, rw);
}

void rt_sync_RWMutex_RUnlock(VM *vm, Word *args) {
  int64_t *rw = receiver(vm, args);
  if (rw[1] <= 0) ex_throw(vm, NULL, "sync: RUnlock of unlocked RWMutex");
  rw[1]--;
  rw_admit(vm, rw);
}

/* ---- Once: {done, running int64; waiters, tail uintptr} --------------- */

void rt_sync_Once_Do(VM *vm, Word *args) {
  int64_t *o = receiver(vm, args);
  if (o[0]) return;
  if (o[1]) {
    wait_on(vm, waitlist(o, 2));
    return;
  }
  o[1] = 1;
  Word self = {.p = o};
  dfr_call_go(vm, vm->exec->stk, DK_ONCE, args[1], &self, 1);
}

void rt_sync_once_done(VM *vm, void *once) {
  int64_t *o = once;
  o[0] = 1;
  o[1] = 0;
  G *g;
  while ((g = wl_pop(waitlist(o, 2)))) sched_ready(vm, g);
}
