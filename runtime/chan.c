/*
** chan.c — channels and select (Go's runtime/chan.go and select.go, on one
** thread).
**
** A channel is a Go heap object (rt_Chan, the layout chan_rtype declares:
** word 0, the buffer, is its one Go pointer) holding
**   - a ring buffer of cap elements in memory form (value.h), itself a Go
**     heap object typed with the element type, so the collector scans it
**     exactly; values travel in registers, converted at the buffer with
**     rt_value_store / rt_value_load;
**   - two FIFO queues of waiting goroutines (Sudog, C memory): receivers
**     and senders. A waiter's value lives in its own stack: Sudog.elem is
**     the word offset of its registers there (an offset, not a pointer, so
**     the stack may move while it waits: sched.h).
**
** The rules, as Go's:
**   send:  closed -> panic "send on closed channel"; a receiver waits ->
**          copy straight into its registers and ready it; room in the
**          buffer -> enqueue the value; else wait on the send queue.
**   recv:  a sender waits -> unbuffered: take its value; buffered (so the
**          buffer is full): take the head, put the sender's value at the
**          tail; ready the sender. Else an element buffered -> take it.
**          Else closed -> the zero value, ok = false. Else wait.
**   close: nil -> "close of nil channel"; closed -> "close of closed
**          channel"; wake every receiver (zero value, ok = false) and every
**          sender (it panics "send on closed channel" when it resumes).
**   nil channels: send and receive wait forever (a deadlock if nobody
**          else can run); len and cap are 0.
**   select: poll the cases in a random order (rt_fastrand), take the first
**          ready one; with a default, take it instead of waiting; else put
**          one sudog per case on the case's channel and park. The first
**          operation to complete a case wins: it removes the goroutine's
**          other sudogs from their channels before readying it, and writes
**          the case index and ok into the select's result registers
**          (G.selres), so a woken select never has to look again.
**
** Invariants: a sudog is on exactly one channel queue and on its G's list
** (G.waiting) while its G waits; waking a G removes and frees all of its
** sudogs first. Nothing here moves a stack: the only allocations are
** gc_alloc in make and malloc for sudogs.
*/
#include <stdlib.h>
#include <string.h>

#include "runtime.h"
#include "../vm/interp.h"
#include "../vm/sched.h"

#define NO_OFF SUDOG_NO_OFF


typedef struct WaitQ { Sudog *first, *last; } WaitQ;

struct rt_Chan {
  uint8_t *buf;              /* cap * elem->size bytes; Go heap */
  const RType *elem;
  int64_t cap, count, recvx, sendx;
  bool closed;
  WaitQ recvq, sendq;
};

/* The collector's view of an rt_Chan: only buf is a Go pointer (the queues
** are C memory, elem lives as long as the module). */
static const uint8_t chan_ptrmask[(sizeof(rt_Chan) / 8 + 7) / 8] = {0x01};
static const RType chan_rtype = {
  .kind = RK_STRUCT, .size = sizeof(rt_Chan), .nwords = sizeof(rt_Chan) / 8,
  .str = "runtime.hchan", .ptrmask = chan_ptrmask,
};

/* ----------------------------------------------------------------------
** Wait queues
** ---------------------------------------------------------------------- */

static void q_push(WaitQ *q, Sudog *s) {
  s->next = NULL;
  s->prev = q->last;
  if (q->last) q->last->next = s;
  else q->first = s;
  q->last = s;
}

static void q_remove(WaitQ *q, Sudog *s) {
  if (s->prev) s->prev->next = s->next;
  else q->first = s->next;
  if (s->next) s->next->prev = s->prev;
  else q->last = s->prev;
  s->prev = s->next = NULL;
}

static Sudog *q_pop(WaitQ *q) {
  Sudog *s = q->first;
  if (s) q_remove(q, s);
  return s;
}

/* The waiting goroutine's registers at [off]. */
static Word *at(G *g, size_t off) { return g->stk.words + off; }

static size_t offset_of(VM *vm, const Word *p) {
  return p ? (size_t)(p - vm->exec->stk->words) : NO_OFF;
}

