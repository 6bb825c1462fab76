/*
** codegen.c — the code generator's driver and its machinery: the module
** being built, function frames and register allocation, instruction
** emission with labels and jump fixups, the constant pool, package variable
** slots and the run-time type descriptors (RType).
**
** cg_module runs in five phases:
**   1. number the functions (declaration order; `init` functions and
**      methods too) and then the function literals (cg_func_prepare, which
**      also builds the method tables) so a call or a func value can name
**      its callee before the callee is compiled;
**   2. compile each declared function body (codegen_stmt.c /
**      codegen_expr.c);
**   3. synthesize the package initialiser (codegen_init.c);
**   4. compile the function literals and the wrappers the bodies asked for
**      (cg_func_drain, codegen_func.c);
**   5. freeze the module: string constants get their final addresses in
**      strdata, pointer maps become bit maps, each function gets its
**      static closure object (Module.funcvals).
**
** Ownership: everything the Module points to is malloc'd here and owned by
** the Module, as vm/module.c's mod_free expects (each RType, its str and its
** ptrmask are separate blocks); nothing points into the Comp's arena.
**
** Invariants: see codegen.h (frame layout, register discipline, tokens).
** A failure (an error reported with cmp_error, or exhausted memory) sets
** cg->failed; emission then keeps going harmlessly and cg_module returns NULL.
*/
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen.h"

#define MAX_REG 65535   /* frame words: registers are 16-bit operands, and
                           0xFFFF means "absent" in some EXTRA words */

/* {====================================================================
** Memory
** ===================================================================== */

static void oom(CG *cg) {
  if (!cg->failed) cmp_error(cg->c, (Pos){0, 0, 0}, "out of memory");
  cg->failed = true;
}

/* Makes room for element [n] of the array at *arrp (capacity *cap, element
** size sz); new elements are zeroed. */
bool cg_ensure(CG *cg, void *arrp, int *cap, int n, size_t sz) {
  if (n < *cap) return true;
  void *arr;
  memcpy(&arr, arrp, sizeof arr);
  int nc = *cap ? *cap : 8;
  while (nc <= n) {
    if (nc > INT_MAX / 2) { oom(cg); return false; }
    nc *= 2;
  }
  void *p = realloc(arr, (size_t)nc * sz);
  if (!p) { oom(cg); return false; }
  memset((char *)p + (size_t)*cap * sz, 0, (size_t)(nc - *cap) * sz);
  memcpy(arrp, &p, sizeof p);
  *cap = nc;
  return true;
}

static char *xstrdup(CG *cg, const char *s) {
  size_t n = strlen(s);
  char *p = malloc(n + 1);
  if (!p) { oom(cg); return NULL; }
  memcpy(p, s, n + 1);
  return p;
}

void cg_error(CG *cg, Pos pos, const char *what) {
  cmp_error(cg->c, pos, "%s", what);
  cg->failed = true;
}

/* }==================================================================== */

/* {====================================================================
** Emission and labels
** ===================================================================== */

int cg_emit(Fn *F, int op, int a, int b, int c) {
  if (!cg_ensure(F->cg, &F->code, &F->capcode, F->ncode, sizeof(Instr)) ||
      !cg_ensure(F->cg, &F->lines, &F->caplines, F->ncode, sizeof(int32_t)))
    return -1;
  F->code[F->ncode] = (Instr){(uint16_t)op, (uint16_t)a, (uint16_t)b, (uint16_t)c};
  F->lines[F->ncode] = F->line;
  return F->ncode++;
}

int cg_emit_bx(Fn *F, int op, int a, uint32_t bx) {
  return cg_emit(F, op, a, (int)(bx & 0xFFFF), (int)(bx >> 16));
}

void cg_move(Fn *F, int dst, int src, int n) {
  if (dst == src || n <= 0) return;
  if (n == 1) cg_emit(F, OP_MOV, dst, src, 0);
  else if (n == 2) cg_emit(F, OP_MOV2, dst, src, 0);
  else cg_emit(F, OP_MOVN, dst, src, n);
}

Label cg_label(Fn *F) {
  if (!cg_ensure(F->cg, &F->labels, &F->caplabels, F->nlabels, sizeof(int))) return 0;
  F->labels[F->nlabels] = -1;
  return F->nlabels++;
}

void cg_place(Fn *F, Label l) {
  if (l < F->nlabels) F->labels[l] = F->ncode;
  F->label_here = F->ncode;
}

static void add_fixup(Fn *F, int pc, Label l, bool wide) {
  if (pc < 0) return;
  if (!cg_ensure(F->cg, &F->fix, &F->capfix, F->nfix, sizeof(Fixup))) return;
  F->fix[F->nfix++] = (Fixup){pc, l, wide};
}

void cg_jump(Fn *F, Label l) { add_fixup(F, cg_emit(F, OP_JMP, 0, 0, 0), l, true); }
void cg_loop(Fn *F, Label l) { add_fixup(F, cg_emit(F, OP_LOOP, 0, 0, 0), l, true); }

void cg_jump_if(Fn *F, int op, int reg, Label l) {
  add_fixup(F, cg_emit(F, op, reg, 0, 0), l, true);
}

