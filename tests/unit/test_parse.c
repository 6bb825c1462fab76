/*
** test_parse.c — the parser (compiler/parse*.c), the tree printers
** (compiler/ast.c) and the compilation's diagnostics (compiler/compiler.c).
**
** Trees are checked through ast_dump's S-expressions (the same format a
** go/ast-based dumper produced for the 4,700 files of Go's standard library,
** all identical); error messages and positions against `go tool compile`
** (Go 1.19) on the same sources: the table below was generated from gc's
** output. Garbage, deep nesting and truncated input must produce errors,
** never a crash, a hang or a stack overflow.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"

/* {==================================================================
** Helpers
** =================================================================== */

/* Parses src as t.go; returns the File (NULL on syntax errors) and leaves
** the formatted diagnostics in *errs (malloc'd). */
static File *parse_src(Comp *c, const char *src, size_t len, char **errs) {
  cmp_init(c, "t.go", src, len);
  File *f = parse_file(c);
  *errs = cmp_format_errors(c);
  return f;
}

static char *errors_of(const char *src) {
  Comp c;
  char *errs;
  parse_src(&c, src, strlen(src), &errs);
  cmp_free(&c);
  return errs;
}

/* The dump of a whole file, or of its errors if it has any. */
static char *dump_file(const char *src) {
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  char *d = (f != NULL && errs[0] == 0) ? ast_dump_file(f) : strdup(errs);
  free(errs);
  cmp_free(&c);
  return d;
}

/* The dump of the statements of `func f() { body }`, one per line. */
static char *dump_body(const char *body) {
  char src[4096];
  snprintf(src, sizeof src, "package p\nfunc f() {\n%s\n}\n", body);
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  char *d;
  if (f == NULL || errs[0] != 0) {
    d = strdup(errs);
  } else {
    Stmt *b = f->decls[0]->u.func.body;
    size_t cap = 1, n = 0;
    d = calloc(1, 1);
    for (int i = 0; i < b->u.block.list.n; i++) {
      char *s = ast_dump_stmt(b->u.block.list.v[i]);
      cap += strlen(s) + 1;
      d = realloc(d, cap);
      n += (size_t)sprintf(d + n, "%s%s", i > 0 ? "\n" : "", s);
      free(s);
    }
  }
  free(errs);
  cmp_free(&c);
  return d;
}

/* The dump of the expression in `var _ = expr`. */
static char *dump_expr(const char *expr) {
  char src[4096];
  snprintf(src, sizeof src, "package p\nvar _ = %s\n", expr);
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  char *d = (f != NULL && errs[0] == 0)
                ? ast_dump_expr(f->decls[0]->u.gen.specs[0]->u.value.values.v[0])
                : strdup(errs);
  free(errs);
  cmp_free(&c);
  return d;
}

#define EXPECT_EXPR(src, want)                  \
  do {                                          \
    char *got_ = dump_expr(src);                \
    cr_expect_str_eq(got_, want, "for %s", src); \
    free(got_);                                 \
  } while (0)

#define EXPECT_BODY(src, want)                  \
  do {                                          \
    char *got_ = dump_body(src);                \
    cr_expect_str_eq(got_, want, "for %s", src); \
    free(got_);                                 \
  } while (0)

#define EXPECT_ERRORS(src, want)                \
  do {                                          \
    char *got_ = errors_of(src);                \
    cr_expect_str_eq(got_, want, "for %s", src); \
    free(got_);                                 \
  } while (0)

/* }================================================================== */

/* {==================================================================
** Expressions
** =================================================================== */

Test(parse, precedence) {
  EXPECT_EXPR("a + b*c - d", "(- (+ a (* b c)) d)");
  EXPECT_EXPR("a || b && c == d", "(|| a (&& b (== c d)))");
  EXPECT_EXPR("a << 1 | b &^ c", "(| (<< a 1) (&^ b c))");
  EXPECT_EXPR("-x * y", "(* (- x) y)");
  EXPECT_EXPR("(a + b) * c", "(* (paren (+ a b)) c)");
  EXPECT_EXPR("!a != !b", "(!= (! a) (! b))");
  EXPECT_EXPR("^x % 3 >= 1", "(>= (% (^ x) 3) 1)");
  EXPECT_EXPR("a < b == c > d", "(> (== (< a b) c) d)"); /* one level, left to right */
}

