/*
** escape_solve.c — escape analysis, part 2: solving a batch's graph
** (escape.c builds it), the parameters' leak tags, the decisions.
**
** The walk (gc's walkAll/walkOne). Every location of the batch, and the
** heap, is in turn a root. From a root, a Bellman-Ford style relaxation
** follows edges backwards (from dst to the srcs that flow into it), adding
** up the derefs along the path; a location keeps the smallest sum seen in
** this walk. Derefs < 0 at a location l means "l's address flows to the
** root"; before following l's own edges the sum is clamped at 0, because
** in "root = &l; l = x" the address of x does not flow to root, only its
** value.
**
** Decisions, for a root r and a location l reached with derefs d:
**  - if r outlives l and d < 0, l's address outlives l's frame: l
**    escapes (goes to the heap); it is then queued as a root itself, since
**    now everything whose address reaches it escapes too;
**  - if r outlives l and l is a parameter, the value of l flows to r: a
**    leak to the heap or, when r is a result of l's own function that does
**    not itself escape, a leak to that result, recorded with d.
** r outlives l when r is the heap (or escapes), a result (callers may keep
** it; except results of a closure called where it is defined, for values
** of its enclosing functions), a location of the same function declared in
** a shallower loop, or a location of a function that encloses l's closure.
** Roots are re-queued until nothing changes (a fixed point: "escapes" only
** ever turns on, so this terminates).
**
** Leak tags: after solving, each parameter's Leaks is simplified (a result
** leak with at least as many derefs as the heap leak adds nothing) and
** kept on its EscFn for callers in later batches.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ESC_PRIVATE
#include "escape.h"

#define A(s) (&(s)->c->arena)

void esc_leaks_init(Leaks *l) {
  l->heap = -1;
  for (int i = 0; i < ESC_NRESULTS; i++) l->result[i] = -1;
}

static void leak_min(int *slot, int d) {
  if (d < 0) d = 0;
  if (*slot < 0 || d < *slot) *slot = d;
}

/* Whether function [f] contains closure [c] (strictly). */
static bool contains_closure(EscFn *f, EscFn *c) {
  if (!f || !c || f == c) return false;
  for (EscFn *p = c->outer; p; p = p->outer)
    if (p == f) return true;
  return false;
}

/* Whether a value stored in [r] may outlive location [l]. */
static bool outlives(Loc *r, Loc *l) {
  if (r->escapes) return true;
  if (r->resultidx > 0) {
    if (contains_closure(l->fn, r->fn) && r->fn->called_directly) return false;
    return true;
  }
  if (r->fn == l->fn && r->loopdepth < l->loopdepth) return true;
  if (contains_closure(r->fn, l->fn)) return true;
  return false;
}

static void leak_to(Loc *l, Loc *sink, int derefs) {
  if (!sink->escapes && sink->resultidx > 0 && sink->fn == l->fn && sink->resultidx - 1 < ESC_NRESULTS) {
    leak_min(&l->leaks.result[sink->resultidx - 1], derefs);
    return;
  }
  leak_min(&l->leaks.heap, derefs);
}

typedef struct Queue { Loc **v; int n, cap; } Queue;

static void push(EscState *s, Queue *q, Loc *l) {
  if (q->n == q->cap) {
    int cap = q->cap ? q->cap * 2 : 64;
    Loc **v = arena_alloc(A(s), sizeof *v * (size_t)cap);
    if (q->n) memcpy(v, q->v, sizeof *v * (size_t)q->n);
    q->v = v;
    q->cap = cap;
  }
  q->v[q->n++] = l;
}

static void enqueue(EscState *s, Queue *roots, Loc *l) {
  if (l->queued) return;
  l->queued = true;
  push(s, roots, l);
}

static void walk_one(EscState *s, Loc *root, int gen, Queue *roots) {
  root->walkgen = gen;
  root->derefs = 0;
  root->dst = NULL;
  Queue todo = {0};
  push(s, &todo, root);
  while (todo.n > 0) {
    Loc *l = todo.v[--todo.n];
    int derefs = l->derefs;
    bool addressof = derefs < 0;
    if (addressof) derefs = 0;
    if (outlives(root, l)) {
      if (l->is_param && l->obj) {
        if (s->level >= 2 && !l->escapes) {
          char h[256];
          snprintf(h, sizeof h, "parameter %s leaks to %s with derefs=%d:", l->name,
                   esc_loc_text(s, root), derefs);
          esc_explain_path(s, root, l, arena_strndup(A(s), h, strlen(h)));
        }
        leak_to(l, root, derefs);
      }
      if (addressof && !l->escapes) {
        if (s->level >= 2) {
          char h[256];
          snprintf(h, sizeof h, "%s escapes to heap:", l->name ? l->name : "{temp}");
          esc_explain_path(s, root, l, arena_strndup(A(s), h, strlen(h)));
        }
        l->escapes = true;
        l->reason = root == &s->heap ? "flows to the heap"
                    : root->resultidx > 0 ? "returned from its function"
                    : "outlives its frame";
        enqueue(s, roots, l);
        continue;
      }
    }
    for (int i = 0; i < l->nedges; i++) {
      Edge *e = &l->edges[i];
      if (e->src->escapes) continue;
      int d = derefs + e->derefs;
      if (e->src->walkgen != gen || e->src->derefs > d) {
        e->src->walkgen = gen;
        e->src->derefs = d;
        e->src->dst = l;
        e->src->dstedge = i;
        push(s, &todo, e->src);
      }
    }
  }
}