/* Removes every sudog of [g] from its channel and frees them; for a select
** writes the winning case [s] and [ok] into its result registers; readies
** it. [s] itself must already be off its queue. */
static void wake(VM *vm, Sudog *s, bool ok) {
  G *g = s->g;
  if (s->okoff != NO_OFF) at(g, s->okoff)->u = ok;
  if (s->caseidx >= 0) {
    Word *res = at(g, g->selres);
    res[0].i = s->caseidx;
    res[1].u = ok;
  }
  for (Sudog *o = g->waiting, *n; o; o = n) {
    n = o->gnext;
    if (o != s) q_remove(o->send ? &o->c->sendq : &o->c->recvq, o);
    free(o);
  }
  g->waiting = NULL;
  sched_ready(vm, g);
}

/* ----------------------------------------------------------------------
** Values
** ---------------------------------------------------------------------- */

static uint8_t *slot(rt_Chan *c, int64_t i) {
  return c->buf + (size_t)i * (size_t)c->elem->size;
}

static void copy_regs(const rt_Chan *c, Word *dst, const Word *src) {
  memcpy(dst, src, (size_t)c->elem->nwords * sizeof(Word));
}

static void zero_regs(const rt_Chan *c, Word *dst) {
  if (dst) memset(dst, 0, (size_t)c->elem->nwords * sizeof(Word));
}

/* Takes the buffer's head into [dst] (may be NULL: dropped). The slot is
** cleared through the write barrier: its pointers may now live only in a
** stack the collector has already scanned (the deletion barrier's case). */
static void buf_take(VM *vm, rt_Chan *c, Word *dst) {
  if (c->elem->size > 0) {
    if (dst) rt_value_load(c->elem, dst, slot(c, c->recvx));
    gc_typed_memmove(&vm->heap, c->elem, slot(c, c->recvx), NULL, (size_t)c->elem->size);
  } else if (dst) {
    zero_regs(c, dst);
  }
  if (++c->recvx == c->cap) c->recvx = 0;
  c->count--;
}

/* Stores [src] at the tail. The slot is zero (buf_take cleared it), so
** only the insertion half of the barrier applies: the stored pointers are
** shaded while marking. Writes into a waiting goroutine's registers need
** no barrier: every stack is scanned at the start of a cycle, with the
** world stopped (vm/gcroots.c), so all of them are black during marking. */
static void buf_put(VM *vm, rt_Chan *c, const Word *src) {
  const RType *t = c->elem;
  if (t->size > 0) {
    uint8_t *p = slot(c, c->sendx);
    rt_value_store(t, p, src);
    if (t->ptrmask && gc_barrier_on(&vm->heap))
      gc_barrier_range(&vm->heap, p, p, ((size_t)t->size + 7) / 8, t->ptrmask);
  }
  if (++c->sendx == c->cap) c->sendx = 0;
  c->count++;
}

/* ----------------------------------------------------------------------
** make, len, cap, close
** ---------------------------------------------------------------------- */

rt_Chan *rt_chan_make(VM *vm, const RType *chantype, int64_t size) {
  const RType *elem = chantype->elem;
  if (size < 0 || (elem->size > 0 && (uint64_t)size > (UINT64_C(1) << 40) / (uint64_t)elem->size))
    ex_panic_plain(vm, "makechan: size out of range");
  rt_Chan *c = gc_alloc(vm, &chan_rtype, sizeof *c);
  c->elem = elem;
  c->cap = size;
  if (size > 0 && elem->size > 0)
    c->buf = gc_alloc(vm, elem->ptrmask ? elem : NULL, (size_t)size * (size_t)elem->size);
  return c;
}

int64_t rt_chan_len(const rt_Chan *c) { return c ? c->count : 0; }
int64_t rt_chan_cap(const rt_Chan *c) { return c ? c->cap : 0; }

void rt_chan_close(VM *vm, rt_Chan *c) {
  if (!c) ex_panic_plain(vm, "close of nil channel");
  if (c->closed) ex_panic_plain(vm, "close of closed channel");
  c->closed = true;
  Sudog *s;
  while ((s = q_pop(&c->recvq))) {
    if (s->elem != NO_OFF) zero_regs(c, at(s->g, s->elem));
    wake(vm, s, false);
  }
  while ((s = q_pop(&c->sendq))) {
    s->g->closed_send = true;
    wake(vm, s, false);
  }
}

/* ----------------------------------------------------------------------
** Send and receive
** ---------------------------------------------------------------------- */

