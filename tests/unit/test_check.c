/*
** test_check.c — the type checker (compiler/check*.c): the annotations the
** code generator relies on (objects, types, folded constants, branch
** targets, selections, captures) and diagnostics worded and placed as
** Go 1.19's `go build` prints them (each expected text below was produced
** by go1.19.8 on the same source).
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/check.h"
#include "../../compiler/compiler.h"
#include "../../compiler/constant.h"
#include "../../compiler/types.h"

typedef struct Checked {
  Comp c;
  File *f;
  int ok;
  char *errors;
} Checked;

static Checked *check_src(const char *src) {
  Checked *r = calloc(1, sizeof *r);
  cmp_init(&r->c, "./x.go", src, strlen(src));
  r->f = parse_file(&r->c);
  cr_assert_not_null(r->f, "parse failed:\n%s", cmp_format_errors(&r->c));
  r->ok = check_file(&r->c, r->f);
  r->errors = cmp_format_errors(&r->c);
  return r;
}

static void done(Checked *r) {
  free(r->errors);
  cmp_free(&r->c);
  free(r);
}

static void expect_errors(const char *src, const char *want) {
  Checked *r = check_src(src);
  cr_expect_str_eq(r->errors, want, "source:\n%s", src);
  cr_expect_eq(r->ok, want[0] == 0);
  done(r);
}

/* The function declaration named [name]. */
static Decl *func_decl(File *f, const char *name) {
  for (int i = 0; i < f->ndecls; i++) {
    Decl *d = f->decls[i];
    if (d->kind == D_FUNC && strcmp(d->u.func.name->u.ident.name, name) == 0) return d;
  }
  return NULL;
}

static Stmt *body_stmt(File *f, const char *fn, int i) {
  Decl *d = func_decl(f, fn);
  cr_assert_not_null(d);
  return d->u.func.body->u.block.list.v[i];
}

Test(check, valid_program_is_accepted) {
  Checked *r = check_src("package main\n"
                         "import (\"fmt\"; \"os\")\n"
                         "const big = 1 << 100\n"
                         "func f(a int, b ...string) (q, r int) { q, r = a/3, a%3; return }\n"
                         "func main() {\n"
                         "\tx, y := f(10)\n"
                         "\tfor i, c := range \"héllo\" { fmt.Println(i, c) }\n"
                         "\tif len(os.Args) > 1 { os.Exit(2) }\n"
                         "\tfmt.Printf(\"%d %d %v\\n\", x, y, big>>98)\n"
                         "}\n");
  cr_assert_str_eq(r->errors, "");
  cr_assert_eq(r->ok, 1);
  done(r);
}

Test(check, annotations_for_codegen) {
  Checked *r = check_src("package main\n"
                         "const big = 1 << 100\n"
                         "var g = 2\n"
                         "func main() {\n"
                         "\tx := big >> 98\n"           /* 0: folded int constant */
                         "\tvar f float64 = 1 << 3\n"   /* 1: untyped int -> float64 */
                         "\tvar b byte = 'a'\n"         /* 2 */
                         "\ts := \"abc\"[1]\n"          /* 3: byte */
                         "\tprintln(x, f, b, s, g)\n"   /* 4 */
                         "\tp := &x\n"                  /* 5 */
                         "\tfunc() { println(s) }()\n"  /* 6 */
                         "\t_ = p\n"
                         "}\n");
  cr_assert_str_eq(r->errors, "");
  Stmt *s0 = body_stmt(r->f, "main", 0);
  Expr *rhs = s0->u.assign.rhs.v[0];
  cr_assert_eq(rhs->mode, MODE_CONST);
  cr_assert_eq(rhs->type, TY(TY_INT));
  cr_assert_eq(cst_int64_value(rhs->cval), 4);
  Object *x = s0->u.assign.lhs.v[0]->u.ident.obj;
  cr_assert_not_null(x);
  cr_assert_eq(x->kind, OBJ_VAR);
  cr_assert_eq(x->type, TY(TY_INT));
  cr_assert(x->used);
  cr_assert(x->addr_taken); /* &x */
  cr_assert_not(x->is_global);
  cr_assert_eq(x->depth, 1);

  Spec *fs = body_stmt(r->f, "main", 1)->u.decl->u.gen.specs[0];
  Expr *fv = fs->u.value.values.v[0];
  cr_assert_eq(fv->type, TY(TY_FLOAT64));
  cr_assert_eq(fv->cval->kind, CV_FLOAT);
  cr_assert_eq(cst_float64_value(fv->cval), 8.0);

  Spec *bs = body_stmt(r->f, "main", 2)->u.decl->u.gen.specs[0];
  cr_assert_eq(ty_underlying(bs->u.value.values.v[0]->type)->kind, TY_UINT8);
  cr_assert_eq(cst_int64_value(bs->u.value.values.v[0]->cval), 97);

  Expr *idx = body_stmt(r->f, "main", 3)->u.assign.rhs.v[0];
  cr_assert_eq(idx->kind, E_INDEX);
  cr_assert_eq(idx->type->kind, TY_UINT8);
  cr_assert_eq(idx->mode, MODE_VALUE);

  Expr *call = body_stmt(r->f, "main", 4)->u.expr;
  cr_assert_eq(call->mode, MODE_NOVALUE);
  Expr *fn = call->u.call.fn;
  cr_assert_eq(fn->u.ident.obj->kind, OBJ_BUILTIN);
  cr_assert_eq(fn->u.ident.obj->builtin, BI_PRINTLN);
  Object *g = call->u.call.args.v[4]->u.ident.obj;
  cr_assert(g->is_global);
  cr_assert_eq(g->depth, 0);

  /* the closure captures s */
  Expr *lit = body_stmt(r->f, "main", 6)->u.expr->u.call.fn;
  cr_assert_eq(lit->kind, E_FUNCLIT);
  int n;
  Object **caps = chk_captures(&r->c, lit, &n);
  cr_assert_eq(n, 1);
  cr_assert_str_eq(caps[0]->name, "s");
  cr_assert(caps[0]->captured);
  done(r);
}