Test(parse, unary_and_primary) {
  EXPECT_EXPR("*p.f", "(* (. p f))");
  EXPECT_EXPR("&x", "(& x)");
  EXPECT_EXPR("&(T{1})", "(& (composite T 1))");
  EXPECT_EXPR("<-ch", "(<- ch)");
  EXPECT_EXPR("<-<-ch", "(<- (<- ch))");
  EXPECT_EXPR("x.(T)", "(assert x T)");
  EXPECT_EXPR("x.(*pkg.T)", "(assert x (* (. pkg T)))");
  EXPECT_EXPR("f(a, b...)", "(call... f a b)");
  EXPECT_EXPR("f()(1)(2,)", "(call (call (call f) 1) 2)");
  EXPECT_EXPR("a[i][j]", "(index (index a i) j)");
  EXPECT_EXPR("s[1:]", "(slice s 1 nil)");
  EXPECT_EXPR("s[:2]", "(slice s nil 2)");
  EXPECT_EXPR("s[:]", "(slice s nil nil)");
  EXPECT_EXPR("s[1:2:3]", "(slice3 s 1 2 3)");
  EXPECT_EXPR("s[:2:3]", "(slice3 s nil 2 3)");
  EXPECT_EXPR("[]byte(\"s\")", "(call (slicetype byte) \"s\")");
  EXPECT_EXPR("(*T)(nil)", "(call (paren (* T)) nil)");
  EXPECT_EXPR("fmt.Sprintf(\"%d\", 1)", "(call (. fmt Sprintf) \"%d\" 1)");
  EXPECT_EXPR("'a' + 1.5e3 + 0x1p-2i", "(+ (+ 'a' 1.5e3) 0x1p-2i)");
  EXPECT_EXPR("`raw`", "`raw`");
}

Test(parse, composite_literals) {
  EXPECT_EXPR("[]int{1, 2, 3}", "(composite (slicetype int) 1 2 3)");
  EXPECT_EXPR("[...]string{\"a\"}", "(composite (array ... string) \"a\")");
  EXPECT_EXPR("[2][2]int{{1, 2}, {3}}",
              "(composite (array 2 (array 2 int)) (composite nil 1 2) (composite nil 3))");
  EXPECT_EXPR("map[string]int{\"a\": 1, \"b\": 2,}",
              "(composite (map string int) (kv \"a\" 1) (kv \"b\" 2))");
  EXPECT_EXPR("struct{x, y int}{y: 1}",
              "(composite (struct (field (x y) int)) (kv y 1))");
  EXPECT_EXPR("pkg.T{}", "(composite (. pkg T))");
  EXPECT_EXPR("&T{a: []int{}}", "(& (composite T (kv a (composite (slicetype int)))))");
  EXPECT_EXPR("map[T]U{{1}: {2}}", "(composite (map T U) (kv (composite nil 1) (composite nil 2)))");
}

Test(parse, function_literals_and_types) {
  EXPECT_EXPR("func(x int) int { return x }",
              "(funclit (functype (params (field (x) int)) (results (field () int))) (block\n"
              "  (return x)))");
  EXPECT_EXPR("func() {}()", "(call (funclit (functype (params) (results)) (block)))");
  EXPECT_EXPR("[]func(a, b int, c string) (n int, err error){}",
              "(composite (slicetype (functype (params (field (a b) int) (field (c) string)) "
              "(results (field (n) int) (field (err) error)))))");
  EXPECT_EXPR("[]func(int, ...string) error{}",
              "(composite (slicetype (functype (params (field () int) (field () ...string)) "
              "(results (field () error)))))");
  EXPECT_EXPR("[]chan int{}", "(composite (slicetype (chan int)))");
  EXPECT_EXPR("[]<-chan int{}", "(composite (slicetype (<-chan int)))");
  EXPECT_EXPR("[]chan<- int{}", "(composite (slicetype (chan<- int)))");
  EXPECT_EXPR("[]chan (<-chan int){}", "(composite (slicetype (chan (<-chan int))))");
  /* a receive from a conversion, not a conversion to <-chan int (as gc) */
  EXPECT_EXPR("<-chan int(nil)", "(<- (call (chan int) nil))");
  EXPECT_EXPR("(<-chan int)(nil)", "(call (paren (<-chan int)) nil)");
  EXPECT_EXPR("[]interface{ M(int) bool; io.Reader }{}",
              "(composite (slicetype (interface (field (M) (functype (params (field () int)) "
              "(results (field () bool)))) (field () (. io Reader)))))");
  EXPECT_EXPR("[]struct{ a, b int `tag`; T; *pkg.U }{}",
              "(composite (slicetype (struct (field (a b) int `tag`) (field () T) "
              "(field () (* (. pkg U))))))");
  EXPECT_EXPR("[]map[*T][]int{}", "(composite (slicetype (map (* T) (slicetype int))))");
}

