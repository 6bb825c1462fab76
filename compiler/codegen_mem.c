/*
** codegen_mem.c — values in memory: places (where an addressable value
** lives), typed loads and stores between registers and memory, addresses,
** variables moved to the heap, composite literals, allocation sites, and
** the builtins and conversions that allocate (new, make, append, copy,
** string <-> []byte / []rune).
**
** THE MEMORY MODEL (see also vm/value.h). Registers hold values flattened,
** one word per scalar: a struct is its fields' words in order, an array its
** elements' words (Type.nwords, StructField.word). Memory (heap objects,
** slice backing arrays) holds Go's amd64 layout (Type.size,
** StructField.offset). Moving a value between the two is a walk over its
** scalar leaves (leaves()): one LDxx/STxx per leaf, each with the leaf's
** word and byte offset; memory-to-memory copies of aggregates are one
** MEMMOVE. A string, slice or interface is 2, 3, 2 64-bit leaves.
**
** A Place says where an addressable value lives:
**   PL_REG     registers [reg ..)            a local variable, or a temporary
**   PL_GLOBAL  package words [reg ..)
**   PL_MEM     memory at R[reg].p + off      a dereference, a field through a
**                                            pointer, a slice element, a
**                                            variable moved to the heap
**   PL_RIDX    element R[idx] of the array   dynamic index into an array held
**              in registers [reg ..)         in registers (RLOAD/RSTORE)
** Computing a place may claim temporaries (the base pointer, the index): the
** caller keeps F->top above them while it uses the place and releases them
** afterwards (mark / restore), as everywhere in the generator.
**
** Variables whose address is taken (Object.addr_taken, set by the checker
** for &x, &x.f, &a[i]) or that are sliced arrays live in memory: at the
** declaration a cell is made (a frame slot when escape analysis allows,
** else NEW: "moved to heap"), the register holds its address (cg_data ==
** F->box_token) and every use goes through PL_MEM.
**
** Every allocating instruction names an AllocSite (cg_site): kind, source
** spelling, type, size and decision. Escape analysis (escape.h) decides;
** the sites it keeps off the heap get frame slots (cg_frame_area), every
** other allocation goes through NEW/MAKESLICE/... to the heap.
*/
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"   /* RT_TMPBUF_SIZE */
#include "check.h"
#include "codegen.h"
#include "escape.h"

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }

/* Bytes in memory (completing the layout on first use). */
static int64_t msize(Type *t) {
  Type *u = ul(t);
  if (!u->complete) ty_complete(u);
  return u->size;
}

static void unsupported(Fn *F, Pos pos, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s not supported yet", what);
  cg_error(F->cg, pos, msg);
}

static char *dupstr(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

/* {====================================================================
** Allocation sites
** ===================================================================== */

int cg_site(Fn *F, Pos pos, const char *kind, const char *what, Type *t, int64_t size) {
  CG *cg = F->cg;
  if (!cg_ensure(cg, &cg->sites, &cg->capsites, cg->nsites, sizeof(AllocSite))) return 0;
  AllocSite *s = &cg->sites[cg->nsites];
  s->line = pos.line ? pos.line : F->line;
  s->file = pos.line ? pos.file : F->file;
  s->col = pos.col;
  s->kind = kind;
  s->what = dupstr(what ? what : kind);
  s->type = dupstr(ty_string(cg->c, t));
  s->size = size;
  s->rtype = cg_rtype(cg, t);
  s->decision = "heap";
  s->reason = dupstr("escapes to heap");
  if (!s->what || !s->type || !s->reason) { cg_error(cg, pos, "out of memory"); return 0; }
  return cg->nsites++;
}

/* }==================================================================== */

/* {====================================================================
** Leaves: scalar parts of a value with their word and byte offset
** ===================================================================== */

typedef void (*LeafFn)(Fn *F, int op_ld, int op_st, int word, int64_t off, void *ud);

/* The load and store opcodes of a scalar type in memory. */
static bool scalar_ops(Type *t, int *ld, int *st) {
  switch (ul(t)->kind) {
  case TY_BOOL: case TY_UINT8: *ld = OP_LD8U; *st = OP_ST8; return true;
  case TY_INT8: *ld = OP_LD8S; *st = OP_ST8; return true;
  case TY_INT16: *ld = OP_LD16S; *st = OP_ST16; return true;
  case TY_UINT16: *ld = OP_LD16U; *st = OP_ST16; return true;
  case TY_INT32: *ld = OP_LD32S; *st = OP_ST32; return true;
  case TY_UINT32: *ld = OP_LD32U; *st = OP_ST32; return true;
  case TY_FLOAT32: *ld = OP_LDF32; *st = OP_STF32; return true;
  case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
  case TY_FLOAT64:
    *ld = OP_LD64; *st = OP_ST64; return true;
  /* pointer words: the barriered store (the words mem_ptrs puts in the
  ** ptrmask, codegen.c, and no others) */
  case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPOINTER:
    *ld = OP_LD64; *st = OP_STP; return true;
  default: return false;
  }
}

static bool leaves(Fn *F, Type *t, int word, int64_t off, LeafFn fn, void *ud) {
  Type *u = ul(t);
  int ld, st;
  if (scalar_ops(u, &ld, &st)) { fn(F, ld, st, word, off, ud); return true; }
  switch (u->kind) {
  case TY_STRING: case TY_SLICE: /* data pointer, then len (and cap) */
    fn(F, OP_LD64, OP_STP, word, off, ud);
    for (int k = 1; k < (u->kind == TY_SLICE ? 3 : 2); k++)
      fn(F, OP_LD64, OP_ST64, word + k, off + 8 * k, ud);
    return true;
  case TY_INTERFACE: case TY_COMPLEX128:
    for (int k = 0; k < 2; k++)
      fn(F, OP_LD64, u->kind == TY_INTERFACE ? OP_STP : OP_ST64, word + k, off + 8 * k, ud);
    return true;
  case TY_COMPLEX64:
    for (int k = 0; k < 2; k++) fn(F, OP_LDF32, OP_STF32, word + k, off + 4 * k, ud);
    return true;
  case TY_ARRAY: {
    Type *et = u->u.array.elem;
    int ew = cg_nwords(et);
    for (int64_t i = 0; i < u->u.array.len; i++)
      if (!leaves(F, et, word + (int)i * ew, off + i * msize(et), fn, ud)) return false;
    return true;
  }
  case TY_STRUCT:
    if (!u->complete) ty_complete(u);
    for (int i = 0; i < u->u.strct.nfields; i++) {
      StructField *f = &u->u.strct.fields[i];
      if (!leaves(F, f->type, word + f->word, off + f->offset, fn, ud)) return false;
    }
    return true;
  default:
    return false;
  }
}

typedef struct MemOp { int reg, base; bool load; } MemOp;

static void emit_leaf(Fn *F, int ld, int st, int word, int64_t off, void *ud) {
  MemOp *m = ud;
  if (m->load) cg_emit(F, ld, m->reg + word, m->base, (int)off);
  else cg_emit(F, st, m->base, m->reg + word, (int)off);
}

/* A base register whose offsets [off, off + size) fit LD/ST's 16-bit
** operand: the place's own, or base + off in a new temporary. */
static void fit_offset(Fn *F, int *base, int64_t *off, int64_t size) {
  if (*off >= 0 && *off + size <= 0xFFFF) return;
  int k = cg_alloc_words(F, 1, false);
  int b = cg_alloc_words(F, 1, true);
  cg_emit_bx(F, OP_LOADK, k, (uint32_t)cg_const_word(F->cg, (Word){.i = *off}));
  cg_emit(F, OP_ADD, b, *base, k);
  *base = b;
  *off = 0;
}

/* Registers [reg ..) <-> memory at R[base].p + off, for a value of type t. */
static void mem_xfer(Fn *F, Type *t, int reg, int base, int64_t off, bool load, Pos pos) {
  int mark = F->top, nw = cg_nwords(t);
  /* temporaries go above the value's registers, and a base the loads
  ** would overwrite is copied out of their way first */
  if (F->top < reg + nw) F->top = reg + nw;
  cg_reserve(F, F->top);
  if (load && base >= reg && base < reg + nw) {
    int b = cg_alloc_words(F, 1, true);
    cg_move(F, b, base, 1);
    base = b;
  }
  if (msize(t) > 0xFFFF) {
    /* per-leaf ops carry 16-bit offsets: a value larger than that moves
    ** part by part, each part rebased as it needs */
    Type *u = ul(t);
    if (u->kind == TY_ARRAY) {
      Type *et = u->u.array.elem;
      for (int64_t i = 0; i < u->u.array.len; i++)
        mem_xfer(F, et, reg + (int)i * cg_nwords(et), base, off + i * msize(et), load, pos);
    } else if (u->kind == TY_STRUCT) {
      for (int i = 0; i < u->u.strct.nfields; i++) {
        StructField *f = &u->u.strct.fields[i];
        mem_xfer(F, f->type, reg + f->word, base, off + f->offset, load, pos);
      }
    } else {
      unsupported(F, pos, "a value this large is");
    }
    if (load) cg_mark(F, reg, t);
    F->top = mark;
    return;
  }
  fit_offset(F, &base, &off, msize(t));
  MemOp m = {reg, base, load};
  if (!leaves(F, t, 0, off, emit_leaf, &m)) unsupported(F, pos, "this type in memory is");
  if (load) cg_mark(F, reg, t);
  F->top = mark;
}

/* }==================================================================== */

/* {====================================================================
** Places
** ===================================================================== */

static bool is_boxed(Fn *F, Object *o) { return o && o->kind == OBJ_VAR && o->cg_data == F->box_token; }

static void load_int(Fn *F, int d, int64_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX) cg_emit_bx(F, OP_LOADI, d, (uint32_t)(int32_t)v);
  else cg_emit_bx(F, OP_LOADK, d, (uint32_t)cg_const_word(F->cg, (Word){.i = v}));
}