/* The branch taken exactly when [op a b] is not: used in far mode. Integer
** orders swap operands (!(a < b) == b <= a); float orders need the NaN-aware
** negated forms. */
static int inverse_branch(int op, int *a, int *b) {
  int t;
  switch (op) {
  case OP_JEQ: return OP_JNE;
  case OP_JNE: return OP_JEQ;
  case OP_JLT: t = *a; *a = *b; *b = t; return OP_JLE;
  case OP_JLE: t = *a; *a = *b; *b = t; return OP_JLT;
  case OP_JLTU: t = *a; *a = *b; *b = t; return OP_JLEU;
  case OP_JLEU: t = *a; *a = *b; *b = t; return OP_JLTU;
  case OP_JLTF: return OP_JNLTF;
  case OP_JNLTF: return OP_JLTF;
  case OP_JLEF: return OP_JNLEF;
  case OP_JNLEF: return OP_JLEF;
  case OP_JEQF: return OP_JNEF;
  case OP_JNEF: return OP_JEQF;
  case OP_JEQI: return OP_JNEI;
  case OP_JNEI: return OP_JEQI;
  case OP_JLTI: return OP_JGEI;
  case OP_JGEI: return OP_JLTI;
  case OP_JLEI: return OP_JGTI;
  case OP_JGTI: return OP_JLEI;
  default: return -1;
  }
}

void cg_branch(Fn *F, int op, int a, int b, Label l) {
  if (F->far) {
    int inv = inverse_branch(op, &a, &b);
    cg_emit(F, inv, a, b, 1);   /* skip the JMP */
    cg_jump(F, l);
    return;
  }
  add_fixup(F, cg_emit(F, op, a, b, 0), l, false);
}

bool cg_terminated(Fn *F) {
  if (F->ncode == 0 || F->label_here == F->ncode) return false;
  int op = F->code[F->ncode - 1].op;
  return op == OP_JMP || op == OP_LOOP || op == OP_RET || op == OP_PANIC ||
         op == OP_UNREACHABLE;
}

/* Patches every jump; sets F->overflow when a 16-bit offset does not fit. */
static void resolve(Fn *F) {
  for (int i = 0; i < F->nfix; i++) {
    Fixup *x = &F->fix[i];
    int target = x->label < F->nlabels ? F->labels[x->label] : -1;
    if (target < 0) { cg_error(F->cg, (Pos){F->line, 0, F->file}, "internal compiler error: unplaced label"); return; }
    int32_t off = target - (x->pc + 1);
    Instr *in = &F->code[x->pc];
    if (x->wide) {
      in->b = (uint16_t)((uint32_t)off & 0xFFFF);
      in->c = (uint16_t)((uint32_t)off >> 16);
    } else if (off < INT16_MIN || off > INT16_MAX) {
      F->overflow = true;
    } else {
      in->c = (uint16_t)(int16_t)off;
    }
  }
}

/* }==================================================================== */

/* {====================================================================
** Registers and pointer maps
** ===================================================================== */

void cg_reserve(Fn *F, int top) {
  if (top <= F->maxtop) return;
  if (top > MAX_REG) {
    if (!F->cg->failed)
      cg_error(F->cg, (Pos){F->line, 1, F->file}, "function too large: frame exceeds 65535 registers");
    F->cg->failed = true;
    return;
  }
  if (!cg_ensure(F->cg, &F->ptr, &F->ptrcap, top, 1)) return;
  F->maxtop = top;
}

void cg_mark_word(Fn *F, int reg) {
  if (reg >= 0 && reg < F->ptrcap) F->ptr[reg] = 1;
}

/* Calls [set] for every word of a value of type t (register layout, first
** word [base]) that may hold a pointer. */
static void type_ptrs(Type *t, int base, void (*set)(void *, int), void *ud) {
  if (!t) return;
  Type *u = ty_underlying(t);
  switch (u->kind) {
  case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN:
  case TY_FUNC: case TY_UNSAFEPOINTER: case TY_UNTYPED_STRING:
    set(ud, base);
    break;
  case TY_INTERFACE:
    set(ud, base);
    set(ud, base + 1);
    break;
  case TY_ARRAY: {
    int ew = cg_nwords(u->u.array.elem);
    for (int64_t i = 0; i < u->u.array.len; i++)
      type_ptrs(u->u.array.elem, base + (int)i * ew, set, ud);
    break;
  }
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.nfields; i++)
      type_ptrs(u->u.strct.fields[i].type, base + u->u.strct.fields[i].word, set, ud);
    break;
  case TY_TUPLE: {
    int w = 0;
    for (int i = 0; i < u->u.tuple.n; i++) {
      type_ptrs(u->u.tuple.types[i], base + w, set, ud);
      w += cg_nwords(u->u.tuple.types[i]);
    }
    break;
  }
  default:
    break;
  }
}

static void set_frame_word(void *ud, int w) { cg_mark_word(ud, w); }

void cg_mark(Fn *F, int reg, Type *t) { type_ptrs(t, reg, set_frame_word, F); }

int cg_alloc_words(Fn *F, int n, bool ptrs) {
  int r = F->top;
  F->top += n;
  cg_reserve(F, F->top);
  if (ptrs)
    for (int i = 0; i < n; i++) cg_mark_word(F, r + i);
  return r;
}

int cg_alloc(Fn *F, Type *t) {
  int r = cg_alloc_words(F, cg_nwords(t), false);
  cg_mark(F, r, t);
  return r;
}

/* }==================================================================== */

/* {====================================================================
** Types
** ===================================================================== */

int cg_nwords(Type *t) {
  if (!t) return 0;
  Type *u = ty_underlying(t);
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING: case TY_INTERFACE:
  case TY_COMPLEX64: case TY_COMPLEX128: case TY_UNTYPED_COMPLEX:
    return 2;
  case TY_SLICE:
    return 3;
  case TY_TUPLE:
    return cg_sig_words(u->u.tuple.types, u->u.tuple.n);
  case TY_ARRAY: case TY_STRUCT:
    if (!u->complete) ty_complete(u);
    return u->nwords;
  default:
    return 1;
  }
}

int cg_sig_words(Type **types, int n) {
  int w = 0;
  for (int i = 0; i < n; i++) w += cg_nwords(types[i]);
  return w;
}

