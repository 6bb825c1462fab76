/*
** escape_report.c — escape analysis, part 3: the text of `-m`, in the words,
** positions and order of `go build -gcflags='-m -l'` (Go 1.19).
**
** Order: gc prints a batch's diagnostics when the batch is finished, and
** batches finish bottom-up over the call graph (escape.c); within a batch,
** first the parameter tags of each function ("leaking param: p", "p does
** not escape"), then every location in creation order: variables ("moved
** to heap: x") before allocations ("&T{...} escapes to heap"). The lines
** are not sorted by position: gc does not sort them either.
**
** Expressions are spelled as gc's IR printer spells them, which differs
** from go/types' syntax.String in a few places: literals' bodies are
** "{...}" (ASCII), function literals are "func literal", conversions to
** unnamed types parenthesize the type: "([]byte)(s)".
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ESC_PRIVATE
#include "escape.h"

#define A(s) (&(s)->c->arena)

/* ast_expr_string with gc's ASCII ellipsis for literal bodies. */
static const char *ascii(EscState *s, const char *t) {
  static const char ell[] = "\xe2\x80\xa6"; /* U+2026 */
  if (!strstr(t, ell)) return t;
  StrBuf b = {0};
  for (const char *p = t; *p;) {
    if (strncmp(p, ell, 3) == 0) {
      strbuf_put(&b, "...", 3);
      p += 3;
    } else {
      strbuf_put(&b, p, 1);
      p++;
    }
  }
  char *r = arena_strndup(A(s), b.s, b.n);
  free(b.s);
  return r;
}

static const char *cat(EscState *s, const char *a, const char *b, const char *c) {
  size_t n = strlen(a) + strlen(b) + strlen(c);
  char *r = arena_alloc(A(s), n + 1);
  snprintf(r, n + 1, "%s%s%s", a, b, c);
  return r;
}

/* The type of a composite literal as gc prints it: the type itself, not
** its source spelling ([...]int{} is "[2]int", aliases are resolved). */
static const char *type_text(EscState *s, const Expr *e) {
  return e->type ? ty_string_gc(s->c, e->type) : "?";
}

static bool is_concat(const Expr *e) {
  while (e->kind == E_PAREN) e = e->u.paren.x;
  return e->kind == E_BINARY && e->u.binary.op == TK_ADD && e->mode != MODE_CONST && e->type && ty_is_string(e->type);
}

/* x.f with the embedded fields gc makes explicit: u.Base.ID. */
static bool is_operator(const Expr *e);
static const char *method_call_on(EscState *s, const Expr *call, Type *xt, const char *xs, bool xop,
                                  const Selection *sel, bool ptr_recv);

static const char *selector_text(EscState *s, const Expr *e) {
  const char *x = esc_expr_text(s, e->u.selector.x);
  if (is_operator(e->u.selector.x)) x = cat(s, "(", x, ")");
  const Selection *sel = s->c->checker ? chk_selection(s->c, (Expr *)e) : NULL;
  /* fields, and methods promoted through embedded fields (gc selects them
  ** on the embedded field: x.I.M, t1.T2.M) */
  bool via_path = sel && (sel->kind == SEL_FIELD || sel->kind == SEL_METHOD);
  if (via_path && sel->nindex > 1 && sel->recv) {
    Type *t = sel->recv;
    for (int i = 0; i < sel->nindex - 1; i++) {
      Type *u = ty_underlying(t);
      if (u->kind == TY_POINTER) u = ty_underlying(u->u.ptr.elem);
      if (u->kind != TY_STRUCT || sel->index[i] >= u->u.strct.nfields) break;
      StructField *f = &u->u.strct.fields[sel->index[i]];
      x = cat(s, x, ".", f->name);
      t = f->type;
    }
  }
  return cat(s, x, ".", e->u.selector.sel->u.ident.name);
}

