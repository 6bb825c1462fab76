/*
** test_escape.c — escape analysis (compiler/escape*.c): the decisions it
** hands to the code generator (esc_expr_site, esc_var_site, esc_ddd_site)
** and the -m report, in Go 1.19's words and order (each expected text was
** produced by `go build -gcflags='-m -l'` on the same source). The full
** programs with Go's reports are tests/escape/ (ctest -L escape).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/check.h"
#include "../../compiler/compiler.h"
#include "../../compiler/escape.h"
#include "../../vm/module.h"

typedef struct Analysed {
  Comp c;
  File *f;
  char *report;
} Analysed;

static Analysed *analyse(const char *src, int level) {
  Analysed *r = calloc(1, sizeof *r);
  cmp_init(&r->c, "./x.go", src, strlen(src));
  r->f = parse_file(&r->c);
  cr_assert_not_null(r->f, "parse failed:\n%s", cmp_format_errors(&r->c));
  cr_assert(check_file(&r->c, r->f), "check failed");
  esc_analyze(&r->c, r->f, level);
  r->report = esc_report(&r->c);
  return r;
}

static void done(Analysed *r) {
  free(r->report);
  cmp_free(&r->c);
  free(r);
}

/* The body of the first function declared (after the imports). */
static Stmt *body_of(File *f, const char *name) {
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind == D_FUNC && strcmp(d->u.func.name->u.ident.name, name) == 0) return d->u.func.body;
  }
  return NULL;
}

Test(escape, report_matches_go_for_the_seeds) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "type Point struct{ X, Y int }\n"
                        "\n"
                        "func newPoint(x, y int) *Point { return &Point{x, y} }\n"
                        "\n"
                        "func stackIt2() *int {\n"
                        "\ty := 2\n"
                        "\tres := y * 2\n"
                        "\treturn &res\n"
                        "}\n"
                        "\n"
                        "func stackIt3(y *int) int {\n"
                        "\tres := *y * 2\n"
                        "\treturn res\n"
                        "}\n"
                        "\n"
                        "func main() {\n"
                        "\ty := 2\n"
                        "\t_ = stackIt3(&y)\n"
                        "\t_ = stackIt2()\n"
                        "\t_ = newPoint(1, 2)\n"
                        "}\n",
                        1);
  cr_assert_str_eq(r->report, "./x.go:5:41: &Point{...} escapes to heap\n"
                              "./x.go:9:2: moved to heap: res\n"
                              "./x.go:13:15: y does not escape\n");
  done(r);
}

Test(escape, leak_tags) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "var g *int\n"
                        "\n"
                        "func id(p *int) *int { return p }\n"
                        "func deref(p **int) *int { return *p }\n"
                        "func store(p *int) { g = p }\n"
                        "func content(p **int) { g = *p }\n"
                        "\n"
                        "func main() {\n"
                        "\tx := 1\n"
                        "\tp := &x\n"
                        "\t_, _ = id(p), deref(&p)\n"
                        "\tstore(p)\n"
                        "\tcontent(&p)\n"
                        "}\n",
                        1);
  cr_assert_str_eq(r->report, "./x.go:5:9: leaking param: p to result ~r0 level=0\n"
                              "./x.go:6:12: leaking param: p to result ~r0 level=1\n"
                              "./x.go:7:12: leaking param: p\n"
                              "./x.go:8:14: leaking param content: p\n"
                              "./x.go:11:2: moved to heap: x\n");
  done(r);
}