static uint8_t rkind(Type *u) {
  if (u->kind >= TY_BOOL && u->kind <= TY_COMPLEX128) return (uint8_t)u->kind; /* same order */
  switch (u->kind) {
  case TY_STRING: return RK_STRING;
  case TY_UNSAFEPOINTER: return RK_UNSAFEPOINTER;
  case TY_ARRAY: return RK_ARRAY;
  case TY_SLICE: return RK_SLICE;
  case TY_STRUCT: return RK_STRUCT;
  case TY_POINTER: return RK_POINTER;
  case TY_FUNC: return RK_FUNC;
  case TY_INTERFACE: return RK_INTERFACE;
  case TY_MAP: return RK_MAP;
  case TY_CHAN: return RK_CHAN;
  default: return RK_INVALID;
  }
}

/* Calls [set] with the memory word (byte offset / 8) of every pointer in a
** value of type t laid out in memory at byte [off]. */
static void mem_ptrs(Type *t, int64_t off, void (*set)(void *, int), void *ud) {
  Type *u = ty_underlying(t);
  switch (u->kind) {
  case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP: case TY_CHAN:
  case TY_FUNC: case TY_UNSAFEPOINTER:
    set(ud, (int)(off / 8));
    break;
  case TY_INTERFACE:
    set(ud, (int)(off / 8));
    set(ud, (int)(off / 8) + 1);
    break;
  case TY_ARRAY: {
    Type *e = u->u.array.elem;
    if (!ty_underlying(e)->complete) ty_complete(ty_underlying(e));
    for (int64_t i = 0; i < u->u.array.len && ty_underlying(e)->size > 0; i++)
      mem_ptrs(e, off + i * ty_underlying(e)->size, set, ud);
    break;
  }
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.nfields; i++)
      mem_ptrs(u->u.strct.fields[i].type, off + u->u.strct.fields[i].offset, set, ud);
    break;
  default:
    break;
  }
}

static void set_frame_mem_word(void *ud, int w) {
  Fn *F = ((void **)ud)[0];
  int base = *(int *)((void **)ud)[1];
  cg_mark_word(F, base + w);
}

void cg_mark_mem(Fn *F, int reg, Type *t) {
  void *ud[2] = {F, &reg};
  mem_ptrs(t, 0, set_frame_mem_word, ud);
}

static void set_mask_bit(void *ud, int w) { ((uint8_t *)ud)[w / 8] |= (uint8_t)(1u << (w % 8)); }

/* The index of t's run-time descriptor, created on first use. Element
** types are described first so elem pointers are final. */
/* The index of t's RType if the table has it, else -1. */
static int rtype_find(CG *cg, Type *t) {
  for (int i = 0; i < cg->nrtypes; i++)
    if (cg->rtkeys[i] == t || ty_identical(cg->rtkeys[i], t)) return i;
  return -1;
}

int cg_rtype(CG *cg, Type *t) {
  int found = rtype_find(cg, t);
  if (found >= 0) return found;
  Type *u = ty_underlying(t);
  Type *et = u->kind == TY_SLICE ? u->u.slice.elem : u->kind == TY_POINTER ? u->u.ptr.elem
           : u->kind == TY_ARRAY ? u->u.array.elem : u->kind == TY_CHAN ? u->u.chan.elem
           : u->kind == TY_MAP ? u->u.map.value : NULL;
  const char *str = ty_string(cg->c, t);
  if (!str) str = "?";
  size_t slen = strlen(str);
  if (!u->complete && (u->kind == TY_ARRAY || u->kind == TY_STRUCT)) ty_complete(u);
  int nw = cg_nwords(t);
  int64_t size = u->size;
  if (size == 0 && nw > 0 && u->kind != TY_STRUCT && u->kind != TY_ARRAY) {
    /* basic types the checker left without a size */
    switch (u->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: size = 1; break;
    case TY_INT16: case TY_UINT16: size = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = 4; break;
    default: size = 8 * nw; break;
    }
  }
  int memwords = (int)((size + 7) / 8);
  size_t masklen = (size_t)(memwords + 7) / 8;
  /* the memory layout's pointer words (heap objects are in memory form) */
  uint8_t *mask = calloc(masklen + 1, 1);
  if (!mask) { oom(cg); return 0; }
  mem_ptrs(t, 0, set_mask_bit, mask);
  bool has_ptrs = false;
  for (size_t i = 0; i < masklen; i++) has_ptrs |= mask[i] != 0;
  if (!cg_ensure(cg, &cg->rtypes, &cg->caprtypes, cg->nrtypes, sizeof(RType *)) ||
      !cg_ensure(cg, &cg->rtkeys, &cg->caprtkeys, cg->nrtypes, sizeof(Type *)))
    return 0;
  RType *rt = calloc(1, sizeof(RType));
  char *s = malloc(slen + 1);
  uint8_t *pm = has_ptrs ? mask : NULL;
  if (!has_ptrs) free(mask);
  if (!rt || !s) {
    free(rt);
    free(s);
    free(pm);
    oom(cg);
    return 0;
  }
  memcpy(s, str, slen + 1);
  rt->kind = rkind(u);
  rt->named = t->kind == TY_NAMED;
  rt->size = size;
  rt->nwords = nw;
  rt->str = s;
  rt->len = u->kind == TY_ARRAY ? u->u.array.len : 0;
  rt->ptrmask = pm;
  if (t->kind == TY_NAMED) cg_method_run(cg, t, &rt->mfirst, &rt->mcount);
  cg->rtypes[cg->nrtypes] = rt;
  cg->rtkeys[cg->nrtypes] = t;
  int idx = cg->nrtypes++;
  /* t is registered before the types it refers to are made, so a
  ** recursive type (type T []T, type P *P, *T where T is struct { next
  ** *T }) finds its own RType: one RType per type, or assertions and type
  ** switches would compare unequal pointers (and the recursion would not end) */
  if (et) {
    int ei = cg_rtype(cg, et);
    if (!cg->failed) cg->rtypes[idx]->elem = cg->rtypes[ei];
  }
  if (u->kind == TY_MAP) {
    int ki = cg_rtype(cg, u->u.map.key);
    if (!cg->failed) cg->rtypes[idx]->key = cg->rtypes[ki];
  }
  if (u->kind == TY_STRUCT && u->u.strct.nfields > 0) {
    int n = u->u.strct.nfields;
    RField *fs = calloc((size_t)n, sizeof(RField));
    if (!fs) { oom(cg); return idx; }
    cg->rtypes[idx]->fields = fs;
    cg->rtypes[idx]->nfields = n;
    for (int i = 0; i < n && !cg->failed; i++) {
      StructField *f = &u->u.strct.fields[i];
      int fi = cg_rtype(cg, f->type);   /* may grow rtypes: index again */
      fs[i].name = xstrdup(cg, f->name);
      fs[i].type = cg->failed ? NULL : cg->rtypes[fi];
      fs[i].offset = f->offset;
      fs[i].embedded = f->embedded;
    }
  }
  return idx;
}