/* A call of real, imag, complex (not constant) or recover: gc's IR printer
** has no precedence for OREAL, OIMAG, OCOMPLEX and ORECOVERFP (missing
** from OpPrec, so 0), and parenthesizes them as operands of any operator:
** "(real(x)) == f", "(complex(a, b)) / -1", "(<node RECOVERFP>) != nil". */
static bool is_unranked_builtin(const Expr *e) {
  while (e->kind == E_PAREN) e = e->u.paren.x;
  if (e->kind != E_CALL || e->mode == MODE_CONST) return false;
  const Expr *f = e->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  if (f->kind != E_IDENT || !f->u.ident.obj || f->u.ident.obj->kind != OBJ_BUILTIN) return false;
  Builtin b = f->u.ident.obj->builtin;
  return b == BI_REAL || b == BI_IMAG || b == BI_COMPLEX || b == BI_RECOVER;
}

static bool const_in_parens(const Expr *e) { return e->mode == MODE_CONST && e->kind == E_PAREN; }

static bool is_operator(const Expr *e) {
  while (e->kind == E_PAREN) e = e->u.paren.x;
  return e->kind == E_UNARY || e->kind == E_BINARY || e->kind == E_STAR || is_unranked_builtin(e);
}

/* The precedence gc's IR printer gives an expression (ir.OpPrec): a binary
** operator's left operand is parenthesized when its precedence is lower,
** the right one when it is not higher, whatever the source wrote:
** "(i * 17) % 40" prints as "i * 17 % 40", "i + (j + k)" keeps its
** parentheses.  A concatenation (OADDSTR) and real/imag/complex have none
** in the table, so they are parenthesized inside any operator. */
static int prec_gc(const Expr *e) {
  while (e->kind == E_PAREN) e = e->u.paren.x;
  if (is_concat(e) || is_unranked_builtin(e)) return 0;
  if (e->kind == E_UNARY || e->kind == E_STAR) return 7;
  if (e->kind != E_BINARY) return 8;
  switch (e->u.binary.op) {
  case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR: case TK_AND: case TK_AND_NOT: return 6;
  case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: return 5;
  case TK_LAND: return 2;
  case TK_LOR: return 1;
  default: return 4; /* comparisons */
  }
}

/* T(x) as gc prints it: an unnamed T in parentheses; a constant string
** converted to a rune slice is already the literal T{...} (gc folds it). */
static const char *spell_conv(EscState *s, Type *t, const char *x);

static const char *conversion_text(EscState *s, const Expr *e) {
  Type *t = e->type;
  const Expr *x = e->u.call.args.v[0];
  const char *ts = t ? ty_string_gc(s->c, t) : "?";
  Type *u = t ? ty_underlying(t) : NULL;
  if (u && u->kind == TY_SLICE && ty_underlying(u->u.slice.elem)->kind == TY_INT32 &&
      x->mode == MODE_CONST && x->type && ty_is_string(x->type))
    return cat(s, ts, x->cval && x->cval->kind == CV_STRING && x->cval->slen == 0 ? "{}" : "{...}", "");
  return spell_conv(s, t, esc_expr_text(s, x));
}

/* T(x) with gc's parentheses around an unnamed T: "(interface {})(x)". */
static const char *spell_conv(EscState *s, Type *t, const char *x) {
  const char *ts = t ? ty_string_gc(s->c, t) : "?";
  if (t && t->kind != TY_NAMED && t->kind > TY_UNTYPED_NIL) ts = cat(s, "(", ts, ")");
  return cat(s, ts, "(", cat(s, x, ")", ""));
}

/* Whether interface type a has every method of interface type b. */
static bool iface_has_all(Type *a, Type *b) {
  Type *ua = ty_underlying(a), *ub = ty_underlying(b);
  for (int i = 0; i < ub->u.iface.nmethods; i++) {
    bool found = false;
    for (int j = 0; j < ua->u.iface.nmethods && !found; j++)
      found = strcmp(ua->u.iface.methods[j].name, ub->u.iface.methods[i].name) == 0;
    if (!found) return false;
  }
  return true;
}

