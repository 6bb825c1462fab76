/*
** check_decl.c — declarations and types (types2's decl.go, typexpr.go,
** signature.go, struct.go, interface.go, validtype.go, lookup.go).
**
** Objects are declared on demand: chk_obj_decl type-checks a package-level
** object the first time something needs it, so dependencies are checked
** first whatever the source order. Cycles are found with types2's colors:
** an object is white (not started), grey while its declaration is being
** checked (it sits on objpath), black when done; meeting a grey object is a
** cycle, valid only through type definitions (type T struct{ next *T }) or
** through values alone (funcs referring to each other).
**
** A named type gets its Type (TY_NAMED) before its right-hand side is
** checked, so the right side may refer to it; its underlying type is set as
** soon as the outermost type constructor is known (types2's setUnderlying)
** and resolved through chains of named types when the declaration is done.
** validType, run later, rejects types that contain themselves by value.
*/
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct Env {
  Scope *scope;
  DeclInfo *decl;
  ConstVal *iota;
  Pos errpos;
  bool has_errpos;
  FuncCtx *fn;
  bool has_call_or_recv;
} Env;

static Env save_env(Checker *k) {
  return (Env){k->scope, k->decl, k->iota, k->errpos, k->has_errpos, k->fn, k->has_call_or_recv};
}

static void restore_env(Checker *k, Env e) {
  k->scope = e.scope;
  k->decl = e.decl;
  k->iota = e.iota;
  k->errpos = e.errpos;
  k->has_errpos = e.has_errpos;
  k->fn = e.fn;
  k->has_call_or_recv = e.has_call_or_recv;
}

static Arena *A(Checker *k) { return &k->c->arena; }

/* {=================================================================
** Objects (decl.go)
** ================================================================== */

static void cycle_error(Checker *k, Object **cycle, int n) {
  /* start the report at the object declared first */
  int first = 0;
  for (int i = 1; i < n; i++)
    if (pos_before(cycle[i]->pos, cycle[first]->pos))
      first = i;
  Object *o = cycle[first];
  char *msg;
  if (o->kind == OBJ_TYPE)
    msg = chk_sprintf(k, "invalid recursive type %s", o->name);
  else
    msg = chk_sprintf(k, "illegal cycle in declaration of %s", o->name);
  int i = first;
  for (int j = 0; j < n; j++) {
    msg = chk_sprintf(k, "%s\n\t%s: %s refers to", msg, chk_pos_str(k, o->pos), o->name);
    i = (i + 1) % n;
    o = cycle[i];
  }
  msg = chk_sprintf(k, "%s\n\t%s: %s", msg, chk_pos_str(k, o->pos), o->name);
  chk_error(k, cycle[first]->pos, "%s", msg);
}

static bool valid_cycle(Checker *k, Object *o) {
  ObjInfo *info = chk_info(k, o);
  int start = info->color - GREY;
  if (start < 0 || start >= k->objpath.n) return true;
  Object **cycle = (Object **)k->objpath.v + start;
  int n = k->objpath.n - start;
  int nval = 0, ndef = 0;
  for (int i = 0; i < n; i++) {
    switch (cycle[i]->kind) {
    case OBJ_CONST:
    case OBJ_VAR: nval++; break;
    case OBJ_TYPE:
      if (!chk_info(k, cycle[i])->is_alias) ndef++;
      break;
    default: break;
    }
  }
  if (nval == n) return true;     /* functions and values only: not a type cycle */
  if (nval == 0 && ndef > 0) return true; /* type definitions may be recursive */
  cycle_error(k, cycle, n);
  return false;
}

static void const_decl(Checker *k, Object *o, Expr *typ, Expr *init, bool inherited, ConstVal *iota);
static void var_decl(Checker *k, Object *o, Object **lhs, int nlhs, Expr *typ, Expr *init);
static void type_decl(Checker *k, Object *o, Spec *spec, Type *def);
static void func_decl(Checker *k, Object *o, DeclInfo *d);

void chk_obj_decl(Checker *k, Object *o, Type *def) {
  ObjInfo *info = chk_info(k, o);
  if (info->color == WHITE && o->type) {
    info->color = BLACK;
    return;
  }
  if (info->color == BLACK) return;
  if (info->color >= GREY) {
    bool ok = valid_cycle(k, o);
    if (o->kind == OBJ_CONST || o->kind == OBJ_VAR) {
      if (!ok || !o->type) o->type = TY(TY_INVALID);
    } else if (o->kind == OBJ_TYPE) {
      if (!ok) o->type = TY(TY_INVALID);
      if (!o->type) o->type = TY(TY_INVALID); /* alias referring to itself */
    } else if (o->kind == OBJ_FUNC && !o->type) {
      o->type = TY(TY_INVALID);
    }
    return;
  }
  DeclInfo *d = info->decl;
  if (!d) { /* cannot happen for well-formed trees; stay robust */
    if (!o->type) o->type = TY(TY_INVALID);
    info->color = BLACK;
    return;
  }
  if (!chk_enter(k, o->pos)) {
    if (!o->type) o->type = TY(TY_INVALID);
    chk_leave(k);
    return;
  }
  info->color = GREY + k->objpath.n;
  ptrvec_push(A(k), &k->objpath, o);
  Env env = save_env(k);
  k->file_scope = chk_file_scope(k, o->pos.file);
  k->scope = k->file_scope;
  k->decl = NULL;
  k->iota = NULL;
  k->has_errpos = false;
  k->fn = NULL;
  k->has_call_or_recv = false;
  switch (o->kind) {
  case OBJ_CONST:
    k->decl = d;
    const_decl(k, o, d->vtyp, d->init, d->inherited, d->iota);
    break;
  case OBJ_VAR:
    k->decl = d;
    var_decl(k, o, d->lhs, d->nlhs, d->vtyp, d->init);
    break;
  case OBJ_TYPE:
    type_decl(k, o, d->tspec, def);
    chk_collect_methods(k, o);
    break;
  case OBJ_FUNC: func_decl(k, o, d); break;
  default: break;
  }
  restore_env(k, env);
  k->objpath.n--;
  info->color = BLACK;
  chk_leave(k);
}