/* }==================================================================== */

/* {====================================================================
** Constants
** ===================================================================== */

typedef struct KSlot {
  bool used, is_str;
  uint64_t bits;             /* a word constant */
  size_t soff; int64_t len;    /* a string constant: its bytes in strdata
                                 (an offset: callers' bytes may be gone) */
  int index;
} KSlot;

static uint64_t hash_bytes(const char *s, int64_t n) {
  uint64_t h = 1469598103934665603ull;
  for (int64_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
  return h;
}

static uint64_t mix(uint64_t x) {
  x ^= x >> 33; x *= 0xff51afd7ed558ccdull; x ^= x >> 33;
  return x;
}

/* Finds the slot of a constant, or the empty slot where it belongs. */
static KSlot *kfind(CG *cg, bool is_str, uint64_t bits, const char *s, int64_t len) {
  if (cg->ktabn * 2 >= cg->ktabcap) {
    int ncap = cg->ktabcap ? cg->ktabcap * 2 : 64;
    KSlot *nt = calloc((size_t)ncap, sizeof(KSlot));
    if (!nt) { oom(cg); return NULL; }
    for (int i = 0; i < cg->ktabcap; i++) {
      KSlot *o = &cg->ktab[i];
      if (!o->used) continue;
      uint64_t h = o->is_str ? hash_bytes(cg->strdata + o->soff, o->len) : mix(o->bits);
      int j = (int)(h & (uint64_t)(ncap - 1));
      while (nt[j].used) j = (j + 1) & (ncap - 1);
      nt[j] = *o;
    }
    free(cg->ktab);
    cg->ktab = nt;
    cg->ktabcap = ncap;
  }
  uint64_t h = is_str ? hash_bytes(s, len) : mix(bits);
  int j = (int)(h & (uint64_t)(cg->ktabcap - 1));
  for (;; j = (j + 1) & (cg->ktabcap - 1)) {
    KSlot *k = &cg->ktab[j];
    if (!k->used) return k;
    if (k->is_str != is_str) continue;
    if (is_str ? (k->len == len && memcmp(cg->strdata + k->soff, s, (size_t)len) == 0) : k->bits == bits) return k;
  }
}

static int push_const(CG *cg, Word w) {
  if (!cg_ensure(cg, &cg->consts, &cg->capconsts, cg->nconsts, sizeof(Word))) return 0;
  cg->consts[cg->nconsts] = w;
  return cg->nconsts++;
}

int cg_const_word(CG *cg, Word w) {
  KSlot *k = kfind(cg, false, w.u, NULL, 0);
  if (!k) return 0;
  if (k->used) return k->index;
  int idx = push_const(cg, w);
  *k = (KSlot){.used = true, .bits = w.u, .index = idx};
  cg->ktabn++;
  return idx;
}

/* Two pool words {offset into strdata, length}; the offset becomes a
** pointer when the module is frozen (strdata may still move until then). */
int cg_const_string(CG *cg, const char *s, int64_t len) {
  KSlot *k = kfind(cg, true, 0, s, len);
  if (!k) return 0;
  if (k->used) return k->index;
  size_t need = cg->strlen + (size_t)len + 1;
  if (need > cg->strcap) {
    size_t nc = cg->strcap ? cg->strcap : 256;
    while (nc < need) nc *= 2;
    char *p = realloc(cg->strdata, nc);
    if (!p) { oom(cg); return 0; }
    cg->strdata = p;
    cg->strcap = nc;
  }
  size_t off = cg->strlen;
  memcpy(cg->strdata + off, s, (size_t)len);
  cg->strdata[off + (size_t)len] = 0;   /* handy for debugging; not part of the value */
  cg->strlen = need;
  int idx = push_const(cg, (Word){.u = off});
  push_const(cg, (Word){.i = len});
  if (!cg_ensure(cg, &cg->strfix, &cg->capstrfix, cg->nstrfix, sizeof(int))) return 0;
  cg->strfix[cg->nstrfix++] = idx;
  *k = (KSlot){.used = true, .is_str = true, .soff = off, .len = len, .index = idx};
  cg->ktabn++;
  return idx;
}

static void load_int(Fn *F, int dst, int64_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX)
    cg_emit_bx(F, OP_LOADI, dst, (uint32_t)(int32_t)v);
  else
    cg_emit_bx(F, OP_LOADK, dst, (uint32_t)cg_const_word(F->cg, (Word){.i = v}));
}