/* An operand of a comparison of two interfaces of different types: gc has
** converted one to the other's type (the left one when it can), and its
** printer spells that OCONVIFACE: e == (interface {})(s1).  A comparison
** of an interface with a concrete value stays as written. */
static const char *cmp_operand(EscState *s, const Expr *e, const Expr *x, const Expr *other, const char *xt) {
  if ((e->u.binary.op != TK_EQL && e->u.binary.op != TK_NEQ) || !x->type || !other->type) return xt;
  if (!ty_is_interface(other->type) || !ty_is_interface(x->type) || ty_identical(x->type, other->type) ||
      !iface_has_all(x->type, other->type))
    return xt;
  if (x == e->u.binary.y && iface_has_all(other->type, x->type)) return xt; /* the left one was converted */
  return spell_conv(s, other->type, xt);
}

/* An operand of a unary operator or of *: gc parenthesizes operators (its
** precedence rule) and separates a repeated unary operator: "! (!x)",
** "- (-x)", but not a repeated *: "*(*p)". */
static const char *unary_text(EscState *s, const char *op, const Expr *e, const Expr *x) {
  const Expr *ux = x;
  while (ux->kind == E_PAREN) ux = ux->u.paren.x;
  const char *xt = esc_expr_text(s, x);
  if (is_operator(ux)) {
    bool same = e->kind == E_UNARY && ux->kind == E_UNARY && ux->u.unary.op == e->u.unary.op;
    return cat(s, op, same ? " (" : "(", cat(s, xt, ")", ""));
  }
  return cat(s, op, xt, "");
}

/* A call the walk has not reached yet keeps its arguments as written, and
** gc prints it so while it explains a flow mid-walk (esc_flow); afterwards
** it is packed. Its text holds both, LITERAL_OPEN as-written LITERAL_OR
** packed LITERAL_CLOSE, and esc_emit keeps the one that applies. */
#define LITERAL_OPEN "\x01"
#define LITERAL_OR "\x02"
#define LITERAL_CLOSE "\x03"

static const char *args_text_as_written(EscState *s, const Expr *call, const char *first) {
  const char *t = first;
  for (int i = 0; i < call->u.call.args.n; i++) {
    const char *a = esc_expr_text(s, call->u.call.args.v[i]);
    t = t ? cat(s, t, ", ", a) : a;
  }
  return cat(s, "(", t ? t : "", call->u.call.has_ellipsis ? "...)" : ")");
}

/* Copies [in] to *out (up to end) when [emit], keeping of each call with
** both spellings the as-written or the packed one; stops at the end of the
** enclosing part (LITERAL_OR, LITERAL_CLOSE) and returns where. */
static const char *pick_spelling(const char *in, char **out, char *end, bool emit, bool as_written) {
  while (*in && *in != LITERAL_OR[0] && *in != LITERAL_CLOSE[0]) {
    if (*in == LITERAL_OPEN[0]) {
      in = pick_spelling(in + 1, out, end, emit && as_written, as_written);
      if (*in == LITERAL_OR[0]) in = pick_spelling(in + 1, out, end, emit && !as_written, as_written);
      if (*in == LITERAL_CLOSE[0]) in++;
      continue;
    }
    if (emit && *out < end) *(*out)++ = *in;
    in++;
  }
  return in;
}