static void const_decl(Checker *k, Object *o, Expr *typ, Expr *init, bool inherited, ConstVal *iota) {
  ConstVal *saved_iota = k->iota;
  Pos saved_errpos = k->errpos;
  bool saved_has = k->has_errpos;
  k->iota = iota;
  k->has_errpos = false;
  o->cval = NULL; /* unknown until initialized: a cycle sees "unknown" */
  if (typ) {
    Type *t = chk_typ(k, typ);
    if (!chk_is_const_type(t)) {
      if (ty_underlying(t)->kind != TY_INVALID) chk_error(k, chk_start(typ), "invalid constant type %s", chk_type_str(k, t));
      o->type = TY(TY_INVALID);
      goto done;
    }
    o->type = t;
  }
  Operand x = {MODE_INVALID, NULL, TY(TY_INVALID), NULL, BI_NONE};
  if (init) {
    if (inherited) {
      k->errpos = o->pos;
      k->has_errpos = true;
    }
    chk_expr(k, &x, init);
  }
  chk_init_const(k, o, &x);
done:
  k->iota = saved_iota;
  k->errpos = saved_errpos;
  k->has_errpos = saved_has;
}

static void var_decl(Checker *k, Object *o, Object **lhs, int nlhs, Expr *typ, Expr *init) {
  if (typ) o->type = chk_var_type(k, typ);
  if (!init) {
    if (!typ) o->type = TY(TY_INVALID);
  } else if (!lhs || nlhs == 1) {
    Operand x;
    chk_expr(k, &x, init);
    chk_init_var(k, o, &x, "variable declaration");
  } else {
    if (typ)
      for (int i = 0; i < nlhs; i++) lhs[i]->type = o->type;
    chk_init_vars(k, lhs, nlhs, &init, 1, NULL);
  }
  if (o->type && o->type->kind == TY_INVALID) o->used = true;
  for (int i = 0; i < nlhs; i++)
    if (lhs[i]->type && lhs[i]->type->kind == TY_INVALID) lhs[i]->used = true;
}

/* Resolves a chain of named types to the final underlying type; a chain
** that comes back to itself is an invalid recursive type. */
static void resolve_underlying(Checker *k, Type *named) {
  Object *path[64];
  int n = 0;
  Type *t = named;
  while (t && t->kind == TY_NAMED) {
    for (int i = 0; i < n; i++) {
      if (path[i] == t->u.named.obj) {
        cycle_error(k, path + i, n - i);
        for (int j = i; j < n; j++) path[j]->type->u.named.underlying = TY(TY_INVALID);
        named->u.named.underlying = TY(TY_INVALID);
        return;
      }
    }
    if (n == 64) break;
    path[n++] = t->u.named.obj;
    t = t->u.named.underlying;
  }
  if (!t) return; /* something on the chain is still being declared */
  named->u.named.underlying = t;
}

static void type_decl(Checker *k, Object *o, Spec *spec, Type *def) {
  ObjInfo *info = chk_info(k, o);
  if (spec->u.type.alias) {
    Type *rhs = chk_typ(k, spec->u.type.type);
    if (!o->type) o->type = rhs;
    info->from_rhs = rhs;
    return;
  }
  Type *named = ty_new(k->c, TY_NAMED);
  named->u.named.obj = o;
  named->u.named.pkg = "main";
  o->type = named;
  if (def) def->u.named.underlying = named;
  Delayed d = {.kind = DL_VALIDATE, .type = named};
  chk_later(k, d);
  Type *rhs = chk_defined_type(k, spec->u.type.type, named);
  info->from_rhs = rhs;
  if (!named->u.named.underlying) named->u.named.underlying = rhs ? rhs : TY(TY_INVALID);
  resolve_underlying(k, named);
}

/* decl.go's collectMethods: attach the methods declared for type name o. */
void chk_collect_methods(Checker *k, Object *o) {
  PtrVec *list = pmap_get(&k->method_lists, o);
  if (!list) return;
  pmap_put(A(k), &k->method_lists, o, NULL);
  Type *base = o->type && o->type->kind == TY_NAMED ? o->type : NULL;
  if (base) chk_later(k, (Delayed){.kind = DL_FIELDS, .type = base});
  for (int i = 0; i < list->n; i++) {
    Object *m = list->v[i];
    if (!base) continue;
    Method *alt = NULL;
    for (int j = 0; j < base->u.named.nmethods; j++)
      if (strcmp(base->u.named.methods[j].name, m->name) == 0) alt = &base->u.named.methods[j];
    if (alt) {
      chk_error(k, m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s", o->name, m->name,
                chk_pos_str(k, alt->fn->pos), m->name);
      continue;
    }
    int n = base->u.named.nmethods;
    Method *v = arena_alloc(A(k), sizeof(Method) * (size_t)(n + 1));
    if (n) memcpy(v, base->u.named.methods, sizeof(Method) * (size_t)n);
    v[n].name = m->name;
    v[n].fn = m;
    v[n].ptr_recv = chk_info(k, m)->ptr_recv;
    v[n].sig = m->type;
    base->u.named.methods = v;
    base->u.named.nmethods = n + 1;
  }
}

static void func_decl(Checker *k, Object *o, DeclInfo *d) {
  Decl *fd = d->fdecl;
  Type *sig = ty_new(k->c, TY_FUNC);
  o->type = sig; /* guards against cycles */
  ObjInfo *info = chk_info(k, o);
  int saved = info->color;
  info->color = BLACK;
  Scope *scope = NULL;
  Object **results = NULL;
  int nres = 0;
  Object *recv = NULL;
  if (fd->u.func.type && fd->u.func.type->kind == E_FUNCTYPE)
    chk_func_type(k, sig, fd->u.func.type, fd->u.func.recv, &scope, &recv, &results, &nres);
  info->color = saved;
  info->fscope = scope;
  if (fd->u.func.body) {
    Delayed dl = {.kind = DL_FUNC_BODY, .fn = o, .sig = sig, .scope = scope, .body = fd->u.func.body,
                  .decl = d, .results = results, .nresults = nres};
    chk_later(k, dl);
  }
}

