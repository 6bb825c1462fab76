/*
** parse_expr.c — expressions and types (gc's syntax/parser.go,
** "Expressions", "Types" and "Common productions").
**
** Shape of the tree (ast.h): unary * is E_STAR, other unary operators
** E_UNARY; parentheses are kept as E_PAREN in expressions (gc keeps them
** too wherever they matter), except around the operand of & and around
** types, where gc drops them. `[]T` is an E_ARRAYTYPE without len, `[...]T`
** one whose len is an E_ELLIPSIS. `x.(type)` is an E_TYPEASSERT without
** type.
**
** The composite literal ambiguity (spec: "a parsing ambiguity arises when
** a composite literal using the TypeName form of the LiteralType appears as
** an operand between the keyword and the opening brace of the block of an
** if, for, or switch statement") is resolved as gc does: `xnest` is -1 in
** those headers and is raised inside any bracketing, and a '{' after a type
** name opens a literal only when xnest >= 0.
**
** Generics: type parameter lists and instantiations are parsed as gc parses
** them (so that gc's errors come out for non-generic mistakes) and then
** reported as unsupported.
*/
#include <string.h>

#include "parse.h"

static Expr *operand(Parser *p, bool keep_parens);
static Expr *complit_expr(Parser *p);
static Expr *qualified_name(Parser *p, Expr *name);
static Expr *struct_type(Parser *p);
static Expr *interface_type(Parser *p);

Expr *ps_unparen(Expr *x) {
  while (x != NULL && x->kind == E_PAREN) x = x->u.paren.x;
  return x;
}

/* {==================================================================
** Common productions
** =================================================================== */

Expr *ps_name(Parser *p) {
  if (TOK(p) == TK_IDENT) {
    Expr *n = ps_ident(p, ps_pos(p),
                       arena_strndup(p->a, p->lx.lit, (size_t)p->lx.litlen));
    ps_next(p);
    return n;
  }
  Expr *n = ps_ident(p, ps_pos(p), "_");
  ps_syntax_error(p, "expecting name");
  ps_advance(p, PS_NO_FOLLOW);
  return n;
}

/* IdentifierList = identifier { "," identifier } . */
ExprList ps_name_list(Parser *p, Expr *first) {
  PtrVec v = {0};
  ptrvec_push(p->a, &v, first);
  while (ps_got(p, TK_COMMA)) ptrvec_push(p->a, &v, ps_name(p));
  return ps_exprs(p, &v);
}

/* ExpressionList = Expression { "," Expression } . */
ExprList ps_expr_list(Parser *p) {
  PtrVec v = {0};
  ptrvec_push(p->a, &v, ps_expr(p));
  while (ps_got(p, TK_COMMA)) ptrvec_push(p->a, &v, ps_expr(p));
  return ps_exprs(p, &v);
}

/* typeList = arg { "," arg } [ "," ] : the first element may be any
** expression, the others must be types (instantiation). Sets *comma when a
** comma was seen and *second to the second element, if any. */
static Expr *type_list(Parser *p, bool *comma, Expr **second) {
  *comma = false;
  *second = NULL;
  p->xnest++;
  Expr *x = ps_expr(p);
  if (ps_got(p, TK_COMMA)) {
    *comma = true;
    Expr *t = ps_type_or_nil(p);
    if (t != NULL) {
      *second = t;
      while (ps_got(p, TK_COMMA))
        if (ps_type_or_nil(p) == NULL) break;
    }
  }
  p->xnest--;
  return x;
}

Expr *ps_oliteral(Parser *p, TokenKind *kind) {
  switch (TOK(p)) {
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    break;
  default:
    return NULL;
  }
  Expr *e;
  *kind = TOK(p);
  if (p->lx.bad) {
    /* already reported; the checker treats E_BAD as silently invalid */
    e = ps_expr_node(p, E_BAD, ps_pos(p));
  } else {
    e = ps_expr_node(p, E_BASICLIT, ps_pos(p));
    e->u.lit.tok = TOK(p);
    e->u.lit.raw = arena_strndup(p->a, p->lx.lit, (size_t)p->lx.litlen);
    e->u.lit.len = p->lx.litlen;
  }
  ps_next(p);
  return e;
}

/* }================================================================== */

/* {==================================================================
** Expressions
** =================================================================== */

Expr *ps_expr(Parser *p) { return ps_binary_expr(p, NULL, 0); }

/* Expression = UnaryExpr | Expression binary_op Expression . Each operator
** of a left-associative chain deepens the tree, so each counts as a level. */
Expr *ps_binary_expr(Parser *p, Expr *x, int prec) {
  int depth = p->depth;
  if (!ps_enter(p)) {
    p->depth = depth;
    return x ? x : ps_bad_expr(p);
  }
  if (x == NULL) x = ps_unary_expr(p);
  while (lex_precedence(TOK(p)) > prec && ps_enter(p)) {
    Expr *t = ps_expr_node(p, E_BINARY, ps_pos(p));
    t->u.binary.op = TOK(p);
    int tprec = lex_precedence(TOK(p));
    ps_next(p);
    t->u.binary.x = x;
    t->u.binary.lpos = ast_start_pos(x);
    t->u.binary.y = ps_binary_expr(p, NULL, tprec);
    x = t;
  }
  p->depth = depth;
  return x;
}

static Expr *unary_operand(Parser *p) {
  if (!ps_enter(p)) {
    ps_leave(p);
    return ps_bad_expr(p);
  }
  Expr *x = ps_unary_expr(p);
  ps_leave(p);
  return x;
}