/* A temporary holding e's value: not addressable, reads only. */
static void temp_place(Fn *F, Expr *e, Place *p) {
  Type *t = cg_vtype(e);
  int r = cg_alloc(F, t);
  cg_expr_to(F, e, r);
  *p = (Place){PL_REG, r, 0, t, 0, 0, true, 0};
}

/* R[d] = address of memory place p (base + off). */
int cg_mem_addr(Fn *F, Place *p) {
  if (p->off == 0) return p->reg;
  int d = cg_alloc_words(F, 1, true);
  if (p->off <= INT16_MAX) {
    cg_emit(F, OP_NILCHK, p->reg, 0, 0);
    cg_emit(F, OP_ADDI, d, p->reg, (int)p->off);
  } else {
    cg_emit(F, OP_NILCHK, p->reg, 0, 0);
    load_int(F, d, p->off);
    cg_emit(F, OP_ADD, d, p->reg, d);
  }
  return d;
}

/* Turns a RIDX or global place into a readable temporary. */
static void to_temp(Fn *F, Place *p) {
  if (p->kind != PL_RIDX && p->kind != PL_GLOBAL) return;
  int r = cg_alloc(F, p->t);
  cg_load_place(F, p, r);
  *p = (Place){PL_REG, r, 0, p->t, 0, 0, true, 0};
}

static void field_place(Fn *F, Expr *e, Place *p) {
  const Selection *sel = chk_selection(F->cg->c, e);
  cg_path_place(F, e->u.selector.x, sel->index, sel->nindex, p, e->pos);
}

void cg_path_place(Fn *F, Expr *x, const int *index, int n, Place *p, Pos pos) {
  Type *xt = cg_vtype(x);
  if (ul(xt)->kind == TY_POINTER) {
    int r = cg_expr_any(F, x);
    *p = (Place){PL_MEM, r, 0, ul(xt)->u.ptr.elem, 0, 0, false, 0};
  } else {
    cg_place_of(F, x, p);
  }
  cg_follow_path(F, p, index, n, pos);
}

void cg_follow_path(Fn *F, Place *p, const int *index, int n, Pos pos) {
  for (int k = 0; k < n; k++) {
    Type *u = ul(p->t);
    if (u->kind == TY_POINTER) {   /* an embedded pointer on the path */
      int r = cg_alloc_words(F, 1, true);
      cg_load_place(F, p, r);
      *p = (Place){PL_MEM, r, 0, u->u.ptr.elem, 0, 0, false, 0};
      u = ul(p->t);
    }
    if (u->kind != TY_STRUCT) { unsupported(F, pos, "this selector is"); return; }
    if (!u->complete) ty_complete(u);
    StructField *f = &u->u.strct.fields[index[k]];
    if (p->kind == PL_MEM) p->off += f->offset;
    else p->reg += f->word;
    p->t = f->type;
  }
}

/* The address of element R[i] of the memory array at base (len in a
** register): a new PL_MEM place. */
static void elem_addr(Fn *F, Place *p, int base, int i, int len, Type *et) {
  int a = cg_alloc_words(F, 1, true);
  cg_emit(F, OP_INDEXADDR, a, base, i);
  uint32_t sz = (uint32_t)msize(et);
  cg_emit(F, OP_EXTRA, len, (int)(sz & 0xFFFF), (int)(sz >> 16));
  *p = (Place){PL_MEM, a, 0, et, 0, 0, false, 0};
}

static void index_place(Fn *F, Expr *e, Place *p) {
  Expr *x = e->u.index.x, *ix = e->u.index.index;
  Type *xu = ul(cg_vtype(x));
  int64_t k = -1;
  if (ix->cval && ix->cval->kind == CV_INT) k = cst_int64_value(ix->cval);
  if (xu->kind == TY_SLICE) {
    int s = cg_expr_any(F, x);
    int i = cg_expr_any(F, ix);
    elem_addr(F, p, s, i, s + 1, xu->u.slice.elem);
    return;
  }
  if (xu->kind == TY_POINTER) {
    Type *at = ul(xu->u.ptr.elem);
    int s = cg_expr_any(F, x);
    int i = cg_expr_any(F, ix);
    int n = cg_alloc_words(F, 1, false);
    load_int(F, n, at->u.array.len);
    cg_emit(F, OP_NILCHK, s, 0, 0);
    elem_addr(F, p, s, i, n, at->u.array.elem);
    return;
  }
  if (xu->kind != TY_ARRAY) { temp_place(F, e, p); return; }
  Type *et = xu->u.array.elem;
  cg_place_of(F, x, p);
  int ew = cg_nwords(et);
  if (p->kind == PL_RIDX && k < 0 && ew > 0 && p->stride % ew == 0) {
    /* a[i][j] in registers: one combined index over elements of a[i] */
    int j = cg_expr_any(F, ix);
    int n2 = cg_alloc_words(F, 1, false);
    load_int(F, n2, xu->u.array.len);
    cg_emit(F, OP_BOUNDS, p->idx, p->len, 0);
    cg_emit(F, OP_BOUNDS, j, n2, 0);
    int t = cg_alloc_words(F, 1, false);
    load_int(F, t, p->stride / ew);
    cg_emit(F, OP_MUL, t, p->idx, t);
    cg_emit(F, OP_ADD, t, t, j);
    int big = cg_alloc_words(F, 1, false);
    load_int(F, big, (int64_t)INT32_MAX);   /* both indices are checked */
    p->idx = t;
    p->len = big;
    p->stride = ew;
    p->t = et;
    return;
  }
  if (p->kind == PL_RIDX && k < 0) to_temp(F, p);
  if (k >= 0) {
    if (p->kind == PL_MEM) p->off += k * msize(et);
    else p->reg += (int)k * cg_nwords(et);
    p->t = et;
    return;
  }
  int i = cg_expr_any(F, ix);
  int n = cg_alloc_words(F, 1, false);
  load_int(F, n, xu->u.array.len);
  if (p->kind == PL_GLOBAL) to_temp(F, p);
  if (p->kind == PL_MEM) {
    int base = cg_mem_addr(F, p);
    elem_addr(F, p, base, i, n, et);
  } else {
    bool tmp = p->tmp;
    *p = (Place){PL_RIDX, p->reg, 0, et, i, n, tmp, cg_nwords(et)};
  }
}

bool cg_place_of(Fn *F, Expr *e, Place *p) {
  e = cg_unparen(e);
  switch (e->kind) {
  case E_IDENT: {
    Object *o = e->u.ident.obj;
    if (o && o->kind == OBJ_VAR) {
      if (is_boxed(F, o)) { *p = (Place){PL_MEM, o->cg_index, 0, o->type, 0, 0, false, 0}; return true; }
      if (cg_is_local(F, o)) { *p = (Place){PL_REG, o->cg_index, 0, o->type, 0, 0, false, 0}; return true; }
      if (o->is_global && o->addr_taken) {   /* its word holds the heap cell's address */
        int r = cg_alloc_words(F, 1, true);
        cg_emit(F, OP_GETG, r, cg_global(F->cg, o), 1);
        *p = (Place){PL_MEM, r, 0, o->type, 0, 0, false, 0};
        return true;
      }
      if (o->is_global) { *p = (Place){PL_GLOBAL, cg_global(F->cg, o), 0, o->type, 0, 0, false, 0}; return true; }
    }
    break;
  }
  case E_SELECTOR: {
    const Selection *sel = chk_selection(F->cg->c, e);
    if (sel && sel->kind == SEL_FIELD) { field_place(F, e, p); return true; }
    Object *o = e->u.selector.obj;
    if (o && o->kind == OBJ_VAR && o->native >= 0) {
      *p = (Place){PL_GLOBAL, cg_native_var(F->cg, o), 0, o->type, 0, 0, false, 0};
      return true;
    }
    break;
  }
  case E_STAR: {
    Type *pt = ul(cg_vtype(e->u.star.x));
    int r = cg_expr_any(F, e->u.star.x);
    *p = (Place){PL_MEM, r, 0, pt->u.ptr.elem, 0, 0, false, 0};
    return true;
  }
  case E_INDEX:
    if (ul(cg_vtype(e->u.index.x))->kind != TY_MAP && !ty_is_string(cg_vtype(e->u.index.x))) {
      index_place(F, e, p);
      return true;
    }
    break;
  default:
    break;
  }
  temp_place(F, e, p);
  return false;
}