/* decl.go's declStmt: declarations inside functions. */
void chk_decl_stmt(Checker *k, Decl *d) {
  if (!d || d->kind != D_GEN) return;
  for (int s = 0; s < d->u.gen.nspecs; s++) {
    Spec *sp = d->u.gen.specs[s];
    if (!sp) continue;
    if (d->u.gen.tok == TK_CONST && sp->kind == SPEC_VALUE) {
      int top = k->ndelayed;
      ExprList *vals = &sp->u.value.values;
      int n = sp->u.value.nnames;
      Object **lhs = arena_alloc(A(k), sizeof(Object *) * (size_t)(n ? n : 1));
      ConstVal *iota = cst_int64(k->c, sp->u.value.iota);
      for (int i = 0; i < n; i++) {
        Expr *name = sp->u.value.names[i];
        lhs[i] = chk_new_obj(k, OBJ_CONST, name->u.ident.name, name->pos, NULL);
        const_decl(k, lhs[i], sp->u.value.type, i < vals->n ? vals->v[i] : NULL, sp->u.value.implicit, iota);
      }
      chk_arity(k, sp->pos, sp->u.value.names, n, vals->v, vals->n, true, sp->u.value.implicit);
      chk_process_delayed(k, top);
      for (int i = 0; i < n; i++) {
        Expr *name = sp->u.value.names[i];
        chk_declare(k, k->scope, name, lhs[i]);
        name->type = lhs[i]->type;
        name->mode = MODE_CONST;
        name->cval = lhs[i]->cval;
      }
    } else if (d->u.gen.tok == TK_VAR && sp->kind == SPEC_VALUE) {
      int top = k->ndelayed;
      ExprList *vals = &sp->u.value.values;
      int n = sp->u.value.nnames;
      Object **lhs0 = arena_alloc(A(k), sizeof(Object *) * (size_t)(n ? n : 1));
      for (int i = 0; i < n; i++) {
        Expr *name = sp->u.value.names[i];
        lhs0[i] = chk_new_obj(k, OBJ_VAR, name->u.ident.name, name->pos, NULL);
      }
      for (int i = 0; i < n; i++) {
        Object **lhs = NULL;
        int nlhs = 0;
        Expr *init = NULL;
        if (vals->n == n) {
          init = vals->v[i];
        } else if (vals->n == 1) {
          lhs = lhs0;
          nlhs = n;
          init = vals->v[0];
        } else if (i < vals->n) {
          init = vals->v[i];
        }
        var_decl(k, lhs0[i], lhs, nlhs, sp->u.value.type, init);
        if (vals->n == 1) break;
      }
      if (!sp->u.value.type || vals->n > 0) chk_arity(k, sp->pos, sp->u.value.names, n, vals->v, vals->n, false, false);
      chk_process_delayed(k, top);
      for (int i = 0; i < n; i++) {
        if (!lhs0[i]->type) lhs0[i]->type = TY(TY_INVALID);
        if (chk_declare(k, k->scope, sp->u.value.names[i], lhs0[i]) && k->fn && strcmp(lhs0[i]->name, "_") != 0)
          ptrvec_push(A(k), &k->fn->vars, lhs0[i]);
        sp->u.value.names[i]->type = lhs0[i]->type;
        sp->u.value.names[i]->mode = MODE_VAR;
      }
    } else if (d->u.gen.tok == TK_TYPE && sp->kind == SPEC_TYPE && sp->u.type.name) {
      Expr *name = sp->u.type.name;
      Object *o = chk_new_obj(k, OBJ_TYPE, name->u.ident.name, name->pos, NULL);
      ObjInfo *info = chk_info(k, o);
      info->is_alias = sp->u.type.alias;
      chk_declare(k, k->scope, name, o);
      info->color = GREY + k->objpath.n;
      ptrvec_push(A(k), &k->objpath, o);
      type_decl(k, o, sp, NULL);
      if (o->type && o->type->kind == TY_NAMED) o->type->u.named.pkg = "main";
      k->objpath.n--;
      info->color = BLACK;
    }
  }
}

/* }================================================================= */

/* {=================================================================
** Type expressions (typexpr.go)
** ================================================================== */

static Type *typ_internal(Checker *k, Expr *e, Type *def);

static void set_underlying(Type *def, Type *t) {
  if (def && !def->u.named.underlying) def->u.named.underlying = t;
}

Type *chk_defined_type(Checker *k, Expr *e, Type *def) {
  if (!e) return TY(TY_INVALID);
  if (!chk_enter(k, e->pos)) {
    chk_leave(k);
    set_underlying(def, TY(TY_INVALID));
    return TY(TY_INVALID);
  }
  Type *t = typ_internal(k, e, def);
  chk_leave(k);
  if (!t) t = TY(TY_INVALID);
  e->type = t;
  e->mode = MODE_TYPE;
  return t;
}

Type *chk_typ(Checker *k, Expr *e) { return chk_defined_type(k, e, NULL); }

Type *chk_var_type(Checker *k, Expr *e) { return chk_defined_type(k, e, NULL); }

int64_t chk_array_length(Checker *k, Expr *e) {
  if (e->kind == E_IDENT) {
    Object *o = chk_lookup(k, e->u.ident.name);
    if (!o) {
      chk_error(k, e->pos, "undeclared name %s for array length", e->u.ident.name);
      return -1;
    }
    if (o->kind != OBJ_CONST) {
      chk_error(k, e->pos, "invalid array length %s", e->u.ident.name);
      return -1;
    }
  }
  Operand x;
  chk_expr(k, &x, e);
  if (x.mode != MODE_CONST) {
    if (x.mode != MODE_INVALID) chk_error(k, chk_start(e), "array length %s must be constant", chk_operand_str(k, &x));
    return -1;
  }
  if (ty_is_untyped(x.type) || ty_is_integer(x.type)) {
    ConstVal *v = cst_to_int(k->c, x.val);
    if (v && v->kind == CV_INT) {
      if (cst_representable(k->c, v, TY_INT, NULL)) {
        int64_t n = cst_int64_value(v);
        if (n >= 0) return n;
        chk_error(k, chk_start(e), "invalid array length %s", chk_operand_str(k, &x));
        return -1;
      }
    }
  }
  if (!x.val) return -1;
  chk_error(k, chk_start(e), "array length %s must be integer", chk_operand_str(k, &x));
  return -1;
}

