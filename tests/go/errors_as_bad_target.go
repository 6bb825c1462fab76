package main

import (
	"errors"
	"fmt"
)

type E struct{}

func (*E) Error() string { return "E" }

type NotErr struct{}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	err := fmt.Errorf("w: %w", &E{})
	try("nil", func() { errors.As(err, nil) })
	try("non-pointer", func() { var e E; errors.As(err, e) })
	try("nil pointer", func() { var p **E; errors.As(err, p) })
	try("not error", func() { var n NotErr; errors.As(err, &n) })
	try("value not error", func() { var e E; errors.As(err, &e) })
	var pe *E
	fmt.Println(errors.As(err, &pe), pe != nil)
	var x interface{ Foo() }
	try("iface", func() { fmt.Println(errors.As(err, &x)) })
	errors.As(err, 42)
}
