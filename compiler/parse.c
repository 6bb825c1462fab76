/*
** parse.c — the parser's driver: tokens, syntax errors and recovery, source
** files and declarations (gc's syntax/parser.go, "Error handling", "Package
** files" and "Declarations"); see parse.h for the invariants.
**
** Error reporting follows gc: a syntax error names the current token
** ("unexpected newline, expecting comma or }"), then the parser skips to a
** token of a follow set (ps_advance) and goes on; at EOF after a first error
** nothing more is reported. Lexical errors arrive through the same path. A
** File is returned unless a syntax error (or the error limit, the nesting
** limit, or generics) made the tree unusable; gc likewise type-checks a file
** whose only errors are malformed literals (those become E_BAD nodes).
**
** Declarations: each `const`, `var`, `type` or `import` keyword gives one
** D_GEN Decl holding its specs (one, or a parenthesised group). In a const
** group a spec without type and values repeats the previous one's: the
** parser copies those pointers and sets `implicit`; `iota` is the spec's
** index in its group.
*/
#include "parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* {==================================================================
** Tokens and errors
** =================================================================== */

static void lex_error(void *ud, int line, int col, const char *msg) {
  ps_error_at((Parser *)ud, (Pos){line, col, ((Parser *)ud)->c->cur_file}, "%s", msg);
}

void ps_init(Parser *p, Comp *c, const char *src, size_t len) {
  memset(p, 0, sizeof *p);
  p->c = c;
  p->a = &c->arena;
  lex_init(&p->lx, src, len, lex_error, p);
}

Pos ps_pos(const Parser *p) { return (Pos){p->lx.tline, p->lx.tcol, p->c->cur_file}; }

static void stop(Parser *p) {
  p->fatal = true;
  p->lx.tok = TK_EOF;
}

void ps_next(Parser *p) {
  if (p->fatal) {
    p->lx.tok = TK_EOF;
    return;
  }
  lex_next(&p->lx);
}

bool ps_got(Parser *p, TokenKind k) {
  if (TOK(p) == k) {
    ps_next(p);
    return true;
  }
  return false;
}

void ps_want(Parser *p, TokenKind k) {
  if (!ps_got(p, k)) {
    ps_syntax_error(p, "expecting %s", ps_tokstring(k));
    ps_advance(p, PS_NO_FOLLOW);
  }
}

/* gc's gotAssign: also accepts ":=" (reporting it) for better recovery. */
bool ps_got_assign(Parser *p) {
  switch (TOK(p)) {
  case TK_DEFINE:
    ps_syntax_error(p, "expecting =");
    /* fall through */
  case TK_ASSIGN:
    ps_next(p);
    return true;
  default:
    return false;
  }
}