static void struct_type(Checker *k, Type *st, Expr *e);
static void interface_type(Checker *k, Type *it, Expr *e, Type *def);

static Type *typ_internal(Checker *k, Expr *e, Type *def) {
  switch (e->kind) {
  case E_BAD: break;
  case E_IDENT: {
    Operand x;
    chk_ident(k, &x, e, def, true);
    switch (x.mode) {
    case MODE_TYPE:
      set_underlying(def, x.type);
      return x.type;
    case MODE_INVALID: break;
    case MODE_NOVALUE: chk_error(k, e->pos, "%s used as type", chk_operand_str(k, &x)); break;
    default: chk_error(k, e->pos, "%s is not a type", chk_operand_str(k, &x)); break;
    }
    break;
  }
  case E_SELECTOR: {
    Operand x;
    chk_selector(k, &x, e, def);
    switch (x.mode) {
    case MODE_TYPE:
      set_underlying(def, x.type);
      return x.type;
    case MODE_INVALID: break;
    case MODE_NOVALUE: chk_error(k, chk_start(e), "%s used as type", chk_operand_str(k, &x)); break;
    default: chk_error(k, chk_start(e), "%s is not a type", chk_operand_str(k, &x)); break;
    }
    break;
  }
  case E_PAREN: return chk_defined_type(k, e->u.paren.x, def);
  case E_ARRAYTYPE: {
    if (!e->u.array.len) {
      Type *t = ty_new(k->c, TY_SLICE);
      set_underlying(def, t);
      t->u.slice.elem = chk_var_type(k, e->u.array.elem);
      return t;
    }
    Type *t = ty_new(k->c, TY_ARRAY);
    set_underlying(def, t);
    if (e->u.array.len->kind == E_ELLIPSIS && !e->u.array.len->u.ellipsis.elt) {
      chk_error(k, e->pos, "invalid use of [...] array (outside a composite literal)");
      t->u.array.len = -1;
    } else {
      t->u.array.len = chk_array_length(k, e->u.array.len);
    }
    t->u.array.elem = chk_var_type(k, e->u.array.elem);
    if (t->u.array.len >= 0) return t;
    break;
  }
  case E_ELLIPSIS:
    chk_error(k, e->pos, "invalid use of '...'");
    if (e->u.ellipsis.elt) chk_use1(k, e->u.ellipsis.elt);
    break;
  case E_STRUCTTYPE: {
    Type *t = ty_new(k->c, TY_STRUCT);
    set_underlying(def, t);
    struct_type(k, t, e);
    return t;
  }
  case E_STAR: {
    Type *t = ty_new(k->c, TY_POINTER);
    t->u.ptr.elem = TY(TY_INVALID);
    set_underlying(def, t);
    t->u.ptr.elem = chk_var_type(k, e->u.star.x);
    if (t->u.ptr.elem->kind == TY_INVALID) return TY(TY_INVALID);
    return t;
  }
  case E_FUNCTYPE: {
    Type *t = ty_new(k->c, TY_FUNC);
    set_underlying(def, t);
    chk_func_type(k, t, e, NULL, NULL, NULL, NULL, NULL);
    return t;
  }
  case E_INTERFACETYPE: {
    Type *t = ty_new(k->c, TY_INTERFACE);
    set_underlying(def, t);
    interface_type(k, t, e, def);
    return t;
  }
  case E_MAPTYPE: {
    Type *t = ty_new(k->c, TY_MAP);
    set_underlying(def, t);
    t->u.map.key = chk_var_type(k, e->u.map.key);
    t->u.map.value = chk_var_type(k, e->u.map.value);
    chk_later(k, (Delayed){.kind = DL_MAPKEY, .type = t->u.map.key, .lit = e->u.map.key});
    return t;
  }
  case E_CHANTYPE: {
    Type *t = ty_new(k->c, TY_CHAN);
    set_underlying(def, t);
    t->u.chan.dir = e->u.chan.dir;
    t->u.chan.elem = chk_var_type(k, e->u.chan.value);
    return t;
  }
  default:
    chk_error(k, chk_start(e), "%s is not a type", chk_expr_str(k, e));
    chk_use1(k, e);
    break;
  }
  set_underlying(def, TY(TY_INVALID));
  return TY(TY_INVALID);
}

/* struct.go's embeddedFieldIdent. */
static Expr *embedded_ident(Expr *e) {
  if (!e) return NULL;
  switch (e->kind) {
  case E_IDENT: return e;
  case E_STAR:
    if (e->u.star.x && e->u.star.x->kind != E_STAR) return embedded_ident(e->u.star.x);
    return NULL;
  case E_SELECTOR: return e->u.selector.sel;
  default: return NULL;
  }
}

/* A struct tag's value: the literal unquoted. */
static const char *tag_value(Checker *k, const char *raw) {
  if (!raw) return NULL;
  ConstVal *v = cst_from_literal(k->c, TK_STRING, raw, (int)strlen(raw));
  if (!v) return NULL;
  return v->s;
}

