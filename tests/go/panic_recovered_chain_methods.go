package main

import "fmt"

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Failure struct{ Op string }

func (f *Failure) Error() string { return f.Op + " failed" }

func main() {
	defer func() {
		panic(&Failure{"cleanup"})
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(7))
	}()
	panic(&Failure{"write"})
}
