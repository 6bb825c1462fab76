package main

import "fmt"

type Op interface {
	Apply(a, b int) (int, error)
	Sym() string
}

type Add struct{}
type Div struct{ strict bool }

type divErr struct{ msg string }

func (e *divErr) Error() string { return e.msg }

func (Add) Apply(a, b int) (int, error) { return a + b, nil }
func (Add) Sym() string                { return "+" }
func (d Div) Apply(a, b int) (int, error) {
	if b == 0 {
		return 0, &divErr{"division by zero"}
	}
	return a / b, nil
}
func (d Div) Sym() string { return "/" }

func main() {
	ops := []Op{Add{}, Div{true}}
	for _, op := range ops {
		for _, p := range [][2]int{{6, 3}, {1, 0}} {
			r, err := op.Apply(p[0], p[1])
			if err != nil {
				fmt.Println(p[0], op.Sym(), p[1], "error:", err.Error())
				continue
			}
			fmt.Println(p[0], op.Sym(), p[1], "=", r)
		}
	}
}