static void struct_type(Checker *k, Type *st, Expr *e) {
  FieldList *fl = &e->u.strct.fields;
  PtrVec fields = {0};
  for (int i = 0; i < fl->n; i++) {
    Field *f = fl->v[i];
    if (!f) continue;
    Type *t = chk_var_type(k, f->type);
    const char *tag = tag_value(k, f->tag);
    if (f->nnames > 0) {
      for (int j = 0; j < f->nnames; j++) {
        StructField *sf = arena_alloc(A(k), sizeof *sf);
        sf->name = f->names[j]->u.ident.name;
        sf->type = t;
        sf->tag = tag;
        bool dup = false;
        if (strcmp(sf->name, "_") != 0)
          for (int m = 0; m < fields.n; m++)
            if (strcmp(((StructField *)fields.v[m])->name, sf->name) == 0) dup = true;
        if (dup) {
          chk_error(k, f->names[j]->pos, "%s redeclared", sf->name);
          continue;
        }
        ptrvec_push(A(k), &fields, sf);
      }
      continue;
    }
    Pos pos = chk_start(f->type);
    Expr *name = embedded_ident(f->type);
    StructField *sf = arena_alloc(A(k), sizeof *sf);
    sf->embedded = true;
    sf->tag = tag;
    if (!name) {
      chk_error(k, pos, "invalid embedded field type %s", chk_expr_str(k, f->type));
      sf->name = "_";
      sf->type = TY(TY_INVALID);
      ptrvec_push(A(k), &fields, sf);
      continue;
    }
    sf->name = name->u.ident.name;
    sf->type = t;
    bool dup = false;
    for (int m = 0; m < fields.n; m++)
      if (strcmp(((StructField *)fields.v[m])->name, sf->name) == 0) dup = true;
    if (dup) {
      chk_error(k, pos, "%s redeclared", sf->name);
      continue;
    }
    ptrvec_push(A(k), &fields, sf);
    chk_later(k, (Delayed){.kind = DL_EMBEDDED, .type = t, .lit = f->type});
  }
  st->u.strct.nfields = fields.n;
  st->u.strct.fields = arena_alloc(A(k), sizeof(StructField) * (size_t)(fields.n ? fields.n : 1));
  for (int i = 0; i < fields.n; i++) st->u.strct.fields[i] = *(StructField *)fields.v[i];
}