/* gc's rule: in if/for/switch headers a '{' after a type name opens the
** block, unless the literal is parenthesised; literal types that are not
** names are fine anywhere. */
Test(parse, composite_literal_ambiguity) {
  EXPECT_BODY("if x == (T{}) {\n}",
              "(if nil (== x (paren (composite T))) (block))");
  EXPECT_BODY("for _, v := range []int{1} {\n}",
              "(range _ v := (composite (slicetype int) 1) (block))");
  EXPECT_BODY("switch (T{}).a {\n}", "(switch nil (. (paren (composite T)) a) (block))");
  EXPECT_BODY("if f(T{}) {\n}", "(if nil (call f (composite T)) (block))");
  EXPECT_ERRORS("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
                "t.go:3:14: syntax error: unexpected { at end of statement\n"
                "t.go:5:1: syntax error: non-declaration statement outside function body\n");
}

/* }================================================================== */

/* {==================================================================
** Statements
** =================================================================== */

Test(parse, simple_statements) {
  EXPECT_BODY("x := 1\na, b = b, a\nx += 2\nx <<= 1\ni++\nj--\nch <- v\nf()\n;",
              "(:= (x) (1))\n(= (a b) (b a))\n(+= (x) (2))\n(<<= (x) (1))\n(++ i)\n(-- j)\n"
              "(send ch v)\n(expr (call f))\n(empty)");
  EXPECT_BODY("var x, y int = 1, 2\nconst c = 3\ntype T struct{}",
              "(var (spec 0 (x y) int 1 2))\n(const (spec 0 (c) nil 3))\n"
              "(type (typespec T (struct)))");
  EXPECT_BODY("go f(x)\ndefer func() {}()\nreturn\nreturn 1, 2",
              "(go (call f x))\n(defer (call (funclit (functype (params) (results)) (block))))\n"
              "(return)\n(return 1 2)");
}

Test(parse, if_statements) {
  EXPECT_BODY("if x {\n} else if y := f(); y {\n\tg()\n} else {\n}",
              "(if nil x (block) (if (:= (y) ((call f))) y (block\n"
              "  (expr (call g))) (block)))");
}

Test(parse, for_statements) {
  EXPECT_BODY("for {\n}\nfor x < 10 {\n}\nfor i := 0; i < n; i++ {\n}\nfor ; ; {\n}\nfor i := 0; ; {\n}",
              "(for nil nil nil (block))\n(for nil (< x 10) nil (block))\n"
              "(for (:= (i) (0)) (< i n) (++ i) (block))\n(for nil nil nil (block))\n"
              "(for (:= (i) (0)) nil nil (block))");
  EXPECT_BODY("for range s {\n}\nfor i := range s {\n}\nfor i, c := range s {\n}\nfor k, v = range m {\n}",
              "(range nil nil nil s (block))\n(range i nil := s (block))\n(range i c := s (block))\n"
              "(range k v = m (block))");
}

Test(parse, switch_statements) {
  EXPECT_BODY("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ncase 3:\ndefault:\n}",
              "(switch (:= (x) ((call f))) x (block\n"
              "  (case (1 2)\n"
              "    (expr (call g))\n"
              "    (fallthrough))\n"
              "  (case (3))\n"
              "  (default)))");
  EXPECT_BODY("switch {\ncase x > 1:\n}", "(switch nil nil (block\n  (case ((> x 1)))))");
  EXPECT_BODY("switch v := x.(type) {\ncase int, string:\ncase nil:\n}",
              "(typeswitch nil (:= (v) ((assert x type))) (block\n"
              "  (case (int string))\n"
              "  (case (nil))))");
  EXPECT_BODY("switch x.(type) {\n}", "(typeswitch nil (expr (assert x type)) (block))");
  EXPECT_BODY("switch f(); v := x.(type) {\n}",
              "(typeswitch (expr (call f)) (:= (v) ((assert x type))) (block))");
}

Test(parse, select_statements) {
  EXPECT_BODY("select {\ncase v := <-c:\ncase c <- 1:\ncase <-d:\n\tf()\ndefault:\n}",
              "(select (block\n"
              "  (comm (:= (v) ((<- c))))\n"
              "  (comm (send c 1))\n"
              "  (comm (expr (<- d))\n"
              "    (expr (call f)))\n"
              "  (comm nil)))");
}

Test(parse, labels_and_branches) {
  EXPECT_BODY("L:\n\tfor {\n\t\tbreak L\n\t}\nM:\n\tswitch {\n\tdefault:\n\t\tbreak M\n\t}\n"
              "goto N\nN:\n\tcontinue",
              "t.go:14:2: continue is not in a loop\n");
  EXPECT_BODY("L:\n\tfor {\n\t\tcontinue L\n\t}\nM:\n\tselect {\n\tdefault:\n\t\tbreak M\n\t}",
              "(labeled L (for label=L nil nil nil (block\n"
              "  (continue L))))\n"
              "(labeled M (select label=M (block\n"
              "  (comm nil\n"
              "    (break M)))))");
}