/* "(first, args)" of [call] as gc prints it once it has rewritten the
** call: a variadic call's extra arguments packed into its ... slice
** ("... argument..." or "nil..."), f(g()) of a multi-valued g as written;
** [first] (a receiver) before the arguments when not NULL. */
static const char *args_text(EscState *s, const Expr *call, const char *first) {
  const Expr *f = call->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  Type *sig = f->type ? ty_underlying(f->type) : NULL;
  const ExprList *args = &call->u.call.args;
  const Expr *a0 = args->n == 1 ? args->v[0] : NULL;
  bool spread = a0 && a0->type && a0->type->kind == TY_TUPLE;
  bool packed = sig && sig->kind == TY_FUNC && sig->u.func.variadic && !call->u.call.has_ellipsis &&
                f->mode != MODE_BUILTIN && !spread && args->n >= sig->u.func.nparams - 1;
  int n = packed ? sig->u.func.nparams - 1 : args->n;
  const char *t = first;
  for (int i = 0; i < n; i++) {
    const char *a = esc_expr_text(s, args->v[i]);
    t = t ? cat(s, t, ", ", a) : a;
  }
  if (packed) {
    const char *ddd = args->n >= sig->u.func.nparams ? "... argument..." : "nil...";
    t = t ? cat(s, t, ", ", ddd) : ddd;
  }
  const char *text = cat(s, "(", t ? t : "", call->u.call.has_ellipsis ? "...)" : ")");
  if (packed && s->level >= 2 && !pmap_get(&s->visited, call)) /* either, chosen when printed */
    text = cat(s, LITERAL_OPEN, args_text_as_written(s, call, first), cat(s, LITERAL_OR, text, LITERAL_CLOSE));
  return text;
}

