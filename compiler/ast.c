/*
** ast.c — what the syntax tree knows about itself: token spellings, start
** positions, and two printers.
**
**  - ast_expr_string / ast_stmt_string print as gc's syntax.String does
**    (ShortForm), because Go's diagnostics quote source that way:
**    `x + y`, `f(a, b...)`, `[]int{…}`, `func() {…}`, `struct{a int; b T}`.
**    Parentheses appear exactly where the tree has E_PAREN.
**  - ast_dump_* print the tree's structure as S-expressions, for debugging
**    and for the parser's unit tests: `(+ a (* b c))`, `(call f x)`, one
**    statement per line, indented by nesting.
**
** Both recurse over the tree; its depth is bounded by the parser's nesting
** limit (parse.h).
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"

static const char *const token_strings[] = {
#define X(k, s) s,
  TOKEN_LIST(X)
#undef X
};

const char *ast_token_string(TokenKind k) {
  if ((unsigned)k >= TK__COUNT) return "?";
  return token_strings[k];
}

Pos ast_start_pos(const Expr *e) {
  return e->kind == E_BINARY ? e->u.binary.lpos : e->pos;
}

/* {==================================================================
** Output buffer
** =================================================================== */

typedef StrBuf Out;

static void put(Out *o, const char *s, size_t n) { strbuf_put(o, s, n); }

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void putf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(Out *o, const char *fmt, ...) {
  char buf[128];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n >= (int)sizeof buf) n = sizeof buf - 1;
  if (n > 0) put(o, buf, (size_t)n);
}

/* Moves the buffer's text into the arena. */
static const char *to_arena(struct Arena *a, Out *o) {
  const char *s = arena_strndup(a, o->s ? o->s : "", o->n);
  free(o->s);
  return s;
}

/* }================================================================== */

/* {==================================================================
** gc's ShortForm printer
** =================================================================== */

static void pexpr(Out *o, const Expr *e);

static void pexprs(Out *o, ExprList l) {
  for (int i = 0; i < l.n; i++) {
    if (i > 0) puts_(o, ", ");
    pexpr(o, l.v[i]);
  }
}

static void pnames(Out *o, const Field *f) {
  for (int i = 0; i < f->nnames; i++) {
    if (i > 0) puts_(o, ", ");
    pexpr(o, f->names[i]);
  }
}

static const Expr *unparen(const Expr *e) {
  while (e != NULL && e->kind == E_PAREN) e = e->u.paren.x;
  return e;
}

static void pparams(Out *o, const FieldList *l) {
  puts_(o, "(");
  for (int i = 0; i < l->n; i++) {
    const Field *f = l->v[i];
    if (i > 0) puts_(o, ", ");
    if (f->nnames > 0) {
      pnames(o, f);
      puts_(o, " ");
    }
    pexpr(o, unparen(f->type));
  }
  puts_(o, ")");
}

static void psignature(Out *o, const Expr *ft) {
  pparams(o, &ft->u.func.params);
  const FieldList *r = &ft->u.func.results;
  if (r->n == 0) return;
  puts_(o, " ");
  if (r->n == 1 && r->v[0]->nnames == 0)
    pexpr(o, r->v[0]->type);
  else
    pparams(o, r);
}

static void pfields(Out *o, const FieldList *l) {
  for (int i = 0; i < l->n; i++) {
    const Field *f = l->v[i];
    if (i > 0) puts_(o, "; ");
    if (f->nnames > 0) {
      pnames(o, f);
      puts_(o, " ");
    }
    pexpr(o, f->type);
    if (f->tag != NULL) {
      puts_(o, " ");
      puts_(o, f->tag);
    }
  }
}

static void pmethods(Out *o, const FieldList *l) {
  for (int i = 0; i < l->n; i++) {
    const Field *f = l->v[i];
    if (i > 0) puts_(o, "; ");
    if (f->nnames > 0 && f->type->kind == E_FUNCTYPE) {
      pexpr(o, f->names[0]);
      psignature(o, f->type);
    } else {
      pexpr(o, f->type);
    }
  }
}