void cg_load_place(Fn *F, Place *p, int d) {
  int nw = cg_nwords(p->t);
  switch (p->kind) {
  case PL_REG: cg_move(F, d, p->reg, nw); break;
  case PL_GLOBAL: cg_emit(F, OP_GETG, d, p->reg, nw); break;
  case PL_MEM:
    if (nw == 0) cg_emit(F, OP_NILCHK, p->reg, 0, 0);   /* *p of a zero-size type reads nothing, yet faults on nil */
    mem_xfer(F, p->t, d, p->reg, p->off, true, (Pos){F->line, 1, F->file});
    break;
  case PL_RIDX:
    cg_emit(F, OP_RLOAD, d, p->reg, p->idx);
    cg_emit(F, OP_EXTRA, p->stride, p->len, nw);
    break;
  }
  cg_mark(F, d, p->t);
}

void cg_store_place(Fn *F, Place *p, int src) {
  int nw = cg_nwords(p->t);
  switch (p->kind) {
  case PL_REG:
    if (p->tmp) { unsupported(F, (Pos){F->line, 1, F->file}, "assigning to this operand is"); return; }
    cg_move(F, p->reg, src, nw);
    break;
  case PL_GLOBAL: cg_emit(F, OP_SETG, p->reg, src, nw); break;
  case PL_MEM: mem_xfer(F, p->t, src, p->reg, p->off, false, (Pos){F->line, 1, F->file}); break;
  case PL_RIDX:
    if (p->tmp) { unsupported(F, (Pos){F->line, 1, F->file}, "assigning to this operand is"); return; }
    cg_emit(F, OP_RSTORE, p->reg, src, p->idx);
    cg_emit(F, OP_EXTRA, p->stride, p->len, nw);
    break;
  }
}

/* }==================================================================== */

/* {====================================================================
** Objects placed in the frame (escape analysis decided "stack")
**
** Before the body is compiled, cg_frame_area walks it and asks escape
** analysis (escape.h) about every allocation; each site it keeps out of
** the heap gets its own slot of frame words, above the named results and
** below every local, laid out in MEMORY form (its pointer words marked in
** the pointer map by memory layout). Each execution of the site zeroes the
** slot and FRAMEADDR yields its address (a marked register, which the
** stack copier adjusts when the stack moves). One slot per site suffices:
** escape analysis guarantees that a stack object is unreachable once the
** loop iteration that made it is over, so the next execution may reuse
** its words, and nothing in the heap ever points into a frame.
** ===================================================================== */

typedef struct AreaWalk { Fn *F; PtrMap *slots; } AreaWalk;

/* frame_slot's answer for an allocation the call of a go or defer statement
** keeps: its ... array and its slice-literal arguments. gc builds them in
** its wrapper when the call runs, so escape analysis may leave them off the
** heap; vm evaluates them at the statement and keeps them until the call
** runs, which a frame slot (overwritten by the next execution, or gone
** with the frame under a goroutine) cannot do. */
enum { SLOT_KEPT = -2 };

enum { MAX_FRAME_OBJECT = 64 * 1024 };   /* gc's maxImplicitStackVarSize */

static bool esc_stack(const EscSite *es) { return es && !es->heap; }

static void add_slot(AreaWalk *w, const void *key, Type *t) {
  Fn *F = w->F;
  if (pmap_get(w->slots, key)) return;
  if (!ul(t)->complete) ty_complete(ul(t));
  int64_t size = msize(t);
  if (size <= 0 || size > MAX_FRAME_OBJECT) return;
  int nw = (int)((size + 7) / 8);
  int slot = cg_alloc_words(F, nw, false);
  cg_mark_mem(F, slot, t);
  pmap_put(&F->cg->c->arena, w->slots, key, (void *)(intptr_t)(slot + 1));
}

static int64_t lit_len(Expr *e) {
  int64_t n = 0, i = 0;
  for (int k = 0; k < e->u.composite.elts.n; k++) {
    Expr *x = e->u.composite.elts.v[k];
    if (x->kind == E_KEYVALUE)
      i = x->u.kv.key->cval && x->u.kv.key->cval->kind == CV_INT ? cst_int64_value(x->u.kv.key->cval) : i;
    if (++i > n) n = i;
  }
  return n;
}

static Builtin builtin_of(Expr *call) {
  Expr *fn = cg_unparen(call->u.call.fn);
  if (fn->kind == E_IDENT && fn->u.ident.obj && fn->u.ident.obj->kind == OBJ_BUILTIN)
    return fn->u.ident.obj->builtin;
  return BI_NONE;
}

static const void *box_key(const Expr *e);
static Type *tmpbuf_type(CG *cg, int op);
static bool concat_node(const Expr *e);
static int64_t concat_const_bytes(Expr *e);
static bool map_frame_table(Expr *e);
static void add_map_slot(AreaWalk *w, Expr *e, Type *mt);
static int conv_op(Type *fu, Type *tu);

static void mark_kept(AreaWalk *w, Expr *call) {
  Arena *a = &w->F->cg->c->arena;
  void *kept = (void *)(intptr_t)(SLOT_KEPT + 1);
  if (call->kind != E_CALL) return;
  pmap_put(a, w->slots, call, kept);   /* its ... array */
  Type *sig = ul(cg_unparen(call->u.call.fn)->type);
  if (!sig || sig->kind != TY_FUNC) return;
  int nfixed = sig->u.func.variadic && !call->u.call.has_ellipsis ? sig->u.func.nparams - 1 : sig->u.func.nparams;
  for (int i = 0; i < nfixed && i < call->u.call.args.n; i++)
    if (esc_wrapper_builds(call->u.call.args.v[i], sig->u.func.params[i]))
      pmap_put(a, w->slots, cg_unparen(call->u.call.args.v[i]), kept);
}

static void visit_area(void *ud, Expr *e, Stmt *st) {
  AreaWalk *w = ud;
  Comp *c = w->F->cg->c;
  if (st && (st->kind == S_DEFER || st->kind == S_GO) && st->u.call) mark_kept(w, cg_unparen(st->u.call));
  if (!e) return;
  if (e->kind != E_PAREN && esc_stack(esc_iface_site(c, e)) && cg_nwords(cg_vtype(e)) > 1)
    add_slot(w, box_key(e), cg_vtype(e));   /* a boxed copy made for an interface */
  if (e->kind == E_CALL && e->u.call.args.n == 1 && cg_unparen(e->u.call.fn)->mode == MODE_TYPE &&
      esc_stack(esc_expr_site(c, e))) {
    int op = conv_op(ul(cg_vtype(e->u.call.args.v[0])), ul(e->type));
    bool const_bytes = op == OP_STR2BYTES && e->u.call.args.v[0]->cval;   /* exact-size path */
    if (op >= 0 && !const_bytes) add_slot(w, e, tmpbuf_type(w->F->cg, op));
  }
  switch (e->kind) {
  case E_BINARY:   /* a concatenation whose result stays in the frame */
    if (concat_node(e) && esc_stack(esc_expr_site(c, e)) && concat_const_bytes(e) < RT_TMPBUF_SIZE)
      add_slot(w, e, tmpbuf_type(w->F->cg, OP_BYTES2STR));
    break;
  case E_IDENT: {
    Object *o = e->u.ident.obj;
    if (cg_needs_box(o) && !cg_too_big_for_registers(o->type) && esc_stack(esc_var_site(c, o)))
      add_slot(w, o, o->type);
    break;
  }
  case E_UNARY: {
    Expr *x = cg_unparen(e->u.unary.x);
    if (e->u.unary.op == TK_AND && x && x->kind == E_COMPOSITE && esc_stack(esc_expr_site(c, e)))
      add_slot(w, e, cg_vtype(x));
    break;
  }
  case E_COMPOSITE: {
    Type *u = ul(cg_vtype(e));
    if (!u || !esc_stack(esc_expr_site(c, e))) break;
    if (u->kind == TY_MAP) add_map_slot(w, e, u);
    else if (u->kind == TY_POINTER) add_slot(w, e, u->u.ptr.elem);
    else if (u->kind == TY_SLICE && lit_len(e) > 0)
      add_slot(w, e, ty_new_array(c, u->u.slice.elem, lit_len(e)));
    break;
  }
  case E_FUNCLIT: {   /* the closure object (codegen_func.c) */
    Type *ct = cg_closure_type(w->F->cg, e);
    if (ct && esc_stack(esc_expr_site(c, e))) add_slot(w, e, ct);
    break;
  }
  case E_SELECTOR: {  /* a method value's closure object */
    const EscSite *es = esc_expr_site(c, e);
    Type *ct = es && es->kind == ESC_METHVAL ? cg_methval_type(w->F->cg, e) : NULL;
    if (ct && esc_stack(es)) add_slot(w, e, ct);
    break;
  }
  case E_CALL: {
    Builtin b = builtin_of(e);
    Type *u = ul(cg_vtype(e));
    if (b == BI_NEW && esc_stack(esc_expr_site(c, e))) {
      add_slot(w, e, e->u.call.args.v[0]->type);
    } else if (b == BI_MAKE && u && u->kind == TY_MAP && esc_stack(esc_expr_site(c, e))) {
      add_map_slot(w, e, u);
    } else if (b == BI_MAKE && u && u->kind == TY_SLICE && esc_stack(esc_expr_site(c, e))) {
      Expr *ce = e->u.call.args.v[e->u.call.args.n > 2 ? 2 : 1];
      if (ce->cval && ce->cval->kind == CV_INT && cst_int64_value(ce->cval) > 0 &&
          cst_int64_value(ce->cval) <= MAX_FRAME_OBJECT)
        add_slot(w, e, ty_new_array(c, u->u.slice.elem, cst_int64_value(ce->cval)));
    } else if (b == BI_NONE && esc_stack(esc_ddd_site(c, e))) {
      Type *sig = ul(cg_unparen(e->u.call.fn)->type);
      if (sig && sig->kind == TY_FUNC && sig->u.func.variadic && !e->u.call.has_ellipsis) {
        int nextra = e->u.call.args.n - (sig->u.func.nparams - 1);
        Type *et = ul(sig->u.func.params[sig->u.func.nparams - 1])->u.slice.elem;
        if (nextra > 0) add_slot(w, e, ty_new_array(c, et, nextra));
      }
    }
    break;
  }
  default:
    break;
  }
  (void)st;
}

