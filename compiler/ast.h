/*
** ast.h — the syntax tree of a Go source file, as the parser builds it and the
** type checker and code generator read it.
**
** The tree mirrors go/ast: expressions (Expr), statements (Stmt), declarations
** (Decl, Spec), field lists for signatures and structs. All nodes live in the
** compilation's arena (compiler.h) and die with it; nothing here is freed one
** node at a time.
**
** Invariants:
**  - Every node carries the position of its first token (Go's convention for
**    diagnostics), except binary expressions, whose pos is the operator's, as
**    go/types reports them; `lpos` of a binary node is its left operand's.
**  - Fields marked "checker" are NULL/0 after parsing and are filled in by the
**    type checker (check.c); the code generator may rely on them for every
**    node that the checker accepted.
**  - Lists are arrays of pointers with a count; an absent optional child is
**    NULL.
*/
#ifndef AST_H
#define AST_H

#include <stdbool.h>
#include <stdint.h>

/* A source position: 1-based line and byte column, and the index of the
** file in the compilation (Comp.files; 0 for single-file programs). The
** file comes last so that (Pos){line, col} names file 0 (-Wextra wants all three written). */
typedef struct Pos { int line, col, file; } Pos;

/* Whether a comes before b: by file (in the order the go command lists
** them), then line, then column, as gc sorts its diagnostics. */
static inline bool pos_before(Pos a, Pos b) {
  if (a.file != b.file) return a.file < b.file;
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

typedef struct Type Type;         /* types.h */
typedef struct Object Object;     /* types.h */
typedef struct ConstVal ConstVal; /* constant.h */
typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Decl Decl;
typedef struct Spec Spec;
typedef struct Field Field;

typedef struct ExprList { Expr **v; int n; } ExprList;
typedef struct StmtList { Stmt **v; int n; } StmtList;
typedef struct FieldList { Field **v; int n; Pos open, close; } FieldList;

/* Token kinds, shared by lexer and parser; operators in expressions use them. */
#define TOKEN_LIST(X) \
  X(TK_EOF, "EOF") X(TK_IDENT, "name") X(TK_INT, "literal") \
  X(TK_FLOAT, "literal") X(TK_IMAG, "literal") X(TK_CHAR, "literal") \
  X(TK_STRING, "literal") \
  X(TK_ADD, "+") X(TK_SUB, "-") X(TK_MUL, "*") X(TK_QUO, "/") X(TK_REM, "%") \
  X(TK_AND, "&") X(TK_OR, "|") X(TK_XOR, "^") X(TK_SHL, "<<") X(TK_SHR, ">>") \
  X(TK_AND_NOT, "&^") \
  X(TK_ADD_ASSIGN, "+=") X(TK_SUB_ASSIGN, "-=") X(TK_MUL_ASSIGN, "*=") \
  X(TK_QUO_ASSIGN, "/=") X(TK_REM_ASSIGN, "%=") X(TK_AND_ASSIGN, "&=") \
  X(TK_OR_ASSIGN, "|=") X(TK_XOR_ASSIGN, "^=") X(TK_SHL_ASSIGN, "<<=") \
  X(TK_SHR_ASSIGN, ">>=") X(TK_AND_NOT_ASSIGN, "&^=") \
  X(TK_LAND, "&&") X(TK_LOR, "||") X(TK_ARROW, "<-") X(TK_INC, "++") \
  X(TK_DEC, "--") X(TK_EQL, "==") X(TK_LSS, "<") X(TK_GTR, ">") \
  X(TK_ASSIGN, "=") X(TK_NOT, "!") X(TK_NEQ, "!=") X(TK_LEQ, "<=") \
  X(TK_GEQ, ">=") X(TK_DEFINE, ":=") X(TK_ELLIPSIS, "...") \
  X(TK_LPAREN, "(") X(TK_LBRACK, "[") X(TK_LBRACE, "{") X(TK_COMMA, ",") \
  X(TK_PERIOD, ".") X(TK_RPAREN, ")") X(TK_RBRACK, "]") X(TK_RBRACE, "}") \
  X(TK_SEMICOLON, ";") X(TK_COLON, ":") X(TK_TILDE, "~") \
  X(TK_BREAK, "break") X(TK_CASE, "case") X(TK_CHAN, "chan") \
  X(TK_CONST, "const") X(TK_CONTINUE, "continue") X(TK_DEFAULT, "default") \
  X(TK_DEFER, "defer") X(TK_ELSE, "else") X(TK_FALLTHROUGH, "fallthrough") \
  X(TK_FOR, "for") X(TK_FUNC, "func") X(TK_GO, "go") X(TK_GOTO, "goto") \
  X(TK_IF, "if") X(TK_IMPORT, "import") X(TK_INTERFACE, "interface") \
  X(TK_MAP, "map") X(TK_PACKAGE, "package") X(TK_RANGE, "range") \
  X(TK_RETURN, "return") X(TK_SELECT, "select") X(TK_STRUCT, "struct") \
  X(TK_SWITCH, "switch") X(TK_TYPE, "type") X(TK_VAR, "var")

typedef enum TokenKind {
#define X(k, s) k,
  TOKEN_LIST(X)
#undef X
  TK__COUNT
} TokenKind;

/* The spelling of a token kind, as Go's diagnostics print it. */
const char *ast_token_string(TokenKind k);

typedef enum ExprKind {
  E_BAD,        /* after a syntax error, or a malformed literal (already
                   reported: the checker treats it as silently invalid) */
  E_IDENT,      /* u.ident */
  E_BASICLIT,   /* u.lit: TK_INT, TK_FLOAT, TK_IMAG, TK_CHAR, TK_STRING */
  E_COMPOSITE,  /* u.composite: T{elts} */
  E_FUNCLIT,    /* u.funclit */
  E_PAREN,      /* u.paren */
  E_SELECTOR,   /* u.selector: x.sel */
  E_INDEX,      /* u.index: x[i] */
  E_SLICE,      /* u.slice: x[lo:hi:max] */
  E_TYPEASSERT, /* u.typeassert: x.(T), type NULL for x.(type) */
  E_CALL,       /* u.call */
  E_STAR,       /* u.star: *x (deref or pointer type) */
  E_UNARY,      /* u.unary: + - ! ^ & <- */
  E_BINARY,     /* u.binary */
  E_KEYVALUE,   /* u.kv: only inside composite literals */
  /* type expressions */
  E_ARRAYTYPE,  /* u.array: [len]elem; len NULL for slices, an E_ELLIPSIS for [...] */
  E_STRUCTTYPE, /* u.strct */
  E_FUNCTYPE,   /* u.func */
  E_INTERFACETYPE, /* u.iface: methods (named, type E_FUNCTYPE) and embeddeds (no names) */
  E_MAPTYPE,    /* u.map */
  E_CHANTYPE,   /* u.chan */
  E_ELLIPSIS    /* u.ellipsis: ...T in a parameter list, or [...] (elt NULL) */
} ExprKind;

/* How the checker classified an expression (go/types' operand modes). */
typedef enum ExprMode {
  MODE_INVALID = 0,
  MODE_NOVALUE,   /* a call without results */
  MODE_BUILTIN,   /* a builtin function name (len, println, ...) */
  MODE_TYPE,      /* a type expression */
  MODE_CONST,     /* a constant: cval is set */
  MODE_VAR,       /* an addressable variable */
  MODE_MAPINDEX,  /* m[k] */
  MODE_VALUE,     /* any other value */
  MODE_COMMAOK,   /* a value that may also be used as v, ok */
  MODE_PACKAGE    /* a package name (only as the x of a selector) */
} ExprMode;

enum ChanDir { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Expr {
  ExprKind kind;
  Pos pos;
  /* checker */
  Type *type;       /* the expression's type (for untyped constants: after
                       conversion to the type the context required) */
  ConstVal *cval;   /* the value when mode == MODE_CONST */
  uint8_t mode;     /* ExprMode */
  union {
    struct { const char *name; Object *obj; /* checker: what it denotes */ } ident;
    struct { TokenKind tok; const char *raw; int len; } lit; /* raw source text */
    struct { Expr *type; ExprList elts; Pos lbrace, rbrace; } composite;
    struct { Expr *type; Stmt *body; void *scope; } funclit;
    struct { Expr *x; } paren;
    struct {
      Expr *x; Expr *sel;  /* sel is an E_IDENT */
      Object *obj;         /* checker: the package member, when x is a package */
    } selector;
    struct { Expr *x; Expr *index; Pos lbrack, rbrack; } index;
    struct { Expr *x, *lo, *hi, *max; bool slice3; Pos lbrack; } slice;
    struct { Expr *x; Expr *type; Pos dot; /* the '.' */ } typeassert;
    struct { Expr *fn; ExprList args; bool has_ellipsis; Pos lparen, rparen; } call;
    struct { Expr *x; } star;
    struct { TokenKind op; Expr *x; } unary;
    struct { TokenKind op; Expr *x, *y; Pos lpos; } binary;
    struct { Expr *key, *value; Pos colon; } kv;
    struct { Expr *len, *elem; } array;
    struct { FieldList fields; } strct;
    struct { FieldList params, results; bool has_results_parens; } func;
    struct { FieldList methods; } iface;
    struct { Expr *key, *value; } map;
    struct { int dir; Expr *value; } chan;
    struct { Expr *elt; } ellipsis;
  } u;
};

/* A field of a struct, a parameter group, a result group, or an interface
** method. names may be empty (anonymous parameter, embedded field). */
struct Field {
  Pos pos;
  Expr **names; int nnames;  /* E_IDENT nodes */
  Expr *type;                /* may be an E_ELLIPSIS for a variadic parameter */
  const char *tag;           /* raw struct tag literal or NULL */
};

typedef enum StmtKind {
  S_BAD,
  S_DECL,       /* u.decl: const, type or var declaration inside a function */
  S_EMPTY,
  S_LABELED,    /* u.labeled */
  S_EXPR,       /* u.expr */
  S_SEND,       /* u.send */
  S_INCDEC,     /* u.incdec: tok TK_INC or TK_DEC */
  S_ASSIGN,     /* u.assign: tok TK_ASSIGN, TK_DEFINE or an op-assign */
  S_GO,         /* u.call */
  S_DEFER,      /* u.call */
  S_RETURN,     /* u.ret */
  S_BRANCH,     /* u.branch: break, continue, goto, fallthrough */
  S_BLOCK,      /* u.block */
  S_IF,         /* u.ifs */
  S_CASE,       /* u.caseclause: inside switch / type switch bodies */
  S_SWITCH,     /* u.switchs */
  S_TYPESWITCH, /* u.typeswitch */
  S_COMM,       /* u.comm: inside select bodies */
  S_SELECT,     /* u.select */
  S_FOR,        /* u.fors */
  S_RANGE       /* u.range */
} StmtKind;

struct Stmt {
  StmtKind kind;
  Pos pos;
  union {
    Decl *decl;
    struct { Expr *label; Stmt *stmt; } labeled;
    Expr *expr;
    struct { Expr *chan, *value; } send;
    struct { Expr *x; TokenKind tok; } incdec;
    struct { ExprList lhs; TokenKind tok; ExprList rhs; Pos tokpos; } assign;
    Expr *call;
    struct { ExprList results; } ret;
    struct { TokenKind tok; Expr *label;
             Stmt *target; /* set by the parser's label checks (gc does them
                              there): the S_FOR/S_RANGE/S_SWITCH/S_TYPESWITCH/
                              S_SELECT of break and continue, the S_LABELED of
                              goto, the S_SWITCH of fallthrough */ } branch;
    struct { StmtList list; Pos rbrace; void *scope; } block;
    struct { Stmt *init; Expr *cond; Stmt *then; Stmt *els; } ifs;
    struct { ExprList list; /* n == 0: default */ bool is_default;
             StmtList body; Pos colon; void *scope;
             Object *implicit; /* checker: the type switch's symbol in this clause */ } caseclause;
    struct { Stmt *init; Expr *tag; Stmt *body; /* S_BLOCK of S_CASE */
             Expr *label; /* set by the parser when labeled */ } switchs;
    struct { Stmt *init; Stmt *assign; /* S_ASSIGN x := y.(type) or S_EXPR y.(type) */
             Stmt *body; Expr *label; } typeswitch;
    struct { Stmt *comm; /* NULL for default */ StmtList body; Pos colon; } comm;
    struct { Stmt *body; Expr *label; } select;
    struct { Stmt *init; Expr *cond; Stmt *post; Stmt *body; Expr *label; } fors;
    struct { Expr *key, *value; TokenKind tok; /* TK_DEFINE, TK_ASSIGN or TK_EOF when absent */
             Expr *x; Stmt *body; Expr *label; Pos tokpos; } range;
  } u;
};

typedef enum SpecKind { SPEC_IMPORT, SPEC_VALUE, SPEC_TYPE } SpecKind;

struct Spec {
  SpecKind kind;
  Pos pos;
  union {
    struct { Expr *name; /* NULL, or E_IDENT (also "." and "_") */
             const char *path; /* unquoted; specs whose path literal is
                                  malformed are dropped, as gc skips them */
             Pos pathpos;
             bool used; /* checker */ Object *obj; } import;
    struct { Expr **names; int nnames; Expr *type; ExprList values;
             int iota; /* index of the spec within its const group */
             bool implicit; /* const spec repeating the previous list: the
                               parser sets type and values to that spec's
                               (shared nodes) */ } value;
    struct { Expr *name; bool alias; Expr *type; } type;
  } u;
};

typedef enum DeclKind { D_BAD, D_GEN, D_FUNC } DeclKind;

struct Decl {
  DeclKind kind;
  Pos pos;
  union {
    struct { TokenKind tok; /* TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR */
             Spec **specs; int nspecs; Pos lparen, rparen; } gen;
    struct { FieldList *recv; /* NULL for functions */ Expr *name;
             Expr *type; /* E_FUNCTYPE */ Stmt *body; /* NULL: no body */
             Object *obj; /* checker */ } func;
  } u;
};

typedef struct File {
  const char *filename;  /* as given by the user (used in diagnostics) */
  Expr *pkgname;
  Decl **decls; int ndecls;  /* imports first, as Go requires */
} File;

/* ast.c: positions and printing. */
struct Arena;
/* The position of e's first token (for a binary expression, lpos). */
Pos ast_start_pos(const Expr *e);
/* e as gc's diagnostics print expressions (syntax.String: one line, the
** bodies of function and composite literals shown as "…"), in arena a. */
const char *ast_expr_string(struct Arena *a, const Expr *e);
const char *ast_exprs_string(struct Arena *a, ExprList l);   /* "x, y" */
/* A simple statement (assignment, x++, send, expression) the same way. */
const char *ast_stmt_string(struct Arena *a, const Stmt *s);
/* Debugging and tests: the tree as an S-expression, one statement or
** declaration per line; the caller frees the result. */
char *ast_dump_file(const File *f);
char *ast_dump_expr(const Expr *e);
char *ast_dump_stmt(const Stmt *s);

#endif /* AST_H */