Test(check, natives_and_packages) {
  Checked *r = check_src("package main\n"
                         "import \"fmt\"\nimport \"os\"\n"
                         "func main() { fmt.Println(os.Args[0]); os.Exit(1) }\n");
  cr_assert_str_eq(r->errors, "");
  Expr *call = body_stmt(r->f, "main", 0)->u.expr;
  Object *println = call->u.call.fn->u.selector.obj;
  cr_assert_not_null(println);
  cr_assert_eq(println->kind, OBJ_FUNC);
  cr_assert_geq(println->native, 0);
  cr_assert_str_eq(ty_string(&r->c, println->type), "func(...interface {}) (int, error)");
  Expr *arg = call->u.call.args.v[0];
  cr_assert_eq(arg->type, TY(TY_STRING));
  Object *args = arg->u.index.x->u.selector.obj;
  cr_assert_eq(args->kind, OBJ_VAR);
  cr_assert(args->is_global);
  cr_assert_geq(args->native, 0);
  done(r);
}

Test(check, branch_targets) {
  Checked *r = check_src("package main\n"
                         "func main() {\n"
                         "outer:\n"
                         "\tfor i := 0; i < 3; i++ {\n"
                         "\t\tswitch i {\n"
                         "\t\tcase 0:\n"
                         "\t\t\tbreak\n"
                         "\t\tcase 1:\n"
                         "\t\t\tcontinue outer\n"
                         "\t\t}\n"
                         "\t\tbreak outer\n"
                         "\t}\n"
                         "\tgoto end\n"
                         "end:\n"
                         "}\n");
  cr_assert_str_eq(r->errors, "");
  Stmt *lab = body_stmt(r->f, "main", 0);
  cr_assert_eq(lab->kind, S_LABELED);
  Stmt *loop = lab->u.labeled.stmt;
  StmtList *body = &loop->u.fors.body->u.block.list;
  Stmt *sw = body->v[0];
  Stmt *brk = sw->u.switchs.body->u.block.list.v[0]->u.caseclause.body.v[0];
  Stmt *cont = sw->u.switchs.body->u.block.list.v[1]->u.caseclause.body.v[0];
  cr_assert_eq(brk->u.branch.target, sw);
  cr_assert_eq(cont->u.branch.target, loop);
  cr_assert_eq(((Stmt *)body->v[1])->u.branch.target, loop);
  Stmt *gt = body_stmt(r->f, "main", 1);
  cr_assert_eq(gt->u.branch.target, body_stmt(r->f, "main", 2));
  done(r);
}

