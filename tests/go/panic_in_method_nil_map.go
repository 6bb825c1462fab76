// A panic inside a pointer method: assignment to a nil map field.
package main

import "fmt"

type Registry struct{ m map[string]int }

func (r *Registry) Register(k string) { r.m[k]++ }

func main() {
	ok := &Registry{m: map[string]int{}}
	ok.Register("a")
	fmt.Println(ok.m)
	var bad Registry
	bad.Register("b")
}
