/*
** parse_stmt.c — statements (gc's syntax/parser.go, "Statements").
**
** gc parses the headers of if, for and switch with one routine (header):
** an optional init simple statement, then a condition (or tag), and for
** `for` a post statement; `for ... range` comes out of the same routine as a
** range clause. The same is done here, so that gc's errors for malformed
** headers ("cannot use x := 1 as value", "missing condition in if
** statement", "expecting { after for clause") come out the same.
**
** Tree shape (ast.h): a range loop is an S_RANGE (key, value, tok TK_DEFINE,
** TK_ASSIGN, or TK_EOF without variables); `switch x := y.(type)` is an
** S_TYPESWITCH whose `assign` is the S_ASSIGN (or an S_EXPR for
** `switch y.(type)`); switch and select bodies are S_BLOCKs of S_CASE and
** S_COMM clauses. A labeled for, switch or select gets its `label` set.
** Statement positions are those of their first token; gc's positions, when
** they differ (an assignment's is its operator's), are used for messages.
*/
#include <stdio.h>
#include <string.h>

#include "parse.h"

static Stmt *stmt_list_block(Parser *p, Stmt *block);
static StmtList stmt_list(Parser *p);

static StmtList stmts(Parser *p, PtrVec *v) {
  StmtList l = {NULL, v->n};
  if (v->n > 0) {
    l.v = arena_alloc(p->a, (size_t)v->n * sizeof *l.v);
    for (int i = 0; i < v->n; i++) l.v[i] = v->v[i];
  }
  return l;
}

static bool is_assign_op(TokenKind k) {
  return k >= TK_ADD_ASSIGN && k <= TK_AND_NOT_ASSIGN;
}

static bool is_guard(const Expr *e) {
  return e->kind == E_TYPEASSERT && e->u.typeassert.type == NULL;
}

/* A simple statement, with what gc's tree would say about it. */
typedef struct Simple {
  Stmt *s;
  Pos pos;     /* gc's position: an assignment's, send's or inc/dec's is
                  the operator's */
  bool guard;  /* `x := y.(type)` in a switch header (gc's TypeSwitchGuard
                  with a Lhs, an expression statement) */
  bool range;  /* a range clause: s is an S_RANGE still without body */
} Simple;

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression . */
static Simple range_clause(Parser *p, ExprList *lhs, bool def, Pos tokpos) {
  Stmt *s = ps_stmt_node(p, S_RANGE, ps_pos(p));
  ps_next(p); /* range */
  s->u.range.tok = TK_EOF;
  if (lhs != NULL) {
    s->u.range.tok = def ? TK_DEFINE : TK_ASSIGN;
    s->u.range.tokpos = tokpos;
    s->u.range.key = lhs->v[0];
    if (lhs->n > 1) s->u.range.value = lhs->v[1];
    if (lhs->n > 2)
      ps_error_at(p, ast_start_pos(lhs->v[2]),
                  "range clause permits at most two iteration variables");
  }
  s->u.range.x = ps_expr(p);
  return (Simple){s, s->pos, false, true};
}

static Stmt *assign(Parser *p, ExprList lhs, TokenKind tok, Pos tokpos, ExprList rhs) {
  Stmt *s = ps_stmt_node(p, S_ASSIGN, ast_start_pos(lhs.v[0]));
  s->u.assign.lhs = lhs;
  s->u.assign.tok = tok;
  s->u.assign.tokpos = tokpos;
  s->u.assign.rhs = rhs;
  return s;
}