static void pexpr(Out *o, const Expr *e) {
  if (e == NULL) return;
  switch (e->kind) {
  case E_BAD: puts_(o, "<bad expr>"); break;
  case E_IDENT: puts_(o, e->u.ident.name); break;
  case E_BASICLIT: put(o, e->u.lit.raw, (size_t)e->u.lit.len); break;
  case E_FUNCLIT:
    pexpr(o, e->u.funclit.type);
    puts_(o, " {");
    if (e->u.funclit.body && e->u.funclit.body->u.block.list.n > 0) puts_(o, "…");
    puts_(o, "}");
    break;
  case E_COMPOSITE:
    pexpr(o, e->u.composite.type);
    puts_(o, e->u.composite.elts.n > 0 ? "{…}" : "{}");
    break;
  case E_PAREN:
    puts_(o, "(");
    pexpr(o, e->u.paren.x);
    puts_(o, ")");
    break;
  case E_SELECTOR:
    pexpr(o, e->u.selector.x);
    puts_(o, ".");
    pexpr(o, e->u.selector.sel);
    break;
  case E_INDEX:
    pexpr(o, e->u.index.x);
    puts_(o, "[");
    pexpr(o, e->u.index.index);
    puts_(o, "]");
    break;
  case E_SLICE:
    pexpr(o, e->u.slice.x);
    puts_(o, "[");
    pexpr(o, e->u.slice.lo);
    puts_(o, ":");
    pexpr(o, e->u.slice.hi);
    if (e->u.slice.max != NULL) {
      puts_(o, ":");
      pexpr(o, e->u.slice.max);
    }
    puts_(o, "]");
    break;
  case E_TYPEASSERT:
    pexpr(o, e->u.typeassert.x);
    puts_(o, ".(");
    if (e->u.typeassert.type != NULL)
      pexpr(o, e->u.typeassert.type);
    else
      puts_(o, "type");
    puts_(o, ")");
    break;
  case E_CALL:
    pexpr(o, e->u.call.fn);
    puts_(o, "(");
    pexprs(o, e->u.call.args);
    if (e->u.call.has_ellipsis) puts_(o, "...");
    puts_(o, ")");
    break;
  case E_STAR:
    puts_(o, "*");
    pexpr(o, e->u.star.x);
    break;
  case E_UNARY:
    puts_(o, ast_token_string(e->u.unary.op));
    pexpr(o, e->u.unary.x);
    break;
  case E_BINARY:
    pexpr(o, e->u.binary.x);
    puts_(o, " ");
    puts_(o, ast_token_string(e->u.binary.op));
    puts_(o, " ");
    pexpr(o, e->u.binary.y);
    break;
  case E_KEYVALUE:
    pexpr(o, e->u.kv.key);
    puts_(o, ": ");
    pexpr(o, e->u.kv.value);
    break;
  case E_ARRAYTYPE:
    puts_(o, "[");
    pexpr(o, e->u.array.len);
    puts_(o, "]");
    pexpr(o, e->u.array.elem);
    break;
  case E_ELLIPSIS:
    puts_(o, "...");
    pexpr(o, e->u.ellipsis.elt);
    break;
  case E_STRUCTTYPE:
    puts_(o, "struct{");
    pfields(o, &e->u.strct.fields);
    puts_(o, "}");
    break;
  case E_FUNCTYPE:
    puts_(o, "func");
    psignature(o, e);
    break;
  case E_INTERFACETYPE:
    puts_(o, "interface{");
    pmethods(o, &e->u.iface.methods);
    puts_(o, "}");
    break;
  case E_MAPTYPE:
    puts_(o, "map[");
    pexpr(o, e->u.map.key);
    puts_(o, "]");
    pexpr(o, e->u.map.value);
    break;
  case E_CHANTYPE: {
    const Expr *v = e->u.chan.value;
    if (e->u.chan.dir == CHAN_RECV) puts_(o, "<-");
    puts_(o, "chan");
    if (e->u.chan.dir == CHAN_SEND) puts_(o, "<-");
    puts_(o, " ");
    /* chan (<-chan T), not chan <-chan T */
    bool parens = e->u.chan.dir == CHAN_BOTH && v != NULL && v->kind == E_CHANTYPE &&
                  v->u.chan.dir == CHAN_RECV;
    if (parens) puts_(o, "(");
    pexpr(o, v);
    if (parens) puts_(o, ")");
    break;
  }
  }
}