static char *vformat(Parser *p, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (n < 0) n = 0;
  char *s = arena_alloc(p->a, (size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

/* Hands msg to the Comp; the 10th error ends the parse, as gc exits. */
static void emit(Parser *p, Pos pos, const char *msg) {
  if (p->fatal) return;
  cmp_error(p->c, pos, "%s", msg);
  if (p->c->max_errors > 0 && cmp_nerrors(p->c) >= p->c->max_errors) stop(p);
}

static void report(Parser *p, Pos pos, const char *msg) {
  p->first = true;
  p->errcnt++;
  if (strncmp(msg, "syntax error", 12) == 0) p->syntax = true;
  emit(p, pos, msg);
}

void ps_error_at(Parser *p, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(p, fmt, ap);
  va_end(ap);
  report(p, pos, msg);
}

/* gc's label checks report through the error handler directly, so they
** count neither as the parser's first error nor in its error count. */
void ps_branch_error_at(Parser *p, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(p, fmt, ap);
  va_end(ap);
  emit(p, pos, msg);
}

const char *ps_tokstring(TokenKind k) {
  switch (k) {
  case TK_COMMA: return "comma";
  case TK_SEMICOLON: return "semicolon or newline";
  default: return ast_token_string(k);
  }
}

static bool has_prefix(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The current token as gc names it in "unexpected X". */
static char *token_desc(Parser *p) {
  const Lexer *lx = &p->lx;
  switch (lx->tok) {
  case TK_IDENT:
    return arena_strndup(p->a, lx->lit, (size_t)lx->litlen);
  case TK_SEMICOLON:
    return arena_strndup(p->a, lx->semi, strlen(lx->semi));
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING: {
    char *s = arena_alloc(p->a, (size_t)lx->litlen + 9);
    memcpy(s, "literal ", 8);
    memcpy(s + 8, lx->lit, (size_t)lx->litlen);
    return s;
  }
  default:
    return (char *)ps_tokstring(lx->tok);
  }
}

void ps_syntax_error_at(Parser *p, Pos pos, const char *fmt, ...) {
  if (TOK(p) == TK_EOF && p->first) return; /* no follow-up errors at EOF */
  va_list ap;
  va_start(ap, fmt);
  char *msg = vformat(p, fmt, ap);
  va_end(ap);

  const char *sep;
  if (msg[0] == 0)
    sep = "";
  else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") ||
           has_prefix(msg, "after "))
    sep = " ";
  else if (has_prefix(msg, "expecting "))
    sep = ", ";
  else {
    /* plain error: the current token does not matter */
    ps_error_at(p, pos, "syntax error: %s", msg);
    return;
  }
  ps_error_at(p, pos, "syntax error: unexpected %s%s%s", token_desc(p), sep, msg);
}

TokSet ps_tokset(int n, ...) {
  TokSet s = {{0, 0}};
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    int k = va_arg(ap, int);
    s.w[k / 64] |= (uint64_t)1 << (k % 64);
  }
  va_end(ap);
  return s;
}

static bool contains(TokSet s, TokenKind k) {
  return (s.w[k / 64] >> (k % 64)) & 1;
}

/* Keywords that start a statement: good places to resynchronise inside a
** function body. */
static TokSet stopset(void) {
  return TS(TK_BREAK, TK_CONST, TK_CONTINUE, TK_DEFER, TK_FALLTHROUGH,
            TK_FOR, TK_GO, TK_GOTO, TK_IF, TK_RETURN, TK_SELECT, TK_SWITCH,
            TK_TYPE, TK_VAR);
}

/* Skips tokens up to one in follow (or in the stop set, inside functions);
** with PS_NO_FOLLOW, skips exactly one token (never EOF). */
void ps_advance(Parser *p, TokSet follow) {
  TokSet eof = TS(TK_EOF);
  bool skip_one = follow.w[0] == eof.w[0] && follow.w[1] == eof.w[1];
  TokSet set = follow;
  set.w[0] |= eof.w[0];
  if (!skip_one && p->fnest > 0) {
    TokSet s = stopset();
    set.w[0] |= s.w[0];
    set.w[1] |= s.w[1];
  }
  while (!contains(set, TOK(p))) {
    ps_next(p);
    if (skip_one) break;
  }
}

bool ps_enter(Parser *p) {
  if (++p->depth <= PS_MAX_DEPTH) return true;
  if (!p->fatal) {
    ps_error_at(p, ps_pos(p), "exceeded max nesting depth");
    stop(p);
  }
  return false;
}

void ps_leave(Parser *p) { p->depth--; }

void ps_unsupported(Parser *p, Pos pos, const char *what) {
  if (!p->unsupported) ps_error_at(p, pos, "%s are not supported", what);
  p->unsupported = true;
}

Pos ps_list(Parser *p, const char *context, TokenKind sep, TokenKind close,
            bool (*f)(Parser *p, void *ud), void *ud) {
  bool done = false;
  while (TOK(p) != TK_EOF && TOK(p) != close && !done) {
    done = f(p, ud);
    if (!ps_got(p, sep) && TOK(p) != close) {
      ps_syntax_error(p, "in %s; possibly missing %s or %s", context,
                      ps_tokstring(sep), ps_tokstring(close));
      ps_advance(p, TS(TK_RPAREN, TK_RBRACK, TK_RBRACE));
      if (TOK(p) != close) return ps_pos(p);
    }
  }
  Pos pos = ps_pos(p);
  ps_want(p, close);
  return pos;
}

/* }================================================================== */

/* {==================================================================
** Nodes
** =================================================================== */

Expr *ps_expr_node(Parser *p, ExprKind k, Pos pos) {
  Expr *e = arena_alloc(p->a, sizeof *e);
  e->kind = k;
  e->pos = pos;
  return e;
}

Stmt *ps_stmt_node(Parser *p, StmtKind k, Pos pos) {
  Stmt *s = arena_alloc(p->a, sizeof *s);
  s->kind = k;
  s->pos = pos;
  return s;
}

Expr *ps_bad_expr(Parser *p) { return ps_expr_node(p, E_BAD, ps_pos(p)); }

Expr *ps_ident(Parser *p, Pos pos, const char *name) {
  Expr *e = ps_expr_node(p, E_IDENT, pos);
  e->u.ident.name = name;
  return e;
}

ExprList ps_exprs(Parser *p, PtrVec *v) {
  ExprList l = {NULL, v->n};
  if (v->n > 0) {
    l.v = arena_alloc(p->a, (size_t)v->n * sizeof *l.v);
    for (int i = 0; i < v->n; i++) l.v[i] = v->v[i];
  }
  return l;
}

/* }================================================================== */

/* {==================================================================
** Declarations
** =================================================================== */

typedef struct Group {
  TokenKind kw;
  PtrVec specs;
  Spec *last;      /* const groups: the last spec with type or values */
} Group;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static Spec *import_spec(Parser *p) {
  Spec *s = arena_alloc(p->a, sizeof *s);
  s->kind = SPEC_IMPORT;
  s->pos = ps_pos(p);
  if (TOK(p) == TK_IDENT) {
    s->u.import.name = ps_name(p);
  } else if (TOK(p) == TK_PERIOD) {
    s->u.import.name = ps_ident(p, ps_pos(p), ".");
    ps_next(p);
  }
  s->u.import.pathpos = ps_pos(p);
  TokenKind kind;
  Expr *path = ps_oliteral(p, &kind);
  if (path == NULL) {
    ps_syntax_error(p, "missing import path");
    ps_advance(p, TS(TK_SEMICOLON, TK_RPAREN));
    return NULL;
  }
  if (path->kind == E_BAD) return NULL; /* reported by the lexer; gc skips it */
  if (kind != TK_STRING) {
    ps_syntax_error(p, "import path must be a string");
    return NULL;
  }
  char *val;
  if (lex_unquote_string(p->c, path->u.lit.raw, (size_t)path->u.lit.len, &val) < 0)
    return NULL;
  s->u.import.path = val;
  return s;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Spec *const_spec(Parser *p, Group *g) {
  Spec *s = arena_alloc(p->a, sizeof *s);
  s->kind = SPEC_VALUE;
  s->pos = ps_pos(p);
  ExprList names = ps_name_list(p, ps_name(p));
  s->u.value.names = names.v;
  s->u.value.nnames = names.n;
  if (TOK(p) != TK_EOF && TOK(p) != TK_SEMICOLON && TOK(p) != TK_RPAREN) {
    s->u.value.type = ps_type_or_nil(p);
    if (ps_got_assign(p)) s->u.value.values = ps_expr_list(p);
  }
  s->u.value.iota = g->specs.n;
  if (s->u.value.type != NULL || s->u.value.values.n > 0) {
    g->last = s;
  } else if (g->last != NULL) {
    s->u.value.implicit = true;
    s->u.value.type = g->last->u.value.type;
    s->u.value.values = g->last->u.value.values;
  }
  return s;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Spec *var_spec(Parser *p) {
  Spec *s = arena_alloc(p->a, sizeof *s);
  s->kind = SPEC_VALUE;
  s->pos = ps_pos(p);
  ExprList names = ps_name_list(p, ps_name(p));
  s->u.value.names = names.v;
  s->u.value.nnames = names.n;
  if (ps_got_assign(p)) {
    s->u.value.values = ps_expr_list(p);
  } else {
    s->u.value.type = ps_type(p);
    if (ps_got_assign(p)) s->u.value.values = ps_expr_list(p);
  }
  return s;
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . gc's careful dance
** between `type T [N]E` and `type T[P C] ...` is kept so that array types
** parse (and fail) as in gc; a type parameter list is reported as
** unsupported. */
static Spec *type_spec(Parser *p) {
  Spec *s = arena_alloc(p->a, sizeof *s);
  s->kind = SPEC_TYPE;
  s->pos = ps_pos(p);
  s->u.type.name = ps_name(p);
  Expr *type = NULL;
  if (TOK(p) == TK_LBRACK) {
    Pos lbrack = ps_pos(p);
    ps_next(p);
    if (TOK(p) == TK_IDENT) {
      Expr *x = ps_name(p);
      if (TOK(p) != TK_LBRACK) {
        p->xnest++;
        x = ps_binary_expr(p, ps_pexpr(p, x, false), 0);
        p->xnest--;
      }
      Expr *pname, *ptype;
      if (ps_extract_name(p, x, TOK(p) == TK_COMMA, &pname, &ptype) &&
          (ptype != NULL || TOK(p) != TK_RBRACK)) {
        ps_unsupported(p, lbrack, "type parameters");
        ps_param_list(p, pname, ptype, TK_RBRACK, true, lbrack);
        s->u.type.alias = ps_got_assign(p);
        type = ps_type_or_nil(p);
      } else {
        type = ps_array_type(p, lbrack, x);
      }
    } else if (TOK(p) == TK_RBRACK) {
      ps_next(p);
      type = ps_slice_type(p, lbrack);
    } else {
      type = ps_array_type(p, lbrack, NULL);
    }
  } else {
    s->u.type.alias = ps_got_assign(p);
    type = ps_type_or_nil(p);
  }
  if (type == NULL) {
    type = ps_bad_expr(p);
    ps_syntax_error(p, "in type declaration");
    ps_advance(p, TS(TK_SEMICOLON, TK_RPAREN));
  }
  s->u.type.type = type;
  return s;
}

static Spec *spec(Parser *p, Group *g) {
  switch (g->kw) {
  case TK_IMPORT: return import_spec(p);
  case TK_CONST: return const_spec(p, g);
  case TK_TYPE: return type_spec(p);
  default: return var_spec(p);
  }
}

static bool group_elem(Parser *p, void *ud) {
  Group *g = ud;
  Spec *s = spec(p, g);
  if (s != NULL) ptrvec_push(p->a, &g->specs, s);
  return false;
}

/* appendGroup: f | "(" { f ";" } ")", the keyword kw already consumed. */
Decl *ps_decl_group(Parser *p, TokenKind kw, Pos kwpos) {
  Decl *d = arena_alloc(p->a, sizeof *d);
  d->kind = D_GEN;
  d->pos = kwpos;
  d->u.gen.tok = kw;
  Group g = {kw, {0}, NULL};
  if (TOK(p) == TK_LPAREN) {
    d->u.gen.lparen = ps_pos(p);
    ps_next(p);
    d->u.gen.rparen = ps_list(p, "grouped declaration", TK_SEMICOLON,
                              TK_RPAREN, group_elem, &g);
  } else {
    group_elem(p, &g);
  }
  d->u.gen.nspecs = g.specs.n;
  if (g.specs.n > 0) {
    d->u.gen.specs = arena_alloc(p->a, (size_t)g.specs.n * sizeof(Spec *));
    for (int i = 0; i < g.specs.n; i++) d->u.gen.specs[i] = g.specs.v[i];
  }
  return d;
}

/* The number of parameters in a field list, counting each name. */
static int count_params(const FieldList *l) {
  int n = 0;
  for (int i = 0; i < l->n; i++) n += l->v[i]->nnames > 0 ? l->v[i]->nnames : 1;
  return n;
}

/* FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
** MethodDecl   = "func" Receiver MethodName ( Function | Signature ) . */
static Decl *func_decl_or_nil(Parser *p, Pos funcpos) {
  Decl *d = arena_alloc(p->a, sizeof *d);
  d->kind = D_FUNC;
  d->pos = funcpos;
  if (TOK(p) == TK_LPAREN) {
    Pos open = ps_pos(p);
    ps_next(p);
    FieldList rcvr = ps_param_list(p, NULL, NULL, TK_RPAREN, false, open);
    int n = count_params(&rcvr);
    if (n == 0) {
      ps_error_at(p, ps_pos(p), "method has no receiver");
    } else {
      if (n > 1) ps_error_at(p, ps_pos(p), "method has multiple receivers");
      /* keep the first receiver only, as gc does */
      FieldList *recv = arena_alloc(p->a, sizeof *recv);
      *recv = rcvr;
      recv->n = 1;
      if (rcvr.v[0]->nnames > 1) {
        Field *f = arena_alloc(p->a, sizeof *f);
        *f = *rcvr.v[0];
        f->nnames = 1;
        recv->v = arena_alloc(p->a, sizeof(Field *));
        recv->v[0] = f;
      }
      d->u.func.recv = recv;
    }
  }
  if (TOK(p) != TK_IDENT) {
    ps_syntax_error(p, "expecting name or (");
    ps_advance(p, TS(TK_LBRACE, TK_SEMICOLON));
    return NULL;
  }
  d->u.func.name = ps_name(p);
  d->u.func.type = ps_func_type(p, d->u.func.recv ? "method" : "", funcpos);
  if (TOK(p) == TK_LBRACE) d->u.func.body = ps_func_body(p);
  return d;
}

static bool is_empty_func_decl(PtrVec *decls) {
  if (decls->n == 0) return false;
  Decl *d = decls->v[decls->n - 1];
  return d->kind == D_FUNC && d->u.func.body == NULL;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
static File *file_or_nil(Parser *p) {
  File *f = arena_alloc(p->a, sizeof *f);
  f->filename = p->c->filename;
  if (!ps_got(p, TK_PACKAGE)) {
    ps_syntax_error(p, "package statement must be first");
    return NULL;
  }
  f->pkgname = ps_name(p);
  ps_want(p, TK_SEMICOLON);
  if (p->first) return NULL; /* don't bother after a bad package clause */

  PtrVec decls = {0};
  while (TOK(p) == TK_IMPORT) {
    Pos kwpos = ps_pos(p);
    ps_next(p);
    ptrvec_push(p->a, &decls, ps_decl_group(p, TK_IMPORT, kwpos));
    ps_want(p, TK_SEMICOLON);
  }

  TokSet follow = TS(TK_CONST, TK_TYPE, TK_VAR, TK_FUNC);
  while (TOK(p) != TK_EOF) {
    TokenKind kw = TOK(p);
    Pos kwpos = ps_pos(p);
    switch (kw) {
    case TK_CONST: case TK_TYPE: case TK_VAR:
      ps_next(p);
      ptrvec_push(p->a, &decls, ps_decl_group(p, kw, kwpos));
      break;
    case TK_FUNC: {
      ps_next(p);
      Decl *d = func_decl_or_nil(p, kwpos);
      if (d != NULL) ptrvec_push(p->a, &decls, d);
      break;
    }
    default:
      if (TOK(p) == TK_LBRACE && is_empty_func_decl(&decls))
        ps_syntax_error(p, "unexpected semicolon or newline before {");
      else
        ps_syntax_error(p, "non-declaration statement outside function body");
      ps_advance(p, follow);
      continue;
    }
    if (TOK(p) != TK_EOF && !ps_got(p, TK_SEMICOLON)) {
      ps_syntax_error(p, "after top level declaration");
      ps_advance(p, follow);
    }
  }
  f->ndecls = decls.n;
  if (decls.n > 0) {
    f->decls = arena_alloc(p->a, (size_t)decls.n * sizeof(Decl *));
    for (int i = 0; i < decls.n; i++) f->decls[i] = decls.v[i];
  }
  return f;
}

File *parse_file(Comp *c) {
  Parser p;
  ps_init(&p, c, c->src, c->srclen);
  ps_next(&p);
  File *f = file_or_nil(&p);
  if (p.syntax || p.fatal || p.unsupported) return NULL;
  return f;
}

Expr *parse_type_string(Comp *c, const char *src) {
  size_t n = strlen(src);
  Parser p;
  ps_init(&p, c, arena_strndup(&c->arena, src, n), n);
  ps_next(&p);
  Expr *t = ps_type_or_nil(&p);
  if (t == NULL) {
    ps_syntax_error(&p, "expecting type");
    return NULL;
  }
  if (TOK(&p) == TK_SEMICOLON && strcmp(p.lx.semi, "EOF") == 0) ps_next(&p);
  if (TOK(&p) != TK_EOF) ps_syntax_error(&p, "after type");
  return p.first || p.unsupported ? NULL : t;
}

/* }================================================================== */
