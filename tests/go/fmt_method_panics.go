package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) String() string { return "T:" + t.name }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Bad struct{ n int }

func (b Bad) String() string {
	if b.n > 1 {
		var xs []int
		return fmt.Sprint(xs[b.n])
	}
	panic(errors.New("bad stringer"))
}

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Sprintf("no %d", 42)) }

func main() {
	var t *T
	var e *E
	fmt.Println(t, e, &T{"x"}, &E{"y"})
	fmt.Printf("%s|%v|%d|%10v|\n", t, e, t, t)
	var err error = e
	fmt.Println(err == nil, err)
	fmt.Println(Bad{1}, Bad{5})
	fmt.Printf("%s|%q|%x\n", Bad{1}, Bad{1}, Bad{3})
	fmt.Println(BadErr{})
	fmt.Println([]fmt.Stringer{t, Bad{1}, &T{"ok"}})
	s := fmt.Sprintf("%v and %v", Bad{2}, BadErr{})
	fmt.Println(s)
}