Test(escape, sites_for_codegen) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "import \"fmt\"\n"
                        "\n"
                        "type T struct{ a int }\n"
                        "\n"
                        "func keep() *T { return &T{1} }\n"
                        "\n"
                        "func main() {\n"
                        "\tp := &T{2}\n"
                        "\tx := 3\n"
                        "\tq := &x\n"
                        "\tfmt.Println(p.a, *q, keep().a)\n"
                        "}\n",
                        0);
  cr_assert_str_eq(r->report, "", "level 0 reports nothing");
  /* keep: return &T{1} */
  Stmt *ret = body_of(r->f, "keep")->u.block.list.v[0];
  const EscSite *s1 = esc_expr_site(&r->c, ret->u.ret.results.v[0]);
  cr_assert_not_null(s1);
  cr_assert_eq(s1->kind, ESC_PTRLIT);
  cr_assert(s1->heap);
  cr_assert_str_neq(s1->reason, "");
  /* main: p := &T{2} stays in the frame; so does x */
  StmtList l = body_of(r->f, "main")->u.block.list;
  const EscSite *s2 = esc_expr_site(&r->c, l.v[0]->u.assign.rhs.v[0]);
  cr_assert_not_null(s2);
  cr_assert_not(s2->heap);
  cr_assert_str_eq(s2->reason, "");
  Object *x = l.v[1]->u.assign.lhs.v[0]->u.ident.obj;
  const EscSite *sx = esc_var_site(&r->c, x);
  cr_assert_not_null(sx);
  cr_assert_not(sx->heap);
  /* the ... slice of Println does not escape, its boxed ints do */
  Expr *call = l.v[3]->u.expr;
  const EscSite *sd = esc_ddd_site(&r->c, call);
  cr_assert_not_null(sd);
  cr_assert_eq(sd->kind, ESC_DDD);
  cr_assert_not(sd->heap);
  cr_assert_null(esc_expr_site(&r->c, call->u.call.args.v[0]), "p.a allocates nothing itself");
  const EscSite *sa = esc_iface_site(&r->c, call->u.call.args.v[0]);
  cr_assert_not_null(sa);
  cr_assert_eq(sa->kind, ESC_IFACE);
  cr_assert(sa->heap);
  done(r);
}

Test(escape, loops_and_closures) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "func counter() func() int {\n"
                        "\tn := 0\n"
                        "\treturn func() int {\n"
                        "\t\tn++\n"
                        "\t\treturn n\n"
                        "\t}\n"
                        "}\n"
                        "\n"
                        "func main() {\n"
                        "\tvar p *int\n"
                        "\tfor i := 0; i < 3; i++ {\n"
                        "\t\tx := i\n"
                        "\t\tp = &x\n"
                        "\t}\n"
                        "\tk := 1\n"
                        "\tf := func() int { return k }\n"
                        "\tprintln(*p, f(), counter()())\n"
                        "}\n",
                        1);
  cr_assert_str_eq(r->report, "./x.go:4:2: moved to heap: n\n"
                              "./x.go:5:9: func literal escapes to heap\n"
                              "./x.go:14:3: moved to heap: x\n"
                              "./x.go:18:7: func literal does not escape\n");
  done(r);
}

Test(escape, make_sizes) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "func main() {\n"
                        "\tn := 4\n"
                        "\ta := make([]int, 10)\n"
                        "\tb := make([]int, n)\n"
                        "\tc := make([]byte, 1<<20)\n"
                        "\tprintln(len(a), len(b), len(c))\n"
                        "}\n",
                        1);
  cr_assert_str_eq(r->report, "./x.go:5:11: make([]int, 10) does not escape\n"
                              "./x.go:6:11: make([]int, n) escapes to heap\n"
                              "./x.go:7:11: make([]byte, 1 << 20) escapes to heap\n");
  done(r);
}

Test(escape, reasons_at_m2) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "func stackIt2() *int {\n"
                        "\ty := 2\n"
                        "\tres := y * 2\n"
                        "\treturn &res\n"
                        "}\n"
                        "\n"
                        "func main() { _ = stackIt2() }\n",
                        2);
  cr_assert_str_eq(r->report, "./x.go:5:2: res escapes to heap:\n"
                              "./x.go:5:2:   flow: ~r0 = &res:\n"
                              "./x.go:5:2:     from &res (address-of) at ./x.go:6:9\n"
                              "./x.go:5:2:     from return &res (return) at ./x.go:6:2\n"
                              "./x.go:5:2: moved to heap: res\n");
  done(r);
}

Test(escape, package_initializers) {
  Analysed *r = analyse("package main\n"
                        "\n"
                        "type T struct{ v int }\n"
                        "\n"
                        "var names = map[string]int{\"a\": 1}\n"
                        "var ptr = &T{1}\n"
                        "\n"
                        "func main() { println(names[\"a\"], ptr.v) }\n",
                        1);
  /* &T{1} is static data; the map needs code in the package initializer */
  cr_assert_str_eq(r->report, "./x.go:5:27: map[string]int{...} escapes to heap\n");
  done(r);
}

Test(escape, pipeline_option) {
  const char *src = "package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { println(*f()) }\n";
  char *errors = NULL, *report = NULL;
  CmpOptions o = {.escape_report = 1};
  struct Module *m = cmp_compile_opts("x.go", "./x.go", src, strlen(src), &o, &errors, &report);
  cr_assert_null(errors);
  cr_assert_not_null(report);
  cr_assert_str_eq(report, "./x.go:4:2: moved to heap: x\n");
  free(report);
  if (m) mod_free(m);
}