static void area_params(AreaWalk *w, FieldList *params) {
  for (int i = 0; params && i < params->n; i++)
    for (int j = 0; j < params->v[i]->nnames; j++) visit_area(w, params->v[i]->names[j], NULL);
}

void cg_frame_area(Fn *F, Stmt *body, FieldList *recv, FieldList *params) {
  AreaWalk w = {F, arena_alloc(&F->cg->c->arena, sizeof(PtrMap))};
  memset(w.slots, 0, sizeof(PtrMap));
  F->frame_slots = w.slots;
  area_params(&w, recv);
  area_params(&w, params);
  if (body) cg_walk_body(body, visit_area, &w);
}

/* The frame slot escape analysis gave [key], or -1 (heap). */
static int frame_slot(Fn *F, const void *key) {
  if (!F->frame_slots || !key) return -1;
  void *v = pmap_get(F->frame_slots, key);
  return v ? (int)(intptr_t)v - 1 : -1;
}

/* The key of e's interface box among the frame slots: not e itself, which
** may be an allocation of its own ([]T{...} converted to an interface). */
static const void *box_key(const Expr *e) { return (const char *)cg_unparen((Expr *)e) + 1; }

int cg_frame_box(Fn *F, const Expr *e, int site, int src, Type *from) {
  int slot = frame_slot(F, box_key(e));
  if (slot < 0) return -1;
  AllocSite *as = &F->cg->sites[site];
  as->decision = "stack";
  free(as->reason);
  as->reason = dupstr("does not escape");
  int a = cg_alloc_words(F, 1, true);
  cg_emit(F, OP_FRAMEADDR, a, slot, site <= 0xFFFF ? site : 0);
  cg_mark_word(F, a);
  /* boxes of basic kinds hold register form (runtime.h "INTERFACES"): a
  ** complex64 as two doubles, which is a complex128's memory layout */
  Type *form = ul(from)->kind == TY_COMPLEX64 ? TY(TY_COMPLEX128) : from;
  mem_xfer(F, form, src, a, 0, false, e->pos);
  return a;
}

/* A fresh object of type t for alloc site [site] in register d: the
** site's frame slot zeroed (decision "stack"), or NEW (heap). */
void cg_alloc_object(Fn *F, int d, int site, const void *key, Type *t) {
  int slot = frame_slot(F, key);
  AllocSite *as = &F->cg->sites[site];
  if (slot == SLOT_KEPT) {
    free(as->reason);
    as->reason = dupstr("kept for a go/defer call");
  }
  if (slot < 0) {
    cg_emit_bx(F, OP_NEW, d, (uint32_t)site);
    cg_mark_word(F, d);
    return;
  }
  as->decision = "stack";
  free(as->reason);
  as->reason = dupstr("does not escape");
  cg_emit(F, OP_ZERO, slot, (int)((msize(t) + 7) / 8), 0);
  cg_emit(F, OP_FRAMEADDR, d, slot, site <= 0xFFFF ? site : 0);
  cg_mark_word(F, d);
}

/* Whether e's place is certainly in memory (PL_MEM), judged from the
** syntax alone so the caller can choose before emitting anything. */
static bool surely_mem(Fn *F, Expr *e) {
  e = cg_unparen(e);
  switch (e->kind) {
  case E_STAR: return true;
  case E_IDENT: {
    Object *o = e->u.ident.obj;
    return is_boxed(F, o) || (o && o->kind == OBJ_VAR && o->is_global && o->addr_taken);
  }
  case E_INDEX: {
    Type *xu = ul(cg_vtype(e->u.index.x));
    return xu->kind == TY_SLICE || xu->kind == TY_POINTER ||
           (xu->kind == TY_ARRAY && surely_mem(F, e->u.index.x));
  }
  case E_SELECTOR: {
    const Selection *sel = chk_selection(F->cg->c, e);
    if (!sel || sel->kind != SEL_FIELD) return false;
    return ul(cg_vtype(e->u.selector.x))->kind == TY_POINTER || sel->indirect ||
           surely_mem(F, e->u.selector.x);
  }
  default: return false;
  }
}

bool cg_mem_copy(Fn *F, Expr *lhs, Expr *rhs) {
  Type *t = cg_vtype(rhs), *u = ul(t);
  if (!u || (u->kind != TY_STRUCT && u->kind != TY_ARRAY)) return false;
  if (msize(t) <= 0 || msize(t) > 0xFFFF || !surely_mem(F, lhs) || !surely_mem(F, rhs)) return false;
  int mark = F->top;
  Place dst, src;
  cg_place_of(F, lhs, &dst);   /* left operands first, as Go */
  int d = cg_mem_addr(F, &dst);
  cg_place_of(F, rhs, &src);
  int a = cg_mem_addr(F, &src);
  cg_emit(F, OP_MEMMOVE, d, a, (int)msize(t));
  F->top = mark;
  return true;
}

/* }==================================================================== */

/* {====================================================================
** Variables moved to the heap
** ===================================================================== */

bool cg_needs_box(Object *o) { return o && o->kind == OBJ_VAR && o->addr_taken && !o->is_global; }

bool cg_too_big_for_registers(Type *t) { return cg_nwords(t) > CG_MAX_REG_WORDS; }

void cg_box_var(Fn *F, Object *o, int src, Pos pos) {
  int site = cg_site(F, pos.line ? pos : o->pos, "variable", o->name, o->type, msize(o->type));
  int cell = cg_alloc_words(F, 1, true);
  cg_alloc_object(F, cell, site, o, o->type);
  if (F->cg->sites[site].decision[0] == 'h') {
    const EscSite *es = esc_var_site(F->cg->c, o);
    free(F->cg->sites[site].reason);
    const char *why = "moved to heap";
    if (es && es->heap && strcmp(es->reason, "too large for stack") == 0) why = es->reason;
    else if (!(es && es->heap) && cg_too_big_for_registers(o->type)) why = "too large for registers";
    F->cg->sites[site].reason = dupstr(why);
  }
  if (src >= 0) mem_xfer(F, o->type, src, cell, 0, false, pos);
  o->cg_index = cell;
  o->cg_data = F->box_token;
}

/* }==================================================================== */

/* {====================================================================
** Addresses and composite literals
** ===================================================================== */

static Expr *composite_of(Expr *e) {
  e = cg_unparen(e);
  return e && e->kind == E_COMPOSITE ? e : NULL;
}

/* Source spelling of an alloc site for &T{...} / T{...}. */
static void lit_what(Fn *F, Expr *lit, bool amp, char *buf, size_t n) {
  const char *ts = ty_string_diag(F->cg->c, lit->type, NULL);
  snprintf(buf, n, "%s%s{...}", amp ? "&" : "", ts ? ts : "?");
}

static void composite_value(Fn *F, Expr *e, Type *t, int d);
static void map_lit(Fn *F, Expr *e, Type *mt, int d);
static void elem_to(Fn *F, Expr *v, int d, Type *et);
static StructField *field_named(Type *u, const char *name, int *idx);
static int64_t const_index(Expr *k);
static void elem_store(Fn *F, Expr *v, Type *et, int base, int64_t off);

/* Struct or array literal [lit] of type [t] stored element by element into
** the zeroed memory at R[base]: for values too big for registers. */
static void composite_to_mem(Fn *F, Expr *lit, Type *t, int base) {
  Type *u = ul(t);
  ExprList *el = &lit->u.composite.elts;
  int64_t i = 0;
  for (int k = 0; k < el->n; k++) {
    Expr *x = el->v[k];
    Type *et;
    int64_t off;
    if (u->kind == TY_STRUCT) {
      int idx = k;
      StructField *f = &u->u.strct.fields[k];
      if (x->kind == E_KEYVALUE) {
        f = field_named(u, x->u.kv.key->u.ident.name, &idx);
        x = x->u.kv.value;
      }
      if (!f) { cg_error(F->cg, x->pos, "internal compiler error: unknown field"); return; }
      et = f->type;
      off = f->offset;
    } else {
      et = u->u.array.elem;
      if (x->kind == E_KEYVALUE) { i = const_index(x->u.kv.key); x = x->u.kv.value; }
      off = i++ * msize(et);
    }
    int b = base;
    fit_offset(F, &b, &off, msize(et));
    elem_store(F, x, et, b, off);
  }
}

