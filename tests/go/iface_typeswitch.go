package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }
type Cat struct{ name string }
type Fish struct{}

func (d Dog) Sound() string  { return d.name + " says woof" }
func (c *Cat) Sound() string { return c.name + " says meow" }
func (Fish) Sound() string   { return "..." }

func kind(a Animal) string {
	switch a.(type) {
	case Dog:
		return "dog"
	case *Cat:
		return "cat"
	}
	return "unknown"
}

func classify(x interface{}) {
	switch v := x.(type) {
	case int, int64:
		fmt.Printf("integer %v %T\n", v, v)
	case string, []byte:
		fmt.Printf("text %v\n", v)
	case Animal:
		fmt.Println("animal:", v.Sound())
	case nil:
		fmt.Println("nothing")
	default:
		fmt.Printf("default %T\n", v)
	}
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, Fish{}}
	for _, a := range zoo {
		fmt.Println(kind(a), a.Sound())
	}
	classify(1)
	classify(int64(2))
	classify("hi")
	classify([]byte("b"))
	classify(Dog{"fido"})
	classify(nil)
	classify(3.5)
	classify(&Cat{"felix"})
	classify(Cat{"c"})
}