static int method_cmp(const void *a, const void *b) {
  return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

static void add_iface_method(Checker *k, PtrVec *ms, PtrVec *poss, const char *name, Type *sig, Pos pos) {
  for (int i = 0; i < ms->n; i++) {
    Method *m = ms->v[i];
    if (strcmp(m->name, name) == 0) {
      if (sig && m->sig && ty_identical(sig, m->sig) && pos.line == 0) return; /* same method embedded twice */
      Pos *op = poss->v[i];
      if (pos.line == 0) pos = *op;
      chk_error(k, pos, "duplicate method %s\n\t%s: other declaration of %s", name, chk_pos_str(k, *op), name);
      return;
    }
  }
  Method *m = arena_alloc(A(k), sizeof *m);
  m->name = name;
  m->sig = sig;
  Pos *p = arena_alloc(A(k), sizeof *p);
  *p = pos;
  ptrvec_push(A(k), ms, m);
  ptrvec_push(A(k), poss, p);
}

static void interface_type(Checker *k, Type *it, Expr *e, Type *def) {
  FieldList *fl = &e->u.iface.methods;
  PtrVec ms = {0}, poss = {0};
  pmap_put(A(k), &k->building, it, it);
  for (int i = 0; i < fl->n; i++) {
    Field *f = fl->v[i];
    if (!f) continue;
    if (f->nnames == 0) { /* embedded */
      Type *t = chk_typ(k, f->type);
      Type *u = ty_underlying(t);
      if (u->kind == TY_INVALID) continue;
      if (u->kind != TY_INTERFACE) {
        chk_error(k, chk_start(f->type), "interface contains type constraints");
        continue;
      }
      if (pmap_get(&k->building, u)) continue; /* a cycle, reported by objDecl */
      for (int j = 0; j < u->u.iface.nmethods; j++) {
        Method *m = &u->u.iface.methods[j];
        /* an embedded duplicate is fine if identical; report at the embedding */
        bool found = false;
        for (int q = 0; q < ms.n; q++)
          if (strcmp(((Method *)ms.v[q])->name, m->name) == 0) {
            found = true;
            if (!ty_identical(((Method *)ms.v[q])->sig, m->sig))
              chk_error(k, chk_start(f->type), "duplicate method %s", m->name);
          }
        if (!found) add_iface_method(k, &ms, &poss, m->name, m->sig, chk_start(f->type));
      }
      continue;
    }
    Expr *name = f->names[0];
    if (strcmp(name->u.ident.name, "_") == 0) {
      chk_error(k, name->pos, "methods must have a unique non-blank name");
      continue;
    }
    Type *sig = chk_typ(k, f->type);
    if (!sig || sig->kind != TY_FUNC) continue;
    add_iface_method(k, &ms, &poss, name->u.ident.name, sig, name->pos);
  }
  pmap_put(A(k), &k->building, it, NULL);
  it->u.iface.nmethods = ms.n;
  it->u.iface.methods = arena_alloc(A(k), sizeof(Method) * (size_t)(ms.n ? ms.n : 1));
  for (int i = 0; i < ms.n; i++) it->u.iface.methods[i] = *(Method *)ms.v[i];
  qsort(it->u.iface.methods, (size_t)ms.n, sizeof(Method), method_cmp);
  (void)def;
}

/* signature.go's collectParams. Returns the number of parameters; their
** types, names and objects go to the arena arrays. */
static int collect_params(Checker *k, Scope *scope, FieldList *fl, bool variadic_ok, bool *variadic, Type ***types,
                          const char ***names, Object ***objs, bool is_result) {
  int n = 0;
  for (int i = 0; i < fl->n; i++) n += fl->v[i] && fl->v[i]->nnames ? fl->v[i]->nnames : 1;
  *types = arena_alloc(A(k), sizeof(Type *) * (size_t)(n ? n : 1));
  *names = arena_alloc(A(k), sizeof(char *) * (size_t)(n ? n : 1));
  *objs = arena_alloc(A(k), sizeof(Object *) * (size_t)(n ? n : 1));
  int depth = (k->fn ? k->fn->depth : 0) + 1;
  int idx = 0;
  for (int i = 0; i < fl->n; i++) {
    Field *f = fl->v[i];
    if (!f) continue;
    Expr *ft = f->type;
    bool dots = false;
    if (ft && ft->kind == E_ELLIPSIS) {
      if (variadic_ok && i == fl->n - 1 && f->nnames <= 1) {
        *variadic = true;
      } else {
        chk_error(k, ft->pos, "can only use ... with final parameter in list");
      }
      dots = true;
      ft = ft->u.ellipsis.elt;
    }
    Type *t = ft ? chk_var_type(k, ft) : TY(TY_INVALID);
    if (dots && *variadic && i == fl->n - 1) {
      t = ty_new_slice(k->c, t);
      if (f->type) {
        f->type->type = t;
        f->type->mode = MODE_TYPE;
      }
    }
    int cnt = f->nnames ? f->nnames : 1;
    for (int j = 0; j < cnt; j++) {
      Expr *nm = f->nnames ? f->names[j] : NULL;
      const char *name = nm ? nm->u.ident.name : "";
      Object *o = chk_new_obj(k, OBJ_VAR, name, nm ? nm->pos : f->pos, t);
      o->is_param = true;
      o->is_result = is_result;
      o->used = true; /* parameters are always "used" */
      o->depth = depth;
      if (nm) {
        chk_declare(k, scope, nm, o);
        nm->type = t;
        nm->mode = MODE_VAR;
      }
      (*types)[idx] = t;
      (*names)[idx] = name;
      (*objs)[idx] = o;
      idx++;
    }
  }
  return idx;
}

void chk_func_type(Checker *k, Type *sig, Expr *ftype, FieldList *recv, Scope **scope_out, Object **recv_obj,
                   Object ***results, int *nresults) {
  Scope *scope = chk_new_scope(k, k->scope, true);
  bool variadic = false, dummy = false;
  Type **ptypes, **rtypes, **recvtypes;
  const char **pnames, **rnames, **recvnames;
  Object **pobjs, **robjs, **recvobjs;
  int nrecv = 0;
  if (recv) {
    nrecv = collect_params(k, scope, recv, false, &dummy, &recvtypes, &recvnames, &recvobjs, false);
  }
  int np = collect_params(k, scope, &ftype->u.func.params, true, &variadic, &ptypes, &pnames, &pobjs, false);
  int nr = collect_params(k, scope, &ftype->u.func.results, false, &dummy, &rtypes, &rnames, &robjs, true);
  if (recv) {
    Object *r = NULL;
    if (nrecv == 0) {
      r = NULL;
    } else {
      if (nrecv > 1) chk_error(k, recvobjs[nrecv - 1]->pos, "method must have exactly one receiver");
      r = recvobjs[0];
    }
    if (r) {
      chk_later(k, (Delayed){.kind = DL_RECV, .recv = r});
      if (recv_obj) *recv_obj = r;
    }
  }
  sig->u.func.params = ptypes;
  sig->u.func.pnames = pnames;
  sig->u.func.nparams = np;
  sig->u.func.results = rtypes;
  sig->u.func.rnames = rnames;
  sig->u.func.nresults = nr;
  sig->u.func.variadic = variadic;
  if (scope_out) *scope_out = scope;
  if (results) *results = robjs;
  if (nresults) *nresults = nr;
}

/* stmt.go's funcBody. */
void chk_func_body(Checker *k, Delayed *d) {
  Env env = save_env(k);
  FuncCtx *f = arena_alloc(A(k), sizeof *f);
  f->outer = d->outer;
  f->lit = d->lit;
  f->sig = d->sig;
  f->results = d->results;
  f->nresults = d->nresults;
  f->depth = d->outer ? d->outer->depth + 1 : 1;
  if (d->lit) pmap_put(A(k), &k->captures, d->lit, f);
  k->scope = d->scope;
  k->decl = d->decl;
  k->iota = d->iota;
  k->has_errpos = false;
  k->fn = f;
  k->has_call_or_recv = false;
  Stmt *body = d->body;
  if (body && body->kind == S_BLOCK) {
    body->u.block.scope = d->scope;
    StmtCtx ctx = {0};
    chk_stmt_list(k, &ctx, &body->u.block.list);
    if (d->sig->u.func.nresults > 0 && !chk_is_terminating(k, body, NULL))
      chk_error(k, body->u.block.rbrace, "missing return");
  }
  chk_resolve_gotos(k, f);
  chk_usage(k, f);
  restore_env(k, env);
}

/* }================================================================= */

/* {=================================================================
** Validation run later (validtype.go, struct.go, decl.go)
** ================================================================== */

typedef struct NamedPath {
  Type **v;
  int n;
} NamedPath;

static bool valid_type0(Checker *k, Type *t, NamedPath *path, int depth) {
  if (!t || depth > 500) return true;
  switch (t->kind) {
  case TY_ARRAY: return valid_type0(k, t->u.array.elem, path, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.nfields; i++)
      if (!valid_type0(k, t->u.strct.fields[i].type, path, depth + 1)) return false;
    return true;
  case TY_NAMED: {
    if (pmap_get(&k->valids, t)) return true;
    if (ty_underlying(t)->kind == TY_INVALID) return false;
    for (int i = 0; i < path->n; i++) {
      if (path->v[i] == t) {
        Object **objs = arena_alloc(A(k), sizeof(Object *) * (size_t)(path->n - i));
        for (int j = i; j < path->n; j++) objs[j - i] = path->v[j]->u.named.obj;
        cycle_error(k, objs, path->n - i);
        t->u.named.underlying = TY(TY_INVALID);
        return false;
      }
    }
    ObjInfo *info = t->u.named.obj ? pmap_get(&k->objinfo, t->u.named.obj) : NULL;
    Type *rhs = info && info->from_rhs ? info->from_rhs : t->u.named.underlying;
    if (path->n >= 256) return true;
    path->v[path->n++] = t;
    bool ok = valid_type0(k, rhs, path, depth + 1);
    path->n--;
    if (!ok) return false;
    pmap_put(A(k), &k->valids, t, t);
    return true;
  }
  default: return true;
  }
}

void chk_validate_type(Checker *k, Type *t) {
  Type *buf[256];
  NamedPath path = {buf, 0};
  valid_type0(k, t, &path, 0);
}

void chk_delayed_check(Checker *k, Delayed *d) {
  switch (d->kind) {
  case DL_VALIDATE: chk_validate_type(k, d->type); break;
  case DL_RECV: {
    Object *recv = d->recv;
    Type *rt = recv->type;
    if (rt && rt->kind == TY_POINTER) rt = rt->u.ptr.elem;
    if (!rt || rt->kind == TY_INVALID) return;
    if (rt->kind == TY_NAMED) {
      Type *u = ty_underlying(rt);
      const char *pkg = rt->u.named.pkg;
      if (!pkg || strcmp(pkg, "main") != 0)
        chk_error(k, recv->pos, "cannot define new methods on non-local type %s", chk_type_str(k, rt));
      else if (u->kind == TY_POINTER || u->kind == TY_INTERFACE)
        chk_error(k, recv->pos, "invalid receiver type %s (pointer or interface type)", chk_type_str(k, rt));
    } else if (ty_is_basic(rt)) {
      chk_error(k, recv->pos, "cannot define new methods on non-local type %s", chk_type_str(k, rt));
    } else {
      chk_error(k, recv->pos, "invalid receiver type %s", chk_type_str(k, recv->type));
    }
    break;
  }
  case DL_MAPKEY:
    if (!ty_is_comparable(d->type) && ty_underlying(d->type)->kind != TY_INVALID)
      chk_error(k, chk_start(d->lit), "invalid map key type %s", chk_type_str(k, d->type));
    break;
  case DL_FIELDS: { /* checkFieldUniqueness */
    Type *base = d->type;
    Type *u = ty_underlying(base);
    if (u->kind != TY_STRUCT) break;
    for (int i = 0; i < u->u.strct.nfields; i++) {
      StructField *f = &u->u.strct.fields[i];
      if (strcmp(f->name, "_") == 0) continue;
      for (int j = 0; j < base->u.named.nmethods; j++) {
        Method *m = &base->u.named.methods[j];
        if (strcmp(m->name, f->name) == 0 && m->fn)
          chk_error(k, m->fn->pos, "field and method with the same name %s", f->name);
      }
    }
    break;
  }
  case DL_EMBEDDED: {
    Type *t = d->type;
    bool is_ptr = false;
    if (t && t->kind == TY_POINTER) {
      t = t->u.ptr.elem;
      is_ptr = true;
    }
    Type *u = ty_underlying(t);
    Pos pos = chk_start(d->lit);
    if (u->kind == TY_INVALID) break;
    if (u->kind == TY_UNSAFEPOINTER) chk_error(k, pos, "embedded field type cannot be unsafe.Pointer");
    else if (u->kind == TY_POINTER) chk_error(k, pos, "embedded field type cannot be a pointer");
    else if (u->kind == TY_INTERFACE && is_ptr) chk_error(k, pos, "embedded field type cannot be a pointer to an interface");
    break;
  }
  default: break;
  }
}

/* }================================================================= */

/* {=================================================================
** Field and method lookup (lookup.go)
** ================================================================== */

typedef struct Embedded {
  Type *type;
  int *index;
  int nindex;
  bool indirect;
  bool multiples;
} Embedded;

static int *concat_index(Checker *k, int *index, int n, int i) {
  int *v = arena_alloc(A(k), sizeof(int) * (size_t)(n + 1));
  if (n) memcpy(v, index, sizeof(int) * (size_t)n);
  v[n] = i;
  return v;
}

/* The method of a named type, with its signature made available. */
static Method *named_method(Checker *k, Type *named, const char *name, int *idx) {
  for (int i = 0; i < named->u.named.nmethods; i++) {
    Method *m = &named->u.named.methods[i];
    if (strcmp(m->name, name) == 0) {
      if (m->fn) {
        chk_obj_decl(k, m->fn, NULL);
        m->sig = m->fn->type;
      }
      *idx = i;
      return m;
    }
  }
  return NULL;
}

static Method *iface_method(Type *iface, const char *name, int *idx) {
  for (int i = 0; i < iface->u.iface.nmethods; i++)
    if (strcmp(iface->u.iface.methods[i].name, name) == 0) {
      *idx = i;
      return &iface->u.iface.methods[i];
    }
  return NULL;
}

static Selection *lookup(Checker *k, Type *T, bool addressable, const char *name, bool *ambiguous, bool *ptr_needed) {
  *ambiguous = *ptr_needed = false;
  if (strcmp(name, "_") == 0 || !T) return NULL;
  Type *typ = T;
  bool is_ptr = false;
  if (T->kind == TY_POINTER) {
    typ = T->u.ptr.elem;
    is_ptr = true;
    if (ty_underlying(typ)->kind == TY_INTERFACE) return NULL;
  }
  PtrVec current = {0}, seen = {0};
  Embedded *e0 = arena_alloc(A(k), sizeof *e0);
  *e0 = (Embedded){typ, NULL, 0, is_ptr, false};
  ptrvec_push(A(k), &current, e0);
  for (int depth = 0; current.n > 0 && depth < 64; depth++) {
    PtrVec next = {0};
    Selection *found = NULL;
    for (int ci = 0; ci < current.n; ci++) {
      Embedded *e = current.v[ci];
      Type *t = e->type;
      if (t->kind == TY_NAMED) {
        bool dup = false;
        for (int s = 0; s < seen.n; s++)
          if (seen.v[s] == t) dup = true;
        if (dup) continue;
        ptrvec_push(A(k), &seen, t);
        int mi;
        Method *m = named_method(k, t, name, &mi);
        if (m) {
          if (found || e->multiples) {
            *ambiguous = true;
            return NULL;
          }
          found = arena_alloc(A(k), sizeof *found);
          found->kind = SEL_METHOD;
          found->m = m;
          found->method = m->fn;
          found->index = concat_index(k, e->index, e->nindex, mi);
          found->nindex = e->nindex + 1;
          found->indirect = e->indirect;
          continue;
        }
      }
      Type *u = ty_underlying(t);
      if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->u.strct.nfields; i++) {
          StructField *f = &u->u.strct.fields[i];
          if (strcmp(f->name, name) == 0) {
            if (found || e->multiples) {
              *ambiguous = true;
              return NULL;
            }
            found = arena_alloc(A(k), sizeof *found);
            found->kind = SEL_FIELD;
            found->field = f;
            found->index = concat_index(k, e->index, e->nindex, i);
            found->nindex = e->nindex + 1;
            found->indirect = e->indirect;
            continue;
          }
          if (!found && f->embedded) {
            Type *ft = f->type;
            bool p = false;
            if (ft && ft->kind == TY_POINTER) {
              ft = ft->u.ptr.elem;
              p = true;
            }
            if (!ft) continue;
            Embedded *ne = arena_alloc(A(k), sizeof *ne);
            *ne = (Embedded){ft, concat_index(k, e->index, e->nindex, i), e->nindex + 1, e->indirect || p,
                             e->multiples};
            ptrvec_push(A(k), &next, ne);
          }
        }
      } else if (u->kind == TY_INTERFACE) {
        int mi;
        Method *m = iface_method(u, name, &mi);
        if (m) {
          if (found || e->multiples) {
            *ambiguous = true;
            return NULL;
          }
          found = arena_alloc(A(k), sizeof *found);
          found->kind = SEL_METHOD;
          found->m = m;
          found->index = concat_index(k, e->index, e->nindex, mi);
          found->nindex = e->nindex + 1;
          found->indirect = e->indirect;
        }
      }
    }
    if (found) {
      if (found->kind == SEL_METHOD && found->m->ptr_recv && !found->indirect && !addressable) {
        *ptr_needed = true;
        return NULL;
      }
      found->recv = T;
      return found;
    }
    /* consolidateMultiples */
    PtrVec uniq = {0};
    for (int i = 0; i < next.n; i++) {
      Embedded *e = next.v[i];
      bool dup = false;
      for (int j = 0; j < uniq.n; j++) {
        Embedded *u2 = uniq.v[j];
        if (ty_identical(u2->type, e->type)) {
          u2->multiples = true;
          dup = true;
          break;
        }
      }
      if (!dup) ptrvec_push(A(k), &uniq, e);
    }
    current = uniq;
  }
  return NULL;
}