bool cg_define_in_memory(Fn *F, Expr *name, Expr *value) {
  Object *o = name && name->kind == E_IDENT ? name->u.ident.obj : NULL;
  Expr *lit = composite_of(value);
  if (!o || !lit || !cg_needs_box(o) || !cg_too_big_for_registers(o->type)) return false;
  Type *u = ul(cg_vtype(lit));
  if (u->kind != TY_STRUCT && u->kind != TY_ARRAY) return false;
  cg_box_var(F, o, -1, name->pos);
  composite_to_mem(F, lit, o->type, o->cg_index);
  return true;
}

void cg_addr_to(Fn *F, Expr *e, const Expr *key, int d) {
  int mark = F->top;
  Expr *lit = composite_of(e);
  if (lit) {
    char what[200];
    Type *t = cg_vtype(lit);
    if (ul(t)->kind == TY_POINTER) t = ul(t)->u.ptr.elem;   /* elided &T in []*T{{...}} */
    const char *ts = ty_string_diag(F->cg->c, t, NULL);
    snprintf(what, sizeof what, "&%s{...}", ts ? ts : "?");
    int site = cg_site(F, key ? key->pos : e->pos, "composite literal", what, t, msize(t));
    if (cg_too_big_for_registers(t)) {
      int a = cg_alloc_words(F, 1, true);
      cg_alloc_object(F, a, site, key, t);
      composite_to_mem(F, lit, t, a);
      F->top = mark;
      cg_move(F, d, a, 1);
      cg_mark_word(F, d);
      return;
    }
    int v = cg_alloc(F, t);
    composite_value(F, lit, t, v);
    int a = cg_alloc_words(F, 1, true);
    cg_alloc_object(F, a, site, key, t);
    mem_xfer(F, t, v, a, 0, false, e->pos);
    F->top = mark;
    cg_move(F, d, a, 1);
    cg_mark_word(F, d);
    return;
  }
  Place p;
  cg_place_of(F, e, &p);
  if (p.kind != PL_MEM) {
    cg_error(F->cg, e->pos, "internal compiler error: address of a value not in memory");
    return;
  }
  int a = cg_mem_addr(F, &p);
  F->top = mark;
  cg_move(F, d, a, 1);
  cg_mark_word(F, d);
}

static StructField *field_named(Type *u, const char *name, int *idx) {
  for (int i = 0; i < u->u.strct.nfields; i++)
    if (strcmp(u->u.strct.fields[i].name, name) == 0) { *idx = i; return &u->u.strct.fields[i]; }
  return NULL;
}

/* An element of a composite literal whose type was elided: {1, 2} for a
** *T element means &T{1, 2}. */
static void elem_to(Fn *F, Expr *v, int d, Type *et) {
  Expr *lit = composite_of(v);
  if (lit && ul(et)->kind == TY_POINTER) {
    cg_addr_to(F, lit, lit, d);
    return;
  }
  cg_expr_as(F, v, d, et);
}

static int64_t const_index(Expr *k) {
  return k && k->cval && k->cval->kind == CV_INT ? cst_int64_value(k->cval) : -1;
}

/* Stores the value of element [v] into memory at R[base] + off. */
static void elem_store(Fn *F, Expr *v, Type *et, int base, int64_t off) {
  int mark = F->top;
  int r = cg_alloc(F, et);
  elem_to(F, v, r, et);
  mem_xfer(F, et, r, base, off, false, v->pos);
  F->top = mark;
}

static void slice_lit(Fn *F, Expr *e, Type *u, int d) {
  ExprList *el = &e->u.composite.elts;
  Type *et = u->u.slice.elem;
  int64_t n = 0, i = 0;
  for (int k = 0; k < el->n; k++) {
    Expr *x = el->v[k];
    if (x->kind == E_KEYVALUE) i = const_index(x->u.kv.key);
    if (++i > n) n = i;
  }
  int mark = F->top;
  int a = cg_alloc_words(F, 1, true);
  if (n > 0) {
    char what[200];
    lit_what(F, e, false, what, sizeof what);
    Type *at = ty_new_array(F->cg->c, et, n);
    ty_complete(at);
    int site = cg_site(F, e->pos, "composite literal", what, at, at->size);
    cg_alloc_object(F, a, site, e, at);
    i = 0;
    for (int k = 0; k < el->n; k++) {
      Expr *x = el->v[k];
      if (x->kind == E_KEYVALUE) { i = const_index(x->u.kv.key); x = x->u.kv.value; }
      int base = a;
      int64_t off = i * msize(et);
      fit_offset(F, &base, &off, msize(et));
      elem_store(F, x, et, base, off);
      i++;
    }
  } else {
    /* []T{}: non-nil and empty, as Go's zerobase */
    Type *at = ty_new_array(F->cg->c, et, 0);
    ty_complete(at);
    int site = cg_site(F, e->pos, "composite literal", "[]T{}", at, 0);
    cg_emit_bx(F, OP_NEW, a, (uint32_t)site);
  }
  F->top = mark;
  cg_move(F, d, a, 1);
  load_int(F, d + 1, n);
  load_int(F, d + 2, n);
}

/* A struct or array literal, built in registers at the top, then moved to
** d (its elements may read d: x = T{x.b, x.a}). */
void cg_composite_to(Fn *F, Expr *e, int d) {
  Type *t = cg_vtype(e);
  if (ul(t)->kind == TY_POINTER) cg_addr_to(F, e, e, d);
  else composite_value(F, e, t, d);
}

static void composite_value(Fn *F, Expr *e, Type *t, int d) {
  Type *u = ul(t);
  ExprList *el = &e->u.composite.elts;
  if (u->kind == TY_SLICE) { slice_lit(F, e, u, d); return; }
  if (u->kind == TY_MAP) { map_lit(F, e, t, d); return; }
  if (u->kind != TY_STRUCT && u->kind != TY_ARRAY) { unsupported(F, e->pos, "this composite literal is"); return; }
  int mark = F->top;
  int nw = cg_nwords(t);
  int r = cg_alloc(F, t);
  if (nw > 0) cg_emit(F, OP_ZERO, r, nw, 0);
  int64_t i = 0;
  for (int k = 0; k < el->n; k++) {
    Expr *x = el->v[k];
    if (u->kind == TY_STRUCT) {
      StructField *f;
      int idx = k;
      if (x->kind == E_KEYVALUE) {
        f = field_named(u, x->u.kv.key->u.ident.name, &idx);
        x = x->u.kv.value;
      } else {
        f = &u->u.strct.fields[k];
      }
      if (!f) { cg_error(F->cg, x->pos, "internal compiler error: unknown field"); return; }
      F->top = r + nw;
      elem_to(F, x, r + f->word, f->type);
    } else {
      Type *et = u->u.array.elem;
      if (x->kind == E_KEYVALUE) { i = const_index(x->u.kv.key); x = x->u.kv.value; }
      F->top = r + nw;
      elem_to(F, x, r + (int)i * cg_nwords(et), et);
      i++;
    }
  }
  F->top = mark;
  cg_move(F, d, r, nw);
}

/* }==================================================================== */

/* {====================================================================
** Builtins and conversions that allocate
** ===================================================================== */

/* gc positions a call's allocation at its opening parenthesis. */
static Pos call_pos(Expr *e) { return e->u.call.lparen.line ? e->u.call.lparen : e->pos; }

void cg_new_to(Fn *F, Expr *e, int d) {
  Type *t = e->u.call.args.v[0]->type;
  char what[200];
  const char *ts = ty_string_diag(F->cg->c, t, NULL);
  snprintf(what, sizeof what, "new(%s)", ts ? ts : "?");
  int site = cg_site(F, call_pos(e), "new", what, t, msize(t));
  int mark = F->top;
  int a = cg_alloc_words(F, 1, true);
  cg_alloc_object(F, a, site, e, t);
  F->top = mark;
  cg_move(F, d, a, 1);
  cg_mark_word(F, d);
}

void cg_make_to(Fn *F, Expr *e, int d) {
  ExprList *a = &e->u.call.args;
  Type *t = cg_vtype(e), *u = ul(t);
  if (u->kind == TY_MAP) { cg_map_make(F, e, d); return; }
  if (u->kind == TY_CHAN) { cg_make_chan(F, e, d); return; }
  if (u->kind != TY_SLICE) { unsupported(F, e->pos, "make of this type is"); return; }
  int mark = F->top;
  int n = cg_expr_any(F, a->v[1]);
  int c = a->n > 2 ? cg_expr_any(F, a->v[2]) : n;
  Type *et = u->u.slice.elem;
  int site = cg_site(F, call_pos(e), "make", "make([]T, ...)", et, msize(et));
  {
    char what[200];
    const char *ts = ty_string_diag(F->cg->c, t, NULL);
    snprintf(what, sizeof what, "make(%s, ...)", ts ? ts : "?");
    free(F->cg->sites[site].what);
    F->cg->sites[site].what = dupstr(what);
  }
  Expr *ce = a->n > 2 ? a->v[2] : a->v[1];
  int64_t cap = ce->cval && ce->cval->kind == CV_INT ? cst_int64_value(ce->cval) : -1;
  int64_t len = a->v[1]->cval && a->v[1]->cval->kind == CV_INT ? cst_int64_value(a->v[1]->cval) : -1;
  if (frame_slot(F, e) >= 0 && len >= 0 && len <= cap) {
    /* constant sizes (checked by the compiler): the frame slot */
    Type *at = ty_new_array(F->cg->c, et, cap);
    ty_complete(at);
    F->top = mark > d + 3 ? mark : d + 3;
    int p = cg_alloc_words(F, 1, true);
    cg_alloc_object(F, p, site, e, at);
    F->top = mark;
    cg_move(F, d, p, 1);
    load_int(F, d + 1, len);
    load_int(F, d + 2, cap);
    cg_mark(F, d, t);
    return;
  }
  F->top = mark;
  cg_emit(F, OP_MAKESLICE, d, n, c);
  cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)site);
  cg_mark(F, d, t);
}

