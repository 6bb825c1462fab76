/*
** sched.h — goroutines (G records) and the scheduler that multiplexes them
** on the interpreter thread (vm/sched.c explains the algorithm).
**
** Each G owns a Stack (vm/stack.h). Exactly one G runs at a time: sched.cur,
** whose stack is ex->stk. A G leaves the processor only at the points the
** interpreter chooses (vm/interp.c): a channel operation or select that
** cannot complete, a native that parks it (time.Sleep, runtime.Gosched, a
** sync lock), the end of its function, or preemption when its instruction
** budget runs out at a back-edge or a call.
**
** Invariants:
**  - Every G that is not dead is in sched.allg, at index G.allidx.
**  - A G is in the run queue (the FIFO or the runnext slot) iff its status
**    is G_RUNNABLE; the running G is never in it.
**  - A G_WAITING G is referenced by exactly the records that will wake it:
**    its sudogs on channel queues (runtime/chan.c), the timer heap, or a
**    sync waiter list; whoever wakes it removes those references first.
**  - Waiters record where a result goes as OFFSETS in words into the
**    waiting G's stack (Sudog.elem, G.selres), never as pointers, so a
**    stack may move or shrink while its G waits with nothing to fix up.
**
** GC roots: G records, sudogs and the timer heap are C memory, not Go heap
** objects. Only the timer heap holds Go heap pointers, to pending timers
** (rt_Timer, a root: sched_each_timer); the rest holds none: every value a G is about to
** send or has received sits in its stack's registers, which the collector
** reaches through ex_foreach_stack (every G's stack). Channel objects and
** their buffers are Go heap objects (runtime/chan.c) with exact layouts.
*/
#ifndef SCHED_H
#define SCHED_H

#include <stdbool.h>
#include <stdint.h>

#include "stack.h"
#include "vm.h"