/* <-x is a receive, unless x turns out to be a channel type: then the <-
** belongs to the type (<-chan E), re-associated through nested channel
** types as gc does. */
static Expr *receive_or_chan(Parser *p) {
  Pos pos = ps_pos(p);
  ps_next(p);
  Expr *x = unary_operand(p);
  if (x->kind == E_CHANTYPE) {
    int dir = CHAN_SEND;
    Expr *t = x;
    while (dir == CHAN_SEND) {
      if (t->kind != E_CHANTYPE) break;
      dir = t->u.chan.dir;
      if (dir == CHAN_RECV) /* <-<-chan E is not permitted */
        ps_syntax_error(p, "unexpected <-, expecting chan");
      t->u.chan.dir = CHAN_RECV;
      t = t->u.chan.value;
    }
    if (dir == CHAN_SEND) /* <-chan<-E with E not a channel */
      ps_syntax_error(p, "unexpected %s, expecting chan", ast_expr_string(p->a, t));
    x->pos = pos;
    return x;
  }
  Expr *o = ps_expr_node(p, E_UNARY, pos);
  o->u.unary.op = TK_ARROW;
  o->u.unary.x = x;
  return o;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
Expr *ps_unary_expr(Parser *p) {
  TokenKind op = TOK(p);
  Pos pos = ps_pos(p);
  switch (op) {
  case TK_MUL: {
    ps_next(p);
    Expr *x = ps_expr_node(p, E_STAR, pos);
    x->u.star.x = unary_operand(p);
    return x;
  }
  case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR: case TK_TILDE:
  case TK_AND: {
    ps_next(p);
    Expr *x = ps_expr_node(p, E_UNARY, pos);
    x->u.unary.op = op;
    x->u.unary.x = unary_operand(p);
    /* &(T{...}): the parentheses were only there for the ambiguity */
    if (op == TK_AND) x->u.unary.x = ps_unparen(x->u.unary.x);
    return x;
  }
  case TK_ARROW:
    return receive_or_chan(p);
  default:
    return ps_pexpr(p, NULL, true);
  }
}

/* Whether x must be a value (not a type) syntactically. */
static bool is_value(const Expr *x) {
  switch (x->kind) {
  case E_BASICLIT: case E_COMPOSITE: case E_FUNCLIT: case E_SLICE:
  case E_TYPEASSERT: case E_CALL: case E_UNARY: case E_BINARY:
    return true;
  case E_PAREN:
    return is_value(x->u.paren.x);
  case E_INDEX:
    return is_value(x->u.index.x) || is_value(x->u.index.index);
  default:
    return false; /* *T may be a type */
  }
}

typedef struct Args { PtrVec v; bool dots; } Args;

static bool arg_elem(Parser *p, void *ud) {
  Args *a = ud;
  ptrvec_push(p->a, &a->v, ps_expr(p));
  a->dots = ps_got(p, TK_ELLIPSIS);
  return a->dots;
}

static Expr *call(Parser *p, Expr *fn) {
  Expr *t = ps_expr_node(p, E_CALL, ast_start_pos(fn));
  t->u.call.fn = fn;
  t->u.call.lparen = ps_pos(p);
  ps_next(p);
  Args a = {{0}, false};
  p->xnest++;
  t->u.call.rparen = ps_list(p, "argument list", TK_COMMA, TK_RPAREN, arg_elem, &a);
  p->xnest--;
  t->u.call.args = ps_exprs(p, &a.v);
  t->u.call.has_ellipsis = a.dots;
  return t;
}

/* x[...]: an index or slice expression; lbrack at the current token. */
static Expr *index_or_slice(Parser *p, Expr *x) {
  Pos lbrack = ps_pos(p);
  ps_next(p);
  if (TOK(p) == TK_RBRACK) {
    /* invalid empty index: accept but complain */
    ps_syntax_error(p, "expecting operand");
    ps_next(p);
    return x;
  }
  Expr *i = NULL;
  if (TOK(p) != TK_COLON) {
    bool comma;
    Expr *second;
    i = type_list(p, &comma, &second);
    if (comma || TOK(p) == TK_RBRACK) {
      Expr *t = ps_expr_node(p, E_INDEX, ast_start_pos(x));
      t->u.index.x = x;
      t->u.index.index = i;
      t->u.index.lbrack = lbrack;
      t->u.index.rbrack = ps_pos(p);
      ps_want(p, TK_RBRACK);
      /* x[i, j]: an instantiation for gc; without generics, what types2
         says of an index expression with several indices */
      if (second != NULL)
        ps_error_at(p, ast_start_pos(second), "invalid operation: more than one index");
      return t;
    }
  }
  if (!ps_got(p, TK_COLON)) {
    ps_syntax_error(p, "expecting comma, : or ]");
    ps_advance(p, TS(TK_COMMA, TK_COLON, TK_RBRACK));
  }
  p->xnest++;
  Expr *t = ps_expr_node(p, E_SLICE, ast_start_pos(x));
  t->u.slice.x = x;
  t->u.slice.lbrack = lbrack;
  t->u.slice.lo = i;
  if (TOK(p) != TK_COLON && TOK(p) != TK_RBRACK) t->u.slice.hi = ps_expr(p);
  if (TOK(p) == TK_COLON) {
    t->u.slice.slice3 = true;
    if (t->u.slice.hi == NULL) {
      ps_error_at(p, ps_pos(p), "middle index required in 3-index slice");
      t->u.slice.hi = ps_bad_expr(p);
    }
    ps_next(p);
    if (TOK(p) != TK_RBRACK) {
      t->u.slice.max = ps_expr(p);
    } else {
      ps_error_at(p, ps_pos(p), "final index required in 3-index slice");
      t->u.slice.max = ps_bad_expr(p);
    }
  }
  p->xnest--;
  ps_want(p, TK_RBRACK);
  return t;
}

/* x.sel, x.(T) or x.(type); the '.' is the current token. */
static Expr *selector_or_assert(Parser *p, Expr *x) {
  Pos dot = ps_pos(p);
  ps_next(p);
  if (TOK(p) == TK_IDENT) {
    Expr *t = ps_expr_node(p, E_SELECTOR, ast_start_pos(x));
    t->u.selector.x = x;
    t->u.selector.sel = ps_name(p);
    return t;
  }
  if (TOK(p) == TK_LPAREN) {
    ps_next(p);
    Expr *t = ps_expr_node(p, E_TYPEASSERT, ast_start_pos(x));
    t->u.typeassert.x = x;
    t->u.typeassert.dot = dot;
    if (!ps_got(p, TK_TYPE)) t->u.typeassert.type = ps_type(p);
    ps_want(p, TK_RPAREN);
    return t;
  }
  ps_syntax_error(p, "expecting name or (");
  ps_advance(p, TS(TK_SEMICOLON, TK_RPAREN));
  return x;
}

/* Whether a '{' after x opens a composite literal rather than a block. */
static bool complit_ok(Parser *p, const Expr *t) {
  switch (t->kind) {
  case E_IDENT: case E_SELECTOR:
    return p->xnest >= 0;
  case E_INDEX:
    return p->xnest >= 0 && !is_value(t);
  case E_ARRAYTYPE: case E_STRUCTTYPE: case E_MAPTYPE:
    return true;
  default:
    return false;
  }
}

/* PrimaryExpr = Operand | Conversion | PrimaryExpr Selector |
**   PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
**   PrimaryExpr Arguments .
** Each postfix operation deepens the tree and counts as a nesting level. */
Expr *ps_pexpr(Parser *p, Expr *x, bool keep_parens) {
  if (x == NULL) x = operand(p, keep_parens);
  Pos last = x->pos; /* gc's position of the node built last */
  int depth = p->depth;
  for (;;) {
    Pos pos = ps_pos(p);
    Expr *t;
    switch (TOK(p)) {
    case TK_PERIOD:
      if (!ps_enter(p)) goto done;
      t = selector_or_assert(p, x);
      break;
    case TK_LBRACK:
      if (!ps_enter(p)) goto done;
      t = index_or_slice(p, x);
      break;
    case TK_LPAREN:
      if (!ps_enter(p)) goto done;
      t = call(p, x);
      break;
    case TK_LBRACE: {
      /* operand may have returned a parenthesized complit type: accept
         it but complain */
      Expr *u = ps_unparen(x);
      if (!complit_ok(p, u) || !ps_enter(p)) goto done;
      if (u != x) ps_syntax_error(p, "cannot parenthesize type in composite literal");
      t = complit_expr(p);
      t->u.composite.type = x;
      t->pos = ast_start_pos(x);
      break;
    }
    default:
      goto done;
    }
    if (t != x) last = pos;
    x = t;
  }
done:
  p->depth = depth;
  p->pexpr_pos = last;
  return x;
}

Expr *ps_funclit_or_type(Parser *p) {
  Pos pos = ps_pos(p);
  ps_next(p);
  Expr *ftyp = ps_func_type(p, "function type", pos);
  if (TOK(p) != TK_LBRACE) return ftyp;
  p->xnest++;
  Expr *f = ps_expr_node(p, E_FUNCLIT, pos);
  f->u.funclit.type = ftyp;
  f->u.funclit.body = ps_func_body(p);
  p->xnest--;
  return f;
}

/* Operand = Literal | OperandName | MethodExpr | "(" Expression ")" . */
static Expr *operand(Parser *p, bool keep_parens) {
  (void)keep_parens; /* parentheses are always kept here (see top) */
  TokenKind kind;
  switch (TOK(p)) {
  case TK_IDENT:
    return ps_name(p);
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    return ps_oliteral(p, &kind);
  case TK_LPAREN: {
    Expr *x = ps_expr_node(p, E_PAREN, ps_pos(p));
    ps_next(p);
    p->xnest++;
    x->u.paren.x = ps_expr(p);
    p->xnest--;
    ps_want(p, TK_RPAREN);
    return x;
  }
  case TK_FUNC:
    return ps_funclit_or_type(p);
  case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT:
  case TK_INTERFACE:
    return ps_type(p);
  default: {
    Expr *x = ps_bad_expr(p);
    ps_syntax_error(p, "expecting expression");
    ps_advance(p, TS(TK_RPAREN, TK_RBRACK, TK_RBRACE));
    return x;
  }
  }
}

/* Element = Expression | LiteralValue . */
static Expr *bare_complit_expr(Parser *p) {
  if (TOK(p) != TK_LBRACE) return ps_expr(p);
  if (!ps_enter(p)) {
    ps_leave(p);
    return ps_bad_expr(p);
  }
  Expr *x = complit_expr(p);
  ps_leave(p);
  return x;
}

static bool complit_elem(Parser *p, void *ud) {
  Expr *e = bare_complit_expr(p);
  if (TOK(p) == TK_COLON) {
    Expr *kv = ps_expr_node(p, E_KEYVALUE, ast_start_pos(e));
    kv->u.kv.colon = ps_pos(p);
    ps_next(p);
    kv->u.kv.key = e;
    kv->u.kv.value = bare_complit_expr(p);
    e = kv;
  }
  ptrvec_push(p->a, (PtrVec *)ud, e);
  return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Expr *complit_expr(Parser *p) {
  Expr *x = ps_expr_node(p, E_COMPOSITE, ps_pos(p));
  x->u.composite.lbrace = ps_pos(p);
  PtrVec elts = {0};
  p->xnest++;
  ps_want(p, TK_LBRACE);
  x->u.composite.rbrace = ps_list(p, "composite literal", TK_COMMA, TK_RBRACE,
                                  complit_elem, &elts);
  p->xnest--;
  x->u.composite.elts = ps_exprs(p, &elts);
  return x;
}

/* }================================================================== */

/* {==================================================================
** Types
** =================================================================== */

Expr *ps_type(Parser *p) {
  Expr *t = ps_type_or_nil(p);
  if (t == NULL) {
    t = ps_bad_expr(p);
    ps_syntax_error(p, "expecting type");
    ps_advance(p, TS(TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK,
                     TK_RBRACE));
  }
  return t;
}

static Expr *chan_elem(Parser *p) {
  Expr *t = ps_type_or_nil(p);
  if (t == NULL) {
    t = ps_bad_expr(p);
    ps_syntax_error(p, "missing channel element type");
    /* assume the element type is simply absent: don't advance */
  }
  return t;
}

static Expr *type_or_nil(Parser *p) {
  Pos pos = ps_pos(p);
  Expr *t;
  switch (TOK(p)) {
  case TK_MUL:
    ps_next(p);
    t = ps_expr_node(p, E_STAR, pos);
    t->u.star.x = ps_type(p);
    return t;
  case TK_ARROW:
    ps_next(p);
    ps_want(p, TK_CHAN);
    t = ps_expr_node(p, E_CHANTYPE, pos);
    t->u.chan.dir = CHAN_RECV;
    t->u.chan.value = chan_elem(p);
    return t;
  case TK_FUNC:
    ps_next(p);
    return ps_func_type(p, "function type", pos);
  case TK_LBRACK:
    ps_next(p);
    if (ps_got(p, TK_RBRACK)) return ps_slice_type(p, pos);
    return ps_array_type(p, pos, NULL);
  case TK_CHAN:
    ps_next(p);
    t = ps_expr_node(p, E_CHANTYPE, pos);
    if (ps_got(p, TK_ARROW)) t->u.chan.dir = CHAN_SEND;
    t->u.chan.value = chan_elem(p);
    return t;
  case TK_MAP:
    ps_next(p);
    ps_want(p, TK_LBRACK);
    t = ps_expr_node(p, E_MAPTYPE, pos);
    t->u.map.key = ps_type(p);
    ps_want(p, TK_RBRACK);
    t->u.map.value = ps_type(p);
    return t;
  case TK_STRUCT:
    return struct_type(p);
  case TK_INTERFACE:
    return interface_type(p);
  case TK_IDENT:
    return qualified_name(p, NULL);
  case TK_LPAREN:
    ps_next(p);
    t = ps_type(p);
    ps_want(p, TK_RPAREN);
    return t;
  default:
    return NULL;
  }
}

/* Type = TypeName | TypeLit | "(" Type ")" ; NULL if there is none. */
Expr *ps_type_or_nil(Parser *p) {
  if (!ps_enter(p)) {
    ps_leave(p);
    return NULL;
  }
  Expr *t = type_or_nil(p);
  ps_leave(p);
  return t;
}

/* T[...] in a type: an instantiation, which needs generics. */
static Expr *type_instance(Parser *p, Expr *typ) {
  Expr *x = ps_expr_node(p, E_INDEX, ast_start_pos(typ));
  x->u.index.x = typ;
  x->u.index.lbrack = ps_pos(p);
  ps_unsupported(p, ps_pos(p), "generic types");
  ps_want(p, TK_LBRACK);
  if (TOK(p) == TK_RBRACK) {
    ps_syntax_error(p, "expecting type");
    x->u.index.index = ps_bad_expr(p);
  } else {
    bool comma;
    Expr *second;
    x->u.index.index = type_list(p, &comma, &second);
  }
  x->u.index.rbrack = ps_pos(p);
  ps_want(p, TK_RBRACK);
  return x;
}

static Expr *qualified_name(Parser *p, Expr *name) {
  Expr *x;
  if (name != NULL) {
    x = name;
  } else if (TOK(p) == TK_IDENT) {
    x = ps_name(p);
  } else {
    x = ps_ident(p, ps_pos(p), "_");
    ps_syntax_error(p, "expecting name");
    ps_advance(p, TS(TK_PERIOD, TK_SEMICOLON, TK_RBRACE));
  }
  if (TOK(p) == TK_PERIOD) {
    Expr *s = ps_expr_node(p, E_SELECTOR, x->pos);
    ps_next(p);
    s->u.selector.x = x;
    s->u.selector.sel = ps_name(p);
    x = s;
  }
  if (TOK(p) == TK_LBRACK) x = type_instance(p, x);
  return x;
}

/* "[" has been consumed (at lbrack); len, if not NULL, too. */
Expr *ps_array_type(Parser *p, Pos lbrack, Expr *len) {
  if (len == NULL) {
    if (TOK(p) == TK_ELLIPSIS) {
      len = ps_expr_node(p, E_ELLIPSIS, ps_pos(p));
      ps_next(p);
    } else {
      p->xnest++;
      len = ps_expr(p);
      p->xnest--;
    }
  }
  if (TOK(p) == TK_COMMA) {
    /* trailing commas are for type parameter lists, not arrays */
    ps_syntax_error(p, "unexpected comma; expecting ]");
    ps_next(p);
  }
  ps_want(p, TK_RBRACK);
  Expr *t = ps_expr_node(p, E_ARRAYTYPE, lbrack);
  t->u.array.len = len;
  t->u.array.elem = ps_type(p);
  return t;
}

/* "[" and "]" have been consumed; lbrack is the position of "[". */
Expr *ps_slice_type(Parser *p, Pos lbrack) {
  Expr *t = ps_expr_node(p, E_ARRAYTYPE, lbrack);
  t->u.array.elem = ps_type(p);
  return t;
}

/* "[" n "]" E (an array) or "[" T, ... "]" (type arguments); sets *generic
** in the latter case, returning an E_INDEX without x. */
static Expr *array_or_targs(Parser *p, bool *generic) {
  *generic = false;
  Pos pos = ps_pos(p);
  ps_want(p, TK_LBRACK);
  if (ps_got(p, TK_RBRACK)) return ps_slice_type(p, pos);
  bool comma;
  Expr *second;
  Expr *n = type_list(p, &comma, &second);
  ps_want(p, TK_RBRACK);
  if (!comma) {
    Expr *elem = ps_type_or_nil(p);
    if (elem != NULL) {
      Expr *t = ps_expr_node(p, E_ARRAYTYPE, pos);
      t->u.array.len = n;
      t->u.array.elem = elem;
      return t;
    }
  }
  ps_unsupported(p, pos, "generic types");
  *generic = true;
  Expr *t = ps_expr_node(p, E_INDEX, pos);
  t->u.index.index = n;
  t->u.index.lbrack = pos;
  return t;
}

/* {------------------------------------------------------------------
** Field lists
** ------------------------------------------------------------------- */

static Field *new_field(Parser *p, Pos pos, Expr *name, Expr *type) {
  Field *f = arena_alloc(p->a, sizeof *f);
  f->pos = pos;
  f->type = type;
  if (name != NULL) {
    f->names = arena_alloc(p->a, sizeof(Expr *));
    f->names[0] = name;
    f->nnames = 1;
  }
  return f;
}

static FieldList field_list(Parser *p, PtrVec *v, Pos open, Pos close) {
  FieldList l = {NULL, v->n, open, close};
  if (v->n > 0) {
    l.v = arena_alloc(p->a, (size_t)v->n * sizeof *l.v);
    for (int i = 0; i < v->n; i++) l.v[i] = v->v[i];
  }
  return l;
}

static void add_field(Parser *p, PtrVec *fields, Pos pos, ExprList names,
                      Expr *type, Expr *tag) {
  Field *f = arena_alloc(p->a, sizeof *f);
  f->pos = pos;
  f->names = names.v;
  f->nnames = names.n;
  f->type = type;
  if (tag != NULL && tag->kind == E_BASICLIT) f->tag = tag->u.lit.raw;
  ptrvec_push(p->a, fields, f);
}

/* FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ] . */
static bool field_decl(Parser *p, void *ud) {
  PtrVec *fields = ud;
  Pos pos = ps_pos(p);
  ExprList none = {NULL, 0};
  TokenKind kind;
  switch (TOK(p)) {
  case TK_IDENT: {
    Expr *name = ps_name(p);
    TokenKind t = TOK(p);
    if (t == TK_PERIOD || t == TK_INT || t == TK_FLOAT || t == TK_IMAG ||
        t == TK_CHAR || t == TK_STRING || t == TK_SEMICOLON || t == TK_RBRACE) {
      /* embedded type */
      Expr *typ = qualified_name(p, name);
      add_field(p, fields, pos, none, typ, ps_oliteral(p, &kind));
      break;
    }
    ExprList names = ps_name_list(p, name);
    Expr *typ;
    if (names.n == 1 && TOK(p) == TK_LBRACK) {
      /* a field T of array type, or an embedded instance T[P] */
      bool generic;
      typ = array_or_targs(p, &generic);
      if (generic) {
        typ->u.index.x = name;
        add_field(p, fields, pos, none, typ, ps_oliteral(p, &kind));
        break;
      }
    } else {
      typ = ps_type(p);
    }
    add_field(p, fields, pos, names, typ, ps_oliteral(p, &kind));
    break;
  }
  case TK_MUL: {
    ps_next(p);
    Expr *typ;
    if (TOK(p) == TK_LPAREN) { /* *(T) */
      ps_syntax_error(p, "cannot parenthesize embedded type");
      ps_next(p);
      typ = qualified_name(p, NULL);
      ps_got(p, TK_RPAREN); /* no need to complain if missing */
    } else {
      typ = qualified_name(p, NULL);
    }
    Expr *star = ps_expr_node(p, E_STAR, pos);
    star->u.star.x = typ;
    add_field(p, fields, pos, none, star, ps_oliteral(p, &kind));
    break;
  }
  case TK_LPAREN: {
    ps_syntax_error(p, "cannot parenthesize embedded type");
    ps_next(p);
    Expr *typ;
    if (TOK(p) == TK_MUL) { /* (*T) */
      typ = ps_expr_node(p, E_STAR, ps_pos(p));
      ps_next(p);
      typ->u.star.x = qualified_name(p, NULL);
    } else { /* (T) */
      typ = qualified_name(p, NULL);
    }
    ps_got(p, TK_RPAREN);
    add_field(p, fields, pos, none, typ, ps_oliteral(p, &kind));
    break;
  }
  default:
    ps_syntax_error(p, "expecting field name or embedded type");
    ps_advance(p, TS(TK_SEMICOLON, TK_RBRACE));
  }
  return false;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Expr *struct_type(Parser *p) {
  Expr *t = ps_expr_node(p, E_STRUCTTYPE, ps_pos(p));
  ps_want(p, TK_STRUCT);
  Pos open = ps_pos(p);
  ps_want(p, TK_LBRACE);
  PtrVec fields = {0};
  Pos close = ps_list(p, "struct type", TK_SEMICOLON, TK_RBRACE, field_decl, &fields);
  t->u.strct.fields = field_list(p, &fields, open, close);
  return t;
}

static Expr *binary(Parser *p, Pos pos, TokenKind op, Expr *x, Expr *y) {
  Expr *t = ps_expr_node(p, E_BINARY, pos);
  t->u.binary.op = op;
  t->u.binary.x = x;
  t->u.binary.y = y;
  t->u.binary.lpos = ast_start_pos(x);
  return t;
}

/* gc's _Operator token class. */
static TokSet operator_class(void) {
  TokSet a = TS(TK_LOR, TK_LAND, TK_EQL, TK_NEQ, TK_LSS, TK_LEQ, TK_GTR,
                TK_GEQ, TK_ADD, TK_SUB, TK_OR, TK_XOR, TK_QUO, TK_REM);
  TokSet b = TS(TK_AND, TK_AND_NOT, TK_SHL, TK_SHR, TK_NOT, TK_TILDE);
  a.w[0] |= b.w[0];
  a.w[1] |= b.w[1];
  return a;
}

/* EmbeddedTerm = [ "~" ] Type . */
static Expr *embedded_term(Parser *p) {
  if (TOK(p) == TK_TILDE) {
    Expr *t = ps_expr_node(p, E_UNARY, ps_pos(p));
    t->u.unary.op = TK_TILDE;
    ps_next(p);
    t->u.unary.x = ps_type(p);
    return t;
  }
  Expr *t = ps_type_or_nil(p);
  if (t == NULL) {
    t = ps_bad_expr(p);
    ps_syntax_error(p, "expecting ~ term or type");
    TokSet s = operator_class();
    TokSet more = TS(TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE);
    s.w[0] |= more.w[0];
    s.w[1] |= more.w[1];
    ps_advance(p, s);
  }
  return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
static Field *embedded_elem(Parser *p, Field *f) {
  if (f == NULL) {
    f = new_field(p, ps_pos(p), NULL, NULL);
    f->type = embedded_term(p);
  }
  while (TOK(p) == TK_OR) {
    Pos pos = ps_pos(p);
    ps_next(p);
    Expr *x = f->type;
    f->type = binary(p, pos, TK_OR, x, embedded_term(p));
  }
  return f;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static Field *method_decl(Parser *p) {
  Pos fpos = ps_pos(p);
  Expr *name = ps_name(p);
  static const char context[] = "interface method";
  switch (TOK(p)) {
  case TK_LPAREN:
    return new_field(p, fpos, name, ps_func_type(p, context, (Pos){0, 0, 0}));
  case TK_LBRACK: {
    /* a generic method m[T C](x T) or an embedded instance T[P1, P2] */
    Pos pos = ps_pos(p);
    ps_next(p);
    if (TOK(p) == TK_RBRACK) {
      Pos pos2 = ps_pos(p);
      ps_next(p);
      if (TOK(p) == TK_LPAREN) {
        ps_error_at(p, pos2, "empty type parameter list");
        return new_field(p, fpos, name, ps_func_type(p, context, (Pos){0, 0, 0}));
      }
      ps_error_at(p, pos2, "empty type argument list");
      return new_field(p, fpos, NULL, name);
    }
    FieldList list = ps_param_list(p, NULL, NULL, TK_RBRACK, false, pos);
    if (list.n == 0) {
      if (TOK(p) == TK_LPAREN)
        return new_field(p, fpos, name, ps_func_type(p, context, (Pos){0, 0, 0}));
      return new_field(p, fpos, NULL, name);
    }
    if (list.v[0]->nnames > 0) {
      Field *f = new_field(p, fpos, name, ps_func_type(p, context, (Pos){0, 0, 0}));
      ps_error_at(p, pos, "interface method must have no type parameters");
      return f;
    }
    ps_unsupported(p, pos, "generic types");
    Expr *t = ps_expr_node(p, E_INDEX, name->pos);
    t->u.index.x = name;
    t->u.index.index = list.v[0]->type;
    t->u.index.lbrack = pos;
    return new_field(p, fpos, NULL, t);
  }
  default:
    return new_field(p, fpos, NULL, qualified_name(p, name));
  }
}

static bool iface_elem(Parser *p, void *ud) {
  Field *f = NULL;
  if (TOK(p) == TK_IDENT) f = method_decl(p);
  if (f == NULL || f->nnames == 0) f = embedded_elem(p, f);
  ptrvec_push(p->a, (PtrVec *)ud, f);
  return false;
}

/* InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" . */
static Expr *interface_type(Parser *p) {
  Expr *t = ps_expr_node(p, E_INTERFACETYPE, ps_pos(p));
  ps_want(p, TK_INTERFACE);
  Pos open = ps_pos(p);
  ps_want(p, TK_LBRACE);
  PtrVec elems = {0};
  Pos close = ps_list(p, "interface type", TK_SEMICOLON, TK_RBRACE, iface_elem, &elems);
  t->u.iface.methods = field_list(p, &elems, open, close);
  return t;
}

/* A parameter as gc sees it before grouping: a name, a type, or both. */
typedef struct Param { Pos pos; Expr *name, *type; } Param;

static Param *new_param(Parser *p, Pos pos, Expr *name, Expr *type) {
  Param *par = arena_alloc(p->a, sizeof *par);
  *par = (Param){pos, name, type};
  return par;
}

static Param *param_from_field(Parser *p, Field *f) {
  return new_param(p, f->pos, NULL, f->type);
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type . One name (given, or
** read here) and/or one type; NULL after an error. */
static Param *param_decl_or_nil(Parser *p, Expr *name, TokenKind follow) {
  bool typesets = follow == TK_RBRACK; /* in type parameter lists */
  Pos pos = ps_pos(p);
  if (name != NULL)
    pos = name->pos;
  else if (typesets && TOK(p) == TK_TILDE)
    return param_from_field(p, embedded_elem(p, NULL));

  Param *f = new_param(p, pos, NULL, NULL);
  if (TOK(p) == TK_IDENT || name != NULL) {
    if (name == NULL) name = ps_name(p);
    if (TOK(p) == TK_LBRACK) {
      bool generic;
      f->type = array_or_targs(p, &generic);
      if (generic)
        f->type->u.index.x = name;
      else
        f->name = name;
      if (typesets && TOK(p) == TK_OR) {
        Field *ef = embedded_elem(p, new_field(p, pos, NULL, f->type));
        f->type = ef->type;
      }
      return f;
    }
    if (TOK(p) == TK_PERIOD) {
      f->type = qualified_name(p, name);
      if (typesets && TOK(p) == TK_OR)
        f->type = embedded_elem(p, new_field(p, pos, NULL, f->type))->type;
      return f;
    }
    if (typesets && TOK(p) == TK_OR)
      return param_from_field(p, embedded_elem(p, new_field(p, pos, NULL, name)));
    f->name = name;
  }
  if (TOK(p) == TK_ELLIPSIS) {
    Expr *t = ps_expr_node(p, E_ELLIPSIS, ps_pos(p));
    ps_next(p);
    t->u.ellipsis.elt = ps_type_or_nil(p);
    if (t->u.ellipsis.elt == NULL) {
      t->u.ellipsis.elt = ps_bad_expr(p);
      ps_syntax_error(p, "... is missing type");
    }
    f->type = t;
    return f;
  }
  if (typesets && TOK(p) == TK_TILDE) {
    f->type = embedded_elem(p, NULL)->type;
    return f;
  }
  f->type = ps_type_or_nil(p);
  if (typesets && TOK(p) == TK_OR && f->type != NULL)
    f->type = embedded_elem(p, new_field(p, pos, NULL, f->type))->type;
  if (f->name != NULL || f->type != NULL) return f;
  ps_syntax_error(p, "expecting %s", ps_tokstring(follow));
  ps_advance(p, TS(TK_COMMA, follow));
  return NULL;
}

typedef struct Params {
  Expr *name, *typ;     /* the first parameter, if given by the caller */
  TokenKind close;
  PtrVec list;          /* of Param */
  int named, typed;
} Params;

static bool param_elem(Parser *p, void *ud) {
  Params *ps = ud;
  Param *par;
  if (ps->typ != NULL)
    par = new_param(p, ps->name->pos, ps->name, ps->typ);
  else
    par = param_decl_or_nil(p, ps->name, ps->close);
  ps->name = ps->typ = NULL; /* the first one was consumed */
  if (par != NULL) {
    if (par->name != NULL && par->type != NULL) ps->named++;
    if (par->type != NULL) ps->typed++;
    ptrvec_push(p->a, &ps->list, par);
  }
  return false;
}

/* Either every parameter has a name, or none has: with no names, what was
** read as names are types; with some, types distribute leftwards
** (a, b int) and a parameter without one is an error. */
static void distribute(Parser *p, Params *ps, bool require_names, Pos end) {
  int n = ps->list.n;
  if (ps->named == 0 && !require_names) {
    for (int i = 0; i < n; i++) {
      Param *par = ps->list.v[i];
      if (par->name != NULL) {
        par->type = par->name;
        par->name = NULL;
      }
    }
    return;
  }
  if (ps->named == n) return;
  Pos pos = {0, 0, 0}; /* leftmost error position */
  Expr *typ = NULL;
  for (int i = n - 1; i >= 0; i--) {
    Param *par = ps->list.v[i];
    if (par->type != NULL) {
      typ = par->type;
      if (par->name == NULL) {
        pos = ast_start_pos(typ);
        par->name = ps_ident(p, pos, "_");
      }
    } else if (typ != NULL) {
      par->type = typ;
    } else {
      /* only a name */
      pos = par->name->pos;
      par->type = ps_expr_node(p, E_BAD, pos);
    }
  }
  if (pos.line == 0) return;
  if (!require_names)
    ps_syntax_error_at(p, pos, "mixed named and unnamed parameters");
  else if (ps->named == ps->typed)
    ps_syntax_error_at(p, end, "missing type constraint");
  else
    ps_syntax_error_at(p, pos, "type parameters must be named");
}

/* Groups named parameters sharing one type node, (a, b int), into a Field
** with several names, as go/ast does. */
static FieldList group_params(Parser *p, PtrVec *list, Pos open, Pos close) {
  PtrVec fields = {0};
  Field *cur = NULL;
  PtrVec names = {0};
  for (int i = 0; i <= list->n; i++) {
    Param *par = i < list->n ? list->v[i] : NULL;
    if (cur != NULL && (par == NULL || par->name == NULL || cur->nnames == 0 ||
                        par->type != cur->type)) {
      if (names.n > 0) {
        ExprList l = ps_exprs(p, &names);
        cur->names = l.v;
        cur->nnames = l.n;
      }
      ptrvec_push(p->a, &fields, cur);
      cur = NULL;
      names = (PtrVec){0};
    }
    if (par == NULL) break;
    if (cur == NULL) {
      cur = new_field(p, par->pos, NULL, par->type);
      if (par->name != NULL) cur->nnames = -1; /* named; names below */
    }
    if (par->name != NULL) ptrvec_push(p->a, &names, par->name);
  }
  return field_list(p, &fields, open, close);
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" ; "(" (or "[") at open
** has been consumed. name (and typ) may give the first parameter already
** read by the caller. */
FieldList ps_param_list(Parser *p, Expr *name, Expr *typ, TokenKind close,
                        bool require_names, Pos open) {
  Params ps = {name, typ, close, {0}, 0, 0};
  if (name != NULL && typ != NULL && TOK(p) == close) {
    Pos end = ps_pos(p);
    ps_next(p);
    ptrvec_push(p->a, &ps.list, new_param(p, name->pos, name, typ));
    return group_params(p, &ps.list, open, end);
  }
  Pos end = ps_list(p, "parameter list", TK_COMMA, close, param_elem, &ps);
  if (ps.list.n > 0) distribute(p, &ps, require_names, end);
  return group_params(p, &ps.list, open, end);
}

/* Result = Parameters | Type . */
static void func_result(Parser *p, Expr *ft) {
  if (TOK(p) == TK_LPAREN) {
    Pos open = ps_pos(p);
    ps_next(p);
    ft->u.func.has_results_parens = true;
    ft->u.func.results = ps_param_list(p, NULL, NULL, TK_RPAREN, false, open);
    return;
  }
  Pos pos = ps_pos(p);
  Expr *typ = ps_type_or_nil(p);
  if (typ != NULL) {
    PtrVec v = {0};
    ptrvec_push(p->a, &v, new_field(p, pos, NULL, typ));
    ft->u.func.results = field_list(p, &v, (Pos){0, 0, 0}, (Pos){0, 0, 0});
  }
}

/* Signature = [ TypeParams ] Parameters [ Result ] ; funcpos is the
** position of `func` (or zero when there is none, as for interface
** methods). If context is not empty, type parameters are not permitted. */
Expr *ps_func_type(Parser *p, const char *context, Pos funcpos) {
  Pos pos = ps_pos(p);
  Expr *ft = ps_expr_node(p, E_FUNCTYPE, funcpos.line > 0 ? funcpos : pos);
  if (ps_got(p, TK_LBRACK)) {
    if (context[0] != 0)
      ps_syntax_error_at(p, pos, "%s must have no type parameters", context);
    if (TOK(p) == TK_RBRACK) {
      ps_syntax_error(p, "empty type parameter list");
      ps_next(p);
    } else {
      if (context[0] == 0) ps_unsupported(p, pos, "type parameters");
      ps_param_list(p, NULL, NULL, TK_RBRACK, true, pos);
    }
  }
  Pos open = ps_pos(p);
  ps_want(p, TK_LPAREN);
  ft->u.func.params = ps_param_list(p, NULL, NULL, TK_RPAREN, false, open);
  func_result(p, ft);
  return ft;
}

/* extractName: splits x into (name, type) if x can be read as `name type`
** in a type parameter list `type T[P *C] ...`; see gc's parser. */
static bool is_type_elem(const Expr *x) {
  switch (x->kind) {
  case E_ARRAYTYPE: case E_STRUCTTYPE: case E_FUNCTYPE: case E_INTERFACETYPE:
  case E_MAPTYPE: case E_CHANTYPE:
    return true;
  case E_BINARY:
    return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
  case E_UNARY:
    return is_type_elem(x->u.unary.x) || x->u.unary.op == TK_TILDE;
  case E_STAR:
    return is_type_elem(x->u.star.x);
  case E_PAREN:
    return is_type_elem(x->u.paren.x);
  default:
    return false;
  }
}

bool ps_extract_name(Parser *p, Expr *x, bool force, Expr **name, Expr **typ) {
  *name = NULL;
  *typ = x;
  switch (x->kind) {
  case E_IDENT:
    *name = x;
    *typ = NULL;
    return true;
  case E_BINARY:
    if (x->u.binary.op == TK_MUL) {
      if (x->u.binary.x->kind == E_IDENT && (force || is_type_elem(x->u.binary.y))) {
        *name = x->u.binary.x;
        Expr *star = ps_expr_node(p, E_STAR, x->pos);
        star->u.star.x = x->u.binary.y;
        *typ = star;
        return true;
      }
    } else if (x->u.binary.op == TK_OR) {
      Expr *n, *lhs;
      if (ps_extract_name(p, x->u.binary.x, force || is_type_elem(x->u.binary.y), &n, &lhs) &&
          lhs != NULL) {
        *name = n;
        *typ = binary(p, x->pos, TK_OR, lhs, x->u.binary.y);
        return true;
      }
    }
    return false;
  case E_CALL:
    if (x->u.call.fn->kind == E_IDENT && x->u.call.args.n == 1 &&
        !x->u.call.has_ellipsis && (force || is_type_elem(x->u.call.args.v[0]))) {
      *name = x->u.call.fn;
      *typ = x->u.call.args.v[0];
      return true;
    }
    return false;
  default:
    return false;
  }
}

/* }================================================================== */
