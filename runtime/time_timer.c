/*
** time_timer.c — package time's timers: NewTimer, After, AfterFunc,
** NewTicker, Tick, and the Stop and Reset methods of *Timer and *Ticker.
**
** A timer is an rt_Timer (vm/sched.h), a Go heap object laid out as
** stdlib.def declares time.Timer and time.Ticker: {C, when, period, f,
** idx, kind}.
** Pending, it sits in the scheduler's timer heap beside sleeping
** goroutines; the heap is a GC root, so `<-time.After(d)` keeps its
** channel alive though no variable holds the timer. When its time comes
** the scheduler calls rt_timer_fire, which does what Go's sendTime and
** goFunc do:
**   - a channel timer sends time.Now() on C without blocking: C has a
**     buffer of one, and a tick that finds it full is dropped, so a slow
**     reader of a ticker sees the ticks it missed as one;
**   - an AfterFunc timer starts f in a goroutine of its own;
**   - a ticker goes back in the heap at when + period, skipping the
**     periods that have already passed (Go's adjustment for late timers).
** Timers are not goroutines: runtime.NumGoroutine does not count them, and
** they never block. Stop and Reset report whether the timer was pending,
** as Go 1.19's do (Stop does not drain C). Invariant: t->idx >= 0 exactly
** while the heap holds t (the heap keeps it up to date).
*/
#include "lib.h"
#include "../vm/sched.h"

/* time.Time's layout {wall uint64; ext int64; loc *Location} and the
** channels timers send it on. */
static const uint8_t mask_loc[] = {0x04};
static const RType time_type = {
  .kind = RK_STRUCT, .named = true, .size = 24, .nwords = 3, .str = "time.Time", .ptrmask = mask_loc,
};
static const uint8_t mask_1[] = {0x01};
static const RType chan_time_type = {
  .kind = RK_CHAN, .size = 8, .nwords = 1, .str = "chan time.Time", .elem = &time_type, .ptrmask = mask_1,
};
/* rt_Timer: C (word 0) and f (word 3) are pointers. */
static const uint8_t mask_timer[] = {0x09};
static const RType timer_type = {
  .kind = RK_STRUCT, .named = true, .size = sizeof(rt_Timer), .nwords = sizeof(rt_Timer) / 8,
  .str = "time.Timer", .ptrmask = mask_timer,
};

/* Go's when(d): the monotonic time d from now, saturated. */
static int64_t when_after(int64_t d) {
  int64_t now = sched_nanotime();
  if (d <= 0) return now;
  return d > INT64_MAX - now ? INT64_MAX : now + d;
}

static rt_Timer *new_timer(VM *vm, int64_t d, int64_t period, int kind, void *f) {
  rt_Timer *t = gc_alloc(vm, &timer_type, sizeof *t);
  t->kind = kind;
  if (kind == RT_TIMER_CHAN) gc_write_ptr(&vm->heap, (void **)&t->c, rt_chan_make(vm, &chan_time_type, 1));
  gc_write_ptr(&vm->heap, &t->f, f);
  t->period = period;
  t->when = when_after(d);
  t->idx = -1;
  sched_timer_add(vm, t);
  return t;
}

void rt_timer_fire(VM *vm, rt_Timer *t, int64_t now) {
  if (t->period > 0) {   /* a ticker: pending again, skipping the periods already missed */
    int64_t late = now - t->when;
    int64_t next = t->when + t->period * (1 + late / t->period);
    t->when = next < t->when ? INT64_MAX : next;
    sched_timer_add(vm, t);
  }
  if (t->kind == RT_TIMER_FUNC) {   /* go f(); a nil f faults in that goroutine, as Go's goFunc */
    const Word *closure = t->f;
    sched_spawn(vm, closure ? (int)closure[0].i : -1, NULL, 0, t->f);
    return;
  }
  Word v[3];
  rt_time_now_words(vm, v);
  rt_chan_offer(vm, t->c, v);
}

/* func NewTimer(d Duration) *Timer */
void rt_time_NewTimer(VM *vm, Word *args) { args[0].p = new_timer(vm, args[0].i, 0, RT_TIMER_CHAN, NULL); }

/* func After(d Duration) <-chan Time */
void rt_time_After(VM *vm, Word *args) { args[0].p = new_timer(vm, args[0].i, 0, RT_TIMER_CHAN, NULL)->c; }

/* func AfterFunc(d Duration, f func()) *Timer */
void rt_time_AfterFunc(VM *vm, Word *args) {
  args[0].p = new_timer(vm, args[0].i, 0, RT_TIMER_FUNC, args[1].p);
}

/* func NewTicker(d Duration) *Ticker */
void rt_time_NewTicker(VM *vm, Word *args) {
  static const GoString msg = {(const uint8_t *)"non-positive interval for NewTicker", 35};
  if (args[0].i <= 0) vm_panic_value(vm, rt_error_new(vm, msg));   /* an error, as Go's */
  args[0].p = new_timer(vm, args[0].i, args[0].i, RT_TIMER_CHAN, NULL);
}

/* func Tick(d Duration) <-chan Time: nil for d <= 0 */
void rt_time_Tick(VM *vm, Word *args) {
  args[0].p = args[0].i <= 0 ? NULL : new_timer(vm, args[0].i, args[0].i, RT_TIMER_CHAN, NULL)->c;
}

/* The receiver of a method; Go panics with a string on a zero Timer or
** Ticker ("time: Stop called on uninitialized Timer"). */
static rt_Timer *receiver(VM *vm, Word *args, const char *uninitialized) {
  rt_Timer *t = args[0].p;
  if (!t) lib_nil_deref(vm);
  if (t->kind == RT_TIMER_ZERO) rt_panic_plain(vm, uninitialized);
  return t;
}

/* func (t *Timer) Stop() bool */
void rt_time_Timer_Stop(VM *vm, Word *args) {
  args[0].u = sched_timer_remove(vm, receiver(vm, args, "time: Stop called on uninitialized Timer"));
}

/* func (t *Timer) Reset(d Duration) bool */
void rt_time_Timer_Reset(VM *vm, Word *args) {
  rt_Timer *t = receiver(vm, args, "time: Reset called on uninitialized Timer");
  bool active = sched_timer_remove(vm, t);
  t->when = when_after(args[1].i);
  sched_timer_add(vm, t);
  args[0].u = active;
}

/* func (t *Ticker) Stop(): a zero Ticker is fine (Go checks nothing) */
void rt_time_Ticker_Stop(VM *vm, Word *args) {
  rt_Timer *t = args[0].p;
  if (!t) lib_nil_deref(vm);
  sched_timer_remove(vm, t);
}

/* func (t *Ticker) Reset(d Duration) */
void rt_time_Ticker_Reset(VM *vm, Word *args) {
  if (args[1].i <= 0) rt_panic_plain(vm, "non-positive interval for Ticker.Reset");
  rt_Timer *t = receiver(vm, args, "time: Reset called on uninitialized Ticker");
  sched_timer_remove(vm, t);
  t->period = args[1].i;
  t->when = when_after(args[1].i);
  sched_timer_add(vm, t);
}
