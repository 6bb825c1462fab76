package main

import "fmt"

type Expr interface{ Eval(env map[string]int) int }

type Num int
type Var string
type Bin struct {
	op   byte
	l, r Expr
}

func (n Num) Eval(env map[string]int) int { return int(n) }
func (v Var) Eval(env map[string]int) int { return env[string(v)] }
func (b *Bin) Eval(env map[string]int) int {
	x, y := b.l.Eval(env), b.r.Eval(env)
	switch b.op {
	case '+':
		return x + y
	case '-':
		return x - y
	case '*':
		return x * y
	}
	return 0
}

func show(e Expr) string {
	switch e := e.(type) {
	case Num:
		return fmt.Sprint(int(e))
	case Var:
		return string(e)
	case *Bin:
		return "(" + show(e.l) + " " + string(e.op) + " " + show(e.r) + ")"
	}
	return "?"
}

func count(e Expr) int {
	if b, ok := e.(*Bin); ok {
		return 1 + count(b.l) + count(b.r)
	}
	return 1
}

func main() {
	e := &Bin{'+', Num(2), &Bin{'*', Var("x"), &Bin{'-', Var("y"), Num(1)}}}
	env := map[string]int{"x": 3, "y": 5}
	fmt.Println(show(e), "=", e.Eval(env), "nodes", count(e))
	env["y"] = 10
	fmt.Println(e.Eval(env))
}