void esc_solve_batch(EscState *s) {
  Queue roots = {0};
  for (int i = 0; i < s->batchlocs.n; i++) enqueue(s, &roots, s->batchlocs.v[i]);
  enqueue(s, &roots, &s->heap);
  int gen = 0;
  while (roots.n > 0) {
    Loc *r = roots.v[--roots.n];
    r->queued = false;
    walk_one(s, r, ++gen, &roots);
  }
}

/* gc's leaks.Optimize: a result leak no shallower than the heap leak says
** nothing more. */
static void optimize(Leaks *l) {
  if (l->heap < 0) return;
  for (int i = 0; i < ESC_NRESULTS; i++)
    if (l->result[i] >= l->heap) l->result[i] = -1;
}

static bool leaks_empty(const Leaks *l) {
  if (l->heap >= 0) return false;
  for (int i = 0; i < ESC_NRESULTS; i++)
    if (l->result[i] >= 0) return false;
  return true;
}

static const char *result_name(EscFn *fn, int i) {
  Loc *r = i < fn->nresults ? fn->results[i] : NULL;
  return r && r->name ? r->name : "~r?";
}

static void tag_fn(EscState *s, EscFn *fn) {
  for (int i = 0; i < fn->nparams; i++) {
    Loc *p = fn->params[i];
    esc_leaks_init(&fn->tags[i]);
    if (!p || !p->obj || !esc_has_pointers(p->obj->type)) continue;
    Leaks l = p->leaks;
    optimize(&l);
    fn->tags[i] = l;
    if (p->escapes) continue;
    if (leaks_empty(&l)) esc_emit(s, p->pos, "%s does not escape", p->name);
    if (l.heap == 0) esc_emit(s, p->pos, "leaking param: %s", p->name);
    else if (l.heap > 0) esc_emit(s, p->pos, "leaking param content: %s", p->name);
    for (int r = 0; r < ESC_NRESULTS; r++)
      if (l.result[r] >= 0)
        esc_emit(s, p->pos, "leaking param: %s to result %s level=%d", p->name, result_name(fn, r), l.result[r]);
  }
  fn->tagged = true;
}

/* The decision codegen reads. Under -noescape every site goes to the heap,
** while the -m text (emitted from l->escapes) still says what the analysis
** found: the ablation changes placement, not the analysis. */
static EscSite *make_site(EscState *s, Loc *l) {
  EscSite *site = arena_alloc(A(s), sizeof *site);
  site->kind = l->kind;
  site->pos = l->pos;
  site->heap = l->escapes || s->c->noescape;
  site->reason = l->escapes ? (l->reason ? l->reason : "escapes to heap")
                 : s->c->noescape ? "-noescape" : "";
  return site;
}

/* gc's finish: tags first, then every location in creation order. */
void esc_tag_batch(EscState *s) {
  for (int i = 0; i < s->batchfns.n; i++) tag_fn(s, s->batchfns.v[i]);
  for (int i = 0; i < s->batchlocs.n; i++) {
    Loc *l = s->batchlocs.v[i];
    if (l->obj) {
      if (l->escapes) {
        esc_emit(s, l->pos, "moved to heap: %s", l->name);
        pmap_put(A(s), &s->var_sites, l->obj, make_site(s, l));
      } else if (l->addrtaken || l->captured) {
        pmap_put(A(s), &s->var_sites, l->obj, make_site(s, l));
      }
      continue;
    }
    if (!l->is_site) continue;
    EscSite *site = make_site(s, l);
    if (!l->expr) {
      /* a conversion of gc's own temporary: reported, nothing to decide */
    } else if (l->kind == ESC_DDD) pmap_put(A(s), &s->ddd_sites, l->expr, site);
    else if (l->kind == ESC_IFACE) pmap_put(A(s), &s->iface_sites, l->expr, site);
    else pmap_put(A(s), &s->expr_sites, l->expr, site);
    esc_emit(s, l->pos, "%s %s", l->name, l->escapes ? "escapes to heap" : "does not escape");
  }
}