typedef enum GStatus { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

/* A goroutine waiting on a channel (Go's sudog): on the channel's send or
** receive queue (runtime/chan.c) and on its G's list, G.waiting; a select
** has one per case. Offsets locate the waiter's registers in its stack. */
#define SUDOG_NO_OFF SIZE_MAX
typedef struct Sudog {
  struct G *g;
  struct rt_Chan *c;
  struct Sudog *prev, *next;  /* the channel's queue */
  struct Sudog *gnext;        /* the goroutine's list (a select has many) */
  size_t elem;                /* word offset in g's stack of the value */
  size_t okoff;               /* word offset of the ok word, or SUDOG_NO_OFF */
  int caseidx;                /* select: the case; -1 for a plain op */
  bool send;                  /* on the send queue (else the receive queue) */
} Sudog;
struct rt_SelCase;
typedef struct rt_SelCase rt_SelCase;

typedef struct G {
  Stack stk;               /* its frames; frames[stop] is its entry frame */
  int64_t id;              /* goroutine 1 is main */
  GStatus status;
  const char *waitreason;  /* Go's wording: "chan receive", "sleep", ... */
  size_t stop;             /* frame depth whose return ends the goroutine */
  struct G *next;          /* run queue or a sync waiter list */
  size_t allidx;           /* index in sched.allg */
  /* blocking state */
  Sudog *waiting;   /* its sudogs while blocked in a channel op/select */
  size_t selres;           /* select: word offset of R[a] (chosen case, ok) */
  bool closed_send;        /* woken by close while sending: panics on resume */
  bool want_write;         /* waiting in RWMutex.Lock (else RLock) */
  bool gonative;           /* started by go on a native: no frame, its
                              call is a DK_NATIVE record (interp.c) */
  int64_t when;            /* sleep: wake-up time, monotonic ns */
  /* calls from natives into Go (vm/call.c): the nesting level of its
  ** innermost such call (0: none), and how that call ended while the C
  ** stack was at a deeper level (G_CB_NONE: it has not ended) */
  int cblevel;
  uint8_t cbstate;
} G;

/* G.cbstate: how a call from a native ended out of LIFO order. */
enum { G_CB_NONE, G_CB_RETURNED, G_CB_PANICKED };

/* A timer of package time (time.NewTimer, After, NewTicker, Tick,
** AfterFunc): a Go heap object with the layout runtime/stdlib.def gives
** time.Timer and time.Ticker, so `t.C` reads word 0. runtime/time.c
** makes and fires them; while pending, the timer heap holds it and the
** GC scans the heap as a root (gcroots.c), so a channel only a timer
** will send on stays alive. */
typedef struct rt_Timer {
  struct rt_Chan *c;       /* C, 1-buffered (NULL for AfterFunc) */
  int64_t when;            /* monotonic ns (sched_nanotime) */
  int64_t period;          /* a ticker's interval; 0: fires once */
  void *f;                 /* AfterFunc's func value */
  int64_t idx;             /* its index in the timer heap; -1: not pending */
  int64_t kind;            /* RT_TIMER_*: what firing does */
} rt_Timer;

/* rt_Timer.kind; a zero Timer (`var t time.Timer`) is uninitialized. */
enum { RT_TIMER_ZERO, RT_TIMER_CHAN, RT_TIMER_FUNC };

/* An entry of the timer heap: a sleeping G or a pending timer. */
typedef struct TimerEntry {
  int64_t when;
  G *g;                    /* time.Sleep */
  rt_Timer *t;             /* else */
} TimerEntry;

typedef struct Sched {
  G **allg; size_t nallg, capallg;
  G *runq_head, *runq_tail;
  G *runnext;              /* runs before runq_head (sched.c) */
  G *cur;                  /* the running G */
  int64_t next_id;
  int64_t start_nano;      /* the monotonic clock at start, minus 1 */
  TimerEntry *timers; size_t ntimers, captimers;  /* min-heap on when */
  bool resched;            /* set by a native that parked or yielded cur */
  int64_t budget;          /* back-edges and calls left before preemption */
  size_t stack_bytes, max_bytes;  /* a new G's stack: cfg.stack_size, limit */
  bool stress;             /* VM_STACKSTRESS: new stacks move at every check */
  rt_SelCase *selcases; size_t capselcases;  /* SELECT's scratch array */
  /* statistics */
  uint64_t nspawned, nswitches;
  size_t peak_goroutines;
  StkStats stkstats;       /* every stack's counters (stack.h) */
} Sched;

/* The instruction budget: back-edges and calls between preemption checks. */
enum { SCHED_BUDGET = 20000 };

/* Creates the scheduler with main's G (id 1) running on a stack of the
** given sizes; false when the C heap is exhausted. */
bool sched_init(VM *vm, size_t stack_bytes, size_t max_bytes, bool stress);
void sched_free(VM *vm);

/* go f(args): a new runnable G whose entry frame is function [fidx] with
** its [nwords] parameter words copied from [args]; for a func value, its
** [closure] goes to the function's closure register (NULL: none).
** [fidx] < 0: go of a nil func value, a G with no frame that panics with
** a nil dereference when it first runs (interp.c). */
void sched_spawn(VM *vm, int fidx, const Word *args, size_t nwords, void *closure);

/* go of the native [index] (runtime/stdlib.def) on the [nwords] words of
** its argument window [args]: a new runnable G with no frame whose
** defer list holds the call as a DK_NATIVE record (vm/defer.c), so the
** argument words are scanned and adjusted like any deferred call's; the
** interpreter runs it when the G first runs (dfr_run_go_native). */
void sched_spawn_native(VM *vm, int index, const Word *args, size_t nwords);

/* Makes [g] (waiting) runnable, in the runnext slot: it runs next (the
** G it displaces goes to the tail of the run queue). */
void sched_ready(VM *vm, G *g);

/* Parks cur: it waits with [reason] until someone calls sched_ready. The
** switch itself happens when the interpreter sees sched.resched. */
void sched_park(VM *vm, const char *reason);

/* runtime.Gosched: cur goes to the tail of the run queue. */
void sched_yield(VM *vm);

/* time.Sleep: parks cur until [ns] nanoseconds from now (<= 0: no-op). */
void sched_sleep(VM *vm, int64_t ns);

/* Puts [t] (not pending) in the timer heap at t->when; when its time
** comes the scheduler takes it out and calls rt_timer_fire (time.c). */
void sched_timer_add(VM *vm, rt_Timer *t);
/* Takes [t] out of the timer heap; false when it was not pending. */
bool sched_timer_remove(VM *vm, rt_Timer *t);
/* Calls [fn] on every pending timer (the GC's root scan). */
void sched_each_timer(VM *vm, void (*fn)(rt_Timer *t, void *ud), void *ud);

/* The switch: if cur is still running it is requeued; the next runnable G
** becomes cur (ex->stk is its stack). With none runnable it waits for the
** earliest timer; with no timer either it ends the run with Go's deadlock
** report. Wakes sleepers whose time has come first. */
void sched_switch(VM *vm);

/* Preemption check: true when some other G is runnable (timers polled). */
bool sched_should_preempt(VM *vm);

/* cur's function returned: it dies, and the next G is switched to. */
void sched_goexit(VM *vm);

/* Room for [n] select cases, owned by the scheduler. */
rt_SelCase *sched_select_cases(VM *vm, size_t n);

/* The GC's hook (Go shrinks stacks at GC time): halves every waiting or
** runnable goroutine's stack that uses less than a quarter of it, down to
** the initial size. The running goroutine's stack is left alone (a native
** may hold pointers into it while it allocates). Returns how many shrank. */
size_t sched_shrink_stacks(VM *vm);

/* vm -stats: the counters, to VM_STDERR. */
void sched_report(VM *vm);

/* runtime.NumGoroutine. */
int64_t sched_count(VM *vm);

/* The monotonic clock in nanoseconds. */
int64_t sched_nanotime(void);

/* Nanoseconds since the VM started, at least 1 (Go's runtimeNano() -
** startNano: time.Time's monotonic reading). */
int64_t sched_monotonic(VM *vm);

#endif /* SCHED_H */