/* break, continue, goto and fallthrough get their targets. */
Test(parse, branch_targets) {
  const char *src = "package p\nfunc f() {\nL:\n\tfor {\n\t\tswitch {\n\t\tcase true:\n"
                    "\t\t\tfallthrough\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t\tcontinue L\n\t}\n"
                    "\tgoto E\nE:\n}\n";
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  cr_assert_str_eq(errs, "");
  cr_assert_not_null(f);
  StmtList body = f->decls[0]->u.func.body->u.block.list;
  Stmt *lab = body.v[0];
  Stmt *loop = lab->u.labeled.stmt;
  cr_assert_eq(loop->kind, S_FOR);
  Stmt *sw = loop->u.fors.body->u.block.list.v[0];
  cr_assert_eq(sw->kind, S_SWITCH);
  Stmt *ft = sw->u.switchs.body->u.block.list.v[0]->u.caseclause.body.v[0];
  Stmt *brk = sw->u.switchs.body->u.block.list.v[1]->u.caseclause.body.v[0];
  Stmt *cont = loop->u.fors.body->u.block.list.v[1];
  cr_assert_eq(ft->u.branch.target, sw);
  cr_assert_eq(brk->u.branch.target, sw);
  cr_assert_eq(cont->u.branch.target, loop);
  Stmt *gt = body.v[1];
  cr_assert_eq(gt->u.branch.tok, TK_GOTO);
  cr_assert_eq(gt->u.branch.target, body.v[2]);
  cr_assert_eq(body.v[2]->kind, S_LABELED);
  free(errs);
  cmp_free(&c);
}

/* }================================================================== */

/* {==================================================================
** Declarations
** =================================================================== */

Test(parse, declarations) {
  char *d = dump_file(
      "package main\n"
      "import \"fmt\"\n"
      "import (\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"x/y\"\n)\n"
      "const (\n\ta = iota\n\tb\n\tc, d int = 5, 6\n\te, f\n)\n"
      "var (\n\tx int\n\ty = 2\n)\n"
      "type (\n\tT struct{ a int }\n\tA = T\n\tS []T\n\tN [4]int\n)\n"
      "func (t *T) M(a int) (r int) { return }\n"
      "func F()\n"
      "func main() {}\n");
  cr_assert_str_eq(d,
      "(package main)\n"
      "(import (import nil \"fmt\"))\n"
      "(import (import f \"fmt\") (import . \"os\") (import _ \"x/y\"))\n"
      "(const (spec 0 (a) nil iota) (spec 1 implicit (b) nil iota) (spec 2 (c d) int 5 6) "
      "(spec 3 implicit (e f) int 5 6))\n"
      "(var (spec 0 (x) int) (spec 0 (y) nil 2))\n"
      "(type (typespec T (struct (field (a) int))) (typespec A = T) (typespec S (slicetype T)) "
      "(typespec N (array 4 int)))\n"
      "(func (recv (field (t) (* T))) M (functype (params (field (a) int)) (results (field (r) int))) (block\n"
      "  (return)))\n"
      "(func F (functype (params) (results)) nil)\n"
      "(func main (functype (params) (results)) (block))\n");
  free(d);
}

Test(parse, implicit_const_shares_the_list) {
  const char *src = "package p\nconst (\n\ta, b = iota, -iota\n\tc, d\n)\nconst e\n";
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  cr_assert_not_null(f);
  Spec *s0 = f->decls[0]->u.gen.specs[0], *s1 = f->decls[0]->u.gen.specs[1];
  cr_assert(!s0->u.value.implicit);
  cr_assert(s1->u.value.implicit);
  cr_assert_eq(s1->u.value.iota, 1);
  cr_assert_eq(s1->u.value.values.v, s0->u.value.values.v);
  /* alone, without a previous spec, nothing is inherited (the checker
     reports the missing value) */
  Spec *s2 = f->decls[1]->u.gen.specs[0];
  cr_assert(!s2->u.value.implicit);
  cr_assert_eq(s2->u.value.values.n, 0);
  free(errs);
  cmp_free(&c);
}

Test(parse, parameters) {
  char *d = dump_file("package p\n"
                      "func f(a, b int, c ...string) (x, y int, err error) { return }\n"
                      "func g(int, string) (bool) { return }\n"
                      "func h(p.T, *q.U, []int, func()) {}\n");
  cr_assert_str_eq(d,
      "(package p)\n"
      "(func f (functype (params (field (a b) int) (field (c) ...string)) (results (field (x y) int) "
      "(field (err) error))) (block\n  (return)))\n"
      "(func g (functype (params (field () int) (field () string)) (results (field () bool))) (block\n"
      "  (return)))\n"
      "(func h (functype (params (field () (. p T)) (field () (* (. q U))) (field () (slicetype int)) "
      "(field () (functype (params) (results)))) (results)) (block))\n");
  free(d);
}