const char *ast_expr_string(struct Arena *a, const Expr *e) {
  Out o = {0};
  pexpr(&o, e);
  return to_arena(a, &o);
}

const char *ast_exprs_string(struct Arena *a, ExprList l) {
  Out o = {0};
  pexprs(&o, l);
  return to_arena(a, &o);
}

static void pstmt(Out *o, const Stmt *s) {
  switch (s->kind) {
  case S_EXPR: pexpr(o, s->u.expr); break;
  case S_SEND:
    pexpr(o, s->u.send.chan);
    puts_(o, " <- ");
    pexpr(o, s->u.send.value);
    break;
  case S_INCDEC:
    pexpr(o, s->u.incdec.x);
    puts_(o, ast_token_string(s->u.incdec.tok));
    break;
  case S_ASSIGN:
    pexprs(o, s->u.assign.lhs);
    puts_(o, " ");
    puts_(o, ast_token_string(s->u.assign.tok));
    puts_(o, " ");
    pexprs(o, s->u.assign.rhs);
    break;
  case S_GO: case S_DEFER:
    puts_(o, s->kind == S_GO ? "go " : "defer ");
    pexpr(o, s->u.call);
    break;
  case S_RETURN:
    puts_(o, "return");
    if (s->u.ret.results.n > 0) {
      puts_(o, " ");
      pexprs(o, s->u.ret.results);
    }
    break;
  case S_BRANCH:
    puts_(o, ast_token_string(s->u.branch.tok));
    if (s->u.branch.label != NULL) {
      puts_(o, " ");
      pexpr(o, s->u.branch.label);
    }
    break;
  case S_RANGE:
    if (s->u.range.key != NULL) {
      pexpr(o, s->u.range.key);
      if (s->u.range.value != NULL) {
        puts_(o, ", ");
        pexpr(o, s->u.range.value);
      }
      puts_(o, s->u.range.tok == TK_DEFINE ? " := " : " = ");
    }
    puts_(o, "range ");
    pexpr(o, s->u.range.x);
    break;
  default:
    break; /* compound statements are not quoted in diagnostics */
  }
}

const char *ast_stmt_string(struct Arena *a, const Stmt *s) {
  Out o = {0};
  pstmt(&o, s);
  return to_arena(a, &o);
}

/* }================================================================== */

/* {==================================================================
** S-expression dump
** =================================================================== */

static void dexpr(Out *o, const Expr *e);
static void dstmt(Out *o, const Stmt *s, int ind);

static void nl(Out *o, int ind) {
  puts_(o, "\n");
  for (int i = 0; i < ind; i++) puts_(o, "  ");
}

static void dexprs(Out *o, ExprList l) {
  for (int i = 0; i < l.n; i++) {
    puts_(o, " ");
    dexpr(o, l.v[i]);
  }
}

static void dopt(Out *o, const Expr *e) {
  puts_(o, " ");
  if (e == NULL)
    puts_(o, "nil");
  else
    dexpr(o, e);
}

static void dfields(Out *o, const char *name, const FieldList *l) {
  putf(o, "(%s", name);
  for (int i = 0; i < l->n; i++) {
    const Field *f = l->v[i];
    puts_(o, " (field (");
    for (int j = 0; j < f->nnames; j++) {
      if (j > 0) puts_(o, " ");
      dexpr(o, f->names[j]);
    }
    puts_(o, ")");
    dopt(o, f->type);
    if (f->tag != NULL) {
      puts_(o, " ");
      puts_(o, f->tag);
    }
    puts_(o, ")");
  }
  puts_(o, ")");
}