Selection *chk_lookup_field_or_method(Checker *k, Type *T, bool addressable, const char *name, bool *ambiguous,
                                      bool *ptr_needed) {
  *ambiguous = *ptr_needed = false;
  if (!T) return NULL;
  /* methods of a named pointer type are not in its method set */
  if (T->kind == TY_NAMED && ty_underlying(T)->kind == TY_POINTER) {
    Selection *s = lookup(k, ty_underlying(T), false, name, ambiguous, ptr_needed);
    if (s && s->kind == SEL_METHOD) return NULL;
    return s;
  }
  return lookup(k, T, addressable, name, ambiguous, ptr_needed);
}

/* Signatures compared without the receiver, as types2 does for methods. */
static bool same_sig(Type *a, Type *b) { return ty_identical(a, b); }

Method *chk_missing_method(Checker *k, Type *V, Type *T, bool is_static, Method **alt, bool *alt_ptr) {
  *alt = NULL;
  *alt_ptr = false;
  Type *ti = ty_underlying(T);
  if (ti->kind != TY_INTERFACE || ti->u.iface.nmethods == 0) return NULL;
  Type *vu = ty_underlying(V);
  if (vu->kind == TY_INTERFACE) {
    for (int i = 0; i < ti->u.iface.nmethods; i++) {
      Method *m = &ti->u.iface.methods[i];
      int idx;
      Method *f = iface_method(vu, m->name, &idx);
      if (!f) {
        if (!is_static) continue;
        return m;
      }
      if (!same_sig(f->sig, m->sig)) {
        *alt = f;
        return m;
      }
    }
    return NULL;
  }
  for (int i = 0; i < ti->u.iface.nmethods; i++) {
    Method *m = &ti->u.iface.methods[i];
    bool amb, pn;
    Selection *s = lookup(k, V, false, m->name, &amb, &pn);
    bool found = s != NULL;
    if (!s) {
      s = lookup(k, ty_new_pointer(k->c, V), false, m->name, &amb, &pn);
      if (s && s->kind == SEL_METHOD) *alt_ptr = true;
    }
    if (!s || s->kind != SEL_METHOD) return m;
    if (!found || !same_sig(s->m->sig, m->sig)) {
      *alt = s->m;
      return m;
    }
  }
  return NULL;
}