Test(parse, type_strings) {
  Comp c;
  cmp_init(&c, "t.go", "", 0);
  Expr *t = parse_type_string(&c, "func(format string, a ...any) (n int, err error)");
  cr_assert_not_null(t);
  char *d = ast_dump_expr(t);
  cr_assert_str_eq(d, "(functype (params (field (format) string) (field (a) ...any)) "
                      "(results (field (n) int) (field (err) error)))");
  free(d);
  t = parse_type_string(&c, "[]string");
  cr_assert_not_null(t);
  cr_assert_eq(t->kind, E_ARRAYTYPE);
  cr_assert_str_eq(ast_expr_string(&c.arena, t), "[]string");
  cr_assert_eq(cmp_nerrors(&c), 0);
  cr_assert_null(parse_type_string(&c, "func("));
  cr_assert_null(parse_type_string(&c, "int int"));
  cmp_free(&c);
}

/* }================================================================== */

/* {==================================================================
** Positions
** =================================================================== */

Test(parse, positions) {
  const char *src = "package p\n"
                    "func f(a int) {\n"
                    "\tx := a  + g(1, 2)\n"
                    "\ts[i] = T{}.b\n"
                    "}\n";
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  cr_assert_not_null(f);
  Decl *fn = f->decls[0];
  cr_assert_eq(fn->pos.line, 2);
  cr_assert_eq(fn->pos.col, 1);
  Field *par = fn->u.func.type->u.func.params.v[0];
  cr_assert_eq(par->pos.col, 8);
  cr_assert_eq(fn->u.func.type->u.func.params.open.col, 7);
  cr_assert_eq(fn->u.func.type->u.func.params.close.col, 13);

  Stmt *as = fn->u.func.body->u.block.list.v[0];
  cr_assert_eq(as->kind, S_ASSIGN);
  cr_assert_eq(as->pos.col, 2);
  cr_assert_eq(as->u.assign.tokpos.col, 4);
  Expr *bin = as->u.assign.rhs.v[0];
  cr_assert_eq(bin->kind, E_BINARY);
  cr_assert_eq(bin->pos.col, 10, "a binary expression is at its operator");
  cr_assert_eq(bin->u.binary.lpos.col, 7);
  cr_assert_eq(ast_start_pos(bin).col, 7);
  Expr *call = bin->u.binary.y;
  cr_assert_eq(call->pos.col, 12);
  cr_assert_eq(call->u.call.lparen.col, 13);
  cr_assert_eq(call->u.call.rparen.col, 18);
  cr_assert_eq(call->u.call.args.v[1]->pos.col, 17);

  Stmt *as2 = fn->u.func.body->u.block.list.v[1];
  Expr *idx = as2->u.assign.lhs.v[0];
  cr_assert_eq(idx->pos.col, 2);
  cr_assert_eq(idx->u.index.lbrack.col, 3);
  cr_assert_eq(idx->u.index.rbrack.col, 5);
  Expr *sel = as2->u.assign.rhs.v[0];
  cr_assert_eq(sel->kind, E_SELECTOR);
  cr_assert_eq(sel->pos.col, 9, "a selector starts with its operand");
  cr_assert_eq(sel->u.selector.x->u.composite.lbrace.col, 10);
  cr_assert_eq(sel->u.selector.sel->pos.col, 13);
  free(errs);
  cmp_free(&c);
}

/* }================================================================== */

/* {==================================================================
** Printing as gc does
** =================================================================== */

