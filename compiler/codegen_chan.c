/*
** codegen_chan.c — channels in the code generator: make(chan T, n), send
** statements, receive expressions (with comma-ok), close, len/cap, range
** over a channel and select (opcodes in vm/opcodes.h, semantics in
** runtime/chan.c).
**
** Values cross in registers: a send names the registers holding the value
** (converted to the element type first), a receive names the registers
** that get it. A receive that must wait leaves its destination registers
** to be written by the goroutine that completes it, so those registers
** are claimed (and, for pointer-holding elements, marked in the pointer
** map) before the instruction and stay untouched until it has run.
**
** select compiles to one SELECT instruction followed by an EXTRA word per
** case (channel register, value registers, send or receive), then a
** compare-and-branch per case on the chosen index:
**
**       <channels and send values, in source order>
**       SELECT   r, ncases, has_default ; EXTRA...  r = chosen, r+1 = ok
**       JEQI     r 0 L0 ; JEQI r 1 L1 ...
**       <default body, or nothing>  JMP end
**   L0: <bind/assign the received value>  body0  JMP end
**   ...
**   end:
**
** Go evaluates every channel operand and send value once, in source order,
** before choosing, which is what evaluating them all before SELECT does.
*/
#include <string.h>

#include "codegen.h"

#define NO_REG 0xFFFF  /* an absent register operand */

static Type *ul(Type *t) { return t ? ty_underlying(t) : NULL; }

static void unsupported(Fn *F, Pos pos, const char *what) {
  char msg[160];
  snprintf(msg, sizeof msg, "%s not supported yet", what);
  cg_error(F->cg, pos, msg);
}

static Type *elem_of(Expr *ch) { return ul(cg_vtype(ch))->u.chan.elem; }

void cg_make_chan(Fn *F, Expr *e, int d) {
  ExprList *a = &e->u.call.args;
  int mark = F->top;
  int n = a->n > 1 ? cg_expr_any(F, a->v[1]) : NO_REG;
  F->top = mark;
  cg_emit(F, OP_MAKECHAN, d, n, 0);
  cg_emit_bx(F, OP_EXTRA, 0, (uint32_t)cg_rtype(F->cg, cg_vtype(e)));
  cg_mark_word(F, d);
}

/* The channel operand into a register, and the value converted to the
** element type into registers above it. */
static int send_value(Fn *F, Expr *ch, Expr *val, int *c) {
  Type *et = elem_of(ch);
  *c = cg_expr_any(F, ch);
  int v = cg_alloc(F, et);
  cg_expr_as(F, val, v, et);
  cg_mark(F, v, et);
  return v;
}

void cg_send(Fn *F, Stmt *s) {
  int mark = F->top;
  int c;
  Expr *level[2] = {s->u.send.chan, s->u.send.value};
  cg_precall(F, level, 2);
  int v = send_value(F, s->u.send.chan, s->u.send.value, &c);
  cg_emit(F, OP_CHANSEND, c, v, 0);
  F->top = mark;
}

void cg_chan_recv_to(Fn *F, Expr *e, int d, int ok) {
  int mark = F->top;
  Expr *ch = cg_unparen(e)->u.unary.x;
  if (F->top < d + cg_nwords(elem_of(ch))) F->top = d + cg_nwords(elem_of(ch));
  if (ok >= 0 && F->top <= ok) F->top = ok + 1;
  int c = cg_expr_any(F, ch);
  cg_emit(F, OP_CHANRECV, d, c, ok >= 0 ? ok : NO_REG);
  cg_mark(F, d, elem_of(ch));
  F->top = mark;
}

bool cg_is_recv(Expr *e) {
  e = cg_unparen(e);
  return e && e->kind == E_UNARY && e->u.unary.op == TK_ARROW;
}

void cg_close(Fn *F, Expr *call) {
  int mark = F->top;
  int c = cg_expr_any(F, call->u.call.args.v[0]);
  cg_emit(F, OP_CHANCLOSE, c, 0, 0);
  F->top = mark;
}

/* for v := range ch: receive with ok until the channel is closed and
** drained. */
void cg_chan_range(Fn *F, Stmt *s, const char *label, Branch *b) {
  Expr *x = s->u.range.x, *var = s->u.range.key;
  Type *et = elem_of(x);
  cg_precall(F, &x, 1);
  int C = cg_alloc_words(F, 1, true);
  cg_expr_to(F, x, C);
  int v = cg_alloc(F, et);
  cg_mark(F, v, et);
  int ok = cg_alloc_words(F, 1, false);
  bool define = s->u.range.tok == TK_DEFINE && var && !cg_is_blank(var);
  if (define && !cg_needs_box(var->u.ident.obj)) cg_bind_local(F, var, v);
  else if (define) cg_box_var(F, var->u.ident.obj, -1, var->pos);
  cg_push_branch(F, b, s, label, true);
  int nhoist = F->nhoist;
  cg_hoist_loop(F, s);
  cg_place(F, b->cont);
  cg_emit(F, OP_CHANRECV, v, C, ok);
  cg_jump_if(F, OP_JF, ok, b->brk);
  if (var && !cg_is_blank(var) && !(define && !cg_needs_box(var->u.ident.obj)))
    cg_store(F, var, v, et);
  cg_stmt(F, s->u.range.body);
  cg_loop(F, b->cont);
  cg_place(F, b->brk);
  F->branches = b->up;
  F->nhoist = nhoist;
}