/* Completes a send on [c] if it can; false when it would wait. */
static bool try_send(VM *vm, rt_Chan *c, const Word *val) {
  if (c->closed) ex_panic_plain(vm, "send on closed channel");
  Sudog *r = q_pop(&c->recvq);
  if (r) {
    if (r->elem != NO_OFF) copy_regs(c, at(r->g, r->elem), val);
    wake(vm, r, true);
    return true;
  }
  if (c->count < c->cap) {
    buf_put(vm, c, val);
    return true;
  }
  return false;
}

bool rt_chan_offer(VM *vm, rt_Chan *c, const Word *val) { return try_send(vm, c, val); }

/* Completes a receive on [c] into [dst] (NULL: dropped) if it can. */
static bool try_recv(VM *vm, rt_Chan *c, Word *dst, bool *ok) {
  Sudog *s = q_pop(&c->sendq);
  if (s) {
    if (c->cap == 0) {
      if (dst) copy_regs(c, dst, at(s->g, s->elem));
    } else {
      buf_take(vm, c, dst);
      buf_put(vm, c, at(s->g, s->elem));
    }
    wake(vm, s, true);
    *ok = true;
    return true;
  }
  if (c->count > 0) {
    buf_take(vm, c, dst);
    *ok = true;
    return true;
  }
  if (c->closed) {
    zero_regs(c, dst);
    *ok = false;
    return true;
  }
  return false;
}

static Sudog *new_sudog(VM *vm, rt_Chan *c, bool send, size_t elem, size_t okoff,
                        int caseidx) {
  Sudog *s = calloc(1, sizeof *s);
  if (!s) ex_throw(vm, NULL, "runtime: cannot allocate memory");
  G *g = vm->exec->sched.cur;
  s->g = g;
  s->c = c;
  s->elem = elem;
  s->okoff = okoff;
  s->caseidx = caseidx;
  s->send = send;
  q_push(send ? &c->sendq : &c->recvq, s);
  s->gnext = g->waiting;
  g->waiting = s;
  return s;
}

bool rt_chan_send(VM *vm, rt_Chan *c, const Word *val) {
  if (!c) {
    sched_park(vm, "chan send (nil chan)");
    return false;
  }
  if (try_send(vm, c, val)) return true;
  new_sudog(vm, c, true, offset_of(vm, val), NO_OFF, -1);
  sched_park(vm, "chan send");
  return false;
}

bool rt_chan_recv(VM *vm, rt_Chan *c, Word *dst, Word *okw) {
  if (!c) {
    sched_park(vm, "chan receive (nil chan)");
    return false;
  }
  bool ok;
  if (try_recv(vm, c, dst, &ok)) {
    if (okw) okw->u = ok;
    return true;
  }
  new_sudog(vm, c, false, offset_of(vm, dst), offset_of(vm, okw), -1);
  sched_park(vm, "chan receive");
  return false;
}

/* ----------------------------------------------------------------------
** select
** ---------------------------------------------------------------------- */

bool rt_select(VM *vm, const rt_SelCase *cases, int n, bool block, Word *res) {
  int order[n > 0 ? n : 1];  /* n < 65536; on the C stack: a panic leaks nothing */
  /* a uniformly random poll order (Fisher-Yates, as Go's pollorder) */
  for (int i = 0; i < n; i++) {
    int j = (int)(rt_fastrand(vm) % (uint64_t)(i + 1));
    order[i] = order[j];
    order[j] = i;
  }
  int chosen = -1;
  bool ok = false;
  for (int k = 0; k < n && chosen < 0; k++) {
    const rt_SelCase *sc = &cases[order[k]];
    if (!sc->c) continue;
    if (sc->send ? try_send(vm, sc->c, sc->elem) : try_recv(vm, sc->c, sc->elem, &ok))
      chosen = order[k];
  }
  if (chosen >= 0 || !block) {
    res[0].i = chosen;
    res[1].u = chosen >= 0 && (cases[chosen].send || ok);
    return true;
  }
  G *g = vm->exec->sched.cur;
  g->selres = offset_of(vm, res);
  for (int i = 0; i < n; i++)
    if (cases[i].c)
      new_sudog(vm, cases[i].c, cases[i].send, offset_of(vm, cases[i].elem), NO_OFF, i);
  sched_park(vm, n == 0 ? "select (no cases)" : "select");
  return false;
}