Test(parse, expression_strings) {
  static const char *cases[][2] = {
    {"a + b * (c - d)", "a + b * (c - d)"},
    {"f(x, y...)", "f(x, y...)"},
    {"[]int{1, 2}", "[]int{…}"},
    {"map[string]int{}", "map[string]int{}"},
    {"func(a, b int) (int, error) { return 0, nil }", "func(a, b int) (int, error) {…}"},
    {"struct{a int; b, c string}{}", "struct{a int; b, c string}{}"},
    {"x.(interface{ M() })", "x.(interface{M()})"},
    {"s[1:2:3]", "s[1:2:3]"},
    {"s[:]", "s[:]"},
    {"<-c", "<-c"},
    {"*p", "*p"},
    {"[...]int{}", "[...]int{}"},
    {"[]chan<- int{}", "[]chan<- int{}"},
    {"[]chan (<-chan int){}", "[]chan (<-chan int){}"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char src[512];
    snprintf(src, sizeof src, "package p\nvar _ = %s\n", cases[i][0]);
    Comp c;
    char *errs;
    File *f = parse_src(&c, src, strlen(src), &errs);
    cr_assert_not_null(f, "%s: %s", cases[i][0], errs);
    Expr *e = f->decls[0]->u.gen.specs[0]->u.value.values.v[0];
    cr_expect_str_eq(ast_expr_string(&c.arena, e), cases[i][1]);
    free(errs);
    cmp_free(&c);
  }
}

/* }================================================================== */

/* {==================================================================
** Errors, as gc reports them
** =================================================================== */

static const char *const gc_cases[][2] = {
#include "test_parse_gc.inc"
};

Test(parse, gc_error_messages) {
  for (size_t i = 0; i < sizeof gc_cases / sizeof gc_cases[0]; i++) {
    char *got = errors_of(gc_cases[i][0]);
    cr_expect_str_eq(got, gc_cases[i][1], "case %zu:\n%s", i, gc_cases[i][0]);
    free(got);
  }
}

/* Malformed literals are not syntax errors for gc: the File is kept (the
** literal becomes E_BAD) so that type checking can report more. */
Test(parse, lexical_errors_keep_the_file) {
  const char *src = "package p\nvar x = '\\q'\nvar y = 1\n";
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, strlen(src), &errs);
  cr_assert_not_null(f);
  cr_assert_str_eq(errs, "t.go:2:11: unknown escape\n");
  cr_assert_eq(f->decls[0]->u.gen.specs[0]->u.value.values.v[0]->kind, E_BAD);
  free(errs);
  cmp_free(&c);
  /* a syntax error drops it */
  cmp_init(&c, "t.go", "package p\nvar x = )\n", 20);
  cr_assert_null(parse_file(&c));
  cmp_free(&c);
}

Test(parse, generics_are_reported_unsupported) {
  EXPECT_ERRORS("package p\ntype T[P any] struct{}\n",
                "t.go:2:7: type parameters are not supported\n");
  EXPECT_ERRORS("package p\nfunc f[P any](x P) {}\n",
                "t.go:2:7: type parameters are not supported\n");
  EXPECT_ERRORS("package p\nvar x T[int]\n", "t.go:2:8: generic types are not supported\n");
  /* but an array type is not a type parameter list */
  EXPECT_ERRORS("package p\nconst N = 2\ntype A [N]int\ntype B [N * 2]int\n", "");
}

/* }================================================================== */

/* {==================================================================
** Diagnostics
** =================================================================== */

Test(diag, sorted_deduplicated_and_limited) {
  Comp c;
  cmp_init(&c, "x.go", "", 0);
  cmp_error(&c, (Pos){5, 1, 0}, "b");
  cmp_error(&c, (Pos){3, 7, 0}, "a");
  cmp_error(&c, (Pos){3, 2, 0}, "a2");
  cmp_error(&c, (Pos){3, 9, 0}, "a2");          /* same msg, same line: dropped */
  cmp_error(&c, (Pos){5, 1, 0}, "syntax error: one");
  cmp_error(&c, (Pos){5, 9, 0}, "syntax error: two"); /* 2nd syntax error on a line */
  cmp_error(&c, (Pos){0, 0, 0}, "no position");
  char *s = cmp_format_errors(&c);
  cr_assert_str_eq(s, "no position\nx.go:3:2: a2\nx.go:3:7: a\nx.go:5:1: b\n"
                      "x.go:5:1: syntax error: one\n");
  free(s);
  cmp_free(&c);

  cmp_init(&c, "x.go", "", 0);
  for (int i = 12; i >= 1; i--) cmp_error(&c, (Pos){i, 2, 0}, "e%d", i);
  cr_assert_eq(cmp_nerrors(&c), 10);
  s = cmp_format_errors(&c);
  /* gc stops at the 10th error and names its position */
  cr_assert_str_eq(s, "x.go:3:2: e3\nx.go:4:2: e4\nx.go:5:2: e5\nx.go:6:2: e6\nx.go:7:2: e7\n"
                      "x.go:8:2: e8\nx.go:9:2: e9\nx.go:10:2: e10\nx.go:11:2: e11\n"
                      "x.go:12:2: e12\nx.go:3:2: too many errors\n");
  free(s);
  cmp_free(&c);
}

Test(diag, too_many_syntax_errors) {
  char src[2048] = "package p\n";
  for (int i = 1; i <= 12; i++) {
    char line[64];
    snprintf(line, sizeof line, "func f%d() { x := }\n", i);
    strcat(src, line);
  }
  char *errs = errors_of(src);
  int lines = 0;
  for (char *p = errs; *p; p++) lines += *p == '\n';
  cr_assert_eq(lines, 11);
  /* as gc prints it */
  cr_assert(strstr(errs, "t.go:2:18: syntax error: unexpected }, expecting expression\n") == errs);
  cr_assert(strstr(errs, "t.go:11:19: syntax error: unexpected }, expecting expression\n"
                         "t.go:11:19: too many errors\n") != NULL, "%s", errs);
  free(errs);
}