void cg_load_const(Fn *F, Type *t, ConstVal *cv, int dst) {
  CG *cg = F->cg;
  if (ty_is_untyped(t)) t = ty_default(t);
  Type *u = ty_underlying(t);
  cg_mark(F, dst, t);
  if (ty_is_boolean(u)) {
    cg_emit_bx(F, OP_LOADI, dst, cv->b ? 1 : 0);
  } else if (ty_is_integer(u)) {
    ConstVal *iv = cv->kind == CV_INT ? cv : cst_to_int(cg->c, cv);
    if (!iv) { cg_error(cg, (Pos){F->line, 1, F->file}, "internal compiler error: non-integer constant"); return; }
    load_int(F, dst, ty_is_unsigned(u) ? (int64_t)cst_uint64_value(iv) : cst_int64_value(iv));
  } else if (ty_is_float(u)) {
    ConstVal *fv = cv->kind == CV_FLOAT ? cv : cst_to_float(cg->c, cv);
    Word w = {.f = fv ? cst_float64_value(fv) : 0};
    if (u->kind == TY_FLOAT32) w.f = (double)(float)w.f;
    if (w.u == 0) cg_emit_bx(F, OP_LOADI, dst, 0);
    else cg_emit_bx(F, OP_LOADK, dst, (uint32_t)cg_const_word(cg, w));
  } else if (ty_is_string(u)) {
    if (cv->kind != CV_STRING || cv->slen == 0)
      cg_emit(F, OP_ZERO, dst, 2, 0);
    else
      cg_emit_bx(F, OP_LOADK2, dst, (uint32_t)cg_const_string(cg, cv->s, cv->slen));
  } else if (ty_is_complex(u)) {
    cg_cplx_const(F, u, cv, dst);
  } else {
    /* nil of a pointer, slice or interface type */
    cg_emit(F, OP_ZERO, dst, cg_nwords(t), 0);
  }
}

/* }==================================================================== */

/* {====================================================================
** Package variables
** ===================================================================== */

static void set_global_word(void *ud, int w) {
  CG *cg = ud;
  if (cg_ensure(cg, &cg->gptr, &cg->gptrcap, w, 1)) cg->gptr[w] = 1;
}

static int alloc_global(CG *cg, Type *t) {
  int g = cg->global_words;
  cg->global_words += cg_nwords(t);
  if (cg->global_words > MAX_REG) {
    if (!cg->failed) cg_error(cg, (Pos){0, 0, 0}, "too many package variables");
    return 0;
  }
  cg_ensure(cg, &cg->gptr, &cg->gptrcap, cg->global_words, 1);
  type_ptrs(t, g, set_global_word, cg);
  return g;
}

/* Package variables of the file get their words on first reference (the
** initialiser references every initialised one). */
int cg_global(CG *cg, Object *obj) {
  if (obj->cg_data != cg->global_token) {
    /* an address-taken variable's word holds its heap cell's address */
    obj->cg_index = alloc_global(cg, obj->addr_taken ? ty_new_pointer(cg->c, obj->type) : obj->type);
    obj->cg_data = cg->global_token;
  }
  return obj->cg_index;
}

/* A standard-library variable (stdlib.def STDLIB_VARS): one set of words
** per variable, initialised by the runtime before the package initialiser. */
int cg_native_var(CG *cg, Object *obj) {
  for (int i = 0; i < cg->nnvars; i++)
    if (cg->nvars[i].var_index == obj->native) return cg->nvars[i].global_word;
  int g = alloc_global(cg, obj->type);
  if (!cg_ensure(cg, &cg->nvars, &cg->capnvars, cg->nnvars, sizeof(NativeVarInit))) return 0;
  cg->nvars[cg->nnvars++] = (NativeVarInit){obj->native, g};
  return g;
}

/* }==================================================================== */

/* {====================================================================
** Functions
** ===================================================================== */

static void free_fn(Fn *F) {
  free(F->hoist_e);
  free(F->hoist_r);
  free(F->code);
  free(F->lines);
  free(F->ptr);
  free(F->labels);
  free(F->fix);
}

static uint8_t *bitmap(CG *cg, const uint8_t *bytes, int n) {
  uint8_t *m = calloc((size_t)(n + 7) / 8 + 1, 1);
  if (!m) { oom(cg); return NULL; }
  for (int i = 0; i < n; i++)
    if (bytes && bytes[i]) m[i / 8] |= (uint8_t)(1u << (i % 8));
  return m;
}

static bool finish_fn(CG *cg, Fn *F, FuncInfo *fi, const char *name, int decl_line) {
  fi->name = xstrdup(cg, name);
  fi->decl_line = decl_line;
  fi->file = F->file;
  fi->ncode = F->ncode;
  fi->code = F->code;
  fi->lines = F->lines;
  F->code = NULL;
  F->lines = NULL;
  fi->param_words = F->param_words;
  fi->result_words = F->result_words;
  fi->frame_words = F->maxtop;
  fi->ptrmap = bitmap(cg, F->ptr, F->maxtop);
  fi->closure_reg = F->closure_reg;
  fi->deferreturn = F->deferreturn;
  fi->wrapper = F->wrapper;
  return !cg->failed;
}