static const char *func_string(Checker *k, Method *m) {
  const char *sig = m->sig ? chk_type_str(k, m->sig) : "func()";
  return chk_sprintf(k, "%s%s", m->name, sig + 4); /* drop "func" */
}

const char *chk_missing_method_reason(Checker *k, Type *V, Type *T, Method *m, Method *alt, bool alt_ptr) {
  if (alt) {
    if (strcmp(m->name, alt->name) != 0)
      return chk_sprintf(k, "(missing %s method)\n\t\thave %s\n\t\twant %s", m->name, func_string(k, alt),
                         func_string(k, m));
    if (alt_ptr && same_sig(m->sig, alt->sig)) return chk_sprintf(k, "(%s method has pointer receiver)", m->name);
    return chk_sprintf(k, "(wrong type for %s method)\n\t\thave %s\n\t\twant %s", m->name, func_string(k, alt),
                       func_string(k, m));
  }
  Type *vu = ty_underlying(V);
  if (vu->kind == TY_POINTER && ty_is_interface(vu->u.ptr.elem))
    return chk_sprintf(k, "(type %s is pointer to interface, not interface)", chk_type_str(k, V));
  return chk_sprintf(k, "(missing %s method)", m->name);
}

bool chk_implements(Checker *k, Type *V, Type *T, const char **cause) {
  Type *vu = ty_underlying(V), *tu = ty_underlying(T);
  if (vu->kind == TY_INVALID || tu->kind == TY_INVALID) return true;
  if (tu->kind != TY_INTERFACE) {
    if (cause) *cause = chk_sprintf(k, "%s does not implement %s (%s is not an interface)", chk_type_str(k, V),
                                    chk_type_str(k, T), chk_type_str(k, T));
    return false;
  }
  if (tu->u.iface.nmethods == 0) return true;
  Method *alt;
  bool alt_ptr;
  Method *m = chk_missing_method(k, V, T, true, &alt, &alt_ptr);
  if (m) {
    if (cause)
      *cause = chk_sprintf(k, "%s does not implement %s %s", chk_type_str(k, V), chk_type_str(k, T),
                           chk_missing_method_reason(k, V, T, m, alt, alt_ptr));
    return false;
  }
  return true;
}

/* }================================================================= */
