// (*T).M of a value method called with a nil pointer: Go's wrapper panics
// with its own message.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	get := (*T).Get
	fmt.Println(get(&T{4}))
	var p *T
	fmt.Println(get(p))
}