void cg_append_to(Fn *F, Expr *e, int d) {
  ExprList *a = &e->u.call.args;
  Type *t = cg_vtype(e), *u = ul(t);
  Type *et = u->u.slice.elem;
  int mark = F->top;
  int s = cg_alloc(F, t);
  cg_expr_to(F, a->v[0], s);
  int site = cg_site(F, call_pos(e), "append", "append growth", et, msize(et));
  if (e->u.call.has_ellipsis) {
    int src = cg_expr_any(F, a->v[1]);
    cg_emit(F, OP_APPENDSL, s, src, 0);
    cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)site);
  } else if (a->n > 1) {
    int nv = a->n - 1;
    int ew = cg_nwords(et);
    int vals = cg_alloc_words(F, nv * ew, false);
    for (int k = 0; k < nv; k++) {
      F->top = vals + nv * ew;
      elem_to(F, a->v[k + 1], vals + k * ew, et);
      cg_mark(F, vals + k * ew, et);
    }
    F->top = vals + nv * ew;
    int old = cg_alloc_words(F, 1, false);
    int cnt = cg_alloc_words(F, 1, false);
    cg_move(F, old, s + 1, 1);
    load_int(F, cnt, nv);
    cg_emit(F, OP_GROWSLICE, s, cnt, 0);
    cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)site);
    Place p;
    elem_addr(F, &p, s, old, s + 1, et);
    for (int k = 0; k < nv; k++) {
      int base = p.reg;
      int64_t off = (int64_t)k * msize(et);
      fit_offset(F, &base, &off, msize(et));
      mem_xfer(F, et, vals + k * ew, base, off, false, e->pos);
    }
  }
  F->top = mark;
  cg_move(F, d, s, 3);
  cg_mark(F, d, t);
}

void cg_heap_array(Fn *F, Type *et, int vals, int n, int d, Pos pos, const Expr *key) {
  int mark = F->top;
  if (F->top < vals + n * cg_nwords(et)) F->top = vals + n * cg_nwords(et);
  Type *at = ty_new_array(F->cg->c, et, n);
  ty_complete(at);
  int site = cg_site(F, pos, "variadic arguments", "... argument", at, at->size);
  int a = cg_alloc_words(F, 1, true);
  cg_alloc_object(F, a, site, key, at);
  for (int k = 0; k < n; k++) {
    int base = a;
    int64_t off = (int64_t)k * msize(et);
    fit_offset(F, &base, &off, msize(et));
    mem_xfer(F, et, vals + k * cg_nwords(et), base, off, false, pos);
  }
  F->top = mark;
  cg_move(F, d, a, 1);
  load_int(F, d + 1, n);
  load_int(F, d + 2, n);
  cg_mark_word(F, d);
}

void cg_elem_load(Fn *F, int d, int base, int i, int len, Type *et) {
  int mark = F->top;
  if (F->top < d + cg_nwords(et)) F->top = d + cg_nwords(et);
  Place p;
  elem_addr(F, &p, base, i, len, et);
  cg_load_place(F, &p, d);
  F->top = mark;
}

void cg_copy_to(Fn *F, Expr *e, int d) {
  ExprList *a = &e->u.call.args;
  Type *et = ul(cg_vtype(a->v[0]))->u.slice.elem;
  int mark = F->top;
  int x = cg_expr_any(F, a->v[0]);
  int y = cg_expr_any(F, a->v[1]);
  F->top = mark;
  cg_reserve(F, d + 1);
  cg_emit(F, OP_COPYSL, d, x, y);
  cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)cg_rtype(F->cg, et));
}

/* string <-> []byte / []rune; false when the conversion is not one. */
/* The frame buffer of a string conversion escape analysis kept in the
** frame: Go's tmpBuf (32 bytes, or 32 runes for []rune(s)). */
static Type *tmpbuf_type(CG *cg, int op) {
  Type *t = ty_new_array(cg->c, op == OP_STR2RUNES ? TY(TY_INT32) : TY(TY_UINT8), RT_TMPBUF_SIZE);
  ty_complete(t);
  return t;
}

static int conv_op(Type *fu, Type *tu) {
  if (ty_is_string(tu) && fu->kind == TY_SLICE)
    return ul(fu->u.slice.elem)->kind == TY_UINT8 ? OP_BYTES2STR : OP_RUNES2STR;
  if (ty_is_string(fu) && tu->kind == TY_SLICE)
    return ul(tu->u.slice.elem)->kind == TY_UINT8 ? OP_STR2BYTES : OP_STR2RUNES;
  return -1;
}

bool cg_convert_mem(Fn *F, Expr *conv, Expr *x, Type *to, int d) {
  Type *fu = ul(cg_vtype(x)), *tu = ul(to);
  int op = conv_op(fu, tu);
  /* the type the site allocates: string bytes, or the slice's elements */
  Type *at = op == OP_BYTES2STR || op == OP_RUNES2STR ? TY(TY_STRING) : op >= 0 ? tu->u.slice.elem : NULL;
  if (fu->kind == TY_SLICE && tu->kind == TY_POINTER && ul(tu->u.ptr.elem)->kind == TY_ARRAY) {
    int64_t n = ul(tu->u.ptr.elem)->u.array.len;
    if (n > 0xFFFF) { unsupported(F, x->pos, "this conversion is"); return true; }
    int mark = F->top;
    int a = cg_expr_any(F, x);
    F->top = mark;
    cg_emit(F, OP_SL2AP, d, a, (int)n);
    cg_mark_word(F, d);
    return true;
  }
  if (op < 0) return false;
  int mark = F->top;
  if (op == OP_STR2BYTES && x->cval && x->cval->kind == CV_STRING && x->cval->slen > 0) {
    /* gc allocates exactly len bytes for a constant string (cap == len) */
    int64_t n = x->cval->slen;
    Type *at = ty_new_array(F->cg->c, TY(TY_UINT8), n);
    ty_complete(at);
    int site = cg_site(F, x->pos, "conversion", "[]byte(\"...\")", at, n);
    int a = cg_alloc_words(F, 3, false);
    cg_mark_word(F, a);
    int str = cg_expr_any(F, x);
    int cnt = cg_alloc_words(F, 1, false);
    cg_emit_bx(F, OP_NEW, a, (uint32_t)site);
    load_int(F, a + 1, n);
    load_int(F, a + 2, n);
    cg_emit(F, OP_COPYSL, cnt, a, str);
    cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)cg_rtype(F->cg, TY(TY_UINT8)));
    F->top = mark;
    cg_move(F, d, a, 3);
    cg_mark(F, d, to);
    return true;
  }
  int a = cg_expr_any(F, x);
  int slot = conv ? frame_slot(F, conv) : -1;
  int site = cg_site(F, x->pos, "conversion", op == OP_BYTES2STR || op == OP_RUNES2STR ? "string(...)" : "[]T(string)", at, msize(at));
  if (site > 0xFFFF) { unsupported(F, x->pos, "this many allocation sites are"); return true; }
  if (slot >= 0) {
    /* in the frame buffer when the result fits (Go's tmpBuf), else heap */
    AllocSite *as = &F->cg->sites[site];
    as->decision = "stack";
    as->size = msize(tmpbuf_type(F->cg, op));
    free(as->reason);
    as->reason = dupstr("does not escape; heap when over 32 elements");
    int buf = cg_alloc_words(F, 1, true);
    cg_emit(F, OP_FRAMEADDR, buf, slot, site);
    cg_mark_word(F, buf);
    cg_emit(F, OP_CONVB, d, a, op - OP_STR2BYTES);
    cg_emit(F, OP_EXTRA, buf, site & 0xFFFF, site >> 16);
  } else {
    cg_emit(F, op, d, a, site);
  }
  F->top = mark;
  cg_mark(F, d, to);
  return true;
}

/* }==================================================================== */

/* {====================================================================
** String concatenation
**
** gc's type checker turns a chain x + y + (z + w) into one node over all
** its operands (OADDSTR), which the runtime concatenates with one
** allocation (concatstrings); parentheses do not matter, a constant
** operand ("a" + "b") is one operand. When escape analysis decided that
** the chain's result does not escape and its constant operands total
** under 32 bytes (walk's rule), the site gets Go's 32-byte tmpBuf in the
** frame and a result that fits goes there. An op-assignment s += t is
** rewritten after escape analysis, so it never has a buffer.
** ===================================================================== */