static void dexpr(Out *o, const Expr *e) {
  switch (e->kind) {
  case E_BAD: puts_(o, "BAD"); break;
  case E_IDENT: puts_(o, e->u.ident.name); break;
  case E_BASICLIT: put(o, e->u.lit.raw, (size_t)e->u.lit.len); break;
  case E_FUNCLIT:
    puts_(o, "(funclit ");
    dexpr(o, e->u.funclit.type);
    puts_(o, " ");
    dstmt(o, e->u.funclit.body, 0);
    puts_(o, ")");
    break;
  case E_COMPOSITE:
    puts_(o, "(composite");
    dopt(o, e->u.composite.type);
    dexprs(o, e->u.composite.elts);
    puts_(o, ")");
    break;
  case E_PAREN:
    puts_(o, "(paren ");
    dexpr(o, e->u.paren.x);
    puts_(o, ")");
    break;
  case E_SELECTOR:
    puts_(o, "(. ");
    dexpr(o, e->u.selector.x);
    puts_(o, " ");
    dexpr(o, e->u.selector.sel);
    puts_(o, ")");
    break;
  case E_INDEX:
    puts_(o, "(index ");
    dexpr(o, e->u.index.x);
    dopt(o, e->u.index.index);
    puts_(o, ")");
    break;
  case E_SLICE:
    puts_(o, e->u.slice.slice3 ? "(slice3 " : "(slice ");
    dexpr(o, e->u.slice.x);
    dopt(o, e->u.slice.lo);
    dopt(o, e->u.slice.hi);
    if (e->u.slice.slice3) dopt(o, e->u.slice.max);
    puts_(o, ")");
    break;
  case E_TYPEASSERT:
    puts_(o, "(assert ");
    dexpr(o, e->u.typeassert.x);
    if (e->u.typeassert.type)
      dopt(o, e->u.typeassert.type);
    else
      puts_(o, " type");
    puts_(o, ")");
    break;
  case E_CALL:
    puts_(o, e->u.call.has_ellipsis ? "(call... " : "(call ");
    dexpr(o, e->u.call.fn);
    dexprs(o, e->u.call.args);
    puts_(o, ")");
    break;
  case E_STAR:
    puts_(o, "(* ");
    dexpr(o, e->u.star.x);
    puts_(o, ")");
    break;
  case E_UNARY:
    putf(o, "(%s ", ast_token_string(e->u.unary.op));
    dexpr(o, e->u.unary.x);
    puts_(o, ")");
    break;
  case E_BINARY:
    putf(o, "(%s ", ast_token_string(e->u.binary.op));
    dexpr(o, e->u.binary.x);
    puts_(o, " ");
    dexpr(o, e->u.binary.y);
    puts_(o, ")");
    break;
  case E_KEYVALUE:
    puts_(o, "(kv ");
    dexpr(o, e->u.kv.key);
    puts_(o, " ");
    dexpr(o, e->u.kv.value);
    puts_(o, ")");
    break;
  case E_ARRAYTYPE:
    if (e->u.array.len == NULL) {
      puts_(o, "(slicetype ");
    } else {
      puts_(o, "(array ");
      dexpr(o, e->u.array.len);
      puts_(o, " ");
    }
    dexpr(o, e->u.array.elem);
    puts_(o, ")");
    break;
  case E_ELLIPSIS:
    puts_(o, "...");
    if (e->u.ellipsis.elt != NULL) dexpr(o, e->u.ellipsis.elt);
    break;
  case E_STRUCTTYPE:
    dfields(o, "struct", &e->u.strct.fields);
    break;
  case E_FUNCTYPE:
    puts_(o, "(functype ");
    dfields(o, "params", &e->u.func.params);
    puts_(o, " ");
    dfields(o, "results", &e->u.func.results);
    puts_(o, ")");
    break;
  case E_INTERFACETYPE:
    dfields(o, "interface", &e->u.iface.methods);
    break;
  case E_MAPTYPE:
    puts_(o, "(map ");
    dexpr(o, e->u.map.key);
    puts_(o, " ");
    dexpr(o, e->u.map.value);
    puts_(o, ")");
    break;
  case E_CHANTYPE:
    puts_(o, e->u.chan.dir == CHAN_SEND ? "(chan<- "
             : e->u.chan.dir == CHAN_RECV ? "(<-chan " : "(chan ");
    dexpr(o, e->u.chan.value);
    puts_(o, ")");
    break;
  }
}

