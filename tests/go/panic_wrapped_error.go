package main

import (
	"errors"
	"fmt"
)

type Op struct{ Name string }

func (o Op) String() string { return "op<" + o.Name + ">" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("got:", r)
		err := r.(error)
		fmt.Println(errors.Unwrap(err))
		panic(fmt.Errorf("while handling %v: %w", Op{"read"}, err))
	}()
	base := errors.New("disk full")
	panic(fmt.Errorf("write %s: %w", "f.txt", base))
}
