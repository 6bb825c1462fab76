package main

import "fmt"

type E struct{ Code int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.Code) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(E{2})
	}()
	panic(&E{1})
}