Test(diag, compile_entry_point) {
  char *errs = NULL;
  const char *src = "package main\nfunc main() {\n\tx := \n}\n";
  struct Module *m = cmp_compile("p.go", src, strlen(src), &errs);
  cr_assert_null(m);
  cr_assert_str_eq(errs, "# command-line-arguments\n"
                         "p.go:4:1: syntax error: unexpected }, expecting expression\n");
  free(errs);
}

Test(arena, aligned_zeroed_and_large) {
  Arena a = {0};
  for (int i = 1; i < 3000; i += 7) {
    unsigned char *p = arena_alloc(&a, (size_t)i);
    cr_assert_eq((uintptr_t)p % 16, 0);
    for (int j = 0; j < i; j++) cr_assert_eq(p[j], 0);
    memset(p, 0xAB, (size_t)i);
  }
  unsigned char *big = arena_alloc(&a, 1 << 20);
  cr_assert_eq((uintptr_t)big % 16, 0);
  cr_assert_eq(big[0] | big[(1 << 20) - 1], 0);
  unsigned char *after = arena_alloc(&a, 16);
  cr_assert_eq(after[0], 0);
  char *s = arena_strndup(&a, "hello world", 5);
  cr_assert_str_eq(s, "hello");
  PtrVec v = {0};
  for (intptr_t i = 0; i < 100; i++) ptrvec_push(&a, &v, (void *)i);
  cr_assert_eq(v.n, 100);
  cr_assert_eq((intptr_t)v.v[77], 77);
  arena_free(&a);
  cr_assert_null(a.head);
}

/* }================================================================== */

/* {==================================================================
** Robustness
** =================================================================== */

static char *repeat(const char *head, const char *unit, int n, const char *tail) {
  size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
  char *s = malloc(hl + ul * (size_t)n + tl + 1);
  memcpy(s, head, hl);
  for (int i = 0; i < n; i++) memcpy(s + hl + ul * (size_t)i, unit, ul);
  memcpy(s + hl + ul * (size_t)n, tail, tl + 1);
  return s;
}

Test(robust, deep_nesting_is_an_error) {
  static const char *units[][3] = {
    {"package p\nvar x = ", "(", "1"},
    {"package p\nvar x = ", "- ", "1"},
    {"package p\nvar x = ", "[]", "int{}"},
    {"package p\nvar x = ", "*", "p"},
    {"package p\nvar x ", "[]", "int"},
    {"package p\nvar x ", "map[int]", "int"},
    {"package p\nvar x = a", ".b", ""},
    {"package p\nvar x = f", "()", ""},
    {"package p\nvar x = 1", "+1", ""},
    {"package p\nfunc f() {\n", "{", ""},
    {"package p\nfunc f() {\n", "if x {", ""},
    {"package p\nfunc f() {\n", "for {", ""},
    {"package p\nvar x = ", "func() {", ""},
    {"package p\nvar x = T", "{", ""},
  };
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    char *src = repeat(units[i][0], units[i][1], 100000, units[i][2]);
    Comp c;
    char *errs;
    File *f = parse_src(&c, src, strlen(src), &errs);
    cr_expect_null(f, "%s", units[i][1]);
    cr_expect(strstr(errs, "exceeded max nesting depth") != NULL, "%s: %s", units[i][1], errs);
    free(errs);
    free(src);
    cmp_free(&c);
  }
  /* 1000 levels are fine, as in Go */
  char *src = repeat("package p\nvar x = ", "(", 1000, "1");
  char *tail = repeat(src, " + 1)", 1000, "\n");
  EXPECT_ERRORS(tail, "");
  free(src);
  free(tail);
  src = repeat("package p\nfunc f() {\n", "if x {\n", 1000, "");
  tail = repeat(src, "}\n", 1001, "");
  EXPECT_ERRORS(tail, "");
  free(src);
  free(tail);
}