bool cg_compile_func(CG *cg, int index, const char *name, Pos decl,
                     Type *sig, cg_BodyFn body, void *ud) {
  int decl_line = decl.line;
  for (int attempt = 0; attempt < 2; attempt++) {
    Fn F;
    memset(&F, 0, sizeof F);
    F.cg = cg;
    F.sig = sig;
    F.far = attempt > 0;
    F.token = arena_alloc(&cg->c->arena, 1);
    F.box_token = arena_alloc(&cg->c->arena, 1);
    F.line = decl_line;
    F.file = decl.file;
    F.label_here = -1;
    F.named_reg = -1;
    F.closure_reg = -1;
    if (sig) {
      F.param_words = cg_sig_words(sig->u.func.params, sig->u.func.nparams);
      F.result_words = cg_sig_words(sig->u.func.results, sig->u.func.nresults);
      F.nresults = sig->u.func.nresults;
    }
    F.base = F.param_words > F.result_words ? F.param_words : F.result_words;
    F.top = F.base;
    cg_reserve(&F, F.base);
    if (sig) {
      int w = 0;
      for (int i = 0; i < sig->u.func.nparams; i++) {
        cg_mark(&F, w, sig->u.func.params[i]);
        w += cg_nwords(sig->u.func.params[i]);
      }
      w = 0;
      for (int i = 0; i < sig->u.func.nresults; i++) {
        cg_mark(&F, w, sig->u.func.results[i]);
        w += cg_nwords(sig->u.func.results[i]);
      }
    }
    body(&F, ud);
    if (!cg->failed) resolve(&F);
    if (F.overflow && !F.far && !cg->failed) {
      free_fn(&F);
      continue;
    }
    if (F.overflow && !cg->failed)
      cg_error(cg, (Pos){decl_line, 1, decl.file}, "internal compiler error: branch out of range");
    bool ok = !cg->failed && finish_fn(cg, &F, &cg->funcs[index], name, decl_line);
    free_fn(&F);
    return ok;
  }
  return false;
}

/* Binds the name of a parameter or named result to its register. */
static void bind(Fn *F, Expr *name, int reg) {
  if (!name || name->kind != E_IDENT || !name->u.ident.obj) return;
  name->u.ident.obj->cg_index = reg;
  name->u.ident.obj->cg_data = F->token;
}

/* Walks a parameter or result field list in step with the signature's
** types; binds names to their registers from [reg] on, returns the words. */
static int bind_fields(Fn *F, FieldList *fl, Type **types, int ntypes, int reg) {
  int k = 0;
  for (int i = 0; i < fl->n; i++) {
    Field *fd = fl->v[i];
    int n = fd->nnames ? fd->nnames : 1;
    for (int j = 0; j < n && k < ntypes; j++, k++) {
      if (fd->nnames) bind(F, fd->names[j], reg);
      reg += cg_nwords(types[k]);
    }
  }
  return reg;
}

/* Variables that must be in memory, like &x: a sliced array variable (it
** must be addressable), a package-level array indexed by a variable, and
** a local too big for registers. */
static void visit_in_memory(void *ud, Expr *e, Stmt *s) {
  (void)ud;
  if (e && e->kind == E_IDENT) {
    Object *o = e->u.ident.obj;
    if (o && o->kind == OBJ_VAR && !o->is_global && !o->is_param && o->type &&
        cg_too_big_for_registers(o->type))
      o->addr_taken = true;
    return;
  }
  /* a sliced array; an element of a package-level array picked by a
  ** non-constant index (package words have no indexed form) */
  bool global_elem = e && e->kind == E_INDEX && !e->u.index.index->cval;
  if (!e || (e->kind != E_SLICE && !global_elem)) return;
  Expr *x = cg_unparen(e->kind == E_SLICE ? e->u.slice.x : e->u.index.x);
  Type *t = x->type ? ty_underlying(x->type) : NULL;
  if (!t || t->kind != TY_ARRAY) return;
  while (x->kind == E_SELECTOR || x->kind == E_INDEX || x->kind == E_PAREN) {
    Type *xt = x->kind == E_SELECTOR ? x->u.selector.x->type : x->kind == E_INDEX ? x->u.index.x->type : NULL;
    if (xt && ty_underlying(xt)->kind != TY_STRUCT && ty_underlying(xt)->kind != TY_ARRAY) return;
    x = x->kind == E_SELECTOR ? x->u.selector.x : x->kind == E_INDEX ? x->u.index.x : x->u.paren.x;
  }
  if (x->kind == E_IDENT && x->u.ident.obj && x->u.ident.obj->kind == OBJ_VAR &&
      (e->kind == E_SLICE || x->u.ident.obj->is_global))
    x->u.ident.obj->addr_taken = true;
}

/* Parameters whose address is taken move to heap cells at entry. */
static void box_params(Fn *F, FieldList *fl) {
  for (int i = 0; fl && i < fl->n; i++) {
    Field *fd = fl->v[i];
    for (int j = 0; j < fd->nnames; j++) {
      Object *o = fd->names[j]->kind == E_IDENT ? fd->names[j]->u.ident.obj : NULL;
      if (o && cg_needs_box(o) && o->cg_data == F->token) cg_box_var(F, o, o->cg_index, fd->names[j]->pos);
    }
  }
}

/* Binds the receiver (first) and the parameters to their registers. */
static void bind_params(Fn *F, FieldList *recv, Expr *ft) {
  Type *sig = F->sig;
  int reg = 0, k = 0;
  if (recv) {
    reg = bind_fields(F, recv, sig->u.func.params, 1, 0);
    k = 1;
  }
  bind_fields(F, &ft->u.func.params, sig->u.func.params + k, sig->u.func.nparams - k, reg);
}

static void visit_defer(void *ud, Expr *e, Stmt *s) {
  (void)e;
  if (s && s->kind == S_DEFER) *(bool *)ud = true;
}