/* {====================================================================
** select
** ===================================================================== */

typedef struct SelCase {
  Stmt *clause;       /* the S_COMM */
  Expr *ch;           /* NULL for default */
  bool send;
  int c, v;           /* channel and value registers */
  Expr *lhs[2];       /* receive: value and ok targets (may be NULL) */
  bool define;        /* receive with := */
  Label body;
} SelCase;

/* Reads a communication clause: which channel, which direction, where the
** received value and ok go. */
static void sel_case(Stmt *cl, SelCase *sc) {
  Stmt *comm = cl->u.comm.comm;
  sc->clause = cl;
  if (!comm) return;
  if (comm->kind == S_SEND) {
    sc->send = true;
    sc->ch = comm->u.send.chan;
    return;
  }
  Expr *rx = comm->kind == S_EXPR ? comm->u.expr : comm->u.assign.rhs.v[0];
  sc->ch = cg_unparen(rx)->u.unary.x;
  if (comm->kind == S_ASSIGN) {
    ExprList *l = &comm->u.assign.lhs;
    sc->lhs[0] = l->v[0];
    sc->lhs[1] = l->n > 1 ? l->v[1] : NULL;
    sc->define = comm->u.assign.tok == TK_DEFINE;
  }
}

/* At the start of a receive clause: the value and ok, from the select's
** registers, into the clause's variables. */
static void sel_bind(Fn *F, SelCase *sc, int res) {
  Type *et = elem_of(sc->ch);
  int regs[2] = {sc->v, res + 1};
  Type *types[2] = {et, TY(TY_BOOL)};
  for (int j = 0; j < 2; j++) {
    Expr *x = sc->lhs[j];
    if (!x || cg_is_blank(x)) continue;
    if (sc->define && !cg_needs_box(x->u.ident.obj)) {
      int r = cg_alloc(F, types[j]);     /* the clause's own variable */
      cg_move(F, r, regs[j], cg_nwords(types[j]));
      cg_bind_local(F, x, r);
    } else if (sc->define) {
      cg_box_var(F, x->u.ident.obj, regs[j], x->pos);
    } else {
      cg_store(F, x, regs[j], types[j]);
    }
  }
}

void cg_select(Fn *F, Stmt *s, const char *label, Branch *b) {
  StmtList *cls = &s->u.select.body->u.block.list;
  int n = cls->n, ncases = 0, dflt = -1;
  SelCase *sc = arena_alloc(&F->cg->c->arena, sizeof(SelCase) * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    memset(&sc[i], 0, sizeof sc[i]);
    sel_case(cls->v[i], &sc[i]);
    if (!sc[i].ch) dflt = i;
    else ncases++;
  }
  if (ncases > 0xFFFF) { unsupported(F, s->pos, "a select this large is"); return; }
  int mark = F->top;
  /* operands in source order; a receive's destination above them */
  for (int i = 0; i < n; i++) {
    if (!sc[i].ch) continue;
    Stmt *comm = sc[i].clause->u.comm.comm;
    if (sc[i].send) {
      Expr *level[2] = {comm->u.send.chan, comm->u.send.value};
      cg_precall(F, level, 2);
      sc[i].v = send_value(F, comm->u.send.chan, comm->u.send.value, &sc[i].c);
    } else {
      cg_precall(F, &sc[i].ch, 1);
      int c = cg_alloc_words(F, 1, true);
      cg_expr_to(F, sc[i].ch, c);
      sc[i].c = c;
      Type *et = elem_of(sc[i].ch);
      sc[i].v = cg_alloc(F, et);
      cg_emit(F, OP_ZERO, sc[i].v, cg_nwords(et), 0);
      cg_mark(F, sc[i].v, et);
    }
    /* keep the channel register claimed: cg_expr_any may return a local */
    if (F->top <= sc[i].c) F->top = sc[i].c + 1;
  }
  int res = cg_alloc_words(F, 2, false);
  cg_emit(F, OP_SELECT, res, ncases, dflt >= 0);
  for (int i = 0; i < n; i++)
    if (sc[i].ch) cg_emit(F, OP_EXTRA, sc[i].c, sc[i].v, sc[i].send);
  cg_push_branch(F, b, s, label, false);
  int k = 0;
  for (int i = 0; i < n; i++) {
    sc[i].body = cg_label(F);
    if (sc[i].ch) cg_branch(F, OP_JEQI, res, k++, sc[i].body);
  }
  for (int i = 0; i < n; i++) {
    if (i != dflt) continue;
    F->line = sc[i].clause->pos.line;
    cg_block(F, &sc[i].clause->u.comm.body);
    if (!cg_terminated(F)) cg_jump(F, b->brk);
  }
  if (dflt < 0 && ncases == 0) cg_jump(F, b->brk);  /* select {} never returns */
  for (int i = 0; i < n; i++) {
    if (!sc[i].ch) continue;
    int top = F->top;
    cg_place(F, sc[i].body);
    F->line = sc[i].clause->pos.line;
    if (!sc[i].send) sel_bind(F, &sc[i], res);
    cg_block(F, &sc[i].clause->u.comm.body);
    F->top = top;
    if (!cg_terminated(F)) cg_jump(F, b->brk);
  }
  cg_place(F, b->brk);
  F->branches = b->up;
  F->top = mark;
}

/* }==================================================================== */
