// A builder: pointer methods returning the receiver, chained.
package main

import "fmt"

type Query struct {
	table string
	conds []string
	limit int
}

func join(xs []string, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x
	}
	return s
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(c string) *Query { q.conds = append(q.conds, c); return q }
func (q *Query) Limit(n int) *Query    { q.limit = n; return q }
func (q *Query) String() string {
	s := "SELECT * FROM " + q.table
	if len(q.conds) > 0 {
		s += " WHERE " + join(q.conds, " AND ")
	}
	if q.limit > 0 {
		s += fmt.Sprintf(" LIMIT %d", q.limit)
	}
	return s
}

func main() {
	fmt.Println(From("users").Where("age > 3").Where("x = 1").Limit(5).String())
	q := From("t")
	q.Limit(2).Where("a")
	fmt.Println(q.String())
}