/* A + between strings that is not constant: a link of a chain. */
static bool concat_node(const Expr *e) {
  return e && e->kind == E_BINARY && e->u.binary.op == TK_ADD && !e->cval && ty_is_string(ul(e->type));
}

/* Calls fn on each operand of the chain rooted at e, left to right. */
static void concat_each(Expr *e, void (*fn)(Expr *, void *), void *ud) {
  Expr *u = cg_unparen(e);
  if (concat_node(u)) {
    concat_each(u->u.binary.x, fn, ud);
    concat_each(u->u.binary.y, fn, ud);
  } else {
    fn(e, ud);
  }
}

static void add_const_bytes(Expr *e, void *ud) {
  if (e->cval && e->cval->kind == CV_STRING) *(int64_t *)ud += e->cval->slen;
}

static int64_t concat_const_bytes(Expr *e) {
  int64_t n = 0;
  concat_each(e, add_const_bytes, &n);
  return n;
}

typedef struct Operands { Fn *F; int base, n; } Operands;

static void load_operand(Expr *e, void *ud) {
  Operands *o = ud;
  int r = cg_alloc_words(o->F, 2, false);
  cg_mark(o->F, r, TY(TY_STRING));
  if (o->n == 0) o->base = r;
  o->n++;
  cg_expr_to(o->F, e, r);
}

void cg_concat_to(Fn *F, Expr *whole, Expr *x, Expr *y, int d) {
  int mark = F->top;
  int site = cg_site(F, x->pos, "concatenation", "string concatenation", TY(TY_UINT8), 1);
  if (site > 0xFFFF) { unsupported(F, x->pos, "this many allocation sites are"); return; }
  int slot = whole ? frame_slot(F, whole) : -1;
  int buf = 0xFFFF;
  if (slot >= 0) {
    AllocSite *as = &F->cg->sites[site];
    as->decision = "stack";
    as->size = RT_TMPBUF_SIZE;
    free(as->reason);
    as->reason = dupstr("does not escape; heap when over 32 bytes");
    buf = cg_alloc_words(F, 1, true);
    cg_emit(F, OP_FRAMEADDR, buf, slot, site);
  }
  Operands o = {F, 0, 0};
  concat_each(x, load_operand, &o);
  concat_each(y, load_operand, &o);
  if (o.n > 0xFFFF) { unsupported(F, x->pos, "a concatenation of this many strings is"); return; }
  F->top = mark;
  cg_emit(F, OP_CONCATS, d, o.base, o.n);
  cg_emit(F, OP_EXTRA, buf, site & 0xFFFF, site >> 16);
}

/* }==================================================================== */

/* {====================================================================
** Comparison of arrays and structs (in registers): leaf by leaf
** ===================================================================== */

/* Leaves are compared in order, as Go 1.19's inline comparison and
** generated eq functions do, and an interface leaf only while everything
** before it was equal: so an uncomparable dynamic type panics exactly when
** Go's comparison reaches it. The result accumulates in q->d. */
typedef struct EqCtx { int a, b, d, t; Label done; } EqCtx;

static void eq_leaf(Fn *F, Type *t, int word, EqCtx *q);

static void eq_walk(Fn *F, Type *t, int word, EqCtx *q) {
  Type *u = ul(t);
  switch (u->kind) {
  case TY_ARRAY: {
    int ew = cg_nwords(u->u.array.elem);
    for (int64_t i = 0; i < u->u.array.len; i++) eq_walk(F, u->u.array.elem, word + (int)i * ew, q);
    break;
  }
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.nfields; i++) {
      StructField *f = &u->u.strct.fields[i];
      if (strcmp(f->name, "_") != 0) eq_walk(F, f->type, word + f->word, q);
    }
    break;
  default:
    eq_leaf(F, t, word, q);
  }
}

static void eq_leaf(Fn *F, Type *t, int word, EqCtx *q) {
  Type *u = ul(t);
  if (u->kind == TY_INTERFACE) {
    cg_branch(F, OP_JEQI, q->d, 0, q->done);
    cg_emit(F, OP_IFEQ, q->d, q->a + word, q->b + word);
    return;
  }
  int op;
  if (ty_is_string(u)) op = OP_EQS;
  else if (ty_is_float(u)) op = OP_EQF;
  else if (ty_is_complex(u)) op = OP_EQC;
  else op = OP_EQ;
  cg_emit(F, op, q->t, q->a + word, q->b + word);
  cg_emit(F, OP_AND, q->d, q->d, q->t);
}

bool cg_agg_compare(Fn *F, bool eq, Type *t, Expr *x, Expr *y, int d) {
  Type *u = ul(t);
  if (u->kind != TY_ARRAY && u->kind != TY_STRUCT) return false;
  int mark = F->top;
  int a = cg_expr_any(F, x);
  int b = cg_expr_any(F, y);
  int r = cg_alloc_words(F, 1, false);
  int tmp = cg_alloc_words(F, 1, false);
  EqCtx q = {a, b, r, tmp, cg_label(F)};
  cg_emit_bx(F, OP_LOADI, r, 1);
  eq_walk(F, t, 0, &q);
  cg_place(F, q.done);
  F->top = mark;
  if (eq) cg_move(F, d, r, 1);
  else cg_emit(F, OP_NOT, d, r, 0);
  return true;
}

/* }==================================================================== */

/* {====================================================================
** Maps (issue 3)
**
** A map is one word (rt_Map *). Keys go to the map ops in registers (the
** interpreter converts them); the ops hand back value SLOTS in memory form,
** read or written at once as a PL_MEM place, before anything can insert
** into the map and move the table. m[k] op= v therefore looks the key up
** twice (read, compute, then assign), so a rhs that inserts is harmless.
** ===================================================================== */

static Type *map_key_t(Type *mt) { return ul(mt)->u.map.key; }
static Type *map_val_t(Type *mt) { return ul(mt)->u.map.value; }

/* The key expression k converted to the map's key type, at the top. */
static int map_key_at(Fn *F, Expr *k, Type *kt) {
  int r = cg_alloc(F, kt);
  cg_expr_as(F, k, r, kt);
  return r;
}

static void emit_extra_bx(Fn *F, uint32_t bx) { cg_emit_bx(F, OP_EXTRA, 0, bx); }

/* d = m[k] (zero when absent) with m, k in registers; ok >= 0 receives
** whether k is present. */
static void map_access(Fn *F, Type *mt, int m, int k, int d, int ok) {
  Type *vt = map_val_t(mt);
  int nw = cg_nwords(vt);
  int s = cg_alloc_words(F, 2, true);
  cg_emit(F, OP_MAPACCESS, s, m, k);
  emit_extra_bx(F, (uint32_t)cg_rtype(F->cg, mt));
  Label absent = cg_label(F), done = cg_label(F);
  cg_jump_if(F, OP_JF, s + 1, absent);
  Place p = {PL_MEM, s, 0, vt, 0, 0, false, 0};
  cg_load_place(F, &p, d);
  cg_jump(F, done);
  cg_place(F, absent);
  if (nw > 0) cg_emit(F, OP_ZERO, d, nw, 0);
  cg_place(F, done);
  if (ok >= 0) cg_move(F, ok, s + 1, 1);
}

static int map_site(Fn *F, Pos pos, const char *kind, Type *mt) {
  char what[200];
  const char *ts = ty_string_diag(F->cg->c, mt, NULL);
  snprintf(what, sizeof what, "%s(%s)", kind, ts ? ts : "?");
  return cg_site(F, pos, kind, what, mt, msize(mt));
}

/* m[k] = value at src, with m, k in registers. */
static void map_assign(Fn *F, Type *mt, int m, int k, int src, Pos pos) {
  int site = map_site(F, pos, "map assignment", mt);
  int s = cg_alloc_words(F, 1, true);
  cg_emit(F, OP_MAPASSIGN, s, m, k);
  emit_extra_bx(F, (uint32_t)site);
  Place p = {PL_MEM, s, 0, map_val_t(mt), 0, 0, false, 0};
  cg_store_place(F, &p, src);
}

bool cg_is_map_index(Expr *e) {
  e = cg_unparen(e);
  return e->kind == E_INDEX && ul(cg_vtype(e->u.index.x))->kind == TY_MAP;
}

void cg_map_load(Fn *F, Expr *e, int d, int ok) {
  e = cg_unparen(e);
  Type *mt = cg_vtype(e->u.index.x);
  int mark = F->top;
  int hi = d + cg_nwords(map_val_t(mt));
  if (ok >= hi) hi = ok + 1;
  if (F->top < hi) F->top = hi;
  int m = cg_expr_any(F, e->u.index.x);
  int k = map_key_at(F, e->u.index.index, map_key_t(mt));
  map_access(F, mt, m, k, d, ok);
  F->top = mark;
}

