/*
** interp.c — the interpreter loop: runs bytecode (vm/opcodes.h) on the
** goroutine stack (vm/stack.c).
**
** Dispatch: with VM_COMPUTED_GOTO every handler ends in its own indirect
** jump through a table of label addresses (one branch-prediction slot per
** handler); otherwise a portable switch in a loop. Both are generated from
** OPCODE_LIST, so the computed-goto table does not compile until every
** opcode has a handler.
**
** Registers of the running function live in locals: pc, R (&stack[base]),
** fr (its frame record), K. The invariants that keep them honest:
**  - Anything that can fault, allocate, call out or move the stack runs
**    between SAVE_STATE (pc and frame depth back to the Stack) and, if it
**    returns, LOAD_STATE (reload every cached pointer into the stack and
**    the frame array): the PROTECT macro. A panic's traceback and the stack
**    copier therefore always see every frame with its pc.
**  - A saved pc points at the instruction after the one running (for a
**    "+1" instruction, at its EXTRA word), so pc - 1 is always the
**    instruction whose line a traceback shows.
**  - The call prologue (ENTER, shared by CALL and CALLF) is the only place
**    a frame is pushed: it checks the callee's frame and one more frame
**    record fit (stress mode: never "fits"), zeroes the callee's
**    non-parameter words and needs no copying of arguments or results: the
**    callee's R[0] is the caller's R[a]. CALLF then hands the closure
**    object to the callee in FuncInfo.closure_reg, read from the caller's
**    frame after the prologue (the stack may have moved, and with it a
**    closure object placed in the frame).
**
** Integer ops compute on uint64 so overflow wraps as Go's does (and is
** defined in C); the code generator re-normalises narrow types with
** SEXT/ZEXT. Float-to-integer conversions give what Go on amd64 gives.
*/
#include <inttypes.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "allocprof.h"
#include "defer.h"
#include "divmagic.h"
#include "gcroots.h"
#include "interp.h"
#include "module.h"
#include "opcodes.h"

#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ----------------------------------------------------------------------
** Conversions (Go amd64: CVTTSD2SQ / CVTTSD2SL give the "integer
** indefinite" value, the minimum, for NaN and out-of-range inputs)
** ---------------------------------------------------------------------- */

static inline int64_t f2i(double f) {
  if (f >= -9223372036854775808.0 && f < 9223372036854775808.0)
    return (int64_t)f;
  return INT64_MIN;
}

static inline int64_t f2i32(double f) {
  if (f > -2147483649.0 && f < 2147483648.0) return (int32_t)f;
  return INT32_MIN;
}

/* What Go emits: below 2^63 a signed conversion; from 2^63 up (and NaN)
** subtract 2^63, convert signed, and set the top bit. */
static inline uint64_t f2u(double f) {
  if (f < 9223372036854775808.0) return (uint64_t)f2i(f);
  return (uint64_t)f2i(f - 9223372036854775808.0) | (UINT64_C(1) << 63);
}

/* x rounded to float32 and widened back. The empty asm pins the float:
** GCC 12's SLP vectoriser (-O2 and up) drops the two conversions of a
** pair of such roundings done side by side (C64's real and imaginary
** parts), leaving x unrounded. */
static inline double round_f32(double x) {
  float f = (float)x;
#if defined(__x86_64__) || defined(__i386__)
  __asm__("" : "+x"(f));
#else
  __asm__("" : "+m"(f));
#endif
  return f;
}

/* ----------------------------------------------------------------------
** Strings in registers: R[x] = ptr, R[x+1] = len
** ---------------------------------------------------------------------- */

static inline GoString reg_str(const Word *r) {
  return (GoString){(const uint8_t *)r[0].cp, r[1].i};
}

/* Go's concatstrings over the [n] strings at [regs]: with a single
** non-empty operand the result is that operand itself, unless its bytes
** are in a frame buffer and the result has none of its own (the result may
** escape where the operand did not: Go's stringDataOnStack); otherwise one
** copy, in [buf] (this frame's 32 bytes, or NULL) when it fits. */
static GoString concat_parts(VM *vm, const Stack *st, const Word *regs, int n, uint8_t *buf) {
  int count = 0, idx = 0;
  for (int k = 0; k < n; k++)
    if (regs[2 * k + 1].i != 0) { count++; idx = k; }
  if (count == 0) return (GoString){NULL, 0};
  GoString one = reg_str(&regs[2 * idx]);
  if (count == 1 && (buf != NULL || !stk_holds(st, one.ptr))) return one;
  return rt_string_concatn(vm, regs, n, buf);
}

static inline bool str_eq(const Word *x, const Word *y) {
  return x[1].i == y[1].i && (x[0].cp == y[0].cp || x[1].i == 0 ||
                              memcmp(x[0].cp, y[0].cp, (size_t)x[1].i) == 0);
}

static inline int str_cmp(const Word *x, const Word *y) {
  return rt_string_compare(reg_str(x), reg_str(y));
}

/* Package variables are mostly one or two words: no memcpy call for those. */
static inline void copy_words(Word *dst, const Word *src, unsigned n) {
  switch (n) {
  case 1: dst[0] = src[0]; break;
  case 2: dst[0] = src[0]; dst[1] = src[1]; break;
  default: memcpy(dst, src, (size_t)n * sizeof(Word)); break;
  }
}

/* A memory element of [size] bytes into registers: small ones are zero-
** extended (the code generator sign-extends signed types after). */
static inline void load_elem(Word *dst, const uint8_t *src, unsigned size,
                             unsigned nwords) {
  switch (size) {
  case 1: dst->u = *src; break;
  case 2: { uint16_t v; memcpy(&v, src, 2); dst->u = v; break; }
  case 4: { uint32_t v; memcpy(&v, src, 4); dst->u = v; break; }
  default: memcpy(dst, src, (size_t)nwords * sizeof(Word)); break;
  }
}

/* ----------------------------------------------------------------------
** Memory
** ---------------------------------------------------------------------- */

/* Go reports a nil dereference as the SIGSEGV it is, with the faulting
** address. Where gc keeps an explicit nil check (a nil known at compile
** time, inlined callees: what small programs show) that address is 0, and
** only a load that doubles as the check faults at nil + field offset; we
** report 0, and the offset the instructions carry (addr) is kept for when
** the code generator can tell the two apart. */
static _Noreturn void panic_nil(VM *vm, uint64_t addr) {
  addr = 0;
  vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%" PRIx64
                       " pc=0x0]", addr);
}

/* The one allocation entry point of compiled code: the object of alloc
** site [k] (elements of [n] objects for arrays), through gc_alloc. */
static void *alloc_site(VM *vm, const Module *m, uint32_t k, int64_t n) {
  const AllocSite *s = &m->sites[k];
  const RType *t = m->rtypes[s->rtype];
  return gc_alloc(vm, t->ptrmask ? t : NULL, (size_t)(s->size * n));
}

/* Profiles the stack site FRAMEADDR [fa] yields. Its slot is the ZERO the
** code generator emits just before (codegen_mem.c alloc_object): that
** instruction's size is exact where the site's is per element (make). */
static void frame_bytes(AllocProf *p, const Module *m, const Instr *code,
                        const Instr *fa) {
  if (fa->c >= m->nsites) return;
  const Instr *z = fa - 1;
  uint64_t bytes = (uint64_t)m->sites[fa->c].size;
  if (fa > code && z->op == OP_ZERO && z->a == fa->b) bytes = (uint64_t)z->b * sizeof(Word);
  ap_stack(p, fa->c, bytes);
}