/* " label=NAME" of a labeled switch, select or loop; nothing otherwise. */
static void dlabel(Out *o, const Expr *label) {
  if (!label) return;
  puts_(o, " label=");
  dexpr(o, label);
}

static void dlist(Out *o, StmtList l, int ind) {
  for (int i = 0; i < l.n; i++) {
    nl(o, ind);
    dstmt(o, l.v[i], ind);
  }
}

static void dsopt(Out *o, const Stmt *s, int ind) {
  puts_(o, " ");
  if (s == NULL)
    puts_(o, "nil");
  else
    dstmt(o, s, ind);
}

static void ddecl(Out *o, const Decl *d, int ind);

static void dstmt(Out *o, const Stmt *s, int ind) {
  switch (s->kind) {
  case S_BAD: puts_(o, "(bad)"); break;
  case S_DECL: ddecl(o, s->u.decl, ind); break;
  case S_EMPTY: puts_(o, "(empty)"); break;
  case S_LABELED:
    puts_(o, "(labeled ");
    dexpr(o, s->u.labeled.label);
    dsopt(o, s->u.labeled.stmt, ind);
    puts_(o, ")");
    break;
  case S_EXPR:
    puts_(o, "(expr ");
    dexpr(o, s->u.expr);
    puts_(o, ")");
    break;
  case S_SEND:
    puts_(o, "(send ");
    dexpr(o, s->u.send.chan);
    puts_(o, " ");
    dexpr(o, s->u.send.value);
    puts_(o, ")");
    break;
  case S_INCDEC:
    putf(o, "(%s ", ast_token_string(s->u.incdec.tok));
    dexpr(o, s->u.incdec.x);
    puts_(o, ")");
    break;
  case S_ASSIGN:
    putf(o, "(%s (", ast_token_string(s->u.assign.tok));
    for (int i = 0; i < s->u.assign.lhs.n; i++) {
      if (i > 0) puts_(o, " ");
      dexpr(o, s->u.assign.lhs.v[i]);
    }
    puts_(o, ") (");
    for (int i = 0; i < s->u.assign.rhs.n; i++) {
      if (i > 0) puts_(o, " ");
      dexpr(o, s->u.assign.rhs.v[i]);
    }
    puts_(o, "))");
    break;
  case S_GO: case S_DEFER:
    puts_(o, s->kind == S_GO ? "(go " : "(defer ");
    dexpr(o, s->u.call);
    puts_(o, ")");
    break;
  case S_RETURN:
    puts_(o, "(return");
    dexprs(o, s->u.ret.results);
    puts_(o, ")");
    break;
  case S_BRANCH:
    putf(o, "(%s", ast_token_string(s->u.branch.tok));
    if (s->u.branch.label) {
      puts_(o, " ");
      dexpr(o, s->u.branch.label);
    }
    puts_(o, ")");
    break;
  case S_BLOCK:
    puts_(o, "(block");
    dlist(o, s->u.block.list, ind + 1);
    puts_(o, ")");
    break;
  case S_IF:
    puts_(o, "(if");
    dsopt(o, s->u.ifs.init, ind);
    dopt(o, s->u.ifs.cond);
    dsopt(o, s->u.ifs.then, ind);
    if (s->u.ifs.els) dsopt(o, s->u.ifs.els, ind);
    puts_(o, ")");
    break;
  case S_CASE:
    if (s->u.caseclause.is_default) {
      puts_(o, "(default");
    } else {
      puts_(o, "(case (");
      for (int i = 0; i < s->u.caseclause.list.n; i++) {
        if (i > 0) puts_(o, " ");
        dexpr(o, s->u.caseclause.list.v[i]);
      }
      puts_(o, ")");
    }
    dlist(o, s->u.caseclause.body, ind + 1);
    puts_(o, ")");
    break;
  case S_SWITCH:
    puts_(o, "(switch");
    dlabel(o, s->u.switchs.label);
    dsopt(o, s->u.switchs.init, ind);
    dopt(o, s->u.switchs.tag);
    dsopt(o, s->u.switchs.body, ind);
    puts_(o, ")");
    break;
  case S_TYPESWITCH:
    puts_(o, "(typeswitch");
    dlabel(o, s->u.typeswitch.label);
    dsopt(o, s->u.typeswitch.init, ind);
    dsopt(o, s->u.typeswitch.assign, ind);
    dsopt(o, s->u.typeswitch.body, ind);
    puts_(o, ")");
    break;
  case S_COMM:
    puts_(o, "(comm");
    dsopt(o, s->u.comm.comm, ind);
    dlist(o, s->u.comm.body, ind + 1);
    puts_(o, ")");
    break;
  case S_SELECT:
    puts_(o, "(select");
    dlabel(o, s->u.select.label);
    dsopt(o, s->u.select.body, ind);
    puts_(o, ")");
    break;
  case S_FOR:
    puts_(o, "(for");
    dlabel(o, s->u.fors.label);
    dsopt(o, s->u.fors.init, ind);
    dopt(o, s->u.fors.cond);
    dsopt(o, s->u.fors.post, ind);
    dsopt(o, s->u.fors.body, ind);
    puts_(o, ")");
    break;
  case S_RANGE:
    puts_(o, "(range");
    dlabel(o, s->u.range.label);
    dopt(o, s->u.range.key);
    dopt(o, s->u.range.value);
    putf(o, " %s", s->u.range.tok == TK_EOF ? "nil" : ast_token_string(s->u.range.tok));
    dopt(o, s->u.range.x);
    dsopt(o, s->u.range.body, ind);
    puts_(o, ")");
    break;
  }
}

