/*
** parse_branches.c — labels and branch statements in one function body,
** checked as gc's parser does (syntax/branches.go, run in CheckBranches
** mode): misplaced break, continue and fallthrough; undefined, duplicate and
** unused labels; gotos jumping into blocks or over variable declarations.
** These errors are not syntax errors: type checking still runs, as in gc.
**
** Each branch statement's `target` is resolved on the way: break and
** continue get their S_FOR / S_RANGE / S_SWITCH / S_TYPESWITCH / S_SELECT,
** goto its S_LABELED statement, an accepted fallthrough its S_SWITCH.
**
** Walk: blocks are visited in order, each with a Block record (its parent,
** start and labeled statement); forward gotos are collected
** per block and resolved when their label appears, or handed to the
** enclosing block. The walk's depth is bounded by the parser's nesting limit.
*/
#include <stdio.h>
#include <string.h>

#include "parse.h"

typedef struct Block {
  struct Block *parent;
  Pos start;
  Stmt *lstmt;         /* the labeled statement owning this block, or NULL */
} Block;

typedef struct Label {
  Block *parent;       /* block declaring the label */
  Stmt *lstmt;         /* the S_LABELED */
  bool used;
} Label;

typedef struct Scope {
  Parser *p;
  PtrVec labels;       /* of Label, in declaration order */
  Label invalid;       /* marks a label that is not a valid target */
} Scope;

typedef struct Targets {
  Stmt *breaks;        /* innermost for, switch or select, or NULL */
  Stmt *continues;     /* innermost for, or NULL */
  int case_index;      /* case index in the enclosing switch, or -1 */
} Targets;

static const char *label_name(const Stmt *lstmt) {
  return lstmt->u.labeled.label->u.ident.name;
}

static const char *pos_string(Scope *ls, Pos pos) {
  const char *file = cmp_file_name(ls->p->c, pos.file);
  size_t n = strlen(file) + 32;
  char *s = arena_alloc(ls->p->a, n);
  snprintf(s, n, "%s:%d:%d", file, pos.line, pos.col);
  return s;
}

static Label *lookup(Scope *ls, const char *name) {
  for (int i = 0; i < ls->labels.n; i++) {
    Label *l = ls->labels.v[i];
    if (strcmp(label_name(l->lstmt), name) == 0) return l;
  }
  return NULL;
}

/* Declares the label of s in b; a duplicate is reported and the first
** declaration returned. */
static Label *declare(Scope *ls, Block *b, Stmt *s) {
  const char *name = label_name(s);
  Label *alt = lookup(ls, name);
  if (alt != NULL) {
    ps_branch_error_at(ls->p, s->u.labeled.label->pos, "label %s already defined at %s",
                name, pos_string(ls, alt->lstmt->u.labeled.label->pos));
    return alt;
  }
  Label *l = arena_alloc(ls->p->a, sizeof *l);
  l->parent = b;
  l->lstmt = s;
  ptrvec_push(ls->p->a, &ls->labels, l);
  return l;
}

/* The labeled statement named name declared in b or an enclosing block,
** or NULL. */
static Stmt *goto_target(Scope *ls, Block *b, const char *name) {
  Label *l = lookup(ls, name);
  if (l == NULL) return NULL;
  l->used = true; /* even if it is not a valid target */
  for (; b != NULL; b = b->parent)
    if (l->parent == b) return l->lstmt;
  return NULL;
}

/* The innermost enclosing labeled statement named name: NULL if the label
** is not defined, &ls->invalid's lstmt (NULL statement) if it does not label
** an enclosing statement. Returns the Label. */
static Label *enclosing_target(Scope *ls, Block *b, const char *name) {
  Label *l = lookup(ls, name);
  if (l == NULL) return NULL;
  l->used = true;
  for (; b != NULL; b = b->parent)
    if (l->lstmt == b->lstmt) return l;
  return &ls->invalid;
}

typedef struct Walk {
  Scope *ls;
  Block *b;
  PtrVec fwd;          /* unresolved forward gotos */
  PtrVec bad;          /* forward gotos seen before the last var decl */
  Pos var_pos;
  const char *var_name;
} Walk;

static PtrVec block_branches(Scope *ls, Block *parent, Targets ctxt, Stmt *lstmt,
                             Pos start, Stmt **body, int n);

static void record_var_decl(Walk *w, Pos pos, const char *name) {
  w->var_pos = pos;
  w->var_name = name;
  /* a forward goto already seen jumps over this declaration, unless it
     leaves the block (which is not known yet) */
  w->bad.n = 0;
  for (int i = 0; i < w->fwd.n; i++) ptrvec_push(w->ls->p->a, &w->bad, w->fwd.v[i]);
}