/* Map keys travel in registers; the runtime hashes memory form. Small keys
** are converted into [buf] (MAPKEY_BUF bytes, zeroed so padding hashes
** alike), large ones into a fresh heap temporary (MAPKEY_BIG). */
enum { MAPKEY_BUF = 256 };
static inline bool mapkey_big(const RType *mt) { return mt->key->size > MAPKEY_BUF; }
static const void *mapkey(const RType *mt, void *mem, const Word *regs) {
  if (!mapkey_big(mt)) memset(mem, 0, (size_t)mt->key->size);
  rt_value_store(mt->key, mem, regs);
  return mem;
}

/* An interface box (MKIFACEB) holds the register words or, for arrays
** and structs, the memory form (runtime.h): whichever is larger. */
static inline size_t box_bytes(const RType *t) {
  size_t words = (size_t)t->nwords * sizeof(Word);
  return (size_t)t->size > words ? (size_t)t->size : words;
}

static inline GoSlice reg_slice(const Word *r) {
  return (GoSlice){r[0].p, r[1].i, r[2].i};
}

static inline void set_slice(Word *r, GoSlice s) {
  r[0].p = s.ptr;
  r[1].i = s.len;
  r[2].i = s.cap;
}

static inline void set_str(Word *r, GoString s) {
  r[0].cp = s.ptr;
  r[1].i = s.len;
}

/* ----------------------------------------------------------------------
** The collector's hooks (vm/gcroots.c, gc/barrier.c)
**
** Safepoints: CALL, CALLF, LOOP and every instruction that allocates test the
** heap's poll word (one load and a predictable branch) first thing and,
** when it is set, call vmgc_safepoint with the state saved, so the root
** scanner sees every frame; it may move the stack, hence PROTECT, before
** the handler reads any operand into a C local. Between instructions
** every live pointer is in a frame register, so any instruction boundary
** would do; these are the ones that matter: the pacer raises its request
** at an allocation (the code generator rotates loops, whose back-edge is
** then a conditional jump: a loop that allocates still polls at its
** allocation, one that does not has nothing to pace), and CALL and LOOP
** bound the time until a finished mark is terminated. Nowhere else does a
** cycle start.
**
** Barriers: STP (a pointer word stored to memory: the code generator
** knows each leaf's type and emits STP exactly for the words the type's
** ptrmask marks, compiler/codegen_mem.c), MEMMOVE and SETG take the write
** barrier while marking; ST64 and the narrower stores write scalars, which
** neither the barrier nor the marker looks at, so they never take it.
** MEMMOVE and SETG copy whole values and treat every aligned word as a
** possible pointer (the barrier validates each with the base-of-object
** lookup: a scalar shades nothing, or keeps an object whose address it
** equals for one more cycle). Stores to frame words (registers,
** objects placed in the frame) need none (gc/barrier.c says why); a store
** through a pointer into the frame takes it anyway, harmlessly.
** ---------------------------------------------------------------------- */

#define GC_POLL()                                                   \
  do {                                                              \
    if (UNLIKELY(__atomic_load_n(&vm->heap.poll, __ATOMIC_RELAXED))) \
      PROTECT(vmgc_safepoint(vm));                                  \
  } while (0)

static void store_ptr_barrier(VM *vm, uint8_t *slot, uint64_t v) {
  if ((uintptr_t)slot % 8 == 0) gc_write_ptr(&vm->heap, (void **)slot, (void *)(uintptr_t)v);
  else memcpy(slot, &v, 8); /* not a pointer slot: Go aligns those */
}

/* ----------------------------------------------------------------------
** The loop
** ---------------------------------------------------------------------- */

#define RA (R[i.a])
#define RB (R[i.b])
#define RC (R[i.c])
#define BX INSTR_BX(i)
#define SBX INSTR_SBX(i)
#define SB INSTR_SB(i)
#define SC INSTR_SC(i)

#define SAVE_STATE()                                   \
  (fr->pc = pc, st->nframes = (size_t)(fr - st->frames) + 1)

#define LOAD_STATE()                                   \
  do {                                                 \
    st = ex->stk;                                      \
    stk = st->words;                                   \
    fr = st->frames + st->nframes - 1;                 \
    R = stk + fr->base;                                \
    slimit = st->stress ? 0 : st->nwords;              \
    flimit = st->frames + st->capframes;               \
    stopfr = st->frames + sc->cur->stop;               \
    segfr = stk_segment_frame(st);                     \
    dfrfr = st->dfr_frame == SIZE_MAX ? NULL : st->frames + st->dfr_frame; \
  } while (0)

/* Runs [x], which may fault, allocate or move the stack, with the state
** saved; R and the frame pointers are valid again afterwards. */
#define PROTECT(x)                                     \
  do {                                                 \
    SAVE_STATE();                                      \
    x;                                                 \
    LOAD_STATE();                                      \
  } while (0)

/* PROTECT for an instruction that may allocate for alloc site [k]: with a
** profile (vm/allocprof.c) the heap bytes it asked gc_alloc for are
** counted; without, the cost is the one test. */
#define PROTECT_SITE(k, x)                                          \
  do {                                                              \
    AllocProf *ap_ = vm->allocprof;                                 \
    if (UNLIKELY(ap_ != NULL)) {                                    \
      uint64_t before_ = vm->heap.stats.total_alloc;                \
      PROTECT(x);                                                   \
      ap_heap(ap_, (k), vm->heap.stats.total_alloc - before_);      \
    } else {                                                        \
      PROTECT(x);                                                   \
    }                                                               \
  } while (0)

/* Conditional relative jumps; offsets count from the next instruction. */
/* A backward one is a loop back-edge: it spends preemption budget. */
#define JUMP_IF(cond, off)                             \
  do {                                                 \
    if (cond) {                                        \
      pc += (off);                                     \
      if ((off) < 0) BACKEDGE();                       \
    }                                                  \
  } while (0)

/* A back-edge or call: spends one unit of the scheduler's budget; at zero,
** the preemption check (sched.c). */
#define BACKEDGE()                                     \
  do {                                                 \
    if (UNLIKELY(--sc->budget < 0)) goto preempt;      \
  } while (0)

/* An absent operand register of SLSLICE's EXTRA word. */
#define NO_REG 0xFFFF

#define BINOP(field, op) RA.field = RB.field op RC.field
#define CMPOP(field, op) RA.u = RB.field op RC.field

#ifdef VM_DEBUG
#define CHECK_OPCODE()                                 \
  do {                                                 \
    if (i.op >= OP__COUNT) {                           \
      SAVE_STATE();                                    \
      ex_throw(vm, NULL, "bad opcode %u (compiler bug)", (unsigned)i.op); \
    }                                                  \
  } while (0)
#else
#define CHECK_OPCODE() ((void)0)
#endif

#ifdef VM_COMPUTED_GOTO
#define VMCASE(name) L_##name:
#define DISPATCH()                                     \
  do {                                                 \
    i = *pc++;                                         \
    CHECK_OPCODE();                                    \
    goto *dispatch[i.op];                              \
  } while (0)
#else
#define VMCASE(name) case OP_##name:
#define DISPATCH() goto next
#endif

#define NEXT DISPATCH()

static void cb_wait(VM *vm, uint8_t state);

