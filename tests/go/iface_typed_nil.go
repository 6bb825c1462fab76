package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func realNil() error { return nil }

type I interface{ M() string }
type T struct{}

func (t *T) M() string {
	if t == nil {
		return "nil receiver"
	}
	return "value"
}

func main() {
	e := mayFail(false)
	fmt.Println(e == nil, e != nil)
	fmt.Println(realNil() == nil)
	var i I = (*T)(nil)
	fmt.Println(i != nil, i.M())
	i = &T{}
	fmt.Println(i.M())
	var e2 error = errors.New("x")
	_, isMy := e2.(*MyErr)
	fmt.Println(isMy)
	p, ok := e.(*MyErr)
	fmt.Println(p == nil, ok)
}