static bool jumps_over_var_decl(Walk *w, Stmt *fwd) {
  if (w->var_pos.line == 0) return false;
  for (int i = 0; i < w->bad.n; i++)
    if (w->bad.v[i] == fwd) return true;
  return false;
}

static void inner_block(Walk *w, Targets ctxt, Stmt *lstmt, Pos start,
                        Stmt **body, int n) {
  PtrVec fwd = block_branches(w->ls, w->b, ctxt, lstmt, start, body, n);
  for (int i = 0; i < fwd.n; i++) ptrvec_push(w->ls->p->a, &w->fwd, fwd.v[i]);
}

static void labeled(Walk *w, Stmt *s) {
  Scope *ls = w->ls;
  const char *name = label_name(s);
  Label *l = declare(ls, w->b, s);
  /* resolve matching forward gotos */
  int keep = 0;
  for (int i = 0; i < w->fwd.n; i++) {
    Stmt *fwd = w->fwd.v[i];
    if (strcmp(fwd->u.branch.label->u.ident.name, name) == 0) {
      fwd->u.branch.target = s;
      l->used = true;
      if (jumps_over_var_decl(w, fwd))
        ps_branch_error_at(ls->p, fwd->u.branch.label->pos,
                    "goto %s jumps over declaration of %s at %s", name,
                    w->var_name, pos_string(ls, w->var_pos));
    } else {
      w->fwd.v[keep++] = fwd;
    }
  }
  w->fwd.n = keep;
}

static bool is_loop(const Stmt *s) { return s->kind == S_FOR || s->kind == S_RANGE; }

static void fallthrough(Walk *w, Stmt *s, Targets ctxt, int index, int n) {
  const char *msg = "fallthrough statement out of place";
  Stmt *t = ctxt.breaks;
  if (t != NULL && t->kind == S_TYPESWITCH) {
    msg = "cannot fallthrough in type switch";
  } else if (t != NULL && t->kind == S_SWITCH) {
    if (ctxt.case_index < 0 || index + 1 < n) {
      /* nested in a block, or not the last statement */
    } else if (ctxt.case_index + 1 == t->u.switchs.body->u.block.list.n) {
      msg = "cannot fallthrough final case in switch";
    } else {
      s->u.branch.target = t;
      return;
    }
  }
  ps_branch_error_at(w->ls->p, s->pos, "%s", msg);
}

static void branch(Walk *w, Stmt *s, Targets ctxt, int index, int n) {
  Scope *ls = w->ls;
  Expr *label = s->u.branch.label;
  if (label == NULL) {
    switch (s->u.branch.tok) {
    case TK_BREAK:
      if (ctxt.breaks != NULL)
        s->u.branch.target = ctxt.breaks;
      else
        ps_branch_error_at(ls->p, s->pos, "break is not in a loop, switch, or select");
      break;
    case TK_CONTINUE:
      if (ctxt.continues != NULL)
        s->u.branch.target = ctxt.continues;
      else
        ps_branch_error_at(ls->p, s->pos, "continue is not in a loop");
      break;
    case TK_FALLTHROUGH:
      fallthrough(w, s, ctxt, index, n);
      break;
    default:
      break; /* goto always has a label */
    }
    return;
  }

  const char *name = label->u.ident.name;
  Label *l;
  switch (s->u.branch.tok) {
  case TK_BREAK:
    /* spec: the label must be that of an enclosing for, switch or select */
    l = enclosing_target(ls, w->b, name);
    if (l == NULL) {
      ps_branch_error_at(ls->p, label->pos, "break label not defined: %s", name);
    } else {
      Stmt *t = l->lstmt ? l->lstmt->u.labeled.stmt : NULL;
      if (t != NULL && (is_loop(t) || t->kind == S_SWITCH ||
                        t->kind == S_TYPESWITCH || t->kind == S_SELECT))
        s->u.branch.target = t;
      else
        ps_branch_error_at(ls->p, label->pos, "invalid break label %s", name);
    }
    break;
  case TK_CONTINUE:
    /* spec: the label must be that of an enclosing for */
    l = enclosing_target(ls, w->b, name);
    if (l == NULL) {
      ps_branch_error_at(ls->p, label->pos, "continue label not defined: %s", name);
    } else {
      Stmt *t = l->lstmt ? l->lstmt->u.labeled.stmt : NULL;
      if (t != NULL && is_loop(t))
        s->u.branch.target = t;
      else
        ps_branch_error_at(ls->p, label->pos, "invalid continue label %s", name);
    }
    break;
  case TK_GOTO: {
    Stmt *t = goto_target(ls, w->b, name);
    if (t != NULL)
      s->u.branch.target = t;
    else /* the label may be declared later */
      ptrvec_push(ls->p->a, &w->fwd, s);
    break;
  }
  default:
    break; /* fallthrough has no label */
  }
}

