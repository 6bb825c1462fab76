/*
** parse.h — the parser's internal interface, shared by parse.c
** (declarations, error handling), parse_expr.c (expressions and types),
** parse_stmt.c (statements) and parse_branches.c (label checks).
**
** The parser is a port of gc's cmd/compile/internal/syntax/parser.go
** (Go 1.19) without generics, building the go/ast-like tree of ast.h. Its
** productions, error texts, error positions and recovery (advance to a
** follow set) are gc's, so malformed programs get gc's messages.
**
** Invariants:
**  - Productions that gc guarantees to return a node do so here too (an
**    E_BAD/S_BAD when malformed); "_or_nil" ones may return NULL.
**  - Every recursive production goes through ps_enter/ps_leave: past
**    PS_MAX_DEPTH levels the parse stops with `exceeded max nesting depth`,
**    so no input can exhaust the C stack, here or in later phases walking
**    the tree.
**  - Once `fatal` is set (error limit or depth limit) the current token is
**    TK_EOF and stays so: every loop ends and the parse unwinds.
*/
#ifndef PARSE_H
#define PARSE_H

#include "compiler.h"
#include "lex.h"

/* Go itself has no limit, and 1000-deep expressions must compile
** (tests/go/deep_nesting.go). At 1500 levels the parser needs at most about
** 0.5 MB of C stack in an optimised build and 1.5 MB under ASan (measured on
** the costliest shapes: nested function literals, if, for and switch). */
#define PS_MAX_DEPTH 1500

typedef struct Parser {
  Comp *c;
  Arena *a;
  Lexer lx;
  int errcnt;        /* errors reported by this parser */
  bool first;        /* some error was reported (gc's p.first != nil) */
  bool syntax;       /* a "syntax error" was reported: no File */
  bool fatal;        /* parse abandoned; tok is TK_EOF for good */
  bool unsupported;  /* generics were used: no File */
  int fnest;         /* function nesting (enables the statement stop set) */
  int xnest;         /* expression nesting; < 0 in if/for/switch headers,
                        where '{' cannot open a composite literal */
  int depth;         /* recursion depth, bounded by PS_MAX_DEPTH */
  Pos pexpr_pos;     /* gc's position of the last primary expression parsed:
                        that of its last postfix token ('.', '[', '(' or '{')
                        or of the operand; used by go/defer diagnostics */
} Parser;

/* A set of token kinds. */
typedef struct TokSet { uint64_t w[2]; } TokSet;
TokSet ps_tokset(int n, ...);      /* n token kinds */
#define TS(...) ps_tokset(PS_NARGS(__VA_ARGS__), __VA_ARGS__)
#define PS_NARGS(...) \
  PS_NARGS_(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
#define PS_NARGS_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, \
                  a14, a15, a16, n, ...) n
/* gc's advance() without a follow list: skip exactly one token */
#define PS_NO_FOLLOW TS(TK_EOF)

/* parse.c: tokens and errors */
void ps_init(Parser *p, Comp *c, const char *src, size_t len);
#define TOK(p) ((p)->lx.tok)
Pos ps_pos(const Parser *p);
void ps_next(Parser *p);
bool ps_got(Parser *p, TokenKind k);
void ps_want(Parser *p, TokenKind k);
bool ps_got_assign(Parser *p);
void ps_error_at(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ps_syntax_error_at(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ps_branch_error_at(Parser *p, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
#define ps_syntax_error(p, ...) ps_syntax_error_at((p), ps_pos(p), __VA_ARGS__)
void ps_advance(Parser *p, TokSet follow);
const char *ps_tokstring(TokenKind k);
bool ps_enter(Parser *p);
void ps_leave(Parser *p);
void ps_unsupported(Parser *p, Pos pos, const char *what);
/* The list production: [ f { sep f } [sep] ] close; returns close's
** position. f returns true to stop accepting elements. */
Pos ps_list(Parser *p, const char *context, TokenKind sep, TokenKind close,
            bool (*f)(Parser *p, void *ud), void *ud);

/* Node construction */
Expr *ps_expr_node(Parser *p, ExprKind k, Pos pos);
Stmt *ps_stmt_node(Parser *p, StmtKind k, Pos pos);
Expr *ps_bad_expr(Parser *p);
Expr *ps_ident(Parser *p, Pos pos, const char *name);
ExprList ps_exprs(Parser *p, PtrVec *v);
Decl *ps_decl_group(Parser *p, TokenKind kw, Pos kwpos);  /* after kw */

/* parse_expr.c */
Expr *ps_expr(Parser *p);
ExprList ps_expr_list(Parser *p);
Expr *ps_unary_expr(Parser *p);
Expr *ps_binary_expr(Parser *p, Expr *x, int prec);
Expr *ps_pexpr(Parser *p, Expr *x, bool keep_parens);
Expr *ps_name(Parser *p);
ExprList ps_name_list(Parser *p, Expr *first);
Expr *ps_type(Parser *p);
Expr *ps_type_or_nil(Parser *p);
Expr *ps_array_type(Parser *p, Pos lbrack, Expr *len);
Expr *ps_slice_type(Parser *p, Pos lbrack);
Expr *ps_func_type(Parser *p, const char *context, Pos funcpos);
FieldList ps_param_list(Parser *p, Expr *name, Expr *typ, TokenKind close,
                        bool require_names, Pos open);
Expr *ps_funclit_or_type(Parser *p);
Expr *ps_oliteral(Parser *p, TokenKind *kind);
Expr *ps_unparen(Expr *x);
bool ps_extract_name(Parser *p, Expr *x, bool force, Expr **name, Expr **typ);

/* parse_stmt.c */
Stmt *ps_func_body(Parser *p);
Stmt *ps_block_stmt(Parser *p, const char *context);
Stmt *ps_stmt_or_nil(Parser *p);

/* parse_branches.c: gc's checkBranches on one function body */
void ps_check_branches(Parser *p, Stmt *body);

#endif /* PARSE_H */
