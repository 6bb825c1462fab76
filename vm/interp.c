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
**  - CALL's prologue is the only place a frame is pushed: it checks the
**    callee's frame and one more frame record fit (stress mode: never
**    "fits"), zeroes the callee's non-parameter words and needs no copying
**    of arguments or results: the callee's R[0] is the caller's R[a].
**
** Integer ops compute on uint64 so overflow wraps as Go's does (and is
** defined in C); the code generator re-normalises narrow types with
** SEXT/ZEXT. Float-to-integer conversions give what Go on amd64 gives.
*/
#include <string.h>

#include "../runtime/runtime.h"
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

/* ----------------------------------------------------------------------
** Strings in registers: R[x] = ptr, R[x+1] = len
** ---------------------------------------------------------------------- */

static inline GoString reg_str(const Word *r) {
  return (GoString){(const uint8_t *)r[0].cp, r[1].i};
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
    stk = st->words;                                   \
    fr = st->frames + st->nframes - 1;                 \
    R = stk + fr->base;                                \
    slimit = st->stress ? 0 : st->nwords;              \
    flimit = st->frames + st->capframes;               \
    stopfr = st->frames + stop;                        \
  } while (0)

/* Runs [x], which may fault, allocate or move the stack, with the state
** saved; R and the frame pointers are valid again afterwards. */
#define PROTECT(x)                                     \
  do {                                                 \
    SAVE_STATE();                                      \
    x;                                                 \
    LOAD_STATE();                                      \
  } while (0)

/* Conditional relative jumps; offsets count from the next instruction. */
#define JUMP_IF(cond, off)                             \
  do {                                                 \
    if (cond) pc += (off);                             \
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

void ex_execute(VM *vm, size_t stop) {
  ExecState *ex = vm->exec;
  Stack *st = &ex->stk;
  const Module *m = vm->module;
  const FuncInfo *funcs = m->funcs;
  const Word *K = m->consts;
  RType *const *rtypes = m->rtypes;
  Word *stk, *R;
  Frame *fr, *flimit, *stopfr;
  size_t slimit; /* words usable without growing; 0 in stress mode */
  LOAD_STATE();
  const Instr *pc = fr->pc;
  Instr i;

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
  VMCASE(SETG) copy_words(&vm->globals[i.a], &RB, i.c); NEXT;

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
  VMCASE(LOOP) pc += SBX; NEXT;

  /* --- calls --------------------------------------------------------- */
  VMCASE(CALL) {
    const FuncInfo *callee = &funcs[BX];
    size_t base = (size_t)(R - stk) + i.a;
    fr->pc = pc;
    if (UNLIKELY(base + (size_t)callee->frame_words > slimit || fr + 1 == flimit)) {
      PROTECT(stk_reserve(vm, st, callee, base));
    }
    fr++;
    fr->base = (uint32_t)base;
    fr->fidx = BX;
    R = stk + base;
    pc = callee->code;
    for (int k = callee->param_words, n = callee->frame_words; k < n; k++)
      R[k].u = 0;
#ifdef VM_DEBUG
    if (fr[-1].base > fr->base ||
        fr->base > fr[-1].base + (uint32_t)funcs[fr[-1].fidx].frame_words)
      stk_verify(st);
#endif
    NEXT;
  }
  VMCASE(CALLN) PROTECT(rt_natives[BX].fn(vm, &RA)); NEXT;
  VMCASE(RET) {
    if (UNLIKELY(fr == stopfr)) {
      st->nframes = stop;
      return;
    }
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
      ex_panic_slice(vm, EX_SLICE_STRING, lo, hi, n, n);
    }
    /* An empty result keeps the base: never a pointer past the object. */
    RA.cp = hi > lo ? p + lo : p;
    R[i.a + 1].i = hi - lo;
    pc++;
    NEXT;
  }
  VMCASE(CONCAT) {
    GoString x = reg_str(&RB), y = reg_str(&RC), r;
    if (x.len == 0)
      r = y;
    else if (y.len == 0)
      r = x;
    else
      PROTECT(r = rt_string_concat(vm, x, y));
    RA.cp = r.ptr;
    R[i.a + 1].i = r.len;
    NEXT;
  }
  VMCASE(STRRUNE) {
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
      ex_panic_slice(vm, x.c != NO_REG ? EX_SLICE_SLICE3 : EX_SLICE_SLICE, lo, hi,
                     max, cap);
    }
    /* Capacity left: point at lo; none: keep the base, never past the end. */
    RA.p = max > lo ? p + (uint64_t)lo * i.c : p;
    R[i.a + 1].i = hi - lo;
    R[i.a + 2].i = max - lo;
    pc++;
    NEXT;
  }
  VMCASE(FRAMESLICE) {
    RA.p = &RB;
    R[i.a + 1].i = R[i.a + 2].i = i.c;
    NEXT;
  }

  /* --- interfaces ---------------------------------------------------- */
  VMCASE(MKIFACE) {
    Word v = RB;
    RA.cp = rtypes[i.c];
    R[i.a + 1] = v;
    NEXT;
  }
  VMCASE(MKIFACEB) {
    const RType *t = rtypes[i.c];
    size_t bytes = (size_t)t->nwords * sizeof(Word);
    void *box;
    PROTECT(box = gc_alloc(vm, t, (size_t)t->size > bytes ? (size_t)t->size : bytes));
    memcpy(box, &RB, bytes);
    RA.cp = t;
    R[i.a + 1].p = box;
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

divide_by_zero:
  SAVE_STATE();
  vm_panic_runtime(vm, "integer divide by zero");
}