Test(check, methods_and_selections) {
  Checked *r = check_src("package main\n"
                         "type P struct{ X, Y int }\n"
                         "func (p *P) Move(d int) { p.X += d }\n"
                         "func (p P) Sum() int { return p.X + p.Y }\n"
                         "func main() { var p P; p.Move(1); println(p.Sum(), p.Y) }\n");
  cr_assert_str_eq(r->errors, "");
  Decl *m = func_decl(r->f, "main");
  Stmt *s1 = m->u.func.body->u.block.list.v[1];
  Expr *sel = s1->u.expr->u.call.fn;
  const Selection *s = chk_selection(&r->c, sel);
  cr_assert_not_null(s);
  cr_assert_eq(s->kind, SEL_METHOD);
  cr_assert_str_eq(s->method->name, "Move");
  cr_assert(s->m->ptr_recv);
  Type *pt = s->recv;
  cr_assert_eq(pt->kind, TY_NAMED);
  cr_assert_eq(pt->u.named.nmethods, 2);
  cr_assert_not_null(pt->u.named.methods[0].sig);
  Expr *y = ((Stmt *)m->u.func.body->u.block.list.v[2])->u.expr->u.call.args.v[1];
  const Selection *fs = chk_selection(&r->c, y);
  cr_assert_eq(fs->kind, SEL_FIELD);
  cr_assert_str_eq(fs->field->name, "Y");
  cr_assert_eq(y->mode, MODE_VAR);
  done(r);
}

Test(check, go_messages_basic) {
  expect_errors("package main\n\nfunc main() {\n\tx := 1\n\tvar z int\n\tz = 3\n\tprintln(undefinedVar)\n}\n",
                "./x.go:4:2: x declared but not used\n"
                "./x.go:5:6: z declared but not used\n"
                "./x.go:7:10: undefined: undefinedVar\n");
  expect_errors("package main\n\nimport \"fmt\"\nimport \"os\"\n\nfunc main() {\n}\n",
                "./x.go:3:8: imported and not used: \"fmt\"\n"
                "./x.go:4:8: imported and not used: \"os\"\n");
  expect_errors("package main\n\nfunc f(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n\nfunc main() { f(1) }\n",
                "./x.go:7:1: missing return\n");
  expect_errors("package main\n\nfunc main() {\n\tx := 5\n\tvar s string\n\ts = x\n\t_ = s\n}\n",
                "./x.go:6:6: cannot use x (variable of type int) as type string in assignment\n");
  expect_errors("package main\n\nfunc main() {\n\tx := 1\n\ts := \"a\"\n\t_ = x + s\n}\n",
                "./x.go:6:6: invalid operation: x + s (mismatched types int and string)\n");
  expect_errors("package main\n\nfunc main() {\n\tx := 10\n\t_ = x / 0\n}\n",
                "./x.go:5:10: invalid operation: division by zero\n");
  expect_errors("package main\n\nfunc main() {\n\tx := 1\n\tif x {\n\t}\n}\n",
                "./x.go:5:5: non-boolean condition in if statement\n");
  expect_errors("package main\n\nfunc f()\n\nfunc main() {\n\tf()\n}\n", "./x.go:3:6: missing function body\n");
  expect_errors("package main\n\nfunc main(args int) {\n}\n",
                "./x.go:3:6: func main must have no arguments and no return values\n");
  expect_errors("package main\n\nfunc notmain() {}\n",
                "runtime.main_main\xc2\xb7" "f: function main is undeclared in the main package\n");
  expect_errors("package main\n\nimport \"foo\"\n\nfunc main() {}\n",
                "./x.go:3:8: package foo is not in GOROOT (/usr/lib/go-1.19/src/foo)\n");
}

Test(check, go_messages_constants) {
  expect_errors("package main\n\nfunc main() {\n\tvar a int8 = 300\n\tb := int8(300)\n\tconst c int8 = 100\n"
                "\td := c * 3\n\tf := 1 << 600\n\tvar g int = 2.5\n\tvar h byte = 256\n\t_, _, _, _, _ = a, b, d, f, g\n"
                "\t_ = h\n}\n",
                "./x.go:4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)\n"
                "./x.go:5:12: cannot convert 300 (untyped int constant) to type int8\n"
                "./x.go:7:7: c * 3 (constant 300 of type int8) overflows int8\n"
                "./x.go:8:9: constant shift overflow\n"
                "./x.go:9:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)\n"
                "./x.go:10:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)\n");
  expect_errors("package main\n\nfunc main() {\n\tvar s uint = 2\n\tvar f float64 = 1 << s\n\t_ = 1 << -1\n"
                "\t_ = 1 << 10000\n\t_ = f\n}\n",
                "./x.go:5:18: invalid operation: 1 << s (shift of type float64)\n"
                "./x.go:6:11: invalid operation: negative shift count -1 (untyped int constant)\n"
                "./x.go:7:11: invalid operation: invalid shift count 10000 (untyped int constant)\n");
  expect_errors("package main\n\nfunc main() {\n\t_ = \"abc\"[5]\n}\n",
                "./x.go:4:12: invalid argument: index 5 out of bounds [0:3]\n");
  expect_errors("package main\n\nfunc main() {\n\tx := string(1.5)\n\ty := string(65)\n\t_, _ = x, y\n}\n",
                "./x.go:4:14: cannot convert 1.5 (untyped float constant) to type string\n");
}