static Stmt *expr_stmt(Parser *p, Expr *x) {
  Stmt *s = ps_stmt_node(p, S_EXPR, ast_start_pos(x));
  s->u.expr = x;
  return s;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
**   Assignment | ShortVarDecl . lhs, if not NULL, was read by the caller;
** keyword is TK_FOR, TK_SWITCH or TK_IF in statement headers, else 0. */
static Simple simple_stmt(Parser *p, ExprList *lhs, TokenKind keyword) {
  if (keyword == TK_FOR && TOK(p) == TK_RANGE) return range_clause(p, NULL, false, (Pos){0, 0, 0});
  ExprList l = lhs ? *lhs : ps_expr_list(p);

  if (l.n == 1 && TOK(p) != TK_ASSIGN && TOK(p) != TK_DEFINE) {
    Pos pos = ps_pos(p);
    TokenKind t = TOK(p);
    if (is_assign_op(t)) { /* lhs op= rhs */
      ps_next(p);
      ExprList rhs = {NULL, 1};
      rhs.v = arena_alloc(p->a, sizeof(Expr *));
      rhs.v[0] = ps_expr(p);
      return (Simple){assign(p, l, t, pos, rhs), pos, false, false};
    }
    if (t == TK_INC || t == TK_DEC) {
      ps_next(p);
      Stmt *s = ps_stmt_node(p, S_INCDEC, ast_start_pos(l.v[0]));
      s->u.incdec.x = l.v[0];
      s->u.incdec.tok = t;
      return (Simple){s, pos, false, false};
    }
    if (t == TK_ARROW) {
      ps_next(p);
      Stmt *s = ps_stmt_node(p, S_SEND, ast_start_pos(l.v[0]));
      s->u.send.chan = l.v[0];
      s->u.send.value = ps_expr(p);
      return (Simple){s, pos, false, false};
    }
    return (Simple){expr_stmt(p, l.v[0]), l.v[0]->pos, false, false};
  }

  if (TOK(p) == TK_ASSIGN || TOK(p) == TK_DEFINE) {
    Pos pos = ps_pos(p);
    TokenKind t = TOK(p);
    ps_next(p);
    if (keyword == TK_FOR && TOK(p) == TK_RANGE)
      return range_clause(p, &l, t == TK_DEFINE, pos);
    ExprList rhs = ps_expr_list(p);
    bool guard = rhs.n == 1 && is_guard(rhs.v[0]) && keyword == TK_SWITCH &&
                 t == TK_DEFINE && l.n == 1 && l.v[0]->kind == E_IDENT;
    return (Simple){assign(p, l, t, pos, rhs), pos, guard, false};
  }

  ps_syntax_error(p, "expecting := or = or comma");
  ps_advance(p, TS(TK_SEMICOLON, TK_RBRACE));
  return (Simple){expr_stmt(p, l.v[0]), l.v[0]->pos, false, false};
}

typedef struct Header {
  Stmt *init;
  Expr *cond;
  Stmt *post;
  Stmt *guard;   /* switch: the type switch guard statement */
  Stmt *range;   /* for: the range clause */
} Header;

/* The text gc shows for a simple statement used as a condition. */
static const char *cond_string(Parser *p, const Stmt *s) {
  if (s->kind == S_ASSIGN && s->u.assign.tok == TK_ASSIGN) {
    /* emphasise the '=' that probably should have been '==' */
    const char *l = ast_exprs_string(p->a, s->u.assign.lhs);
    const char *r = ast_exprs_string(p->a, s->u.assign.rhs);
    size_t n = strlen(l) + strlen(r) + 32;
    char *buf = arena_alloc(p->a, n);
    snprintf(buf, n, "assignment (%s) = (%s)", l, r);
    return buf;
  }
  return ast_stmt_string(p->a, s);
}

static Header header(Parser *p, TokenKind keyword) {
  Header h = {0};
  ps_want(p, keyword);
  if (TOK(p) == TK_LBRACE) {
    if (keyword == TK_IF) {
      ps_syntax_error(p, "missing condition in if statement");
      h.cond = ps_bad_expr(p);
    }
    return h;
  }

  int outer = p->xnest;
  p->xnest = -1;
  Simple init = {0}, cond = {0};
  if (TOK(p) != TK_SEMICOLON) {
    /* accept a potential var declaration but complain */
    if (ps_got(p, TK_VAR))
      ps_syntax_error(p, "var declaration not allowed in %s initializer",
                      ps_tokstring(keyword));
    init = simple_stmt(p, NULL, keyword);
    if (init.range) {
      p->xnest = outer;
      h.range = init.s;
      return h;
    }
  }

  Pos semipos = {0, 0, 0};
  const char *semilit = "";
  if (TOK(p) != TK_LBRACE) {
    if (TOK(p) == TK_SEMICOLON) {
      semipos = ps_pos(p);
      semilit = p->lx.semi;
      ps_next(p);
    } else {
      /* asking for a '{' rather than a ';' gives a better message */
      ps_want(p, TK_LBRACE);
      if (TOK(p) != TK_LBRACE) ps_advance(p, TS(TK_LBRACE, TK_RBRACE));
    }
    if (keyword == TK_FOR) {
      if (TOK(p) != TK_SEMICOLON) {
        if (TOK(p) == TK_LBRACE) {
          ps_syntax_error(p, "expecting for loop condition");
          goto done;
        }
        cond = simple_stmt(p, NULL, 0);
      }
      ps_want(p, TK_SEMICOLON);
      if (TOK(p) != TK_LBRACE) {
        Simple post = simple_stmt(p, NULL, 0);
        h.post = post.s;
        if (post.s->kind == S_ASSIGN && post.s->u.assign.tok == TK_DEFINE)
          ps_syntax_error_at(p, post.pos, "cannot declare in post statement of for loop");
      }
    } else if (TOK(p) != TK_LBRACE) {
      cond = simple_stmt(p, NULL, keyword);
    }
  } else {
    cond = init;
    init = (Simple){0};
  }

done:
  h.init = init.s;
  if (cond.s == NULL) {
    if (keyword == TK_IF && semipos.line > 0) {
      if (strcmp(semilit, "semicolon") != 0)
        ps_syntax_error_at(p, semipos, "unexpected %s, expecting { after if clause", semilit);
      else
        ps_syntax_error_at(p, semipos, "missing condition in if statement");
      h.cond = ps_expr_node(p, E_BAD, semipos);
    }
  } else if (cond.guard) {
    h.cond = cond.s->u.assign.rhs.v[0];
    h.guard = cond.s;
  } else if (cond.s->kind == S_EXPR) {
    h.cond = cond.s->u.expr;
    if (keyword == TK_SWITCH && is_guard(h.cond)) h.guard = cond.s;
  } else {
    ps_syntax_error_at(p, cond.pos, "cannot use %s as value", cond_string(p, cond.s));
  }
  p->xnest = outer;
  return h;
}

static Stmt *for_stmt(Parser *p) {
  Pos pos = ps_pos(p);
  Header h = header(p, TK_FOR);
  Stmt *s;
  if (h.range != NULL) {
    s = h.range;
    s->pos = pos;
    s->u.range.body = ps_block_stmt(p, "for clause");
    return s;
  }
  s = ps_stmt_node(p, S_FOR, pos);
  s->u.fors.init = h.init;
  s->u.fors.cond = h.cond;
  s->u.fors.post = h.post;
  s->u.fors.body = ps_block_stmt(p, "for clause");
  return s;
}

static Stmt *if_stmt(Parser *p) {
  Stmt *s = ps_stmt_node(p, S_IF, ps_pos(p));
  Header h = header(p, TK_IF);
  s->u.ifs.init = h.init;
  s->u.ifs.cond = h.cond;
  s->u.ifs.then = ps_block_stmt(p, "if clause");
  if (ps_got(p, TK_ELSE)) {
    switch (TOK(p)) {
    case TK_IF:
      if (ps_enter(p)) s->u.ifs.els = if_stmt(p); /* else-if chains nest */
      ps_leave(p);
      break;
    case TK_LBRACE:
      s->u.ifs.els = ps_block_stmt(p, "");
      break;
    default:
      ps_syntax_error(p, "else must be followed by if or statement block");
      ps_advance(p, TS(TK_IDENT, TK_RBRACE));
    }
  }
  return s;
}

static Stmt *case_clause(Parser *p) {
  Stmt *c = ps_stmt_node(p, S_CASE, ps_pos(p));
  switch (TOK(p)) {
  case TK_CASE:
    ps_next(p);
    c->u.caseclause.list = ps_expr_list(p);
    break;
  case TK_DEFAULT:
    ps_next(p);
    c->u.caseclause.is_default = true;
    break;
  default:
    ps_syntax_error(p, "expecting case or default or }");
    ps_advance(p, TS(TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE));
  }
  c->u.caseclause.colon = ps_pos(p);
  ps_want(p, TK_COLON);
  c->u.caseclause.body = stmt_list(p);
  return c;
}

static Stmt *comm_clause(Parser *p) {
  Stmt *c = ps_stmt_node(p, S_COMM, ps_pos(p));
  switch (TOK(p)) {
  case TK_CASE:
    ps_next(p);
    /* only sends, receives and receive assignments are valid here; the
       checker rejects the rest, as gc does */
    c->u.comm.comm = simple_stmt(p, NULL, 0).s;
    break;
  case TK_DEFAULT:
    ps_next(p);
    break;
  default:
    ps_syntax_error(p, "expecting case or default or }");
    ps_advance(p, TS(TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE));
  }
  c->u.comm.colon = ps_pos(p);
  ps_want(p, TK_COLON);
  c->u.comm.body = stmt_list(p);
  return c;
}

/* The "{" clause* "}" of a switch or select; clause parses one clause. */
static Stmt *clauses(Parser *p, const char *what, Stmt *(*clause)(Parser *)) {
  Stmt *body = ps_stmt_node(p, S_BLOCK, ps_pos(p));
  if (!ps_got(p, TK_LBRACE)) {
    ps_syntax_error(p, "missing { after %s clause", what);
    ps_advance(p, TS(TK_CASE, TK_DEFAULT, TK_RBRACE));
  }
  PtrVec v = {0};
  while (TOK(p) != TK_EOF && TOK(p) != TK_RBRACE) ptrvec_push(p->a, &v, clause(p));
  body->u.block.list = stmts(p, &v);
  body->u.block.rbrace = ps_pos(p);
  ps_want(p, TK_RBRACE);
  return body;
}

static Stmt *switch_stmt(Parser *p) {
  Pos pos = ps_pos(p);
  Header h = header(p, TK_SWITCH);
  Stmt *body = clauses(p, "switch", case_clause);
  Stmt *s;
  if (h.guard != NULL) {
    s = ps_stmt_node(p, S_TYPESWITCH, pos);
    s->u.typeswitch.init = h.init;
    s->u.typeswitch.assign = h.guard;
    s->u.typeswitch.body = body;
  } else {
    s = ps_stmt_node(p, S_SWITCH, pos);
    s->u.switchs.init = h.init;
    s->u.switchs.tag = h.cond;
    s->u.switchs.body = body;
  }
  return s;
}

static Stmt *select_stmt(Parser *p) {
  Stmt *s = ps_stmt_node(p, S_SELECT, ps_pos(p));
  ps_want(p, TK_SELECT);
  s->u.select.body = clauses(p, "select", comm_clause);
  return s;
}

static void set_label(Stmt *s, Expr *label) {
  switch (s->kind) {
  case S_FOR: s->u.fors.label = label; break;
  case S_RANGE: s->u.range.label = label; break;
  case S_SWITCH: s->u.switchs.label = label; break;
  case S_TYPESWITCH: s->u.typeswitch.label = label; break;
  case S_SELECT: s->u.select.label = label; break;
  default: break;
  }
}

static Stmt *labeled_stmt_or_nil(Parser *p, Expr *label) {
  Stmt *s = ps_stmt_node(p, S_LABELED, label->pos);
  s->u.labeled.label = label;
  Pos colon = ps_pos(p);
  ps_want(p, TK_COLON);
  if (TOK(p) == TK_RBRACE) {
    /* a statement is expected; before '}' it is the empty one */
    s->u.labeled.stmt = ps_stmt_node(p, S_EMPTY, ps_pos(p));
    return s;
  }
  s->u.labeled.stmt = ps_stmt_or_nil(p);
  if (s->u.labeled.stmt != NULL) {
    set_label(s->u.labeled.stmt, label);
    return s;
  }
  ps_syntax_error_at(p, colon, "missing statement after label");
  return NULL;
}

/* gc's position of an expression in go/defer messages where it cannot
** come from the parse itself (after parentheses were stripped). */
static Pos node_pos(const Expr *x) {
  switch (x->kind) {
  case E_INDEX: return x->u.index.lbrack;
  case E_SLICE: return x->u.slice.lbrack;
  case E_CALL: return x->u.call.lparen;
  case E_COMPOSITE: return x->u.composite.lbrace;
  case E_SELECTOR: {
    Pos sel = x->u.selector.sel->pos; /* the '.' usually precedes it */
    return sel.col > 1 ? (Pos){sel.line, sel.col - 1, sel.file} : sel;
  }
  default: return ast_start_pos(x);
  }
}

/* GoStmt = "go" Expression . DeferStmt = "defer" Expression . */
static Stmt *call_stmt(Parser *p) {
  TokenKind tok = TOK(p);
  Stmt *s = ps_stmt_node(p, tok == TK_GO ? S_GO : S_DEFER, ps_pos(p));
  const char *kw = ast_token_string(tok);
  ps_next(p);
  Expr *x = ps_pexpr(p, NULL, TOK(p) == TK_LPAREN);
  Pos xpos = p->pexpr_pos;
  Expr *t = ps_unparen(x);
  if (t != x) {
    ps_error_at(p, x->pos, "expression in %s must not be parenthesized", kw);
    x = t;
    xpos = node_pos(x);
  }
  if (x->kind != E_CALL) {
    ps_error_at(p, xpos, "expression in %s must be function call", kw);
    /* assume the common mistake of leaving out the parentheses */
    Expr *cx = ps_expr_node(p, E_CALL, ast_start_pos(x));
    cx->u.call.fn = x;
    x = cx;
  }
  s->u.call = x;
  return s;
}

static Stmt *branch_stmt(Parser *p) {
  Stmt *s = ps_stmt_node(p, S_BRANCH, ps_pos(p));
  TokenKind tok = TOK(p);
  s->u.branch.tok = tok;
  ps_next(p);
  if (tok == TK_GOTO || ((tok == TK_BREAK || tok == TK_CONTINUE) && TOK(p) == TK_IDENT))
    s->u.branch.label = ps_name(p);
  return s;
}

static Stmt *stmt(Parser *p) {
  if (TOK(p) == TK_IDENT) {
    /* most statements start with a name: look for a label first */
    ExprList lhs = ps_expr_list(p);
    if (lhs.n == 1 && lhs.v[0]->kind == E_IDENT && TOK(p) == TK_COLON)
      return labeled_stmt_or_nil(p, lhs.v[0]);
    return simple_stmt(p, &lhs, 0).s;
  }
  Stmt *s;
  switch (TOK(p)) {
  case TK_VAR: case TK_CONST: case TK_TYPE:
    s = ps_stmt_node(p, S_DECL, ps_pos(p));
    TokenKind kw = TOK(p);
    ps_next(p);
    s->u.decl = ps_decl_group(p, kw, s->pos);
    return s;
  case TK_LBRACE:
    return ps_block_stmt(p, "");
  case TK_MUL: case TK_ADD: case TK_SUB: case TK_AND: case TK_XOR: case TK_NOT:
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
  case TK_FUNC: case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP:
  case TK_CHAN: case TK_INTERFACE: case TK_ARROW:
    return simple_stmt(p, NULL, 0).s;
  case TK_FOR: return for_stmt(p);
  case TK_SWITCH: return switch_stmt(p);
  case TK_SELECT: return select_stmt(p);
  case TK_IF: return if_stmt(p);
  case TK_FALLTHROUGH: case TK_BREAK: case TK_CONTINUE: case TK_GOTO:
    return branch_stmt(p);
  case TK_GO: case TK_DEFER:
    return call_stmt(p);
  case TK_RETURN:
    s = ps_stmt_node(p, S_RETURN, ps_pos(p));
    ps_next(p);
    if (TOK(p) != TK_SEMICOLON && TOK(p) != TK_RBRACE)
      s->u.ret.results = ps_expr_list(p);
    return s;
  case TK_SEMICOLON:
    return ps_stmt_node(p, S_EMPTY, ps_pos(p));
  default:
    return NULL;
  }
}

/* Statement, or NULL if none starts here. */
Stmt *ps_stmt_or_nil(Parser *p) {
  Stmt *s = ps_enter(p) ? stmt(p) : NULL;
  ps_leave(p);
  return s;
}

/* StatementList = { Statement ";" } . */
static StmtList stmt_list(Parser *p) {
  PtrVec v = {0};
  while (TOK(p) != TK_EOF && TOK(p) != TK_RBRACE && TOK(p) != TK_CASE &&
         TOK(p) != TK_DEFAULT) {
    Stmt *s = ps_stmt_or_nil(p);
    if (s == NULL) break;
    ptrvec_push(p->a, &v, s);
    /* ";" is optional before "}" */
    if (!ps_got(p, TK_SEMICOLON) && TOK(p) != TK_RBRACE) {
      ps_syntax_error(p, "at end of statement");
      ps_advance(p, TS(TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT));
      ps_got(p, TK_SEMICOLON); /* avoid a spurious empty statement */
    }
  }
  return stmts(p, &v);
}

static Stmt *stmt_list_block(Parser *p, Stmt *block) {
  block->u.block.list = stmt_list(p);
  block->u.block.rbrace = ps_pos(p);
  ps_want(p, TK_RBRACE);
  return block;
}

/* Block = "{" StatementList "}" ; context names the construct for the
** error when the "{" is missing (it must not be, when context is ""). */
Stmt *ps_block_stmt(Parser *p, const char *context) {
  Stmt *s = ps_stmt_node(p, S_BLOCK, ps_pos(p));
  if (!ps_got(p, TK_LBRACE)) {
    /* people coming from C may forget that braces are mandatory */
    ps_syntax_error(p, "expecting { after %s", context);
    ps_advance(p, TS(TK_IDENT, TK_RBRACE));
    s->u.block.rbrace = ps_pos(p);
    if (ps_got(p, TK_RBRACE)) return s;
  }
  return stmt_list_block(p, s);
}

Stmt *ps_func_body(Parser *p) {
  p->fnest++;
  int errcnt = p->errcnt;
  Stmt *body = ps_block_stmt(p, "");
  p->fnest--;
  /* with syntax errors the tree may be incomplete: no label checks */
  if (errcnt == p->errcnt) ps_check_branches(p, body);
  return body;
}