static void dspec(Out *o, const Spec *s) {
  switch (s->kind) {
  case SPEC_IMPORT:
    puts_(o, "(import");
    dopt(o, s->u.import.name);
    putf(o, " \"%s\")", s->u.import.path ? s->u.import.path : "");
    break;
  case SPEC_VALUE:
    putf(o, "(spec %d%s (", s->u.value.iota, s->u.value.implicit ? " implicit" : "");
    for (int i = 0; i < s->u.value.nnames; i++) {
      if (i > 0) puts_(o, " ");
      dexpr(o, s->u.value.names[i]);
    }
    puts_(o, ")");
    dopt(o, s->u.value.type);
    dexprs(o, s->u.value.values);
    puts_(o, ")");
    break;
  case SPEC_TYPE:
    puts_(o, "(typespec ");
    dexpr(o, s->u.type.name);
    if (s->u.type.alias) puts_(o, " =");
    dopt(o, s->u.type.type);
    puts_(o, ")");
    break;
  }
}

static void ddecl(Out *o, const Decl *d, int ind) {
  switch (d->kind) {
  case D_BAD:
    puts_(o, "(baddecl)");
    break;
  case D_GEN:
    putf(o, "(%s", ast_token_string(d->u.gen.tok));
    for (int i = 0; i < d->u.gen.nspecs; i++) {
      puts_(o, " ");
      dspec(o, d->u.gen.specs[i]);
    }
    puts_(o, ")");
    break;
  case D_FUNC:
    puts_(o, "(func ");
    if (d->u.func.recv) {
      dfields(o, "recv", d->u.func.recv);
      puts_(o, " ");
    }
    dexpr(o, d->u.func.name);
    puts_(o, " ");
    dexpr(o, d->u.func.type);
    dsopt(o, d->u.func.body, ind);
    puts_(o, ")");
    break;
  }
}

char *ast_dump_file(const File *f) {
  Out o = {0};
  puts_(&o, "(package ");
  dexpr(&o, f->pkgname);
  puts_(&o, ")");
  for (int i = 0; i < f->ndecls; i++) {
    nl(&o, 0);
    ddecl(&o, f->decls[i], 0);
  }
  puts_(&o, "\n");
  return o.s;
}

char *ast_dump_expr(const Expr *e) {
  Out o = {0};
  put(&o, "", 0);
  dexpr(&o, e);
  return o.s;
}

char *ast_dump_stmt(const Stmt *s) {
  Out o = {0};
  put(&o, "", 0);
  dstmt(&o, s, 0);
  return o.s;
}

/* }================================================================== */