Test(check, go_messages_calls_and_assignments) {
  expect_errors("package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tf(1, \"a\", 3)\n\tf(1)\n}\n",
                "./x.go:6:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)\n"
                "./x.go:7:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)\n");
  expect_errors("package main\n\nfunc g() (int, int) { return 1, 2 }\n\nfunc main() {\n\tvar a, b, c = g()\n"
                "\t_, _, _ = a, b, c\n}\n",
                "./x.go:6:16: assignment mismatch: 3 variables but g returns 2 values\n");
  expect_errors("package main\n\nfunc main() {\n\ta := 1\n\ta := 2\n\t_ = a\n}\n",
                "./x.go:5:4: no new variables on left side of :=\n");
  expect_errors("package main\n\nvar x int\nvar x string\n\nfunc main() {}\n",
                "./x.go:4:5: x redeclared in this block\n\t./x.go:3:5: other declaration of x\n");
  expect_errors("package main\n\nfunc f() int { return 1 }\n\nfunc main() {\n\tconst c = 1\n\tc = 2\n\tx := 1\n\tx\n}\n",
                "./x.go:7:2: cannot assign to c (untyped int constant 1)\n"
                "./x.go:9:2: x (variable of type int) is not used\n");
  expect_errors("package main\n\nfunc main() {\n\tx := 1\n\tswitch x {\n\tcase 1:\n\tcase 2, 1:\n\t}\n}\n",
                "./x.go:7:10: duplicate case 1 (constant of type int) in expression switch\n\t./x.go:6:7: previous case\n");
  expect_errors("package main\n\nfunc f() int {\n\treturn 1, 2\n}\n\nfunc main() { f() }\n",
                "./x.go:4:12: too many return values\n\thave (number, number)\n\twant (int)\n");
}

Test(check, go_messages_declarations) {
  expect_errors("package main\n\ntype T [2]T\n\nfunc main() {\n\tvar t T\n\t_ = t\n}\n",
                "./x.go:3:6: invalid recursive type T\n\t./x.go:3:6: T refers to\n\t./x.go:3:6: T\n");
  expect_errors("package main\n\nvar a = b\nvar b = a\n\nfunc main() {\n\tprintln(a, b)\n}\n",
                "./x.go:3:5: initialization loop for a\n\t./x.go:3:5: a refers to\n\t./x.go:4:5: b refers to\n"
                "\t./x.go:3:5: a\n");
  expect_errors("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := fmt\n\t_ = x\n}\n",
                "./x.go:3:8: imported and not used: \"fmt\"\n"
                "./x.go:6:7: use of package fmt not in selector\n");
}

Test(check, robustness) {
  /* deeply nested expressions and long declaration chains must not crash */
  size_t n = 900;
  char *src = malloc(n * 2 + 200);
  strcpy(src, "package main\nfunc main() { x := ");
  for (size_t i = 0; i < n; i++) strcat(src, "(");
  strcat(src, "1");
  for (size_t i = 0; i < n; i++) strcat(src, ")");
  strcat(src, "; _ = x }\n");
  Checked *r = check_src(src);
  cr_assert_str_eq(r->errors, "");
  done(r);
  free(src);
  /* long dependency chains between declarations are checked in
  ** dependency order instead of recursing through them */
  size_t m = 3000;
  char *chain = malloc(m * 64 + 200);
  strcpy(chain, "package main\n");
  for (size_t i = 0; i < m; i++) sprintf(chain + strlen(chain), "const c%zu = c%zu + 1\ntype T%zu T%zu\n", i, i + 1, i, i + 1);
  sprintf(chain + strlen(chain), "const c%zu = 0\ntype T%zu struct{ x int }\nfunc main() { var t T0; println(c0, t.x) }\n", m, m);
  r = check_src(chain);
  cr_assert_str_eq(r->errors, "");
  Object *c0 = NULL;
  for (int i = 0; i < r->f->ndecls; i++) {
    Decl *d = r->f->decls[i];
    if (d->kind == D_GEN && d->u.gen.tok == TK_CONST) {
      c0 = d->u.gen.specs[0]->u.value.names[0]->u.ident.obj;
      break;
    }
  }
  cr_assert_not_null(c0);
  cr_assert_eq(cst_int64_value(c0->cval), (int64_t)m);
  done(r);
  free(chain);
  /* huge constants stay bounded */
  expect_errors("package main\n\nconst c = 1e300 * 1e300 * 1e300\n\nvar f float64 = c\n\nfunc main() { _ = f }\n",
                "./x.go:5:17: cannot use c (untyped float constant 1e+900) as float64 value in variable declaration "
                "(overflows)\n");
}