const char *esc_expr_text(EscState *s, const Expr *e) {
  /* a constant keeps the text it was written with (gc's Orig node) */
  if (e->mode == MODE_CONST) return ascii(s, ast_expr_string(A(s), e));
  if (e->mode == MODE_TYPE && e->type) return ty_string_gc(s->c, e->type); /* make(map[interface {}]int) */
  switch (e->kind) {
  case E_STAR: return unary_text(s, "*", e, e->u.star.x);
  case E_INDEX: {
    const char *x = esc_expr_text(s, e->u.index.x);
    if (is_operator(e->u.index.x)) x = cat(s, "(", x, ")");
    return cat(s, x, "[", cat(s, esc_expr_text(s, e->u.index.index), "]", ""));
  }
  case E_SELECTOR:
    if (!e->u.selector.obj) return selector_text(s, e);
    if (e->u.selector.x->mode == MODE_PACKAGE && e->u.selector.obj->pkg) /* "sync/atomic".AddInt64 */
      return cat(s, chk_pkg_qual_gc(s->c, e->u.selector.obj->pkg), ".", e->u.selector.sel->u.ident.name);
    break;
  case E_PAREN: return esc_expr_text(s, e->u.paren.x);
  case E_SLICE: { /* x[lo:hi:max], operands in gc's spelling */
    const char *x = esc_expr_text(s, e->u.slice.x);
    if (is_operator(e->u.slice.x)) x = cat(s, "(", x, ")");
    const char *t = cat(s, x, "[", e->u.slice.lo ? esc_expr_text(s, e->u.slice.lo) : "");
    t = cat(s, t, ":", e->u.slice.hi ? esc_expr_text(s, e->u.slice.hi) : "");
    if (e->u.slice.max) t = cat(s, t, ":", esc_expr_text(s, e->u.slice.max));
    return cat(s, t, "]", "");
  }
  case E_TYPEASSERT: /* the asserted type in gc's spelling: struct { a string; b string } */
    if (e->u.typeassert.type && e->u.typeassert.type->type) {
      const char *x = esc_expr_text(s, e->u.typeassert.x);
      if (is_operator(e->u.typeassert.x)) x = cat(s, "(", x, ")");
      return cat(s, x, ".(", cat(s, ty_string_gc(s->c, e->u.typeassert.type->type), ")", ""));
    }
    break;
  case E_FUNCLIT: return "func literal";
  case E_COMPOSITE:
    if (!e->u.composite.type && e->type && e->type->kind == TY_POINTER) /* elided &T */
      return cat(s, "&", ty_string_gc(s->c, e->type->u.ptr.elem), e->u.composite.elts.n ? "{...}" : "{}");
    return cat(s, type_text(s, e), e->u.composite.elts.n ? "{...}" : "{}", "");
  case E_UNARY:
    if (e->u.unary.op == TK_AND) return cat(s, "&", esc_expr_text(s, e->u.unary.x), "");
    return unary_text(s, ast_token_string(e->u.unary.op), e, e->u.unary.x);
  case E_BINARY: { /* operands in gc's spelling, parenthesized by gc's
                      precedence rule (prec_gc); a concatenation is one flat
                      list (gc's OADDSTR) whose operands keep the parentheses
                      they were written with */
    const char *x = esc_expr_text(s, e->u.binary.x), *y = esc_expr_text(s, e->u.binary.y);
    bool px, py;
    if (is_concat(e)) {
      px = (e->u.binary.x->kind == E_PAREN && !is_concat(e->u.binary.x)) || is_unranked_builtin(e->u.binary.x);
      py = (e->u.binary.y->kind == E_PAREN && !is_concat(e->u.binary.y)) || is_unranked_builtin(e->u.binary.y);
    } else {
      int p = prec_gc(e);
      /* a constant keeps its written text, parentheses included */
      px = prec_gc(e->u.binary.x) < p && !const_in_parens(e->u.binary.x);
      py = prec_gc(e->u.binary.y) <= p && !const_in_parens(e->u.binary.y);
    }
    const char *cx = cmp_operand(s, e, e->u.binary.x, e->u.binary.y, x);
    const char *cy = cmp_operand(s, e, e->u.binary.y, e->u.binary.x, y);
    x = cx != x ? cx : px ? cat(s, "(", x, ")") : x;
    y = cy != y ? cy : py ? cat(s, "(", y, ")") : y;
    return cat(s, x, cat(s, " ", ast_token_string(e->u.binary.op), " "), y);
  }
  case E_CALL: {
    const Expr *f = e->u.call.fn;
    while (f->kind == E_PAREN) f = f->u.paren.x;
    if (f->mode == MODE_TYPE && e->u.call.args.n == 1) return conversion_text(s, e);
    /* gc has lowered recover() to an op its printer has no spelling for */
    if (f->kind == E_IDENT && f->u.ident.obj && f->u.ident.obj->kind == OBJ_BUILTIN &&
        f->u.ident.obj->builtin == BI_RECOVER)
      return "<node RECOVERFP>";
    /* gc has packed a variadic call's extra arguments into a slice by then */
    const char *ft = f->kind == E_FUNCLIT ? "(func literal)" : esc_expr_text(s, f);
    const char *tmp = esc_callee_temp(s, e);   /* gc evaluated the callee (or receiver) into it */
    if (tmp) {
      const Selection *sel = f->kind == E_SELECTOR && !f->u.selector.obj && s->c->checker
                                 ? chk_selection(s->c, (Expr *)f) : NULL;
      ft = sel && sel->kind == SEL_METHOD ? cat(s, tmp, ".", f->u.selector.sel->u.ident.name) : tmp;
    }
    const Selection *dsel = NULL;
    Type *dt = f->kind == E_SELECTOR && !f->u.selector.obj && s->c->checker ? esc_devirt_type(s, (Expr *)e, &dsel) : NULL;
    if (dt && dsel->method && dsel->nindex > 1) /* a promoted method, on the embedded field of x.(T) */
      return method_call_on(s, e, dt, esc_devirt_recv_text(s, e, dt), false, dsel, dsel->m && dsel->m->ptr_recv);
    if (dt) { /* devirtualized: x.M(args) is T.M(x.(T), args) by then */
      bool ptr = ty_underlying(dt)->kind == TY_POINTER && dt->kind != TY_NAMED;
      const char *ts = ty_string_gc(s->c, dt);
      const char *t = cat(s, ptr ? cat(s, "(", ts, ")") : ts, ".", f->u.selector.sel->u.ident.name);
      return cat(s, t, args_text(s, e, esc_devirt_recv_text(s, e, dt)), "");
    }
    if (f->kind == E_SELECTOR && !f->u.selector.obj && s->c->checker) {
      /* gc has rewritten x.M(args) into (*T).M(x, args) by then */
      const Selection *sel = chk_selection(s->c, (Expr *)f);
      if (sel && sel->kind == SEL_METHOD && sel->method && !ty_is_interface(f->u.selector.x->type))
        return esc_method_call_text(s, e, sel->method, sel->m && sel->m->ptr_recv);
      if (sel && sel->kind == SEL_METHOD && !sel->method && sel->nindex > 1) ft = selector_text(s, f);
    }
    if (f->mode != MODE_TYPE) return cat(s, ft, args_text(s, e, NULL), "");
    break;
  }
  default: break;
  }
  return ascii(s, ast_expr_string(A(s), e));
}

