// Only comments: go/parser reports EOF at the end of the last line.
/* no package clause */
