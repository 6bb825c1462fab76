package main

import (
	"errors"
	"fmt"
)

// A slice-based error (uncomparable) and errors with Is methods that
// match by category, walked through several layers.
type multi []error

func (m multi) Error() string { return fmt.Sprintf("%d errors", len(m)) }
func (m multi) Is(target error) bool {
	for _, e := range m {
		if errors.Is(e, target) {
			return true
		}
	}
	return false
}

type Kind int

const (
	NotFound Kind = iota
	Denied
)

type KindErr struct {
	K   Kind
	Msg string
}

func (k *KindErr) Error() string { return fmt.Sprintf("[%d] %s", k.K, k.Msg) }
func (k *KindErr) Is(t error) bool {
	o, ok := t.(*KindErr)
	return ok && o.K == k.K
}

var ErrDenied = &KindErr{Denied, ""}
var ErrNotFound = &KindErr{NotFound, ""}
var ErrIO = errors.New("io")

type layer struct {
	name string
	err  error
}

func (l layer) Error() string { return l.name + "(" + l.err.Error() + ")" }
func (l layer) Unwrap() error { return l.err }

func main() {
	e := layer{"a", layer{"b", &KindErr{Denied, "no access"}}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, ErrDenied), errors.Is(e, ErrNotFound), errors.Is(e, ErrIO))
	m := multi{ErrIO, fmt.Errorf("ctx: %w", &KindErr{NotFound, "gone"})}
	fmt.Println(errors.Is(m, ErrIO), errors.Is(m, ErrNotFound), errors.Is(m, ErrDenied))
	fmt.Println(errors.Is(layer{"top", m}, ErrNotFound))
	fmt.Println(errors.Is(m, multi{}), errors.Is(ErrIO, m))
	var k *KindErr
	fmt.Println(errors.As(layer{"x", m}, &k), k)
	w := fmt.Errorf("outer: %w", layer{"in", ErrIO})
	for err := error(w); err != nil; err = errors.Unwrap(err) {
		fmt.Printf("%T: %v\n", err, err)
	}
}