/* The loop, for ex_execute: [home] is the goroutine the call runs for;
** with [panicking] it starts with the step of the goroutine's panic (a
** panic landed, vm/defer.c). Returns false when home's frame at [stop]
** returned, true when a panic left it (a call from a native: vm/call.c). */
static bool run(VM *vm, size_t stop, G *home, bool panicking) {
  ExecState *ex = vm->exec;
  Sched *sc = &ex->sched;
  Stack *st;
  const Module *m = vm->module;
  const FuncInfo *funcs = m->funcs;
  const Word *K = m->consts;
  RType *const *rtypes = m->rtypes;
  Word *stk, *R;
  Frame *fr, *flimit, *stopfr;
  Frame *segfr; /* segmented mode: the frame whose return leaves a segment */
  Frame *dfrfr; /* the running deferred call's frame (vm/defer.c), or NULL */
  size_t slimit; /* words usable without growing; 0 in stress mode */
  LOAD_STATE();
  const Instr *pc = fr->pc;
  Instr i;
  if (panicking) goto panicking;

#ifdef VM_COMPUTED_GOTO
  static const void *const dispatch[OP__COUNT] = {
#define X(name) &&L_##name,
      OPCODE_LIST(X)
#undef X
  };
  DISPATCH();
  {
#else
next:
  i = *pc++;
  switch ((Opcode)i.op) {
#endif

  /* --- moves and constants ------------------------------------------- */
  VMCASE(NOP) NEXT;
  VMCASE(EXTRA) NEXT;  /* only ever skipped; harmless if reached */
  VMCASE(MOV) RA = RB; NEXT;
  VMCASE(MOV2) {
    Word x = RB, y = R[i.b + 1];
    RA = x;
    R[i.a + 1] = y;
    NEXT;
  }
  VMCASE(MOVN) memmove(&RA, &RB, (size_t)i.c * sizeof(Word)); NEXT;
  VMCASE(ZERO) memset(&RA, 0, (size_t)i.b * sizeof(Word)); NEXT;
  VMCASE(LOADI) RA.i = SBX; NEXT;
  VMCASE(LOADK) RA = K[BX]; NEXT;
  VMCASE(LOADK2) {
    const Word *k = &K[BX];
    RA = k[0];
    R[i.a + 1] = k[1];
    NEXT;
  }
  VMCASE(GETG) copy_words(&RA, &vm->globals[i.b], i.c); NEXT;
  VMCASE(SETG) {
    if (UNLIKELY(gc_barrier_on(&vm->heap)))
      gc_barrier_range(&vm->heap, &vm->globals[i.a], &RB, i.c, NULL);
    copy_words(&vm->globals[i.a], &RB, i.c);
    NEXT;
  }

  /* --- integer arithmetic -------------------------------------------- */
  VMCASE(ADD) BINOP(u, +); NEXT;
  VMCASE(SUB) BINOP(u, -); NEXT;
  VMCASE(MUL) BINOP(u, *); NEXT;
  VMCASE(DIV) {
    int64_t x = RB.i, y = RC.i;
    if (UNLIKELY(y == 0)) goto divide_by_zero;
    RA.i = y == -1 ? (int64_t)(0 - (uint64_t)x) : x / y;
    NEXT;
  }
  VMCASE(REM) {
    int64_t x = RB.i, y = RC.i;
    if (UNLIKELY(y == 0)) goto divide_by_zero;
    RA.i = y == -1 ? 0 : x % y;
    NEXT;
  }
  VMCASE(DIVK) {
    RA.i = dm_signed_quotient(RB.i, K[pc->b].i, i.c);
    pc++;
    NEXT;
  }
  VMCASE(REMK) {
    int64_t x = RB.i, q = dm_signed_quotient(x, K[pc->b].i, i.c);
    RA.u = (uint64_t)x - (uint64_t)q * K[pc->a].u;
    pc++;
    NEXT;
  }
  VMCASE(DIVU) {
    uint64_t y = RC.u;
    if (UNLIKELY(y == 0)) goto divide_by_zero;
    RA.u = RB.u / y;
    NEXT;
  }
  VMCASE(REMU) {
    uint64_t y = RC.u;
    if (UNLIKELY(y == 0)) goto divide_by_zero;
    RA.u = RB.u % y;
    NEXT;
  }
  VMCASE(AND) BINOP(u, &); NEXT;
  VMCASE(OR) BINOP(u, |); NEXT;
  VMCASE(XOR) BINOP(u, ^); NEXT;
  VMCASE(ANDNOT) RA.u = RB.u & ~RC.u; NEXT;
  VMCASE(SHL) {
    uint64_t n = RC.u;
    RA.u = n < 64 ? RB.u << n : 0;
    NEXT;
  }
  VMCASE(SHR) {
    uint64_t n = RC.u;
    RA.i = RB.i >> (n < 64 ? n : 63);
    NEXT;
  }
  VMCASE(SHRU) {
    uint64_t n = RC.u;
    RA.u = n < 64 ? RB.u >> n : 0;
    NEXT;
  }
  VMCASE(SHLI) RA.u = RB.u << (i.c & 63); NEXT;
  VMCASE(SHRI) RA.i = RB.i >> (i.c & 63); NEXT;
  VMCASE(SHRUI) RA.u = RB.u >> (i.c & 63); NEXT;
  VMCASE(CHKSHIFT) {
    if (UNLIKELY(RA.i < 0)) {
      SAVE_STATE();
      vm_panic_runtime(vm, "negative shift amount");
    }
    NEXT;
  }
  VMCASE(ADDI) RA.u = RB.u + (uint64_t)(int64_t)SC; NEXT;
  VMCASE(MULI) RA.u = RB.u * (uint64_t)(int64_t)SC; NEXT;
  VMCASE(NEG) RA.u = 0 - RB.u; NEXT;
  VMCASE(BNOT) RA.u = ~RB.u; NEXT;
  VMCASE(NOT) RA.u = !RB.u; NEXT;
  VMCASE(SEXT8) RA.i = (int8_t)RB.u; NEXT;
  VMCASE(SEXT16) RA.i = (int16_t)RB.u; NEXT;
  VMCASE(SEXT32) RA.i = (int32_t)RB.u; NEXT;
  VMCASE(ZEXT8) RA.u = (uint8_t)RB.u; NEXT;
  VMCASE(ZEXT16) RA.u = (uint16_t)RB.u; NEXT;
  VMCASE(ZEXT32) RA.u = (uint32_t)RB.u; NEXT;
  VMCASE(INCR) RA.u += (uint64_t)(int64_t)SB; NEXT;

  /* --- floating point ------------------------------------------------ */
  VMCASE(ADDF) BINOP(f, +); NEXT;
  VMCASE(SUBF) BINOP(f, -); NEXT;
  VMCASE(MULF) BINOP(f, *); NEXT;
  VMCASE(DIVF) BINOP(f, /); NEXT;
  VMCASE(NEGF) RA.f = -RB.f; NEXT;
  VMCASE(F32) RA.f = (double)(float)RB.f; NEXT;
  VMCASE(I2F) RA.f = (double)RB.i; NEXT;
  VMCASE(U2F) RA.f = (double)RB.u; NEXT;
  VMCASE(F2I) RA.i = f2i(RB.f); NEXT;
  VMCASE(F2U) RA.u = f2u(RB.f); NEXT;
  VMCASE(F2I32) RA.i = f2i32(RB.f); NEXT;

  /* --- comparisons --------------------------------------------------- */
  VMCASE(EQ) CMPOP(u, ==); NEXT;
  VMCASE(NE) CMPOP(u, !=); NEXT;
  VMCASE(LT) CMPOP(i, <); NEXT;
  VMCASE(LE) CMPOP(i, <=); NEXT;
  VMCASE(LTU) CMPOP(u, <); NEXT;
  VMCASE(LEU) CMPOP(u, <=); NEXT;
  VMCASE(EQF) CMPOP(f, ==); NEXT;
  VMCASE(NEF) CMPOP(f, !=); NEXT;
  VMCASE(LTF) CMPOP(f, <); NEXT;
  VMCASE(LEF) CMPOP(f, <=); NEXT;
  VMCASE(EQS) RA.u = str_eq(&RB, &RC); NEXT;
  VMCASE(NES) RA.u = !str_eq(&RB, &RC); NEXT;
  VMCASE(LTS) RA.u = str_cmp(&RB, &RC) < 0; NEXT;
  VMCASE(LES) RA.u = str_cmp(&RB, &RC) <= 0; NEXT;

  /* --- control flow -------------------------------------------------- */
  VMCASE(JMP) pc += SBX; NEXT;
  VMCASE(JT) JUMP_IF(RA.u, SBX); NEXT;
  VMCASE(JF) JUMP_IF(!RA.u, SBX); NEXT;
  VMCASE(JEQ) JUMP_IF(RA.i == RB.i, SC); NEXT;
  VMCASE(JNE) JUMP_IF(RA.i != RB.i, SC); NEXT;
  VMCASE(JLT) JUMP_IF(RA.i < RB.i, SC); NEXT;
  VMCASE(JLE) JUMP_IF(RA.i <= RB.i, SC); NEXT;
  VMCASE(JLTU) JUMP_IF(RA.u < RB.u, SC); NEXT;
  VMCASE(JLEU) JUMP_IF(RA.u <= RB.u, SC); NEXT;
  VMCASE(JLTF) JUMP_IF(RA.f < RB.f, SC); NEXT;
  VMCASE(JLEF) JUMP_IF(RA.f <= RB.f, SC); NEXT;
  VMCASE(JEQF) JUMP_IF(RA.f == RB.f, SC); NEXT;
  VMCASE(JNEF) JUMP_IF(RA.f != RB.f, SC); NEXT;
  VMCASE(JNLTF) JUMP_IF(!(RA.f < RB.f), SC); NEXT;
  VMCASE(JNLEF) JUMP_IF(!(RA.f <= RB.f), SC); NEXT;
  VMCASE(JEQI) JUMP_IF(RA.i == SB, SC); NEXT;
  VMCASE(JNEI) JUMP_IF(RA.i != SB, SC); NEXT;
  VMCASE(JLTI) JUMP_IF(RA.i < SB, SC); NEXT;
  VMCASE(JLEI) JUMP_IF(RA.i <= SB, SC); NEXT;
  VMCASE(JGTI) JUMP_IF(RA.i > SB, SC); NEXT;
  VMCASE(JGEI) JUMP_IF(RA.i >= SB, SC); NEXT;
  /* The preemption point of the scheduler to come (instruction budget). */
  VMCASE(LOOP) GC_POLL(); pc += SBX; BACKEDGE(); NEXT;

  /* --- calls --------------------------------------------------------- */
/* The prologue of CALL and CALLF: pushes the frame of function [fi] at
** R[i.a] (growing the stack if it won't fit) and zeroes its non-parameter
** words. Leaves R at the callee's frame. */
#ifdef VM_DEBUG
#define CHECK_FRAME_LINK()                                              \
  do {                                                                  \
    if ((fr[-1].base > fr->base ||                                      \
         fr->base > fr[-1].base + (uint32_t)funcs[fr[-1].fidx].frame_words) && \
        fr != segfr) /* a new segment's first frame starts at 0 */      \
      stk_verify(st);                                                   \
  } while (0)
#else
#define CHECK_FRAME_LINK() ((void)0)
#endif
#define ENTER(callee, fi)                                               \
  do {                                                                  \
    size_t base_ = (size_t)(R - stk) + i.a;                             \
    fr->pc = pc;                                                        \
    if (UNLIKELY(base_ + (size_t)(callee)->frame_words > slimit || fr + 1 == flimit)) { \
      PROTECT(base_ = stk_reserve(vm, st, (callee), base_));            \
    }                                                                   \
    fr++;                                                               \
    fr->base = (uint32_t)base_;                                         \
    fr->fidx = (fi);                                                    \
    R = stk + base_;                                                    \
    pc = (callee)->code;                                                \
    for (int k = (callee)->param_words, n = (callee)->frame_words; k < n; k++) \
      R[k].u = 0;                                                       \
    CHECK_FRAME_LINK();                                                 \
  } while (0)
  VMCASE(CALL) {
    GC_POLL();
    const FuncInfo *callee = &funcs[BX];
    ENTER(callee, BX);
    BACKEDGE();
    NEXT;
  }
  VMCASE(CALLN) {
    PROTECT(rt_natives[BX].fn(vm, &RA));
    if (UNLIKELY(ex->frame_pushed)) {  /* it calls Go: enter the frame */
      ex->frame_pushed = false;
      pc = fr->pc;
      NEXT;
    }
    if (UNLIKELY(sc->resched)) goto reschedule;
    NEXT;
  }
  VMCASE(RET) {
    if (UNLIKELY(fr == dfrfr)) goto defer_returned;
    if (UNLIKELY(fr == stopfr)) {
      if (sc->cur == home) {
        st->nframes = stop;
        return false;
      }
      if (sc->cur->cblevel > 0) {  /* a call from a native, out of order */
        SAVE_STATE();  /* its frame stays live: the results are roots */
        cb_wait(vm, G_CB_RETURNED);
        goto resume;
      }
      if (sc->cur->id == 1) vm_exit(vm, 0);  /* main returned in a callback */
      st->nframes = 0;
      sched_goexit(vm);
      goto resume;
    }
    if (UNLIKELY(fr == segfr)) PROTECT(stk_pop_segment(vm, st));
    fr--;
    pc = fr->pc;
    R = stk + fr->base;
    NEXT;
  }

  /* --- strings ------------------------------------------------------- */
  VMCASE(SLEN) RA.i = R[i.b + 1].i; NEXT;
  VMCASE(SINDEX) {
    int64_t k = RC.i, n = R[i.b + 1].i;
    if (UNLIKELY((uint64_t)k >= (uint64_t)n)) {
      SAVE_STATE();
      ex_panic_index(vm, k, n);
    }
    RA.u = ((const uint8_t *)RB.cp)[k];
    NEXT;
  }
  VMCASE(SSLICE) {
    Instr x = *pc;
    const uint8_t *p = RB.cp;
    int64_t n = R[i.b + 1].i;
    int64_t lo = x.c & 1 ? R[x.a].i : 0, hi = x.c & 2 ? R[x.b].i : n;
    if (UNLIKELY((uint64_t)hi > (uint64_t)n || (uint64_t)lo > (uint64_t)hi)) {
      SAVE_STATE();
      ex_panic_slice(vm, EX_SLICE_LEN, lo, hi, n, n);
    }
    /* An empty result keeps the base: never a pointer past the object. */
    RA.cp = hi > lo ? p + lo : p;
    R[i.a + 1].i = hi - lo;
    pc++;
    NEXT;
  }
  VMCASE(CONCAT) {
    GC_POLL();
    GoString x = reg_str(&RB), y = reg_str(&RC), r;
    if (x.len == 0 || y.len == 0) {
      /* the non-empty operand itself, unless it lives in a frame buffer
      ** (a concatenation's result may escape where its operands did not) */
      r = x.len == 0 ? y : x;
      if (UNLIKELY(r.len != 0 && stk_holds(st, r.ptr))) PROTECT(r = rt_string_copy(vm, r));
    } else {
      PROTECT(r = rt_string_concat(vm, x, y));
    }
    RA.cp = r.ptr;
    R[i.a + 1].i = r.len;
    NEXT;
  }
  VMCASE(STRRUNE) {
    GC_POLL();
    GoString r;
    PROTECT(r = rt_string_from_rune(vm, RB.i));
    RA.cp = r.ptr;
    R[i.a + 1].i = r.len;
    NEXT;
  }
  VMCASE(DECRUNE) {
    const uint8_t *p = RB.cp;
    int64_t k = RC.i;
    int32_t r = p[k];
    int w = 1;
    if (r >= 0x80) r = rt_decode_rune(reg_str(&RB), k, &w);
    RA.i = r;
    R[i.a + 1].i = w;
    NEXT;
  }

  /* --- slices and frame addresses ------------------------------------ */
  VMCASE(SLLEN) RA.i = R[i.b + 1].i; NEXT;
  VMCASE(SLCAP) RA.i = R[i.b + 2].i; NEXT;
  VMCASE(SLLOAD) {
    Instr x = *pc;
    int64_t k = R[x.a].i, n = R[i.b + 1].i;
    if (UNLIKELY((uint64_t)k >= (uint64_t)n)) {
      SAVE_STATE();
      ex_panic_index(vm, k, n);
    }
    load_elem(&RA, (const uint8_t *)RB.cp + (uint64_t)k * x.b, x.b, i.c);
    pc++;
    NEXT;
  }
  VMCASE(SLSLICEA)
  VMCASE(SLSLICE) {
    Instr x = *pc;
    uint8_t *p = RB.p;
    int64_t len = R[i.b + 1].i, cap = R[i.b + 2].i;
    int64_t lo = x.a != NO_REG ? R[x.a].i : 0;
    int64_t hi = x.b != NO_REG ? R[x.b].i : len;
    int64_t max = x.c != NO_REG ? R[x.c].i : cap;
    if (UNLIKELY((uint64_t)max > (uint64_t)cap || (uint64_t)hi > (uint64_t)max ||
                 (uint64_t)lo > (uint64_t)hi)) {
      SAVE_STATE();
      ex_panic_slice(vm, (x.c != NO_REG ? EX_SLICE_3 : 0) |
                         (i.op == OP_SLSLICEA ? EX_SLICE_LEN : 0),
                     lo, hi, max, cap);
    }
    /* Capacity left: point at lo; none: keep the base, never past the end. */
    RA.p = max > lo ? p + (uint64_t)lo * i.c : p;
    R[i.a + 1].i = hi - lo;
    R[i.a + 2].i = max - lo;
    pc++;
    NEXT;
  }
  VMCASE(FRAMEADDR) {
    if (UNLIKELY(vm->allocprof != NULL)) frame_bytes(vm->allocprof, m, funcs[fr->fidx].code, pc - 1);
    RA.p = &RB;
    NEXT;
  }
  VMCASE(SL2AP) {
    if (UNLIKELY(R[i.b + 1].i < (int64_t)i.c)) {
      SAVE_STATE();
      vm_panic_runtime(vm, "cannot convert slice with length %" PRId64
                           " to pointer to array with length %u", R[i.b + 1].i, i.c);
    }
    RA.p = RB.p;
    NEXT;
  }
  VMCASE(BOUNDS) {
    if (UNLIKELY((uint64_t)RA.i >= (uint64_t)RB.i)) {
      SAVE_STATE();
      ex_panic_index(vm, RA.i, RB.i);
    }
    NEXT;
  }
  VMCASE(FRAMESLICE) {
    RA.p = &RB;
    R[i.a + 1].i = R[i.a + 2].i = i.c;
    NEXT;
  }

  /* --- memory ------------------------------------------------------- */
#define LOADOP(name, ctype, field, conv)                           \
  VMCASE(name) {                                                   \
    const uint8_t *p = RB.cp;                                      \
    ctype v;                                                       \
    if (UNLIKELY(!p)) goto nil_deref;                              \
    memcpy(&v, p + i.c, sizeof v);                                 \
    RA.field = conv v;                                             \
    NEXT;                                                          \
  }
  LOADOP(LD8S, int8_t, i, (int64_t))
  LOADOP(LD8U, uint8_t, u, (uint64_t))
  LOADOP(LD16S, int16_t, i, (int64_t))
  LOADOP(LD16U, uint16_t, u, (uint64_t))
  LOADOP(LD32S, int32_t, i, (int64_t))
  LOADOP(LD32U, uint32_t, u, (uint64_t))
  LOADOP(LD64, uint64_t, u, (uint64_t))
  LOADOP(LDF32, float, f, (double))
#undef LOADOP
#define STOREOP(name, ctype, field)                                \
  VMCASE(name) {                                                   \
    uint8_t *p = RA.p;                                             \
    ctype v = (ctype)RB.field;                                     \
    if (UNLIKELY(!p)) goto nil_deref;                              \
    memcpy(p + i.c, &v, sizeof v);                                 \
    NEXT;                                                          \
  }
  STOREOP(ST8, uint8_t, u)
  STOREOP(ST16, uint16_t, u)
  STOREOP(ST32, uint32_t, u)
  STOREOP(STF32, float, f)
  STOREOP(ST64, uint64_t, u)
#undef STOREOP
  VMCASE(STP) {
    uint8_t *p = RA.p;
    uint64_t v = RB.u;
    if (UNLIKELY(!p)) goto nil_deref;
    if (UNLIKELY(gc_barrier_on(&vm->heap))) store_ptr_barrier(vm, p + i.c, v);
    else memcpy(p + i.c, &v, sizeof v);
    NEXT;
  }
  VMCASE(MEMMOVE) {
    if (UNLIKELY(!RA.p || !RB.p)) {
      SAVE_STATE();
      panic_nil(vm, 0);
    }
    if (UNLIKELY(gc_barrier_on(&vm->heap))) gc_untyped_memmove(&vm->heap, RA.p, RB.cp, i.c);
    else memmove(RA.p, RB.cp, i.c);
    NEXT;
  }
  VMCASE(NILCHK) {
    if (UNLIKELY(!RA.p)) {
      SAVE_STATE();
      panic_nil(vm, i.c);
    }
    NEXT;
  }
  VMCASE(NEW) {
    GC_POLL();
    void *o;
    PROTECT_SITE(BX, o = alloc_site(vm, m, BX, 1));
    RA.p = o;
    NEXT;
  }
  VMCASE(INDEXADDR) {
    Instr x = *pc;
    int64_t k = RC.i, n = R[x.a].i;
    if (UNLIKELY((uint64_t)k >= (uint64_t)n)) {
      SAVE_STATE();
      ex_panic_index(vm, k, n);
    }
    RA.p = (uint8_t *)RB.p + (uint64_t)k * INSTR_BX(x);
    pc++;
    NEXT;
  }
  VMCASE(RLOAD) {
    Instr x = *pc;
    int64_t k = RC.i, n = R[x.b].i;
    if (UNLIKELY((uint64_t)k >= (uint64_t)n)) {
      SAVE_STATE();
      ex_panic_index(vm, k, n);
    }
    memmove(&RA, &R[i.b + (uint64_t)k * x.a], (size_t)(x.c ? x.c : x.a) * sizeof(Word));
    pc++;
    NEXT;
  }
  VMCASE(RSTORE) {
    Instr x = *pc;
    int64_t k = RC.i, n = R[x.b].i;
    if (UNLIKELY((uint64_t)k >= (uint64_t)n)) {
      SAVE_STATE();
      ex_panic_index(vm, k, n);
    }
    memmove(&R[i.a + (uint64_t)k * x.a], &RB, (size_t)(x.c ? x.c : x.a) * sizeof(Word));
    pc++;
    NEXT;
  }
  VMCASE(MAKESLICE) {
    GC_POLL();
    const AllocSite *site = &m->sites[INSTR_BX(*pc)];
    GoSlice s;
    PROTECT_SITE(INSTR_BX(*pc), s = rt_makeslice(vm, rtypes[site->rtype], RB.i, RC.i));
    set_slice(&RA, s);
    pc++;
    NEXT;
  }
  VMCASE(GROWSLICE) {
    GC_POLL();
    const AllocSite *site = &m->sites[INSTR_BX(*pc)];
    GoSlice s = reg_slice(&RA);
    int64_t want = s.len + RB.i;
    if (want > s.cap)
      PROTECT_SITE(INSTR_BX(*pc), s = rt_growslice(vm, rtypes[site->rtype], s, want));
    else if (UNLIKELY(vm->allocprof != NULL))
      ap_heap(vm->allocprof, INSTR_BX(*pc), 0);
    s.len = want;
    set_slice(&RA, s);
    pc++;
    NEXT;
  }
  VMCASE(APPENDSL) {
    GC_POLL();
    const AllocSite *site = &m->sites[INSTR_BX(*pc)];
    GoSlice s;
    PROTECT_SITE(INSTR_BX(*pc),
                 s = rt_slice_append(vm, rtypes[site->rtype], reg_slice(&RA), RB.cp, R[i.b + 1].i));
    set_slice(&RA, s);
    pc++;
    NEXT;
  }
  VMCASE(COPYSL) {
    RA.i = rt_slice_copy(vm, rtypes[INSTR_BX(*pc)], reg_slice(&RB), RC.cp, R[i.c + 1].i);
    pc++;
    NEXT;
  }
  VMCASE(STR2BYTES) {
    GC_POLL();
    GoSlice s;
    PROTECT_SITE(i.c, s = rt_string_to_bytes(vm, reg_str(&RB), NULL));
    set_slice(&RA, s);
    NEXT;
  }
  VMCASE(STR2RUNES) {
    GC_POLL();
    GoSlice s;
    PROTECT_SITE(i.c, s = rt_string_to_runes(vm, reg_str(&RB), NULL));
    set_slice(&RA, s);
    NEXT;
  }
  VMCASE(BYTES2STR) {
    GC_POLL();
    GoString s;
    PROTECT_SITE(i.c, s = rt_bytes_to_string(vm, reg_slice(&RB), NULL));
    set_str(&RA, s);
    NEXT;
  }
  VMCASE(RUNES2STR) {
    GC_POLL();
    GoString s;
    PROTECT_SITE(i.c, s = rt_runes_to_string(vm, reg_slice(&RB), NULL));
    set_str(&RA, s);
    NEXT;
  }
  VMCASE(CONVB) {
    GC_POLL();
    Instr x = *pc;
    /* the buffer is in this frame: no stack move happens before its use;
    ** FRAMEADDR counted the execution, the heap bytes of an overflow add */
    uint8_t *buf = R[x.a].p;
    uint64_t before = vm->heap.stats.total_alloc;
    GoSlice rsl;
    GoString rstr;
    switch (i.c) {
    case 0: PROTECT(rsl = rt_string_to_bytes(vm, reg_str(&RB), buf)); set_slice(&RA, rsl); break;
    case 1: PROTECT(rstr = rt_bytes_to_string(vm, reg_slice(&RB), buf)); set_str(&RA, rstr); break;
    case 2: PROTECT(rsl = rt_string_to_runes(vm, reg_str(&RB), (int32_t *)(void *)buf)); set_slice(&RA, rsl); break;
    default: PROTECT(rstr = rt_runes_to_string(vm, reg_slice(&RB), buf)); set_str(&RA, rstr); break;
    }
    if (UNLIKELY(vm->allocprof != NULL))
      ap_overflow(vm->allocprof, INSTR_BX(x), vm->heap.stats.total_alloc - before);
    pc++;
    NEXT;
  }
  /* Each map op reads its key with mapkey into kbuf or, for a big key,
  ** into a heap temporary allocated first (it may move the stack). */
#define MAPKEY(mt, reg, out)                                        \
  do {                                                              \
    void *mem_ = kbuf;                                              \
    if (UNLIKELY(mapkey_big(mt)))                                   \
      PROTECT(mem_ = gc_alloc(vm, (mt)->key->ptrmask ? (mt)->key : NULL, \
                              (size_t)(mt)->key->size));            \
    out = mapkey((mt), mem_, &R[reg]);                              \
  } while (0)
  VMCASE(MAKEMAP) {
    GC_POLL();
    const RType *mt = rtypes[m->sites[INSTR_BX(*pc)].rtype];
    int64_t hint = i.b == NO_REG ? 0 : RB.i;
    rt_Map *mp;
    if (pc->a != NO_REG)   /* in the frame (FRAMEADDR counted it): no allocation */
      mp = rt_map_frame(vm, mt, hint, R[pc->a].p, i.c != 0);
    else
      PROTECT_SITE(INSTR_BX(*pc), mp = rt_map_new(vm, mt, hint));
    RA.p = mp;
    pc++;
    NEXT;
  }
  VMCASE(MAPACCESS) {
    const RType *mt = rtypes[INSTR_BX(*pc)];
    uint64_t kbuf[MAPKEY_BUF / 8];
    const void *k;
    void *slot;
    MAPKEY(mt, i.c, k);
    PROTECT(slot = rt_map_access(vm, mt, R[i.b].p, k));
    RA.p = slot;
    R[i.a + 1].u = slot != NULL;
    pc++;
    NEXT;
  }
  VMCASE(MAPASSIGN) {
    GC_POLL();
    const RType *mt = rtypes[m->sites[INSTR_BX(*pc)].rtype];
    uint64_t kbuf[MAPKEY_BUF / 8];
    const void *k;
    void *slot;
    MAPKEY(mt, i.c, k);
    PROTECT_SITE(INSTR_BX(*pc), slot = rt_map_assign(vm, mt, R[i.b].p, k));
    RA.p = slot;
    pc++;
    NEXT;
  }
  VMCASE(MAPDELETE) {
    const RType *mt = rtypes[INSTR_BX(*pc)];
    uint64_t kbuf[MAPKEY_BUF / 8];
    const void *k;
    MAPKEY(mt, i.b, k);
    PROTECT(rt_map_delete(vm, mt, RA.p, k));
    pc++;
    NEXT;
  }
#undef MAPKEY
  VMCASE(MAPLEN) {
    RA.i = rt_map_len(RB.p);
    NEXT;
  }
  VMCASE(MAPITERINIT) {
    PROTECT(rt_map_iter_init(vm, RB.p, (rt_MapIter *)&RA));
    NEXT;
  }
  VMCASE(MAPITERNEXT) {
    const void *k = NULL;
    void *v = NULL;
    bool ok;
    PROTECT(ok = rt_map_iter_next(vm, (rt_MapIter *)&RA, &k, &v));
    RB.cp = k;
    R[i.b + 1].p = v;
    R[i.b + 2].u = ok;
    NEXT;
  }
  VMCASE(CONCATS) {
    GC_POLL();
    Instr x = pc[0];
    uint8_t *buf = x.a == NO_REG ? NULL : R[x.a].p;
    uint64_t before = vm->heap.stats.total_alloc;
    GoString r;
    PROTECT(r = concat_parts(vm, st, &RB, i.c, buf));
    set_str(&RA, r);
    if (UNLIKELY(vm->allocprof != NULL)) {
      /* FRAMEADDR counted a frame buffer's execution; an overflow adds */
      if (buf) ap_overflow(vm->allocprof, INSTR_BX(x), vm->heap.stats.total_alloc - before);
      else ap_heap(vm->allocprof, INSTR_BX(x), vm->heap.stats.total_alloc - before);
    }
    pc++;
    NEXT;
  }

  /* --- func values and closures (value.h "FUNC VALUES") -------------- */
  VMCASE(FUNCVAL) RA.cp = &m->funcvals[BX]; NEXT;
  VMCASE(CALLF) {
    GC_POLL();
    if (UNLIKELY(RB.cp == NULL)) {
      SAVE_STATE();
      panic_nil(vm, 0);
    }
    uint32_t fi = (uint32_t)((const Word *)RB.cp)[0].u;
    const FuncInfo *callee = &funcs[fi];
    int creg = callee->closure_reg;
    uint16_t b = i.b;
    size_t caller = (size_t)(R - stk);
    Word clo = RB;
    ENTER(callee, fi);
    /* read after ENTER: a frame closure moves with the stack; but in a new
    ** segment (segmented mode) the caller's words are not at stk */
    if (creg >= 0) R[creg] = fr == segfr ? clo : stk[caller + b];
    BACKEDGE();
    NEXT;
  }

  /* --- interfaces ---------------------------------------------------- */
  VMCASE(MKIFACE) {
    Word v = RB;
    RA.cp = rtypes[i.c];
    R[i.a + 1] = v;
    NEXT;
  }
  VMCASE(MKIFACES)   /* as MKIFACEB, whose one allocation is the site's */
    if (UNLIKELY(vm->allocprof != NULL))
      ap_heap(vm->allocprof, INSTR_BX(*pc), box_bytes(rtypes[i.c]));
    pc++;
  /* fallthrough */
  VMCASE(MKIFACEB) {
    GC_POLL();
    const RType *t = rtypes[i.c];
    size_t bytes = (size_t)t->nwords * sizeof(Word);
    void *box;
    /* arrays and structs are boxed in memory form (runtime.h) */
    bool mem = t->kind == RK_ARRAY || t->kind == RK_STRUCT;
    PROTECT(box = gc_alloc(vm, t, box_bytes(t)));
    if (mem) rt_value_store(t, box, &RB);
    else memcpy(box, &RB, bytes);
    RA.cp = t;
    R[i.a + 1].p = box;
    NEXT;
  }

  /* --- interfaces: dispatch, assertions, comparison (runtime/iface.c) */
  VMCASE(CALLI) {
    const RType *dyn = RB.cp;
    const RType *it = rtypes[pc->a];
    const RMethod *me = dyn ? rt_method_find(dyn, it->methods[pc->b].name) : NULL;
    if (UNLIKELY(me == NULL)) {   /* nil interface (the checker rules out the rest) */
      SAVE_STATE();
      panic_nil(vm, 0);
    }
    RA = R[i.b + 1];
    pc++;
    if (me->native) {       /* a native type's method (runtime/lib_errors.c) */
      PROTECT(me->native(vm, &RA));
      NEXT;
    }
    uint32_t fi = (uint32_t)me->func;
    const FuncInfo *callee = &funcs[fi];
    ENTER(callee, fi);
    BACKEDGE();
    NEXT;
  }
  VMCASE(ASSERT) {
    const RType *want = rtypes[i.c], *have = RB.cp;
    bool iface = want->kind == RK_INTERFACE;
    bool ok = have != NULL && (iface ? rt_iface_missing(have, want) == NULL : have == want);
    if (ok) {
      if (iface) { Word d = R[i.b + 1]; RA.cp = have; R[i.a + 1] = d; }
      else rt_iface_unbox(want, &RA, R[i.b + 1]);
    } else if (pc->a != NO_REG) {
      memset(&RA, 0, (size_t)want->nwords * sizeof(Word));
    } else {
      char msg[512];
      rt_assert_text(msg, sizeof msg, have, want, rtypes[pc->b]);
      SAVE_STATE();
      ex_panic_assert(vm, msg);
    }
    if (pc->a != NO_REG) R[pc->a].u = ok;
    pc++;
    NEXT;
  }
  VMCASE(IFEQ) VMCASE(IFNE) {
    GoIface x = {RB.cp, R[i.b + 1]}, y = {RC.cp, R[i.c + 1]};
    bool eq;
    PROTECT(eq = rt_iface_equal(vm, &x, &y));
    RA.u = eq == (i.op == OP_IFEQ);
    NEXT;
  }

  /* --- complex numbers: two registers, real part first --------------- */
  /* Operands are read into locals before the first write: the result may
  ** overlap an operand (x = x * y). */
  VMCASE(ADDC) {
    double re = RB.f + RC.f, im = R[i.b + 1].f + R[i.c + 1].f;
    RA.f = re; R[i.a + 1].f = im;
    NEXT;
  }
  VMCASE(SUBC) {
    double re = RB.f - RC.f, im = R[i.b + 1].f - R[i.c + 1].f;
    RA.f = re; R[i.a + 1].f = im;
    NEXT;
  }
  VMCASE(MULC) {
    double a = RB.f, b = R[i.b + 1].f, c = RC.f, d = R[i.c + 1].f;
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    RA.f = ac - bd; R[i.a + 1].f = ad + bc;
    NEXT;
  }
  VMCASE(DIVC) {
    double q[2];
    rt_complex_div(RB.f, R[i.b + 1].f, RC.f, R[i.c + 1].f, q);
    RA.f = q[0]; R[i.a + 1].f = q[1];
    NEXT;
  }
  VMCASE(NEGC) {
    double re = -RB.f, im = -R[i.b + 1].f;
    RA.f = re; R[i.a + 1].f = im;
    NEXT;
  }
  VMCASE(C64) {
    double re = round_f32(RB.f), im = round_f32(R[i.b + 1].f);
    RA.f = re; R[i.a + 1].f = im;
    NEXT;
  }
  VMCASE(MKCPLX) {
    double re = RB.f, im = RC.f;
    RA.f = re; R[i.a + 1].f = im;
    NEXT;
  }
  VMCASE(EQC) RA.u = RB.f == RC.f && R[i.b + 1].f == R[i.c + 1].f; NEXT;
  VMCASE(NEC) RA.u = !(RB.f == RC.f && R[i.b + 1].f == R[i.c + 1].f); NEXT;

  /* --- goroutines and channels -------------------------------------- */
  /* An operation that must wait has parked cur (sc->resched): the saved pc
  ** is past it, and it completes before cur runs again (runtime/chan.c). */
  VMCASE(GO) {
    PROTECT(sched_spawn(vm, (int)BX, &RA, (size_t)funcs[BX].param_words, NULL));
    NEXT;
  }
  VMCASE(GON) {
    Instr x = *pc++;
    PROTECT(sched_spawn_native(vm, (int)INSTR_BX(x), &RA, i.b));
    NEXT;
  }
  VMCASE(GOF) {
    if (UNLIKELY(RB.cp == NULL)) {  /* the new goroutine faults (as Go's
                                       wrapper closure calls nil there) */
      PROTECT(sched_spawn(vm, -1, NULL, 0, NULL));
      NEXT;
    }
    uint32_t fi = (uint32_t)((const Word *)RB.cp)[0].u;
    PROTECT(sched_spawn(vm, (int)fi, &RA, (size_t)funcs[fi].param_words, RB.p));
    NEXT;
  }
  VMCASE(MAKECHAN) {
    rt_Chan *c;
    int64_t n = i.b == NO_REG ? 0 : RB.i;
    PROTECT(c = rt_chan_make(vm, rtypes[INSTR_BX(*pc)], n));
    RA.p = c;
    pc++;
    NEXT;
  }
  VMCASE(CHANSEND) {
    bool done;
    PROTECT(done = rt_chan_send(vm, RA.p, &RB));
    if (!done) goto reschedule;
    NEXT;
  }
  VMCASE(CHANRECV) {
    bool done;
    PROTECT(done = rt_chan_recv(vm, RB.p, &RA, i.c == NO_REG ? NULL : &RC));
    if (!done) goto reschedule;
    NEXT;
  }
  VMCASE(CHANCLOSE) PROTECT(rt_chan_close(vm, RA.p)); NEXT;
  VMCASE(CHANLEN) RA.i = rt_chan_len(RB.p); NEXT;
  VMCASE(CHANCAP) RA.i = rt_chan_cap(RB.p); NEXT;
  VMCASE(SELECT) {
    /* the case array is the scheduler's (reused, freed with it), so a
    ** panic inside (send on closed channel) leaks nothing */
    rt_SelCase *cases;
    const Instr *x = pc;
    bool done;
    pc += i.b;
    PROTECT(cases = sched_select_cases(vm, i.b));
    for (unsigned k = 0; k < i.b; k++)
      cases[k] = (rt_SelCase){R[x[k].a].p, &R[x[k].b], x[k].c != 0};
    PROTECT(done = rt_select(vm, cases, i.b, i.c == 0, &RA));
    if (!done) goto reschedule;
    NEXT;
  }

  /* --- builtins and faults ------------------------------------------- */
  VMCASE(PRINT) PROTECT(rt_print_value(vm, (rt_PrintKind)i.b, &RA)); NEXT;
  VMCASE(PANIC) {
    GoIface v = {RA.cp, R[i.a + 1]};
    SAVE_STATE();
    vm_panic_value(vm, v);
  }
  VMCASE(PANICIDX) {
    SAVE_STATE();
    ex_panic_index(vm, RA.i, RB.i);
  }
  /* --- defer and recover (vm/defer.c) ------------------------------- */
  VMCASE(DEFER) {
    Instr x = *pc++;
    Word fn = {0};
    if (i.c == DK_CLOSURE) fn = R[x.a];
    PROTECT(dfr_push(vm, st, (DeferKind)i.c, (int32_t)INSTR_BX(x), fn, &RA, i.b));
    NEXT;
  }
  VMCASE(RUNDEFER) {
    bool ran;
    pc--;  /* saved at RUNDEFER: it runs again when the deferred call returns */
    PROTECT(ran = dfr_run_next(vm, st));
    if (!ran) {
      pc++;
      NEXT;
    }
    if (UNLIKELY(sc->resched)) goto reschedule;
    pc = fr->pc;
    NEXT;
  }
  VMCASE(RECOVER) {
    SAVE_STATE();
    GoIface v = dfr_recover(st);
    RA.cp = v.type;
    R[i.a + 1] = v.data;
    NEXT;
  }
  VMCASE(UNREACHABLE) {
    SAVE_STATE();
    ex_throw(vm, NULL, "unreachable code reached in %s (compiler bug)",
             funcs[fr->fidx].name);
  }

#ifndef VM_COMPUTED_GOTO
  default:
    SAVE_STATE();
    ex_throw(vm, NULL, "bad opcode %u (compiler bug)", (unsigned)i.op);
#endif
  }

/* The running G gave up the processor (it waits, or yields): switch. */
reschedule:
  SAVE_STATE();
  sched_switch(vm);
resume:
  if (UNLIKELY(ex->stk->nframes == 0)) {
    if (!sc->cur->gonative) panic_nil(vm, 0);  /* go of a nil func */
    /* go of a native: it runs in C; the G ends when it returns (if it
    ** parked, when it runs again) */
    dfr_run_go_native(vm, ex->stk);
    if (sc->resched) sched_switch(vm);
    else sched_goexit(vm);
    goto resume;
  }
  if (UNLIKELY(sc->cur->cbstate != G_CB_NONE)) {
    /* a call from a native that ended while a deeper level ran */
    G *g = sc->cur;
    if (g != home) {     /* still not its level: wait again */
      cb_wait(vm, g->cbstate);
      goto resume;
    }
    bool panicked = g->cbstate == G_CB_PANICKED;
    g->cbstate = G_CB_NONE;
    if (!panicked) g->stk.nframes = stop;
    return panicked;
  }
  LOAD_STATE();
  pc = fr->pc;
  if (UNLIKELY(sc->cur->closed_send)) {
    sc->cur->closed_send = false;
    ex_panic_plain(vm, "send on closed channel");
  }
  NEXT;
preempt:
  if (!sched_should_preempt(vm)) NEXT;
  goto reschedule;
/* The running deferred call returned (its frame is dfrfr). */
defer_returned:
  SAVE_STATE();
  if (dfr_call_returned(vm, st) == DFR_CONTINUE) {
    LOAD_STATE();
    pc = fr->pc;
    NEXT;
  }
  /* fallthrough: the panic goes on */
/* A panic runs its next deferred call (state saved). */
panicking:
  if (dfr_panic_step(vm, st, sc->cur->cblevel > 0 ? sc->cur->stop : 0)) {
    if (UNLIKELY(dfr_goexit_done(st))) {
      /* runtime.Goexit ran the deferred calls: the goroutine ends; main's
      ** stays parked (its frames are the outermost C call's) */
      if (sc->cur->id == 1) {
        ex->main_goexit = true;
        sched_park(vm, "goexit");
        sched_switch(vm);
      } else {
        st->nframes = 0;
        sched_goexit(vm);
      }
      goto resume;
    }
    /* the panic leaves a call from a native (vm/call.c) */
    if (sc->cur == home) return true;
    cb_wait(vm, G_CB_PANICKED);
    goto resume;
  }
  LOAD_STATE();
  pc = fr->pc;
  NEXT;
divide_by_zero:
  SAVE_STATE();
  vm_panic_runtime(vm, "integer divide by zero");
nil_deref:
  SAVE_STATE();
  panic_nil(vm, i.c);
}

/* ex_execute owns the landing point of Go panics (vm/defer.c): a panic
** raised anywhere below (an instruction, a native) pushes its record and
** longjmps here; the loop restarts with the panic's step. The goroutine
** [stop] belongs to keeps the call's stop depth while it runs. */
static bool execute(VM *vm, size_t stop) {
  ExecState *ex = vm->exec;
  G *home = ex->sched.cur;
  size_t home_stop = home->stop;
  home->stop = stop;
  jmp_buf jb, *outer = ex->panic_jb;
  ex->panic_jb = &jb;
  volatile bool panicking = false;
  if (setjmp(jb) != 0) panicking = true;
  bool panicked = run(vm, stop, home, panicking);
  ex->panic_jb = outer;
  home->stop = home_stop;
  return panicked;
}

void ex_execute(VM *vm, size_t stop) { execute(vm, stop); }

/* A goroutine's call from a native ended ([state]) but the C stack is at a
** deeper level (another goroutine's call): it waits, its frames as they
** are, until ex_execute_call brings the C stack back to its level. The
** caller then resumes the next goroutine. */
static void cb_wait(VM *vm, uint8_t state) {
  G *g = vm->exec->sched.cur;
  g->cbstate = state;
  sched_park(vm, "callback return");
  sched_switch(vm);
}

/* The C stack is back at level [level]: its home goroutine, if its call
** already ended (cb_wait), may run again, and will return from run. */
static void cb_wake(VM *vm, int level) {
  Sched *sc = &vm->exec->sched;
  for (size_t k = 0; k < sc->nallg; k++) {
    G *g = sc->allg[k];
    if (g->cbstate != G_CB_NONE && g->cblevel == level && g->status == G_WAITING)
      sched_ready(vm, g);
  }
}

bool ex_execute_call(VM *vm, size_t stop) {
  ExecState *ex = vm->exec;
  G *home = ex->sched.cur;
  int home_level = home->cblevel;
  home->cblevel = ++ex->cblevel;
  bool panicked = execute(vm, stop);
  home->cblevel = home_level;
  cb_wake(vm, --ex->cblevel);
  return panicked;
}