static void walk_stmt(Walk *w, Stmt *s, Targets ctxt, int index, int n) {
  Stmt *lstmt = NULL;
  for (;;) {
    switch (s->kind) {
    case S_DECL: {
      Decl *d = s->u.decl;
      if (d->u.gen.tok == TK_VAR && d->u.gen.nspecs > 0) {
        Spec *v = d->u.gen.specs[0]; /* the first will do */
        record_var_decl(w, v->pos, v->u.value.names[0]->u.ident.name);
      }
      return;
    }
    case S_LABELED:
      if (strcmp(label_name(s), "_") != 0) {
        labeled(w, s);
        lstmt = s;
      }
      s = s->u.labeled.stmt; /* process the labeled statement */
      continue;
    case S_BRANCH:
      branch(w, s, ctxt, index, n);
      return;
    case S_ASSIGN:
      if (s->u.assign.tok == TK_DEFINE)
        record_var_decl(w, s->u.assign.tokpos,
                        ast_exprs_string(w->ls->p->a, s->u.assign.lhs));
      return;
    case S_BLOCK: {
      Targets inner = {ctxt.breaks, ctxt.continues, -1};
      inner_block(w, inner, lstmt, s->pos, s->u.block.list.v, s->u.block.list.n);
      return;
    }
    case S_IF: {
      Targets inner = {ctxt.breaks, ctxt.continues, -1};
      Stmt *then = s->u.ifs.then;
      inner_block(w, inner, lstmt, then->pos, then->u.block.list.v, then->u.block.list.n);
      if (s->u.ifs.els != NULL)
        inner_block(w, inner, lstmt, s->u.ifs.els->pos, &s->u.ifs.els, 1);
      return;
    }
    case S_FOR: case S_RANGE: {
      Targets inner = {s, s, -1};
      Stmt *body = s->kind == S_FOR ? s->u.fors.body : s->u.range.body;
      inner_block(w, inner, lstmt, body->pos, body->u.block.list.v, body->u.block.list.n);
      return;
    }
    case S_SWITCH: case S_TYPESWITCH: case S_SELECT: {
      Targets inner = {s, ctxt.continues, -1};
      Stmt *body = s->kind == S_SWITCH ? s->u.switchs.body
                 : s->kind == S_TYPESWITCH ? s->u.typeswitch.body
                 : s->u.select.body;
      for (int i = 0; i < body->u.block.list.n; i++) {
        Stmt *cc = body->u.block.list.v[i];
        StmtList l = cc->kind == S_CASE ? cc->u.caseclause.body : cc->u.comm.body;
        inner.case_index = s->kind == S_SELECT ? -1 : i;
        inner_block(w, inner, lstmt, cc->pos, l.v, l.n);
      }
      return;
    }
    default:
      return;
    }
  }
}

static PtrVec block_branches(Scope *ls, Block *parent, Targets ctxt, Stmt *lstmt,
                             Pos start, Stmt **body, int n) {
  /* in the arena: labels keep pointing at their block after the walk */
  Block *b = arena_alloc(ls->p->a, sizeof *b);
  *b = (Block){parent, start, lstmt};
  Walk w = {ls, b, {0}, {0}, {0, 0, 0}, NULL};
  /* a fallthrough is last even if empty statements follow it */
  while (n > 0 && body[n - 1]->kind == S_EMPTY) n--;
  for (int i = 0; i < n; i++) walk_stmt(&w, body[i], ctxt, i, n);
  return w.fwd;
}

void ps_check_branches(Parser *p, Stmt *body) {
  if (body == NULL || body->kind != S_BLOCK) return;
  Scope ls = {p, {0}, {NULL, NULL, false}};
  Targets none = {NULL, NULL, -1};
  PtrVec fwd = block_branches(&ls, NULL, none, NULL, body->pos,
                              body->u.block.list.v, body->u.block.list.n);
  /* forward gotos left: the label is undefined or inside a block */
  for (int i = 0; i < fwd.n; i++) {
    Stmt *g = fwd.v[i];
    const char *name = g->u.branch.label->u.ident.name;
    Label *l = lookup(&ls, name);
    if (l != NULL) {
      l->used = true; /* avoid "defined and not used" */
      ps_branch_error_at(p, g->u.branch.label->pos, "goto %s jumps into block starting at %s",
                  name, pos_string(&ls, l->parent->start));
    } else {
      ps_branch_error_at(p, g->u.branch.label->pos, "label %s not defined", name);
    }
  }
  /* spec: "It is illegal to define a label that is never used." */
  for (int i = 0; i < ls.labels.n; i++) {
    Label *l = ls.labels.v[i];
    if (!l->used)
      ps_branch_error_at(p, l->lstmt->u.labeled.label->pos, "label %s defined and not used",
                  label_name(l->lstmt));
  }
}