void cg_body(Fn *F, const BodySpec *b) {
  Expr *ft = b->ftype;
  Type *sig = F->sig;
  F->body = b->body;
  bind_params(F, b->recv, ft);
  cg_walk_body(b->body, visit_defer, &F->has_defer);
  const char *r0 = sig->u.func.nresults > 0 && sig->u.func.rnames ? sig->u.func.rnames[0] : NULL;
  if (r0 && r0[0]) {   /* unnamed results are spelled "" */
    /* no ZERO needed: CALL zeroes every non-parameter word of the frame */
    F->named_reg = F->top;
    for (int i = 0; i < sig->u.func.nresults; i++) cg_alloc(F, sig->u.func.results[i]);
    bind_fields(F, &ft->u.func.results, sig->u.func.results, sig->u.func.nresults, F->named_reg);
  } else if (F->has_defer && sig->u.func.nresults > 0) {
    /* hidden result variables: a recovered panic returns them (zero) */
    F->named_reg = F->top;
    for (int i = 0; i < sig->u.func.nresults; i++) {
      int r = cg_alloc(F, sig->u.func.results[i]);
      cg_mark(F, r, sig->u.func.results[i]);
    }
  }
  if (F->has_defer) F->defer_ret = cg_label(F);
  cg_frame_area(F, b->body, b->recv, &ft->u.func.params);
  if (F->named_reg >= 0) {
    /* address-taken (or captured) named results live in cells; a bare
    ** return loads them (codegen_stmt.c) */
    F->named = arena_alloc(&F->cg->c->arena, sizeof(Object *) * (size_t)(sig->u.func.nresults + 1));
    int k = 0;
    for (int i = 0; i < ft->u.func.results.n; i++)
      for (int j = 0; j < ft->u.func.results.v[i]->nnames && k < sig->u.func.nresults; j++, k++) {
        Expr *n = ft->u.func.results.v[i]->names[j];
        Object *o = n->kind == E_IDENT ? n->u.ident.obj : NULL;
        F->named[k] = o;
        if (o && cg_needs_box(o) && o->cg_data == F->token) cg_box_var(F, o, o->cg_index, n->pos);
      }
  }
  box_params(F, b->recv);
  box_params(F, &ft->u.func.params);
  if (b->lit) cg_closure_prologue(F, b->lit);
  Stmt *body = b->body;
  cg_block(F, &body->u.block.list);
  F->line = body->u.block.rbrace.line;
  if (F->has_defer) {
    if (!cg_terminated(F) && F->nresults > 0) cg_emit(F, OP_UNREACHABLE, 0, 0, 0);
    cg_defer_return(F);
  } else if (!cg_terminated(F)) {
    cg_emit(F, F->nresults == 0 ? OP_RET : OP_UNREACHABLE, 0, 0, 0);
  }
}

static void func_body(Fn *F, void *ud) {
  Decl *d = ud;
  BodySpec b = {d->u.func.recv, d->u.func.type, d->u.func.body, NULL};
  cg_body(F, &b);
}

static Object *func_object(Decl *d) {
  if (d->u.func.obj) return d->u.func.obj;
  return d->u.func.name ? d->u.func.name->u.ident.obj : NULL;
}

/* }==================================================================== */

/* {====================================================================
** The module
** ===================================================================== */

/* Go prints the file's absolute, cleaned path in tracebacks. */
static char *abs_path(CG *cg, const char *fn) {
  char cwd[4096];
  size_t need = strlen(fn) + 2;
  if (fn[0] != '/') {
    if (!getcwd(cwd, sizeof cwd)) cwd[0] = 0;
    need += strlen(cwd);
  }
  char *p = malloc(need);
  if (!p) { oom(cg); return NULL; }
  if (fn[0] == '/') strcpy(p, fn);
  else snprintf(p, need, "%s/%s", cwd, fn);
  /* clean "/./", "//" and "/x/../" in place */
  char *out = p;
  for (char *s = p; *s;) {
    if (s[0] == '/' && (s[1] == '/' || (s[1] == '.' && (s[2] == '/' || !s[2])))) {
      s += s[1] == '/' ? 1 : 2;
      continue;
    }
    if (s[0] == '/' && s[1] == '.' && s[2] == '.' && (s[3] == '/' || !s[3])) {
      while (out > p && *--out != '/') {}
      s += 3;
      continue;
    }
    *out++ = *s++;
  }
  if (out == p) *out++ = '/';
  *out = 0;
  return p;
}

static void free_cg(CG *cg) {
  for (int i = 0; i < cg->nfuncs; i++) {
    free(cg->funcs[i].name);
    free(cg->funcs[i].code);
    free(cg->funcs[i].lines);
    free(cg->funcs[i].ptrmap);
  }
  free(cg->funcs);
  free(cg->consts);
  free(cg->ktab);
  free(cg->strdata);
  free(cg->strfix);
  for (int i = 0; i < cg->nrtypes; i++) {
    free((void *)cg->rtypes[i]->str);
    free((void *)cg->rtypes[i]->ptrmask);
    for (int k = 0; k < cg->rtypes[i]->nfields; k++) free((void *)cg->rtypes[i]->fields[k].name);
    free((void *)cg->rtypes[i]->fields);
    free(cg->rtypes[i]);
  }
  free(cg->rtypes);
  free(cg->rtkeys);
  free(cg->gptr);
  free(cg->nvars);
  for (int i = 0; i < cg->nsites; i++) {
    free(cg->sites[i].what);
    free(cg->sites[i].type);
    free(cg->sites[i].reason);
  }
  free(cg->sites);
  for (int i = 0; i < cg->nmethods; i++) free(cg->methods[i].name);
  free(cg->methods);
}

/* Frees a module that freeze gave up on: only its names and the global
** pointer map are its own yet. */
static void drop_names(Module *m) {
  for (int i = 0; i < m->nfiles; i++) {
    free(m->files[i]);
    free(m->abspaths[i]);
  }
  free(m->files);
  free(m->abspaths);
  free(m->filename);
  free(m->abspath);
  free(m->global_ptrmap);
  free(m);
}