const char *esc_devirt_recv_text(EscState *s, const Expr *call, Type *dt) {
  const Expr *f = call->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  const char *xs = esc_expr_text(s, f->u.selector.x);
  if (is_operator(f->u.selector.x)) xs = cat(s, "(", xs, ")");
  return cat(s, xs, ".(", cat(s, ty_string_gc(s->c, dt), ")", ""));
}

void esc_emit(EscState *s, Pos pos, const char *fmt, ...) {
  if (s->level < 1) return;
  char raw[2048], msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(raw, sizeof raw, fmt, ap);
  va_end(ap);
  char *o = msg;
  pick_spelling(raw, &o, msg + sizeof msg - 1, true, s->immediate);
  *o = 0;
  char head[64];
  const char *file = cmp_file_name(s->c, pos.file);
  strbuf_put(&s->out, file, strlen(file));
  int n = pos.col > 0 && pos.col < 255 ? snprintf(head, sizeof head, ":%d:%d: ", pos.line, pos.col)
                                       : snprintf(head, sizeof head, ":%d: ", pos.line);
  strbuf_put(&s->out, head, (size_t)n);
  strbuf_put(&s->out, msg, strlen(msg));
  strbuf_put(&s->out, "\n", 1);
}

char *esc_report(Comp *c) {
  EscState *s = c->escape;
  StrBuf b = {0};
  strbuf_put(&b, "", 0);
  if (s && s->text) strbuf_put(&b, s->text, strlen(s->text));
  return b.s;
}

static const char *loc_text(EscState *s, Loc *l);

/* {==================================================================
** -m=2: the flows behind each decision (gc's explainPath/explainFlow)
** =================================================================== */

Hole esc_note(EscState *s, Hole k, const char *where, const char *why, Pos pos) {
  if (s->level < 2) return k;
  Note *n = arena_alloc(A(s), sizeof *n);
  *n = (Note){where, why, pos, k.notes};
  k.notes = n;
  return k;
}

static const char *list_text(EscState *s, ExprList l) {
  const char *t = "";
  for (int i = 0; i < l.n; i++) t = cat(s, t, i ? ", " : "", esc_expr_text(s, l.v[i]));
  return t;
}

const char *esc_stmt_text(EscState *s, const Stmt *st) {
  if (st->kind == S_RETURN)
    return st->u.ret.results.n ? cat(s, "return ", list_text(s, st->u.ret.results), "") : "return";
  if (st->kind == S_ASSIGN)
    return cat(s, list_text(s, st->u.assign.lhs), cat(s, " ", ast_token_string(st->u.assign.tok), " "),
               list_text(s, st->u.assign.rhs));
  if (st->kind == S_EXPR) return esc_expr_text(s, st->u.expr);
  return ascii(s, ast_stmt_string(A(s), st));
}

/* A switch clause as gc prints an OCASE: "case X, Y: stmt; stmt" or
** "default: ..." */
const char *esc_clause_text(EscState *s, const Stmt *cc) {
  const char *t = cc->u.caseclause.list.n ? cat(s, "case ", list_text(s, cc->u.caseclause.list), ": ") : "default: ";
  for (int i = 0; i < cc->u.caseclause.body.n; i++)
    t = cat(s, t, i ? "; " : "", esc_stmt_text(s, cc->u.caseclause.body.v[i]));
  return t;
}