void cg_map_store(Fn *F, Expr *lhs, int src) {
  lhs = cg_unparen(lhs);
  Type *mt = cg_vtype(lhs->u.index.x);
  int mark = F->top;
  if (F->top < src + cg_nwords(map_val_t(mt))) F->top = src + cg_nwords(map_val_t(mt));
  int m = cg_expr_any(F, lhs->u.index.x);
  int k = map_key_at(F, lhs->u.index.index, map_key_t(mt));
  map_assign(F, mt, m, k, src, lhs->pos);
  F->top = mark;
}

/* A copy at the top of register [r] when it is below [base] (a variable's
** own register, which an earlier store of the same assignment may change). */
static int settled(Fn *F, int r, int base, bool ptr) {
  if (r < base) {
    int c = cg_alloc_words(F, 1, ptr);
    cg_move(F, c, r, 1);
    return c;
  }
  return r;
}

void cg_target_prepare(Fn *F, Expr *lhs, Target *t) {
  *t = (Target){TG_VAR, lhs, {0}, 0, 0};
  int where;
  if (cg_is_blank(lhs) || cg_var_ref(F, lhs, &where) != REF_NONE) return;
  Expr *e = cg_unparen(lhs);
  if (cg_is_map_index(e)) {   /* m and k, each in a register of its own */
    Type *mt = cg_vtype(e->u.index.x);
    t->kind = TG_MAP;
    t->m = cg_alloc_words(F, 1, true);
    cg_expr_to(F, e->u.index.x, t->m);
    t->k = map_key_at(F, e->u.index.index, map_key_t(mt));
    return;
  }
  int base = F->top;
  if (!cg_place_of(F, e, &t->p) || t->p.tmp) return;   /* cg_store reports it */
  t->kind = TG_PLACE;
  if (t->p.kind == PL_MEM) t->p.reg = settled(F, t->p.reg, base, true);
  if (t->p.kind == PL_RIDX) t->p.idx = settled(F, t->p.idx, base, false);
}

void cg_target_store(Fn *F, Target *t, int src) {
  Expr *e = cg_unparen(t->e);
  switch (t->kind) {
  case TG_MAP: map_assign(F, cg_vtype(e->u.index.x), t->m, t->k, src, e->pos); break;
  case TG_PLACE: cg_store_place(F, &t->p, src); break;
  default: break;
  }
}

void cg_map_op_assign(Fn *F, TokenKind op, Expr *lhs, Expr *rhs) {
  lhs = cg_unparen(lhs);
  Type *mt = cg_vtype(lhs->u.index.x), *vt = map_val_t(mt);
  int mark = F->top;
  int m = cg_alloc_words(F, 1, true);
  cg_expr_to(F, lhs->u.index.x, m);
  int k = map_key_at(F, lhs->u.index.index, map_key_t(mt));
  int r = cg_alloc(F, vt);
  map_access(F, mt, m, k, r, -1);
  int nh = F->nhoist;
  cg_push_hoist(F, lhs, r);
  cg_binop_to(F, op, vt, lhs, rhs, r);
  F->nhoist = nh;
  map_assign(F, mt, m, k, r, lhs->pos);
  F->top = mark;
}

void cg_map_delete(Fn *F, Expr *call) {
  ExprList *a = &call->u.call.args;
  Type *mt = cg_vtype(a->v[0]);
  int mark = F->top;
  int m = cg_expr_any(F, a->v[0]);
  int k = map_key_at(F, a->v[1], map_key_t(mt));
  cg_emit(F, OP_MAPDELETE, m, k, 0);
  emit_extra_bx(F, (uint32_t)cg_rtype(F->cg, mt));
  F->top = mark;
}

/* {====================================================================
** Maps in the frame (runtime/map.c "Frame maps")
**
** A map literal or make(map...) that escape analysis keeps in its
** function gets a frame slot: the map header and, unless the size hint is
** a constant over 8 (walk's rule for the stack bucket), room for a first
** table of RT_MAP_FRAME_CAP slots (used at run time when the hint is at
** most 8). The slot is laid out as rt_map_frame lays it out: header words
** (the first three point to the table's ctrl, keys and values), then ctrl
** bytes, keys and values; its pointer words are marked by that layout.
** ===================================================================== */

/* The constant size hint of a map literal or make(map...), or -1. */
static int64_t map_const_hint(Expr *e) {
  if (e->kind == E_COMPOSITE) return e->u.composite.elts.n;
  if (e->u.call.args.n < 2) return 0;
  Expr *h = e->u.call.args.v[1];
  return h->cval && h->cval->kind == CV_INT ? cst_int64_value(h->cval) : -1;
}

/* Whether the frame slot of e has room for the first table. */
static bool map_frame_table(Expr *e) { return map_const_hint(e) <= RT_MAP_FRAME_HINT; }

/* Bytes of the slot, as rt_map_frame_bytes computes them at run time. */
static int64_t map_frame_size(Type *mt, bool table) {
  int64_t ks = msize(map_key_t(mt)), vs = msize(map_val_t(mt));
  return RT_MAP_HEADER_WORDS * 8 + (table ? RT_MAP_FRAME_CAP * (1 + ks + vs) : 0);
}

static void add_map_slot(AreaWalk *w, Expr *e, Type *mt) {
  Fn *F = w->F;
  Comp *c = F->cg->c;
  if (pmap_get(w->slots, e)) return;
  bool table = map_frame_table(e);
  Type *kt = map_key_t(mt), *vt = map_val_t(mt);
  int64_t ks = msize(kt), size = map_frame_size(mt, table);
  if (size > MAX_FRAME_OBJECT) return;   /* heap, as an over-large variable */
  int slot = cg_alloc_words(F, (int)((size + 7) / 8), false);
  cg_mark_mem(F, slot, ty_new_array(c, TY(TY_UNSAFEPOINTER), 3));   /* ctrl, keys, vals */
  if (table) {
    int keys = slot + RT_MAP_HEADER_WORDS + RT_MAP_FRAME_CAP / 8;
    cg_mark_mem(F, keys, ty_new_array(c, kt, RT_MAP_FRAME_CAP));
    cg_mark_mem(F, keys + (int)(RT_MAP_FRAME_CAP * ks / 8), ty_new_array(c, vt, RT_MAP_FRAME_CAP));
  }
  pmap_put(&c->arena, w->slots, e, (void *)(intptr_t)(slot + 1));
}

/* A new map for [key] (make or literal) in d, with room for [hint] (a
** register, or -1): in key's frame slot when escape analysis kept it in
** the function, else on the heap. */
static void map_new(Fn *F, Type *mt, int hint, int d, Pos pos, const char *kind, Expr *key) {
  int site = map_site(F, pos, kind, mt);
  const EscSite *es = esc_expr_site(F->cg->c, key);
  AllocSite *as = &F->cg->sites[site];
  int slot = frame_slot(F, key), buf = 0xFFFF;
  bool table = map_frame_table(key);
  if (slot >= 0 && site <= 0xFFFF) {
    as->decision = "stack";
    as->size = map_frame_size(mt, table);
    free(as->reason);
    as->reason = dupstr(table ? "does not escape; table on the heap when the hint is over 8 or it grows"
                              : "does not escape; table on the heap (hint over 8)");
    buf = cg_alloc_words(F, 1, true);
    cg_emit(F, OP_FRAMEADDR, buf, slot, site);
  } else if (es && !F->cg->failed) {
    char *r = dupstr(es->reason && es->reason[0] ? es->reason : "escapes to heap");
    if (r) { free(as->reason); as->reason = r; }
  }
  cg_emit(F, OP_MAKEMAP, d, hint < 0 ? 0xFFFF : hint, table);
  cg_emit(F, OP_EXTRA, buf, site & 0xFFFF, site >> 16);
  cg_mark_word(F, d);
}

/* }==================================================================== */

void cg_map_make(Fn *F, Expr *e, int d) {
  ExprList *a = &e->u.call.args;
  int mark = F->top;
  int hint = a->n > 1 ? cg_expr_any(F, a->v[1]) : -1;
  map_new(F, cg_vtype(e), hint, d, call_pos(e), "make", e);
  F->top = mark;
}

/* map[K]V{k: v, ...}: made with room for every entry, then assigned in
** order (a later duplicate of a non-constant key wins, as in Go). */
static void map_lit(Fn *F, Expr *e, Type *mt, int d) {
  ExprList *el = &e->u.composite.elts;
  Type *kt = map_key_t(mt), *vt = map_val_t(mt);
  int mark = F->top;
  if (F->top < d + 1) F->top = d + 1;
  int m = cg_alloc_words(F, 1, true);
  int hint = -1;
  if (el->n > 0) {
    hint = cg_alloc_words(F, 1, false);
    load_int(F, hint, el->n);
  }
  map_new(F, mt, hint, m, e->pos, "composite literal", e);
  for (int i = 0; i < el->n; i++) {
    Expr *kv = el->v[i];
    if (kv->kind != E_KEYVALUE) continue;
    int top = F->top;
    int k = cg_alloc(F, kt);
    elem_to(F, kv->u.kv.key, k, kt);
    int v = cg_alloc(F, vt);
    elem_to(F, kv->u.kv.value, v, vt);
    map_assign(F, mt, m, k, v, kv->pos);
    F->top = top;
  }
  cg_move(F, d, m, 1);
  cg_mark_word(F, d);
  F->top = mark;
}

/* }==================================================================== */