Test(robust, truncated_programs) {
  const char *prog =
      "package main\n\nimport \"fmt\"\n\ntype T struct {\n\ta, b int\n\tc string `tag`\n}\n\n"
      "func (t *T) M(x ...int) (int, error) {\n\tswitch v := interface{}(t).(type) {\n"
      "\tcase *T:\n\t\treturn len(x), nil\n\tdefault:\n\t\t_ = v\n\t}\n\treturn 0, nil\n}\n\n"
      "func main() {\n\tm := map[string][]int{\"a\": {1, 2}}\n\tfor k, v := range m {\n"
      "\t\tfmt.Printf(\"%s %v\\n\", k, v[1:])\n\t}\n\tch := make(chan int, 1)\n\tselect {\n"
      "\tcase ch <- 1:\n\tdefault:\n\t}\n\tgo func() { <-ch }()\n\tdefer println('x', 1.5, 2i)\n"
      "L:\n\tfor i := 0; i < 3; i++ {\n\t\tif i == 1 {\n\t\t\tcontinue L\n\t\t}\n\t}\n}\n";
  size_t n = strlen(prog);
  char *errs = errors_of(prog);
  cr_assert_str_eq(errs, "");
  free(errs);
  /* every prefix parses to errors or to a tree, never to a crash */
  for (size_t len = 0; len < n; len++) {
    Comp c;
    File *f = parse_src(&c, prog, len, &errs);
    cr_assert(f != NULL || errs[0] != 0, "prefix %zu", len);
    free(errs);
    cmp_free(&c);
  }
}

Test(robust, random_input) {
  unsigned seed = 4242;
  static const char *const words[] = {
    "package", "main", "func", "(", ")", "{", "}", "[", "]", "\n", ";", ",", ":", ":=",
    "=", "if", "else", "for", "range", "switch", "case", "default", "select", "go",
    "defer", "return", "break", "continue", "goto", "fallthrough", "var", "const",
    "type", "struct", "interface", "map", "chan", "<-", "*", "&", "+", "...", ".",
    "x", "y", "1", "2.5", "'c'", "\"s\"", "`r`", "import", "\"fmt\"", "/*", "*/", "//",
    "\xff", "\0", "@", "'", "\"", "`", "0x", "1e", "~", "|", "!"};
  const int nwords = sizeof words / sizeof words[0];
  char buf[4096];
  for (int iter = 0; iter < 3000; iter++) {
    size_t len = 0;
    int nw = (int)(seed % 200);
    if (iter % 2 == 0) len = (size_t)snprintf(buf, sizeof buf, "package p\n");
    for (int i = 0; i < nw && len + 16 < sizeof buf; i++) {
      seed = seed * 1103515245u + 12345u;
      const char *w = words[(seed >> 16) % nwords];
      size_t wl = w[0] ? strlen(w) : 1;
      memcpy(buf + len, w, wl);
      len += wl;
      if ((seed >> 8) % 3 == 0) buf[len++] = ' ';
    }
    Comp c;
    char *errs;
    parse_src(&c, buf, len, &errs);
    free(errs);
    cmp_free(&c);
  }
  /* and raw bytes */
  for (int iter = 0; iter < 1000; iter++) {
    size_t len = (size_t)(iter % 300);
    memcpy(buf, "package p\n", 10);
    for (size_t i = 10; i < len + 10; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[i] = (char)(seed >> 16);
    }
    Comp c;
    char *errs;
    parse_src(&c, buf, len + 10, &errs);
    free(errs);
    cmp_free(&c);
  }
}

/* Found by fuzzing: the value of an import path full of invalid bytes is
** longer than its source (U+FFFD is 3 bytes) and used to overrun its buffer
** into the next node. */
Test(robust, import_path_with_invalid_bytes) {
  char src[512] = "package main\nimport \"f";
  size_t n = strlen(src);
  memcpy(src + n, "\0\0\xf1\xf1\x9e", 5);
  n += 5;
  for (int i = 0; i < 150; i++) src[n++] = (char)0xff;
  const char *tail = "mt\"\nconst (\n\tA = iota\n\tB\n)\n";
  memcpy(src + n, tail, strlen(tail));
  n += strlen(tail);
  Comp c;
  char *errs;
  File *f = parse_src(&c, src, n, &errs);
  cr_assert_not_null(f);
  cr_assert(strncmp(errs, "t.go:2:10: invalid NUL character\n", 33) == 0, "%s", errs);
  Spec *imp = f->decls[0]->u.gen.specs[0];
  cr_assert_eq(memcmp(imp->u.import.path, "f\0\0\xef\xbf\xbd", 6), 0);
  Spec *a = f->decls[1]->u.gen.specs[0];
  cr_assert(!a->u.value.implicit);
  free(errs);
  cmp_free(&c);
}

Test(robust, nul_bytes_and_empty_input) {
  EXPECT_ERRORS("", "t.go:1:1: syntax error: package statement must be first\n");
  Comp c;
  char *errs;
  File *f = parse_src(&c, "package p\nvar x = 1\x00\n", 21, &errs);
  cr_assert_not_null(f, "a NUL is a lexical error only");
  cr_assert_str_eq(errs, "t.go:2:10: invalid NUL character\n");
  free(errs);
  cmp_free(&c);
}