/* The call of the method [sel] selects on a receiver of type xt spelled
** xs (xop: an operator, parenthesized before a field): "(*T).M(x, args)",
** a promoted one on the embedded field, "S.M(x.Inner, args)". */
static const char *method_call_on(EscState *s, const Expr *call, Type *xt, const char *xs, bool xop,
                                  const Selection *sel, bool ptr_recv) {
  const Expr *f = call->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  for (int k = 0; sel && xt && k + 1 < sel->nindex; k++) {
    Type *u = ty_underlying(xt);
    if (u->kind == TY_POINTER) u = ty_underlying(u->u.ptr.elem);
    if (u->kind != TY_STRUCT) break;
    if (xop) xs = cat(s, "(", xs, ")");
    xop = false;
    xs = cat(s, xs, ".", u->u.strct.fields[sel->index[k]].name);
    xt = u->u.strct.fields[sel->index[k]].type;
  }
  if (xt && ty_underlying(xt)->kind == TY_POINTER && xt->kind != TY_NAMED) xt = ty_underlying(xt)->u.ptr.elem;
  const char *tn = xt ? ty_string_gc(s->c, xt) : "?";
  const char *t = ptr_recv ? cat(s, "(*", tn, ")") : tn;
  t = cat(s, t, ".", f->u.selector.sel->u.ident.name);
  return cat(s, t, args_text(s, call, xs), "");
}

const char *esc_method_call_text(EscState *s, const Expr *call, Object *m, bool ptr_recv) {
  const Expr *f = call->u.call.fn;
  while (f->kind == E_PAREN) f = f->u.paren.x;
  const Expr *x = f->u.selector.x;
  const char *tmp = esc_callee_temp(s, call);   /* gc evaluated x first */
  (void)m; /* NULL for a library method: its name is the selector's */
  return method_call_on(s, call, x->type, tmp ? tmp : esc_expr_text(s, x), !tmp && is_operator(x),
                        chk_selection(s->c, (Expr *)f), ptr_recv);
}

const char *esc_loc_text(EscState *s, Loc *l) { return loc_text(s, l); }

static const char *loc_text(EscState *s, Loc *l) {
  if (l == &s->heap) return "{heap}";
  if (!l->name) return "{temp}";
  if (l->obj || l->resultidx) return l->name;
  return cat(s, "{storage for ", l->name, "}");
}

static char *fmt_pos(EscState *s, Pos p) {
  const char *file = cmp_file_name(s->c, p.file);
  char *b = arena_alloc(A(s), strlen(file) + 32);
  sprintf(b, "%s:%d:%d", file, p.line, p.col);
  return b;
}

void esc_explain_flow(EscState *s, Loc *dst, Loc *src, int derefs, Note *notes) {
  char ops[16] = "&";
  if (derefs >= 0) {
    int n = derefs < 15 ? derefs : 15;
    memset(ops, '*', (size_t)n);
    ops[n] = 0;
  }
  esc_emit(s, src->pos, "  flow: %s = %s%s:", loc_text(s, dst), ops, loc_text(s, src));
  for (Note *n = notes; n; n = n->next)
    esc_emit(s, src->pos, "    from %s (%s) at %s", n->where, n->why, fmt_pos(s, n->pos));
}

void esc_explain_path(EscState *s, Loc *root, Loc *src, const char *header) {
  Pos pos = src->pos;
  esc_emit(s, pos, "%s", header);
  for (int guard = 0; guard < 10000 && src && src != root && src->dst; guard++) {
    Loc *dst = src->dst;
    Edge *e = &dst->edges[src->dstedge];
    Loc *from = src;
    /* every line of the explanation carries the escaping location's
    ** position, as gc prints it */
    Pos saved = from->pos;
    from->pos = pos;
    esc_explain_flow(s, dst, from, e->derefs, e->notes);
    from->pos = saved;
    src = dst;
  }
}

/* }================================================================== */