static Module *freeze(CG *cg) {
  Module *m = calloc(1, sizeof *m);
  if (!m) { oom(cg); return NULL; }
  m->filename = xstrdup(cg, cmp_file_name(cg->c, 0));
  m->abspath = abs_path(cg, cmp_file_name(cg->c, 0));
  m->files = calloc((size_t)cg->c->nfiles, sizeof *m->files);
  m->abspaths = calloc((size_t)cg->c->nfiles, sizeof *m->abspaths);
  if (!m->files || !m->abspaths) oom(cg);
  else m->nfiles = cg->c->nfiles;
  for (int i = 0; i < m->nfiles; i++) {
    m->files[i] = xstrdup(cg, cmp_file_name(cg->c, i));
    m->abspaths[i] = abs_path(cg, cmp_file_name(cg->c, i));
  }
  m->global_ptrmap = bitmap(cg, cg->gptr, cg->global_words);
  if (cg->failed) {
    drop_names(m);
    return NULL;
  }
  for (int i = 0; i < cg->nstrfix; i++) {
    Word *k = &cg->consts[cg->strfix[i]];
    k->p = cg->strdata + k->u;
  }
  m->funcs = cg->funcs; m->nfuncs = cg->nfuncs;
  m->main_func = cg->main_func;
  m->init_func = cg->init_func;
  m->consts = cg->consts; m->nconsts = cg->nconsts;
  m->strdata = cg->strdata; m->strdata_len = cg->strlen;
  m->rtypes = cg->rtypes; m->nrtypes = cg->nrtypes;
  m->global_words = cg->global_words;
  m->native_vars = cg->nvars; m->nnative_vars = cg->nnvars;
  m->sites = cg->sites; m->nsites = cg->nsites;
  m->funcvals = calloc((size_t)cg->nfuncs + 1, sizeof(Word));
  if (!m->funcvals) { oom(cg); drop_names(m); return NULL; }
  for (int i = 0; i < cg->nfuncs; i++) m->funcvals[i].u = (uint64_t)i;
  m->methods = cg->methods; m->nmethods = cg->nmethods;
  free(cg->ktab);
  free(cg->strfix);
  free(cg->rtkeys);
  free(cg->gptr);
  return m;
}

/* Numbers every function declaration; returns false on a construct the
** generator does not handle yet. */
static bool number_funcs(CG *cg, Decl ***decls, int **inits, int *ninit) {
  File *f = cg->f;
  int n = 0;
  for (int i = 0; i < f->ndecls; i++) n += f->decls[i]->kind == D_FUNC;
  *decls = arena_alloc(&cg->c->arena, sizeof(Decl *) * (size_t)(n + 1));
  *inits = arena_alloc(&cg->c->arena, sizeof(int) * (size_t)(n + 1));
  if (!cg_ensure(cg, &cg->funcs, &cg->capfuncs, n + 1, sizeof(FuncInfo))) return false;
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind != D_FUNC) continue;
    if (!d->u.func.body) { cg_error(cg, d->pos, "missing function body"); return false; }
    Object *o = func_object(d);
    const char *name = d->u.func.name->u.ident.name;
    if (d->u.func.recv) {}   /* a method: never init or main */
    else if (strcmp(name, "init") == 0) (*inits)[(*ninit)++] = cg->nfuncs;
    else if (strcmp(name, "main") == 0) cg->main_func = cg->nfuncs;
    if (o) {
      o->cg_index = cg->nfuncs;
      o->cg_data = cg->func_token;
    }
    (*decls)[cg->nfuncs++] = d;
  }
  return true;
}

struct Module *cg_module(Comp *c, File *f) {
  CG cg;
  memset(&cg, 0, sizeof cg);
  cg.c = c;
  cg.f = f;
  cg.main_func = -1;
  cg.init_func = -1;
  cg.global_token = arena_alloc(&c->arena, 1);
  cg.func_token = arena_alloc(&c->arena, 1);
  Decl **decls;
  int *inits, ninit = 0;
  if (number_funcs(&cg, &decls, &inits, &ninit)) {
    int nuser = cg.nfuncs;
    char **names = arena_alloc(&c->arena, sizeof(char *) * (size_t)(nuser + 1));
    for (int i = 0; i < nuser; i++) {
      Decl *d = decls[i];
      const char *name = d->u.func.name->u.ident.name;
      if (!d->u.func.recv && strcmp(name, "init") == 0) {
        int k = 0;
        while (inits[k] != i) k++;
        names[i] = arena_alloc(&c->arena, 32);
        snprintf(names[i], 32, "main.init.%d", k);
      } else {
        names[i] = (char *)cg_func_name(&cg, d);
      }
    }
    cg_func_prepare(&cg, decls, nuser, names);
    /* before any variable gets its words: some must be in memory */
    for (int i = 0; i < f->ndecls; i++) {
      Decl *d = f->decls[i];
      if (d->kind == D_FUNC) cg_walk_stmt(d->u.func.body, visit_in_memory, NULL);
      else if (d->kind == D_GEN && d->u.gen.tok == TK_VAR)
        for (int j = 0; j < d->u.gen.nspecs; j++)
          for (int k = 0; k < d->u.gen.specs[j]->u.value.values.n; k++)
            cg_walk_expr(d->u.gen.specs[j]->u.value.values.v[k], visit_in_memory, NULL);
    }
    for (int i = 0; i < nuser && !cg.failed; i++) {
      Decl *d = decls[i];
      Object *o = func_object(d);
      Type *sig = !o || !o->type ? NULL : d->u.func.recv ? cg_method_sig(&cg, o) : ty_underlying(o->type);
      if (!sig || sig->kind != TY_FUNC) { cg_error(&cg, d->pos, "internal compiler error: function without signature"); break; }
      cg_compile_func(&cg, i, names[i], d->pos, sig, func_body, d);
    }
    if (!cg.failed) cg_package_init(&cg, inits, ninit);
    if (!cg.failed) cg_func_drain(&cg);
    if (!cg.failed) cg_method_tables(&cg);
    if (!cg.failed && cg.main_func < 0)
      cg_error(&cg, (Pos){0, 0, 0}, "function main is undeclared in the main package");
  }
  Module *m = cg.failed ? NULL : freeze(&cg);
  if (!m) free_cg(&cg);
  return m;
}

/* }==================================================================== */
