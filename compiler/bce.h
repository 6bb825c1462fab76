/*
** bce.h — static bounds-check elision (bce.c): which index expressions
** need no run-time bounds check because the index's type and form keep it
** within the length, as gc's walk decides (walk/expr.go bounded()).
*/
#ifndef BCE_H
#define BCE_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"

/* Whether every value [index] (a typed, non-constant integer expression)
** can take lies in [0, len): an unsigned type too narrow to reach len, or
** an unsigned & mask, % divisor, / divisor or >> shift that keeps it
** there. */
bool bce_bounded(const Expr *index, int64_t len);

/* Whether gc elides the bounds check of index expression [e] (E_INDEX)
** and says so at -m ("index bounds check elided"): a non-constant,
** bounded index into an array, a pointer to an array or a constant
** string. */
bool bce_elided(const Expr *e);

#endif /* BCE_H */
